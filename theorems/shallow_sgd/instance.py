"""A shallow_sgd instance: data X (N x d0), labels Y (N x d2), the width d1, the initialization scales β_w, β_v
of Assumption 4.1 and the seed of θ0. Bad input is a ValueError naming the parameter and the condition."""
from __future__ import annotations

import math
from dataclasses import dataclass

import torch

from theorems.core import backend, validate
from theorems.core.data import Rows
from theorems.shallow_sgd import model

INITS = ("gaussian", "aligned")


@dataclass(frozen=True)
class Instance(Rows):
    X: tuple[tuple[float, ...], ...]  # N inputs in R^d0, row-wise
    Y: tuple[tuple[float, ...], ...]  # N labels in R^d2, row-wise
    d1: int  # hidden width
    beta_w: float  # (W0)_ij ~ N(0, β_w²)
    beta_v: float  # (V0)_ij ~ N(0, β_v²)
    seed: int
    init: str = "gaussian"  # "aligned": W0 = x̂_1 |g|ᵀ, g ~ N(0, β_w² I) (every gate of sample 1 open; the family
    #                          on which Lemma 3.1 and Proposition 2.1 are tight as t -> 0), V0 Gaussian

    def __post_init__(self):
        n, _ = validate.finite_matrix("X", self.X)
        m, _ = validate.finite_matrix("Y", self.Y)
        if m != n:
            raise ValueError(f"Y must have one row per input (N = {n} rows, the rows of X), got {m} rows")
        validate.positive_int("d1", self.d1)
        validate.positive("beta_w", self.beta_w)
        validate.positive("beta_v", self.beta_v)
        validate.seed("seed", self.seed)
        validate.one_of("init", self.init, INITS)

    @property
    def N(self) -> int:
        return len(self.X)

    @property
    def d0(self) -> int:
        return len(self.X[0])

    @property
    def d2(self) -> int:
        return len(self.Y[0])

    def labels(self) -> torch.Tensor:
        return backend.tensor(self.Y)

    def weights(self, seeds: int = 1) -> tuple[torch.Tensor, torch.Tensor]:
        """θ0 = (W0, V0) for ``seeds`` independent seeds, (S, d0, d1), (S, d1, d2)."""
        W, V = model.initialize(self.seed, seeds, self.d0, self.d1, self.d2, self.beta_w, self.beta_v)
        if self.init == "aligned":
            x = backend.tensor(self.X[0])
            W = (x / x.norm())[None, :, None] * W.abs().norm(dim=1, keepdim=True) / math.sqrt(self.d0)
        return W, V


def with_labels(instance: Instance, Y: torch.Tensor) -> Instance:
    """The instance with labels Y (N, d2), as exact float64 tuples."""
    return Instance(instance.X, tuple(tuple(float(v) for v in row) for row in Y.tolist()), instance.d1,
                    instance.beta_w, instance.beta_v, instance.seed, instance.init)


def noise_direction(instance: Instance) -> torch.Tensor:
    """Z (N, d2): Gaussian from seed + 1, scaled to ||Z||_F = 1."""
    Z = torch.randn(instance.N, instance.d2, generator=backend.generator(instance.seed + 1),
                    dtype=backend.DTYPE, device=backend.device())
    return Z / Z.norm()


def theorem_3_4_quantities(instance: Instance) -> dict[str, float]:
    """a, α of (8) and c, c1, c2 of (7) at θ0 (seed 0 of the batch), and F of (11)."""
    W0, V0 = instance.weights(1)
    X, Y = instance.inputs(), instance.labels()
    k = model.lemma_3_1_constants(W0, V0, X)
    out = {"a": float(model.loss(W0, V0, X, Y)[0].sqrt()), "alpha": float(model.alpha_0(W0, X)[0]),
           **{name: float(v[0]) for name, v in k.items()}}
    out["F"] = model.F(out["a"], out["alpha"], out["c"], out["c1"], out["c2"]) if out["alpha"] > 1e-150 else math.inf
    return out


def near_initial_output(instance: Instance, F_target: float) -> Instance:
    """The instance with labels Y = Ŷ(θ0) + sZ (Z = ``noise_direction``), s chosen so that F(θ0, X, Y) of (11)
    equals ``F_target`` (F grows with a = s/sqrt2; bisection to 1e-12 relative): the regime of Theorem 3.4 at
    the widths a CPU allows."""
    validate.positive("F_target", F_target)
    W0, V0 = instance.weights(1)
    X = instance.inputs()
    Y0 = model.forward(W0, V0, X)[0]
    q = theorem_3_4_quantities(with_labels(instance, Y0))
    if not q["alpha"] > 0:
        raise ValueError(f"α0(0) = 0 (d1 = {instance.d1} < N = {instance.N} or a dead input): F is not finite")

    def F_of(s):
        return model.F(s / math.sqrt(2), q["alpha"], q["c"], q["c1"], q["c2"])

    lo, hi = 0.0, 1.0
    while F_of(hi) < F_target:
        hi *= 2
    for _ in range(200):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if F_of(mid) < F_target else (lo, mid)
        if hi - lo <= 1e-12 * hi:
            break
    return with_labels(instance, Y0 + lo * noise_direction(instance))
