"""Pins are enforced on their own (issue: "every pin enforced on its own"): a pin that stops failing, fails
outside its claim's hypotheses, or says nothing turns its test red; an erratum's generated search counts
reproductions and fails on a strategy bug."""
from __future__ import annotations

import pytest

from theorems.testing import assert_pin_fails as run_pin
from theorems import ledger
from theorems.assumptions import ASSUMPTIONS, Assumption
from theorems.evidence import ClaimFailure, Evidence, Uninformative, check
from theorems.registry import CLAIMS, Claim, Pin


@pytest.fixture
def toy_claim(monkeypatch):
    """A registered erratum "kong.toy": x <= 1 under the assumption x >= 0 (margin x)."""
    monkeypatch.setitem(ASSUMPTIONS, "kong.toy_nonnegative", Assumption("kong.toy_nonnegative", "toy", "x >= 0",
                                                                      lambda x: x))
    monkeypatch.setitem(CLAIMS, "kong.toy", Claim("kong.toy", "kong", "toy", "x <= 1", "deterministic",
                                                  ("kong.toy_nonnegative",), "erratum", "toy erratum",
                                                  severity="statement", root_cause="kong.toy"))
    return "kong.toy"


def _side(x: float) -> Evidence:
    return Evidence(x, 1.0, "<=", 0.0, "exact")


def _pin(x: float, evidence=_side) -> Pin:
    return Pin("kong.toy", f"x = {x}", lambda: x, evidence, "toy")


def test_a_failing_pin_passes(toy_claim):
    run_pin(_pin(2.0))


def test_a_pin_that_stops_failing_turns_the_run_red(toy_claim):
    with pytest.raises(pytest.fail.Exception, match="no longer fails"):
        run_pin(_pin(0.5))


def test_a_pin_outside_the_hypotheses_is_no_erratum(toy_claim):
    with pytest.raises(AssertionError, match="outside the claim's hypotheses"):
        run_pin(Pin("kong.toy", "x = -2", lambda: -2.0, lambda x: _side(2.0), "toy"))


def test_an_uninformative_pin_is_an_error(toy_claim):
    def says_nothing(x):
        raise Uninformative("empty window")

    with pytest.raises(Uninformative):
        run_pin(_pin(2.0, says_nothing))


def test_an_erratum_search_counts_reproductions_and_fails_on_a_strategy_bug(toy_claim):
    record = ledger.begin(searching=True)
    try:
        check(toy_claim, 2.0, _side(2.0))  # reproduced: counted, no raise
        check(toy_claim, 0.5, _side(0.5))  # holds
        with pytest.raises(ClaimFailure, match="violates assumption kong.toy_nonnegative"):
            check(toy_claim, -2.0, _side(2.0))
    finally:
        ledger.end()
    assert (record.reproduced, record.informative) == (1, 3)
