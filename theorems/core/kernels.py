"""Infinite-width kernels of ReLU networks: the arc-cosine kernels of orders 0 and 1 and the depth-L ReLU NTK.

Every angle is computed stably near coincident (and antipodal) inputs: for unit vectors u, v,
θ = 2·arcsin(‖u − v‖/2) (or π − 2·arcsin(‖u + v‖/2) past π/2), not arccos(uᵀv), whose error near
θ = 0 is ~sqrt(ε) ≈ 1e-8 in θ. Inputs are rows (..., n, d); a zero row has no direction: the kernels
are 0 there (E 1{wᵀ0 > 0} = 0 and σ(wᵀ0) = 0), and so is its angle's contribution.

Conventions (w ~ N(0, I_d)):
  arccos0(x, x') = E[1{wᵀx > 0} 1{wᵀx' > 0}] = (π - θ)/(2π),
  arccos1(x, x') = E[σ(wᵀx) σ(wᵀx')] = ‖x‖‖x'‖ (sin θ + (π - θ) cos θ)/(2π).
"""
from __future__ import annotations

import math

import torch


def _unit(X: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    norms = X.norm(dim=-1)
    return torch.where((norms > 0)[..., None], X / norms.clamp_min(1e-300)[..., None], torch.zeros_like(X)), norms


def angle_of_units(U: torch.Tensor, V: torch.Tensor) -> torch.Tensor:
    """θ_ij between unit rows U (..., n, d) and V (..., m, d), stable at θ near 0 and π; (..., n, m)."""
    diff = (U[..., :, None, :] - V[..., None, :, :]).norm(dim=-1)
    summ = (U[..., :, None, :] + V[..., None, :, :]).norm(dim=-1)
    near = 2 * torch.arcsin((diff / 2).clamp(max=1.0))
    far = math.pi - 2 * torch.arcsin((summ / 2).clamp(max=1.0))
    return torch.where(diff <= summ, near, far)


def angle(X: torch.Tensor, Y: torch.Tensor | None = None) -> torch.Tensor:
    """θ between the rows of X and of Y (default X); rows of norm 0 get θ = π/2 (their kernels are masked to 0)."""
    U, nu = _unit(X)
    V, nv = (U, nu) if Y is None else _unit(Y)
    theta = angle_of_units(U, V)
    alive = (nu > 0)[..., :, None] & (nv > 0)[..., None, :]
    return torch.where(alive, theta, torch.full_like(theta, math.pi / 2))


def _alive(X, Y):
    nx = X.norm(dim=-1)
    ny = nx if Y is None else Y.norm(dim=-1)
    return nx, ny, ((nx > 0)[..., :, None] & (ny > 0)[..., None, :]).to(X.dtype)


def arccos0_of_angle(theta: torch.Tensor) -> torch.Tensor:
    """(π - θ)/(2π): the probability that a Gaussian w is positive on both inputs."""
    return (math.pi - theta) / (2 * math.pi)


def arccos1_of_angle(theta: torch.Tensor) -> torch.Tensor:
    """(sin θ + (π - θ) cos θ)/(2π): arccos1 of two unit vectors."""
    return (torch.sin(theta) + (math.pi - theta) * torch.cos(theta)) / (2 * math.pi)


def arccos0(X: torch.Tensor, Y: torch.Tensor | None = None) -> torch.Tensor:
    """E_w[1{wᵀx_i > 0} 1{wᵀy_j > 0}] = (π - θ_ij)/(2π) (0 where a row is 0); (..., n, m)."""
    _, _, alive = _alive(X, Y)
    return arccos0_of_angle(angle(X, Y)) * alive


def arccos1(X: torch.Tensor, Y: torch.Tensor | None = None) -> torch.Tensor:
    """E_w[σ(wᵀx_i) σ(wᵀy_j)] = ‖x_i‖‖y_j‖ (sin θ + (π - θ) cos θ)/(2π) for ReLU σ; (..., n, m)."""
    nx, ny, alive = _alive(X, Y)
    return nx[..., :, None] * ny[..., None, :] * arccos1_of_angle(angle(X, Y)) * alive


def _next_angle(theta: torch.Tensor) -> torch.Tensor:
    """The angle after one ReLU layer (c_σ = 2): cos θ' = (sin θ + (π - θ) cos θ)/π, computed as
    1 - cos θ' = 2 sin²(θ/2) - (sin θ - θ cos θ)/π, so that θ' stays accurate as θ -> 0."""
    small = theta < 1e-3
    t2 = theta * theta
    series = theta * t2 / 3 * (1 - t2 / 10)  # sin θ - θ cos θ = θ³/3 - θ⁵/30 + O(θ⁷)
    odd = torch.where(small, series, torch.sin(theta) - theta * torch.cos(theta))
    one_minus = 2 * torch.sin(theta / 2) ** 2 - odd / math.pi
    return 2 * torch.arcsin(torch.sqrt((one_minus / 2).clamp(0.0, 1.0)))


def relu_ntk(X: torch.Tensor, depth: int) -> tuple[torch.Tensor, torch.Tensor]:
    """The NTK Θ and the NNGP kernel Σ of an infinitely wide ReLU net with ``depth`` hidden layers in the NTK
    parameterization of core.nets.ntk_network (Arora et al. 2019, c_σ = 2, no bias):

      Σ⁰ = XXᵀ, Σʰ = ‖x‖‖x'‖ (sin θ_{h-1} + (π - θ_{h-1}) cos θ_{h-1})/π, Σ̇ʰ = (π - θ_{h-1})/π,
      Θ⁰ = Σ⁰, Θʰ = Θʰ⁻¹ Σ̇ʰ + Σʰ, returning (Θ^depth, Σ^depth); (..., n, n) each.

    θ_h is the angle of Σʰ (the diagonal Σʰ_ii = ‖x_i‖² is preserved), propagated stably (``_next_angle``).
    """
    if depth < 1:
        raise ValueError(f"depth must be >= 1, got {depth}")
    norms, _, alive = _alive(X, None)
    scale = norms[..., :, None] * norms[..., None, :]
    theta = angle(X)
    sigma = X @ X.transpose(-1, -2)
    theta_ntk = sigma
    for _ in range(depth):
        dot = (math.pi - theta) / math.pi * alive
        sigma = scale * 2 * arccos1_of_angle(theta) * alive
        theta_ntk = theta_ntk * dot + sigma
        theta = _next_angle(theta)
    return theta_ntk, sigma
