"""The shared core: the integrator's error estimate, the statistics, the device switch."""
from __future__ import annotations

import math

import numpy as np
import pytest
import torch
from scipy import linalg, stats

from theorems.core import backend
from theorems.core.flow import gradient_flow, integrate
from theorems.core.stats import (ALPHA, binomial_power, binomial_upper_tail, clopper_pearson, loglog_slope,
                                  loglog_slope_of_means, seeds_to_see)


def test_flow_of_a_quadratic_matches_the_matrix_exponential_within_its_error_estimate():
    M = backend.tensor([[2.0, 0.5], [0.5, 1.0]])
    theta0 = backend.tensor([[1.0, -2.0]])
    tr = gradient_flow(lambda s: 0.5 * torch.einsum("si,ij,sj->s", s[0], M, s[0]), (theta0,), 3.0, 24, 6,
                       lambda s: {"theta": s[0]})
    exact = torch.stack([theta0 @ torch.as_tensor(linalg.expm(-float(t) * M.numpy())).T for t in tr.times])
    error = (tr.observed["theta"] - exact).abs()
    assert bool((error <= tr.error["theta"] + 1e-15).all())
    assert float(error.max()) < 1e-5


def test_rk4_converges_at_fourth_order_on_a_smooth_field():
    field = lambda s: (-s[0] ** 3,)  # noqa: E731
    ends = [integrate(field, (backend.tensor([1.0]),), 1.0, k, 1, lambda s: {"x": s[0]}).observed["x"][-1]
            for k in (32, 64)]
    exact = 1 / math.sqrt(3.0)  # x' = -x³, x(0) = 1 -> x(t) = 1/sqrt(1 + 2t)
    ratio = abs(float(ends[0]) - exact) / abs(float(ends[1]) - exact)
    assert 12 < ratio < 20  # 2^4 = 16


def test_integrate_rejects_bad_grids():
    with pytest.raises(ValueError, match="t_end must be > 0"):
        integrate(lambda s: s, (backend.tensor([1.0]),), 0.0, 4, 2, lambda s: {})
    with pytest.raises(ValueError, match="multiple of n_records"):
        integrate(lambda s: s, (backend.tensor([1.0]),), 1.0, 5, 2, lambda s: {})


def test_binomial_tail_and_interval():
    assert binomial_upper_tail(3, 10, 0.2) == pytest.approx(sum(stats.binom.pmf(k, 10, 0.2) for k in range(3, 11)))
    lo, hi = clopper_pearson(30, 100, 0.05)
    assert lo < 0.3 < hi and (lo, hi) == pytest.approx((0.2124, 0.3998), abs=1e-3)


def test_loglog_slope_recovers_a_known_exponent():
    x = np.repeat([10.0, 100.0, 1000.0, 10000.0], 20)
    y = 3 * x**-0.5 * np.exp(np.random.default_rng(0).normal(0, 0.1, x.size))
    fit = loglog_slope(x, y, 1e-3)
    assert fit.low < -0.5 < fit.high and fit.high - fit.low < 0.1


def test_slope_of_means_is_blind_to_a_shrinking_spread_and_sees_a_2x_exponent():
    """Lognormal draws whose mean is 1 at every x while their spread shrinks with x (zou_gu Lemma 4.3's k-axis):
    the geometric-mean slope is significantly positive (Jensen), the mean's is not. A mean ∝ x^0.5 is seen, and its
    CI excludes both 0 and the 2x exponent 1."""
    rng = np.random.default_rng(1)
    x = np.array([1.0, 2.0, 4.0, 8.0])
    sd = 0.8 / np.sqrt(x)
    flat = [np.exp(rng.normal(-s**2 / 2, s, 2048)) for s in sd]
    assert loglog_slope(np.repeat(x, 2048), np.concatenate(flat), 1e-6).low > 0
    fit = loglog_slope_of_means(x, flat, 1e-6)
    assert fit.low < 0 < fit.high and fit.high - fit.low < 0.1
    grows = [v * xi**0.5 for v, xi in zip(flat, x)]
    fit = loglog_slope_of_means(x, grows, 1e-6)
    assert 0 < fit.low < 0.5 < fit.high < 1


def test_slope_of_means_refuses_what_it_cannot_fit():
    with pytest.raises(ValueError, match="at least 3 groups"):
        loglog_slope_of_means([1.0, 2.0], [[1.0, 2.0], [1.0, 2.0]], 1e-6)
    with pytest.raises(ValueError, match="at least 2 finite draws"):
        loglog_slope_of_means([1.0, 2.0, 3.0], [[1.0, 2.0], [1.0], [1.0, 2.0]], 1e-6)


def test_unavailable_cuda_is_a_clear_error():
    if torch.cuda.is_available():
        pytest.skip("cuda is available here")
    with pytest.raises(ValueError, match="cuda"):
        backend.set_device("cuda")
    with pytest.raises(ValueError, match="device must be"):
        backend.set_device("meta")


@pytest.mark.gpu
def test_gram_on_cuda_matches_cpu():
    from theorems.kong import model

    W = model.initialize(0, 4, 3, 2, 16)
    X = backend.tensor([[1.0, 0.0, 0.0], [0.0, 0.6, 0.8]])
    on_gpu = model.gram(W.A.cuda(), W.B.cuda(), W.w.cuda(), X.cuda()).cpu()
    torch.testing.assert_close(on_gpu, model.gram(W.A, W.B, W.w, X))


def test_the_binomial_power_is_the_false_alarm_rate_at_the_claimed_rate_and_grows_with_the_true_one():
    assert binomial_power(1312, 0.05, 0.05) <= ALPHA
    assert binomial_power(256, 0.05, 0.10) < binomial_power(1312, 0.05, 0.10) < binomial_power(1312, 0.05, 0.2)


@pytest.mark.parametrize("delta", [0.01, 0.05, 0.1])
def test_seeds_to_see_a_halved_delta_are_the_fewest_with_the_power(delta):
    """A plant that halves δ doubles the failure rate: the count found reaches 99% power, one seed fewer does not."""
    seeds = seeds_to_see(delta, 2 * delta)
    assert binomial_power(seeds, delta, 2 * delta) >= 0.99 > binomial_power(seeds - 1, delta, 2 * delta)
    with pytest.raises(ValueError, match="true_rate must exceed claimed_rate"):
        seeds_to_see(delta, delta)
