"""Data: instances hold their inputs as tuples (hashable, printable, pinnable with ``@example``); the digits
loader and generators of unit-sphere and structured data."""
from __future__ import annotations

import functools

import torch

from theorems.core import backend


class Rows:
    """Mixin for frozen instances whose inputs ``X`` are n equal-length rows in R^d."""

    X: tuple[tuple[float, ...], ...]

    def check_rows(self, n_labels: int) -> None:
        if not self.X or any(len(row) != len(self.X[0]) for row in self.X):
            raise ValueError("X must be a non-empty tuple of equal-length rows")
        if n_labels != len(self.X):
            raise ValueError(f"got {n_labels} labels for {len(self.X)} inputs")

    @property
    def n(self) -> int:
        return len(self.X)

    @property
    def d(self) -> int:
        return len(self.X[0])

    def inputs(self) -> torch.Tensor:
        return backend.tensor(self.X)


# --- datasets -------------------------------------------------------------------------------------

@functools.lru_cache(maxsize=1)
def _bundled_digits():
    from sklearn.datasets import load_digits

    data = load_digits()
    return data.data, data.target


def unit_rows(X: torch.Tensor) -> torch.Tensor:
    return X / X.norm(dim=-1, keepdim=True)


def digits(n: int | None = None, classes: tuple[int, ...] | None = None, per_class: int | None = None,
           seed: int | None = None, normalize: bool = True) -> tuple[torch.Tensor, torch.Tensor]:
    """scikit-learn's bundled 8x8 digits (the suite's real data set; nothing is downloaded): X (N, 64) float64 on
    the current device (rows unit-normalized when ``normalize``) and the digit labels (N,) int64 on the CPU.

    ``classes`` None: the first ``n`` images (all when None). Otherwise ``per_class`` images of each class in
    order: the first ones (``seed`` None) or a uniform choice without replacement (torch.randperm on a CPU
    generator seeded by ``seed``, one draw per class in order).
    """
    pixels, target = _bundled_digits()
    if classes is None:
        rows, labels = pixels[:n], target[:n]
    else:
        g = None if seed is None else torch.Generator().manual_seed(seed)
        chosen = []
        for digit in classes:
            pool = torch.nonzero(torch.as_tensor(target == digit)).flatten()
            pick = pool[:per_class] if g is None else pool[torch.randperm(pool.numel(), generator=g)[:per_class]]
            chosen.append(pick)
        index = torch.cat(chosen).numpy()
        rows, labels = pixels[index], target[index]
    X = backend.tensor(torch.as_tensor(rows))
    return (unit_rows(X) if normalize else X), torch.as_tensor(labels)


def sphere(n: int, d: int, generator: torch.Generator) -> torch.Tensor:
    """n points uniform on the unit sphere of R^d (normalized Gaussians); (n, d)."""
    return unit_rows(torch.randn(n, d, generator=generator, device=backend.device(), dtype=backend.DTYPE))


def subspace(n: int, d: int, k: int, generator: torch.Generator) -> torch.Tensor:
    """Structured data: n unit points uniform on the unit sphere of a random k-dimensional subspace of R^d."""
    if not 1 <= k <= d:
        raise ValueError(f"need 1 <= k <= d, got k={k}, d={d}")
    basis, _ = torch.linalg.qr(torch.randn(d, k, generator=generator, device=backend.device(), dtype=backend.DTYPE))
    return unit_rows(sphere(n, k, generator) @ basis.T)


def clusters(n: int, d: int, k: int, spread: float, generator: torch.Generator) -> tuple[torch.Tensor, torch.Tensor]:
    """Structured data: n unit points around k random unit centers (Gaussian noise of std ``spread`` per
    coordinate, then normalized), with their cluster index (n,); cluster i mod k for point i."""
    centers = sphere(k, d, generator)
    label = torch.arange(n, device=backend.device()) % k
    noise = spread * torch.randn(n, d, generator=generator, device=backend.device(), dtype=backend.DTYPE)
    return unit_rows(centers[label] + noise), label
