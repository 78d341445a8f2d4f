"""shallow_sgd (seed 003): every registered claim, checked on generated instances; errata are counted searches
(their pins, in tests/claims/test_registry_generated.py, are what must fail)."""
from __future__ import annotations

from fractions import Fraction

from hypothesis import given, strategies as st

from strategies.shallow_sgd import aligned, dips, flows, instances, lemma_3_3_params, near_initial
from theorems.testing import erratum, for_claim
from theorems.evidence import check_all
from theorems.shallow_sgd import properties as P, symbolic
from theorems.shallow_sgd.properties import KinkCase, PairCase

# --- exact and pointwise ---------------------------------------------------------------------------------


@for_claim("shallow_sgd.proposition_2_1.pointwise")
@given(inst=st.one_of(instances(), aligned()), kinks=st.integers(0, 3), residual=st.sampled_from([0.0, 0.5, 2.0]))
def test_every_clarke_selection_decreases_the_loss_at_rate_2_alpha_squared(claim_id, inst, kinks, residual):
    case = KinkCase(inst, kinks, residual)
    check_all(claim_id, case, *P.proposition_2_1_pointwise(case))


@for_claim("shallow_sgd.eq_4")
@given(inst=st.one_of(instances(), aligned()), step=st.floats(-0.9, 2.0).filter(lambda s: abs(s) > 1e-3),
       dilate=st.booleans())
def test_chain_4_for_any_pair_of_first_layers(claim_id, inst, step, dilate):
    case = PairCase(inst, step, dilate)
    check_all(claim_id, case, *P.chain_4(case))


@for_claim("shallow_sgd.minibatch_identity")
@given(inst=instances(max_N=5, max_d1=16), data=st.data())
def test_minibatch_loss_is_b_over_N_of_the_loss_by_enumeration(claim_id, inst, data):
    b = data.draw(st.integers(1, inst.N))
    check_all(claim_id, inst, *P.minibatch_identity(inst, b))


@for_claim("shallow_sgd.eq_10_11")
def test_eq_11_implies_eq_10(claim_id):
    check_all(claim_id, None, *symbolic.eq_11_implies_eq_10())


@for_claim("shallow_sgd.theorem_5_6.step_window")
@given(N=st.integers(1, 50), data=st.data(), T=st.fractions(0, 100, max_denominator=97),
       eta=st.fractions(Fraction(1, 10**6), Fraction(999_999, 10**6), max_denominator=10**6))
def test_k_star_lands_in_the_window(claim_id, N, data, T, eta):
    b = data.draw(st.integers(1, N))
    check_all(claim_id, None, *symbolic.step_window(N, b, T, eta))


# --- the comparison problem (9) -----------------------------------------------------------------------------


@for_claim("shallow_sgd.lemma_3_3")
@given(p=lemma_3_3_params())
def test_lemma_3_3_on_the_maximal_solution(claim_id, p):
    check_all(claim_id, p, *P.lemma_3_3(p))


@erratum("shallow_sgd.lemma_3_3.printed_eq_9")
@given(p=lemma_3_3_params(form="printed"))
def test_lemma_3_3_with_the_printed_bracket(claim_id, p):
    check_all(claim_id, p, *P.lemma_3_3(p))


@erratum("shallow_sgd.lemma_3_3.any_solution")
@given(dip=dips())
def test_lemma_3_3_on_solutions_that_dip_below_zero(claim_id, dip):
    check_all(claim_id, dip, *P.lemma_3_3_any_solution(dip))


@for_claim("shallow_sgd.figure_1")
def test_figure_1_window(claim_id):
    check_all(claim_id, None, *P.figure_1())


# --- along flows of the differential inclusion (3) ----------------------------------------------------------


@for_claim("shallow_sgd.proposition_2_1")
@given(inst=flows(), horizon=st.sampled_from([0.1, 3.0]))
def test_proposition_2_1_along_the_flow(claim_id, inst, horizon):
    check_all(claim_id, inst, P.proposition_2_1(inst, horizon=horizon))


@for_claim("shallow_sgd.lemma_3_1.eq_5", "shallow_sgd.lemma_3_1.eq_6")
@given(inst=flows(), horizon=st.sampled_from([0.1, 3.0]))
def test_lemma_3_1_along_the_flow(claim_id, inst, horizon):
    pieces = P.lemma_3_1(inst, horizon=horizon)
    check_all(claim_id, inst, pieces[0] if claim_id.endswith("eq_5") else pieces[1])


@for_claim("shallow_sgd.proposition_3_2.proof_bracket", "shallow_sgd.proposition_3_2.steps")
@given(inst=flows(), horizon=st.sampled_from([0.1, 3.0]))
def test_proposition_3_2_along_the_flow(claim_id, inst, horizon):
    pieces = P.proposition_3_2(inst, horizon=horizon)
    check_all(claim_id, inst, *(pieces[2:] if claim_id.endswith("proof_bracket") else pieces[:2]))


@erratum("shallow_sgd.proposition_3_2")
@given(inst=flows())
def test_proposition_3_2_as_printed(claim_id, inst):
    check_all(claim_id, inst, *P.proposition_3_2(inst, form="printed"))


@for_claim("shallow_sgd.theorem_3_4")
@given(inst=st.one_of(near_initial(), aligned()))
def test_theorem_3_4_in_its_regime(claim_id, inst):
    check_all(claim_id, inst, *P.theorem_3_4(inst))
