"""The census machinery (``theorems.coverage``): what it finds in a text, and what it refuses in a census. Each
paper's census against its own text is ``RegistryTests.test_the_census_lists_every_item_of_the_text``."""
from __future__ import annotations

import pytest

from theorems import coverage
from theorems.coverage import covered, excluded, items, measure, pending

TEXT = """## 2. Setting
**Lemma 1.** *A bound.*
$$ f(x) = x^2 \\quad (1) $$
Proof of Lemma 1.
$$ f(x) \\le 2x^2 $$
$$ 2x^2 \\le 3 $$
$$ \\begin{aligned} a &\\le b \\tag{2} \\\\ b &\\le c \\tag{3} \\end{aligned} $$
*Remark 2.1.* Lemma 1.5 is cited, not stated here.
"""


def test_items_are_numbered_equations_results_and_displays_by_position():
    assert [(i.label, i.kind) for i in items(TEXT)] == [
        ("Lemma 1", "result"), ("eq. (1)", "equation"), ("display after (1)", "display"),
        ("display after (1) #2", "display"), ("eq. (2)", "equation"), ("eq. (3)", "equation"),
        ("Remark 2.1", "result")]


def test_a_plain_text_paper_has_numbered_lines_and_no_displays():
    text = "Theorem 3.3. Under Assumption 3.1, m = Omega(n^8). (3.1)\nThen L(W) <= eps, as in (3.1).\n"
    assert [i.label for i in items(text)] == ["Theorem 3.3", "eq. (3.1)"]
    assert not measure("kong", text, [covered("Theorem 3.3", "kong.theorem_3"),
                                      excluded("eq. (3.1)", "definition")]).displays_found


def test_a_complete_census_counts_covered_excluded_and_pending():
    entries = [covered("Lemma 1", "kong.lemma_6"), excluded("eq. (1)", "definition"),
               excluded("display after (1)", "follows", "from (1) by x^2 <= 2x^2"),
               pending("display after (1) #2", "the constant 3"), covered("eq. (2)", "kong.lemma_4"),
               covered("eq. (3)", "kong.lemma_4"), excluded("Remark 2.1", "notation")]
    found = measure("kong", TEXT, entries)
    assert (found.covered, found.excluded, len(found.pending), found.missing, found.errors) == \
        (3, {"definition": 1, "follows": 1, "notation": 1}, 1, [], [])
    assert found.total == 7 and round(found.percent) == 86
    assert "1 pending" in found.line() and "pending: display after (1) #2: the constant 3" in \
        coverage.markdown("kong", found)


@pytest.mark.parametrize("entry, error", [
    (covered("eq. (9)", "kong.lemma_6"), "'eq. (9)' names no item of the text"),
    (covered("display after (3)", "kong.lemma_6"), "'display after (3)' names no item of the text"),
    (covered("Section 2 prose", "kong.lemma_6"), "'Section 2 prose' names no item of the text"),
    (covered("Lemma 1", "kong.no_such_claim"), "'kong.no_such_claim', which is not a registered claim"),
    (excluded("Lemma 1", "restatement", "of Lemma 7"), "its exclusion names ['Lemma 7'], not in the text"),
])
def test_a_stale_or_wrong_entry_is_an_error(entry, error):
    found = measure("kong", TEXT, [entry])
    assert any(error in e for e in found.errors), found.errors
    assert {i.label for i in found.missing} >= {"eq. (1)", "eq. (2)"}


def test_an_item_twice_in_the_census_is_an_error():
    found = measure("kong", TEXT, [excluded("eq. (1)", "definition"), excluded("eq. (1)", "notation")])
    assert "'eq. (1)' is in the census twice" in found.errors


@pytest.mark.parametrize("make, message", [
    (lambda: excluded("eq. (1)", "obvious"), "reason must be one of"),
    (lambda: excluded("eq. (1)", "follows"), "detail must say follows from X by Y"),
    (lambda: covered("eq. (1)"), "name at least one claim"),
    (lambda: pending("eq. (1)", " "), "note must say what the step carries"),
])
def test_bad_entries_are_refused_naming_the_condition(make, message):
    with pytest.raises(ValueError, match=message):
        make()
