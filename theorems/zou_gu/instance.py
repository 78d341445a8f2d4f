"""A Zou-Gu instance: the training set {(x_i, y_i)}, the width m, the depth L, the minibatch size B, the
separation φ of Assumption 3.2 and the seed of Algorithm 1's initialization.

Validation is local (``_check_*`` below, the same conditions and wording as ``theorems.core.validate``, which is
not committed yet): bad input is a ValueError naming the parameter and the condition, never a verdict.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from numbers import Integral, Real

import torch

from theorems.core import backend

UNIT_TOL = 1e-12  # Assumption 3.1's ||x_i||_2 = 1 up to float64 rounding of a normalization
MU_TOL = 1e-12  # (x_i)_d = μ for every i, up to the same rounding


def _check_int(name: str, value, minimum: int) -> int:
    if not isinstance(value, Integral) or isinstance(value, bool):
        raise ValueError(f"{name} must be an integer, got {value!r} ({type(value).__name__})")
    if value < minimum:
        raise ValueError(f"{name} must be an integer >= {minimum}, got {value!r}")
    return int(value)


def _check_finite(name: str, value) -> float:
    if not isinstance(value, Real) or isinstance(value, bool):
        raise ValueError(f"{name} must be a real number, got {value!r} ({type(value).__name__})")
    if not math.isfinite(value):
        raise ValueError(f"{name} must be finite, got {value!r}")
    return float(value)


def _check_matrix(name: str, rows) -> tuple[int, int]:
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
            _check_finite(f"{name}[{i}][{j}]", v)
    return len(rows), d


@dataclass(frozen=True)
class Instance:
    X: tuple[tuple[float, ...], ...]  # n inputs x_i in R^d
    Y: tuple[tuple[float, ...], ...]  # n labels y_i in R^k
    m: int  # hidden nodes per layer
    L: int  # number of hidden layers
    seed: int = 0  # seeds Algorithm 1's initialization (and every Monte Carlo draw of a property)
    B: int = 1  # minibatch size of SGD, 1 <= B <= n
    phi: float | None = None  # the φ of Assumption 3.2; None: the minimum distance of the data
    unit: bool = True  # declared under Assumption 3.1's ||x_i||_2 = 1 (False: only the necessity probes)

    def __post_init__(self):
        n, _ = _check_matrix("X", self.X)
        k_rows, _ = _check_matrix("Y", self.Y)
        if k_rows != n:
            raise ValueError(f"Y must have n = {n} rows (one label y_i in R^k per input), got {k_rows}")
        _check_int("m", self.m, 1)
        _check_int("L", self.L, 1)
        _check_int("seed", self.seed, 0)
        _check_int("B", self.B, 1)
        if self.B > n:
            raise ValueError(f"B must satisfy 1 <= B <= n = {n} (a minibatch of distinct training examples), "
                             f"got B = {self.B}")
        if self.phi is not None and not _check_finite("phi", self.phi) > 0:
            raise ValueError(f"phi must be finite and > 0 (Assumption 3.2: φ > 0), got {self.phi!r}")
        if not isinstance(self.unit, bool):
            raise ValueError(f"unit must be a bool, got {self.unit!r}")
        if self.unit:
            for i, row in enumerate(self.X):
                norm = math.hypot(*row)
                if abs(norm - 1) > UNIT_TOL:
                    raise ValueError(f"X[{i}]: Assumption 3.1 requires ||x_i||_2 = 1 (unit inputs), row {i} has "
                                     f"norm {norm!r}; pass unit=False only to probe the assumption's necessity")

    # --- sizes and data ---------------------------------------------------------------------------
    @property
    def n(self) -> int:
        return len(self.X)

    @property
    def d(self) -> int:
        return len(self.X[0])

    @property
    def k(self) -> int:
        return len(self.Y[0])

    def inputs(self) -> torch.Tensor:
        return backend.tensor(self.X)

    def labels(self) -> torch.Tensor:
        return backend.tensor(self.Y)

    @property
    def mu(self) -> float:
        """(x_1)_d: the μ of Assumption 3.1 when it holds."""
        return float(self.X[0][-1])

    @property
    def min_distance(self) -> float:
        """min_{i≠j} ||x_i - x_j||_2, each distance summed coordinate by coordinate (no cancellation); inf if n = 1."""
        return min((math.dist(a, b) for i, a in enumerate(self.X) for b in self.X[i + 1:]), default=math.inf)

    @property
    def separation(self) -> float:
        """The φ the claims are stated with: the declared φ, else the data's minimum distance (2 if n = 1)."""
        if self.phi is not None:
            return self.phi
        return self.min_distance if self.n > 1 else 2.0
