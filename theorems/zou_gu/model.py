"""The deep ReLU network of Section 2, Algorithm 1's initialization, loss (2.1), and GD/SGD of Algorithm 1.

f_W(x) = V σ(W_L σ(W_{L-1} ··· σ(W_1 x) ···)), W_1 ∈ R^{m×d}, W_2..W_L ∈ R^{m×m}, V ∈ R^{k×m}, σ = ReLU with
σ'(z) = 1{z > 0} (the core's convention at the kink). Shapes carry a leading batch of independent
initializations S: W_l (S, m, fan_in), V (S, k, m); inputs X (n, d) and labels Y (n, k) are shared.
Only W = {W_l} is trained (Algorithm 1); Section 4.3 also trains V (``v_gradient``).
"""
from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

import torch

from theorems.core import backend, dynamics, kernels, nets


@dataclass(frozen=True)
class Weights:
    W: tuple[torch.Tensor, ...]  # L hidden layers, W_l (S, m, fan_in)
    V: torch.Tensor  # (S, k, m), fixed by Algorithm 1

    @property
    def seeds(self) -> int:
        return self.V.shape[0]


def initialize(seed: int, seeds: int, d: int, m: int, L: int, k: int) -> Weights:
    """Algorithm 1, line 2: each row of W_l^(0) ~ N(0, (2/m) I), each row of V ~ N(0, I/k), all independent;
    drawn in order W_1, ..., W_L, V from one generator seeded by ``seed``."""
    for name, value in (("seeds", seeds), ("d", d), ("m", m), ("L", L), ("k", k)):
        if value < 1:
            raise ValueError(f"{name} must be >= 1, got {value}")
    g = backend.generator(seed)
    W = tuple(nets.gaussian(g, (seeds, m, d if l == 0 else m), math.sqrt(2 / m)) for l in range(L))
    return Weights(W, nets.gaussian(g, (seeds, k, m), math.sqrt(1 / k)))


def hidden(W, X: torch.Tensor) -> tuple[list[torch.Tensor], list[torch.Tensor]]:
    """Pre-activations z_l = W_l x_{l-1} and outputs x_l = σ(z_l) of every hidden layer, x_0 = x; (S, n, m) each."""
    h = X if X.dim() == 3 else X.expand(W[0].shape[0], -1, -1)
    pre, post = [], []
    for Wl in W:
        z = h @ Wl.transpose(1, 2)
        h = torch.relu(z)
        pre.append(z), post.append(h)
    return pre, post


def forward(W, V: torch.Tensor, X: torch.Tensor) -> torch.Tensor:
    """ŷ_i = f_W(x_i); (S, n, k)."""
    return hidden(W, X)[1][-1] @ V.transpose(1, 2)


def sample_losses(W, V, X, Y) -> torch.Tensor:
    """ℓ(ŷ_i, y_i) = ½ ||y_i - ŷ_i||_2²; (S, n)."""
    return 0.5 * ((Y - forward(W, V, X)) ** 2).sum(-1)


def loss(W, V, X, Y) -> torch.Tensor:
    """Eq. (2.1): L(W) = (1/n) Σ_i ℓ(ŷ_i, y_i) with the square loss; (S,)."""
    return sample_losses(W, V, X, Y).mean(-1)


def loss_gradients(W, V, X, Y, weights: torch.Tensor | None = None) -> tuple[torch.Tensor, ...]:
    """∇_{W_l} Σ_i a_i ℓ(f(x_i), y_i) for l = 1..L by backpropagation (closed form), a_i = 1/n (GD: ∇L of (2.1))
    unless per-sample ``weights`` (S, n) are given (SGD: 1/B on the minibatch, 0 elsewhere)."""
    pre, post = hidden(W, X)
    S, n = V.shape[0], pre[0].shape[1]
    a = torch.full((S, n), 1.0 / n, dtype=V.dtype, device=V.device) if weights is None else weights
    residual = (forward(W, V, X) - Y) * a[..., None]  # a_i (f(x_i) - y_i); (S, n, k)
    delta = (residual @ V) * nets.relu_gate(pre[-1])  # ∂/∂z_L; (S, n, m)
    inputs = [X.expand(S, -1, -1) if X.dim() == 2 else X] + post[:-1]
    grads = [None] * len(W)
    for l in range(len(W) - 1, -1, -1):
        grads[l] = delta.transpose(1, 2) @ inputs[l]
        if l > 0:
            delta = (delta @ W[l]) * nets.relu_gate(pre[l - 1])
    return tuple(grads)


def last_layer_row_gradients(W, V, X, Y) -> torch.Tensor:
    """Section 4.1: ∇_{w_{L,j}} L = (1/n) Σ_i <f(x_i) - y_i, v_j> σ'(<w_{L,j}, x_{L-1,i}>) x_{L-1,i}, with v_j the
    j-th column of V and x_{L-1,i} the output of layer L-1 (x_0 = x_i); (S, m, fan_in), row j = node j."""
    pre, post = hidden(W, X)
    S = V.shape[0]
    x_prev = post[-2] if len(W) > 1 else X.expand(S, -1, -1)
    n = x_prev.shape[1]
    r = forward(W, V, X) - Y  # (S, n, k)
    inner = torch.einsum("sik,skj->sij", r, V)  # <f(x_i) - y_i, v_j>
    gate = nets.relu_gate(torch.einsum("sjp,sip->sij", W[-1], x_prev))
    return torch.einsum("sij,sip->sjp", inner * gate, x_prev) / n


def v_gradient(W, V, X, Y) -> torch.Tensor:
    """∇_V L = (1/n) Σ_i (f(x_i) - y_i) x_{L,i}ᵀ (Section 4.3 trains V too); (S, k, m)."""
    post = hidden(W, X)[1][-1]
    return torch.einsum("sik,sim->skm", forward(W, V, X) - Y, post) / post.shape[1]


def minibatch_gradient(W, V, X, Y, batch) -> tuple[torch.Tensor, ...]:
    """Algorithm 1, line 9: (1/B) Σ_{s ∈ B} ∇_{W_l} ℓ(f_W(x_s), y_s) for one minibatch (indices ``batch``)."""
    S, n = V.shape[0], X.shape[-2]
    a = torch.zeros(S, n, dtype=V.dtype, device=V.device)
    a[:, list(batch)] = 1.0 / len(batch)
    return loss_gradients(W, V, X, Y, a)


def all_minibatches(n: int, B: int):
    """Every B-subset of [n] (0-based): the support of Algorithm 1's uniform minibatch."""
    return list(itertools.combinations(range(n), B))


def train(W0: Weights, X, Y, eta: float, steps: int, B: int | None = None, seed: int = 0, observe=None,
          every: int = 1, train_v: bool = False):
    """Algorithm 1 on a batch of initializations: GD (``B`` None) W_l <- W_l - η ∇_{W_l} L, or SGD with a uniform
    B-subset per step (the core's ``uniform_subset`` sampler). ``train_v``: Section 4.3, V moves too.
    ``observe(t, state, grads)`` as in ``core.dynamics.descend``; state is (W_1..W_L[, V])."""
    L = len(W0.W)

    def gradient(state, weights):
        Ws, V = (state[:L], state[L]) if train_v else (state, W0.V)
        grads = loss_gradients(Ws, V, X, Y, weights)
        if not train_v:
            return grads
        if weights is None:
            return grads + (v_gradient(Ws, V, X, Y),)
        post = hidden(Ws, X)[1][-1]
        return grads + (torch.einsum("si,sik,sim->skm", weights, forward(Ws, V, X) - Y, post),)

    state = W0.W + ((W0.V,) if train_v else ())
    sampler = None if B is None else (lambda g, s, n: dynamics.uniform_subset(g, s, n, B))
    return dynamics.descend(gradient, state, steps, eta, observe, every=every, sampler=sampler,
                            n=X.shape[0], seed=seed)


# --- Proposition 3.6: the Gram matrix H --------------------------------------------------------------

def gram_h(X: torch.Tensor) -> torch.Tensor:
    """H_ij = E_{w~N(0,I)}[x_iᵀx_j σ'(wᵀx_i) σ'(wᵀx_j)] = x_iᵀx_j (π - θ_ij)/(2π) (the core's arc-cosine kernel of
    order 0, its angle 2·arcsin(||x_i - x_j||/2) near 0); (..., n, n)."""
    return (X @ X.transpose(-1, -2)) * kernels.arccos0(X)


def gram_h_monte_carlo(X: torch.Tensor, draws: int, seed: int, chunk: int = 1 << 16):
    """Monte Carlo H over ``draws`` Gaussian w: (mean, standard error) per entry."""
    g = backend.generator(seed)
    total = torch.zeros(X.shape[0], X.shape[0], dtype=X.dtype, device=X.device)
    square = torch.zeros_like(total)
    done = 0
    while done < draws:
        b = min(chunk, draws - done)
        w = torch.randn(b, X.shape[1], generator=g, dtype=X.dtype, device=X.device)
        gate = (w @ X.T > 0).to(X.dtype)
        sample = torch.einsum("bi,bj->bij", gate, gate) * (X @ X.T)
        total += sample.sum(0)
        square += (sample**2).sum(0)
        done += b
    mean = total / draws
    se = ((square / draws - mean**2).clamp_min(0) / draws).sqrt()
    return mean, se


def lambda_0(X: torch.Tensor) -> torch.Tensor:
    """λ0 = λmin(H) (H is symmetric PSD: its smallest singular value, the paper's λmin, is its smallest eigenvalue)."""
    return torch.linalg.eigvalsh(gram_h(X))[..., 0]
