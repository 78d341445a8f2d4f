"""Printed constants as data, and the plants that measure a check's power (METHOD §3).

A verified or partial inequality declares the constants, exponents, floors and terms of its bound
(``declare(claim_id, constant(...), term(...), ...)``), and its check reads them (``value(claim_id, name)``) instead
of writing the numbers inline. Only what the paper prints or a derivation fixes is declared; a constant read into
an O(·) is declared with ``source="reading"``.

A **plant** makes one declared constant 2× stronger in the claim's direction, or deletes one term (its value
becomes 0). ``theorems.testing.for_claim`` runs the claim's own test once per plant with the plant in force
(``planting``); the plugin records the plant as **caught** (the check failed, as it must) or **blind**. A blind
plant is accepted only where the constant carries a measured ``looseness`` ("loose by >= 3: ..."), a finding
about the paper; otherwise the test fails.
"""
from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Literal

Role = Literal["constant", "exponent", "floor", "term"]
Direction = Literal["larger", "smaller"]
Source = Literal["printed", "derived", "reading"]
FACTOR = 2.0  # METHOD §3: the size of error that matters


@dataclass(frozen=True)
class Constant:
    """One printed number of a claim's bound: ``value`` as printed; ``stronger`` says which way makes the claim
    stronger (a smaller constant in an upper bound, a larger rate in a decay, a larger floor); a term's plant
    deletes it. ``looseness``: the measured looseness where a 2x plant cannot be seen."""

    name: str
    value: float
    role: Role
    stronger: Direction | None = None
    source: Source = "printed"
    looseness: str = ""

    def __post_init__(self):
        if not self.name.strip():
            raise ValueError("a constant needs a name")
        if self.role not in Role.__args__:
            raise ValueError(f"constant {self.name!r}: role must be one of {Role.__args__}, got {self.role!r}")
        if self.role == "term" and self.stronger is not None:
            raise ValueError(f"constant {self.name!r}: a term's plant deletes it; it has no direction")
        if self.role != "term" and self.stronger not in Direction.__args__:
            raise ValueError(f"constant {self.name!r}: stronger must be one of {Direction.__args__}, "
                             f"got {self.stronger!r}")
        if self.source not in Source.__args__:
            raise ValueError(f"constant {self.name!r}: source must be one of {Source.__args__}, got {self.source!r}")

    def planted(self) -> float:
        """The plant's value: 2x stronger, or 0 for a deleted term."""
        if self.role == "term":
            return 0.0
        return self.value * FACTOR if self.stronger == "larger" else self.value / FACTOR

    @property
    def plant(self) -> str:
        return "deleted" if self.role == "term" else f"x{FACTOR:g} stronger"


def constant(name: str, value: float, *, stronger: Direction, source: Source = "printed",
             looseness: str = "") -> Constant:
    """A printed constant (a factor of the bound)."""
    return Constant(name, float(value), "constant", stronger, source, looseness)


def exponent(name: str, value: float, *, stronger: Direction, source: Source = "printed",
             looseness: str = "") -> Constant:
    """A printed exponent (of a rate, a width, a probability)."""
    return Constant(name, float(value), "exponent", stronger, source, looseness)


def floor(name: str, value: float, *, source: Source = "printed", looseness: str = "") -> Constant:
    """A printed lower bound (an Ω(1)'s floor); larger is stronger."""
    return Constant(name, float(value), "floor", "larger", source, looseness)


def term(name: str, *, source: Source = "printed", looseness: str = "") -> Constant:
    """A term of the bound; its value is 1 (the check multiplies the term by it), its plant deletes it."""
    return Constant(name, 1.0, "term", None, source, looseness)


CONSTANTS: dict[str, dict[str, Constant]] = {}
_active: tuple[str, str] | None = None  # (claim id, constant name) of the plant in force


def declare(claim_id: str, *constants: Constant) -> None:
    """Declare the printed constants of the registered claim ``claim_id``."""
    from theorems.registry import CLAIMS

    if claim_id not in CLAIMS:
        raise ValueError(f"declare: {claim_id!r} is not a registered claim (register it first)")
    if claim_id in CONSTANTS:
        raise ValueError(f"declare: the constants of {claim_id!r} are declared twice")
    if not constants:
        raise ValueError(f"declare({claim_id!r}): name at least one constant")
    names = [c.name for c in constants]
    if len(set(names)) != len(names):
        raise ValueError(f"declare({claim_id!r}): constant names must be distinct, got {names}")
    CONSTANTS[claim_id] = {c.name: c for c in constants}


def declared(claim_id: str) -> list[Constant]:
    """The declared constants of ``claim_id``, in declaration order (none where it declares none)."""
    return list(CONSTANTS.get(claim_id, {}).values())


def value(claim_id: str, name: str) -> float:
    """The constant ``name`` of ``claim_id`` as the check must use it: as printed, or planted while a plant of it is
    in force."""
    try:
        found = CONSTANTS[claim_id][name]
    except KeyError:
        raise KeyError(f"{claim_id!r} declares no constant {name!r} (declared: "
                       f"{sorted(CONSTANTS.get(claim_id, {}))})") from None
    return found.planted() if _active == (claim_id, name) else found.value


@contextlib.contextmanager
def planting(claim_id: str, name: str):
    """The plant of ``claim_id``'s constant ``name`` in force (one at a time)."""
    global _active
    value(claim_id, name)  # a clear error for an undeclared constant
    if _active is not None:
        raise RuntimeError(f"planting: a plant is already in force ({_active})")
    _active = (claim_id, name)
    try:
        yield CONSTANTS[claim_id][name]
    finally:
        _active = None
