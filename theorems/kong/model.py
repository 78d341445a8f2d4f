"""Kong's two-hidden-layer network, eq. (1), and the Gram matrices of its output dynamics.

Shapes carry a leading batch of independent initializations S:
A (S, h1, d), B (S, h2, h1), w (S, h2); inputs X (n, d) and labels y (n,) are shared.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import torch

from theorems.core import backend, kernels, nets


@dataclass(frozen=True)
class Weights:
    A: torch.Tensor  # (S, h1, d)
    B: torch.Tensor  # (S, h2, h1)
    w: torch.Tensor  # (S, h2), entries in {-1, +1}

    @property
    def widths(self) -> tuple[int, int]:
        return self.A.shape[1], self.B.shape[1]


_unit_rows = nets.unit_rows


def initialize(seed: int, seeds: int, d: int, h1: int, h2: int) -> Weights:
    """Section III-A: w uniform on {±1}; A, B i.i.d. N(0, 1) with every row normalized to unit norm.

    The paper says "normalized to have l2 norm <= 1"; unit norm is the normalization
    its own bounds use (e.g. ||A||_F <= sqrt(h1) in (47)).
    """
    for name, value in (("seeds", seeds), ("d", d), ("h1", h1), ("h2", h2)):
        if value < 1:
            raise ValueError(f"{name} must be >= 1, got {value}")
    g = backend.generator(seed)
    A = nets.gaussian_unit_rows(g, (seeds, h1, d))
    B = nets.gaussian_unit_rows(g, (seeds, h2, h1))
    return Weights(A, B, nets.rademacher(g, (seeds, h2)))


def hidden(A: torch.Tensor, B: torch.Tensor, X: torch.Tensor):
    """First-layer output Y = σ(AX) (S, n, h1) and second-layer pre-activation Z = B Y (S, n, h2)."""
    Y = torch.relu(X @ A.transpose(1, 2))
    return Y, Y @ B.transpose(1, 2)


def forward(A: torch.Tensor, B: torch.Tensor, w: torch.Tensor, X: torch.Tensor) -> torch.Tensor:
    """u_i = w^T σ(B σ(A x_i)) / sqrt(h1 h2), eqs. (1)-(2); returns (S, n)."""
    h1, h2 = A.shape[1], B.shape[1]
    _, Z = hidden(A, B, X)
    return (torch.relu(Z) @ w[:, :, None])[..., 0] / math.sqrt(h1 * h2)


def loss(A, B, w, X, y) -> torch.Tensor:
    """L = ½ ||u - y||², eq. (3); one value per seed."""
    return 0.5 * ((forward(A, B, w, X) - y) ** 2).sum(-1)


def _gates(A, B, X):
    """Activation indicators 1_i{r} = 1{A_r^T x_i > 0} (S, n, h1) and 1_i{p} = 1{B_p^T y_i > 0} (S, n, h2)."""
    Y, Z = hidden(A, B, X)
    return Y, (X @ A.transpose(1, 2) > 0).to(A.dtype), (Z > 0).to(A.dtype)


def output_gradients(A, B, w, X):
    """Per-sample gradients ∂u_i/∂A_r (S, n, h1, d) and ∂u_i/∂B_p (S, n, h2, h1), eq. (15)."""
    h1, h2 = A.shape[1], B.shape[1]
    Y, gate_r, gate_p = _gates(A, B, X)
    scale = 1 / math.sqrt(h1 * h2)
    dB = scale * torch.einsum("sp,snp,snr->snpr", w, gate_p, Y)
    dA = scale * torch.einsum("snr,nd->snrd", _backward_weights(B, w, gate_r, gate_p), X)
    return dA, dB


def _backward_weights(B, w, gate_r, gate_p):
    """Σ_ir = 1_i{r} Σ_p w_p B_pr 1_i{p}: how ∂u_i/∂A_r weighs x_i (times 1/sqrt(h1 h2)); (S, n, h1)."""
    return ((gate_p * w[:, None, :]) @ B) * gate_r


def loss_gradients(A, B, w, X, y):
    """∇_A L (S, h1, d) and ∇_B L (S, h2, h1) from eq. (15): Σ_i (u_i - y_i) ∂u_i/∂θ, without per-sample tensors."""
    h1, h2 = A.shape[1], B.shape[1]
    Y, gate_r, gate_p = _gates(A, B, X)
    scale = 1 / math.sqrt(h1 * h2)
    residual = (forward(A, B, w, X) - y)[..., None]  # (S, n, 1)
    grad_A = scale * (residual * _backward_weights(B, w, gate_r, gate_p)).transpose(1, 2) @ X
    grad_B = scale * (residual * gate_p * w[:, None, :]).transpose(1, 2) @ Y
    return grad_A, grad_B


def flow_field(w, X, y):
    """The gradient flow (4)-(5) on θ = (A, B) with w fixed: (A, B) -> (-∇_A L, -∇_B L), for core.flow.integrate."""
    def field(state):
        gA, gB = loss_gradients(state[0], state[1], w, X, y)
        return -gA, -gB
    return field


def gram(A, B, w, X) -> torch.Tensor:
    """H of eq. (9) without forming the Jacobian: (S, n, n).

    H = [ (Y Yᵀ) ∘ (D Dᵀ) + (X Xᵀ) ∘ (Σ Σᵀ) ] / (h1 h2), with D the second-layer gates and
    Σ_ir = 1_i{r} Σ_p w_p B_pr 1_i{p}: the B-block and A-block of (9).
    """
    h1, h2 = A.shape[1], B.shape[1]
    Y, gate_r, gate_p = _gates(A, B, X)
    back = _backward_weights(B, w, gate_r, gate_p)
    b_block = (Y @ Y.transpose(1, 2)) * (gate_p @ gate_p.transpose(1, 2))
    a_block = (X @ X.T) * (back @ back.transpose(1, 2))
    return (b_block + a_block) / (h1 * h2)


def kink_grams(A, B, w, X, p: int) -> dict[str, torch.Tensor]:
    """The one-sided and sliding NTKs of one input (n = 1) on the kink z_p = B_pᵀσ(Ax) = 0 of second-layer unit p.

    J_in = ∇u with p's gate off (σ'(0) = 0, as in (15)), g_p = c ∇z_p with c = w_p/sqrt(h1h2), so
    J_act = J_in + g_p. Where both one-sided fields of the flow (4)-(5) push θ onto the kink, the
    Filippov solution slides with θ' = -(J_in + α g_p) r, α = -(J_in·∇z_p)/(c|∇z_p|²) in (0, 1),
    and u' = -H_eff r with H_eff = |J_in|² - (J_in·∇z_p)²/|∇z_p|² = |P_T J_in|² (T the kink's tangent
    space). H_in - H_eff = (J_in·n̂)² and H_act - H_eff = (c|∇z_p| + J_in·n̂)² (n̂ = ∇z_p/|∇z_p|) are > 0
    there, so du/dt = H(y - u) (eq. (8)), and with it Lemma 6's eq. (45), holds with neither one-sided
    H = |J|². Returns (S,) tensors H_in, H_act, H_eff, alpha (NaN where ∇z_p = 0).
    """
    if X.shape[0] != 1:
        raise ValueError(f"kink_grams is for one input (n = 1), got n = {X.shape[0]}")
    h1, h2 = A.shape[1], B.shape[1]
    Y, gate_r, gate_p = _gates(A, B, X)
    gate_p = gate_p.clone()
    gate_p[..., p] = 0
    back = _backward_weights(B, w, gate_r, gate_p)[:, 0]  # (S, h1)
    xx, Bp = float(X.square().sum()), B[:, p] * gate_r[:, 0]  # ∇_{A_r} z_p = B_pr 1{r} x
    h_in = ((Y[:, 0].square().sum(-1) * gate_p[:, 0].sum(-1)) + xx * back.square().sum(-1)) / (h1 * h2)
    c = w[:, p] / math.sqrt(h1 * h2)
    normal = Y[:, 0].square().sum(-1) + xx * Bp.square().sum(-1)  # |∇z_p|² (∇_{B_p} z_p = σ(Ax))
    dot = xx * (back * Bp).sum(-1) / math.sqrt(h1 * h2)  # J_in·∇z_p (J_in's row B_p is 0)
    return {"H_in": h_in, "H_act": h_in + 2 * c * dot + c**2 * normal, "H_eff": h_in - dot**2 / normal,
            "alpha": -dot / (c * normal)}


def gram_proposition_1(A, B, w, X) -> torch.Tensor:
    """H written term by term as in Proposition 1, eq. (10). Costs O(S n² h2² h1): small widths only."""
    h1, h2 = A.shape[1], B.shape[1]
    Y, gate_r, gate_p = _gates(A, B, X)
    XA = torch.einsum("srd,nd->snr", A, X)  # A_r^T x_i
    both_r = torch.einsum("sir,sjr->sijr", gate_r, gate_r)
    both_p = torch.einsum("sip,sjp->sijp", gate_p, gate_p)
    xx = X @ X.T
    first = torch.einsum("sir,sjr,sijr,sijp->sij", XA, XA, both_r, both_p)
    second = xx * torch.einsum("spr,sijr,sijp->sij", B**2, both_r, both_p)
    off = 1 - torch.eye(h2, dtype=A.dtype, device=A.device)
    cross = xx * torch.einsum("sp,sq,pq,spr,sqr,sip,sjq,sijr->sij", w, w, off, B, B, gate_p, gate_p, both_r)
    return (first + second + cross) / (h1 * h2)


def gram_w_expected(A, B, X) -> torch.Tensor:
    """E_w H(0) from eq. (17): the p ≠ q terms of (10) vanish because E w_p w_q = 0."""
    h1, h2 = A.shape[1], B.shape[1]
    Y, gate_r, gate_p = _gates(A, B, X)
    both_r = torch.einsum("sir,sjr->sijr", gate_r, gate_r)
    both_p = gate_p @ gate_p.transpose(1, 2)
    b_block = (Y @ Y.transpose(1, 2)) * both_p
    a_diag = (X @ X.T) * torch.einsum("spr,sip,sjp,sijr->sij", B**2, gate_p, gate_p, both_r)
    return (b_block + a_diag) / (h1 * h2)


def h_infinity_given_first_layer(A: torch.Tensor, X: torch.Tensor) -> torch.Tensor:
    """E[H(0) | A] in closed form over the rows b of B (uniform on the unit sphere) and w; (S, n, n).

    From (17): h1 E[H_ij | A] = y_iᵀy_j P_ij + x_iᵀx_j Σ_r 1_ij{r} E[b_r² 1{W_ij}], with
    W_ij = {bᵀy_i > 0, bᵀy_j > 0}, P_ij = P(W_ij) = (π - θ_ij)/(2π) and, writing b = g/|g|
    for standard Gaussian g, E[b bᵀ 1{W_ij}] = (P_ij (I - E Eᵀ) + E M Eᵀ) / h1 where E spans
    (y_i, y_j) and M = (1/π) ∫_wedge u uᵀ dφ is the wedge's second moment in that plane.
    """
    h1 = A.shape[1]
    Y = torch.relu(torch.einsum("srd,nd->snr", A, X))  # (S, n, h1)
    norms = Y.norm(dim=-1)  # (S, n)
    alive = norms > 0
    unit = torch.where(alive[..., None], Y / norms.clamp_min(1e-300)[..., None], torch.zeros_like(Y))
    theta = kernels.angle(Y)  # (S, n, n), stable near coincident y_i, y_j (not arccos of the inner product)
    cos = torch.cos(theta)
    pair = (alive[:, :, None] & alive[:, None, :]).to(A.dtype)
    P = kernels.arccos0(Y)  # (π - θ_ij)/(2π): the arc-cosine kernel of order 0, 0 where y_i or y_j = 0
    # orthonormal frame of span(y_i, y_j): e1 = ŷ_i, e2 = (ŷ_j - cos θ ŷ_i)/sin θ (0 if parallel)
    e1 = unit[:, :, None, :].expand(-1, -1, unit.shape[1], -1)
    resid = unit[:, None, :, :] - cos[..., None] * e1
    sin = resid.norm(dim=-1)
    e2 = torch.where(sin[..., None] > 1e-12, resid / sin.clamp_min(1e-300)[..., None], torch.zeros_like(resid))
    alpha = torch.pi - theta
    m11 = (alpha / 2 + torch.sin(2 * theta) / 4) / torch.pi
    m22 = (alpha / 2 - torch.sin(2 * theta) / 4) / torch.pi
    m12 = torch.sin(theta) ** 2 / 2 / torch.pi
    second_moment_diag = (  # diagonal of P (I - E Eᵀ) + E M Eᵀ, entry r
        P[..., None] * (1 - e1**2 - e2**2) + m11[..., None] * e1**2 + 2 * m12[..., None] * e1 * e2
        + m22[..., None] * e2**2
    ) * pair[..., None]
    both_r = torch.einsum("sir,sjr->sijr", (Y > 0).to(A.dtype), (Y > 0).to(A.dtype))
    a_part = (X @ X.T) * (both_r * second_moment_diag).sum(-1) / h1
    return ((Y @ Y.transpose(1, 2)) * P + a_part) / h1


@dataclass(frozen=True)
class HInfinity:
    """Monte Carlo estimate of H∞ = E H(0) over first layers, with its error bound.

    ``frobenius_error`` bounds ||Ĥ - H∞||_F with probability >= 1 - alpha in the
    Gaussian (CLT) approximation of the mean of ``draws`` i.i.d. matrices: by Laurent and
    Massart, ||Z||² <= tr Σ (1 + 2√x + 2x) with probability >= 1 - e^{-x} for Z ~ N(0, Σ),
    using tr Σ² <= (tr Σ)² and ||Σ|| <= tr Σ, with tr Σ = Σ_ij Var_ij / draws estimated.
    Then |λmin(Ĥ) - λ0| <= frobenius_error by Weyl's inequality.
    """

    matrix: torch.Tensor  # (n, n)
    frobenius_error: float
    alpha: float
    draws: int

    @property
    def lambda_0(self) -> float:
        return float(torch.linalg.eigvalsh(self.matrix)[0])

    @property
    def lambda_0_low(self) -> float:
        return self.lambda_0 - self.frobenius_error

    @property
    def lambda_0_high(self) -> float:
        return self.lambda_0 + self.frobenius_error


def h_infinity(X: torch.Tensor, h1: int, seed: int, draws: int, alpha: float = 1e-3, chunk: int = 4096) -> HInfinity:
    """Estimate H∞ = E_A E_B E_w H(0) (Section III-D) by averaging E[H(0) | A] over ``draws`` first layers.

    H∞ does not depend on h2: the rows of B are i.i.d., so E[H(0) | A] is the same for every h2.
    """
    if draws < 2:
        raise ValueError(f"draws must be >= 2, got {draws}")
    if not 0 < alpha < 1:
        raise ValueError(f"alpha must be in (0, 1), got {alpha}")
    g = backend.generator(seed)
    total = torch.zeros(X.shape[0], X.shape[0], dtype=X.dtype, device=X.device)
    total_sq = torch.zeros_like(total)
    done = 0
    while done < draws:
        k = min(chunk, draws - done)
        A = _unit_rows(torch.randn(k, h1, X.shape[1], generator=g, device=X.device, dtype=X.dtype))
        H = h_infinity_given_first_layer(A, X)
        total += H.sum(0)
        total_sq += (H**2).sum(0)
        done += k
    mean = total / draws
    var = (total_sq / draws - mean**2).clamp_min(0) * draws / (draws - 1)
    x = math.log(1 / alpha)
    trace = float(var.sum()) / draws
    return HInfinity(mean, math.sqrt(trace * (1 + 2 * math.sqrt(x) + 2 * x)), alpha, draws)


def expected_initial_loss(y: torch.Tensor, d: int, h1: int) -> float:
    """E L(0) = ½||y||² + n / (8 d h1) under the initialization of Section III-A (unit rows).

    E u_i = 0 by the symmetry of w; E u_i² = E σ(bᵀσ(Ax_i))² / h1 = E||σ(Ax_i)||² / (2 h1²)
    = 1 / (4 d h1), since E σ(aᵀx)² = 1/(2d) for a uniform on the sphere.
    """
    return 0.5 * float((y**2).sum()) + y.shape[0] / (8 * d * h1)
