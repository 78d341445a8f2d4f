"""Printed constants as data (``theorems.constants``): a plant is 2x stronger in the claim's direction, a term's
plant deletes it, one plant at a time, and bad declarations are refused naming the condition."""
from __future__ import annotations

import pytest

from theorems import constants
from theorems.constants import constant, declare, exponent, floor, planting, term, value


@pytest.fixture
def declared(monkeypatch):
    monkeypatch.setattr(constants, "CONSTANTS", {})
    declare("kong.lemma_6", constant("rate", 1.0, stronger="larger"), exponent("n", 0.5, stronger="smaller"),
            floor("Ω(1)", 0.1, source="reading"), term("the R_B term"))
    return "kong.lemma_6"


def test_values_are_as_printed_outside_a_plant(declared):
    assert [value(declared, n) for n in ("rate", "n", "Ω(1)", "the R_B term")] == [1.0, 0.5, 0.1, 1.0]


@pytest.mark.parametrize("name, planted", [("rate", 2.0), ("n", 0.25), ("Ω(1)", 0.2), ("the R_B term", 0.0)])
def test_a_plant_makes_one_constant_twice_stronger_or_deletes_a_term(declared, name, planted):
    printed = {"rate": 1.0, "n": 0.5, "Ω(1)": 0.1, "the R_B term": 1.0}
    with planting(declared, name):
        assert {n: value(declared, n) for n in printed} == {**printed, name: planted}
    assert {n: value(declared, n) for n in printed} == printed


def test_one_plant_at_a_time(declared):
    with planting(declared, "rate"), pytest.raises(RuntimeError, match="already in force"):
        with planting(declared, "n"):
            pass


@pytest.mark.parametrize("make, message", [
    (lambda: constant("c", 1, stronger="up"), "stronger must be one of"),
    (lambda: constants.Constant("t", 1.0, "term", "larger"), "a term's plant deletes it"),
    (lambda: constant("c", 1, stronger="larger", source="guess"), "source must be one of"),
    (lambda: declare("kong.no_such_claim", constant("c", 1, stronger="larger")), "not a registered claim"),
    (lambda: value("kong.lemma_6", "nothing"), "declares no constant 'nothing'"),
])
def test_bad_declarations_are_refused(declared, make, message):
    with pytest.raises((ValueError, KeyError), match=message):
        make()


def test_a_claim_declares_its_constants_once(declared):
    with pytest.raises(ValueError, match="declared twice"):
        declare(declared, constant("c", 1, stronger="larger"))
