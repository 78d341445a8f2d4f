"""Binding tests to registered claims (the OpInfo pattern) and pinning errata."""
from __future__ import annotations

import pytest

from theorems.evidence import ERRATUM as ERRATUM_VERDICT, ClaimFailure, check_all
from theorems.registry import Pin, get


def for_claim(*claim_ids: str):
    """Parametrize a test by claim id, so that its node id contains the id: ``test_x[kong.eq_8]``."""
    for claim_id in claim_ids:
        get(claim_id)  # unknown ids fail at import, not silently
    return pytest.mark.parametrize("claim_id", claim_ids)


def planted(*claim_ids: str, constant: float | None = None):
    """Mark a test that plants an error and asserts that these claims' property fails. ``constant``: the plant
    makes the claim's constant or exponent this factor stronger (METHOD §3: a factor of at most 2 must fail
    for every verified or partial inequality, or its looseness is recorded in the registry)."""
    for claim_id in claim_ids:
        get(claim_id)
    if constant is not None and not constant > 1:
        raise ValueError(f"constant must be a factor > 1 (how much stronger the planted claim is), got {constant}")
    return pytest.mark.planted(*claim_ids, constant=constant)


def planted_for(*claim_ids: str, constant: float | None = None):
    """``planted`` per claim id, parametrized like ``for_claim``: ``test_x[wang_ma.eq_3]`` plants an error for it."""
    return pytest.mark.parametrize("claim_id", [pytest.param(c, marks=planted(c, constant=constant), id=c)
                                                for c in claim_ids])


def assert_caught(monkeypatch, target, name, plant, claim_id, instance, evidence, reset=None) -> None:
    """The real code passes ``evidence()`` (a list); with ``plant(original)`` in place of ``target.name`` the same
    evidence fails with ClaimFailure. ``reset`` clears caches that would still hold the real code's results."""
    check_all(claim_id, instance, *evidence())
    monkeypatch.setattr(target, name, plant(getattr(target, name)))
    if reset is not None:
        reset()
    with pytest.raises(ClaimFailure):
        check_all(claim_id, instance, *evidence())


def assert_probe_finding(result, necessary: bool, min_searched: int = 4) -> None:
    """A necessity probe found what its table records: a counterexample naming the dropped assumption, or
    none among at least ``min_searched`` violating instances that gave evidence."""
    print(result)
    assert result.necessary == necessary, str(result)
    assert result.necessary or result.searched >= min_searched, f"inconclusive: {result}"
    if necessary:
        assert f"violates assumption {result.assumption}" in result.message


def erratum(*claim_ids: str):
    """``for_claim`` for an erratum's generated examples. Each must either hold or fail with an erratum verdict
    (all the claim's hypotheses met); failures there are counted ("erratum k/N" in the run summary), and a
    failure outside the hypotheses (a strategy bug) fails the test. The erratum itself is shown by its pins
    (``theorems.registry.pin``), each a test of its own in ``tests/claims/test_pins.py``."""
    for claim_id in claim_ids:
        if get(claim_id).status != "erratum":
            raise ValueError(f"{claim_id} is searched as an erratum but its registered status is {get(claim_id).status!r}")
    return lambda test: for_claim(*claim_ids)(pytest.mark.erratum_search(test))


def assert_pin_fails(pin: Pin) -> str:
    """The pin's claim fails on it with an erratum verdict (every hypothesis met, margins >= 0); returns the
    failure message. Anything else, a pass included, fails the test."""
    instance = pin.build()
    evidence = pin.evidence(instance)
    pieces = list(evidence) if isinstance(evidence, (list, tuple)) else [evidence]
    try:
        check_all(pin.claim_id, instance, *pieces)
    except ClaimFailure as failure:
        message = str(failure)
        assert ERRATUM_VERDICT in message, f"pin {pin.label!r} of {pin.claim_id} fails outside the claim's " \
                                           f"hypotheses, so it is no erratum:\n{message}"
        print(message)
        return message
    pytest.fail(f"pin {pin.label!r} of {pin.claim_id} no longer fails: revisit the erratum ({pin.numbers})")
