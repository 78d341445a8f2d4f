"""Statistics for probabilistic and rate claims: binomial tails, confidence intervals, slopes."""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from scipy import stats

ALPHA = 1e-6  # the false-alarm rate of every statistical test of the suite (one-sided binomial, CLT intervals)


def binomial_upper_tail(k: int, n: int, p: float) -> float:
    """P(Binomial(n, p) >= k): the one-sided p-value of k failures against rate p."""
    if k <= 0:
        return 1.0
    return float(stats.binom.sf(k - 1, n, p))


def clopper_pearson(k: int, n: int, alpha: float) -> tuple[float, float]:
    """Exact two-sided (1 - alpha) interval for a binomial proportion."""
    lo = 0.0 if k == 0 else float(stats.beta.ppf(alpha / 2, k, n - k + 1))
    hi = 1.0 if k == n else float(stats.beta.ppf(1 - alpha / 2, k + 1, n - k))
    return lo, hi


@dataclass(frozen=True)
class Slope:
    """Least-squares slope of log y against log x with a (1 - alpha) t-interval."""

    slope: float
    low: float
    high: float
    alpha: float

    def __str__(self) -> str:
        return f"slope {self.slope:.3f}, {1 - self.alpha:.10g}-CI [{self.low:.3f}, {self.high:.3f}]"


def loglog_slope(x, y, alpha: float) -> Slope:
    """Fit log y = a + b log x over a grid (replicates allowed: repeat x) and return b with its CI."""
    lx, ly = np.log(np.asarray(x, dtype=float)), np.log(np.asarray(y, dtype=float))
    if lx.shape != ly.shape or lx.size < 3:
        raise ValueError(f"x and y need the same shape and at least 3 points, got {lx.shape} and {ly.shape}")
    if not np.all(np.isfinite(ly)):
        raise ValueError("y must be positive and finite to fit a log-log slope")
    fit = stats.linregress(lx, ly)
    half = stats.t.ppf(1 - alpha / 2, lx.size - 2) * fit.stderr
    return Slope(float(fit.slope), float(fit.slope - half), float(fit.slope + half), alpha)


def loglog_slope_of_means(x, samples, alpha: float) -> Slope:
    """The exponent b of the mean, E y = a x^b, over a grid: ``samples[i]`` are i.i.d. draws of y at ``x[i]``.

    Fitting log y of every draw (``loglog_slope`` with replicates) estimates the exponent of the geometric mean,
    which moves with the spread of y even where the mean does not (Jensen). Here: weighted least squares of
    log(mean_i) on log x_i, each weighted by the delta-method variance s_i²/(n_i mean_i²) of log(mean_i); the standard
    error is inflated by the lack of fit sqrt(χ²/(k - 2)) when above 1, and the interval is normal at (1 - alpha)."""
    x = np.asarray(x, dtype=float)
    groups = [np.asarray(v, dtype=float) for v in samples]
    if x.ndim != 1 or x.size != len(groups) or x.size < 3:
        raise ValueError(f"x needs one entry per group of samples and at least 3 groups, got {x.size} and {len(groups)}")
    if any(v.size < 2 or not np.all(np.isfinite(v)) for v in groups):
        raise ValueError("each group of samples needs at least 2 finite draws")
    means = np.array([v.mean() for v in groups])
    if not np.all(means > 0) or not np.all(x > 0):
        raise ValueError("x and the group means must be positive to fit a log-log slope")
    var = np.array([v.var(ddof=1) / (v.size * v.mean() ** 2) for v in groups])
    w = 1.0 / np.maximum(var, np.finfo(float).tiny)
    lx, ly = np.log(x), np.log(means)
    cx = lx - np.average(lx, weights=w)
    slope = float(np.sum(w * cx * ly) / np.sum(w * cx ** 2))
    residual = ly - np.average(ly, weights=w) - slope * cx
    inflation = max(1.0, float(np.sum(w * residual ** 2)) / (x.size - 2))
    half = float(stats.norm.ppf(1 - alpha / 2)) * math.sqrt(inflation / np.sum(w * cx ** 2))
    return Slope(slope, slope - half, slope + half, alpha)


def mean_interval(samples: np.ndarray, alpha: float) -> tuple[float, float, float]:
    """Mean of i.i.d. samples with a CLT (1 - alpha) interval: (mean, low, high)."""
    samples = np.asarray(samples, dtype=float)
    m = float(samples.mean())
    half = float(stats.norm.ppf(1 - alpha / 2) * samples.std(ddof=1) / math.sqrt(samples.size))
    return m, m - half, m + half


def binomial_power(trials: int, claimed_rate: float, true_rate: float, alpha: float = ALPHA) -> float:
    """The probability that the one-sided binomial test of ``StatisticalEvidence`` (reject "P(failure) <=
    claimed_rate" when the upper-tail p-value < ``alpha``) rejects over ``trials`` seeds when the true failure rate is
    ``true_rate``."""
    if trials < 1 or not 0 <= claimed_rate < 1 or not 0 <= true_rate <= 1 or not 0 < alpha < 1:
        raise ValueError(f"need trials >= 1, claimed_rate in [0, 1), true_rate in [0, 1], alpha in (0, 1); got "
                         f"{trials}, {claimed_rate}, {true_rate}, {alpha}")
    critical = int(stats.binom.isf(alpha, trials, claimed_rate)) + 1  # the least k with P(Bin >= k) <= alpha
    while critical > 0 and binomial_upper_tail(critical - 1, trials, claimed_rate) < alpha:
        critical -= 1
    while binomial_upper_tail(critical, trials, claimed_rate) >= alpha:
        critical += 1
    return binomial_upper_tail(critical, trials, true_rate)


def seeds_to_see(claimed_rate: float, true_rate: float, alpha: float = ALPHA, power: float = 0.99,
                 limit: int = 1 << 24) -> int:
    """The fewest seeds from which the one-sided binomial test at ``alpha`` rejects "P(failure) <= claimed_rate" with
    probability >= ``power`` when the true rate is ``true_rate`` (a plant's: ``true_rate = 2 claimed_rate`` for a
    halved δ). Doubles the seeds until the power is reached, then bisects that last doubling (a binomial test's
    power is not exactly monotone in the seeds, so a count just below can fall short). ``ValueError`` past
    ``limit``."""
    if not true_rate > claimed_rate:
        raise ValueError(f"true_rate must exceed claimed_rate to be seen, got {true_rate} <= {claimed_rate}")
    if not 0 < power < 1:
        raise ValueError(f"power must be in (0, 1), got {power}")
    high = 1
    while binomial_power(high, claimed_rate, true_rate, alpha) < power:
        high *= 2
        if high > limit:
            raise ValueError(f"no test of at most {limit} seeds sees rate {true_rate} against {claimed_rate} at "
                             f"alpha {alpha} with power {power}")
    low = high // 2
    while high - low > 1:
        middle = (low + high) // 2
        if binomial_power(middle, claimed_rate, true_rate, alpha) >= power:
            high = middle
        else:
            low = middle
    return high
