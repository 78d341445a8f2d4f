"""python -m benchmarks [--quick] [--threads T] [--repeats R]: the core's speed, measured side by side in one run.

(a) S seeds as one batched program (chunked over seeds so that a chunk's working set stays in cache) against a
    loop over seeds, for Kong's Gram + λmin and for a 100-step GD run, at several widths h2; and the batched
    program against its floor, the time to draw the same random numbers plus the Gram's matmuls;
(b) each paper's closed-form Gram against the autograd oracle (torch.func vmap(jacrev)) at n = 64, m = 4096;
(c) a training step against the machine's float64 matmul for the same number of flops.

Compared variants are interleaved in the same process and repeated; the table gives medians of ratios.
"""
from __future__ import annotations

import argparse
import math
import statistics
import time

import torch

from theorems.core import autodiff, backend, dynamics
from theorems.chen_veb import model as chen
from theorems.kong import model as kong
from theorems.wang_ma import model as wang

CACHE_ENTRIES = 1 << 16  # float64 entries of one chunk's largest tensor (512 KiB: within L2)


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def ratio(slow, fast, repeats: int) -> tuple[float, float, float]:
    """Median over ``repeats`` interleaved runs of time(slow)/time(fast), with the median times."""
    slow(), fast()  # warm up
    ts, tf = [], []
    for _ in range(repeats):
        ts.append(_timed(slow)), tf.append(_timed(fast))
    return statistics.median(a / b for a, b in zip(ts, tf)), statistics.median(ts), statistics.median(tf)


# --- (a) Kong: Gram + λmin and GD, batched against a loop over seeds --------------------------------

N, D, H1 = 3, 4, 3  # the CI profile's sizes (strategies.budget: n <= 3, d <= 4, h1 <= 3)


def _data():
    X = torch.randn(N, D, generator=backend.generator(0), dtype=backend.DTYPE)
    return X / X.norm(dim=-1, keepdim=True), backend.tensor([0.3, -0.2, 0.5][:N])


def chunk_seeds(seeds: int, per_seed: int) -> int:
    """Seeds per chunk so that the chunk's largest tensor (per_seed entries a seed) holds <= CACHE_ENTRIES."""
    return max(1, min(seeds, CACHE_ENTRIES // max(per_seed, 1)))


def gram_batched(X, seeds: int, h2: int) -> torch.Tensor:
    per = chunk_seeds(seeds, h2 * max(H1, N))
    out = []
    for start in range(0, seeds, per):
        W = kong.initialize(start, min(per, seeds - start), D, H1, h2)
        out.append(torch.linalg.eigvalsh(kong.gram(W.A, W.B, W.w, X))[:, 0])
    return torch.cat(out)


def gram_loop(X, seeds: int, h2: int) -> torch.Tensor:
    out = []
    for s in range(seeds):
        W = kong.initialize(s, 1, D, H1, h2)
        out.append(torch.linalg.eigvalsh(kong.gram(W.A, W.B, W.w, X))[:, 0])
    return torch.cat(out)


def gram_floor(X, seeds: int, h2: int) -> None:
    """Drawing the same normals and signs, and two (n x h2)(h2 x n) Gram matmuls per seed, in the same chunks."""
    per = chunk_seeds(seeds, h2 * max(H1, N))
    g = backend.generator(0)
    for start in range(0, seeds, per):
        k = min(per, seeds - start)
        torch.randn(k, H1, D, generator=g, dtype=backend.DTYPE)
        B = torch.randn(k, h2, H1, generator=g, dtype=backend.DTYPE)
        torch.randint(0, 2, (k, h2), generator=g)
        F = B[:, :, :N].transpose(1, 2)
        F @ B[:, :, :N], F @ B[:, :, :N]


def gd_batched(X, y, seeds: int, h2: int, steps: int, lr: float = 1e-2):
    per = chunk_seeds(seeds, h2 * max(H1, N))
    for start in range(0, seeds, per):
        W = kong.initialize(start, min(per, seeds - start), D, H1, h2)
        dynamics.descend(lambda s, _: kong.loss_gradients(*s, W.w, X, y), (W.A, W.B), steps, lr)


def gd_loop(X, y, seeds: int, h2: int, steps: int, lr: float = 1e-2):
    for s in range(seeds):
        W = kong.initialize(s, 1, D, H1, h2)
        dynamics.descend(lambda st, _: kong.loss_gradients(*st, W.w, X, y), (W.A, W.B), steps, lr)


# --- (b) closed-form Grams against the autograd oracle ---------------------------------------------

def closed_vs_oracle(n: int, m: int, repeats: int) -> list[tuple[str, float, float, float]]:
    g = backend.generator(1)
    X = torch.randn(n, 8, generator=g, dtype=backend.DTYPE)
    X = X / X.norm(dim=-1, keepdim=True)
    rows = []
    W = kong.initialize(0, 1, 8, 8, m)
    rows.append(("Kong H, eq. (9) (h1 = 8, h2 = m)",
                 lambda: autodiff.ntk(lambda A, B, w: kong.forward(A, B, w, X), (W.A, W.B), "vmap", (W.w,)),
                 lambda: kong.gram(W.A, W.B, W.w, X)))
    a, b = wang.initialize_binary(0, 1, m, 8, 1.0)
    rows.append(("Wang-Ma G, Section 6.1.3 (model (4))",
                 lambda: autodiff.ntk(lambda p, q: wang.forward_binary(p, q, X), (a, b), "vmap"),
                 lambda: wang.gram(a, b, X)))
    act = chen.activation("tanh")
    Wc = torch.randn(1, m, 8, generator=g, dtype=backend.DTYPE)
    c = torch.randn(1, m, generator=g, dtype=backend.DTYPE)
    Phi = chen.identity_embedding(X, 1)

    def chen_closed():
        J = chen.output_gradient(Wc, c, Phi, act).flatten(2)  # eq. (7)
        return J @ J.transpose(1, 2)

    rows.append(("Chen et al. NTK from eq. (7) (D = d = 8)",
                 lambda: autodiff.ntk(lambda w, cc, P: chen.forward(w, cc, P, act), (Wc,), "vmap", (c, Phi)),
                 chen_closed))
    out = []
    for name, oracle, closed in rows:
        assert torch.allclose(oracle(), closed(), rtol=1e-10, atol=1e-12), name
        r, to, tc = ratio(oracle, closed, repeats)
        out.append((name, r, to, tc))
    return out


# --- (c) a training step against float64 matmul ----------------------------------------------------

def step_vs_matmul(seeds: int, h2: int, repeats: int) -> tuple[float, float, float, float]:
    X, y = _data()
    W = kong.initialize(0, seeds, D, H1, h2)
    flops = 2 * seeds * N * H1 * h2 * 5  # Y Bᵀ (twice: forward and gates), (gate·w) B, grad_B, the output
    side = max(8, round((flops / 2) ** (1 / 3)))
    P = torch.randn(side, side, dtype=backend.DTYPE)
    r, ts, tm = ratio(lambda: kong.loss_gradients(W.A, W.B, W.w, X, y), lambda: P @ P, repeats)
    return r, ts, tm, flops / ts / 1e9


def main(argv=None) -> str:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes (a few seconds): checks that it runs")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=None)
    args = parser.parse_args(argv)
    torch.set_num_threads(args.threads)
    quick = args.quick
    repeats = args.repeats or (1 if quick else 5)
    seeds = 8 if quick else 256
    widths = (64, 256) if quick else (64, 1024, 8192, 65536)
    X, y = _data()
    lines = [f"S = {seeds} seeds, n = {N}, d = {D}, h1 = {H1}, {torch.get_num_threads()} threads, float64, medians of "
             f"{repeats} interleaved repeats; chunks of <= {CACHE_ENTRIES} entries per tensor.", "",
             "| (a) Kong, S seeds | h2 | loop / batched | batched / floor (RNG + matmul) | batched time |",
             "|---|---|---|---|---|"]
    for h2 in widths:
        r, _, tb = ratio(lambda: gram_loop(X, seeds, h2), lambda: gram_batched(X, seeds, h2), repeats)
        f, _, _ = ratio(lambda: gram_batched(X, seeds, h2), lambda: gram_floor(X, seeds, h2), repeats)
        lines.append(f"| Gram + λmin | {h2} | {r:.1f}× | {f:.2f}× | {tb * 1e3:.1f} ms |")
    for h2 in widths:
        steps = 3 if quick else (100 if h2 <= 8192 else 10)
        r, _, tb = ratio(lambda: gd_loop(X, y, seeds, h2, steps), lambda: gd_batched(X, y, seeds, h2, steps), repeats)
        lines.append(f"| GD, {steps} steps | {h2} | {r:.1f}× | | {tb * 1e3:.1f} ms |")
    n, m = (8, 64) if quick else (64, 4096)
    lines += ["", f"| (b) closed form vs autograd oracle (vmap(jacrev)), n = {n}, m = {m} | oracle / closed form | "
              "closed form time |", "|---|---|---|"]
    for name, r, _, tc in closed_vs_oracle(n, m, repeats):
        lines.append(f"| {name} | {r:.1f}× | {tc * 1e3:.2f} ms |")
    h2 = 256 if quick else 8192
    r, ts, tm, gflops = step_vs_matmul(seeds, h2, repeats)
    lines += ["", "| (c) training step vs float64 matmul of the same flops | step / matmul | step GFLOP/s |",
              "|---|---|---|", f"| Kong ∇L (15), S = {seeds}, h2 = {h2} | {r:.1f}× | {gflops:.3g} |"]
    table = "\n".join(lines)
    print(table)
    return table


if __name__ == "__main__":
    main()
