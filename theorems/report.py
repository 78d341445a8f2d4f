"""``python -m theorems report DIR``: a static, offline HTML report of a run (``DIR/results.json``).

``DIR/index.html`` lists the papers; ``DIR/<paper>.html`` shows the paper's status and severity
counts, the root causes of its errata with their pins and hand checks, a tightness chart (the
largest measured/bound each claim test reached), every claim test's outcome, and, with
``--experiments``, the paper's reproduced experiments (tables and figures). Figures are made
with matplotlib and embedded as PNG data URIs: the pages load no asset from the network.
"""
from __future__ import annotations

import base64
import html
import io
import math
from collections import Counter
from pathlib import Path

from theorems import errata, results
from theorems.registry import SEVERITIES, STATUSES, claims, paper as registered_paper, papers, reading_pins

STYLE = """
body { font-family: sans-serif; margin: 2em auto; max-width: 72em; line-height: 1.4; color: #222; }
table { border-collapse: collapse; margin: 1em 0; font-size: 0.9em; }
th, td { border: 1px solid #ccc; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
.failed { background: #fdd; } .erratum { background: #fff3d6; } .held { background: #e8f6e8; } .reading { background: #e6eefb; }
figure { margin: 1em 0; } img { max-width: 100%; }
.trajectories { display: grid; grid-template-columns: repeat(auto-fill, minmax(34em, 1fr)); gap: 0 1.5em; }
.trajectories figcaption { font-size: 0.8em; overflow-wrap: anywhere; }
code { font-size: 0.95em; }
"""


def figure_uri(figure) -> str:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=90, bbox_inches="tight")
    import matplotlib.pyplot as plt

    plt.close(figure)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def img(uri: str, caption: str) -> str:
    return f'<figure><img src="{uri}" alt="{html.escape(caption)}"><figcaption>{html.escape(caption)}</figcaption></figure>'


def html_table(header: list[str], rows: list[list], classes: list[str] | None = None) -> str:
    head = "".join(f"<th>{html.escape(str(h))}</th>" for h in header)
    body = []
    for i, row in enumerate(rows):
        cls = f' class="{classes[i]}"' if classes and classes[i] else ""
        body.append(f"<tr{cls}>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>")
    return f"<table><tr>{head}</tr>{''.join(body)}</table>"


def markdown_table(text: str) -> str:
    """A markdown pipe table (as the experiments print) as HTML; other lines as paragraphs."""
    lines = [line for line in text.splitlines() if line.strip()]
    rows = [[cell.strip() for cell in line.strip().strip("|").split("|")] for line in lines if line.startswith("|")]
    rows = [r for r in rows if not all(set(c) <= set("-:") for c in r)]
    notes = "".join(f"<p>{html.escape(line)}</p>" for line in lines if not line.startswith("|"))
    return (html_table(rows[0], rows[1:]) if rows else "") + notes


def tightness_chart(rows: list[dict], paper: str) -> str | None:
    """Horizontal bars: per claim test, the largest measured/bound reached (1 = tight, > 1 broken)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rated = [(f"{r['claim']} ({r['test']})", r["tightest"]["ratio"]) for r in rows
             if r["tightest"] and r["tightest"]["ratio"] is not None and r["tightest"]["ratio"] > 0]
    if not rated:
        return None
    rated.sort(key=lambda item: item[1])
    figure, axis = plt.subplots(figsize=(9, 0.28 * len(rated) + 1.2))
    values = [min(max(v, 1e-6), 1e6) for _, v in rated]
    colors = ["#c0392b" if v > 1 else "#27ae60" if v >= 0.5 else "#7f8c8d" for v in values]
    axis.barh(range(len(rated)), values, color=colors)
    axis.set_yticks(range(len(rated)), [name for name, _ in rated], fontsize=7)
    axis.set_xscale("log")
    axis.axvline(1.0, color="black", lw=1)
    axis.axvline(0.5, color="black", lw=0.6, ls="--")
    axis.set_xlabel("measured / bound on the tightest instance reached (1: tight; dashed: loose by 2)")
    axis.set_title(f"{paper}: tightness")
    return img(figure_uri(figure), f"{paper}: tightness of every inequality checked (log scale)")


def _scale(values: list[float], wanted: bool | None) -> str:
    """'log' for positive values spanning more than a decade where asked (more than two decades unasked), else
    'linear' (a log axis over a few percent reads worse than a linear one)."""
    finite = [v for v in values if not math.isnan(v)]
    if not finite or min(finite) <= 0 or wanted is False:
        return "linear"
    return "log" if max(finite) / min(finite) > (10 if wanted else 100) else "linear"


def trajectory_figure(row: dict, claim=None) -> str | None:
    """The measured side against its bound along the trajectory kept by ``row``'s tightest evidence (None if none).

    The series' labels (``theorems.evidence.keep_trajectory``) name the axes and the two curves; the measured side
    is a solid line with markers, the bound a dashed black line; times a property marks as saying nothing (values
    >= 1e299, e.g. a loss at the float64 floor) are left out."""
    import matplotlib.pyplot as plt

    series = (row["tightest"] or {}).get("series")
    if not series or not series.get("x"):
        return None
    labels = series.get("labels") or {}
    x = [float(v) for v in series["x"]]
    measured, bound = ([v if abs(v) < 1e299 else math.nan for v in series[k]] for k in ("measured", "bound"))
    figure, axis = plt.subplots(figsize=(6.4, 3.4))
    marker = "o" if len(x) <= 40 else None
    axis.plot(x, measured, color="#1f77b4", lw=1.6, marker=marker, ms=3, label=labels.get("measured") or "measured")
    axis.plot(x, bound, color="black", lw=1.3, ls="--", label=labels.get("bound") or "bound")
    axis.set_yscale(_scale(measured + bound, labels.get("log")))
    if labels.get("logx") and min(x) > 0:
        axis.set_xscale("log")
    ref = f" ({claim.ref})" if claim is not None else ""
    test = row["nodeid"].split("::")[-1] if "nodeid" in row else row["test"]
    axis.set_title(f"{row['claim']}{ref}\n{test if len(test) <= 90 else test[:87] + '...'}", fontsize=8)
    axis.set_xlabel(labels.get("x") or "t", fontsize=8)
    axis.set_ylabel(labels.get("y") or "value", fontsize=8)
    axis.tick_params(labelsize=7)
    axis.grid(alpha=0.3)
    axis.legend(fontsize=7)
    caption = (f"{row['claim']}{ref}: measured against its bound on the tightest instance reached "
               f"({row['outcome']}), {row['tightest']['instance']}")
    return img(figure_uri(figure), caption)


def trajectory_figures(rows: list[dict], paper: str | None = None) -> str:
    """For each dynamic claim test, the measured side against its bound along the tightest trajectory reached; with
    ``paper``, a note names its dynamic claims (``Claim.dynamic``) that no claim test of this run drew."""
    from theorems.registry import CLAIMS, dynamic_claims

    drawn, parts = set(), []
    for row in rows:
        figure = trajectory_figure(row, CLAIMS.get(row["claim"]))
        if figure:
            drawn.add(row["claim"])
            parts.append(figure)
    missing = [c.id for c in dynamic_claims(paper) if c.id not in drawn] if paper else []
    note = (f"<p>Dynamic claims with no trajectory in this run (not run, skipped, or no informative example): "
            f"{html.escape(', '.join(missing))}.</p>" if missing else "")
    figures = f'<div class="trajectories">{"".join(parts)}</div>' if parts else ""
    return (figures or "<p>No claim test of this run recorded a trajectory.</p>") + note


def _tightness_text(tightest: dict | None) -> str:
    if not tightest:
        return "-"
    ratio = tightest["ratio"]
    if ratio is None:
        return f"slack {tightest['normalized_slack']:.3g}"
    return f"{ratio:.3g}" if math.isfinite(ratio) else str(ratio)


def coverage_line(paper: str) -> str:
    """The paper's census against its text (``theorems.coverage``), in one line."""
    from theorems import coverage, texts

    try:
        found = coverage.of(paper)
    except texts.TextsMissing as missing:
        return str(missing)
    return coverage.markdown(paper, found).splitlines()[0]


def paper_page(paper: str, rows: list[dict], experiments: bool, full: bool) -> str:
    registered = [c for c in claims(paper) if c.kind != "machinery"]
    status = Counter(c.status for c in registered)
    severity = errata.severity_counts(paper)
    parts = [f"<h1>{paper}</h1>", f"<p>{html.escape(registered_paper(paper).title)}</p>", '<p><a href="index.html">all papers</a></p>',
             "<h2>Status</h2>", html_table(list(STATUSES), [[status[s] for s in STATUSES]]),
             f"<h2>Errata by severity</h2><p>{severity.total()} errata from {errata.independent_errors(paper)} "
             "independent errors (one per root cause).</p>",
             html_table([*SEVERITIES, "unassigned"], [[severity[s] for s in (*SEVERITIES, "unassigned")]]),
             "<h2>Root causes of the errata</h2>"]
    for cause in errata.to_json(paper):
        parts.append(f"<h3>{html.escape(cause['root_cause'] or 'no root cause registered')}: "
                     f"{html.escape(cause['title'] or '')}</h3>")
        if cause["explanation"]:
            parts.append(f"<p>{html.escape(cause['explanation'])}</p><p><b>Scaling.</b> {html.escape(cause['scaling'])}</p>")
        if cause["hand_check"]:
            parts.append(f"<p><b>Hand check.</b> {html.escape(cause['hand_check'])}</p>")
        parts.append(html_table(["claim", "ref", "severity", "impact", "pins (label: numbers)"],
                            [[c["id"], c["ref"], c["severity"] or "", c["impact"] or "unassigned",
                              "; ".join(f"{p['label']}: {p['numbers']}" for p in c["pins"]) or "none"]
                             for c in cause["claims"]]))
    parts.append("<h2>Equation coverage</h2><p>" + html.escape(coverage_line(paper)) + "</p>")
    from theorems import power

    power_rows = power.measured({"results": rows}, paper)
    parts.append("<h2>Power: each declared constant planted 2x stronger (terms deleted)</h2>"
                 + "".join(f"<p>{html.escape(line)}</p>" for line in power.summary(power_rows).splitlines()))
    findings = reading_pins(paper)
    parts.append("<h2>Reading findings</h2>" + (html_table(
        ["claim", "label", "fails under the reading", "numbers"],
        [[f.claim_id, f.label, f.reading, f.numbers] for f in findings], ["reading"] * len(findings)) if findings else
        "<p>None registered: no check of this paper fails under a declared reading.</p>"))
    parts.append("<h2>Tightness</h2>")
    parts.append(tightness_chart(rows, paper) or "<p>No inequality with a measured/bound ratio in this run.</p>")
    parts.append("<h2>Trajectories against their bounds</h2>" + trajectory_figures(rows, paper))
    parts.append("<h2>Claim tests of this run</h2>")
    outcome_class = {"held": "held", "failed": "failed", "erratum reproduced": "erratum", "erratum searched": "erratum",
                     "reading finding": "reading", "plant caught": "held", "plant blind": "erratum"}
    parts.append(html_table(["claim", "test", "outcome", "tightness (measured/bound)", "informative/total", "seconds"],
                        [[r["claim"], r["test"], r["outcome"] + (f" ({r['reproduced']}/{r['informative']})"
                                                                 if r["outcome"] == "erratum searched" else ""),
                          _tightness_text(r["tightest"]), f"{r['informative']}/{r['total']}", r["duration"]]
                         for r in rows], [outcome_class.get(r["outcome"], "") for r in rows]))
    section = registered_paper(paper).load("experiment_html") if experiments else None
    if section is not None:
        parts.append("<h2>Experiments, reproduced</h2>" + section(full))
    return _page(f"{paper}: verification report", "".join(parts))


def _page(title: str, body: str) -> str:
    return (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title>"
            f"<style>{STYLE}</style></head><body>{body}</body></html>\n")


def render(directory: str | Path, experiments: bool = False, full: bool = False, progress=None) -> Path:
    """Write ``index.html`` and one page per paper with claims into ``directory`` (which holds results.json)."""
    import matplotlib

    matplotlib.use("Agg")
    directory = Path(directory)
    doc = results.load(directory)
    unknown = sorted({r["paper"] for r in doc["results"]} - set(papers()))
    if unknown:
        raise ValueError(f"report: {directory / 'results.json'} has results of papers that are not registered here: "
                         f"{', '.join(unknown)} (install their packages, e.g. python -m pip install -e PATH; "
                         f"registered: {', '.join(papers())})")
    shown = [p for p in papers() if claims(p)]
    index_rows = []
    for paper in (progress(shown) if progress else shown):
        rows = [r for r in doc["results"] if r["paper"] == paper]
        (directory / f"{paper}.html").write_text(paper_page(paper, rows, experiments, full))
        outcomes = Counter(r["outcome"] for r in rows)
        index_rows.append((paper, len(claims(paper)), len(rows), outcomes))
    runs = "; ".join(f"profile {r['profile']}, device {r['device']}, shard {r['shard'] or 'all'}, {r['started']}"
                     for r in doc["runs"])
    body = ("<h1>Verification report</h1>" + f"<p>Runs: {html.escape(runs)}</p>" +
            "<table><tr><th>paper</th><th>claims</th><th>claim tests run</th>" +
            "".join(f"<th>{o}</th>" for o in results.OUTCOMES) + "</tr>" +
            "".join(f'<tr><td><a href="{p}.html">{p}</a></td><td>{n}</td><td>{t}</td>' +
                    "".join(f"<td>{c[o]}</td>" for o in results.OUTCOMES) + "</tr>" for p, n, t, c in index_rows) +
            "</table>")
    index = directory / "index.html"
    index.write_text(_page("Verification report", body))
    return index
