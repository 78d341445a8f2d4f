"""Every claim declared dynamic keeps its trajectory, and the report draws it (issue #12).

A claim is dynamic when it bounds a quantity along a trajectory (a loss along GD iterations or gradient-flow time, a
movement, a rate): ``theorems.registry.dynamic`` marks it (``Claim.dynamic``) with a cheap example of its property.
Here each example runs through the ledger as a claim test's examples do (``check_all``), the records become a
ci-profile results.json (``theorems.results``), and the report rendered from it must draw one trajectory figure per
dynamic claim. No claim test is run: the examples go through the properties directly.
"""
from __future__ import annotations

import dataclasses
import html
import math

import pytest

from theorems import ledger, results
from theorems.evidence import ClaimFailure, Evidence, check_all, keep_trajectory, trajectory, worst_trajectory
from theorems.registry import TRAJECTORY_EXAMPLES, Claim, claims, dynamic, dynamic_claims
from theorems.report import trajectory_figures

DYNAMIC = [c.id for c in dynamic_claims()]


def _row(claim_id: str) -> dict:
    """The results.json row a claim test would write, from the claim's example (a failing pin's ClaimFailure is the
    verdict of an erratum, not an error here: only the kept trajectory is checked)."""
    example = TRAJECTORY_EXAMPLES[claim_id]
    instance = example.build()
    evidence = example.evidence(instance)
    ledger.begin()
    try:
        check_all(claim_id, instance, *(evidence if isinstance(evidence, (list, tuple)) else (evidence,)))
        outcome = "held"
    except ClaimFailure:
        outcome = "erratum reproduced"
    finally:
        record = ledger.end().to_json()
    return {"nodeid": f"tests/meta/test_trajectories.py::example[{claim_id}]", "test": "example", "claim": claim_id,
            "paper": claim_id.split(".")[0], "outcome": outcome, "informative": record["informative"],
            "total": record["total"], "reproduced": record["reproduced"],
            "uninformative_reasons": record["uninformative_reasons"], "tightest": record["tightest"],
            "counterexample": None, "reproduce": None, "duration": 0.0, "profile": "ci", "device": "cpu"}


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    directory = tmp_path_factory.mktemp("trajectories")
    run = {"profile": "ci", "device": "cpu", "started": "-", "shard": None}
    results.write(directory, results.document([run], [_row(claim_id) for claim_id in DYNAMIC]))
    return directory, {row["claim"]: row for row in results.load(directory)["results"]}


def test_the_three_papers_declare_their_dynamic_claims():
    for paper in ("kong", "wang_ma", "chen_veb"):
        assert len(dynamic_claims(paper)) >= 5, paper
    assert set(DYNAMIC) == set(TRAJECTORY_EXAMPLES), "every dynamic claim has its example, and only those"


@pytest.mark.parametrize("dynamic_id", DYNAMIC)  # not ``claim_id``: the plugin would count it as a claim test
def test_a_dynamic_claim_keeps_its_trajectory_in_the_results(report, dynamic_id):
    claim_id = dynamic_id
    _, rows = report
    row = rows[claim_id]
    assert row["informative"] == 1, f"{claim_id}: the example is not informative ({row['uninformative_reasons']})"
    series = row["tightest"]["series"]
    assert series, f"{claim_id}: the tightest evidence keeps no trajectory"
    assert len(series["x"]) == len(series["measured"]) == len(series["bound"]) >= 2, claim_id
    assert all(a < b for a, b in zip(series["x"], series["x"][1:])), f"{claim_id}: the abscissae do not increase"
    shown = [v for v in series["measured"] + series["bound"] if math.isfinite(v) and abs(v) < 1e299]
    assert len(shown) >= 2, f"{claim_id}: nothing finite to draw"
    labels = series.get("labels") or {}
    assert labels.get("x") and labels.get("y") and labels.get("bound"), f"{claim_id}: unlabelled axes or bound"


def test_the_report_draws_every_dynamic_claims_trajectory(report):
    """The report's section 'Trajectories against their bounds' of each paper (``report.trajectory_figures``, as
    ``paper_page`` calls it) has a figure for every dynamic claim and no note of a missing one."""
    import matplotlib

    matplotlib.use("Agg")
    _, rows = report
    for paper in sorted({c.paper for c in dynamic_claims()}):
        section = trajectory_figures([row for row in rows.values() if row["paper"] == paper], paper)
        for claim in dynamic_claims(paper):
            assert f'alt="{html.escape(f"{claim.id} ({claim.ref})")}' in section, f"no figure for {claim.id}"
        assert "Dynamic claims with no trajectory" not in section and "data:image/png;base64," in section


def test_dynamic_is_data_on_the_claim_and_backward_compatible():
    plain = Claim("kong.x", "kong", "ref", "statement", "exact", (), "verified")
    assert plain.dynamic is False and "dynamic" in plain.to_json()
    assert all(c.dynamic == (c.id in TRAJECTORY_EXAMPLES) for c in claims())
    with pytest.raises(ValueError, match="not a registered claim"):
        dynamic("kong.no_such_claim", build=lambda: None, evidence=lambda _: None)
    with pytest.raises(ValueError, match="declared twice"):
        dynamic(DYNAMIC[0], build=lambda: None, evidence=lambda _: None)


def test_kept_trajectories_are_display_only():
    """keep_trajectory and worst_trajectory never change a verdict; worst_trajectory follows worst_of's worst entry
    and keeps only the times where ``where`` holds."""
    import torch

    measured = torch.tensor([[1.0, 2.0, 3.0], [1.0, 5.0, 0.0]])
    bound = torch.full_like(measured, 4.0)
    plain = Evidence.worst_of(measured, bound, "<=", 0.0, "none")
    kept = keep_trajectory(plain, trajectory([0, 1, 2], measured[1], bound[1]), x="t", y="L")
    assert (kept.holds, kept.slack, kept.tightness) == (plain.holds, plain.slack, plain.tightness)
    assert kept.series["labels"]["y"] == "L" and dataclasses.replace(kept, series=None) == plain
    assert worst_trajectory([0, 1, 2], measured, bound, "<=")["measured"] == [1.0, 5.0, 0.0]
    where = torch.tensor([[True, True, True], [True, False, False]])
    row = worst_trajectory([0, 1, 2], measured, bound, "<=", where=where)
    assert row == {"x": [0.0, 1.0, 2.0], "measured": [1.0, 2.0, 3.0], "bound": [4.0, 4.0, 4.0]}
    with pytest.raises(ValueError, match="as many times"):
        trajectory([0, 1], measured[0], bound[0])
