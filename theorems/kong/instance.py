"""A Kong instance: a dataset, the widths, the seed of the initializations, and δ."""
from __future__ import annotations

import functools
from dataclasses import dataclass

import torch

from theorems.core import backend, validate
from theorems.core.data import Rows
from theorems.kong import model


@dataclass(frozen=True)
class Instance(Rows):
    X: tuple[tuple[float, ...], ...]  # n inputs in R^d (Section III-A asks ||x_i|| = 1)
    y: tuple[float, ...]  # n labels (|y_i| <= C)
    h1: int
    h2: int
    seed: int  # seeds the batch of initializations and every Monte Carlo estimate
    delta: float = 0.1  # the failure probability δ of the probabilistic statements
    C: float = 1.0  # label bound

    def __post_init__(self):
        n, _ = validate.finite_matrix("X", self.X)
        validate.finite_vector("y", self.y, n)
        validate.positive_int("h1", self.h1)
        validate.positive_int("h2", self.h2)
        validate.seed("seed", self.seed)
        validate.probability("delta", self.delta)
        validate.nonnegative("C", self.C)

    def labels(self) -> torch.Tensor:
        return backend.tensor(self.y)

    def weights(self, seeds: int, h2: int | None = None) -> model.Weights:
        return model.initialize(self.seed, seeds, self.d, self.h1, self.h2 if h2 is None else h2)


@dataclass(frozen=True)
class Lemma6Case(Instance):
    """An instance plus the λ0 that Lemma 6 is applied with: rate_factor · 2 min_s λmin(H(s)), per seed.

    rate_factor <= 1 meets Lemma 6's hypothesis λmin(H(s)) >= λ0/2; > 1 violates it.
    """

    rate_factor: float = 1.0

    def __post_init__(self):
        super().__post_init__()
        validate.positive("rate_factor", self.rate_factor)  # λ0 = rate_factor · 2 min λmin must be > 0

    @classmethod
    def of(cls, instance: Instance, rate_factor: float = 1.0) -> "Lemma6Case":
        return cls(instance.X, instance.y, instance.h1, instance.h2, instance.seed, instance.delta, instance.C,
                   rate_factor)


@functools.lru_cache(maxsize=256)
def _h_infinity(X, h1: int, seed: int, draws: int, device: str) -> model.HInfinity:
    return model.h_infinity(backend.tensor(X), h1, seed, draws)


REFINE_DRAWS = 16  # λ0 unresolved: once more with 16x the draws (the error bound shrinks 4x)


def h_infinity(instance: Instance, draws: int) -> model.HInfinity:
    """H∞ of the instance's data and h1, estimated once per (data, h1, seed, draws) and cached; re-estimated with
    REFINE_DRAWS x the draws when λ0's lower bound is not > 0 (inputs 0.1 apart at h1 = 1: λ0 = 0.0093 ± 0.0112 at
    1e5 draws, 0.0092 ± 0.0028 at 1.6e6, seed 7105). Still unresolved, properties that need λ0 are uninformative."""
    H = _h_infinity(instance.X, instance.h1, instance.seed, draws, str(backend.device()))
    if not H.lambda_0_low > 0:
        H = _h_infinity(instance.X, instance.h1, instance.seed, REFINE_DRAWS * draws, str(backend.device()))
    return H
