"""``python -m theorems experiment zou_gu [--full]``: the iteration counts of Theorems 3.3, 3.8, 3.10 and Corollary
3.5 as fitted exponents, next to the stated ones, with the measured constants of each T = O(·).

The paper has no experiments; this is the measurement its rate claims are checked by (``theorems.zou_gu.convergence``),
on every data family and with the φ-grids the claim tests leave out (no reachable regime for φ: see the φ claims'
reasons). Reduced grid: the ci regimes on near-duplicate pairs (well under a minute on a CPU); ``--full``: the nightly
regimes on pairs, near-antipodal arcs and low-dimensional arcs, with a progress bar.
"""
from __future__ import annotations

import math

import torch
from tqdm import tqdm

from theorems.core import profile as profiles
from theorems.zou_gu import convergence as C
from theorems.zou_gu.rates import Family

REDUCED = (Family("pairs", 0.5, "adversarial", 0),)
FULL = (Family("pairs", 0.5, "adversarial", 0), Family("pairs", 0.1, "random", 1),
        Family("antipodal_arc", 0.5, "adversarial", 0), Family("arc", 0.5, "adversarial", 0))


def _grid(name: str, full: bool) -> C.Grid:
    return C.GRIDS["nightly" if full else "ci"][name]


def rows(full: bool = False, families=None) -> list[dict]:
    """One row per (family, theorem, variable): the fitted exponent of T with its (1 - ALPHA)-CI, the stated one, the
    one-sided verdict in the regime, the measured constant of T = O(·); a row per family whose runs left the regime
    (censored or divergent: no fit)."""
    families = families or (FULL if full else REDUCED)
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # tiny tensors, one step after another: one thread (several cost 10x more here)
    try:
        return _rows(full, families)
    finally:
        torch.set_num_threads(threads)


def _rows(full: bool, families) -> list[dict]:
    out, cache = [], {}
    jobs = [(f, t) for f in families for t in C.STATED]
    for family, theorem in tqdm(jobs, desc="Zou-Gu rates", unit="theorem", disable=not full):
        name = C.GRID_OF[theorem]
        grid = _grid(name, full)
        reach = tuple(n for n in grid.n if family.max_phi(n) >= grid.phi0)  # an arc holds fewer points at φ0
        if len(reach) >= 3:
            grid = C.replace(grid, n=reach)
        label = f"{family.style}, μ = {family.mu:g}, {family.labels}"
        if (family, name) not in cache:
            try:  # the φ-grid apart: the claim tests' runs have no φ points, and a batch's draws depend on its points
                cache[family, name] = C.measure(family, C.replace(grid, phi=()))
                cache[family, name, "phi"] = C.measure(family, grid)
            except ValueError as error:  # a grid point beyond the family's reach (an arc's φ at large n)
                cache[family, name] = str(error)
        m = cache[family, name]
        if isinstance(m, str):
            out.append({"family": label, "theorem": theorem, "variable": "-", "fitted": math.nan, "CI": "-",
                        "stated": math.nan, "verdict": f"no fit: {m}", "constant": math.nan, "L": grid.L})
            continue
        if m.censored or m.diverged:
            out.append({"family": label, "theorem": theorem, "variable": "-", "fitted": math.nan, "CI": "-",
                        "stated": math.nan, "verdict": f"no fit: {m.censored} censored, {m.diverged} diverged",
                        "constant": math.nan, "L": grid.L})
            continue
        constant = C.constant(theorem, m)
        for variable in C.STATED[theorem]:
            if variable in ("L", "k"):
                values = (C.DEPTHS if variable == "L" else C.OUTPUTS)["nightly" if full else "ci"]
                fits = []
                for v in values:
                    if (family, name, variable, v) not in cache:
                        cache[family, name, variable, v] = C.measure(family, C.replace(
                            grid, n=(grid.n0,), phi=(), B=(), m0=C.DEPTH_WIDTH["nightly" if full else "ci"],
                            **{variable: v}))
                    fits.append(cache[family, name, variable, v])
                if any(f.censored or f.diverged for f in fits):
                    continue
                xs = [v for v, f in zip(values, fits) for _ in range(f.grid.seeds)]
                ys = [float(t) for f in fits for t in f.T[-1, 0]]
                groups = [s for f in fits for s in range(f.grid.seeds)]
                slope = C.rates.slope(xs, ys, C.ALPHA, groups=groups)
            elif variable == "eps":
                slope = C.eps_fit(m)
            elif variable == "phi":
                with_phi = cache[family, name, "phi"]
                if with_phi.censored or with_phi.diverged:
                    continue
                slope = C.fit(with_phi, variable)[0]
            else:
                slope = C.fit(m, variable)[0]
            stated = C.STATED[theorem][variable]
            verdict = "no faster than stated" if slope.low <= stated else "faster than stated (CI above)"
            if slope.high < stated / 2 if stated > 0 else False:
                verdict += "; below half the stated (loose)"
            out.append({"family": label, "theorem": theorem, "variable": C.VARIABLES[variable], "fitted": slope.slope,
                        "CI": f"[{slope.low:.2f}, {slope.high:.2f}]", "stated": stated, "verdict": verdict,
                        "constant": constant, "L": grid.L})
    return out


def report(full: bool = False, found: list[dict] | None = None) -> str:
    """The markdown table of ``rows(full)`` (or of the rows ``found`` already)."""
    found = rows(full) if found is None else found
    lines = [f"Zou-Gu iteration counts ({'nightly' if full else 'ci'} regimes; exponents of T(ε) fitted with "
             f"{1 - C.ALPHA:.10g}-CIs; 'constant' = max T/stated over the grid)",
             "| family | theorem | L | exponent of T in | fitted | CI | stated | in the regime | constant of T = O(.) |",
             "|---|---|---|---|---|---|---|---|---|"]
    for r in found:
        lines.append(f"| {r['family']} | {r['theorem']} | {r['L']} | {r['variable']} | {r['fitted']:.3g} | {r['CI']} | "
                     f"{r['stated']:g} | {r['verdict']} | {r['constant']:.3g} |")
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover
    print(report(profiles.profile() == "nightly"))


def as_markdown(full: bool) -> str:
    """``python -m theorems experiment zou_gu``: the fitted exponents of the iteration counts."""
    return report(full=full)


def as_html(full: bool) -> str:
    """The report's section: the fitted exponents of T with their CIs against the stated ones, and the table."""
    import matplotlib.pyplot as plt

    from theorems.report import figure_uri, img, markdown_table

    everything = rows(full)
    found = [r for r in everything if r["variable"] != "-"]
    labels = [f"{r['theorem'].replace('theorem_', 'Th ').replace('corollary_', 'Cor ')}: {r['variable']}" +
              (f" ({r['family']})" if full else "") for r in found]
    figure, axis = plt.subplots(figsize=(9, 0.3 * len(found) + 1.5))
    for i, r in enumerate(found):
        low, high = (float(v) for v in r["CI"].strip("[]").split(","))
        axis.plot([low, high], [i, i], color="#1f77b4", lw=2)
        axis.plot(r["fitted"], i, "o", color="#1f77b4")
        axis.plot(r["stated"], i, "|", color="black", ms=14, mew=2)
    axis.set_yticks(range(len(found)), labels, fontsize=7)
    axis.set(xlabel="exponent of T(ε) (fitted, with its CI; black bar: stated)",
             title="Zou-Gu iteration counts: fitted exponents against the stated ones")
    caption = "Zou-Gu Theorems 3.3, 3.8, 3.10, Corollary 3.5: fitted exponents of T against the stated ones"
    return markdown_table(report(full, everything)) + img(figure_uri(figure), caption)
