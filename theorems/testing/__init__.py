"""The suite's test API, installed with the package: binding tests to registered claims (the OpInfo pattern),
planted errors, necessity probes, and the tests every paper gets from the registry (``RegistryTests``).

A paper package outside this repository writes its claim tests with ``for_claim`` and ``erratum``, its plants with
``planted``, its probes with ``necessity``, and gets its pins', reading findings' and registry checks' tests with
one class: ``class TestMyPaper(RegistryTests): paper = "my_paper"``. The pytest plugin
(``theorems.testing.plugin``) loads itself in every pytest run of the environment.
"""
from __future__ import annotations

import pytest

from theorems.evidence import ERRATUM as ERRATUM_VERDICT, READING_FINDING, ClaimFailure, check_all
from theorems.registry import PINS, Pin, claims, get, papers, pins, reading_pins, root_causes


def for_claim(*claim_ids: str):
    """Parametrize a test by claim id, so that its node id contains the id: ``test_x[kong.eq_8]``. A verified or
    partial claim with declared constants (``theorems.constants.declare``) gets one more case per constant, its
    plant: ``test_x[kong.eq_8-plant-c1]`` runs the same test with that constant 2x stronger (a term deleted), and
    passes when the check fails (``theorems.testing.summary``)."""
    from theorems.constants import declared

    cases = []
    for claim_id in claim_ids:
        claim = get(claim_id)  # unknown ids fail at import, not silently
        cases.append(pytest.param(claim_id, id=claim_id))
        if claim.status in ("verified", "partial"):
            cases += [pytest.param(claim_id, id=f"{claim_id}-plant-{plant_id(c.name)}",
                                   marks=pytest.mark.plant(claim_id, c.name)) for c in declared(claim_id)]
    return pytest.mark.parametrize("claim_id", cases)


def plant_id(name: str) -> str:
    """A constant's name as a node-id fragment: ``the α²t term`` -> ``the_α²t_term``."""
    return "_".join(name.replace("[", "(").replace("]", ")").split())


def planted(*claim_ids: str, constant: float | None = None):
    """Mark a test that plants an error and asserts that these claims' property fails. ``constant``: the plant
    makes the claim's constant or exponent this factor stronger (METHOD §3: a factor of at most 2 must fail
    for every verified or partial inequality, or its looseness is recorded in the registry)."""
    for claim_id in claim_ids:
        get(claim_id)
    if constant is not None and not constant > 1:
        raise ValueError(f"constant must be a factor > 1 (how much stronger the planted claim is), got {constant}")
    return pytest.mark.planted(*claim_ids, constant=constant)


def planted_for(*claim_ids: str, constant: float | None = None):
    """``planted`` per claim id, parametrized like ``for_claim``: ``test_x[wang_ma.eq_3]`` plants an error for it."""
    return pytest.mark.parametrize("claim_id", [pytest.param(c, marks=planted(c, constant=constant), id=c)
                                                for c in claim_ids])


def assert_caught(monkeypatch, target, name, plant, claim_id, instance, evidence, reset=None) -> None:
    """The real code passes ``evidence()`` (a list); with ``plant(original)`` in place of ``target.name`` the same
    evidence fails with ClaimFailure. ``reset`` clears caches that would still hold the real code's results."""
    check_all(claim_id, instance, *evidence())
    monkeypatch.setattr(target, name, plant(getattr(target, name)))
    if reset is not None:
        reset()
    with pytest.raises(ClaimFailure):
        check_all(claim_id, instance, *evidence())


def necessity(rows):
    """Parametrize a necessity probe test by its table's rows ``(claim_id, assumption, necessary)``: ``necessary`` is
    True where dropping the assumption breaks the claim, False where the claim survived every violator searched.
    The node id reads ``test_necessity[<claim>-without-<assumption>]``."""
    rows = list(rows)
    for row in rows:
        if len(row) != 3 or not isinstance(row[2], bool):
            raise ValueError(f"necessity: each row is (claim_id, assumption, necessary: bool), got {row!r}")
        if row[1] not in get(row[0]).assumptions:
            raise ValueError(f"necessity: {row[1]!r} is not an assumption of {row[0]}")
    return pytest.mark.parametrize("claim_id, assumption, necessary", rows,
                                   ids=[f"{c}-without-{a}" for c, a, _ in rows])


def assert_probe_finding(result, necessary: bool, min_searched: int = 4) -> None:
    """A necessity probe found what its table records: a counterexample naming the dropped assumption, or
    none among at least ``min_searched`` violating instances that gave evidence."""
    print(result)
    assert result.necessary == necessary, str(result)
    assert result.necessary or result.searched >= min_searched, f"inconclusive: {result}"
    if necessary:
        assert f"violates assumption {result.assumption}" in result.message


def erratum(*claim_ids: str):
    """``for_claim`` for an erratum's generated examples. Each must either hold or fail with an erratum verdict
    (all the claim's hypotheses met); failures there are counted ("erratum k/N" in the run summary), and a
    failure outside the hypotheses (a strategy bug) fails the test. The erratum itself is shown by its pins
    (``theorems.registry.pin``), each a test of its own in ``tests/claims/test_registry_generated.py``."""
    for claim_id in claim_ids:
        if get(claim_id).status != "erratum":
            raise ValueError(f"{claim_id} is searched as an erratum but its registered status is {get(claim_id).status!r}")
    return lambda test: for_claim(*claim_ids)(pytest.mark.erratum_search(test))


def assert_pin_fails(pin: Pin) -> str:
    """The pin's claim fails on it with every hypothesis met (margins >= 0): with the erratum verdict for an
    erratum's pin, with the reading-finding verdict under the pin's reading for a reading finding. Returns the
    failure message. Anything else, a pass included, fails the test."""
    instance = pin.build()
    evidence = pin.evidence(instance)
    pieces = list(evidence) if isinstance(evidence, (list, tuple)) else [evidence]
    expected, what = (READING_FINDING, "no reading finding") if pin.reading else (ERRATUM_VERDICT, "no erratum")
    try:
        check_all(pin.claim_id, instance, *pieces, reading=pin.reading or None)
    except ClaimFailure as failure:
        message = str(failure)
        assert expected in message, f"pin {pin.label!r} of {pin.claim_id} fails outside the claim's hypotheses, " \
                                    f"so it is {what}:\n{message}"
        print(message)
        return message
    pytest.fail(f"pin {pin.label!r} of {pin.claim_id} no longer fails: revisit the {pin.kind} ({pin.numbers})")


class RegistryTests:
    """The tests every paper gets from the registry. Subclass it once per paper, naming the paper:

        class TestMyPaper(RegistryTests):
            paper = "my_paper"

    (``paper = None``: every registered paper). Each erratum pin and each reading finding is a test of its own,
    which fails when the pin stops failing or fails outside its claim's hypotheses; every erratum has a pin, a
    severity, an impact and a root cause; every root cause is used; every claim's ``ref`` names numbers that occur in the
    paper's text (``theorems.fidelity``; the text is read through ``theorems.texts``); and the paper's census lists
    every numbered equation, result and display of the text (``theorems.coverage``)."""

    paper: str | None = None

    def pytest_generate_tests(self, metafunc):
        name = metafunc.function.__name__
        if name == "test_the_census_lists_every_item_of_the_text":
            metafunc.parametrize("slug", [self.paper] if self.paper else papers())
            return
        if name == "test_pinned_counterexample_fails":
            found = pins(self.paper)
        elif name == "test_reading_finding_fails":
            found = reading_pins(self.paper)
        else:
            return
        metafunc.parametrize("pin", [pytest.param(p, id=f"{p.claim_id}-{p.label}") for p in found])

    def test_pinned_counterexample_fails(self, pin):
        assert_pin_fails(pin)

    def test_reading_finding_fails(self, pin):
        assert_pin_fails(pin)

    def test_every_erratum_has_a_pin_a_severity_an_impact_and_a_root_cause(self):
        errata = [c for c in claims(self.paper) if c.status == "erratum"]
        unpinned = [c.id for c in errata if not PINS.get(c.id)]
        assert not unpinned, f"errata with no pinned counterexample (theorems.registry.pin): {unpinned}"
        unjudged = [c.id for c in errata if c.severity is None or c.impact is None or not c.root_cause]
        assert not unjudged, f"errata without a severity, an impact or a root cause: {unjudged}"

    def test_each_root_cause_is_used_and_stated_once(self):
        every = claims()
        causes = root_causes(self.paper)
        unused = [r.id for r in causes if not any(c.root_cause == r.id for c in every)]
        assert not unused, f"root causes that no erratum names: {unused}"
        for claim in claims(self.paper):
            for cause in causes:
                assert cause.explanation[:120] not in claim.reason, \
                    f"{claim.id} repeats the explanation of {cause.id} in its reason: name it as root_cause instead"

    def test_the_census_lists_every_item_of_the_text(self, slug, paper_text):
        """METHOD §4: every numbered equation, numbered result and display of the text is in the paper's census
        (``theorems.coverage``), and every entry names an item of the text and registered claims."""
        from theorems import coverage

        entries = coverage.census(slug)
        if entries is None:
            pytest.skip(f"{slug} has no census yet (a coverage module with CENSUS): "
                        f"{len(coverage.items(paper_text(slug)))} items in its text")
        found = coverage.measure(slug, paper_text(slug), entries)
        assert not found.errors and not found.missing, coverage.markdown(slug, found)

    def test_each_ref_names_numbers_the_paper_has(self, paper_text):
        from theorems.fidelity import misquoted

        wrong = [f"{c.id}: ref {c.ref!r} names {missing}" for slug in ([self.paper] if self.paper else papers())
                 for c in claims(slug) if (missing := misquoted(c.ref, paper_text(slug)))]
        assert not wrong, "refs naming numbers not found in the paper's text:\n  " + "\n  ".join(wrong)
