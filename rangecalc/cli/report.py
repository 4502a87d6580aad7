"""``rangecalc report``: one self-contained HTML page for a scenario file."""

from __future__ import annotations

import argparse

from rangecalc.claims.claim import evaluate_all, load_scenario
from rangecalc.cli._shared import EXIT_NO, EXIT_OK, Subcommands, _catalog


def register(sub: Subcommands) -> None:
    """Add the command's parser to *sub* (the subparsers of ``rangecalc``)."""
    p = sub.add_parser(
        "report",
        help="an offline HTML report of a scenario file: verdicts, map, curves, sources",
        description=(
            "Write one self-contained HTML page that opens without a network: the verdict "
            "table, each claim's explanation, an interactive map (pan, zoom, click a feature "
            "for its verdict and sources), the payload-range curves used and a bibliography "
            "of every source cited. Needs the 'plot' extra. Exit status 1 when a verdict "
            "differs from its expectation, as for check."
        ),
    )
    p.add_argument("path", metavar="FILE", help="a scenario file")
    p.add_argument("--out", required=True, metavar="PATH", help="report.html")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Run the command on the parsed *args*; return the exit status."""
    from rangecalc.outputs.report import report_path, write_report

    out = report_path(args.out)  # refused before any claim is evaluated
    scenario = load_scenario(args.path, catalog=_catalog(args.catalog))
    results = evaluate_all(scenario)
    write_report(scenario, out, results=results)
    matched = sum(v.matches_expectation for v in results)
    print(f"{len(results)} claims, {matched} as expected: report written to {out}")
    return EXIT_OK if matched == len(results) else EXIT_NO
