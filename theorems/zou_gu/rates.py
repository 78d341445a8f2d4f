"""The machinery of the convergence-rate claims (Theorems 3.3, 3.8, 3.10, Corollary 3.5): data families that
press on the iteration counts, Algorithm 1 (GD, SGD) on a tensor batch of grid points x independent seeds, the
hitting times T(ε), and the fitted exponents with their confidence intervals.

Nothing here is a claim; ``theorems.zou_gu.convergence`` registers the claims and turns the fits into evidence.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import torch
from scipy import stats

from theorems.core import backend, kernels, validate
from theorems.core.stats import Slope
from theorems.zou_gu import model
from theorems.zou_gu.instance import Instance

STYLES = ("arc", "pairs", "antipodal_arc")
LABELS = ("adversarial", "random")


@dataclass(frozen=True)
class Family:
    """A family of datasets indexed by (n, φ), every member under Assumptions 3.1 and 3.2 with minimum distance
    exactly φ (r = √(1-μ²), s = 2 arcsin(φ/(2r)) the angle of a chord φ), and its labels:

    - ``arc``: a low-dimensional configuration, x_i = (r cos(i s), r sin(i s), 0, μ), i < n (the arc must not wrap);
    - ``pairs``: near-duplicates, ⌈n/2⌉ orthogonal base points (r e_j, μ), each with a twin at distance φ;
    - ``antipodal_arc``: near-antipodal, ⌈n/2⌉ points on an arc as above and the others their mirrors
      (-r cos(i s), -r sin(i s), 0, μ): every direction in R^{d-1} has its opposite (the antipode proper is excluded
      by μ > 0).

    Labels: ``adversarial`` puts y (in every output coordinate) along the least eigenvector of the infinite-width
    kernel of the hidden weights (``hidden_kernel``), the slowest mode of GD's linearized dynamics; ``random``
    along a Gaussian direction; both scaled so that (1/n) Σ ||y_i||² = 1 (labels O(1), as Lemma 4.3 needs)."""

    style: str = "arc"
    mu: float = 0.1
    labels: str = "adversarial"
    seed: int = 0

    def __post_init__(self):
        validate.one_of("style", self.style, STYLES)
        validate.one_of("labels", self.labels, LABELS)
        if not 0 < validate.finite("mu", self.mu) < 1:
            raise ValueError(f"mu must be in (0, 1) (Assumption 3.1: μ > 0 and unit inputs), got {self.mu!r}")
        validate.seed("seed", self.seed)

    @property
    def radius(self) -> float:
        return math.sqrt(1 - self.mu * self.mu)

    def max_phi(self, n: int) -> float:
        """The largest φ the family reaches at n points: the arc may not wrap (n chords within the circle), the
        mirrored half-arcs may not meet (⌈n/2⌉ chords within a half circle), a twin stays nearer to its base than
        the bases are to each other (√2 r)."""
        r = self.radius
        if self.style == "arc":
            return 2 * r * math.sin(math.pi / (n + 1))
        if self.style == "antipodal_arc":
            return 2 * r * math.sin(math.pi / (2 * ((n + 1) // 2 + 1)))
        return r

    def inputs(self, n: int, phi: float) -> torch.Tensor:
        validate.positive_int("n", n)
        validate.positive("phi", phi)
        if self.style == "antipodal_arc" and n < 3:
            raise ValueError(f"n must be >= 3 for the antipodal_arc family (a point and its mirror are 2r apart, "
                             f"so φ would not be the minimum distance), got n = {n}")
        if n >= 2 and phi > self.max_phi(n) * (1 + 1e-12):
            raise ValueError(f"phi must be <= {self.max_phi(n):.6g} for the {self.style} family at n = {n} "
                             f"(μ = {self.mu}), got {phi!r}")
        r, mu = self.radius, self.mu
        s = 2 * math.asin(min(phi / (2 * r), 1.0))
        kw = {"dtype": backend.DTYPE, "device": backend.device()}
        if self.style == "pairs":
            half = (n + 1) // 2
            X = torch.zeros(n, half + 2, **kw)
            for j in range(n):
                if j % 2 == 0:
                    X[j, j // 2] = r
                else:  # the twin: its base rotated by s towards the spare coordinate
                    X[j, j // 2], X[j, half] = r * math.cos(s), r * math.sin(s)
        else:
            X = torch.zeros(n, 4, **kw)
            i = torch.arange(n, **kw)
            sign = torch.ones(n, **kw)
            if self.style == "antipodal_arc":
                i, sign = i // 2, 1 - 2 * (torch.arange(n, device=X.device) % 2).to(X.dtype)
            X[:, 0], X[:, 1] = sign * r * torch.cos(i * s), sign * r * torch.sin(i * s)
        X[:, -1] = mu
        return X

    def labels_for(self, X: torch.Tensor, L: int, k: int) -> torch.Tensor:
        n = X.shape[0]
        if self.labels == "adversarial":
            u = torch.linalg.eigh(hidden_kernel(X, L))[1][:, 0]
        else:
            u = torch.randn(n, generator=backend.generator(self.seed), dtype=X.dtype).to(X.device)
            u = u / u.norm()
        return (math.sqrt(n / k) * u)[:, None].expand(n, k).clone()

    def instance(self, n: int, phi: float, m: int, L: int, k: int = 1, B: int = 1, seed: int = 0) -> Instance:
        """The grid point as a validated Instance (Assumption 3.1 is checked by the constructor; φ is read from the
        data, which is the requested φ up to rounding)."""
        X = self.inputs(n, phi)
        Y = self.labels_for(X, L, k)
        rows = lambda T: tuple(tuple(float(v) for v in r) for r in T.tolist())  # noqa: E731
        return Instance(rows(X), rows(Y), m=m, L=L, seed=seed, B=B)


def hidden_kernel(X: torch.Tensor, L: int) -> torch.Tensor:
    """The infinite-width NTK of the hidden weights W_1..W_L alone (V fixed, Algorithm 1): Θ^L - Σ^L of the
    depth-L ReLU recursion (the output layer's own term Σ^L removed); at L = 1 it is 2H (Proposition 3.6)."""
    theta, sigma = kernels.relu_ntk(X, L)
    return theta - sigma


# --- Algorithm 1 on a batch of grid points x seeds --------------------------------------------------------------

@dataclass(frozen=True)
class Run:
    """Losses of G grid points x S seeds along Algorithm 1: ``loss`` (T_rec, G, S) at iterations ``times``."""

    times: torch.Tensor  # (T_rec,)
    loss: torch.Tensor  # (T_rec, G, S)
    eta: torch.Tensor  # (G,)

    def hitting(self, eps) -> torch.Tensor:
        """First recorded iteration with loss <= ε, for each ε of a 1-D grid (or of shape (E, G, S)); -1 where the
        run never reached it (censored by the horizon). Returns (E, G, S)."""
        eps = torch.as_tensor(eps, dtype=self.loss.dtype)
        eps = eps.reshape(-1, 1, 1) if eps.dim() <= 1 else eps
        below = self.loss[None] <= eps[:, None]  # (E, T, G, S)
        first = below.to(torch.int8).argmax(1)
        return torch.where(below.any(1), self.times.to(torch.int64)[first], torch.full_like(first, -1))


def pad(datasets: list[tuple[torch.Tensor, torch.Tensor]]) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Stack datasets of different n and d into (G, n_max, d_max) inputs and (G, n_max, k) labels, zero-padded,
    with their sizes n (G,). A zero input has zero hidden activations (no biases) and a zero label: its loss and
    its gradient are exactly 0, so with the loss weights 1/n_g on the real samples (``run``) every grid point
    follows Algorithm 1 on its own data."""
    G = len(datasets)
    n_max = max(X.shape[0] for X, _ in datasets)
    d_max = max(X.shape[1] for X, _ in datasets)
    k = datasets[0][1].shape[1]
    Xp = torch.zeros(G, n_max, d_max, dtype=backend.DTYPE, device=backend.device())
    Yp = torch.zeros(G, n_max, k, dtype=backend.DTYPE, device=backend.device())
    for g, (X, Y) in enumerate(datasets):
        Xp[g, :X.shape[0], :X.shape[1]] = X
        Yp[g, :Y.shape[0]] = Y
    return Xp, Yp, torch.tensor([X.shape[0] for X, _ in datasets], device=backend.device())


def run(X: torch.Tensor, Y: torch.Tensor, sizes: torch.Tensor, widths: torch.Tensor, L: int, eta: torch.Tensor,
        seeds: int, seed: int, horizon: int, floor: float, B: torch.Tensor | None = None, every: int = 1) -> Run:
    """Algorithm 1 on G grid points (``pad``ded inputs X (G, n_max, d), labels Y (G, n_max, k), sizes n (G,), widths
    m (G,), step sizes η (G,)) x ``seeds`` independent initializations, one tensor batch: GD (``B`` None)
    W_l <- W_l - η ∇_{W_l} L(W) with L of (2.1), or SGD with a uniform B_g-subset of [n_g] per step and per run
    (lines 8-9; B (G,)). The loss (2.1) is recorded every ``every`` iterations; the run stops at ``horizon``, at a
    non-finite loss, or once every run's loss is <= ``floor``.

    Widths are padded to m_max: the rows of W_l (and columns of W_{l+1}, V) beyond m_g are 0 and stay 0 (a zero
    row has zero pre-activation, gate σ'(0) = 0 and a zero column of V: its gradient is exactly 0); the live rows
    are drawn N(0, (2/m_g) I) and V's entries N(0, 1/k) as in Algorithm 1, line 2.

    Common random numbers: seed s has one draw at width m_max shared by every grid point (a point of width m_g uses
    its first m_g neurons, rescaled to variance 2/m_g), so that fits with one intercept per seed (``slope``'s
    groups) compare grid points on the same initialization; the seeds are independent of each other."""
    G, n_max, d = X.shape
    k = Y.shape[-1]
    S = G * seeds
    m_max = int(widths.max())
    w = model.initialize(seed, seeds, d, m_max, L, k)
    w = model.Weights(tuple(Wl.repeat(G, 1, 1) for Wl in w.W), w.V.repeat(G, 1, 1))  # element g·seeds + s: seed s
    m = widths.repeat_interleave(seeds, 0).to(X.dtype)
    live = (torch.arange(m_max, device=X.device)[None, :] < m[:, None]).to(X.dtype)  # (S, m_max)
    scale = (m_max / m).sqrt()[:, None, None]
    W = tuple(Wl * scale * live[:, :, None] * (live[:, None, :] if l > 0 else 1.0) for l, Wl in enumerate(w.W))
    V = w.V * live[:, None, :]
    Xs, Ys = X.repeat_interleave(seeds, 0), Y.repeat_interleave(seeds, 0)
    n = sizes.repeat_interleave(seeds, 0).to(X.dtype)
    real = torch.arange(n_max, device=X.device)[None, :] < n[:, None]  # (S, n_max)
    full = real.to(X.dtype) / n[:, None]  # GD's loss weights 1/n on the real samples
    etas = eta.to(X.dtype).repeat_interleave(seeds, 0)
    g = backend.generator(seed + 1) if B is not None else None
    Bs = None if B is None else B.to(X.dtype).repeat_interleave(seeds, 0)
    times, losses = [], []
    for t in range(horizon + 1):
        if t % every == 0 or t == horizon:
            loss = (model.sample_losses(W, V, Xs, Ys) * full).sum(-1)
            times.append(t), losses.append(loss)
            if not bool(torch.isfinite(loss).all()) or float(loss.max()) <= floor or t == horizon:
                break
        if Bs is None:
            weights = full
        else:  # a uniform B-subset of the real samples: the B smallest of i.i.d. uniform keys (padding: key 2)
            keys = torch.rand(S, n_max, generator=g, dtype=X.dtype, device=X.device).masked_fill(~real, 2.0)
            weights = (keys.argsort(-1).argsort(-1) < Bs[:, None]).to(X.dtype) / Bs[:, None]
        grads = model.loss_gradients(W, V, Xs, Ys, weights)
        W = tuple(p - etas.reshape(-1, *[1] * (p.dim() - 1)) * q for p, q in zip(W, grads))
    return Run(torch.tensor(times, dtype=torch.float64), torch.stack(losses).reshape(len(times), G, seeds), eta)


# --- fits ---------------------------------------------------------------------------------------------------------

def slope(x, y, alpha: float, groups=None) -> Slope:
    """Least-squares slope of log y in log x with a (1 - alpha) t-interval; with ``groups`` (one label per point)
    a fixed-effects fit: each group has its own intercept (seeds differ by a factor, not in exponent)."""
    lx, ly = np.log(np.asarray(x, dtype=float)), np.log(np.asarray(y, dtype=float))
    if lx.shape != ly.shape or lx.size < 3 or not np.all(np.isfinite(ly)) or not np.all(np.isfinite(lx)):
        raise ValueError(f"need >= 3 positive finite points of one shape, got {lx.shape}, {ly.shape}")
    if groups is None:
        fit = stats.linregress(lx, ly)
        half = stats.t.ppf(1 - alpha / 2, lx.size - 2) * fit.stderr
        return Slope(float(fit.slope), float(fit.slope - half), float(fit.slope + half), alpha)
    groups = np.asarray(groups)
    cx, cy = lx.copy(), ly.copy()
    labels = np.unique(groups)
    for gname in labels:
        sel = groups == gname
        cx[sel] -= lx[sel].mean()
        cy[sel] -= ly[sel].mean()
    sxx = float((cx**2).sum())
    if sxx <= 0:
        raise ValueError("every group has a single abscissa: no slope to fit")
    b = float((cx * cy).sum() / sxx)
    dof = lx.size - labels.size - 1
    if dof < 1:
        raise ValueError(f"too few points for a fixed-effects fit: {lx.size} points, {labels.size} groups")
    resid = cy - b * cx
    se = math.sqrt(float((resid**2).sum()) / dof / sxx)
    half = float(stats.t.ppf(1 - alpha / 2, dof)) * se
    return Slope(b, b - half, b + half, alpha)
