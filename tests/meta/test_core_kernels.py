"""core.kernels: the arc-cosine kernels and the ReLU NTK against exact values, Monte Carlo and the empirical NTK."""
from __future__ import annotations

import math

import torch

from theorems.core import autodiff, backend, kernels, nets


def test_angle_is_accurate_near_coincident_and_antipodal_inputs():
    for eps in (1e-3, 1e-9, 1e-14):
        X = backend.tensor([[1.0, 0.0], [math.cos(eps), math.sin(eps)]])
        assert abs(float(kernels.angle(X)[0, 1]) - eps) <= 1e-6 * eps
        Y = backend.tensor([[1.0, 0.0], [-math.cos(eps), math.sin(eps)]])
        assert abs(float(kernels.angle(Y)[0, 1]) - (math.pi - eps)) <= 1e-15 * math.pi
    assert torch.equal(torch.diagonal(kernels.angle(torch.randn(4, 3, dtype=backend.DTYPE))), torch.zeros(4, dtype=backend.DTYPE))


def test_arc_cosine_kernels_exact_values():
    X = backend.tensor([[2.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, 0.0]])
    k0, k1 = kernels.arccos0(X), kernels.arccos1(X)
    assert torch.allclose(k0[0], backend.tensor([0.5, 0.25, 0.0, 0.0]), atol=1e-16)
    assert torch.allclose(k1[0], backend.tensor([2.0, 2 / (2 * math.pi), 0.0, 0.0]), atol=1e-15)  # ‖x‖²/2 on the diagonal


def test_arc_cosine_kernels_against_monte_carlo():
    X = torch.randn(4, 3, generator=backend.generator(0), dtype=backend.DTYPE)
    w = torch.randn(400_000, 3, generator=backend.generator(1), dtype=backend.DTYPE)
    Z = X @ w.T
    mc0 = (Z > 0).to(X.dtype) @ (Z > 0).to(X.dtype).T / w.shape[0]
    mc1 = torch.relu(Z) @ torch.relu(Z).T / w.shape[0]
    assert float((mc0 - kernels.arccos0(X)).abs().max()) < 5e-3
    assert float(((mc1 - kernels.arccos1(X)) / kernels.arccos1(X).diagonal().max()).abs().max()) < 1e-2


def test_relu_ntk_depth_one_closed_form():
    """One hidden layer: Θ = xᵀx'(π - θ)/π + ‖x‖‖x'‖(sin θ + (π - θ)cos θ)/π."""
    X = torch.randn(5, 3, generator=backend.generator(2), dtype=backend.DTYPE)
    theta = torch.arccos((kernels._unit(X)[0] @ kernels._unit(X)[0].T).clamp(-1, 1))
    n = X.norm(dim=-1)
    expect = (X @ X.T) * (math.pi - theta) / math.pi + n[:, None] * n * (torch.sin(theta) + (math.pi - theta) * torch.cos(theta)) / math.pi
    assert torch.allclose(kernels.relu_ntk(X, 1)[0], expect, rtol=1e-7, atol=1e-12)


def test_relu_ntk_is_the_wide_limit_of_the_empirical_ntk():
    X = torch.randn(3, 4, generator=backend.generator(3), dtype=backend.DTYPE)
    X = X / X.norm(dim=-1, keepdim=True)
    for depth in (1, 2):
        net = nets.ntk_network(4, (2048,) * depth)
        params = net.init(4, 2, 4)
        K = autodiff.ntk(lambda *t: net.apply(net.with_trainable(params, t), X), net.trainable(params), "loop").mean(0)
        limit = kernels.relu_ntk(X, depth)[0]
        assert float(((K - limit).abs() / limit.diagonal().max()).max()) < 0.1, depth


def test_relu_ntk_propagates_small_angles_stably():
    eps = 1e-10
    X = backend.tensor([[1.0, 0.0], [math.cos(eps), math.sin(eps)]])
    for depth in (1, 3):
        K, S = kernels.relu_ntk(X, depth)
        assert torch.allclose(K[0, 1], K[0, 0], rtol=1e-9) and torch.allclose(S, S.T)
    assert float(kernels._next_angle(backend.tensor([eps]))) > 0
