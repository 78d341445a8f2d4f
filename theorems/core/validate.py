"""Validation of instance parameters where instances are built: bad input is a ValueError, never a verdict.

Every instance constructor of every paper checks its fields with these helpers. Each raises a
``ValueError`` whose message names the parameter and the condition it breaks, and returns the
value, so that ``__post_init__`` can read as a list of conditions. They reject what is not a legal
input at all (a NaN, an infinite step, a width of 2.5, an empty input); instances that are legal
but break a claim's hypotheses are the assumption checkers' business (``theorems.assumptions``),
and instances where a claim says nothing are the properties' (``theorems.evidence.Uninformative``).
"""
from __future__ import annotations

import math
from numbers import Integral, Real


def _is_int(value) -> bool:
    return isinstance(value, Integral) and not isinstance(value, bool)


def _is_real(value) -> bool:
    return isinstance(value, Real) and not isinstance(value, bool)


def integer(name: str, value, minimum: int | None = None) -> int:
    """An integer (not a bool, not a float such as 2.0 or 2.5), at least ``minimum`` when given."""
    if not _is_int(value):
        raise ValueError(f"{name} must be an integer, got {value!r} ({type(value).__name__})")
    if minimum is not None and value < minimum:
        raise ValueError(f"{name} must be an integer >= {minimum}, got {value!r}")
    return int(value)


def positive_int(name: str, value) -> int:
    """An integer >= 1 (a width, a dimension, a batch size)."""
    return integer(name, value, 1)


def seed(name: str, value) -> int:
    """A seed of torch's generators: an integer >= 0."""
    return integer(name, value, 0)


def finite(name: str, value) -> float:
    """A finite real number (not NaN, not ±inf, not a bool)."""
    if not _is_real(value):
        raise ValueError(f"{name} must be a real number, got {value!r} ({type(value).__name__})")
    if not math.isfinite(value):
        raise ValueError(f"{name} must be finite, got {value!r}")
    return float(value)


def positive(name: str, value) -> float:
    """A finite real number > 0 (a step size, a constant of a schedule, a scale)."""
    if not finite(name, value) > 0:
        raise ValueError(f"{name} must be finite and > 0, got {value!r}")
    return float(value)


def nonnegative(name: str, value) -> float:
    """A finite real number >= 0 (an initialization scale that may be 0)."""
    if not finite(name, value) >= 0:
        raise ValueError(f"{name} must be finite and >= 0, got {value!r}")
    return float(value)


def probability(name: str, value) -> float:
    """A failure probability in the open interval (0, 1)."""
    if not 0 < finite(name, value) < 1:
        raise ValueError(f"{name} must be in (0, 1), got {value!r}")
    return float(value)


def one_of(name: str, value, choices) -> object:
    if value not in choices:
        raise ValueError(f"{name} must be one of {tuple(choices)}, got {value!r}")
    return value


def finite_vector(name: str, values, length: int | None = None) -> tuple[float, ...]:
    """A tuple of finite reals (labels), of ``length`` entries when given."""
    if not isinstance(values, tuple):
        raise ValueError(f"{name} must be a tuple of real numbers, got {type(values).__name__}")
    if length is not None and len(values) != length:
        raise ValueError(f"{name} must have {length} entries (one per input), got {len(values)}")
    for i, v in enumerate(values):
        finite(f"{name}[{i}]", v)
    return values


def finite_matrix(name: str, rows) -> tuple[int, int]:
    """n >= 1 rows of d >= 1 finite reals, all of one length, as a tuple of tuples (hashable, pinnable).

    Returns (n, d)."""
    if not isinstance(rows, tuple) or not rows:
        raise ValueError(f"{name} must be a non-empty tuple of rows (n >= 1), got {rows!r}")
    for i, row in enumerate(rows):
        if not isinstance(row, tuple):
            raise ValueError(f"{name}[{i}] must be a tuple of real numbers, got {type(row).__name__}")
    d = len(rows[0])
    if d < 1:
        raise ValueError(f"{name} must have rows of d >= 1 entries, got d = 0")
    for i, row in enumerate(rows):
        if len(row) != d:
            raise ValueError(f"{name} must have rows of one length d = {d}, row {i} has {len(row)}")
        for j, v in enumerate(row):
            finite(f"{name}[{i}][{j}]", v)
    return len(rows), d


def device(option: str, name) -> str:
    """A torch device for the numerical core: 'cpu', or 'cuda' / 'cuda:i' when that GPU exists.

    ``option`` names where the value came from (``--device``); the error lists the values valid here."""
    import torch

    gpus = torch.cuda.device_count() if torch.cuda.is_available() else 0
    valid = "cpu" + (f", cuda, cuda:0 .. cuda:{gpus - 1}" if gpus else " (cuda[:i] needs a GPU; none is available)")
    try:
        dev = torch.device(name) if isinstance(name, str) else None
    except (RuntimeError, ValueError, TypeError):
        dev = None
    if dev is None or dev.type not in ("cpu", "cuda") or (dev.type == "cpu" and dev.index not in (None, 0)):
        raise ValueError(f"{option}: unknown device {name!r}; valid values: {valid}")
    if dev.type == "cuda" and not gpus:
        raise ValueError(f"{option}: device {name!r} is not available (torch.cuda.is_available() is False); "
                         f"valid values: cpu")
    if dev.type == "cuda" and dev.index is not None and dev.index >= gpus:
        raise ValueError(f"{option}: device {name!r} is not available ({gpus} GPU(s)); valid values: {valid}")
    return name
