"""Catalog schema: turns parsed TOML tables into validated records, or names what is wrong.

A catalog file (and the inline definitions of a scenario file) has up to three top-level
tables, ``airframes``, ``weapons`` and ``places``, each keyed by entry name::

    [airframes."Tu-22M3"]
    empty_mass = { value = "54 t", low = "50 t", high = "54 t", source = "...", note = "..." }
    cruise_speed = "900 km/h"          # a bare quantity string is a figure without spread

A *figure* is a quantity string or a table with ``value`` (required), ``low``, ``high``,
``source`` and ``note``. Bare numbers are refused: a catalog never implies a unit. Every
problem raises :class:`~rangecalc.data.errors.CatalogError` naming the file, the entry and the
field, and saying what was expected.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from rangecalc._core import mission as _m
from rangecalc._core.tolerance import above, below, pair, snap
from rangecalc.catalog.bounds import LOWEST_GROUND_M, bound
from rangecalc.catalog.figure import Figure
from rangecalc.catalog.records import (
    PROFILES,
    REFUELING_KINDS,
    TANKER_SYSTEMS,
    Airframe,
    OffloadPoint,
    Place,
    RadiusPoint,
    Tank,
    Weapon,
    tank_load,
)
from rangecalc.catalog.spread import DEFAULT_SPREAD, KIND_OF_FIELD
from rangecalc.data.countries import is_country_code
from rangecalc.data.errors import CatalogError, UnitError, closest
from rangecalc.data.units import Quantity, describe_dimension, parse_quantity, parse_unit, ureg

__all__ = [
    "PLACE_KINDS",
    "PLACE_KIND_SYNONYMS",
    "SEA_KINDS",
    "WEAPON_KINDS",
    "EntryContext",
    "build_airframe",
    "build_place",
    "build_weapon",
    "field_names",
]

WEAPON_KINDS: tuple[str, ...] = (
    "cruise missile",
    "anti-ship missile",
    "air-to-surface missile",
    "ballistic missile",
    "guided bomb",
    "bomb",
)
PLACE_KINDS: tuple[str, ...] = (
    "airbase",
    "airport",
    "city",
    "site",
    "naval base",
    "region",
    "sea area",
    "strait",
    "point",
)
#: Words people write for a place kind, and the kind each means (matched ignoring case).
PLACE_KIND_SYNONYMS: dict[str, str] = {
    "airfield": "airbase",
    "air field": "airbase",
    "air base": "airbase",
    "air-base": "airbase",
    "airstrip": "airbase",
    "air strip": "airbase",
    "aerodrome": "airbase",
    "air force base": "airbase",
    "town": "city",
    "village": "city",
    "capital": "city",
    "target": "site",
    "compound": "site",
    "facility": "site",
    "plant": "site",
    "port": "naval base",
    "sea": "sea area",
    "coordinates": "point",
}


def _place_kind(ctx: EntryContext, field: str, raw: object) -> str:
    if isinstance(raw, str):
        word = " ".join(raw.split()).casefold()
        if word in PLACE_KINDS:
            return word
        if word in PLACE_KIND_SYNONYMS:
            return PLACE_KIND_SYNONYMS[word]
    words = (*PLACE_KINDS, *PLACE_KIND_SYNONYMS)
    hint = closest(str(raw), words, n=1)
    extra = f"; did you mean {hint[0]!r}?" if hint else ""
    synonyms = ", ".join(f"{k} = {v}" for k, v in PLACE_KIND_SYNONYMS.items())
    raise ctx.error(
        field,
        f"expected one of {', '.join(repr(c) for c in PLACE_KINDS)}, got {raw!r}{extra} "
        f"(also understood: {synonyms})",
    )


#: Place kinds that may lie outside every country (and so may omit ``country``).
SEA_KINDS: tuple[str, ...] = ("sea area", "strait", "point")

_FIGURE_KEYS = ("value", "low", "high", "source", "note")
#: Longest entry name or alias: what a place reference may be (rangecalc.data.places).
MAX_NAME = 200


def _a(noun: str) -> str:
    """Noun with its indefinite article: 'an airbase', 'a city'."""
    return f"{'an' if noun[:1].lower() in 'aeiou' else 'a'} {noun}"


@dataclass(frozen=True)
class EntryContext:
    """Where an entry comes from, for error messages."""

    file: str
    table: str
    name: str
    require_sources: bool

    @property
    def entry(self) -> str:
        """The entry as written in TOML, e.g. ``airframes."Tu-22M3"``."""
        return f'{self.table}."{self.name}"'

    def error(self, field: str | None, message: str) -> CatalogError:
        """A :class:`CatalogError` located at this entry and *field*."""
        return CatalogError(message, file=self.file, entry=self.entry, field=field)


# --------------------------------------------------------------------------- field parsers


def _quantity(ctx: EntryContext, field: str, raw: object, unit: str) -> Quantity:
    what, example = describe_dimension(unit)
    if isinstance(raw, bool | int | float):
        raise ctx.error(
            field,
            f"expected {what} with its unit, such as '{example}', got the bare number {raw!r} "
            "(a catalog never implies a unit)",
        )
    if not isinstance(raw, str):
        raise ctx.error(field, f"expected {what} such as '{example}', got {raw!r}")
    try:
        q = parse_quantity(raw)
    except UnitError as exc:
        raise ctx.error(field, f"expected {what} such as '{example}': {exc.message}") from None
    if q.dimensionality != parse_unit(unit).dimensionality:
        got, _ = describe_dimension(q)
        raise ctx.error(field, f"expected {what} such as '{example}', got {raw!r} ({got})")
    if not math.isfinite(float(q.to(parse_unit(unit)).magnitude)):
        raise ctx.error(field, f"{raw!r} is too large to be a {what[2:]}")
    return q


def _text(ctx: EntryContext, field: str, raw: object) -> str:
    if not isinstance(raw, str) or not raw.strip():
        raise ctx.error(field, f"expected a non-empty string, got {raw!r}")
    return raw.strip()


def _text_list(ctx: EntryContext, field: str, raw: object) -> tuple[str, ...]:
    if isinstance(raw, str):
        raise ctx.error(field, f'expected a list of strings such as ["a", "b"], got {raw!r}')
    if not isinstance(raw, list):
        raise ctx.error(field, f"expected a list of strings, got {raw!r}")
    items = tuple(_text(ctx, f"{field}[{i}]", item) for i, item in enumerate(raw))
    for i, item in enumerate(items):
        if len(item) > MAX_NAME:
            raise ctx.error(f"{field}[{i}]", f"{len(item):,} characters (at most {MAX_NAME})")
    return items


def _choice(ctx: EntryContext, field: str, raw: object, choices: tuple[str, ...]) -> str:
    if not isinstance(raw, str) or raw not in choices:
        hint = closest(str(raw), choices, n=1)
        extra = f"; did you mean {hint[0]!r}?" if hint else ""
        raise ctx.error(
            field, f"expected one of {', '.join(repr(c) for c in choices)}, got {raw!r}{extra}"
        )
    return raw


def parse_figure(
    ctx: EntryContext,
    field: str,
    raw: object,
    unit: str,
    *,
    sign: str = "positive",
    require_source: bool | None = None,
    bound_key: str | None = None,
    kind: str | None = None,
) -> Figure:
    """Parse one figure (quantity string or ``{value, low, high, source, note}`` table).

    *bound_key* names the field whose physical bound (:mod:`rangecalc.catalog.bounds`)
    applies; default *field*. A figure of a *kind* in
    :data:`~rangecalc.catalog.spread.DEFAULT_SPREAD` written without ``low`` and
    ``high`` gets that default spread, marked ``assumed``.
    """
    need_source = ctx.require_sources if require_source is None else require_source
    if isinstance(raw, Mapping):
        unknown = [k for k in raw if k not in _FIGURE_KEYS]
        if unknown:
            hint = closest(unknown[0], _FIGURE_KEYS, n=1)
            extra = f"; did you mean {hint[0]!r}?" if hint else ""
            raise ctx.error(
                f"{field}.{unknown[0]}",
                f"unknown key in a figure{extra} (a figure takes {', '.join(_FIGURE_KEYS)})",
            )
        if "value" not in raw:
            raise ctx.error(field, "a figure table needs a 'value' such as \"54 t\"")
        value = _quantity(ctx, f"{field}.value", raw["value"], unit)
        low = _quantity(ctx, f"{field}.low", raw["low"], unit) if "low" in raw else value
        high = _quantity(ctx, f"{field}.high", raw["high"], unit) if "high" in raw else value
        source = _text(ctx, f"{field}.source", raw["source"]) if "source" in raw else None
        note = _text(ctx, f"{field}.note", raw["note"]) if "note" in raw else None
    else:
        value = _quantity(ctx, field, raw, unit)
        low = high = value
        source = note = None
    for key, q in (("low", low), ("high", high)):
        if not math.isfinite(float(q.to(value.units).magnitude)):
            raise ctx.error(f"{field}.{key}", f"{q} is too large to express in {value.units:~P}")
    if need_source and source is None:
        raise ctx.error(
            field,
            "every figure needs a source here: write "
            '{ value = "...", source = "publication, page or URL" } (or load the file '
            "with sources optional: --allow-unsourced, require_sources=False)",
        )
    u = value.units
    v, lo, hi = (float(q.to(u).magnitude) for q in (value, low, high))
    if below(v, lo):
        shown, ref = pair(lo, v, 0)
        raise ctx.error(f"{field}.low", f"low ({shown} {u:~P}) is above value ({ref} {u:~P})")
    if above(v, hi):
        shown, ref = pair(hi, v, 0)
        raise ctx.error(f"{field}.high", f"high ({shown} {u:~P}) is below value ({ref} {u:~P})")
    lo, hi = min(lo, v), max(hi, v)  # equal within the tolerance: equal
    where = f"{field}.low" if lo < v else field
    if sign == "positive" and not lo > 0:
        raise ctx.error(where, f"must be positive, got {low}")
    if sign == "nonnegative" and below(lo, 0.0):
        raise ctx.error(where, f"must not be negative, got {low}")
    key = bound_key or field
    limit = bound(ctx.table, key)
    if limit is not None:
        top = float(ureg.Quantity(limit.limit, limit.unit).to(u).magnitude)
        if above(hi, top):
            where_hi = f"{field}.high" if hi > v else field
            shown, ref = pair(hi, top, 0)
            raise ctx.error(
                where_hi,
                f"{shown} {u:~P} is physically impossible: at most {ref} {u:~P} ({limit.why})",
            )
    if ctx.table == "places" and key == "elevation":
        floor = float(ureg.Quantity(LOWEST_GROUND_M, "m").to(u).magnitude)
        if below(lo, floor):
            raise ctx.error(
                where,
                f"{low} is below the lowest ground on Earth (the Dead Sea shore, about "
                f"-430 m; at least {LOWEST_GROUND_M:,.0f} m is accepted)",
            )
    low = low if lo == float(low.to(u).magnitude) else value
    high = high if hi == float(high.to(u).magnitude) else value
    stated = isinstance(raw, Mapping) and ("low" in raw or "high" in raw)
    if kind is not None and not stated and v != 0:
        f = DEFAULT_SPREAD[kind]
        return Figure(
            value=value,
            low=value * (1 - f),
            high=value * (1 + f),
            source=source,
            note=note,
            assumed=True,
        )
    return Figure(value=value, low=low, high=high, source=source, note=note)


def _coordinate(ctx: EntryContext, field: str, raw: object, limit: float) -> float:
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        raise ctx.error(field, f"expected decimal degrees as a number, got {raw!r}")
    value = float(raw)
    if not math.isfinite(value) or above(abs(value), limit):
        raise ctx.error(field, f"must be a number in [-{limit:g}, {limit:g}] degrees, got {raw!r}")
    return float(snap(value, -limit, limit))


# ------------------------------------------------------------------------------- spec


@dataclass(frozen=True)
class _Field:
    parse: Callable[[EntryContext, str, object], Any]
    required: bool = False
    expects: str = ""


def _fig(unit: str, *, required: bool = False, sign: str = "positive") -> _Field:
    what, example = describe_dimension(unit)
    return _Field(
        lambda ctx, f, raw: parse_figure(
            ctx, f, raw, unit, sign=sign, kind=KIND_OF_FIELD.get((ctx.table, f))
        ),
        required,
        f"{what} such as '{example}'",
    )


def _parse_radius_points(ctx: EntryContext, field: str, raw: object) -> tuple[RadiusPoint, ...]:
    if not isinstance(raw, list):
        raise ctx.error(
            field, 'expected a list of tables such as [{ value = "2,400 km", source = "..." }]'
        )
    points = []
    for i, item in enumerate(raw):
        where = f"{field}[{i}]"
        if not isinstance(item, Mapping):
            raise ctx.error(where, f"expected a table with value and source, got {item!r}")
        figure_part = {k: v for k, v in item.items() if k not in ("payload", "profile", "tanks")}
        radius = parse_figure(
            ctx,
            where,
            figure_part,
            "km",
            bound_key="combat_radius",
            kind=KIND_OF_FIELD.get((ctx.table, field)),
        )
        payload = (
            parse_figure(
                ctx,
                f"{where}.payload",
                item["payload"],
                "kg",
                sign="nonnegative",
                require_source=False,
            )
            if "payload" in item
            else None
        )
        profile = (
            _choice(ctx, f"{where}.profile", item["profile"], PROFILES)
            if "profile" in item
            else None
        )
        if payload is not None and payload.source is None:
            # the payload is stated by the same source as the radius
            payload = Figure(payload.value, payload.low, payload.high, radius.source, payload.note)
        tanks = (
            _parse_ferry_tanks(ctx, f"{where}.tanks", item["tanks"])[0] if "tanks" in item else ()
        )
        points.append(RadiusPoint(radius=radius, payload=payload, profile=profile, tanks=tanks))
    return tuple(points)


def _parse_offload(ctx: EntryContext, field: str, raw: object) -> tuple[OffloadPoint, ...]:
    if not isinstance(raw, list) or not raw:
        raise ctx.error(
            field,
            'expected a list of tables such as [{ value = "74 t", distance = "1,000 km", '
            'source = "..." }]',
        )
    points = []
    for i, item in enumerate(raw):
        where = f"{field}[{i}]"
        if not isinstance(item, Mapping):
            raise ctx.error(
                where, f"expected a table with value, distance and source, got {item!r}"
            )
        if "distance" not in item:
            raise ctx.error(f"{where}.distance", "missing: the distance from base (a length)")
        figure_part = {k: v for k, v in item.items() if k != "distance"}
        offload = parse_figure(ctx, where, figure_part, "kg", kind="fuel")
        distance = parse_figure(
            ctx,
            f"{where}.distance",
            item["distance"],
            "km",
            sign="nonnegative",
            require_source=False,
        )
        if distance.source is None:  # stated by the same source as the offload
            distance = Figure(distance.value, distance.low, distance.high, offload.source, None)
        points.append(OffloadPoint(offload=offload, distance=distance))
    distances = [p.distance.m("km") for p in points]
    if distances != sorted(distances) or len(set(distances)) != len(distances):
        raise ctx.error(field, "offload points must be in order of strictly increasing distance")
    return tuple(points)


_TANK_KEYS = ("fuel", "drag", "mass", "conformal", "note")


def _parse_tanks(ctx: EntryContext, field: str, raw: object) -> tuple[Tank, ...]:
    if not isinstance(raw, Mapping) or not raw:
        raise ctx.error(
            field,
            'expected a table of tanks such as { "370 gal wing" = { fuel = { value = '
            '"1,130 kg", source = "..." }, drag = { value = "3 %", source = "..." } } }',
        )
    tanks = []
    for name, item in raw.items():
        where = f'{field}."{name}"'
        if not isinstance(item, Mapping):
            raise ctx.error(where, f"expected a table with fuel and drag, got {item!r}")
        unknown = [k for k in item if k not in _TANK_KEYS]
        if unknown:
            raise ctx.error(
                f"{where}.{unknown[0]}", f"unknown key (a tank takes {', '.join(_TANK_KEYS)})"
            )
        for key in ("fuel", "drag"):
            if key not in item:
                raise ctx.error(f"{where}.{key}", "missing required field")
        fuel = parse_figure(ctx, f"{where}.fuel", item["fuel"], "kg", kind="fuel")
        drag = parse_figure(ctx, f"{where}.drag", item["drag"], "dimensionless", sign="nonnegative")
        if not drag.high.to("dimensionless").magnitude < 0.5:
            raise ctx.error(
                f"{where}.drag",
                f"a loss of {drag.high} of specific range per tank is not credible (at most 50 %)",
            )
        mass = (
            parse_figure(ctx, f"{where}.mass", item["mass"], "kg", sign="nonnegative", kind="mass")
            if "mass" in item
            else None
        )
        conformal = item.get("conformal", False)
        if not isinstance(conformal, bool):
            raise ctx.error(f"{where}.conformal", f"expected true or false, got {conformal!r}")
        note = _text(ctx, f"{where}.note", item["note"]) if "note" in item else None
        tanks.append(Tank(str(name), fuel, drag, mass, conformal, note))
    return tuple(tanks)


def _parse_ferry_tanks(
    ctx: EntryContext, field: str, raw: object
) -> tuple[tuple[tuple[int, str], ...], ...]:
    """The tanks a ferry range was flown with: one configuration, or two alternatives.

    ``["2 x 370 gal wing"]`` (``[]`` for internal fuel only), or, when the sources do not
    say which, two such lists: ``[[], ["2 x 370 gal wing"]]``.
    """
    hint = (
        'expected a list such as ["2 x 370 gal wing"] ([] for internal fuel only), or two '
        'such lists when the sources do not say which: [[], ["2 x 370 gal wing"]]'
    )
    if not isinstance(raw, list):
        raise ctx.error(field, hint)
    if raw and all(isinstance(x, list) for x in raw):
        if len(raw) != 2:
            raise ctx.error(field, f"give exactly two alternative configurations, got {len(raw)}")
        groups = raw
    elif all(isinstance(x, str) for x in raw):
        groups = [raw]
    else:
        raise ctx.error(field, hint)
    out = []
    for g, group in enumerate(groups):
        if not all(isinstance(x, str) for x in group):
            raise ctx.error(f"{field}[{g}]", hint)
        config = []
        for i, text in enumerate(group):
            where = f"{field}[{g}][{i}]" if len(groups) > 1 else f"{field}[{i}]"
            load = tank_load(text)
            if load is None:
                raise ctx.error(where, f"expected a tank such as '2 x 370 gal wing', got {text!r}")
            count, name = load
            if not 1 <= count <= 20:
                raise ctx.error(where, f"a count from 1 to 20, got {count}")
            config.append((count, name))
        out.append(tuple(config))
    return tuple(out)


_AIRFRAME_FIELDS: dict[str, _Field] = {
    "empty_mass": _fig("kg", required=True),
    "max_takeoff_mass": _fig("kg", required=True),
    "internal_fuel": _fig("kg", required=True),
    "max_payload": _fig("kg", required=True),
    "cruise_speed": _fig("km/h", required=True),
    "ferry_range": _fig("km", required=True),
    "aerial_refueling": _Field(
        lambda ctx, f, raw: _choice(ctx, f, raw, REFUELING_KINDS),
        True,
        f"one of {', '.join(REFUELING_KINDS)}",
    ),
    "external_fuel": _fig("kg"),
    "max_speed": _fig("km/h"),
    "service_ceiling": _fig("m"),
    "takeoff_run": _fig("m"),
    "role": _Field(_text),
    "operators": _Field(_text_list),
    "aliases": _Field(_text_list),
    "combat_radius": _Field(_parse_radius_points),
    "refueling_system": _Field(
        lambda ctx, f, raw: _choice(ctx, f, raw, TANKER_SYSTEMS),
        False,
        f"one of {', '.join(TANKER_SYSTEMS)}",
    ),
    "offload": _Field(_parse_offload),
    "tanks": _Field(_parse_tanks),
    "ferry_tanks": _Field(_parse_ferry_tanks),
    "note": _Field(_text),
}

_WEAPON_FIELDS: dict[str, _Field] = {
    "kind": _Field(
        lambda ctx, f, raw: _choice(ctx, f, raw, WEAPON_KINDS),
        True,
        f"one of {', '.join(WEAPON_KINDS)}",
    ),
    "range": _fig("km"),
    "speed": _fig("km/h"),
    "mass": _fig("kg"),
    "warhead_mass": _fig("kg"),
    "launch_platforms": _Field(_text_list),
    "aliases": _Field(_text_list),
    "note": _Field(_text),
}

_ICAO = re.compile(r"[A-Z0-9]{4}")
_IATA = re.compile(r"[A-Z0-9]{3}")


def _code(pattern: re.Pattern[str], label: str) -> Callable[[EntryContext, str, object], str]:
    def parse(ctx: EntryContext, field: str, raw: object) -> str:
        if not isinstance(raw, str) or not pattern.fullmatch(raw):
            raise ctx.error(field, f"expected {label}, got {raw!r}")
        return raw

    return parse


def _country(ctx: EntryContext, field: str, raw: object) -> str:
    if not isinstance(raw, str) or not is_country_code(raw):
        hint = ""
        if isinstance(raw, str) and is_country_code(raw.upper()):
            hint = f"; write it in upper case: {raw.upper()!r}"
        raise ctx.error(
            field, f"expected an ISO 3166-1 alpha-2 code such as 'IR', got {raw!r}{hint}"
        )
    return raw


_PLACE_FIELDS: dict[str, _Field] = {
    "lat": _Field(lambda ctx, f, raw: _coordinate(ctx, f, raw, 90.0), True, "degrees in [-90, 90]"),
    "lon": _Field(
        lambda ctx, f, raw: _coordinate(ctx, f, raw, 180.0), True, "degrees in [-180, 180]"
    ),
    "kind": _Field(_place_kind, True, f"one of {', '.join(PLACE_KINDS)}"),
    "country": _Field(_country, False, "an ISO 3166-1 alpha-2 code"),
    "elevation": _fig("m", sign="any"),
    "runway_length": _fig("m"),
    "aliases": _Field(_text_list),
    "source": _Field(_text),
    "icao": _Field(_code(_ICAO, "a four-character ICAO code such as 'OIHS'")),
    "iata": _Field(_code(_IATA, "a three-character IATA code such as 'NUJ'")),
    "note": _Field(_text),
}

_SPECS: dict[str, dict[str, _Field]] = {
    "airframes": _AIRFRAME_FIELDS,
    "weapons": _WEAPON_FIELDS,
    "places": _PLACE_FIELDS,
}


def field_names(table: str) -> tuple[str, ...]:
    """The fields an entry of *table* (``airframes``, ``weapons``, ``places``) accepts."""
    return tuple(_SPECS[table])


def _parse_fields(ctx: EntryContext, raw: object) -> dict[str, Any]:
    spec = _SPECS[ctx.table]
    if ctx.name != ctx.name.strip() or not ctx.name.strip():
        raise ctx.error(None, "an entry name must not be empty or start or end with spaces")
    if len(ctx.name) > MAX_NAME:
        raise ctx.error(None, f"a name of {len(ctx.name):,} characters (at most {MAX_NAME})")
    if not isinstance(raw, Mapping):
        raise ctx.error(None, f"expected a table of fields, got {raw!r}")
    for key in raw:
        if key not in spec:
            # "weight" is the common word for what the schema calls "mass"
            hint = closest(key.replace("weight", "mass"), spec, n=1) or closest(key, spec, n=1)
            extra = f"did you mean {hint[0]!r}? " if hint else ""
            raise ctx.error(key, f"unknown field; {extra}valid fields are: {', '.join(spec)}")
    for key, fspec in spec.items():
        if fspec.required and key not in raw:
            raise ctx.error(key, f"missing required field ({fspec.expects})")
    return {key: spec[key].parse(ctx, key, value) for key, value in raw.items()}


# ------------------------------------------------------------------------------ builders


def _kg(q: Quantity) -> float:
    return float(q.to("kg").magnitude)


def _end(name: str, fig: Figure, end: str) -> str:
    """The field to name for one end of a figure's spread: ``name.low`` if written."""
    written = (fig.low if end == "low" else fig.high) != fig.value and not fig.assumed
    return f"{name}.{end}" if written else name


def _check_masses(ctx: EntryContext, values: dict[str, Any]) -> None:
    """Masses that contradict each other, or leave no fuel for the ferry mission."""
    empty, mtow, fuel = values["empty_mass"], values["max_takeoff_mass"], values["internal_fuel"]
    payload = values["max_payload"]
    if not below(_kg(empty.value), _kg(mtow.value)):
        raise ctx.error(
            "empty_mass",
            f"empty mass ({empty.value}) must be below max_takeoff_mass ({mtow.value})",
        )
    if not below(_kg(empty.high), _kg(mtow.low)):
        raise ctx.error(
            _end("max_takeoff_mass", mtow, "low")
            if mtow.low < mtow.value and not mtow.assumed
            else _end("empty_mass", empty, "high"),
            f"the heaviest empty mass ({empty.high}) is not below the lightest "
            f"max_takeoff_mass ({mtow.low}): at that corner of the spreads there is no room "
            "for fuel",
        )
    # Any payload up to max_payload.high is accepted, so even that must leave room for fuel.
    if not below(_kg(empty.value) + _kg(payload.high), _kg(mtow.value)):
        shown, ref = pair(_kg(empty.value) + _kg(payload.high), _kg(mtow.value), 0)
        raise ctx.error(
            _end("max_payload", payload, "high"),
            f"empty mass + max payload ({shown} kg"
            + (
                f", the high end of its assumed ±{payload.assumed_spread:.0%} spread"
                if payload.assumed
                else ""
            )
            + f") leaves no room for fuel under max_takeoff_mass ({ref} kg)",
        )
    if not below(_kg(fuel.value), _kg(mtow.value)):
        raise ctx.error(
            "internal_fuel",
            f"internal fuel ({fuel.value}) must be below max_takeoff_mass ({mtow.value})",
        )
    # The ferry mission (full fuel, no payload) calibrates the range factor at every corner
    # of the spreads; each corner must leave fuel to cruise after take-off, climb, landing
    # and the reserve, and imply a range factor no aircraft exceeds.
    ferry = values["ferry_range"]
    for oew, top, cap in itertools.product(
        (empty.low, empty.high), (mtow.low, mtow.high), (fuel.low, fuel.high)
    ):
        w_oew, w_top, w_cap = _kg(oew), _kg(top), _kg(cap)
        loaded = min(w_cap, w_top - w_oew)
        try:
            k = float(
                _m.range_factor(
                    float(ferry.high.to("km").magnitude), w_oew, w_top, w_cap, _m.RESERVE
                )
            )
        except ValueError:
            share = loaded / (w_oew + loaded)
            raise ctx.error(
                "internal_fuel",
                f"{cap} of fuel ({100 * share:.2g} % of the take-off mass with {oew} empty) is too "
                "little to fly the ferry mission: take-off, climb, landing and the reserve "
                "burn more than that",
            ) from None
        if above(k, _m.MAX_RANGE_FACTOR_KM):
            raise ctx.error(
                "ferry_range",
                f"{ferry.high} on {cap} of fuel implies a range factor V (L/D) / c of "
                f"{k:,.0f} km, physically impossible (at most {_m.MAX_RANGE_FACTOR_KM:,.0f} "
                "km: L/D 40 at 1,000 km/h with a TSFC of 0.4 /h; catalog airframes lie "
                "between 6,800 and 22,000 km)",
            )


def build_airframe(ctx: EntryContext, raw: object) -> Airframe:
    """Validate one ``[airframes."NAME"]`` table and build the record."""
    values = _parse_fields(ctx, raw)
    _check_masses(ctx, values)
    ferry = values["ferry_range"]
    farthest = float(ferry.high.to("km").magnitude)
    for i, point in enumerate(values.get("combat_radius", ())):
        if above(float(point.radius.value.to("km").magnitude), farthest):
            raise ctx.error(
                f"combat_radius[{i}]",
                f"a radius of {point.radius.value} exceeds the ferry range ({ferry.high}); "
                "a radius is one way out of a round trip",
            )
        if point.payload is not None and above(
            _kg(point.payload.value), _kg(values["max_payload"].high)
        ):
            shown, ref = pair(_kg(point.payload.value), _kg(values["max_payload"].high), 0)
            raise ctx.error(
                f"combat_radius[{i}].payload",
                f"payload {shown} kg exceeds max_payload ({ref} kg)",
            )
    cruise, top_speed = values["cruise_speed"], values.get("max_speed")
    if top_speed is not None and above(
        float(cruise.low.to("km/h").magnitude), float(top_speed.high.to("km/h").magnitude)
    ):
        raise ctx.error(
            "cruise_speed",
            f"cruise speed ({cruise.low}) above the maximum speed ({top_speed.high})",
        )
    carried = _kg(values["internal_fuel"].high) + (
        _kg(values["external_fuel"].high) if "external_fuel" in values else 0.0
    )
    for i, point in enumerate(values.get("offload", ())):
        if above(float(point.distance.value.to("km").magnitude), farthest):
            raise ctx.error(
                f"offload[{i}].distance",
                f"{point.distance.value} from base is beyond the tanker's own ferry range "
                f"({ferry.high}): it cannot be there, let alone give fuel",
            )
        if above(_kg(point.offload.value), carried):
            raise ctx.error(
                f"offload[{i}]",
                f"an offload of {point.offload.value} is more fuel than the tanker carries "
                f"({carried:,.0f} kg internal and external)",
            )
    if "offload" in values and "refueling_system" not in values:
        raise ctx.error(
            "refueling_system",
            "a tanker with an offload curve must say how it passes fuel "
            f"({', '.join(TANKER_SYSTEMS)})",
        )
    values.setdefault("aliases", ())
    values.setdefault("operators", ())
    values.setdefault("combat_radius", ())
    values.setdefault("offload", ())
    tanks = values.setdefault("tanks", ())
    names = {t.name.casefold(): t.name for t in tanks}
    if tanks and "ferry_tanks" not in values:
        raise ctx.error(
            "ferry_tanks",
            "an airframe that lists tanks must say which it carried for its published "
            'ferry_range (ferry_tanks = ["3 x 610 gal"], or [] for internal fuel only)',
        )
    for i, point in enumerate(values.get("combat_radius", ())):
        for j, (_, name) in enumerate(point.tanks):
            if name.casefold() not in names:
                raise ctx.error(
                    f"combat_radius[{i}].tanks[{j}]", f"no tank {name!r} in this airframe's tanks"
                )
    configs = values.setdefault("ferry_tanks", ((),))
    for g, config in enumerate(configs):
        for i, (_, name) in enumerate(config):
            if name.casefold() in names:
                continue
            raise ctx.error(
                f"ferry_tanks[{g}][{i}]" if len(configs) > 1 else f"ferry_tanks[{i}]",
                f"no tank {name!r} in this airframe's tanks"
                + (f" (it lists {', '.join(repr(n) for n in names.values())})" if names else ""),
            )
    return Airframe(name=ctx.name, origin=ctx.file, **values)


def build_weapon(ctx: EntryContext, raw: object) -> Weapon:
    """Validate one ``[weapons."NAME"]`` table and build the record."""
    values = _parse_fields(ctx, raw)
    if values["kind"] != "bomb" and "range" not in values:
        raise ctx.error(
            "range",
            f"missing required field for {_a(values['kind'])} (a length such as '2,500 km')",
        )
    mass, warhead = values.get("mass"), values.get("warhead_mass")
    if mass is not None and warhead is not None and above(_kg(warhead.value), _kg(mass.value)):
        raise ctx.error(
            "warhead_mass",
            f"warhead mass ({warhead.value}) exceeds the weapon's mass ({mass.value})",
        )
    values.setdefault("aliases", ())
    values.setdefault("launch_platforms", ())
    return Weapon(name=ctx.name, origin=ctx.file, **values)


def build_place(ctx: EntryContext, raw: object) -> Place:
    """Validate one ``[places."NAME"]`` table and build the record."""
    values = _parse_fields(ctx, raw)
    if values["kind"] not in SEA_KINDS and "country" not in values:
        raise ctx.error(
            "country",
            f"missing required field for {_a(values['kind'])} (an ISO 3166-1 alpha-2 code; only "
            f"{', '.join(SEA_KINDS)} may omit it)",
        )
    if ctx.require_sources and "source" not in values:
        raise ctx.error(
            "source",
            "every place needs a source for its coordinates here (or load the file with "
            "sources optional: --allow-unsourced, require_sources=False)",
        )
    values.setdefault("aliases", ())
    return Place(name=ctx.name, origin=ctx.file, **values)


BUILDERS: dict[str, Callable[[EntryContext, object], Airframe | Weapon | Place]] = {
    "airframes": build_airframe,
    "weapons": build_weapon,
    "places": build_place,
}
