"""Binding tests to registered claims (the OpInfo pattern) and pinning errata."""
from __future__ import annotations

import pytest

from theorems.evidence import ClaimFailure, check_all
from theorems.registry import get


def for_claim(*claim_ids: str):
    """Parametrize a test by claim id, so that its node id contains the id: ``test_x[kong.eq_8]``."""
    for claim_id in claim_ids:
        get(claim_id)  # unknown ids fail at import, not silently
    return pytest.mark.parametrize("claim_id", claim_ids)


def planted(*claim_ids: str):
    """Mark a test that plants an error (a wrong sign, a wrong constant) and asserts that these claims' property fails."""
    for claim_id in claim_ids:
        get(claim_id)
    return pytest.mark.planted(*claim_ids)


def planted_for(*claim_ids: str):
    """``planted`` per claim id, parametrized like ``for_claim``: ``test_x[wang_ma.eq_3]`` plants an error for it."""
    return pytest.mark.parametrize("claim_id", [pytest.param(c, marks=planted(c), id=c) for c in claim_ids])


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
    """``for_claim`` plus a strict xfail: each claim must fail (ClaimFailure) on its pinned counterexample.

    If the property ever passes there, strict xfail turns the run red: either the code
    changed or the erratum was wrong, and the claim's status must be revisited.
    """
    for claim_id in claim_ids:
        if get(claim_id).status != "erratum":
            raise ValueError(f"{claim_id} is pinned as an erratum but its registered status is {get(claim_id).status!r}")
    reasons = " | ".join(f"erratum {c}: {get(c).reason}" for c in claim_ids)
    xfail = pytest.mark.xfail(strict=True, raises=ClaimFailure, reason=reasons)
    return lambda test: for_claim(*claim_ids)(xfail(test))
