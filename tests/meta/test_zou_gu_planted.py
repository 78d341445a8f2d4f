"""Every verified or partial Zou-Gu claim is seen to fail on a planted error; inequalities on a constant plant of
factor 2 (METHOD §3): the initialization's variance doubled, Proposition 3.6's C doubled, footnote 2's constant
halved. Symbolic claims fail when one printed exponent, factor or constant is changed."""
from __future__ import annotations

import math

import pytest
import sympy as sp
import torch

from tests.claims.test_zou_gu import EXACT, NEAR_PAIR, SYMBOLIC
from theorems.testing import planted, planted_for
from theorems.evidence import ClaimFailure, check, check_all
from theorems.zou_gu import model, properties as P, symbolic as S
from theorems.zou_gu.instance import Instance

R = 1 / math.sqrt(2)
INSTANCE = Instance(((1.0, 0.0, 0.0), (0.0, 0.6, 0.8), (0.6, 0.0, 0.8), (0.0, 1.0, 0.0)),
                    ((0.5, 1.0), (-0.3, 0.2), (0.9, 0.1), (0.0, -1.0)), m=6, L=3, seed=1, B=2, unit=True)
DATA_31 = Instance(((0.6, 0.0, 0.8), (0.0, 0.6, 0.8), (0.36, 0.48, 0.8)), ((1.0,), (0.0,), (-1.0,)), m=6, L=2, seed=2)


def _caught(claim_id, instance, evidence, monkeypatch, target, name, plant):
    check_all(claim_id, instance, *evidence())
    monkeypatch.setattr(target, name, plant(getattr(target, name)))
    with pytest.raises(ClaimFailure):
        check_all(claim_id, instance, *evidence())


def _listed(f):
    return lambda inst: (lambda out: out if isinstance(out, list) else [out])(f(inst))


EXACT_PLANTS = {
    "zou_gu.notation": (P, "two_inf", lambda f: (lambda A: A.norm(dim=-2).amax(-1))),  # columns for rows
    "zou_gu.eq_2_1": (model, "loss", lambda f: (lambda *a: model.sample_losses(*a).sum(-1))),  # Σ for (1/n)Σ
    "zou_gu.algorithm_1.gd": (model, "loss_gradients", lambda f: (lambda *a: tuple(1.001 * g for g in f(*a)))),
    "zou_gu.algorithm_1.sgd_unbiased": (model, "minibatch_gradient", lambda f: (
        lambda W, V, X, Y, b: tuple(g * len(b) / X.shape[0] for g in f(W, V, X, Y, b)))),  # η/n for η/B
    "zou_gu.section_4_1.gradient_formula": (model, "last_layer_row_gradients", lambda f: (
        lambda W, V, X, Y: f(W, V, X, Y) * 1.001)),
    "zou_gu.section_4_1.gradient_norms": (model, "last_layer_row_gradients", lambda f: (
        lambda W, V, X, Y: f(W, V, X, Y) * 1.001)),
}


@planted_for(*EXACT_PLANTS)
def test_planted_exact(claim_id, monkeypatch):
    target, name, plant = EXACT_PLANTS[claim_id]
    _caught(claim_id, INSTANCE, lambda: _listed(EXACT[claim_id])(INSTANCE), monkeypatch, target, name, plant)


@planted("zou_gu.algorithm_1.initialization", constant=2)
def test_planted_initialization_variance(monkeypatch):
    real = model.initialize

    def doubled(seed, seeds, d, m, L, k):
        w = real(seed, seeds, d, m, L, k)
        return model.Weights(tuple(math.sqrt(2) * Wl for Wl in w.W), w.V)  # rows N(0, (4/m) I)

    _caught("zou_gu.algorithm_1.initialization", INSTANCE, lambda: P.initialization(INSTANCE, 64), monkeypatch,
            model, "initialize", lambda f: doubled)


@pytest.mark.parametrize("layer", [0, 2, 3])  # W_1, W_3, V
def test_planted_row_dependence(monkeypatch, layer):
    """Algorithm 1's 'each row ... independently': a sampler whose second row is (row 1 + row 2)/√2 in one layer (the
    moments unchanged, correlation 1/√2 between matching entries) fails the row-independence test."""
    real = model.initialize

    def dependent(seed, seeds, d, m, L, k):
        w = real(seed, seeds, d, m, L, k)
        layers = [Wl.clone() for Wl in w.W] + [w.V.clone()]
        T = layers[layer]
        T[:, 1] = (T[:, 0] + T[:, 1]) / math.sqrt(2)
        return model.Weights(tuple(layers[:-1]), layers[-1])

    _caught("zou_gu.algorithm_1.initialization", INSTANCE, lambda: [P.row_independence(INSTANCE)], monkeypatch,
            model, "initialize", lambda f: dependent)


@planted("zou_gu.proposition_3_6.closed_form")
def test_planted_h(monkeypatch):
    _caught("zou_gu.proposition_3_6.closed_form", DATA_31, lambda: [P.h_closed_form(DATA_31, 20_000)], monkeypatch,
            model, "gram_h", lambda f: (lambda X: (X @ X.T) * (math.pi - torch.arccos((X @ X.T).clamp(-1, 1))) / math.pi))


@planted("zou_gu.proposition_3_6.equivalence")
def test_planted_positive_definite_kernel(monkeypatch):
    repeated = Instance(DATA_31.X + DATA_31.X[:1], DATA_31.Y + DATA_31.Y[:1], m=1, L=1)
    _caught("zou_gu.proposition_3_6.equivalence", repeated, lambda: [P.lambda_0_equivalence(repeated)], monkeypatch,
            model, "gram_h", lambda f: (lambda X: f(X) + 1e-3 * torch.eye(X.shape[-2], dtype=X.dtype)))


@planted("zou_gu.proposition_3_6.equivalence")
def test_assumption_3_1_is_necessary_for_the_equivalence():
    """x and 2x (a non-unit input, Assumption 3.1 dropped) are distinct, yet H is singular: λ0 = 0."""
    x = (0.6, 0.0, 0.8)
    inst = Instance((x, tuple(2 * v for v in x)), ((0.0,), (0.0,)), m=1, L=1, unit=False)
    with pytest.raises(ClaimFailure, match="violates assumption zou_gu.assumption_3_1"):
        check("zou_gu.proposition_3_6.equivalence", inst, P.lambda_0_equivalence(inst))


@planted("zou_gu.proposition_3_6.lower_bound", constant=2)
def test_planted_lambda_0_constant():
    check("zou_gu.proposition_3_6.lower_bound", NEAR_PAIR, P.lambda_0_lower_bound(NEAR_PAIR))
    with pytest.raises(ClaimFailure):
        check("zou_gu.proposition_3_6.lower_bound", NEAR_PAIR, P.lambda_0_lower_bound(NEAR_PAIR, 2 * P.C_READING))


@planted("zou_gu.footnote_2.worst_case", constant=2)
def test_planted_footnote_2_constant():
    inst = NEAR_PAIR
    check("zou_gu.footnote_2.worst_case", inst, P.footnote_2_worst_case(inst))
    with pytest.raises(ClaimFailure):
        check("zou_gu.footnote_2.worst_case", inst, P.footnote_2_worst_case(inst, factor=0.5))


def _rate(name, **changes):
    old = S.PRINTED[name]
    return name, S.Rate(changes.get("width", old.width), changes.get("iterations", old.iterations),
                        changes.get("eta", old.eta))


SYMBOLIC_PLANTS = {
    "zou_gu.table_1.this_paper": _rate("table_1_this_paper", width=S.k * S.n**9 * S.L**12 / S.phi**4),
    "zou_gu.table_1.allen_zhu": _rate("intro_allen_zhu_gd", iterations=S.n**7 * S.L**2 * S.LOG / S.phi**2),
    "zou_gu.table_1.outperforms": _rate("table_1_wu_19", iterations=S.LOG * S.lam0),
    "zou_gu.introduction.gd_factors": _rate("intro_gd", width=S.k * S.n**9 * S.L**12 / S.phi**4),
    "zou_gu.introduction.sgd_width_factor": _rate("intro_sgd", width=S.k * S.n**17 * S.L**12 / (S.B**3 * S.phi**8)),
    "zou_gu.remark_3_4": _rate("theorem_3_3", iterations=S.n**3 * S.L**2 * S.LOG / S.phi),
    "zou_gu.corollary_3_5": _rate("corollary_3_5", eta=S.k / S.m**2),
    "zou_gu.remark_3_7": _rate("remark_3_7_du_11", width=S.n**13 / S.phi**4),
    "zou_gu.remark_3_9.width": _rate("remark_3_9_allen_zhu_sgd", width=S.n**24 * S.L**12 * S.B**2 * S.k / S.phi**8),
    "zou_gu.remark_3_11": _rate("theorem_3_10", width=S.k**2 * S.n**11 * S.LOGM**3 / (S.phi**5 * S.B)),
    "zou_gu.eq_4_3": _rate("theorem_3_3", iterations=S.n**3 * S.L**2 * S.LOG / S.phi),
}


@planted_for(*SYMBOLIC_PLANTS)
def test_planted_printed_expression(claim_id, monkeypatch):
    check_all(claim_id, "as printed", *SYMBOLIC[claim_id]())
    name, wrong = SYMBOLIC_PLANTS[claim_id]
    monkeypatch.setitem(S.PRINTED, name, wrong)
    with pytest.raises(ClaimFailure):
        check_all(claim_id, "as printed", *SYMBOLIC[claim_id]())


@planted("zou_gu.section_4_2.step_i")
def test_planted_tau(monkeypatch):
    check_all("zou_gu.section_4_2.step_i", "as printed", S.lemma_4_4_window())
    monkeypatch.setattr(S, "TAU", S.TAU * S.n**4)
    with pytest.raises(ClaimFailure):
        check_all("zou_gu.section_4_2.step_i", "as printed", S.lemma_4_4_window())


@planted("zou_gu.eq_4_1")
def test_planted_eq_4_1_constant():
    with pytest.raises(ClaimFailure):
        check("zou_gu.eq_4_1", "as printed", S.eq_4_1_chain(constant=8))


def test_outperforms_rests_on_the_worst_case_substitution():
    """Table 1's 'outperforms' holds at λ0 = φ/n² (Proposition 3.6's worst case) and fails at the orders the suite's data
    reach (lemmas.lambda_0_scan): at λ0 = φ/n against [17]'s width, at λ0 = φ against [11]'s (the reason's numbers)."""
    assert S.outperforms_all().holds
    for lam, row in ((S.phi / S.n, "table_1_oymak_17"), (S.phi, "table_1_du_11")):
        found = S.outperforms_all(lam=lam)
        assert not found.holds and found.details["row"] == row, found.details
