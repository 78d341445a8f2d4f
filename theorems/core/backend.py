"""Device and dtype of every tensor the core creates (float64 by default).

The test harness sets the device once per session (the pytest plugin's
``--device``); everything else asks ``device()`` and ``generator(seed)``.
"""
from __future__ import annotations

import torch

DTYPE = torch.float64
_device = torch.device("cpu")


def set_device(name: str) -> torch.device:
    global _device
    dev = torch.device(name)
    if dev.type == "cuda" and not torch.cuda.is_available():
        raise ValueError(f"device {name!r} requested but torch.cuda.is_available() is False")
    if dev.type not in ("cpu", "cuda"):
        raise ValueError(f"device must be 'cpu' or 'cuda[:i]', got {name!r}")
    _device = dev
    return dev


def device() -> torch.device:
    return _device


def generator(seed: int) -> torch.Generator:
    """A generator on the current device, so that draws are reproducible from ``seed``."""
    g = torch.Generator(device=_device)
    g.manual_seed(int(seed))
    return g


def tensor(data, dtype=DTYPE) -> torch.Tensor:
    return torch.as_tensor(data, dtype=dtype, device=_device)
