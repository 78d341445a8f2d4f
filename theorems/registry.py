"""Claims as data: one declarative entry per lemma, theorem or numbered equation.

The pattern is PyTorch's OpInfo: paper modules register ``Claim`` entries, tests
bind to them by id (``tests.helpers.for_claim``), and the CLI and the README's
status table are generated from the same entries.
"""
from __future__ import annotations

import importlib
import importlib.util
from dataclasses import asdict, dataclass
from typing import Literal

Kind = Literal["exact", "deterministic", "probabilistic", "rate", "symbolic", "experiment"]
Status = Literal["verified", "erratum", "partial", "untestable"]
KINDS: tuple[str, ...] = Kind.__args__
STATUSES: tuple[str, ...] = Status.__args__
PAPERS: tuple[str, ...] = ("wang_ma", "kong", "zou_gu", "shallow_sgd", "chen_veb")


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

    def to_json(self) -> dict:
        record = asdict(self)
        record["assumptions"] = list(self.assumptions)
        return record


CLAIMS: dict[str, Claim] = {}


def register(
    id: str, *, ref: str, statement: str, kind: Kind, assumptions: tuple[str, ...] = (),
    status: Status = "verified", reason: str = "",
) -> Claim:
    """Add a claim; the paper slug is the id's first component."""
    if id in CLAIMS:
        raise ValueError(f"Claim {id!r} is registered twice")
    from theorems.assumptions import ASSUMPTIONS  # registered by the same paper module, first

    unknown = [name for name in assumptions if name not in ASSUMPTIONS]
    if unknown:
        raise ValueError(f"Claim {id!r}: unknown assumptions {unknown}; register their checkers first")
    claim = Claim(id, id.split(".")[0], ref, statement, kind, tuple(assumptions), status, reason)
    CLAIMS[id] = claim
    return claim


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
