"""The errata, grouped by root cause (METHOD §4): ``python -m theorems errata`` and the README's errata section.

Each root cause is stated once, with the claims it breaks and their severities and impacts, the pins
(instance and numbers) and the hand check; root causes are listed most severe first (severity, then impact:
METHOD §5), and counted as the independent errors next to the count of the claims they break.
"""
from __future__ import annotations

from collections import Counter

from theorems.registry import IMPACTS, PINS, SEVERITIES, Claim, RootCause, claims, root_causes


def _errata(paper: str | None) -> list[Claim]:
    return [c for c in claims(paper) if c.status == "erratum"]


def grouped(paper: str | None = None) -> list[tuple[RootCause | None, list[Claim]]]:
    """(root cause, its errata) pairs, the most severe first; errata without a registered root cause last."""
    errata = _errata(paper)
    causes = {r.id: r for r in root_causes()}
    groups: dict[str, list[Claim]] = {}
    for c in errata:
        groups.setdefault(c.root_cause, []).append(c)

    ordered = sorted(groups.items(), key=lambda item: (item[0] == "", min(map(rank, item[1]))))
    return [(causes.get(cause), sorted(members, key=rank)) for cause, members in ordered]


def rank(claim: Claim) -> tuple[int, int]:
    """(severity, impact) as indices, the most severe and far-reaching first; unassigned ones last."""
    return (SEVERITIES.index(claim.severity) if claim.severity else len(SEVERITIES),
            IMPACTS.index(claim.impact) if claim.impact else len(IMPACTS))


def independent_errors(paper: str | None = None) -> int:
    """The independent errors: one per root cause (an erratum without one counts alone)."""
    return sum(len(members) if cause is None else 1 for cause, members in grouped(paper))


def severity_counts(paper: str | None = None) -> Counter:
    return Counter(c.severity or "unassigned" for c in _errata(paper))


def to_json(paper: str | None = None) -> list[dict]:
    return [{
        "root_cause": cause.id if cause else None,
        "title": cause.title if cause else None,
        "explanation": cause.explanation if cause else None,
        "scaling": cause.scaling if cause else None,
        "hand_check": cause.hand_check if cause else None,
        "claims": [{"id": c.id, "ref": c.ref, "severity": c.severity, "impact": c.impact, "reason": c.reason,
                    "pins": [{"label": p.label, "instance": repr(p.build()), "numbers": p.numbers}
                             for p in PINS.get(c.id, ())]} for c in members],
    } for cause, members in grouped(paper)]


def markdown(paper: str | None = None) -> str:
    """The README's errata section: counts per severity, then one entry per root cause, most severe first."""
    counts = severity_counts(paper)
    lines = ["Errata per severity: " + ", ".join(f"{s}: {counts[s]}" for s in (*SEVERITIES, "unassigned")
                                                  if counts[s]) + f" ({sum(counts.values())} in all, from "
             f"{independent_errors(paper)} independent errors: one per root cause).", ""]
    for cause, members in grouped(paper):
        title = f"`{cause.id}`: {cause.title}" if cause else "no root cause registered yet"
        lines.append(f"* **{title}**")
        if cause:
            lines.append(f"  {cause.explanation} *Scaling:* {cause.scaling}")
        for c in members:
            pins = PINS.get(c.id, ())
            pinned = "; ".join(f"{p.label}: {p.numbers}" for p in pins) or "no pin registered"
            lines.append(f"  * `{c.id}` ({c.ref}), {c.severity or 'severity unassigned'}, impact "
                         f"{c.impact or 'unassigned'}. Pins: {pinned}")
    return "\n".join(lines)
