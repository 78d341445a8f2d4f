"""Pinned counterexamples of Zou-Gu's errata (each a test of its own in tests/claims/test_registry_generated.py)."""
from __future__ import annotations

import math

from theorems.registry import pin
from theorems.zou_gu import properties as P, symbolic as S
from theorems.zou_gu.instance import Instance

PRINTED = "as printed"  # the instance of a symbolic claim: the paper's own expressions


def _rows(X) -> tuple[tuple[float, ...], ...]:
    return tuple(tuple(float(v) for v in row) for row in X.tolist())


def _instance(X) -> Instance:
    rows = _rows(X)
    return Instance(rows, tuple((0.0,) for _ in rows), m=1, L=1)


pin("zou_gu.notation.l0", "x = (1, 1, 0)", build=lambda: (1.0, 1.0, 0.0), evidence=P.l0_consistency,
    numbers="literal ||x||_0 = |{1}| = 1 against ||xᵀ||_0 = 2 nonzero entries (hand: two equal nonzero coordinates).")
pin("zou_gu.remark_3_7.data_matrix", "n = 3, d = 2",
    build=lambda: Instance(((1.0, 0.0), (0.6, 0.8), (0.0, 1.0)), ((0.0,),) * 3, m=1, L=1),
    evidence=P.data_matrix_shape, numbers="[x_1, x_2, x_3]ᵀ has 3 rows, the printed R^{d×n} says d = 2.")
pin("zou_gu.introduction.lambda_0_order", "n = 4..64",
    build=lambda: _instance(P.spread_family(64)),
    evidence=lambda inst: P.lambda_0_upper_order(grid=(4, 8, 16, 32, inst.n)),
    numbers="x_i = (e_i/√2, 1/√2): λ0 = 1/3 for every n (hand: H = (1/2 - 1/6)I + (1/6)11ᵀ), φ = 1, λ0n²/φ = "
            "5.33 ... 1365.33, fitted exponent 2.000 (CI [2.000, 2.000]) against <= 0 for an O(n^{-2}φ).")
pin("zou_gu.footnote_2.random", "d = n = 8..256",
    build=lambda: _instance(P.random_data(P.FOOTNOTE_2_GRID[-1], P.FOOTNOTE_2_GRID[-1], 3 * 1000 + 256)),
    evidence=lambda inst: P.footnote_2_random(),
    numbers="random unit data with (x_i)_d = 1/√2, d = n, 4 draws per n: ||X||_2² >= n/2 (hand: ||Xe_d||² = n/2), "
            "fitted exponent ≈ 1 with its 1-1e-6 CI above 0, against <= 0 for O(1) (d ≲ n) and O(n/d) = O(1).")
for claim_id, label, evidence, numbers in [
    ("zou_gu.introduction.sgd_iterations", "intro vs Theorem 3.8",
     lambda _: S.restatement("intro_sgd", "theorem_3_8", "iterations"),
     "Õ[n⁵L² log(m) log²(1/ε)/(Bφ²)] / [n⁵ log(1/ε)/(Bφ²)] = L² log(1/ε) ≠ 1 (sympy)."),
    ("zou_gu.remark_3_9.iterations", "Theorem 3.8 vs [2]",
     lambda _: S.factor_evidence("remark_3_9_iterations"),
     "[n⁷L² log(1/ε)/(Bφ²)] / Õ[n⁵L² log(m) log²(1/ε)/(Bφ²)] = n²/log(1/ε) ≠ n² (sympy)."),
    ("zou_gu.section_4_2.step_iii", "(3.1) into Lemma 4.2", lambda _: S.step_iii(),
     "√(kn² log(n)/(mφ)) at m = kn⁸L¹²log³(m)/φ⁴ is τ·√(log n) (sympy; by hand in the root cause)."),
    ("zou_gu.lemma_4_1.probability", "1 - exp(O(x))", lambda _: S.printed_probability_bound("Lemma 4.1"),
     "sup_{C>0} 1 - exp(C mφ/(dn)) = 0: no positive probability is guaranteed."),
    ("zou_gu.lemma_4_4.probability", "1 - exp(-Ω(-x))", lambda _: S.printed_probability_bound("Lemma 4.4"),
     "-Ω(-x) <= C2 x, sup_{C2>0} 1 - exp(C2 mτ^{3/2}L) = 0: no positive probability is guaranteed."),
]:
    pin(claim_id, label, build=lambda: PRINTED, evidence=evidence, numbers=numbers)
