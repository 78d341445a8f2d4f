"""Section 5 of shallow_sgd: mini-batch SGD on L^b(θ, A) = ½ Σ_{i ∈ A} ||Y_i − Ŷ_i||² (a sum over the batch, not a
mean), the time change of the proof of Theorem 5.6, its k* bound, Theorem 5.5's closeness of SGD to the
differential inclusion, and (15) of Theorem 5.1.

Selection: every gradient uses the gate 1{XW > 0} (the core's σ'(0) = 0), for SGD steps and flows alike; the SGD
iterates and the flow's RK4 stages meet a kink with probability 0 (θ0 continuously distributed, the paper's
'for a.e. η'). Seeds of the b-subset sampler are batched (leading axis S): S independent SGD sequences from one θ0.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

import numpy as np
import sympy as sp
import torch

from theorems.core import backend, validate
from theorems.core.dynamics import uniform_subset
from theorems.core.flow import integrate
from theorems.evidence import EXACT_RTOL, Evidence, informative_if
from theorems.shallow_sgd import model
from theorems.shallow_sgd.instance import Instance
from theorems.shallow_sgd.section4 import Fit, exponent_evidence, fit


def _check_b(instance: Instance, b) -> int:
    b = validate.positive_int("b", b)
    if b > instance.N:
        raise ValueError(f"b must be <= N = {instance.N} (a b-subset of [N]), got b = {b}")
    return b


def weighted_gradient(W, V, X, Y, w):
    """∇ of ½ Σ_i w_i ||Y_i − Ŷ_i||² (w (S, N)) with the gate 1{XW > 0}: (∇_W, ∇_V)."""
    H = model.hidden(W, X)
    R = (H @ V - Y) * w[:, :, None]
    return X.transpose(0, 1) @ ((R @ V.transpose(1, 2)) * model.gate(W, X)), H.transpose(1, 2) @ R


# --- the time change of the proof of Theorem 5.6 ----------------------------------------------------------------

@dataclass(frozen=True)
class TimeChange:
    """The flow of E L^b = (b/N) L (θ' = −(b/N)∇L) against the flow of (18) (θ' = −∇L) from the instance's θ0, on
    [0, horizon/α0(0)²] of (18)'s time, with ``steps`` RK4 steps."""

    instance: Instance
    b: int
    horizon: float = 1.0
    steps: int = 64

    def __post_init__(self):
        _check_b(self.instance, self.b)
        validate.positive("horizon", self.horizon)
        validate.positive_int("steps", self.steps)


def _field(X, Y, scale):
    def field(state):
        gW, gV = model.selection(state[0], state[1], X, Y)
        return (-scale * gW, -scale * gV)
    return field


def time_change(case: TimeChange, printed: bool = False) -> list[Evidence]:
    """If θ solves θ' = −∂E L^b(θ, A_b) = −(b/N)∂L(θ), then s ↦ θ(sN/b) solves (18) θ' = −∂L: the mean-field flow
    integrated on [0, (N/b)T] (RK4, n steps) against (18)'s flow on [0, T] (RK4, n steps) at the same records; RK4
    commutes with the rescaling of time, so both runs agree up to rounding (tolerance EXACT_RTOL x steps x scale).
    ``printed=True``: the proof's θ(tNb), the mean-field flow read at time tNb."""
    inst = case.instance
    W0, V0 = inst.weights(1)
    X, Y = inst.inputs(), inst.labels()
    alpha = float(model.alpha_0(W0, X)[0])
    informative_if(alpha > 0 and float(model.loss(W0, V0, X, Y)[0]) > 0, "α0(0) = 0 or L(θ0) = 0: nothing moves")
    T = case.horizon / alpha**2
    N, b = inst.N, case.b
    factor = N * b if printed else N / b

    def observe(state):
        return {"theta": torch.cat([state[0].flatten(1), state[1].flatten(1)], 1)}

    records = 8
    # RK4 is stable for h·λ < 2.78: one step per unit of λ·(the run's longest rescaled time), λ the stiffness bound
    x = model.op_norm(X)
    stiff = float(torch.linalg.matrix_norm(model.hidden(W0, X)[0], ord=2)) ** 2 + x**2 * float(model.frob(V0)[0]) ** 2 \
        + x * math.sqrt(2 * float(model.loss(W0, V0, X, Y)[0]))
    need = max(case.steps, math.ceil(stiff * T * max(1.0, factor * b / N)))
    informative_if(need <= 1 << 14, f"{need} RK4 steps needed for stability (CPU budget 16384)")
    steps = records * math.ceil(need / records)
    mean = integrate(_field(X, Y, b / N), (W0, V0), factor * T, steps, records, observe)
    full = integrate(_field(X, Y, 1.0), (W0, V0), T, steps, records, observe)
    gap = (mean.observed["theta"] - full.observed["theta"]).norm(dim=-1)[:, 0]
    scale = float(full.observed["theta"].norm(dim=-1).max())
    move = (full.observed["theta"] - full.observed["theta"][0]).norm(dim=-1)[:, 0]
    return [Evidence.worst_of(gap, torch.zeros_like(gap), "==", EXACT_RTOL * steps * scale,
                              "rounding: EXACT_RTOL x steps x max||θ|| (one RK4 scheme, time rescaled)",
                              scale=max(float(move.max()), 1e-300), times=full.times,
                              reading="θ(tNb)" if printed else "θ(tN/b)", N=N, b=b)]


# --- mini-batch SGD and Theorem 5.6's k* ----------------------------------------------------------------------

@dataclass(frozen=True)
class SGDCase:
    """Mini-batch SGD θ_{k+1} = θ_k − η ∇L^b(θ_k, A_{k+1}), A_k ~ Unif([N]^(b)) i.i.d., from the instance's θ0, with
    ``seeds`` independent sampler streams batched; ε = ``eps_fraction`` · L(θ0); η = ``eta_fraction`` / λ, λ the
    stiffness bound of the flow (||H||²_op + ||X||²_op ||V||²_F + ||X||_op sqrt(2L), at θ0)."""

    instance: Instance
    b: int
    eps_fraction: float = 0.1
    eta_fraction: float = 0.25
    seeds: int = 8
    sampler_seed: int = 0

    def __post_init__(self):
        _check_b(self.instance, self.b)
        validate.probability("eps_fraction", self.eps_fraction)
        validate.positive("eta_fraction", self.eta_fraction)
        validate.positive_int("seeds", self.seeds)
        validate.seed("sampler_seed", self.sampler_seed)

    def start(self):
        inst = self.instance
        W0, V0 = inst.weights(1)
        X, Y = inst.inputs(), inst.labels()
        L0 = float(model.loss(W0, V0, X, Y)[0])
        x = model.op_norm(X)
        stiff = float(torch.linalg.matrix_norm(model.hidden(W0, X)[0], ord=2)) ** 2 + \
            x**2 * float(model.frob(V0)[0]) ** 2 + x * math.sqrt(2 * L0)
        return W0, V0, X, Y, L0, self.eta_fraction / stiff, float(model.alpha_0(W0, X)[0]) ** 2


def k_star(N: int, b: int, eta: float, gamma: float, sup_L: float, eps: float) -> int:
    """Theorem 5.6: floor(1 + (N/(ηb)) max(0, γ^{-1} log(2 sup_Q L / ε)))."""
    return math.floor(1 + N / (eta * b) * max(0.0, math.log(2 * sup_L / eps) / gamma))


def sgd_losses(case: SGDCase, steps: int, eta: float | None = None):
    """L(θ_k) for k = 0..steps (steps+1, S), the paper's L^b (a sum over the batch) and uniform b-subsets."""
    W0, V0, X, Y, L0, eta0, _ = case.start()
    eta = eta0 if eta is None else eta
    S, N, b = case.seeds, case.instance.N, case.b
    W, V = W0.expand(S, -1, -1).clone(), V0.expand(S, -1, -1).clone()
    g = backend.generator(case.sampler_seed)
    out = [model.loss(W, V, X, Y)]
    for _ in range(steps):
        w = uniform_subset(g, S, N, b) * b  # weight 1 on the batch's members: L^b is a sum
        gW, gV = weighted_gradient(W, V, X, Y, w)
        W, V = W - eta * gW, V - eta * gV
        out.append(model.loss(W, V, X, Y))
    return torch.stack(out)


MAX_SGD_STEPS = 20_000


def theorem_5_6_k_star(case: SGDCase, gamma_factor: float = 1.0) -> list[Evidence]:
    """Theorem 5.6's conclusion on an instance meeting Theorem 3.4's hypotheses (its flow has L(t) <= L(0)e^{-γt},
    γ = α0(0)², (12)), read with Q = {θ0} (sup_Q L = L(θ0)): SGD at step η reaches L < ε by k*; checked as
    min_{k <= k*} L(θ_k) < ε on every sampler seed (the worst seed's L(θ_k) kept as the trajectory).
    ``gamma_factor`` multiplies γ (the planted constant)."""
    W0, V0, X, Y, L0, eta, a2 = case.start()
    informative_if(L0 > 0 and a2 > 0, "L(θ0) = 0 or α0(0) = 0")
    eps = case.eps_fraction * L0
    ks = k_star(case.instance.N, case.b, eta, gamma_factor * a2, L0, eps)
    informative_if(ks <= MAX_SGD_STEPS, f"k* = {ks} > {MAX_SGD_STEPS} steps (CPU budget)")
    L = sgd_losses(case, ks)
    running = torch.cummin(L, 0).values
    worst = int(torch.argmax(running[-1]))
    hit = int((L[:, worst] < eps).nonzero()[0]) if bool((L[:, worst] < eps).any()) else ks + 1
    steps = torch.arange(ks + 1, dtype=torch.float64)
    series = {"x": _thin(steps), "measured": _thin(L[:, worst]), "bound": _thin(torch.full_like(steps, eps))}
    return [Evidence(float(running[-1, worst]), eps, "<=", 0.0, "none: min over the iterates (strict < ε: margin 0)",
                     scale=eps, details={"k*": ks, "first k with L < ε": hit, "hit/k*": hit / ks, "eta": eta,
                                         "b": case.b, "N": case.instance.N}, series=series)]


def _thin(values, points: int = 200) -> list[float]:
    values = torch.as_tensor(values).detach().reshape(-1).cpu()
    step = max(1, -(-len(values) // points))
    return [float(v) for v in values[::step]]


# --- Theorem 5.5: the interpolated SGD process tends to the DI's solution ------------------------------------------

def theorem_5_5(case: SGDCase, etas_fractions=(0.4, 0.2, 0.1), horizon: float = 0.25,
                mean_field: bool = True) -> list[Evidence]:
    """Theorem 5.5 for f = L^b on the shallow net: on [0, T] (T = horizon/α0(0)² · N/b, the mean-field flow's time)
    sup_t ||θ̄^η(t) − θ(t)|| over the sampler seeds, θ the solution of θ' = −∂E L^b = −(b/N)∂L from θ0 (RK4 at a
    step 4x finer than the smallest η, at the iterates' times; between iterates the interpolation error is second
    order), decreases to 0 as η -> 0: its fitted η-exponent (over η and seeds) is > 0 (CI's lower end). The
    theorem states no rate. ``mean_field=False`` compares with the flow of L itself (the planted wrong DI)."""
    W0, V0, X, Y, L0, eta0, a2 = case.start()
    informative_if(L0 > 0 and a2 > 0, "L(θ0) = 0 or α0(0) = 0")
    N, b, S = case.instance.N, case.b, case.seeds
    T = horizon / a2 * N / b
    n_base = math.ceil(T / (etas_fractions[0] / case.eta_fraction * eta0))
    ladder = [n_base * round(etas_fractions[0] / f) for f in etas_fractions]  # whole numbers of steps on [0, T]
    etas = [T / n for n in ladder]
    n_fine = 4 * max(ladder)
    scale = b / N if mean_field else 1.0
    field = _field(X, Y, scale)
    h = T / n_fine
    state = (W0, V0)
    path = [torch.cat([W0.flatten(1), V0.flatten(1)], 1)[0]]
    for _ in range(n_fine):  # classical RK4 (its O(h^4) error is far below the SGD deviations measured)
        k1 = field(state)
        k2 = field(tuple(u + 0.5 * h * d for u, d in zip(state, k1)))
        k3 = field(tuple(u + 0.5 * h * d for u, d in zip(state, k2)))
        k4 = field(tuple(u + h * d for u, d in zip(state, k3)))
        state = tuple(u + h / 6 * (p + 2 * q + 2 * r + z) for u, p, q, r, z in zip(state, k1, k2, k3, k4))
        path.append(torch.cat([state[0].flatten(1), state[1].flatten(1)], 1)[0])
    theta_t = torch.stack(path)
    xs, ys = [], []
    g = backend.generator(case.sampler_seed)
    for eta, n in zip(etas, ladder):
        stride = n_fine // n
        W, V = W0.expand(S, -1, -1).clone(), V0.expand(S, -1, -1).clone()
        dev = torch.zeros(S, dtype=backend.DTYPE)
        for k in range(n + 1):
            th = torch.cat([W.flatten(1), V.flatten(1)], 1)
            dev = torch.maximum(dev, (th - theta_t[k * stride]).norm(dim=1))
            if k < n:
                w = uniform_subset(g, S, N, b) * b
                gW, gV = weighted_gradient(W, V, X, Y, w)
                W, V = W - eta * gW, V - eta * gV
        xs += [eta] * S
        ys += dev.tolist()
    informative_if(min(ys) > 0, "SGD follows the flow exactly (b = N and no step error)")
    f = fit(xs, ys)
    ev = exponent_evidence(f, 0.0, ">=", "η-exponent of sup_t ||θ̄^η − θ||")
    # the CI's lower end > 0 is the claim: 'measured' is the lower end, against 0
    return [Evidence(f.low, 0.0, ">=", 0.0, ev.tolerance_reason, scale=1.0,
                     details={"fit": str(f), "etas": etas, "b": b, "N": N, "max deviation": max(ys)})]


# --- Theorem 5.1's (15) against the proof's k* ------------------------------------------------------------------

def eq_15(N, b, eta, C, d0, d1, d2, beta_w, beta_v, c, eps, with_d2: bool = False):
    """(15)'s bound: floor(1 + N/(ηb) max(0, log(C N log N d0 d1 β_w² β_v² / ε)/(c d0 d1 β_w²))) (exact sympy);
    ``with_d2``: d2 inside the log, as the proof's Q gives."""
    inner = C * N * sp.log(N) * d0 * d1 * beta_w**2 * beta_v**2 * (d2 if with_d2 else 1) / eps
    return sp.floor(1 + sp.Rational(N) / (eta * b) * sp.Max(0, sp.log(inner) / (c * d0 * d1 * beta_w**2)))


def theorem_5_1_eq_15(N: int, b: int, eta: Fraction, C_Q: int, d0: int, d1: int, d2: int, c: Fraction,
                      eps: Fraction, C: int | None = None) -> list[Evidence]:
    """Proof of Theorem 5.1: Theorem 5.6 with γ = inf_Q α0² >= c(δ0) d0 d1 β_w² and sup_Q L <= C_Q d0 d1 d2 β_w² β_v²
    N log N gives k* <= floor(1 + N/(ηb) max(0, log(2 C_Q N log N d0 d1 d2 β_w² β_v²/ε)/(c d0 d1 β_w²))). (15) prints
    the log without d2, with 'some absolute constant C' (default C = 2 C_Q, the 2 of Theorem 5.6 absorbed). Claim:
    (15) >= the proof's bound (exact, sympy). β_w² = 1/d0, β_v² = 1/d1 (LeCun)."""
    bw, bv = sp.sqrt(sp.Rational(1, d0)), sp.sqrt(sp.Rational(1, d1))
    C = 2 * C_Q if C is None else C
    printed = eq_15(N, b, sp.Rational(eta), C, d0, d1, d2, bw, bv, sp.Rational(c), sp.Rational(eps))
    proof = eq_15(N, b, sp.Rational(eta), 2 * C_Q, d0, d1, d2, bw, bv, sp.Rational(c), sp.Rational(eps), with_d2=True)
    p, q = int(printed), int(proof)
    return [Evidence(float(p), float(q), ">=", 0.0, "none: exact (sympy floors)", scale=max(float(q), 1.0),
                     details={"(15)": p, "proof's k*": q, "d2": d2, "C": C, "C_Q": C_Q})]


# --- Remarks 5.2-5.4 -------------------------------------------------------------------------------------------------

def remark_5_2(log_power: int = 1) -> list[Evidence]:
    """k* of (15) depends on ε through log(1/ε): (15)'s bracket (before the floor) is affine in log(1/ε) with slope
    N/(ηb c d0 d1 β_w²) (where the max is not 0): a linear rate. ``log_power``: the log raised to it (a plant)."""
    N, eta, b, C, d0, d1, bw, bv, c, eps = sp.symbols("N eta b C d0 d1 beta_w beta_v c epsilon", positive=True)
    bracket = N / (eta * b) * sp.log(C * N * sp.log(N) * d0 * d1 * bw**2 * bv**2 / eps) ** log_power / (c * d0 * d1 * bw**2)
    u = sp.Symbol("u", real=True)  # u = log(1/ε)
    as_u = sp.expand_log(bracket.subs(eps, sp.exp(-u)), force=True)
    slope = sp.simplify(sp.diff(as_u, u))
    from theorems.evidence import symbolic_identity
    return [symbolic_identity(sp.diff(as_u, u, 2), 0, what="second derivative in log(1/ε)"),
            symbolic_identity(slope, N / (eta * b * c * d0 * d1 * bw**2), what="slope in log(1/ε)")]


def remark_5_3(instance: Instance, s: float | None = None) -> list[Evidence]:
    """Remark 5.3: inputs of norm 1 with β_w = 1 correspond exactly to inputs of norm sqrt(d0) with β_w = 1/sqrt(d0):
    for X' = X/sqrt(d0) and W' = sqrt(d0) W, X'W' = XW, so H, Ŷ and L agree, and W' has N(0, d0 β_w²) entries (β_w
    = 1/sqrt(d0) ↔ 1). Exact up to rounding, at θ0 and along an SGD step of each setting's own gradient is NOT
    claimed (the remark is about the initialization scheme)."""
    W, V = instance.weights(1)
    X, Y = instance.inputs(), instance.labels()
    s = math.sqrt(instance.d0) if s is None else s
    from theorems.evidence import exact_match
    return [exact_match(model.forward(s * W, V, X / math.sqrt(instance.d0)), model.forward(W, V, X), what="Ŷ"),
            exact_match(model.loss(s * W, V, X / math.sqrt(instance.d0), Y), model.loss(W, V, X, Y), what="L")]


def remark_5_4(power: float = 2.5) -> list[Evidence]:
    """Remark 5.4: under LeCun (β_w² = 1/d0, β_v² = 1/d1, ρ = 1) the width of Corollary 4.5 / Theorem 5.1 is
    [d2 N^2.5/(d0 β_w²)]^{1/(1+ρ)} = sqrt(d2) N^1.25 (exact); N^1.25 <= N^4/d0³ at d0 = N^δ0 iff δ0 <= 2.75/3
    (exact); the one-layer bound N^5/d0^4 of Appendix G is not checked (Appendix G is not in the text)."""
    from theorems.evidence import symbolic_identity
    N, d0, d2, rho, delta = sp.symbols("N d0 d2 rho delta0", positive=True)
    width = (d2 * N ** sp.Rational(power).limit_denominator(100) / (d0 * (1 / d0))) ** (1 / (1 + rho))
    lecun = sp.powsimp(sp.simplify(width.subs(rho, 1)), force=True)
    crossing = sp.solve(sp.Eq(sp.Rational(5, 4), 4 - 3 * delta), delta)
    return [symbolic_identity(lecun, sp.sqrt(d2) * N ** sp.Rational(5, 4), what="LeCun width"),
            symbolic_identity(crossing[0], sp.Rational(275, 300), what="δ0 where N^1.25 = N^4/d0³")]


def introduction_theorems(exponent: float = 1.25) -> list[Evidence]:
    """Theorems 1.1 and 1.2, informal, against Corollary 4.5 and Theorem 5.1 under LeCun (ρ = 1, β_w² = 1/d0,
    β_v² = 1/d1), exactly: the N-exponent of Corollary 4.5's width [d2 N^2.5/(d0 β_w²)]^{1/(1+ρ)} and of Theorem
    5.1's [N^2.5/(d0 β_w²)]^{1/(1+ρ)} is ``exponent`` (printed 1.25), and Corollary 4.5's rate t c d0 d1 β_w² is
    c t d1 (Theorem 1.1's exp(−c t d1))."""
    from theorems.evidence import symbolic_identity
    N, d0, d1, d2, c, t = sp.symbols("N d0 d1 d2 c t", positive=True)
    lecun = {sp.Symbol("beta_w2", positive=True): 1 / d0}
    beta_w2 = sp.Symbol("beta_w2", positive=True)
    rho = 1
    corollary = (d2 * N ** sp.Rational(5, 2) / (d0 * beta_w2)) ** sp.Rational(1, 1 + rho)
    theorem = (N ** sp.Rational(5, 2) / (d0 * beta_w2)) ** sp.Rational(1, 1 + rho)
    stated = sp.nsimplify(exponent)

    def n_exponent(width):
        return sp.simplify(N * sp.diff(sp.log(width.subs(lecun)), N))

    return [symbolic_identity(n_exponent(corollary), stated, what="Theorem 1.1: N-exponent of Corollary 4.5's width"),
            symbolic_identity(n_exponent(theorem), stated, what="Theorem 1.2: N-exponent of Theorem 5.1's width"),
            symbolic_identity((t * c * d0 * d1 * beta_w2).subs(lecun), c * t * d1,
                              what="Theorem 1.1: Corollary 4.5's rate under LeCun")]


def theorem_5_1_probability(d2_power: int = 0) -> list[Evidence]:
    """Theorem 5.1's failure term exp(−(d0/N)[N^2.5/(d0β_w²)]^{1/(ρ+1)}) >= Corollary 4.5's exp(−(d0/N)[d2 N^2.5/
    (d0β_w²)]^{1/(ρ+1)}) for d2 >= 1 (so Theorem 5.1's probability follows from Corollary 4.5's): exactly, the
    exponents' difference (d0/N) A^{1/(1+ρ)} (d2^{1/(1+ρ)} − 1) over a grid of rational ρ, d2, A, d0/N (sympy).
    ``d2_power``: d2 raised to this power inside Theorem 5.1's bracket (0 is the printed; 2 a planted one)."""
    worst, where = sp.oo, None
    for rho in (sp.Integer(0), sp.Rational(1, 8), sp.Rational(1, 2), sp.Integer(1), sp.Integer(3)):
        for d2 in (1, 2, 7, 100):
            for A in (sp.Integer(1), sp.Rational(3, 2), sp.Integer(10) ** 6):
                for ratio in (sp.Rational(1, 10), sp.Integer(1)):
                    p = 1 / (1 + rho)
                    theorem = ratio * (A * sp.Integer(d2) ** d2_power) ** p
                    corollary = ratio * (d2 * A) ** p
                    gap = sp.nsimplify(corollary - theorem)
                    value = float(gap)
                    if value < float(worst):
                        worst, where = gap, (str(rho), d2, str(A), str(ratio))
    return [Evidence(float(worst), 0.0, ">=", 1e-12, "exact values, compared after float conversion",
                     details={"worst (rho, d2, A, d0/N)": where})]


def remark_4_2_lecun() -> Evidence:
    """Remark 4.2's first part: β_w β_v sqrt(d0 d1 d2) = sqrt(d2) under LeCun, exactly."""
    from theorems.evidence import symbolic_identity
    d0, d1, d2 = sp.symbols("d0 d1 d2", positive=True)
    return symbolic_identity(sp.sqrt(1 / d0) * sp.sqrt(1 / d1) * sp.sqrt(d0 * d1 * d2), sp.sqrt(d2), what="LeCun")
