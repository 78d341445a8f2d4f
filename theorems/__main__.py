"""Command line: ``python -m theorems list [--paper SLUG] [--json]``, ``table``, ``errata``, ``coverage``, ``power``, ``experiment PAPER``, ``report DIR``, ``merge OUT IN...``."""
from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys

from theorems.constants import declared
from theorems.registry import STATUSES, claims, paper, papers, reading_pins


def status_table(paper: str | None = None) -> str:
    """The README's status table: one row per claim, then the count per status of the paper's claims, the
    machinery checks (kind ``machinery``) counted apart."""
    rows = claims(paper)
    lines = ["| claim | ref | kind | status | severity | impact |", "|---|---|---|---|---|---|"]
    lines += [f"| `{c.id}` | {c.ref} | {c.kind} | {c.status} | {c.severity or ''} | {c.impact or ''} |" for c in rows]
    own = [c for c in rows if c.kind != "machinery"]
    counts = ", ".join(f"{s}: {sum(c.status == s for c in own)}" for s in STATUSES)
    machinery = len(rows) - len(own)
    return "\n".join(lines) + f"\n\n{len(own)} claims ({counts})" + (
        f", and {machinery} machinery checks of the suite's own code (samplers, formulas, update steps)." if machinery else ".")


def main(argv: list[str] | None = None) -> int:
    """Run the command; a reader that closes the pipe early (``| head``) ends it quietly, with SIGPIPE's status."""
    try:
        code = _main(argv)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # the interpreter's last flush finds no pipe
        return 141


def _main(argv: list[str] | None) -> int:
    slugs = papers()
    with_experiments = [s for s in slugs if paper(s).experiment]
    parser = argparse.ArgumentParser(prog="python -m theorems", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    listing = sub.add_parser("list", help="print every registered claim")
    listing.add_argument("--paper", choices=slugs)
    listing.add_argument("--json", action="store_true", help="one JSON object per claim, in a JSON array")
    table = sub.add_parser("table", help="the README's status table (markdown)")
    table.add_argument("--paper", choices=slugs)
    errata = sub.add_parser("errata", help="the errata grouped by root cause, most severe first (markdown)")
    errata.add_argument("--paper", choices=slugs)
    errata.add_argument("--json", action="store_true", help="one JSON object per root cause, in a JSON array")
    report = sub.add_parser("report", help="render DIR/results.json (pytest --claims-report=DIR) as HTML in DIR")
    report.add_argument("directory")
    report.add_argument("--experiments", action="store_true", help="also reproduce each paper's experiments (reduced grids)")
    report.add_argument("--full", action="store_true", help="with --experiments: the papers' full grids")
    census = sub.add_parser("coverage", help="equation coverage: each paper's census against its text")
    census.add_argument("--paper", choices=slugs)
    census.add_argument("--json", action="store_true", help="one JSON object per paper")
    power = sub.add_parser("power", help="the power of the checks: each declared constant planted 2x stronger "
                                         "(terms deleted), seen or blind")
    power.add_argument("--paper", choices=slugs)
    power.add_argument("--json", action="store_true", help="one JSON object per claim")
    power.add_argument("--results", metavar="DIR", help="read DIR/results.json (a run with plants) instead of running")
    power.add_argument("tests", nargs="*", default=["tests"], help="the test paths to run the plants of (default: tests)")
    merge = sub.add_parser("merge", help="merge the results.json of several shards into OUT/results.json")
    merge.add_argument("out")
    merge.add_argument("shards", nargs="+")
    experiment = sub.add_parser("experiment", help="reproduce a paper's experiments and print the table")
    experiment.add_argument("paper", choices=with_experiments)
    experiment.add_argument("--full", action="store_true", help="the paper's full grid (some are meant for a GPU)")
    experiment.add_argument("--device", default="cpu")
    args = parser.parse_args(argv)
    if args.command == "experiment":
        from theorems.core import validate

        try:
            validate.device("--device", args.device)
        except ValueError as error:
            experiment.error(str(error))  # the usage line and the message, exit status 2
    if args.command in ("list", "table") and args.paper and not claims(args.paper):
        encoded = sorted({c.paper for c in claims()})
        print(f"python -m theorems {args.command}: no claims are registered for paper {args.paper!r} yet "
              f"(papers with claims: {', '.join(encoded)})", file=sys.stderr)
        return 1

    if args.command == "list":
        rows = claims(args.paper)
        reading_pins_of: dict[str, list] = {}
        for found in reading_pins(args.paper):
            reading_pins_of.setdefault(found.claim_id, []).append(found)
        if args.json:
            json.dump([{**c.to_json(), "reading_findings": [{"label": f.label, "reading": f.reading, "numbers": f.numbers}
                                                             for f in reading_pins_of.get(c.id, ())],
                        "constants": [dataclasses.asdict(k) for k in declared(c.id)]}
                       for c in rows], sys.stdout, indent=1, ensure_ascii=False)
            sys.stdout.write("\n")
        else:
            for c in rows:
                print(f"{c.id}  [{c.kind}, {c.status}]  {c.ref}: {c.statement}")
                if c.assumptions:
                    print(f"    assumptions: {', '.join(c.assumptions)}")
                if c.reading:
                    print(f"    reading: {c.reading}")
                if c.severity:
                    print(f"    severity: {c.severity}; impact: {c.impact or 'unassigned'}; root cause: {c.root_cause}")
                if c.looseness:
                    print(f"    looseness: {c.looseness}")
                if c.reason:
                    print(f"    reason: {c.reason}")
                for found in declared(c.id):
                    print(f"    constant {found.name} = {found.value:g} ({found.role}, {found.source}; plant: "
                          f"{found.plant})" + (f"; looseness: {found.looseness}" if found.looseness else ""))
                for found in reading_pins_of.get(c.id, ()):
                    print(f"    reading finding ({found.label}): fails under the reading {found.reading}: {found.numbers}")
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

            try:
                print(render(args.directory, args.experiments, args.full,
                             progress=lambda shown: tqdm(shown, desc="report", unit="paper")))
            except ValueError as error:
                parser.error(str(error))
    elif args.command == "power":
        import subprocess
        import tempfile

        from theorems import power as measured_power, results

        with tempfile.TemporaryDirectory() as scratch:
            directory = args.results
            if directory is None:
                directory = scratch
                selection = ["-k", args.paper] if args.paper else []
                run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-m", "plant",
                                      f"--claims-report={scratch}", *selection, *args.tests],
                                     capture_output=True, text=True)
                if run.returncode not in (0, 1, 5):  # 1: some plant is blind without a looseness; 5: no plant
                    print(run.stdout[-3000:] + run.stderr[-3000:], file=sys.stderr)
                    return run.returncode
            try:
                rows = measured_power.measured(results.load(directory), args.paper)
            except ValueError as error:
                parser.error(str(error))
        if args.json:
            json.dump(rows, sys.stdout, indent=1, ensure_ascii=False)
            sys.stdout.write("\n")
        else:
            print(measured_power.summary(rows))
    elif args.command == "coverage":
        from theorems import coverage, texts

        try:
            measured = {slug: coverage.of(slug) for slug in ([args.paper] if args.paper else slugs)}
        except texts.TextsMissing as missing:
            print(f"python -m theorems coverage: {missing}", file=sys.stderr)
            return 1
        if args.json:
            json.dump([{"paper": slug, **coverage.to_json(found)} for slug, found in measured.items()], sys.stdout,
                      indent=1, ensure_ascii=False)
            sys.stdout.write("\n")
        else:
            print("\n".join(coverage.markdown(slug, found) for slug, found in measured.items()))
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
        print(paper(args.paper).load("experiment")(args.full))
    return 0


if __name__ == "__main__":
    sys.exit(main())
