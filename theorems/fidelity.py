"""METHOD §1: a claim's ``ref`` names the paper's own numbering, and each number in it occurs in the paper's text:
lemmas, theorems, equations, sections, appendices, tables, figures (``misquoted``)."""
from __future__ import annotations

import re

NUMBERED = r"(Lemma|Theorem|Corollary|Proposition|Assumption|Condition|Remark|Definition|Table|Algorithm|Example)"
NUMBER = r"(?:[A-Z]\.?)?\d+(?:\.\d+)*"


def _numbers(listing: str) -> list[str]:
    return re.findall(NUMBER, listing)


def references(ref: str) -> list[tuple[str, str]]:
    """(kind, number) for every numbered object ``ref`` names; ranges name both ends."""
    found = []
    for word, listing in re.findall(rf"\b{NUMBERED}s? ({NUMBER}(?:(?:, | and |-){NUMBER})*)", ref):
        found += [(word, n) for n in _numbers(listing)]
    for listing in re.findall(rf"\beqs?\. ((?:\({NUMBER}\)(?:, | and |-|–)?)+)", ref):
        found += [("eq", n) for n in _numbers(listing)]
    for listing in re.findall(rf"\bSections? ({NUMBER}(?:(?:, | and |-){NUMBER})*)", ref):
        found += [("Section", n) for n in _numbers(listing)]
    found += [("Appendix", n) for n in re.findall(r"\bAppendix ([A-Z](?:\.\d+)?)\b", ref)]
    for listing in re.findall(rf"\bFigs?\. ({NUMBER}(?:(?:, | and |-){NUMBER})*)", ref):
        found += [("Figure", n) for n in _numbers(listing)]
    for listing in re.findall(r"\(((?:[A-Z]\.\d+)(?:, [A-Z]\.\d+)*)\)", ref):
        found += [("eq", n) for n in _numbers(listing)]
    return found


def occurs(kind: str, number: str, text: str) -> bool:
    """Whether the numbered object (``kind``, ``number``) occurs in ``text``."""
    n = re.escape(number)
    if kind == "eq":
        return re.search(rf"\({n}\)|\\tag\{{{n}\}}", text) is not None
    if kind in ("Section", "Appendix"):
        return re.search(rf"^#+\s*{n}\b|\b(Section|Appendix|Sec\.) {n}\b", text, re.M | re.I) is not None
    if kind == "Figure":
        return re.search(rf"\b(Figure|Fig\.) {n}\b", text, re.I) is not None
    return re.search(rf"\b{kind}s? (?:{NUMBER}(?:, | and ))*{n}\b", text, re.I) is not None


def misquoted(ref: str, text: str) -> list[str]:
    """The numbered objects ``ref`` names that do not occur in ``text`` ("Lemma 9", "eq 99")."""
    return [f"{kind} {number}" for kind, number in references(ref) if not occurs(kind, number, text)]
