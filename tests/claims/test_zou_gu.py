"""Zou-Gu (seed 002): every registered claim, checked on generated instances (symbolic ones on the paper's own
expressions). Errata are counted searches; their pins (theorems/zou_gu/pins.py) are the tests that fail."""
from __future__ import annotations

import math

import pytest
from hypothesis import example, given, strategies as st

from strategies.zou_gu import NIGHTLY, instances, repeated_point
from theorems.testing import erratum, for_claim
from theorems.evidence import check, check_all
from theorems.zou_gu import lemmas, properties as P, symbolic as S
from theorems.zou_gu.instance import Instance

NEAR_PAIR = Instance(((math.sqrt(1 - 0.5), 0.0, math.sqrt(0.5)),
                      (math.sqrt(0.5) * math.cos(1e-3), math.sqrt(0.5) * math.sin(1e-3), math.sqrt(0.5))),
                     ((1.0,), (0.0,)), m=4, L=1)  # n = 2, φ ≈ 7e-4: λ0n²/φ ≈ 2/π, the measured infimum

# --- exact identities -------------------------------------------------------------------------------------

EXACT = {
    "zou_gu.notation": P.notation,
    "zou_gu.eq_2_1": P.eq_2_1,
    "zou_gu.algorithm_1.gd": P.gd_step,
    "zou_gu.algorithm_1.sgd_unbiased": P.sgd_unbiased,
    "zou_gu.section_4_1.gradient_formula": P.gradient_formula,
    "zou_gu.section_4_1.gradient_norms": P.gradient_norms,
}


@for_claim(*EXACT)
@given(inst=instances())
def test_exact_identity(claim_id, inst):
    found = EXACT[claim_id](inst)
    check_all(claim_id, inst, *(found if isinstance(found, list) else [found]))


@pytest.mark.statistical
@for_claim("zou_gu.algorithm_1.initialization")
@given(inst=instances())
def test_initialization_moments_and_row_independence(claim_id, inst):
    check_all(claim_id, inst, *P.initialization(inst, 64), P.row_independence(inst))


# --- Proposition 3.6 ----------------------------------------------------------------------------------------

@pytest.mark.statistical
@for_claim("zou_gu.proposition_3_6.closed_form")
@given(inst=instances(max_m=1, max_L=1), ntk=st.booleans())
def test_h_closed_form(claim_id, inst, ntk):
    if ntk:
        inst = Instance(inst.X, tuple((0.0,) for _ in inst.X), m=256, L=1, seed=inst.seed)
        check(claim_id, inst, P.h_empirical_ntk(inst, 256 if NIGHTLY else 64))
    else:
        check(claim_id, inst, P.h_closed_form(inst, 200_000 if NIGHTLY else 20_000))


@for_claim("zou_gu.proposition_3_6.equivalence")
@given(inst=st.one_of(instances(min_n=2), repeated_point()))
def test_lambda_0_positive_iff_separated(claim_id, inst):
    check(claim_id, inst, P.lambda_0_equivalence(inst))


@for_claim("zou_gu.proposition_3_6.lower_bound")
@example(inst=NEAR_PAIR)
@given(inst=instances(min_n=2, styles=("near_duplicate", "arc", "near_antipodal", "random")))
def test_lambda_0_lower_bound(claim_id, inst):
    check(claim_id, inst, P.lambda_0_lower_bound(inst))


@for_claim("zou_gu.footnote_2.worst_case")
@given(inst=instances(styles=("near_duplicate", "random")))
def test_spectral_norm_at_most_n(claim_id, inst):
    check(claim_id, inst, P.footnote_2_worst_case(inst))


# --- symbolic ---------------------------------------------------------------------------------------------------

SYMBOLIC = {
    "zou_gu.table_1.this_paper": lambda: [S.restatement("table_1_this_paper", "theorem_3_3", w) for w in
                                          ("width", "iterations")]
                                         + [S.restatement("intro_gd", "table_1_this_paper", w) for w in ("width", "iterations")],
    "zou_gu.table_1.allen_zhu": lambda: [S.restatement("table_1_allen_zhu", other, w) for other in
                                         ("remark_3_4_allen_zhu", "intro_allen_zhu_gd") for w in ("width", "iterations")],
    "zou_gu.table_1.outperforms": lambda: [S.outperforms_all(), lemmas.lambda_0_scan()],
    "zou_gu.introduction.gd_factors": lambda: [S.factor_evidence("intro_gd")],
    "zou_gu.introduction.sgd_width_factor": lambda: [S.factor_evidence("intro_sgd_width")],
    "zou_gu.remark_3_4": lambda: [S.factor_evidence("remark_3_4"), S.exponential_vs_polynomial_depth()],
    "zou_gu.corollary_3_5": lambda: [S.specialization("theorem_3_3", "corollary_3_5", {S.L: 1})],
    "zou_gu.remark_3_7": lambda: [S.lambda_substitution("table_1_du_11", "remark_3_7_du_11"),
                                  S.lambda_substitution("table_1_oymak_17", "remark_3_7_oymak_17"),
                                  S.factor_evidence("remark_3_7")],
    "zou_gu.remark_3_9.width": lambda: [S.factor_evidence("remark_3_9_width")],
    "zou_gu.remark_3_11": lambda: [S.specialization("theorem_3_8", "remark_3_11_width", {S.L: 1}), S.remark_3_11_ratio()],
    "zou_gu.section_4_2.step_i": lambda: [S.lemma_4_4_window()],
    "zou_gu.eq_4_3": lambda: [S.eq_4_3()],
    "zou_gu.eq_4_1": lambda: [S.eq_4_1_chain()],
}


@for_claim(*SYMBOLIC)
def test_symbolic(claim_id):
    check_all(claim_id, "as printed", *SYMBOLIC[claim_id]())


# --- errata: counted searches (their pins fail in tests/claims/test_registry_generated.py) ------------------------------------

SYMBOLIC_ERRATA = {
    "zou_gu.introduction.sgd_iterations": lambda: S.restatement("intro_sgd", "theorem_3_8", "iterations"),
    "zou_gu.remark_3_9.iterations": lambda: S.factor_evidence("remark_3_9_iterations"),
    "zou_gu.section_4_2.step_iii": S.step_iii,
    "zou_gu.lemma_4_1.probability": lambda: S.printed_probability_bound("Lemma 4.1"),
    "zou_gu.lemma_4_4.probability": lambda: S.printed_probability_bound("Lemma 4.4"),
}


@erratum(*SYMBOLIC_ERRATA)
def test_symbolic_erratum(claim_id):
    check(claim_id, "as printed", SYMBOLIC_ERRATA[claim_id]())


@erratum("zou_gu.notation.l0")
@given(x=st.lists(st.sampled_from([0.0, 1.0, -2.0, 0.5]), min_size=2, max_size=6).map(tuple))
def test_l0_as_printed(claim_id, x):
    check(claim_id, x, P.l0_consistency(x))


@erratum("zou_gu.remark_3_7.data_matrix")
@given(inst=instances(max_m=1, max_L=1))
def test_data_matrix_shape(claim_id, inst):
    check(claim_id, inst, P.data_matrix_shape(inst))


@erratum("zou_gu.introduction.lambda_0_order")
@given(mu=st.sampled_from([0.1, 0.5, 1 / math.sqrt(2), 0.9]))
def test_lambda_0_upper_order(claim_id, mu):
    grid = (4, 8, 16, 32)
    X = P.spread_family(grid[-1], mu)
    inst = Instance(tuple(tuple(float(v) for v in r) for r in X.tolist()), ((0.0,),) * grid[-1], m=1, L=1)
    check(claim_id, inst, P.lambda_0_upper_order(grid))


@erratum("zou_gu.footnote_2.random")
def test_footnote_2_random(claim_id):
    grid = P.FOOTNOTE_2_GRID[:4]
    X = P.random_data(grid[-1], grid[-1], 0)
    inst = Instance(tuple(tuple(float(v) for v in r) for r in X.tolist()), ((0.0,),) * grid[-1], m=1, L=1)
    check(claim_id, inst, P.footnote_2_random(grid))
