"""Pinned counterexamples of shallow_sgd's errata (each a test of its own in tests/claims/test_registry_generated.py)."""
from __future__ import annotations

import math

from theorems.registry import pin

from theorems.shallow_sgd import ode, properties as P, section4, section5
from theorems.shallow_sgd.instance import Instance, near_initial_output

R2 = math.sqrt(2)


def two_points() -> Instance:
    """N = 2 orthogonal inputs of norm sqrt(d0) (Assumption 4.1.1), ±1 labels, d1 = 64, β_w² = 1/d0, β_v = 1/8."""
    return Instance(((R2, 0.0), (0.0, R2)), ((1.0,), (-1.0,)), 64, 1 / R2, 0.125, 3)


pin("shallow_sgd.proposition_3_2", "near-init", build=lambda: near_initial_output(two_points(), 0.05),
    evidence=lambda inst: P.proposition_3_2(inst, form="printed"),
    numbers="labels Ŷ(θ0) + sZ with F = 0.05: a = 0.358, α = 3.584; at t = 3/α² = 0.234, sqrt(L) = 0.0138 against "
            "the printed right side −2.59 (a e^{small} − 3 by hand)")
pin("shallow_sgd.proposition_3_2", "±1 labels, d1 = 64", build=two_points,
    evidence=lambda inst: P.proposition_3_2(inst, form="printed"),
    numbers="a = 1.105, α = 3.584, F = 0.226 > 1/8 (Proposition 3.2 has no hypothesis on F): at t = 0.234, sqrt(L) = 0.042 "
            "against the printed right side −1.08")
pin("shallow_sgd.lemma_3_3.printed_eq_9", "a = 5", build=lambda: ode.Params(5.0, 1.0, 1e-4, 1e-4, 1e-4, form="printed"),
    evidence=P.lemma_3_3,
    numbers="(10) = 0.022 < 1; the maximal solution of the printed (9) peaks at 13.85 > 2a/α² = 10 (by hand, at "
            "c = c1 = c2 = 0: y = 5t − t²/2, peak 12.5 at t = 5)")
pin("shallow_sgd.lemma_3_3.any_solution", "dip to -20",
    build=lambda: ode.Dip(ode.Params(1.0, 1.0, 0.0, 0.0, 1 / 16), 20.0, 1.0), evidence=P.lemma_3_3_any_solution,
    numbers="(10) = 0.5; y = −20t, then slope 1 from t = 1 to 11, then −10: a solution of (9) (f >= e^{5.25} on the "
            "rise); y'(1+) = 1 > a e^{−1/2} = 0.607 (ratio 1.65); worst ratio e^{5.5} = 244.7 at t = 11")


def four_points() -> Instance:
    """N = 4 inputs of norm 1 in R^3 (three orthogonal, one between), d1 = 16, β_w² = 1/d0, β_v = 1/4, labels near
    the initial output (F = 0.05: Theorem 3.4's regime)."""
    X = ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0), (0.6, 0.8, 0.0))
    return near_initial_output(Instance(X, ((1.0,), (-1.0,), (0.5,), (0.2,)), 16, 1 / math.sqrt(3), 0.25, 1), 0.05)


def three_points() -> Instance:
    X = ((R2, 0.0), (0.0, R2), (1.0, 1.0))
    return near_initial_output(Instance(X, ((1.0,), (-1.0,), (0.5,)), 24, 1 / R2, 0.125, 5), 0.1)


pin("shallow_sgd.corollary_4_5.width", "rho = 0", build=lambda: 0.0, evidence=section4.corollary_4_5_order,
    numbers="along d1 = C N^2.5 log² N (LeCun, d2 = 1) the order of ac1/α³ is N^{1/4}/(sqrt(C) log N) -> ∞ (sympy "
            "limit oo); measured d1-exponent of ac1/α³ at N = 16: −0.519 [−0.637, −0.401] (derived −1/2)")
pin("shallow_sgd.corollary_4_5.width", "rho = 1/8", build=lambda: 0.125, evidence=section4.corollary_4_5_order,
    numbers="along d1 = C N^{2.5/1.125} log² N the order of ac1/α³ is N^{1/9}/(log N)^{5/4} -> ∞ (sympy limit oo)")
pin("shallow_sgd.theorem_5_6.time_change_printed", "N = 4, b = 2", build=lambda: section5.TimeChange(four_points(), 2),
    evidence=lambda case: section5.time_change(case, printed=True),
    numbers="the mean-field flow read at tNb = 8t is off (18)'s flow at t by 3.9 (θ(tN/b) = θ(2t) matches to 0)")
pin("shallow_sgd.theorem_5_6.time_change_printed", "N = 3, b = 3", build=lambda: section5.TimeChange(three_points(), 3),
    evidence=lambda case: section5.time_change(case, printed=True),
    numbers="b = N = 3: the mean-field flow is (18)'s flow (E L^N = L), read at 9t instead of t")


def small_k(N: int, d0: int, d2: int, C: float) -> section5.SmallK:
    """Theorem 5.1 at ε = C N log N (LeCun, ρ = 1, ±1 labels, Corollary 4.5's width with C(δ0) = 1), seed 0."""
    d1 = section4.cor_width(N, d0, 1.0, 1 / math.sqrt(d0), d2)
    return section5.SmallK(section4.rho_draw(N, d0, d1, 1.0, d2=d2, seeds=1, seed=0), C)


pin("shallow_sgd.theorem_5_1.eq_15", "N = 8, d2 = 64, C = 1", build=lambda: small_k(8, 4, 64, 1.0),
    evidence=section5.theorem_5_1_small_k,
    numbers="d1 = 466: (15) gives k* <= 1 at ε = 8 log 8 = 16.6; L(θ0) = 368.6 (E ≈ ¾ N d2 = 384) and L(θ1) >= 135.5 "
            "for every η <= 2.9e-4")
pin("shallow_sgd.theorem_5_1.eq_15", "N = 32, d2 = 128, C = 8", build=lambda: small_k(32, 8, 128, 8.0),
    evidence=section5.theorem_5_1_small_k,
    numbers="d1 = 10343: ε = 8 · 32 log 32 = 887; L(θ0) = 3114 (E ≈ 3072) and L(θ1) >= 1831 for every η <= 6.3e-6")
pin("shallow_sgd.theorem_5_1.q_event", "rho = 1/8", build=lambda: 0.125, evidence=section4.corollary_4_5_order,
    numbers="along d1 = C N^{2.5/1.125} log² N the order of ac1/α³ is N^{1/9}/(log N)^{5/4} -> ∞ (sympy limit oo)")
pin("shallow_sgd.theorem_5_1.q_event", "rho = 1/5", build=lambda: 0.2, evidence=section4.corollary_4_5_order,
    numbers="along d1 = C N^{2.5/1.2} log² N the order of ac1/α³ is N^{1/24}/(log N)^{7/5} -> ∞ (sympy limit oo)")
pin("shallow_sgd.theorem_5_1.proof_probability", "rho = 1, d0 = N/8", build=lambda: 1,
    evidence=section5.theorem_5_1_probability_factor,
    numbers="β_w² = N^{3/2}/(8 log² 2): A = 1/2, the proof's bound -> 0 against the statement's 1/2")


# --- dynamic claims: a cheap example each, whose evidence keeps its labelled trajectory (the report draws it) ------

from theorems.evidence import keep_trajectory  # noqa: E402
from theorems.registry import dynamic  # noqa: E402


def _near() -> Instance:
    return near_initial_output(two_points(), 0.05)


def _labelled(evidence, y, measured, bound, x="t"):
    return [keep_trajectory(evidence, x=x, y=y, measured=measured, bound=bound)]


dynamic("shallow_sgd.proposition_2_1", build=_near,
        evidence=lambda i: _labelled(P.proposition_2_1(i), "log(L(0)/L(t))", "log(L(0)/L(t))", "2∫α0²"))
dynamic("shallow_sgd.lemma_3_1.eq_5", build=_near,
        evidence=lambda i: _labelled(P.lemma_3_1(i)[0], "||θ(t) − θ(0)||", "||θ(t) − θ(0)||", "(5)'s right side"))
dynamic("shallow_sgd.lemma_3_1.eq_6", build=_near,
        evidence=lambda i: _labelled(P.lemma_3_1(i)[1], "||X|| ||W(t) − W(0)||", "||X|| ||W(t) − W(0)||",
                                     "(6)'s right side"))
dynamic("shallow_sgd.proposition_3_2.proof_bracket", build=_near,
        evidence=lambda i: _labelled(P.proposition_3_2(i)[2], "log(a/sqrt(L))", "log(a/sqrt(L(t)))",
                                     "−(9)'s exponent at L̄(t)"))
dynamic("shallow_sgd.theorem_3_4", build=_near,
        evidence=lambda i: _labelled(P.theorem_3_4(i)[3], "log(L(0)/L(t))", "log(L(0)/L(t))", "α0(0)² t (12)"))
dynamic("shallow_sgd.corollary_4_5", build=lambda: section4.instance_of(section4.rho_draw(3, 3, 24, 1.0, seed=3), 0.05),
        evidence=lambda i: _labelled(section4.corollary_4_5(i)[0], "log(L(0)/L(t))", "log(L(0)/L(t))",
                                     "c(δ0) d0 d1 β_w² t"))
for _claim in ("shallow_sgd.theorem_5_6", "shallow_sgd.theorem_5_1"):  # Theorem 5.1 is checked as Theorem 5.6
    dynamic(_claim, build=lambda: section5.SGDCase(four_points(), 2, seeds=4),
            evidence=lambda c: _labelled(section5.theorem_5_6_k_star(c)[0], "L(θ_k)", "L(θ_k), worst sampler seed",
                                         "ε", x="k (SGD iteration, up to k*)"))
dynamic("shallow_sgd.lemma_3_3", build=lambda: ode.Params(1.0, 2.043, 1.0, 1.0, 1.0),  # a point of Figure 1's window
        evidence=lambda p: [P.lemma_3_3(p)[1]])
