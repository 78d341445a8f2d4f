"""METHOD §1: every claim's ``ref`` names the paper's own numbering, and each number in it occurs in the
paper's text (``../shared/seeds/``): lemmas, theorems, equations, sections, appendices, tables, figures."""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from theorems.registry import claims

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
NUMBERED = r"(Lemma|Theorem|Corollary|Proposition|Assumption|Condition|Remark|Definition|Table|Algorithm|Example)"
NUMBER = r"(?:[A-Z]\.?)?\d+(?:\.\d+)*"


@cache
def paper_text(paper: str) -> str:
    index = (SEEDS / "README.md").read_text()
    name = re.search(rf"\| (\S+\.txt) \| `{paper}` \|", index).group(1)
    return (SEEDS / name).read_text()


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
    n = re.escape(number)
    if kind == "eq":
        return re.search(rf"\({n}\)|\\tag\{{{n}\}}", text) is not None
    if kind in ("Section", "Appendix"):
        return re.search(rf"^#+\s*{n}\b|\b(Section|Appendix|Sec\.) {n}\b", text, re.M | re.I) is not None
    if kind == "Figure":
        return re.search(rf"\b(Figure|Fig\.) {n}\b", text, re.I) is not None
    return re.search(rf"\b{kind}s? (?:{NUMBER}(?:, | and ))*{n}\b", text, re.I) is not None


@pytest.mark.parametrize("claim", [pytest.param(c, id=c.id) for c in claims()])
def test_each_ref_names_numbers_the_paper_has(claim):
    text = paper_text(claim.paper)
    named = references(claim.ref)
    missing = [f"{kind} {number}" for kind, number in named if not occurs(kind, number, text)]
    assert not missing, f"{claim.id}: ref {claim.ref!r} names {missing}, not found in the paper's text"


@pytest.mark.parametrize("ref, expected", [
    ("Lemma 6, eq. (45)", [("Lemma", "6"), ("eq", "45")]),
    ("Appendix D, eqs. (38)-(39)", [("eq", "38"), ("eq", "39"), ("Appendix", "D")]),
    ("Theorems 5.2, 5.3", [("Theorem", "5.2"), ("Theorem", "5.3")]),
    ("Section 6.3 (Lemmas C.5, C.6)", [("Section", "6.3"), ("Lemma", "C.5"), ("Lemma", "C.6")]),
    ("Section V, Figs. 2-4", [("Figure", "2"), ("Figure", "4")]),
])
def test_references_are_parsed(ref, expected):
    assert sorted(references(ref)) == sorted(expected)


def test_a_misquoted_number_is_caught():
    assert not occurs("Lemma", "9", paper_text("kong")) and occurs("Lemma", "6", paper_text("kong"))
    assert not occurs("eq", "99", paper_text("kong")) and occurs("eq", "45", paper_text("kong"))
