"""Zou-Gu's claims as properties: each takes an instance and returns evidence.

Tolerances: identities between two float64 evaluations allow ``EXACT_RTOL`` relative to the quantity's scale
(``evidence.exact_match``); eigenvalues allow eigvalsh's backward error 64·n·eps·||H||; Monte Carlo comparisons
are CLT intervals at ``ALPHA`` (one false alarm in 10⁶ per test); symbolic claims are exact.
"""
from __future__ import annotations

import math

import numpy as np
import torch
from scipy import stats

from theorems.core import autodiff, backend
from theorems.core.stats import ALPHA, loglog_slope
from theorems.evidence import Evidence, exact_match, informative_if
from theorems.zou_gu import model
from theorems.zou_gu.instance import Instance

EPS = 2.220446049250313e-16
Z = float(stats.norm.ppf(1 - ALPHA / 2))  # two-sided CLT multiplier at ALPHA


def _weights(inst: Instance, seeds: int, moved: float = 0.0) -> model.Weights:
    """Algorithm 1's initialization; ``moved`` > 0 perturbs every W_l by that many standard deviations (2/m)^{1/2}
    of N(0, 1) noise, so identities are checked at generic W, not only where the initialization's structure holds."""
    w = model.initialize(inst.seed, seeds, inst.d, inst.m, inst.L, inst.k)
    if moved:
        w = model.Weights(autodiff.perturbed(w.W, inst.seed + 1, moved * math.sqrt(2 / inst.m)), w.V)
    return w


# --- notation (Section 1) ------------------------------------------------------------------------------

def lp(x: torch.Tensor, p: float) -> torch.Tensor:
    """||x||_p = (Σ|x_i|^p)^{1/p}; p = inf: max |x_i|."""
    return x.abs().amax(-1) if p == math.inf else (x.abs() ** p).sum(-1) ** (1 / p)


def l0_as_printed(x) -> int:
    """'||x||_0 = |{x_i : x_i ≠ 0, i = 1, ..., d}|' read literally: the number of distinct nonzero values."""
    return len({float(v) for v in x if v != 0})


def matrix_l0(A: torch.Tensor) -> int:
    """||A||_0: 'the number of nonzero entries'."""
    return int((A != 0).sum())


def two_inf(A: torch.Tensor) -> torch.Tensor:
    """||A||_{2,∞} = max_i ||A_{i*}||_2 (rows)."""
    return A.norm(dim=-1).amax(-1)


def collection_norms(W) -> dict:
    """||W||_F = (Σ_l ||W_l||_F²)^{1/2}, ||W||_2 = max_l ||W_l||_2, ||W||_{2,∞} = max_l ||W_l||_{2,∞}, <W, W>."""
    return {"F": torch.stack([Wl.flatten(-2).norm(dim=-1) ** 2 for Wl in W]).sum(0).sqrt(),
            "2": torch.stack([torch.linalg.matrix_norm(Wl, 2) for Wl in W]).amax(0),
            "2inf": torch.stack([two_inf(Wl) for Wl in W]).amax(0),
            "inner": sum((Wl * Wl).flatten(-2).sum(-1) for Wl in W)}


def notation(inst: Instance, seeds: int = 4) -> list[Evidence]:
    """Section 1's norms as defined, against numpy/torch's own: ℓ_p (p = 1, 2, 3), ℓ_∞, Frobenius, spectral,
    λmin as the smallest singular value, ||A||_0, ||A||_{2,∞}; the collection norms; ||W||_F² = <W, W>."""
    w = _weights(inst, seeds, moved=1.0)
    A = w.W[0]
    x = A[:, 0, :]
    out = [exact_match(lp(x, p), torch.linalg.vector_norm(x, ord=p, dim=-1), which=f"l{p}") for p in (1, 2, 3, math.inf)]
    out.append(exact_match(A.flatten(1).norm(dim=-1), torch.linalg.matrix_norm(A, "fro"), which="Frobenius"))
    out.append(exact_match(torch.linalg.svdvals(A)[:, 0], torch.linalg.matrix_norm(A, 2), which="spectral"))
    out.append(exact_match(torch.linalg.svdvals(A)[:, -1],
                           torch.tensor(np.linalg.svd(A.cpu().numpy(), compute_uv=False)[:, -1]).to(A), which="λmin"))
    sparse = A * (A.abs() > A.abs().median())
    out.append(exact_match(float(matrix_l0(sparse)), float(np.count_nonzero(sparse.cpu().numpy())), which="||A||_0"))
    out.append(exact_match(two_inf(A), torch.tensor([[np.linalg.norm(r) for r in a] for a in A.cpu().numpy()]).to(A)
                           .amax(-1), which="||A||_2,inf"))
    c = collection_norms(w.W)
    out.append(exact_match(c["F"] ** 2, c["inner"], which="||W||_F² = <W, W>"))
    stacked = torch.cat([Wl.flatten(1) for Wl in w.W], 1)
    out.append(exact_match(c["F"], stacked.norm(dim=-1), which="||W||_F"))
    return out


def l0_consistency(x: tuple[float, ...]) -> Evidence:
    """The vector ℓ0 as printed equals the matrix ||A||_0 ('number of nonzero entries') of the 1×d matrix xᵀ."""
    return Evidence(float(l0_as_printed(x)), float(matrix_l0(backend.tensor([x]))), "==", 0.0, "none: counts",
                    details={"x": x})


def data_matrix_shape(inst: Instance) -> Evidence:
    """Remark 3.7: 'X = [x_1, ..., x_n]ᵀ ∈ R^{d×n}': the rows of [x_1, ..., x_n]ᵀ are the x_iᵀ; measured: its number
    of rows, against the printed d (the introduction says X ∈ R^{n×d})."""
    informative_if(inst.n != inst.d, "n = d: the two shapes coincide")
    X = torch.stack([backend.tensor(x) for x in inst.X], 1).T  # [x_1, ..., x_n] has the x_i as columns
    return Evidence(float(X.shape[0]), float(inst.d), "==", 0.0, "none: a shape", details={"n": inst.n, "d": inst.d})


# --- (2.1) and Algorithm 1 -----------------------------------------------------------------------------

def eq_2_1(inst: Instance, seeds: int = 4) -> Evidence:
    """(2.1) with the square loss: L(W) = (1/n) Σ_i ½||y_i - f_W(x_i)||², f_W evaluated by the core's any-depth ReLU
    network (independent code) and the loss by torch's mse_loss."""
    from theorems.core import nets

    w = _weights(inst, seeds, moved=1.0)
    net = nets.relu_network([nets.Dense(inst.m) for _ in range(inst.L)] + [nets.Dense(inst.k)])
    params = tuple((Wl, None) for Wl in w.W) + ((w.V, None),)
    out = net.forward(params, inst.inputs()).out
    Y = inst.labels().expand_as(out)
    reference = torch.stack([torch.nn.functional.mse_loss(o, t, reduction="sum") for o, t in zip(out, Y)]) / (2 * inst.n)
    return exact_match(model.loss(w.W, w.V, inst.inputs(), inst.labels()), reference)


def initialization(inst: Instance, seeds: int) -> list[Evidence]:
    """Algorithm 1, line 2: entries of W_l^(0) have variance 2/m, entries of V variance 1/k, all with mean 0.
    The sample variance of the S·m·fan_in entries of each layer against the stated one, within a CLT interval
    at ALPHA (the variance of a squared Gaussian is 2σ⁴); the means within Z·σ/√N."""
    w = model.initialize(inst.seed, seeds, inst.d, inst.m, inst.L, inst.k)
    out = []
    for name, T, var in [(f"W_{l + 1}", Wl, 2 / inst.m) for l, Wl in enumerate(w.W)] + [("V", w.V, 1 / inst.k)]:
        N = T.numel()
        out.append(Evidence(float((T**2).mean()), var, "==", Z * math.sqrt(2 / N) * var,
                            f"CLT interval of a sample variance at alpha={ALPHA:g}", scale=var, details={"layer": name}))
        out.append(Evidence(float(T.mean()), 0.0, "==", Z * math.sqrt(var / N), f"CLT interval at alpha={ALPHA:g}",
                            scale=math.sqrt(var), details={"layer": name, "statistic": "mean"}))
    return out


def row_independence(inst: Instance, draws: int = 256) -> Evidence:
    """Algorithm 1, line 2: the rows of each W_l^(0) and of V are drawn independently. For every pair of entries
    (i, a), (j, b) in two different rows i < j of one layer, over ``draws`` independent initializations: the
    regression of one on the other through the origin has the exact t-statistic r√(S-1)/√(1-r²) ~ t_{S-1} when the
    first is N(0, σ²) and independent of the second (r = Σxy/√(Σx²Σy²)). The least two-sided p-value times the number
    of pairs (Bonferroni) must be >= ALPHA: a sampler with independent rows fails with probability <= ALPHA."""
    w = model.initialize(inst.seed, draws, inst.d, inst.m, inst.L, inst.k)
    layers = [(f"W_{l + 1}", Wl) for l, Wl in enumerate(w.W)] + [("V", w.V)]
    informative_if(any(T.shape[1] >= 2 for _, T in layers), "every layer has a single row")
    worst, tests, where = 1.0, 0, ""
    for name, T in layers:
        rows, cols = T.shape[1], T.shape[2]
        if rows < 2:
            continue
        E = T.reshape(draws, rows * cols)
        unit = E / E.norm(dim=0, keepdim=True)
        r = (unit.T @ unit).reshape(rows, cols, rows, cols)
        upper = torch.triu(torch.ones(rows, rows, dtype=torch.bool, device=r.device), 1)
        r = r.permute(0, 2, 1, 3)[upper].flatten().clamp(-1.0, 1.0)  # pairs of entries in rows i < j
        t = r.abs() * math.sqrt(draws - 1) / (1 - r**2).clamp_min(1e-300).sqrt()
        p = 2 * stats.t.sf(float(t.max()), draws - 1)
        tests += r.numel()
        if p < worst:
            worst, where = p, name
    adjusted = min(1.0, worst * tests)
    return Evidence(adjusted, ALPHA, ">=", 0.0, f"Bonferroni over {tests} pairs of entries at alpha={ALPHA:g}",
                    scale=ALPHA, details={"least p-value": worst, "layer": where, "pairs": tests, "draws": draws})


def gd_step(inst: Instance, eta: float = 0.1, seeds: int = 2) -> Evidence:
    """Algorithm 1, line 4: one step of ``model.train`` equals W_l - η ∇_{W_l} L(W) with ∇L by the autograd oracle."""
    w = _weights(inst, seeds, moved=0.5)
    X, Y = inst.inputs(), inst.labels()
    stepped = model.train(w, X, Y, eta, 1).final
    grads = autodiff.gradient(lambda *Ws: model.loss(Ws, w.V, X, Y), w.W)
    return exact_match(torch.cat([s.flatten(1) for s in stepped], 1),
                       torch.cat([(Wl - eta * g).flatten(1) for Wl, g in zip(w.W, grads)], 1))


def sgd_unbiased(inst: Instance, seeds: int = 2) -> Evidence:
    """Algorithm 1, lines 8-9: over a uniform B-subset, E[(1/B) Σ_{s∈B} ∇_{W_l} ℓ(f_W(x_s), y_s)] = ∇_{W_l} L(W):
    exact, by enumerating all C(n, B) minibatches; ∇L by the autograd oracle."""
    w = _weights(inst, seeds, moved=0.5)
    X, Y = inst.inputs(), inst.labels()
    batches = model.all_minibatches(inst.n, inst.B)
    informative_if(len(batches) <= 5000, f"C(n, B) = {len(batches)} minibatches: too many to enumerate")
    mean = None
    for b in batches:
        g = torch.cat([t.flatten(1) for t in model.minibatch_gradient(w.W, w.V, X, Y, b)], 1)
        mean = g if mean is None else mean + g
    full = torch.cat([t.flatten(1) for t in autodiff.gradient(lambda *Ws: model.loss(Ws, w.V, X, Y), w.W)], 1)
    return exact_match(mean / len(batches), full, batches=len(batches))


# --- Section 4.1: the gradient ---------------------------------------------------------------------------

def gradient_formula(inst: Instance, seeds: int = 2) -> list[Evidence]:
    """Section 4.1's ∇_{w_{L,j}} L = (1/n) Σ_i <f(x_i) - y_i, v_j> σ'(<w_{L,j}, x_{L-1,i}>) x_{L-1,i}, and the
    backpropagated ∇_{W_l} L of every layer, against the autograd oracle (at perturbed W)."""
    w = _weights(inst, seeds, moved=0.5)
    X, Y = inst.inputs(), inst.labels()
    auto = autodiff.gradient(lambda *Ws: model.loss(Ws, w.V, X, Y), w.W)
    closed = model.loss_gradients(w.W, w.V, X, Y)
    return [exact_match(model.last_layer_row_gradients(w.W, w.V, X, Y), auto[-1], which="rows of ∇_{W_L} L"),
            exact_match(torch.cat([g.flatten(1) for g in closed], 1), torch.cat([g.flatten(1) for g in auto], 1),
                        which="∇_{W_l} L, l = 1..L")]


def gradient_norms(inst: Instance, seeds: int = 2) -> list[Evidence]:
    """Section 4.1: ||∇L||_F² = Σ_l ||∇_{W_l}L||_F² >= ||∇_{W_L}L||_F², and ||∇_{W_L}L||_F² = Σ_j ||∇_{w_{L,j}}L||_2²
    (∇ by the autograd oracle; the first as an identity of the flattened gradient, the inequality as measured)."""
    w = _weights(inst, seeds, moved=0.5)
    X, Y = inst.inputs(), inst.labels()
    auto = autodiff.gradient(lambda *Ws: model.loss(Ws, w.V, X, Y), w.W)
    total = torch.cat([g.flatten(1) for g in auto], 1).norm(dim=-1) ** 2
    per_layer = sum(g.flatten(1).norm(dim=-1) ** 2 for g in auto)
    rows = (model.last_layer_row_gradients(w.W, w.V, X, Y).norm(dim=-1) ** 2).sum(-1)
    last = auto[-1].flatten(1).norm(dim=-1) ** 2
    return [exact_match(total, per_layer, which="||∇L||_F² = Σ_l ||∇_{W_l}L||_F²"),
            Evidence.worst_of(total, last, ">=", EXACT_RTOL_SCALE * total.max(), "float64 rounding",
                              scale=float(total.max()) + 1e-300, which="||∇L||_F² >= ||∇_{W_L}L||_F²"),
            exact_match(rows, last, which="||∇_{W_L}L||_F² = Σ_j ||∇_{w_L,j}L||²")]


EXACT_RTOL_SCALE = 1e-12


# --- Proposition 3.6 ---------------------------------------------------------------------------------------

def h_closed_form(inst: Instance, draws: int) -> Evidence:
    """Proposition 3.6's H_ij = E_w[x_iᵀx_j σ'(wᵀx_i)σ'(wᵀx_j)] in closed form x_iᵀx_j(π - θ_ij)/(2π), against
    ``draws`` Gaussian w: every entry within Z standard errors (ALPHA), plus 1e-12 for rounding."""
    X = inst.inputs()
    H = model.gram_h(X)
    mc, se = model.gram_h_monte_carlo(X, draws, inst.seed)
    return Evidence.worst_of(mc, H, "==", Z * se + 1e-12, f"CLT interval per entry at alpha={ALPHA:g}",
                             scale=float(H.abs().max()) + 1e-300)


def h_empirical_ntk(inst: Instance, seeds: int) -> Evidence:
    """H is the infinite-width limit of the NTK of Algorithm 1's two-layer net in W (L = 1, k = 1):
    ∂f/∂w_j = v_j σ'(w_jᵀx) x, so (k/m)·NTK_ij = (1/m) Σ_j (k v_j²) σ'σ' x_iᵀx_j, an average of m i.i.d. terms of
    mean H_ij (σ' does not see the scale 2/m of w_j). Checked: the mean over ``seeds`` initializations (each by the
    core's autograd oracle) within Z standard errors of H."""
    X, k = inst.inputs(), inst.k
    w = model.initialize(inst.seed, seeds, inst.d, inst.m, 1, 1)
    # "loop": one reverse pass per sample, so that V (one per seed) may be closed over (vmap would broadcast it)
    ntk = autodiff.ntk(lambda W1: model.forward((W1,), w.V, X)[..., 0], (w.W[0],), method="loop") * (1 / inst.m)
    mean, se = ntk.mean(0), ntk.std(0) / math.sqrt(seeds)
    return Evidence.worst_of(mean, model.gram_h(X), "==", Z * se + 1e-12, f"CLT interval at alpha={ALPHA:g}",
                             scale=float(mean.abs().max()) + 1e-300, m=inst.m)


def eig_tolerance(X: torch.Tensor) -> float:
    H = model.gram_h(X)
    return 64 * X.shape[0] * EPS * float(torch.linalg.matrix_norm(H, 2))


def lambda_0_equivalence(inst: Instance) -> Evidence:
    """Proposition 3.6 (first part), under Assumption 3.1: λ0 = λmin(H) > 0 iff the points are distinct (3.2).
    On an instance with distinct points (min distance >= φ > 0): λ0 > the eigensolver's error, measured as λ0 minus
    that error (>= 0). On one with a repeated point: λ0 <= that error."""
    X = inst.inputs()
    lam, tol = float(model.lambda_0(X)), eig_tolerance(X)
    if inst.min_distance > 0:
        return Evidence(lam, tol, ">=", 0.0, "λ0 must exceed eigvalsh's backward error 64·n·eps·||H||",
                        scale=max(tol, 1e-300), details={"phi": inst.min_distance, "direction": "3.2 => λ0 > 0"})
    return Evidence(lam, 0.0, "<=", tol, "eigvalsh's backward error 64·n·eps·||H||", scale=max(tol, 1e-300),
                    details={"direction": "λ0 > 0 => 3.2 (a repeated point)"})


C_READING = 0.5  # λ0 >= C φ n^{-2}: the paper's 'sufficiently small constant C', read as 1/2 (inf measured: 2/π)


def lambda_0_lower_bound(inst: Instance, C: float = C_READING) -> Evidence:
    """Proposition 3.6 (second part): λ0 >= C φ n^{-2}, φ the instance's separation, C = ``C_READING``."""
    informative_if(inst.n >= 2, "n = 1: no pair, φ is not defined by the data")
    X = inst.inputs()
    lam, tol = float(model.lambda_0(X)), eig_tolerance(X)
    bound = C * inst.separation / inst.n**2
    return Evidence(lam, bound, ">=", tol, "eigvalsh's backward error 64·n·eps·||H||", scale=bound,
                    details={"phi": inst.separation, "lambda_0 n^2/phi": lam * inst.n**2 / inst.separation})


# --- the introduction's λ0 = O(n^{-2}φ), footnote 2 ----------------------------------------------------------

def spread_family(n: int, mu: float = 1 / math.sqrt(2)) -> torch.Tensor:
    """x_i = (√(1-μ²) e_i, μ) ∈ R^{n+1}: unit, last coordinate μ (Assumption 3.1), pairwise distance √2·√(1-μ²)."""
    X = torch.zeros(n, n + 1, dtype=backend.DTYPE, device=backend.device())
    X[:, :n] = math.sqrt(1 - mu * mu) * torch.eye(n, dtype=backend.DTYPE, device=backend.device())
    X[:, n] = mu
    return X


def lambda_0_upper_order(grid=(4, 8, 16, 32, 64)) -> Evidence:
    """Introduction: 'we have λ0 = O(n^{-2}φ)': λ0 n²/φ bounded above as n grows. Measured on ``spread_family``
    (Assumptions 3.1 and 3.2 hold, φ fixed): the lower end of the fitted exponent of λ0 n²/φ in n, which an
    O(n^{-2}φ) forbids to exceed 0."""
    ratios = []
    for n in grid:
        X = spread_family(n)
        phi = float(torch.pdist(X).min())
        ratios.append(float(model.lambda_0(X)) * n**2 / phi)
    fit = loglog_slope(grid, ratios, ALPHA)
    return Evidence(fit.low, 0.0, "<=", 0.0, f"slope CI at alpha={ALPHA:g}",
                    details={"slope": fit.slope, "ratios": [round(r, 4) for r in ratios], "grid": list(grid)})


def spectral_norm_squared(X: torch.Tensor) -> float:
    return float(torch.linalg.matrix_norm(X, 2) ** 2)


def footnote_2_worst_case(inst: Instance, factor: float = 1.0) -> Evidence:
    """Footnote 2, last clause: ||X||_2² = O(n) in the worst case; with unit rows ||X||_2² <= ||X||_F² = n
    (constant 1, attained as the rows coincide). ``factor`` < 1 plants a stronger constant."""
    value = spectral_norm_squared(inst.inputs())
    return Evidence(value, factor * inst.n, "<=", 1e-12 * inst.n, "float64 rounding", scale=inst.n)


def random_data(n: int, d: int, seed: int, mu: float = 1 / math.sqrt(2)) -> torch.Tensor:
    """Random data under Assumption 3.1: x_i = (√(1-μ²) u_i, μ), u_i uniform on the unit sphere of R^{d-1}."""
    from theorems.core import data

    U = data.sphere(n, d - 1, backend.generator(seed))
    return torch.cat([math.sqrt(1 - mu * mu) * U, torch.full((n, 1), mu, dtype=U.dtype, device=U.device)], 1)


FOOTNOTE_2_GRID = (8, 16, 32, 64, 128, 256)


def footnote_2_random(grid=FOOTNOTE_2_GRID, draws: int = 4, seed: int = 0) -> Evidence:
    """Footnote 2: '||X||_2² = O(1) if d ≲ n, = O(n/d) if X is randomly generated'. Measured on ``random_data`` with
    d = n (so d ≲ n and n/d = 1), ``draws`` datasets per n: the lower end of the fitted exponent of ||X||_2² in n,
    which both clauses forbid to exceed 0."""
    sizes, values = [], []
    for n in grid:
        for r in range(draws):
            sizes.append(n), values.append(spectral_norm_squared(random_data(n, n, seed + 1000 * r + n)))
    fit = loglog_slope(sizes, values, ALPHA)
    return Evidence(fit.low, 0.0, "<=", 0.0, f"slope CI at alpha={ALPHA:g}",
                    details={"slope": fit.slope, "CI": (fit.low, fit.high), "largest ||X||^2": max(values),
                             "mu^2 n at the largest n": grid[-1] / 2})
