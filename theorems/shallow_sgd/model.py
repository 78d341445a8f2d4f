"""The one-hidden-layer ReLU network of Section 2, Ŷ = φ(XW)V, its loss, its Clarke selections and its flow.

Shapes (the paper's, with a leading batch of independent seeds S): X (N, d0), Y (N, d2), W (S, d0, d1),
V (S, d1, d2), pre-activations XW (S, N, d1), H = φ(XW) (S, N, d1), Ŷ = HV (S, N, d2).

Clarke selections. φ = ReLU has ∂φ(0) = [0, 1]. A *gate* G (S, N, d1) with G = 1{XW > 0} off the kinks and
any G_ij in [0, 1] where (XW)_ij = 0 gives the element

    ∇_W = Xᵀ((R Vᵀ) ⊙ G),   ∇_V = Hᵀ R,   R = Ŷ − Y,

of the chain-rule (conservative) field of L; the Clarke subdifferential ∂L(θ) is contained in the set of these
(the convex hull of the 2^k one-sided gradients at a point with k pre-activations at 0, away from other kinks;
``theorems.core.dynamics.clarke_vertices`` builds them by autograd). Note that ∇_V does not depend on the gate:
H is continuous in W.
The default gate is the core's convention σ'(0) = 0 (``theorems.core.nets.relu_gate``).
"""
from __future__ import annotations

import math

import torch

from theorems.core import backend, nets

EIGH_RTOL = 64 * 2.2e-16  # eigvalsh's backward error, per unit of N ||H H^T||


def network(d1: int, d2: int, beta_w: float, beta_v: float) -> nets.Network:
    """Ŷ = φ(XW)V as a core network: no biases, no multipliers, (W0)_ij ~ N(0, β_w²), (V0)_ij ~ N(0, β_v²)
    (Assumption 4.1, items 2-4: drawn in order from one generator, so independent). The core's weights are
    (S, out, in): its first layer is Wᵀ, its read-out Vᵀ."""
    return nets.relu_network([nets.Dense(d1, "gaussian", beta_w), nets.Dense(d2, "gaussian", beta_v)])


def to_core(W: torch.Tensor, V: torch.Tensor):
    """The core network's parameters of (W, V)."""
    return ((W.transpose(1, 2), None), (V.transpose(1, 2), None))


def from_core(params) -> tuple[torch.Tensor, torch.Tensor]:
    (Wc, _), (Vc, _) = params
    return Wc.transpose(1, 2), Vc.transpose(1, 2)


def initialize(seed: int, seeds: int, d0: int, d1: int, d2: int, beta_w: float, beta_v: float):
    """(W0, V0) of Assumption 4.1 for ``seeds`` independent seeds, drawn by the core's network."""
    return from_core(network(d1, d2, beta_w, beta_v).init(seed, seeds, d0))


def pre(W: torch.Tensor, X: torch.Tensor) -> torch.Tensor:
    """XW (S, N, d1)."""
    return X @ W


def hidden(W: torch.Tensor, X: torch.Tensor) -> torch.Tensor:
    """H = φ(XW) (S, N, d1)."""
    return torch.relu(X @ W)


def forward(W: torch.Tensor, V: torch.Tensor, X: torch.Tensor) -> torch.Tensor:
    """Ŷ = φ(XW)V (S, N, d2)."""
    return hidden(W, X) @ V


def loss(W: torch.Tensor, V: torch.Tensor, X: torch.Tensor, Y: torch.Tensor) -> torch.Tensor:
    """L(θ) = ½||Y − Ŷ||_F² (S,)."""
    return 0.5 * ((forward(W, V, X) - Y) ** 2).sum((1, 2))


def residual_rounding(W: torch.Tensor, V: torch.Tensor, X: torch.Tensor, Y: torch.Tensor) -> torch.Tensor:
    """A float64 bound on ||fl(Ŷ − Y) − (Ŷ − Y)||_F (S,): the products XW (d0 terms) and σ(XW)V (d1 terms) each err by
    at most γ_k|A||B| entrywise (γ_k ≈ ku, Higham, Accuracy and Stability, §3.5), |σ(XW)| <= |X||W| and
    |||A||B|||_F <= ||A||_F||B||_F, so to first order (d0 + d1 + 2)u(||X||_F||W||_F||V||_F + ||Y||_F). Below it the
    computed loss is rounding, not the flow's."""
    u = torch.finfo(W.dtype).eps / 2
    return (X.shape[1] + W.shape[-1] + 2) * u * (X.norm() * frob(W) * frob(V) + Y.norm())


def batch_loss(W, V, X, Y, members) -> torch.Tensor:
    """L^b(θ, A) = ½ Σ_{i ∈ A} ||Y_i − Ŷ_i||² (S,) for a set A of sample indices (Section 5)."""
    idx = torch.as_tensor(list(members), dtype=torch.long, device=X.device)
    return 0.5 * ((forward(W, V, X[idx]) - Y[idx]) ** 2).sum((1, 2))


def gate(W: torch.Tensor, X: torch.Tensor) -> torch.Tensor:
    """The default selection of ∂φ at XW: 1{XW > 0} (σ'(0) = 0, the core's convention)."""
    return nets.relu_gate(X @ W)


def selection(W, V, X, Y, G: torch.Tensor | None = None) -> tuple[torch.Tensor, torch.Tensor]:
    """The element (∇_W, ∇_V) of the chain-rule field of L for the gate G (default 1{XW > 0})."""
    H = hidden(W, X)
    R = H @ V - Y
    G = gate(W, X) if G is None else G
    return X.transpose(0, 1) @ ((R @ V.transpose(1, 2)) * G), H.transpose(1, 2) @ R


def alpha_0(W: torch.Tensor, X: torch.Tensor) -> torch.Tensor:
    """α0 = σmin(Hᵀ) = sqrt(λmin(H Hᵀ)) (S,) (Section 2: σmin(A) = sqrt(λmin(AᵀA)) with A = Hᵀ); 0 if d1 < N."""
    H = hidden(W, X)
    return torch.linalg.eigvalsh(H @ H.transpose(1, 2))[:, 0].clamp_min(0).sqrt()


def alpha_0_error(W: torch.Tensor, X: torch.Tensor) -> torch.Tensor:
    """An upper bound on the rounding error of α0²: eigvalsh's backward error EIGH_RTOL · N · ||H||_F² (S,)."""
    H = hidden(W, X)
    return EIGH_RTOL * X.shape[0] * (H**2).sum((1, 2))


def op_norm(X: torch.Tensor) -> float:
    """||X||_op."""
    return float(torch.linalg.matrix_norm(X, ord=2))


def frob(M: torch.Tensor) -> torch.Tensor:
    """||M||_F per seed (S,)."""
    return M.flatten(1).norm(dim=1)


def lemma_3_1_constants(W0, V0, X) -> dict[str, torch.Tensor]:
    """(7): c1 = 2 sqrt2 ||X||²_op ||V(0)||_F, c2 = 2 ||X||³_op ||W(0)||_F, c = ||X||²_op (per seed)."""
    x = op_norm(X)
    return {"c1": 2 * math.sqrt(2) * x**2 * frob(V0), "c2": 2 * x**3 * frob(W0),
            "c": torch.full_like(frob(W0), x**2)}


def F(a, alpha, c, c1, c2):
    """(11): F = (a c1/α³ + a² c2/α⁵) exp(4 c a²/α⁴) (tensors or floats)."""
    if isinstance(a, torch.Tensor):
        return (a * c1 / alpha**3 + a**2 * c2 / alpha**5) * torch.exp(4 * c * a**2 / alpha**4)
    exponent = 4 * c * a**2 / alpha**4
    return (a * c1 / alpha**3 + a**2 * c2 / alpha**5) * (math.exp(exponent) if exponent < 700 else math.inf)


def condition_10(a, alpha, c, c1, c2):
    """The left side of (10): 4 (a c1/α³ + 2 a² c2/α⁵) exp(4 c a²/α⁴) (< 1 is Lemma 3.3's hypothesis)."""
    if isinstance(a, torch.Tensor):
        return 4 * (a * c1 / alpha**3 + 2 * a**2 * c2 / alpha**5) * torch.exp(4 * c * a**2 / alpha**4)
    exponent = 4 * c * a**2 / alpha**4
    return 4 * (a * c1 / alpha**3 + 2 * a**2 * c2 / alpha**5) * (math.exp(exponent) if exponent < 700 else math.inf)


# --- the flow of the differential inclusion (3) ---------------------------------------------------------

def flow_field(X: torch.Tensor, Y: torch.Tensor, W0: torch.Tensor, alpha: torch.Tensor):
    """θ' = −(∇_W, ∇_V) with the gate 1{XW > 0}, augmented by the time integrals the claims need, carried as
    states of the same integrator: L̄ = ∫√L, A = ∫α0², D = ∫|α0(s) − α0(0)|, M = ∫||X||_op ||W(s) − W(0)||_F.
    State: (W, V, L̄, A, D, M) with the integrals (S,)."""
    x = op_norm(X)

    def field(state):
        W, V = state[0], state[1]
        gW, gV = selection(W, V, X, Y)
        a0 = alpha_0(W, X)
        return (-gW, -gV, loss(W, V, X, Y).clamp_min(0).sqrt(), a0**2, (a0 - alpha).abs(), x * frob(W - W0))

    return field
