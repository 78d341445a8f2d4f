"""Evidence semantics: slack, tolerance, worst-of-batch, statistical decisions, failure messages."""
from __future__ import annotations

import pytest
import torch

from theorems.evidence import ClaimFailure, Evidence, StatisticalEvidence, check, verdict
from theorems.kong.instance import Instance


def test_slack_signs_and_tolerance():
    assert Evidence(1.0, 2.0, "<=", 0.0, "t").slack == 1.0
    assert not Evidence(2.1, 2.0, "<=", 0.05, "t").holds
    assert Evidence(2.04, 2.0, "<=", 0.05, "t").holds
    assert Evidence(3.0, 2.0, ">=", 0.0, "t").holds
    assert not Evidence(1.0, 1.1, "==", 0.05, "t").holds


def test_worst_of_picks_the_tightest_entry():
    ev = Evidence.worst_of(torch.tensor([1.0, 3.0, 2.0]), torch.tensor(2.5), "<=", 0.0, "t")
    assert ev.measured == 3.0 and ev.details["worst_index"] == (1,)


def test_statistical_evidence_rejects_only_significant_excess():
    assert StatisticalEvidence(10, 100, 0.1, 1e-6).holds
    assert not StatisticalEvidence(60, 100, 0.1, 1e-6).holds


@pytest.mark.parametrize("kwargs, message", [
    (dict(relation="<"), "relation must be"), (dict(tolerance=-1.0), "tolerance must be >= 0"),
    (dict(scale=0.0), "scale must be > 0"),
])
def test_bad_evidence_is_rejected(kwargs, message):
    args = dict(measured=1.0, bound=1.0, relation="<=", tolerance=0.0, tolerance_reason="t", scale=1.0) | kwargs
    with pytest.raises(ValueError, match=message):
        Evidence(**args)


def test_failure_message_names_the_violated_assumption():
    bad = Instance(((1.0, 0.0),), (5.0,), h1=1, h2=16, seed=0)
    with pytest.raises(ClaimFailure, match=r"violates assumption kong.bounded_labels \(margin -4"):
        check("kong.lemma_6.radius_B", bad, Evidence(2.0, 1.0, "<=", 0.0, "t"))


def test_failure_with_all_assumptions_is_called_an_erratum():
    assert verdict({"a": 0.5, "b": 0.0}).startswith("erratum: all assumptions hold")


def test_assumptions_that_do_not_apply_are_reported_not_guessed():
    assert verdict({"a": float("nan"), "b": 1.0}).startswith("assumptions not checkable on this instance: a")
