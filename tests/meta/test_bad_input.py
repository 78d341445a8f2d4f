"""Bad input never becomes a verdict: every public interface answers it with a clear error.

The table is data, one row per bad input: (interface, input, call, expected exception, expected words). Each
row must raise the expected exception, whose message (or the command's output) contains the expected words (the
parameter or option named, the condition it breaks), and must give no verdict: no ``ClaimFailure``, no pass, no
"erratum", no traceback. Interfaces: instance constructors of every paper (``CONSTRUCTORS`` x ``BAD_FIELDS``: a
paper encoded later adds one entry to ``CONSTRUCTORS``), evidence (``check``/``check_all``), properties on
instances where the claim says nothing (``Uninformative``), the command line (``python -m theorems``) and the
pytest options (``--device``, ``--hypothesis-profile``, ``CLAIMS_PROFILE``), the latter in a subprocess.
"""
from __future__ import annotations

import contextlib
import dataclasses
import io
import math
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable
from unittest import mock

import pytest
import torch

import theorems.__main__ as command_line
from theorems.__main__ import main
from theorems.chen_veb import model as chen_model, properties as chen_properties
from theorems.chen_veb.instance import Instance as ChenInstance
from theorems.evidence import ClaimFailure, Evidence, NonFiniteEvidence, Uninformative, check, check_all
from theorems.kong import properties as kong_properties
from theorems.kong.instance import Instance as KongInstance, Lemma6Case
from theorems.registry import claims, papers
from theorems.shallow_sgd.instance import Instance as ShallowInstance
from theorems.shallow_sgd.section4 import Draw as ShallowDraw
from theorems.shallow_sgd.section5 import SGDCase as ShallowSGDCase, TimeChange as ShallowTimeChange
from theorems.zou_gu.instance import Instance as ZouGuInstance
from theorems.zou_gu.rates import Family as ZouGuFamily
from theorems.zou_gu.lemmas import Point as ZouGuPoint
from theorems.wang_ma import properties as wang_properties
from theorems.wang_ma.instance import Binary, OneHot

NAN, INF = math.nan, math.inf
ROOT = Path(__file__).resolve().parents[2]
# a verdict, or an unhandled error, in a row's message or output
FORBIDDEN = ("erratum", "INTERNALERROR", "Traceback", " passed", " failed")


@dataclass(frozen=True)
class Row:
    interface: str  # constructor, evidence, property, cli, pytest
    input: str  # the bad input, as a reader would name it
    call: Callable[[], object]
    error: type[BaseException]
    words: tuple[str, ...]  # each must appear in the message (case-sensitive)


class CommandError(Exception):
    """A command that exited with a non-zero status; the message holds the status and what it printed."""


# --- instance constructors ---------------------------------------------------------------------------

# A legal instance per constructor (keyword arguments); a paper encoded later adds its constructors here.
CONSTRUCTORS: dict[str, tuple[type, dict]] = {
    "kong.Instance": (KongInstance, dict(X=((1.0, 0.0),), y=(1.0,), h1=1, h2=8, seed=0)),
    "kong.Lemma6Case": (Lemma6Case, dict(X=((1.0, 0.0),), y=(1.0,), h1=1, h2=8, seed=0, rate_factor=1.0)),
    "wang_ma.Binary": (Binary, dict(X=((1.0, 0.0), (-1.0, 0.0)), y=(1.0, -1.0), m=8, kappa=1e-3, eta=0.01, seed=0)),
    "wang_ma.Binary[phase_2]": (Binary, dict(X=((1.0, 0.0), (-1.0, 0.0)), y=(1.0, -1.0), m=400, kappa=1e-4,
                                             eta=0.3, seed=0, loss="exp", schedule="phase_2", c=0.1, r=1.0)),
    "wang_ma.OneHot": (OneHot, dict(X=((1.0,),), classes=(0,), C=1, m=6, kappa=1e-3, eta=0.01, B=1, loss="exp",
                                    seed=0)),
    "chen_veb.Instance": (ChenInstance, dict(X=((1.0, 0.0),), y=(1.0,), m=4, act="relu", embedding="random", D=4)),
    "zou_gu.Instance": (ZouGuInstance, dict(X=((0.6, 0.8), (0.8, 0.6)), Y=((1.0,), (-1.0,)), m=4, L=2, seed=0, B=1)),
    "zou_gu.Family": (ZouGuFamily, dict(style="pairs", mu=0.5, labels="adversarial", seed=0)),
    "zou_gu.Point": (ZouGuPoint, dict(axis="m", value=64.0, n=8, m=64, L=2, spacing=0.35)),
    "shallow_sgd.Instance": (ShallowInstance, dict(X=((1.0, 0.0), (0.0, 1.0)), Y=((1.0,), (-1.0,)), d1=4,
                                                   beta_w=1.0, beta_v=1.0, seed=0)),
    "shallow_sgd.Draw": (ShallowDraw, dict(N=2, d0=2, d1=4, beta_w=1.0, beta_v=1.0)),
    "shallow_sgd.SGDCase": (ShallowSGDCase, dict(instance=ShallowInstance(((1.0, 0.0), (0.0, 1.0)), ((1.0,), (-1.0,)),
                                                                         4, 1.0, 1.0, 0), b=1)),
    "shallow_sgd.TimeChange": (ShallowTimeChange, dict(instance=ShallowInstance(((1.0, 0.0), (0.0, 1.0)),
                                                                               ((1.0,), (-1.0,)), 4, 1.0, 1.0, 0), b=1)),
}


def _first(rows, value):
    """``rows`` with its first entry replaced by ``value``."""
    return ((value,) + rows[0][1:],) + rows[1:]


def _label(y, value):
    return (value,) + y[1:]


# (field, the bad value from the legal one, words besides the field's name); a row for every constructor with the field
BAD_FIELDS: list[tuple[str, Callable, tuple[str, ...]]] = [
    ("X", lambda X: _first(X, NAN), ("X[0][0]", "finite")),
    ("X", lambda X: _first(X, INF), ("X[0][0]", "finite")),
    ("X", lambda X: _first(X, -INF), ("X[0][0]", "finite")),
    ("X", lambda X: (), ("non-empty", "n >= 1")),
    ("X", lambda X: tuple(() for _ in X), ("d >= 1",)),
    ("X", lambda X: X + (X[0] + (0.5,),), ("one length",)),
    ("X", lambda X: [list(row) for row in X], ("tuple",)),
    ("X", lambda X: _first(X, "1.0"), ("real number",)),
    ("y", lambda y: _label(y, NAN), ("y[0]", "finite")),
    ("y", lambda y: _label(y, INF), ("y[0]", "finite")),
    ("y", lambda y: y + y, ("entries", "one per input")),
    ("h1", lambda v: 2.5, ("integer",)),
    ("h1", lambda v: 0, (">= 1",)),
    ("h2", lambda v: 8.0, ("integer",)),
    ("h2", lambda v: -1, (">= 1",)),
    ("m", lambda v: 2.5, ("integer",)),
    ("m", lambda v: 0, (">= 1",)),
    ("m", lambda v: True, ("integer",)),
    ("C", lambda v: NAN if isinstance(v, float) else 0, ("C",)),
    ("B", lambda v: 0, (">= 1",)),
    ("D", lambda v: 0, (">= 1",)),
    ("D", lambda v: 4.5, ("integer",)),
    ("seed", lambda v: 1.5, ("integer",)),
    ("seed", lambda v: -1, (">= 0",)),
    ("delta", lambda v: NAN, ("finite",)),
    ("delta", lambda v: 1.0, ("(0, 1)",)),
    ("eta", lambda v: INF, ("finite",)),
    ("eta", lambda v: NAN, ("finite",)),
    ("eta", lambda v: 0.0, ("> 0",)),
    ("eta", lambda v: -0.01, ("> 0",)),
    ("kappa", lambda v: NAN, ("finite",)),
    ("kappa", lambda v: -1.0, (">= 0",)),
    ("c", lambda v: INF, ("finite",)),
    ("r", lambda v: 0.0, ("> 0",)),
    ("r", lambda v: -1.0, ("> 0",)),
    ("r", lambda v: INF, ("finite",)),
    ("c_hat", lambda v: INF, ("finite",)),
    ("w_scale", lambda v: NAN, ("finite",)),
    ("rate_factor", lambda v: NAN, ("finite",)),
    ("rate_factor", lambda v: 0.0, ("> 0",)),
    ("classes", lambda v: (1.5,), ("integer",)),
    ("classes", lambda v: (5,), ("[0, C)",)),
]

EXTRA_CONSTRUCTOR_ROWS = [  # fields that only some constructors have, or that need other fields changed too
    ("kong.Instance", dict(C=NAN), ("C", "finite")),
    ("wang_ma.Binary[phase_2]", dict(c=0.0), ("c", "> 0")),
    ("wang_ma.Binary[phase_2]", dict(c=NAN), ("c", "finite")),
    ("chen_veb.Instance", dict(interval=(NAN, 1.0)), ("interval", "real number")),
    ("chen_veb.Instance", dict(interval=(1.0, 0.0)), ("interval", "I_l < I_r")),
    ("chen_veb.Instance", dict(embedding="banana"), ("embedding", "one of")),
    ("wang_ma.Binary", dict(schedule="banana"), ("schedule", "one of")),
    ("wang_ma.Binary", dict(loss="banana"), ("loss", "one of")),
    ("wang_ma.Binary", dict(y=(1.0, 0.5)), ("y", "{-1, +1}")),
    ("zou_gu.Instance", dict(L=0), ("L", ">= 1")),
    ("zou_gu.Instance", dict(B=3), ("B", "<= n")),
    ("zou_gu.Instance", dict(phi=0.0), ("phi", "> 0")),
    ("zou_gu.Instance", dict(X=((1.0, 1.0), (0.8, 0.6))), ("X[0]", "unit")),
    ("zou_gu.Instance", dict(Y=((1.0,),)), ("Y", "rows")),
    ("zou_gu.Family", dict(style="banana"), ("style", "one of")),
    ("zou_gu.Family", dict(labels="banana"), ("labels", "one of")),
    ("zou_gu.Family", dict(mu=0.0), ("mu", "(0, 1)")),
    ("zou_gu.Family", dict(mu=1.0), ("mu", "(0, 1)")),
    ("zou_gu.Family", dict(mu=NAN), ("mu", "finite")),
    ("zou_gu.Family", dict(mu=INF), ("mu", "finite")),
    ("zou_gu.Family", dict(mu=-0.5), ("mu", "(0, 1)")),
    ("zou_gu.Family", dict(mu="0.5"), ("mu", "real number")),
    ("zou_gu.Family", dict(seed=-1), ("seed", ">= 0")),
    ("zou_gu.Family", dict(seed=1.5), ("seed", "integer")),
    ("zou_gu.Point", dict(n=1), ("n", ">= 2")),
    ("zou_gu.Point", dict(k=0), ("k", ">= 1")),
    ("zou_gu.Point", dict(L=1.5), ("L", "integer")),
    ("zou_gu.Point", dict(value=NAN), ("value", "finite")),
    ("zou_gu.Point", dict(axis=""), ("axis", "non-empty")),
    ("zou_gu.Point", dict(spacing=NAN), ("spacing", "finite")),
    ("zou_gu.Point", dict(spacing=1.0), ("spacing", "2π/n")),
    ("zou_gu.Point", dict(phi=0.1), ("exactly one", "spacing", "phi")),
    ("zou_gu.Point", dict(spacing=None, phi=0.6), ("phi", "< 0.5")),
    ("shallow_sgd.Instance", dict(d1=-1), ("d1", ">= 1")),
    ("shallow_sgd.Instance", dict(Y=((1.0,),)), ("Y", "one row per input")),
    ("shallow_sgd.Instance", dict(Y=((NAN,), (1.0,))), ("Y[0][0]", "finite")),
    ("shallow_sgd.Instance", dict(beta_w=0.0), ("beta_w", "> 0")),
    ("shallow_sgd.Draw", dict(N=0), ("N", ">= 1")),
    ("shallow_sgd.Draw", dict(d1=-1), ("d1", ">= 1")),
    ("shallow_sgd.Draw", dict(beta_v=NAN), ("beta_v", "finite")),
    ("shallow_sgd.Draw", dict(labels="banana"), ("labels", "one of")),
    ("shallow_sgd.SGDCase", dict(b=0), ("b", ">= 1")),
    ("shallow_sgd.SGDCase", dict(b=3), ("b", "<= N")),
    ("shallow_sgd.SGDCase", dict(eps_fraction=NAN), ("eps_fraction", "finite")),
    ("shallow_sgd.TimeChange", dict(b=1.5), ("b", "integer")),
    ("shallow_sgd.TimeChange", dict(b=3), ("b", "<= N")),
    ("shallow_sgd.Draw", dict(d0=0), ("d0", ">= 1")),
    ("shallow_sgd.Draw", dict(d2=2.5), ("d2", "integer")),
    ("shallow_sgd.Draw", dict(seeds=0), ("seeds", ">= 1")),
    ("shallow_sgd.Draw", dict(beta_w=-1.0), ("beta_w", "> 0")),
    ("shallow_sgd.Draw", dict(label_scale=-1.0), ("label_scale", ">= 0")),
    ("shallow_sgd.SGDCase", dict(b=1.5), ("b", "integer")),
    ("shallow_sgd.SGDCase", dict(eps_fraction=2.0), ("eps_fraction",)),
    ("shallow_sgd.SGDCase", dict(eta_fraction=0.0), ("eta_fraction", "> 0")),
    ("shallow_sgd.SGDCase", dict(eta_fraction=INF), ("eta_fraction", "finite")),
    ("shallow_sgd.SGDCase", dict(seeds=0), ("seeds", ">= 1")),
    ("shallow_sgd.SGDCase", dict(sampler_seed=-1), ("sampler_seed", ">= 0")),
    ("shallow_sgd.SGDCase", dict(b=-2), ("b", ">= 1")),
    ("shallow_sgd.TimeChange", dict(b=0), ("b", ">= 1")),
    ("shallow_sgd.TimeChange", dict(horizon=0.0), ("horizon", "> 0")),
    ("shallow_sgd.TimeChange", dict(horizon=NAN), ("horizon", "finite")),
    ("shallow_sgd.TimeChange", dict(steps=0), ("steps", ">= 1")),
    ("shallow_sgd.TimeChange", dict(steps=2.5), ("steps", "integer")),
    ("shallow_sgd.TimeChange", dict(b=-1), ("b", ">= 1")),
    ("shallow_sgd.TimeChange", dict(b=True), ("b", "integer")),
    ("shallow_sgd.TimeChange", dict(horizon=-1.0), ("horizon", "> 0")),
]


def _constructor_rows() -> list[Row]:
    rows = []
    for name, (cls, legal) in CONSTRUCTORS.items():
        defaults = {f.name: f.default for f in dataclasses.fields(cls) if f.default is not dataclasses.MISSING}
        for field, make_bad, words in BAD_FIELDS:
            if field in legal or field in defaults:
                bad = make_bad(legal.get(field, defaults.get(field)))
                rows.append(Row("constructor", f"{name}({field}={bad!r})",
                                lambda cls=cls, kw={**legal, field: bad}: cls(**kw), ValueError, (field, *words)))
        for other, changes, words in EXTRA_CONSTRUCTOR_ROWS:
            if other == name:
                rows.append(Row("constructor", f"{name}({', '.join(f'{k}={v!r}' for k, v in changes.items())})",
                                lambda cls=cls, kw={**legal, **changes}: cls(**kw), ValueError, words))
    return rows


def test_every_legal_instance_is_accepted():
    """The table's legal instances are legal: each bad row differs from one in the field it names."""
    for cls, legal in CONSTRUCTORS.values():
        cls(**legal)


# --- evidence -----------------------------------------------------------------------------------------

CLAIM = "kong.eq_8"
INSTANCE = KongInstance(((1.0, 0.0),), (1.0,), h1=1, h2=8, seed=0)


def _evidence_rows() -> list[Row]:
    def judged(*pieces: Callable[[], Evidence]):
        return lambda: check_all(CLAIM, INSTANCE, *(piece() for piece in pieces))

    def fine():
        return Evidence(0.0, 1.0, "<=", 0.0, "t")

    return [
        Row("evidence", "measured = NaN", judged(lambda: Evidence(NAN, 1.0, "<=", 0.0, "t")), NonFiniteEvidence,
            (CLAIM, "non-finite", "measured=nan", "not a verdict")),
        Row("evidence", "bound = inf", judged(lambda: Evidence(0.0, INF, "<=", 0.0, "t")), NonFiniteEvidence,
            (CLAIM, "bound=inf")),
        Row("evidence", "-inf >= -inf (both sides infinite)", judged(lambda: Evidence(-INF, -INF, ">=", 0.0, "t")),
            NonFiniteEvidence, (CLAIM, "measured=-inf", "bound=-inf")),
        Row("evidence", "tolerance = NaN", judged(lambda: Evidence(0.0, 1.0, "<=", NAN, "t")), NonFiniteEvidence,
            (CLAIM, "tolerance=nan")),
        Row("evidence", "scale = inf", judged(lambda: Evidence(0.0, 1.0, "<=", 0.0, "t", scale=INF)),
            NonFiniteEvidence, (CLAIM, "scale=inf")),
        Row("evidence", "a finite piece, then a NaN one", judged(fine, lambda: Evidence(NAN, NAN, "==", 0.0, "t")),
            NonFiniteEvidence, (CLAIM, "measured=nan")),
        Row("evidence", "worst of a batch with a NaN entry",
            judged(lambda: Evidence.worst_of(torch.tensor([0.5, NAN]), torch.tensor(1.0), "<=", 0.0, "t")),
            NonFiniteEvidence, (CLAIM, "measured=nan")),
        Row("evidence", ".holds of measured = NaN (probes)", lambda: Evidence(NAN, 1.0, "<=", 0.0, "t").holds,
            NonFiniteEvidence, ("non-finite", "measured=nan")),
    ]


# --- properties on instances where the claim says nothing (METHOD §2) ---------------------------------------

def _property_rows() -> list[Row]:
    X, y = ((1.0, 0.0), (-1.0, 0.0)), (1.0, -1.0)
    large_init = Binary(X, y, 8, 10.0, 0.01, 0)  # |f(0)| > 1: T < 1, the early-stage window is empty
    narrow = dict(kappa=1e-4, eta=1 / (2 * math.sqrt(2)), seed=0, loss="exp")
    V_negative = {s: Binary(X, y, 1, schedule=s, c=0.5 if s == "theorem_5_3" else 0.1, **narrow)  # m = 1: V < 0
                  for s in ("theorem_5_3", "theorem_5_2")}
    singular = ChenInstance(((1.0, 0.0), (1.0, 0.0)), (1.0, 0.5), 4, "tanh", w_scale=0.1, interval=(-1.0, 1.0))
    W = wang_properties
    near_parallel = KongInstance(((0.0, 0.0, -1.0), (0.99995, 0.0, 0.0099999), (1.0, 0.0, 0.0)), (1.0, 1.0, 1.0), h1=1,
                                 h2=1024, seed=0)  # inputs 0.01 apart: λ0 unresolved even at 16 x 1e5 draws
    cases = [
        ("kong.theorem_3", "λ0's lower bound < 0 (horizon 1/λ0 < 0)", near_parallel,
         lambda i: kong_properties.exponential_decay(i, 4, 100_000, 8)),
        ("kong.lemma_4", "λ0's lower bound < 0 (no eigenvalue of H(0) below ¾λ0)", near_parallel,
         lambda i: kong_properties.initial_eigenvalue(i, 16, 100_000, 0.75, 64)),
        ("kong.lemma_4.explicit_width", "λ0's lower bound < 0 (the width (29) undefined)", near_parallel,
         lambda i: kong_properties.initial_eigenvalue(i, 16, 100_000, 0.75, kong_properties.lemma_4_width(i, 100_000))),
        ("wang_ma.lemma_6_2.s1", "partition, T < 1 (empty window)", large_init, lambda i: W.neuron_partition(i, 4, "s1")),
        ("wang_ma.lemma_a_1", "partition, T < 1 (empty window)", large_init,
         lambda i: W.neuron_partition(i, 4, "lemma_a_1")),
        ("wang_ma.lemma_6_4.block", "block diagonal, T < 1 (empty window)", large_init,
         lambda i: W.gram_block_diagonal(i, 4)),
        ("wang_ma.lemma_6_4.entry_lb", "Gram entries, T < 1 (empty window)", large_init,
         lambda i: W.gram_entry_lower_bound(i, 4)),
        ("wang_ma.lemma_6_3.p1", "(P1) monotone, T < 1 (empty window)", large_init,
         lambda i: W.lemma_6_3_monotone(i, 4, 1)),
        ("wang_ma.lemma_6_3.p1", "(P1) growth, T < 1 (empty window)", large_init, lambda i: W.lemma_6_3_growth(i, 4)),
        ("wang_ma.lemma_6_3.p2", "(P2), T < 1 (empty window)", large_init, lambda i: W.lemma_6_3_lower(i, 4)),
        ("wang_ma.theorem_5_3", "m = 1 (V < 0: a growing bound)", V_negative["theorem_5_3"],
         lambda i: W.theorem_5_3(i, 2, 30)),
        ("wang_ma.lemma_6_7", "m = 1 (V < 0: sqrt(V) undefined)", V_negative["theorem_5_3"],
         lambda i: W.lemma_6_7(i, 2, 30)),
        ("wang_ma.theorem_5_2.phase1", "m = 1 (V < 0: a growing bound)", V_negative["theorem_5_2"],
         lambda i: W.theorem_5_2_phase_1(i, 2, 30)),
        ("chen_veb.lemma_1", "singular G on every seed (κ = ∞, bound -inf)", singular,
         lambda i: chen_properties.lemma_1(i, chen_model.kappa_proof, 4, 16)),
    ]
    return [Row("property", f"{claim_id}: {what}", lambda c=claim_id, i=inst, p=prop: check(c, i, p(i)),
                Uninformative, ("uninformative",)) for claim_id, what, inst, prop in cases]


def _argument_rows() -> list[Row]:
    """Arguments of a property that are not an instance's fields: the b of shallow_sgd's b-subsets."""
    from theorems.shallow_sgd import properties as shallow_properties

    inst = ShallowInstance(((1.0, 0.0), (0.0, 1.0)), ((1.0,), (-1.0,)), 4, 1.0, 1.0, 0)
    return [Row("property", f"shallow_sgd mini-batch identity, b = {b}",
                lambda b=b: shallow_properties.minibatch_identity(inst, b), ValueError, ("b", words))
            for b, words in ((3, "<= N"), (0, ">= 1"), (1.5, "integer"))]


# --- command line and pytest options ----------------------------------------------------------------------

def _cli(*argv: str) -> Callable[[], None]:
    """``python -m theorems ARGV`` in-process (``theorems.__main__.main``): its exit status and what it printed."""
    def run():
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                status = main(list(argv))
            except SystemExit as exit:  # argparse's errors
                status = exit.code
        if out.getvalue().strip():
            raise AssertionError(f"bad input printed a result on stdout: {out.getvalue()[:500]}")
        if status:
            raise CommandError(f"exit {status}: {err.getvalue()}")
    return run


def _pytest(*args: str, **env: str) -> Callable[[], None]:
    def run():
        environment = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "CLAIMS_PROFILE"))}
        result = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "--co",
                                 "tests/meta/test_evidence.py", *args], cwd=ROOT, capture_output=True, text=True,
                                timeout=300, env={**environment, **env})
        if result.returncode:
            raise CommandError(f"exit {result.returncode}: {result.stdout}{result.stderr}")
    return run


def _report_of_unknown_paper() -> None:
    """``report DIR`` on a results file with a row of the paper ``nobody_2031``, registered nowhere."""
    from theorems import results

    with tempfile.TemporaryDirectory() as directory:
        row = {"nodeid": "t::x[nobody_2031.lemma_1]", "test": "x", "claim": "nobody_2031.lemma_1",
               "paper": "nobody_2031", "outcome": "held", "informative": 1, "total": 1, "reproduced": 0,
               "uninformative_reasons": {}, "tightest": None, "counterexample": None, "reproduce": None,
               "duration": 0.0, "profile": "ci", "device": "cpu"}
        results.write(directory, results.document([{"profile": "ci", "device": "cpu", "started": "", "shard": None}],
                                                  [row]))
        _cli("report", directory)()


def _option_rows() -> list[Row]:
    no_gpu = not torch.cuda.is_available()
    rows = [
        Row("pytest", "--device banana", _pytest("--device", "banana"), CommandError,
            ("exit 4", "--device", "banana", "valid values", "cpu")),
        Row("pytest", "--hypothesis-profile=nope", _pytest("--hypothesis-profile=nope"), CommandError,
            ("exit 4", "--hypothesis-profile", "nope", "registered profiles", "dev, ci, nightly")),
        Row("pytest", "CLAIMS_PROFILE=nope", _pytest(CLAIMS_PROFILE="nope"), CommandError,
            ("exit 4", "CLAIMS_PROFILE", "nope", "registered profiles", "dev, ci, nightly")),
        Row("cli", "experiment kong --device banana", _cli("experiment", "kong", "--device", "banana"), CommandError,
            ("exit 2", "--device", "banana", "valid values", "cpu")),
        Row("cli", "report DIR whose results.json has a paper not registered", _report_of_unknown_paper, CommandError,
            ("exit 2", "not registered", "nobody_2031", "pip install")),
    ]
    if no_gpu:
        rows += [
            Row("pytest", "--device cuda (no GPU)", _pytest("--device", "cuda"), CommandError,
                ("exit 4", "--device", "'cuda'", "not available", "valid values: cpu")),
            Row("cli", "experiment kong --device cuda (no GPU)", _cli("experiment", "kong", "--device", "cuda"),
                CommandError, ("exit 2", "--device", "'cuda'", "not available", "valid values: cpu")),
        ]
    # a registered paper without claims yet: the papers that have none now, and always one emptied for the test
    first = papers()[0]
    for paper in (p for p in papers() if not claims(p)):
        for command in ("list", "table"):
            rows.append(Row("cli", f"{command} --paper {paper} (no claims)", _cli(command, "--paper", paper),
                            CommandError, ("exit 1", "no claims", paper)))
    for command in ("list", "table"):
        rows.append(Row("cli", f"{command} --paper {first} (its claims hidden: a paper not encoded yet)",
                        _without_claims(first, _cli(command, "--paper", first)), CommandError,
                        ("exit 1", "no claims", first)))
    return rows


def _without_claims(paper: str, run: Callable[[], None]) -> Callable[[], None]:
    """``run`` with the command line's registry showing no claim of ``paper``."""
    def hidden():
        real = command_line.claims
        with mock.patch.object(command_line, "claims", lambda p=None: [c for c in real(p) if c.paper != paper]):
            run()
    return hidden


TABLE = _constructor_rows() + _evidence_rows() + _property_rows() + _argument_rows() + _option_rows()


@pytest.mark.parametrize("row", TABLE, ids=[f"{r.interface}: {r.input}" for r in TABLE])
def test_bad_input_gives_a_clear_error_and_no_verdict(row):
    with pytest.raises(BaseException) as raised:
        row.call()
    error = raised.value
    assert not isinstance(error, ClaimFailure), f"{row.input} became a verdict: {error}"
    assert isinstance(error, row.error), f"{row.input}: expected {row.error.__name__}, got {error!r}"
    message = str(error)
    assert "\n" not in message.strip() or row.interface in ("evidence", "cli", "pytest"), message
    missing = [w for w in row.words if w not in message]
    assert not missing, f"{row.input}: the message does not name {missing}: {message}"
    found = [w for w in FORBIDDEN if w in message]
    assert not found, f"{row.input}: the message reads like a verdict or a crash ({found}): {message}"


def test_the_table_covers_every_constructor_and_interface():
    kinds = {r.interface for r in TABLE}
    assert {"constructor", "evidence", "property", "cli", "pytest"} <= kinds
    for name in CONSTRUCTORS:
        assert sum(r.input.startswith(name + "(") for r in TABLE) >= 10, name
