"""Every Section 4 claim of Zou-Gu (theorems/zou_gu/lemmas.py) fails on a constant plant of factor 2 (METHOD §3): each
reading constant made 2x stronger fails on a reached grid point or on a generated instance; Section 4.3 fails on a
planted Θ_V = -Θ_V. Also: the fused GD pass agrees with ``model``."""
from __future__ import annotations

import math

import pytest
import torch

from tests.claims.test_zou_gu_lemmas import base_instance
from theorems.testing import planted
from theorems.evidence import ClaimFailure, check_all
from theorems.zou_gu import lemmas as Z, model
from theorems.zou_gu.instance import Instance

# Lemma 4.1's reading-finding pair (m = 450, L = 1): lower quartile 0.172 of the uniform constant, below 2 x C_4_1, at
# mφ/(dn) = 4.38 (informative)
HARD_4_1 = Z.NEAR_PAIR_4_1


def _fails(claim_id, instance, evidence):
    with pytest.raises(ClaimFailure):
        check_all(claim_id, instance, *evidence)


@planted("zou_gu.lemma_4_1", constant=2)
def test_planted_lemma_4_1():
    check_all("zou_gu.lemma_4_1", HARD_4_1, *Z.lemma_4_1(HARD_4_1))
    _fails("zou_gu.lemma_4_1", HARD_4_1, Z.lemma_4_1(HARD_4_1, c=2 * Z.C_4_1))


GRID_PLANTS = {
    "zou_gu.eq_4_1.constant": lambda: Z.eq_4_1_constant(False, C=Z.C_4_1_PATH / 2),
    "zou_gu.eq_4_1.per_step": lambda: Z.eq_4_1_per_step(False, m_exponent=2.0),  # 1/m² for 1/m: the exponent 2x
    "zou_gu.lemma_4_2": lambda: Z.lemma_4_2(False, c=Z.C_4_2 / 2),
    "zou_gu.lemma_4_3": lambda: Z.lemma_4_3(False, c=Z.C_4_3 / 2),
    "zou_gu.lemma_4_4": lambda: Z.lemma_4_4(False, c=Z.C_4_4 / 2),
    "zou_gu.lemma_4_5": lambda: Z.lemma_4_5(False, c=2 * Z.C_4_5),
    "zou_gu.section_4_1.allen_zhu_step": lambda: Z.allen_zhu_step(False, c=Z.C_ALLEN_ZHU / 2),
}


@pytest.mark.parametrize("claim_id", [pytest.param(c, marks=planted(c, constant=2), id=c) for c in GRID_PLANTS])
def test_planted_grid_constant(claim_id):
    _fails(claim_id, base_instance(), GRID_PLANTS[claim_id]())


@planted("zou_gu.section_4_3")
def test_planted_section_4_3(monkeypatch):
    X, Y = Z.arc(4, 0.35), Z.alternating(4)
    check_all("zou_gu.section_4_3", base_instance(), Z.section_4_3(X, Y, 64, 2, 4))
    real = torch.kron
    monkeypatch.setattr(torch, "kron", lambda a, b: -real(a, b))  # Θ_V planted negative definite
    _fails("zou_gu.section_4_3", base_instance(), [Z.section_4_3(X, Y, 64, 2, 4)])


def test_fused_pass_matches_model():
    X, Y = Z.arc(5, 0.35), torch.stack([Z.alternating(5)[:, 0], torch.linspace(-1, 1, 5, dtype=torch.float64)], 1)
    w = model.initialize(3, 2, X.shape[1], 16, 3, 2)
    loss, grads, spec, grad_v = Z.evaluate(w.W, w.V, X, Y)
    assert torch.allclose(loss, model.loss(w.W, w.V, X, Y), rtol=1e-12, atol=0)
    for g, ref in zip(grads, model.loss_gradients(w.W, w.V, X, Y)):
        assert torch.allclose(g, ref, rtol=1e-10, atol=1e-15)
    ref_spec = torch.stack([torch.linalg.matrix_norm(g, 2) for g in grads], -1)
    assert torch.allclose(spec, ref_spec, rtol=1e-8, atol=1e-14)
    assert torch.allclose(grad_v, model.v_gradient(w.W, w.V, X, Y), rtol=1e-10, atol=1e-15)
    # the NTK blocks: ||∇L||_F² = rᵀΘr/n² with r the residuals
    r = (model.forward(w.W, w.V, X) - Y).reshape(2, -1)
    theta = Z.ntk_blocks(w.W, w.V, X).sum(0)
    quad = torch.einsum("si,sij,sj->s", r, theta, r) / 25
    assert torch.allclose(quad, sum(g.flatten(1).norm(dim=-1) ** 2 for g in grads), rtol=1e-10)
    assert math.isclose(Z.separation(Z.arc_with_pair(8, 0.05)), 0.05, rel_tol=1e-9)
