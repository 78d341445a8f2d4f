"""Zou-Gu Section 4 (theorems/zou_gu/lemmas.py): Lemmas 4.1-4.5, (4.1)'s C on GD runs, Section 4.1's comparison and
Section 4.3, as measured constants over grids of n, m, L, 1/φ (fitted exponents with CIs) and on generated data that
presses on Lemma 4.1 (near-duplicate, near-antipodal, low-dimensional)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings

from strategies.budget import profile
from strategies.zou_gu import wide_instances
from theorems.testing import for_claim
from theorems.evidence import check_all
from theorems.zou_gu import lemmas as Z
from theorems.zou_gu.instance import Instance

NIGHTLY = profile() == "nightly"


def base_instance() -> Instance:
    """The grid's base point as an Instance (the assumptions' margins are reported on it)."""
    X, Y = Z.Point("base", 8, 8, 128, 2, Z.SPACING).data()
    return Instance(tuple(tuple(float(v) for v in r) for r in X.tolist()), tuple(tuple(float(v) for v in r)
                    for r in Y.tolist()), m=128, L=2)


GRID = {
    "zou_gu.lemma_4_1": Z.lemma_4_1_rates,
    "zou_gu.eq_4_1.constant": Z.eq_4_1_constant,
    "zou_gu.eq_4_1.per_step": Z.eq_4_1_per_step,
    "zou_gu.lemma_4_2": Z.lemma_4_2,
    "zou_gu.lemma_4_3": Z.lemma_4_3,
    "zou_gu.lemma_4_4": Z.lemma_4_4,
    "zou_gu.lemma_4_5": Z.lemma_4_5,
    "zou_gu.section_4_1.allen_zhu_step": Z.allen_zhu_step,
}


@pytest.mark.statistical
@for_claim(*GRID)
def test_grid(claim_id):
    check_all(claim_id, base_instance(), *GRID[claim_id](NIGHTLY))


FEW = settings(max_examples=40 if NIGHTLY else 4)


@pytest.mark.statistical
@for_claim("zou_gu.lemma_4_1")
@FEW
@given(inst=wide_instances())
def test_lemma_4_1_generated(claim_id, inst):
    check_all(claim_id, inst, *Z.lemma_4_1(inst))


@for_claim("zou_gu.section_4_3")
@FEW
@given(inst=wide_instances(max_m=256))
def test_section_4_3(claim_id, inst):
    check_all(claim_id, inst, Z.section_4_3(inst.inputs(), inst.labels(), inst.m, inst.L, 4, inst.seed))
