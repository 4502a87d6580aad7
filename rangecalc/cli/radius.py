"""``rangecalc radius``: the combat radius of an airframe as an interval."""

from __future__ import annotations

import argparse
import textwrap
from typing import Any

from rangecalc.catalog import Catalog
from rangecalc.cli._shared import (
    EXIT_OK,
    MAP_FORMATS,
    Subcommands,
    _add_policy,
    _catalog,
    _codes,
    _dumps,
    _emit_features,
    _limit_json,
    _mission_kwargs,
    _named,
    _table,
    _wrap,
    mission_options,
)
from rangecalc.data.errors import RangecalcError
from rangecalc.data.places import resolve_place
from rangecalc.model.mission import (
    RadiusResult,
    combat_radius,
)
from rangecalc.model.plan import Mission
from rangecalc.model.takeoff import TakeoffLimit


def register(sub: Subcommands) -> None:
    """Add the command's parser to *sub* (the subparsers of ``rangecalc``)."""
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
    p.add_argument(
        "--from",
        dest="centre",
        metavar="PLACE",
        help="the base the radius is flown from, for the map formats: geodesic rings, and "
        "with --deny or --allow the permitted reach areas",
    )
    _add_policy(p)
    p.add_argument(
        "--resolution",
        default="10 km",
        metavar="LENGTH",
        help="grid spacing of the permitted reach areas (default 10 km)",
    )
    p.add_argument("--format", choices=("table", "json", *MAP_FORMATS), default="table")
    p.set_defaults(run=run)


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


def run(args: argparse.Namespace) -> int:
    """Run the command on the parsed *args*; return the exit status."""
    catalog = _catalog(args.catalog)
    kwargs, limit = _mission_kwargs(args, catalog)
    res = combat_radius(args.name, Mission(**kwargs), catalog=catalog)
    if args.format in MAP_FORMATS:
        return _map(args, res, catalog)
    drawn = [o for o, v in (("--from", args.centre), ("--deny", args.deny), ("--allow", args.allow))
             if v is not None]  # fmt: skip
    if drawn or args.resolution != "10 km":
        raise RangecalcError(
            f"{', '.join(drawn) or '--resolution'}: for the map formats only; add --format "
            "geojson or --format kml"
        )
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


def _map(args: argparse.Namespace, res: RadiusResult, catalog: Catalog) -> int:
    """Rings (and permitted reach areas under a policy) around --from, as a map file."""
    from rangecalc.airspace.policy import AirspacePolicy
    from rangecalc.airspace.reach import reach_area
    from rangecalc.outputs.export import (
        airspace_features,
        place_feature,
        reach_features,
        ring_features,
    )

    if args.centre is None:
        raise RangecalcError(f"--format {args.format}: give the base with --from PLACE")
    base = resolve_place(args.centre, catalog)
    label = f"{res.airframe} radius, {res.payload.to('t').magnitude:,.1f} t"
    features = [*ring_features(base, res.radius, label=label), place_feature(base, "base")]
    policy = AirspacePolicy.of(
        denied=_codes(args.deny),
        allowed=_codes(args.allow),
        transit_passage=not args.no_transit_passage,
    )
    if policy.denied is not None or policy.allowed is not None:
        area = reach_area(base, res.radius, policy=policy, resolution=args.resolution)
        features += reach_features(area, label=label)
        features += airspace_features(sorted(area.closed))
    _emit_features(features, args.format, f"{label} from {base.name}")
    return EXIT_OK
