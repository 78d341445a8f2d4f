"""METHOD §1's ref parser (``theorems.fidelity``); the check of every claim's ref against its paper's text is
``theorems.testing.RegistryTests.test_each_ref_names_numbers_the_paper_has`` (``tests/claims/test_registry_generated.py``)."""
from __future__ import annotations

import pytest

from theorems.fidelity import misquoted, occurs, references


@pytest.mark.parametrize("ref, expected", [
    ("Lemma 6, eq. (45)", [("Lemma", "6"), ("eq", "45")]),
    ("Appendix D, eqs. (38)-(39)", [("eq", "38"), ("eq", "39"), ("Appendix", "D")]),
    ("Theorems 5.2, 5.3", [("Theorem", "5.2"), ("Theorem", "5.3")]),
    ("Section 6.3 (Lemmas C.5, C.6)", [("Section", "6.3"), ("Lemma", "C.5"), ("Lemma", "C.6")]),
    ("Section V, Figs. 2-4", [("Figure", "2"), ("Figure", "4")]),
])
def test_references_are_parsed(ref, expected):
    assert sorted(references(ref)) == sorted(expected)


def test_a_misquoted_number_is_caught(paper_text):
    kong = paper_text("kong")
    assert not occurs("Lemma", "9", kong) and occurs("Lemma", "6", kong)
    assert not occurs("eq", "99", kong) and occurs("eq", "45", kong)
    assert misquoted("Lemma 6, eq. (99)", kong) == ["eq 99"]
