"""``rangecalc route``: the shortest permitted route between two places."""

from __future__ import annotations

import argparse

from rangecalc.airspace.boundaries import load_boundaries
from rangecalc.airspace.policy import TERRITORIAL_SEA, closed_summary
from rangecalc.airspace.routing import route
from rangecalc.cli._shared import (
    EXIT_NO,
    EXIT_OK,
    MAP_FORMATS,
    Subcommands,
    _add_policy,
    _catalog,
    _codes,
    _dumps,
    _emit_features,
    _place_json,
    _place_lines,
    _print_notes,
    _table,
)
from rangecalc.data.progress import Progress


def register(sub: Subcommands) -> None:
    """Add the command's parser to *sub* (the subparsers of ``rangecalc``)."""
    p = sub.add_parser(
        "route",
        help="shortest route that avoids closed airspace",
        description=(
            "Shortest route on WGS84 from A to B that never enters closed airspace (a "
            "country's land plus its territorial sea). The origin's and target's own "
            "countries are always open. Exit status 1 when no permitted route exists."
        ),
    )
    p.add_argument("origin", metavar="A")
    p.add_argument("target", metavar="B")
    _add_policy(p)
    p.add_argument(
        "--territorial-sea",
        default=TERRITORIAL_SEA,
        metavar="LENGTH",
        help=f"width of the territorial sea (default {TERRITORIAL_SEA})",
    )
    p.add_argument(
        "--boundaries",
        metavar="GEOJSON",
        help="country polygons keyed by ISO_A2_EH (default: Natural Earth 1:10m, built in)",
    )
    p.add_argument(
        "--key",
        help="the --boundaries property holding each country's ISO alpha-2 code (default "
        "ISO_A2_EH where present, as in Natural Earth whose ISO_A2 is -99 for France and "
        "Norway; else ISO_A2)",
    )
    p.add_argument("--format", choices=("table", "json", *MAP_FORMATS), default="table")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Run the command on the parsed *args*; return the exit status."""
    catalog = _catalog(args.catalog)
    boundaries = None if args.boundaries is None else load_boundaries(args.boundaries, key=args.key)
    r = route(
        args.origin,
        args.target,
        denied=_codes(args.deny),
        allowed=_codes(args.allow),
        territorial_sea=args.territorial_sea,
        transit_passage=not args.no_transit_passage,
        boundaries=boundaries,
        catalog=catalog,
        # an allow-list closes nearly every country: seconds on a cold cache
        progress=Progress.for_terminal() if args.allow is not None else None,
    )
    summary = closed_summary(r.closed, boundaries)
    code = EXIT_OK if r.exists else EXIT_NO
    # denied codes the exemption rule opened for this leg: say so, never drop them silently
    reopened = sorted(set(_codes(args.deny) or ()) - r.closed)
    data = {
        "from": _place_json(r.origin),
        "to": _place_json(r.target),
        "distance_km": None if r.distance is None else float(r.distance.to("km").magnitude),
        "great_circle_km": float(r.great_circle.to("km").magnitude),
        "waypoints": [[lat, lon] for lat, lon in r.waypoints],
        "overflown": [{"country": c, "km": km} for c, km in r.overflown],
        "closed": sorted(r.closed),
        "closed_summary": summary,
        "open_as_endpoints": reopened,
        "transit_passage": not args.no_transit_passage,
        "straits": list(r.straits),
        "notes": list(r.notes),
        "reason": r.reason,
    }
    if args.format == "json":
        print(_dumps(data))
        return code
    if args.format in MAP_FORMATS:
        from rangecalc.outputs.export import airspace_features, place_feature, route_features

        features = [
            *route_features(r),
            place_feature(r.origin, "base"),
            place_feature(r.target, "target"),
            *airspace_features(sorted(r.closed), boundaries, territorial_sea=args.territorial_sea),
        ]
        _emit_features(features, args.format, f"Route {r.origin.name} to {r.target.name}")
        return code
    rows = [
        ["From", _place_lines(r.origin)[0]],
        ["To", _place_lines(r.target)[0]],
        ["Closed", summary],
        ["Great circle", f"{r.great_circle.to('km').magnitude:,.0f} km"],
    ]
    if reopened:
        rows.insert(
            3, ["Open anyway", f"{', '.join(reopened)} (an end point's own country stays open)"]
        )
    if r.distance is None:
        rows.append(["Route", f"none: {r.reason}"])
        print(_table(rows))
        _print_notes(r.notes)
        return code
    extra = (r.distance - r.great_circle).to("km").magnitude
    rows.append(["Route", f"{r.distance.to('km').magnitude:,.0f} km (+{extra:,.0f} km)"])
    rows.append(["Waypoints", "  ".join(f"{lat:.2f},{lon:.2f}" for lat, lon in r.waypoints[:4])])
    for k in range(4, len(r.waypoints), 4):
        rows.append(["", "  ".join(f"{lat:.2f},{lon:.2f}" for lat, lon in r.waypoints[k : k + 4])])
    if r.straits:
        rows.append(["Transit", ", ".join(r.straits) + " (UNCLOS art. 38)"])
    print(_table(rows))
    print("\nOverflown, in order")
    print(_table([[c, f"{km:,.0f} km"] for c, km in r.overflown]))
    _print_notes(r.notes)
    return code
