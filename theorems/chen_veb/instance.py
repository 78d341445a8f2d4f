"""A Chen-Vanden-Eijnden-Bruna instance: data, embedding, activation, widths, ĉ and the seed of the draws."""
from __future__ import annotations

import math
from dataclasses import dataclass

import torch

from theorems.core import backend, validate
from theorems.core.data import Rows
from theorems.chen_veb import model

EMBEDDINGS = ("identity", "quadratic", "random", "deep")


@dataclass(frozen=True)
class Instance(Rows):
    X: tuple[tuple[float, ...], ...]  # n inputs in R^d
    y: tuple[float, ...]  # n labels
    m: int  # trained width
    act: str  # name in model.ACTIVATIONS
    c_hat: float = 1.0  # |c_i| (Assumption 1)
    seed: int = 0  # seeds W⁰, c and the random embedding
    embedding: str = "identity"
    D: int = 0  # embedding width for "random" / "deep" (identity: d, quadratic: d²)
    depth: int = 3  # L for the "deep" embedding (Appendix H)
    w_scale: float = 1.0  # W⁰ = w_scale · N(0, 1) (Assumption 3 is w_scale = 1; Lemma 1 holds for any W⁰)
    interval: tuple[float, float] | None = None  # active interval I (None: the activation's canonical one)
    delta: float = 0.1

    def __post_init__(self):
        n, _ = validate.finite_matrix("X", self.X)
        validate.finite_vector("y", self.y, n)
        validate.positive_int("m", self.m)
        model.activation(self.act)
        validate.seed("seed", self.seed)
        validate.one_of("embedding", self.embedding, EMBEDDINGS)
        validate.integer("D", self.D, 0)
        if self.embedding in ("random", "deep"):
            validate.positive_int(f"D (width of the {self.embedding} embedding)", self.D)
        validate.positive_int("depth", self.depth)
        validate.positive("c_hat", self.c_hat)
        validate.nonnegative("w_scale", self.w_scale)
        if self.interval is not None:
            if not isinstance(self.interval, tuple) or len(self.interval) != 2:
                raise ValueError(f"interval must be a pair (I_l, I_r) or None, got {self.interval!r}")
            for name, end in zip(("interval[0] (I_l)", "interval[1] (I_r)"), self.interval):
                if not validate._is_real(end) or math.isnan(end):
                    raise ValueError(f"{name} must be a real number (±inf allowed), got {end!r}")
        lo, hi = self.active_interval
        if not lo < hi:
            raise ValueError(f"interval must have I_l < I_r, got {self.active_interval}")
        validate.probability("delta", self.delta)

    @property
    def activation(self) -> model.Activation:
        return model.activation(self.act)

    @property
    def active_interval(self) -> tuple[float, float]:
        return self.interval if self.interval is not None else model.activation(self.act).interval

    @property
    def k_prime(self) -> float:
        """K_σ' = inf_I |σ'| (Assumption 2)."""
        return self.activation.k_prime(*self.active_interval)

    def labels(self) -> torch.Tensor:
        return backend.tensor(self.y)

    def features(self, seeds: int, X: torch.Tensor | None = None) -> torch.Tensor:
        """Φ_mat for each initialization: (S, n, D); ``X`` evaluates the same embedding at other inputs."""
        X = self.inputs() if X is None else X
        if self.embedding == "identity":
            return model.identity_embedding(X, seeds)
        if self.embedding == "quadratic":
            return model.quadratic_embedding(X, seeds)
        if self.embedding == "random":
            return model.random_embedding(X, seeds, self.D, self.activation, self.seed + 1)
        return model.deep_embedding(X, seeds, self.D, self.activation, self.seed + 1, self.depth)

    def weights(self, seeds: int, D: int, paired: bool = False) -> tuple[torch.Tensor, torch.Tensor]:
        """W⁰ ~ w_scale · N(0, 1) (Assumption 3) and c_i = ±ĉ fair signs (Assumption 1): (S, m, D), (S, m).

        ``paired``: the second half of the neurons copies the first with c negated, so that f⁰ = 0
        (needs m even; used where a claim is deterministic given W⁰).
        """
        g = backend.generator(self.seed)
        dev, dt = backend.device(), backend.DTYPE
        if paired:
            if self.m % 2:
                raise ValueError(f"paired initialization needs an even m, got {self.m}")
            half = self.m // 2
            W = torch.randn(seeds, half, D, generator=g, device=dev, dtype=dt) * self.w_scale
            signs = torch.randint(0, 2, (seeds, half), generator=g, device=dev).to(dt) * 2 - 1
            return torch.cat([W, W], 1), self.c_hat * torch.cat([signs, -signs], 1)
        W = torch.randn(seeds, self.m, D, generator=g, device=dev, dtype=dt) * self.w_scale
        signs = torch.randint(0, 2, (seeds, self.m), generator=g, device=dev).to(dt) * 2 - 1
        return W, self.c_hat * signs
