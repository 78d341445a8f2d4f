"""Evidence semantics: slack, tolerance, worst-of-batch, statistical decisions, failure messages."""
from __future__ import annotations

import pytest
import torch

from theorems.evidence import ClaimFailure, Evidence, StatisticalEvidence, check, verdict
from theorems.kong.instance import Instance
from theorems.registry import get
from theorems.zou_gu import lemmas as zou_gu_lemmas
from theorems.zou_gu.instance import Instance as ZouGuInstance


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


def test_failure_under_a_declared_reading_is_a_finding_about_the_reading_not_an_erratum():
    """METHOD §1: a claim not registered as an erratum whose check rests on a reading (here zou_gu.lemma_4_2's O(·)
    constant and descent-prefix proxy) fails as a finding about the reading, naming it; never as an erratum."""
    judged = verdict({"a": 0.5}, "the O(·) read with constant 0.3")
    assert judged.startswith("all assumptions hold, under the claim's declared reading") and "erratum:" not in judged
    assert "not an erratum" in judged and "reading: the O(·) read with constant 0.3" in judged
    assert verdict({"a": -1.0}, "a reading").startswith("violates assumption a")
    X, Y = zou_gu_lemmas.Point("base", 8, 8, 128, 2, zou_gu_lemmas.SPACING).data()
    base = ZouGuInstance(tuple(map(tuple, X.tolist())), tuple(map(tuple, Y.tolist())), m=128, L=2)
    with pytest.raises(ClaimFailure) as failure:
        check("zou_gu.lemma_4_2", base, Evidence(2.0, 1.0, "<=", 0.0, "t"))
    assert "not an erratum" in str(failure.value) and "erratum: all" not in str(failure.value)


def test_a_registered_erratum_fails_as_an_erratum_whatever_its_reading():
    assert get("kong.eq_8").status == "erratum" and get("kong.eq_8").reading.strip()
    with pytest.raises(ClaimFailure, match="erratum: all assumptions hold"):
        check("kong.eq_8", Instance(((1.0, 0.0),), (1.0,), h1=1, h2=16, seed=0), Evidence(2.0, 1.0, "<=", 0.0, "t"))


def test_assumptions_that_do_not_apply_are_reported_not_guessed():
    assert verdict({"a": float("nan"), "b": 1.0}).startswith("assumptions not checkable on this instance: a")
