"""Kong's claims as properties: each takes an instance and returns evidence.

Tolerances: identities between two float64 evaluations of the same quantity allow
``EXACT_RTOL`` relative to the quantity's scale (a few hundred ulps of the sums of
up to h1·h2 terms); continuous-time claims add the integrator's error estimate
(``Trajectory.tolerance``); probabilistic claims are one-sided binomial tests at
``ALPHA``, so that a true claim fails with probability <= ALPHA per test.
"""
from __future__ import annotations

import functools
import math

import torch

from theorems.constants import value
from theorems.core import autodiff, backend
from theorems.core.flow import Trajectory, integrate
from theorems.core.stats import ALPHA, loglog_slope, mean_interval  # noqa: F401 (ALPHA: each test's false-alarm rate)
from theorems.evidence import (Evidence, StatisticalEvidence, exact_match, informative_if, keep_trajectory,
                               trajectory as series_of, worst_trajectory)
from theorems.kong import model
from theorems.kong.instance import Instance, Lemma6Case, h_infinity

CHUNK = 1 << 22  # max S·n·h2 entries per batch when drawing wide networks
MAX_FLOW_STEPS = 1 << 13  # RK4 steps one example may take; generated ones need 64-150 (a dev run, seed 6402, drew
#                           λ0 = 1/1777 from three close inputs: 29360 steps at h2 = 1024, over 15 minutes)


def _autograd_jacobian(weights: model.Weights, X: torch.Tensor):
    """∂u_i/∂A and ∂u_i/∂B by the core's autograd oracle: (S, n, h1, d), (S, n, h2, h1)."""
    return autodiff.jacobian(lambda A, B, w: model.forward(A, B, w, X), (weights.A, weights.B), extra=(weights.w,))


def _autograd_loss_gradient(weights: model.Weights, X: torch.Tensor, y: torch.Tensor):
    """∇_A L and ∇_B L by the core's autograd oracle."""
    return autodiff.gradient(lambda A, B: model.loss(A, B, weights.w, X, y), (weights.A, weights.B))


def _perturbed(instance: Instance, seeds: int) -> model.Weights:
    """Initial weights moved off initialization (rows no longer unit), to check identities at any θ."""
    w0 = instance.weights(seeds)
    return model.Weights(*autodiff.perturbed((w0.A, w0.B), instance.seed + 1, 0.3), w0.w)


# --- exact identities -----------------------------------------------------------------------------

def gradient_formulas(instance: Instance, seeds: int = 8) -> Evidence:
    """Eq. (15): the closed-form ∂f/∂B_p and ∂f/∂A_r equal autograd's."""
    W, X = _perturbed(instance, seeds), instance.inputs()
    dA, dB = model.output_gradients(W.A, W.B, W.w, X)
    gA, gB = _autograd_jacobian(W, X)
    return exact_match(torch.cat([dA.flatten(2), dB.flatten(2)], 2), torch.cat([gA.flatten(2), gB.flatten(2)], 2))


def gram_of_gradients(instance: Instance, seeds: int = 8) -> Evidence:
    """Eq. (9): H_ij = Σ_p <∂u_i/∂B_p, ∂u_j/∂B_p> + Σ_r <∂u_i/∂A_r, ∂u_j/∂A_r>, assembled block by block."""
    W, X = _perturbed(instance, seeds), instance.inputs()
    gA, gB = _autograd_jacobian(W, X)
    H9 = torch.einsum("sipr,sjpr->sij", gB, gB) + torch.einsum("sird,sjrd->sij", gA, gA)
    return exact_match(model.gram(W.A, W.B, W.w, X), H9)


def proposition_1(instance: Instance, seeds: int = 8) -> Evidence:
    """Proposition 1: the term-by-term closed form (10) equals the Gram matrix (9) of autograd gradients."""
    W, X = instance.weights(seeds), instance.inputs()
    gA, gB = _autograd_jacobian(W, X)
    H9 = torch.einsum("sipr,sjpr->sij", gB, gB) + torch.einsum("sird,sjrd->sij", gA, gA)
    return exact_match(model.gram_proposition_1(W.A, W.B, W.w, X), H9)


def output_dynamics(instance: Instance, seeds: int = 8) -> Evidence:
    """Eq. (8): along θ' = -∇L, du/dt (forward-mode AD of u along θ') equals H (y - u)."""
    W, X, y = _perturbed(instance, seeds), instance.inputs(), instance.labels()
    gA, gB = _autograd_loss_gradient(W, X, y)
    u, du = autodiff.jvp(lambda a, b: model.forward(a, b, W.w, X), (W.A, W.B), (-gA, -gB))
    predicted = torch.einsum("sij,sj->si", model.gram(W.A, W.B, W.w, X), y - u)
    return exact_match(du, predicted)


def loss_derivative(instance: Instance, seeds: int = 8) -> Evidence:
    """Eq. (45): L'(t) = -(y - u)ᵀ H (y - u), with L'(t) = <∇L, θ'> = -||∇L||² from autograd."""
    W, X, y = _perturbed(instance, seeds), instance.inputs(), instance.labels()
    gA, gB = _autograd_loss_gradient(W, X, y)
    dL = -(gA**2).sum((1, 2)) - (gB**2).sum((1, 2))
    r = y - model.forward(W.A, W.B, W.w, X)
    return exact_match(dL, -torch.einsum("si,sij,sj->s", r, model.gram(W.A, W.B, W.w, X), r))


def w_expectation(instance: Instance, seeds: int = 4) -> Evidence:
    """Eq. (17): E_w H(0) keeps only the p = q terms; E_w computed by enumerating all 2^h2 sign vectors."""
    if instance.h2 > 12:
        raise ValueError(f"enumeration over w needs h2 <= 12, got h2={instance.h2}")
    W, X = instance.weights(seeds), instance.inputs()
    signs = torch.cartesian_prod(*[backend.tensor([-1.0, 1.0])] * instance.h2).reshape(-1, instance.h2)
    total = sum(model.gram(W.A, W.B, s.expand(seeds, -1), X) for s in signs)
    return exact_match(model.gram_w_expected(W.A, W.B, X), total / signs.shape[0])


def sum_of_squares(instance: Instance, seeds: int = 8) -> Evidence:
    """Eqs. (19)-(20): vᵀ(h1 h2 E_w H)v = Σ_{p,r} [(Σ_i v_i A_rᵀx_i 1_i{p,r})² + B_pr² ||Σ_i v_i x_i 1_i{p,r}||²]."""
    W, X = instance.weights(seeds), instance.inputs()
    v = torch.randn(seeds, instance.n, generator=backend.generator(instance.seed + 2), device=X.device, dtype=X.dtype)
    XA = torch.einsum("srd,nd->snr", W.A, X)
    _, Z = model.hidden(W.A, W.B, X)
    gate = torch.einsum("snr,snp->snpr", (XA > 0).to(X.dtype), (Z > 0).to(X.dtype))  # 1_i{p, r}
    first = torch.einsum("sn,snr,snpr->spr", v, XA, gate) ** 2
    second = W.B**2 * (torch.einsum("sn,nd,snpr->sprd", v, X, gate) ** 2).sum(-1)
    quad = torch.einsum("si,sij,sj->s", v, model.gram_w_expected(W.A, W.B, X), v) * instance.h1 * instance.h2
    return exact_match(quad, (first + second).sum((1, 2)))


# --- Proposition 2 and Assumption 2 --------------------------------------------------------------

def proposition_2(instance: Instance, draws: int) -> Evidence:
    """Proposition 2: H∞ is PSD. Checked where the proof checks it, on every summand of the expectation.

    λmin of E_w H(0) for each drawn (A, B) (eq. (18)), and of E[H(0) | A] for each of
    ``draws`` first layers (the inner expectation in closed form); H∞ is their mean.
    """
    X, W = instance.inputs(), instance.weights(64)
    g = backend.generator(instance.seed + 3)
    A = torch.randn(draws, instance.h1, instance.d, generator=g, device=X.device, dtype=X.dtype)
    conditional = model.h_infinity_given_first_layer(A / A.norm(dim=-1, keepdim=True), X)
    eig = torch.cat([torch.linalg.eigvalsh(model.gram_w_expected(W.A, W.B, X))[:, 0],
                     torch.linalg.eigvalsh(conditional)[:, 0]])
    scale = float(conditional.abs().amax()) + 1e-300
    return Evidence.worst_of(eig, torch.zeros_like(eig), ">=", 64 * instance.n * 2.2e-16 * scale,
                             "eigvalsh backward error, 64 n eps ||H||", scale=scale)


def assumption_2(instance: Instance, draws: int) -> Evidence:
    """Assumption 2: λ0 = λmin(H∞) > 0 on distinct unit inputs; the Monte Carlo lower bound must be > 0."""
    H = h_infinity(instance, draws)
    return Evidence(H.lambda_0_low, 0.0, ">=", 0.0, "none: lower confidence bound at 1 - 1e-3",
                    scale=max(abs(H.lambda_0), H.frobenius_error, 1e-300), details={"lambda_0": H.lambda_0, "error": H.frobenius_error})


# --- Lemmas 4, 5 and the concentration steps of their proofs --------------------------------------

def _chunks(instance: Instance, seeds: int, h2: int):
    """Yield batches of initial weights of width h2 whose S·n·h2 stays below CHUNK."""
    per = max(1, CHUNK // (instance.n * h2 * max(instance.h1, 1)))
    for start in range(0, seeds, per):
        k = min(per, seeds - start)
        yield model.initialize(instance.seed + 7919 * start, k, instance.d, instance.h1, h2)


def lemma_4_width(instance: Instance, draws: int) -> int:
    """The width the proof of Lemma 4 asks for, eq. (29): h2 >= 32 n² / λ0² log(2n²/δ) (λ0 at its lower bound)."""
    lam = h_infinity(instance, draws).lambda_0_low
    informative_if(lam > 0, f"λ0's Monte Carlo lower bound is {lam:.3g}, not > 0: Lemma 4's width (29) is undefined")
    n = instance.n
    return math.ceil(32 * n**2 / lam**2 * math.log(2 * n**2 / instance.delta))


def initial_eigenvalue(instance: Instance, seeds: int, draws: int, fraction: float, h2: int) -> StatisticalEvidence:
    """P(λmin(H(0)) < fraction·λ0) <= δ: Lemma 4 (fraction 3/4) and Lemma 5 at t = 0 (fraction 1/2).

    A failure is counted only when λmin(H(0)) < fraction·λ0_low, so that it is a failure for the true λ0.
    """
    X, lam = instance.inputs(), h_infinity(instance, draws).lambda_0_low
    informative_if(lam > 0, "λ0's Monte Carlo lower bound is not > 0: fraction·λ0 lies below every eigenvalue of the "
                            "PSD H(0), so no seed could fail")
    failures, dead = 0, 0
    for W in _chunks(instance, seeds, h2):
        eig = torch.linalg.eigvalsh(model.gram(W.A, W.B, W.w, X))[:, 0]
        failures += int((eig < fraction * lam).sum())
        dead += int((torch.einsum("srd,nd->snr", W.A, X) <= 0).all(-1).any(-1).sum())
    return StatisticalEvidence(failures, seeds, instance.delta, ALPHA,
                               {"h2": h2, "lambda_0_low": lam, "seeds_with_a_dead_input": dead})


def zero_eigenvalue_rate(instance: Instance, seeds: int) -> StatisticalEvidence:
    """P(λmin(H(0)) < λ0/2) <= δ, counting only the seeds where H(0) has an exactly zero row: an input on which the
    whole first layer is off (a dead input) makes λmin(H(0)) = 0 < λ0/2 for every λ0 > 0 (Assumption 2), so no
    estimate of λ0 enters. For n orthonormal inputs the signs of A_rᵀx_i are independent and the rate is 1 - (1 - 2^-h1)^n."""
    X, failures = instance.inputs(), 0
    for W in _chunks(instance, seeds, instance.h2):
        failures += int((model.gram(W.A, W.B, W.w, X) == 0).all(-1).any(-1).sum())
    return StatisticalEvidence(failures, seeds, instance.delta, ALPHA,
                               {"h2": instance.h2, "dead input probability (orthonormal inputs)":
                                1 - (1 - 2.0 ** -instance.h1) ** instance.n})


def rademacher_column_sums(instance: Instance, seeds: int, tau: float) -> StatisticalEvidence:
    """Eq. (23): P(|Σ_q w_q B_qr| >= τ) <= 1/τ² for each r (Chebyshev with Σ_q B_qr² <= 1)."""
    hits, column_norm = 0, 0.0
    for W in _chunks(instance, seeds, instance.h2):
        hits += int(((W.w[:, :, None] * W.B).sum(1).abs() >= tau).sum())
        column_norm = max(column_norm, float((W.B**2).sum(1).max()))
    return StatisticalEvidence(hits, seeds * instance.h1, min(1.0, 1 / tau**2), ALPHA,
                               {"tau": tau, "max_r sum_q B_qr^2": column_norm})


def entrywise_concentration(instance: Instance, seeds: int, draws: int) -> StatisticalEvidence:
    """Eq. (28): with probability >= 1 - δ, max_ij |H_ij(0) - H∞_ij| <= sqrt(2/h2 · log(2n²/δ))."""
    X, H = instance.inputs(), h_infinity(instance, draws)
    bound = math.sqrt(2 / instance.h2 * math.log(2 * instance.n**2 / instance.delta))
    failures = 0
    for W in _chunks(instance, seeds, instance.h2):
        deviation = (model.gram(W.A, W.B, W.w, X) - H.matrix).abs().amax((1, 2))
        failures += int((deviation > bound + H.frobenius_error).sum())
    return StatisticalEvidence(failures, seeds, instance.delta, ALPHA, {"bound": bound, "h2": instance.h2})


def deviation_exponent(instance: Instance, seeds: int, draws: int, grid: tuple[int, ...]):
    """Eq. (29): ||H(0) - H∞||_2 = O(h2^{-1/2}); the fitted exponent of E||H(0) - H∞||_2 over a width grid.

    Returns the slope with its CI and the Jensen floor E_A ||E[H(0)|A] - H∞||_2, which no width goes below.
    """
    X, H = instance.inputs(), h_infinity(instance, draws)
    widths, deviations = [], []
    for h2 in grid:
        for W in _chunks(instance, seeds, h2):
            dev = torch.linalg.matrix_norm(model.gram(W.A, W.B, W.w, X) - H.matrix, ord=2)
            widths += [h2] * dev.shape[0]
            deviations += dev.tolist()
    slope = loglog_slope(widths, deviations, ALPHA)
    A = instance.weights(seeds).A
    floor = torch.linalg.matrix_norm(model.h_infinity_given_first_layer(A, X) - H.matrix, ord=2)
    return slope, mean_interval(floor.cpu().numpy(), ALPHA)


def deviation_exponent_evidence(instance: Instance, seeds: int, draws: int, grid: tuple[int, ...]) -> Evidence:
    """Eq. (29) as a rate: the low end of the fitted exponent's CI must be <= -1/2 (widths of ``grid`` up to h2)."""
    widths = tuple(h for h in grid if instance.h2 >= h >= 8 * instance.h1)
    slope, floor = deviation_exponent(instance, seeds, draws, widths)
    return Evidence(slope.low, -0.5, "<=", 0.0, f"none: the slope's {1 - slope.alpha:g}-CI low end", scale=0.5,
                    details={"fit": str(slope), "Jensen floor (mean, CI)": floor, "widths": widths})


def initial_eigenvalue_by_width(instance: Instance, seeds: int, draws: int, fraction: float,
                                grid: tuple[int, ...]) -> list[StatisticalEvidence]:
    """``initial_eigenvalue`` at every width of ``grid`` between 8h1 (Assumption 1) and the instance's h2."""
    widths = [h for h in grid if instance.h2 >= h >= 8 * instance.h1]
    informative_if(bool(widths), f"no width of {grid} in [8h1, h2] = [{8 * instance.h1}, {instance.h2}]")
    return [initial_eigenvalue(instance, seeds, draws, fraction, h) for h in widths]


def pattern_change_bound(d: int, R: float) -> Evidence:
    """Eq. (31) as used for unit-norm rows: P(|A_rᵀx| <= R) <= 2R/sqrt(2π), with A_r uniform on S^{d-1}.

    A_rᵀx is distributed as 2·Beta((d-1)/2, (d-1)/2) - 1, so the probability is exact.
    """
    from scipy import stats

    a = (d - 1) / 2
    exact = float(stats.beta.cdf((1 + R) / 2, a, a) - stats.beta.cdf((1 - R) / 2, a, a))
    bound = 2 * R / math.sqrt(2 * math.pi)
    return Evidence(exact, bound, "<=", 1e-12, "scipy's beta CDF, ~1e-15 absolute", scale=bound, details={"d": d, "R": R})


# --- gradient flow: Lemma 6, Lemma 7 and Theorem 3 -----------------------------------------------

@functools.lru_cache(maxsize=16)
def trajectory(instance: Instance, seeds: int, t_end: float, min_steps: int, records: int) -> tuple[model.Weights, Trajectory]:
    """Gradient flow (4)-(5) from a batch of initializations, recording L, λmin(H), ||A_r - A_r(0)||, ||B_p - B_p(0)||.

    The field is -∇L from the closed form (15) (``model.flow_field`` from ``model.loss_gradients``, checked
    against autograd).

    The step obeys dt·max trace H(0) <= 1/4, well inside RK4's stability region for this flow.
    """
    W, X, y = instance.weights(seeds), instance.inputs(), instance.labels()
    rate = float(torch.diagonal(model.gram(W.A, W.B, W.w, X), dim1=1, dim2=2).sum(-1).max())
    steps = max(min_steps, math.ceil(4 * t_end * rate))
    steps = records * math.ceil(steps / records)
    informative_if(steps <= MAX_FLOW_STEPS, f"the horizon t = {t_end:.4g} needs {steps} RK4 steps at dt·max tr H(0) "
                   f"<= 1/4 (over the {MAX_FLOW_STEPS} of one example)")

    def observe(state):
        A, B = state
        return {
            "L": model.loss(A, B, W.w, X, y),
            "lambda_min": torch.linalg.eigvalsh(model.gram(A, B, W.w, X))[:, 0],
            "move_A": (A - W.A).norm(dim=-1).amax(-1),
            "move_B": (B - W.B).norm(dim=-1).amax(-1),
        }

    return W, integrate(model.flow_field(W.w, X, y), (W.A, W.B), t_end, steps, records, observe)


def lemma_6_loss(case: Lemma6Case, seeds: int, steps: int, draws: int = 100_000) -> Evidence:
    """Lemma 6 with the paper's λ0 = λmin(H∞): if λmin(H(s)) >= λ0/2 on [0, t] then L(t) <= exp(-λ0 t) L(0).

    Seeds count where the recorded min_k λmin(H(t_k)) >= λ0_high / (2 rate_factor) (rate_factor <= 1: the
    hypothesis holds for the true λ0, whatever the Monte Carlo error of H∞); rate_factor > 1 admits seeds that
    break it (the necessity probe). The conclusion is checked as an average rate, log(L(0)/L(t_k))/t_k >=
    r · λ0_low at every recorded t_k in (0, 2/λ0_low], r the declared constant "rate" (1 as printed, 2 under its
    plant: METHOD §3), so that its tightness λ0/rate is not the trivial 1 of L(t)/bound as t -> 0. Tolerance, over t_k:
    the integrator's error of L relative to L, the grid's (λmin is only seen at the t_k, and a dip between two
    of them lowers ∫2λmin on [0, t_k] by at most 2·dt·TV(λmin; [0, t_k])) and the float64 floor ½n(64ε)² of L relative to L.
    Uninformative when no seed meets the hypothesis (or every seed starts at L(0) = 0).
    """
    instance = Instance(case.X, case.y, case.h1, case.h2, case.seed, case.delta, case.C)
    H = h_infinity(instance, draws)
    informative_if(H.lambda_0_low > 0, "λ0's Monte Carlo lower bound is not > 0: Lemma 6's rate is undefined")
    _, tr = trajectory(instance, seeds, 2 / H.lambda_0_low, steps, steps)
    lam_min, L = tr.observed["lambda_min"], tr.observed["L"]
    floor = 0.5 * instance.n * (64 * torch.finfo(L.dtype).eps) ** 2
    keep = (lam_min.amin(0) >= H.lambda_0_high / (2 * case.rate_factor)) & (L[0] > 1e6 * floor)
    informative_if(bool(keep.any()), "no seed meets Lemma 6's hypothesis λmin(H(s)) >= λ0/2 with L(0) > 0")
    L, times = L[1:, keep], tr.times[1:, None]
    dt = float(tr.times[1] - tr.times[0])
    variation = lam_min[:, keep].diff(dim=0).abs().cumsum(0)  # TV(λmin) on [0, t_k]
    resolved = L > 1e6 * floor  # later times of a seed already at the float64 floor say nothing
    rate = torch.log(tr.observed["L"][0, keep] / L.clamp_min(floor)) / times
    tol = ((tr.tolerance("L")[1:, keep] + floor) / L.clamp_min(floor) + 2 * dt * variation) / times
    rate, tol = torch.where(resolved, rate, 1e300), torch.where(resolved, tol, 0.0)  # 1e300: never the worst
    return keep_trajectory(
        Evidence.worst_of(rate, value("kong.lemma_6", "rate") * H.lambda_0_low, ">=", tol,
                          "(4 x RK4 step-doubling error of L + float64 floor ½n(64ε)²)/L, plus 2·dt·TV(λmin) "
                          "for the hypothesis seen on the grid only, over t",
                          scale=H.lambda_0_low, times=tr.times[1:], time_axis=0,
                          seeds_meeting_hypothesis=int(keep.sum()),
                          lambda_0=H.lambda_0, min_lambda_min=float(lam_min[:, keep].amin())),
        x="gradient-flow time t", y="average rate log(L(0)/L(t))/t", measured="log(L(0)/L(t))/t",
        bound="λ0 (Lemma 6: L(t) <= exp(-λ0 t) L(0))", log=False)


def _lemma_6_radii(instance: Instance, seeds: int, draws: int, steps: int, horizon: float = 1.0):
    """Seeds whose whole trajectory on [0, horizon/λ0_low] has λmin(H) >= λ0_high/2, with R'_A, R'_B at λ0_low."""
    H = h_infinity(instance, draws)
    informative_if(H.lambda_0_low > 0, "λ0's Monte Carlo lower bound is not > 0: R'_A, R'_B are undefined")
    t_end = horizon / H.lambda_0_low
    _, tr = trajectory(instance, seeds, t_end, steps, steps)
    keep = tr.observed["lambda_min"].amin(0) >= H.lambda_0_high / 2
    n, h1, h2 = instance.n, instance.h1, instance.h2
    L0 = tr.observed["L"][0]
    R_A = 2 / H.lambda_0_low * torch.sqrt(2 * n * L0 / (h1 * h2 ** (2 / 3)))
    R_B = 2 / H.lambda_0_low * torch.sqrt(2 * n * L0 / h2)
    return tr, keep, R_A, R_B


def lemma_6_radius_A(instance: Instance, seeds: int, draws: int, steps: int) -> StatisticalEvidence:
    """Lemma 6, R'_A: ||A_r(t) - A_r(0)|| <= (2/λ0) sqrt(2nL(0)/(h1 h2^{2/3})), failing with probability <= h2^{-1/3} (46)."""
    tr, keep, R_A, _ = _lemma_6_radii(instance, seeds, draws, steps)
    informative_if(bool(keep.any()), "no seed meets Lemma 6's hypothesis λmin(H(s)) >= λ0/2 on the trajectory")
    moved = (tr.observed["move_A"] - tr.tolerance("move_A")).amax(0)
    failures = int((moved[keep] > R_A[keep]).sum())
    worst = float((moved[keep] / R_A[keep]).max())
    evidence = StatisticalEvidence(failures, int(keep.sum()), instance.h2 ** (-1 / 3), ALPHA,
                                   {"seeds_meeting_hypothesis": int(keep.sum()), "max movement / R'_A": worst})
    R = R_A[keep][None, :]  # the seed that moves farthest beyond R'_A, along t
    series = worst_trajectory(tr.times, (tr.observed["move_A"] - tr.tolerance("move_A"))[:, keep], R, "<=",
                              scale=R.clamp_min(1e-300), time_axis=0)
    return keep_trajectory(evidence, series, x="gradient-flow time t", y="max_r ||A_r(t) - A_r(0)||",
                           measured="max_r ||A_r(t) - A_r(0)|| (seed farthest beyond R'_A)", bound="R'_A (eq. (48))",
                           log=False)


def lemma_6_radius_B(instance: Instance, seeds: int, draws: int, steps: int, horizon: float = 6.0,
                     radius_factor: float = 1.0) -> Evidence:
    """Lemma 6, R'_B: ||B_p(t) - B_p(0)|| <= (2/λ0) sqrt(2nL(0)/h2) on seeds meeting the hypothesis.

    The flow runs to t = horizon/λ0 (6/λ0: the bound integrates exp(-λ0 s/2) to ∞, and ∫_0^{6/λ0} already
    holds 1 - e^{-3} = 95% of it; a horizon of 1/λ0 holds 39% and could not come within 2x of the bound).
    ``radius_factor`` multiplies R'_B (1/2: the constant plant of METHOD §3). Uninformative when no seed meets
    the hypothesis or every seed has L(0) = 0 (R'_B = 0, a stationary flow).
    """
    tr, keep, _, R_B = _lemma_6_radii(instance, seeds, draws, steps, horizon)
    keep = keep & (R_B > 0)
    informative_if(bool(keep.any()), "no seed meets Lemma 6's hypothesis λmin(H(s)) >= λ0/2 with L(0) > 0")
    moved = tr.observed["move_B"][:, keep]
    return keep_trajectory(
        Evidence.worst_of(moved, radius_factor * R_B[keep][None, :], "<=", tr.tolerance("move_B")[:, keep],
                          "4 x RK4 step-doubling error of max_p ||B_p(t) - B_p(0)||",
                          scale=R_B[keep][None, :], times=tr.times, time_axis=0),
        x="gradient-flow time t", y="max_p ||B_p(t) - B_p(0)||", measured="max_p ||B_p(t) - B_p(0)||",
        bound="R'_B (eq. (49))", log=False)


def exponential_decay(instance: Instance, seeds: int, draws: int, steps: int) -> StatisticalEvidence:
    """Theorem 3 / Lemma 7: with probability >= 1 - δ, L(t) <= exp(-λ0 t) L(0) for all t (here t in [0, 1/λ0]).

    A seed fails when L(t) exceeds exp(-λ0_low t) L(0) plus the integration tolerance at a recorded time.
    Uninformative when λ0's lower confidence bound is not > 0 (nearly parallel inputs: seed 7105).
    """
    H = h_infinity(instance, draws)
    informative_if(H.lambda_0_low > 0, "λ0's Monte Carlo lower bound is not > 0: the horizon 1/λ0 and the rate are "
                                       "undefined")
    _, tr = trajectory(instance, seeds, 1 / H.lambda_0_low, steps, 8)
    L = tr.observed["L"]
    bound = torch.exp(-H.lambda_0_low * tr.times[:, None]) * L[0]
    failures = int((L - tr.tolerance("L") > bound).any(0).sum())
    evidence = StatisticalEvidence(failures, seeds, instance.delta, ALPHA,
                                   {"h2": instance.h2, "lambda_0_low": H.lambda_0_low, "t_end": float(tr.times[-1])})
    # the seed farthest above its bound (relative to L(0)), along t
    series = worst_trajectory(tr.times, L - tr.tolerance("L"), bound, "<=", scale=L[:1].clamp_min(1e-300),
                              time_axis=0)
    return keep_trajectory(evidence, series, x="gradient-flow time t", y="L(t)",
                           measured="L(t) (seed farthest above the bound)", bound="exp(-λ0 t) L(0)", log=True)


def dead_input_is_stationary(instance: Instance, seeds: int) -> Evidence:
    """If A_rᵀx ≤ 0 for every r, the only sample's gradient vanishes: ∇_A L = ∇_B L = 0 exactly (n = 1)."""
    W, X, y = instance.weights(seeds), instance.inputs(), instance.labels()
    dead = (torch.einsum("srd,nd->snr", W.A, X) <= 0).all(-1).all(-1)
    informative_if(bool(dead.any()), "no seed has a dead input (A_rᵀx > 0 for some r on every seed)")
    gA, gB = _autograd_loss_gradient(W, X, y)
    size = gA.abs().amax((1, 2)) + gB.abs().amax((1, 2))
    return Evidence.worst_of(size[dead], torch.zeros_like(size[dead]), "==", 0.0, "none: exact zeros",
                             dead_seeds=int(dead.sum()))


# --- eq. (12) -------------------------------------------------------------------------------------

def initial_loss_mean(instance: Instance, seeds: int, formula) -> Evidence:
    """E L(0) against ``formula(y, d, h1)``: the sample mean over seeds with its (1 - ALPHA) CLT interval."""
    X, y = instance.inputs(), instance.labels()
    losses = torch.cat([model.loss(W.A, W.B, W.w, X, y) for W in _chunks(instance, seeds, instance.h2)])
    mean, low, high = mean_interval(losses.cpu().numpy(), ALPHA)
    return Evidence(mean, formula(y, instance.d, instance.h1), "==", (high - low) / 2,
                    f"half-width of the {1 - ALPHA:g} CLT interval over {seeds} seeds", scale=max(mean, 1e-12))


def paper_initial_loss(y: torch.Tensor, d: int, h1: int) -> float:
    """Eq. (12) as printed: E L(0) = ||y||² + n."""
    return float((y**2).sum()) + y.shape[0]


# --- the root causes, measured --------------------------------------------------------------------

def one_input_lambda_0(d: int, h1: int) -> float:
    """λ0 = H∞ for one unit input (n = 1), by hand: 1/(4d) + 1/(4h1).

    B-block: E[σ(Ax)ᵀσ(Ax) 1{bᵀσ(Ax) > 0}]/h1 = (h1/(2d))(1/2)/h1, since E σ(aᵀx)² = E(aᵀx)²/2 = 1/(2d) for a
    uniform on S^{d-1}; A-block: E_w kills the p ≠ q terms and E[b_r² 1{bᵀy > 0}] = 1/(2h1) (b ↦ -b), so
    Σ_r P(A_rᵀx > 0)/(2h1)/h1 = 1/(4h1).
    """
    return 1 / (4 * d) + 1 / (4 * h1)


def one_input_limit_law_terms(d: int, h1: int, draws: int, seed: int) -> tuple[torch.Tensor, torch.Tensor]:
    """Draws of the h2 -> ∞ limit of H(0) for one unit input at fixed h1 (root cause kong.first_layer_does_not_average),
    as its B-block and A-block terms: H_lim = Σ_r σ(A_rᵀx)²/(2h1) + Σ_r 1{A_rᵀx > 0} g_r²/(2h1²), g_r i.i.d.
    N(0, 1), A_r uniform on S^{d-1}."""
    g = backend.generator(seed)
    A = model.nets.gaussian_unit_rows(g, (draws, h1, d))
    t = A[..., 0]  # A_rᵀx with x = e_1 (the law is rotation invariant)
    z = torch.randn(draws, h1, generator=g, device=A.device, dtype=A.dtype)
    return (torch.relu(t) ** 2).sum(1) / (2 * h1), ((t > 0) * z**2).sum(1) / (2 * h1**2)


def limit_law_distance(instance: Instance, seeds: int, fraction: float, draws: int = 400_000) -> Evidence:
    """The law of H(0) at the instance's width (n = 1, ``seeds`` draws) is its h2 -> ∞ limit law
    (``one_input_limit_law_terms``, ``draws`` draws): the two-sample Kolmogorov-Smirnov distance D is at most the
    asymptotic critical value c(ALPHA) sqrt(1/seeds + 1/draws), c(α) = sqrt(-ln(α/2)/2), so that a true limit law
    fails with probability <= ALPHA. D bounds the gap between the two frequencies of H(0) < fraction·λ0 (Lemma 4's
    failure rate at fraction 3/4, λ0 in closed form), which the details report.
    """
    if instance.n != 1:
        raise ValueError(f"the limit law is derived for one input, got n = {instance.n}")
    from scipy import stats

    lam = one_input_lambda_0(instance.d, instance.h1)
    finite = torch.cat([model.gram(W.A, W.B, W.w, instance.inputs())[:, 0, 0]
                        for W in _chunks(instance, seeds, instance.h2)])
    limit = sum(one_input_limit_law_terms(instance.d, instance.h1, draws, instance.seed + 11))
    distance = float(stats.ks_2samp(finite.cpu().numpy(), limit.cpu().numpy()).statistic)
    critical = math.sqrt(-math.log(ALPHA / 2) / 2) * math.sqrt(1 / seeds + 1 / draws)
    return Evidence(distance, 0.0, "<=", critical,
                    f"two-sample Kolmogorov-Smirnov critical value at false-alarm rate {ALPHA:g}", scale=critical,
                    details={"h1": instance.h1, "h2": instance.h2, "lambda_0": lam,
                             "failure rate": float((finite < fraction * lam).double().mean()),
                             "limit law's failure rate": float((limit < fraction * lam).double().mean())})


def sliding_rate(instance: Instance, seeds: int, seed_index: int, unit: int, t_mid: float = 1.0, h: float = 0.04,
                 steps_per_unit: int = 500, flow: list | None = None):
    """-d log L/dt at t_mid (n = 1) on seed ``seed_index`` of the batch, by a central difference over [t - h, t + h]
    along the suite's RK4, with the one-sided and sliding NTKs of second-layer unit ``unit`` there
    (``model.kink_grams``). Returns (rate, tolerance, observables at t_mid).

    Tolerance: (i) the difference's truncation h²/3·|H_eff''|, from the second difference of the recorded H_eff;
    (ii) ERROR_SAFETY x the step-doubling error of log L at t ± h, over 2h; (iii) CHATTER_RTOL x 2H_eff for the
    chattering across the kink, which step doubling misses (the dt and dt/2 runs chatter in phase): on the
    Lemma 6 pin the error is <= 2.1e-5 relative at (dt, h) = (1e-3, 0.04), <= 4.1e-5 for dt in [2.5e-4, 1e-3]
    and h in [0.02, 0.04], so 1e-4 holds it 5x; the gap to H_in (1.7e-3 relative) is 17x wider.
    """
    from theorems.core.flow import ERROR_SAFETY

    if instance.n != 1:
        raise ValueError(f"sliding_rate is for one input (n = 1), got n = {instance.n}")
    W, X, y = instance.weights(seeds), instance.inputs(), instance.labels()
    s = slice(seed_index, seed_index + 1)
    w = W.w[s]

    def observe(state):
        A, B = state
        _, Z = model.hidden(A, B, X)
        return {"log_L": model.loss(A, B, w, X, y).log(), "z": Z[:, 0], "first_layer": (X @ A.transpose(1, 2))[:, 0],
                "gram": model.gram(A, B, w, X)[:, 0, 0], **model.kink_grams(A, B, w, X, unit)}

    records = round((t_mid + h) / h)
    tr = integrate(model.flow_field(w, X, y), (W.A[s], W.B[s]), records * h, round(steps_per_unit * records * h),
                   records, observe)
    if flow is not None:
        flow.append(tr)  # the whole flow, for the report's trajectory (``output_dynamics_along_the_flow``)
    k = records - 1
    at = {name: value[k, 0] for name, value in tr.observed.items()}
    log_L, H_eff = tr.observed["log_L"][:, 0], tr.observed["H_eff"][:, 0]
    rate = float(log_L[k - 1] - log_L[k + 1]) / (2 * h)
    tolerance = (abs(float(H_eff[k - 1] - 2 * H_eff[k] + H_eff[k + 1])) / 3
                 + ERROR_SAFETY * float(tr.error["log_L"][k - 1, 0] + tr.error["log_L"][k + 1, 0]) / (2 * h)
                 + CHATTER_RTOL * 2 * float(at["H_eff"]))
    return rate, tolerance, at


CHATTER_RTOL = 1e-4  # relative chattering error of a measured sliding rate (see ``sliding_rate``)


def output_dynamics_along_the_flow(instance: Instance, seeds: int, seed_index: int, unit: int) -> Evidence:
    """Eq. (8) along a solution of (4)-(5) (n = 1): du/dt = H(t)(y - u) ⟺ -d log L/dt = 2 H(t), at t = 1, with
    H(t) of eq. (9) (gates 1{· > 0}, as in (15)); ``sliding_rate`` gives the measured side and its tolerance."""
    flow = []
    rate, tolerance, at = sliding_rate(instance, seeds, seed_index, unit, flow=flow)
    evidence = Evidence(rate, 2 * float(at["gram"]), "==", tolerance,
                        "central-difference truncation + 4 x RK4 step-doubling error + 1e-4 x 2H_eff chattering",
                        scale=2 * float(at["gram"]),
                        details={"2 H_eff (projected on the kink)": 2 * float(at["H_eff"]),
                                 "alpha": float(at["alpha"]), "|z_unit|": float(at["z"][unit].abs())})
    (tr,) = flow  # for the report: the same central difference at every interior record, against 2H(t)
    log_L, h = tr.observed["log_L"][:, 0], float(tr.times[1] - tr.times[0])
    series = series_of(tr.times[1:-1], (log_L[:-2] - log_L[2:]) / (2 * h), 2 * tr.observed["gram"][1:-1, 0])
    return keep_trajectory(evidence, series, x="gradient-flow time t", y="-d log L/dt",
                           measured="-d log L/dt (central difference)", bound="2H(t) (eqs. (8)-(9))", log=False)
