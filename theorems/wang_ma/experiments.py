"""Table 1 (Section 7): hitting iteration and loss descent of model (6), logistic loss, full-batch GD.

Rows: the paper's numbers side by side with the reproduction on generated data and on scikit-learn's
bundled digits (MNIST/CIFAR-10 cannot be downloaded), under model (6)'s own init and under the
authors' notebook init (a_k ∈ {±1}^C, b ~ N(0, κ²I), c = κ = 1e-6).
"""
from __future__ import annotations

import torch
from tqdm import tqdm

from theorems.core import backend
from theorems.core.data import digits as bundled_digits
from theorems.core.profile import profile
from theorems.wang_ma import model
from theorems.wang_ma.instance import OneHot, corollary_4_7_kappa
from theorems.wang_ma.properties import COROLLARY_4_7_DESCENT, hand_descent_bound

PAPER = {  # (m, η): (CIFAR-10, MNIST) as printed
    (100, 0.01): (0.345, 0.389), (200, 0.01): (0.534, 0.478), (500, 0.01): (0.611, 0.597),
    (1000, 0.01): (0.653, 0.645), (200, 0.005): (0.534, 0.498), (200, 0.002): (0.543, 0.495),
    (200, 0.001): (0.537, 0.492),
}
FULL_GRID = tuple(PAPER)
CI_GRID = ((100, 0.01), (200, 0.01))


def digits(n: int = 1000):
    """load_digits' first n images, L2-normalized (pixels >= 0, so s = 0 in Assumption 4.5), one-hot labels."""
    return bundled_digits(n)


def generated(n: int, d: int = 64, C: int = 10, seed: int = 0):
    """Nonnegative unit inputs with uniform labels (a stand-in with the digits' shape)."""
    g = backend.generator(seed)
    X = torch.rand(n, d, generator=g, dtype=backend.DTYPE, device=backend.device())
    return X / X.norm(dim=1, keepdim=True), torch.randint(0, C, (n,), generator=g, device=backend.device())


def _descent(X, labels, m: int, eta: float, init: str, seeds: int, seed: int) -> float:
    T = model.reconstructed_T(eta, "doubling")
    C = 10
    Y = torch.nn.functional.one_hot(labels.cpu(), C).to(backend.DTYPE).to(backend.device())
    if init == "paper":
        a, b, c = model.initialize_onehot(seed, seeds, m, X.shape[1], C, corollary_4_7_kappa(eta, X.shape[0]))
    else:
        g, kappa = backend.generator(seed), 1e-6
        kw = {"device": backend.device(), "dtype": backend.DTYPE}
        b = torch.randn(seeds, m, X.shape[1], generator=g, **kw) * kappa
        c = torch.full((seeds, m), kappa, **kw)
        a = torch.randint(0, 2, (seeds, m, C), generator=g, device=backend.device()).to(backend.DTYPE) * 2 - 1
    L = model.sgd_onehot(a, b, c, X, Y, "logistic", eta, T, None, seed)["loss"]
    return float((L[:, 0] - L[:, T]).mean())


def table_1(full: bool | None = None, seeds: int = 1, n: int | None = None) -> list[dict]:
    """Rows of Table 1: per (m, η), the hitting iteration, the paper's values and the reproductions."""
    full = profile() == "nightly" if full is None else full
    n = n or (1000 if full else 200)
    data = {"digits": digits(n), "generated": generated(n)}
    rows = []
    for m, eta in tqdm(FULL_GRID if full else CI_GRID, desc="Wang & Ma Table 1", unit="row", disable=not full):
        bound = hand_descent_bound(OneHot(((1.0,),), (0,), 1, m, corollary_4_7_kappa(eta, n), eta, None, "logistic", 0),
                                   model.reconstructed_T(eta, "doubling"))
        row = {"m": m, "eta": eta, "hitting": model.reconstructed_T(eta, "doubling"),
               "paper_cifar": PAPER[(m, eta)][0], "paper_mnist": PAPER[(m, eta)][1],
               "paper_bound": COROLLARY_4_7_DESCENT, "hand_upper_bound_model_6": bound}
        for name, (X, labels) in data.items():
            for init in ("paper", "notebook"):
                row[f"{name}_{init}_init"] = _descent(X, labels, m, eta, init, seeds, 0)
        rows.append(row)
    return rows


def report(full: bool = False) -> str:
    rows = table_1(full)
    keys = list(rows[0])
    lines = ["| " + " | ".join(keys) + " |", "|" + "---|" * len(keys)]
    lines += ["| " + " | ".join(f"{r[k]:.4g}" if isinstance(r[k], float) else str(r[k]) for k in keys) + " |" for r in rows]
    return "\n".join(lines)


def as_markdown(full: bool) -> str:
    """``python -m theorems experiment wang_ma``: Table 1."""
    return report(full)


def as_html(full: bool) -> str:
    """The report's section: Table 1 and its loss descents as bars."""
    import matplotlib.pyplot as plt

    from theorems.report import figure_uri, html_table, img

    rows = table_1(full)
    keys = list(rows[0])
    figure, axis = plt.subplots(figsize=(9, 3.5))
    labels = [f"m={r['m']}, η={r['eta']}" for r in rows]
    series = [k for k in keys if k.startswith(("paper_", "digits_", "generated_", "hand_"))]
    width = 0.8 / len(series)
    for j, key in enumerate(series):
        axis.bar([i + j * width for i in range(len(rows))], [r[key] for r in rows], width, label=key)
    axis.set_xticks([i + 0.4 for i in range(len(rows))], labels, fontsize=7)
    axis.set(ylabel="loss descent at the hitting iteration", title="Wang & Ma Table 1, reproduced")
    axis.legend(fontsize=6)
    table = html_table(keys, [[f"{r[k]:.4g}" if isinstance(r[k], float) else r[k] for k in keys] for r in rows])
    return table + img(figure_uri(figure), "Wang & Ma Table 1: the paper's values against model (6)'s and the "
                                           "notebook's initializations")
