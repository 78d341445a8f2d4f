"""Every Chen-Vanden-Eijnden-Bruna dynamics, rate and experiment property can fail: a planted error makes it fail.

Each test checks the real code on a fixed small instance, then plants one error with monkeypatch (a
flipped sign of the feature velocity, a wrong factor or normalization, a wrong scaling in Table 1) and
asserts that the same property raises ClaimFailure. Constant plants (a constant or exponent made 2x
stronger) are in test_chen_veb_planted_constants.py. Flows use few RK4 steps, as the necessity probes do.
"""
from __future__ import annotations

import math

import pytest
import torch

from strategies.chen_veb import sqrt_d_rows
from theorems.testing import assert_caught, planted, planted_for
from theorems.chen_veb import experiments, model, properties as P
from theorems.chen_veb.instance import Instance
from theorems.evidence import ClaimFailure, check_all

STEPS = 16  # RK4 steps of the gradient-flow evaluations
UNIT_2 = ((1.0, 0.2), (0.1, 1.0))  # rows rescaled to ||x_a||² = d below, as the chain tests use
UNIT_3 = ((1.0, 0.2, 0.0), (0.1, 1.0, 0.3))


CHAIN = Instance(sqrt_d_rows(UNIT_2), (1.0, -0.5), 16, "tanh", 1.0, 0)
LIMIT = Instance(sqrt_d_rows(UNIT_3), (1.0, -0.5), 16, "relu", 1.0, 0, "random", 256)
SLOPE = {  # Corollary 1: n <= d; Theorem 3 (P-3L ReLU) and Appendix H (L = 4, tanh)
    "chen_veb.corollary_1": Instance(sqrt_d_rows(((1.0, 0.2), (-0.3, 1.0))), (0.8, -0.5), 16, "tanh", 1.0, 0),
    "chen_veb.theorem_3": Instance(((1.0, 0.0), (-0.5, 0.87), (-0.5, -0.87)), (0.8, -0.5, 0.3), 16, "relu", 1.0, 0,
                                   "random", 64),
    "chen_veb.appendix_h.condition_1": Instance(((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0)), (0.8, -0.5, 0.3),
                                                16, "tanh", 1.0, 0, "deep", 32, 4),
}


def _ascent(f):
    """A flipped sign of the feature velocity (11): gradient flow becomes ascent."""
    return lambda *a: -f(*a)


def _residual_flipped(f):
    """(11) with the residual r = y - f instead of f - y."""
    return lambda H, c, G, y, act: f(H, c, G, 2 * model.output_from_h(H, c, act) - y, act)


# --- eq. (10) and Appendix D ----------------------------------------------------------------------

@planted("chen_veb.eq_10")
def test_gd_rate_with_step_over_d(monkeypatch):
    """GD (9) normalized by δ/D instead of δ/√D: it tracks GF at half the time, the gap stays O(1)."""
    inst = Instance(((1.0, 0.2, -0.5, 0.3), (-0.3, 1.0, 0.4, 0.1)), (0.8, -0.5), 4, "tanh", 1.0, 0)

    def plant(f):
        return lambda W, c, Phi, y, act, delta: f(W, c, Phi, y, act, delta / math.sqrt(W.shape[-1]))
    assert_caught(monkeypatch, model, "gd_step", plant, "chen_veb.eq_10", inst,
                  lambda: [P.gd_gf_rate(inst, 0.5, (4, 8, 16, 32))])


@planted("chen_veb.appendix_d.eq_44_47")
def test_movement_bound_with_loss_rate_over_m_squared(monkeypatch):
    """𝓛̇ (14) with 1/m² in place of 1/m: the bound's integral of |𝓛̇|^{1/2} shrinks by √m = 4."""
    inst = Instance(((1.0, 0.2), (-0.3, 1.0)), (0.8, -0.5), 16, "tanh", 1.0, 0)
    assert_caught(monkeypatch, model, "loss_rate", lambda f: (lambda H, c, G, y, act: f(H, c, G, y, act) / c.shape[-1]),
                  "chen_veb.appendix_d.eq_44_47", inst, lambda: [P.movement_bound(inst, 4, STEPS)])


@planted("chen_veb.appendix_d.eq_43")
def test_eq_43_conclusion_with_a_hollow_gram(monkeypatch):
    """G with its diagonal dropped (Σ_{b≠a}): not PSD, so |(Gv)_a| exceeds λ_max(G)||v||."""
    s = math.sqrt(3) / 2  # x_a at 0°, ±60°: x₁·x₂ = x₁·x₃ = -x₂·x₃
    inst = Instance(((1.0, 0.0), (0.5, s), (0.5, -s)), (0.0, 0.0, 0.0), 1, "linear")
    v = torch.tensor([1.0, -1.0, -0.8], dtype=torch.float64)
    def hollow(f):
        def planted_gram(Phi):
            G = f(Phi)
            return G - torch.diag_embed(torch.diagonal(G, 0, -2, -1))
        return planted_gram
    assert_caught(monkeypatch, model, "gram", hollow, "chen_veb.appendix_d.eq_43", inst,
                  lambda: [P.triangle_conclusion(model.gram(inst.features(1))[0], v)])


# --- Theorems 1-3, Corollary 1, Appendix H -------------------------------------------------------

def _chain(inst, reference):
    def evidence():
        eta, loss, kept = P.convergence_chain(inst, 16, STEPS, reference)
        assert kept > 0, "no seed meets the proof's events"
        return [P.worst(eta, loss)]
    return evidence


@planted("chen_veb.theorem_1")
def test_theorem_1_chain_under_ascent(monkeypatch):
    """ḣ (11) with a flipped sign (gradient ascent on the features): the loss grows past 𝓛⁰e^{-rt}."""
    assert_caught(monkeypatch, model, "feature_velocity", _ascent, "chen_veb.theorem_1", CHAIN,
                  _chain(CHAIN, "empirical"))


@planted_for("chen_veb.theorem_2", "chen_veb.theorem_3")
def test_theorem_2_chain_with_a_flipped_residual(claim_id, monkeypatch):
    """ḣ (11) computed with r = y - f instead of f - y: the loss grows past 𝓛⁰e^{-rt}."""
    assert_caught(monkeypatch, model, "feature_velocity", _residual_flipped, claim_id, LIMIT, _chain(LIMIT, "limit"))


@planted_for(*SLOPE)
def test_linear_rate_under_ascent(claim_id, monkeypatch):
    """ḣ (11) with a flipped sign (gradient ascent on the features): the decay exponent is negative."""
    inst = SLOPE[claim_id]
    reference = "limit" if claim_id == "chen_veb.theorem_3" else "empirical"
    assert_caught(monkeypatch, model, "feature_velocity", _ascent, claim_id, inst,
                  lambda: [P.linear_rate(inst, 2, 8.0, STEPS, P.R_LINEAR[claim_id], reference)])


@planted("chen_veb.lemma_4")
def test_lemma_4_with_gbar_over_pi(monkeypatch):
    """Ḡ^(1) (23) with 1/π in place of 1/(2π): G - Ḡ no longer shrinks with D."""
    inst = Instance(((1.0, 0.2), (-0.3, 1.0), (0.5, 0.5)), (0.8, -0.5, 0.1), 1, "relu", 1.0, 0)

    assert_caught(monkeypatch, model, "gbar_relu", lambda f: (lambda X: 2 * f(X)), "chen_veb.lemma_4", inst,
                  lambda: [P.concentration_rate(inst, 8, (64, 256, 1024, 4096))])


@planted("chen_veb.appendix_h.condition_1")
def test_deep_gram_normalized_by_root_d(monkeypatch):
    """G = Φ_matΦ_matᵀ/√D (the preactivations' normalization): two draws of G differ by O(1), not O(D^{-1/2})."""
    inst = Instance(((1.0, 0.2), (-0.3, 1.0)), (0.8, -0.5), 1, "tanh", 1.0, 0)

    assert_caught(monkeypatch, model, "gram", lambda f: (lambda Phi: f(Phi) * math.sqrt(Phi.shape[-1])),
                  "chen_veb.appendix_h.condition_1", inst, lambda: [P.deep_gram_rate(inst)])


# --- Table 1 and the experiments -------------------------------------------------------------------

@planted("chen_veb.table_1.feature_movement")
def test_table_1_movement_with_ntk_learning_rate_m(monkeypatch):
    """The NTK scaling trained with learning rate m (ours) instead of 1: Δh grows as m^{1/2}, not m^{-1/2}."""
    claim = "chen_veb.table_1.feature_movement"

    def evidence():
        return experiments.movement_statements(experiments.one_step_movement((16, 64, 256), n=16, seed=0))

    check_all(claim, "scalings", *evidence())
    af, ah, _ = experiments.SCALINGS["NTK"]
    monkeypatch.setitem(experiments.SCALINGS, "NTK", (af, ah, lambda m: m))
    with pytest.raises(ClaimFailure):
        check_all(claim, "scalings", *evidence())


def _gd_ascent(f):
    """GD with the learning-rate sign flipped: W ← W + lr ∇𝓛."""
    return lambda W, c, Phi, y, act, lr, *a, **k: f(W, c, Phi, y, act, -lr, *a, **k)


def _experiment_1():
    return experiments.experiment_1_statements(experiments.experiment_1((10, 20, 40), (128, 256), steps=200, seed=0))


def _experiment_2():
    return experiments.experiment_2_statements(experiments.experiment_2((32, 64, 128), m=128, steps=150, seed=0))


@pytest.mark.parametrize("claim_id, evidence", [
    pytest.param("chen_veb.experiment_1", _experiment_1, marks=planted("chen_veb.experiment_1"), id="experiment_1"),
    pytest.param("chen_veb.experiment_2", _experiment_2, marks=planted("chen_veb.experiment_2"), id="experiment_2"),
])
def test_experiment_under_gradient_ascent(claim_id, evidence, monkeypatch):
    """The experiments' GD with the learning-rate sign flipped (W ← W + lr∇𝓛): the loss and test error grow."""
    assert_caught(monkeypatch, experiments, "_gd", _gd_ascent, claim_id, "reduced", evidence)


@planted("chen_veb.experiment_3")
def test_experiment_3_with_mf_preactivations_over_root_d(monkeypatch):
    """The MF scaling with α_h = 1/√D (ours) instead of 1/D: MF's h⁰ is no longer ~√m smaller."""
    claim = "chen_veb.experiment_3"

    def evidence():
        return experiments.experiment_3_statements(experiments.experiment_3((64, 256), n=64, steps=100, seed=0))

    check_all(claim, "reduced", *evidence())
    af, _, lr = experiments.SCALINGS["MF"]
    monkeypatch.setitem(experiments.SCALINGS, "MF", (af, lambda D: 1 / math.sqrt(D), lr))
    with pytest.raises(ClaimFailure):
        check_all(claim, "reduced", *evidence())
