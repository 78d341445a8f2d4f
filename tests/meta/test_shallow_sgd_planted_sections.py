"""shallow_sgd Sections 4-6: every verified or partial claim fails on a planted error; inequalities and rates on a
constant plant of factor 2 (an exponent or a constant made 2x stronger) where one binds, else their recorded
looseness."""
from __future__ import annotations

from fractions import Fraction

import pytest

from theorems.testing import planted
from theorems.evidence import ClaimFailure, check_all
from theorems.shallow_sgd import experiments, section4 as S4, section5 as S5
from theorems.shallow_sgd.pins import four_points
from theorems.shallow_sgd.section4 import Draw


def _fails(claim_id, instance, good, bad):
    check_all(claim_id, instance, *good)
    with pytest.raises(ClaimFailure):
        check_all(claim_id, instance, *bad)


DRAW = Draw(8, 4, 64, 0.5, 0.125, seeds=16, seed=3)


@planted("shallow_sgd.assumption_4_1", constant=2)
def test_a_generator_with_twice_beta_w_fails_the_law():
    _fails("shallow_sgd.assumption_4_1", DRAW, S4.generator_tests(DRAW), S4.generator_tests(DRAW, beta_w_factor=2))


@planted("shallow_sgd.remark_4_2", constant=2)
def test_remark_4_2_with_twice_the_second_moment_fails():
    d = Draw(8, 4, 64, 0.5, 0.125, seeds=256, seed=3)
    _fails("shallow_sgd.remark_4_2", d, S4.remark_4_2(d), S4.remark_4_2(d, half=1.0))


@planted("shallow_sgd.theorem_4_3", constant=2)
def test_theorem_4_3_with_exponent_2_in_d1_fails():
    args = (16, 16, (64, 128, 256, 512))
    d = Draw(16, 16, 64, 0.25, 1.0)
    _fails("shallow_sgd.theorem_4_3", d, S4.theorem_4_3(*args), S4.theorem_4_3(*args, exponent_factor=2))


@planted("shallow_sgd.lemma_4_4.norms", constant=2)
def test_norms_with_exponent_1_fail():
    sizes = ((2, 8, 1), (4, 32, 2), (8, 64, 3), (16, 128, 4))
    _fails("shallow_sgd.lemma_4_4.norms", DRAW, S4.lemma_4_4_norms(sizes), S4.lemma_4_4_norms(sizes, exponent_factor=2))


@planted("shallow_sgd.lemma_4_4.op_norm", constant=2)
def test_op_norm_with_exponent_one_quarter_fails():
    sizes = ((8, 4), (16, 8), (32, 32), (64, 16), (16, 64))
    _fails("shallow_sgd.lemma_4_4.op_norm", DRAW, S4.lemma_4_4_op(sizes), S4.lemma_4_4_op(sizes, exponent_factor=0.5))


@planted("shallow_sgd.lemma_4_4.loss")
def test_loss_bound_with_a_constant_below_the_measured_one_fails():
    good = S4.lemma_4_4_loss((8, 16, 32, 64))
    bad = [good[0], type(good[1])(good[1].measured, 0.05, "<=", 0.0, "planted constant 0.05")]
    _fails("shallow_sgd.lemma_4_4.loss", DRAW, good, bad)


@planted("shallow_sgd.corollary_4_5.exponent", constant=2)
def test_the_exponent_the_threshold_presumes_fails_at_rho_0():
    _fails("shallow_sgd.corollary_4_5.exponent", DRAW, S4.corollary_4_5_exponent(0.0),
           S4.corollary_4_5_exponent(0.0, stated=True))


@planted("shallow_sgd.corollary_4_5")
def test_corollary_4_5_with_a_rate_past_its_looseness_fails():
    inst = S4.instance_of(S4.rho_draw(3, 3, 24, 1.0, seed=3), 0.05)
    _fails("shallow_sgd.corollary_4_5", inst, S4.corollary_4_5(inst), S4.corollary_4_5(inst, rate_factor=20))


@planted("shallow_sgd.theorem_5_6.time_change")
def test_time_change_without_the_division_by_b_fails():
    case = S5.TimeChange(four_points(), 2)
    _fails("shallow_sgd.theorem_5_6.time_change", case, S5.time_change(case), S5.time_change(case, printed=True))


@planted("shallow_sgd.theorem_5_6", "shallow_sgd.theorem_5_1", "shallow_sgd.theorem_1_3")
def test_k_star_with_gamma_past_its_looseness_fails():
    case = S5.SGDCase(four_points(), 2, seeds=4)
    for claim in ("shallow_sgd.theorem_5_6", "shallow_sgd.theorem_5_1", "shallow_sgd.theorem_1_3"):
        _fails(claim, case.instance, S5.theorem_5_6_k_star(case), S5.theorem_5_6_k_star(case, gamma_factor=12))


@planted("shallow_sgd.theorem_5_5")
def test_sgd_does_not_tend_to_the_flow_of_L_itself():
    case = S5.SGDCase(four_points(), 2, seeds=32)
    _fails("shallow_sgd.theorem_5_5", case.instance, S5.theorem_5_5(case, horizon=0.1),
           S5.theorem_5_5(case, horizon=0.1, mean_field=False))


@planted("shallow_sgd.theorem_5_1.probability")
def test_a_d2_squared_in_theorem_5_1s_probability_is_caught():
    _fails("shallow_sgd.theorem_5_1.probability", None, S5.theorem_5_1_probability(), S5.theorem_5_1_probability(2))


@planted("shallow_sgd.remark_5_2")
def test_a_squared_log_is_not_affine_in_log_one_over_eps():
    _fails("shallow_sgd.remark_5_2", None, S5.remark_5_2(), S5.remark_5_2(log_power=2))


@planted("shallow_sgd.remark_5_3")
def test_scaling_inputs_and_weights_by_d0_is_not_the_same_net():
    inst = four_points()
    _fails("shallow_sgd.remark_5_3", inst, S5.remark_5_3(inst), S5.remark_5_3(inst, s=inst.d0))


@planted("shallow_sgd.theorem_1_1", "shallow_sgd.theorem_1_2", constant=2)
def test_an_N_to_the_2_5_width_is_not_the_introductions_N_to_the_1_25():
    planted = S5.introduction_theorems(exponent=2.5)  # the width's exponent 2x: ρ = 0's, not LeCun's
    for claim in ("shallow_sgd.theorem_1_1", "shallow_sgd.theorem_1_2"):
        _fails(claim, None, S5.introduction_theorems(), planted)


@planted("shallow_sgd.remark_5_4")
def test_an_N_cubed_width_is_not_N_to_the_1_25():
    _fails("shallow_sgd.remark_5_4", None, S5.remark_5_4(), S5.remark_5_4(power=3))


@planted("shallow_sgd.section_6")
def test_section_6_without_training_fails(monkeypatch):
    good = experiments.section_6_evidence(experiments.section_6(tiny=True))
    monkeypatch.setitem(experiments.LR, "W", 0.0)
    bad = experiments.section_6_evidence(experiments.section_6(tiny=True))
    _fails("shallow_sgd.section_6", None, good, bad)


def test_bad_configurations_name_the_parameter():
    for kwargs, words in ((dict(d1=-1), "d1"), (dict(N=0), "N"), (dict(seeds=0), "seeds"), (dict(labels="x"), "labels"),
                          (dict(beta_v=float("nan")), "beta_v"), (dict(label_scale=-1.0), "label_scale")):
        base = dict(N=4, d0=2, d1=8, beta_w=1.0, beta_v=1.0)
        with pytest.raises(ValueError, match=words):
            Draw(**{**base, **kwargs})
    inst = four_points()
    for b in (0, 5, 1.5):
        with pytest.raises(ValueError, match="b"):
            S5.SGDCase(inst, b)
        with pytest.raises(ValueError, match="b"):
            S5.TimeChange(inst, b)
    with pytest.raises(ValueError, match="eps_fraction"):
        S5.SGDCase(inst, 1, eps_fraction=float("nan"))
