"""Necessity probes for Wang-Ma's verified claims: drop one assumption, search for a failure.

True: dropping the assumption breaks the claim (the message names it); False: the claim survived.
"""
from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import strategies as st

from strategies.wang_ma import early_instances, section_5_instances
from tests.helpers import assert_probe_finding
from theorems.probes import necessity_probe
from theorems.wang_ma import properties as P


def _unit_dropped():
    """Section 5 instances with the data scaled by ε in [0.03, 0.3]: breaks only wang_ma.unit_inputs."""
    @st.composite
    def draw(draw_):
        inst = draw_(section_5_instances("theorem_5_3"))
        eps = draw_(st.floats(0.03, 0.3))
        return replace(inst, X=tuple(tuple(eps * v for v in row) for row in inst.X))
    return draw()


def _init_dropped():
    """Theorem 4.2 instances with κ in [5e-4, 5e-3], far above η/2000 = 5e-6: breaks only wang_ma.corollary_4_3_init."""
    @st.composite
    def draw(draw_):
        inst = draw_(early_instances(eta=st.just(0.01)))
        return replace(inst, kappa=draw_(st.floats(5e-4, 5e-3)))
    return draw()


PROBES = [
    ("wang_ma.section_6_3.lemma_6_2_all_t", "wang_ma.unit_inputs", _unit_dropped,
     lambda inst: P.all_time_partition(inst, 2, 100), False),
    ("wang_ma.lemma_6_2.s3", "wang_ma.corollary_4_3_init", _init_dropped,
     lambda inst: P.neuron_partition(inst, 4, "s3"), True),
]


@pytest.mark.parametrize("claim_id, assumption, violators, evaluate, necessary", PROBES,
                         ids=[f"{c}-without-{a}" for c, a, *_ in PROBES])
def test_necessity(claim_id, assumption, violators, evaluate, necessary):
    assert_probe_finding(necessity_probe(claim_id, assumption, violators(), evaluate, max_examples=4), necessary)
