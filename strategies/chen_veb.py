"""Instances for Chen-Vanden-Eijnden-Bruna's setting: data, embedding, activation, ĉ and the draws' seed."""
from __future__ import annotations

import math

from hypothesis import assume, strategies as st

from strategies.budget import current, profile
from theorems.chen_veb.instance import Instance

SMOOTH = ("tanh", "sigmoid", "linear", "smooth_leaky")  # differentiable everywhere: autograd agrees everywhere
LIPSCHITZ = SMOOTH + ("relu", "leaky_relu")
MAX_COS = 0.99  # pairwise |cos| of inputs: keeps λ_min(Ḡ^(1)) resolvable (Assumption 4's non-parallel data)


def sqrt_d_rows(X):
    """The rows of X rescaled to ||x_a||² = d, as the tests of Theorems 1-3's chain use (G_aa = 1 for φ = id)."""
    return tuple(tuple(v * math.sqrt(len(row)) / math.hypot(*row) for v in row) for row in X)


def widths():
    """Trained width m: small under ci/dev, larger nightly."""
    return st.integers(1, 64 if profile() == "nightly" else 24)


@st.composite
def inputs(draw, n: int, d: int, max_cos: float = MAX_COS):
    """n inputs in R^d with coordinates in [-2, 2], norms >= 0.2 and pairwise |cos| <= max_cos."""
    coords = st.floats(-2, 2, allow_nan=False, allow_infinity=False)
    rows: list[tuple[float, ...]] = []
    for _ in range(n):
        row = tuple(draw(st.lists(coords, min_size=d, max_size=d).filter(lambda v: math.hypot(*v) >= 0.2)))
        for other in rows:
            cos = sum(a * b for a, b in zip(row, other)) / (math.hypot(*row) * math.hypot(*other))
            assume(abs(cos) <= max_cos)
        rows.append(row)
    return tuple(rows)


@st.composite
def instances(draw, acts=LIPSCHITZ, embeddings=("identity",), max_n=None, max_d=None, m=None, c_hats=None,
              independent=False, even_m=False):
    """Instances with labels in [-1, 1], ĉ in [0.3, 3] and W⁰ ~ N(0, 1) (Assumptions 1 and 3).

    ``independent``: n <= d (with pairwise non-parallel rows; Corollary 1's data, generically independent).
    """
    budget = current()
    d = draw(st.integers(1, max_d or budget.max_d))
    n = draw(st.integers(1, min(max_n or budget.max_n, d) if independent else max_n or budget.max_n))
    X = draw(inputs(n, d))
    y = tuple(draw(st.lists(st.floats(-1, 1, allow_nan=False), min_size=n, max_size=n)))
    width = draw(m if m is not None else widths())
    if even_m:
        width += width % 2
    embedding = draw(st.sampled_from(embeddings))
    D = draw(st.integers(1, 32)) if embedding in ("random", "deep") else 0
    c_hat = draw(c_hats if c_hats is not None else st.floats(0.3, 3.0))
    return Instance(X, y, width, draw(st.sampled_from(acts)), c_hat, draw(st.integers(0, 2**31 - 1)), embedding, D,
                    depth=draw(st.integers(3, 5)))


def violating(assumption: str, base=None):
    """Instances from ``base`` broken in one assumption only (the necessity probes' search space).

    chen_veb.assumption_1 and chen_veb.assumption_2 have no violating instances: the Instance rejects ĉ <= 0
    (and always draws fair signs), and the margin min(K_σ', 1/L_σ) is >= 0 for every activation.
    """
    base = base if base is not None else instances(max_n=3, m=st.integers(1, 8))

    @st.composite
    def broken(draw):
        inst = draw(base)
        if assumption == "chen_veb.assumption_3":
            scale = draw(st.one_of(st.floats(0.0, 0.9), st.floats(1.1, 3.0)))
            return Instance(**{**inst.__dict__, "w_scale": scale})
        if assumption == "chen_veb.global_slope":
            return Instance(**{**inst.__dict__, "act": "cubic", "interval": None})
        if assumption == "chen_veb.gram_pd":
            assume(inst.n >= 2)
            return Instance(**{**inst.__dict__, "X": (inst.X[0], inst.X[0]) + inst.X[2:]})
        if assumption == "chen_veb.non_parallel":
            assume(inst.n >= 2)
            factor = draw(st.floats(0.5, 2.0))
            return Instance(**{**inst.__dict__, "X": (inst.X[0], tuple(v * factor for v in inst.X[0])) + inst.X[2:]})
        raise ValueError(f"no violating strategy for assumption {assumption!r}")

    return broken()
