"""``rangecalc check``: evaluate the claims of scenario files."""

from __future__ import annotations

import argparse
from dataclasses import replace

from rangecalc.claims.claim import (
    ERROR,
    STEPS,
    ScenarioError,
    chosen_steps,
    evaluate_all,
    load_scenario,
)
from rangecalc.cli._shared import (
    EXIT_NO,
    EXIT_OK,
    MAP_FORMATS,
    Subcommands,
    _add_sampling,
    _catalog,
    _dumps,
    _emit_features,
    _fit,
    _fit_middle,
    _sampling,
    _table,
    _wrap,
)
from rangecalc.data.errors import InputError
from rangecalc.data.files import toml_files


def register(sub: Subcommands) -> None:
    """Add the command's parser to *sub* (the subparsers of ``rangecalc``)."""
    p = sub.add_parser(
        "check",
        help="evaluate the claims of scenario files",
        description=(
            "Evaluate every claim of the scenario files (a folder means every *.toml in it). "
            "Every file is validated before any claim is evaluated. Exit status 0 when every "
            "claim that states 'expect' matches it, 1 when one does not or a claim could not "
            "be evaluated (marked 'error' with its reason), 2 on a malformed file (nothing "
            "is evaluated then)."
        ),
    )
    p.add_argument("paths", nargs="+", metavar="FILE")
    p.add_argument(
        "--format",
        choices=("table", "json", *MAP_FORMATS),
        default="table",
        help="table (default), json, or a map of every claim: geojson or kml",
    )
    _add_sampling(p)
    p.add_argument(
        "--only",
        metavar="STEP[,STEP]",
        help=f"run only these steps (and those they read from): {', '.join(STEPS[3:])}; "
        "'--only verdict' gives the verdicts alone, without flip points, probability or "
        "hinges (default: every step)",
    )
    p.add_argument(
        "--out",
        metavar="PATH",
        help="also draw each claim's tornado chart (what its verdict hinges on) to "
        "PATH.png or PATH.svg, the claim's id added to the name; needs the 'plot' extra",
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Run the command on the parsed *args*; return the exit status."""
    catalog = _catalog(args.catalog)
    sampling = _sampling(args)
    steps = None
    if args.only is not None:
        try:
            steps = chosen_steps([s.strip() for s in args.only.split(",")])
        except InputError as exc:
            raise InputError(f"--only: {exc.message.removeprefix('steps: ')}") from None
        if "probability" not in steps:
            sampling = replace(sampling, samples=0)
    out = None
    if args.out is not None:
        from rangecalc.outputs.maps import figure_format

        out, _ = figure_format(args.out)  # refused before any claim is evaluated
    files = [f for raw in args.paths for f in toml_files(raw, error=ScenarioError)]
    # Every file is read and validated before any claim is evaluated: a malformed file
    # (exit 2) means nothing was evaluated.
    scenarios = [load_scenario(f, catalog=catalog) for f in files]
    results = [(sc, evaluate_all(sc, sampling, steps=steps)) for sc in scenarios]
    verdicts = [v for _, vs in results for v in vs]
    if out is not None:
        from rangecalc.outputs.maps import save_tornado

        charts = []
        for v in verdicts:
            if v.verdict == ERROR or not any(h.moves for h in v.hinges):
                continue
            one = len(verdicts) == 1
            path = out if one else out.with_name(f"{out.stem}-{v.claim.id}{out.suffix}")
            charts.append(save_tornado(v, path))
    # A claim marked "error" matches no expectation, so it too makes the answer "no".
    code = EXIT_OK if all(v.matches_expectation for v in verdicts) else EXIT_NO
    if args.format in MAP_FORMATS:
        from rangecalc.outputs.export import scenario_features

        features = [f for sc, vs in results for f in scenario_features(vs, catalog=sc.catalog)]
        titles = " + ".join(sc.title for sc, _ in results)
        _emit_features(features, args.format, titles)
        return code
    if args.format == "json":
        docs = [
            {"scenario": sc.title, "file": sc.file, "claims": [v.as_json() for v in vs]}
            for sc, vs in results
        ]
        print(_dumps(docs[0] if len(docs) == 1 else docs))
        return code
    for sc, vs in results:
        print(_fit(sc.title, 80))
        print(_fit(f"  {sc.file}", 80))
        rows = []
        for v in vs:
            if v.available is None:
                reach = "-"
            else:
                lo, _, hi = v.available.magnitudes("km")
                reach = f"{lo:,.0f}–{hi:,.0f}"
            if v.verdict == ERROR:
                req = "-"
            else:
                req = "no route" if v.required_km is None else f"{v.required_km:,.0f}"
            mark = "" if v.matches_expectation or v.verdict == ERROR else " !"
            prob = "-" if v.estimate is None else v.estimate.percent()
            rows.append(
                [
                    _fit_middle(v.claim.id, 28),
                    v.verdict + mark,
                    "-" if v.payload_t is None else f"{v.payload_t:,.1f}",
                    req,
                    reach,
                    prob,
                ]
            )
        header = ["claim", "verdict", "load t", "need", "reach km", "P"]
        print(_table(rows, header=header))
        for v in vs:
            if not v.matches_expectation and v.verdict != ERROR:
                print(_wrap(f"! {v.claim.id}: {v.verdict}, expected {v.claim.expect}"))
            if v.error is not None:
                print(_wrap(f"error in {v.claim.id}: {v.error}"))
        print()
    mismatched = sum(not v.matches_expectation and v.verdict != ERROR for v in verdicts)
    errors = sum(v.verdict == ERROR for v in verdicts)
    summary = f"{len(verdicts)} claims checked, {mismatched} differ from their expectation"
    summary += " (marked !)" if mismatched else ""
    print(summary + (f", {errors} could not be evaluated" if errors else ""))
    print("load t: payload carried (half the maximum where a claim gives none)")
    print("need: km by the permitted route to the worst target")
    if sampling.samples:
        print(
            _wrap(
                f"P: probability the claim holds, {sampling.samples:,} samples of the "
                f"catalog spreads (seed {sampling.seed}); --format json or --out "
                "chart.png for what each verdict hinges on"
            )
        )
    if out is not None:
        for path in charts:
            print(f"tornado chart written to {path}")
    return code
