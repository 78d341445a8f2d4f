"""Wang-Ma: the pinned counterexample(s) of every erratum (tests/claims/test_registry_generated.py runs each one).

Each pin meets every hypothesis of its claim (margins >= 0) and is informative; its claim's property must
fail there with the verdict "erratum: all assumptions hold".
"""
from __future__ import annotations

import math

from theorems.registry import pin
from theorems.wang_ma import model, properties as P, symbolic
from theorems.wang_ma.instance import Binary, OneHot, corollary_4_3_kappa, corollary_4_3_width, corollary_4_7_kappa

ETA_0 = 1 / (2 * math.sqrt(2))
E1 = (1.0, 0.0)
ANTIPODAL_ONE_PAIR = ((E1, (2**-0.5, 2**-0.5), (-1.0, 0.0), (-0.8, -0.6)), (1.0, 1.0, -1.0, -1.0))
PLUS_MINUS = (1.0, 1.0, -1.0, -1.0)
SEEDS = 4


def section_5_schedule_c(schedule: str) -> float:
    """The largest c Theorems 5.2 (1/(6(1+2η_0)²+2)) and 5.3 (1/2) allow."""
    return 0.5 if schedule == "theorem_5_3" else 1 / (6 * (1 + 2 * ETA_0) ** 2 + 2)


def small_norm(schedule: str, epsilon: float = 0.05, d: int = 10, m: int = 2000) -> Binary:
    """The unit-norm-in-V pin: n = 4, X = ε(u1, u2, -u1, -u2), u1 = e1, u2 = (e1+e2)/sqrt2 in R^d, exponential loss,
    η_0 = 1/(2sqrt2), κ = 1e-3 η_0μ0/n, c the largest allowed."""
    u1 = (1.0,) + (0.0,) * (d - 1)
    u2 = (2**-0.5, 2**-0.5) + (0.0,) * (d - 2)
    X = tuple(tuple(epsilon * s * v for v in u) for s, u in ((1, u1), (1, u2), (-1, u1), (-1, u2)))
    mu = model.mu0(X, PLUS_MINUS, "generic")
    return Binary(X, PLUS_MINUS, m, 1e-3 * ETA_0 * mu / 4, ETA_0, 0, loss="exp", schedule=schedule,
                  c=section_5_schedule_c(schedule))


def pinned_early() -> Binary:
    """Corollary 4.3's setting on the antipodal-pair data in R^10 (η = 0.01, κ and m at their bounds), where
    Theorem 4.2's probability bound 1 - δ - 2me^{-2d} is 0.49999 (m = 599, δ = 0.5)."""
    X, y = ANTIPODAL_ONE_PAIR
    X = tuple(tuple(row) + (0.0,) * 8 for row in X)
    mu = model.mu0(X, y, "generic")
    return Binary(X, y, corollary_4_3_width(4, 0.5), corollary_4_3_kappa(0.01, mu, 4), 0.01, 0)


def half_norm_pairs() -> Binary:
    X = ((0.5, 0.0), (0.5, 0.0), (-0.5, 0.0), (-0.5, 0.0))
    return Binary(X, PLUS_MINUS, corollary_4_3_width(4, 0.5), 1e-6, 0.01, 0)


def near_parallel_norms() -> Binary:
    """n = 4, d = 3: each class x = 0.5u, 0.6v with u, v 10° apart (the failure is off the diagonal too)."""
    u = (1.0, 0.0, 0.0)
    v = (math.cos(math.pi / 18), math.sin(math.pi / 18), 0.0)
    X = tuple(tuple(r * s * c for c in w) for s, r, w in ((1, 0.5, u), (1, 0.6, v), (-1, 0.5, u), (-1, 0.6, v)))
    return Binary(X, PLUS_MINUS, corollary_4_3_width(4, 0.5), 1e-6, 0.01, 0)


def corollary_4_7_instance(m: int, n: int = 6, d: int = 20, C: int = 3, B: int = 4) -> OneHot:
    """Corollary 4.7 at an informative size: d = 20, B = 4 make 1 - δ - 4me^{-(d+1)/2} - m0.17^B about 0.89 (m = 6)
    and 0.87 (m = 32); nonnegative unit inputs (s = 0), α-exponential loss (-ℓ̃'(0) = 0.505)."""
    rows = []
    for i in range(n):
        raw = [0.05 + ((7 * i + 3 * j) % 11) / 11 for j in range(d)]
        norm = math.hypot(*raw)
        rows.append(tuple(v / norm for v in raw))
    return OneHot(tuple(rows), tuple(i % C for i in range(n)), C, m, corollary_4_7_kappa(0.01, B), 0.01, B,
                  "alpha_exp", 0)


def table_1_instance() -> OneHot:
    """Table 1's setting at its smallest printed descent (m = 100, η = 0.01, logistic loss), on one 64-pixel
    image-like input (the cap holds for any data with ||x|| <= 1)."""
    raw = [((3 * j) % 17) / 16 for j in range(64)]
    norm = math.hypot(*raw)
    return OneHot((tuple(v / norm for v in raw),), (0,), 10, 100, corollary_4_7_kappa(0.01, 1), 0.01, 1, "logistic", 0)


pin("wang_ma.assumption_4_1.ii", "shrunk", build=lambda: Binary((E1, (-1.0, 0.0)), (1.0, -1.0), 1, 0.0, 0.01, 0),
    evidence=P.mu0_literal,
    numbers="n = 2, x = (e1, -e1): v = 0 makes the max over {j: vᵀx_j > 0} = ∅ equal -inf, so μ0 = -inf "
            "(indicator of μ0 > 0 is 0 against 1); generic μ0 = 1.")
pin("wang_ma.assumption_4_1.antipodal_remark", "shrunk", build=lambda: Binary(*ANTIPODAL_ONE_PAIR, 1, 0.0, 0.01, 0),
    evidence=P.mu0_antipodal,
    numbers="μ0 = 0.7071 (closed and generic, LP enumeration) against the remark's 1; by hand v = (1, -1.1) "
            "activates only x1, and y2y1x2ᵀx1 = 1/sqrt2.")
pin("wang_ma.assumption_4_4.hinge", "hinge", build=lambda: "hinge",
    evidence=lambda _: symbolic.assumption_4_4("hinge"),
    numbers="ℓ̃' jumps by 1 at z = 1 (one-sided derivatives -1 and 0, exact limits): not C² on R.")
pin("wang_ma.corollary_4_7", "d = 20, m = 6, B = 4", build=lambda: corollary_4_7_instance(6),
    evidence=lambda inst: P.corollary_4_7(inst, 16),
    numbers="Probability bound 1 - 0.1 - 24e^{-10.5} - 6·0.17⁴ = 0.894 > 0; descent after 34 steps 0.136-0.164 on "
            "16/16 seeds against 0.262533 (p = 0.106^16); hand cap 0.181 (G = 0.505).")
pin("wang_ma.corollary_4_7", "d = 20, m = 32, B = 4, n = 6, C = 3", build=lambda: corollary_4_7_instance(32),
    evidence=lambda inst: P.corollary_4_7(inst, 16),
    numbers="Probability bound 0.870; descent 0.137-0.163 on 16/16 seeds against 0.262533; hand cap 0.181.")
for _schedule, _claim, _prop in (("theorem_5_2", "wang_ma.theorem_5_2.phase1", P.theorem_5_2_phase_1),
                                 ("theorem_5_3", "wang_ma.theorem_5_3", P.theorem_5_3),
                                 ("theorem_5_3", "wang_ma.lemma_6_7", P.lemma_6_7)):
    pin(_claim, "ε = 0.05, n = 4, d = 10, m = 2000", build=lambda s=_schedule: small_norm(s),
        evidence=lambda inst, f=_prop: f(inst, 1, 30),
        numbers="V = 0.0120 > ε² = 0.0025: by hand L(t+1) >= e^{-cε²}L(t) and ||∇L|| <= εL, against (1 - Vc/2), "
                "1/t^{Vc/2} and sqrt(V) = 0.110.")
    pin(_claim, "ε = 0.05, n = 4, d = 2, m = 300", build=lambda s=_schedule: small_norm(s, d=2, m=300),
        evidence=lambda inst, f=_prop: f(inst, 2, 30),
        numbers="V = 0.0061 > ε²/2: measured L(t+1)/L(t) = 0.99973 > 1 - Vc/2 = 0.99847 (Theorem 5.3), "
                "||∇L||/L <= 0.05 < sqrt(V) = 0.078 (Lemma 6.7).")
pin("wang_ma.section_5.global_from_any_init", "b(0) = 0, m = 100",
    build=lambda: Binary((E1, (-1.0, 0.0)), (1.0, -1.0), 100, 0.0, ETA_0, 0, loss="exp", schedule="theorem_5_3",
                         c=0.5),
    evidence=lambda inst: P.stationary_zero_layer(inst, 2, 50),
    numbers="All pre-activations 0, ∇L = 0: L(50) = L(0) = 1 against 'descends to 0' (<= 1e-3); m = 100 > "
            "32 log(2²/0.5) = 66.5 meets eq. (7).")
pin("wang_ma.lemma_6_1", "shrunk (x = ±0.5e1 twice)", build=half_norm_pairs,
    evidence=lambda inst: P.overlap_concentration(inst, 64, "paper"),
    numbers="Formula (π - arccos 0.25)/(4π) = 0.145 against the exact mean 1/4; width 0.059 at m = 599: every "
            "seed fails.")
pin("wang_ma.lemma_6_1", "n = 4, d = 3, norms 0.5 and 0.6, 10° apart", build=near_parallel_norms,
    evidence=lambda inst: P.overlap_concentration(inst, 64, "paper"),
    numbers="Off the diagonal: formula (π - arccos(0.3 cos 10°))/(4π) = 0.1489 against the exact mean "
            "(π - π/18)/(4π) = 0.2361 (measured 0.2370 over 64 seeds), a gap of 0.087 against the width 0.0589 at "
            "m = 599; the off-diagonal pair alone exceeds the width on 61 of 64 seeds, the diagonal on all: 64/64 "
            "failures against δ = 0.5.")
pin("wang_ma.lemma_6_3.p1", "antipodal-pair data in R^10, m = 599", build=pinned_early,
    evidence=lambda inst: P.lemma_6_3_monotone(inst, SEEDS, start=0),
    numbers="Probability bound 1 - 0.5 - 1198e^{-20} = 0.49999 > 0. At t = 0 a neuron of TL_i(0) ∩ FL_j(0) has "
            "Δa_k·sgn a_k(0) = -3.2e-10 (relative to |a_k(0)|: -7.9e-9) against >= 0; instance seeds 0-19 all "
            "fail at t = 0 (-2.3e-10 to -3.8e-10) and all hold from t = 1.")
pin("wang_ma.section_6_1_3.grad_gram", "n = 2", build=lambda: Binary((E1, (-1.0, 0.0)), (1.0, -1.0), 3, 0.5, 0.01, 0),
    evidence=lambda inst: P.gradient_gram_identity(inst, 2, "printed"),
    numbers="Σe_iG_ije_j = n²||∇L||² = 4||∇L||² (autograd); with 1/n² the identity holds to 1e-12.")
pin("wang_ma.lemma_6_5", "η = 0.01, t = 1", build=lambda: "η = 0.01, t = 1", evidence=lambda _: symbolic.lemma_6_5_sign(),
    numbers="1 - 1.02² = -0.0404 < 0: the printed lower bound is negative (vacuous).")
pin("wang_ma.table_1", "m = 100, η = 0.01, logistic", build=table_1_instance, evidence=P.table_1_printed_vs_cap,
    numbers="Printed CIFAR-10 descent 0.345 against the cap 0.177 of any descent in 34 steps under model (6)'s "
            "init with -ℓ̃'(0) = 1/2 (hand: λ = 0.00707, pq <= 0.251, z <= 0.354).")

# --- dynamic claims: each keeps its trajectory against its bound, and the report draws it ------------------------
# (theorems.registry.dynamic: a cheap example of the claim's property, run by tests/meta/test_trajectories.py)

from theorems.registry import dynamic  # noqa: E402


def unit_section_5(schedule: str, m: int = 120) -> Binary:
    """Section 5 on unit data (the antipodal-pair data), exponential loss, η_0, κ = 1e-3 η_0μ0/n, the largest c;
    m = 120 > 32 log(n²/δ) = 111 makes V > 0."""
    X, y = ANTIPODAL_ONE_PAIR
    mu = model.mu0(X, y, "generic")
    return Binary(X, y, m, 1e-3 * ETA_0 * mu / 4, ETA_0, 0, loss="exp", schedule=schedule,
                  c=section_5_schedule_c(schedule))


def small_early(m: int = 64) -> Binary:
    """``pinned_early`` at a small width (a cheap example: the trajectory, not the verdict, is what it shows)."""
    X, y = ANTIPODAL_ONE_PAIR
    return Binary(X, y, m, corollary_4_3_kappa(0.01, model.mu0(X, y, "generic"), 4), 0.01, 0)


for _claim, _evidence in (("wang_ma.theorem_4_2", lambda i: P.early_descent(i, 2, etas=(0.02, 0.01))),
                          ("wang_ma.main_theorem_1", lambda i: P.early_descent(i, 2, etas=(0.02, 0.01))),
                          ("wang_ma.lemma_6_3.p1", lambda i: P.lemma_6_3_growth(i, 2)),
                          ("wang_ma.lemma_6_3.p2", lambda i: P.lemma_6_3_lower(i, 2)),
                          ("wang_ma.lemma_6_6.descent", lambda i: P.descent_inequality(i, 1, segments=4, points=3)[0]),
                          ("wang_ma.lemma_6_6.hessian", lambda i: P.early_hessian(i, 1, iterations=10)),
                          ("wang_ma.corollary_4_3", lambda i: P.corollary_4_3_parts(i, 2)),
                          ("wang_ma.lemma_6_4.entry_lb", lambda i: P.gram_entry_lower_bound(i, 2)),
                          ("wang_ma.lemma_6_5", lambda i: P.gradient_floor(i, 2))):
    dynamic(_claim, build=small_early, evidence=_evidence)
dynamic("wang_ma.theorem_4_6", build=lambda: corollary_4_7_instance(6),
        evidence=lambda i: P.onehot_descent(i, 2, etas=(0.02, 0.01)))
dynamic("wang_ma.corollary_4_7", build=lambda: corollary_4_7_instance(6), evidence=lambda i: P.corollary_4_7(i, 4))
dynamic("wang_ma.section_4_2.positive_bias", build=lambda: corollary_4_7_instance(6),
        evidence=lambda i: P.positive_bias(i, 2, 34))
dynamic("wang_ma.theorem_5_3", build=lambda: unit_section_5("theorem_5_3"), evidence=lambda i: P.theorem_5_3(i, 2, 100))
dynamic("wang_ma.theorem_5_2.phase1", build=lambda: unit_section_5("theorem_5_2"),
        evidence=lambda i: P.theorem_5_2_phase_1(i, 2, 100))
dynamic("wang_ma.theorem_5_2.phase2", build=lambda: unit_section_5("phase_2"), evidence=lambda i: P.phase_2_rate(i, 2, 200))
dynamic("wang_ma.lemma_6_7", build=lambda: unit_section_5("theorem_5_3"), evidence=lambda i: P.lemma_6_7(i, 2, 100))
dynamic("wang_ma.main_theorem_2", build=lambda: unit_section_5("theorem_5_3"),
        evidence=lambda i: P.exponential_rate(i, 2, 100))
dynamic("wang_ma.section_6_3.hessian_bound", build=lambda: unit_section_5("theorem_5_2"),
        evidence=lambda i: P.hessian_bound(i, 1, 5, (1, 2, 5)))
dynamic("wang_ma.section_6_3.hessian_by_loss", build=lambda: unit_section_5("theorem_5_3"),
        evidence=lambda i: P.hessian_by_loss(i, 1, 10, (0, 1, 10)))
dynamic("wang_ma.section_5.global_from_any_init", build=lambda: unit_section_5("theorem_5_3", m=100),
        evidence=lambda i: P.stationary_zero_layer(i, 2, 50))
dynamic("wang_ma.section_5.balance.flow", build=lambda: Binary(*ANTIPODAL_ONE_PAIR, 8, 1.0, 0.01, 0),
        evidence=lambda i: P.balance_conserved(i, 1, 0.5, (16, 128)))
