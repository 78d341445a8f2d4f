"""Instances hold their inputs as tuples (hashable, printable, pinnable with ``@example``)."""
from __future__ import annotations

import torch

from theorems.core import backend


class Rows:
    """Mixin for frozen instances whose inputs ``X`` are n equal-length rows in R^d."""

    X: tuple[tuple[float, ...], ...]

    def check_rows(self, n_labels: int) -> None:
        if not self.X or any(len(row) != len(self.X[0]) for row in self.X):
            raise ValueError("X must be a non-empty tuple of equal-length rows")
        if n_labels != len(self.X):
            raise ValueError(f"got {n_labels} labels for {len(self.X)} inputs")

    @property
    def n(self) -> int:
        return len(self.X)

    @property
    def d(self) -> int:
        return len(self.X[0])

    def inputs(self) -> torch.Tensor:
        return backend.tensor(self.X)
