"""Section V of Kong: GD with a small step on synthetic and real data, measuring what Figs. 2-4 plot.

Datasets: synthetic-n (n points uniform on the unit sphere of R^100, labels uniform in
[0, 1]) and pairs of digit classes from scikit-learn's bundled 8x8 digits (stand-in for
MNIST, which cannot be downloaded here), 50 images per class, flattened and normalized to
unit norm, labels 0 and 1. Network h1 = 5, h2 in W = {100, 500, 1000, 2000, 4000}, GD at
learning rate 2e-4 for 1000 iterations, recording L(t), λmin(H(t)), ||A(t) - A(0)||_F,
||B(t) - B(0)||_F and the pattern-change rate of each hidden layer.
"""
from __future__ import annotations

from dataclasses import dataclass

import torch
from tqdm import tqdm

from theorems.core import backend, data, dynamics
from theorems.evidence import Evidence
from theorems.kong import model
from theorems.kong.instance import Instance

PAPER_WIDTHS = (100, 500, 1000, 2000, 4000)
LEARNING_RATE = 2e-4
ITERATIONS = 1000
H1 = 5


def synthetic(n: int, seed: int, d: int = 100):
    """synthetic-n: n uniform points on the unit sphere of R^d with labels uniform in [0, 1]."""
    g = backend.generator(seed)
    return data.sphere(n, d, g), torch.rand(n, generator=g, device=backend.device(), dtype=backend.DTYPE)


def synthetic_instance(n: int, seed: int, h2: int, delta: float) -> Instance:
    """synthetic-n as a Kong instance with Section V's h1 = 5, for the claims' properties."""
    X, y = synthetic(n, seed)
    return Instance(tuple(map(tuple, X.tolist())), tuple(y.tolist()), h1=H1, h2=h2, seed=seed, delta=delta)


def digits(first: int, second: int, seed: int, per_class: int = 50):
    """50 + 50 images of two digit classes from sklearn's bundled digits, unit-normalized, labels 0/1."""
    X, digit = data.digits(classes=(first, second), per_class=per_class, seed=seed)
    return X, backend.tensor((digit == second).to(torch.float64))


@dataclass(frozen=True)
class Run:
    dataset: str
    h2: int
    iterations: tuple[int, ...]
    loss: tuple[float, ...]  # mean over seeds
    lambda_min: tuple[float, ...]
    move_A: tuple[float, ...]  # ||A(t) - A(0)||_F
    move_B: tuple[float, ...]
    pattern_change_1: tuple[float, ...]  # fraction of (i, r) whose 1{A_rᵀx_i > 0} flipped
    pattern_change_2: tuple[float, ...]  # fraction of (i, p) whose 1{B_pᵀσ(Ax_i) > 0} flipped
    dead_input_fraction: float  # seeds with an input on which the whole first layer is off at t = 0


def train(X, y, h2: int, seeds: int, seed: int, iterations: int, records: int, lr: float = LEARNING_RATE):
    """GD θ <- θ - lr ∇L on A and B for a batch of seeds (core.dynamics.descend with the closed-form gradient (15),
    checked against autograd), recording Section V's measurements (means over seeds, time first).

    Returns the trajectory and the fraction of seeds with an input on which the whole first layer is off at t = 0.
    """
    W = model.initialize(seed, seeds, X.shape[1], H1, h2)
    gates0 = [g > 0 for g in model.hidden(W.A, W.B, X)]
    pre0 = torch.einsum("srd,nd->snr", W.A, X) > 0

    def observe(k, state, grads):
        A, B = state
        _, Z = model.hidden(A, B, X)
        return {"loss": model.loss(A, B, W.w, X, y).mean(),
                "lambda_min": torch.linalg.eigvalsh(model.gram(A, B, W.w, X))[:, 0].mean(),
                "move_A": (A - W.A).flatten(1).norm(dim=1).mean(),
                "move_B": (B - W.B).flatten(1).norm(dim=1).mean(),
                "pattern_change_1": ((torch.einsum("srd,nd->snr", A, X) > 0) != pre0).double().mean(),
                "pattern_change_2": ((Z > 0) != gates0[1]).double().mean()}

    every = iterations // records
    tr = dynamics.descend(lambda s, _: model.loss_gradients(*s, W.w, X, y), (W.A, W.B), iterations, lr,
                          lambda k, s, g: observe(k, s, g) if k % every == 0 else None, every=every)
    return tr, float((~pre0).all(-1).any(-1).double().mean())


def datasets(full: bool):
    sets = {"synthetic-50": synthetic(50, 0)}
    sets["digits-01"] = digits(0, 1, 0)
    if full:
        sets["synthetic-100"] = synthetic(100, 1)
        sets["digits-17"] = digits(1, 7, 0)
    return sets


def section_5(full: bool, lr: float = LEARNING_RATE) -> list[Run]:
    """The runs of Section V: the paper's grid when ``full``, a reduced one otherwise (two widths, 200 iterations)."""
    widths = PAPER_WIDTHS if full else (100, 1000)
    iterations, seeds = (ITERATIONS, 8) if full else (200, 4)
    runs = []
    grid = [(name, data_, h2) for name, data_ in datasets(full).items() for h2 in widths]
    for name, (X, y), h2 in tqdm(grid, desc="Kong Section V", unit="run", disable=not full):
        tr, dead = train(X, y, h2, seeds, seed=h2, iterations=iterations, records=10, lr=lr)
        runs.append(Run(name, h2, tuple(int(t) for t in tr.times),
                        **{k: tuple(v.tolist()) for k, v in tr.observed.items()}, dead_input_fraction=dead))
    return runs


def checkable_statements(runs: list[Run]) -> list[Evidence]:
    """Section V's checkable statements as evidence: L(t) is non-increasing (the figures' log L decreases) and
    ||A(t) - A(0)||_F, ||B(t) - B(0)||_F are non-decreasing (weight change grows with t), run by run."""
    evidence = []
    for run in runs:
        rise = max(b - a for a, b in zip(run.loss, run.loss[1:]))
        evidence.append(Evidence(rise, 0.0, "<=", 1e-12 * run.loss[0], "float64 rounding of L", scale=run.loss[0],
                                 details={"dataset": run.dataset, "h2": run.h2, "measured": "max rise of L"}))
        for name, moves in (("||A - A0||", run.move_A), ("||B - B0||", run.move_B)):
            drop = max(a - b for a, b in zip(moves, moves[1:]))
            evidence.append(Evidence(drop, 0.0, "<=", 0.0, "none", scale=moves[-1] + 1e-300,
                                     details={"dataset": run.dataset, "h2": run.h2, "measured": f"max drop of {name}"}))
    return evidence


def report(runs: list[Run]) -> str:
    """Markdown table: per dataset and width, the first and last value of each measurement."""
    lines = ["| dataset | h2 | L(0) → L(T) | λmin(H) at 0 → T | ‖A−A0‖_F | ‖B−B0‖_F | pattern change 1 / 2 | "
             "seeds with a dead input |", "|---|---|---|---|---|---|---|---|"]
    for r in runs:
        lines.append(
            f"| {r.dataset} | {r.h2} | {r.loss[0]:.4g} → {r.loss[-1]:.4g} | {r.lambda_min[0]:.3g} → "
            f"{r.lambda_min[-1]:.3g} | {r.move_A[-1]:.3g} | {r.move_B[-1]:.3g} | "
            f"{r.pattern_change_1[-1]:.2%} / {r.pattern_change_2[-1]:.2%} | {r.dead_input_fraction:.0%} |")
    return "\n".join(lines) + f"\n\nGD at lr {LEARNING_RATE:g}, h1 = {H1}; T = last iteration recorded."


def as_markdown(full: bool) -> str:
    """``python -m theorems experiment kong``: Section V's table."""
    return report(section_5(full=full))


def as_html(full: bool) -> str:
    """The report's section: Section V's table and its loss and λmin(H) curves."""
    import matplotlib.pyplot as plt

    from theorems.report import figure_uri, img, markdown_table

    runs = section_5(full=full)
    figure, (left, right) = plt.subplots(1, 2, figsize=(10, 3.5))
    for run in runs:
        label = f"{run.dataset}, h2 = {run.h2}"
        left.semilogy(run.iterations, run.loss, label=label)
        right.plot(run.iterations, run.lambda_min, label=label)
    left.set(xlabel="iteration", ylabel="L(t)", title="Section V: training loss (Fig. 2)")
    right.set(xlabel="iteration", ylabel="λmin(H(t))", title="Section V: λmin(H)")
    left.legend(fontsize=7)
    return markdown_table(report(runs)) + img(figure_uri(figure), "Kong Section V, reproduced")
