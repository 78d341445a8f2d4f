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


# --- Theorem 5.1's conclusion where (15) gives k* <= 1 ----------------------------------------------------------

@dataclass(frozen=True)
class SmallK:
    """Theorem 5.1 on one random draw (seed 0 of ``draw``, Assumption 4.1's law) at ε = C N log N d0 d1 β_w² β_v²,
    where (15)'s log is 0 and so k* <= floor(1 + 0) = 1, with b = N (full-batch SGD, b in [N] as the theorem
    allows). ``C`` is (15)'s absolute constant."""

    draw: "object"
    C: float

    def __post_init__(self):
        from theorems.shallow_sgd.section4 import Draw

        if not isinstance(self.draw, Draw):
            raise TypeError(f"draw must be a section4.Draw, got {type(self.draw).__name__}")
        validate.positive("C", self.C)

    def __getattr__(self, name):  # N, d0, d1, d2, beta_w, beta_v: the draw's (the assumptions read them)
        if name in ("N", "d0", "d1", "d2", "beta_w", "beta_v"):
            return getattr(self.draw, name)
        raise AttributeError(name)

    @property
    def eps(self) -> float:
        d = self.draw
        return self.C * d.N * math.log(d.N) * d.d0 * d.d1 * d.beta_w**2 * d.beta_v**2


def theorem_5_1_small_k(case: SmallK) -> list[Evidence]:
    """Theorem 5.1's conclusion 'L(θ_k*) < ε for some k* <= (15)' at ε where (15) = 1: L(θ0) < ε or L(θ1) < ε for
    a.e. η in some (0, η0). θ1 = θ0 − η g (g = ∇L^N(θ0), gate 1{XW > 0}); for ||Δθ|| <= r = η||g||,
    ||Ŷ(θ1) − Ŷ(θ0)||_F <= r(||X||_op(||V0||_F + r) + ||H0||_op) =: B(r), so sqrt(2L(θ1)) >= sqrt(2L(θ0)) − B(η||g||)
    for every η. η1 is where B = (sqrt(2L(θ0)) − sqrt(2ε))/2: on (0, η1] the claim reads min(L(θ0), L1_low) < ε,
    L1_low = ((sqrt(2L(θ0)) + sqrt(2ε))/2)²/2 the certified lower bound on L(θ1) there (informative when
    L(θ0) > ε; otherwise k* = 0 meets it)."""
    from theorems.shallow_sgd import section4 as S4

    d = case.draw
    X = S4.inputs(d)[0]
    W0, V0 = (t[:1] for t in S4.weights(d))
    Y = (d.label_norm / math.sqrt(d.d2) * S4._signs(d) if d.labels == "signs" else S4._signs(d))[:1]
    informative_if(d.labels in ("signs", "unit"), "labels 'near' depend on θ0: use ±1-type labels")
    L0 = float(model.loss(W0, V0, X, Y)[0])
    eps = case.eps
    gW, gV = model.selection(W0, V0, X, Y)
    g = math.sqrt(float((gW**2).sum() + (gV**2).sum()))
    x, h, v = model.op_norm(X), float(torch.linalg.matrix_norm(model.hidden(W0, X)[0], ord=2)), float(model.frob(V0)[0])
    room = (math.sqrt(2 * L0) - math.sqrt(2 * eps)) / 2
    if room > 0:  # B(r) = room: x r² + (x v + h) r − room = 0
        r = (-(x * v + h) + math.sqrt((x * v + h) ** 2 + 4 * x * room)) / (2 * x)
        eta1, low = r / g, (math.sqrt(2 * L0) - room) ** 2 / 2
    else:
        eta1, low = math.inf, 0.0
    return [Evidence(min(L0, low), eps, "<=", 0.0, "none: a certified lower bound (the strict < ε: margin 0)",
                     scale=eps, details={"L(θ0)": L0, "ε = C N log N d0 d1 β_w² β_v²": eps, "C": case.C,
                                         "L(θ1) >= (every η in (0, η1])": low, "η1": eta1, "k* bound (15)": 1,
                                         "N": d.N, "d0": d.d0, "d1": d.d1, "d2": d.d2})]


def theorem_5_1_probability_factor(rho, d0_over_N=sp.Rational(1, 8)) -> list[Evidence]:
    """Proof of Theorem 5.1: it concludes P >= 1 − 2P(θ0 ∉ Q(X)) and P(θ0 ∉ Q(X)) <= A + B + D, A = exp(−(d0/N)
    [N^2.5/(d0 β_w²)]^{1/(ρ+1)}), B = O(N²)exp(−Ω(N^{δ0/2})), D = exp(−Ω(d2 log N)); the statement prints
    1 − A − B − D. At β_w² = N^2.5/d0 · (N log 2/d0)^{−(1+ρ)} (β_w > 0 is free in Assumption 4.1) A = 1/2 exactly
    (sympy), while B, D -> 0 as N -> ∞: the proof's bound tends to 1 − 2A = 0, the statement's to 1 − A = 1/2.
    Claim: the proof's limit >= the statement's."""
    N = sp.Symbol("N", positive=True)
    rho = sp.nsimplify(rho)
    d0 = d0_over_N * N
    beta_w2 = N ** sp.Rational(5, 2) / d0 * (N * sp.log(2) / d0) ** (-(1 + rho))
    A = sp.simplify(sp.exp(-(d0 / N) * (N ** sp.Rational(5, 2) / (d0 * beta_w2)) ** (1 / (1 + rho))))
    proof, statement = sp.limit(1 - 2 * A, N, sp.oo), sp.limit(1 - A, N, sp.oo)
    return [Evidence(float(proof), float(statement), ">=", 0.0, "none: exact (sympy), B, D -> 0",
                     details={"A": str(A), "rho": str(rho), "beta_w^2": str(sp.simplify(beta_w2))})]


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
