"""The run ledger (METHOD §2, §3): uninformative examples are counted and rejected, never passed; tightness is
recorded; a test with fewer than half informative examples fails (the plugin, run in a child pytest)."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st
from hypothesis.errors import Unsatisfiable

from theorems import ledger
from theorems.evidence import Evidence, Uninformative, informative_if

ROOT = Path(__file__).resolve().parents[2]


def test_tightness_of_each_relation():
    assert Evidence(0.5, 1.0, "<=", 0.0, "exact").tightness == 0.5
    assert Evidence(4.0, 1.0, ">=", 0.0, "exact").tightness == 0.25
    assert Evidence(1.0, 1.0, "==", 0.0, "exact").tightness is None
    assert Evidence(-1.0, 1.0, "<=", 0.0, "exact").tightness is None  # sides of mixed sign: no ratio


def test_uninformative_examples_are_counted_and_the_tightest_evidence_kept():
    record = ledger.begin()
    try:
        with pytest.raises(Uninformative):
            informative_if(False, "empty window")
        ledger.note_evidence("kong.eq_8", "a", [Evidence(0.5, 1.0, "<=", 0.0, "exact")])
        ledger.note_evidence("kong.eq_8", "b", [Evidence(0.9, 1.0, "<=", 0.0, "exact")])
        ledger.note_evidence("kong.eq_8", "c", [Evidence(0.1, 1.0, "<=", 0.0, "exact")])
    finally:
        ledger.end()
    assert (record.informative, record.uninformative, record.reasons["empty window"]) == (3, 1, 1)
    assert record.tightest["instance"] == "'b'" and record.tightest["ratio"] == pytest.approx(0.9)
    assert not record.too_few_informative()


def test_an_always_uninformative_property_never_passes():
    @settings(max_examples=5, database=None)
    @given(st.integers())
    def says_nothing(i):
        raise Uninformative("bound <= 0")

    with pytest.raises(Unsatisfiable):
        says_nothing()


def test_a_claim_test_with_too_few_informative_examples_fails(tmp_path):
    (tmp_path / "test_child.py").write_text(textwrap.dedent("""
        import pytest
        from hypothesis import given, settings, strategies as st
        from theorems.evidence import Evidence, check, informative_if

        @pytest.mark.parametrize("claim_id", ["kong.eq_8"])
        @settings(max_examples=20, database=None, derandomize=True)
        @given(st.integers(0, 9))
        def test_mostly_uninformative(claim_id, i):
            informative_if(i == 0, "only i = 0 says something")
            check(claim_id, i, Evidence(0.0, 0.0, "==", 0.0, "exact"))
    """))
    child = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",  # the installed plugin
                            "--rootdir", str(tmp_path), str(tmp_path / "test_child.py")],
                           cwd=tmp_path, capture_output=True, text=True, env={**__import__("os").environ,
                                                                              "PYTHONPATH": str(ROOT)})
    assert child.returncode == 1, child.stdout + child.stderr
    assert "examples were informative" in child.stdout


def test_the_worst_trajectory_is_kept_for_the_report():
    import torch

    measured = torch.tensor([[1.0, 2.0, 3.0], [1.0, 5.0, 9.0]])
    evidence = Evidence.worst_of(measured, torch.full((2, 3), 4.0), "<=", 0.0, "exact", times=torch.arange(3.0))
    assert evidence.details["worst_index"] == (1, 2)
    assert evidence.series == {"x": [0.0, 1.0, 2.0], "measured": [1.0, 5.0, 9.0], "bound": [4.0, 4.0, 4.0]}
    record = ledger.begin()
    ledger.note_evidence("kong.eq_8", "i", [evidence])
    ledger.end()
    assert record.tightest["series"] == evidence.series


def test_a_trajectory_along_the_first_axis_and_a_mismatched_one():
    import torch

    H = torch.tensor([[1.0, 0.5], [3.0, 0.2], [2.0, 0.1]])  # (times, seeds)
    evidence = Evidence.worst_of(H, torch.full_like(H, 4.0), "<=", 0.0, "exact", times=[0, 1, 5], time_axis=0)
    assert evidence.series["measured"] == [1.0, 3.0, 2.0] and evidence.series["x"] == [0.0, 1.0, 5.0]
    with pytest.raises(ValueError, match="times has 4 entries"):
        Evidence.worst_of(H, torch.full_like(H, 4.0), "<=", 0.0, "exact", times=[0, 1, 2, 3])
