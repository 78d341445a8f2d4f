"""Necessity probes for Chen-Vanden-Eijnden-Bruna's verified and partial claims: drop one assumption, search for a failure.

Each row records what the probe finds: True when dropping the assumption breaks the claim
(the shrunk counterexample's message must name that assumption), False when the claim
survived every violating instance searched. Errata need no probe: they fail with every
assumption in place.
"""
from __future__ import annotations

import pytest
import torch
from hypothesis import strategies as st

from strategies.chen_veb import instances, sqrt_d_rows, violating
from theorems.chen_veb import model, properties as P
from theorems.chen_veb.instance import Instance
from theorems.testing import assert_probe_finding
from theorems.probes import necessity_probe

STEPS = 16  # RK4 steps of the gradient-flow evaluations (cheap: the probes run in CI)


def _well_conditioned(inst, ratio=1e-2, seeds=1):
    G = model.gram(inst.features(seeds))
    return float(torch.linalg.eigvalsh(G)[:, 0].min()) > ratio * float(G.abs().max())


def _sqrt_d_rows(inst):
    return Instance(**{**inst.__dict__, "X": sqrt_d_rows(inst.X)})


CHAIN = instances(acts=("tanh", "relu"), max_n=3, m=st.integers(4, 16), even_m=True, independent=True,
                  c_hats=st.just(1.0)).map(_sqrt_d_rows).filter(
    lambda i: _well_conditioned(i) and any(abs(v) > 1e-3 for v in i.y))
LIMIT = instances(acts=("relu",), embeddings=("random",), max_n=3, m=st.integers(4, 16), even_m=True,
                  c_hats=st.just(1.0)).map(_sqrt_d_rows).map(lambda i: Instance(**{**i.__dict__, "D": 256})).filter(
    lambda i: float(torch.linalg.eigvalsh(model.gbar_relu(i.inputs()))[0]) > 1e-2 and any(abs(v) > 1e-3 for v in i.y))
SLOPE = instances(acts=("tanh",), max_n=3, m=st.integers(8, 16), independent=True, c_hats=st.just(1.0)).filter(
    lambda i: _well_conditioned(i, 0.05, 2))
DEEP = instances(acts=("tanh",), max_n=3, m=st.integers(8, 16), c_hats=st.just(1.0)).map(
    lambda i: Instance(**{**i.__dict__, "embedding": "deep", "D": 32, "depth": 4})).filter(
    lambda i: _well_conditioned(i, 0.05, 2))
INPUTS = instances(max_n=3, max_d=3, m=st.just(1))

BASE = {
    "chen_veb.theorem_1": CHAIN,
    "chen_veb.theorem_2": LIMIT,
    "chen_veb.theorem_3": LIMIT,
    "chen_veb.corollary_1": SLOPE,
    "chen_veb.appendix_h.condition_1": DEEP,
    "chen_veb.lemma_4": INPUTS,
    "chen_veb.assumption_4": INPUTS,
}


def _chain(reference):
    """None when no seed meets the proof's events (η̃⁰ > K, and ||G - Ḡ||₂ <= ½λ_min(Ḡ) for 'limit')."""
    def evaluate(inst):
        eta, loss, kept = P.convergence_chain(inst, 16, STEPS, reference)
        return P.worst(eta, loss) if kept else None
    return evaluate


def _slope(inst):
    return P.decaying_loss(inst, 2, 8.0, STEPS)


def _concentration(inst):
    return P.concentration_rate(inst, 8, (64, 256, 1024, 4096))


EVALUATE = {
    "chen_veb.eq_16": lambda inst: P.polyak_lojasiewicz(inst, seeds=4),
    "chen_veb.theorem_1": _chain("empirical"),
    "chen_veb.theorem_2": _chain("limit"),
    "chen_veb.theorem_3": _chain("limit"),
    "chen_veb.corollary_1": _slope,
    "chen_veb.appendix_h.condition_1": _slope,
    "chen_veb.lemma_4": _concentration,
    "chen_veb.assumption_4": P.limit_gram_is_pd,
}

# the 'limit' chain leaves out seeds missing the proof's events, most of them at D = 256: search twice as long
MAX_EXAMPLES = {"chen_veb.theorem_2": 16, "chen_veb.theorem_3": 16}

PROBES = [
    # chen_veb.assumption_1 (every claim below and eq_13, eq_14, eq_14.bound, eq_15, eq_16, appendix_d.eq_44_47):
    # cannot be violated: the Instance rejects ĉ <= 0 and always draws fair signs, so the margin ĉ is > 0.
    # chen_veb.assumption_2 (theorem_1-3, corollary_1, appendix_h.condition_1): cannot be violated: its margin
    # min(K_σ', 1/L_σ) is >= 0 for every activation (0 only at the boundary: the cubic, a ReLU interval below 0).
    ("chen_veb.eq_16", "chen_veb.global_slope", False),  # the cubic: K = inf|σ'| = 0, so (16) reads 𝓛̇ <= 0
    # chen_veb.appendix_d.eq_44_47 without chen_veb.gram_pd: the bound λ_maxλ_min^{-1/2}∫... is undefined at λ_min = 0.
    # chen_veb.theorem_1 without chen_veb.gram_pd: ĉ >= ĉ₀λ_max/λ_min (58) cannot be met at λ_min = 0.
    ("chen_veb.theorem_1", "chen_veb.assumption_3", False),
    ("chen_veb.theorem_2", "chen_veb.assumption_3", False),
    ("chen_veb.theorem_3", "chen_veb.assumption_3", False),
    # chen_veb.theorem_3 without chen_veb.non_parallel: parallel inputs make Ḡ^(1) singular, so ĉ >= ĉ₀λ_max/λ_min
    # and D >= C₂n²log(n/δ)/λ_min(Ḡ^(1))² cannot be met.
    ("chen_veb.corollary_1", "chen_veb.assumption_3", False),
    ("chen_veb.appendix_h.condition_1", "chen_veb.assumption_3", False),
    ("chen_veb.lemma_4", "chen_veb.non_parallel", False),
    ("chen_veb.assumption_4", "chen_veb.non_parallel", True),
]


@pytest.mark.parametrize("claim_id, assumption, necessary", PROBES,
                         ids=[f"{c}-without-{a}" for c, a, _ in PROBES])
def test_necessity(claim_id, assumption, necessary):
    assert_probe_finding(necessity_probe(claim_id, assumption, violating(assumption, BASE.get(claim_id)),
                                         EVALUATE[claim_id], max_examples=MAX_EXAMPLES.get(claim_id, 8)), necessary)
