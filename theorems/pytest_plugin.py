"""The run summary (METHOD §2, §3), as a pytest plugin loaded by the repository's ``conftest.py``.

Each claim test (a test parametrized by ``claim_id``) gets a ``theorems.ledger.Record``; the
record travels on the test's report (``user_properties``, which xdist forwards), and the
terminal summary prints one row per claim test: claim, verdict, tightness or looseness,
informative/total. A test on which fewer than half the examples were informative fails.
"""
from __future__ import annotations

import pytest

from theorems import ledger

_KEY = "claims-ledger"


def _claim_id(item) -> str | None:
    params = getattr(item, "callspec", None) and item.callspec.params
    return params.get("claim_id") if params else None


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    if _claim_id(item) is None:
        return (yield)
    ledger.begin(searching=item.get_closest_marker("erratum_search") is not None)
    try:
        result = yield
    finally:
        record = ledger.end()
        item.user_properties.append((_KEY, record.to_json()))
    if record.too_few_informative():
        pytest.fail(f"only {record.informative} of {record.total} examples were informative "
                    f"(METHOD §2 needs at least half): {dict(record.reasons)}", pytrace=False)
    return result


class Summary:
    """Collects the records from the reports (on the xdist controller, or in-process) and prints the table."""

    def __init__(self):
        self.rows: dict[str, tuple[str, str, dict]] = {}

    def pytest_runtest_logreport(self, report):
        for key, record in report.user_properties:
            if key == _KEY and report.when == "call":
                self.rows[report.nodeid] = (_verdict(report, record), record)

    def pytest_terminal_summary(self, terminalreporter):
        if not self.rows:
            return
        tr = terminalreporter
        tr.section("claims: verdict (erratum k/N: reproduced on k of N generated instances), tightness, "
                   "informative/total")
        for nodeid, (verdict, record) in sorted(self.rows.items()):
            claim = nodeid.rsplit("[", 1)[-1].rstrip("]")
            test = nodeid.split("::")[-1].split("[")[0]
            tr.write_line(f"{claim:50s} {verdict:13s} {_tightness(record['tightest']):>22s} "
                          f"{record['informative']:>4d}/{record['total']:<4d} {test}")


def _verdict(report, record) -> str:
    if hasattr(report, "wasxfail"):
        return "erratum" if report.skipped else "XPASS"
    if record["searching"] and report.passed:
        return f"erratum {record['reproduced']}/{record['informative']}"
    return report.outcome


def _tightness(tightest: dict | None) -> str:
    if tightest is None:
        return "-"
    ratio = tightest["ratio"]
    if ratio is None:
        return f"slack {tightest['normalized_slack']:.3g}"
    if ratio > 1:
        return f"broken x{ratio:.3g}"
    return f"tight {ratio:.3g}" if ratio >= 0.5 else f"loose by {1 / ratio:.3g}" if ratio > 0 else "loose by inf"


def pytest_configure(config):
    config.pluginmanager.register(Summary(), "claims-summary")
