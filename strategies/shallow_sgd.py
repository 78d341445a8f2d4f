"""Instances for shallow_sgd: data on the sphere of radius sqrt(d0) (Assumption 4.1.1), Gaussian or aligned
initializations, natural ±1 labels or labels near the initial output (the regime F < 1/8 of Theorem 3.4), and the
parameters (a, α, c, c1, c2) of Lemma 3.3 over the whole region (10)."""
from __future__ import annotations

import math

from hypothesis import assume, strategies as st

from strategies.budget import profile
from theorems.shallow_sgd import ode
from theorems.shallow_sgd.instance import Instance, near_initial_output, theorem_3_4_quantities

MAX_N = {"ci": 3, "dev": 3, "nightly": 6}
MAX_D1 = {"ci": 24, "dev": 32, "nightly": 256}


def _rows(draw, n: int, d: int, radius: float):
    rows = []
    for _ in range(n):
        raw = draw(st.lists(st.floats(-1, 1, allow_nan=False), min_size=d, max_size=d).filter(
            lambda v: math.hypot(*v) > 0.2))
        norm = math.hypot(*raw)
        row = tuple(radius * v / norm for v in raw)
        assume(all(math.dist(row, other) >= 0.2 * radius for other in rows))
        rows.append(row)
    return tuple(rows)


@st.composite
def instances(draw, max_N=None, min_d1=1, max_d1=None, init="gaussian", d2=None):
    """Natural instances: rows of norm sqrt(d0), labels ±1 (d2 = 1) or Gaussian (d2 > 1), β_w² = 1/d0 or 1,
    β_v in {1/8, 1/sqrt(d1), 1}."""
    N = draw(st.integers(1, max_N or MAX_N[profile()]))
    d0 = draw(st.integers(1 if init == "gaussian" else 2, 4))
    d1 = draw(st.integers(max(min_d1, N), max(max_d1 or MAX_D1[profile()], N)))
    k = d2 if d2 is not None else draw(st.integers(1, 2))
    X = _rows(draw, N, d0, math.sqrt(d0))
    if k == 1:
        Y = tuple((draw(st.sampled_from([-1.0, 1.0])),) for _ in range(N))
    else:
        Y = tuple(tuple(draw(st.floats(-1, 1, allow_nan=False)) for _ in range(k)) for _ in range(N))
    beta_w = draw(st.sampled_from([1 / math.sqrt(d0), 1.0]))
    beta_v = draw(st.sampled_from([0.125, 1 / math.sqrt(d1), 1.0]))
    return Instance(X, Y, d1, beta_w, beta_v, draw(st.integers(0, 2**20)), init)


@st.composite
def aligned(draw):
    """The tight family of Proposition 2.1 and Lemma 3.1: N = 1, W0 = x̂|g|ᵀ (every gate open), V0 small."""
    d0 = draw(st.integers(2, 4))
    d1 = draw(st.integers(2, 24))
    X = _rows(draw, 1, d0, math.sqrt(d0))
    Y = ((draw(st.floats(0.25, 2.0)) * draw(st.sampled_from([-1.0, 1.0])),),)
    return Instance(X, Y, d1, 1 / math.sqrt(d0), draw(st.sampled_from([1 / 256, 1 / 64, 1 / 16])),
                    draw(st.integers(0, 2**20)), "aligned")


@st.composite
def near_initial(draw, max_N=None):
    """Labels Y = Ŷ(θ0) + sZ with F(θ0, X, Y) = a target in (0, 1/8): Theorem 3.4's regime at CPU widths."""
    inst = draw(instances(max_N=max_N, min_d1=12, d2=1))
    q = theorem_3_4_quantities(inst)
    assume(q["alpha"] > 1e-6)
    return near_initial_output(inst, draw(st.sampled_from([0.01, 0.05, 0.1, 0.124])))


def flows():
    """Any of the three families (Proposition 2.1, (4), Lemma 3.1, Proposition 3.2 hold for every θ0)."""
    return st.one_of(aligned(), instances(min_d1=8), near_initial())


@st.composite
def lemma_3_3_params(draw, form="proof"):
    """(a, α, c, c1, c2) >= 0 with (10), in scale-free coordinates p = ac1/α³, q = a²c2/α⁵, r = ca²/α⁴:
    4(p + 2q)e^{4r} = fraction < 1, fraction up to 0.999 (the boundary of (10))."""
    r = draw(st.sampled_from([0.0, 0.01, 0.1, 0.3]))
    fraction = draw(st.sampled_from([0.1, 0.5, 0.9, 0.99, 0.999]))
    w = draw(st.sampled_from([0.0, 0.5, 1.0]))
    budget = fraction * math.exp(-4 * r) / 4
    p, q = w * budget, (1 - w) * budget / 2
    a = draw(st.sampled_from([0.01, 0.5, 1.0, 7.0]))
    alpha = draw(st.sampled_from([0.3, 1.0, 2.0, 6.0]))
    # the printed bracket's solutions dive below 0 and explode slowly there: a shorter horizon (any T is a check)
    return ode.Params(a, alpha, r * alpha**4 / a**2, p * alpha**3 / a, q * alpha**5 / a**2,
                      horizon=40.0 if form == "proof" else 10.0, form=form)


@st.composite
def dips(draw):
    """Solutions of (9) that dip below 0 and rise (Lemma 3.3's 'any solution'), over parameters meeting (10)."""
    alpha = draw(st.sampled_from([0.5, 1.0, 2.0]))
    a = draw(st.sampled_from([0.5, 1.0, 3.0]))
    c2 = draw(st.sampled_from([0.01, 0.0625])) * alpha**5 / a**2  # q = a²c2/α⁵ in {0.01, 1/16}
    # on the rise y² >= M²/4, so f >= a exp(t(-α² + αc2M²/4)) >= a e^{α²t} once c2M²/4 >= 2α (and >= 2α², which
    # α >= 1 needs); a slope S <= a then keeps y' <= f: y solves (9) (a seed-4102 run drew α = 1/2, S = 2a)
    M = math.sqrt(8 * max(alpha, alpha**2) / c2) + draw(st.sampled_from([0.0, 5.0]))
    return ode.Dip(ode.Params(a, alpha, 0.0, 0.0, c2), M, a * draw(st.sampled_from([0.1, 1.0])))


# --- Sections 4 and 5 -----------------------------------------------------------------------------------------


@st.composite
def draws(draw, max_N=None):
    """Section 4 configurations: N, d0 <= N, d1 >= 4N, d2, β_w (LeCun or 1), β_v = d1^{-ρ/2}, seeds batched."""
    N = draw(st.integers(2, 8 if profile() != "nightly" else 32))
    d0 = draw(st.integers(2, N)) if N > 2 else 2
    d1 = draw(st.sampled_from([4 * N, 16 * N, 64 * N]))
    rho = draw(st.sampled_from([0.0, 0.5, 1.0, 2.0]))
    from theorems.shallow_sgd.section4 import Draw

    return Draw(max(N, d0), d0, d1, draw(st.sampled_from([1 / math.sqrt(d0), 1.0])), d1 ** (-rho / 2),
                d2=draw(st.integers(1, 3)), seeds=draw(st.sampled_from([16, 64])), seed=draw(st.integers(0, 2**20)))


@st.composite
def random_near_initial(draw):
    """A random draw of Assumption 4.1 (sphere inputs, Gaussian θ0, β_v² = d1^{-ρ}, ρ > 0) as an instance with
    labels near the initial output (F < 1/8): Corollary 4.5 and Theorem 5.1 at CPU widths."""
    from theorems.shallow_sgd.section4 import instance_of, rho_draw

    N = draw(st.integers(2, 3))
    d0 = N  # d0 in [N^δ0, N]; at N <= 3 a smaller d0 leaves Theorem 4.3's event on most draws
    d1 = draw(st.sampled_from([16, 24]))
    inst = instance_of(rho_draw(N, d0, d1, draw(st.sampled_from([0.5, 1.0])), seed=draw(st.integers(0, 2**20)),
                                seeds=1), draw(st.sampled_from([0.01, 0.05, 0.1])))
    return inst


@st.composite
def sgd_instances(draw):
    """Small instances in Theorem 3.4's regime (F < 1/8), N <= 4, for SGD: near-initial labels, d1 in [8, 16]."""
    inst = draw(instances(max_N=4 if profile() != "ci" else 3, min_d1=8, max_d1=16, d2=1))
    q = theorem_3_4_quantities(inst)
    assume(q["alpha"] > 1e-3)
    return near_initial_output(inst, draw(st.sampled_from([0.01, 0.05, 0.1])))
