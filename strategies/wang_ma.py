"""Instances for Wang-Ma: Assumption 4.1 data for model (4), one-hot data for model (6)."""
from __future__ import annotations

import math
from dataclasses import replace

from hypothesis import assume, strategies as st

from theorems.wang_ma.instance import Binary, OneHot, corollary_4_3_kappa, corollary_4_3_width, corollary_4_7_kappa

ETA_0 = 1 / (2 * math.sqrt(2))


@st.composite
def separated_data(draw, max_per_class: int = 2, min_d: int = 2, max_d: int = 4, unit: bool = True):
    """Assumption 4.1 data: class + rows with coordinates in [0.1, 1], class - their negatives, the first pair
    antipodal (so no direction kills every sample); unit norms, or norms in [0.5, 1]."""
    per, d = draw(st.integers(1, max_per_class)), draw(st.integers(min_d, max_d))
    coords = st.lists(st.floats(0.1, 1.0), min_size=d, max_size=d)
    plus = [draw(coords) for _ in range(per)]
    minus = [plus[0]] + [draw(coords) for _ in range(per - 1)]
    rows = []
    for raw in plus + [[-v for v in row] for row in minus]:
        scale = (1.0 if unit else draw(st.floats(0.5, 1.0))) / math.hypot(*raw)
        rows.append(tuple(v * scale for v in raw))
    return tuple(rows), (1.0,) * per + (-1.0,) * per


@st.composite
def early_instances(draw, eta=None, unit: bool = False):
    """Theorem 4.2 / Corollary 4.3 instances: square loss, η <= 0.01, κ <= min{η/2000, ημ0/(3n)}, m at Cor. 4.3's width;
    d >= 4, where Theorem 4.2's probability bound 1 - δ - 2me^{-2d} is positive (>= 0.098 at m = 599, δ = 0.5)."""
    X, y = draw(separated_data(min_d=4, max_d=6, unit=unit))
    probe = Binary(X, y, 1, 0.0, 0.01, 0)
    step = draw(eta if eta is not None else st.sampled_from([0.01, 0.005]))
    kappa = corollary_4_3_kappa(step, probe.mu0(), probe.n) * draw(st.floats(0.1, 1.0))
    return Binary(X, y, corollary_4_3_width(len(y), 0.5), kappa, step, draw(st.integers(0, 2**31 - 1)))


@st.composite
def section_5_instances(draw, schedule: str, unit: bool = True):
    """Theorem 5.2/5.3 instances: exponential loss, η_0 = 1/(2sqrt2), κ = 1e-3 η_0 μ0/n, the largest allowed c."""
    X, y = draw(separated_data(unit=unit))
    mu = Binary(X, y, 1, 0.0, 0.01, 0).mu0()
    c = 0.5 if schedule == "theorem_5_3" else 1 / (6 * (1 + 2 * ETA_0) ** 2 + 2)
    return Binary(X, y, draw(st.integers(300, 600)), 1e-3 * ETA_0 * mu / len(y), ETA_0, draw(st.integers(0, 2**31 - 1)),
                  loss="exp", schedule=schedule, c=c)


@st.composite
def onehot_instances(draw, losses=("exp", "logistic", "alpha_exp"), max_n: int = 6, eta=0.01, B=None, d_range=(1, 4),
                     B_range=(1, 8), max_m: int = 64):
    """Model (6) instances: nonnegative unit inputs (s = 0 in Assumption 4.5), κ = min{η/10, η/(3B)}, m >= 6.
    Corollary 4.7's probability bound is positive only for large d and B: d_range=(16, 24), B_range=(4, 8)."""
    n, d, C = draw(st.integers(1, max_n)), draw(st.integers(*d_range)), draw(st.integers(1, 3))
    rows = []
    for _ in range(n):
        raw = draw(st.lists(st.floats(0.05, 1.0), min_size=d, max_size=d))
        rows.append(tuple(v / math.hypot(*raw) for v in raw))
    classes = tuple(draw(st.lists(st.integers(0, C - 1), min_size=n, max_size=n)))
    batch = draw(st.integers(*B_range)) if B is None else B
    return OneHot(tuple(rows), classes, C, draw(st.integers(6, max_m)), corollary_4_7_kappa(eta, batch), eta, batch,
                  draw(st.sampled_from(losses)), draw(st.integers(0, 2**31 - 1)))


def _with_data(inst: Binary, X) -> Binary:
    """``inst`` on inputs X, κ rescaled to keep its ratio to the κ bound of its setting (μ0 changes with X)."""
    new = replace(inst, X=X)
    mu_old, mu_new = float(inst.mu0()), float(new.mu0())
    assume(math.isfinite(mu_new) and mu_new > 0)
    if inst.schedule == "constant":
        return replace(new, kappa=inst.kappa * corollary_4_3_kappa(inst.eta, mu_new, inst.n)
                       / corollary_4_3_kappa(inst.eta, mu_old, inst.n))
    return replace(new, kappa=1e-3 * inst.eta * mu_new / inst.n)


def violating(assumption: str, base):
    """Binary instances from ``base`` broken in one assumption only (the necessity probes' search space).

    wang_ma.assumption_4_1_i: the last sample of class - is tilted towards the second of class + until their
    product is positive (norm kept; the antipodal first pair is left alone, so μ0 often stays > 0: needs n >= 4).
    """
    @st.composite
    def broken(draw):
        inst = draw(base)
        if assumption == "wang_ma.assumption_4_1_i":
            assume(inst.n >= 4)
            p, q = inst.X[1], inst.X[-1]
            tilt = -sum(u * v for u, v in zip(p, q)) / sum(u * u for u in p) * draw(st.floats(1.05, 1.5))
            raw = [v + tilt * u for u, v in zip(p, q)]
            row = tuple(v * math.hypot(*q) / math.hypot(*raw) for v in raw)
            return _with_data(inst, inst.X[:-1] + (row,))
        if assumption == "wang_ma.unit_inputs":
            eps = draw(st.floats(0.03, 0.3))
            return _with_data(inst, tuple(tuple(eps * v for v in row) for row in inst.X))
        if assumption == "wang_ma.corollary_4_3_init":
            return replace(inst, kappa=corollary_4_3_kappa(inst.eta, inst.mu0(), inst.n) * draw(st.floats(10.0, 1000.0)))
        if assumption == "wang_ma.step_size":
            eta = draw(st.floats(0.02, 0.3))
            return replace(inst, eta=eta, kappa=inst.kappa * eta / inst.eta)
        if assumption == "wang_ma.corollary_4_3_width":
            return replace(inst, m=draw(st.integers(1, corollary_4_3_width(inst.n, inst.delta) - 1)))
        if assumption == "wang_ma.section_5_schedule":
            return replace(inst, c=draw(st.floats(0.6, 4.0)))
        if assumption == "wang_ma.eq_7_width":
            return replace(inst, m=draw(st.integers(1, math.floor(32 * math.log(inst.n**2 / inst.delta)))))
        raise ValueError(f"no violating strategy for assumption {assumption!r}")

    return broken()
