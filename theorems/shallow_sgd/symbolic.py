"""The algebra of (10)-(11) and of the step window in the proof of Theorem 5.6, exactly."""
from __future__ import annotations

import math
from fractions import Fraction

import sympy as sp

from theorems.evidence import Evidence, symbolic_identity

a, c, c1, c2 = sp.symbols("a c c1 c2", nonnegative=True)
alpha = sp.Symbol("alpha", positive=True)


def condition_10_lhs(two=2):
    """(10)'s left side, 4 (a c1/α³ + two · a² c2/α⁵) exp(4 c a²/α⁴) (``two``: the printed 2)."""
    return 4 * (a * c1 / alpha**3 + two * a**2 * c2 / alpha**5) * sp.exp(4 * c * a**2 / alpha**4)


def F_11():
    """(11): F = (a c1/α³ + a² c2/α⁵) exp(4 c a²/α⁴)."""
    return (a * c1 / alpha**3 + a**2 * c2 / alpha**5) * sp.exp(4 * c * a**2 / alpha**4)


def eq_11_implies_eq_10(two=2) -> list[Evidence]:
    """F < 1/8 (11) implies (10): 8F − (10)'s left side = 4 (a c1/α³) exp(4ca²/α⁴), a sum of non-negative terms
    (exact identity, then its sign: every factor is a non-negative symbol). Equality when c1 = 0, so the 1/8 is
    the best constant of this implication."""
    difference = sp.simplify(8 * F_11() - condition_10_lhs(two))
    expected = 4 * a * c1 / alpha**3 * sp.exp(4 * c * a**2 / alpha**4)
    identity = symbolic_identity(difference, expected)
    nonneg = Evidence(0.0 if difference.is_nonnegative else 1.0, 0.0, "==", 0.0, "none: sympy sign of the difference",
                      details={"8F - (10)": str(difference)})
    return [identity, nonneg]


def step_window(N: int, b: int, T_star: Fraction, eta: Fraction, one: int = 1) -> list[Evidence]:
    """Proof of Theorem 5.6: with k* = floor(1 + N T*/(η b)) and T = 1 + (N/b) T*, every η in (0, 1) has
    (N/b) T* <= η k* <= T, in exact rational arithmetic (T* rational; ``one``: the printed 1 in k*)."""
    k_star = math.floor(one + Fraction(N) * T_star / (eta * b))
    ek = eta * k_star
    low, high = Fraction(N, b) * T_star, 1 + Fraction(N, b) * T_star
    return [Evidence(float(ek - low), 0.0, ">=", 0.0, "none: exact rationals", details={"k*": k_star}),
            Evidence(float(high - ek), 0.0, ">=", 0.0, "none: exact rationals", details={"k*": k_star})]
