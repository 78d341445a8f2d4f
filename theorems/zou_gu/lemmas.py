"""Zou-Gu Section 4 as measured claims: Lemmas 4.1-4.5, eq. (4.1)'s constant C on GD runs, the trajectory-length
comparison of Section 4.1 (Allen-Zhu et al.'s per-step bound) and Section 4.3 (training V as well).

The main text gives no constants and no δ. Every hidden constant is *measured*: the property returns the value
and its spread over a grid, and each claim is checked in two ways (METHOD §3):
  - scaling: the measured constant, fitted against each size of a geometric grid (n, m, L, 1/φ, k) in log-log with a
    (1 - ALPHA) t-interval, must not move the way the bound forbids (a lower-bound constant must not decay: the
    upper end of its slope's CI >= 0; an upper-bound constant must not grow: the lower end <= 0). One-sided, as the
    paper gives bounds.
  - a reading constant: the measured constant against a declared value (the claim's ``reading``), with a 2x plant.
Regime (every claim's reading): Algorithm 1 as printed, k = 1 off the k-axis, η = η0·k/(L²m) with η0 = ETA0
(Theorem 3.3's η = O(k/(L²m))), the radius τ = τ0·φ^{3/2}n^{-3}L^{-6}log^{-3/2}(m) with τ0 = 1 where a lemma draws
W in the ball, widths m <= a few hundred (the paper's (3.1) asks m >= kn⁸L¹²log³(m)/φ⁴, beyond any machine).

Datasets (Assumptions 3.1 and 3.2, μ = 1/√2): points on a circle arc with equal spacing (low-dimensional: λ0 does
not grow with n there, the slow direction is the alternating labelling), and a near-duplicate pair added to an
arc (φ -> 0). Labels: alternating (±1, ..., ±1)/√k (unit norm), the highest-frequency labelling of an arc; Lemma
4.1 also takes the NTK's bottom eigenvector as labels, and the minimum over all labels.

Independent initializations are one tensor batch (S, ...) throughout; GD is a fused loop (one forward pass per
step gives L, every ∇_{W_l}L and ||∇_{W_l}L||_2 by the n×n Gram trick), cross-checked against ``model`` in the
meta test (tests/meta/test_zou_gu_lemmas.py).
"""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass, replace

import torch

from theorems.core import backend, validate
from theorems.core.stats import ALPHA, loglog_slope, loglog_slope_of_means
from theorems.evidence import (Evidence, StatisticalEvidence, informative_if, keep_trajectory, trajectory,
                               worst_trajectory)
from theorems.zou_gu import model
from theorems.zou_gu.instance import Instance
from theorems.zou_gu.properties import C_READING, EPS, random_data, spread_family

MU = 1 / math.sqrt(2)
ETA0 = 0.5  # η = η0 k/(L²m): Theorem 3.3 / Lemmas 4.2, 4.5's η = O(k/(L²m)), its constant read as 1/2 (η0 = 1 left
#             the loss increasing on up to 28% of the steps at m = 64: chattering at the kinks)
TAU0 = 1.0  # τ = τ0 φ^{3/2} n^{-3} L^{-6} log^{-3/2}(m) of Lemmas 4.1, 4.2, 4.5, its constant read as 1


# --- datasets ----------------------------------------------------------------------------------------------

def _lift(U: torch.Tensor) -> torch.Tensor:
    s = math.sqrt(1 - MU * MU)
    return torch.cat([s * U, torch.full((U.shape[0], 1), MU, dtype=U.dtype, device=U.device)], 1)


def arc(n: int, spacing: float) -> torch.Tensor:
    """x_i = (√(1-μ²)(cos iα, sin iα), μ), i < n: unit, last coordinate μ; neighbours at distance
    φ = 2√(1-μ²) sin(α/2). Requires (n-1)α < 2π - α (no wrap-around closer than α)."""
    if not (isinstance(n, int) and n >= 2):
        raise ValueError(f"n must be an integer >= 2, got {n!r}")
    if not (math.isfinite(spacing) and 0 < spacing and n * spacing <= 2 * math.pi):
        raise ValueError(f"spacing must be in (0, 2π/n], got {spacing!r} for n = {n}")
    a = torch.arange(n, dtype=backend.DTYPE, device=backend.device()) * spacing
    return _lift(torch.stack([a.cos(), a.sin()], 1))


def arc_with_pair(n: int, phi: float) -> torch.Tensor:
    """An arc of n - 1 points at spacing 2π/n plus a near-duplicate of the first at distance φ (n >= 3): the φ-grid
    at fixed n."""
    if not (math.isfinite(phi) and 0 < phi < 0.5):
        raise ValueError(f"phi must be in (0, 0.5), got {phi!r}")
    X = arc(n - 1, 2 * math.pi / n)
    s = math.sqrt(1 - MU * MU)
    beta = 2 * math.asin(phi / (2 * s))  # chord φ on the circle of radius s
    extra = _lift(torch.tensor([[math.cos(-beta), math.sin(-beta)]], dtype=X.dtype, device=X.device))
    return torch.cat([X, extra], 0)


SCAN_N = (2, 3, 4, 5, 8, 16, 32)


def lambda_0_scan() -> Evidence:
    """Table 1's substitution λ0 = Ω(n^{-2}φ) (Proposition 3.6): measured, λ0n²/φ on deterministic data under
    Assumptions 3.1, 3.2 (the spread family, random data in d = 3, 8, n + 1, an arc with spacing min(0.35, 2π/n), an
    arc with a near-duplicate pair at φ = 0.2, 0.05, 0.0125) for n in ``SCAN_N``: its least value against Proposition
    3.6's reading C_READING, and, reported, the least λ0n/φ and λ0/φ, which say how far the data are from the
    substituted worst case λ0 = φ/n²."""
    rows = []
    for n in SCAN_N:
        found = {"spread": spread_family(n), "arc": arc(n, min(0.35, 2 * math.pi / n))}
        for d in (3, 8, n + 1):
            for r in range(3):
                found[f"random d={d} draw {r}"] = random_data(n, d, 7 + 100 * r + d)
        if n >= 3:
            for phi in (0.2, 0.05, 0.0125):
                found[f"arc with a pair at φ = {phi}"] = arc_with_pair(n, phi)
        for name, X in found.items():
            lam, phi = float(model.lambda_0(X)), float(torch.pdist(X).min())
            rows.append({"n": n, "data": name, "lambda_0 n^2/phi": lam * n * n / phi, "lambda_0 n/phi": lam * n / phi,
                         "lambda_0/phi": lam / phi})
    least = {key: min(rows, key=lambda r: r[key]) for key in ("lambda_0 n^2/phi", "lambda_0 n/phi", "lambda_0/phi")}
    worst = least["lambda_0 n^2/phi"]
    return Evidence(worst["lambda_0 n^2/phi"], C_READING, ">=", 64 * 32 * EPS, "eigvalsh's backward error",
                    scale=C_READING, details={"configurations": len(rows),
                                              **{f"least {k}": {kk: (round(v, 4) if isinstance(v, float) else v)
                                                                for kk, v in r.items()} for k, r in least.items()}})


def alternating(n: int, k: int = 1) -> torch.Tensor:
    """y_i = (-1)^i (1, ..., 1)/√k: unit labels, alternating along the arc."""
    sign = torch.tensor([(-1.0) ** i for i in range(n)], dtype=backend.DTYPE, device=backend.device())
    return sign[:, None].expand(n, k) / math.sqrt(k)


def separation(X: torch.Tensor) -> float:
    return float(torch.pdist(X).min())


def tau(n: int, L: int, m: int, phi: float, tau0: float = TAU0) -> float:
    """τ = τ0 φ^{3/2} n^{-3} L^{-6} log^{-3/2}(m) (Lemmas 4.1, 4.2, 4.5)."""
    return tau0 * phi**1.5 * n**-3 * L**-6 * math.log(m) ** -1.5


# --- one forward pass: L, ∇_{W_l}L and ||∇_{W_l}L||_2 ---------------------------------------------------------

def spectral_of_product(D: torch.Tensor, P: torch.Tensor) -> torch.Tensor:
    """||Dᵀ P||_2 for D (S, n, a), P (S, n, b), through n×n matrices: ||DᵀP||_2² = λmax(A^{1/2} B A^{1/2}) with
    A = DDᵀ, B = PPᵀ (DᵀP has rank <= n); (S,)."""
    A, B = D @ D.transpose(1, 2), P @ P.transpose(1, 2)
    ev, Q = torch.linalg.eigh(A)
    R = Q * ev.clamp_min(0).sqrt()[:, None, :]
    return torch.linalg.eigvalsh(R.transpose(1, 2) @ B @ R)[:, -1].clamp_min(0).sqrt()


def evaluate(W, V: torch.Tensor, X: torch.Tensor, Y: torch.Tensor, spectral: bool = True):
    """(L(W), (∇_{W_l}L)_l, ||∇_{W_l}L||_2 (S, L) or None, ∇_V L): one forward pass, backpropagation in closed form
    (the same formulas as ``model.loss_gradients``; checked against it in the machinery test)."""
    S, n = V.shape[0], X.shape[0]
    pre, post = model.hidden(W, X)
    inputs, h = [X.expand(S, -1, -1)] + post, post[-1]
    r = h @ V.transpose(1, 2) - Y
    loss = 0.5 * (r**2).sum(-1).mean(-1)
    grad_v = (r / n).transpose(1, 2) @ h
    delta = ((r / n) @ V) * (pre[-1] > 0)
    grads, spec = [None] * len(W), [None] * len(W)
    for l in range(len(W) - 1, -1, -1):
        grads[l] = delta.transpose(1, 2) @ inputs[l]
        if spectral:
            spec[l] = spectral_of_product(delta, inputs[l])
        if l > 0:
            delta = (delta @ W[l]) * (pre[l - 1] > 0)
    return loss, tuple(grads), (torch.stack(spec, -1) if spectral else None), grad_v


# --- GD runs ---------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Run:
    """A GD run of Algorithm 1 on S initializations: per step t < T, L_t (T+1, S), ||∇_{W_l}L_t||_2 and _F
    (T, S, L); per-layer movements ||W_l^(t) - W_l^(0)||_2 at the recorded times (R, S, L)."""
    n: int
    m: int
    L: int
    k: int
    phi: float
    eta: float
    losses: torch.Tensor
    spec: torch.Tensor
    fro: torch.Tensor
    record_times: tuple[int, ...]
    move: torch.Tensor
    move_v: torch.Tensor  # ||V^(t) - V^(0)||_2 at the recorded times (R, S): zeros unless train_v
    grad_v: torch.Tensor  # ||∇_V L_t||_F (T, S)

    @property
    def x(self) -> float:
        """Lemma 4.5's per-step contraction mφη/(kn²) (its constant read as 1)."""
        return self.m * self.phi * self.eta / (self.k * self.n**2)


def gd(X: torch.Tensor, Y: torch.Tensor, m: int, L: int, seeds: int, steps: int, seed: int = 0,
       eta0: float = ETA0, records: int = 20, train_v: bool = False, movements: bool = True) -> Run:
    """Algorithm 1's GD (V fixed unless ``train_v``: Section 4.3) from Algorithm 1's initialization, η = η0 k/(L²m).
    ``movements=False`` skips the movements ||W_l^(t) - W_l^(0)||_2 (an m×m SVD each: most of the cost at m >= 1024)."""
    for name, v in (("m", m), ("L", L), ("seeds", seeds), ("steps", steps), ("records", records)):
        if not (isinstance(v, int) and v >= 1):
            raise ValueError(f"{name} must be an integer >= 1, got {v!r}")
    if not (math.isfinite(eta0) and eta0 > 0):
        raise ValueError(f"eta0 must be finite and > 0, got {eta0!r}")
    n, d = X.shape
    k = Y.shape[1]
    w = model.initialize(seed, seeds, d, m, L, k)
    eta = eta0 * k / (L * L * m)
    W, V = list(w.W), w.V
    every = max(1, steps // records)
    record_times = tuple(sorted(set(range(0, steps + 1, every)) | {steps}))
    losses, specs, fros, moves, moves_v, gvs = [], [], [], [], [], []
    for t in range(steps + 1):
        loss, grads, spec, grad_v = evaluate(W, V, X, Y, spectral=t < steps)
        losses.append(loss)
        if movements and t in record_times:
            moves.append(torch.stack([torch.linalg.matrix_norm(a - b, 2) for a, b in zip(W, w.W)], -1))
            moves_v.append(torch.linalg.matrix_norm(V - w.V, 2))
        if t == steps:
            break
        specs.append(spec)
        fros.append(torch.stack([g.flatten(1).norm(dim=-1) for g in grads], -1))
        gvs.append(grad_v.flatten(1).norm(dim=-1))
        W = [a - eta * g for a, g in zip(W, grads)]
        if train_v:
            V = V - eta * grad_v
    return Run(n, m, L, k, separation(X), eta, torch.stack(losses), torch.stack(specs), torch.stack(fros),
               record_times if movements else (), torch.stack(moves) if movements else torch.zeros(0, seeds, L),
               torch.stack(moves_v) if movements else torch.zeros(0, seeds), torch.stack(gvs))


# --- the measured constants of one run ------------------------------------------------------------------------------

def c_4_1_steps(run: Run) -> torch.Tensor:
    """(4.1) per step: C_t = max_l (η||∇_{W_l}L_t||_2)² mφ / (kn² (√L_t - √L_{t+1})²), the least C for which the step
    meets (4.1); +inf where the loss did not decrease; (T, S)."""
    drop = run.losses[:-1].sqrt() - run.losses[1:].sqrt()
    num = (run.eta * run.spec.amax(-1)) ** 2 * run.m * run.phi / (run.k * run.n**2)
    return torch.where(drop > 0, num / drop.clamp_min(1e-300) ** 2, torch.full_like(num, math.inf))


def descent(run: Run) -> torch.Tensor:
    """valid[t, s], t = 0..T: GD has descended at every step up to t (L_1 <= L_0, ..., L_t <= L_{t-1}). The lemmas'
    hypothesis 'all iterates in B(W(0), τ)' is read as this descent prefix: (4.1) is derived from L_t - L_{t+1} >=
    (η/2)||∇L||² (Lemma 4.4 in the ball), which a rising step contradicts; past it GD chatters at ReLU kinks, a
    finite-width regime the lemmas do not describe (its onset and share are reported); (T+1, S)."""
    rose = torch.cumsum((run.losses[1:] > run.losses[:-1]).int(), 0) > 0
    return torch.cat([torch.ones_like(rose[:1]), ~rose], 0)


def descent_stats(run: Run) -> dict:
    """The descent prefix's length t* (median and least over seeds) and the share of rising steps over the run."""
    t_star = descent(run).sum(0) - 1
    return {"t* (median)": float(t_star.double().median()), "t* (min)": int(t_star.min()), "steps": run.losses.shape[0] - 1,
            "share of rising steps": round(float((run.losses[1:] > run.losses[:-1]).double().mean()), 4)}


def c_4_1_telescoped(run: Run) -> torch.Tensor:
    """(4.1) telescoped from 0 to t: C_t = (Σ_{s<t} η max_l ||∇_{W_l}L_s||_2)² mφ / (kn² (√L_0 - √L_t)²), the least C for
    which the telescoped (4.1) holds up to t; (T, S), t = 1..T."""
    cum = run.eta * run.spec.amax(-1).cumsum(0)
    drop = (run.losses[0].sqrt() - run.losses[1:].sqrt()).clamp_min(1e-300)
    return cum**2 * run.m * run.phi / (run.k * run.n**2 * drop**2)


def c_4_1_path(run: Run) -> torch.Tensor:
    """(4.1) telescoped, the least C over the descent prefix: max_{t <= t*} C_t; (S,)."""
    return torch.where(descent(run)[1:], c_4_1_telescoped(run), 0.0).amax(0)


def lemma_4_2_scale(run: Run) -> float:
    """√(kn² log(n)/(mφ))."""
    return math.sqrt(run.k * run.n**2 * math.log(run.n) / (run.m * run.phi))


def c_4_2(run: Run) -> torch.Tensor:
    """sup over recorded t <= t* (the descent prefix) and l of ||W_l^(t) - W_l^(0)||_2 / √(kn² log(n)/(mφ)); (S,)."""
    valid = descent(run)[list(run.record_times)]
    return torch.where(valid, run.move.amax(-1), 0.0).amax(0) / lemma_4_2_scale(run)


def c_4_5(run: Run) -> torch.Tensor:
    """Lemma 4.5: the largest c with L_t <= (1 - c mφη/(kn²))^t L_0 for every t in 1..t* (the descent prefix):
    min_t (1 - (L_t/L_0)^{1/t})/x; (S,)."""
    return torch.where(descent(run)[1:], c_4_5_series(run), math.inf).amin(0)


def c_4_5_series(run: Run) -> torch.Tensor:
    t = torch.arange(1, run.losses.shape[0], dtype=run.losses.dtype, device=run.losses.device)[:, None]
    return (1 - (run.losses[1:] / run.losses[0]) ** (1 / t)) / run.x


def c_allen_zhu(run: Run) -> torch.Tensor:
    """Section 4.1's quoted per-step bound of [2], η||∇_{W_l}L||_2 <= η√(C'mL(W)/k): the least C' over t, l; (S,)."""
    return (run.spec**2 * run.k / (run.m * run.losses[:-1, :, None])).amax(-1).amax(0)


def c_4_1_gd(run: Run) -> torch.Tensor:
    """Lemma 4.1's ratio ||∇L||_F² kn²/(mφL) along the run (min over t); (S,)."""
    return ((run.fro**2).sum(-1) * run.k * run.n**2 / (run.m * run.phi * run.losses[:-1])).amin(0)


# --- the empirical NTK Θ = JJᵀ of (f(x_i))_i in W: Lemma 4.1 uniformly over the labels ---------------------------

def ntk_blocks(W, V: torch.Tensor, X: torch.Tensor) -> torch.Tensor:
    """Θ_l[(i,a),(j,b)] = <∂f_a(x_i)/∂W_l, ∂f_b(x_j)/∂W_l> = <δ^a_{l,i}, δ^b_{l,j}> <x_{l-1,i}, x_{l-1,j}>, with
    δ^a_{l,i} = ∂f_a(x_i)/∂z_l by backpropagation; (L, S, nk, nk) (index (i, a) -> i·k + a)."""
    S, n, k = V.shape[0], X.shape[0], V.shape[1]
    pre, post = model.hidden(W, X)
    inputs = [X.expand(S, -1, -1)] + post
    delta = V[:, :, None, :] * (pre[-1] > 0)[:, None]  # (S, k, n, m)
    blocks = [None] * len(W)
    for l in range(len(W) - 1, -1, -1):
        G = inputs[l] @ inputs[l].transpose(1, 2)  # (S, n, n)
        D = torch.einsum("saim,sbjm->sijab", delta, delta)  # (S, n, n, k, k)
        blocks[l] = (D * G[..., None, None]).permute(0, 1, 3, 2, 4).reshape(S, n * k, n * k)
        if l > 0:
            delta = (delta @ W[l][:, None]) * (pre[l - 1] > 0)[:, None]
    return torch.stack(blocks)


def in_ball(W, radius: float, seed: int):
    """W + Δ with Δ_l Gaussian rescaled to ||Δ_l||_F = radius, so ||Δ_l||_2 <= radius: a point of B(W, radius)."""
    g = backend.generator(seed)
    out = []
    for Wl in W:
        D = torch.randn(Wl.shape, generator=g, dtype=Wl.dtype, device=Wl.device)
        out.append(Wl + radius * D / D.flatten(1).norm(dim=-1)[:, None, None])
    return tuple(out)


def lemma_4_1_ratios(X: torch.Tensor, Y: torch.Tensor, m: int, L: int, seeds: int, seed: int = 0, tau0: float = TAU0):
    """At W = W(0) + Δ in B(W(0), τ) (τ of the lemma, ``tau0``): the constant of Lemma 4.1, ||∇L(W)||_F² kn²/(mφL(W)),
    for the instance's labels, and uniformly over all labels, min_r ... = 2kn λmin(Θ)/(mφ) (||∇L||² = rᵀΘr/n²,
    L = ||r||²/(2n)); also the last layer's alone (Section 4.1's route: Θ_L). Returns (labels, uniform, uniform_L),
    each (S,)."""
    n, d = X.shape
    k = Y.shape[1]
    phi = separation(X)
    w = model.initialize(seed, seeds, d, m, L, k)
    W = in_ball(w.W, tau(n, L, m, phi, tau0), seed + 1)
    loss, grads, _, _ = evaluate(W, w.V, X, Y, spectral=False)
    fro = sum(g.flatten(1).norm(dim=-1) ** 2 for g in grads)
    scale = k * n**2 / (m * phi)
    blocks = ntk_blocks(W, w.V, X)
    lam = torch.linalg.eigvalsh(blocks.sum(0))[:, 0]
    lam_L = torch.linalg.eigvalsh(blocks[-1])[:, 0]
    return fro * scale / loss, 2 * k * n * lam / (m * phi), 2 * k * n * lam_L / (m * phi)


# --- Lemma 4.3: L(W(0)) -----------------------------------------------------------------------------------------

def initial_losses(X: torch.Tensor, Y: torch.Tensor, m: int, L: int, seeds: int, seed: int = 0,
                   chunk: int = 512) -> torch.Tensor:
    """L(W(0)) over ``seeds`` independent initializations of Algorithm 1 (in chunks of one tensor batch); (S,)."""
    out, done = [], 0
    while done < seeds:
        b = min(chunk, seeds - done)
        w = model.initialize(seed + done, b, X.shape[1], m, L, Y.shape[1])
        out.append(model.loss(w.W, w.V, X, Y))
        done += b
    return torch.cat(out)


# --- Lemma 4.4: semi-smoothness -------------------------------------------------------------------------------------

def tau_4_4(m: int, L: int, k: int, tau0: float = 1.0) -> tuple[float, float]:
    """Lemma 4.4's window [k^{3/2}/(m^{3/2}L^{3/2}log^{3/2}m), 1/(L^{4.5}log^{3/2}m)] (constants read as 1)."""
    lg = math.log(m) ** 1.5
    return k**1.5 / (m**1.5 * L**1.5 * lg), tau0 / (L**4.5 * lg)


def rank_one(u: torch.Tensor, v: torch.Tensor) -> torch.Tensor:
    """u vᵀ / (||u|| ||v||) per seed: spectral norm exactly 1; (S, a, b)."""
    return (u / u.norm(dim=-1, keepdim=True))[:, :, None] * (v / v.norm(dim=-1, keepdim=True))[:, None, :]


def semi_smoothness(X: torch.Tensor, Y: torch.Tensor, m: int, L: int, seeds: int, seed: int = 0,
                    scales=(1.0, 0.3, 0.1, 0.03), tau0: float = 1.0):
    """Lemma 4.4's pieces at pairs Ŵ, W̃ in B(W(0), τ), τ = τ0/(L^{4.5}log^{3/2}m) (the window's upper end): Ŵ = W(0) +
    (τ/2)·(random rank one), W̃ = Ŵ + s(τ/2)·(rank one along the backpropagated δ and the layer input, the direction
    that moves the outputs most per unit of spectral norm), s in ``scales``. Returns, per (scale, seed): the remainder
    R = L(W̃) - L(Ŵ) - <∇L(Ŵ), W̃ - Ŵ>, the nonsmooth piece A = √L(Ŵ) τ^{1/3} L² √(m log m)/√k ||W̃ - Ŵ||_2 and the
    smooth piece B = L²m/k ||W̃ - Ŵ||_2² (||·||_2 of a collection: max over l); (len(scales), S) each, and τ."""
    n, d = X.shape
    k = Y.shape[1]
    w = model.initialize(seed, seeds, d, m, L, k)
    g = backend.generator(seed + 7)
    t = tau_4_4(m, L, k, tau0)[1]
    W_hat = tuple(Wl + (t / 2) * rank_one(torch.randn(Wl.shape[:2], generator=g, dtype=Wl.dtype),
                                           torch.randn((Wl.shape[0], Wl.shape[2]), generator=g, dtype=Wl.dtype))
                  for Wl in w.W)
    loss_hat, grads, _, _ = evaluate(W_hat, w.V, X, Y, spectral=False)
    R, A, B = [], [], []
    for s in scales:
        # the steepest rank-one direction of each layer: the top singular pair of -∇_{W_l}L (power iteration)
        D = []
        for G in grads:
            v = torch.ones(G.shape[0], G.shape[2], dtype=G.dtype)
            for _ in range(30):
                v = (G.transpose(1, 2) @ (G @ v[..., None]))[..., 0]
                v = v / v.norm(dim=-1, keepdim=True).clamp_min(1e-300)
            u = -(G @ v[..., None])[..., 0]
            D.append(s * (t / 2) * rank_one(u, v))
        W_tilde = tuple(a + b for a, b in zip(W_hat, D))
        loss_tilde = evaluate(W_tilde, w.V, X, Y, spectral=False)[0]
        inner = sum((G * Dl).flatten(1).sum(-1) for G, Dl in zip(grads, D))
        norm2 = s * t / 2  # ||W̃_l - Ŵ_l||_2 = s τ/2 for every l (rank one of norm 1 times s τ/2)
        R.append(loss_tilde - loss_hat - inner)
        A.append(loss_hat.sqrt() * t ** (1 / 3) * L**2 * math.sqrt(m * math.log(m)) / math.sqrt(k) * norm2)
        B.append(torch.full_like(loss_hat, L**2 * m / k * norm2**2))
    return torch.stack(R), torch.stack(A), torch.stack(B), t


# --- grids: one size varied at a time around a base point ------------------------------------------------------------

@dataclass(frozen=True)
class Point:
    """One grid point: ``axis`` names the size varied (n, m, L or 1/phi), ``value`` its value there."""
    axis: str
    value: float
    n: int
    m: int
    L: int
    spacing: float | None = None  # an arc with this spacing, or
    phi: float | None = None  # an arc with a near-duplicate pair at distance φ
    k: int = 1  # output dimension (the labels repeat the alternating ±1 in every coordinate)

    def __post_init__(self):
        if not (isinstance(self.axis, str) and self.axis):
            raise ValueError(f"axis must be a non-empty string, got {self.axis!r}")
        validate.positive("value", self.value)
        validate.integer("n", self.n, minimum=2)
        validate.positive_int("m", self.m)
        validate.positive_int("L", self.L)
        validate.positive_int("k", self.k)
        if (self.spacing is None) == (self.phi is None):
            raise ValueError(f"exactly one of spacing (an arc) and phi (an arc with a near-duplicate pair) must be "
                             f"given, got spacing={self.spacing!r}, phi={self.phi!r}")
        if self.spacing is not None and not validate.positive("spacing", self.spacing) * self.n <= 2 * math.pi:
            raise ValueError(f"spacing must be <= 2π/n = {2 * math.pi / self.n:.4g} (no wrap-around), got {self.spacing!r}")
        if self.phi is not None and not validate.positive("phi", self.phi) < 0.5:
            raise ValueError(f"phi must be < 0.5 (a near-duplicate pair), got {self.phi!r}")
        if self.phi is not None and self.n < 3:
            raise ValueError(f"n must be >= 3 with phi (an arc of n - 1 points plus the pair's partner), got {self.n}")

    def data(self) -> tuple[torch.Tensor, torch.Tensor]:
        X = arc(self.n, self.spacing) if self.phi is None else arc_with_pair(self.n, self.phi)
        return X, alternating(self.n, self.k)

    @property
    def label(self) -> str:
        return f"{self.axis}={self.value:g} (n={self.n}, m={self.m}, L={self.L}{'' if self.k == 1 else f', k={self.k}'})"


SPACING = 0.35  # arc spacing of the n-, m- and L-axes: φ = 2√(1-μ²) sin(0.175) = 0.246 for every n <= 17


def grid(nightly: bool, scale_m_with_phi: bool = False) -> list[Point]:
    """The base point n = 8, m = 128, L = 2, k = 1 (arc, spacing SPACING) and one axis at a time: m in (64, 128, 256)
    [nightly: to 1024], n in (4, 8, 16) [nightly: spacing 0.19, to 32], L in (1, 2, 4) [nightly: to 8], φ of a
    near-duplicate pair in (0.2, 0.1, 0.05) [nightly: to 0.0125] at n = 8 (m = 128, or m ∝ 1/φ with
    ``scale_m_with_phi``: mφ/(dn) fixed, Lemma 4.1's probability exponent), k in (1, 2, 4) [nightly: to 8] (m = 128k
    with ``scale_m_with_phi``: the uniform-over-labels constant needs m/k, see Lemma 4.1's reason)."""
    ms = (64, 128, 256, 512, 1024) if nightly else (64, 128, 256)
    ns, sp = ((4, 8, 16, 32), 0.19) if nightly else ((4, 8, 16), SPACING)
    Ls = (1, 2, 4, 8) if nightly else (1, 2, 4)
    phis = (0.2, 0.1, 0.05, 0.025, 0.0125) if nightly else (0.2, 0.1, 0.05)
    pts = [Point("m", m, 8, m, 2, SPACING) for m in ms]
    pts += [Point("n", n, n, 128, 2, sp) for n in ns]
    pts += [Point("L", L, 8, 128, L, SPACING) for L in Ls]
    pts += [Point("1/phi", 1 / p, 8, int(round(128 * 0.2 / p)) if scale_m_with_phi else 128, 2, phi=p) for p in phis]
    pts += [Point("k", k, 8, 128 * k if scale_m_with_phi else 128, 2, SPACING, k=k)
            for k in ((1, 2, 4, 8) if nightly else (1, 2, 4))]
    return pts


def axis_fits(points: list[Point], values: list[torch.Tensor], bound: str, what: str,
              stated: dict | None = None, of_mean: bool = False) -> list[Evidence]:
    """Per axis, the fitted exponent of the measured quantity (seeds as replicates) with its (1 - ALPHA) CI. ``bound``
    'lower' (the paper bounds it below: it must not decay, CI upper end >= the stated exponent, 0 by default) or
    'upper' (bounded above: CI lower end <= the stated exponent). ``of_mean``: the exponent of the mean over seeds
    (``loglog_slope_of_means``), not of the typical (geometric-mean) value."""
    out = []
    for axis in dict.fromkeys(p.axis for p in points):
        groups = [(p.value, v[torch.isfinite(v) & (v > 0)].tolist()) for p, v in zip(points, values) if p.axis == axis]
        fit = (loglog_slope_of_means([x for x, _ in groups], [y for _, y in groups], ALPHA) if of_mean
               else loglog_slope([x for x, y in groups for _ in y], [v for _, y in groups for v in y], ALPHA))
        target = (stated or {}).get(axis, 0.0)
        details = {"axis": axis, "quantity": what, "slope": round(fit.slope, 4), "CI": (round(fit.low, 4),
                   round(fit.high, 4)), "stated": target}
        if bound == "lower":
            out.append(Evidence(fit.high, target, ">=", 0.0, f"slope CI at alpha={ALPHA:g}", details=details))
        else:
            out.append(Evidence(fit.low, target, "<=", 0.0, f"slope CI at alpha={ALPHA:g}", details=details))
    return out


def spread(points: list[Point], values: list[torch.Tensor], stat) -> dict:
    """The measured constant per grid point (``stat`` over seeds) and its spread max/min over the grid."""
    per = {p.label: float(stat(v)) for p, v in zip(points, values)}
    lo, hi = min(per.values()), max(per.values())
    return {"per_point": {k: round(v, 4) for k, v in per.items()}, "min": lo, "max": hi,
            "spread max/min": hi / lo if lo > 0 else math.inf}


# --- Lemma 4.1 --------------------------------------------------------------------------------------------------------

C_4_1 = 0.1  # Lemma 4.1's O(·), read: the lower quartile over seeds of ||∇L||_F² kn²/(mφL), uniformly over
#             labels (0.25 and 0.125 are crossed near mφ/(dn) = 4: the reading findings below)
QUANTILE_4_1 = 0.25  # 'with probability >= 1 - exp(-Ω(mφ/(dn)))' read as: its lower quartile over initializations
MIN_EXPONENT_4_1 = 4.0  # informative where mφ/(dn) >= 4 (the probability exponent's argument): at 1.5 a targeted
#                         search reached 0.15 (n = 8, k = 2, m = 128), a finite-width effect: 0.46 at m = 512, 0.59 at 2048


def lemma_4_1(inst: Instance, seeds: int = 16, c: float = C_4_1) -> list[Evidence]:
    """Lemma 4.1 on one instance: at W in B(W(0), τ), the lower quartile over ``seeds`` initializations of
    ||∇L(W)||_F² kn²/(mφL(W)) minimized over all labels (2knλmin(Θ)/(mφ)) is >= c; the instance's own labels are the
    details. Informative where mφ/(dn) >= MIN_EXPONENT_4_1 (else the probability clause says little) and n >= 2."""
    informative_if(inst.n >= 2, "n = 1: φ is not defined")
    x = inst.m * inst.separation / (inst.d * inst.n)
    informative_if(x >= MIN_EXPONENT_4_1, f"mφ/(dn) = {x:.3g} < {MIN_EXPONENT_4_1}: the probability clause is weak")
    labels, uniform, last = lemma_4_1_ratios(inst.inputs(), inst.labels(), inst.m, inst.L, seeds, inst.seed)
    q = float(torch.quantile(uniform, QUANTILE_4_1))
    return [Evidence(q, c, ">=", 0.0, "none: eigvalsh's error is 1e-13 relative, far below the gap",
                     scale=c, details={"min over seeds": float(uniform.min()), "labels' ratio (min)": float(labels.min()),
                                       "last layer only (lower quartile)": float(torch.quantile(last, QUANTILE_4_1)),
                                       "m phi/(d n)": x})]


def slow_labels(X: torch.Tensor, m: int, L: int, k: int, seed: int, scale: float | None = None) -> torch.Tensor:
    """Labels fixed before the initialization (the lemma as printed) that press on it: the bottom eigenvector of the
    empirical NTK Θ of an *independent* initialization (``seed``), scaled to ||y|| = 10√n so that the residual
    f(W(0)) - y is dominated by -y (||f(W(0))|| is about √n); (n, k)."""
    n = X.shape[0]
    w = model.initialize(seed, 1, X.shape[1], m, L, k)
    u = torch.linalg.eigh(ntk_blocks(w.W, w.V, X).sum(0)[0])[1][:, 0]
    return (scale or 10 * math.sqrt(n)) * u.reshape(n, k)


@functools.lru_cache(maxsize=4)
def lemma_4_1_grid(nightly: bool, seeds: int = 16):
    """Per grid point: (labels' ratio, uniform, last layer) with the point's labels, and the labels' ratio with
    ``slow_labels`` (the printed lemma at its hardest labels)."""
    points = grid(nightly, scale_m_with_phi=True)
    out, slow = [], []
    for i, p in enumerate(points):
        X, Y = p.data()
        out.append(lemma_4_1_ratios(X, Y, p.m, p.L, seeds, seed=100 + i))
        Ys = slow_labels(X, p.m, p.L, p.k, seed=10_000 + i)
        slow.append(lemma_4_1_ratios(X, Ys, p.m, p.L, seeds, seed=100 + i)[0])
    return points, out, slow


def lemma_4_1_rates(nightly: bool, c: float = C_4_1) -> list[Evidence]:
    """Lemma 4.1 over the grid (m ∝ 1/φ on the φ-axis): the lower quartile of the uniform-over-labels constant >= c at
    every point, and its fitted exponent in n, m, L, 1/φ not significantly negative."""
    points, ratios, slow = lemma_4_1_grid(nightly)
    uniform = [r[1] for r in ratios]
    q = torch.tensor([float(torch.quantile(u, QUANTILE_4_1)) for u in uniform])
    quartile = lambda v: torch.quantile(v, QUANTILE_4_1)  # noqa: E731
    worst = Evidence.worst_of(q, torch.full_like(q, c), ">=", 0.0, "none", scale=c,
                              constant=spread(points, uniform, quartile),
                              last_layer=spread(points, [r[2] for r in ratios], quartile),
                              printed_with_slow_labels=spread(points, slow, quartile),
                              printed_with_alternating_labels=spread(points, [r[0] for r in ratios], quartile))
    return [worst] + axis_fits(points, uniform, "lower", "||∇L||² kn²/(mφL), min over labels")


# --- GD on the grid: eq. (4.1), Lemmas 4.2 and 4.5, Section 4.1's comparison ----------------------------------------

GD_SEEDS, GD_STEPS = 4, 300  # ci; nightly: 8 seeds, 2000 steps
C_4_1_PATH = 12.0  # (4.1)'s C, telescoped over the descent prefix: measured max 6.36 on the ci grid (L = 1), 8.5 with
#                   8 seeds and 600 steps
C_4_2 = 0.3  # Lemma 4.2's O(·): sup_{t <= t*} ||W_l^(t) - W_l^(0)||_2 <= c √(kn² log(n)/(mφ)); measured max 0.168
#             (n = 4), 0.252 with 8 seeds and 600 steps
C_4_5 = 0.4  # Lemma 4.5's O(·): L_t <= (1 - c mφη/(kn²))^t L_0 for t <= t*; measured min 0.639 (L = 1), 0.68 with 8
#             seeds and 600 steps
C_ALLEN_ZHU = 1.0  # [2]'s C' in η||∇_{W_l}L||_2 <= η√(C'mL/k), read at QUANTILE_ALLEN_ZHU over initializations:
#                   measured 0.12-0.58 on the ci grid, 0.16-0.69 on the nightly grid (L = 8)
QUANTILE_ALLEN_ZHU = 0.75  # [2]'s 'with high probability' read as: the upper quartile over initializations of
#                            max_t C'_t. Its maximum over seeds is a tail that grows with the seed count at finite
#                            width: at t = 0 over 256 initializations the median of C'_0 is 0.19-0.23 at every
#                            L in (2, 4, 8), m in (128, 256, 512), its 0.99-quantile 0.64-1.70 and the maximum
#                            0.75-2.16, both falling with m at fixed L (L = 8: q99 1.70, 1.58, 1.08)


@functools.lru_cache(maxsize=4)
def gd_grid(nightly: bool):
    seeds, steps = (8, 2000) if nightly else (GD_SEEDS, GD_STEPS)
    points = grid(nightly)
    return points, [gd(*p.data(), p.m, p.L, seeds, steps, seed=200 + i) for i, p in enumerate(points)]


def _times(run: Run, start: int = 1) -> list[float]:
    return [float(t) for t in range(start, run.losses.shape[0])]


def eq_4_1_trajectory(p: Point, r: Run, C: float = C_4_1_PATH) -> Evidence:
    """(4.1) telescoped from 0 to t on one run: Σ_{s<t} η max_l ||∇_{W_l}L_s||_2 against √(Ckn²/(mφ))(√L_0 - √L_t), every
    t = 1..T and seed; the worst seed's trajectory is kept."""
    cum = r.eta * r.spec.amax(-1).cumsum(0)  # Σ_{s<t} η max_l ||∇_{W_l}L_s||_2, t = 1..T; (T, S)
    drop = r.losses[0].sqrt() - r.losses[1:].sqrt()
    bound = (C * r.k * r.n**2 / (r.m * r.phi)) ** 0.5 * drop
    valid = descent(r)[1:]
    tol, scale = 1e-9 * float(cum.abs().amax()), float(cum.amax()) + 1e-300
    ev = Evidence.worst_of(torch.where(valid, cum, 0.0), bound, "<=", tol, "float64 rounding of the sums", scale=scale,
                           point=p.label, descent=descent_stats(r))
    series = worst_trajectory(_times(r), cum, bound, "<=", tol, scale, time_axis=0, where=valid)
    return keep_trajectory(ev, series, x="GD step t (descent prefix)", y="path length Σ_{s<t} η||∇_{W_l}L_s||_2",
                           bound="√(Ckn²/(mφ))(√L_0 - √L_t)")


def lemma_4_2_trajectory(p: Point, r: Run, c: float = C_4_2) -> Evidence:
    """Lemma 4.2 on one run: max_l ||W_l^(t) - W_l^(0)||_2 <= c√(kn² log(n)/(mφ)) at every recorded t and seed."""
    mv = r.move.amax(-1)  # (R, S)
    bound = torch.full_like(mv, c * lemma_4_2_scale(r))
    valid = descent(r)[list(r.record_times)]
    ev = Evidence.worst_of(torch.where(valid, mv, 0.0), bound, "<=", 1e-12, "float64 rounding of a spectral norm",
                           scale=float(bound[0, 0]), point=p.label, descent=descent_stats(r),
                           loss_ratio=float((r.losses[-1] / r.losses[0]).max()))
    series = worst_trajectory([float(t) for t in r.record_times], mv, bound, "<=", 1e-12, float(bound[0, 0]),
                              time_axis=0, where=valid)
    return keep_trajectory(ev, series, x="GD step t (descent prefix)", y="max_l ||W_l^(t) - W_l^(0)||_2",
                           bound="c√(kn² log(n)/(mφ))")


def lemma_4_5_trajectory(p: Point, r: Run, c: float = C_4_5) -> Evidence:
    """Lemma 4.5 on one run: L_t <= (1 - c mφη/(kn²))^t L_0 at every t = 1..T and seed."""
    # L_t <= (1 - cx)^t L_0  <=>  (1 - (L_t/L_0)^{1/t})/x >= c: checked as the average rate up to t, whose tightness
    # c/rate is not the trivial L_1/((1 - cx)L_0) -> 1 of the loss itself at small x (cf. Kong's Lemma 6)
    rate = c_4_5_series(r)
    tol = 1e-12 / (r.x * torch.arange(1, rate.shape[0] + 1, dtype=rate.dtype)[:, None])  # rounding of L_t/L_0, over tx
    valid = descent(r)[1:]
    bound = torch.full_like(rate, c)
    ev = Evidence.worst_of(torch.where(valid, rate, 1e300), bound, ">=", tol, "float64 rounding of L_t/L_0 (1e-12), "
                           "over tx", scale=c, point=p.label, x=r.x, descent=descent_stats(r),
                           loss_ratio=float((r.losses[-1] / r.losses[0]).max()))
    series = worst_trajectory(_times(r), rate, bound, ">=", tol, c, time_axis=0, where=valid)
    return keep_trajectory(ev, series, x="GD step t (descent prefix)", y="(1 - (L_t/L_0)^{1/t}) kn²/(mφη)",
                           measured="average rate up to t", bound="c")


def allen_zhu_trajectory(p: Point, r: Run, c: float = C_ALLEN_ZHU) -> Evidence:
    """[2]'s per-step bound on one run: the QUANTILE_ALLEN_ZHU-quantile over seeds of C'_s = max_{t, l}
    ||∇_{W_l}L(W^(t))||_2² k/(mL(W^(t))) is <= c; the trajectory kept is the seed nearest that quantile's, its gradient
    norm against √(cmL(W^(t))/k)."""
    per_seed = c_allen_zhu(r)
    q = torch.quantile(per_seed, QUANTILE_ALLEN_ZHU)
    ev = Evidence(float(q), c, "<=", 1e-12 * c, "float64 rounding", scale=c, details={
        "point": p.label, "quantile": QUANTILE_ALLEN_ZHU, "C' per seed": [round(float(v), 4) for v in per_seed]})
    s = int((per_seed - q).abs().argmin())
    series = trajectory([float(t) for t in range(r.spec.shape[0])], r.spec[:, s].amax(-1),
                        (c * r.m * r.losses[:-1, s] / r.k).sqrt())
    return keep_trajectory(ev, series, x="GD step t", y=f"max_l ||∇_{{W_l}}L(W^(t))||_2 (the seed at the "
                           f"{QUANTILE_ALLEN_ZHU:g}-quantile of C')", bound="√(C'mL(W^(t))/k)", log=True)


def example_run(p: Point, seeds: int = 2, steps: int = 100) -> Run:
    """A cheap GD run at ``p`` (the dynamic claims' examples for the report)."""
    return gd(*p.data(), p.m, p.L, seeds, steps, seed=1)


EXAMPLE = Point("example", 4, 4, 32, 2, SPACING)


def eq_4_1_constant(nightly: bool, C: float = C_4_1_PATH) -> list[Evidence]:
    """(4.1) on GD runs, telescoped from 0 to every t: Σ_{s<t} η||∇_{W_l}L_s||_2 <= √(Ckn²/(mφ))(√L_0 - √L_t) for every
    l, t (the trajectory kept for the worst seed of every run), and C's exponents in n, m, L, 1/φ not significantly
    positive (C absolute). The per-step constant (4.1) itself, max_t C_t, and the share of steps where the loss went
    up (C_t = ∞) are reported: at these widths GD chatters at the kinks, see the claim's reason."""
    points, runs = gd_grid(nightly)
    out, path_C, step_stats = [], [], {}
    for p, r in zip(points, runs):
        out.append(eq_4_1_trajectory(p, r, C))
        path_C.append(c_4_1_path(r))
        steps = c_4_1_steps(r)
        step_stats[p.label] = {"max_t C_t (finite)": float(steps[torch.isfinite(steps)].max()),
                               "share of steps with L up": float((~torch.isfinite(steps)).double().mean())}
    out.append(Evidence(max(float(c.max()) for c in path_C), C, "<=", 0.0, "none", scale=C,
                        details={"C (telescoped)": spread(points, path_C, torch.max), "per step": step_stats}))
    return out + axis_fits(points, path_C, "upper", "C of (4.1), telescoped")


# (4.1) per step, at every GD step (no descent prefix): (m, seeds, steps) at n = 8, L = 2 on the arc (nightly adds
# m = 2048: 230 s of one CPU thread for 4 seeds x 300 steps, against 13 s for 8 seeds at m = 512)
PER_STEP_RUNS = {False: ((512, 4, 300),), True: ((512, 8, 300), (2048, 4, 300))}


def eq_4_1_step_evidence(p: Point, r: Run, C: float = C_4_1_PATH, m_exponent: float = 1.0) -> Evidence:
    """(4.1) at every step t < T of one run, as printed: η max_l ||∇_{W_l}L_t||_2 <= √(Ckn²/(m^a φ))(√L_t - √L_{t+1})
    with a = ``m_exponent`` (1 as printed); a step where the loss rose fails it. Tolerance: the rounding of
    √L_t - √L_{t+1} (8 eps √L_t) times the factor."""
    lhs = r.eta * r.spec.amax(-1)  # (T, S)
    factor = (C * r.k * r.n**2 / (r.m**m_exponent * r.phi)) ** 0.5
    rhs = factor * (r.losses[:-1].sqrt() - r.losses[1:].sqrt())
    tol = 8 * 2.220446049250313e-16 * factor * r.losses[:-1].sqrt()
    steps = c_4_1_steps(r)
    return Evidence.worst_of(lhs, rhs, "<=", tol, "float64 rounding of √L_t - √L_{t+1}", scale=lhs.clamp_min(1e-300),
                             point=p.label, steps=int(lhs.shape[0]), seeds=int(lhs.shape[1]),
                             max_C_t=float(steps.max()), rising_steps=int((~torch.isfinite(steps)).sum()),
                             loss_ratio=float((r.losses[-1] / r.losses[0]).max()))


@functools.lru_cache(maxsize=2)
def per_step_runs(nightly: bool) -> list[tuple[Point, Run]]:
    """The GD runs of ``PER_STEP_RUNS`` (n = 8, L = 2, the grid's arc), cached: the claim and its plant share them."""
    out = []
    for i, (m, seeds, steps) in enumerate(PER_STEP_RUNS[nightly]):
        p = Point("m", m, 8, m, 2, SPACING)
        out.append((p, gd(*p.data(), m, 2, seeds, steps, seed=500 + i, movements=False)))
    return out


def eq_4_1_per_step(nightly: bool, C: float = C_4_1_PATH, m_exponent: float = 1.0) -> list[Evidence]:
    """(4.1) per step on the runs of ``per_step_runs``: every step of every seed, no descent prefix
    (``eq_4_1_step_evidence``)."""
    return [eq_4_1_step_evidence(p, run, C, m_exponent) for p, run in per_step_runs(nightly)]


def common_horizon(runs: list[Run]) -> int:
    """The last step inside every run's and every seed's descent prefix: the shortest prefix, in steps."""
    return min(int(descent(r).sum(0).min()) - 1 for r in runs)


def movement_up_to(r: Run, horizon: int) -> torch.Tensor:
    """max_l ||W_l^(t) - W_l^(0)||_2 maximized over the recorded t <= horizon; (S,)."""
    rows = [i for i, t in enumerate(r.record_times) if t <= horizon]
    return r.move[rows].amax(-1).amax(0)


def lemma_4_2(nightly: bool, c: float = C_4_2, m_exponent: float = -0.5) -> list[Evidence]:
    """Lemma 4.2 on GD runs: ||W_l^(t) - W_l^(0)||_2 <= c √(kn² log(n)/(mφ)) at every recorded t (trajectory kept), its
    constant's exponents in n, L, 1/φ not significantly positive, and the movement's exponent in m not significantly
    above the stated ``m_exponent`` (-1/2), every width compared over the same steps: t <= the shortest descent prefix
    of the m-axis (``common_horizon``). The prefix grows with m (at 2000 steps, 104-344 at m = 64, 1302-2000 at
    m = 1024), so the sup over each run's own prefix, or over the whole run, compares unequal stretches of training."""
    points, runs = gd_grid(nightly)
    out, consts = [], []
    for p, r in zip(points, runs):
        out.append(lemma_4_2_trajectory(p, r, c))
        consts.append(c_4_2(r))
    out.append(Evidence(max(float(v.max()) for v in consts), c, "<=", 0.0, "none", scale=c,
                        details={"constant": spread(points, consts, torch.max)}))
    m_points = [(p, r) for p, r in zip(points, runs) if p.axis == "m"]
    horizon = common_horizon([r for _, r in m_points])
    informative_if(horizon >= m_points[0][1].record_times[1], f"the m-axis' common descent prefix ({horizon} steps) "
                   f"holds no recorded movement")
    fits = axis_fits([p for p, _ in m_points], [movement_up_to(r, horizon) for _, r in m_points], "upper",
                     f"sup_{{t <= {horizon}}} ||W_l^(t) - W_l^(0)||_2 (t <= the m-axis' shortest descent prefix)",
                     stated={"m": m_exponent})
    for e in fits:
        e.details["common horizon"] = horizon
    out += fits
    rest = [(p, v) for p, v in zip(points, consts) if p.axis != "m"]
    return out + axis_fits([p for p, _ in rest], [v for _, v in rest], "upper", "Lemma 4.2's constant")


def lemma_4_5(nightly: bool, c: float = C_4_5) -> list[Evidence]:
    """Lemma 4.5 on GD runs: L_t <= (1 - c mφη/(kn²))^t L_0 for every t (trajectory kept), and the measured constant's
    exponents in n, m, L, 1/φ not significantly negative (the rate is at least of the stated order)."""
    points, runs = gd_grid(nightly)
    out, consts = [], []
    for p, r in zip(points, runs):
        out.append(lemma_4_5_trajectory(p, r, c))
        consts.append(c_4_5(r))
    out.append(Evidence(min(float(v.min()) for v in consts), c, ">=", 0.0, "none", scale=c,
                        details={"constant": spread(points, consts, torch.min)}))
    return out + axis_fits(points, consts, "lower", "Lemma 4.5's constant",)


def allen_zhu_step(nightly: bool, c: float = C_ALLEN_ZHU) -> list[Evidence]:
    """Section 4.1's quoted per-step bound of [2]: η||∇_{W_l}L(W^(t))||_2 <= η√(C'mL(W^(t))/k) along GD (trajectory
    kept), C' = c at the QUANTILE_ALLEN_ZHU-quantile over seeds; C''s exponents in n, m, L, 1/φ not significantly
    positive. Also reported: the telescoped bounds of both analyses against the measured movement (ours √(Ckn²L_0/(mφ)), [2]'s √(C'kn⁶L_0²/(mφ²)))."""
    points, runs = gd_grid(nightly)
    out, consts = [], []
    for p, r in zip(points, runs):
        out.append(allen_zhu_trajectory(p, r, c))
        consts.append(c_allen_zhu(r))
    upper = functools.partial(torch.quantile, q=QUANTILE_ALLEN_ZHU)
    out.append(Evidence(max(float(upper(v)) for v in consts), c, "<=", 0.0, "none", scale=c,
                        details={f"C' ({QUANTILE_ALLEN_ZHU:g}-quantile over seeds)": spread(points, consts, upper),
                                 "C' (max over seeds)": spread(points, consts, torch.max)}))
    return out + axis_fits(points, consts, "upper", "[2]'s C'")


# --- Lemma 4.3 on a grid ----------------------------------------------------------------------------------------------

C_4_3 = 0.75  # Lemma 4.3's Õ(1) read as c(1 + log n): the (1 - 1/n)-quantile of L(W(0)) over initializations / (1 + log n)
#               measured 0.46-0.57 (labels ±1); the probability clause with c = 1 as a one-sided binomial test


def lemma_4_3(nightly: bool, seeds: int | None = None, c: float = C_4_3) -> list:
    """Lemma 4.3 (m >= L log(nL)): with probability >= 1 - 1/n (O(1/n) read with constant 1), L(W(0)) <= c'(1 + log n)
    (Õ(1) with c' = 1): a one-sided binomial test per grid point at ALPHA; the (1 - 1/n)-quantile over c(1 + log n)
    <= 1 (the reading c, tight within 2x); and 'does not depend on m': the fitted exponent of the mean of L(W(0)) in m
    (and in L, n: Õ hides only logarithms) with its CI lower end <= 0."""
    seeds = seeds or (2048 if nightly else 256)
    out, points, means, quant = [], [], [], []
    for i, p in enumerate(grid(nightly)):
        if p.axis == "1/phi" or p.m < p.L * math.log(p.n * p.L):
            continue
        X, Y = p.data()
        losses = initial_losses(X, Y, p.m, p.L, seeds, seed=300 + 10_000 * i)
        threshold = 1 + math.log(p.n)
        out.append(StatisticalEvidence(int((losses > threshold).sum()), seeds, 1 / p.n, ALPHA,
                                       {"point": p.label, "threshold 1 + log n": threshold}))
        q = float(torch.quantile(losses, 1 - 1 / p.n))
        quant.append(q / threshold)
        points.append(p), means.append(losses)
    qt = torch.tensor(quant)
    out.append(Evidence.worst_of(qt, torch.full_like(qt, c), "<=", 0.0, "none (a quantile of the sample)", scale=c,
                                 per_point={p.label: round(v, 4) for p, v in zip(points, quant)}))
    return out + axis_fits(points, means, "upper", "the mean of L(W(0)) over initializations", of_mean=True)


# --- Lemma 4.4 on a grid ----------------------------------------------------------------------------------------------

C_4_4 = 0.125  # Lemma 4.4's C' = C'' read as 1/8: R <= C'A + C''B; measured max R/(A+B) 0.094 (L = 1, m = 128)


def lemma_4_4(nightly: bool, c: float = C_4_4, seeds: int = 16) -> list[Evidence]:
    """Lemma 4.4 at pairs in B(W(0), τ), τ at the window's upper end (``semi_smoothness``): R <= c·A + c·B at every pair,
    the least such constant K = max R/(A + B) per point with its spread, and K's exponents in m and L not
    significantly positive (C', C'' absolute). Also reported: R/B alone (C' = 0, the smooth piece)."""
    out, points, Ks, smooth = [], [], [], {}
    for i, p in enumerate(grid(nightly)):
        if p.axis not in ("m", "L"):
            continue
        X, Y = p.data()
        R, A, B, t = semi_smoothness(X, Y, p.m, p.L, seeds, seed=400 + i)
        lo, hi = tau_4_4(p.m, p.L, Y.shape[1])
        informative_if(lo <= hi, f"{p.label}: Lemma 4.4's window is empty")
        tol = 1e-12 * (A + B)  # float64 rounding of L(W̃) - L(Ŵ) - <∇, Δ>: the losses are O(1), R is O(τ²m)
        out.append(Evidence.worst_of(R, c * (A + B), "<=", tol + 64 * 2.2e-16, "float64 rounding of the remainder",
                                     scale=c * (A + B), point=p.label, tau=t))
        points.append(p), Ks.append((R / (A + B)).amax(0))
        smooth[p.label] = round(float((R / B).max()), 4)
    out.append(Evidence(max(float(k.max()) for k in Ks), c, "<=", 0.0, "none", scale=c,
                        details={"K = max R/(A+B)": spread(points, Ks, torch.max), "max R/B (C' = 0)": smooth}))
    return out + axis_fits(points, Ks, "upper", "K = max R/(A+B)")


# --- Section 4.3: training V as well ------------------------------------------------------------------------------------

def section_4_3(X: torch.Tensor, Y: torch.Tensor, m: int, L: int, seeds: int, seed: int = 0) -> Evidence:
    """'Optimizing more parameters can lead to larger gradient, thus ... a larger gradient lower bound': with V trained
    the NTK is Θ_W + Θ_V (Θ_V[(i,a),(j,b)] = δ_ab <x_{L,i}, x_{L,j}>, PSD), so Lemma 4.1's uniform constant
    2knλmin(Θ)/(mφ) can only grow: λmin(Θ_W + Θ_V) >= λmin(Θ_W). Measured: both, per seed; the gain is the details."""
    n, d = X.shape
    k = Y.shape[1]
    w = model.initialize(seed, seeds, d, m, L, k)
    blocks = ntk_blocks(w.W, w.V, X)
    top = model.hidden(w.W, X)[1][-1]
    theta_v = torch.kron((top @ top.transpose(1, 2)).contiguous(), torch.eye(k, dtype=X.dtype)[None])
    lam_w = torch.linalg.eigvalsh(blocks.sum(0))[:, 0]
    lam_wv = torch.linalg.eigvalsh(blocks.sum(0) + theta_v)[:, 0]
    tol = 1e-12 * float(torch.linalg.matrix_norm(blocks.sum(0) + theta_v, 2).max())
    return Evidence.worst_of(lam_wv, lam_w, ">=", tol, "eigvalsh's backward error", scale=float(lam_w.abs().max()) + tol,
                             gain=float((lam_wv / lam_w).min()))


# --- registry ------------------------------------------------------------------------------------------------------------

from theorems.registry import register  # noqa: E402
from theorems.zou_gu.claims import DATA  # noqa: E402

REGIME = ("Regime (the paper fixes no constant): k = 1 off the k-axis, μ = 1/√2, alternating labels on an arc "
          "(spacing 0.35, φ = 0.246) or on an arc with a near-duplicate pair (φ-axis); grid around n = 8, m = 128, L = 2, one axis at "
          "a time: m in (64, 128, 256), n in (4, 8, 16), L in (1, 2, 4), φ in (0.2, 0.1, 0.05), k in (1, 2, 4) with unit "
          "labels (±1, ..., ±1)/√k (nightly: m to 1024, n to 32, L to 8, φ to 0.0125, k to 8); Algorithm 1's "
          "initialization, independent initializations as one tensor batch. "
          "Fits: log-log slopes with seeds as replicates, (1 - 1e-6) t-intervals, one-sided in the direction the "
          "bound forbids. The widths are far below (3.1)'s kn⁸L¹²log³(m)/φ⁴.")
GD_REGIME = (f" GD of Algorithm 1 with η = η0 k/(L²m), η0 = {ETA0} (O(k/(L²m)) with constant 1/2; η0 = 1 left the "
             f"loss rising on up to 28% of the steps at m = 64), {GD_STEPS} steps [nightly 2000], {GD_SEEDS} seeds "
             "[nightly 8]. The hypothesis 'all iterates stay inside B(W(0), τ), τ = O(φ^{3/2}n^{-3}L^{-6}log^{-3/2}m)' is "
             "not met at these widths with τ's constant 1 (τ ~ 1e-5, the iterates move ~0.1); it is read as the descent "
             "prefix of each seed, t <= t* with L_1 <= L_0, ..., L_{t*} <= L_{t*-1}; t* and the share of rising steps are "
             "reported. The prefix is weaker than what the proofs use, the sufficient decrease L_t - L_{t+1} >= "
             "(η/2)||∇L||_F² of Lemma 4.4 in the ball: at n = 8, L = 2 (4 seeds, 300 steps) that fails on 39% of the "
             "prefix steps at m = 128, 6.5% at m = 512 and none at m = 2048, and (4.1) per step is checked where it "
             "holds as printed (zou_gu.eq_4_1.per_step). "
             "Past t* GD chatters at the ReLU kinks (at 2000 steps and m = 64, 128, 256 the loss rises on 30%, 21%, 13% "
             "of the steps at n = 8, L = 2; 31-33% at n = 4 or L = 1): a finite-width regime the lemmas do not "
             "describe, where the telescoped C of (4.1) grows without bound with the horizon (50-330 at 2000 steps).")

register("zou_gu.lemma_4_1", ref="Lemma 4.1",
         statement="Let τ = O(φ^{3/2}n^{-3}L^{-6}log^{-3/2}(m)); then for all W ∈ B(W(0), τ), with probability at least "
                   "1 - exp(O(mφ/(dn))), ||∇L(W)||_F² >= O(mφL(W)/(kn²))", kind="rate", assumptions=DATA,
         status="partial",
         reading=REGIME + f" W = W(0) + Δ, ||Δ_l||_F = τ (constant 1), so ||Δ_l||_2 <= τ. The O(·) of the bound is read as a lower bound "
                 f"with constant c = {C_4_1}, taken uniformly over all labels: min_y ||∇L||_F² kn²/(mφL) = "
                 "2knλmin(Θ)/(mφ), Θ = JJᵀ the empirical NTK in W (stronger than the lemma, which fixes y). The "
                 "probability (exponent read as -Ω, the erratum zou_gu.lemma_4_1.probability) is read as: the lower "
                 f"quartile over 16 initializations, on instances with mφ/(dn) >= {MIN_EXPONENT_4_1:g}; the φ-axis scales m ∝ 1/φ "
                 "(mφ/(dn) fixed). Generated instances: near-duplicate, near-antipodal, arc and random data, m in "
                 "(64, 128, 256).",
         reason="Partial: the lower quartile over initializations of the uniform-over-labels constant is 0.657 (L = 1) to "
                "8.20 (L = 4) on the ci grid and 0.12-0.42 on a near-duplicate pair at mφ/(dn) = 4.4-5.0 (n = 2, L = 1, "
                "m = 450 and 512, 400 seeds each), above the reading 0.1, at one random W of the ball per seed, not at "
                "a worst W. The readings 0.25 and 0.125 are crossed on that pair (reading findings pinned: 0.172 at "
                "m = 450, 0.122 at m = 512; 290 of the 800 lower quartiles are below 0.25, 2 below 0.125, the least "
                "0.1216), and on the same pair the constant grows with m (least over 40 seeds 0.172, 0.317, 0.391, "
                "0.487 at m = 450, 1024, 2048, 4096): a finite-width effect near the informative threshold "
                "mφ/(dn) = 4. Fitted exponents (ci grid): n +0.67 [0.31, 1.02], m +0.30 [-0.12, 0.72], L +1.68 "
                "[1.24, 2.11], 1/φ +0.18 [-0.43, 0.79] (m ∝ 1/φ), k +0.00 [-0.31, 0.31] (m ∝ k); nightly grid (m to "
                "1024, n to 32, L to 8, φ to 0.0125, k to 8): constant 0.735 (L = 1) to 22.5, m +0.21 [0.06, 0.35], n "
                "+0.49 [0.11, 0.87], L +1.69 [1.41, 1.98], 1/φ -0.03 [-0.33, 0.27], k -0.06 [-0.22, 0.10]: never "
                "significantly negative. The lemma as printed (labels fixed before the initialization) at its hardest "
                "labels (the bottom eigenvector of an independent initialization's NTK, ||y|| = 10√n): 1.94 (L = 1) to "
                "14.0 (L = 4); with the alternating labels 13-225; the last layer alone (Section 4.1's route) 0.3-1.3. "
                "At fixed m the constant decays as φ -> 0 (min over seeds 3.65 -> 0.25 for φ 0.2 -> 0.025 at m = 256), "
                "the probability clause's mφ/(dn), so the φ-axis scales m ∝ 1/φ; uniformly over labels it decays with "
                "k at fixed m (m = 128, L = 2: exponent -0.53 [-0.91, -0.15]; k = 1, 4, 16: 2.23, 0.95, 0.09), "
                "recovering as m grows (m = 512: 3.51, 2.45, 1.22), a width growing with k that the exponent mφ/(dn) "
                "does not say (with the instance's labels it grows with k instead), so the k-axis scales m = 128k.")
register("zou_gu.eq_4_1.constant", ref="4.1 Overview of the technical contributions, eq. (4.1)",
         statement="||W_l^(t+1) - W_l^(t)||_2 = η||∇_{W_l}L(W^(t))||_2 <= √(Ckn²/(mφ)) (√L(W^(t)) - √L(W^(t+1))) where C "
                   "is an absolute constant; telescoped, ||W_l^(t) - W_l^(0)||_2 <= √(Ckn²L(W^(0))/mφ)",
         kind="rate", assumptions=DATA, status="partial",
         reading=REGIME + GD_REGIME + f" Checked telescoped from 0 to every t (Σ_{{s<t}} η||∇_{{W_l}}L_s||_2 <= "
                 f"√(Ckn²/(mφ))(√L_0 - √L_t)) at every t <= t*, with C = {C_4_1_PATH}; the trajectory of every grid point "
                 "is kept.",
         reason=("Partial: the telescoped C (the least C up to each seed's descent prefix t*) is 0.033 (φ = 0.05) to "
                "6.36 (L = 1) on the ci grid against the reading C = 12 (8 seeds, 600 steps: 0.043 to 8.5), on the "
                "descent prefix only, a weaker hypothesis than the proofs' (see the regime). Fitted exponents (ci; "
                "8 seeds, 600 steps): m -0.29 [-6.15, 5.58]; +0.57 [-1.83, 2.97], n -1.67 [-6.79, 3.46]; -0.79 [-3.01, "
                "1.42], L -2.41 [-8.73, 3.91]; -2.11 [-4.29, 0.08], 1/φ -1.02 [-3.95, 1.91]; -1.47 [-2.56, -0.38], k "
                "+0.09 [-3.33, 3.51]; -0.65 [-3.05, 1.76]: none significantly positive, C is largest at the smallest n "
                "and L. Past t*, where GD chatters at the kinks (rising steps 30%, 21%, 13% of 2000 at m = 64, 128, "
                "256), the telescoped C grows with the horizon (50-330 at 2000 steps, m = 128, n = 4 or L = 1)."))
register("zou_gu.eq_4_1.per_step", ref="4.1 Overview of the technical contributions, eq. (4.1)",
         statement="||W_l^(t+1) - W_l^(t)||_2 = η||∇_{W_l}L(W^(t))||_2 <= √(Ckn²/(mφ)) (√L(W^(t)) - √L(W^(t+1))) at every "
                   "iteration t, where C is an absolute constant",
         kind="rate", assumptions=DATA, status="partial",
         reading=REGIME + f" GD of Algorithm 1 with η = η0 k/(L²m), η0 = {ETA0}, at n = 8, L = 2 on the arc "
                 f"(spacing 0.35): m = 512, 4 seeds, 300 steps [nightly: 8 seeds, and m = 2048 with 4 seeds, 300 "
                 f"steps]. (4.1) with C = {C_4_1_PATH} (the telescoped reading, zou_gu.eq_4_1.constant) at every step of "
                 "every seed, no descent prefix: a step where the loss rises fails it.",
         reason="Partial: (4.1) holds at every step at m = 512 (4 seeds x 300 steps, none rising), max C_t = 5.18 "
                "against the reading C = 12 (5.79 over the nightly 8 seeds), and at m = 2048 (nightly, 4 seeds x 300 "
                "steps, none rising: 230 s of one CPU thread, against 13 s for m = 512) max C_t = 1.60; two widths, far "
                "below (3.1). At m = 128 it fails "
                "(reading finding pinned: over 4 seeds x 300 steps one step raises the loss, C_t = ∞, and 64 have "
                "finite C_t > 12, up to 687).",
         looseness="holds, loose by >= 2.3 in C at m = 512 (max C_t 5.18 against 12); the m-exponent planted 2x "
                   "(√(Ckn²/(m²φ))) fails (tests/meta/test_zou_gu_lemmas.py)")
register("zou_gu.lemma_4_2", ref="Lemma 4.2",
         statement="Assuming all iterates stay inside B(W(0), τ) with τ = O(φ^{3/2}n^{-3}L^{-6}log^{-3/2}(m)), if η = "
                   "O(k/(L²m)), with probability at least 1 - O(n^{-1}), for all t >= 0 and l ∈ [L], ||W_l^(t) - "
                   "W_l^(0)||_2 <= O(√(kn² log(n)/(mφ)))", kind="rate", assumptions=DATA, status="partial",
         reading=REGIME + GD_REGIME + f" The O(·) read with constant {C_4_2}, 'for all t' as every recorded t <= t* (the "
                 "descent prefix; the loss ratio L_T/L_0 reached is in the details), every seed (probability 1 - O(1/n) read "
                 "as: no seed may exceed). The movement's exponent in m is checked against the stated -1/2 over the "
                 "same steps at every width, t <= the m-axis' shortest descent prefix (the prefix grows with m, so each "
                 "run's own prefix, or the whole run, compares unequal stretches of training); the constant's in n, L, "
                 "1/φ, k against 0.",
         reason=("Partial: the constant sup_{t <= t*} max_l ||W_l^(t) - W_l^(0)||_2/√(kn² log n/(mφ)) is 0.024 (n = 16) "
                "to 0.168 (n = 4) on the ci grid against the reading 0.3 (8 seeds, 600 steps: 0.032 to 0.252), with "
                "'for all t >= 0' taken on the descent prefix and the ball hypothesis read as that prefix. Fitted "
                "exponents (8 seeds, 600 steps): "
                "movement in m -0.33 [-0.82, 0.17] (stated -1/2: consistent), constant in n -1.27 [-1.89, -0.66] (loose "
                "in n: the movement grows slower than n√(log n)), L -0.67 [-1.39, 0.05], 1/φ -0.40 [-0.74, -0.06] "
                "(loose in φ), k -0.15 [-0.82, 0.51]; past the prefix, at 2000 steps, 0.37 at n = 4. Nightly grid (8 "
                "seeds, 2000 steps; run once on CPU): constant 0.012 (n = 32) to 0.19 (m = 1024); movement in m at the "
                "common horizon (104 steps) -0.41 [-0.75, -0.06], where the 2x exponent -1 fails. Over the whole run it "
                "is -0.33 [-0.42, -0.23] (and -0.32 [-0.47, -0.17] at t <= 600): slower than m^{-1/2} once the widths "
                "have trained unequal amounts (L_T/L_0 up to 0.71 at m = 64, 0.28 at m = 1024), the finite-width "
                "regime where the ball hypothesis fails (τ ≈ 1e-5, movements ≈ 0.1). On the ci grid (4 seeds, m in "
                "64..256, horizon 144) the m-exponent's interval is [-2.05, 1.40]: little power there; the constant "
                "check and its 2x plant carry the ci verdict."))
register("zou_gu.lemma_4_3", ref="Lemma 4.3",
         statement="If m >= O(L log(nL)), with probability at least 1 - O(n^{-1}) it holds that L(W(0)) <= Õ(1) "
                   "(the training loss at the initial point does not depend on m)", kind="probabilistic",
         assumptions=DATA, status="verified",
         reading=REGIME + " Labels in [-1, 1]. Õ(1) read as c(1 + log n): with c = 1 the probability clause (O(1/n) "
                 f"with constant 1) is a one-sided binomial test at ALPHA per grid point (256 initializations; nightly "
                 f"2048); the (1 - 1/n)-quantile of L(W(0)) over (1 + log n) is checked <= {C_4_3} (tight within 2x); "
                 "'does not depend on m': the fitted exponent of the mean of L(W(0)) over initializations in m (and L, n, k) not "
                 "significantly positive (of the mean: the geometric mean rises with k as the spread of L(W(0)) "
                 "shrinks, 0.87 to 0.98 at k = 1 to 8 while the mean stays 0.995-1.009).",
         looseness="")
register("zou_gu.lemma_4_4", ref="Lemma 4.4 (Semi-smoothness [2])",
         statement="Let τ ∈ [Ω(k^{3/2}/(m^{3/2}L^{3/2}log^{3/2}(m))), O(1/(L^{4.5}log^{3/2}(m)))]; for any Ŵ, W̃ ∈ "
                   "B(W(0), τ), there exist two constants C', C'' such that L(W̃) <= L(Ŵ) + <∇L(Ŵ), W̃ - Ŵ> + "
                   "C'√L(Ŵ)·τ^{1/3}L²√(m log(m))/√k·||W̃ - Ŵ||_2 + C''L²m/k·||W̃ - Ŵ||_2²", kind="rate",
         assumptions=DATA, status="partial",
         reading=REGIME + f" τ at the window's upper end with constant 1 (the lower end, constant 1, is checked below "
                 f"it); Ŵ = W(0) + (τ/2)·(random rank one), W̃ = Ŵ + s(τ/2)·(the top singular pair of -∇_{{W_l}}L(Ŵ)), s in "
                 f"(1, 0.3, 0.1, 0.03), 16 seeds; ||·||_2 of a collection is max_l ||·||_2 (Section 1); C' = C'' = "
                 f"{C_4_4}. The probability clause (printed exponent of the wrong sign: zou_gu.lemma_4_4.probability) "
                 "read as: every seed.",
         reason="Partial: K = max R/(A + B) is 0.0018 (L = 4) to 0.094 (L = 1) against the reading C' = C'' = 0.125, "
                "on pairs along two directions per seed, not a worst pair of the ball, with the m-axis only to 256 "
                "(1024 nightly). The smooth piece alone suffices here (max R/B = 0.98 at m = 64, 0.20 at m = 256); "
                "exponent of K in m +0.15 [-0.39, 0.69], in L -2.87 [-3.57, -2.17]: C', C'' do not grow.")
register("zou_gu.lemma_4_5", ref="Lemma 4.5",
         statement="Assume all iterates stay inside B(W(0), τ), τ = O(φ^{3/2}n^{-3}L^{-6}log^{-3/2}(m)); under "
                   "Assumptions 3.1 and 3.2, if η = O(k/(L²m)), with probability at least 1 - exp(-O(mτ^{3/2}L)), "
                   "L(W^(t)) <= (1 - O(mφη/(kn²)))^t L(W^(0))", kind="rate", assumptions=DATA, status="partial",
         reading=REGIME + GD_REGIME + f" The rate's O(·) read as a lower bound with constant {C_4_5}: L_t <= (1 - "
                 f"{C_4_5}·mφη/(kn²))^t L_0 at every t <= t* of every seed (trajectories kept); the measured constant min_t (1 - "
                 "(L_t/L_0)^{1/t})/(mφη/(kn²)) per seed, its exponents in n, m, L, 1/φ not significantly negative.",
         reason=("Partial: the constant (min over t <= t*) is 0.639 (L = 1) to 35.4 (φ = 0.05) on the ci grid against "
                "the reading 0.4 (8 seeds, 600 steps: 0.68 to 24.9), on the descent prefix over a finite horizon. "
                "Fitted exponents (8 seeds, 600 steps): n +0.75 [-0.55, 2.06], L +1.45 "
                "[0.19, 2.71], 1/φ +1.20 [0.65, 1.74], m -0.36 [-1.82, 1.10], k +0.48 [-0.85, 1.80]: never "
                "significantly negative; the rate beats the stated one by factors growing with L and 1/φ (the measured "
                "rate is about ηλmin(Θ)/n with λmin(Θ)/m of order φ on these data, not φ/n, and Θ sums L layers). The "
                "asymptotic rate, set by the slowest kernel direction, is only approached; past the prefix, at 2000 "
                "steps, the constant falls to 0.12-0.29 where GD chatters."))
register("zou_gu.section_4_1.allen_zhu_step", ref="4.1 Overview of the technical contributions",
         statement="Allen-Zhu et al. [2] bound the trajectory length as ||W_l^(t+1) - W_l^(t)||_2 = η||∇_{W_l}L(W^(t))||_2 "
                   "<= η√(C'mL(W^(t))/k), C' an absolute constant", kind="rate", assumptions=DATA, status="partial",
         reading=REGIME + GD_REGIME + f" [2]'s 'with high probability' read as the {QUANTILE_ALLEN_ZHU:g}-quantile over "
                 f"initializations: the {QUANTILE_ALLEN_ZHU:g}-quantile of C'_s = max_t ||∇_{{W_l}}L(W^(t))||_2² k/(mL(W^(t))) "
                 f"is <= C' = {C_ALLEN_ZHU} at every grid point (the trajectory of the seed at that quantile kept); C''s "
                 "exponents in n, m, L, 1/φ not significantly positive.",
         reason=("Partial: the per-step bound is checked, [2]'s telescoped bound (which needs their iteration count) "
                "is not; C' = max_t ||∇_{W_l}L||_2² k/(mL) over the whole run (no descent needed) is 0.17 (φ = 0.05) "
                "to 0.67 (m = 64) on the ci grid against the reading 1 at the upper quartile, spread 4.0 (8 seeds, 600 steps: 0.27 to 0.92; 1.08 at n = 4, spacing 0.19, 2000 steps); "
                "exponents (8 seeds, 600 steps) m +0.11 [-2.61, 2.84], n -0.90 [-3.50, 1.70], L +0.18 [-2.50, 2.85], "
                "1/φ +0.46 [-0.82, 1.74], k +0.53 [-1.70, 2.76]: none significantly positive. The comparison's "
                "telescoped bounds, ours √(Ckn²L_0/(mφ)) against [2]'s √(C'kn⁶L_0²/(mφ²)), differ by n²√(C'L_0/(Cφ)): "
                "with the measured C (zou_gu.eq_4_1.constant, <= 8.5) and C' (>= 0.17) ours is the smaller on every grid "
                "point. Upper quartile of C' over seeds: 0.12-0.58 on the ci grid, 0.16-0.69 on the nightly grid (8 seeds, "
                "2000 steps; run once on CPU). Its maximum over seeds is a finite-width tail, not a constant: 2.16 "
                "on the nightly grid (L = 8, m = 128, at t = 0), and at t = 0 over 256 initializations the median of "
                "C'_0 is 0.19-0.23 at every L in (2, 4, 8) and m in (128, 256, 512) while the maximum is 0.75-2.16 and "
                "the 0.99-quantile 0.64-1.70, both falling with m at fixed L (L = 8: 1.70, 1.58, 1.08) and rising with "
                "L/m: [2] assumes m >= poly(L)."))
register("zou_gu.section_4_3", ref="4.3 Optimizing both top and hidden layers",
         statement="optimizing more parameters can lead to larger gradient, thus we can prove a larger gradient lower "
                   "bound during the training process", kind="deterministic", assumptions=DATA, status="partial",
         reading="The gradient lower bound of Lemma 4.1 taken uniformly over labels, 2knλmin(Θ)/(mφ): with V trained Θ "
                 "becomes Θ_W + Θ_V, Θ_V[(i,a),(j,b)] = δ_ab<x_{L,i}, x_{L,j}> (PSD), so λmin can only grow; checked "
                 "per seed at W(0) on generated instances (eigvalsh's backward error as tolerance).",
         looseness="an inequality between two measured λmin, no constant to plant; its power: a planted Θ_V = -I fails "
                   "it. Measured gain λmin(Θ_W + Θ_V)/λmin(Θ_W) = 1.0002 at n = 8, m = 128: Θ_W grows like m/k and Θ_V "
                   "stays O(1), so under Algorithm 1's scaling the larger gradient is larger by O(1/m) only",
         reason="Partial: the larger lower bound holds (λmin(Θ_W + Θ_V)/λmin(Θ_W) >= 1 on every instance, 1.0002 at "
                "n = 8, m = 128: a relative gain O(1/m)); the rest of Section 4.3 (the region with τ' for V, "
                "convergence with V trained) states no checkable quantity: τ' is not given.")


from theorems.registry import dynamic  # noqa: E402

dynamic("zou_gu.eq_4_1.constant", build=lambda: EXAMPLE, evidence=lambda p: eq_4_1_trajectory(p, example_run(p)))
dynamic("zou_gu.lemma_4_2", build=lambda: EXAMPLE, evidence=lambda p: lemma_4_2_trajectory(p, example_run(p)))
dynamic("zou_gu.lemma_4_5", build=lambda: EXAMPLE, evidence=lambda p: lemma_4_5_trajectory(p, example_run(p)))
dynamic("zou_gu.section_4_1.allen_zhu_step", build=lambda: EXAMPLE,
        evidence=lambda p: allen_zhu_trajectory(p, example_run(p)))


from theorems.registry import pin_reading  # noqa: E402

# a near-duplicate pair (n = 2, d = 3, μ = 0.1, L = 1) at mφ/(dn) = 4.38: Lemma 4.1's informative threshold is 4
NEAR_PAIR_4_1 = Instance(((0.7035623639735143, 0.7035623639735143, 0.1), (0.6610336733036973, 0.7436628824666596, 0.1)),
                         ((0.0, 0.0), (0.0, 0.0)), m=450, L=1, seed=3)
pin_reading("zou_gu.lemma_4_1", "near-duplicate pair, m = 450", reading="the O(·) constant read as 0.25",
            build=lambda: NEAR_PAIR_4_1, evidence=lambda inst: lemma_4_1(inst, c=0.25),
            numbers="lower quartile over 16 initializations of 2knλmin(Θ)/(mφ) at W in B(W(0), τ): 0.172 < 0.25 at "
                    "mφ/(dn) = 4.38 (n = 2, L = 1); 290 of 800 seeds at m = 450 and 512 fall below 0.25; on the same "
                    "pair the least over 40 seeds is 0.317 at m = 1024, 0.487 at m = 4096.")
pin_reading("zou_gu.lemma_4_1", "near-duplicate pair, m = 512", reading="the O(·) constant read as 0.125",
            build=lambda: replace(NEAR_PAIR_4_1, m=512, seed=134), evidence=lambda inst: lemma_4_1(inst, c=0.125),
            numbers="lower quartile 0.122 < 0.125 at mφ/(dn) = 4.99 (seed 134; 2 of 800 seeds at m = 450 and 512 fall "
                    "below 0.125, the least 0.1216 at m = 450, seed 271).")


def _point_instance(p: Point) -> Instance:
    X, Y = p.data()
    return Instance(tuple(tuple(float(v) for v in r) for r in X.tolist()),
                    tuple(tuple(float(v) for v in r) for r in Y.tolist()), m=p.m, L=p.L)


PER_STEP_M128 = Point("m", 128, 8, 128, 2, SPACING)
pin_reading("zou_gu.eq_4_1.per_step", "m = 128", reading=f"(4.1) at every step of GD at m = 128 with C = {C_4_1_PATH}",
            build=lambda: _point_instance(PER_STEP_M128),
            evidence=lambda inst: eq_4_1_step_evidence(PER_STEP_M128, gd(*PER_STEP_M128.data(), 128, 2, 4, 300, seed=500,
                                                                          movements=False)),
            numbers="n = 8, L = 2, arc spacing 0.35, 4 seeds x 300 steps: one step raises the loss (C_t = ∞) and 64 "
                    "have finite C_t > 12, up to 687; the same at m = 512 holds (max C_t 5.18).")
