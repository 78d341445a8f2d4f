"""Chen, Vanden-Eijnden, Bruna's model (2)-(3), its gradients, Gram matrices and the proofs' constants.

f(x) = (1/m) Σ_i c_i σ(h_i(x)), h_i(x) = D^{-1/2} Σ_j W_ij φ_j(x). Shapes carry a leading batch of
independent initializations S: W (S, m, D), c (S, m), embedded inputs Φ (S, n, D), labels y (n,) or
(S, n). Pre-activations are stored as H (S, m, n) with H_ia = h_i(x_a).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable

import torch
from scipy import stats

from theorems.core import backend, kernels, nets


# --- activations (Assumption 2) -------------------------------------------------------------------

@dataclass(frozen=True)
class Activation:
    """σ with σ' (0 where σ is not differentiable), L_σ = sup|σ'|, a canonical bounded active interval I,
    and K_σ'(I) = inf_I |σ'| as a function of the interval."""

    name: str
    fn: Callable[[torch.Tensor], torch.Tensor]
    deriv: Callable[[torch.Tensor], torch.Tensor]
    lipschitz: float  # inf when σ is not globally Lipschitz
    interval: tuple[float, float]
    k_prime: Callable[[float, float], float]  # (I_l, I_r) -> inf_{(I_l, I_r)} |σ'|
    global_k: float  # inf over R of |σ'| (eq. (16)); 0 when there is none

    def __repr__(self) -> str:
        return f"Activation({self.name!r})"


def _sigmoid_slope(u: float) -> float:
    s = 1 / (1 + math.exp(-u))
    return s * (1 - s)


LEAK = nets.LEAK
_core = nets.ACTIVATIONS  # σ and σ' from the core (σ'(0) = 0 at the ReLU kinks); the constants below are the paper's
ACTIVATIONS: dict[str, Activation] = {a.name: a for a in (
    Activation("tanh", _core["tanh"].fn, _core["tanh"].deriv, 1.0, (-1.0, 1.0),
               lambda lo, hi: 1 / math.cosh(max(abs(lo), abs(hi))) ** 2, 0.0),
    Activation("sigmoid", _core["sigmoid"].fn, _core["sigmoid"].deriv, 0.25, (-1.0, 1.0),
               lambda lo, hi: _sigmoid_slope(max(abs(lo), abs(hi))), 0.0),
    Activation("relu", _core["relu"].fn, _core["relu"].deriv, 1.0, (0.0, 1.0),
               lambda lo, hi: 1.0 if lo >= 0 else 0.0, 0.0),
    Activation("leaky_relu", _core["leaky_relu"].fn, _core["leaky_relu"].deriv, 1.0, (0.0, 1.0),
               lambda lo, hi: 1.0 if lo >= 0 else (LEAK if hi <= 0 else 0.0), LEAK),
    Activation("smooth_leaky", _core["smooth_leaky"].fn, _core["smooth_leaky"].deriv, 1.0, (-1.0, 1.0),  # exact softplus
               lambda lo, hi: LEAK + (1 - LEAK) / (1 + math.exp(-lo)), LEAK),
    Activation("linear", _core["linear"].fn, _core["linear"].deriv, 1.0, (-1.0, 1.0), lambda lo, hi: 1.0, 1.0),
    Activation("cubic", _core["cubic"].fn, _core["cubic"].deriv, math.inf, (0.5, 1.0),
               lambda lo, hi: 0.0 if lo < 0 < hi else 3 * min(lo * lo, hi * hi), 0.0),
)}


def activation(name: str) -> Activation:
    if name not in ACTIVATIONS:
        raise ValueError(f"activation must be one of {sorted(ACTIVATIONS)}, got {name!r}")
    return ACTIVATIONS[name]


# --- embeddings -----------------------------------------------------------------------------------

def identity_embedding(X: torch.Tensor, seeds: int) -> torch.Tensor:
    """φ_j(x) = x_j, D = d: the shallow network (1)."""
    return X.expand(seeds, -1, -1)


def quadratic_embedding(X: torch.Tensor, seeds: int) -> torch.Tensor:
    """Φ(x) = vec(x xᵀ), D = d² (Experiment 2)."""
    return torch.einsum("ni,nj->nij", X, X).reshape(X.shape[0], -1).expand(seeds, -1, -1)


def first_layer(Z: torch.Tensor, X: torch.Tensor) -> torch.Tensor:
    """h_j^(1)(x) = z_jᵀx/√d, eq. (5), for Z (S, D, d) and X (n, d); (S, n, D)."""
    return torch.einsum("sjd,nd->snj", Z, X) / math.sqrt(X.shape[1])


def random_embedding(X: torch.Tensor, seeds: int, D: int, act: Activation, seed: int) -> torch.Tensor:
    """P-3L, eq. (5): φ_j(x) = σ(z_jᵀx/√d) with z_j ~ N(0, I_d) i.i.d., one Z per initialization."""
    Z = torch.randn(seeds, D, X.shape[1], generator=backend.generator(seed), device=X.device, dtype=X.dtype)
    return act.fn(first_layer(Z, X))


def deep_embedding(X: torch.Tensor, seeds: int, D: int, act: Activation, seed: int, depth: int) -> torch.Tensor:
    """Appendix H: h^(1) = zᵀx/√d, h^(l+1) = D^{-1/2} W̄^(l) σ(h^(l)) for l < L-2 (W̄ standard Gaussian, fixed);
    φ = σ(h^(L-2)). depth = L; L = 3 is the P-3L embedding."""
    if depth < 3:
        raise ValueError(f"depth must be >= 3, got {depth}")
    g = backend.generator(seed)
    Z = torch.randn(seeds, D, X.shape[1], generator=g, device=X.device, dtype=X.dtype)
    h = first_layer(Z, X)
    for _ in range(depth - 3):
        Wbar = torch.randn(seeds, D, D, generator=g, device=X.device, dtype=X.dtype)
        h = torch.einsum("sij,snj->sni", Wbar, act.fn(h)) / math.sqrt(D)
    return act.fn(h)


# --- the model (2)-(3), the loss (6) and its gradients --------------------------------------------

def preactivations(W: torch.Tensor, Phi: torch.Tensor) -> torch.Tensor:
    """H_ia = h_i(x_a) = W_i·Φ(x_a)/√D, eq. (3); (S, m, n)."""
    return torch.einsum("smj,snj->smn", W, Phi) / math.sqrt(W.shape[-1])


def output_from_h(H: torch.Tensor, c: torch.Tensor, act: Activation) -> torch.Tensor:
    """f(x_a) = (1/m) Σ_i c_i σ(h_i(x_a)), eq. (2); (S, n)."""
    return torch.einsum("sm,smn->sn", c, act.fn(H)) / c.shape[-1]


def forward(W, c, Phi, act: Activation) -> torch.Tensor:
    return output_from_h(preactivations(W, Phi), c, act)


def loss_from_h(H, c, y, act: Activation) -> torch.Tensor:
    """𝓛 = ½ Σ_a (f(x_a) - y_a)², eq. (6); one value per seed."""
    return 0.5 * ((output_from_h(H, c, act) - y) ** 2).sum(-1)


def loss(W, c, Phi, y, act: Activation) -> torch.Tensor:
    return loss_from_h(preactivations(W, Phi), c, y, act)


def output_gradient(W, c, Phi, act: Activation) -> torch.Tensor:
    """∂f(x_a)/∂W_ij = c_i σ'(h_i(x_a)) φ_j(x_a)/(m√D), eq. (7); (S, n, m, D)."""
    m, D = W.shape[-2:]
    dH = act.deriv(preactivations(W, Phi))
    return torch.einsum("sm,sma,saj->samj", c, dH, Phi) / (m * math.sqrt(D))


def loss_gradient(W, c, Phi, y, act: Activation) -> torch.Tensor:
    """∂𝓛/∂W_ij = (m√D)^{-1} c_i Σ_a r_a σ'(h_i(x_a)) φ_j(x_a), eq. (8); (S, m, D)."""
    m, D = W.shape[-2:]
    H = preactivations(W, Phi)
    r = output_from_h(H, c, act) - y
    return torch.einsum("sm,sma,sa,saj->smj", c, act.deriv(H), r, Phi) / (m * math.sqrt(D))


def gd_step(W, c, Phi, y, act: Activation, delta: float) -> torch.Tensor:
    """The GD rule (9): W_ij ← W_ij - (δ/√D) c_i Σ_a r_a σ'(h_i(x_a)) φ_j(x_a)."""
    D = W.shape[-1]
    H = preactivations(W, Phi)
    r = output_from_h(H, c, act) - y
    return W - delta / math.sqrt(D) * torch.einsum("sm,sma,sa,saj->smj", c, act.deriv(H), r, Phi)


def gram(Phi: torch.Tensor) -> torch.Tensor:
    """G_ab = Φ(x_a)ᵀΦ(x_b)/D, eq. (12); (S, n, n)."""
    return Phi @ Phi.transpose(-1, -2) / Phi.shape[-1]


def feature_velocity(H, c, G, y, act: Activation) -> torch.Tensor:
    """ḣ_i(x_a) = -c_i Σ_b G_ab r_b σ'(h_i(x_b)), eq. (11) at the training points; (S, m, n)."""
    r = output_from_h(H, c, act) - y
    return -c[..., None] * torch.einsum("smb,sb,sab->sma", act.deriv(H), r, G)


def loss_rate(H, c, G, y, act: Activation) -> torch.Tensor:
    """𝓛̇ = -(1/m) Σ_i c_i² v_iᵀ G v_i with v_ia = r_a σ'(h_i(x_a)), eq. (14); (S,)."""
    r = output_from_h(H, c, act) - y
    V = act.deriv(H) * r[:, None, :]
    return -torch.einsum("sm,sma,sab,smb->s", c**2, V, G, V) / c.shape[-1]


def active_fraction(H: torch.Tensor, interval: tuple[float, float]) -> torch.Tensor:
    """η = min_a (1/m) Σ_i 1{h_i(x_a) ∈ (I_l, I_r)}, eq. (18) (open interval); (S,)."""
    lo, hi = interval
    return ((H > lo) & (H < hi)).to(H.dtype).mean(-2).amin(-1)


def inner_interval(interval: tuple[float, float]) -> tuple[float, float]:
    """I₀ = (I_l + ξ, I_r - ξ), ξ = (I_r - I_l)/3: the interval of η̃⁰ in Lemma 1."""
    lo, hi = interval
    xi = (hi - lo) / 3
    return lo + xi, hi - xi


# --- Ḡ^(1), eq. (23) ------------------------------------------------------------------------------

def gbar_relu(X: torch.Tensor) -> torch.Tensor:
    """Ḡ^(1)_ab = E_z[σ(zᵀx_a/√d) σ(zᵀx_b/√d)] for ReLU and z ~ N(0, I_d), in closed form (arc-cosine kernel):
    √(s_a s_b)/(2π) (sin θ + (π - θ) cos θ), s_a = ||x_a||²/d, cos θ = x_aᵀx_b/(||x_a|| ||x_b||)."""
    return kernels.arccos1(X / math.sqrt(X.shape[-1]))  # core.kernels: θ stable near coincident inputs


# --- the proofs' constants (Appendices D, E, F) ---------------------------------------------------

def kappa_paper(lam_min, lam_max, interval, k_prime):
    """κ(λ1, λ2) as printed in Lemma 1, eq. (19): 9 λ2 (I_r - I_l)/(2 λ1 K_σ')."""
    return 9 * lam_max * (interval[1] - interval[0]) / (2 * lam_min * k_prime)


def kappa_proof(lam_min, lam_max, interval, k_prime):
    """κ that the proof of Lemma 1 derives, (3/√2) C₂ with C₂ of (51): 9 λ2 / (2 λ1 K_σ' (I_r - I_l))."""
    return 9 * lam_max / (2 * lam_min * k_prime * (interval[1] - interval[0]))


def c2_definition(lam_min, lam_max, interval, k_prime):
    """C₂ = 2^{-1/2} C₁ λ_min^{-1/2} K_σ'^{-1} with C₁ = λ_max λ_min^{-1/2} ξ^{-1}, eqs. (47), (51)."""
    xi = (interval[1] - interval[0]) / 3
    c1 = lam_max / math.sqrt(lam_min) / xi
    return c1 / math.sqrt(2 * lam_min) / k_prime


def c2_closed_form_paper(lam_min, lam_max, interval, k_prime):
    """C₂'s closed form as printed in (51): λ_max / √(2 ξ K_σ' λ_min)."""
    xi = (interval[1] - interval[0]) / 3
    return lam_max / math.sqrt(2 * xi * k_prime * lam_min)


def k_paper(interval, lam1, lam2):
    """Lemma 3's K(I, λ1, λ2) as printed, eq. (56): (I_r - I_l)/(6√(2π) λ2) exp(-max(|I_l|, |I_r|)/λ1²)."""
    lo, hi = interval
    return (hi - lo) / (6 * math.sqrt(2 * math.pi) * lam2) * math.exp(-max(abs(lo), abs(hi)) / lam1**2)


def k_corrected(interval, lam1, lam2):
    """K*(I, λ1, λ2) = (I_r - I_l)/(6√(2πλ2)) exp(-M²/(2λ1)), M = max(|I_l|, |I_r|): the bound the proof's
    (71) gives with the Gaussian density e^{-u²/(2G)}/√(2πG) and G ∈ [λ1, λ2]."""
    lo, hi = interval
    M = max(abs(lo), abs(hi))
    return (hi - lo) / (6 * math.sqrt(2 * math.pi * lam2)) * math.exp(-M * M / (2 * lam1))


def gaussian_mass(interval, variance: float) -> float:
    """π(J; g) = P(N(0, g) ∈ J), by survival-function differences (accurate in the upper tail)."""
    lo, hi = interval
    sd = math.sqrt(variance)
    if lo >= 0:
        return float(stats.norm.sf(lo / sd) - stats.norm.sf(hi / sd))
    return float(stats.norm.cdf(hi / sd) - stats.norm.cdf(lo / sd))
