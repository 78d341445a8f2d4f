"""The registry, the CLI and the README are consistent, and every claim has a test."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from theorems.__main__ import status_table
from theorems.registry import KINDS, PAPERS, STATUSES, Claim, claims, get

ROOT = Path(__file__).resolve().parents[2]
FIELDS = {"id", "paper", "ref", "statement", "kind", "assumptions", "status", "reason"}


def _run(*args: str) -> str:
    return subprocess.run([sys.executable, *args], cwd=ROOT, check=True, capture_output=True, text=True).stdout


def test_list_json_is_stable_one_object_per_claim():
    for paper in PAPERS:
        rows = json.loads(_run("-m", "theorems", "list", "--paper", paper, "--json"))
        assert [r["id"] for r in rows] == [c.id for c in claims(paper)]
        for row in rows:
            assert set(row) == FIELDS
            assert row["paper"] == paper and row["kind"] in KINDS and row["status"] in STATUSES
            assert isinstance(row["assumptions"], list)


def test_every_claim_has_a_test_whose_node_id_contains_its_id():
    collected = _run("-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", "tests/claims")
    node_ids = [line for line in collected.splitlines() if "::" in line]
    missing = [c.id for c in claims() if not any(f"[{c.id}]" in node or f"[{c.id}-" in node for node in node_ids)]
    assert not missing, f"claims without a test: {missing}"


def test_every_erratum_is_pinned_by_a_strict_xfail():
    source = "\n".join(p.read_text() for p in (ROOT / "tests" / "claims").glob("test_*.py"))
    pinned = set(re.findall(r'@erratum\("([^"]+)"\)', source))
    errata = {c.id for c in claims() if c.status == "erratum"}
    assert errata <= pinned, f"errata with no pinned counterexample test: {sorted(errata - pinned)}"


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
