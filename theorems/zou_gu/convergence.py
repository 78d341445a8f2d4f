"""Theorems 3.3, 3.8, 3.10 and Corollary 3.5: the iteration counts of GD and SGD as fitted exponents.

The paper states no constants and no δ, and its widths (m = Ω(kn⁸L¹²log³m/φ⁴) and the like) are beyond any machine,
so each claim is checked as what it says about *growth*: in a declared regime (the ``reading``), the number T(ε) of
iterations Algorithm 1 needs to reach training loss ε is measured on geometric grids of n, 1/φ, L, k, B and ε, at
the paper's step-size scaling with one constant for the whole grid, and the exponent of T in each variable is fitted
with a (1 - ALPHA) confidence interval. A theorem's T = O(·) is an upper bound: the test is one-sided, "T grows no
faster than stated" (the CI's low end at or below the stated exponent). Every hitting time must be observed before
the horizon (a censored run is no evidence: ``Uninformative``). The unstated constant of each T = O(·) is measured
(the largest T/stated over the grid) and reported, never assumed.

Power (METHOD §3): the constant plant of an exponent claim is the stated exponent halved (a claim 2x stronger in the
exponent); where the fitted exponent lies below that, the claim is loose and its looseness is recorded instead.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from functools import lru_cache

import torch

from theorems.core.profile import profile
from theorems.core.stats import ALPHA, Slope
from theorems.evidence import Evidence, informative_if, keep_trajectory
from theorems.zou_gu import rates
from theorems.zou_gu.rates import Family

C_GD = 2.0  # η = C_GD k/(L² m): Theorem 3.3's O(k/(L²m)); GD is stable for C_GD < 4L in the NTK limit (η λmax/n < 2)
C_SGD = 200.0  # η = C_SGD kBφ/(n³ m log m): Theorems 3.8, 3.10; at the fastest ci point (n = B = 3) η m/k = 1.92 (GD: 2)


@dataclass(frozen=True)
class Grid:
    """One regime: the grid points (n, φ, B) at depth L and output dimension k, the widths, the ε grid.

    Points: the n-grid at (φ0, B0), the φ-grid at (n0, B0), the B-grid at (n0, φ0) (SGD). Width at a point:
    m = m0 (n/n0)(φ0/φ) (rounded), growing with n/φ as the paper's conditions grow with n⁸/φ⁴ (unreachable; a width
    growing as n/φ² gave the same exponents on the ci grid, at 4x the cost)."""

    algorithm: str  # "gd" or "sgd"
    L: int
    k: int
    n: tuple[int, ...]
    phi: tuple[float, ...]
    B: tuple[int, ...]
    n0: int
    phi0: float
    B0: int
    m0: int
    eps: tuple[float, ...]
    seeds: int
    horizon: int
    every: int = 1

    def width(self, n: int, phi: float) -> int:
        return max(1, round(self.m0 * (n / self.n0) * (self.phi0 / phi)))

    def points(self) -> list[tuple[int, float, int]]:
        out = [(n, self.phi0, self.B0) for n in self.n] + [(self.n0, p, self.B0) for p in self.phi]
        out += [(self.n0, self.phi0, b) for b in self.B]
        return list(dict.fromkeys(out))

    def eta(self, n: int, phi: float, B: int, m: int) -> float:
        if self.algorithm == "gd":
            return C_GD * self.k / (self.L**2 * m)
        return C_SGD * self.k * B * phi / (n**3 * m * math.log(m))


def _eps(*values):
    return tuple(float(v) for v in values)


EPS = _eps(10**-1, 10**-1.5, 10**-2)
SGD_EPS = _eps(10**-0.5, 10**-1, 10**-1.5)

# the regimes per profile: ci (CPU, a few seconds each), nightly (larger grids). The φ-grids are run by the experiment
# only (``python -m theorems experiment zou_gu``): the φ claims have no reachable regime (untestable), and their
# small-φ points are the slowest of each grid
GRIDS = {
    "ci": {
        "gd": Grid("gd", 1, 1, (3, 6, 12), (0.075, 0.15, 0.3), (), 3, 0.3, 1, 32, EPS, 8, 20000, 2),
        "gd_deep": Grid("gd", 2, 1, (3, 6, 12), (0.075, 0.15, 0.3), (), 3, 0.3, 1, 16, EPS, 8, 20000, 2),
        "sgd": Grid("sgd", 1, 1, (3, 4, 5), (0.15, 0.212, 0.3), (1, 2, 3), 3, 0.3, 2, 32, SGD_EPS, 8, 20000, 2),
    },
    "nightly": {
        "gd": Grid("gd", 1, 1, (3, 6, 12, 24), (0.0375, 0.075, 0.15, 0.3), (), 3, 0.3, 1, 64, EPS + _eps(1e-3), 16,
                   100000, 2),
        "gd_deep": Grid("gd", 2, 1, (3, 6, 12, 24), (0.0375, 0.075, 0.15, 0.3), (), 3, 0.3, 1, 32,
                        EPS + _eps(1e-3), 16, 100000, 2),
        "sgd": Grid("sgd", 1, 1, (3, 4, 5, 6), (0.106, 0.15, 0.212, 0.3), (1, 2, 3), 3, 0.3, 2, 64,
                    SGD_EPS + _eps(1e-2), 16, 400000, 4),
    },
}
DEPTHS = {"ci": (1, 2, 4), "nightly": (1, 2, 4, 8)}
DEPTH_WIDTH = {"ci": 64, "nightly": 128}  # the width of the depth and output-dimension runs (one point each)
OUTPUTS = {"ci": (1, 2, 4), "nightly": (1, 2, 4, 8)}


def grids(name: str) -> Grid:
    return GRIDS["nightly" if profile() == "nightly" else "ci"][name]


# --- measurement --------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Measured:
    """Hitting times T (E, P, S) of ε-grid x points x seeds, the initial losses L0 (P, S), and the loss trajectory of
    the slowest run (for the report's figure)."""

    grid: Grid
    points: tuple[tuple[int, float, int], ...]
    widths: tuple[int, ...]
    etas: tuple[float, ...]
    T: torch.Tensor
    L0: torch.Tensor
    times: torch.Tensor
    slowest: torch.Tensor  # the loss of the slowest run along ``times``
    slowest_point: int
    censored: int
    diverged: int
    extra: dict = field(default_factory=dict)


def measure(family: Family, grid: Grid, seed: int = 0) -> Measured:
    """Run Algorithm 1 (grid.algorithm) on every grid point of ``family`` x grid.seeds initializations (one batch)."""
    points = tuple(grid.points())
    data, widths, etas = [], [], []
    for n, phi, B in points:
        X = family.inputs(n, phi)
        data.append((X, family.labels_for(X, grid.L, grid.k)))
        widths.append(grid.width(n, phi))
        etas.append(grid.eta(n, phi, B, widths[-1]))
    X, Y, sizes = rates.pad(data)
    dev = X.device
    B = torch.tensor([p[2] for p in points], device=dev) if grid.algorithm == "sgd" else None
    run = rates.run(X, Y, sizes, torch.tensor(widths, device=dev), grid.L,
                    torch.tensor(etas, dtype=torch.float64, device=dev), grid.seeds, seed, grid.horizon,
                    min(grid.eps), B, grid.every)
    T = run.hitting(torch.tensor(grid.eps, dtype=torch.float64, device=dev))
    finite = torch.isfinite(run.loss).all(0)
    worst = int(torch.argmax(torch.where(T[-1] < 0, torch.full_like(T[-1], 1 << 40), T[-1]).reshape(-1)))
    p, s = divmod(worst, grid.seeds)
    return Measured(grid, points, tuple(widths), tuple(etas), T.cpu(), run.loss[0].cpu(), run.times.cpu(),
                    run.loss[:, p, s].cpu(), p, int((T < 0).sum()), int((~finite).sum()))


@lru_cache(maxsize=32)
def measured(family: Family, name: str, L: int | None = None, k: int | None = None, seed: int = 0,
             with_phi: bool = False) -> Measured:
    """``measure`` on the profile's grid ``name`` (L or k replaced for the depth and output grids; the φ-grid only
    ``with_phi``), cached: the claims of one theorem share one batched run."""
    grid = grids(name) if with_phi else replace(grids(name), phi=())
    if L is not None or k is not None:  # one point (n0, φ0, B0) at another depth / output dimension
        grid = replace(grid, L=L or grid.L, k=k or grid.k, n=(grid.n0,), phi=(), B=(),
                       m0=DEPTH_WIDTH["nightly" if profile() == "nightly" else "ci"])
    return measure(family, grid, seed)


# --- fits ---------------------------------------------------------------------------------------------------------

VARIABLES = {"n": "n", "phi": "1/φ", "B": "B", "L": "L", "k": "k", "eps": "log(1/ε)"}


def _informative(m: Measured) -> None:
    informative_if(m.diverged == 0, f"{m.diverged} runs diverged (non-finite loss) at the step size of the reading")
    informative_if(m.censored == 0, f"{m.censored} hitting times censored by the horizon {m.grid.horizon}")


def fit(m: Measured, variable: str, eps_index: int = -1) -> tuple[Slope, list[float], list[float]]:
    """The exponent of T(ε) in ``variable`` over its grid at the other variables' base values (ε = the grid's
    ``eps_index``-th, the smallest by default): one point per seed."""
    g = m.grid
    chosen = {"n": [i for i, p in enumerate(m.points) if p[1] == g.phi0 and p[2] == g.B0],
              "phi": [i for i, p in enumerate(m.points) if p[0] == g.n0 and p[2] == g.B0],
              "B": [i for i, p in enumerate(m.points) if p[0] == g.n0 and p[1] == g.phi0]}[variable]
    x_of = {"n": lambda p: p[0], "phi": lambda p: 1 / p[1], "B": lambda p: p[2]}[variable]
    xs, ys = [], []
    for i in chosen:
        xs += [x_of(m.points[i])] * g.seeds
        ys += [float(v) for v in m.T[eps_index, i]]
    groups = [s for _ in chosen for s in range(g.seeds)]  # one intercept per seed: its draw is shared (rates.run)
    _started_above_eps(ys)
    return rates.slope(xs, ys, ALPHA, groups=groups), xs, ys


def _started_above_eps(T: list[float]) -> None:
    """T(ε) = 0, a run whose initial loss is already <= ε (random labels of a small draw: seed 6802, n = 3), says
    nothing about the rate and has no logarithm: the example is uninformative."""
    informative_if(min(T) > 0, f"{sum(t == 0 for t in T)} runs start with L(W(0)) <= ε: T(ε) = 0 says nothing "
                   f"about the rate")


def eps_fit(m: Measured) -> Slope:
    """The exponent p of T(ε) - T(ε_0) ∝ log(ε_0/ε)^p over the ε grid (ε_0 its largest), one intercept per run
    (fixed effects): p = 1 is linear convergence; sublinear convergence has p > 1 (an L ~ 1/t has T ~ 1/ε)."""
    xs, ys, groups = [], [], []
    E, P, S = m.T.shape
    for p in range(P):
        for s in range(S):
            for e in range(1, E):
                xs.append(math.log(m.grid.eps[0] / m.grid.eps[e]))
                ys.append(max(float(m.T[e, p, s] - m.T[0, p, s]), 0.5))  # 0.5: one step, an ε already passed
                groups.append(p * S + s)
    return rates.slope(xs, ys, ALPHA, groups=groups)


def across(family: Family, name: str, variable: str, values: tuple[int, ...], seed: int = 0):
    """The exponent of T(ε_min) in L or k over ``values`` at (n0, φ0, B0): one run per value (V and the widths differ)."""
    xs, ys, groups, runs = [], [], [], []
    for v in values:
        m = measured(family, name, **{variable: v}, seed=seed)
        _informative(m)
        xs += [v] * m.grid.seeds
        ys += [float(t) for t in m.T[-1, 0]]
        groups += list(range(m.grid.seeds))  # one generator seed per s: W_1's draw is shared across depths
        runs.append(m)
    _started_above_eps(ys)
    return rates.slope(xs, ys, ALPHA, groups=groups), runs


# --- the stated iteration counts (T = O(·)) and their constants ---------------------------------------------------

def stated_T(theorem: str, n: int, phi: float, L: int, B: int, m: int, eps: float) -> float:
    """The expression inside T = O(·) as printed (log(1/ε) with ε the absolute training loss)."""
    log_e = math.log(1 / eps)
    if theorem in ("theorem_3_3", "corollary_3_5"):
        return n**2 * L**2 * log_e / phi
    if theorem == "theorem_3_8":
        return n**5 * L**2 * math.log(m) * log_e**2 / (B * phi**2)
    return n**5 * math.log(m) * log_e / (B * phi**2)  # theorem_3_10


def constant(theorem: str, m: Measured) -> float:
    """The unstated constant of T = O(·) measured: max over points, seeds and ε of T(ε)/stated."""
    best = 0.0
    for e, eps in enumerate(m.grid.eps):
        for p, (n, phi, B) in enumerate(m.points):
            ratio = float(m.T[e, p].max()) / stated_T(theorem, n, phi, m.grid.L, B, m.widths[p], eps)
            best = max(best, ratio)
    return best


def envelope(theorem: str, m: Measured, C: float) -> dict:
    """The slowest run's loss against the bound it implies with the measured constant C: T(ε) <= C·stated(ε) is
    L(W_t) <= exp(-t/(C·stated/log(1/ε))) for the printed log(1/ε) forms (log² for Theorem 3.8: the ε at which
    C·stated(ε) = t), drawn at the recorded iterations (the report plots it)."""
    n, phi, B = m.points[m.slowest_point]
    per_log = stated_T(theorem, n, phi, m.grid.L, B, m.widths[m.slowest_point], math.e ** -1)  # stated at log(1/ε)=1
    t = m.times.to(torch.float64)
    power = 2 if theorem == "theorem_3_8" else 1
    bound = torch.exp(-(t / (C * per_log)) ** (1 / power))  # ε(t) solving C·per_log·log(1/ε)^power = t
    return {"x": [float(v) for v in t[:: max(1, len(t) // 200)]],
            "measured": [float(v) for v in m.slowest[:: max(1, len(t) // 200)]],
            "bound": [float(v) for v in bound[:: max(1, len(t) // 200)]]}


STATED = {  # the exponent of T in each variable, as printed
    "theorem_3_3": {"n": 2.0, "phi": 1.0, "L": 2.0, "k": 0.0, "eps": 1.0},
    "corollary_3_5": {"n": 2.0, "phi": 1.0, "eps": 1.0},
    "theorem_3_8": {"n": 5.0, "phi": 2.0, "B": -1.0, "L": 2.0, "eps": 2.0},
    "theorem_3_10": {"n": 5.0, "phi": 2.0, "B": -1.0, "eps": 1.0},
}
GRID_OF = {"theorem_3_3": "gd_deep", "corollary_3_5": "gd", "theorem_3_8": "sgd", "theorem_3_10": "sgd"}


def exponent(theorem: str, variable: str, family: Family, stated: float | None = None, seed: int = 0) -> Evidence:
    """One-sided: T(ε) grows no faster in ``variable`` than the theorem states, i.e. the low end of the fitted
    exponent's (1 - ALPHA) CI is <= the stated exponent (``stated``: a planted other one). The evidence keeps the
    measured constant of T = O(·), the fit and the slowest run's trajectory against the bound it implies."""
    stated = STATED[theorem][variable] if stated is None else stated
    name = GRID_OF[theorem]
    if variable == "eps":  # the asymptotic rate: labels along the slowest mode (see EPS_READING)
        family = replace(family, labels="adversarial")
    if variable in ("L", "k"):
        values = (DEPTHS if variable == "L" else OUTPUTS)["nightly" if profile() == "nightly" else "ci"]
        slope, runs = across(family, name, variable, values, seed)
        m = runs[-1]
    else:  # the φ-grid runs only for the φ claims' reading findings (pinned below)
        m = measured(family, name, seed=seed, with_phi=variable == "phi")
        _informative(m)
        slope = eps_fit(m) if variable == "eps" else fit(m, variable)[0]
    C = constant(theorem, m)
    evidence = Evidence(slope.low, stated, "<=", 0.0,
                    f"one-sided: the low end of the fitted exponent's {1 - ALPHA:.10g}-CI ({slope}); T = O(·) is an "
                    f"upper bound", scale=max(abs(stated), 1.0),
                    details={"variable": VARIABLES[variable], "fitted": round(slope.slope, 3),
                             "CI": (round(slope.low, 3), round(slope.high, 3)), "stated": STATED[theorem][variable],
                             "measured constant of T = O(.)": C, "grid": m.grid.algorithm, "L": m.grid.L,
                             "widths": m.widths},
                    series=envelope(theorem, m, C))
    return keep_trajectory(evidence, x="iteration t", y="training loss (2.1)", measured="L(W_t), the slowest run",
                           bound="exp(-t/(C·T_stated/log(1/ε))), C measured", log=True)


# --- the claims ----------------------------------------------------------------------------------------------------

from theorems.registry import register  # noqa: E402
from theorems.zou_gu.claims import DATA  # noqa: E402  (the assumption checkers, registered first)

REGIME_GD = ("Regime (no width of the paper is reachable: (3.1) with constant 1 asks m >= kn⁸L¹²log³(m)/φ⁴ = 9.9·10⁹ already at n = 3, "
             "φ = 0.3, L = 1): Algorithm 1 (V fixed) with η = 2k/(L²m) (the O's constant read as 2, one value for the whole "
             "grid; GD is stable for η < 4k/(Lm) in the NTK limit); widths m = m0·(n/3)·(0.3/φ) with m0 = 32 at L = 1, "
             "16 at L = 2 (ci; 64, 32 nightly); data: rates.Family (near-duplicate pairs, near-antipodal arcs; the "
             "low-dimensional arc nightly), minimum distance exactly φ, Assumptions 3.1, 3.2; labels along the "
             "slowest mode of the hidden-weight NTK, or random, (1/n)Σ||y_i||² = 1; T(ε) = the first recorded iteration "
             "(every 2nd) with L(W_t) <= ε (ε absolute: 10^-1, 10^-1.5, 10^-2; 10^-3 nightly); 8 seeds per point (16 nightly), one draw per seed "
             "shared by the grid points. One-sided: the low end of the fitted exponent's (1 - 1e-6)-CI must be <= the "
             "stated exponent ('T grows no faster than stated'); a censored or divergent run makes the example "
             "uninformative.")
REGIME_SGD = ("Regime: Algorithm 1's SGD (uniform B-subsets, V fixed) with η = 200·kBφ/(n³ m log m) (the O's constant "
              "read as 200, one value for the grid: η m/k = 1.92 at the fastest ci point, n = B = 3); widths "
              "m = 32·(n/3)·(0.3/φ) (ci; 64 nightly), far below (3.2) and Theorem 3.10's width; data and labels as "
              "for GD; T(ε) = the first recorded iteration (every 2nd) with the run's loss <= ε, ε = 10^-0.5, 10^-1, "
              "10^-1.5; grids n ∈ {3, 4, 5} (φ = 0.3, B = 2), B ∈ {1, 2, 3} (n = 3), φ ∈ {0.15, 0.212, 0.3} (n = 3, B = 2, experiment only); "
              "8 seeds per point, one draw per seed shared by the grid points. One-sided as for GD.")
EPS_READING = ("The exponent p of T(ε) - T(ε_0) in log(ε_0/ε) (ε_0 the largest ε of the grid, one intercept per run), "
               "with the labels along the slowest mode of the hidden-weight NTK whatever the family drawn: a single "
               "rate, T(ε) = log(L_0/ε)/ρ, gives p = 1 whatever L(W_0); a sublinear convergence gives p > 1. With "
               "random labels the ε grid straddles the fast modes' transient and the slow mode's rate, so the "
               "increments grow faster than log(1/ε) while the convergence is linear (a dev run, seed 13, fitted 2.36, "
               "CI [1.23, 3.48], on SGD with random labels): the asymptotic regime that T = O(log(1/ε)) is about is "
               "the slowest mode's.")


def _claim(theorem, variable, ref, statement, regime, status="partial", reason="", reading="", looseness=""):
    register(f"zou_gu.{theorem}.{variable}", ref=ref, statement=statement, kind="rate", assumptions=DATA,
             status=status, reason=reason, reading=(regime + (" " + reading if reading else "")), looseness=looseness)


# below a theorem's width no fit is a verdict on it (METHOD §3, reach): the widths tried and their cost. The numbers are
# the ci grid's on near-duplicate pairs (μ = 0.5, adversarial labels), as `python -m theorems experiment zou_gu` prints
# them (the φ-grids included: 25 s of wall time, 14 s of CPU)
BELOW_31 = ("at widths m = 16·(n/3)(0.3/φ) <= 64 (L = 2), 32·(n/3)(0.3/φ) <= 128 (L = 1) and 64 on the depth and "
            "output axes, while (3.1) with constant 1 asks m >= 9.9·10⁹ at n = 3, φ = 0.3, L = 1 (1.1·10¹⁴ at L = 2, "
            "9.7·10¹⁷ at L = 4): 8 to 16 orders of magnitude below; the four theorems' ci grids cost 25 s of wall time")
BELOW_32 = ("at widths m = 32·(n/3)(0.3/φ) <= 53 (64 on the depth axis), while (3.2) with constant 1 asks m >= "
            "5.9·10¹⁵ at n = 3, φ = 0.3, B = 2, L = 1 (3.3·10²³ at L = 4): 14 to 22 orders of magnitude below; the "
            "four theorems' ci grids cost 25 s of wall time")
BELOW_310 = ("at widths m = 32·(n/3)(0.3/φ) <= 53, while Theorem 3.10's width with constant 1 asks m >= 7.4·10¹¹ at "
             "n = 3, φ = 0.3, B = 2 (3.8·10¹⁴ at n = 5): 10 to 13 orders of magnitude below; the four theorems' ci "
             "grids cost 25 s of wall time")


T33 = "T = O(n²L² log(1/ε)/φ) iterations (m = Ω(kn⁸L¹²log³(m)/φ⁴), η = O(k/(L²m)), probability >= 1 - O(1/n))"
_claim("theorem_3_3", "n", "Theorem 3.3", f"{T33}: the exponent of T in n is at most 2", REGIME_GD,
       reason=f"Partial: fitted exponent 1.15 (CI [0.22, 2.08]) against the stated 2, {BELOW_31}.",
       reading="Fitted at L = 2 on n ∈ {3, 6, 12} (φ = 0.3).",
       looseness="Loose in n: fitted 1.15 (CI [0.22, 2.08]) on the ci grid (pairs, μ = 0.5, adversarial labels), the "
                 "NTK-limit prediction is 1 (T ∝ n/λ0 with λ0 constant in n on every family at fixed φ): the halved "
                 "exponent 1 is not rejected; T/n² falls like n^-0.85 over the grid. Nightly grid (n = 3..24, 16 seeds, "
                 "m0 = 32; 460 s of CPU): 1.13 (CI [0.88, 1.37]).")
_claim("theorem_3_3", "phi", "Theorem 3.3", f"{T33}: the exponent of T in 1/φ is at most 1", REGIME_GD,
       status="untestable",
       reason="Untestable at the reachable widths: T grows like φ^{-1.51} (CI [0.81, 2.21]) at L = 2, widths m = "
              "16·(n/3)(0.3/φ) <= 64 for φ down to 0.075 (L = 1: φ^{-1.76}, CI [0.91, 2.61], m <= 128; m ∝ φ^{-3} up "
              "to 4096: 2.03, CI [1.50, 2.56]), while the infinite-width NTK predicts φ^{-1} (λ0 ∝ φ on near-duplicate "
              "pairs) and T's 1/φ comes from Lemma 4.1's gradient region, which needs the gates of near-duplicate "
              "points fixed (τ ∝ φ^{3/2}, hence m ∝ φ^{-4}). (3.1) asks m >= 1.1·10¹⁴ at φ = 0.3 and 4.8·10¹⁶ at "
              "φ = 0.075 (L = 2, n = 3): the φ-grids cost seconds, the width that would decide is out of reach; "
              "`python -m theorems experiment zou_gu` prints the fits.")
_claim("theorem_3_3", "L", "Theorem 3.3", f"{T33}: the exponent of T in L is at most 2", REGIME_GD,
       reason=f"Partial: fitted exponent 0.69 (CI [-0.19, 1.58]) against the stated 2, {BELOW_31}.",
       reading="Fitted on L ∈ {1, 2, 4} (ci; 1..8 nightly) at n = 3, φ = 0.3, width 64 (128 nightly), η = 2k/(L²m).",
       looseness="Loose in L: fitted 0.69 (CI [-0.19, 1.58]): the NTK of the hidden weights grows with L, so at "
                 "η ∝ 1/L² the count grows slower than L²; the halved exponent 1 is not rejected.")
_claim("theorem_3_3", "k", "Theorem 3.3", f"{T33}: T does not grow with the output dimension k (exponent <= 0)",
       REGIME_GD, reason=f"Partial: fitted exponent -0.17 (CI [-1.02, 0.67]) against the stated 0, {BELOW_31}.",
       reading="Fitted on k ∈ {1, 2, 4} (1..8 nightly) at L = 2, n = 3, φ = 0.3, width 64; V's entries "
               "N(0, 1/k) and η ∝ k cancel in the NTK scale.",
       looseness="Exponent 0 has no constant to double: fitted -0.17 (CI [-1.02, 0.67]), T flat in k as the NTK's "
                 "scale m/k times η ∝ k/m predicts; a planted k^{-3/2} fails (tests/meta/test_zou_gu_convergence.py).")
_claim("theorem_3_3", "eps", "Theorem 3.3", f"{T33}: T grows as log(1/ε) (linear convergence)", REGIME_GD,
       reason=f"Partial: fitted exponent of T in log(1/ε) 0.91 (CI [0.80, 1.02]) against the stated 1, {BELOW_31}.",
       reading=EPS_READING + " Fitted at L = 2 on every grid point.")

C35 = "two-layer nets, m = Ω(kn⁸log³(m)/φ⁴), η = O(k/m): T = O(n² log(1/ε)/φ) iterations"
_claim("corollary_3_5", "n", "Corollary 3.5", f"{C35}: the exponent of T in n is at most 2", REGIME_GD,
       reason=f"Partial: fitted exponent 1.28 (CI [0.16, 2.41]) against the stated 2, {BELOW_31}.",
       reading="L = 1, n ∈ {3, 6, 12} at φ = 0.3.",
       looseness="Loose in n: fitted 1.28 (CI [0.16, 2.41]) on the ci grid (pairs, μ = 0.5, adversarial labels), 1.27 "
                 "(CI [0.95, 1.58]) on the nightly grid (n = 3..24, 16 seeds, m0 = 64); the NTK-limit prediction is 1; "
                 "the halved exponent 1 is not rejected.")
_claim("corollary_3_5", "phi", "Corollary 3.5", f"{C35}: the exponent of T in 1/φ is at most 1", REGIME_GD,
       status="untestable",
       reason="Untestable at the reachable widths: T grows like φ^{-1.76} (CI [0.91, 2.61]) at L = 1, widths m = "
              "32·(n/3)(0.3/φ) <= 128 for φ down to 0.075 (to φ^{-2.0} at m ∝ φ^{-3} up to 4096), while the "
              "infinite-width NTK predicts φ^{-1}; the corollary's width asks m >= 9.9·10⁹ at φ = 0.3 and 5.2·10¹² "
              "at φ = 0.075 (n = 3), the width m ∝ φ^{-4} that fixes the gates of near-duplicates is out of reach "
              "(as for zou_gu.theorem_3_3.phi). On near-duplicate pairs with μ = 0.1 (adversarial labels) the fit "
              "crosses the stated exponent at these widths: 1.83, CI low end 1.12 (reading finding pinned).")
_claim("corollary_3_5", "eps", "Corollary 3.5", f"{C35}: T grows as log(1/ε) (linear convergence)", REGIME_GD,
       reason=f"Partial: fitted exponent of T in log(1/ε) 0.996 (CI [0.94, 1.05]) against the stated 1, {BELOW_31}.",
       reading=EPS_READING + " L = 1, every grid point.")

T38 = ("T = O(n⁵L² log(m) log²(1/ε)/(Bφ²)) iterations to ε expected training loss (m = Ω(kn¹⁷L¹²log³(m)/(B⁴φ⁸)), "
       "η = O(kBφ/(n³m log m)))")
_claim("theorem_3_8", "n", "Theorem 3.8", f"{T38}: the exponent of T in n is at most 5", REGIME_SGD,
       reason=f"Partial: fitted exponent 5.57 (CI [2.42, 8.72]) against the stated 5, not significantly above it at "
              f"this grid's power (n ∈ {{3, 4, 5}} at B = 2, L = 1: η ∝ 1/n³ makes T grow like n⁴-n⁵), {BELOW_32}. "
              "The NTK-limit prediction is 4 (η ∝ n^-3 times GD's n/λ0); the excess is the finite-width growth seen "
              "in 1/φ (zou_gu.theorem_3_8.phi). Nightly grid (n = 3..6, 16 seeds, m0 = 64): 4.88 (CI [4.06, 5.69]).",
       reading="'ε expected training loss' read per run (each run's loss reaches ε at its T); fitted at L = 1 "
               "(Theorem 3.8 holds for every L >= 1; deeper SGD grids are too slow for the CI).",
       looseness="Not loose: fitted 5.57 at the stated 5; the halved exponent 2.5 is not rejected on the ci grid "
                 "(CI low end 2.42): the grid's power (n spans 3..5), recorded instead of a constant plant.")
_claim("theorem_3_8", "phi", "Theorem 3.8", f"{T38}: the exponent of T in 1/φ is at most 2", REGIME_SGD,
       status="untestable",
       reason="Untestable at the reachable widths: T grows like φ^{-3.10} (CI [2.39, 3.81]; 3.26, CI [2.61, 3.92] at "
              "B = 1) at widths m = 32·(0.3/φ) <= 64 for φ down to 0.15 (n = 3, B = 2), faster than stated: the step "
              "size's φ^{-1} times GD's φ^{-1.8..-2} at these widths (zou_gu.theorem_3_3.phi), while the infinite-width "
              "NTK predicts φ^{-2}. (3.2) asks m >= 5.9·10¹⁵ at φ = 0.3 and 2.4·10¹⁸ at φ = 0.15: no verdict on the "
              "theorem; the crossing is pinned as a reading finding of the regime.")
_claim("theorem_3_8", "B", "Theorem 3.8", f"{T38}: T decreases at least as fast as 1/B (exponent <= -1)", REGIME_SGD,
       reason=f"Partial: fitted exponent -1.12 (CI [-1.53, -0.71]) against the stated -1, {BELOW_32}.",
       reading="B ∈ {1, 2, 3} at n = 3, φ = 0.3, L = 1; η ∝ B.")
_claim("theorem_3_8", "L", "Theorem 3.8", f"{T38}: the exponent of T in L is at most 2", REGIME_SGD,
       reason=f"Partial: fitted exponent -0.97 (CI [-1.82, -0.12]) against the stated 2, {BELOW_32}.",
       reading="L ∈ {1, 2, 4} at n = 3, φ = 0.3, B = 2, width 64; η = 200kBφ/(n³m log m) has no L.",
       looseness="Loose in L: fitted -0.97 (CI [-1.82, -0.12]): the deeper the net, the larger the NTK at the same "
                 "η, the fewer the iterations; the halved exponent 1 holds as well.")
_claim("theorem_3_8", "eps", "Theorem 3.8", f"{T38}: T grows at most as log²(1/ε)", REGIME_SGD,
       reason=f"Partial: fitted exponent of T in log(1/ε) 1.03 (CI [0.98, 1.08]) against the stated 2, {BELOW_32}.",
       reading=EPS_READING,
       looseness="Loose by log(1/ε): fitted 1.03 (CI [0.98, 1.08]) against the stated 2: SGD converges linearly here "
                 "(interpolation: the minibatch noise vanishes with the loss); the halved exponent 1 holds as well, "
                 "Theorem 3.10's log(1/ε) is the tight form.")

T310 = ("two-layer nets, m = Ω(k^{5/2}n¹¹log³(m)/(φ⁵B)), η = O(kBφ/(n³m log m)): T = O(n⁵ log(m) log(1/ε)/(Bφ²)) "
        "iterations to ε training loss")
_claim("theorem_3_10", "n", "Theorem 3.10", f"{T310}: the exponent of T in n is at most 5", REGIME_SGD,
       reason=f"Partial: fitted exponent 5.57 (CI [2.42, 8.72]) against the stated 5, not significantly above it at "
              f"this grid's power (n ∈ {{3, 4, 5}} at B = 2, η ∝ 1/n³), {BELOW_310}; the NTK-limit prediction is 4 "
              "(see zou_gu.theorem_3_8.n).",
       looseness="Not loose: fitted 5.57 at the stated 5; the halved exponent 2.5 is not rejected on the ci grid "
                 "(CI low end 2.42): the grid's power, recorded instead of a constant plant.")
_claim("theorem_3_10", "phi", "Theorem 3.10", f"{T310}: the exponent of T in 1/φ is at most 2", REGIME_SGD,
       status="untestable",
       reason="Untestable at the reachable widths: T grows like φ^{-3.10} (CI [2.39, 3.81]) at widths m = 32·(0.3/φ) "
              "<= 64 (n = 3, B = 2), while Theorem 3.10's width asks m >= 7.4·10¹¹ at φ = 0.3 (m ∝ φ^{-5}): no "
              "verdict on the theorem; the crossing is pinned as a reading finding of the regime (as for "
              "zou_gu.theorem_3_8.phi).")
_claim("theorem_3_10", "B", "Theorem 3.10", f"{T310}: T decreases at least as fast as 1/B (exponent <= -1)",
       REGIME_SGD, reason=f"Partial: fitted exponent -1.12 (CI [-1.53, -0.71]) against the stated -1, {BELOW_310}.",
       reading="B ∈ {1, 2, 3} at n = 3, φ = 0.3.")
_claim("theorem_3_10", "eps", "Theorem 3.10", f"{T310}: T grows as log(1/ε) (linear convergence)", REGIME_SGD,
       reason=f"Partial: fitted exponent of T in log(1/ε) 1.03 (CI [0.98, 1.08]) against the stated 1, {BELOW_310}.",
       reading=EPS_READING)

THEOREMS = {f"zou_gu.{t}.{v}": (t, v) for t in STATED for v in STATED[t]}
MEASURED = {c: tv for c, tv in THEOREMS.items() if tv[1] != "phi"}  # φ: no reachable regime (untestable)


from theorems.registry import pin_reading  # noqa: E402

PHI_FAMILY = Family("pairs", 0.5, "adversarial", 0)  # the experiment's reduced family
for _theorem, _width in (("theorem_3_8", "(3.2)"), ("theorem_3_10", "Theorem 3.10's width")):
    pin_reading(f"zou_gu.{_theorem}.phi", "ci φ-grid, m <= 64",
                reading=f"the regime of the ci SGD grid: widths m = 32·(n/3)(0.3/φ) <= 64 for φ in (0.15, 0.212, 0.3) "
                        f"(n = 3, B = 2, L = 1), η = 200kBφ/(n³m log m), far below {_width}",
                build=lambda: PHI_FAMILY.instance(3, 0.15, grids("sgd").width(3, 0.15), 1, 1, 2),
                evidence=lambda _, t=_theorem: exponent(t, "phi", PHI_FAMILY),
                numbers="near-duplicate pairs, μ = 0.5, adversarial labels, 8 seeds: T(10^-1.5) grows like φ^{-3.10} "
                        "(CI [2.39, 3.81]) against the stated φ^{-2}; the theorem's width is out of reach, so no "
                        "verdict on it (the claim is untestable).")
pin_reading("zou_gu.corollary_3_5.phi", "ci φ-grid, μ = 0.1",
            reading="the regime of the ci GD grid at L = 1: widths m = 32·(n/3)(0.3/φ) <= 128 for φ in (0.075, 0.15, "
                    "0.3) (n = 3), η = 2k/m, far below the corollary's width",
            build=lambda: Family("pairs", 0.1, "adversarial", 3).instance(3, 0.075, grids("gd").width(3, 0.075), 1),
            evidence=lambda _: exponent("corollary_3_5", "phi", Family("pairs", 0.1, "adversarial", 3)),
            numbers="near-duplicate pairs, μ = 0.1, adversarial labels, 8 seeds: T(10^-2) grows like φ^{-1.83} (CI low "
                    "end 1.12) against the stated φ^{-1}; on μ = 0.5 the same grid gives 1.76, CI [0.91, 2.61].")
