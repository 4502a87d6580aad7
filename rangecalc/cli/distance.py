"""``rangecalc distance``: geodesic distances and bearings between places."""

from __future__ import annotations

import argparse

import numpy as np

from rangecalc.cli._shared import (
    EXIT_OK,
    Subcommands,
    _catalog,
    _dumps,
    _length_unit,
    _named,
    _place_json,
    _place_lines,
    _table,
)
from rangecalc.data.errors import RangecalcError
from rangecalc.data.geodesy import geodesic_inverse
from rangecalc.data.places import resolve_place


def register(sub: Subcommands) -> None:
    """Add the command's parser to *sub* (the subparsers of ``rangecalc``)."""
    p = sub.add_parser(
        "distance",
        help="geodesic distance and bearings between places",
        description=(
            "WGS84 geodesic distance and bearings between two places, or a distance table "
            "between three or more. A place is a catalog name or alias, an ICAO/IATA code, "
            "or coordinates such as '35.21, 48.65' or '35°12′42″N 48°39′12″E'."
        ),
    )
    p.add_argument("places", nargs="+", metavar="PLACE", help="two or more places")
    p.add_argument(
        "--unit",
        default="km",
        type=_length_unit,
        help="unit of length for the output: km (default), nmi, mi or any other ('nm' is "
        "refused: pint reads it as nanometre)",
    )
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Run the command on the parsed *args*; return the exit status."""
    if len(args.places) < 2:
        raise RangecalcError("distance needs at least two places")
    catalog = _catalog(args.catalog)
    places = [resolve_place(ref, catalog) for ref in args.places]
    unit = args.unit
    if len(places) == 2:
        a, b = places
        r = geodesic_inverse(lat1=a.lat, lon1=a.lon, lat2=b.lat, lon2=b.lon)
        d = r.distance.to(unit).magnitude
        same = r.distance.magnitude == 0.0  # bearings of a zero-length geodesic mean nothing
        if args.format == "json":
            out = {
                "from": _place_json(a),
                "to": _place_json(b),
                "distance_km": r.distance.to("km").magnitude,
                "distance": d,
                "unit": unit,
                "initial_bearing_deg": None if same else r.initial_bearing.magnitude,
                "final_bearing_deg": None if same else r.final_bearing.magnitude,
                "model": "WGS84 geodesic (Karney 2013, via pyproj)",
            }
            print(_dumps(out))
        else:
            undefined = "undefined (same point)"
            rows = [
                ("From", _place_lines(a)[0]),
                ("", _place_lines(a)[1]),
                ("To", _place_lines(b)[0]),
                ("", _place_lines(b)[1]),
                ("Distance", f"{d:,.1f} {unit}" if abs(d) >= 1 or d == 0 else f"{d:.4g} {unit}"),
                ("Initial bearing", undefined if same else f"{r.initial_bearing.magnitude:.2f}°"),
                ("Final bearing", undefined if same else f"{r.final_bearing.magnitude:.2f}°"),
                ("Model", "WGS84 geodesic (Karney 2013, via pyproj)"),
            ]
            print(_table(rows))
        return EXIT_OK
    # Three or more places: one vectorised inverse call for every ordered pair.
    n = len(places)
    lat = np.array([p.lat for p in places])
    lon = np.array([p.lon for p in places])
    i, j = np.triu_indices(n, k=1)
    r = geodesic_inverse(lat1=lat[i], lon1=lon[i], lat2=lat[j], lon2=lon[j])
    dist = np.zeros((n, n))
    dist[i, j] = dist[j, i] = r.distance.to(unit).magnitude
    if args.format == "json":
        pairs = [
            {
                "from": places[a].name,
                "to": places[b].name,
                "distance_km": float(r.distance.to("km").magnitude[k]),
                "distance": float(dist[a, b]),
                # bearings of a zero-length geodesic mean nothing
                "initial_bearing_deg": None
                if dist[a, b] == 0
                else float(r.initial_bearing.magnitude[k]),
                "final_bearing_deg": None
                if dist[a, b] == 0
                else float(r.final_bearing.magnitude[k]),
            }
            for k, (a, b) in enumerate(zip(i.tolist(), j.tolist(), strict=True))
        ]
        out = {"unit": unit, "places": [_place_json(p) for p in places], "pairs": pairs}
        print(_dumps(out))
        return EXIT_OK
    names = [_named(p.name, p.icao, 40) for p in places]
    matrix = [
        [names[a]] + [("—" if a == b else f"{dist[a, b]:,.0f}") for b in range(n)] for a in range(n)
    ]
    text = _table(matrix, header=["", *names])
    if max(len(line) for line in text.splitlines()) > 80:
        # Too wide for a terminal: one row per pair instead.
        short = [_named(p.name, p.icao, 27) for p in places]
        pair_rows = [
            [
                short[a],
                short[b],
                f"{dist[a, b]:,.0f}",
                "-" if dist[a, b] == 0 else f"{r.initial_bearing.magnitude[k]:.1f}°",
            ]
            for k, (a, b) in enumerate(zip(i.tolist(), j.tolist(), strict=True))
        ]
        text = _table(pair_rows, header=["From", "To", unit, "Bearing"])
    print(f"WGS84 geodesic distances [{unit}]")
    print(text)
    return EXIT_OK
