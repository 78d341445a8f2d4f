"""The registry, the CLI and the README are consistent, and every claim has a test."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from theorems.__main__ import main, status_table
from theorems.evidence import ClaimFailure
from theorems.registry import KINDS, PAPERS, STATUSES, Claim, claims, get

ROOT = Path(__file__).resolve().parents[2]
FIELDS = {"id", "paper", "ref", "statement", "kind", "assumptions", "status", "reason"}


def _run(*args: str) -> str:
    return subprocess.run([sys.executable, *args], cwd=ROOT, check=True, capture_output=True, text=True).stdout


def test_list_json_is_stable_one_object_per_claim(capsys):
    everything = json.loads(_run("-m", "theorems", "list", "--json"))  # the entry point itself, once
    assert [r["id"] for r in everything] == [c.id for c in claims()]
    for paper in PAPERS:
        main(["list", "--paper", paper, "--json"])
        rows = json.loads(capsys.readouterr().out)
        assert [r["id"] for r in rows] == [c.id for c in claims(paper)]
        for row in rows:
            assert set(row) == FIELDS
            assert row["paper"] == paper and row["kind"] in KINDS and row["status"] in STATUSES
            assert isinstance(row["assumptions"], list)


class _Collector:
    """Records each claim test's node id and whether it is a strict xfail expecting ClaimFailure."""

    def __init__(self):
        self.items: dict[str, bool] = {}

    def pytest_collection_modifyitems(self, items):
        for item in items:
            mark = item.get_closest_marker("xfail")
            self.items[item.nodeid] = bool(mark and mark.kwargs.get("strict") and
                                           mark.kwargs.get("raises") is ClaimFailure)


@pytest.fixture(scope="module")
def claim_tests() -> dict[str, bool]:
    collector = _Collector()
    code = pytest.main(["--collect-only", "-q", "-p", "no:cacheprovider", "-p", "no:xdist",
                        str(ROOT / "tests" / "claims")], plugins=[collector])
    assert code == 0, "collecting tests/claims failed"
    return collector.items


def _tests_of(claim_id: str, node_ids) -> list[str]:
    return [node for node in node_ids if f"[{claim_id}]" in node or f"[{claim_id}-" in node]


def test_every_claim_has_a_test_whose_node_id_contains_its_id(claim_tests):
    missing = [c.id for c in claims() if not _tests_of(c.id, claim_tests)]
    assert not missing, f"claims without a test: {missing}"


def test_every_erratum_is_pinned_by_a_strict_xfail(claim_tests):
    unpinned = [c.id for c in claims() if c.status == "erratum"
                and not any(claim_tests[node] for node in _tests_of(c.id, claim_tests))]
    assert not unpinned, f"errata with no strict-xfail test expecting ClaimFailure: {unpinned}"


class _FailureCollector:
    """Claims shown able to fail: a planted-error test (``planted`` marker) or a probe row that finds a failure."""

    def __init__(self):
        self.claims: set[str] = set()

    def pytest_collection_modifyitems(self, items):
        for item in items:
            for mark in item.iter_markers("planted"):
                self.claims.update(mark.args)
            params = getattr(item, "callspec", None) and item.callspec.params
            if params and params.get("necessary") is True:
                self.claims.add(params["claim_id"])


def test_every_verified_or_partial_claim_is_seen_to_fail_on_a_planted_error():
    collector = _FailureCollector()
    code = pytest.main(["--collect-only", "-q", "-p", "no:cacheprovider", "-p", "no:xdist", str(ROOT / "tests")],
                       plugins=[collector])
    assert code == 0, "collecting tests failed"
    unshown = [c.id for c in claims() if c.status in ("verified", "partial") and c.id not in collector.claims]
    assert not unshown, f"verified or partial claims never seen to fail on a planted error: {unshown}"


def test_readme_status_table_is_generated_from_the_registry():
    readme = (ROOT / "README.md").read_text()
    assert status_table() in readme, "README's status table is stale: paste `python -m theorems table`"


@pytest.mark.parametrize("field, value, message", [
    ("kind", "guess", "kind must be one of"),
    ("status", "done", "status must be one of"),
    ("paper", "nobody", "paper must be one of"),
])
def test_invalid_claims_are_rejected_naming_the_field(field, value, message):
    fields = dict(id="kong.x", paper="kong", ref="r", statement="s", kind="exact", assumptions=(), status="verified")
    fields[field] = value
    with pytest.raises(ValueError, match=message):
        Claim(**fields)


def test_non_verified_claims_need_a_reason():
    with pytest.raises(ValueError, match="needs a reason"):
        Claim("kong.x", "kong", "r", "s", "exact", (), "partial", "")


def test_unknown_claim_id_is_a_clear_error():
    with pytest.raises(KeyError, match="no claim with id"):
        get("kong.no_such_claim")
