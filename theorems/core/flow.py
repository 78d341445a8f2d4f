"""Gradient flow with a controlled, reported integration error.

``gradient_flow`` integrates dθ/dt = -∇L(θ) with classical RK4 at two step sizes
(h and h/2) and returns the observables of the finer run together with their
step-doubling error estimate |obs_h - obs_{h/2}|. For a method of observed order
p >= 1 the error of the finer run is about |obs_h - obs_{h/2}| / (2^p - 1), so the
difference is a conservative estimate even where ReLU kinks lower RK4's order.
Continuous-time claims add this estimate (times a safety factor) to their tolerance.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Sequence

import torch

from theorems.core import autodiff

State = tuple[torch.Tensor, ...]
Observe = Callable[[State], dict[str, torch.Tensor]]

ERROR_SAFETY = 4.0  # multiplies the step-doubling estimate where it enters a tolerance


@dataclass(frozen=True)
class Trajectory:
    """The one trajectory type of the core (gradient flow, GD, SGD): observables recorded at ``times``
    (flow times, or iterations for GD/SGD), time first: name -> (T, S, ...); for gradient flow also the
    step-doubling error estimate of each; ``final`` is the state at the end (GD/SGD)."""

    times: torch.Tensor  # (T,)
    observed: dict[str, torch.Tensor]  # name -> (T, ...) from the finer run
    error: dict[str, torch.Tensor] = field(default_factory=dict)  # name -> (T, ...) step-doubling error estimate
    final: tuple[torch.Tensor, ...] = ()

    def tolerance(self, name: str) -> torch.Tensor:
        """Integration error allowance for observable ``name``: ERROR_SAFETY x the estimate."""
        if name not in self.error:
            raise KeyError(f"no error estimate for {name!r}: only gradient flow records one")
        return ERROR_SAFETY * self.error[name]

    def seed_major(self, name: str) -> torch.Tensor:
        """Observable ``name`` with the seed axis first: (S, T, ...)."""
        return self.observed[name].movedim(0, 1)


def loss_gradient_field(loss: Callable[[State], torch.Tensor]) -> Callable[[State], State]:
    """The vector field -∇L of a loss returning one value per seed (seeds are independent)."""

    def field(state: State) -> State:
        return tuple(-g for g in autodiff.gradient(lambda *leaves: loss(leaves), state))

    return field


def _rk4(field, state: State, t_end: float, steps: int, records: Sequence[int], observe: Observe):
    dt = t_end / steps
    out = {0: observe(state)} if 0 in records else {}
    for k in range(1, steps + 1):
        k1 = field(state)
        k2 = field(tuple(s + 0.5 * dt * d for s, d in zip(state, k1)))
        k3 = field(tuple(s + 0.5 * dt * d for s, d in zip(state, k2)))
        k4 = field(tuple(s + dt * d for s, d in zip(state, k3)))
        state = tuple(s + dt / 6 * (a + 2 * b + 2 * c + e) for s, a, b, c, e in zip(state, k1, k2, k3, k4))
        if k in records:
            out[k] = observe(state)
    return out


def integrate(field, state: State, t_end: float, steps: int, n_records: int, observe: Observe) -> Trajectory:
    """Integrate dθ/dt = field(θ) on [0, t_end], recording ``observe`` at ``n_records`` + 1 equispaced times."""
    if not t_end > 0:
        raise ValueError(f"t_end must be > 0, got {t_end}")
    if steps < 1 or n_records < 1 or steps % n_records:
        raise ValueError(f"steps ({steps}) must be a positive multiple of n_records ({n_records})")
    stride = steps // n_records
    coarse = _rk4(field, state, t_end, steps, range(0, steps + 1, stride), observe)
    fine = _rk4(field, state, t_end, 2 * steps, range(0, 2 * steps + 1, 2 * stride), observe)
    names = fine[0].keys()
    stacked_fine = {n: torch.stack([fine[2 * k][n] for k in sorted(coarse)]) for n in names}
    stacked_coarse = {n: torch.stack([coarse[k][n] for k in sorted(coarse)]) for n in names}
    times = torch.linspace(0.0, t_end, n_records + 1, dtype=torch.float64)
    error = {n: (stacked_fine[n] - stacked_coarse[n]).abs() for n in names}
    return Trajectory(times, stacked_fine, error)


def gradient_flow(loss: Callable[[State], torch.Tensor], state: State, t_end: float, steps: int,
                  n_records: int, observe: Observe) -> Trajectory:
    """Gradient flow of ``loss`` (one value per seed) from ``state``; see ``integrate``."""
    return integrate(loss_gradient_field(loss), state, t_end, steps, n_records, observe)
