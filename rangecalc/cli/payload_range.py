"""``rangecalc payload-range``: radius against payload."""

from __future__ import annotations

import argparse
import textwrap

from rangecalc.cli._shared import (
    EXIT_OK,
    Subcommands,
    _catalog,
    _dumps,
    _limit_json,
    _mission_kwargs,
    _table,
    mission_options,
)
from rangecalc.model.mission import (
    payload_radius_curve,
)
from rangecalc.model.plan import Mission


def register(sub: Subcommands) -> None:
    """Add the command's parser to *sub* (the subparsers of ``rangecalc``)."""
    p = sub.add_parser(
        "payload-range",
        help="radius interval for payloads from zero to the maximum",
        description="Payload-radius table of an airframe (radius low, nominal and high).",
    )
    p.add_argument("name", help="airframe name or alias")
    p.add_argument("--points", type=int, default=13, help="number of payloads (default 13)")
    mission_options(p)
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.add_argument(
        "--out",
        metavar="PATH",
        help="also draw the curve to this .png or .svg file (needs the 'plot' extra)",
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Run the command on the parsed *args*; return the exit status."""
    catalog = _catalog(args.catalog)
    kwargs, limit = _mission_kwargs(args, catalog)
    mission = Mission(**kwargs)
    if args.out is not None:
        from rangecalc.outputs.maps import figure_format, payload_range_figure

        out, fmt = figure_format(args.out)
        fig = payload_range_figure(args.name, mission, catalog=catalog, points=args.points)
        fig.savefig(out, format=fmt)
        print(f"curve written to {out}")
    frame = payload_radius_curve(args.name, mission, points=args.points, catalog=catalog)
    if args.format == "csv":
        print(frame.to_csv(index=False, float_format="%.3f"), end="")
        return EXIT_OK
    if args.format == "json":
        print(
            _dumps(
                {
                    "airframe": args.name,
                    "takeoff_limit": _limit_json(limit),
                    "rows": frame.to_dict(orient="records"),
                }
            )
        )
        return EXIT_OK
    rows = [
        [
            f"{r.payload_t:,.1f}",
            f"{r.radius_low_km:,.0f}",
            f"{r.radius_nominal_km:,.0f}",
            f"{r.radius_high_km:,.0f}",
            f"{r.fuel_t:,.1f}",
        ]
        for r in frame.itertuples()
    ]
    print(f"{args.name}: combat radius by payload ({args.profile})")
    print(_table(rows, header=["payload t", "low km", "nominal km", "high km", "fuel t"]))
    for note in frame.attrs.get("notes", ()):
        print(textwrap.fill(f"Note: {note}", width=80, subsequent_indent="      "))
    return EXIT_OK
