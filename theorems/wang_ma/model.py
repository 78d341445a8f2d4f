"""Wang-Ma's two-layer ReLU networks, losses, GD (2) / SGD (3), neuron partition, μ0 and V.

Shapes carry a leading batch of independent initializations S. Model (4): a (S, m),
b (S, m, d), f(x) = Σ_k a_k σ(b_kᵀx). Model (6): a (S, m, C), b (S, m, d), c (S, m),
f(x) = Σ_k a_k σ(b_kᵀx + c_k). σ'(0) := 0, matching "living ⇔ b_kᵀx_i > 0" of Section 6.
"""
from __future__ import annotations

import functools
import itertools
import math
from dataclasses import dataclass
from typing import Callable

import numpy as np
import torch

from theorems.core import backend, dynamics
from theorems.core.flow import Trajectory

ALPHA_EXP = 0.01  # the α of the loss ℓ̃(z) = e^{-α(z-1)}/(2α), the counterexample to Corollary 4.7


def _margin_loss(name: str) -> tuple[Callable, Callable]:
    """ℓ̃ and ℓ̃' of the margin losses of Assumptions 4.4 and 5.1."""
    if name == "exp":
        return (lambda z: torch.exp(-z)), (lambda z: -torch.exp(-z))
    if name == "logistic":
        # log(1 + e^{-z}) exactly (softplus switches to -z below z = -20: an error of e^{-20} = 2e-9)
        return (lambda z: torch.logaddexp(-z, torch.zeros_like(z))), (lambda z: -torch.sigmoid(-z))
    if name == "alpha_exp":
        return (lambda z: torch.exp(-ALPHA_EXP * (z - 1)) / (2 * ALPHA_EXP)), (lambda z: -torch.exp(-ALPHA_EXP * (z - 1)) / 2)
    raise ValueError(f"loss must be one of 'square', 'exp', 'logistic', 'alpha_exp', got {name!r}")


# --- model (4): no bias, scalar output, binary labels ----------------------------------------------

def initialize_binary(seed: int, seeds: int, m: int, d: int, kappa: float):
    """Init (5): a_k uniform on {±1/sqrt m}, b_k ~ N(0, κ²/(md) I_d), i.i.d."""
    if seeds < 1 or m < 1 or d < 1:
        raise ValueError(f"seeds, m, d must be >= 1, got {seeds}, {m}, {d}")
    if not kappa >= 0:
        raise ValueError(f"kappa must be >= 0, got {kappa}")
    g, kw = backend.generator(seed), {"device": backend.device(), "dtype": backend.DTYPE}
    a = (torch.randint(0, 2, (seeds, m), generator=g, device=backend.device()).to(backend.DTYPE) * 2 - 1) / math.sqrt(m)
    b = torch.randn(seeds, m, d, generator=g, **kw) * kappa / math.sqrt(m * d)
    return a, b


def forward_binary(a: torch.Tensor, b: torch.Tensor, X: torch.Tensor) -> torch.Tensor:
    """Model (4): f(x_i) = Σ_k a_k σ(b_kᵀx_i); returns (S, n)."""
    return (torch.relu(b @ X.T) * a[..., None]).sum(-2)


def loss_binary(a, b, X, y, loss: str) -> torch.Tensor:
    """ERM (1) for model (4): square ½(f - y)² or a margin loss ℓ̃(y f); one value per seed."""
    f = forward_binary(a, b, X)
    if loss == "square":
        return 0.5 * ((f - y) ** 2).mean(-1)
    return _margin_loss(loss)[0](y * f).mean(-1)


def output_slopes_binary(a, b, X, y, loss: str) -> torch.Tensor:
    """∂ℓ(y_i, f_i)/∂f_i: f_i - y_i (square) or y_i ℓ̃'(y_i f_i); (S, n)."""
    f = forward_binary(a, b, X)
    return f - y if loss == "square" else y * _margin_loss(loss)[1](y * f)


def gradient_binary(a, b, X, y, loss: str, weights: torch.Tensor):
    """Σ_i w_i ∇ℓ_i in closed form: ∂/∂a_k = Σ w_i ℓ'_i σ(b_kᵀx_i), ∂/∂b_k = Σ w_i ℓ'_i a_k 1{b_kᵀx_i > 0} x_i.

    ``weights`` (S, n): 1/n for GD (2), batch multiplicities / B for SGD (3).
    """
    pre = b @ X.T  # (S, m, n)
    r = (output_slopes_binary(a, b, X, y, loss) * weights)[:, None, :]
    ga = (torch.relu(pre) * r).sum(-1)
    gb = (((pre > 0).to(X.dtype) * r) @ X) * a[..., None]
    return ga, gb


class Run(Trajectory):
    """A GD/SGD trajectory of model (4) or (6): the core's Trajectory read seed first, and by key for (6).

    Model (4): a (S, T+1, m), b (S, T+1, m, d), loss (S, T+1), grad_norm (S, T+1), eta (S, T) the step taken
    at t. Model (6): run["loss"] (S, T+1), run["margins"] (S, T+1, n), run["a_floor"] = min_{t,k,c} a_{k,c}(t)
    (S,), run["final"] = θ_T.
    """

    a = property(lambda self: self.seed_major("a"))
    b = property(lambda self: self.seed_major("b"))
    loss = property(lambda self: self.seed_major("loss"))
    grad_norm = property(lambda self: self.seed_major("grad_norm"))
    eta = property(lambda self: self.seed_major("lr"))

    def __getitem__(self, key: str):
        if key == "a_floor":
            return self.observed["a_min"].amin(0)
        if key == "final":
            return self.final
        return self.seed_major(key)


def gd_binary(a, b, X, y, loss: str, steps: int, step_size: Callable[[int, torch.Tensor], torch.Tensor | float],
              train_a: bool = True) -> Run:
    """GD (2) θ(t+1) = θ(t) - η_t ∇L(θ(t)) with η_t = step_size(t, L(θ(t))); a frozen when not train_a (Thm 5.3)."""
    weights = dynamics.full_batch(a.shape[0], X.shape[0])

    def observe(t, state, grads):
        ga, gb = grads
        return {"a": state[0], "b": state[1], "loss": loss_binary(*state, X, y, loss),
                "grad_norm": torch.sqrt((ga**2).sum(-1) + (gb**2).sum((-1, -2)))}

    tr = dynamics.descend(lambda s, _: gradient_binary(*s, X, y, loss, weights), (a, b), steps,
                          lambda t, s, seen: step_size(t, seen["loss"]), observe, gradient_at_end=True,
                          frozen=(not train_a,))
    return Run(tr.times, tr.observed, tr.error, tr.final)


def partition(a: torch.Tensor, b: torch.Tensor, X: torch.Tensor, y: torch.Tensor) -> dict[str, torch.Tensor]:
    """Section 6.1: TL, TD, FL, FD as (..., n, m) masks from a (..., m), b (..., m, d)."""
    true = (y[:, None] * a[..., None, :]) > 0
    false = (y[:, None] * a[..., None, :]) < 0
    living = (b @ X.T).transpose(-1, -2) > 0
    return {"TL": true & living, "TD": true & ~living, "FL": false & living, "FD": false & ~living}


def hitting_time(run: Run, X: torch.Tensor) -> torch.Tensor:
    """Section 6.1: T = sup{t: max_i |f(x_i; θ(s))| <= 1 and a_k(s)a_k(0) > 0 ∀k, ∀ s <= t+1}, per seed.

    Returns T (S,); T = steps - 1 means censored (T >= steps - 1); T = -1 if ok fails at s = 0 or 1.
    """
    f = forward_binary(run.a, run.b, X)
    ok = (f.abs().amax(-1) <= 1) & (run.a * run.a[:, :1] > 0).all(-1)
    first_bad = torch.where(ok.all(-1), ok.shape[1], (~ok).to(torch.int64).argmax(-1))
    return (first_bad - 2).clamp(min=-1)


def gram(a: torch.Tensor, b: torch.Tensor, X: torch.Tensor) -> torch.Tensor:
    """Section 6.1.3: G_ij = Σ_k [σ(b_kᵀx_i)σ(b_kᵀx_j) + a_k² 1{b_kᵀx_i > 0}1{b_kᵀx_j > 0} x_iᵀx_j]."""
    pre = b @ X.T  # (..., m, n)
    act = (pre > 0).to(X.dtype)
    first = torch.relu(pre).transpose(-1, -2) @ torch.relu(pre)
    second = (act * (a**2)[..., None]).transpose(-1, -2) @ act * (X @ X.T)
    return first + second


# --- model (6): bias, C outputs, one-hot labels ------------------------------------------------------

def initialize_onehot(seed: int, seeds: int, m: int, d: int, C: int, kappa: float):
    """Model (6)'s init: b_k ~ N(0, κ²/(m(d+1)) I_d), c_k = κ/sqrt(m(d+1)), a_k = 1_C/sqrt m."""
    if seeds < 1 or m < 1 or d < 1 or C < 1:
        raise ValueError(f"seeds, m, d, C must be >= 1, got {seeds}, {m}, {d}, {C}")
    g, kw = backend.generator(seed), {"device": backend.device(), "dtype": backend.DTYPE}
    scale = kappa / math.sqrt(m * (d + 1))
    b = torch.randn(seeds, m, d, generator=g, **kw) * scale
    return torch.full((seeds, m, C), 1 / math.sqrt(m), **kw), b, torch.full((seeds, m), scale, **kw)


def margins_onehot(a, b, c, X, Y) -> torch.Tensor:
    """z_i = y_iᵀ f(x_i) for model (6); (S, n)."""
    hidden = torch.relu(b @ X.T + c[..., None])  # (S, m, n)
    return ((hidden.transpose(-1, -2) @ a) * Y).sum(-1)


def loss_onehot(a, b, c, X, Y, loss: str) -> torch.Tensor:
    return _margin_loss(loss)[0](margins_onehot(a, b, c, X, Y)).mean(-1)


def gradient_onehot(a, b, c, X, Y, loss: str, weights: torch.Tensor):
    """Σ_i w_i ∇ℓ̃(y_iᵀf(x_i)) for model (6), in closed form."""
    pre = b @ X.T + c[..., None]  # (S, m, n)
    r = (_margin_loss(loss)[1](margins_onehot(a, b, c, X, Y)) * weights)[:, None, :]  # (S, 1, n)
    ga = (torch.relu(pre) * r) @ Y
    back = (pre > 0).to(X.dtype) * r * (a @ Y.T)  # (S, m, n): r_i 1{pre_ki > 0} a_kᵀy_i
    return ga, back @ X, back.sum(-1)


batch_weights = dynamics.with_replacement  # SGD (3): γ_{t,1..B} i.i.d. uniform on [n]; weight = multiplicity / B


def sgd_onehot(a, b, c, X, Y, loss: str, eta: float, steps: int, B: int | None, seed: int) -> Run:
    """SGD (3) on model (6) (B None: full-batch GD (2)), batches drawn from a generator seeded by ``seed``.

    Returns a Run: run["loss"] (S, T+1), run["margins"] z_i(t) (S, T+1, n), run["a_floor"] = min_{t,k,c} a_{k,c}(t)
    (S,) and run["final"] = θ_T.
    """
    n = X.shape[0]
    full = dynamics.full_batch(a.shape[0], n)

    def observe(t, state, grads):
        z = margins_onehot(*state, X, Y)
        return {"loss": _margin_loss(loss)[0](z).mean(-1), "margins": z, "a_min": state[0].amin((1, 2))}

    sampler = None if B is None else (lambda g, S, size: batch_weights(g, S, size, B))
    tr = dynamics.descend(lambda s, w: gradient_onehot(*s, X, Y, loss, full if w is None else w), (a, b, c), steps,
                          eta, observe, sampler=sampler, n=n, seed=seed)
    return Run(tr.times, tr.observed, tr.error, tr.final)


# --- μ0 of Assumption 4.1(ii), V of (7), T_e ------------------------------------------------------

MU0_READINGS = ("closed", "generic", "literal")


def _pattern_feasible(X: np.ndarray, active: tuple[int, ...], strict: bool) -> bool:
    """∃v: vᵀx_j >= 1 (j active), vᵀx_j <= 0 (closed) or <= -1 (generic, strict) otherwise (an LP)."""
    from scipy.optimize import linprog

    n, d = X.shape
    on = np.zeros(n, dtype=bool)
    on[list(active)] = True
    A_ub = np.where(on[:, None], -X, X)
    b_ub = np.where(on, -1.0, -1.0 if strict else 0.0)
    return linprog(np.zeros(d), A_ub=A_ub, b_ub=b_ub, bounds=[(None, None)] * d, method="highs").status == 0


@functools.lru_cache(maxsize=512)
def mu0(X: tuple, y: tuple, reading: str) -> float:
    """μ0 = min_{i, v: vᵀx_i <= 0} max_{j: vᵀx_j > 0} y_iy_j x_iᵀx_j, by enumerating activation sets (n <= 12).

    ``literal``: every v, v = 0 included, so the empty set (max = -inf) always occurs (erratum E3).
    ``closed``: v ranges where A(v) ≠ ∅ is realisable with ties (vᵀx_i = 0) allowed; the empty set skipped.
    ``generic``: v in general position (a.s. for Gaussian b_k), ties excluded; an all-inactive pattern
    A = ∅ counts (max over ∅ = -inf), as in the literal min over v.
    """
    if reading not in MU0_READINGS:
        raise ValueError(f"reading must be one of {MU0_READINGS}, got {reading!r}")
    Xa, ya = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    n = len(ya)
    if n > 12:
        raise ValueError(f"exact μ0 enumerates 2^n LPs: needs n <= 12, got n={n}")
    if reading == "literal":
        return -math.inf
    M = (ya[:, None] * ya[None, :]) * (Xa @ Xa.T)
    strict = reading == "generic"
    best = math.inf
    for size in range(0 if strict else 1, n):
        for active in itertools.combinations(range(n), size):
            if not _pattern_feasible(Xa, active, strict):
                continue
            if not active:
                return -math.inf
            inactive = [i for i in range(n) if i not in active]
            best = min(best, min(M[i, list(active)].max() for i in inactive))
    return best


def mu0_sampled(X: torch.Tensor, y: torch.Tensor, draws: int, seed: int) -> float:
    """Upper bound on generic μ0: the min-max over the activation sets of ``draws`` Gaussian v."""
    v = torch.randn(draws, X.shape[1], generator=backend.generator(seed), device=X.device, dtype=X.dtype)
    active = (v @ X.T) > 0  # (draws, n)
    M = (y[:, None] * y[None, :]) * (X @ X.T)
    masked = torch.where(active[:, None, :], M[None], torch.full_like(M[None], -math.inf)).amax(-1)  # (draws, n)
    values = torch.where(~active, masked, torch.full_like(masked, math.inf))
    return float(values.min())


def V(X: torch.Tensor, y: torch.Tensor, m: int, delta: float) -> float:
    """Eq. (7): (1/16)(1/2 - sqrt(8 log(n²/δ)/m)) max{2/n + (n-2)γ/n, λmin(X₊ᵀX₊) ∧ λmin(X₋ᵀX₋)}.

    γ = min over same-class pairs i, j (i = j allowed) of x_iᵀx_j.
    """
    n = X.shape[0]
    G = X @ X.T
    same = y[:, None] == y[None, :]
    gamma = float(G[same].min())
    lam = min(float(torch.linalg.eigvalsh(G[y > 0][:, y > 0])[0]), float(torch.linalg.eigvalsh(G[y < 0][:, y < 0])[0]))
    return (0.5 - math.sqrt(8 * math.log(n**2 / delta) / m)) / 16 * max(2 / n + (n - 2) * gamma / n, lam)


def reconstructed_T(eta: float, rule: str) -> int:
    """T_e with C1, C2 of App. A replaced by the continuum reading (1 + 2η)^t -> e^{2ηt} (a reconstruction).

    ``doubling``: sup{t: e^{2ηt} <= 2} = floor(ln 2/(2η)) (Cor. 4.7, Table 1);
    ``sinh``: sup{t: e^{2ηt} - e^{-2ηt} <= 2} = floor(asinh(1)/(2η)) (Cor. 4.3).
    """
    if not eta > 0:
        raise ValueError(f"eta must be > 0, got {eta}")
    if rule == "doubling":
        return math.floor(math.log(2) / (2 * eta))
    if rule == "sinh":
        return math.floor(math.asinh(1) / (2 * eta))
    raise ValueError(f"rule must be 'doubling' or 'sinh', got {rule!r}")
