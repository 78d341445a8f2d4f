"""Every verified Kong property can fail: a planted error makes it fail. Identities: a wrong sign or a 1.001
factor; inequalities: the claim's constant made 2x stronger (``planted(..., constant=2)``, METHOD §3).

Each test wraps the paper's formula with one planted error and asserts that the property
raises ClaimFailure on a fixed instance. (The necessity probes show the same for
Lemma 6 and Assumption 2 by dropping their hypotheses.)
"""
from __future__ import annotations

import pytest
import torch

from theorems.constants import planting
from theorems.testing import planted, planted_for
from theorems.evidence import ClaimFailure, check
from theorems.kong import model, properties as P, symbolic
from theorems.kong.instance import Instance, Lemma6Case

INSTANCE = Instance(((1.0, 0.0), (0.6, 0.8), (0.0, -1.0)), (0.5, -0.3, 0.9), h1=2, h2=24, seed=3)


def _scaled(function, factor):
    return lambda *args: function(*args) * factor


def _flipped_a_term(A, B, X):
    """E_w H(0) of eq. (17) with the sign of the x_iᵀx_j B_pr² term flipped."""
    h1, h2 = A.shape[1], B.shape[1]
    Y, Z = model.hidden(A, B, X)
    gate_r = (torch.einsum("srd,nd->snr", A, X) > 0).to(X.dtype)
    gate_p = (Z > 0).to(X.dtype)
    b_block = (Y @ Y.transpose(1, 2)) * (gate_p @ gate_p.transpose(1, 2))
    a_diag = (X @ X.T) * torch.einsum("spr,sip,sjp,sir,sjr->sij", B**2, gate_p, gate_p, gate_r, gate_r)
    return (b_block - a_diag) / (h1 * h2)


PLANTED = {
    "kong.eq_15": ("output_gradients", lambda f: (lambda *a: tuple(g * 1.001 for g in f(*a))), P.gradient_formulas),
    "kong.eq_9": ("gram", lambda f: _scaled(f, 1.001), P.gram_of_gradients),
    "kong.eq_8": ("gram", lambda f: _scaled(f, -1.0), P.output_dynamics),
    "kong.lemma_6.eq_45": ("gram", lambda f: _scaled(f, -1.0), P.loss_derivative),
    "kong.proposition_1": ("gram_proposition_1",
                           lambda f: (lambda A, B, w, X: 2 * model.gram_w_expected(A, B, X) - f(A, B, w, X)),
                           P.proposition_1),
    "kong.proposition_2.eq_17": ("gram_w_expected", lambda f: (lambda A, B, X: model.gram(A, B, torch.ones_like(
        B[..., 0]), X)), P.w_expectation),
    "kong.proposition_2.eq_19_20": ("gram_w_expected", lambda f: _scaled(f, 1.001), P.sum_of_squares),
    "kong.proposition_2": ("gram_w_expected", lambda f: _flipped_a_term, lambda i: P.proposition_2(i, 256)),
}


@planted_for(*sorted(PLANTED))
def test_planted_error_in_the_formula_is_caught(claim_id, monkeypatch):
    name, plant, prop = PLANTED[claim_id]
    instance = Instance(INSTANCE.X, INSTANCE.y, INSTANCE.h1, 8, INSTANCE.seed) if claim_id.endswith("eq_17") else INSTANCE
    check(claim_id, instance, prop(instance))  # the real formula passes here
    monkeypatch.setattr(model, name, plant(getattr(model, name)))
    with pytest.raises(ClaimFailure):
        check(claim_id, instance, prop(instance))


TIGHT_R_B = Instance(((1.0, 0.0),), (-1.0,), h1=1, h2=8, seed=1)  # tightest instance reached: 0.55 of R'_B


@planted("kong.lemma_6.radius_B", constant=2)
def test_halved_radius_of_lemma_6_is_caught():
    """R'_B/2 in place of R'_B fails where the search came within 2x of the bound (METHOD §3)."""
    check("kong.lemma_6.radius_B", TIGHT_R_B, P.lemma_6_radius_B(TIGHT_R_B, 64, 100_000, 64))
    with pytest.raises(ClaimFailure):
        check("kong.lemma_6.radius_B", TIGHT_R_B, P.lemma_6_radius_B(TIGHT_R_B, 64, 100_000, 64, radius_factor=0.5))


SLIDE = Instance(((-0.16939121559933262, 0.9855488907597534, 0.0),), (0.0625,), h1=3, h2=154, seed=56631708)


@planted("kong.lemma_6", constant=2)
def test_doubled_rate_of_lemma_6_is_caught():
    """The declared constant's plant, exp(-2λ0 t) in place of exp(-λ0 t), fails on the instance of kong.eq_8's pin (average rate 0.214 against
    λ0 = 0.165), where the real lemma holds with the paper's λ0."""
    case = Lemma6Case.of(SLIDE)
    check("kong.lemma_6", case, P.lemma_6_loss(case, 64, 64))
    with planting("kong.lemma_6", "rate"), pytest.raises(ClaimFailure):
        check("kong.lemma_6", case, P.lemma_6_loss(case, 64, 64))


@planted("kong.eq_12")
def test_planted_initial_loss_formula_is_caught():
    wrong = lambda y, d, h1: 0.5 * float((y**2).sum()) + y.shape[0] / (4 * d * h1)  # noqa: E731
    with pytest.raises(ClaimFailure):
        check("kong.eq_12", INSTANCE, P.initial_loss_mean(INSTANCE, 4096, wrong))


@pytest.mark.parametrize("claim_id, wrong", [
    pytest.param(c, w, marks=planted(c), id=c) for c, w in [
        ("kong.lemma_4.proof_width", lambda: symbolic.lemma_4_proof_width(printed_constant=16)),
        ("kong.lemma_4.eq_27", lambda: symbolic.eq_27_inequality(printed_threshold=0.6)),
        ("kong.theorem_3.width_exponents", lambda: symbolic.theorem_3_width_exponents(printed_lambda_power=5))]
])
def test_planted_constant_in_the_algebra_is_caught(claim_id, wrong):
    with pytest.raises(ClaimFailure):
        check(claim_id, "planted", wrong())


@planted("kong.theorem_3")
def test_planted_gradient_at_a_dead_input_is_caught(monkeypatch):
    """The Theorem 3 mechanism test fails if the loss had any gradient at a dead input (here: weight decay)."""
    pin = Instance(((1.0, 0.0),), (1.0,), h1=1, h2=64, seed=0)
    check("kong.theorem_3", pin, P.dead_input_is_stationary(pin, 64))
    loss = model.loss
    monkeypatch.setattr(model, "loss", lambda A, B, w, X, y: loss(A, B, w, X, y) + 1e-3 * (A**2).sum((1, 2)))
    with pytest.raises(ClaimFailure):
        check("kong.theorem_3", pin, P.dead_input_is_stationary(pin, 64))


@planted("kong.section_5")
def test_planted_gradient_ascent_in_section_5_is_caught():
    """GD with the sign of the step flipped: the loss rises and Section V's checkable statements fail."""
    from theorems.evidence import check_all
    from theorems.kong.experiments import checkable_statements, section_5

    with pytest.raises(ClaimFailure):
        check_all("kong.section_5", "planted ascent", *checkable_statements(section_5(full=False, lr=-2e-4)))


@planted("kong.lemma_4.eq_27")
def test_planted_argument_of_eq_27_is_caught():
    with pytest.raises(ClaimFailure):
        check("kong.lemma_4.eq_27", "planted", symbolic.eq_27_substitution(printed_power=1))


@planted("kong.assumption_1")
def test_planted_width_below_assumption_1_is_caught():
    """The Assumption 1 test's evidence fails on a width that breaks h2 >= 8 h1."""
    from theorems.assumptions import ASSUMPTIONS
    from theorems.evidence import Evidence

    narrow = Instance(INSTANCE.X, INSTANCE.y, h1=4, h2=8, seed=0)
    with pytest.raises(ClaimFailure):
        check("kong.assumption_1", narrow, Evidence(ASSUMPTIONS["kong.assumption_1"].margin(narrow), 0.0, ">=", 0.0,
                                                    "none", scale=8.0))
