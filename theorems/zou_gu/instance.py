"""A Zou-Gu instance: the training set {(x_i, y_i)}, the width m, the depth L, the minibatch size B, the
separation φ of Assumption 3.2 and the seed of Algorithm 1's initialization.

Bad input is a ValueError naming the parameter and the condition (``theorems.core.validate``), never a verdict.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import torch

from theorems.core import backend, validate

UNIT_TOL = 1e-12  # Assumption 3.1's ||x_i||_2 = 1 up to float64 rounding of a normalization
MU_TOL = 1e-12  # (x_i)_d = μ for every i, up to the same rounding


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
        n, _ = validate.finite_matrix("X", self.X)
        k_rows, _ = validate.finite_matrix("Y", self.Y)
        if k_rows != n:
            raise ValueError(f"Y must have n = {n} rows (one label y_i in R^k per input), got {k_rows}")
        validate.positive_int("m", self.m)
        validate.positive_int("L", self.L)
        validate.seed("seed", self.seed)
        validate.positive_int("B", self.B)
        if self.B > n:
            raise ValueError(f"B must satisfy 1 <= B <= n = {n} (a minibatch of distinct training examples), "
                             f"got B = {self.B}")
        if self.phi is not None:
            validate.positive("phi", self.phi)  # Assumption 3.2: φ > 0
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
