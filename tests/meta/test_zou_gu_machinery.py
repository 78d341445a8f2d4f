"""Zou-Gu machinery: bad configurations are ValueErrors naming the parameter and the condition; the strategies
deliver what they promise (Assumptions 3.1 and 3.2); the SGD of ``model.train`` draws uniform minibatches."""
from __future__ import annotations

import math

import pytest
import torch
from hypothesis import given, settings

from strategies.zou_gu import instances, repeated_point
from theorems.assumptions import margins
from theorems.zou_gu import model
from theorems.zou_gu.claims import DATA
from theorems.zou_gu.instance import Instance

GOOD = dict(X=((0.6, 0.8), (0.8, 0.6)), Y=((1.0,), (0.0,)), m=4, L=2, seed=0, B=1)


@pytest.mark.parametrize("field, value, words", [
    ("L", 0, ("L", ">= 1")), ("L", 1.5, ("L", "integer")), ("m", 0, ("m", ">= 1")), ("m", True, ("m", "integer")),
    ("B", 3, ("B", "<= n")), ("B", 0, ("B", ">= 1")), ("phi", 0.0, ("phi", "> 0")), ("phi", -1.0, ("phi", "> 0")),
    ("phi", math.nan, ("phi", "finite")), ("X", ((0.6, 0.8), (1.0, 1.0)), ("X[1]", "Assumption 3.1", "unit")),
    ("X", ((0.6, math.nan), (0.8, 0.6)), ("X[0][1]", "finite")), ("X", (), ("X", "non-empty")),
    ("Y", ((1.0,),), ("Y", "n = 2")), ("Y", ((1.0,), (math.inf,)), ("Y[1][0]", "finite")),
    ("seed", -1, ("seed", ">= 0")), ("unit", 1, ("unit", "bool")),
])
def test_bad_configuration_is_a_value_error_naming_it(field, value, words):
    with pytest.raises(ValueError) as error:
        Instance(**{**GOOD, field: value})
    for word in words:
        assert word in str(error.value), str(error.value)


def test_non_unit_inputs_are_allowed_only_when_declared():
    inst = Instance(**{**GOOD, "X": ((0.6, 0.8), (1.2, 1.6)), "unit": False})
    assert margins(DATA[:1], inst)["zou_gu.assumption_3_1"] < 0


@given(inst=instances())
@settings(max_examples=30)
def test_strategies_meet_assumptions_3_1_and_3_2(inst):
    assert min(margins(DATA, inst).values()) >= 0, margins(DATA, inst)


@given(inst=repeated_point())
@settings(max_examples=10)
def test_repeated_points_violate_only_assumption_3_2(inst):
    found = margins(DATA, inst)
    assert found["zou_gu.assumption_3_1"] >= 0 > found["zou_gu.assumption_3_2"]


def test_sgd_steps_average_to_the_gd_step():
    """One SGD step of ``model.train`` (the core's uniform B-subset sampler) over 4000 draws averages to the GD step
    within 6 standard errors per coordinate."""
    X = torch.tensor([[0.6, 0.0, 0.8], [0.0, 0.6, 0.8], [0.36, 0.48, 0.8], [-0.6, 0.0, 0.8]], dtype=torch.float64)
    Y = torch.tensor([[1.0], [0.0], [-1.0], [0.5]], dtype=torch.float64)
    w = model.initialize(0, 1, 3, 5, 2, 1)
    S = 4000
    batch = model.Weights(tuple(Wl.expand(S, -1, -1).clone() for Wl in w.W), w.V.expand(S, -1, -1).clone())
    sgd = torch.cat([t.flatten(1) for t in model.train(batch, X, Y, 0.1, 1, B=2, seed=3).final], 1)
    gd = torch.cat([t.flatten(1) for t in model.train(w, X, Y, 0.1, 1).final], 1)
    se = sgd.std(0) / math.sqrt(S) + 1e-15
    assert bool(((sgd.mean(0) - gd[0]).abs() <= 6 * se).all())
