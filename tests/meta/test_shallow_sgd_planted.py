"""shallow_sgd: every verified or partial claim fails on a planted error; inequalities on a constant plant of
factor 2 (METHOD §3) on an instance where the bound binds (the aligned N = 1 family as t -> 0, the residual
along the bottom eigenvector of H Hᵀ, the boundary of (10)), or on the plant that the looseness allows."""
from __future__ import annotations

import math
from fractions import Fraction

import pytest

from theorems.testing import assert_caught, planted
from theorems.evidence import ClaimFailure, check_all
from theorems.shallow_sgd import model, ode, properties as P, symbolic
from theorems.shallow_sgd.instance import Instance, near_initial_output
from theorems.shallow_sgd.pins import two_points

ALIGNED = Instance(((math.sqrt(2), 0.0),), ((1.0,),), 16, 1 / math.sqrt(2), 1 / 64, 3, "aligned")


def _fails(claim_id, instance, good, bad):
    check_all(claim_id, instance, *good)
    with pytest.raises(ClaimFailure):
        check_all(claim_id, instance, *bad)


@planted("shallow_sgd.proposition_2_1.pointwise", constant=2)
def test_pointwise_rate_4_alpha_squared_fails():
    case = P.KinkCase(Instance(((1.0, 0.0), (0.0, 1.0)), ((1.0,), (-1.0,)), 16, 1.0, 1 / 64, 3), 2, 1.0)
    _fails("shallow_sgd.proposition_2_1.pointwise", case, P.proposition_2_1_pointwise(case),
           P.proposition_2_1_pointwise(case, factor=4.0))


@planted("shallow_sgd.eq_4", constant=2)
def test_each_link_of_4_halved_fails():
    case = P.PairCase(ALIGNED, 0.3, dilate=True)
    for link in range(3):
        factors = [1.0, 1.0, 1.0]
        factors[link] = 0.5
        _fails("shallow_sgd.eq_4", case, P.chain_4(case), [P.chain_4(case, factors)[link]])


@planted("shallow_sgd.minibatch_identity")
def test_minibatch_identity_fails_with_a_batch_loss_without_its_half(monkeypatch):
    inst = two_points()
    assert_caught(monkeypatch, model, "batch_loss", lambda f: (lambda *a: 2 * f(*a)), "shallow_sgd.minibatch_identity",
                  inst, lambda: P.minibatch_identity(inst, 1))


@planted("shallow_sgd.eq_10_11")
def test_a_wrong_2_in_10_breaks_the_implication():
    _fails("shallow_sgd.eq_10_11", None, symbolic.eq_11_implies_eq_10(), symbolic.eq_11_implies_eq_10(two=3))


@planted("shallow_sgd.theorem_5_6.step_window")
def test_k_star_without_its_1_leaves_the_window():
    args = (7, 3, Fraction(5, 2), Fraction(3, 10))
    _fails("shallow_sgd.theorem_5_6.step_window", None, symbolic.step_window(*args),
           symbolic.step_window(*args, one=0))


@planted("shallow_sgd.lemma_3_3", constant=2)
@pytest.mark.parametrize("plant", ["bound", "exponent"])
def test_lemma_3_3_with_a_2x_stronger_constant_fails_at_the_boundary_of_10(plant):
    p = ode.Params(1.0, 1.0, 0.0, 0.999 / 4, 0.0)  # 4 a c1/α³ = 0.999
    bad = P.lemma_3_3(p, bound_factor=2.0) if plant == "bound" else P.lemma_3_3(p, derivative_factor=0.5)
    _fails("shallow_sgd.lemma_3_3", p, P.lemma_3_3(p), bad)


@planted("shallow_sgd.figure_1", constant=2)
def test_figure_1_with_half_the_bound_fails():
    _fails("shallow_sgd.figure_1", None, P.figure_1(points=2), P.figure_1(points=2, bound_factor=2.0))


@planted("shallow_sgd.proposition_2_1", constant=2)
def test_proposition_2_1_with_rate_4_fails_on_the_aligned_family():
    _fails("shallow_sgd.proposition_2_1", ALIGNED, [P.proposition_2_1(ALIGNED, horizon=0.1)],
           [P.proposition_2_1(ALIGNED, factor=4.0, horizon=0.1)])


@planted("shallow_sgd.lemma_3_1.eq_5", "shallow_sgd.lemma_3_1.eq_6", constant=2)
@pytest.mark.parametrize("which", [5, 6])
def test_lemma_3_1_halved_fails_as_t_goes_to_0(which):
    claim = f"shallow_sgd.lemma_3_1.eq_{which}"
    good = P.lemma_3_1(ALIGNED, horizon=0.1)[which - 5]
    bad = P.lemma_3_1(ALIGNED, **{f"factor{which}": 2.0}, horizon=0.1)[which - 5]
    _fails(claim, ALIGNED, [good], [bad])


@planted("shallow_sgd.proposition_3_2.proof_bracket", "shallow_sgd.proposition_3_2.steps", constant=2)
def test_proposition_3_2_with_2_alpha_squared_fails():
    good, bad = P.proposition_3_2(ALIGNED, horizon=0.1), P.proposition_3_2(ALIGNED, factor=2.0, horizon=0.1)
    _fails("shallow_sgd.proposition_3_2.proof_bracket", ALIGNED, good[2:], bad[2:])
    _fails("shallow_sgd.proposition_3_2.steps", ALIGNED, good[:1], bad[:1])


@planted("shallow_sgd.theorem_3_4")
@pytest.mark.parametrize("plant", [dict(rate_factor=2.2)])
def test_theorem_3_4_beyond_its_measured_looseness_fails(plant):
    inst = near_initial_output(two_points(), 0.05)
    _fails("shallow_sgd.theorem_3_4", inst, P.theorem_3_4(inst), P.theorem_3_4(inst, **plant))
