"""The algebra of Kong's proofs, checked exactly with sympy."""
from __future__ import annotations

import sympy as sp

from theorems.evidence import Evidence, symbolic_identity

n, h1, h2, lam, delta, L0, c = sp.symbols("n h1 h2 lambda_0 delta L0 c", positive=True)


def eq_27_substitution(printed_power=sp.Rational(1, 2)) -> Evidence:
    """Eq. (26) -> (27): with h2^k = sqrt2/(sqrt2 - sqrtδ), the factor 2/h2^{1-k} is (2/h2)(sqrt2/(sqrt2 - sqrtδ))
    and the argument 2(h2^k - 1)/(δ h2^k) of the logarithm is sqrt(2/δ)."""
    s = sp.Symbol("s", positive=True)  # δ = 2s² with 0 < s < 1/sqrt2, so sqrtδ = sqrt2 s and h2^k = 1/(1 - s)
    d = 2 * s**2
    hk = sp.sqrt(2) / (sp.sqrt(2) - sp.sqrt(d))
    factor = symbolic_identity(2 / h2 ** (1 - sp.log(hk) / sp.log(h2)), 2 / h2 * hk)
    argument = symbolic_identity(2 * (hk - 1) / (d * hk), (2 / d) ** printed_power)
    return argument if factor.holds else factor


def eq_27_inequality(printed_threshold=sp.Rational(1, 2)) -> Evidence:
    """Eq. (27), second step: (sqrt2/(sqrt2 - sqrtδ)) log sqrt(2/δ) <= log(2/δ) exactly when δ <= 1/2.

    Measured: the largest δ in (0, 1) for which the step holds, against the proof's δ <= 1/2.
    """
    d = sp.Symbol("d", positive=True)
    ratio = sp.sqrt(2) / (sp.sqrt(2) - sp.sqrt(d)) / 2  # log sqrt(2/δ) = log(2/δ)/2 > 0 on (0, 1)
    boundary = sp.solve(sp.Eq(ratio, 1), d)
    return Evidence(float(max(boundary)), float(printed_threshold), ">=", 0.0, "none: exact root",
                    details={"roots": str(boundary)})


def lemma_4_proof_width(printed_constant=32) -> Evidence:
    """Eq. (29) -> Lemma 4: (2n²/h2) log(2n²/δ) <= (λ0/4)² iff h2 >= 32 n² log(2n²/δ)/λ0²."""
    solved = sp.solve(sp.Eq(2 * n**2 / h2 * sp.log(2 * n**2 / delta), (lam / 4) ** 2), h2)[0]
    return symbolic_identity(solved, printed_constant * n**2 / lam**2 * sp.log(2 * n**2 / delta))


def _width_from_radii():
    """The width at which R'_A = R_A (Lemma 6 against Lemma 5 with R_A = cδλ0/(n h1)), as h2^{2/3}."""
    R_A = c * delta * lam / (n * h1)
    R_A_prime = 2 / lam * sp.sqrt(2 * n * L0 / (h1 * h2 ** sp.Rational(2, 3)))
    return sp.solve(sp.Eq(R_A_prime, R_A), h2)[0] ** sp.Rational(2, 3)


def proof_condition_exponent() -> Evidence:
    """Section IV-C: R'_A <= R_A 'is equivalent to h2^{2/3} = Ω(n³ L(0) h1 / (λ0³ δ²))'; the exponent of λ0."""
    derived = sp.powsimp(sp.simplify(_width_from_radii()), force=True)
    numerator, denominator = sp.fraction(derived)
    exponent = sp.degree(numerator, lam) - sp.degree(denominator, lam)
    return Evidence(float(exponent), -3.0, "==", 0.0, "none: exact exponent", details={"h2^(2/3) >=": str(derived)})


def theorem_3_width_exponents(printed_lambda_power=6) -> Evidence:
    """Theorem 3's width n^{9/2} L(0)^{3/2} h1^{3/2} / (λ0^6 δ³) is the 3/2 power of the radii condition (up to c)."""
    derived = sp.powsimp(sp.simplify(_width_from_radii() ** sp.Rational(3, 2) * c**3), force=True)
    printed = n ** sp.Rational(9, 2) * L0 ** sp.Rational(3, 2) * h1 ** sp.Rational(3, 2) / (
        lam**printed_lambda_power * delta**3)
    ratio = sp.simplify(derived / printed)
    return Evidence(0.0 if ratio.free_symbols == set() else 1.0, 0.0, "==", 0.0, "none: exact",
                    details={"derived / printed": str(ratio)})
