"""Every verified Wang-Ma property can fail: a planted error (a wrong sign or constant) makes it fail.

Each test checks the real formula on a fixed small instance, then plants one error with monkeypatch
(a flipped gradient sign, a wrong factor or constant, a swapped definition) and asserts that the
same property raises ClaimFailure. GD trajectories are cached (instance.trajectory), so the cache is
cleared around every test.
"""
from __future__ import annotations

import dataclasses
import math

import pytest
import sympy
import torch

from theorems.testing import assert_caught, planted, planted_for
from theorems.evidence import ClaimFailure, Evidence, check
from theorems.wang_ma import instance as I, model, properties as P, symbolic
from theorems.wang_ma.instance import Binary, OneHot, corollary_4_3_kappa, corollary_4_3_width, corollary_4_7_kappa

ETA_0 = 1 / (2 * math.sqrt(2))
X4 = ((1.0, 0.0), (2**-0.5, 2**-0.5), (-1.0, 0.0), (-0.8, -0.6))
Y4 = (1.0, 1.0, -1.0, -1.0)
MU = model.mu0(X4, Y4, "generic")
EARLY = Binary(X4, Y4, corollary_4_3_width(4, 0.5), corollary_4_3_kappa(0.01, MU, 4), 0.01, 0)
SECTION_5 = Binary(X4, Y4, 300, 1e-3 * ETA_0 * MU / 4, ETA_0, 0, loss="exp", schedule="theorem_5_3", c=0.5)
THEOREM_5_2 = dataclasses.replace(SECTION_5, schedule="theorem_5_2", c=1 / (6 * (1 + 2 * ETA_0) ** 2 + 2))
PHASE_2 = dataclasses.replace(THEOREM_5_2, schedule="phase_2")
ONEHOT = OneHot(((0.6, 0.8), (1.0, 0.0), (0.0, 1.0)), (0, 1, 0), 2, 8, corollary_4_7_kappa(0.01, 2), 0.01, 2, "exp", 0)
SEEDS = 4


@pytest.fixture(autouse=True)
def _fresh_trajectories():
    I.trajectory.cache_clear()
    yield
    I.trajectory.cache_clear()


def _planted(monkeypatch, target, name, plant, claim_id, instance, evidence):
    assert_caught(monkeypatch, target, name, plant, claim_id, instance, evidence, I.trajectory.cache_clear)


def _ascent(f):
    """A flipped gradient sign: every closed-form gradient negated (GD becomes ascent)."""
    return lambda *a: tuple(-g for g in f(*a))


def _swap_living(f):
    """The partition with 'living' and 'dead' swapped (1{b_kᵀx_i <= 0} read as living)."""
    def swapped(*a):
        p = f(*a)
        return {"TL": p["TD"], "TD": p["TL"], "FL": p["FD"], "FD": p["FL"]}
    return swapped


def _false_as_nonneg(f):
    """FL/FD defined with y_i a_k >= 0 (a reversed inequality): the four sets overlap."""
    def planted(a, b, X, y):
        p = f(a, b, X, y)
        living = (b @ X.T).transpose(-1, -2) > 0
        false = (y[:, None] * a[..., None, :]) >= 0
        return {**p, "FL": false & living, "FD": false & ~living}
    return planted


def _gram_one_gate(f):
    """G with the second term's gate 1{b_kᵀx_j > 0} dropped: a_k² 1{b_kᵀx_i > 0} x_iᵀx_j."""
    def planted(a, b, X):
        pre = b @ X.T
        act = (pre > 0).to(X.dtype)
        first = torch.relu(pre).transpose(-1, -2) @ torch.relu(pre)
        second = (act * (a**2)[..., None]).sum(-2)[..., :, None] * (X @ X.T)
        return first + second
    return planted


# --- Section 3 -------------------------------------------------------------------------------------

@planted("wang_ma.eq_3.unbiased")
def test_eq_3_without_the_1_over_B(monkeypatch):
    """SGD (3) with the batch sum not divided by B (weights doubled for B = 2)."""
    _planted(monkeypatch, model, "gradient_onehot", lambda f: (lambda a, b, c, X, Y, loss, w: f(a, b, c, X, Y, loss, 2 * w)),
             "wang_ma.eq_3.unbiased", ONEHOT, lambda: [P.sgd_unbiased(ONEHOT)])


# --- Assumption 4.1, μ0 ------------------------------------------------------------------------------

@planted("wang_ma.assumption_4_1.mu0_le_1")
def test_mu0_le_1_with_a_doubled_product(monkeypatch):
    """μ0 computed from 2 y_iy_j x_iᵀx_j (a wrong factor)."""
    inst = Binary(X4, Y4, 1, 0.0, 0.01, 0)
    _planted(monkeypatch, model, "mu0", lambda f: (lambda X, y, reading: 2 * f(X, y, reading)),
             "wang_ma.assumption_4_1.mu0_le_1", inst, lambda: [P.mu0_at_most_one(inst)])


@planted("wang_ma.assumption_4_1.image_flip")
def test_image_flip_without_the_flip():
    """Nonnegative images with the second class not negated: cross-class products are > 0."""
    pixels = ((1.0, 0.0, 2.0, 3.0), (0.0, 4.0, 1.0, 1.0), (2.0, 2.0, 0.0, 1.0), (1.0, 1.0, 1.0, 0.0))
    claim = "wang_ma.assumption_4_1.image_flip"

    def evidence(sign):
        X = pixels[:2] + tuple(tuple(sign * v for v in row) for row in pixels[2:])
        inst = Binary(X, Y4, 1, 0.0, 0.01, 0)
        return inst, Evidence(P.same_class_products(inst.inputs(), inst.labels()), 0.0, ">=", 0.0, "none: signs")

    check(claim, *evidence(-1.0))
    with pytest.raises(ClaimFailure):
        check(claim, *evidence(1.0))


# --- Theorem 4.2 / Main Theorem 1, Section 6.1 -----------------------------------------------------

@planted_for("wang_ma.theorem_4_2", "wang_ma.main_theorem_1")
def test_theorem_4_2_with_step_eta_squared(claim_id, monkeypatch):
    """GD (2) stepping η² instead of η (a wrong power): the descent in 0.44/η steps vanishes with η."""
    def plant(f):
        return lambda a, b, X, y, loss, steps, step_size, train_a=True: f(
            a, b, X, y, loss, steps, lambda t, L: step_size(t, L) ** 2, train_a)
    _planted(monkeypatch, model, "gd_binary", plant, claim_id, EARLY, lambda: P.early_descent(EARLY, SEEDS))


PARTITION = {"wang_ma.lemma_a_1": ("lemma_a_1", _false_as_nonneg),
             "wang_ma.lemma_6_2.s1": ("s1", _swap_living), "wang_ma.lemma_6_2.s2": ("s2", _swap_living),
             "wang_ma.lemma_6_2.s3": ("s3", _swap_living), "wang_ma.lemma_6_2.s4": ("s4", _swap_living)}


@planted_for(*sorted(PARTITION))
def test_partition_with_a_planted_definition(claim_id, monkeypatch):
    statement, plant = PARTITION[claim_id]
    _planted(monkeypatch, model, "partition", plant, claim_id, EARLY, lambda: [P.neuron_partition(EARLY, SEEDS, statement)])


@planted("wang_ma.corollary_4_3")
def test_corollary_4_3_with_the_residual_reversed(monkeypatch):
    """ℓ'_i = y_i - f_i in place of f_i - y_i (a flipped sign): L(44) exceeds L(0)."""
    _planted(monkeypatch, model, "output_slopes_binary", lambda f: (lambda *a: -f(*a)), "wang_ma.corollary_4_3", EARLY,
             lambda: P.corollary_4_3_parts(EARLY, SEEDS))


S5 = {"wang_ma.lemma_6_2.s5": (EARLY, lambda: [P.neuron_partition(EARLY, SEEDS, "s5")]),
      "wang_ma.section_6_3.lemma_6_2_all_t": (SECTION_5, lambda: [P.all_time_partition(SECTION_5, 2, 200)])}


@planted_for(*sorted(S5))
def test_s5_from_t_0(claim_id, monkeypatch):
    """S5's window started at t = 0 (off by one): step 0 revives TD(0) and kills FL(0), flipping their signs."""
    instance, evidence = S5[claim_id]
    _planted(monkeypatch, P, "S5_FROM", lambda start: start - 1, claim_id, instance, evidence)


@planted("wang_ma.lemma_6_3.p2")
def test_lemma_6_3_p2_with_the_gate_in_the_a_gradient(monkeypatch):
    """∂L/∂a_k = Σ w_i ℓ'_i 1{b_kᵀx_i > 0} (∂/∂b_k's gate in place of σ(b_kᵀx_i)): |a_k| drops faster than (1 - 2η)^t."""
    def plant(f):
        def gated(a, b, X, y, loss, w):
            r = (model.output_slopes_binary(a, b, X, y, loss) * w)[:, None, :]
            return ((b @ X.T > 0).to(X.dtype) * r).sum(-1), f(a, b, X, y, loss, w)[1]
        return gated
    _planted(monkeypatch, model, "gradient_binary", plant, "wang_ma.lemma_6_3.p2", EARLY,
             lambda: [P.lemma_6_3_lower(EARLY, SEEDS)])


@planted("wang_ma.lemma_6_4.entry_lb")
def test_lemma_6_4_entry_lb_with_a_of_order_1_over_m(monkeypatch):
    """Init (5) with a_k = ±1/m instead of ±1/sqrt m (a wrong power): Σ_k a_k² over co-living neurons is O(1/m)."""
    def plant(f):
        def small(seed, seeds, m, d, kappa):
            a, b = f(seed, seeds, m, d, kappa)
            return a / math.sqrt(m), b
        return small
    _planted(monkeypatch, model, "initialize_binary", plant, "wang_ma.lemma_6_4.entry_lb", EARLY,
             lambda: [P.gram_entry_lower_bound(EARLY, SEEDS)])


@planted("wang_ma.lemma_6_4.block")
def test_lemma_6_4_block_with_one_gate(monkeypatch):
    _planted(monkeypatch, model, "gram", _gram_one_gate, "wang_ma.lemma_6_4.block", EARLY,
             lambda: [P.gram_block_diagonal(EARLY, SEEDS)])


@planted("wang_ma.lemma_6_3.p3")
def test_lemma_6_3_p3_with_step_100_eta(monkeypatch):
    """GD with the gradient 100 times too large: T·η falls below ln2/2 - η."""
    _planted(monkeypatch, model, "gradient_binary", lambda f: (lambda *a: tuple(100 * g for g in f(*a))),
             "wang_ma.lemma_6_3.p3", EARLY, lambda: [P.hitting_time_order(EARLY, SEEDS)])


@planted("wang_ma.lemma_6_6.descent")
def test_lemma_6_6_descent_under_a_flipped_gradient(monkeypatch):
    _planted(monkeypatch, model, "gradient_binary", _ascent, "wang_ma.lemma_6_6.descent", EARLY,
             lambda: [P.descent_inequality(EARLY, 2)[0]])


@planted("wang_ma.lemma_6_6.hessian", constant=2)
def test_lemma_6_6_hessian_cap_halved(monkeypatch):
    """H <= HESSIAN_EARLY / 2 (the measured constant made 2x stronger) fails on X4: ||∇²L(θ(0))|| = 0.714."""
    _planted(monkeypatch, P, "HESSIAN_EARLY", lambda h: h / 2, "wang_ma.lemma_6_6.hessian", EARLY,
             lambda: [P.early_hessian(EARLY, 2)])


@planted("wang_ma.lemma_6_6.descent", constant=2)
def test_lemma_6_6_descent_with_a_quarter(monkeypatch):
    """¼H||Δθ||² in place of ½H||Δθ||² (the constant 2x stronger): the second-order term is then too small."""
    _planted(monkeypatch, P, "DESCENT_HALF", lambda h: h / 2, "wang_ma.lemma_6_6.descent", EARLY,
             lambda: [P.descent_inequality(EARLY, 2)[0]])


# --- Section 4.2 -----------------------------------------------------------------------------------

@planted("wang_ma.section_4_2.positive_bias")
def test_positive_bias_under_gradient_ascent(monkeypatch):
    _planted(monkeypatch, model, "gradient_onehot", _ascent, "wang_ma.section_4_2.positive_bias", ONEHOT,
             lambda: [P.positive_bias(ONEHOT, SEEDS, 34)])


@planted("wang_ma.theorem_4_6")
def test_theorem_4_6_with_step_eta_squared(monkeypatch):
    def plant(f):
        return lambda a, b, c, X, Y, loss, eta, steps, B, seed: f(a, b, c, X, Y, loss, eta**2, steps, B, seed)
    _planted(monkeypatch, model, "sgd_onehot", plant, "wang_ma.theorem_4_6", ONEHOT, lambda: P.onehot_descent(ONEHOT, SEEDS))


# --- Section 5 and Section 6.3 ---------------------------------------------------------------------

@planted("wang_ma.section_5.balance.gd")
def test_balance_gd_with_a_flipped_b_gradient(monkeypatch):
    inst = Binary(X4, Y4, 8, 1.0, 0.1, 0)
    _planted(monkeypatch, model, "gradient_binary", lambda f: (lambda *a: (f(*a)[0], -f(*a)[1])),
             "wang_ma.section_5.balance.gd", inst, lambda: [P.balance_gd_drift(inst, SEEDS)[0]])


@planted("wang_ma.section_5.balance.flow")
def test_balance_flow_with_weight_decay_on_a(monkeypatch):
    """A loss with a planted 0.1 Σa_k² term: Q drifts at a rate that does not vanish as the step shrinks."""
    wide = Binary(X4, Y4, 8, 1.0, 0.01, 0)
    _planted(monkeypatch, model, "loss_binary",
             lambda f: (lambda a, b, X, y, loss: f(a, b, X, y, loss) + 0.1 * (a**2).sum(-1)),
             "wang_ma.section_5.balance.flow", wide, lambda: [P.balance_conserved(wide, SEEDS)])


@planted("wang_ma.section_6_3.lemma_6_4_all_t")
def test_all_time_block_with_one_gate(monkeypatch):
    _planted(monkeypatch, model, "gram", _gram_one_gate, "wang_ma.section_6_3.lemma_6_4_all_t", SECTION_5,
             lambda: [P.all_time_block(SECTION_5, 2, 200)])


@planted("wang_ma.theorem_5_2.phase2")
def test_phase_2_with_the_exponent_of_L_flipped(monkeypatch):
    """η_t = c L^{1-1/(2r)} in place of c/L^{1-1/(2r)} (a flipped sign of the exponent): L decays only like t^{-1}."""
    _planted(monkeypatch, Binary, "step_size",
             lambda f: (lambda self, t, L: f(self, t, L) if t == 0 else self.c * L ** (1 - 1 / (2 * self.r))),
             "wang_ma.theorem_5_2.phase2", PHASE_2, lambda: [P.phase_2_rate(PHASE_2, 2, 400)])


@planted("wang_ma.section_6_3.hessian_bound")
def test_hessian_bound_with_t_multiplied(monkeypatch):
    """Theorem 5.2's η_t = c/(tL) written c t/L (a wrong power of t): the weights, and ||∇²L||/(tL), blow up."""
    _planted(monkeypatch, Binary, "step_size",
             lambda f: (lambda self, t, L: f(self, t, L) if t == 0 else self.c * t / L),
             "wang_ma.section_6_3.hessian_bound", THEOREM_5_2, lambda: [P.hessian_bound(THEOREM_5_2, 2, 20, (1, 2, 5, 20))])


# --- symbolic constants and data remarks -----------------------------------------------------------

@pytest.mark.parametrize("claim_id, table, loss, wrong, prop", [pytest.param(*row, marks=planted(row[0]), id=row[0]) for row in [
    ("wang_ma.assumption_4_4.exp", "CONSTANTS_4_4", "exp", (1, sympy.Rational(1, 2), 1, 1), symbolic.assumption_4_4),
    ("wang_ma.assumption_4_4.logistic", "CONSTANTS_4_4", "logistic",
     (1, 1 / (sympy.E + 1), sympy.Rational(1, 2), sympy.Rational(1, 8)), symbolic.assumption_4_4),
    ("wang_ma.assumption_5_1.exp", "CONSTANTS_5_1", "exp", (1, sympy.Rational(1, 2), 1), symbolic.assumption_5_1),
    ("wang_ma.assumption_5_1.logistic", "CONSTANTS_5_1", "logistic", (1, 1, 1), symbolic.assumption_5_1),
]])
def test_wrong_loss_constant(claim_id, table, loss, wrong, prop, monkeypatch):
    """exp: g_min = 1/2 (true 1/e); logistic: h_max = 1/8 (true 1/4); exp: g_b = 1/2 (true 1); logistic: g_a = 1 (true 1/2)."""
    check(claim_id, loss, prop(loss))
    monkeypatch.setitem(getattr(symbolic, table), loss, wrong)
    with pytest.raises(ClaimFailure):
        check(claim_id, loss, prop(loss))


def _kappa_over_2B(f):
    """Corollary 4.7's κ <= η/(3B) read as η/(2B) (a wrong constant)."""
    return lambda r, B: {**f(r, B), "corollary_4_7": (sympy.Rational(1, 10), 1 / (2 * B))}


def _discrete_doubling(f):
    """T_e's doubling rule read discretely, sup{t: (1 + 2η)^{t+1} <= 2}, for the continuum e^{2ηt} <= 2."""
    return lambda eta, rule: math.floor(math.log(2) / math.log1p(2 * eta)) - 1 if rule == "doubling" else f(eta, rule)


SYMBOLIC = {  # claim: (property, target, name, plant)
    # (7)'s factor 1/2 - sqrt(8 log(n²/δ)/m) with 16 in place of 8 (a wrong constant)
    "wang_ma.eq_7": ("v_positivity", symbolic, "v_factor", lambda f: (lambda n, m, delta: f(n, m / 2, delta))),
    # the Cauchy-Schwarz floor -(1 + ε)² in place of -(1 - ε)² (a flipped sign)
    "wang_ma.assumption_4_5.shrink_remark": ("shrink_remark", symbolic, "shrink_floor", lambda f: (lambda eps: f(-eps))),
    "wang_ma.section_4_3.eta_le_001": ("kappa_regimes", symbolic, "kappa_arms", _kappa_over_2B),
    "wang_ma.section_6_1_2.T_e": ("hitting_row", model, "reconstructed_T", _discrete_doubling),
    # sup{t: e^{2ηt} <= 2} + 1: the first t past the threshold (off by one)
    "wang_ma.table_1.hitting_row": ("hitting_row", model, "reconstructed_T", lambda f: (lambda eta, rule: f(eta, rule) + 1)),
}


@planted_for(*sorted(SYMBOLIC))
def test_symbolic_with_a_planted_constant(claim_id, monkeypatch):
    """The constant, sign or definition of SYMBOLIC[claim_id] planted: the exact check fails."""
    prop, target, name, plant = SYMBOLIC[claim_id]
    _planted(monkeypatch, target, name, plant, claim_id, claim_id, lambda: [getattr(symbolic, prop)()])


@planted("wang_ma.section_4_1.mildly_param")
def test_mildly_parameterized_with_width_constant_1440(monkeypatch):
    """Section 4.1's width m = ceil(144 log(2n²/δ)) with 1440 in place of 144: (d+1)m exceeds n = 10⁵."""
    claim = "wang_ma.section_4_1.mildly_param"
    check(claim, "n = 1e5", symbolic.mildly_parameterized())
    monkeypatch.setattr(symbolic, "corollary_4_3_width",
                        lambda n, delta: max(math.ceil(1440 * math.log(2 * n**2 / delta)), 4))
    with pytest.raises(ClaimFailure):
        check(claim, "n = 1e5", symbolic.mildly_parameterized())


@planted("wang_ma.assumption_4_5.images")
def test_images_centered_instead_of_normalized():
    """Digits 'normalized' by centering (mean subtracted) instead of scaling: products become negative."""
    from theorems.wang_ma.experiments import digits

    X, _ = digits(100)
    claim = "wang_ma.assumption_4_5.images"
    check(claim, "digits[:100]", Evidence(float((X @ X.T).min()), 0.0, ">=", 0.0, "none"))
    centered = X - X.mean(0)
    centered = centered / centered.norm(dim=1, keepdim=True)
    with pytest.raises(ClaimFailure):
        check(claim, "digits[:100] centered", Evidence(float((centered @ centered.T).min()), 0.0, ">=", 0.0, "none"))


# --- audit: constant plants of the measured Ω(1) floors, Section 5's exponential arm, retired errata ------------

EARLY_HALF_X = tuple(tuple(0.5 * v for v in row) for row in X4)
EARLY_HALF = Binary(EARLY_HALF_X, Y4, corollary_4_3_width(4, 0.5),
                    corollary_4_3_kappa(0.01, model.mu0(EARLY_HALF_X, Y4, "generic"), 4), 0.01, 0)
ONEHOT_LOGISTIC = OneHot(((0.6, 0.8),), (0,), 1, 6, corollary_4_7_kappa(0.01, 1), 0.01, 1, "logistic", 0)


@planted_for("wang_ma.theorem_4_2", "wang_ma.main_theorem_1", constant=2)
def test_early_descent_floor_doubled(claim_id, monkeypatch):
    """The Ω(1) floor doubled (0.025) fails on X4 shrunk to norm 0.5, whose descent is 0.0237 (the tightest)."""
    _planted(monkeypatch, P, "EARLY_DESCENT_FLOOR", lambda f: 2 * f, claim_id, EARLY_HALF,
             lambda: P.early_descent(EARLY_HALF, 2, etas=(0.01, 0.005))[2:])


@planted("wang_ma.theorem_4_6", constant=2)
def test_onehot_descent_floor_doubled(monkeypatch):
    """The Ω(1) floor doubled (0.1) fails on a logistic instance (m = 6, B = 1) whose descent is 0.081."""
    _planted(monkeypatch, P, "ONEHOT_DESCENT_FLOOR", lambda f: 2 * f, "wang_ma.theorem_4_6", ONEHOT_LOGISTIC,
             lambda: P.onehot_descent(ONEHOT_LOGISTIC, 2, etas=(0.01, 0.005))[1:])


@planted("wang_ma.main_theorem_2")
def test_main_theorem_2_under_a_polynomial_schedule(monkeypatch):
    """Theorem 5.2's η_t = c/(tL) in place of 5.3's c/L: the decay is polynomial and the late rate collapses."""
    _planted(monkeypatch, Binary, "step_size",
             lambda f: (lambda self, t, L: f(self, t, L) if t == 0 else self.c / (t * L)),
             "wang_ma.main_theorem_2", SECTION_5, lambda: P.exponential_rate(SECTION_5, 2, 200))


@planted("wang_ma.section_6_3.hessian_by_loss")
def test_hessian_by_loss_with_an_eighth(monkeypatch):
    """The bound max||x||² Σa_k² L divided by 8 (beyond the measured looseness 3.7) fails."""
    _planted(monkeypatch, P, "HESSIAN_BY_LOSS", lambda h: h / 8, "wang_ma.section_6_3.hessian_by_loss", SECTION_5,
             lambda: [P.hessian_by_loss(SECTION_5, 2, 20, (0, 1, 10))])


@planted("wang_ma.corollary_4_7.probability_term")
def test_chi2_threshold_too_low(monkeypatch):
    """The χ² threshold t = 3: exponent (3 - 1 - ln 3)/2 = 0.45 < 1, no e^{-d} from that event."""
    _planted(monkeypatch, symbolic, "CHI2_THRESHOLD", lambda t: sympy.Integer(3),
             "wang_ma.corollary_4_7.probability_term", "χ²", lambda: [symbolic.probability_terms()])


@planted("wang_ma.section_5.balance")
def test_balanced_flow_with_weight_decay_on_a(monkeypatch):
    """A planted 0.1 Σa_k² term in the loss: Q leaves 0 along the flow from the balanced init."""
    wide = Binary(X4, Y4, 8, 1.0, 0.01, 0)
    _planted(monkeypatch, model, "loss_binary",
             lambda f: (lambda a, b, X, y, loss: f(a, b, X, y, loss) + 0.1 * (a**2).sum(-1)),
             "wang_ma.section_5.balance", wide, lambda: [P.balance_conserved(wide, SEEDS, balance=True)])


@planted("wang_ma.section_7.tight_claim")
def test_tight_claim_with_the_bound_a_hundredth():
    """A bound of 0.00263 is not of the order of the printed descents."""
    from tests.claims.test_wang_ma import test_printed_bound_is_same_order_as_printed_descents as tight

    tight("wang_ma.section_7.tight_claim")
    with pytest.raises(ClaimFailure):
        tight("wang_ma.section_7.tight_claim", bound=0.00263)
