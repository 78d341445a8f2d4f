"""Properties return evidence, not booleans.

``Evidence`` carries the two measured sides of an inequality or identity, the
tolerance it is allowed (with the reason), and the slack; ``StatisticalEvidence``
carries a count of failures among independent seeds and the one-sided p-value
against the claimed failure probability. ``check`` targets the normalized slack
for Hypothesis and, on failure, raises ``ClaimFailure`` whose message says which
assumption the instance violates, or that all hold (an erratum).
"""
from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field
from typing import Literal

import torch
from hypothesis import target
from hypothesis.control import currently_in_test_context

from hypothesis.errors import UnsatisfiedAssumption

from theorems import ledger
from theorems.assumptions import margins

Relation = Literal["<=", ">=", "=="]


@dataclass(frozen=True)
class Evidence:
    """``measured (relation) bound`` up to ``tolerance``; ``scale`` normalizes the slack."""

    measured: float
    bound: float
    relation: Relation
    tolerance: float
    tolerance_reason: str
    scale: float = 1.0
    details: dict = field(default_factory=dict)
    series: dict | None = field(default=None, compare=False, repr=False)  # a trajectory, for the report

    def __post_init__(self):
        if self.relation not in ("<=", ">=", "=="):
            raise ValueError(f"relation must be '<=', '>=' or '==', got {self.relation!r}")
        # NaN passes these two (it compares False): non-finite evidence is refused by ``holds`` and by
        # ``check_all``, which names the claim (``NonFiniteEvidence``)
        if self.tolerance < 0:
            raise ValueError(f"tolerance must be >= 0, got {self.tolerance}")
        if self.scale <= 0:
            raise ValueError(f"scale must be > 0, got {self.scale}")

    def non_finite(self) -> str | None:
        """The sides, tolerance or scale that are NaN or ±inf, listed; None when all four are finite."""
        bad = [f"{k}={v}" for k, v in (("measured", self.measured), ("bound", self.bound),
                                       ("tolerance", self.tolerance), ("scale", self.scale)) if not math.isfinite(v)]
        return ", ".join(bad) or None

    @property
    def slack(self) -> float:
        """Signed room left before the claim breaks, tolerance included (< 0: broken)."""
        if self.relation == "<=":
            gap = self.bound - self.measured
        elif self.relation == ">=":
            gap = self.measured - self.bound
        else:
            gap = -abs(self.measured - self.bound)
        return gap + self.tolerance if math.isfinite(gap) else -math.inf

    @property
    def normalized_slack(self) -> float:
        return self.slack / self.scale

    @property
    def tightness(self) -> float | None:
        """measured/bound of a ``<=`` (bound/measured of a ``>=``) between non-negative sides, the tolerance
        counted on the bound's side: 1 is tight, > 1 broken, 1/X loose by X. None for identities and for sides
        of mixed sign."""
        if self.relation == "<=" and self.bound + self.tolerance > 0 and self.measured >= 0:
            return self.measured / (self.bound + self.tolerance)
        if self.relation == ">=" and self.measured > 0 and self.bound >= 0:
            return max(self.bound - self.tolerance, 0.0) / self.measured
        return None

    @property
    def holds(self) -> bool:
        """slack >= 0; a non-finite side is no verdict either way: ``NonFiniteEvidence``."""
        _refuse_non_finite(self)
        return self.slack >= 0

    def describe(self) -> str:
        extra = "".join(f", {k}={_fmt(v)}" for k, v in self.details.items())
        return (
            f"measured={self.measured:.6g} {self.relation} bound={self.bound:.6g}; "
            f"slack={self.slack:.3g} (normalized {self.normalized_slack:.3g}); "
            f"tolerance={self.tolerance:.3g} [{self.tolerance_reason}]{extra}"
        )

    @classmethod
    def worst_of(
        cls, measured: torch.Tensor, bound: torch.Tensor, relation: Relation, tolerance, tolerance_reason: str,
        scale=1.0, times=None, time_axis: int = -1, **details,
    ) -> "Evidence":
        """The evidence of the worst entry of a batch (seeds, times, neurons, ...). With ``times`` (the abscissae
        of axis ``time_axis``), the worst entry's whole trajectory is kept as ``series`` for the report's figures."""
        measured, bound = torch.broadcast_tensors(torch.as_tensor(measured), torch.as_tensor(bound))
        tol = torch.as_tensor(tolerance, dtype=measured.dtype, device=measured.device).expand_as(measured)
        sc = torch.as_tensor(scale, dtype=measured.dtype, device=measured.device).expand_as(measured)
        if relation == "<=":
            gap = bound - measured
        elif relation == ">=":
            gap = measured - bound
        else:
            gap = -(measured - bound).abs()
        normalized = torch.nan_to_num((gap + tol) / sc, nan=-math.inf)
        flat = int(torch.argmin(normalized.reshape(-1)))
        index = tuple(int(i) for i in torch.unravel_index(torch.tensor(flat), measured.shape))
        series = None
        if times is not None:
            axis = time_axis % measured.dim()
            if len(times) != measured.shape[axis]:
                raise ValueError(f"times has {len(times)} entries, axis {time_axis} of measured has {measured.shape[axis]}")
            row = index[:axis] + (slice(None),) + index[axis + 1:]
            series = {"x": _thin(times), "measured": _thin(measured[row]), "bound": _thin(bound[row])}
        return cls(
            float(measured[index]), float(bound[index]), relation, float(tol[index]), tolerance_reason,
            float(sc[index]), {"worst_index": index, **details}, series,
        )


@dataclass(frozen=True)
class StatisticalEvidence:
    """``failures`` among ``trials`` independent seeds, tested against a failure rate ``claimed_rate``.

    The claim "P(failure) <= claimed_rate" is rejected when the one-sided binomial
    p-value is below ``alpha``: a true claim is rejected with probability <= alpha.
    """

    failures: int
    trials: int
    claimed_rate: float
    alpha: float
    details: dict = field(default_factory=dict)
    series: dict | None = field(default=None, compare=False, repr=False)  # the worst seed's trajectory, for the report

    def __post_init__(self):
        if not 0 <= self.failures <= self.trials or self.trials < 1:
            raise ValueError(f"need 0 <= failures <= trials and trials >= 1, got {self.failures}/{self.trials}")
        if not 0 <= self.claimed_rate <= 1:
            raise ValueError(f"claimed_rate must be in [0, 1], got {self.claimed_rate}")
        if not 0 < self.alpha < 1:
            raise ValueError(f"alpha must be in (0, 1), got {self.alpha}")

    @property
    def p_value(self) -> float:
        from theorems.core.stats import binomial_upper_tail

        return binomial_upper_tail(self.failures, self.trials, self.claimed_rate)

    @property
    def normalized_slack(self) -> float:
        return self.claimed_rate - self.failures / self.trials

    @property
    def tightness(self) -> float | None:
        """Observed failure rate over the claimed one (1: the claimed rate is attained)."""
        return self.failures / self.trials / self.claimed_rate if self.claimed_rate > 0 else None

    def non_finite(self) -> str | None:
        """Counts are integers and the rates are checked in [0, 1] at construction: never non-finite."""
        return None

    @property
    def holds(self) -> bool:
        return self.p_value >= self.alpha

    def describe(self) -> str:
        from theorems.core.stats import clopper_pearson

        lo, hi = clopper_pearson(self.failures, self.trials, self.alpha)
        extra = "".join(f", {k}={_fmt(v)}" for k, v in self.details.items())
        return (
            f"failures={self.failures}/{self.trials} (rate {self.failures / self.trials:.3g}, "
            f"{1 - self.alpha:.10g}-CI [{lo:.3g}, {hi:.3g}]) vs claimed <= {self.claimed_rate:.3g}; "
            f"one-sided p={self.p_value:.3g}, alpha={self.alpha:.3g}{extra}"
        )


class ClaimFailure(AssertionError):
    """A claim failed on an instance; the message names the assumptions' margins."""


class NonFiniteEvidence(ValueError):
    """A measured value, a bound, a tolerance or a scale is NaN or ±inf: no verdict, neither pass nor failure.

    A NaN or inf in an instance is refused where the instance is built (``theorems.core.validate``); one that a
    property computes (a max over an empty set, a log of 0) means the property must be re-expressed with
    finite evidence (a count, an indicator), or must declare the instance uninformative."""


def _refuse_non_finite(evidence, claim_id: str | None = None, instance=None) -> None:
    bad = evidence.non_finite()
    if bad is None:
        return
    where = "evidence"
    if claim_id is not None:
        from theorems.registry import get

        try:
            where = f"{claim_id} ({get(claim_id).ref}): evidence"
        except (KeyError, ValueError):
            where = f"{claim_id}: evidence"
    on = "" if instance is None else f"\n  instance: {instance!r}"
    raise NonFiniteEvidence(f"{where} with a non-finite value ({bad}) is not a verdict (neither a pass nor a "
                            f"failure): a NaN or inf reached the property\n  {evidence.describe()}{on}")


class Uninformative(UnsatisfiedAssumption):
    """The claim says nothing on this instance (METHOD §2): its probability bound is <= 0, its event never
    occurs, its window is empty, its bound is trivially true. Inside ``@given`` Hypothesis rejects the
    example and the run counts it (``theorems.ledger``); anywhere else (a pin, a probe) it is an error."""

    def __init__(self, reason: str):
        super().__init__(reason)
        ledger.note_uninformative(reason)

    def __str__(self) -> str:
        return f"uninformative instance: {self.reason}"


def informative_if(condition: bool, reason: str) -> None:
    """Raise ``Uninformative(reason)`` unless ``condition``: the property's declaration of where its claim
    says something."""
    if not condition:
        raise Uninformative(reason)


EXACT_RTOL = 1e-12  # two float64 evaluations of one identity: a few hundred ulps of sums of many terms


def exact_match(measured, reference, **details) -> Evidence:
    """An identity between two float64 evaluations: equal within EXACT_RTOL x (max|reference| + 1)."""
    measured, reference = torch.as_tensor(measured), torch.as_tensor(reference)
    scale = float(reference.abs().max()) + 1.0
    return Evidence.worst_of(measured, reference, "==", EXACT_RTOL * scale,
                             f"{EXACT_RTOL:g} x (max|reference| + 1): float64 rounding", scale=scale, **details)


def symbolic_identity(lhs, rhs, **details) -> Evidence:
    """An identity between two sympy expressions: lhs - rhs simplifies to exactly 0."""
    import sympy

    difference = sympy.simplify(lhs - rhs)
    return Evidence(0.0 if difference == 0 else 1.0, 0.0, "==", 0.0, "none: exact symbolic simplification",
                    details={"lhs - rhs": str(difference), **details})


ERRATUM = "erratum: all assumptions hold"
READING_FINDING = ("all assumptions hold, under the claim's declared reading: a finding about the reading, not an "
                   "erratum of the paper until re-derived by hand (METHOD §1, §4)")


def verdict(assumption_margins: dict[str, float], reading: str = "") -> str:
    """What a failure means. Where every assumption holds it is an erratum, unless the check rests on a declared
    ``reading`` (a constant hidden in O(·), a proxy for a hypothesis no reachable size meets) of a claim not
    registered as an erratum: then it is a finding about the reading (METHOD §1)."""
    violated = {k: v for k, v in assumption_margins.items() if v < 0}
    unknown = [k for k, v in assumption_margins.items() if math.isnan(v)]
    listing = ", ".join(f"{k}={v:.3g}" for k, v in assumption_margins.items())
    if unknown and not violated:
        return f"assumptions not checkable on this instance: {', '.join(unknown)}; margins: {listing}"
    if violated:
        names = ", ".join(f"{k} (margin {v:.3g})" for k, v in violated.items())
        return f"violates assumption {names}; margins: {listing or 'none'}"
    if reading.strip():
        return f"{READING_FINDING} (margins: {listing or 'none'})\n  reading: {reading.strip()}"
    return f"{ERRATUM} (margins: {listing or 'none'})"


def check(claim_id: str, instance, evidence: Evidence | StatisticalEvidence) -> Evidence | StatisticalEvidence:
    """Target the normalized slack and raise ``ClaimFailure`` when the claim fails."""
    check_all(claim_id, instance, evidence)
    return evidence


def check_all(claim_id: str, instance, *evidence: Evidence | StatisticalEvidence, reading: str | None = None) -> None:
    """Several pieces of evidence for one claim on one instance: target the least slack once
    (Hypothesis allows one target per label and test case), then raise on the first that fails. ``reading``: the
    reading the evidence was computed under, where it is not the claim's own (a reading finding's pin)."""
    from theorems.registry import get

    if not evidence:
        raise ValueError("check_all needs at least one piece of evidence")
    for piece in evidence:
        _refuse_non_finite(piece, claim_id, instance)
    if currently_in_test_context():
        least = min(e.normalized_slack for e in evidence)
        target(-least if math.isfinite(least) else 1e300, label=claim_id)
    ledger.note_evidence(claim_id, instance, evidence)
    for failed in (e for e in evidence if not e.holds):
        claim = get(claim_id)
        if reading is None:
            reading = "" if claim.status == "erratum" else claim.reading
        judged = verdict(margins(claim.assumptions, instance), reading)
        if ledger.searching_errata() and judged.startswith(ERRATUM):
            ledger.note_reproduced()  # an erratum's generated example: counted, its pin is the test that fails
            return
        raise ClaimFailure(
            f"{claim_id} ({claim.ref}) fails: {claim.statement}\n  {failed.describe()}\n"
            f"  {judged}\n  instance: {instance!r}"
        )


# --- trajectories for the report (``theorems.report.trajectory_figures``) ----------------------------------
#
# A dynamic claim (``theorems.registry.dynamic``) keeps the trajectory of its worst instance: ``worst_of(...,
# times=)`` where the checked tensor has a time axis; otherwise the property picks the row with ``worst_trajectory``
# (or builds it with ``trajectory``) and attaches it with ``keep_trajectory``. What is kept is for display only: it
# never enters ``holds``, ``slack`` or ``tightness``.

def trajectory(times, measured, bound) -> dict:
    """A series for the report: abscissae ``times`` and the two sides along them (1-D, equal lengths)."""
    times, measured, bound = (torch.as_tensor(v).detach().reshape(-1) for v in (times, measured, bound))
    measured, bound = torch.broadcast_tensors(measured, bound)
    if not len(times) == len(measured) >= 1:
        raise ValueError(f"a trajectory needs as many times as values, got {len(times)} and {len(measured)}")
    return {"x": _thin(times), "measured": _thin(measured), "bound": _thin(bound)}


def worst_trajectory(times, measured, bound, relation: Relation, tolerance=0.0, scale=1.0, time_axis: int = -1,
                     where=None) -> dict:
    """The trajectory (along ``time_axis``) of the entry with the least normalized slack, as ``worst_of`` finds it,
    among the entries where ``where`` holds; the row keeps only its times where ``where`` holds."""
    measured, bound = torch.broadcast_tensors(torch.as_tensor(measured), torch.as_tensor(bound))
    tol = torch.as_tensor(tolerance, dtype=measured.dtype).expand_as(measured)
    sc = torch.as_tensor(scale, dtype=measured.dtype).expand_as(measured)
    mask = torch.ones_like(measured, dtype=torch.bool) if where is None else torch.as_tensor(where).expand_as(measured)
    if not bool(mask.any()):
        raise ValueError("worst_trajectory: no entry where `where` holds")
    gap = {"<=": bound - measured, ">=": measured - bound}.get(relation, -(measured - bound).abs())
    normalized = torch.nan_to_num((gap + tol) / sc, nan=-math.inf).masked_fill(~mask, math.inf)
    flat = int(torch.argmin(normalized.reshape(-1)))
    index = tuple(int(i) for i in torch.unravel_index(torch.tensor(flat), measured.shape))
    axis = time_axis % measured.dim()
    if len(times) != measured.shape[axis]:
        raise ValueError(f"times has {len(times)} entries, axis {time_axis} of measured has {measured.shape[axis]}")
    row = index[:axis] + (slice(None),) + index[axis + 1:]
    keep = mask[row].cpu()
    return trajectory(torch.as_tensor(times).reshape(-1)[keep], measured[row].cpu()[keep], bound[row].cpu()[keep])


def keep_trajectory(evidence, series: dict | None = None, *, x: str = "t", y: str = "", measured: str = "measured",
                    bound: str = "bound", log: bool | None = None, logx: bool = False):
    """``evidence`` (an ``Evidence`` or ``StatisticalEvidence``) with ``series`` (or its own, from ``worst_of(...,
    times=)``) kept and labelled for the report: the abscissa ``x``, the ordinate ``y``, the legend of each side and
    ``log`` (a log ordinate; None: the report decides) and ``logx`` (a log abscissa)."""
    series = series if series is not None else evidence.series
    if series is None:
        raise ValueError("keep_trajectory: no series given and the evidence keeps none")
    labels = {"x": x, "y": y, "measured": measured, "bound": bound, "log": log, "logx": logx}
    return dataclasses.replace(evidence, series={**series, "labels": labels})


def _thin(values, points: int = 200) -> list[float]:
    """At most ``points`` evenly spaced entries of a 1-D sequence, as plain floats (the ledger crosses xdist)."""
    values = torch.as_tensor(values).detach().reshape(-1).cpu()
    step = max(1, -(-len(values) // points))
    return [float(v) for v in values[::step]]


def _fmt(value) -> str:
    return f"{value:.4g}" if isinstance(value, float) else repr(value)
