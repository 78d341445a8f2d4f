"""Assumptions as named checkers returning a margin: positive when it holds.

A margin is a signed distance to the assumption's boundary in the assumption's
own units (e.g. ``C - max_i |y_i|`` for bounded labels): >= 0 holds, < 0 is
violated, so that a failure report can say by how much an instance satisfies or
violates each one. Strict assumptions subtract their resolution (``λ0 > 0`` uses a
confidence lower bound on λ0).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable


@dataclass(frozen=True)
class Assumption:
    name: str
    ref: str
    description: str
    margin: Callable[[Any], float]

    def holds(self, instance) -> bool:
        return self.margin(instance) >= 0


ASSUMPTIONS: dict[str, Assumption] = {}


def assumption(name: str, *, ref: str, description: str):
    """Decorator registering ``margin(instance) -> float`` under ``name``."""

    def wrap(margin: Callable[[Any], float]) -> Callable[[Any], float]:
        if name in ASSUMPTIONS:
            raise ValueError(f"assumption {name!r} is registered twice")
        ASSUMPTIONS[name] = Assumption(name, ref, description, margin)
        return margin

    return wrap


def margins(names, instance) -> dict[str, float]:
    """Each named assumption's margin on ``instance``; NaN where the checker does not apply to it
    (e.g. an experiment's summary rows rather than an instance)."""
    found = {}
    for name in names:
        try:
            found[name] = float(ASSUMPTIONS[name].margin(instance))
        except (AttributeError, TypeError):
            found[name] = float("nan")
    return found
