"""Command line: ``python -m theorems list [--paper SLUG] [--json]``, ``table``, ``errata``, ``experiment PAPER``, ``report DIR``, ``merge OUT IN...``."""
from __future__ import annotations

import argparse
import json
import sys

from theorems.registry import PAPERS, STATUSES, claims


def status_table(paper: str | None = None) -> str:
    """The README's status table: one row per claim, then the count per status."""
    rows = claims(paper)
    lines = ["| claim | ref | kind | status | severity |", "|---|---|---|---|---|"]
    lines += [f"| `{c.id}` | {c.ref} | {c.kind} | {c.status} | {c.severity or ''} |" for c in rows]
    counts = ", ".join(f"{s}: {sum(c.status == s for c in rows)}" for s in STATUSES)
    return "\n".join(lines) + f"\n\n{len(rows)} claims ({counts})."


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m theorems", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    listing = sub.add_parser("list", help="print every registered claim")
    listing.add_argument("--paper", choices=PAPERS)
    listing.add_argument("--json", action="store_true", help="one JSON object per claim, in a JSON array")
    table = sub.add_parser("table", help="the README's status table (markdown)")
    table.add_argument("--paper", choices=PAPERS)
    errata = sub.add_parser("errata", help="the errata grouped by root cause, most severe first (markdown)")
    errata.add_argument("--paper", choices=PAPERS)
    errata.add_argument("--json", action="store_true", help="one JSON object per root cause, in a JSON array")
    report = sub.add_parser("report", help="render DIR/results.json (pytest --claims-report=DIR) as HTML in DIR")
    report.add_argument("directory")
    report.add_argument("--experiments", action="store_true", help="also reproduce each paper's experiments (reduced grids)")
    report.add_argument("--full", action="store_true", help="with --experiments: the papers' full grids")
    merge = sub.add_parser("merge", help="merge the results.json of several shards into OUT/results.json")
    merge.add_argument("out")
    merge.add_argument("shards", nargs="+")
    experiment = sub.add_parser("experiment", help="reproduce a paper's experiments and print the table")
    experiment.add_argument("paper", choices=["kong", "wang_ma", "chen_veb", "shallow_sgd", "zou_gu"])
    experiment.add_argument("--full", action="store_true",
                            help="the paper's full grid (kong: slow, meant for a GPU; wang_ma, chen_veb: under a minute on CPU)")
    experiment.add_argument("--device", default="cpu")
    args = parser.parse_args(argv)
    if args.command == "experiment":
        from theorems.core import validate

        try:
            validate.device("--device", args.device)
        except ValueError as error:
            experiment.error(str(error))  # the usage line and the message, exit status 2
    if args.command in ("list", "table") and args.paper and not claims(args.paper):
        papers = sorted({c.paper for c in claims()})
        print(f"python -m theorems {args.command}: no claims are registered for paper {args.paper!r} yet "
              f"(papers with claims: {', '.join(papers)})", file=sys.stderr)
        return 1

    if args.command == "list":
        rows = claims(args.paper)
        if args.json:
            json.dump([c.to_json() for c in rows], sys.stdout, indent=1, ensure_ascii=False)
            sys.stdout.write("\n")
        else:
            for c in rows:
                print(f"{c.id}  [{c.kind}, {c.status}]  {c.ref}: {c.statement}")
                if c.assumptions:
                    print(f"    assumptions: {', '.join(c.assumptions)}")
                if c.reading:
                    print(f"    reading: {c.reading}")
                if c.severity:
                    print(f"    severity: {c.severity}; root cause: {c.root_cause}")
                if c.reason:
                    print(f"    reason: {c.reason}")
    elif args.command == "table":
        print(status_table(args.paper))
    elif args.command in ("report", "merge"):
        from theorems import results

        try:
            loaded = [results.load(d) for d in (args.shards if args.command == "merge" else [args.directory])]
        except ValueError as error:
            parser.error(str(error))
        if args.command == "merge":
            print(results.write(args.out, results.merge(loaded)))
        else:
            from tqdm import tqdm

            from theorems.report import render

            print(render(args.directory, args.experiments, args.full,
                         progress=lambda papers: tqdm(papers, desc="report", unit="paper")))
    elif args.command == "errata":
        from theorems import errata as errata_report

        if args.json:
            json.dump(errata_report.to_json(args.paper), sys.stdout, indent=1, ensure_ascii=False)
            sys.stdout.write("\n")
        else:
            print(errata_report.markdown(args.paper))
    else:
        from theorems.core import backend

        backend.set_device(args.device)
        if args.paper == "kong":
            from theorems.kong.experiments import report, section_5

            print(report(section_5(full=args.full)))
        elif args.paper == "shallow_sgd":
            from tqdm import tqdm

            from theorems.shallow_sgd.experiments import report as shallow_report

            print(shallow_report(full=args.full, progress=(lambda cells: tqdm(cells, desc="Section 6", unit="cell"))
                                 if args.full else None))
        elif args.paper == "wang_ma":
            from theorems.wang_ma.experiments import report

            print(report(full=args.full))
        elif args.paper == "zou_gu":
            from theorems.zou_gu.experiments import report as zou_gu_report

            print(zou_gu_report(full=args.full))
        else:
            from theorems.chen_veb.experiments import movement_report

            print(movement_report(full=args.full))
    return 0


if __name__ == "__main__":
    sys.exit(main())
