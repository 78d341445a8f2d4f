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
settings.load_profile(os.environ.get("CLAIMS_PROFILE", "dev"))


def pytest_addoption(parser):
    parser.addoption("--device", default="cpu", help="torch device for the numerical core: cpu (default) or cuda[:i]")


def pytest_configure(config):
    profile = config.getoption("hypothesis_profile", None) or os.environ.get("CLAIMS_PROFILE", "dev")
    os.environ["CLAIMS_PROFILE"] = profile  # strategies.budget sizes the tests by it
    if os.environ.get("PYTEST_XDIST_WORKER"):
        torch.set_num_threads(1)  # one thread per worker: -n auto already uses every core
    from theorems.core import backend

    try:
        backend.set_device(config.getoption("--device"))
    except ValueError as error:
        raise pytest.UsageError(f"--device: {error}") from None


def pytest_collection_modifyitems(config, items):
    if config.getoption("--device").startswith("cuda"):
        return
    skip = pytest.mark.skip(reason="gpu test: run with --device cuda")
    for item in items:
        if "gpu" in item.keywords:
            item.add_marker(skip)
