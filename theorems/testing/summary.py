"""The run summary and the results file (METHOD §2, §3), a part of the suite's pytest plugin
(``theorems.testing.plugin``).

Each claim test (a test parametrized by ``claim_id``, or a pin, parametrized by ``pin``: an erratum's or a
reading finding's, ``theorems.testing.RegistryTests``) gets a ``theorems.ledger.Record``; the record travels on
the test's report (``user_properties``, which xdist forwards to the controller). A plant's case
(``theorems.constants``) runs under its plant and records whether it was caught. After the run the terminal summary prints one row per
claim test: claim, verdict, tightness or looseness, informative/total; ``--claims-report=DIR``
also writes ``DIR/results.json`` (``theorems.results``). A test on which fewer than half the
examples were informative fails.
"""
from __future__ import annotations

import os
import time

import pytest

try:
    GROUP = BaseExceptionGroup
except NameError:  # Python 3.10: Hypothesis' own dependency provides it
    from exceptiongroup import BaseExceptionGroup as GROUP

from theorems import ledger, results

_KEY = "claims-ledger"


def _claim_id(item) -> str | None:
    """The claim a test checks; None for tests that are no verdict on a claim: planted errors (they pass when the
    claim's check fails) and necessity probes (they drop an assumption)."""
    params = getattr(item, "callspec", None) and item.callspec.params
    if not params or "necessary" in params or item.get_closest_marker("planted") is not None:
        return None
    if "pin" in params:
        return params["pin"].claim_id
    return params.get("claim_id")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    claim_id = _claim_id(item)
    if claim_id is None:
        return (yield)
    mark = item.get_closest_marker("plant")
    if mark is not None:
        return (yield from _planted(item, *mark.args))
    ledger.begin(searching=item.get_closest_marker("erratum_search") is not None)
    try:
        result = yield
    finally:
        record = ledger.end()
        pinned = item.callspec.params["pin"].kind if "pin" in item.callspec.params else None
        item.user_properties.append((_KEY, {**record.to_json(), "claim": claim_id, "pinned": pinned}))
    if record.too_few_informative():
        pytest.fail(f"only {record.informative} of {record.total} examples were informative "
                    f"(METHOD §2 needs at least half): {dict(record.reasons)}", pytrace=False)
    return result


def _planted(item, claim_id: str, name: str):
    """The claim's test with the plant of its constant ``name`` in force: caught (the check failed with
    ClaimFailure) passes; blind passes only where the constant records a measured looseness."""
    from theorems.constants import planting
    from theorems.evidence import ClaimFailure

    ledger.begin()
    caught = None
    try:
        with planting(claim_id, name) as planted:
            yield
    except ClaimFailure as failure:
        caught = failure
    except GROUP as group:  # Hypothesis reports several distinct failures as a group
        if group.subgroup(ClaimFailure) is None:
            raise
        caught = group
    finally:
        record = ledger.end()
    plant = {"constant": name, "plant": planted.plant, "caught": caught is not None,
             "looseness": planted.looseness, "evidence": None if caught is None else str(caught)[:600]}
    item.user_properties.append((_KEY, {**record.to_json(), "claim": claim_id, "pinned": None, "plant": plant}))
    if caught is None and not planted.looseness:
        pytest.fail(f"{claim_id}: blind to {name} {planted.plant} ({planted.value:g} -> {planted.planted():g}): its "
                    "test still passes; strengthen the check, or record the measured looseness of this constant "
                    "(theorems.constants, looseness=)", pytrace=False)
    return None


class Summary:
    """Collects the records from the reports (on the xdist controller, or in-process), prints the table and
    writes the results file."""

    def __init__(self, config):
        self.config = config
        self.rows: dict[str, dict] = {}
        self.started = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())

    def pytest_runtest_logreport(self, report):
        record = next((r for key, r in report.user_properties if key == _KEY), None)
        if record is None:
            return
        if report.when == "call" or (report.failed and report.nodeid not in self.rows):
            self.rows[report.nodeid] = self._row(report, record)

    def _row(self, report, record) -> dict:
        from theorems.core import backend

        failed_text = report.longreprtext if report.failed else ""
        return {
            "nodeid": report.nodeid, "test": report.nodeid.split("::")[-1].split("[")[0],
            "claim": record["claim"], "paper": record["claim"].split(".")[0],
            "outcome": results.outcome(report.passed, report.skipped, record["searching"], record["pinned"],
                                       record.get("plant")),
            "plant": record.get("plant"),
            "informative": record["informative"], "total": record["total"], "reproduced": record["reproduced"],
            "uninformative_reasons": record["uninformative_reasons"], "tightest": record["tightest"],
            "counterexample": _last_lines(failed_text) if failed_text else None,
            "reproduce": results.reproduce_line(failed_text),
            "duration": round(report.duration, 3), "profile": os.environ.get("CLAIMS_PROFILE", "dev"),
            "device": str(backend.device()),
        }

    def pytest_terminal_summary(self, terminalreporter):
        if not self.rows:
            return
        tr = terminalreporter
        tr.section("claims: verdict (erratum k/N: reproduced on k of N generated instances), tightness, "
                   "informative/total")
        for nodeid, row in sorted(self.rows.items()):
            tr.write_line(f"{row['claim']:50s} {_verdict(row):20s} {_tightness(row['tightest']):>18s} "
                          f"{row['informative']:>4d}/{row['total']:<4d} {row['test']}")

    def pytest_sessionfinish(self, session):
        directory = self.config.getoption("claims_report")
        if directory and not hasattr(self.config, "workerinput"):  # the controller (or a run without xdist)
            run = {"profile": os.environ.get("CLAIMS_PROFILE", "dev"), "device": self.config.getoption("--device"),
                   "started": self.started, "shard": _shard(self.config)}
            results.write(directory, results.document([run], list(self.rows.values())))


def _shard(config) -> str | None:
    splits, group = (config.getoption(name, None) for name in ("splits", "group"))
    return f"{group}/{splits}" if splits else None


def _last_lines(text: str, limit: int = 3000) -> str:
    return text if len(text) <= limit else "...\n" + text[-limit:]


def _verdict(row) -> str:
    if row.get("plant"):
        return f"{'caught' if row['plant']['caught'] else 'blind'}: {row['plant']['constant']}"
    if row["outcome"] == "erratum searched":
        return f"erratum {row['reproduced']}/{row['informative']}"
    return row["outcome"]


def _tightness(tightest: dict | None) -> str:
    """``tight r`` (measured/bound >= 1/2), ``loose by X``, ``broken xr``, or the normalized slack."""
    if tightest is None:
        return "-"
    ratio = tightest["ratio"]
    if ratio is None:
        return f"slack {tightest['normalized_slack']:.3g}"
    if ratio > 1:
        return f"broken x{ratio:.3g}"
    return f"tight {ratio:.3g}" if ratio >= 0.5 else f"loose by {1 / ratio:.3g}" if ratio > 0 else "loose by inf"


def pytest_addoption(parser):
    parser.addoption("--claims-report", dest="claims_report", metavar="DIR", default=None,
                     help="write DIR/results.json: every claim test's outcome, evidence and examples")


def pytest_configure(config):
    config.pluginmanager.register(Summary(config), "claims-summary")
