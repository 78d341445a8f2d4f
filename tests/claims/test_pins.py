"""Every pinned counterexample of every erratum, each a test of its own (METHOD §2, §4).

A pin must meet every hypothesis of its claim and be informative, and its claim's property
must fail there with ClaimFailure reading "erratum: all assumptions hold". If a pin ever stops
failing (the code changed, or the erratum was wrong), this test fails and the run turns red.
"""
from __future__ import annotations

import pytest

from tests.helpers import assert_pin_fails
from theorems.registry import pins


@pytest.mark.parametrize("pin", [pytest.param(p, id=f"{p.claim_id}-{p.label}") for p in pins()])
def test_pinned_counterexample_fails(pin):
    assert_pin_fails(pin)
