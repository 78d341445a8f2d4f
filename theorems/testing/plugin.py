"""The suite's pytest plugin, installed with the package (entry point ``pytest11``): every pytest run in the
environment loads it, in this repository and in a paper package outside it.

It registers the Hypothesis profiles (``dev``, ``ci``, ``nightly``), the options ``--device`` (the torch device of
the numerical core), ``--paper-texts`` (``theorems.texts``) and ``--claims-report`` (``theorems.testing.summary``),
the markers, and the fixture ``paper_text``; sets one torch thread per xdist worker; skips ``gpu`` tests without
``--device cuda``; and refuses, before any test runs, a test whose shape the run summary and the registry checks
cannot read (``shape_errors``).
"""
from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

from theorems import texts
from theorems.core.profile import PROFILES

pytest_plugins = ["theorems.testing.summary"]

_SLOW_DATA = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]

settings.register_profile("dev", max_examples=10, deadline=None, suppress_health_check=_SLOW_DATA)
settings.register_profile("ci", max_examples=6, deadline=None, derandomize=True, print_blob=True,
                          suppress_health_check=_SLOW_DATA)
settings.register_profile("nightly", max_examples=200, deadline=None, print_blob=True,
                          suppress_health_check=_SLOW_DATA)
# an unknown CLAIMS_PROFILE is refused, with the variable named, in pytest_configure (not here, as an import error)
_ENV_PROFILE = os.environ.get("CLAIMS_PROFILE", "dev")
settings.load_profile(_ENV_PROFILE if _ENV_PROFILE in PROFILES else "dev")

MARKERS = (
    "slow: long-running checks (experiments, large widths); deselect with -m 'not slow'",
    "statistical: one-sided statistical tests over many seeds, with a stated false-alarm rate",
    "gpu: needs --device cuda",
    "planted(*ids, constant=None): the test plants an error and asserts that these claims' property fails",
    "erratum_search: an erratum's generated examples; erratum failures are counted, its pins are the tests that fail",
    "plant(claim_id, constant): the claim's test with one declared constant 2x stronger (a term deleted); passes "
    "when the check fails (theorems.constants)",
)


def pytest_addoption(parser):
    parser.addoption("--device", default="cpu", help="torch device for the numerical core: cpu (default) or cuda[:i]")
    parser.addoption("--paper-texts", dest="paper_texts", metavar="DIR", default=None,
                     help=f"the directory of the papers' plain texts (default: ${texts.ENVIRONMENT}, else "
                          f"{texts.DEFAULT} beside the project)")


@pytest.hookimpl(tryfirst=True)  # before Hypothesis' plugin loads the profile (an INTERNALERROR when unknown)
def pytest_configure(config):
    for line in MARKERS:
        config.addinivalue_line("markers", line)
    option = config.getoption("hypothesis_profile", None)
    profile = option or os.environ.get("CLAIMS_PROFILE", "dev")
    if profile not in PROFILES:
        source = "--hypothesis-profile" if option else "CLAIMS_PROFILE (environment variable)"
        raise pytest.UsageError(f"{source}: unknown profile {profile!r}; registered profiles: {', '.join(PROFILES)}")
    os.environ["CLAIMS_PROFILE"] = profile  # strategies.budget sizes the tests by it
    if os.environ.get("PYTEST_XDIST_WORKER"):
        import torch

        torch.set_num_threads(1)  # one thread per worker: -n auto already uses every core
    from theorems.core import backend, validate

    try:
        backend.set_device(validate.device("--device", config.getoption("--device")))
    except ValueError as error:
        raise pytest.UsageError(str(error)) from None
    texts.configure(config.getoption("paper_texts"), base=config.rootpath)


def shape_errors(items) -> list[str]:
    """What the summary and the registry checks need of a test's shape, for each test that breaks it: a necessity
    probe (parametrized by ``necessary``) names its ``claim_id``; every ``claim_id`` parameter and every
    ``planted`` claim is a registered claim."""
    from theorems.registry import CLAIMS, load_all

    load_all()
    errors = []
    for item in items:
        params = getattr(item, "callspec", None) and item.callspec.params or {}
        if "necessary" in params and "claim_id" not in params:
            errors.append(f"{item.nodeid}: a necessity probe (parameter 'necessary') must also be parametrized by "
                          "'claim_id' (theorems.testing.necessity builds both)")
        if "claim_id" in params and params["claim_id"] not in CLAIMS:
            errors.append(f"{item.nodeid}: claim_id {params['claim_id']!r} is not a registered claim")
        for mark in item.iter_markers("planted"):
            unknown = [c for c in mark.args if c not in CLAIMS]
            if not mark.args or unknown:
                errors.append(f"{item.nodeid}: planted() must name registered claims, got {list(mark.args)}")
    return errors


def pytest_collection_modifyitems(config, items):
    errors = shape_errors(items)
    if errors:
        raise pytest.UsageError("tests the claims machinery cannot read:\n  " + "\n  ".join(errors))
    if os.environ["CLAIMS_PROFILE"] == "ci":
        _keep_the_first_plant_of_each_claim(config, items)
    if config.getoption("--device").startswith("cuda"):
        return
    skip = pytest.mark.skip(reason="gpu test: run with --device cuda")
    for item in items:
        if "gpu" in item.keywords:
            item.add_marker(skip)


def _keep_the_first_plant_of_each_claim(config, items) -> None:
    """The ci profile runs one plant per claim test, its first declared constant's; dev and nightly run every
    plant (the full power harness)."""
    from theorems.constants import declared

    dropped = []
    for item in items:
        mark = item.get_closest_marker("plant")
        if mark is not None and mark.args[1] != declared(mark.args[0])[0].name:
            dropped.append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = [item for item in items if item not in dropped]


@pytest.fixture(scope="session")
def paper_text():
    """``paper_text(slug)``: the registered paper's plain text (``theorems.texts``); where it is missing the test
    fails with one line that says where the text was looked for and how to point elsewhere."""

    def read(slug: str) -> str:
        try:
            return texts.text(slug)
        except texts.TextsMissing as missing:
            pytest.fail(str(missing), pytrace=False)

    return read
