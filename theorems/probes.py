"""Necessity probes: does a claim's conclusion fail when exactly one of its assumptions is dropped?

A probe searches instances that violate only ``assumption`` (all the claim's other
assumptions hold) for one on which the claim fails, and returns Hypothesis' shrunk
counterexample with the failure message, which then reads "violates assumption ...".
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Sequence

from hypothesis import HealthCheck, find, settings
from hypothesis.errors import NoSuchExample
from hypothesis.strategies import SearchStrategy

from theorems.assumptions import margins
from theorems.evidence import ClaimFailure, check
from theorems.registry import get


@dataclass(frozen=True)
class ProbeResult:
    claim_id: str
    assumption: str
    searched: int  # violating instances on which the claim gave evidence (None: vacuous there)
    counterexample: Any = None  # the shrunk instance, or None when the conclusion survived every violator
    message: str = ""

    @property
    def necessary(self) -> bool:
        return self.counterexample is not None

    def __str__(self) -> str:
        if not self.necessary:
            return f"{self.claim_id} without {self.assumption}: no failure in {self.searched} violating instances"
        return f"{self.claim_id} without {self.assumption}: fails on {self.counterexample!r}\n{self.message}"


def violates_only(claim_id: str, assumption: str, instance) -> bool:
    found = margins(get(claim_id).assumptions, instance)
    return found[assumption] < 0 and all(v >= 0 for k, v in found.items() if k != assumption)


def necessity_probe(claim_id: str, assumption: str, violators: SearchStrategy,
                    evaluate: Callable[[Any], Any], max_examples: int, known: Sequence = ()) -> ProbeResult:
    """Search ``violators`` (instances breaking ``assumption``) for a failure of ``evaluate``'s evidence.

    ``known`` violators (counterexamples found once) are tried first, so that a finding does not hang on the
    search path: the search is derandomized, but its path moves when unrelated code changes what Hypothesis
    draws first.
    """
    if assumption not in get(claim_id).assumptions:
        raise ValueError(f"{assumption!r} is not an assumption of {claim_id}")

    searched = 0

    def breaks(instance) -> bool:
        nonlocal searched
        if not violates_only(claim_id, assumption, instance):
            return False
        evidence = evaluate(instance)
        if evidence is None:
            return False
        searched += 1
        return not evidence.holds

    budget = settings(settings.default, max_examples=max_examples, database=None, deadline=None, derandomize=True,
                      suppress_health_check=list(HealthCheck))
    found = next((instance for instance in known if breaks(instance)), None)
    if found is None:
        try:
            found = find(violators, breaks, settings=budget)
        except NoSuchExample:
            return ProbeResult(claim_id, assumption, searched)
    try:
        check(claim_id, found, evaluate(found))
    except ClaimFailure as failure:
        return ProbeResult(claim_id, assumption, searched, found, str(failure))
    raise AssertionError(f"probe of {claim_id}: {found!r} failed during the search but passes when re-checked")
