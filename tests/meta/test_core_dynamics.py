"""core.dynamics and core.data: GD/SGD against exact iterates, the samplers' laws, the minimum-norm selection
against exact values and against Kong's hand analysis of the sliding mode, the data generators' promises."""
from __future__ import annotations

import math

import pytest
import torch

from theorems.core import backend, data, dynamics, nets
from theorems.kong import model as kong


def test_gd_on_a_quadratic_matches_the_exact_iterates():
    M = backend.tensor([[2.0, 0.5], [0.5, 1.0]])
    theta0 = backend.tensor([[1.0, -2.0], [0.5, 0.5]])
    tr = dynamics.descend(lambda s, w: (s[0] @ M,), (theta0,), 10, 0.1, every=5,
                          observe=lambda t, s, g: {"theta": s[0]})
    step = torch.eye(2, dtype=backend.DTYPE) - 0.1 * M
    assert tr.times.tolist() == [0, 5, 10]
    assert torch.allclose(tr.observed["theta"][-1], theta0 @ torch.linalg.matrix_power(step, 10), rtol=1e-13)
    assert torch.equal(tr.final[0], tr.observed["theta"][-1]) and tr.seed_major("theta").shape == (2, 3, 2)


def test_gd_step_size_function_frozen_parameters_and_gradient_at_end():
    a, b = backend.tensor([[1.0], [2.0]]), backend.tensor([[3.0], [4.0]])
    tr = dynamics.descend(lambda s, w: (s[0], s[1]), (a, b), 3, lambda t, s, seen: 0.5 * (t + 1),
                          observe=lambda t, s, g: {"g": g[0] if g is not None else torch.zeros(2, 1)},
                          frozen=(True,), gradient_at_end=True)
    assert torch.equal(tr.final[0], a)  # frozen
    assert torch.equal(tr.final[1], b * (1 - 0.5) * (1 - 1.0) * (1 - 1.5))  # θ_{t+1} = (1 - η_t) θ_t
    assert tr.observed["lr"].shape == (3, 2) and tr.observed["lr"][:, 0].tolist() == [0.5, 1.0, 1.5]


def test_samplers_have_their_laws():
    g = backend.generator(0)
    w = dynamics.with_replacement(g, 20000, 5, 3)
    assert torch.allclose(w.sum(-1), torch.ones(20000, dtype=backend.DTYPE))
    assert float((w.mean(0) - 0.2).abs().max()) < 0.01 and bool(((w * 3) % 1 == 0).all())
    s = dynamics.uniform_subset(g, 20000, 5, 2)
    assert bool(((s > 0).sum(-1) == 2).all()) and torch.allclose(s.sum(-1), torch.ones(20000, dtype=backend.DTYPE))
    assert float(((s > 0).double().mean(0) - 0.4).abs().max()) < 0.015
    with pytest.raises(ValueError):
        dynamics.uniform_subset(g, 2, 3, 4)


def test_sgd_with_every_sample_is_gd():
    X = torch.randn(4, 3, generator=backend.generator(1), dtype=backend.DTYPE)
    y = torch.randn(4, generator=backend.generator(2), dtype=backend.DTYPE)

    def grad(s, w):
        r = s[0] @ X.T - y
        return (((r * (w if w is not None else 1 / 4)) @ X),)

    theta = torch.zeros(2, 3, dtype=backend.DTYPE)
    full = dynamics.descend(grad, (theta,), 5, 0.3)
    sgd = dynamics.descend(grad, (theta,), 5, 0.3, sampler=lambda g, S, n: dynamics.uniform_subset(g, S, n, 4), n=4)
    assert torch.allclose(full.final[0], sgd.final[0], rtol=1e-14)


def test_network_gradient_matches_kongs_closed_form():
    X = data.sphere(3, 4, backend.generator(0))
    y = backend.tensor([0.2, -0.1, 0.4])
    net = nets.relu_network((nets.Dense(3, "unit_rows"), nets.Dense(5, "unit_rows"),
                             nets.Dense(1, "rademacher", trainable=False)), output_scale=1 / math.sqrt(15))
    params = net.init(3, 4, 4)
    gA, gB = dynamics.network_gradient(net, params, X, y)(net.trainable(params), None)
    cA, cB = kong.loss_gradients(params[0][0], params[1][0], params[2][0][:, 0], X, y)
    assert torch.allclose(gA, cA, rtol=1e-12, atol=1e-15) and torch.allclose(gB, cB, rtol=1e-12, atol=1e-15)


def test_min_norm_point_exact_cases():
    V = backend.tensor([[[1.0, 1.0], [1.0, -1.0]], [[2.0, 0.0], [3.0, 1.0]], [[1.0, 0.0], [-1.0, 0.0]]])
    w, p = dynamics.min_norm_point(V)
    assert torch.allclose(p[0], backend.tensor([1.0, 0.0])) and torch.allclose(w[0], backend.tensor([0.5, 0.5]))
    assert torch.allclose(p[1], backend.tensor([2.0, 0.0])) and torch.allclose(w[1], backend.tensor([1.0, 0.0]))
    assert float(p[2].norm()) < 1e-15
    tri = backend.tensor([[[1.0, 0.0, 1.0], [0.0, 1.0, 1.0], [-1.0, -1.0, 1.0]]])
    _, q = dynamics.min_norm_point(tri)
    assert torch.allclose(q[0], backend.tensor([0.0, 0.0, 1.0]), atol=1e-14)


def test_filippov_velocity_reproduces_kongs_sliding_ntk():
    """On a state put on the kink z_p = 0 of Kong's net (n = 1), the generic minimum-norm selection gives
    u' = -H_eff (u - y) with kong.model.kink_grams' H_eff where the flow slides (0 < α < 1)."""
    h1, h2, p = 2, 3, 0
    X, y = backend.tensor([[0.6, 0.8]]), backend.tensor([1.5])
    net = nets.relu_network((nets.Dense(h1, "unit_rows"), nets.Dense(h2, "unit_rows"),
                             nets.Dense(1, "rademacher", trainable=False)), output_scale=1 / math.sqrt(h1 * h2))
    params = net.init(11, 64, 2)
    A, B, w = params[0][0], params[1][0].clone(), params[2][0][:, 0]
    Y = torch.relu(X @ A.transpose(1, 2))[:, 0]  # (S, h1)
    B[:, p] -= (B[:, p] * Y).sum(-1, keepdim=True) / (Y * Y).sum(-1, keepdim=True).clamp_min(1e-300) * Y
    params = ((A, None), (B, None), params[2])
    grams = kong.kink_grams(A, B, w, X, p)
    velocity, _ = dynamics.filippov_velocity(net, params, X, y, [(1, 0, p)])
    dA, dB = kong.output_gradients(A, B, w, X)  # J_in (gate off at the kink), as in (15)
    J = torch.cat([dA[:, 0].flatten(1), dB[:, 0].flatten(1)], 1)
    r = kong.forward(A, B, w, X)[:, 0] - y
    h_eff = -(J * velocity).sum(-1) / r
    sliding = (grams["alpha"] > 0) & (grams["alpha"] < 1) & (Y.norm(dim=-1) > 0)
    assert int(sliding.sum()) >= 5
    assert torch.allclose(h_eff[sliding], grams["H_eff"][sliding], rtol=1e-9, atol=1e-14)
    assert dynamics.kinks(net, params, X, 1e-12)[1][:, 0, p].all()


def test_digits_loader_and_generators():
    X, labels = data.digits(classes=(0, 1), per_class=20)
    assert X.shape == (40, 64) and labels[:20].eq(0).all() and labels[20:].eq(1).all()
    assert torch.allclose(X.norm(dim=-1), torch.ones(40, dtype=backend.DTYPE))
    Xn, ln = data.digits(10, normalize=False)
    assert Xn.shape == (10, 64) and float(Xn.max()) == 16.0 and ln.dtype == torch.int64
    g = backend.generator(0)
    S = data.subspace(20, 6, 2, g)
    assert torch.allclose(S.norm(dim=-1), torch.ones(20, dtype=backend.DTYPE))
    assert int(torch.linalg.matrix_rank(S)) == 2
    C, lab = data.clusters(30, 5, 3, 0.01, g)
    assert lab.tolist()[:4] == [0, 1, 2, 0] and float((C[0] @ C[3])) > 0.99


def test_momentum_is_torch_sgds_heavy_ball():
    X = torch.randn(6, 3, generator=backend.generator(3), dtype=backend.DTYPE)
    y = torch.randn(6, generator=backend.generator(4), dtype=backend.DTYPE)
    a0, b0 = backend.tensor([[0.5, -1.0, 0.2]]), backend.tensor([[0.3]])

    def grad(s, w):
        r = s[0] @ X.T + s[1] - y
        return (r @ X, r.sum(-1, keepdim=True))

    tr = dynamics.descend(grad, (a0, b0), 7, 0.05, momentum=0.9)
    a, b = a0.clone().requires_grad_(), b0.clone().requires_grad_()
    opt = torch.optim.SGD([a, b], lr=0.05, momentum=0.9)
    for _ in range(7):
        opt.zero_grad()
        (0.5 * ((a @ X.T + b - y) ** 2).sum()).backward()
        opt.step()
    assert torch.allclose(tr.final[0], a.detach(), rtol=1e-13) and torch.allclose(tr.final[1], b.detach(), rtol=1e-13)
    frozen = dynamics.descend(grad, (a0, b0), 7, 0.05, momentum=0.9, frozen=(False, True))
    assert torch.equal(frozen.final[1], b0) and not torch.equal(frozen.final[0], a0)
    with pytest.raises(ValueError, match="momentum"):
        dynamics.descend(grad, (a0, b0), 1, 0.05, momentum=1.0)


def test_rk4_steps_is_the_flows_rk4_at_every_step():
    M = backend.tensor([[-1.0, 0.3], [0.0, -2.0]])
    field = lambda s: (s[0] @ M,)  # noqa: E731
    theta0 = backend.tensor([[1.0, 1.0]])
    every = dynamics.rk4_steps(field, (theta0,), 1.0, 16, lambda s: {"theta": s[0]})
    flow = dynamics.integrate(field, (theta0,), 1.0, 8, 8, lambda s: {"theta": s[0]})  # its finer run: 16 steps
    assert every.observed["theta"].shape == (17, 1, 2)
    assert torch.equal(every.observed["theta"][::2], flow.observed["theta"])
    assert torch.allclose(every.observed["theta"][-1], theta0 @ torch.linalg.matrix_exp(M), rtol=1e-4)  # RK4: ~4e-6 at h = 1/16
