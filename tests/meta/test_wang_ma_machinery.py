"""Wang-Ma machinery: closed-form gradients vs autograd, the partition, μ0, strategies' promises (the hitting time
is checked against its definition by wang_ma.section_6_1.T's test)."""
from __future__ import annotations

import torch
from hypothesis import example, given, strategies as st

from strategies.wang_ma import early_instances, onehot_instances, section_5_instances, separated_data
from theorems.assumptions import ASSUMPTIONS
from theorems.wang_ma import model, properties as P
from theorems.wang_ma.claims import COROLLARY_4_7, SECTION_5_UNIT, THEOREM_4_2
from theorems.wang_ma.instance import Binary, OneHot


@given(inst=early_instances(), loss=st.sampled_from(["square", "exp", "logistic"]))
def test_binary_gradient_matches_autograd(inst, loss):
    case = Binary(inst.X, inst.y, 16, inst.kappa, inst.eta, inst.seed, loss=loss)
    assert P.gradients_binary_vs_autograd(case).holds


@example(inst=OneHot(((0.5,) * 4,) * 6, (0,) * 6, 3, 53, 0.001, 0.01, 1, "logistic", 42879))  # margins below -20
@given(inst=onehot_instances())
def test_onehot_gradient_matches_autograd(inst):
    assert P.gradients_onehot_vs_autograd(inst).holds


@given(inst=early_instances())
def test_early_strategy_meets_theorem_4_2(inst):
    assert all(ASSUMPTIONS[name].holds(inst) for name in THEOREM_4_2)


@given(inst=section_5_instances("theorem_5_3"))
def test_section_5_strategy_meets_its_assumptions(inst):
    assert all(ASSUMPTIONS[name].holds(inst) for name in SECTION_5_UNIT)


@given(inst=onehot_instances(losses=("alpha_exp",)))  # exp has -ℓ̃'(1) = 1/e < 1/2: outside Corollary 4.7
def test_onehot_strategy_meets_corollary_4_7(inst):
    assert all(ASSUMPTIONS[name].holds(inst) for name in COROLLARY_4_7)


@given(inst=early_instances())
def test_partition_covers_m(inst):
    a, b = P._moved_binary(inst, 4)
    parts = model.partition(a, b, inst.inputs(), inst.labels())
    assert bool((sum(v.to(torch.int64) for v in parts.values()) == 1).all())


@given(data=separated_data(max_per_class=2))
def test_mu0_exact_between_lower_bound_and_sampling(data):
    inst = Binary(*data, 1, 0.0, 0.01, 0)
    evidence = P.mu0_sampling_bounds(inst, 20_000)
    assert evidence.holds and evidence.details["exact_minus_lower"] >= -1e-12
