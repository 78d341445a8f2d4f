"""Networks as small composable pieces with a leading batch of independent seeds S (the stax pattern).

* activations with their derivatives; the convention at a kink is stated once: σ'(0) = 0 for ReLU
  (the gate is 1{z > 0}), as Kong's eq. (15), Wang-Ma's "living ⇔ b_kᵀx_i > 0" and Chen et al.'s ReLU;
* dense layers with their initialization (Gaussian of a given standard deviation, Gaussian rows
  normalized to unit norm, Rademacher ±scale, a constant), trainable or fixed, with or without bias,
  and a fixed multiplier on the pre-activation (NTK parameterization: 1/sqrt(fan_in));
* ReLU (or any activation) networks of any depth with an output scaling, whose forward pass returns
  the pre-activations, activations and gates of every hidden layer.

Shapes: a layer's weight is (S, out, in), its bias (S, out); inputs X (n, d) shared by the seeds or
(S, n, d); a hidden layer's pre-activation is (S, n, width); the output is (S, n, out).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, Sequence

import torch

from theorems.core import backend

RELU_DERIV_AT_ZERO = 0.0  # σ'(0) for ReLU: the gate is 1{z > 0} (the subgradient 0 ∈ [0, 1])


@dataclass(frozen=True)
class Activation:
    """σ with its derivative σ' (at a kink: ``deriv_at_kink``, stated per activation)."""

    name: str
    fn: Callable[[torch.Tensor], torch.Tensor]
    deriv: Callable[[torch.Tensor], torch.Tensor]
    kinks: tuple[float, ...] = ()  # points where σ is not differentiable
    deriv_at_kink: float | None = None  # the value σ' takes there (None: σ is smooth)

    def __repr__(self) -> str:
        return f"Activation({self.name!r})"


LEAK = 0.1  # slope of the leaky ReLU on the negative side


def relu_gate(z: torch.Tensor) -> torch.Tensor:
    """σ'(z) for ReLU with σ'(0) = 0: 1{z > 0} in z's dtype."""
    return (z > 0).to(z.dtype)


def softplus(z: torch.Tensor) -> torch.Tensor:
    """log(1 + e^z) exactly (torch.nn.functional.softplus turns linear past 20, an e^-20 error)."""
    return torch.logaddexp(z, torch.zeros_like(z))


ACTIVATIONS: dict[str, Activation] = {a.name: a for a in (
    Activation("relu", torch.relu, relu_gate, (0.0,), RELU_DERIV_AT_ZERO),
    Activation("leaky_relu", lambda u: torch.where(u > 0, u, LEAK * u),
               lambda u: (u > 0).to(u.dtype) + LEAK * (u < 0).to(u.dtype), (0.0,), 0.0),
    Activation("tanh", torch.tanh, lambda u: 1 - torch.tanh(u) ** 2),
    Activation("sigmoid", torch.sigmoid, lambda u: torch.sigmoid(u) * (1 - torch.sigmoid(u))),
    Activation("softplus", softplus, torch.sigmoid),
    Activation("smooth_leaky", lambda u: LEAK * u + (1 - LEAK) * softplus(u), lambda u: LEAK + (1 - LEAK) * torch.sigmoid(u)),
    Activation("linear", lambda u: u, torch.ones_like),
    Activation("cubic", lambda u: u**3, lambda u: 3 * u**2),
)}


def activation(name: str) -> Activation:
    if name not in ACTIVATIONS:
        raise ValueError(f"activation must be one of {sorted(ACTIVATIONS)}, got {name!r}")
    return ACTIVATIONS[name]


# --- initializations -------------------------------------------------------------------------------

def _kw():
    return {"device": backend.device(), "dtype": backend.DTYPE}


def gaussian(g: torch.Generator, shape: Sequence[int], std: float = 1.0) -> torch.Tensor:
    """i.i.d. N(0, std²) entries."""
    Z = torch.randn(*shape, generator=g, **_kw())
    return Z if std == 1.0 else Z * std


def unit_rows(M: torch.Tensor) -> torch.Tensor:
    """Each row (last axis) scaled to unit Euclidean norm."""
    return M / M.norm(dim=-1, keepdim=True)


def gaussian_unit_rows(g: torch.Generator, shape: Sequence[int]) -> torch.Tensor:
    """Rows uniform on the unit sphere: Gaussian rows normalized (Kong, Section III-A)."""
    return unit_rows(torch.randn(*shape, generator=g, **_kw()))


def rademacher(g: torch.Generator, shape: Sequence[int], scale: float = 1.0) -> torch.Tensor:
    """i.i.d. uniform on {-scale, +scale}."""
    signs = torch.randint(0, 2, tuple(shape), generator=g, device=backend.device()).to(backend.DTYPE) * 2 - 1
    return signs if scale == 1.0 else signs * scale


INITS = ("gaussian", "unit_rows", "rademacher", "constant")


@dataclass(frozen=True)
class Dense:
    """h = multiplier · W x + b with W (out, in) drawn by ``init`` at scale ``std`` (the Gaussian's standard
    deviation, the Rademacher magnitude or the constant's value), b drawn the same way at ``bias_std``
    (``bias_init``) when ``bias``; ``trainable`` says whether the dynamics move it."""

    out: int
    init: str = "gaussian"
    std: float = 1.0
    multiplier: float = 1.0
    bias: bool = False
    bias_init: str = "gaussian"
    bias_std: float = 1.0
    trainable: bool = True

    def __post_init__(self):
        if self.out < 1:
            raise ValueError(f"out must be >= 1, got {self.out}")
        for init in (self.init, self.bias_init):
            if init not in INITS:
                raise ValueError(f"init must be one of {INITS}, got {init!r}")

    def draw(self, g: torch.Generator, seeds: int, fan_in: int) -> tuple[torch.Tensor, torch.Tensor | None]:
        W = _draw(self.init, g, (seeds, self.out, fan_in), self.std)
        return W, (_draw(self.bias_init, g, (seeds, self.out), self.bias_std) if self.bias else None)

    def apply(self, W: torch.Tensor, b: torch.Tensor | None, h: torch.Tensor) -> torch.Tensor:
        """(S, n, in) -> (S, n, out)."""
        z = h @ W.transpose(-1, -2) if self.multiplier == 1.0 else self.multiplier * (h @ W.transpose(-1, -2))
        return z if b is None else z + b[..., None, :]


def _draw(init: str, g, shape, scale: float) -> torch.Tensor:
    if init == "gaussian":
        return gaussian(g, shape, scale)
    if init == "unit_rows":
        return gaussian_unit_rows(g, shape) * scale if scale != 1.0 else gaussian_unit_rows(g, shape)
    if init == "rademacher":
        return rademacher(g, shape, scale)
    return torch.full(tuple(shape), float(scale), **_kw())


@dataclass(frozen=True)
class Forward:
    """A forward pass: per hidden layer l, pre[l] = z_l (S, n, width_l), post[l] = σ(z_l), gates[l] = σ'(z_l);
    out (S, n, k) is ``output_scale`` times the last layer."""

    pre: tuple[torch.Tensor, ...]
    post: tuple[torch.Tensor, ...]
    gates: tuple[torch.Tensor, ...]
    out: torch.Tensor


@dataclass(frozen=True)
class Network:
    """Hidden layers (each followed by σ) and a read-out layer, times ``output_scale``.

    Parameters are a tuple with one (W, b) pair per layer (b None without bias), W (S, out, in).
    """

    layers: tuple[Dense, ...]
    act: Activation
    output_scale: float = 1.0

    @property
    def depth(self) -> int:
        """Number of hidden layers."""
        return len(self.layers) - 1

    def init(self, seed: int, seeds: int, d: int) -> tuple[tuple[torch.Tensor, torch.Tensor | None], ...]:
        """Draw every layer in order from one generator seeded by ``seed``."""
        if seeds < 1 or d < 1:
            raise ValueError(f"seeds and d must be >= 1, got {seeds}, {d}")
        g, params, fan_in = backend.generator(seed), [], d
        for layer in self.layers:
            params.append(layer.draw(g, seeds, fan_in))
            fan_in = layer.out
        return tuple(params)

    def forward(self, params, X: torch.Tensor) -> Forward:
        h = X if X.dim() == 3 else X.expand(params[0][0].shape[0], -1, -1)
        pre, post, gates = [], [], []
        for layer, (W, b) in zip(self.layers[:-1], params[:-1]):
            z = layer.apply(W, b, h)
            h = self.act.fn(z)
            pre.append(z), post.append(h), gates.append(self.act.deriv(z))
        W, b = params[-1]
        out = self.layers[-1].apply(W, b, h)
        return Forward(tuple(pre), tuple(post), tuple(gates), out * self.output_scale if self.output_scale != 1.0 else out)

    def apply(self, params, X: torch.Tensor) -> torch.Tensor:
        """The output (S, n), or (S, n, k) when the read-out has k > 1 outputs."""
        out = self.forward(params, X).out
        return out[..., 0] if out.shape[-1] == 1 else out

    def trainable(self, params) -> tuple[torch.Tensor, ...]:
        """The trainable tensors in order (weights, then bias, layer by layer)."""
        out = []
        for layer, (W, b) in zip(self.layers, params):
            if layer.trainable:
                out.append(W)
                if b is not None:
                    out.append(b)
        return tuple(out)

    def with_trainable(self, params, values: Sequence[torch.Tensor]):
        """``params`` with the trainable tensors replaced by ``values`` (in ``trainable``'s order)."""
        it, out = iter(values), []
        for layer, (W, b) in zip(self.layers, params):
            if layer.trainable:
                W = next(it)
                b = next(it) if b is not None else None
            out.append((W, b))
        return tuple(out)


def relu_network(layers: Sequence[Dense], output_scale: float = 1.0) -> Network:
    """A ReLU network (σ'(0) = 0) of any depth: ``layers`` are the hidden layers then the read-out."""
    if len(layers) < 2:
        raise ValueError("a network needs at least one hidden layer and a read-out")
    return Network(tuple(layers), ACTIVATIONS["relu"], output_scale)


def ntk_network(d: int, widths: Sequence[int], out: int = 1, bias: bool = False) -> Network:
    """The NTK-parameterized ReLU net with hidden widths ``widths`` (Arora et al. 2019, c_σ = 2): z_1 = W_1 x,
    z_{l+1} = sqrt(2/w_l) W_{l+1} σ(z_l), f = sqrt(2/w_L) W_{L+1} σ(z_L), every W standard Gaussian and trainable.
    Its NTK tends to core.kernels.relu_ntk(X, len(widths)) as the widths grow."""
    fans = (d, *widths)
    layers = [Dense(w, "gaussian", 1.0, 1.0 if k == 0 else math.sqrt(2 / fans[k]), bias=bias)
              for k, w in enumerate(widths)]
    layers.append(Dense(out, "gaussian", 1.0, math.sqrt(2 / fans[-1])))
    return Network(tuple(layers), ACTIVATIONS["relu"])
