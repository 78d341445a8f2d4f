"""Zou-Gu's convergence-rate machinery (theorems/zou_gu/rates.py, convergence.py) and the planted errors of the rate
claims: the stated exponent made 2x stronger (constant plants) where the fit can see it, a far stronger exponent
where the claim is loose (its looseness is recorded in the registry)."""
from __future__ import annotations

import math

import pytest
import torch

from theorems.testing import planted
from theorems.core import backend
from theorems.core.stats import ALPHA
from theorems.evidence import ClaimFailure, check
from theorems.zou_gu import convergence as C, model, rates
from theorems.zou_gu.claims import _assumption_3_1, _assumption_3_2
from theorems.zou_gu.rates import Family

FAMILY = Family("pairs", 0.5, "adversarial", 0)  # the ci profile's first draw: the claim tests share its runs


def _inst(theorem):
    g = C.grids(C.GRID_OF[theorem])
    return FAMILY.instance(max(g.n), g.phi0, g.width(max(g.n), g.phi0), g.L, g.k, g.B0)


def _planted(claim_id, planted_exponent):
    theorem, variable = C.THEOREMS[claim_id]
    check(claim_id, _inst(theorem), C.exponent(theorem, variable, FAMILY))
    with pytest.raises(ClaimFailure):
        check(claim_id, _inst(theorem), C.exponent(theorem, variable, FAMILY, stated=planted_exponent))


# constant plants: the exponent 2x stronger (log(1/ε) -> log^{1/2}(1/ε); 1/B -> 1/B²)
@pytest.mark.parametrize("claim_id, exponent", [
    pytest.param(c, e, marks=planted(c, constant=2), id=c) for c, e in [
        ("zou_gu.theorem_3_3.eps", 0.5), ("zou_gu.corollary_3_5.eps", 0.5), ("zou_gu.theorem_3_10.eps", 0.5),
        ("zou_gu.theorem_3_8.B", -2.0), ("zou_gu.theorem_3_10.B", -2.0)]])
def test_constant_plant_fails(claim_id, exponent):
    _planted(claim_id, exponent)


# loose (or low-power) claims: their looseness is recorded; a far stronger exponent must still fail
@pytest.mark.parametrize("claim_id, exponent", [
    pytest.param(c, e, marks=planted(c), id=c) for c, e in [
        ("zou_gu.theorem_3_3.n", 0.0), ("zou_gu.corollary_3_5.n", 0.0), ("zou_gu.theorem_3_8.n", 0.0),
        ("zou_gu.theorem_3_10.n", 0.0), ("zou_gu.theorem_3_3.L", -0.5), ("zou_gu.theorem_3_8.L", -2.0),
        ("zou_gu.theorem_3_3.k", -1.5), ("zou_gu.theorem_3_8.eps", 0.5)]])
def test_stronger_exponent_fails(claim_id, exponent):
    _planted(claim_id, exponent)


# --- the machinery --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("style", rates.STYLES)
@pytest.mark.parametrize("mu", [0.1, 0.5, 0.9])
def test_families_meet_the_assumptions_with_minimum_distance_phi(style, mu):
    fam = Family(style, mu)
    for n in (3, 4, 7, 12):
        phi = 0.5 * fam.max_phi(n)
        inst = fam.instance(n, phi, m=4, L=1)
        assert _assumption_3_1(inst) >= 0 and _assumption_3_2(inst) >= 0
        assert math.isclose(inst.min_distance, phi, rel_tol=1e-9), (style, mu, n, inst.min_distance, phi)
    with pytest.raises(ValueError, match="phi must be <="):
        fam.inputs(12, 1.01 * fam.max_phi(12))


def test_adversarial_labels_follow_the_slowest_mode():
    X = FAMILY.inputs(6, 0.2)
    Y = FAMILY.labels_for(X, 2, 3)
    K = rates.hidden_kernel(X, 2)
    u = Y[:, 0] / Y[:, 0].norm()
    assert torch.allclose(Y.pow(2).sum() / 6, torch.tensor(1.0, dtype=Y.dtype))
    assert math.isclose(float(u @ K @ u), float(torch.linalg.eigvalsh(K)[0]), rel_tol=1e-9)
    assert torch.allclose(rates.hidden_kernel(X, 1), 2 * model.gram_h(X))  # Proposition 3.6's H at L = 1


def test_padded_batch_follows_algorithm_1_on_each_grid_point():
    """Two grid points of different n, d and m in one padded batch: each run's losses equal model.train's on its own
    data from the same initial weights (the live block of the shared draw)."""
    fams = [Family("pairs", 0.5).inputs(3, 0.3), Family("antipodal_arc", 0.5).inputs(5, 0.2)]
    data = [(X, Family("pairs", 0.5, "random", 1).labels_for(X, 2, 2)) for X in fams]
    X, Y, sizes = rates.pad(data)
    widths, eta, seeds, steps = torch.tensor([6, 10]), torch.tensor([0.05, 0.02], dtype=torch.float64), 2, 5
    run = rates.run(X, Y, sizes, widths, 2, eta, seeds, 7, steps, 0.0)
    draw = model.initialize(7, seeds, X.shape[-1], 10, 2, 2)
    for g, ((Xg, Yg), m) in enumerate(zip(data, widths.tolist())):
        s = math.sqrt(10 / m)
        W0 = (draw.W[0][:, :m, :Xg.shape[1]] * s, draw.W[1][:, :m, :m] * s)
        w = model.Weights(W0, draw.V[:, :, :m])
        losses = model.train(w, Xg, Yg, float(eta[g]), steps,
                             observe=lambda t, st, gr, w=w, Xg=Xg, Yg=Yg: {"L": model.loss(st, w.V, Xg, Yg)})
        assert torch.allclose(run.loss[:, g], losses.observed["L"], rtol=1e-10, atol=1e-14)


def test_sgd_weights_are_uniform_subsets_of_the_real_samples():
    X, Y, sizes = rates.pad([(FAMILY.inputs(3, 0.3), torch.ones(3, 1, dtype=backend.DTYPE)),
                             (FAMILY.inputs(6, 0.3), torch.ones(6, 1, dtype=backend.DTYPE))])
    seen = []
    real = model.loss_gradients

    def spy(W, V, Xs, Ys, weights=None):
        seen.append(weights.clone())
        return real(W, V, Xs, Ys, weights)

    model.loss_gradients = spy
    try:
        rates.run(X, Y, sizes, torch.tensor([4, 4]), 1, torch.tensor([1e-3, 1e-3], dtype=torch.float64), 1, 0, 400,
                  0.0, B=torch.tensor([2, 5]))
    finally:
        model.loss_gradients = real
    w = torch.stack(seen)  # (T, 2, 6)
    assert torch.allclose(w.sum(-1), torch.ones(w.shape[:2], dtype=w.dtype))
    assert float(w[:, 0, 3:].abs().max()) == 0.0  # the padded samples of the n = 3 point are never drawn
    assert set(torch.unique(w[:, 1]).tolist()) == {0.0, 0.2}
    freq = (w[:, 1] > 0).to(torch.float64).mean(0)  # each of the 6 samples drawn with probability 5/6
    assert float((freq - 5 / 6).abs().max()) < 0.1


def test_hitting_times_and_censoring():
    run = rates.Run(torch.arange(5, dtype=torch.float64), torch.tensor([1.0, 0.5, 0.2, 0.05, 0.01])[:, None, None]
                    .expand(5, 1, 2).clone(), torch.tensor([0.1]))
    T = run.hitting(torch.tensor([0.6, 0.1, 1e-3]))
    assert T[:, 0, 0].tolist() == [1, 3, -1]


def test_fixed_effects_slope_recovers_an_exponent_under_seed_factors():
    xs, ys, groups = [], [], []
    g = torch.Generator().manual_seed(0)
    for s in range(6):
        factor = float(torch.rand(1, generator=g)) * 10 + 1
        for n in (3, 6, 12, 24):
            xs.append(n), ys.append(factor * n**1.5 * (1 + 0.01 * float(torch.randn(1, generator=g)))), groups.append(s)
    fit = rates.slope(xs, ys, ALPHA, groups=groups)
    assert fit.low < 1.5 < fit.high and fit.high - fit.low < 0.1


def test_eps_fit_sees_sublinear_convergence():
    """Linear convergence (T = a + b log(1/ε)) fits p = 1 whatever the offset; L ~ 1/t (T ~ 1/ε) fits p > 1."""
    eps = tuple(10 ** (-1 - e / 2) for e in range(6))
    grid = C.Grid("gd", 1, 1, (3,), (), (), 3, 0.3, 1, 8, eps, 8, 10)

    def measured(T):
        return C.Measured(grid, ((3, 0.3, 1),), (8,), (0.1,), T, torch.ones(1, 8), torch.arange(2.0),
                          torch.ones(2), 0, 0, 0)

    linear = torch.tensor([[[17 + 40 * math.log(1 / e) + 3 * s for s in range(8)]] for e in eps])
    assert abs(C.eps_fit(measured(linear)).slope - 1) < 0.05
    sublinear = torch.tensor([[[(1 + s) / e for s in range(8)]] for e in eps])
    fit = C.eps_fit(measured(sublinear))
    assert fit.slope > 1.5 and fit.low > 1, fit


def test_a_run_that_starts_below_eps_makes_the_fit_uninformative():
    """Seed 6802: random labels of a small draw put one run's L(W(0)) below ε at n = 3 (T(ε) = 0), which has no
    logarithm and says nothing about the rate: the example is rejected, not an error and not a verdict."""
    from theorems.evidence import Uninformative

    m = C.measured(rates.Family(style="pairs", mu=0.5, labels="random", seed=11700), "gd", seed=0)
    assert int((m.T[-1] == 0).sum()) >= 1
    with pytest.raises(Uninformative, match="T\\(ε\\) = 0"):
        C.fit(m, "n")
