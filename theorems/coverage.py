"""Equation coverage (METHOD §4): every numbered equation, numbered result and displayed step of a paper's text is
covered by a claim, excluded with a reason from a fixed list, or listed as pending; a measured number.

A paper's census is the list ``CENSUS`` in its package's ``coverage`` module (``theorems.kong.coverage``, or
``<package>.coverage`` for a paper outside the tree), made of ``covered``, ``excluded`` and ``pending`` entries,
each naming one item of the text by its label:

* ``eq. (45)``: a numbered equation, as the text numbers it;
* ``Lemma 6``: a numbered result (lemma, theorem, corollary, proposition, assumption, remark, definition, condition);
* ``display after (40)``: an unnumbered display, named by the last numbered equation before it (``#2`` for the second
  such display; ``display after start`` before the first).

``items(text)`` finds these in the text: displays are ``$$ ... $$`` blocks, numbered by ``\\tag{N}`` or a trailing
``(N)``; in a plain-text paper without display markup, a line ending in ``(N.M)`` is a numbered equation and
unnumbered displays cannot be found (``measure`` says so). ``measure`` compares the census with the text.
"""
from __future__ import annotations

import bisect
import importlib
import importlib.util
import re
from dataclasses import dataclass, field

# METHOD §4's fixed list of reasons to exclude an item, and what the entry's ``detail`` must say for each
REASONS = {
    "definition": "a definition",
    "restatement": "a restatement of X (detail: X)",
    "follows": "follows from X by Y (detail: 'from X by Y')",
    "notation": "pure notation",
    "proof not in text": "its proof is in an appendix not in the text",
}
NEEDS_DETAIL = ("restatement", "follows")
RESULT_KINDS = ("Lemma", "Theorem", "Corollary", "Proposition", "Assumption", "Remark", "Definition", "Condition")
NUMBER = r"[A-Z]?\.?\d+(?:\.\d+)*"


@dataclass(frozen=True)
class Entry:
    """One census entry: ``item`` is the text's label; ``claims`` the claims covering it (covered), or ``reason``
    (excluded) or ``note`` (pending: a step that carries a constant, an exponent, a probability or an inequality
    direction and has no claim yet)."""

    item: str
    claims: tuple[str, ...] = ()
    reason: str = ""
    detail: str = ""
    note: str = ""

    @property
    def status(self) -> str:
        return "covered" if self.claims else "excluded" if self.reason else "pending"


def covered(item: str, *claim_ids: str) -> Entry:
    """``item`` is checked by the registered claims ``claim_ids``."""
    if not claim_ids:
        raise ValueError(f"covered({item!r}): name at least one claim")
    return Entry(item, claims=tuple(claim_ids))


def excluded(item: str, reason: str, detail: str = "") -> Entry:
    """``item`` needs no claim of its own, for ``reason`` (one of ``REASONS``)."""
    if reason not in REASONS:
        raise ValueError(f"excluded({item!r}): reason must be one of {sorted(REASONS)}, got {reason!r}")
    if reason in NEEDS_DETAIL and not detail.strip():
        raise ValueError(f"excluded({item!r}, {reason!r}): detail must say {REASONS[reason]}")
    return Entry(item, reason=reason, detail=detail)


def pending(item: str, note: str) -> Entry:
    """``item`` should have a claim and has none yet: counted as not covered, and listed."""
    if not note.strip():
        raise ValueError(f"pending({item!r}): note must say what the step carries")
    return Entry(item, note=note)


@dataclass(frozen=True)
class Item:
    """An item the text contains: its label, kind (equation, result, display) and line."""

    label: str
    kind: str
    line: int


def items(text: str) -> list[Item]:
    """Every numbered equation, numbered result and unnumbered display of ``text``, in order."""
    found: list[Item] = []
    line_of = _line_index(text)
    for match in re.finditer(rf"^[*_#\s]*({'|'.join(RESULT_KINDS)}) ({NUMBER})(?!\.?\d)(?=[.*:]|\s*\()", text, re.M):
        found.append(Item(f"{match.group(1)} {match.group(2).rstrip('.')}", "result", line_of(match.start())))
    blocks = list(re.finditer(r"\$\$(.*?)\$\$", text, re.S))
    if blocks:
        last, count = "start", 0
        for block in blocks:
            tags = re.findall(rf"\\tag\{{({NUMBER})\}}|\\quad\s*\(({NUMBER})\)|\(({NUMBER})\)\s*$", block.group(1).strip())
            numbers = [n for groups in tags for n in groups if n]
            if numbers:
                found += [Item(f"eq. ({n})", "equation", line_of(block.start())) for n in numbers]
                last, count = f"({numbers[-1]})", 0
            else:
                count += 1
                label = f"display after {last}" + (f" #{count}" if count > 1 else "")
                found.append(Item(label, "display", line_of(block.start())))
    else:
        for match in re.finditer(r"^.*\((\d+\.\d+)\)[ \t]*$", text, re.M):
            found.append(Item(f"eq. ({match.group(1)})", "equation", line_of(match.start())))
    unique: dict[str, Item] = {}
    for item in sorted(found, key=lambda i: i.line):
        unique.setdefault(item.label, item)
    return list(unique.values())


def _line_index(text: str):
    starts = [m.start() for m in re.finditer(r"^", text, re.M)]

    def line_of(offset: int) -> int:
        return bisect.bisect_right(starts, offset)

    return line_of


def census(slug: str) -> list[Entry] | None:
    """The registered paper's census (``<package>.coverage.CENSUS``), or None where it has none yet."""
    from theorems.registry import paper

    name = f"{paper(slug).module}.coverage"
    if importlib.util.find_spec(name) is None:
        return None
    entries = importlib.import_module(name).CENSUS
    return list(entries)


@dataclass
class Coverage:
    """A paper's census measured against its text."""

    paper: str
    total: int = 0  # items in the text, or in the census where the text cannot list them
    covered: int = 0
    excluded: dict[str, int] = field(default_factory=dict)  # per reason
    pending: list[Entry] = field(default_factory=list)
    missing: list[Item] = field(default_factory=list)  # items of the text in no entry
    errors: list[str] = field(default_factory=list)  # entries naming no item, unknown claims, duplicates
    displays_found: bool = True  # False for a plain-text paper: its unnumbered displays cannot be listed
    has_census: bool = True  # False: the paper has no coverage module; every item of its text is missing

    @property
    def percent(self) -> float:
        return 100.0 * (self.covered + sum(self.excluded.values())) / self.total if self.total else 0.0

    def line(self) -> str:
        reasons = ", ".join(f"{r}: {n}" for r, n in sorted(self.excluded.items()))
        return (f"{self.paper}: {self.covered} covered, {sum(self.excluded.values())} excluded ({reasons or 'none'}), "
                f"{len(self.pending)} pending, {len(self.missing)} not in the census, of {self.total} "
                f"({self.percent:.0f}% covered or excluded)"
                + ("" if self.displays_found else "; the text has no display markup: unnumbered displays are not "
                                                  "listed"))


def measure(slug: str, text: str, entries: list[Entry]) -> Coverage:
    """Compare ``entries`` with ``text``: every item of the text in one entry, every entry naming an item of the
    text, every covering claim registered and its ``ref`` naming the item where the item is a number."""
    from theorems.fidelity import misquoted
    from theorems.registry import CLAIMS, load_all

    load_all()
    found = items(text)
    labels = {i.label for i in found}
    result = Coverage(slug, displays_found="$$" in text)
    seen: set[str] = set()
    for entry in entries:
        if entry.item in seen:
            result.errors.append(f"{entry.item!r} is in the census twice")
        seen.add(entry.item)
        numbered = re.fullmatch(rf"eq\. \({NUMBER}\)|(?:{'|'.join(RESULT_KINDS)}) {NUMBER}", entry.item)
        if entry.item not in labels and (not numbered or misquoted(entry.item, text)):
            result.errors.append(f"{entry.item!r} names no item of the text")
        for claim_id in entry.claims:
            if claim_id not in CLAIMS:
                result.errors.append(f"{entry.item!r}: covered by {claim_id!r}, which is not a registered claim")
        if entry.reason in NEEDS_DETAIL:
            named = misquoted(entry.detail, text)
            if named:
                result.errors.append(f"{entry.item!r}: its exclusion names {named}, not in the text")
        if entry.status == "covered":
            result.covered += 1
        elif entry.status == "excluded":
            result.excluded[entry.reason] = result.excluded.get(entry.reason, 0) + 1
        else:
            result.pending.append(entry)
    result.missing = [i for i in found if i.label not in seen]
    result.total = len(seen | labels)
    return result


def of(slug: str) -> Coverage:
    """The registered paper's census measured against its text (``theorems.texts``); where it has no census yet,
    an empty one (every item missing, ``has_census`` False). ``theorems.texts.TextsMissing`` where the text is not
    there."""
    from theorems import texts

    entries = census(slug)
    found = measure(slug, texts.text(slug), entries or [])
    found.has_census = entries is not None
    return found


def markdown(slug: str, found: Coverage) -> str:
    """``python -m theorems coverage``: the paper's counts, then its errors, the items of the text in no entry, and
    its pending steps."""
    head = found.line() if found.has_census else (f"{slug}: no census yet ({slug}'s package has no coverage "
                                                  f"module): {found.total} items in its text")
    lines = [head]
    lines += [f"  error: {e}" for e in found.errors]
    lines += [f"  not in the census: {i.label} (line {i.line})" for i in found.missing]
    lines += [f"  pending: {e.item}: {e.note}" for e in found.pending]
    return "\n".join(lines)


def to_json(found: Coverage) -> dict:
    """The counts, the exclusions by reason, the pending entries, the missing items and the errors."""
    return {"census": found.has_census, "total": found.total, "covered": found.covered, "excluded": found.excluded, "percent": found.percent,
            "pending": [{"item": e.item, "note": e.note} for e in found.pending],
            "missing": [{"item": i.label, "line": i.line} for i in found.missing], "errors": found.errors,
            "displays_found": found.displays_found}
