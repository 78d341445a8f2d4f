"""Chen-Vanden-Eijnden-Bruna machinery: closed forms against autograd and Monte Carlo, the H-state flow against
the W-state flow, strategies against the assumptions they promise."""
from __future__ import annotations

import math

import pytest
import torch
from hypothesis import given, settings, strategies as st
from scipy import stats

from strategies.chen_veb import MAX_COS, instances
from theorems.assumptions import margins
from theorems.chen_veb import model, properties as P
from theorems.chen_veb.instance import Instance
from theorems.core import backend
from theorems.core.flow import gradient_flow


def test_gbar_relu_matches_monte_carlo():
    """Ḡ^(1) closed form against 2·10⁵ Gaussian z per entry: within 6 standard errors."""
    g = backend.generator(0)
    X = torch.randn(4, 3, generator=g, dtype=backend.DTYPE)
    Z = torch.randn(200_000, 3, generator=g, dtype=backend.DTYPE)
    feats = torch.relu(Z @ X.T / math.sqrt(3))
    products = feats[:, :, None] * feats[:, None, :]
    mc, se = products.mean(0), products.std(0) / math.sqrt(Z.shape[0])
    assert float(((mc - model.gbar_relu(X)).abs() / se).max()) < 6


def test_gbar_relu_boundaries():
    """x and 2x give a singular Ḡ; x and -x a positive definite one (non-parallel is sufficient, not necessary)."""
    x = torch.tensor([[0.3, -1.2, 0.5]], dtype=backend.DTYPE)
    assert float(torch.linalg.eigvalsh(model.gbar_relu(torch.cat([x, 2 * x])))[0]) == pytest.approx(0, abs=1e-12)
    assert float(torch.linalg.eigvalsh(model.gbar_relu(torch.cat([x, -x])))[0]) > 0.1


@given(inst=instances(acts=("tanh", "linear"), embeddings=("identity", "random"), max_n=3, m=st.integers(2, 8)))
@settings(max_examples=5)
def test_feature_flow_equals_weight_flow(inst):
    """GF integrated on H by (11) equals GF on W (Ẇ = -m∇𝓛, autograd) mapped to H = WΦ/√D, up to the RK4 error.

    Smooth activations only: across ReLU kinks the step-doubling estimate is not a pointwise bound."""
    seeds = 2
    Phi = inst.features(seeds)
    W, c = inst.weights(seeds, Phi.shape[-1])
    y, act = inst.labels(), inst.activation
    on_h = P._feature_flow(inst, W, c, Phi, y, 0.5, 64, 4)
    on_w = gradient_flow(lambda s: inst.m * model.loss(s[0], c, Phi, y, act), (W,), 0.5, 256,
                         4, lambda s: {"H": model.preactivations(s[0], Phi)})
    gap = (on_h.observed["H"] - on_w.observed["H"]).abs()
    allowed = on_h.tolerance("H") + on_w.tolerance("H") + 1e-10
    assert bool((gap <= allowed).all()), float((gap - allowed).max())


@pytest.mark.parametrize("name", sorted(model.ACTIVATIONS))
def test_derivatives_match_autograd(name):
    act = model.activation(name)
    u = torch.linspace(-30, 30, 601, dtype=backend.DTYPE)  # past ±20, where torch's softplus turns linear
    u = u[u.abs() > 1e-6]
    ug = u.clone().requires_grad_(True)
    (auto,) = torch.autograd.grad(act.fn(ug).sum(), (ug,))
    assert torch.allclose(auto, act.deriv(u), rtol=1e-12, atol=1e-12)


def test_lemma_3_constants_hand_values():
    """K as printed at I = (4, 5), G = 1 is e^{-5}/(6√(2π)) = 4.48e-4; π(I₀; 1) = 5.8e-6 (E3's counterexample)."""
    assert model.k_paper((4.0, 5.0), 1.0, 1.0) == pytest.approx(math.exp(-5) / (6 * math.sqrt(2 * math.pi)))
    assert model.gaussian_mass(model.inner_interval((4.0, 5.0)), 1.0) == pytest.approx(5.8e-6, rel=0.05)
    assert model.k_corrected((4.0, 5.0), 1.0, 1.0) <= model.gaussian_mass(model.inner_interval((4.0, 5.0)), 1.0) / 2


def test_kappa_hand_values():
    """Lemma 1's pinned counterexample: λ = 1, I = (-¼, ¼), K = 1 gives κ printed 9/4 and κ proof 9."""
    assert model.kappa_paper(1.0, 1.0, (-0.25, 0.25), 1.0) == pytest.approx(9 / 4)
    assert model.kappa_proof(1.0, 1.0, (-0.25, 0.25), 1.0) == pytest.approx(9)


def test_paired_initialization_has_zero_output():
    inst = Instance(((1.0, 2.0), (0.5, -1.0)), (0.3, -0.2), 8, "tanh", 2.0, 1)
    Phi = inst.features(3)
    W, c = inst.weights(3, Phi.shape[-1], paired=True)
    assert float(model.forward(W, c, Phi, inst.activation).abs().max()) < 1e-15


@given(inst=instances(embeddings=("identity", "random", "quadratic", "deep")))
@settings(max_examples=10)
def test_strategy_meets_assumptions_1_and_3(inst):
    assert all(v >= 0 for v in margins(("chen_veb.assumption_1", "chen_veb.assumption_3"), inst).values())


@given(inst=instances(max_n=5))
@settings(max_examples=10)
def test_strategy_inputs_are_non_parallel(inst):
    assert margins(("chen_veb.non_parallel",), inst)["chen_veb.non_parallel"] >= 1 - MAX_COS - 2e-6


@given(inst=instances(independent=True, max_d=6))
@settings(max_examples=10)
def test_independent_strategy_has_n_at_most_d(inst):
    assert inst.n <= inst.d


@pytest.mark.parametrize("kwargs, message", [
    ({"m": 0}, "m must be"), ({"act": "swish"}, "activation must be"), ({"embedding": "fourier"}, "embedding must be"),
    ({"embedding": "random"}, r"D \(width of the random embedding\) must be"), ({"c_hat": 0.0}, "c_hat must be"), ({"interval": (1.0, 0.0)}, "interval"),
    ({"delta": 1.0}, "delta must be"), ({"w_scale": -1.0}, "w_scale must be"),
])
def test_bad_instances_raise(kwargs, message):
    base = {"X": ((1.0,),), "y": (1.0,), "m": 2, "act": "tanh"}
    with pytest.raises(ValueError, match=message):
        Instance(**{**base, **kwargs})


def test_bad_arguments_raise():
    inst = Instance(((1.0,),), (1.0,), 3, "tanh")
    with pytest.raises(ValueError, match="even m"):
        inst.weights(1, 1, paired=True)
    with pytest.raises(ValueError, match="delta must be"):
        P.gd_rule(inst, 0.0)
    with pytest.raises(ValueError, match="reference must be"):
        P.convergence_chain(Instance(((1.0,),), (1.0,), 4, "tanh"), 1, 8, "other")
    with pytest.raises(ValueError, match="depth must be"):
        model.deep_embedding(inst.inputs(), 1, 4, inst.activation, 0, 2)


def test_relu_gram_tail_against_monte_carlo():
    """relu_gram_tail at D = 1 is Φ̄(√(u + ½)); at D = 4, u = 1 it matches 10^6 draws (binomial test, ALPHA)."""
    assert abs(P.relu_gram_tail(1, 10.0) / stats.norm.sf(10.5**0.5) - 1) < 1e-10
    z = torch.randn(10**6, 4, generator=torch.Generator().manual_seed(0), dtype=torch.float64)
    hits = int(((z.clamp_min(0) ** 2).mean(1) - 0.5).abs().gt(1.0).sum())
    assert stats.binomtest(hits, 10**6, P.relu_gram_tail(4, 1.0)).pvalue >= P.ALPHA
