"""Kong's numerical core against independent routes: autograd, Monte Carlo, exact distributions."""
from __future__ import annotations

import math

import pytest
import torch
from hypothesis import given
from scipy import stats

from strategies.kong import instances, violating
from theorems.assumptions import ASSUMPTIONS
from theorems.testing import assert_caught, planted
from theorems.core import backend
from theorems.evidence import check
from theorems.kong import model, properties
from theorems.kong.instance import Instance, Lemma6Case, h_infinity
from theorems.probes import violates_only

Z_BONFERRONI = stats.norm.ppf(1 - 1e-6 / 2 / 16)  # two-sided, 1e-6 overall over <= 16 entries


def _data(n=4, d=3, seed=0, unit=False):
    X = torch.randn(n, d, generator=backend.generator(seed), dtype=backend.DTYPE)
    return X / X.norm(dim=1, keepdim=True) if unit else X


@pytest.mark.parametrize("closed_form", [model.gram, model.gram_proposition_1])
def test_gram_equals_jacobian_gram_from_torch_func(closed_form):
    """Eq. (9) computed without the Jacobian, and Proposition 1's term-by-term form, against vmap(jacrev)."""
    X, W = _data(), model.initialize(1, 3, 3, 2, 7)
    jac = torch.func.vmap(torch.func.jacrev(lambda A, B, w: model.forward(A[None], B[None], w[None], X)[0],
                                            argnums=(0, 1)))(W.A, W.B, W.w)
    J = torch.cat([jac[0].flatten(2), jac[1].flatten(2)], 2)
    torch.testing.assert_close(closed_form(W.A, W.B, W.w, X), J @ J.transpose(1, 2), rtol=1e-12, atol=1e-14)


def test_conditional_h_infinity_matches_monte_carlo_over_b():
    X = _data(unit=True)
    A = model.initialize(2, 1, 3, 3, 1).A
    g = backend.generator(5)
    batches = []
    for _ in range(20):
        B = torch.randn(1, 50_000, 3, generator=g, dtype=backend.DTYPE)
        batches.append(model.gram_w_expected(A, B / B.norm(dim=-1, keepdim=True), X)[0])
    samples = torch.stack(batches)
    z = (samples.mean(0) - model.h_infinity_given_first_layer(A, X)[0]) / (samples.std(0) / math.sqrt(20) + 1e-15)
    assert float(z.abs().max()) < Z_BONFERRONI


def test_h_infinity_error_bars_cover_an_independent_estimate():
    X = _data(n=3, unit=True)
    first, second = model.h_infinity(X, 2, seed=1, draws=20_000), model.h_infinity(X, 2, seed=2, draws=20_000)
    gap = float(torch.linalg.matrix_norm(first.matrix - second.matrix))
    assert gap <= first.frobenius_error + second.frobenius_error


def test_lambda_0_at_the_strategies_separation_is_resolved_by_more_draws():
    """Seed 7105: inputs 0.1 apart (the strategies' separation) at h1 = 1 leave λ0 = 0.0093 ± 0.0112 at 1e5 draws,
    which made Theorem 3's horizon 1/λ0_low negative; ``h_infinity`` re-estimates at 16x the draws and resolves it."""
    inst = Instance(((0.0, 0.0, -1.0), (0.9949805069164727, 0.0, 0.10006893052410967), (1.0, 0.0, 0.0)),
                    (1.0, 1.0, 1.0), h1=1, h2=1024, seed=0)
    assert model.h_infinity(inst.inputs(), 1, 0, 100_000).lambda_0_low < 0
    H = h_infinity(inst, 100_000)
    assert H.draws == 1_600_000 and H.lambda_0_low > 0
    check("kong.assumption_2", inst, properties.assumption_2(inst, 100_000))


def test_h_infinity_of_one_unit_input_and_one_neuron_is_three_eighths():
    """By hand: n = 1, h1 = 1, d = 2: H∞ = (E σ(aᵀx)² + P(aᵀx > 0)) / 2 = (1/4 + 1/2)/2."""
    estimate = model.h_infinity(backend.tensor([[1.0, 0.0]]), 1, seed=0, draws=200_000)
    assert abs(estimate.lambda_0 - 3 / 8) <= estimate.frobenius_error


def test_projection_of_a_uniform_unit_vector_is_a_shifted_beta():
    """A_rᵀx for A_r uniform on S^{d-1}: (1 + A_rᵀx)/2 ~ Beta((d-1)/2, (d-1)/2) (used by eq. (31))."""
    d = 5
    A = model.initialize(0, 1, d, 20_000, 1).A[0]
    sample = ((1 + A[:, 0]) / 2).numpy()
    assert stats.kstest(sample, stats.beta((d - 1) / 2, (d - 1) / 2).cdf).pvalue > 1e-6


@pytest.mark.parametrize("name, value", [("seeds", 0), ("d", 0), ("h1", 0), ("h2", 0)])
def test_initialize_rejects_bad_sizes(name, value):
    sizes = dict(seeds=1, d=2, h1=1, h2=1) | {name: value}
    with pytest.raises(ValueError, match=f"{name} must be >= 1"):
        model.initialize(0, **sizes)


def test_h_infinity_rejects_bad_budget():
    with pytest.raises(ValueError, match="draws must be >= 2"):
        model.h_infinity(_data(), 1, 0, draws=1)
    with pytest.raises(ValueError, match="alpha must be in"):
        model.h_infinity(_data(), 1, 0, draws=10, alpha=2.0)


@pytest.mark.parametrize("kwargs, message", [
    (dict(y=(1.0, 2.0)), "y must have 1 entries"), (dict(h1=0), "h1 must be an integer >= 1"),
    (dict(delta=1.5), "delta must be in"),
])
def test_instance_rejects_bad_input(kwargs, message):
    fields = dict(X=((1.0, 0.0),), y=(1.0,), h1=1, h2=8, seed=0) | kwargs
    with pytest.raises(ValueError, match=message):
        Instance(**fields)


@given(inst=instances())
def test_instances_meet_the_assumptions_they_promise(inst):
    for name in ("kong.unit_inputs", "kong.bounded_labels", "kong.distinct_inputs", "kong.assumption_1",
                 "kong.delta_at_most_half"):
        assert ASSUMPTIONS[name].margin(inst) >= 0, name


@pytest.mark.parametrize("assumption", ["kong.unit_inputs", "kong.bounded_labels", "kong.distinct_inputs",
                                        "kong.assumption_1"])
@given(data=__import__("hypothesis").strategies.data())
def test_violating_strategies_break_exactly_one_assumption(assumption, data):
    inst = data.draw(violating(assumption))
    assert violates_only("kong.proposition_2", assumption, inst)


def test_loss_gradients_match_autograd():
    X, W = _data(), model.initialize(4, 3, 3, 2, 9)
    y = torch.randn(4, generator=backend.generator(9), dtype=backend.DTYPE)
    A, B = W.A.clone().requires_grad_(True), W.B.clone().requires_grad_(True)
    expected = torch.autograd.grad(model.loss(A, B, W.w, X, y).sum(), (A, B))
    for got, want in zip(model.loss_gradients(W.A, W.B, W.w, X, y), expected):
        torch.testing.assert_close(got, want, rtol=1e-12, atol=1e-14)


# --- eq. (8)'s erratum: the flow slides along a kink --------------------------------------------------

LEMMA_6_PIN = Instance(((-0.16939121559933262, 0.9855488907597534, 0.0),), (0.0625,), h1=3, h2=154, seed=56631708)
SLIDING_SEED, SLIDING_UNIT = 9, 31  # the seed of the pinned batch of 16 whose flow slides (kong.eq_8), and its unit


def _sliding_rate():
    """-d log L/dt at t = 1, inside the sliding interval t >= 0.822: dL/dt = -2 H L with H = H_eff, H_in or H_act?
    (``properties.sliding_rate``: its tolerance is derived there)."""
    from theorems.kong.properties import sliding_rate

    return sliding_rate(LEMMA_6_PIN, 16, SLIDING_SEED, SLIDING_UNIT)


def test_lemma_6_counterexample_slides_at_the_projected_ntk_rate():
    """On Lemma 6's pinned counterexample, second-layer unit 31 sits on its kink and L decays at 2 H_eff, not 2 H.

    Filippov sliding (n = 1): with J_in the gradient of u with the unit's gate off and g_p = J_act - J_in, both
    one-sided fields push onto z_p = 0 and θ' = -(J_in + α g_p) r, α in (0, 1), so dL/dt = -2 H_eff L with
    H_eff = |P_T J_in|² < min(H_in, H_act) (``model.kink_grams``): eq. (8) holds with neither one-sided H.
    """
    rate, tolerance, at = _sliding_rate()
    print(f"-dlogL/dt = {rate:.8f}, 2H_eff = {2 * float(at['H_eff']):.8f}, 2H_in = {2 * float(at['H_in']):.8f}, "
          f"2H_act = {2 * float(at['H_act']):.8f}, alpha = {float(at['alpha']):.5f}, tolerance = {tolerance:.2e}")
    z = at["z"].abs()
    assert float(z[SLIDING_UNIT]) < 1e-5 and float(torch.cat([z[:SLIDING_UNIT], z[SLIDING_UNIT + 1:]]).min()) > 1e-2
    assert float(at["first_layer"].abs().min()) > 0.5  # no first-layer kink: one sliding constraint only
    assert float(at["z"][SLIDING_UNIT]) <= 0  # recorded on the inactive side, where eq. (9)'s H is H_in
    torch.testing.assert_close(at["H_in"], at["gram"], rtol=1e-12, atol=0.0)
    assert 0 < float(at["alpha"]) < 1
    assert abs(rate - 2 * float(at["H_eff"])) <= tolerance
    assert rate + tolerance < 2 * min(float(at["H_in"]), float(at["H_act"]))


def test_unprojected_sliding_ntk_misses_the_measured_rate(monkeypatch):
    """The root cause's measurement can tell H_eff from H_in: H_eff taken as |J_in|² (the one-sided NTK, no projection
    onto the kink's tangent space) misses the measured rate."""
    kink_grams = model.kink_grams

    def unprojected(*args):
        grams = kink_grams(*args)
        return grams | {"H_eff": grams["H_in"]}

    monkeypatch.setattr(model, "kink_grams", unprojected)
    rate, tolerance, at = _sliding_rate()
    assert abs(rate - 2 * float(at["H_eff"])) > tolerance


@planted("kong.lemma_6")
def test_planted_frozen_first_layer_fails_lemma_6(monkeypatch):
    """The flow (4)-(5) with its first-layer term ∇_A L deleted decays at the B-block's share of H only, while
    λmin(H(s)) (the hypothesis) counts both blocks: n = 1, d = 2, h1 = 1, where the A-block is 1/4 of λ0 = 3/8."""
    case = Lemma6Case.of(Instance(((1.0, 0.0),), (1.0,), h1=1, h2=16, seed=0))
    loss_gradients = model.loss_gradients

    def frozen_first_layer(*args):
        grad_A, grad_B = loss_gradients(*args)
        return torch.zeros_like(grad_A), grad_B

    assert_caught(monkeypatch, model, "loss_gradients", lambda _: frozen_first_layer, "kong.lemma_6", case,
                  lambda: [properties.lemma_6_loss(case, 32, 64, 20_000)], reset=properties.trajectory.cache_clear)


@planted("kong.lemma_4", constant=2)
def test_planted_doubled_a_block_of_the_limit_law_fails_lemma_4_limit_law(monkeypatch):
    """The limit law of H(0) with its A-block term Σ_r 1{A_rᵀx > 0} g_r²/(2h1²) doubled: at h1 = 2, d = 2 its KS
    distance to H(0) at h2 = 4096 (4096 seeds) is about 3x the critical value at ALPHA."""
    inst = Instance(((1.0, 0.0),), (1.0,), h1=2, h2=4096, seed=22)
    terms = properties.one_input_limit_law_terms

    def doubled(*args):
        b_block, a_block = terms(*args)
        return b_block, 2 * a_block

    assert_caught(monkeypatch, properties, "one_input_limit_law_terms", lambda _: doubled, "kong.lemma_4", inst,
                  lambda: [properties.limit_law_distance(inst, 4096, 0.75)])
