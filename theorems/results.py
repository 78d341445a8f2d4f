"""The results of a run as data: ``pytest --claims-report=DIR`` writes ``DIR/results.json``.

Schema ``convergence-claims/results/3`` (documented in the README): a JSON object with
``schema``, ``runs`` (one entry per pytest session or shard: profile, device, shard, started)
and ``results``, one object per claim test, sorted by ``nodeid``:

* ``nodeid``, ``test``, ``claim``, ``paper``: the test and the registered claim it checks;
* ``outcome``: ``held`` | ``erratum reproduced`` (an erratum's pin failed, as it must) | ``reading finding``
  (a reading finding's pin failed under its reading, as it must) | ``erratum searched`` | ``failed`` | ``skipped``;
* ``plant``: for a plant's test, the constant, the plant (``x2 stronger`` or ``deleted``), whether it was caught,
  the constant's recorded looseness and the failure it caused; null otherwise;
* ``informative``, ``total``, ``reproduced``, ``uninformative_reasons``: the examples (METHOD §2);
* ``tightest``: the evidence closest to breaking the claim (claim, ratio = measured/bound,
  normalized_slack, evidence with its tolerance and reason, instance) or null;
* ``counterexample``: the failure message (verdict and shrunk instance) and ``reproduce``, the
  Hypothesis ``@reproduce_failure`` line, when the test failed;
* ``duration`` (seconds), ``profile``, ``device``.

Results from the xdist workers of one run arrive on the controller with the test reports;
the shards of several machines are merged with ``merge``, which is exact up to timings.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

SCHEMA = "convergence-claims/results/3"  # 2: the outcome "reading finding"; 3: plants
TIMING_FIELDS = ("duration",)
OUTCOMES = ("held", "erratum reproduced", "reading finding", "erratum searched", "plant caught", "plant blind",
            "failed", "skipped")


def outcome(passed: bool, skipped: bool, searching: bool, pinned: str | None, plant: dict | None = None) -> str:
    """``pinned``: None for a claim test, ``erratum`` or ``reading`` for a pin (``theorems.registry.Pin.kind``);
    ``plant``: a plant's record (``theorems.testing.summary``), where the test ran one."""
    if skipped:
        return "skipped"
    if not passed:
        return "failed"
    if plant is not None:
        return "plant caught" if plant["caught"] else "plant blind"
    if pinned == "erratum":
        return "erratum reproduced"
    if pinned == "reading":
        return "reading finding"
    return "erratum searched" if searching else "held"


def reproduce_line(longrepr: str) -> str | None:
    found = re.search(r"@reproduce_failure\([^)]*\)", longrepr or "")
    return found.group(0) if found else None


def document(runs: list[dict], results: list[dict]) -> dict:
    return {"schema": SCHEMA, "runs": runs, "results": sorted(results, key=lambda r: r["nodeid"])}


def write(directory: str | Path, doc: dict) -> Path:
    path = Path(directory)
    path.mkdir(parents=True, exist_ok=True)
    target = path / "results.json"
    target.write_text(json.dumps(doc, indent=1, ensure_ascii=False, sort_keys=True) + "\n")
    return target


def load(path: str | Path) -> dict:
    """A results document from ``DIR`` or ``DIR/results.json``; rejects other schemas."""
    path = Path(path)
    if path.is_dir():
        path = path / "results.json"
    if not path.is_file():
        raise ValueError(f"results: no results.json at {str(path)!r} (run pytest --claims-report=DIR first)")
    doc = json.loads(path.read_text())
    if doc.get("schema") != SCHEMA:
        raise ValueError(f"results: {str(path)!r} has schema {doc.get('schema')!r}, expected {SCHEMA!r}")
    return doc


def merge(docs: list[dict]) -> dict:
    """One document from several shards (or runs); a test present in two shards is an error."""
    results: dict[str, dict] = {}
    for doc in docs:
        for row in doc["results"]:
            if row["nodeid"] in results:
                raise ValueError(f"merge: {row['nodeid']} appears in two shards")
            results[row["nodeid"]] = row
    return document([run for doc in docs for run in doc["runs"]], list(results.values()))


def without_timings(doc: dict) -> dict:
    """The document with durations and run metadata removed: what two equivalent runs share."""
    return {"schema": doc["schema"],
            "results": [{k: v for k, v in row.items() if k not in TIMING_FIELDS} for row in doc["results"]]}
