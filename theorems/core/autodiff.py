"""The single autograd oracle: every paper's closed-form gradients and Gram matrices are checked against it.

Functions take ``fn(*params)`` with a leading batch of independent seeds S on every parameter and on the
output (S, n) or one value per seed (S,). Seeds are independent, so the gradient of the sum over seeds is
the batch of per-seed gradients.
"""
from __future__ import annotations

from typing import Callable, Sequence

import torch

from theorems.core import backend

Params = Sequence[torch.Tensor]


def leaves(params: Params) -> tuple[torch.Tensor, ...]:
    """Fresh leaves that require grad (the tensors detached from any graph)."""
    return tuple(p.detach().requires_grad_(True) for p in params)


def gradient(fn: Callable[..., torch.Tensor], params: Params) -> tuple[torch.Tensor, ...]:
    """∇ of ``fn`` (one value per seed, (S,)) with respect to each parameter, by reverse mode; same shapes."""
    with torch.enable_grad():
        xs = leaves(params)
        return torch.autograd.grad(fn(*xs).sum(), xs)


def jacobian(fn: Callable[..., torch.Tensor], params: Params, method: str = "vmap",
             extra: Params = ()) -> tuple[torch.Tensor, ...]:
    """Per-sample Jacobians ∂u_i/∂θ of u = ``fn(*params, *extra)`` (S, n): one (S, n, *θ.shape[1:]) per parameter.

    ``extra``: seed-batched tensors that ``fn`` reads but that are not differentiated. Every seed-batched input
    must come in through ``params`` or ``extra``: ``vmap`` maps over seeds, so a tensor of S seeds that ``fn``
    closes over would be broadcast against one seed's parameters (shared data such as X may be closed over).
    ``vmap``: torch.func's vmap(jacrev) over seeds; ``loop``: one reverse pass per sample i.
    """
    params, extra = tuple(p.detach() for p in params), tuple(extra)
    if method == "vmap":
        def single(*p):
            return fn(*(q[None] for q in p))[0]
        jac = torch.func.jacrev(single, argnums=tuple(range(len(params))))
        return tuple(torch.func.vmap(jac)(*params, *extra))
    if method != "loop":
        raise ValueError(f"method must be 'vmap' or 'loop', got {method!r}")
    with torch.enable_grad():
        xs = leaves(params)
        u = fn(*xs, *extra)
        rows = [torch.autograd.grad(u[:, i].sum(), xs, retain_graph=True) for i in range(u.shape[1])]
    return tuple(torch.stack([r[k] for r in rows], 1) for k in range(len(xs)))


def gram(jacobians: Sequence[torch.Tensor]) -> torch.Tensor:
    """The empirical NTK Σ_θ <∂u_i/∂θ, ∂u_j/∂θ> from per-sample Jacobians (S, n, ...); (S, n, n)."""
    total = 0
    for J in jacobians:
        F = J.flatten(2)
        total = total + F @ F.transpose(1, 2)
    return total


def ntk(fn: Callable[..., torch.Tensor], params: Params, method: str = "vmap", extra: Params = ()) -> torch.Tensor:
    """The empirical NTK (Gram matrix of the output gradients) of ``fn`` at ``params``; (S, n, n)."""
    return gram(jacobian(fn, params, method, extra))


def jvp(fn: Callable[..., torch.Tensor], params: Params, tangents: Params) -> tuple[torch.Tensor, torch.Tensor]:
    """(fn(params), d/dε fn(params + ε tangents) at 0) by forward mode."""
    return torch.func.jvp(fn, tuple(p.detach() for p in params), tuple(tangents))


def hvp(fn: Callable[..., torch.Tensor], params: Params, tangents: Params) -> tuple[torch.Tensor, ...]:
    """Hessian-vector products ∇²(Σ fn)(params)·tangents, forward over reverse mode (fn's batch entries, e.g.
    seeds, are independent, so summing them keeps each seed's Hessian block)."""
    argnums = tuple(range(len(params)))
    grad = torch.func.grad(lambda *p: fn(*p).sum(), argnums=argnums)
    return torch.func.jvp(grad, tuple(p.detach() for p in params), tuple(tangents))[1]


def perturbed(params: Params, seed: int, scale: float = 1.0) -> tuple[torch.Tensor, ...]:
    """Weights moved off initialization: each θ + scale · N(0, I), drawn in order from one generator seeded by
    ``seed``, so that identities are checked at generic θ (not only where the initialization's structure holds)."""
    g = backend.generator(seed)
    out = []
    for p in params:
        noise = torch.randn(p.shape, generator=g, device=p.device, dtype=p.dtype)
        out.append(p + (noise if scale == 1.0 else scale * noise))
    return tuple(out)
