"""The results file, the shards' merge, the HTML report (in a real headless browser) and the workflows."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from theorems import results
from theorems.report import render

ROOT = Path(__file__).resolve().parents[2]
# a cheap, deterministic selection (ci profile: derandomized) that holds, errata searches and pins
SELECTION = ["tests/claims/test_zou_gu.py", "-k", "lambda_0_lower_bound or spectral_norm or exact_identity or symbolic_erratum"]


def _pytest(tmp: Path, *extra: str) -> dict:
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist",
                          "--hypothesis-profile=ci", *SELECTION, f"--claims-report={tmp}", *extra],
                         cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    return results.load(tmp)


@pytest.fixture(scope="module")
def unsharded(tmp_path_factory) -> tuple[Path, dict]:
    directory = tmp_path_factory.mktemp("unsharded")
    return directory, _pytest(directory)


def test_results_follow_the_schema(unsharded):
    _, doc = unsharded
    assert doc["schema"] == results.SCHEMA and doc["runs"][0]["profile"] == "ci"
    assert {r["outcome"] for r in doc["results"]} <= set(results.OUTCOMES)
    for row in doc["results"]:
        assert row["claim"] in row["nodeid"] and row["informative"] >= 1
        assert set(row) >= {"tightest", "counterexample", "reproduce", "duration", "profile", "device"}


def test_two_shards_merged_equal_one_unsharded_run_up_to_timings(unsharded, tmp_path):
    _, whole = unsharded
    shards = [_pytest(tmp_path / f"shard{g}", "--splits", "2", "--group", str(g)) for g in (1, 2)]
    assert all(s["results"] for s in shards), "each shard must hold some of the tests"
    merged, whole = results.without_timings(results.merge(shards)), results.without_timings(whole)
    differences = [(a["nodeid"], key, a[key], b.get(key)) for a, b in zip(whole["results"], merged["results"])
                   for key in a if a[key] != b.get(key)]
    assert not differences and len(merged["results"]) == len(whole["results"]), differences
    with pytest.raises(ValueError, match="appears in two shards"):
        results.merge([shards[0], shards[0]])


def test_the_report_has_a_page_per_paper_with_its_tightness_chart(unsharded):
    directory, _ = unsharded
    index = render(directory)
    assert "zou_gu.html" in index.read_text()
    page = (directory / "zou_gu.html").read_text()
    assert "<h2>Root causes of the errata</h2>" in page and "data:image/png;base64," in page
    assert "http://" not in page and "https://" not in page  # offline: no asset from the network


CHROMIUM, CHROMEDRIVER = shutil.which("chromium"), shutil.which("chromedriver")


@pytest.mark.skipif(not (CHROMIUM and CHROMEDRIVER) and os.environ.get("CI") != "true",
                    reason="Debian's chromium and chromium-driver are not installed (CI installs them)")
def test_the_report_loads_in_a_headless_browser_without_errors_and_shows_every_figure(unsharded):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    directory, _ = unsharded
    render(directory)
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        for page in ("index.html", "zou_gu.html"):
            driver.get((directory / page).as_uri())
            errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
            assert not errors, f"{page}: console errors {errors}"
            images = driver.execute_script(
                "return Array.from(document.images).map(i => [i.complete, i.naturalWidth, i.getBoundingClientRect().width])")
            assert all(done and natural > 0 and shown > 0 for done, natural, shown in images), (page, images)
        assert images, "zou_gu.html shows no figure"
    finally:
        driver.quit()


@pytest.mark.parametrize("name", ["ci.yml", "nightly.yml"])
def test_workflows_are_valid_yaml_and_run_the_readme_commands(name):
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / name).read_text())
    steps = [step.get("run", "") for job in workflow["jobs"].values() for step in job["steps"]]
    script = "\n".join(steps)
    readme = (ROOT / "README.md").read_text()
    assert "pip install" in script and "python -m theorems report" in script
    command = {"ci.yml": "python -m pytest -n auto --hypothesis-profile=ci",
               "nightly.yml": "python -m pytest -n 4 --device cuda --hypothesis-profile=nightly"}[name]
    assert command in script and command in readme


def test_chen_veb_grid_shows_its_progress(capsys):
    """``python -m theorems experiment chen_veb --full`` and the report's --experiments --full show a tqdm bar over the
    (width, scaling) grid, on stderr; the reduced grid shows none."""
    from theorems.chen_veb.experiments import SCALINGS, one_step_movement

    rows = one_step_movement((8, 16), n=4, seed=0, seeds=1, progress=True)
    assert len(rows) == 2 * len(SCALINGS)
    assert f"{2 * len(SCALINGS)}/{2 * len(SCALINGS)}" in capsys.readouterr().err
    one_step_movement((8,), n=4, seed=0, seeds=1)
    assert "Chen et al." not in capsys.readouterr().err
