"""The active Hypothesis profile's name (dev, ci or nightly), for library code that scales with it.

The pytest plugin (``theorems.testing.plugin``) exports the chosen profile in CLAIMS_PROFILE; ``strategies.budget`` keys its sizes on this
name (the library never imports the strategies).
"""
from __future__ import annotations

import os

PROFILES = ("dev", "ci", "nightly")


def profile() -> str:
    """The active profile's name: dev, ci or nightly (papers may key their own sizes on it)."""
    name = os.environ.get("CLAIMS_PROFILE", "dev")
    if name not in PROFILES:
        raise ValueError(f"CLAIMS_PROFILE must be one of {sorted(PROFILES)}, got {name!r}")
    return name
