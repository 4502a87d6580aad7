"""``rangecalc compare``: what a forward base buys."""

from __future__ import annotations

import argparse

from rangecalc.claims.basing import (
    STATUS_NO_ROUTE,
    STATUS_NO_TAKEOFF,
    STATUS_OUT_OF_REACH,
    compare_bases,
)
from rangecalc.cli._shared import (
    EXIT_OK,
    Subcommands,
    _add_policy,
    _catalog,
    _codes,
    _dumps,
    _named,
    _table,
)
from rangecalc.data.errors import RangecalcError
from rangecalc.data.places import parse_coordinates


def register(sub: Subcommands) -> None:
    """Add the command's parser to *sub* (the subparsers of ``rangecalc``)."""
    p = sub.add_parser(
        "compare",
        help="what a forward base buys: route, payload and sorties per candidate base",
        description=(
            "Basing comparison for one aircraft and target under one airspace policy: per "
            "base the permitted-route distance, block time, max payload at that distance, "
            "take-off limit, sorties per day and payload delivered per aircraft per day."
        ),
    )
    p.add_argument("aircraft")
    p.add_argument("--bases", required=True, metavar="A,B,...", help="candidate bases")
    p.add_argument("--target", required=True, help="a place, or country:XX (its farthest point)")
    _add_policy(p)
    p.add_argument("--temperature", metavar="TEMP", help="air temperature at the bases")
    p.add_argument(
        "--takeoff-run", metavar="LENGTH", help="reference take-off run when the catalog has none"
    )
    p.add_argument(
        "--turnaround",
        default="7 h",
        metavar="TIME",
        help="ground time between sorties (default 7 h)",
    )
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Run the command on the parsed *args*; return the exit status."""
    catalog = _catalog(args.catalog)
    sep = ";" if ";" in args.bases else ","  # ';' lets bases be given as coordinates
    bases = [b.strip() for b in args.bases.split(sep) if b.strip()]
    if sep == "," and parse_coordinates(args.bases) is not None:
        bases = [args.bases.strip()]  # one base given as coordinates
    elif sep == "," and any(b.replace(".", "", 1).lstrip("-").isdigit() for b in bases):
        raise RangecalcError(
            f"--bases {args.bases!r}: separate bases with ';' when one is given as "
            "coordinates, e.g. --bases 'Mozdok;35.21, 48.65'"
        )
    frame = compare_bases(
        args.aircraft,
        bases,
        args.target,
        denied=_codes(args.deny),
        allowed=_codes(args.allow),
        transit_passage=not args.no_transit_passage,
        temperature=args.temperature,
        takeoff_run=args.takeoff_run,
        turnaround=args.turnaround,
        catalog=catalog,
    )
    if args.format == "csv":
        print(frame.to_csv(index=False, float_format="%.2f"), end="")
        return EXIT_OK
    if args.format == "json":
        records = frame.astype(object).where(frame.notna(), None).to_dict(orient="records")
        print(_dumps({"aircraft": args.aircraft, "target": args.target, "bases": records}))
        return EXIT_OK

    short = {
        STATUS_NO_ROUTE: "no route",
        STATUS_OUT_OF_REACH: "too far",
        STATUS_NO_TAKEOFF: "no T/O",
    }
    rows = []
    for rec in frame.to_dict(orient="records"):
        status = str(rec["status"])
        blank = short.get(status, "")  # why a figure is missing: never one mark for two things

        def f(x: object, fmt: str, blank: str = blank) -> str:
            v = float(x)  # type: ignore[arg-type]
            return blank if v != v else format(v, fmt)  # NaN -> the row's reason

        limit = rec["takeoff_limit_t"]
        rows.append(
            [
                _named(str(rec["base"]), rec.get("icao"), 24),
                f(rec["route_km"], ",.0f"),
                f(rec["block_time_h"], ".1f"),
                f(rec["max_payload_t"], ".1f"),
                "no data"
                if not rec["takeoff_known"] and status != STATUS_NO_ROUTE
                else f(limit, ".1f"),
                f(rec["sorties_per_day"], ".2f"),
                f(rec["payload_per_day_t"], ".1f"),
            ]
        )
    print(f"{args.aircraft} to {args.target}: what each base buys")
    print(
        _table(
            rows,
            header=[
                "base",
                "route km",
                "block h",
                "payload t",
                "T/O limit t",
                "sorties/d",
                "t/day",
            ],
        )
    )
    print("payload t: heaviest load that still reaches (nominal)")
    print("T/O limit t: take-off mass the base allows; 'no data': no take-off run, runway")
    print("  or elevation known, so no runway limit was applied")
    used = {str(r["status"]) for r in frame.to_dict(orient="records")}
    for status, mark in short.items():
        if status in used:
            print(f"'{mark}': {status}")
    return EXIT_OK
