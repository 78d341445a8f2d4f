"""Every verified Chen-Vanden-Eijnden-Bruna identity, bound, assumption and algebra step can fail on a planted error.

Each test checks the real code on a fixed small instance, then plants one error with monkeypatch (a 1/D or
1/√m scaling, a flipped sign, a dropped factor or term, a swapped definition, a wrong initialization law, a
wrong constant) in the model, instance or sympy code the property runs, and asserts that the same property
raises ClaimFailure. The gradient-flow, rate and experiment claims are in test_chen_veb_planted_dynamics.py.
"""
from __future__ import annotations

import dataclasses
import math

import pytest
import sympy as sp
import torch

from theorems.testing import assert_caught, planted, planted_for
from theorems.chen_veb import model, properties as P, symbolic
from theorems.chen_veb.instance import Instance
from theorems.core import backend
from theorems.evidence import ClaimFailure, check

X3 = ((1.0, 0.0, 0.5), (0.3, -0.8, 0.2), (-0.4, 0.6, 1.0))  # n = d = 3, linearly independent
Y3 = (0.5, -0.3, 0.9)
TANH = Instance(X3, Y3, 6, "tanh", 1.5, seed=3)
RELU = Instance(X3, Y3, 4, "relu", seed=3)
DEEP = Instance(X3[:2], Y3[:2], 3, "tanh", seed=3, embedding="deep", D=5, depth=4)
LINEAR_N1 = Instance(((1.0, 0.5),), (1.0,), 4, "linear", 1.5, seed=3)  # n = 1, σ linear: (16) holds with equality
SIGNS = Instance(X3, Y3, 20, "tanh", seed=3)  # 20 neurons per seed for the statistical assumptions


def _negated(f):
    """A flipped sign: the closed form negated (residual y - f for ∂𝓛/∂W, 𝓛̇ = +(ĉ²/m)Σ vᵀGv)."""
    return lambda *a: -f(*a)


def _mean_field_h(f):
    """h_i = W_i·Φ/D (mean-field) instead of W_i·Φ/√D, eq. (3)."""
    return lambda W, Phi: f(W, Phi) / math.sqrt(W.shape[-1])


def _ntk_output(f):
    """f = (1/√m)Σ_i c_iσ(h_i) (NTK output scaling) instead of (1/m)Σ_i c_iσ(h_i), eq. (2)."""
    return lambda H, c, act: f(H, c, act) * math.sqrt(c.shape[-1])


def _dropped_slope(f):
    """∂f/∂W_ij with the factor σ'(h_i) dropped (σ treated as linear), eq. (7)."""
    return lambda W, c, Phi, act: f(W, c, Phi, model.activation("linear"))


def _step_over_D(f):
    """GD (9) with δ/D in place of δ/√D."""
    return lambda W, c, Phi, y, act, delta: f(W, c, Phi, y, act, delta / math.sqrt(W.shape[-1]))


def _rate_without_1_over_m(f):
    """𝓛̇ = -Σ_i c_i² v_iᵀGv_i: the 1/m of eq. (14) dropped."""
    return lambda H, c, G, y, act: c.shape[-1] * f(H, c, G, y, act)


def _zero_diagonal(f):
    """G with its diagonal zeroed (self-terms left out, as in a U-statistic): indefinite, G_max = 0."""
    def planted(Phi):
        G = f(Phi)
        return G - torch.diag_embed(torch.diagonal(G, dim1=-2, dim2=-1))
    return planted


def _gram_over_sqrt_D(f):
    """G = ΦΦᵀ/√D instead of ΦΦᵀ/D, eq. (12)."""
    return lambda Phi: f(Phi) * math.sqrt(Phi.shape[-1])


def _extra_layer(f):
    """Appendix H's φ = σ(h^(L-1)): one fixed layer too many (an off-by-one in the depth)."""
    return lambda X, seeds, D, act, seed, depth: f(X, seeds, D, act, seed, depth + 1)


def _doubled_loss(f):
    """𝓛 = Σ_a r_a² with the ½ of eq. (6) dropped."""
    return lambda H, c, y, act: 2 * f(H, c, y, act)


MODEL = {  # claim: (model function, plant, property, instance)
    "chen_veb.eq_1": ("preactivations", _mean_field_h, P.shallow_network, TANH),
    "chen_veb.eq_7": ("output_gradient", _dropped_slope, P.output_gradient, TANH),
    "chen_veb.eq_8": ("loss_gradient", _negated, P.loss_gradient, TANH),
    "chen_veb.eq_9": ("gd_step", _step_over_D, lambda i: P.gd_rule(i, 0.1), TANH),
    "chen_veb.eq_11": ("output_from_h", _ntk_output, P.feature_dynamics, TANH),
    "chen_veb.eq_13": ("output_from_h", _ntk_output, P.output_dynamics, TANH),
    "chen_veb.appendix_b.eq_25_30": ("output_from_h", _ntk_output, lambda i: P.worst(*P.xavier_equivalence(i)), RELU),
    "chen_veb.eq_12": ("gram", _zero_diagonal, P.gram_is_psd, TANH),
    "chen_veb.sec3_1.lambda_max": ("gram", _zero_diagonal, P.largest_eigenvalue_by_trace, TANH),
    "chen_veb.eq_20": ("gram", _gram_over_sqrt_D, lambda i: P.linear_independence(i, dependent=False), TANH),
    "chen_veb.eq_14": ("loss_rate", _rate_without_1_over_m, P.loss_dynamics, TANH),
    "chen_veb.eq_14.bound": ("loss_rate", _negated, P.loss_dynamics_bound, TANH),
    "chen_veb.eq_16": ("loss_from_h", _doubled_loss, P.polyak_lojasiewicz, LINEAR_N1),
    "chen_veb.appendix_h.model": ("deep_embedding", _extra_layer, P.deep_network, DEEP),
}


@planted_for(*sorted(MODEL))
def test_planted_error_in_the_model(claim_id, monkeypatch):
    """One planted error in theorems.chen_veb.model (see each plant's docstring) makes the claim's property fail."""
    name, plant, prop, instance = MODEL[claim_id]
    assert_caught(monkeypatch, model, name, plant, claim_id, instance, lambda: [prop(instance)])


# --- initialization (Assumptions 1 and 3, eq. (15)) ----------------------------------------------

def _biased_signs(f):
    """c_i = +ĉ with probability 0.6: each -ĉ turned to +ĉ with probability ¼."""
    def weights(self, seeds, D, paired=False):
        W, c = f(self, seeds, D, paired)
        turn = torch.rand(c.shape, generator=backend.generator(self.seed + 7), device=c.device, dtype=c.dtype) < 0.25
        return W, torch.where(turn, c.abs(), c)
    return weights


def _half_variance(f):
    """W⁰_ij ~ N(0, ½) (Appendix B's Xavier variance 1/(2m) times m) instead of N(0, 1)."""
    def weights(self, seeds, D, paired=False):
        W, c = f(self, seeds, D, paired)
        return W / math.sqrt(2), c
    return weights


def _unit_signs(f):
    """c_i = ±1: the ĉ of Assumption 1 dropped from the output weights."""
    def weights(self, seeds, D, paired=False):
        W, c = f(self, seeds, D, paired)
        return W, c.sign()
    return weights


INITIALIZATION = {  # claim: (plant of Instance.weights, property, instance)
    # 200 seeds x 20 neurons = 4000 signs: a 0.6 bias is ~12.6 standard deviations off, p-value << ALPHA = 1e-6
    "chen_veb.assumption_1": (_biased_signs, lambda i: P.rademacher_signs(i, 200), SIGNS),
    # 50 x 20 x 8 = 8000 draws: the KS distance of N(0, ½) from N(0, 1) is 0.08, p-value ~ e^{-100} << ALPHA
    "chen_veb.assumption_3": (_half_variance, lambda i: P.gaussian_weights(i, 50), SIGNS),
    # ĉ = ¼: |Δf| grows 4x while the bound (L_σĉ/m)Σ|Δh| does not
    "chen_veb.eq_15": (_unit_signs, P.feature_movement, Instance(X3, Y3, 2, "tanh", 0.25, seed=3)),
}


@planted_for(*sorted(INITIALIZATION))
def test_planted_error_in_the_initialization(claim_id, monkeypatch):
    """One planted error in Instance.weights (c_i, W⁰; see each plant's docstring) makes the claim's property fail."""
    plant, prop, instance = INITIALIZATION[claim_id]
    assert_caught(monkeypatch, Instance, "weights", plant, claim_id, instance, lambda: [prop(instance)])


# --- Assumption 2, Appendices D, F, I ------------------------------------------------------------

@planted("chen_veb.assumption_2")
def test_tanh_k_prime_with_a_wrong_power(monkeypatch):
    """tanh's K_σ'(I) = sech(M) instead of sech²(M), M = max(|I_l|, |I_r|) (a wrong power)."""
    claim = "chen_veb.assumption_2"
    check(claim, "tanh", P.activation_constants("tanh"))
    tanh = model.ACTIVATIONS["tanh"]
    monkeypatch.setitem(model.ACTIVATIONS, "tanh", dataclasses.replace(
        tanh, k_prime=lambda lo, hi: 1 / math.cosh(max(abs(lo), abs(hi)))))
    with pytest.raises(ClaimFailure):
        check(claim, "tanh", P.activation_constants("tanh"))


@planted("chen_veb.appendix_d.eq_38_39")
def test_indicator_step_with_xi_one_sixth(monkeypatch):
    """Lemma 1's I₀ = (I_l + ξ', I_r - ξ') with ξ' = (I_r - I_l)/6, not ξ = (I_r - I_l)/3: h⁰ ∈ I₀ can leave I by < ξ."""
    def plant(f):
        def one_sixth(interval):
            lo, hi = interval
            return lo + (hi - lo) / 6, hi - (hi - lo) / 6
        return one_sixth
    # I = (-1, 1), ξ = 2/3: h⁰ = 0.5 lies in the planted I₀ = (-2/3, 2/3), not in (-1/3, 1/3); h^t = 1.1 moved 0.6 < ξ
    assert_caught(monkeypatch, model, "inner_interval", plant, "chen_veb.appendix_d.eq_38_39", (0.5, 1.1),
                  lambda: [P.indicator_step(0.5, 1.1, (-1.0, 1.0))])


@planted("chen_veb.appendix_f.eq_73_78")
def test_perturbation_facts_with_a_flipped_exponent(monkeypatch):
    """K*(I, λ1, λ2) with e^{+M²/(2λ1)} (a flipped sign in the exponent): K* decreases in λ1, so (77) fails."""
    inst = Instance(X3, Y3, 4, "relu", seed=3, embedding="random", D=16)
    Gbar = model.gram(inst.features(1))[0]
    E = torch.randn(3, 3, generator=torch.Generator().manual_seed(0), dtype=torch.float64)
    E = E + E.T
    E = E / torch.linalg.matrix_norm(E, ord=2) * float(torch.linalg.eigvalsh(Gbar)[0]) / 2

    def plant(f):
        return lambda interval, lam1, lam2: f(interval, lam1, lam2) * math.exp(max(map(abs, interval)) ** 2 / lam1)
    assert_caught(monkeypatch, model, "k_corrected", plant, "chen_veb.appendix_f.eq_73_78", inst,
                  lambda: [P.perturbation_facts(Gbar, E, (1.0, 2.0))])


@planted("chen_veb.appendix_i.eq_93_97")
def test_experiment_3_data_with_swapped_labels(monkeypatch):
    """(93)-(97) with y = 1 on the second axis and -1 on the first (labels swapped)."""
    def plant(f):
        def swapped(n, d, seed):
            X, y = f(n, d, seed)
            return X, -y
        return swapped
    assert_caught(monkeypatch, P, "experiment_3_data", plant, "chen_veb.appendix_i.eq_93_97", (400, 5, 0),
                  lambda: [P.experiment_3_data_law(400, 5, 0)])


# --- symbolic: Appendices C, E, F and Table 1 ----------------------------------------------------

@planted_for("chen_veb.appendix_e.eq_57_61", "chen_veb.appendix_f.eq_82_83")
def test_chains_with_eta_floor_2_to_the_minus_one_third(claim_id, monkeypatch):
    """(60)'s floor η^t >= 2^{-1/3}K in place of 2^{-2/3}K: (59) does not give it and the rate (61)/(83) changes."""
    chain = {"chen_veb.appendix_e.eq_57_61": symbolic.theorem_1_chain,
             "chen_veb.appendix_f.eq_82_83": symbolic.theorem_2_chain}[claim_id]
    assert_caught(monkeypatch, symbolic, "ETA_FLOOR", lambda floor: 2 ** sp.Rational(-1, 3), claim_id,
                  "chain", lambda: [chain()])


@planted("chen_veb.appendix_c.eq_31_36")
def test_abc_parameterization_with_a_swapped_indicator(monkeypatch):
    """r of (36) with 1{l = 1} in place of 1{l ≠ 1}: r(ours) = -1, not 0."""
    def plant(f):
        return lambda a, b, cc, L: (sp.Min(b[L + 1], a[L + 1] + cc) + a[L + 1] + cc
                                    + sp.Min(*[2 * a[l] - (1 if l == 1 else 0) for l in range(1, L + 1)]))
    assert_caught(monkeypatch, symbolic, "_r", plant, "chen_veb.appendix_c.eq_31_36", 3,
                  lambda: [symbolic.abc_parameterization(3)])


@planted("chen_veb.table_1")
def test_table_1_with_ntk_at_our_learning_rate(monkeypatch):
    """NTK's learning rate m (ours) instead of 1: its per-step Δh is Θ(m^{1/2}), not Θ(m^{-1/2})."""
    claim = "chen_veb.table_1"
    check(claim, "NTK", symbolic.table_1("NTK"))
    af, ah, _ = symbolic.SCALINGS["NTK"]
    monkeypatch.setitem(symbolic.SCALINGS, "NTK", (af, ah, symbolic.m))
    with pytest.raises(ClaimFailure):
        check(claim, "NTK", symbolic.table_1("NTK"))
