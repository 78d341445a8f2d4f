"""The registry, the CLI and the README are consistent, and every claim has a test."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from theorems import errata
from theorems.power import INEQUALITY_KINDS
from theorems.__main__ import main, status_table
from theorems.registry import KINDS, STATUSES, Claim, claims, get, papers

ROOT = Path(__file__).resolve().parents[2]
FIELDS = {"id", "paper", "ref", "statement", "kind", "assumptions", "status", "reason", "reading", "severity",
          "root_cause", "impact", "looseness", "dynamic", "reading_findings", "constants"}


def _run(*args: str) -> str:
    return subprocess.run([sys.executable, *args], cwd=ROOT, check=True, capture_output=True, text=True).stdout


def test_list_json_is_stable_one_object_per_claim(capsys):
    everything = json.loads(_run("-m", "theorems", "list", "--json"))  # the entry point itself, once
    assert [r["id"] for r in everything] == [c.id for c in claims()]
    for paper in papers():
        main(["list", "--paper", paper, "--json"])
        rows = json.loads(capsys.readouterr().out)
        assert [r["id"] for r in rows] == [c.id for c in claims(paper)]
        for row in rows:
            assert set(row) == FIELDS
            assert row["paper"] == paper and row["kind"] in KINDS and row["status"] in STATUSES
            assert isinstance(row["assumptions"], list)


class _Collector:
    """Records, for the whole suite, each claim test's node id, the claims shown able to fail (a planted-error
    test, ``planted`` marker, or a probe row that finds a failure, ``necessary=True``) and those shown to fail
    on a constant plant of factor <= 2."""

    def __init__(self):
        self.claim_tests: set[str] = set()
        self.failing: set[str] = set()
        self.constant_plants: set[str] = set()  # claims failing on a plant at most 2x stronger (METHOD §3)

    def pytest_collection_modifyitems(self, items):
        for item in items:
            if item.nodeid.startswith("tests/claims/"):
                self.claim_tests.add(item.nodeid)
            for mark in item.iter_markers("plant"):  # a declared constant's plant: caught, or its looseness recorded
                self.failing.add(mark.args[0])
                self.constant_plants.add(mark.args[0])
            for mark in item.iter_markers("planted"):
                self.failing.update(mark.args)
                if mark.kwargs.get("constant") is not None and mark.kwargs["constant"] <= 2:
                    self.constant_plants.update(mark.args)
            params = getattr(item, "callspec", None) and item.callspec.params
            if params and params.get("necessary") is True:
                self.failing.add(params["claim_id"])


@pytest.fixture(scope="module")
def collected() -> _Collector:
    collector = _Collector()
    code = pytest.main(["--collect-only", "-q", "-p", "no:cacheprovider", "-p", "no:xdist", str(ROOT / "tests")],
                       plugins=[collector])
    assert code == 0, "collecting the tests failed"
    return collector


def _tests_of(claim_id: str, node_ids) -> list[str]:
    return [node for node in node_ids if f"[{claim_id}]" in node or f"[{claim_id}-" in node]


def test_every_claim_has_a_test_whose_node_id_contains_its_id(collected):
    missing = [c.id for c in claims() if not _tests_of(c.id, collected.claim_tests)]
    assert not missing, f"claims without a test: {missing}"


def test_every_verified_or_partial_inequality_has_a_constant_plant_or_a_looseness(collected):
    unshown = [c.id for c in claims() if c.status in ("verified", "partial") and c.kind in INEQUALITY_KINDS
               and c.id not in collected.constant_plants and not c.looseness.strip()]
    assert not unshown, ("verified or partial inequalities with neither a failing constant plant of factor <= 2 "
                         f"(planted(..., constant=2)) nor a measured looseness: {unshown}")


def test_every_verified_or_partial_claim_is_seen_to_fail_on_a_planted_error(collected):
    unshown = [c.id for c in claims() if c.status in ("verified", "partial") and c.id not in collected.failing]
    assert not unshown, f"verified or partial claims never seen to fail on a planted error: {unshown}"


def test_readme_status_table_is_generated_from_the_registry():
    readme = (ROOT / "README.md").read_text()
    assert status_table() in readme, "README's status table is stale: paste `python -m theorems table`"


def test_readme_errata_section_is_generated_from_the_registry():
    readme = (ROOT / "README.md").read_text()
    assert errata.markdown() in readme, "README's errata section is stale: paste `python -m theorems errata`"


@pytest.mark.parametrize("field, value, message", [
    ("kind", "guess", "kind must be one of"),
    ("status", "done", "status must be one of"),
    ("paper", "nobody", "paper must be a registered paper"),
    ("severity", "bad", "severity must be one of"),
    ("impact", "some", "impact must be one of"),
])
def test_invalid_claims_are_rejected_naming_the_field(field, value, message):
    fields = dict(id="kong.x", paper="kong", ref="r", statement="s", kind="exact", assumptions=(), status="verified")
    fields[field] = value
    with pytest.raises(ValueError, match=message):
        Claim(**fields)


@pytest.mark.parametrize("field", [{"severity": "typo"}, {"impact": "local"}, {"root_cause": "kong.x"}])
def test_only_errata_have_a_severity_an_impact_and_a_root_cause(field):
    with pytest.raises(ValueError, match="only an erratum has a severity, an impact and a root_cause"):
        Claim("kong.x", "kong", "r", "s", "exact", (), "verified", **field)


def test_non_verified_claims_need_a_reason():
    with pytest.raises(ValueError, match="needs a reason"):
        Claim("kong.x", "kong", "r", "s", "exact", (), "partial", "")


def test_unknown_claim_id_is_a_clear_error():
    with pytest.raises(KeyError, match="no claim with id"):
        get("kong.no_such_claim")
