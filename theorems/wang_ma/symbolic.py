"""Wang-Ma's loss constants (Assumptions 4.4, 5.1) and explicit constants, checked exactly with sympy."""
from __future__ import annotations

import sympy as sp

from theorems.evidence import Evidence, symbolic_identity
from theorems.wang_ma.instance import corollary_4_3_width

z = sp.Symbol("z", real=True)
EXACT = "none: exact symbolic value"

LOSSES = {
    "exp": sp.exp(-z),
    "logistic": sp.log(1 + sp.exp(-z)),
    "hinge": sp.Max(0, 1 - z),
    "alpha_exp": sp.exp(-sp.Rational(1, 100) * (z - 1)) / (2 * sp.Rational(1, 100)),
}
# (z0, g_min, g_max, h_max) as stated after Assumption 4.4, and Corollary 4.7's constants
CONSTANTS_4_4 = {
    "exp": (1, 1 / sp.E, 1, 1),
    "logistic": (1, 1 / (sp.E + 1), sp.Rational(1, 2), sp.Rational(1, 4)),
    "hinge": (1, 1, 1, 0),
}
COROLLARY_4_7 = (1, sp.Rational(1, 2), 1, 1)
CONSTANTS_5_1 = {"exp": (1, 1, 1), "logistic": (sp.Rational(1, 2), 1, 1)}  # g_a, g_b, h


def _extremes(expr, lo, hi):
    """Exact min and max of a differentiable expr on [lo, hi]: endpoints and real critical points."""
    points = [sp.Integer(lo), sp.Integer(hi)]
    points += [c for c in sp.solve(sp.diff(expr, z), z) if c.is_real and lo <= c <= hi]
    values = [sp.simplify(expr.subs(z, p)) for p in points]
    return min(values, key=float), max(values, key=float)


def kink(loss: str) -> float:
    """Assumption 4.4(i): the jump of ℓ̃' over R (0 for a C¹ loss); for hinge at z = 1."""
    expr = LOSSES[loss]
    if loss != "hinge":
        return 0.0
    e = sp.Symbol("e", positive=True)
    left = sp.limit((expr.subs(z, 1) - expr.subs(z, 1 - e)) / e, e, 0)
    right = sp.limit((expr.subs(z, 1 + e) - expr.subs(z, 1)) / e, e, 0)
    return float(abs(right - left))


def assumption_4_4(loss: str, constants=None) -> Evidence:
    """Assumption 4.4 for ``loss``: (i) C² (no kink), (ii) ℓ̃ >= 0 non-increasing, (iii) g_min <= -ℓ̃' <= g_max,
    0 <= ℓ̃'' <= h_max on [0, z0]. Measured: the smallest exact margin over all conditions."""
    z0, g_min, g_max, h_max = constants or CONSTANTS_4_4[loss]
    expr = LOSSES[loss]
    jump = kink(loss)
    if jump:
        return Evidence(-jump, 0.0, ">=", 0.0, EXACT, details={"condition": "(i) ℓ̃' jumps at z = 1", "jump": jump})
    slope, curvature = sp.simplify(-sp.diff(expr, z)), sp.simplify(sp.diff(expr, z, 2))
    s_lo, s_hi = _extremes(slope, 0, z0)
    c_lo, c_hi = _extremes(curvature, 0, z0)
    margins = {
        "(ii) -ℓ̃' > 0 on R": 0.0 if slope.is_positive else -1.0,
        "(ii) ℓ̃ >= 0 (ℓ̃ -> 0 at +inf)": float(sp.limit(expr, z, sp.oo)),
        "(iii) -ℓ̃' >= g_min": float(s_lo - g_min),
        "(iii) -ℓ̃' <= g_max": float(g_max - s_hi),
        "(iii) ℓ̃'' >= 0": float(c_lo),
        "(iii) ℓ̃'' <= h_max": float(h_max - c_hi),
    }
    worst = min(margins, key=margins.get)
    return Evidence(margins[worst], 0.0, ">=", 0.0, EXACT, details={"worst": worst, **margins})


def assumption_5_1(loss: str) -> Evidence:
    """Assumption 5.1: ℓ̃ > 0, -ℓ̃'/ℓ̃ <= g_b and 0 <= ℓ̃''/ℓ̃ <= h on R, -ℓ̃'/ℓ̃ >= g_a on z >= 0.

    With u = e^{-z} the ratios of both losses are monotone in u; their sup/inf are limits or values at z = 0.
    """
    g_a, g_b, h = CONSTANTS_5_1[loss]
    expr = LOSSES[loss]
    r1, r2 = sp.simplify(-sp.diff(expr, z) / expr), sp.simplify(sp.diff(expr, z, 2) / expr)
    sup_r1 = max(float(sp.limit(r1, z, sp.oo)), float(sp.limit(r1, z, -sp.oo)), float(r1.subs(z, 0)))
    sup_r2 = max(float(sp.limit(r2, z, sp.oo)), float(sp.limit(r2, z, -sp.oo)), float(r2.subs(z, 0)))
    inf_r1 = min(float(sp.limit(r1, z, sp.oo)), float(r1.subs(z, 0)))
    margins = {"-ℓ̃'/ℓ̃ <= g_b": float(g_b) - sup_r1, "ℓ̃''/ℓ̃ <= h": float(h) - sup_r2,
               "-ℓ̃'/ℓ̃ >= g_a on z >= 0": inf_r1 - float(g_a), "ℓ̃''/ℓ̃ >= 0": 0.0 if sp.simplify(r2).is_nonnegative is not False else -1.0}
    worst = min(margins, key=margins.get)
    return Evidence(margins[worst], 0.0, ">=", 1e-15, "limits evaluated as floats", details={"worst": worst, **margins})


def shrink_floor(eps):
    """Cauchy-Schwarz: ||x_i||, ||x_j|| <= 1 - ε ⇒ x_iᵀx_j >= -||x_i|| ||x_j|| >= -(1 - ε)²."""
    return -(1 - eps) ** 2


def shrink_remark() -> Evidence:
    """After Assumption 4.5: ||x|| <= 1 - ε ⇒ x_iᵀx_j >= -(1 - ε)² > -1; measured: -1 + (1 - ε)² simplified at ε -> 0+."""
    eps = sp.Symbol("epsilon", positive=True)
    gap = sp.simplify(shrink_floor(eps) - (-1))  # = 2ε - ε² > 0 on (0, 1)
    positive = sp.solve_univariate_inequality(gap > 0, eps, relational=False)
    return Evidence(0.0 if sp.Interval.open(0, 1).is_subset(positive) else -1.0, 0.0, ">=", 0.0, EXACT,
                    details={"s - (-1)": str(gap), "positive on": str(positive)})


def v_factor(n, m, delta):
    """Eq. (7)'s width factor of V: 1/2 - sqrt(8 log(n²/δ)/m)."""
    return sp.Rational(1, 2) - sp.sqrt(8 * sp.log(n**2 / delta) / m)


def v_positivity() -> Evidence:
    """Eq. (7): 1/2 - sqrt(8 log(n²/δ)/m) > 0 ⟺ m > 32 log(n²/δ)."""
    n, m, delta = sp.symbols("n m delta", positive=True)
    root = sp.solve(sp.Eq(v_factor(n, m, delta), 0), m)
    return symbolic_identity(root[0], 32 * sp.log(n**2 / delta), root=str(root))


def corollary_4_3_v_factor() -> Evidence:
    """Corollary 4.3: m >= 144 log(2n²/δ) ⇒ sqrt(8 log(n²/δ)/m) <= sqrt(8/144), so (7)'s factor is >= 1/2 - sqrt2/6."""
    factor = sp.simplify(sp.Rational(1, 2) - sp.sqrt(sp.Rational(8, 144)))
    return Evidence(float(factor), float(sp.Rational(1, 2) - sp.sqrt(2) / 6), "==", 0.0, EXACT,
                    details={"factor": str(factor), "positive": bool(factor > 0)})


def mildly_parameterized(n: int = 10**5, delta: float = 0.01, d: int = 10) -> Evidence:
    """Section 4.1: with m = ⌈144 log(2n²/δ)⌉ the parameter count (d+1)m can be below n."""
    m = corollary_4_3_width(n, delta)
    return Evidence(float((d + 1) * m), float(n), "<=", 0.0, EXACT, details={"m": m})


def kappa_arms(mu0_over_n, B) -> dict:
    """The arms of the κ/η bounds: Corollary 4.3's min{1/2000, μ0/(3n)}, Corollary 4.7's min{1/10, 1/(3B)}."""
    return {"corollary_4_3": (sp.Rational(1, 2000), mu0_over_n / 3),
            "corollary_4_7": (sp.Rational(1, 10), 1 / (3 * B))}


def kappa_regimes() -> Evidence:
    """Corollaries 4.3, 4.7: η/2000 <= ημ0/(3n) ⟺ μ0/n >= 3/2000; η/(3B) <= η/10 ⟺ B >= 10/3."""
    mu_n, B = sp.symbols("r B", positive=True)
    arms = kappa_arms(mu_n, B)
    first = sp.solve(sp.Eq(*arms["corollary_4_3"]), mu_n)[0]
    second = sp.solve(sp.Eq(*arms["corollary_4_7"]), B)[0]
    return Evidence(float(abs(first - sp.Rational(3, 2000)) + abs(second - sp.Rational(10, 3))), 0.0, "==", 0.0, EXACT)


def hitting_row() -> Evidence:
    """Table 1's hitting iterations 34, 69, 173, 346 against floor(ln 2/(2η)) (T_e reconstructed); Cor. 4.3's T = 44."""
    from theorems.wang_ma.model import reconstructed_T

    table = {0.01: 34, 0.005: 69, 0.002: 173, 0.001: 346}
    mismatch = sum(abs(reconstructed_T(eta, "doubling") - T) for eta, T in table.items())
    mismatch += abs(reconstructed_T(0.01, "sinh") - 44)
    return Evidence(float(mismatch), 0.0, "==", 0.0, EXACT, details={"table": table})


def lemma_6_5_sign(eta: float = 0.01, t: int = 1) -> Evidence:
    """Lemma 6.5: the printed lower bound Ω(1 - (1 + 2η)^{2t}) must be positive to say anything."""
    value = 1 - (1 + 2 * sp.Rational(eta).limit_denominator(10**6)) ** (2 * t)
    return Evidence(float(value), 0.0, ">=", 0.0, EXACT, details={"eta": eta, "t": t})


def chi2_exponent(t):
    """The χ²_d Chernoff bound P(χ²_d >= td) <= (te^{1-t})^{d/2} = e^{-d(t - 1 - ln t)/2}: the exponent per unit d."""
    return (t - 1 - sp.log(t)) / 2


CHI2_THRESHOLD = sp.Rational(46, 10)  # a threshold t with exponent >= 1 (t* = 4.505...)


def probability_terms() -> Evidence:
    """Theorem 4.6's O(me^{-d}) is attainable: the χ²_d Chernoff exponent at the threshold t = 4.6 is >= 1 (so the
    union over m neurons costs <= me^{-d}); Corollary 4.7's threshold gives e^{-(d+1)/2}. Measured: the exact
    exponent at t = 4.6 (>= 1), and the root t* of exponent = 1 in details."""
    t = sp.Symbol("t", positive=True)
    root = sp.nsolve(chi2_exponent(t) - 1, t, 4.5)
    value = chi2_exponent(CHI2_THRESHOLD)
    return Evidence(float(value), 1.0, ">=", 0.0, EXACT, details={"t": str(CHI2_THRESHOLD), "t*": float(root)})
