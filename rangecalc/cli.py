"""The ``rangecalc`` command line.

Exit status: 0 on success, 2 on bad input (one paragraph on stderr naming the file, entry
and field where there is one; never a traceback; for ``check``, nothing was evaluated), 1
when an answer is "no" (``route`` finds no permitted route; ``check`` finds a verdict that
differs from its expectation, or a claim it could not evaluate, marked ``error`` with its
reason while every other claim is evaluated), 3 on an internal error (a bug in rangecalc;
the traceback is shown when the environment variable ``RANGECALC_DEBUG`` is set).
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import re
import sys
import textwrap
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from rangecalc import __version__
from rangecalc._core.tolerance import pair
from rangecalc.airspace import TERRITORIAL_SEA, closed_summary
from rangecalc.basing import (
    STATUS_NO_ROUTE,
    STATUS_NO_TAKEOFF,
    STATUS_OUT_OF_REACH,
    compare_bases,
)
from rangecalc.boundaries import load_boundaries
from rangecalc.catalog import (
    PROFILES,
    TABLES,
    Airframe,
    Catalog,
    Figure,
    Place,
    Weapon,
    builtin_catalog_dir,
    default_catalog,
    load_catalog,
)
from rangecalc.claims import ERROR, ScenarioError, Verdict, evaluate_all, load_scenario
from rangecalc.errors import RangecalcError, UnitError
from rangecalc.files import toml_files
from rangecalc.geodesy import geodesic_inverse
from rangecalc.mission import (
    MAX_REFUELINGS,
    RadiusResult,
    combat_radius,
    leaves_fuel,
    payload_radius_curve,
)
from rangecalc.places import parse_coordinates, resolve_place
from rangecalc.plan import PLACEMENTS, Mission, Refueling
from rangecalc.reserves import DEFAULT_RESERVE, RESERVES
from rangecalc.routing import route
from rangecalc.takeoff import TakeoffLimit, takeoff_limit
from rangecalc.units import parse_unit

__all__ = ["main"]

EXIT_OK, EXIT_NO, EXIT_BAD_INPUT, EXIT_INTERNAL = 0, 1, 2, 3


class _Parser(argparse.ArgumentParser):
    """argparse with rangecalc's exit code and message style for usage errors."""

    def error(self, message: str) -> Any:
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def _length_unit(text: str) -> str:
    try:
        unit = parse_unit(text)
    except UnitError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None
    if unit.dimensionality != parse_unit("km").dimensionality:
        raise argparse.ArgumentTypeError(f"{text!r} is not a unit of length (try km, nmi or mi)")
    return text.strip()


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="rangecalc",
        description=(
            "Can this aircraft, from these bases, reach these targets? Sourced figures, "
            "WGS84 geodesics, quantities with units."
        ),
        epilog="Run 'rangecalc COMMAND --help' for the options of one command.",
    )
    parser.add_argument("--version", action="version", version=f"rangecalc {__version__}")
    parser.add_argument(
        "--catalog",
        action="append",
        default=[],
        metavar="PATH",
        help="extra catalog file or folder, added to the built-in catalogs (repeatable)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

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

    def mission_options(q: argparse.ArgumentParser) -> None:
        q.add_argument("--profile", choices=PROFILES, default="hi-hi-hi")
        q.add_argument(
            "--refuelings",
            default="0",
            metavar="N[+M]",
            help=f"aerial top-ups: N on the way out, or OUT+BACK such as 7+1 (probe or "
            f"receptacle needed; at most {MAX_REFUELINGS} each way)",
        )
        q.add_argument("--tanker", metavar="NAME", help="tanker whose offload limits each top-up")
        q.add_argument(
            "--placement",
            choices=PLACEMENTS,
            default="optimal",
            help="where the model puts the top-ups: optimal (default), or safe (each only "
            "where the receiver could still get home without it)",
        )
        q.add_argument(
            "--tanks",
            action="append",
            default=[],
            metavar="TANKS",
            help="external tanks the airframe's catalog entry lists, e.g. '2 x 370 gal wing' "
            "(repeat for more kinds)",
        )
        q.add_argument(
            "--keep-tanks",
            action="store_true",
            help="keep drop tanks when empty (default: jettisoned)",
        )
        q.add_argument(
            "--full-fuel",
            action="store_true",
            help="every tank full at take-off even above the catalog's maximum take-off "
            "mass (an overload take-off, as documented for some raids)",
        )
        q.add_argument(
            "--reserve",
            default=DEFAULT_RESERVE,
            metavar="RULE",
            help=(
                f"fuel reserve rule: {', '.join(repr(k) for k in RESERVES)} "
                f"(default {DEFAULT_RESERVE!r}) or a fraction of mission fuel such as 0.1"
            ).replace("%", "%%"),  # argparse formats help with %
        )
        q.add_argument(
            "--on-station",
            default="0 h",
            metavar="TIME",
            help="time at the target, e.g. 1h or '30 min'",
        )
        q.add_argument(
            "--recovery-distance",
            metavar="LENGTH",
            help="way home when landing elsewhere; the result is the way out",
        )
        q.add_argument(
            "--keep-payload",
            action="store_true",
            help="bring the payload home (escorts keeping their missiles)",
        )
        q.add_argument(
            "--base",
            metavar="PLACE",
            help="limit the take-off mass by this base's runway and air density",
        )
        q.add_argument(
            "--temperature",
            metavar="TEMP",
            help="air temperature at --base, e.g. 35degC (default ISA)",
        )
        q.add_argument(
            "--takeoff-run",
            metavar="LENGTH",
            help="reference ground run at max take-off mass, ISA sea level, when "
            "the catalog has none",
        )
        q.add_argument("--runway", metavar="LENGTH", help="runway length at --base")

    p = sub.add_parser(
        "radius",
        help="combat radius of an airframe as an interval",
        description=(
            "Combat radius (base to target, one way) by the fuel-fraction method with "
            "Breguet cruise, calibrated to the airframe's published ferry range and combat "
            "radius; the interval spans the catalog's low/high figures."
        ),
    )
    p.add_argument("name", help="airframe name or alias")
    p.add_argument(
        "--payload",
        metavar="MASS",
        help="payload carried to the target, e.g. 12t (default: half the maximum)",
    )
    mission_options(p)
    p.add_argument("--format", choices=("table", "json"), default="table")

    p = sub.add_parser(
        "payload-range",
        help="radius interval for payloads from zero to the maximum",
        description="Payload-radius table of an airframe (radius low, nominal and high).",
    )
    p.add_argument("name", help="airframe name or alias")
    p.add_argument("--points", type=int, default=13, help="number of payloads (default 13)")
    mission_options(p)
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")

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
    p.add_argument("--format", choices=("table", "json", "geojson"), default="table")

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
    p.add_argument("--format", choices=("table", "json"), default="table")

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

    p = sub.add_parser("catalog", help="list, show and validate catalogs")
    csub = p.add_subparsers(dest="catalog_command", metavar="ACTION", parser_class=_Parser)
    q = csub.add_parser("list", help="list entries of the catalogs")
    q.add_argument("table", nargs="?", choices=TABLES, help="only this kind of entry")
    q.add_argument("--format", choices=("table", "json"), default="table")
    q = csub.add_parser("show", help="show one entry with every figure and its source")
    q.add_argument("name", help="name or alias of an airframe, weapon or place")
    q.add_argument("--format", choices=("table", "json"), default="table")
    q = csub.add_parser("validate", help="check catalog files against the schema")
    q.add_argument("paths", nargs="+", metavar="PATH", help="TOML files or folders of them")
    q.add_argument(
        "--allow-unsourced",
        action="store_true",
        help="accept figures without a source (by default every figure needs one)",
    )
    return parser


# ----------------------------------------------------------------------------- helpers


def _catalog(extra: Sequence[str]) -> Catalog:
    if not extra:
        return default_catalog()
    return load_catalog(builtin_catalog_dir(), *extra, require_sources=False)


def _finite(data: object) -> object:
    """*data* with NaN and infinities (which JSON does not have) as null."""
    if isinstance(data, float):
        return data if math.isfinite(data) else None
    if isinstance(data, dict):
        return {k: _finite(v) for k, v in data.items()}
    if isinstance(data, list | tuple):
        return [_finite(v) for v in data]
    return data


def _dumps(data: object) -> str:
    """JSON text; a value that is not a number (NaN, infinite) is written as null."""
    return json.dumps(_finite(data), indent=2, ensure_ascii=False, allow_nan=False)


def _wrap(text: str) -> str:
    """Indent and wrap to 80 columns without breaking URLs."""
    return textwrap.fill(
        text,
        width=80,
        initial_indent="  ",
        subsequent_indent="      ",
        break_long_words=False,
        break_on_hyphens=False,
    )


def _fit(text: str, width: int) -> str:
    """Shorten *text* to *width* characters with an ellipsis."""
    return text if len(text) <= width else text[: width - 1] + "…"


def _fit_middle(text: str, width: int) -> str:
    """Shorten *text* to *width* characters, keeping its start and its distinctive end."""
    if len(text) <= width:
        return text
    head = (width - 1) // 2
    return text[:head] + "…" + text[len(text) - (width - 1 - head) :]


def _place_json(place: Place) -> dict[str, Any]:
    return {
        "name": place.name,
        "lat": place.lat,
        "lon": place.lon,
        "country": place.country,
        "kind": place.kind,
        "source": place.source,
    }


def _hemi(value: float, pos: str, neg: str) -> str:
    return f"{abs(value):.4f}° {pos if value >= 0 else neg}"


def _named(name: str, code: str | None, width: int) -> str:
    """*name* with its ICAO code in brackets, shortened to *width* without losing the code."""
    if not code:
        return _fit(name, width)
    tail = f" ({code})"
    return _fit(name, max(width - len(tail), 8)) + tail


def _place_lines(place: Place) -> tuple[str, str]:
    tags = ", ".join(t for t in (place.icao, place.country) if t)
    return (
        _fit(place.name, 62 - len(tags) - 3) + (f" ({tags})" if tags else ""),
        f"{_hemi(place.lat, 'N', 'S')}  {_hemi(place.lon, 'E', 'W')}",
    )


def _table(rows: Sequence[Sequence[str]], header: Sequence[str] | None = None) -> str:
    all_rows = [list(header)] + [list(r) for r in rows] if header else [list(r) for r in rows]
    widths = [max(len(r[i]) for r in all_rows) for i in range(len(all_rows[0]))]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in all_rows
    ]
    if header:
        lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


# ---------------------------------------------------------------------------- commands


def _cmd_distance(args: argparse.Namespace) -> int:
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


def _mission_kwargs(
    args: argparse.Namespace, catalog: Catalog
) -> tuple[dict[str, Any], TakeoffLimit | None]:
    limit = None
    kwargs: dict[str, Any] = {
        "payload": getattr(args, "payload", None),
        "profile": args.profile,
        "refueling": Refueling.parse(args.refuelings, tanker=args.tanker, placement=args.placement),
        "tanks": tuple(args.tanks),
        "jettison_tanks": not args.keep_tanks,
        "full_fuel": args.full_fuel,
        "reserve": args.reserve,
        "on_station": args.on_station,
        "recovery_distance": args.recovery_distance,
        "release_payload": not args.keep_payload,
    }
    if args.base is not None:
        limit = takeoff_limit(
            args.name,
            args.base,
            temperature=args.temperature,
            runway=args.runway,
            takeoff_run=args.takeoff_run,
            catalog=catalog,
        )
        kwargs["takeoff_mass_limit"] = limit.max_takeoff_mass.nominal
        airframe = catalog.airframe(args.name)
        allowed_kg = float(limit.max_takeoff_mass.nominal.to("kg").magnitude)
        if not leaves_fuel(airframe, allowed_kg):
            allowed, empty = pair(allowed_kg / 1000, airframe.empty_mass.m("t"))
            raise RangecalcError(
                f"--base {args.base}: its {limit.runway.format('m')} runway lets the "
                f"{airframe.name} take off at no more than {allowed} t, not above its empty "
                f"mass of {empty} t: it cannot take off with any fuel"
            )
    elif args.temperature or args.runway or args.takeoff_run:
        raise RangecalcError("--temperature, --runway and --takeoff-run need --base")
    return kwargs, limit


def _limit_json(limit: TakeoffLimit | None) -> dict[str, Any] | None:
    if limit is None:
        return None
    lo, nom, hi = limit.max_takeoff_mass.magnitudes("t")
    c_lo, c_nom, c_hi = limit.cost.magnitudes("t")
    r_lo, r_nom, r_hi = limit.run_at_mtow.magnitudes("m")
    return {
        "base": limit.base,
        "temperature_degC": float(limit.temperature.magnitude),
        "density_ratio": list(limit.density_ratio),
        "runway_m": limit.runway.m("m"),
        "run_at_mtow_m": {"low": r_lo, "nominal": r_nom, "high": r_hi},
        "max_takeoff_mass_t": {"low": lo, "nominal": nom, "high": hi},
        "cost_t": {"low": c_lo, "nominal": c_nom, "high": c_hi},
        "sources": {k: f.source for k, f in limit.inputs.items()},
    }


def _radius_json(res: RadiusResult, limit: TakeoffLimit | None) -> dict[str, Any]:
    lo, nom, hi = res.radius.magnitudes("km")
    return {
        "airframe": res.airframe,
        "low_km": lo,
        "nominal_km": nom,
        "high_km": hi,
        "inputs": {
            "payload_t": float(res.payload.to("t").magnitude),
            "profile": res.profile,
            "refuelings": res.refuelings,
            "refuelings_out": res.mission.refueling.out,
            "refuelings_back": res.mission.refueling.back,
            "placement": res.mission.refueling.placement,
            "tanker": res.tanker,
            "tanker_sorties": res.sorties,
            "tanks": [t.describe() for t in res.mission.tanks],
            "reserve": res.mission.reserve.name,
            "on_station_h": float(res.on_station.to("h").magnitude),
            "recovery_distance_km": None
            if res.recovery_distance is None
            else float(res.recovery_distance.to("km").magnitude),
            "fuel_t": float(res.fuel.to("t").magnitude),
            "takeoff_mass_t": float(res.takeoff_mass.to("t").magnitude),
            "range_factor_km": float(res.calibration.range_factor.to("km").magnitude),
            "combat_allowance": res.calibration.allowance,
            "combat_allowance_source": res.calibration.allowance_source,
        },
        "takeoff_limit": _limit_json(limit),
        "sources": res.sources(),
        "notes": list(res.notes),
        "model": "Raymer fuel fractions with Breguet cruise, calibrated to the ferry range",
    }


def _cmd_radius(args: argparse.Namespace) -> int:
    catalog = _catalog(args.catalog)
    kwargs, limit = _mission_kwargs(args, catalog)
    res = combat_radius(args.name, Mission(**kwargs), catalog=catalog)
    if args.format == "json":
        print(_dumps(_radius_json(res, limit)))
        return EXIT_OK
    lo, nom, hi = res.radius.magnitudes("km")
    rows = [
        ["Airframe", res.airframe],
        ["Combat radius", f"{nom:,.0f} km (range {lo:,.0f}–{hi:,.0f} km)"],
        ["Payload", f"{res.payload.to('t').magnitude:,.1f} t"],
        [
            "Fuel / take-off",
            f"{res.fuel.to('t').magnitude:,.1f} t / {res.takeoff_mass.to('t').magnitude:,.1f} t",
        ],
        ["Profile", res.profile],
        [
            "Refuellings",
            f"{res.mission.refueling.split} (out+back, {res.mission.refueling.placement})"
            + (f" from {res.tanker}" if res.tanker else "")
            + (f"; {res.sorties} tanker sorties" if res.sorties else ""),
        ],
        ["Tanks", ", ".join(t.describe() for t in res.mission.tanks) or "none"],
        ["Reserve", res.mission.reserve.name],
        ["On station", f"{res.on_station.to('h').magnitude:g} h"],
        [
            "Combat allowance",
            f"{res.calibration.allowance:.3f} ({res.calibration.allowance_source})",
        ],
    ]
    if res.recovery_distance is not None:
        rows.append(["Way home", f"{res.recovery_distance.to('km').magnitude:,.0f} km"])
    if limit is not None:
        t_lo, t_nom, t_hi = limit.max_takeoff_mass.magnitudes("t")
        c_nom = limit.cost.magnitudes("t")[1]
        rows.append(
            [
                f"Take-off at {_named(limit.base, resolve_place(args.base, catalog).icao, 20)}",
                f"{t_nom:,.1f} t allowed ({t_lo:,.1f}–{t_hi:,.1f}); costs {c_nom:,.1f} t",
            ]
        )
    print(_table(rows))
    for note in res.notes:
        print(textwrap.fill(f"Note: {note}", width=80, subsequent_indent="      "))
    print("\nSources")
    for name, source in res.sources().items():
        print(_wrap(f"{name}: {source}"))
    return EXIT_OK


def _cmd_payload_range(args: argparse.Namespace) -> int:
    catalog = _catalog(args.catalog)
    kwargs, limit = _mission_kwargs(args, catalog)
    frame = payload_radius_curve(args.name, Mission(**kwargs), points=args.points, catalog=catalog)
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


def _add_policy(p: argparse.ArgumentParser) -> None:
    """The airspace policy options: --deny or --allow, and --no-transit-passage."""
    group = p.add_mutually_exclusive_group()
    group.add_argument("--deny", metavar="CODES", help="closed countries, e.g. TR,GE,AZ,AM")
    group.add_argument(
        "--allow",
        metavar="CODES",
        help='the only open countries, e.g. RU,IR,IQ,SY ("" for the high seas only)',
    )
    p.add_argument(
        "--no-transit-passage",
        action="store_true",
        help="close the straits too (by default aircraft may transit them, UNCLOS art. 38)",
    )


def _codes(text: str | None) -> list[str] | None:
    if text is None:
        return None
    return [c.strip().upper() for c in text.split(",") if c.strip()]


def _cmd_route(args: argparse.Namespace) -> int:
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
    if args.format == "geojson":
        feature = {
            "type": "Feature",
            "geometry": None if not r.waypoints else _track_geometry(r.track("25 km")),
            "properties": {k: v for k, v in data.items() if k != "waypoints"},
        }
        points = [
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [lon, lat]},
                "properties": {"waypoint": k},
            }
            for k, (lat, lon) in enumerate(r.waypoints)
        ]
        print(_dumps({"type": "FeatureCollection", "features": [feature, *points]}))
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


def _print_notes(notes: Sequence[str]) -> None:
    for note in notes:
        print(textwrap.fill(f"Note: {note}", width=80, subsequent_indent="      "))


def _track_geometry(track: Sequence[tuple[float, float]]) -> dict[str, Any]:
    """A GeoJSON line through *track*, cut where it crosses the antimeridian (RFC 7946 3.1.9)."""
    parts: list[list[list[float]]] = [[[track[0][1], track[0][0]]]]
    for (la1, lo1), (la2, lo2) in itertools.pairwise(track):
        if abs(lo2 - lo1) > 180.0:  # crosses +/-180: end this part on it, start the next
            edge = 180.0 if lo1 > 0 else -180.0
            d = (lo2 + 360.0 if lo1 > 0 else lo2 - 360.0) - lo1
            lat = la1 + (la2 - la1) * (edge - lo1) / d
            parts[-1].append([edge, lat])
            parts.append([[-edge, lat]])
        parts[-1].append([lo2, la2])
    if len(parts) == 1:
        return {"type": "LineString", "coordinates": parts[0]}
    return {"type": "MultiLineString", "coordinates": parts}


def _verdict_json(v: Verdict) -> dict[str, Any]:
    lo, nom, hi = v.available.magnitudes("km") if v.available else (None, None, None)
    t = v.worst_target
    return {
        "id": v.claim.id,
        "statement": v.claim.statement,
        "source": v.claim.source,
        "verdict": v.verdict,
        "expect": v.claim.expect,
        "matches": v.matches_expectation,
        "required_km": v.required_km,
        "available_km": {"low": lo, "nominal": nom, "high": hi},
        "margin_km": v.margin_km,
        "best_base": v.best_base,
        "worst_target": None if t is None else {"name": t.name, "lat": t.lat, "lon": t.lon},
        "route": v.route,
        "payload_t": v.payload_t,
        "max_payload_t": v.max_payload_t,
        "min_refuelings": v.min_refuelings,
        "min_refuelings_split": None if v.min_plan is None else v.min_plan.split,
        "sufficient_bases": list(v.sufficient_bases),
        "sources": v.sources,
        "explanation": v.explanation,
        "rationale": v.claim.rationale,
        "notes": list(v.notes),
        "error": v.error,
    }


def _cmd_check(args: argparse.Namespace) -> int:
    catalog = _catalog(args.catalog)
    files = [f for raw in args.paths for f in toml_files(raw, error=ScenarioError)]
    # Every file is read and validated before any claim is evaluated: a malformed file
    # (exit 2) means nothing was evaluated.
    scenarios = [load_scenario(f, catalog=catalog) for f in files]
    results = [(sc, evaluate_all(sc)) for sc in scenarios]
    verdicts = [v for _, vs in results for v in vs]
    # A claim marked "error" matches no expectation, so it too makes the answer "no".
    code = EXIT_OK if all(v.matches_expectation for v in verdicts) else EXIT_NO
    if args.format == "json":
        docs = [
            {"scenario": sc.title, "file": sc.file, "claims": [_verdict_json(v) for v in vs]}
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
            rows.append(
                [
                    _fit_middle(v.claim.id, 28),
                    v.verdict + mark,
                    v.claim.expect or "-",
                    "-" if v.payload_t is None else f"{v.payload_t:,.1f}",
                    req,
                    reach,
                ]
            )
        print(_table(rows, header=["claim", "verdict", "expect", "load t", "need km", "reach km"]))
        for v in vs:
            if v.error is not None:
                print(_wrap(f"error in {v.claim.id}: {v.error}"))
        print()
    mismatched = sum(not v.matches_expectation and v.verdict != ERROR for v in verdicts)
    errors = sum(v.verdict == ERROR for v in verdicts)
    summary = f"{len(verdicts)} claims checked, {mismatched} differ from their expectation"
    summary += " (marked !)" if mismatched else ""
    print(summary + (f", {errors} could not be evaluated" if errors else ""))
    print("load t: payload carried (half the maximum where a claim gives none)")
    return code


def _cmd_compare(args: argparse.Namespace) -> int:
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


def _entries(catalog: Catalog, table: str) -> list[Airframe | Weapon | Place]:
    if table == "airframes":
        return list(catalog.airframes.values())
    if table == "weapons":
        return list(catalog.weapons.values())
    return list(catalog.places.values())


def _summary(entry: Airframe | Weapon | Place) -> str:
    if isinstance(entry, Airframe):
        return (
            f"ferry {entry.ferry_range.m('km'):,.0f} km, max payload "
            f"{entry.max_payload.m('t'):,.1f} t, refuelling: {entry.aerial_refueling}"
        )
    if isinstance(entry, Weapon):
        rng = f", range {entry.range.format('km')}" if entry.range else ""
        return f"{entry.kind}{rng}"
    return f"{entry.kind}, {entry.country or 'no country'}, {entry.lat:.4f}, {entry.lon:.4f}"


def _figure_json(fig: Figure) -> dict[str, Any]:
    unit = f"{fig.value.units:~P}"
    return {
        "value": float(fig.value.magnitude),
        "low": float(fig.low.to(fig.value.units).magnitude),
        "high": float(fig.high.to(fig.value.units).magnitude),
        "unit": unit,
        "source": fig.source,
        "note": fig.note,
    }


def _entry_json(entry: Airframe | Weapon | Place) -> dict[str, Any]:
    out: dict[str, Any] = {"type": type(entry).__name__.lower()}
    for key, value in vars(entry).items():
        if isinstance(value, Figure):
            out[key] = _figure_json(value)
        elif key == "combat_radius":
            out[key] = [
                {
                    "radius": _figure_json(p.radius),
                    "payload": _figure_json(p.payload) if p.payload else None,
                    "profile": p.profile,
                    "tanks": [f"{c} x {n}" for c, n in p.tanks],
                }
                for p in value
            ]
        elif key == "offload":
            out[key] = [
                {"offload": _figure_json(p.offload), "distance": _figure_json(p.distance)}
                for p in value
            ]
        elif key == "tanks":
            out[key] = {
                t.name: {
                    "fuel": _figure_json(t.fuel),
                    "drag": _figure_json(t.drag),
                    "mass": _figure_json(t.mass) if t.mass else None,
                    "conformal": t.conformal,
                }
                for t in value
            }
        elif key == "ferry_tanks":
            out[key] = [[f"{c} x {n}" for c, n in config] for config in value]
        elif isinstance(value, tuple):
            out[key] = list(value)
        else:
            out[key] = value
    return out


def _cmd_catalog(args: argparse.Namespace) -> int:
    action = args.catalog_command
    if action is None:
        raise RangecalcError("catalog needs an action: list, show or validate")
    if action == "validate":
        builtin = builtin_catalog_dir().resolve()
        for path in args.paths:
            catalog = load_catalog(path, require_sources=not args.allow_unsourced)
            # What validates must also load beside the built-in catalogs, as --catalog does.
            if Path(path).resolve() != builtin and builtin not in Path(path).resolve().parents:
                load_catalog(builtin, path, require_sources=False)
            print(f"{path}: ok ({catalog!r})")
        return EXIT_OK
    catalog = _catalog(args.catalog)
    if action == "list":
        tables = [args.table] if args.table else list(TABLES)
        if args.format == "json":
            out = {t: {e.name: _entry_json(e) for e in _entries(catalog, t)} for t in tables}
            print(_dumps(out))
            return EXIT_OK
        for t in tables:
            entries = _entries(catalog, t)
            print(f"{t} ({len(entries)})")
            listed = [[_fit(e.name, 28), _summary(e)] for e in entries]
            width = max(len(r[0]) for r in listed)
            print(_table([[name, _fit(summary, 78 - width)] for name, summary in listed]))
            print()
        return EXIT_OK
    entry = catalog.lookup(args.name)
    if args.format == "json":
        print(_dumps(_entry_json(entry)))
        return EXIT_OK
    print(f"{entry.name}  [{type(entry).__name__.lower()}, from {entry.origin}]")
    rows: list[list[str]] = []
    sources: list[str] = []
    for key, value in vars(entry).items():
        if key in ("name", "origin") or value in (None, ()):
            continue
        if isinstance(value, Figure):
            sources.append(f"{key}: {value.source or 'no source given'}")
            rows.append([key, value.format()])
        elif key == "combat_radius":
            for k, point in enumerate(value):
                extra = ", ".join(
                    x
                    for x in (
                        f"payload {point.payload.format()}" if point.payload else "",
                        point.profile or "",
                        ", ".join(f"{c} x {n}" for c, n in point.tanks),
                    )
                    if x
                )
                rows.append([f"combat_radius[{k}]", point.radius.format()])
                if extra:  # on a line of its own, so that the table keeps to 80 columns
                    rows.append(["", f"  ({extra})"])
                sources.append(f"combat_radius[{k}]: {point.radius.source or 'no source given'}")
                if point.payload is not None and point.payload.source != point.radius.source:
                    sources.append(f"combat_radius[{k}].payload: {point.payload.source}")
        elif key == "offload":
            for k, point in enumerate(value):
                rows.append(
                    [f"offload[{k}]", f"{point.offload.format()} at {point.distance.format()}"]
                )
                sources.append(f"offload[{k}]: {point.offload.source or 'no source given'}")
        elif key == "tanks":
            for tank in value:
                kind = "conformal, fixed" if tank.conformal else "drop tank"
                rows.append([f"tanks[{tank.name}]", kind])
                for what, fig in (("fuel", tank.fuel), ("drag", tank.drag), ("mass", tank.mass)):
                    if fig is None:
                        continue
                    shown = fig.format("percent", 1) if what == "drag" else fig.format()
                    rows.append([f"  .{what}", shown])
                    sources.append(f"tanks[{tank.name}].{what}: {fig.source or 'no source given'}")
        elif key == "ferry_tanks":
            configs = [
                ", ".join(f"{c} x {n}" for c, n in config) or "internal fuel only"
                for config in value
            ]
            if len(configs) > 1:
                rows.append([key, f"{configs[0]}, or (not stated which)"])
                rows.append(["", configs[1]])
            else:
                rows.append([key, configs[0]])
        elif isinstance(value, tuple):
            rows.append([key, ", ".join(value)])
        elif key in ("note", "source"):
            sources.append(f"{key}: {value}")
        else:
            rows.append([key, str(value)])
    print(_table(rows))
    if sources:
        print("\nSources and notes")
        for line in sources:
            print(_wrap(line))
    return EXIT_OK


_COMMANDS = {
    "distance": _cmd_distance,
    "radius": _cmd_radius,
    "payload-range": _cmd_payload_range,
    "route": _cmd_route,
    "check": _cmd_check,
    "compare": _cmd_compare,
    "catalog": _cmd_catalog,
}


#: A value that starts with a minus sign and a digit: a southern or western coordinate
#: ("-33.9,18.4") or a negative quantity ("-5 nmi"), never an option of ours.
_NEGATIVE = re.compile(r"-\d")


def _negative_values(argv: Sequence[str]) -> list[str]:
    """Arguments with a leading space where argparse would take "-33.9,18.4" for an option.

    argparse reads only plain negative numbers as values; places and quantities are
    stripped of surrounding spaces when parsed, so the space changes nothing else.
    """
    return [f" {a}" if _NEGATIVE.match(a) else a for a in argv]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = _build_parser()
    args = parser.parse_args(_negative_values(sys.argv[1:] if argv is None else argv))
    if args.command is None:
        parser.print_help()
        return EXIT_BAD_INPUT
    try:
        for extra in args.catalog:
            if not Path(extra).exists():
                raise RangecalcError(f"--catalog {extra}: no such file or directory")
        # NaN where a mission cannot be flown is an answer, reported in words; numpy's
        # warnings about it are not for the terminal.
        with warnings.catch_warnings(), np.errstate(all="ignore"):
            warnings.simplefilter("ignore", RuntimeWarning)
            return int(_COMMANDS[args.command](args))
    except RangecalcError as exc:
        print(f"rangecalc: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # e.g. piped into head
        return EXIT_OK
    except RecursionError:
        print("rangecalc: error: the input is nested too deeply to read", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as exc:  # a bug in rangecalc, not the user's input
        if os.environ.get("RANGECALC_DEBUG"):
            raise
        print(
            f"rangecalc: internal error: {type(exc).__name__}: {exc}\n"
            "This is a bug in rangecalc; please report it with the command line "
            "(set RANGECALC_DEBUG=1 for the traceback).",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
