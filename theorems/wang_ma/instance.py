"""Wang-Ma instances: binary data for model (4) (Sections 4.1, 5, 6) and one-hot data for model (6) (Section 4.2)."""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import torch

from theorems.core import backend, validate
from theorems.core.data import Rows
from theorems.wang_ma import model

SCHEDULES = ("constant", "theorem_5_2", "theorem_5_3", "phase_2")


@dataclass(frozen=True)
class Binary(Rows):
    """Model (4) with binary labels y_i in {±1}, init (5) of scale κ, GD (2) under a step-size schedule.

    ``eta``: the constant η (schedule 'constant') or η_0 (Section 5); ``c`` and ``r``: Theorems 5.2/5.3.
    """

    X: tuple[tuple[float, ...], ...]
    y: tuple[float, ...]
    m: int
    kappa: float
    eta: float
    seed: int
    delta: float = 0.5
    loss: str = "square"
    schedule: str = "constant"
    c: float = 0.0
    r: float = 1.0

    def __post_init__(self):
        n, _ = validate.finite_matrix("X", self.X)
        validate.finite_vector("y", self.y, n)
        if any(v not in (-1.0, 1.0) for v in self.y):
            raise ValueError(f"y must be in {{-1, +1}}, got {self.y}")
        validate.positive_int("m", self.m)
        validate.nonnegative("kappa", self.kappa)
        validate.positive("eta", self.eta)
        validate.seed("seed", self.seed)
        validate.probability("delta", self.delta)
        if self.loss != "square":
            model._margin_loss(self.loss)  # validates the name: square, exp, logistic, alpha_exp
        validate.one_of("schedule", self.schedule, SCHEDULES)
        validate.finite("c", self.c)
        if self.schedule != "constant":
            validate.positive("c", self.c)  # η_t = c/L, c/(tL), c/L^{1-1/(2r)}
        validate.positive("r", self.r)  # phase 2's exponent 1 - 1/(2r) (Theorem 5.2 takes r in [1, ∞))

    def labels(self) -> torch.Tensor:
        return backend.tensor(self.y)

    def mu0(self, reading: str = "generic") -> float:
        return model.mu0(self.X, self.y, reading)

    def V(self) -> float:
        return model.V(self.inputs(), self.labels(), self.m, self.delta)

    def weights(self, seeds: int):
        return model.initialize_binary(self.seed, seeds, self.m, self.d, self.kappa)

    def step_size(self, t: int, L: torch.Tensor):
        """η_t: constant; Thm 5.3 (η_0, then c/L); Thm 5.2 phase 1 (η_0, then c/(tL)); phase 2 (c/L^{1-1/(2r)})."""
        if self.schedule == "constant" or t == 0:
            return self.eta
        if self.schedule == "theorem_5_3":
            return self.c / L
        if self.schedule == "theorem_5_2":
            return self.c / (t * L)
        return self.c / L ** (1 - 1 / (2 * self.r))


@functools.lru_cache(maxsize=32)
def trajectory(instance: Binary, seeds: int, steps: int) -> model.Run:
    """GD (2) from ``seeds`` initializations (5); only b is trained under Theorem 5.3's schedule. Cached."""
    a, b = instance.weights(seeds)
    return model.gd_binary(a, b, instance.inputs(), instance.labels(), instance.loss, steps, instance.step_size,
                           train_a=instance.schedule != "theorem_5_3")


@dataclass(frozen=True)
class OneHot(Rows):
    """Model (6) with one-hot labels, its init of scale κ, SGD (3) with batch B (None: full-batch GD (2))."""

    X: tuple[tuple[float, ...], ...]
    classes: tuple[int, ...]
    C: int
    m: int
    kappa: float
    eta: float
    B: int | None
    loss: str
    seed: int

    def __post_init__(self):
        n, _ = validate.finite_matrix("X", self.X)
        validate.positive_int("C", self.C)
        if not isinstance(self.classes, tuple) or len(self.classes) != n:
            raise ValueError(f"classes must be a tuple of {n} class indices (one per input), got {self.classes!r}")
        for i, k in enumerate(self.classes):
            validate.integer(f"classes[{i}]", k, 0)
            if not k < self.C:
                raise ValueError(f"classes must lie in [0, C) with C={self.C}, got classes[{i}]={k}")
        validate.positive_int("m", self.m)
        if self.B is not None:
            validate.positive_int("B", self.B)
        validate.nonnegative("kappa", self.kappa)
        validate.positive("eta", self.eta)
        validate.seed("seed", self.seed)
        model._margin_loss(self.loss)  # validates the name

    def labels(self) -> torch.Tensor:
        return torch.nn.functional.one_hot(torch.tensor(self.classes), self.C).to(backend.DTYPE).to(backend.device())

    def weights(self, seeds: int):
        return model.initialize_onehot(self.seed, seeds, self.m, self.d, self.C, self.kappa)

    def run(self, seeds: int, steps: int):
        a, b, c = self.weights(seeds)
        return model.sgd_onehot(a, b, c, self.inputs(), self.labels(), self.loss, self.eta, steps, self.B, self.seed + 1)


def corollary_4_3_kappa(eta: float, mu0: float, n: int) -> float:
    """Corollary 4.3: κ <= min{η/2000, ημ0/(3n)} (the largest allowed)."""
    return min(eta / 2000, eta * mu0 / (3 * n))


def corollary_4_3_width(n: int, delta: float) -> int:
    """Corollary 4.3: m >= max{144 log(2n²/δ), 4}."""
    return max(math.ceil(144 * math.log(2 * n**2 / delta)), 4)


def corollary_4_7_kappa(eta: float, B: int) -> float:
    """Corollary 4.7: κ <= min{η/10, η/(3B)} (the largest allowed)."""
    return min(eta / 10, eta / (3 * B))
