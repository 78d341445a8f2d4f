"""Necessity probes for Kong's verified claims: drop one assumption, search for a failure.

Each row records what the probe finds: True when dropping the assumption breaks the claim
(the shrunk counterexample's message must name that assumption), False when the claim
survived every violating instance searched. Errata need no probe: they fail with every
assumption in place.
"""
from __future__ import annotations

import pytest

from strategies.budget import current
from strategies.kong import lemma_6_instances, violating
from theorems.kong import properties as P
from theorems.kong.instance import Lemma6Case
from tests.helpers import assert_probe_finding
from theorems.probes import necessity_probe


def _lemma_6(inst):
    return P.lemma_6_loss(inst if isinstance(inst, Lemma6Case) else Lemma6Case.of(inst), 64, current().flow_steps,
                          20_000)


EVALUATE = {
    "kong.proposition_2": lambda inst: P.proposition_2(inst, draws=1024),
    "kong.assumption_2": lambda inst: P.assumption_2(inst, draws=20_000),
    "kong.lemma_6": _lemma_6,
    "kong.lemma_6.radius_B": lambda inst: P.lemma_6_radius_B(inst, 64, 20_000, 64),
}

PROBES = [
    ("kong.proposition_2", "kong.unit_inputs", False),
    ("kong.proposition_2", "kong.bounded_labels", False),
    ("kong.proposition_2", "kong.distinct_inputs", False),
    ("kong.proposition_2", "kong.assumption_1", False),
    ("kong.assumption_2", "kong.unit_inputs", False),
    ("kong.assumption_2", "kong.bounded_labels", False),
    ("kong.assumption_2", "kong.distinct_inputs", True),
    ("kong.lemma_6", "kong.unit_inputs", False),
    ("kong.lemma_6", "kong.bounded_labels", False),
    # kong.lemma_6 without kong.distinct_inputs: two equal inputs give H(s) equal rows, λmin(H(s)) = 0, so the
    # hypothesis holds for no λ0 > 0 and the lemma is vacuous on every such instance.
    ("kong.lemma_6", "kong.assumption_1", False),
    ("kong.lemma_6", "kong.lemma_6_hypothesis", True),
    ("kong.lemma_6.radius_B", "kong.unit_inputs", False),
    ("kong.lemma_6.radius_B", "kong.bounded_labels", False),
    ("kong.lemma_6.radius_B", "kong.assumption_1", False),
    # kong.lemma_6.radius_B without kong.assumption_2: R'_B = (2/λ0) sqrt(2nL(0)/h2) is undefined for λ0 <= 0;
    # without kong.distinct_inputs: duplicated inputs make λ0 = 0, so Assumption 2 always falls with it.
]


@pytest.mark.parametrize("claim_id, assumption, necessary", PROBES,
                         ids=[f"{c}-without-{a}" for c, a, _ in PROBES])
def test_necessity(claim_id, assumption, necessary):
    # Lemma 6's claims say something only where some seed meets λmin(H(s)) >= λ0/2: one input, small h1
    base = lemma_6_instances(max_n=1) if claim_id.startswith("kong.lemma_6") else None
    assert_probe_finding(necessity_probe(claim_id, assumption, violating(assumption, base), EVALUATE[claim_id],
                                         max_examples=8), necessary)
