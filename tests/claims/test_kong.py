"""Kong (seed 001): every registered claim, checked on generated instances.

An erratum's generated examples are a counted search (``@erratum``: "erratum k/N" in the run summary); its
counterexamples are pinned in ``theorems/kong/pins.py`` and each runs as a test of its own (tests/claims/test_registry_generated.py).
Every generated instance meets every hypothesis of its claim (a failure outside them fails the test).
"""
from __future__ import annotations

import pytest
from hypothesis import assume, given, strategies as st

from strategies.budget import current, profile
from strategies.kong import instances, lemma_6_instances
from theorems.testing import erratum, for_claim
from theorems.evidence import check, check_all
from theorems.kong import properties as P, symbolic
from theorems.kong.instance import Instance, Lemma6Case

WIDEST = max(current().width_grid)
LIMIT_LAW_SEEDS = 4096  # KS critical value 0.042 at ALPHA, half the distance a 2x A-block term makes at h1 = 1


# --- exact identities -----------------------------------------------------------------------------

EXACT = {
    "kong.eq_15": P.gradient_formulas,
    "kong.eq_9": P.gram_of_gradients,
    "kong.eq_8": P.output_dynamics,
    "kong.proposition_1": P.proposition_1,
    "kong.lemma_6.eq_45": P.loss_derivative,
    "kong.proposition_2.eq_19_20": P.sum_of_squares,
}


@for_claim(*EXACT)
@given(inst=instances())
def test_exact_identity(claim_id, inst):
    check(claim_id, inst, EXACT[claim_id](inst))


@for_claim("kong.proposition_2.eq_17")
@given(inst=instances(h2=st.integers(1, 10)))
def test_w_expectation_by_enumeration(claim_id, inst):
    check(claim_id, inst, P.w_expectation(inst))


# --- Proposition 2, Assumption 2 ----------------------------------------------------------------------

@for_claim("kong.proposition_2")
@given(inst=instances())
def test_h_infinity_is_psd(claim_id, inst):
    check(claim_id, inst, P.proposition_2(inst, draws=4096))


@pytest.mark.statistical
@for_claim("kong.assumption_2")
@given(inst=instances())
def test_lambda_0_is_positive_on_distinct_inputs(claim_id, inst):
    check(claim_id, inst, P.assumption_2(inst, current().h_inf_draws))


# --- Lemmas 4 and 5 -----------------------------------------------------------------------------------

@pytest.mark.statistical
@erratum("kong.lemma_4")
@given(inst=instances(max_n=2, h2=WIDEST))
def test_lemma_4_failure_rate_does_not_vanish_with_width(claim_id, inst):
    budget = current()
    check_all(claim_id, inst, *P.initial_eigenvalue_by_width(inst, budget.seeds, budget.h_inf_draws, 0.75,
                                                             budget.width_grid))


@pytest.mark.statistical
@for_claim("kong.lemma_4")
@given(h1=st.sampled_from([1, 2, 4, 8]), d=st.sampled_from([2, 3, 5]))
def test_lemma_4_failure_rate_is_its_limit_law(claim_id, h1, d):
    """The root cause kong.first_layer_does_not_average, measured: at h2 = 4096 the law of H(0) (one input) is the
    h2 -> ∞ limit law, an average over h1 rows only (a two-sample KS test at ALPHA, which bounds the gap between
    the two frequencies of λmin(H(0)) < ¾λ0)."""
    inst = Instance((tuple(1.0 if k == 0 else 0.0 for k in range(d)),), (1.0,), h1, WIDEST, seed=h1 * 10 + d)
    check(claim_id, inst, P.limit_law_distance(inst, LIMIT_LAW_SEEDS, 0.75))


@pytest.mark.statistical
@for_claim("kong.assumption_2")
@given(h1=st.integers(1, 8), d=st.integers(2, 6))
def test_one_input_lambda_0(claim_id, h1, d):
    """λ0 = 1/(4d) + 1/(4h1) for one unit input (by hand, properties.one_input_lambda_0) against Monte Carlo."""
    from theorems.evidence import Evidence
    from theorems.kong.instance import h_infinity

    inst = Instance((tuple(1.0 if k == 0 else 0.0 for k in range(d)),), (1.0,), h1, 8 * h1, seed=d)
    H = h_infinity(inst, 20_000)
    check(claim_id, inst, Evidence(H.lambda_0, P.one_input_lambda_0(d, h1), "==", H.frobenius_error,
                                   "the Monte Carlo bound on ||Ĥ - H∞||_F at 1 - 1e-3", scale=H.lambda_0))


@pytest.mark.statistical
@erratum("kong.lemma_4.explicit_width")
@given(inst=instances(max_n=2, max_d=3, max_h1=2, h2=64))
def test_lemma_4_at_the_proofs_width(claim_id, inst):
    budget = current()
    width = P.lemma_4_width(inst, budget.h_inf_draws)
    assume(width <= budget.max_h2)
    inst = Instance(inst.X, inst.y, inst.h1, width, inst.seed, inst.delta)
    check(claim_id, inst, P.initial_eigenvalue(inst, budget.seeds, budget.h_inf_draws, 0.75, width))


@pytest.mark.statistical
@erratum("kong.lemma_5")
@given(inst=instances(h2=st.sampled_from(current().width_grid)))
def test_lemma_5_at_time_zero(claim_id, inst):
    budget = current()
    check(claim_id, inst, P.initial_eigenvalue(inst, budget.seeds, budget.h_inf_draws, 0.5, inst.h2))


@pytest.mark.statistical
@erratum("kong.lemma_4.eq_23")
@given(inst=instances(max_n=1), tau=st.floats(1.5, 4.0))
def test_chebyshev_step(claim_id, inst, tau):
    check(claim_id, inst, P.rademacher_column_sums(inst, current().seeds, tau))


@pytest.mark.statistical
@erratum("kong.lemma_6.eq_46")
@given(inst=instances(max_n=1))
def test_column_sum_bound_of_lemma_6(claim_id, inst):
    check(claim_id, inst, P.rademacher_column_sums(inst, current().seeds, inst.h2 ** (1 / 6)))


@pytest.mark.statistical
@erratum("kong.lemma_4.eq_28")
@given(inst=instances(h2=st.sampled_from(current().width_grid)))
def test_entrywise_concentration(claim_id, inst):
    budget = current()
    check(claim_id, inst, P.entrywise_concentration(inst, budget.seeds, budget.h_inf_draws))


@pytest.mark.statistical
@erratum("kong.lemma_4.eq_29")
@given(inst=instances(max_n=2, h2=WIDEST))
def test_deviation_exponent(claim_id, inst):
    budget = current()
    check(claim_id, inst, P.deviation_exponent_evidence(inst, 64, budget.h_inf_draws, budget.width_grid))


@erratum("kong.lemma_5.eq_31")
@given(d=st.integers(2, 128), R=st.floats(1e-3, 1.0))
def test_pattern_change_probability(claim_id, d, R):
    check(claim_id, {"d": d, "R": R}, P.pattern_change_bound(d, R))


# --- gradient flow: Lemma 6, Lemma 7, Theorem 3 ----------------------------------------------------

@for_claim("kong.lemma_6")
@given(inst=lemma_6_instances())
def test_lemma_6_loss_decay(claim_id, inst):
    """Lemma 6 with the paper's λ0 on small n, h1 (where λmin(H(s)) comes near λ0/2 and the rate binds)."""
    case = Lemma6Case.of(inst)
    check(claim_id, case, P.lemma_6_loss(case, 16, current().flow_steps, current().h_inf_draws))


@pytest.mark.statistical
@pytest.mark.skipif(profile() == "ci", reason="R'_A's generated search reproduced 0 of 6 at 32 seeds in 170 s of CI: "
                                              "its two pins (tests/claims/test_registry_generated.py) carry the erratum there; the "
                                              "search runs in the dev and nightly profiles")
@erratum("kong.lemma_6.radius_A")
@given(inst=instances(max_n=2, h2=st.sampled_from(current().width_grid[:-1])))
def test_lemma_6_first_layer_radius(claim_id, inst):
    budget = current()
    check(claim_id, inst, P.lemma_6_radius_A(inst, 32, budget.h_inf_draws, budget.flow_steps))


@for_claim("kong.lemma_6.radius_B")
@given(inst=lemma_6_instances())
def test_lemma_6_second_layer_radius(claim_id, inst):
    budget = current()
    check(claim_id, inst, P.lemma_6_radius_B(inst, 32, budget.h_inf_draws, budget.flow_steps))


@pytest.mark.statistical
@erratum("kong.theorem_3")
@given(inst=instances(h2=current().width_grid[-2], nonzero_labels=True))
def test_theorem_3_exponential_decay(claim_id, inst):
    budget = current()
    check(claim_id, inst, P.exponential_decay(inst, 64, budget.h_inf_draws, budget.flow_steps))


@pytest.mark.statistical
@erratum("kong.lemma_7")
@given(inst=instances(h2=current().width_grid[-2], nonzero_labels=True))
def test_lemma_7_loss_conclusion(claim_id, inst):
    budget = current()
    check(claim_id, inst, P.exponential_decay(inst, 64, budget.h_inf_draws, budget.flow_steps))


@for_claim("kong.theorem_3")
@given(inst=instances(max_n=1, h2=st.sampled_from(current().width_grid)))
def test_dead_input_is_stationary(claim_id, inst):
    """The mechanism of the Theorem 3 erratum: with n = 1, a dead input freezes the flow exactly."""
    check(claim_id, inst, P.dead_input_is_stationary(inst, 64))


# --- eq. (12) -----------------------------------------------------------------------------------------

@pytest.mark.statistical
@erratum("kong.eq_12")
@given(inst=instances())
def test_expected_initial_loss_as_printed(claim_id, inst):
    check(claim_id, inst, P.initial_loss_mean(inst, current().seeds * 16, P.paper_initial_loss))


@pytest.mark.statistical
@for_claim("kong.eq_12")
@given(inst=instances())
def test_expected_initial_loss_corrected(claim_id, inst):
    from theorems.kong.model import expected_initial_loss

    check(claim_id, inst, P.initial_loss_mean(inst, current().seeds * 16,
                                              lambda y, d, h1: expected_initial_loss(y, d, h1)))


# --- symbolic -----------------------------------------------------------------------------------------

SYMBOLIC = {
    "kong.lemma_4.eq_27": (symbolic.eq_27_substitution, symbolic.eq_27_inequality),
    "kong.lemma_4.proof_width": (symbolic.lemma_4_proof_width,),
    "kong.theorem_3.width_exponents": (symbolic.theorem_3_width_exponents,),
}


@for_claim(*SYMBOLIC)
def test_symbolic(claim_id):
    for step in SYMBOLIC[claim_id]:
        check(claim_id, step.__name__, step())


@erratum("kong.theorem_3.proof_condition")
def test_proof_condition_exponent(claim_id):
    check(claim_id, "exponent of λ0", symbolic.proof_condition_exponent())


@pytest.mark.statistical
@erratum("kong.section_5.lambda_min")
@given(seed=st.integers(0, 2**16), h2=st.sampled_from([100, 500]))
def test_section_5_synthetic_50_starts_singular(claim_id, seed, h2):
    """Section V's synthetic-50 (a fresh draw per seed) with h1 = 5: λmin(H(0)) = 0 on about 80% of initializations."""
    from theorems.kong.experiments import synthetic_instance

    inst = synthetic_instance(50, seed, h2, 0.5)
    check(claim_id, inst, P.zero_eigenvalue_rate(inst, current().seeds))


# --- Assumption 1 and Section V -----------------------------------------------------------------------

@for_claim("kong.assumption_1")
@given(inst=instances())
def test_generated_widths_meet_assumption_1(claim_id, inst):
    """Nothing to verify in an assumption; the strategies that claim it must deliver it (h2 >= 8 h1)."""
    from theorems.assumptions import ASSUMPTIONS
    from theorems.evidence import Evidence

    margin = ASSUMPTIONS["kong.assumption_1"].margin(inst)
    check(claim_id, inst, Evidence(margin, 0.0, ">=", 0.0, "none: integer widths", scale=8.0))


@pytest.mark.slow
@for_claim("kong.section_5")
def test_section_5_measurements(claim_id):
    """Section V's checkable statements: log L(t) decreases; weight changes grow with t. The table is printed."""
    from strategies.budget import profile
    from theorems.evidence import check_all
    from theorems.kong.experiments import checkable_statements, report, section_5

    runs = section_5(full=profile() == "nightly")
    print(report(runs))
    check_all(claim_id, "Section V runs", *checkable_statements(runs))
