"""Papers and claims as data: one declarative entry per paper, and per lemma, theorem or numbered equation.

The pattern is PyTorch's OpInfo: a paper is a package that registers itself (``register_paper``) and its
``Claim`` entries on import, and is found at run time through the entry point group ``convergence_claims.papers``
(``discover``); the five shipped papers are found the same way. Tests bind to claims by id
(``theorems.testing.for_claim``), and the CLI, the report and the README's status table are generated from the
same entries.
"""
from __future__ import annotations

import importlib
import re
from dataclasses import asdict, dataclass, replace
from importlib.metadata import entry_points
from typing import Any, Callable, Literal

# "machinery": a check of the suite's own samplers or harness (a strategy's promise, say), registered beside the
# paper's claims because a claim rests on it; it is counted apart from the paper's claims
Kind = Literal["exact", "deterministic", "probabilistic", "rate", "symbolic", "experiment", "machinery"]
Status = Literal["verified", "erratum", "partial", "untestable"]
# METHOD §4, most severe first: a numbered result false under its own hypotheses; an explicit constant or
# exponent wrong (the form right); a false proof step (the statement may hold); a false informal remark; a slip
# with no effect on any conclusion.
Severity = Literal["statement", "constant", "proof", "remark", "typo"]
# METHOD §5: which of the paper's results an erratum breaks, the most far-reaching first: the numbered results it
# names; another step, but no numbered result; nothing
Impact = Literal["results", "local", "none"]
KINDS: tuple[str, ...] = Kind.__args__
IMPACTS: tuple[str, ...] = Impact.__args__
STATUSES: tuple[str, ...] = Status.__args__
SEVERITIES: tuple[str, ...] = Severity.__args__
ENTRY_POINT_GROUP = "convergence_claims.papers"  # name: the paper's slug; value: the package that registers it
SLUG = re.compile(r"[a-z][a-z0-9_]*")


@dataclass(frozen=True)
class Paper:
    """A paper the suite checks: its slug (the first component of its claim ids), title and text.

    ``text`` is the file name of the paper's plain text in the configured texts directory (``theorems.texts``), or
    an absolute path. ``experiment`` and ``experiment_html`` name ``module:function`` callables ``(full: bool) ->
    str`` that reproduce the paper's experiments as markdown (``python -m theorems experiment SLUG``) and as an
    HTML section of the report; empty where the paper has none."""

    slug: str
    title: str
    text: str
    module: str  # the package that registered the paper
    experiment: str = ""
    experiment_html: str = ""

    def __post_init__(self):
        if not SLUG.fullmatch(self.slug):
            raise ValueError(f"register_paper: slug must match {SLUG.pattern} (it starts every claim id), "
                             f"got {self.slug!r}")
        for name in ("title", "text"):
            if not getattr(self, name).strip():
                raise ValueError(f"register_paper({self.slug!r}): {name} must not be empty")
        for name in ("experiment", "experiment_html"):
            value = getattr(self, name)
            if value and not re.fullmatch(r"[\w.]+:\w+", value):
                raise ValueError(f"register_paper({self.slug!r}): {name} must be 'module:function', got {value!r}")

    def load(self, name: str) -> Callable[[bool], str] | None:
        """The callable that ``experiment`` or ``experiment_html`` names, imported now; None where empty."""
        spec = getattr(self, name)
        if not spec:
            return None
        module, function = spec.split(":")
        return getattr(importlib.import_module(module), function)


PAPERS: dict[str, Paper] = {}


def _known_paper(owner: str, paper: str) -> None:
    if paper not in PAPERS:
        known = ", ".join(sorted(PAPERS)) or "none"
        raise ValueError(f"{owner}: paper must be a registered paper (register_paper), got {paper!r}; "
                         f"registered: {known}")


@dataclass(frozen=True)
class RootCause:
    """One mechanism behind one or more errata (METHOD §4), stated once and shared by every claim it breaks."""

    id: str
    paper: str
    title: str  # one line
    explanation: str  # what goes wrong and why: mathematics, derived by hand
    scaling: str  # how the failure scales with the sizes (does it vanish as a width or d grows?)
    hand_check: str = ""  # the numbers of a pin recomputed by hand

    def __post_init__(self):
        _known_paper(f"RootCause {self.id!r}", self.paper)
        if not self.id.startswith(self.paper + "."):
            raise ValueError(f"RootCause id {self.id!r} must start with its paper slug {self.paper!r} and a dot")
        for name in ("title", "explanation", "scaling"):
            if not getattr(self, name).strip():
                raise ValueError(f"RootCause {self.id!r}: {name} must not be empty")


@dataclass(frozen=True)
class Pin:
    """A pinned counterexample: an instance that meets every hypothesis of the claim and on which the claim's
    property fails (``theorems.testing.RegistryTests`` runs each pin as a test of its own). Without a ``reading``
    it pins an erratum (``pin``); with one, a reading finding (``pin_reading``): the check fails under that
    declared reading of something the paper does not fix, which says nothing against the paper (METHOD §1)."""

    claim_id: str
    label: str  # "shrunk", or the sizes of a non-degenerate pin, e.g. "h1 = 8"
    build: Callable[[], Any]  # the instance
    evidence: Callable[[Any], Any]  # the claim's property: instance -> Evidence or a sequence of Evidence
    numbers: str  # what the pin measures, against what the claim states, and the hand check
    reading: str = ""  # a reading finding's reading (the hidden constant's value it fails at, ...)

    def __post_init__(self):
        if not self.label.strip() or not self.numbers.strip():
            raise ValueError(f"Pin of {self.claim_id!r}: label and numbers must not be empty")

    @property
    def kind(self) -> str:
        """``erratum`` or ``reading``: what the pin's failure shows."""
        return "reading" if self.reading else "erratum"


@dataclass(frozen=True)
class Claim:
    id: str
    paper: str
    ref: str
    statement: str
    kind: Kind
    assumptions: tuple[str, ...]
    status: Status
    reason: str = ""
    reading: str = ""  # what the check fixes that the paper does not (METHOD §1); empty if nothing
    severity: Severity | None = None  # errata only
    root_cause: str = ""  # errata only: the id of a registered RootCause
    impact: Impact | None = None  # errata only: which of the paper's results the error breaks (METHOD §5)
    looseness: str = ""  # METHOD §3: "holds, loose by >= X" with X measured, where no 2x constant plant fails
    # a trajectory against its bound (a loss along GD iterations or gradient-flow time, ...): its evidence keeps the
    # trajectory (``Evidence.series``) and the report draws it; set by ``dynamic`` with a cheap example
    dynamic: bool = False

    def __post_init__(self):
        _known_paper(f"Claim {self.id!r}", self.paper)
        if not self.id.startswith(self.paper + "."):
            raise ValueError(f"Claim id {self.id!r} must start with its paper slug {self.paper!r} and a dot")
        if self.kind not in KINDS:
            raise ValueError(f"Claim {self.id!r}: kind must be one of {KINDS}, got {self.kind!r}")
        if self.status not in STATUSES:
            raise ValueError(f"Claim {self.id!r}: status must be one of {STATUSES}, got {self.status!r}")
        if self.status != "verified" and not self.reason.strip():
            raise ValueError(f"Claim {self.id!r}: status {self.status!r} needs a reason")
        if self.severity is not None and self.severity not in SEVERITIES:
            raise ValueError(f"Claim {self.id!r}: severity must be one of {SEVERITIES}, got {self.severity!r}")
        if self.impact is not None and self.impact not in IMPACTS:
            raise ValueError(f"Claim {self.id!r}: impact must be one of {IMPACTS}, got {self.impact!r}")
        if self.status != "erratum" and (self.severity is not None or self.root_cause or self.impact is not None):
            raise ValueError(f"Claim {self.id!r}: only an erratum has a severity, an impact and a root_cause "
                             f"(status is {self.status!r})")

    def to_json(self) -> dict:
        record = asdict(self)
        record["assumptions"] = list(self.assumptions)
        return record


CLAIMS: dict[str, Claim] = {}
ROOT_CAUSES: dict[str, RootCause] = {}
PINS: dict[str, list[Pin]] = {}  # erratum pins, per claim
READING_PINS: dict[str, list[Pin]] = {}  # reading findings, per claim


@dataclass(frozen=True)
class TrajectoryExample:
    """A cheap instance of a dynamic claim and the claim's property on it (instance -> Evidence, or a sequence of
    Evidence): ``tests/meta/test_trajectories.py`` runs it and checks that the evidence keeps its trajectory."""

    claim_id: str
    build: Callable[[], Any]
    evidence: Callable[[Any], Any]


TRAJECTORY_EXAMPLES: dict[str, TrajectoryExample] = {}


def explain(id: str, *, title: str, explanation: str, scaling: str, hand_check: str = "") -> RootCause:
    """Register the explanation of one mechanism; errata name it as their ``root_cause``."""
    if id in ROOT_CAUSES:
        raise ValueError(f"RootCause {id!r} is registered twice")
    cause = RootCause(id, id.split(".")[0], title, explanation, scaling, hand_check)
    ROOT_CAUSES[id] = cause
    return cause


def register(
    id: str, *, ref: str, statement: str, kind: Kind, assumptions: tuple[str, ...] = (),
    status: Status = "verified", reason: str = "", reading: str = "", severity: Severity | None = None,
    root_cause: str = "", looseness: str = "", impact: Impact | None = None,
) -> Claim:
    """Add a claim; the paper slug is the id's first component."""
    if id in CLAIMS:
        raise ValueError(f"Claim {id!r} is registered twice")
    from theorems.assumptions import ASSUMPTIONS  # registered by the same paper module, first

    unknown = [name for name in assumptions if name not in ASSUMPTIONS]
    if unknown:
        raise ValueError(f"Claim {id!r}: unknown assumptions {unknown}; register their checkers first")
    if root_cause and root_cause not in ROOT_CAUSES:
        raise ValueError(f"Claim {id!r}: unknown root_cause {root_cause!r}; register it with explain() first")
    claim = Claim(id, id.split(".")[0], ref, statement, kind, tuple(assumptions), status, reason, reading,
                  severity, root_cause, impact, looseness)
    CLAIMS[id] = claim
    return claim


def pin(claim_id: str, label: str, *, build: Callable[[], Any], evidence: Callable[[Any], Any],
        numbers: str) -> Pin:
    """Pin a counterexample of the registered erratum ``claim_id``."""
    claim = CLAIMS.get(claim_id)
    if claim is None or claim.status != "erratum":
        raise ValueError(f"pin {label!r}: {claim_id!r} is not a registered erratum")
    if any(p.label == label for p in PINS.get(claim_id, ())):
        raise ValueError(f"pin {label!r} of {claim_id!r} is registered twice")
    found = Pin(claim_id, label, build, evidence, numbers)
    PINS.setdefault(claim_id, []).append(found)
    return found


def pin_reading(claim_id: str, label: str, *, reading: str, build: Callable[[], Any],
                evidence: Callable[[Any], Any], numbers: str) -> Pin:
    """Pin a failure of the registered claim ``claim_id`` under a declared ``reading`` (METHOD §1): a value of a
    constant hidden in O(·) or Ω(·), say. A claim may pin several readings of one hidden constant, each under a
    label of its own; the readings it holds under are its tests' business."""
    if claim_id not in CLAIMS:
        raise ValueError(f"pin_reading {label!r}: {claim_id!r} is not a registered claim")
    if not reading.strip():
        raise ValueError(f"pin_reading {label!r} of {claim_id!r}: reading must say what the check fixes that the "
                         "paper does not")
    if any(p.label == label for p in READING_PINS.get(claim_id, ())):
        raise ValueError(f"reading pin {label!r} of {claim_id!r} is registered twice")
    found = Pin(claim_id, label, build, evidence, numbers, reading.strip())
    READING_PINS.setdefault(claim_id, []).append(found)
    return found


def dynamic(claim_id: str, *, build: Callable[[], Any], evidence: Callable[[Any], Any]) -> Claim:
    """Declare the registered claim ``claim_id`` dynamic (a trajectory against its bound: the report draws it) with
    a cheap example of its property that keeps the trajectory (``TRAJECTORY_EXAMPLES``)."""
    claim = CLAIMS.get(claim_id)
    if claim is None:
        raise ValueError(f"dynamic: {claim_id!r} is not a registered claim (register it first)")
    if claim_id in TRAJECTORY_EXAMPLES:
        raise ValueError(f"dynamic: {claim_id!r} is declared twice")
    TRAJECTORY_EXAMPLES[claim_id] = TrajectoryExample(claim_id, build, evidence)
    CLAIMS[claim_id] = claim = replace(claim, dynamic=True)
    return claim


def dynamic_claims(paper: str | None = None) -> list[Claim]:
    """The claims declared dynamic, in claim order."""
    return [c for c in claims(paper) if c.dynamic]


def pins(paper: str | None = None) -> list[Pin]:
    """Every erratum pin, in claim order."""
    return [p for c in claims(paper) for p in PINS.get(c.id, ())]


def reading_pins(paper: str | None = None) -> list[Pin]:
    """Every reading finding, in claim order."""
    return [p for c in claims(paper) for p in READING_PINS.get(c.id, ())]


def root_causes(paper: str | None = None) -> list[RootCause]:
    load_all()
    return [r for r in ROOT_CAUSES.values() if paper is None or r.paper == paper]


def register_paper(slug: str, title: str, *, text: str, experiment: str = "", experiment_html: str = "",
                   module: str | None = None) -> Paper:
    """Register a paper; its package calls this on import, before it registers its claims. ``module`` defaults to
    the caller's package."""
    if slug in PAPERS:
        raise ValueError(f"register_paper: paper {slug!r} is registered twice (by {PAPERS[slug].module})")
    if module is None:
        import inspect

        module = inspect.currentframe().f_back.f_globals.get("__name__", "")
    PAPERS[slug] = found = Paper(slug, title, text, module, experiment, experiment_html)
    return found


_discovered = False


def discover() -> dict[str, Paper]:
    """Import every paper package named in the entry point group ``convergence_claims.papers`` (each registers
    itself and its claims on import), once. An entry point whose package registers no paper of its name, and an
    environment with no paper at all, are errors that say what to do."""
    global _discovered
    if not _discovered:
        _discovered = True
        found = sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name)
        if not found and not PAPERS:
            raise RuntimeError(f"no paper is registered: no entry point in the group {ENTRY_POINT_GROUP!r}; install "
                               "the suite (python -m pip install -e .) and each paper package outside it")
        for point in found:
            if point.name not in PAPERS:
                importlib.import_module(point.value)
            if point.name not in PAPERS:
                raise RuntimeError(f"entry point {point.name!r} of {ENTRY_POINT_GROUP!r} imported {point.value!r}, "
                                   f"which registered no paper {point.name!r}: call register_paper({point.name!r}, "
                                   "...) in its __init__, before its claims")
    return PAPERS


def papers() -> list[str]:
    """The registered papers' slugs, in alphabetical order."""
    return sorted(discover())


def paper(slug: str) -> Paper:
    """The registered paper ``slug``; a clear error naming the registered ones otherwise."""
    discover()
    _known_paper("paper", slug)
    return PAPERS[slug]


def load_all() -> dict[str, Claim]:
    """Every registered claim, after ``discover`` has imported every paper package."""
    discover()
    return CLAIMS


def claims(paper: str | None = None) -> list[Claim]:
    load_all()
    if paper is not None:
        _known_paper("claims", paper)
    order = papers()
    selected = [c for c in CLAIMS.values() if paper is None or c.paper == paper]
    return sorted(selected, key=lambda c: order.index(c.paper))  # registration order within a paper


def get(claim_id: str) -> Claim:
    load_all()
    try:
        return CLAIMS[claim_id]
    except KeyError:
        raise KeyError(f"no claim with id {claim_id!r}") from None
