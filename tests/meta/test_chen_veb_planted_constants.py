"""Chen-Vanden-Eijnden-Bruna: constant plants (METHOD §3). Each test makes a claim's constant or exponent 2x
stronger and asserts that the claim's property fails on a fixed instance where the real claim holds within 2x
(often with equality: n = 1 makes λ_min = λ_max, m = 1 and σ linear make the triangle and Cauchy-Schwarz steps
equalities). Claims for which nothing reachable comes within 2x carry a measured ``looseness`` in the registry
instead (Theorems 1-3, Assumption 4).
"""
from __future__ import annotations

import math

import pytest
import sympy as sp
import torch

from theorems.testing import planted, planted_for
from theorems.chen_veb import model, pins, properties as P, symbolic
from theorems.chen_veb.instance import Instance
from theorems.evidence import ClaimFailure, check, check_all

ONE_LINEAR = Instance(((1.0,),), (1.0,), 1, "linear", 0.5, seed=3)  # n = m = d = 1, σ linear: equalities
PARALLEL = Instance(((1.0, 0.5), (-1.0, -0.5), (0.5, 0.25)), (0.5, -0.3, 0.9), 4, "tanh", seed=3)  # G rank one


def _holds_then_fails(claim_id, instance, real, planted_evidence):
    check_all(claim_id, instance, *real)
    with pytest.raises(ClaimFailure):
        check_all(claim_id, instance, *planted_evidence)


@planted("chen_veb.eq_14.bound", constant=2)
def test_loss_dynamics_bound_with_twice_lambda_min():
    """𝓛̇ <= -2(ĉ²λ_min/m)Σr²σ'²: at n = 1 (λ_min = λ_max) (14) is an equality, so the doubled bound fails."""
    _holds_then_fails("chen_veb.eq_14.bound", ONE_LINEAR, [P.loss_dynamics_bound(ONE_LINEAR)],
                      [P.loss_dynamics_bound(ONE_LINEAR, strength=2.0)])


@planted("chen_veb.eq_15", constant=2)
def test_feature_movement_with_half_the_lipschitz_constant(monkeypatch):
    """c_i = ±2ĉ in the net while the bound keeps ĉ (the bound L_σĉ/m made 2x stronger): m = 1, σ linear is an
    equality of (15)."""
    inst = Instance(((1.0, 0.5),), (1.0,), 1, "linear", 0.5, seed=3)
    check("chen_veb.eq_15", inst, P.feature_movement(inst))
    real = Instance.weights
    monkeypatch.setattr(Instance, "weights", lambda self, s, D, paired=False: (lambda W, c: (W, 2 * c))(
        *real(self, s, D, paired)))
    with pytest.raises(ClaimFailure):
        check("chen_veb.eq_15", inst, P.feature_movement(inst))


@planted("chen_veb.eq_16", constant=2)
def test_polyak_lojasiewicz_with_twice_the_rate(monkeypatch):
    """(16) with 4ĉ²λ_minK² for 2ĉ²λ_minK² (𝓛 doubled in the bound only): n = 1, σ linear is an equality."""
    inst = Instance(((1.0, 0.5),), (1.0,), 4, "linear", 1.5, seed=3)
    check("chen_veb.eq_16", inst, P.polyak_lojasiewicz(inst))
    monkeypatch.setattr(model, "loss_from_h", (lambda f: lambda H, c, y, act: 2 * f(H, c, y, act))(model.loss_from_h))
    with pytest.raises(ClaimFailure):
        check("chen_veb.eq_16", inst, P.polyak_lojasiewicz(inst))


@planted("chen_veb.sec3_1.lambda_max", constant=2)
def test_lambda_max_with_half_the_trace():
    """λ_max <= nG_max/2: parallel inputs make G rank one, λ_max = tr G = 0.75 nG_max here (norms² 1.25, 1.25, 0.3125)."""
    _holds_then_fails("chen_veb.sec3_1.lambda_max", PARALLEL, [P.largest_eigenvalue_by_trace(PARALLEL)],
                      [P.largest_eigenvalue_by_trace(PARALLEL, strength=2.0)])


@planted("chen_veb.appendix_d.eq_37", constant=2)
def test_active_pl_with_twice_the_constant():
    """(37) with 4ĉ²λ_minK²𝓛η: at n = m = 1, σ linear, h ∈ I, (37) is an equality."""
    inst = Instance(((1.0,),), (1.0,), 1, "linear", 1.0, seed=3, w_scale=0.1)
    _holds_then_fails("chen_veb.appendix_d.eq_37", inst, [P.active_pl(inst)], [P.active_pl(inst, strength=2.0)])


@planted("chen_veb.appendix_d.eq_44_47", constant=2)
def test_movement_bound_halved():
    """(44)-(47) with half the bound: n = m = 1, σ linear: |Δh| = ∫|ḣ| = ∫|𝓛̇|^{1/2} (an equality up to quadrature)."""
    inst = Instance(((1.0,),), (1.0,), 1, "linear", 1.0, seed=3, w_scale=0.0)
    _holds_then_fails("chen_veb.appendix_d.eq_44_47", inst, [P.movement_bound(inst, 1, 64)],
                      [P.movement_bound(inst, 1, 64, strength=2.0)])


@planted("chen_veb.appendix_f.eq_73_78", constant=2)
def test_perturbation_facts_with_k1_factor_2():
    """K₁(G) <= 2K₁(Ḡ) (the 4 halved): at P.weyl_extreme the ratio is 2 + λ_min(Ḡ)/λ_max(Ḡ) > 2."""
    inst = Instance(((1.0, 0.0, 0.5), (0.3, -0.8, 0.2), (-0.4, 0.6, 1.0)), (0.5, -0.3, 0.9), 4, "relu", seed=3,
                    embedding="random", D=16)
    Gbar = model.gram(inst.features(1))[0]
    E = P.weyl_extreme(Gbar)
    _holds_then_fails("chen_veb.appendix_f.eq_73_78", inst, [P.perturbation_facts(Gbar, E, (1.0, 2.0))],
                      [P.perturbation_facts(Gbar, E, (1.0, 2.0), k1_factor=2.0)])


@planted("chen_veb.appendix_f.eq_73_78", constant=2)
def test_perturbation_facts_twice_as_strong():
    """λ_min(G) >= λ_min(Ḡ) (½ made 1) etc.: E = -½λ_min(Ḡ)u uᵀ along Ḡ's bottom eigenvector makes Weyl's bound an
    equality, λ_min(G) = ½λ_min(Ḡ)."""
    inst = Instance(((1.0, 0.0, 0.5), (0.3, -0.8, 0.2), (-0.4, 0.6, 1.0)), (0.5, -0.3, 0.9), 4, "relu", seed=3,
                    embedding="random", D=16)
    Gbar = model.gram(inst.features(1))[0]
    lam, U = torch.linalg.eigh(Gbar)
    E = -0.5 * lam[0] * torch.outer(U[:, 0], U[:, 0])
    _holds_then_fails("chen_veb.appendix_f.eq_73_78", inst, [P.perturbation_facts(Gbar, E, (1.0, 2.0))],
                      [P.perturbation_facts(Gbar, E, (1.0, 2.0), strength=2.0)])


@planted("chen_veb.eq_10", constant=2)
def test_gd_gf_gap_of_order_two():
    """GD tracks GF at O(δ²) (the exponent made 2x stronger): the fitted order is 1."""
    inst = Instance(((1.0, 0.2, -0.5, 0.3), (-0.3, 1.0, 0.4, 0.1)), (0.8, -0.5), 4, "tanh", 1.0, 0)
    _holds_then_fails("chen_veb.eq_10", inst, [P.gd_gf_rate(inst, 0.5, (4, 8, 16, 32))],
                      [P.gd_gf_rate(inst, 0.5, (4, 8, 16, 32), order=2.0)])


@planted("chen_veb.lemma_4", constant=2)
def test_concentration_at_rate_one_over_d():
    """||G - Ḡ||₂ = O(D^{-1}) (the exponent made 2x stronger): the fitted exponent is -½."""
    inst = Instance(((1.0, 0.2), (-0.3, 1.0), (0.5, 0.5)), (0.8, -0.5, 0.1), 1, "relu", 1.0, 0)
    grid = (64, 256, 1024, 4096)
    _holds_then_fails("chen_veb.lemma_4", inst, [P.concentration_rate(inst, 8, grid)],
                      [P.concentration_rate(inst, 8, grid, exponent=-1.0)])


DEEP = Instance(((1.0, 0.2), (-0.3, 1.0)), (0.8, -0.5), 1, "tanh", 1.0, 0)


@planted("chen_veb.appendix_h.condition_1", constant=2)
def test_deep_gram_at_rate_one_over_d():
    """Two draws of the depth-4 G differ by O(D^{-1}) (exponent 2x stronger): the fitted exponent is -½."""
    _holds_then_fails("chen_veb.appendix_h.condition_1", DEEP, [P.deep_gram_rate(DEEP)],
                      [P.deep_gram_rate(DEEP, exponent=-1.0)])


@planted("chen_veb.assumption_1", constant=2)
def test_signs_of_twice_c_hat(monkeypatch):
    """c_i = ±2ĉ (the output weights' size off by 2x): |c_i| = ĉ fails."""
    inst = Instance(((1.0, 0.2),), (0.5,), 20, "tanh", seed=3)
    check("chen_veb.assumption_1", inst, P.rademacher_signs(inst, 50))
    real = Instance.weights
    monkeypatch.setattr(Instance, "weights", lambda self, s, D, paired=False: (lambda W, c: (W, 2 * c))(
        *real(self, s, D, paired)))
    with pytest.raises(ClaimFailure):
        check("chen_veb.assumption_1", inst, P.rademacher_signs(inst, 50))


@planted("chen_veb.assumption_3", constant=2)
def test_weights_of_half_the_variance(monkeypatch):
    """W⁰ ~ N(0, ½) (variance off by 2x, Appendix B's stated Xavier variance times m): the KS test rejects."""
    inst = Instance(((1.0, 0.2),), (0.5,), 20, "tanh", seed=3)
    check("chen_veb.assumption_3", inst, P.gaussian_weights(inst, 50))
    real = Instance.weights
    monkeypatch.setattr(Instance, "weights", lambda self, s, D, paired=False: (lambda W, c: (W / math.sqrt(2), c))(
        *real(self, s, D, paired)))
    with pytest.raises(ClaimFailure):
        check("chen_veb.assumption_3", inst, P.gaussian_weights(inst, 50))


@planted("chen_veb.lemma_1", constant=2)
def test_lemma_1_with_half_the_corrected_kappa():
    """κ = 3C₂/2: on the edge pin (h⁰ at the edge of I₀, n = m = 1) Lemma 1 needs 0.66 of 3C₂, so half of it fails."""
    inst = pins.lemma_1_edge()
    _holds_then_fails("chen_veb.lemma_1", inst, [P.lemma_1(inst, P.kappa_corrected, 1, 64)],
                      [P.lemma_1(inst, lambda *a: P.kappa_corrected(*a) / 2, 1, 64)])


@planted("chen_veb.lemma_3", constant=2)
def test_lemma_3_with_twice_k_star():
    """K* made 2x larger: for a narrow I around 0, K* is nearly ½π(I₀), so 2K* is the mean of η̃⁰ and fails w.p. ~½."""
    interval = (-0.05, 0.05)
    _holds_then_fails("chen_veb.lemma_3", interval, [P.lemma_3(interval, (1.0,), 0.1, model.k_corrected)],
                      [P.lemma_3(interval, (1.0,), 0.1, lambda *a: 2 * model.k_corrected(*a))])


# --- linear-rate floors: 2x the measured floor fails on the tightest calibration instance ----------------------

TIGHTEST = {  # claim: (instance, reference): the smallest exponent ratio of the 60-instance calibration search
    "chen_veb.corollary_1": (Instance(((-1.0,),), (0.878023609859728,), 54, "tanh", 1.0, 885921), "empirical"),
    "chen_veb.theorem_3": (Instance(((0.7016601219712687, 1.2278733946279903),), (-0.7185990314865143,), 56, "relu",
                                    1.0, 450049, "random", 64), "limit"),
    "chen_veb.appendix_h.condition_1": (Instance(((1.0,),), (0.9202542004349992,), 42, "tanh", 1.0, 914785, "deep",
                                                 64, 4), "empirical"),
}


@planted_for(*TIGHTEST, constant=2)
def test_linear_rate_with_twice_the_floor(claim_id):
    inst, reference = TIGHTEST[claim_id]
    floor = P.R_LINEAR[claim_id]
    _holds_then_fails(claim_id, inst, [P.linear_rate(inst, 2, 8.0, 64, floor, reference)],
                      [P.linear_rate(inst, 2, 8.0, 64, 2 * floor, reference)])


# --- exact and symbolic claims' planted errors ---------------------------------------------------------------

@planted("chen_veb.appendix_b.init_variances")
def test_init_variances_with_a_variance_of_order_one_over_m(monkeypatch):
    """θ⁽²⁾ ~ N(0, 1/(2m²)): W = √mθ⁽²⁾ has variance 1/(2m), not of order 1."""
    check("chen_veb.appendix_b.init_variances", "m Var θ", symbolic.init_variances_order_one())
    monkeypatch.setitem(symbolic.INIT_VARIANCES, "theta2", lambda m_, d_: 1 / (2 * m_ * m_))
    with pytest.raises(ClaimFailure):
        check("chen_veb.appendix_b.init_variances", "m Var θ", symbolic.init_variances_order_one())


@planted("chen_veb.appendix_d.eq_54")
def test_kappa_chain_with_the_printed_52(monkeypatch):
    """The corrected chain with (52)'s printed factor √2 in place of 2: κ = (3/√2)C₂, not 3C₂."""
    check("chen_veb.appendix_d.eq_54", "κ", symbolic.kappa_chain(True))
    monkeypatch.setattr(symbolic, "CHAIN_RULE_FACTOR", sp.sqrt(2))
    with pytest.raises(ClaimFailure):
        check("chen_veb.appendix_d.eq_54", "κ", symbolic.kappa_chain(True))


