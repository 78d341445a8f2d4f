"""Training dynamics with a leading batch of independent seeds: GD, SGD with its samplers, gradient flow
(``core.flow``, RK4 with a step-doubling error estimate), and the nonsmooth part of ReLU flows: kink
detection and the Filippov (minimum-norm) selection when a flow slides along a kink.

Every run returns the core's one ``Trajectory`` (observables time first, (T, S, ...)).
"""
from __future__ import annotations

import itertools
import math
from typing import Callable, Sequence

import torch

from theorems.core import autodiff, backend
from theorems.core.flow import Trajectory, _rk4, gradient_flow, integrate, loss_gradient_field  # noqa: F401 (re-exported)
from theorems.core.nets import Network

State = tuple[torch.Tensor, ...]
Gradient = Callable[[State, "torch.Tensor | None"], State]  # (θ, per-sample weights (S, n) or None) -> ∇
Observe = Callable[[int, State, "State | None"], dict]  # (t, θ, ∇ at θ or None) -> observables (S, ...)
StepSize = "float | Callable[[int, State, dict], torch.Tensor | float]"  # η_t, possibly from the observed values


# --- samplers: per-sample weights of an SGD step ---------------------------------------------------

def full_batch(seeds: int, n: int) -> torch.Tensor:
    """GD: every sample weighs 1/n; (S, n)."""
    return torch.full((seeds, n), 1.0 / n, dtype=backend.DTYPE, device=backend.device())


def with_replacement(generator: torch.Generator, seeds: int, n: int, batch: int) -> torch.Tensor:
    """Wang-Ma eq. (3): γ_1..γ_B i.i.d. uniform on [n] with replacement; the weight of i is its multiplicity / B."""
    idx = torch.randint(0, n, (seeds, batch), generator=generator, device=backend.device())
    counts = torch.zeros(seeds, n, dtype=backend.DTYPE, device=backend.device())
    return counts.scatter_add_(1, idx, torch.ones_like(idx, dtype=backend.DTYPE)) / batch


def uniform_subset(generator: torch.Generator, seeds: int, n: int, batch: int) -> torch.Tensor:
    """A uniform b-subset of [n] (without replacement) per seed; weight 1/b on its members, 0 elsewhere."""
    if not 1 <= batch <= n:
        raise ValueError(f"the subset size must be in [1, n], got {batch} for n = {n}")
    keys = torch.rand(seeds, n, generator=generator, dtype=backend.DTYPE, device=backend.device())
    members = keys.argsort(-1)[:, :batch]
    weights = torch.zeros(seeds, n, dtype=backend.DTYPE, device=backend.device())
    return weights.scatter_(1, members, 1.0 / batch)


SAMPLERS = {"with_replacement": with_replacement, "uniform_subset": uniform_subset}


# --- GD and SGD ------------------------------------------------------------------------------------

def descend(gradient: Gradient, state: Sequence[torch.Tensor], steps: int, lr, observe: Observe | None = None,
            every: int = 1, sampler: Callable[[torch.Generator, int, int], torch.Tensor] | None = None,
            n: int | None = None, seed: int = 0, gradient_at_end: bool = False,
            frozen: Sequence[bool] = (), momentum: float = 0.0) -> Trajectory:
    """θ_{t+1} = θ_t - η_t g_t for t < steps, g_t = gradient(θ_t, weights_t): full-batch GD (weights None) or, with
    ``sampler``, SGD whose per-sample weights (S, n) are drawn from one generator seeded by ``seed``.

    ``lr``: a float, or η_t = lr(t, θ_t, observed_t) (a float or one value per seed). ``observe(t, θ_t, g_t)`` is
    recorded at t = 0, every, 2·every, ... and at ``steps`` (g at the end only with ``gradient_at_end``; else
    None there), except where it returns None. ``frozen[k]``: parameter k is not moved (its gradient is zeroed).
    ``momentum`` μ > 0: the heavy ball of torch.optim.SGD (no dampening, no Nesterov), v_t = μ v_{t-1} + g_t with
    v_0 = g_0, θ_{t+1} = θ_t - η_t v_t. The trajectory's observed
    values are stacked time first (T, S, ...); ``lr`` records η_t when it is a function; ``final`` is θ_steps.
    """
    if steps < 0 or every < 1:
        raise ValueError(f"steps must be >= 0 and every >= 1, got {steps}, {every}")
    if not 0.0 <= momentum < 1.0:
        raise ValueError(f"momentum must be in [0, 1), got {momentum}")
    state = tuple(state)
    seeds = state[0].shape[0]
    g = backend.generator(seed) if sampler is not None else None
    times, records, etas = [], [], []
    velocity = None
    for t in range(steps + 1):
        last = t == steps
        grads = None
        if not last or gradient_at_end:
            weights = None if sampler is None else sampler(g, seeds, n)
            grads = gradient(state, weights)
            if frozen:
                grads = tuple(torch.zeros_like(d) if f else d for d, f in zip(grads, frozen)) + grads[len(frozen):]
        seen = observe(t, state, grads) if observe is not None and (last or t % every == 0) else None
        if seen is not None:
            times.append(t), records.append(seen)
        if last:
            break
        if momentum:
            velocity = grads if velocity is None else tuple(momentum * v + d for v, d in zip(velocity, grads))
            grads = velocity
        if callable(lr):
            eta = torch.as_tensor(lr(t, state, seen), dtype=backend.DTYPE, device=state[0].device).expand(seeds)
            etas.append(eta)
            state = tuple(p - eta.reshape(-1, *[1] * (p.dim() - 1)) * d for p, d in zip(state, grads))
        else:
            state = tuple(p - lr * d for p, d in zip(state, grads))
    observed = {k: torch.stack([r[k] for r in records]) for k in (records[0] if records else {})}
    if callable(lr):
        observed["lr"] = torch.stack(etas) if etas else torch.zeros(0, seeds, dtype=backend.DTYPE)
    return Trajectory(torch.tensor(times, dtype=torch.float64), observed, {}, state)


def rk4_steps(field, state: Sequence[torch.Tensor], t_end: float, steps: int,
              observe: Callable[[State], dict]) -> Trajectory:
    """dθ/dt = field(θ) by core.flow's classical RK4 on [0, t_end] in ``steps`` steps, ``observe`` recorded after
    every step (and at 0): what the integrator's steps see between the records of ``integrate`` (a kink crossed
    and recrossed within one record, say). No error estimate."""
    if not t_end > 0 or steps < 1:
        raise ValueError(f"t_end must be > 0 and steps >= 1, got {t_end}, {steps}")
    out = _rk4(field, tuple(state), t_end, steps, range(steps + 1), observe)
    observed = {n: torch.stack([out[k][n] for k in range(steps + 1)]) for n in out[0]}
    return Trajectory(torch.linspace(0.0, t_end, steps + 1, dtype=torch.float64), observed)


def iterate(update: Callable[[int, State], State], state: Sequence[torch.Tensor], steps: int,
            observe: Callable[[int, State], dict | None] | None = None) -> Trajectory:
    """θ_{t+1} = update(t, θ_t) for t < steps: a paper's printed update rule (e.g. Chen et al.'s (9)) iterated as
    is; ``observe(t, θ_t)`` recorded where it returns a dict; ``final`` is θ_steps."""
    state, times, records = tuple(state), [], []
    for t in range(steps + 1):
        seen = observe(t, state) if observe is not None else None
        if seen is not None:
            times.append(t), records.append(seen)
        if t < steps:
            state = tuple(update(t, state))
    observed = {k: torch.stack([r[k] for r in records]) for k in (records[0] if records else {})}
    return Trajectory(torch.tensor(times, dtype=torch.float64), observed, {}, state)


def network_gradient(net: Network, params, X: torch.Tensor, y: torch.Tensor) -> Gradient:
    """The gradient of L = Σ_i w_i ½(f(x_i) - y_i)² (w_i = 1 without weights: ½‖f - y‖²) in the trainable
    parameters of ``net`` at fixed ``params`` for the rest, by autograd (the reference for any depth)."""
    def grad(theta, weights):
        def loss(*t):
            r = net.apply(net.with_trainable(params, t), X) - y
            sq = 0.5 * r**2
            return (sq if weights is None else sq * weights).sum(-1)
        return autodiff.gradient(loss, theta)
    return grad


# --- nonsmooth ReLU flows: kinks and the Filippov / minimum-norm selection ---------------------------

def kinks(net: Network, params, X: torch.Tensor, tol: float = 0.0) -> tuple[torch.Tensor, ...]:
    """Per hidden layer, the units on a kink: |z_l(x_i)_p| <= tol, masks (S, n, width_l)."""
    return tuple(z.abs() <= tol for z in net.forward(params, X).pre)


def _forced_apply(net: Network, params, X, forced: Sequence[tuple[int, int, int]], gates: Sequence[float]):
    """f with the derivative at the units ``forced`` = (layer, input, unit) set to ``gates``: σ(z) is replaced
    there by gate·z (the same value on the kink z = 0, where the one-sided derivatives differ)."""
    h = X if X.dim() == 3 else X.expand(params[0][0].shape[0], -1, -1)
    for l, (layer, (W, b)) in enumerate(zip(net.layers[:-1], params[:-1])):
        z = layer.apply(W, b, h)
        h = net.act.fn(z)
        for (fl, i, p), s in zip(forced, gates):
            if fl == l:
                mask = torch.zeros_like(z)
                mask[:, i, p] = 1
                h = h * (1 - mask) + mask * s * z
    W, b = params[-1]
    out = net.layers[-1].apply(W, b, h) * net.output_scale
    return out[..., 0] if out.shape[-1] == 1 else out


def clarke_vertices(net: Network, params, X, y, forced: Sequence[tuple[int, int, int]]) -> torch.Tensor:
    """The one-sided gradients of L = ½‖f - y‖² in the trainable parameters at a point on the kinks ``forced``
    ((layer, input, unit) with z = 0): one per assignment of the forced gates in {0, 1}; (S, 2^k, P) flattened.
    Their convex hull is the Clarke subdifferential of L there (for ReLU nets, away from other kinks)."""
    theta = net.trainable(params)
    out = []
    for gates in itertools.product((0.0, 1.0), repeat=len(forced)):
        def loss(*t, gates=gates):
            return 0.5 * ((_forced_apply(net, net.with_trainable(params, t), X, forced, gates) - y) ** 2).sum(-1)
        out.append(torch.cat([d.flatten(1) for d in autodiff.gradient(loss, theta)], 1))
    return torch.stack(out, 1)


def min_norm_point(V: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """The minimum-norm point of the convex hull of the rows of V (S, K, P), exactly, by enumerating the faces
    (K <= 8): returns (weights (S, K) on the simplex, point (S, P)). The Filippov solution of a gradient flow
    of a Clarke-regular L moves along minus this point (the steepest-descent selection); on one kink whose
    jump is normal to it, it is the sliding field tangent to the kink."""
    S, K, _ = V.shape
    if K > 8:
        raise ValueError(f"face enumeration is for at most 8 vertices, got {K}")
    M = V @ V.transpose(1, 2)  # (S, K, K)
    best_w = torch.zeros(S, K, dtype=V.dtype, device=V.device)
    best = torch.full((S,), math.inf, dtype=V.dtype, device=V.device)
    for size in range(1, K + 1):
        for face in itertools.combinations(range(K), size):
            idx = list(face)
            Mf = M[:, idx][:, :, idx]
            # KKT of min wᵀMw on the affine hull: [M 1; 1ᵀ 0][w; μ] = [0; 1] (least squares when singular)
            kkt = torch.zeros(S, size + 1, size + 1, dtype=V.dtype, device=V.device)
            kkt[:, :size, :size], kkt[:, :size, size], kkt[:, size, :size] = Mf, 1.0, 1.0
            rhs = torch.zeros(S, size + 1, 1, dtype=V.dtype, device=V.device)
            rhs[:, size] = 1.0
            w_face = torch.linalg.lstsq(kkt, rhs).solution[:, :size, 0]
            feasible = (w_face >= -1e-12).all(-1)
            w_face = w_face.clamp_min(0)
            w_face = w_face / w_face.sum(-1, keepdim=True)
            w = torch.zeros(S, K, dtype=V.dtype, device=V.device)
            w[:, idx] = w_face
            value = torch.einsum("sk,skl,sl->s", w, M, w)
            better = feasible & (value < best)  # ties keep the smaller face
            best = torch.where(better, value, best)
            best_w = torch.where(better[:, None], w, best_w)
    return best_w, torch.einsum("sk,skp->sp", best_w, V)


def filippov_velocity(net: Network, params, X, y, forced: Sequence[tuple[int, int, int]]) -> tuple[torch.Tensor, torch.Tensor]:
    """θ' = -(minimum-norm element of the Clarke subdifferential of L) on the kinks ``forced``: the sliding
    velocity of the gradient flow there, flattened over the trainable parameters (S, P), with the weights of
    the one-sided gradients (S, 2^k)."""
    weights, point = min_norm_point(clarke_vertices(net, params, X, y, forced))
    return -point, weights
