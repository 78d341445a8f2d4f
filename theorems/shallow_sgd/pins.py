"""Pinned counterexamples of shallow_sgd's errata (each a test of its own in tests/claims/test_pins.py)."""
from __future__ import annotations

import math

from theorems.registry import pin
from theorems.shallow_sgd import ode, properties as P
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
    numbers="a = 1.105, α = 3.584, F >> 1/8 (Proposition 3.2 has no hypothesis on F): at t = 0.234, sqrt(L) = 0.042 "
            "against the printed right side −1.08")
pin("shallow_sgd.lemma_3_3.printed_eq_9", "a = 5", build=lambda: ode.Params(5.0, 1.0, 1e-4, 1e-4, 1e-4, form="printed"),
    evidence=P.lemma_3_3,
    numbers="(10) = 0.022 < 1; the maximal solution of the printed (9) peaks at 13.85 > 2a/α² = 10 (by hand, at "
            "c = c1 = c2 = 0: y = 5t − t²/2, peak 12.5 at t = 5)")
pin("shallow_sgd.lemma_3_3.any_solution", "dip to -20",
    build=lambda: ode.Dip(ode.Params(1.0, 1.0, 0.0, 0.0, 1 / 16), 20.0, 1.0), evidence=P.lemma_3_3_any_solution,
    numbers="(10) = 0.5; y = −20t, then slope 1 from t = 1 to 11, then −10: a solution of (9) (f >= e^{5.25} on the "
            "rise); y'(1+) = 1 > a e^{−1/2} = 0.607 (ratio 1.65); worst ratio e^{5.5} = 244.7 at t = 11")
