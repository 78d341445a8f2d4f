"""Datasets and instances for Kong's setting (Section III-A): ||x_i|| = 1, |y_i| <= C, distinct inputs."""
from __future__ import annotations

import math
from dataclasses import replace

from hypothesis import assume, strategies as st

from strategies.budget import current
from theorems.kong.instance import Instance, Lemma6Case

MIN_SEPARATION = 0.1  # min ||x_i - x_j||: keeps λ0 away from 0 so Monte Carlo can resolve it


@st.composite
def unit_inputs(draw, n: int, d: int, separation: float = MIN_SEPARATION):
    """n distinct unit vectors in R^d, each drawn as a box vector and normalized."""
    coords = st.floats(-1, 1, allow_nan=False, allow_infinity=False)
    rows: list[tuple[float, ...]] = []
    for _ in range(n):
        raw = draw(st.lists(coords, min_size=d, max_size=d).filter(lambda v: math.hypot(*v) > 0.1))
        norm = math.hypot(*raw)
        row = tuple(v / norm for v in raw)
        assume(all(math.dist(row, other) >= separation for other in rows))
        rows.append(row)
    return tuple(rows)


def labels(n: int, C: float = 1.0, nonzero: bool = False):
    values = st.floats(-C, C, allow_nan=False)
    if nonzero:
        values = values.filter(lambda v: abs(v) >= 0.1)
    return st.lists(values, min_size=n, max_size=n).map(tuple)


@st.composite
def instances(draw, max_n=None, max_d=None, max_h1=None, h2=None, nonzero_labels=False, deltas=None):
    """Instances satisfying Section III-A's data assumptions and δ in (0, 1/2].

    ``h2``: a width, a strategy of widths, or None for h2 in [8 h1, 64 h1] (Assumption 1).
    """
    budget = current()
    n = draw(st.integers(1, max_n or budget.max_n))
    d = draw(st.integers(2, max_d or budget.max_d))
    h1 = draw(st.integers(1, max_h1 or budget.max_h1))
    X = draw(unit_inputs(n, d))
    y = draw(labels(n, nonzero=nonzero_labels))
    if h2 is None:
        width = draw(st.integers(8 * h1, 64 * h1))
    else:
        width = h2 if isinstance(h2, int) else draw(h2)
    delta = draw(deltas if deltas is not None else st.sampled_from([0.05, 0.1, 0.25, 0.5]))
    return Instance(X, y, h1, width, draw(st.integers(0, 2**31 - 1)), delta)


def violating(assumption: str, base=None):
    """Instances from ``base`` broken in one assumption only (the necessity probes' search space)."""
    base = base if base is not None else instances(max_n=2)

    @st.composite
    def broken(draw):
        inst = draw(base)
        if assumption == "kong.unit_inputs":
            factor = draw(st.one_of(st.floats(0.2, 0.9), st.floats(1.1, 3.0)))
            X = ((v * factor for v in inst.X[0]),) + inst.X[1:]
            return replace(inst, X=tuple(tuple(row) for row in X))
        if assumption == "kong.bounded_labels":
            return replace(inst, y=(inst.C * draw(st.floats(1.05, 5.0)),) + inst.y[1:])
        if assumption == "kong.distinct_inputs":
            assume(inst.n >= 2)
            return replace(inst, X=(inst.X[0], inst.X[0]) + inst.X[2:])
        if assumption == "kong.assumption_1":
            return replace(inst, h2=draw(st.integers(1, 8 * inst.h1 - 1)))
        if assumption == "kong.lemma_6_hypothesis":
            return Lemma6Case.of(inst, draw(st.floats(1.5, 3.0)))
        raise ValueError(f"no violating strategy for assumption {assumption!r}")

    return broken()


def lemma_6_instances(max_n: int = 2):
    """Where Lemma 6's bounds bind (METHOD §3): few inputs, h1 <= 2 and h2 in [8h1, 32h1], so that λmin(H(s))
    scatters widely around λ0 and some seeds sit just above the hypothesis' λ0/2 (rate and R'_B tight there);
    labels away from 0 (L(0) > 0)."""
    return instances(max_n=max_n, max_d=3, max_h1=2, nonzero_labels=True).flatmap(
        lambda inst: st.integers(8 * inst.h1, 32 * inst.h1).map(lambda h2: replace(inst, h2=h2)))
