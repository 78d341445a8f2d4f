"""The algebra of Chen-Vanden-Eijnden-Bruna's proofs and parameterizations, checked exactly with sympy."""
from __future__ import annotations

import sympy as sp

from theorems.evidence import Evidence, symbolic_identity

lam1, lam2, xi, K, Kp, y, c, m = sp.symbols("lambda_1 lambda_2 xi K K_p y c m", positive=True)
CHAIN_RULE_FACTOR = sp.Integer(2)  # (52) corrected: 𝓛̇𝓛^{-1/2} = 2 d/dt 𝓛^{1/2} (printed: √2, as d/dt (2𝓛)^{1/2})
ETA_FLOOR = 2 ** sp.Rational(-2, 3)  # (60): η^t >= 2^{-2/3} K, the floor both chains carry into the rate


def c2_closed_form() -> Evidence:
    """Eq. (51): C₂ = 2^{-1/2} C₁ λ_min^{-1/2} K^{-1} with C₁ = λ_max λ_min^{-1/2} ξ^{-1} 'is' λ_max/√(2ξKλ_min)."""
    C1 = lam2 / sp.sqrt(lam1) / xi
    return symbolic_identity(C1 / sp.sqrt(2 * lam1) / Kp, lam2 / sp.sqrt(2 * xi * Kp * lam1))


def kappa_from_proof() -> Evidence:
    """(19)'s printed κ = 9λ₂(I_r - I_l)/(2λ₁K) against the proof's κ = 3C₂ (with (52) corrected; ξ = (I_r - I_l)/3)."""
    width = 3 * xi
    C2 = lam2 / sp.sqrt(lam1) / xi / sp.sqrt(2 * lam1) / Kp
    return symbolic_identity(3 * C2, 9 * lam2 * width / (2 * lam1 * Kp))


def kappa_chain(corrected: bool) -> Evidence:
    """(53)-(54) -> (19): (2/3)η^{3/2} >= (2/3)η̃⁰^{3/2} - a C₂ĉ^{-1}(√𝓛⁰ - √𝓛^t) gives κ = (3/2)a C₂; a = √2 as (54)
    is printed (κ = (3/√2)C₂), a = 2 with (52) corrected (κ = 3C₂ = 9λ₂/(√2λ₁K(I_r - I_l)))."""
    C2 = lam2 / (sp.sqrt(2) * lam1 * xi * Kp)
    a = CHAIN_RULE_FACTOR if corrected else sp.sqrt(2)
    width = 3 * xi
    target = 9 * lam2 / (sp.sqrt(2) * lam1 * Kp * width) if corrected else 9 * lam2 / (2 * lam1 * Kp * width)
    return symbolic_identity(sp.Rational(3, 2) * a * C2, target)


def theorem_1_chain() -> Evidence:
    """Appendix E, (58)-(61): ĉ = 3√2 C₂ ||y||/K^{3/2} makes (2/3)K^{3/2} - √2 C₂ ĉ^{-1} ||y|| = (1/3)K^{3/2}, i.e.
    η^{3/2} >= K^{3/2}/2 and η >= 2^{-2/3}K; then 2 · 2^{-2/3} = 2^{1/3} in (60)-(61). With (52) corrected the same
    algebra with 2C₂ and ĉ = 6C₂||y||/K^{3/2}."""
    C2 = sp.Symbol("C_2", positive=True)
    pieces = []
    for a, factor in ((sp.sqrt(2), 3 * sp.sqrt(2)), (2, 6)):
        chat = factor * C2 * y / K ** sp.Rational(3, 2)
        pieces.append(symbolic_identity(sp.Rational(2, 3) * K ** sp.Rational(3, 2) - a * C2 * y / chat,
                                        sp.Rational(1, 3) * K ** sp.Rational(3, 2)))
    pieces.append(symbolic_identity((K ** sp.Rational(3, 2) / 2) ** sp.Rational(2, 3), ETA_FLOOR * K))
    pieces.append(symbolic_identity(2 * ETA_FLOOR, 2 ** sp.Rational(1, 3)))
    return next((e for e in pieces if not e.holds), pieces[-1])


def theorem_2_chain() -> Evidence:
    """Appendix F, (82)-(83): the rate 2 · ½λ_min(Ḡ) · 2^{-2/3} K̄ ĉ² K² is 2^{-2/3} ĉ² λ_min(Ḡ) K² K̄."""
    lam = sp.Symbol("lambda_bar", positive=True)
    return symbolic_identity(2 * (lam / 2) * ETA_FLOOR * K * c**2 * Kp**2,
                     2 ** sp.Rational(-2, 3) * c**2 * lam * Kp**2 * K)


def xavier_variance() -> Evidence:
    """Appendix B's stated 'Xavier' variances against Glorot's 2/(fan_in + fan_out) (fan_in + fan_out = m + d, 2m,
    m + 1): the first that differs."""
    d = sp.Symbol("d", positive=True)
    stated = (1 / (m + d), 1 / (2 * m), 1 / (m + 1))
    glorot = (2 / (m + d), 2 / (2 * m), 2 / (m + 1))
    pieces = [symbolic_identity(a, b, layer=k + 1) for k, (a, b) in enumerate(zip(stated, glorot))]
    return next((e for e in pieces if not e.holds), pieces[-1])


INIT_VARIANCES = {"theta1": lambda m_, d_: 1 / (m_ + d_), "theta2": lambda m_, d_: 1 / (2 * m_),
                  "theta3": lambda m_, d_: 1 / (m_ + 1)}  # Appendix B's stated variances of θ⁽¹⁾, θ⁽²⁾, θ⁽³⁾


def init_variances_order_one() -> Evidence:
    """Appendix B: z = √mθ⁽¹⁾, W = √mθ⁽²⁾, c = √mθ⁽³⁾ have variances m·Var θ in [½, 1] for every m >= d >= 1 (exact:
    with d = 1 + e, m = d + k, e, k >= 0, the bounds reduce to polynomials with non-negative coefficients).
    Measured: failures."""
    e, k = sp.symbols("e k", nonnegative=True)
    d = 1 + e
    mm = d + k
    failed = []
    for name, var in INIT_VARIANCES.items():
        v = sp.simplify(mm * var(mm, d))
        for label, gap in (("<= 1", 1 - v), (">= 1/2", v - sp.Rational(1, 2))):
            num, den = sp.fraction(sp.together(sp.simplify(gap)))
            poly = sp.Poly(sp.expand(num * den), e, k)  # same sign as num/den
            if any(coef < 0 for coef in poly.coeffs()):
                failed.append(f"{name} {label}: {v}")
    return Evidence(float(len(failed)), 0.0, "==", 0.0, "none: exact polynomials", details={"failed": failed})


# --- Appendix C: abc-parameterizations ------------------------------------------------------------

def _r(a: dict, b: dict, cc, L: int):
    """Eq. (36): r = min(b_{L+1}, a_{L+1} + c) + a_{L+1} + c + min_l (2a_l - 1{l ≠ 1})."""
    return (sp.Min(b[L + 1], a[L + 1] + cc) + a[L + 1] + cc
            + sp.Min(*[2 * a[l] - (0 if l == 1 else 1) for l in range(1, L + 1)]))


def _r_tp4(a: dict, b: dict, cc, L: int):
    """Tensor Programs IV's r: min(a_{L+1} + b_{L+1}, 2a_{L+1} + c) + c - 1 + min_l (2a_l + 1{l = 1})."""
    return (sp.Min(a[L + 1] + b[L + 1], 2 * a[L + 1] + cc) + cc - 1
            + sp.Min(*[2 * a[l] + (1 if l == 1 else 0) for l in range(1, L + 1)]))


def _ours(L):
    half = sp.Rational(1, 2)
    return {1: 0, **{l: half for l in range(2, L + 1)}, L + 1: 1}, {l: 0 for l in range(1, L + 2)}, -1


def _mup(L):
    half = sp.Rational(1, 2)
    return {1: -half, **{l: 0 for l in range(2, L + 1)}, L + 1: half}, {l: half for l in range(1, L + 2)}, 0


def abc_parameterization(L: int) -> Evidence:
    """Appendix C, (31)-(36) for depth L: ours = μP shifted by θ = ½ under (35); r(ours) = r(μP) = 0 by (36) and by
    TP4's definition; stability a₁ + b₁ = 0, a_l + b_l = ½, a_{L+1} + b_{L+1} >= ½. Measured: number of failures."""
    if L < 2:
        raise ValueError(f"L must be >= 2, got {L}")
    half = sp.Rational(1, 2)
    (a, b, cc), (ma, mb, mc) = _ours(L), _mup(L)
    shifted = ({k: v + half for k, v in ma.items()}, {k: v - half for k, v in mb.items()}, mc - 1)
    checks = {
        "shift(μP, ½) = ours": shifted == (a, b, cc),
        "r(ours) = 0 by (36)": sp.simplify(_r(a, b, cc, L)) == 0,
        "r(ours) = 0 by TP4": sp.simplify(_r_tp4(a, b, cc, L)) == 0,
        "r(μP) = 0": sp.simplify(_r(ma, mb, mc, L)) == 0,
        "a1 + b1 = 0": a[1] + b[1] == 0,
        "a_l + b_l = 1/2": all(a[l] + b[l] == half for l in range(2, L + 1)),
        "a_{L+1} + b_{L+1} >= 1/2": a[L + 1] + b[L + 1] >= half,
    }
    failed = [k for k, v in checks.items() if not v]
    return Evidence(float(len(failed)), 0.0, "==", 0.0, "none: exact rationals", details={"failed": failed})


def r_invariance(a: tuple, b: tuple, cc, theta) -> Evidence:
    """Eq. (35): r of (36) is invariant under (a_l + θ, b_l - θ, c - 2θ); and (36) equals TP4's r. Exact rationals."""
    L = len(a) - 1
    A, B = dict(enumerate(a, 1)), dict(enumerate(b, 1))
    r0 = _r(A, B, cc, L)
    r1 = _r({k: v + theta for k, v in A.items()}, {k: v - theta for k, v in B.items()}, cc - 2 * theta, L)
    gaps = [abs(r1 - r0), abs(r0 - _r_tp4(A, B, cc, L))]
    return Evidence(float(max(gaps)), 0.0, "==", 0.0, "none: exact rationals", details={"r": str(r0)})


# --- Table 1 --------------------------------------------------------------------------------------

SCALINGS = {  # (α_f, α_h, learning-rate multiplier) with D = m: f = α_f Σ c σ(h), h = α_h W φ
    "ours": (1 / m, 1 / sp.sqrt(m), m),
    "NTK": (1 / sp.sqrt(m), 1 / sp.sqrt(m), sp.Integer(1)),
    "MF": (1 / m, 1 / m, m**2),
}
TABLE_1 = {  # orders in m as in Table 1 and Section 4.3: h⁰, per-step Δh, per-step Δf
    "ours": (0, 0, 0),
    "NTK": (0, sp.Rational(-1, 2), 0),
    "MF": (sp.Rational(-1, 2), 0, 0),
}


def scaling_orders(name: str) -> dict:
    """Exponents of m of h⁰ ~ α_h √D, Δh ~ lr α_f α_h² D and Δf ~ α_f m Δh (D = m, one GD step)."""
    af, ah, lr = SCALINGS[name]
    D = m
    orders = [sp.simplify(sp.log(e, m)) for e in (ah * sp.sqrt(D), lr * af * ah**2 * D, af * m * lr * af * ah**2 * D)]
    return dict(zip(("h0", "dh", "df"), orders))


def table_1(name: str) -> Evidence:
    """Table 1: the scalings' orders of h⁰, Δh and Δf match the table (ours and MF: features move at Θ(1))."""
    got = scaling_orders(name)
    wrong = {k: (got[k], e) for k, e in zip(("h0", "dh", "df"), TABLE_1[name]) if sp.simplify(got[k] - e) != 0}
    return Evidence(float(len(wrong)), 0.0, "==", 0.0, "none: exact exponents", details={"mismatch": str(wrong)})
