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
    """Records, for the whole suite, each claim test's node id and whether it is a strict xfail expecting
    ClaimFailure, and the claims shown able to fail: a planted-error test (``planted`` marker) or a probe row
    that finds a failure (``necessary=True``)."""

    def __init__(self):
        self.claim_tests: dict[str, bool] = {}
        self.failing: set[str] = set()

    def pytest_collection_modifyitems(self, items):
        for item in items:
            if item.nodeid.startswith("tests/claims/"):
                mark = item.get_closest_marker("xfail")
                self.claim_tests[item.nodeid] = bool(mark and mark.kwargs.get("strict") and
                                                     mark.kwargs.get("raises") is ClaimFailure)
            for mark in item.iter_markers("planted"):
                self.failing.update(mark.args)
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


def test_every_erratum_is_pinned_by_a_strict_xfail(collected):
    unpinned = [c.id for c in claims() if c.status == "erratum"
                and not any(collected.claim_tests[node] for node in _tests_of(c.id, collected.claim_tests))]
    assert not unpinned, f"errata with no strict-xfail test expecting ClaimFailure: {unpinned}"


def test_every_verified_or_partial_claim_is_seen_to_fail_on_a_planted_error(collected):
    unshown = [c.id for c in claims() if c.status in ("verified", "partial") and c.id not in collected.failing]
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
