"""What a run measured, per test (METHOD §2, §3): informative/total examples and the tightest evidence.

``evidence.check_all`` notes every piece of evidence it judges and ``evidence.Uninformative``
notes every instance on which a claim says nothing. the pytest plugin (``theorems.testing.summary``) opens one ``Record`` per
test, attaches it to the test's report (so that it crosses xdist workers) and prints the run
summary: claim, verdict, tightness or looseness, informative/total.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

MIN_INFORMATIVE_FRACTION = 0.5  # METHOD §2: most of a test's examples must be informative


@dataclass
class Record:
    """One test's examples: how many gave evidence, how many were rejected as uninformative (and why),
    and the evidence that came closest to breaking its claim."""

    searching: bool = False  # an erratum's generated examples: failures with an erratum verdict are counted
    informative: int = 0
    uninformative: int = 0
    reproduced: int = 0  # informative examples on which the erratum was reproduced (searching only)
    reasons: Counter = field(default_factory=Counter)
    tightest: dict | None = None  # claim, ratio, normalized_slack, evidence, instance

    @property
    def total(self) -> int:
        return self.informative + self.uninformative

    def too_few_informative(self) -> bool:
        return self.total > 0 and self.informative < MIN_INFORMATIVE_FRACTION * self.total

    def to_json(self) -> dict:
        return {"informative": self.informative, "total": self.total, "uninformative_reasons": dict(self.reasons),
                "tightest": self.tightest, "searching": self.searching, "reproduced": self.reproduced}


_record: Record | None = None


def begin(searching: bool = False) -> Record:
    global _record
    _record = Record(searching)
    return _record


def searching_errata() -> bool:
    return _record is not None and _record.searching


def note_reproduced() -> None:
    if _record is not None:
        _record.reproduced += 1


def end() -> Record | None:
    global _record
    record, _record = _record, None
    return record


def note_uninformative(reason: str) -> None:
    if _record is not None:
        _record.uninformative += 1
        _record.reasons[reason] += 1


def note_evidence(claim_id: str, instance, pieces) -> None:
    """Count one informative example and keep the piece of evidence closest to breaking its claim."""
    if _record is None:
        return
    _record.informative += 1
    worst = min(pieces, key=lambda e: e.normalized_slack)
    ratios = [r for r in (e.tightness for e in pieces) if r is not None]
    ratio = max(ratios) if ratios else None
    best = _record.tightest
    if best is None or _key(ratio, worst.normalized_slack) > _key(best["ratio"], best["normalized_slack"]):
        _record.tightest = {"claim": claim_id, "ratio": None if ratio is None else float(ratio),
                            "normalized_slack": float(worst.normalized_slack), "evidence": worst.describe(),
                            "instance": _short(repr(instance)),  # plain floats: the record crosses xdist
                            "series": getattr(worst, "series", None)}


def _key(ratio, slack) -> tuple:
    """Tighter first: the larger measured/bound ratio, then the smaller normalized slack."""
    return (-math.inf if ratio is None else ratio, -slack)


def _short(text: str, limit: int = 400) -> str:
    return text if len(text) <= limit else text[:limit] + " ..."
