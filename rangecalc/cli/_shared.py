"""What the commands of the command line share: exit codes, parsing, output."""

from __future__ import annotations

import argparse
import json
import math
import textwrap
from collections.abc import Sequence
from typing import Any, TypeAlias

from rangecalc._core.tolerance import pair
from rangecalc.airspace.policy import AirspacePolicy
from rangecalc.catalog import (
    PROFILES,
    Catalog,
    Place,
    builtin_catalog_dir,
    default_catalog,
    load_catalog,
)
from rangecalc.data.errors import InputError, RangecalcError, UnitError
from rangecalc.data.units import parse_unit
from rangecalc.model.mission import (
    MAX_REFUELINGS,
    leaves_fuel,
)
from rangecalc.model.plan import PLACEMENTS, Refueling
from rangecalc.model.reserves import DEFAULT_RESERVE, RESERVES
from rangecalc.model.sampling import DEFAULT_SAMPLES, Sampling
from rangecalc.model.takeoff import TakeoffLimit, takeoff_limit

EXIT_OK, EXIT_NO, EXIT_BAD_INPUT, EXIT_INTERNAL = 0, 1, 2, 3

#: The subcommands of ``rangecalc``, to which each command module adds its parser.
Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


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


def _print_notes(notes: Sequence[str]) -> None:
    for note in notes:
        print(textwrap.fill(f"Note: {note}", width=80, subsequent_indent="      "))


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


def _policy(args: argparse.Namespace) -> AirspacePolicy:
    """The airspace policy the options of :func:`_add_policy` give."""
    return AirspacePolicy.of(
        denied=_codes(args.deny),
        allowed=_codes(args.allow),
        transit_passage=not args.no_transit_passage,
    )


def _add_sampling(p: argparse.ArgumentParser) -> None:
    """The sampling options: --samples and --seed (:class:`~rangecalc.model.sampling.Sampling`)."""
    p.add_argument(
        "--samples",
        type=int,
        default=DEFAULT_SAMPLES,
        metavar="N",
        help=f"samples of the catalog spreads per claim for its probability "
        f"(default {DEFAULT_SAMPLES:,}; 0: none)",
    )
    p.add_argument(
        "--seed", type=int, default=0, metavar="S", help="seed of the samples (default 0)"
    )


def _sampling(args: argparse.Namespace) -> Sampling:
    """The :class:`~rangecalc.model.sampling.Sampling` the options of :func:`_add_sampling` give."""
    try:
        return Sampling(samples=args.samples, seed=args.seed)
    except InputError as exc:
        raise InputError(f"--{exc.message}") from None


def _codes(text: str | None) -> list[str] | None:
    if text is None:
        return None
    return [c.strip().upper() for c in text.split(",") if c.strip()]


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
    if getattr(args, "base", None) is not None:
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
    elif (
        getattr(args, "temperature", None)
        or getattr(args, "runway", None)
        or getattr(args, "takeoff_run", None)
    ):
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


def mission_options(q: argparse.ArgumentParser, *, takeoff: bool = True) -> None:
    """Options that describe the mission flown (radius, payload-range).

    With *takeoff* False (commands over many bases), no --base, --temperature,
    --takeoff-run or --runway (one base's take-off limit).
    """
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
    if not takeoff:
        return
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
        help="reference ground run at max take-off mass, ISA sea level, when the catalog has none",
    )
    q.add_argument("--runway", metavar="LENGTH", help="runway length at --base")


#: The map formats every command that draws something can write.
MAP_FORMATS = ("geojson", "kml")


def _emit_features(features: Sequence[Any], fmt: str, name: str) -> None:
    """Print *features* (:class:`rangecalc.outputs.export.Feature`) as GeoJSON or KML."""
    from rangecalc.outputs.export import to_geojson, to_kml

    if fmt == "geojson":
        print(_dumps(to_geojson(features, name=name)))
    else:
        print(to_kml(features, name=name))
