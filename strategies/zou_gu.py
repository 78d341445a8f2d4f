"""Datasets and instances for Zou-Gu's setting: Assumption 3.1 (||x_i|| = 1, (x_i)_d = μ > 0) and 3.2 (separation).

Random unit vectors are easy; the styles below press on λ0 and on the gradient: near-duplicate points (φ -> 0),
near-antipodal points (u and -u in the first d-1 coordinates: antipodes proper are excluded by μ > 0), points on
a low-dimensional configuration (a circle arc with equal spacing).
"""
from __future__ import annotations

import math
import os

from hypothesis import assume, strategies as st

from theorems.zou_gu.instance import Instance

STYLES = ("random", "near_duplicate", "near_antipodal", "arc")
PROFILE = os.environ.get("CLAIMS_PROFILE", "dev")
NIGHTLY = PROFILE == "nightly"
MAX_N, MAX_D, MAX_M, MAX_L, MAX_K = (12, 8, 64, 4, 3) if NIGHTLY else (5, 4, 12, 3, 2)


def _lift(u, mu: float) -> tuple[float, ...]:
    """(√(1-μ²) u/||u||, μ): a unit vector with last coordinate μ."""
    norm = math.hypot(*u)
    s = math.sqrt(1 - mu * mu)
    return tuple(s * v / norm for v in u) + (mu,)


@st.composite
def directions(draw, n: int, d: int, style: str):
    """n directions u_i in R^{d-1} (d >= 2) in the given style."""
    coords = st.floats(-1, 1, allow_nan=False, allow_infinity=False)
    vec = st.lists(coords, min_size=d - 1, max_size=d - 1).filter(lambda v: math.hypot(*v) > 0.1)
    if d == 2 and style == "arc":
        style = "random"
    if style == "random":
        return [draw(vec) for _ in range(n)]
    if style in ("near_duplicate", "near_antipodal"):
        gap = draw(st.floats(1e-4, 0.3))
        base = [draw(vec) for _ in range((n + 1) // 2)]
        out = []
        for b in base:
            out.append(b)
            if style == "near_duplicate":
                noise = draw(vec)
                out.append([x + gap * e / math.hypot(*noise) for x, e in zip(b, noise)])
            else:
                noise = draw(vec)
                out.append([-x + gap * e / math.hypot(*noise) for x, e in zip(b, noise)])
        return out[:n]
    spacing = draw(st.floats(1e-3, 2 * math.pi / max(n, 2)))
    return [[math.cos(i * spacing), math.sin(i * spacing)] + [0.0] * (d - 3) for i in range(n)]


@st.composite
def unit_inputs(draw, n: int, d: int, style: str | None = None, mu=None):
    """n points meeting Assumption 3.1 (and distinct, Assumption 3.2 with φ read from the data)."""
    style = style or draw(st.sampled_from(STYLES))
    mu = mu if mu is not None else draw(st.sampled_from([0.1, 1 / math.sqrt(2), 0.9]))
    directions_ = draw(directions(n, d, style))
    # a near-duplicate or near-antipodal perturbation of a short direction can cancel it (seed 4102: u = 0)
    assume(all(math.hypot(*u) > 1e-6 for u in directions_))
    rows = tuple(_lift(u, mu) for u in directions_)
    assume(all(math.dist(a, b) > 1e-6 for i, a in enumerate(rows) for b in rows[i + 1:]))
    return rows


@st.composite
def instances(draw, max_n=None, max_d=None, max_m=None, max_L=None, max_k=None, styles=STYLES, min_n=1):
    """Instances under Assumptions 3.1 and 3.2, labels in [-1, 1]^k, 1 <= B <= n."""
    n = draw(st.integers(min_n, max_n or MAX_N))
    d = draw(st.integers(2 if "arc" not in styles or len(styles) > 1 else 3, max_d or MAX_D))
    X = draw(unit_inputs(n, d, draw(st.sampled_from(styles))))
    k = draw(st.integers(1, max_k or MAX_K))
    label = st.floats(-1, 1, allow_nan=False)
    Y = tuple(tuple(draw(label) for _ in range(k)) for _ in range(n))
    return Instance(X, Y, m=draw(st.integers(1, max_m or MAX_M)), L=draw(st.integers(1, max_L or MAX_L)),
                    seed=draw(st.integers(0, 2**31 - 1)), B=draw(st.integers(1, n)))


@st.composite
def repeated_point(draw, max_n=None, max_d=None):
    """Instances under Assumption 3.1 whose first point is repeated: Assumption 3.2 fails (margin < 0)."""
    inst = draw(instances(max_n=max_n, max_d=max_d, min_n=1))
    X = (inst.X[0],) + inst.X
    return Instance(X, (inst.Y[0],) + inst.Y, inst.m, inst.L, inst.seed, inst.B)


# --- the convergence-rate claims (Theorems 3.3, 3.8, 3.10, Corollary 3.5): data families indexed by (n, φ) -----------

def families(styles=("pairs",), mus=(0.5, 0.1, 1 / math.sqrt(2)), labels=("adversarial", "random")):
    """``theorems.zou_gu.rates.Family``: deterministic datasets under Assumptions 3.1 and 3.2 with minimum distance
    exactly φ at every (n, φ) of a grid, labels along the slowest mode of the hidden-weight NTK (adversarial: they
    press on the iteration count) or random. The rate claims draw near-duplicate pairs: on the near-antipodal and
    low-dimensional arcs (``rates.STYLES``) the widths reachable on a CPU are far from the lazy regime (T's fitted
    n-exponent 3-5 at L = 1, hitting times beyond the horizon at μ = 1/2), a finding about the regime that the
    experiment (``python -m theorems experiment zou_gu``) prints, not a verdict on the theorems."""
    from theorems.zou_gu.rates import Family

    return st.builds(Family, style=st.sampled_from(styles), mu=st.sampled_from(mus), labels=st.sampled_from(labels),
                     seed=st.integers(0, 2**16))


@st.composite
def wide_instances(draw, max_n: int = 8, max_d: int = 4, max_L: int = 3, max_k: int = 2, max_m: int = 1024,
                   exponent: float = 4.0):
    """Section 4's lemmas: instances under Assumptions 3.1 and 3.2 in every style (near-duplicate, near-antipodal, arc,
    random) with the width m the smallest power of two >= max(64, ``exponent``·dn/φ), so that Lemma 4.1's probability
    exponent mφ/(dn) is >= ``exponent``; draws needing m > ``max_m`` are rejected (a near-duplicate at gap 1e-4 would
    need m ~ 1e5)."""
    inst = draw(instances(max_n=max_n, max_d=max_d, max_L=max_L, max_k=max_k, min_n=2))
    need = exponent * inst.d * inst.n / inst.min_distance
    m = max(64, 1 << math.ceil(math.log2(max(need, 1.0))))
    assume(m <= max_m)
    return Instance(inst.X, inst.Y, m=m, L=inst.L, seed=inst.seed, B=1)
