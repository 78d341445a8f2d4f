"""core.nets and core.autodiff: the network pieces against the papers' printed forward passes, the autograd
oracle's two routes against each other and against closed forms."""
from __future__ import annotations

import math

import pytest
import torch

from theorems.core import autodiff, backend, nets
from theorems.kong import model as kong


def _X(n=3, d=4, seed=0):
    return torch.randn(n, d, generator=backend.generator(seed), dtype=backend.DTYPE)


def kong_net(h1, h2):
    return nets.relu_network((nets.Dense(h1, "unit_rows"), nets.Dense(h2, "unit_rows"),
                              nets.Dense(1, "rademacher", trainable=False)), output_scale=1 / math.sqrt(h1 * h2))


def test_kong_network_is_a_depth_two_relu_net_with_the_same_draws():
    net, X = kong_net(3, 5), _X()
    params = net.init(7, 4, 4)
    W = kong.initialize(7, 4, 4, 3, 5)
    assert torch.equal(params[0][0], W.A) and torch.equal(params[1][0], W.B) and torch.equal(params[2][0][:, 0], W.w)
    fwd = net.forward(params, X)
    assert torch.allclose(fwd.out[..., 0], kong.forward(W.A, W.B, W.w, X), rtol=1e-13, atol=1e-15)
    assert torch.equal(fwd.gates[0], (fwd.pre[0] > 0).to(X.dtype)) and len(fwd.pre) == net.depth == 2


def test_relu_derivative_convention_at_zero():
    z = backend.tensor([-1.0, 0.0, 2.0])
    assert nets.activation("relu").deriv(z).tolist() == [0.0, nets.RELU_DERIV_AT_ZERO, 1.0]
    assert nets.activation("relu").deriv_at_kink == 0.0


@pytest.mark.parametrize("name", sorted(nets.ACTIVATIONS))
def test_activation_derivatives_match_autograd_off_kinks(name):
    act = nets.activation(name)
    u = torch.linspace(-30, 30, 601, dtype=backend.DTYPE) + 0.0123
    (auto,) = autodiff.gradient(lambda v: act.fn(v).sum(-1), (u[None],))
    assert torch.allclose(act.deriv(u), auto[0], rtol=1e-12, atol=1e-14)


def test_initializations_have_their_stated_laws():
    g = backend.generator(0)
    assert torch.allclose(nets.gaussian_unit_rows(g, (50, 7)).norm(dim=-1), torch.ones(50, dtype=backend.DTYPE))
    r = nets.rademacher(g, (1000,), 0.5)
    assert set(r.unique().tolist()) == {-0.5, 0.5}
    G = nets.gaussian(g, (200_000,), 3.0)
    assert abs(float(G.std()) - 3.0) < 0.03
    layer = nets.Dense(4, "constant", 2.0, bias=True, bias_init="constant", bias_std=-1.0)
    W, b = layer.draw(g, 2, 3)
    assert float(W.unique()) == 2.0 and float(b.unique()) == -1.0 and b.shape == (2, 4)
    with pytest.raises(ValueError):
        nets.Dense(3, "uniform")


def test_trainable_selection_round_trips():
    net = kong_net(2, 3)
    params = net.init(0, 2, 4)
    theta = net.trainable(params)
    assert len(theta) == 2
    again = net.with_trainable(params, [t + 1 for t in theta])
    assert torch.equal(again[0][0], params[0][0] + 1) and again[2][0] is params[2][0]


@pytest.mark.parametrize("depth", [1, 2, 3])
def test_jacobian_vmap_and_loop_agree_and_the_ntk_is_their_gram(depth):
    net, X = nets.ntk_network(4, (6,) * depth, bias=True), _X()
    params = net.init(1, 3, 4)
    theta = net.trainable(params)

    def f(*t):
        return net.apply(net.with_trainable(params, t), X)

    a, b = autodiff.jacobian(f, theta, "vmap"), autodiff.jacobian(f, theta, "loop")
    for x, y in zip(a, b):
        assert x.shape[:2] == (3, 3) and torch.allclose(x, y, rtol=1e-12, atol=1e-14)
    K = autodiff.ntk(f, theta)
    assert torch.allclose(K, K.transpose(1, 2)) and float(torch.linalg.eigvalsh(K)[:, 0].min()) > -1e-10


def test_ntk_of_a_linear_readout_is_the_feature_gram():
    """f = Wφ with only W trainable: the NTK is φφᵀ exactly."""
    X = _X(5, 3)
    W = torch.randn(2, 1, 3, generator=backend.generator(3), dtype=backend.DTYPE)
    K = autodiff.ntk(lambda w: (X @ w.transpose(1, 2))[..., 0], (W,))
    assert torch.allclose(K, (X @ X.T).expand(2, -1, -1), rtol=1e-13)


def test_gradient_and_jvp_against_closed_forms():
    A = torch.randn(3, 4, generator=backend.generator(2), dtype=backend.DTYPE)
    (g,) = autodiff.gradient(lambda a: (a**3).sum(-1), (A,))
    assert torch.allclose(g, 3 * A**2)
    _, d = autodiff.jvp(lambda a: (a**2).sum(-1), (A,), (torch.ones_like(A),))
    assert torch.allclose(d, 2 * A.sum(-1))


def test_hvp_of_a_per_seed_quadratic_is_its_matrix_times_the_tangent():
    g = backend.generator(5)
    A = torch.randn(3, 4, 4, generator=g, dtype=torch.float64)
    A = A + A.transpose(1, 2)  # per seed: f_s(x) = ½ x_sᵀ A_s x_s + sum(y_s³), Hessians A_s and diag(6 y_s)
    x, y, u, v = (torch.randn(3, 4, generator=g, dtype=torch.float64) for _ in range(4))
    hx, hy = autodiff.hvp(lambda p, q: 0.5 * torch.einsum("si,sij,sj->s", p, A, p) + (q**3).sum(-1), (x, y), (u, v))
    assert torch.allclose(hx, torch.einsum("sij,sj->si", A, u), rtol=1e-12, atol=1e-12)
    assert torch.allclose(hy, 6 * y * v, rtol=1e-12, atol=1e-12)


def test_perturbed_is_reproducible_and_moves_every_entry():
    p = (torch.zeros(2, 3, dtype=backend.DTYPE), torch.zeros(2, dtype=backend.DTYPE))
    a, b = autodiff.perturbed(p, 5, 0.3), autodiff.perturbed(p, 5, 0.3)
    assert all(torch.equal(x, y) for x, y in zip(a, b)) and bool((a[0] != 0).all())
    g = backend.generator(5)
    assert torch.equal(a[0], 0.3 * torch.randn(2, 3, generator=g, dtype=backend.DTYPE))


def test_vmap_jacobian_takes_seed_batched_data_through_extra():
    """A seed-batched tensor read by fn (Kong's w) must come in through ``extra``; then vmap agrees with the loop."""
    W = kong.initialize(2, 5, 4, 3, 6)
    X = _X()
    vm = autodiff.jacobian(lambda A, B, w: kong.forward(A, B, w, X), (W.A, W.B), "vmap", extra=(W.w,))
    lo = autodiff.jacobian(lambda A, B, w: kong.forward(A, B, w, X), (W.A, W.B), "loop", extra=(W.w,))
    closed = kong.output_gradients(W.A, W.B, W.w, X)
    for a, b, c in zip(vm, lo, closed):
        assert torch.allclose(a, b, rtol=1e-12, atol=1e-15) and torch.allclose(a, c, rtol=1e-12, atol=1e-15)
