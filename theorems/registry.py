"""Claims as data: one declarative entry per lemma, theorem or numbered equation.

The pattern is PyTorch's OpInfo: paper modules register ``Claim`` entries, tests
bind to them by id (``tests.helpers.for_claim``), and the CLI and the README's
status table are generated from the same entries.
"""
from __future__ import annotations

import importlib
import importlib.util
from dataclasses import asdict, dataclass, replace
from typing import Any, Callable, Literal

Kind = Literal["exact", "deterministic", "probabilistic", "rate", "symbolic", "experiment"]
Status = Literal["verified", "erratum", "partial", "untestable"]
# METHOD §4, most severe first: a numbered result false under its own hypotheses; an explicit constant or
# exponent wrong (the form right); a false proof step (the statement may hold); a false informal remark; a slip
# with no effect on any conclusion.
Severity = Literal["statement", "constant", "proof", "remark", "typo"]
KINDS: tuple[str, ...] = Kind.__args__
STATUSES: tuple[str, ...] = Status.__args__
SEVERITIES: tuple[str, ...] = Severity.__args__
PAPERS: tuple[str, ...] = ("wang_ma", "kong", "zou_gu", "shallow_sgd", "chen_veb")


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
        if self.paper not in PAPERS:
            raise ValueError(f"RootCause {self.id!r}: paper must be one of {PAPERS}, got {self.paper!r}")
        if not self.id.startswith(self.paper + "."):
            raise ValueError(f"RootCause id {self.id!r} must start with its paper slug {self.paper!r} and a dot")
        for name in ("title", "explanation", "scaling"):
            if not getattr(self, name).strip():
                raise ValueError(f"RootCause {self.id!r}: {name} must not be empty")


@dataclass(frozen=True)
class Pin:
    """A pinned counterexample of an erratum: an instance that meets every hypothesis of the claim and on which
    the claim's property fails (``tests/claims/test_pins.py`` runs each pin as a test of its own)."""

    claim_id: str
    label: str  # "shrunk", or the sizes of a non-degenerate pin, e.g. "h1 = 8"
    build: Callable[[], Any]  # the instance
    evidence: Callable[[Any], Any]  # the claim's property: instance -> Evidence or a sequence of Evidence
    numbers: str  # what the pin measures, against what the claim states, and the hand check

    def __post_init__(self):
        if not self.label.strip() or not self.numbers.strip():
            raise ValueError(f"Pin of {self.claim_id!r}: label and numbers must not be empty")


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
    looseness: str = ""  # METHOD §3: "holds, loose by >= X" with X measured, where no 2x constant plant fails
    # a trajectory against its bound (a loss along GD iterations or gradient-flow time, ...): its evidence keeps the
    # trajectory (``Evidence.series``) and the report draws it; set by ``dynamic`` with a cheap example
    dynamic: bool = False

    def __post_init__(self):
        if self.paper not in PAPERS:
            raise ValueError(f"Claim {self.id!r}: paper must be one of {PAPERS}, got {self.paper!r}")
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
        if self.status != "erratum" and (self.severity is not None or self.root_cause):
            raise ValueError(f"Claim {self.id!r}: only an erratum has a severity and a root_cause "
                             f"(status is {self.status!r})")

    def to_json(self) -> dict:
        record = asdict(self)
        record["assumptions"] = list(self.assumptions)
        return record


CLAIMS: dict[str, Claim] = {}
ROOT_CAUSES: dict[str, RootCause] = {}
PINS: dict[str, list[Pin]] = {}


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
    root_cause: str = "", looseness: str = "",
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
                  severity, root_cause, looseness)
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
    """Every pin, in claim order."""
    return [p for c in claims(paper) for p in PINS.get(c.id, ())]


def root_causes(paper: str | None = None) -> list[RootCause]:
    load_all()
    return [r for r in ROOT_CAUSES.values() if paper is None or r.paper == paper]


def load_all() -> dict[str, Claim]:
    """Import every paper package ``theorems.<slug>`` present, each registering its claims on import."""
    for paper in PAPERS:
        if importlib.util.find_spec(f"theorems.{paper}") is not None:
            importlib.import_module(f"theorems.{paper}")
    return CLAIMS


def claims(paper: str | None = None) -> list[Claim]:
    if paper is not None and paper not in PAPERS:
        raise ValueError(f"paper must be one of {PAPERS}, got {paper!r}")
    load_all()
    selected = [c for c in CLAIMS.values() if paper is None or c.paper == paper]
    return sorted(selected, key=lambda c: PAPERS.index(c.paper))  # registration order within a paper


def get(claim_id: str) -> Claim:
    load_all()
    try:
        return CLAIMS[claim_id]
    except KeyError:
        raise KeyError(f"no claim with id {claim_id!r}") from None
