"""Sizes and sample counts per Hypothesis profile (dev, ci, nightly).

The pytest plugin (``theorems.testing.plugin``) exports the chosen profile in CLAIMS_PROFILE so that strategies and
statistical tests scale with it: CI stays within minutes on two cores, the nightly
GPU job uses far larger widths, sample sizes and seed counts.
"""
from __future__ import annotations

from dataclasses import dataclass

from theorems.core.profile import profile  # noqa: F401 (re-exported: the active profile's name)


@dataclass(frozen=True)
class Budget:
    seeds: int  # independent initializations per statistical test, run as one tensor batch
    max_n: int  # samples
    max_d: int  # input dimension
    max_h1: int  # first hidden width
    max_h2: int  # widest second hidden layer that a test may instantiate
    h_inf_draws: int  # Monte Carlo draws of the first layer for H∞
    flow_steps: int  # RK4 steps of a gradient-flow test (the error estimate uses twice as many too)
    width_grid: tuple[int, ...]  # geometric grid of h2 for rate claims


BUDGETS = {
    "ci": Budget(seeds=256, max_n=3, max_d=4, max_h1=3, max_h2=1 << 13, h_inf_draws=100_000,
                 flow_steps=64, width_grid=(64, 256, 1024, 4096)),
    "dev": Budget(seeds=256, max_n=3, max_d=4, max_h1=3, max_h2=1 << 13, h_inf_draws=100_000,
                  flow_steps=64, width_grid=(64, 256, 1024, 4096)),
    "nightly": Budget(seeds=4096, max_n=8, max_d=16, max_h1=8, max_h2=1 << 17, h_inf_draws=2_000_000,
                      flow_steps=512, width_grid=(64, 256, 1024, 4096, 16384, 65536)),
}


def current() -> Budget:
    return BUDGETS[profile()]
