"""``rangecalc bases-for``: the airfields from which an aircraft reaches a target."""

from __future__ import annotations

import argparse

import shapely

from rangecalc.cli._shared import (
    EXIT_OK,
    Subcommands,
    _add_policy,
    _catalog,
    _codes,
    _dumps,
    _mission_kwargs,
    _policy,
    _print_notes,
    _table,
    mission_options,
)
from rangecalc.data.progress import Progress
from rangecalc.model.plan import Mission


def register(sub: Subcommands) -> None:
    """Add the command's parser to *sub* (the subparsers of ``rangecalc``)."""
    p = sub.add_parser(
        "bases-for",
        help="reverse reach: every airfield from which the aircraft reaches a target",
        description=(
            "Every airfield of the catalog and of airportsdata (military fields included) in "
            "the countries given, or anywhere within reach, judged as its own claim: "
            "permitted-route distance, verdict, margin and heaviest payload, best margin "
            "first. The target may be a place or a whole country (country:XX)."
        ),
    )
    p.add_argument("name", metavar="AIRCRAFT")
    p.add_argument("--target", required=True, help="a place, or country:XX (all of it)")
    p.add_argument(
        "--countries",
        metavar="CODES",
        help="ISO codes of the countries whose airfields are candidates, e.g. IR,IQ "
        "(default: every airfield within geodesic reach)",
    )
    p.add_argument(
        "--min-runway",
        metavar="LENGTH",
        help="drop fields whose longest runway is known to be shorter, e.g. '2,500 m'",
    )
    p.add_argument("--payload", metavar="MASS", help="payload (default half the maximum)")
    mission_options(p, takeoff=False)
    _add_policy(p)
    p.add_argument("--top", type=int, metavar="N", help="show only the N best (table only)")
    p.add_argument("--format", choices=("table", "json", "csv", "geojson"), default="table")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Run the command on the parsed *args*; return the exit status."""
    from rangecalc.scale.reverse import bases_for

    catalog = _catalog(args.catalog)
    kwargs, _ = _mission_kwargs(args, catalog)
    policy = _policy(args)
    frame = bases_for(
        args.name,
        args.target,
        countries=_codes(args.countries),
        min_runway=args.min_runway,
        mission=Mission(**kwargs),
        policy=policy,
        catalog=catalog,
        progress=Progress.for_terminal(),
    )
    notes = list(frame.attrs.get("notes", []))
    if args.format == "csv":
        print(frame.to_csv(index=False, float_format="%.3f"), end="")
        return EXIT_OK
    records = frame.astype(object).where(frame.notna(), None).to_dict(orient="records")
    if args.format == "json":
        print(
            _dumps(
                {
                    "aircraft": args.name,
                    "target": args.target,
                    "countries": _codes(args.countries),
                    "min_runway": args.min_runway,
                    "notes": notes,
                    "bases": records,
                }
            )
        )
        return EXIT_OK
    if args.format == "geojson":
        from rangecalc.outputs.export import Feature, to_geojson

        feats = [
            Feature(
                shapely.Point(r["lon"], r["lat"]),
                {
                    ("airfield" if k == "name" else str(k)): v
                    for k, v in r.items()
                    if k not in ("lat", "lon")
                },
                name=str(r["icao"] or r["name"]),
                style=str(r["verdict"]),
            )
            for r in records
        ]
        print(_dumps(to_geojson(feats, name=f"{args.name} bases for {args.target}")))
        return EXIT_OK
    shown = records if args.top is None else records[: max(0, args.top)]
    rows = []
    for r in shown:

        def f(x: object, fmt: str) -> str:
            return "-" if x is None else format(float(x), fmt)  # type: ignore[arg-type]

        rows.append(
            [
                str(r["rank"]),
                str(r["icao"] or "-"),
                str(r["name"])[:28],
                f(r["runway_m"], ",.0f"),
                f(r["distance_km"], ",.0f"),
                f"{f(r['reach_low_km'], ',.0f')}–{f(r['reach_high_km'], ',.0f')}",
                str(r["verdict"]),
                f(r["margin_km"], ",.0f"),
                f(r["max_payload_t"], ".1f"),
            ]
        )
    print(f"{args.name} to {args.target}: {len(records):,} candidate airfields, best first")
    print(
        _table(
            rows,
            header=[
                "#",
                "icao",
                "airfield",
                "runway m",
                "route km",
                "reach km",
                "verdict",
                "margin km",
                "max t",
            ],
        )
    )
    if args.top is not None and len(records) > len(shown):
        print(f"... {len(records) - len(shown):,} more (drop --top to see them)")
    print("margin km: low end of the reach less the route; max t: heaviest payload that")
    print("  still reaches at the low end ('-': not even empty); runway '-': not known")
    _print_notes(notes)
    return EXIT_OK
