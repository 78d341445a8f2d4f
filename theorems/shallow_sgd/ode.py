"""The comparison problem (9) of Proposition 3.2 and Lemma 3.3, integrated with an error-controlled solver.

Two forms of (9)'s right side f(t, y):
* ``proof``: a · exp(−α² t + α t (c1 y + c2 y²) e^{c y²}), what the proof of Proposition 3.2 derives and what the
  proof of Lemma 3.3 uses (its t0 is where α(c1 y + c2 y²) e^{c y²} = α²/2);
* ``printed``: a · exp(α t (c1 y + c2 y²)) e^{c y²} − α² t, the bracket as printed in (9).

The maximal solution y' = f(t, y), y(0) = 0 is integrated with scipy's solve_ivp (DOP853) at two tolerances;
their difference, times a safety factor, is the error estimate that enters every tolerance. By the comparison
lemma (f is locally Lipschitz in y) every solution of y' <= f(t, y), y(0) = 0 lies below the maximal one while
it exists, so the maximal solution decides Lemma 3.3's upper bound for all solutions.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from scipy.integrate import solve_ivp

from theorems.core import validate

FORMS = ("proof", "printed")
RTOL_COARSE, RTOL_FINE = 1e-9, 1e-12
ERROR_SAFETY = 4.0  # multiplies |y_coarse - y_fine| where it enters a tolerance
BLOW_UP = 1e3  # a terminal event at y = BLOW_UP · 2a/α² (+1): the solution is declared to explode


@dataclass(frozen=True)
class Params:
    """The parameters a, α, c, c1, c2 of (9) (Lemma 3.3: 'arbitrary'), the horizon t_end·(1/α²) and the form."""

    a: float
    alpha: float
    c: float
    c1: float
    c2: float
    horizon: float = 40.0  # in units of 1/α² (the derivative bound a e^{-α²t/2} is e^-20 a there)
    form: str = "proof"

    def __post_init__(self):
        for name in ("a", "alpha", "c", "c1", "c2"):
            validate.finite(name, getattr(self, name))
        validate.positive("horizon", self.horizon)
        validate.one_of("form", self.form, FORMS)
        if self.alpha == 0:
            raise ValueError("alpha must be != 0: the horizon is horizon/α²")

    @property
    def bound(self) -> float:
        """Lemma 3.3's bound 2a/α²."""
        return 2 * self.a / self.alpha**2

    @property
    def t_end(self) -> float:
        return self.horizon / self.alpha**2

    def g(self, y):
        """(c1 y + c2 y²) e^{c y²}: the proof's t0 is where α g(y) = α²/2."""
        return (self.c1 * y + self.c2 * y**2) * np.exp(self.c * y**2)

    def f(self, t, y):
        if self.form == "proof":
            return self.a * np.exp(-self.alpha**2 * t + self.alpha * t * self.g(y))
        return self.a * np.exp(self.alpha * t * (self.c1 * y + self.c2 * y**2)) * np.exp(self.c * y**2) \
            - self.alpha**2 * t

    def condition_10(self) -> float:
        a, al = self.a, self.alpha
        return 4 * (a * self.c1 / al**3 + 2 * a**2 * self.c2 / al**5) * math.exp(4 * self.c * a**2 / al**4)


@dataclass(frozen=True)
class Solution:
    t: np.ndarray  # a dense grid on [0, t_stop]
    y: np.ndarray  # the finer solution there
    error: np.ndarray  # ERROR_SAFETY |y_coarse - y_fine| there
    exploded: bool  # the blow-up event fired (or the solver failed: a finite-time singularity)
    t_stop: float


def _solve(p: Params, rtol: float, grid_points: int):
    scale = max(abs(p.bound), 1e-300)
    cap = BLOW_UP * scale + 1.0

    def blow(t, y):
        return abs(y[0]) - cap
    blow.terminal = True
    sol = solve_ivp(lambda t, y: [p.f(t, y[0])], (0.0, p.t_end), [0.0], method="DOP853", rtol=rtol,
                    atol=rtol * scale * 1e-3, dense_output=True, events=blow)
    exploded = sol.status != 0 or len(sol.t_events[0]) > 0
    return sol, exploded


def maximal_solution(p: Params, grid_points: int = 2001) -> Solution:
    """The maximal solution of (9) on [0, horizon/α²] (or until it explodes), on a grid, with its error."""
    coarse, e1 = _solve(p, RTOL_COARSE, grid_points)
    fine, e2 = _solve(p, RTOL_FINE, grid_points)
    t_stop = min(coarse.t[-1], fine.t[-1])
    t = np.linspace(0.0, t_stop, grid_points)
    y = fine.sol(t)[0]
    return Solution(t, y, ERROR_SAFETY * np.abs(coarse.sol(t)[0] - y), e1 or e2, float(t_stop))


def explodes(p: Params) -> bool:
    return _solve(p, RTOL_FINE, 2)[1]


def blow_up_threshold(p: Params, lo: float, hi: float, iterations: int = 40) -> float:
    """The α in [lo, hi] at which the maximal solution starts to explode (bisection; explodes at lo, not at hi)."""
    def at(alpha):
        return Params(p.a, alpha, p.c, p.c1, p.c2, p.horizon, p.form)
    if not explodes(at(lo)) or explodes(at(hi)):
        raise ValueError(f"need an explosion at alpha={lo} and none at alpha={hi}")
    for _ in range(iterations):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if explodes(at(mid)) else (lo, mid)
    return (lo + hi) / 2


@dataclass(frozen=True)
class Dip:
    """A solution of (9) that dips below 0: y = −M t on [0, 1], then rises at slope S to −M/2, then stays there.
    On the rise y <= −M/2, so the proof's right side is at least a exp(t(−α² + α c2 M²/4)) there: y is a solution
    of (9) (y' <= f(t, y) a.e.) as soon as S is below that."""

    params: Params
    M: float
    S: float

    def __post_init__(self):
        validate.positive("M", self.M)
        validate.positive("S", self.S)

    def path(self, t):
        t = np.asarray(t, dtype=float)
        rise_end = 1 + self.M / (2 * self.S)
        y = np.where(t <= 1, -self.M * t, np.where(t <= rise_end, -self.M + self.S * (t - 1), -self.M / 2))
        dy = np.where(t < 1, -self.M, np.where(t < rise_end, self.S, 0.0))
        return y, dy

    def grid(self, points: int = 4001):
        """Points inside each linear piece (the derivative exists there)."""
        rise_end = 1 + self.M / (2 * self.S)
        eps = 1e-9
        return np.concatenate([np.linspace(eps, 1 - eps, points), np.linspace(1 + eps, rise_end - eps, points),
                               np.linspace(rise_end + eps, rise_end + 2, points)])

    def solution_margin(self) -> float:
        """min over the grid of f(t, y(t)) − y'(t) (>= 0: y solves (9) on the grid), in units of a."""
        t = self.grid()
        y, dy = self.path(t)
        return float(np.min(self.params.f(t, y) - dy)) / max(abs(self.params.a), 1e-300)
