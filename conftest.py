"""Test harness: --device, Hypothesis profiles (dev, ci, nightly), one torch thread per xdist worker."""
from __future__ import annotations

import os

import pytest
import torch
from hypothesis import HealthCheck, settings

pytest_plugins = ["theorems.pytest_plugin"]

_SLOW_DATA = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]

settings.register_profile("dev", max_examples=10, deadline=None, suppress_health_check=_SLOW_DATA)
settings.register_profile("ci", max_examples=6, deadline=None, derandomize=True, print_blob=True,
                          suppress_health_check=_SLOW_DATA)
settings.register_profile("nightly", max_examples=200, deadline=None, print_blob=True,
                          suppress_health_check=_SLOW_DATA)
PROFILES = ("dev", "ci", "nightly")  # the registered profiles, each with its budget (strategies/budget.py)
# an unknown CLAIMS_PROFILE is refused, with the variable named, in pytest_configure (not here, as an import error)
_ENV_PROFILE = os.environ.get("CLAIMS_PROFILE", "dev")
settings.load_profile(_ENV_PROFILE if _ENV_PROFILE in PROFILES else "dev")


def pytest_addoption(parser):
    parser.addoption("--device", default="cpu", help="torch device for the numerical core: cpu (default) or cuda[:i]")


@pytest.hookimpl(tryfirst=True)  # before Hypothesis' plugin loads the profile (an INTERNALERROR when unknown)
def pytest_configure(config):
    option = config.getoption("hypothesis_profile", None)
    profile = option or os.environ.get("CLAIMS_PROFILE", "dev")
    if profile not in PROFILES:
        source = "--hypothesis-profile" if option else "CLAIMS_PROFILE (environment variable)"
        raise pytest.UsageError(f"{source}: unknown profile {profile!r}; registered profiles: {', '.join(PROFILES)}")
    os.environ["CLAIMS_PROFILE"] = profile  # strategies.budget sizes the tests by it
    if os.environ.get("PYTEST_XDIST_WORKER"):
        torch.set_num_threads(1)  # one thread per worker: -n auto already uses every core
    from theorems.core import backend, validate

    try:
        backend.set_device(validate.device("--device", config.getoption("--device")))
    except ValueError as error:
        raise pytest.UsageError(str(error)) from None


def pytest_collection_modifyitems(config, items):
    if config.getoption("--device").startswith("cuda"):
        return
    skip = pytest.mark.skip(reason="gpu test: run with --device cuda")
    for item in items:
        if "gpu" in item.keywords:
            item.add_marker(skip)
