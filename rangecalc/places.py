"""Places: resolve what a user types into a point on WGS84.

A place reference may be, in the order tried:

1. a catalog name or alias, matched ignoring case, accents and punctuation
   (``"Hamadan"``, ``"deir-ez-zor"``, ``"Hmeimim"``);
2. an ICAO (4-character) or IATA (3-character) airfield code: first the catalog's own
   places, then the ~28,000 airfields of the ``airportsdata`` package, military ones
   included (``"OIHS"`` is Hamadan / Shahid Nojeh);
3. decimal degrees, latitude first: ``"35.21, 48.65"``, ``"35.21 48.65"``,
   ``"35.21N 48.65E"``, ``"-7.97, -14.39"``;
4. degrees, minutes and seconds: ``"35°12′42″N 48°39′12″E"``, ``35°12'42"N 48°39'12"E``,
   ``"35°12.7'N 48°39.2'E"``; with hemisphere letters the order may be either way round.

A reference that matches nothing raises :class:`~rangecalc.errors.PlaceNotFoundError`
listing the closest catalog names. A malformed coordinate (latitude 95, 61 minutes) raises
:class:`~rangecalc.errors.InputError` saying what is wrong rather than "not found".
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any, Literal

from rangecalc.catalog import Catalog, Figure, Place, default_catalog
from rangecalc.errors import InputError, PlaceNotFoundError, closest
from rangecalc.units import ureg

__all__ = ["Place", "airfield", "parse_coordinates", "resolve_place"]

_NUM = r"\d+(?:\.\d+)?"
_DECIMAL = re.compile(
    rf"^\s*(?P<a>[+-]?{_NUM})\s*°?\s*(?P<ha>[NSEWnsew])?\s*[,;/\s]\s*"
    rf"(?P<b>[+-]?{_NUM})\s*°?\s*(?P<hb>[NSEWnsew])?\s*$"
)
_DMS_BODY = (
    r"(?P<d{i}>[+-]?\d+(?:\.\d+)?)\s*(?:°|º|˚|d(?:eg)?)\s*"
    r"(?:(?P<m{i}>\d+(?:\.\d+)?)\s*(?:′|'|’|m(?:in)?)\s*)?"
    r"(?:(?P<s{i}>\d+(?:\.\d+)?)\s*(?:″|\"|”|''|′′|s(?:ec)?)\s*)?"
)
# Hemisphere letters either all after the numbers (35°12′N) or all before them (N35°12′).
_DMS_FORMS = [
    re.compile(
        r"^\s*"
        + _DMS_BODY.format(i=1)
        + r"(?P<h1>[NSEW])?\s*[,;/]?\s*"
        + _DMS_BODY.format(i=2)
        + r"(?P<h2>[NSEW])?\s*$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^\s*(?P<h1>[NSEW])\s*"
        + _DMS_BODY.format(i=1)
        + r"[,;/]?\s*(?P<h2>[NSEW])\s*"
        + _DMS_BODY.format(i=2)
        + r"\s*$",
        re.IGNORECASE,
    ),
]
_CODE = re.compile(r"^[A-Za-z0-9]{3,4}$")


def _hemisphere_value(value: float, hemi: str | None, text: str) -> tuple[float, str | None]:
    if hemi is None:
        return value, None
    h = hemi.upper()
    if value < 0:
        raise InputError(f"{text!r}: a coordinate cannot have both a minus sign and {h}")
    return (-value if h in "SW" else value), ("lat" if h in "NS" else "lon")


def _assign(
    first: tuple[float, str | None], second: tuple[float, str | None], text: str
) -> tuple[float, float]:
    (v1, k1), (v2, k2) = first, second
    if k1 == k2 and k1 is not None:
        raise InputError(
            f"{text!r}: both coordinates are {'latitudes' if k1 == 'lat' else 'longitudes'}"
        )
    if k1 == "lon" or k2 == "lat":
        lat, lon = v2, v1
    else:
        lat, lon = v1, v2
    if not (math.isfinite(lat) and -90.0 <= lat <= 90.0):
        raise InputError(f"{text!r}: latitude {lat:g} is outside [-90, 90] degrees")
    if not (math.isfinite(lon) and -180.0 <= lon <= 180.0):
        raise InputError(f"{text!r}: longitude {lon:g} is outside [-180, 180] degrees")
    return lat, lon


def _dms_value(match: re.Match[str], i: int, text: str) -> tuple[float, str | None]:
    deg = float(match.group(f"d{i}"))
    minutes = float(match.group(f"m{i}") or 0.0)
    seconds = float(match.group(f"s{i}") or 0.0)
    if minutes >= 60 or seconds >= 60:
        raise InputError(f"{text!r}: minutes and seconds must be below 60")
    if match.group(f"s{i}") and match.group(f"m{i}") is None:
        raise InputError(f"{text!r}: seconds given without minutes")
    sign = -1.0 if deg < 0 else 1.0
    value = sign * (abs(deg) + minutes / 60.0 + seconds / 3600.0)
    return _hemisphere_value(value, match.group(f"h{i}"), text)


def parse_coordinates(text: str) -> tuple[float, float] | None:
    """Parse decimal or DMS coordinates; return ``(lat, lon)`` or ``None`` if not coordinates.

    Raises
    ------
    InputError
        When the text is shaped like coordinates but is invalid (latitude beyond 90,
        minutes of 60 or more, two latitudes).
    """
    m = _DECIMAL.match(text)
    if m:
        a = _hemisphere_value(float(m.group("a")), m.group("ha"), text)
        b = _hemisphere_value(float(m.group("b")), m.group("hb"), text)
        return _assign(a, b, text)
    for form in _DMS_FORMS:
        m = form.match(text)
        if m:
            return _assign(_dms_value(m, 1, text), _dms_value(m, 2, text), text)
    return None


@lru_cache(maxsize=2)
def _airports(key: Literal["ICAO", "IATA"]) -> Mapping[str, Mapping[str, Any]]:
    import airportsdata

    return airportsdata.load(key)


def _airportsdata_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("airportsdata")
    except PackageNotFoundError:  # pragma: no cover - installed as a dependency
        return "unknown"


def airfield(code: str) -> Place | None:
    """Look up an ICAO or IATA code in the ``airportsdata`` package; ``None`` if unknown."""
    code = code.strip().upper()
    if len(code) == 4:
        record = _airports("ICAO").get(code)
    elif len(code) == 3:
        record = _airports("IATA").get(code)
    else:
        return None
    if record is None:
        return None
    source = f"airportsdata {_airportsdata_version()} ({record['icao'] or record['iata']})"
    elevation = None
    if record.get("elevation") not in (None, ""):
        elevation = Figure.exact(ureg.Quantity(float(record["elevation"]), "ft"), source=source)
    return Place(
        name=str(record["name"]),
        lat=float(record["lat"]),
        lon=float(record["lon"]),
        country=str(record["country"]) or None,
        kind="airport",
        aliases=tuple(c for c in (record.get("icao"), record.get("iata")) if c),
        source=source,
        elevation=elevation,
        icao=record.get("icao") or None,
        iata=record.get("iata") or None,
    )


def resolve_place(reference: str | Place, catalog: Catalog | None = None) -> Place:
    """Turn a place reference into a :class:`Place` (see the module docstring for forms).

    Parameters
    ----------
    reference
        A catalog name or alias, an ICAO/IATA code, decimal or DMS coordinates, or a
        :class:`Place` (returned unchanged).
    catalog
        Where names are looked up; the built-in catalogs by default.
    """
    if isinstance(reference, Place):
        return reference
    if not isinstance(reference, str) or not reference.strip():
        raise InputError(f"expected a place name, code or coordinates, got {reference!r}")
    text = reference.strip()
    cat = default_catalog() if catalog is None else catalog
    hit = cat.find_place(text)
    if hit is not None:
        return hit
    if _CODE.match(text):
        code = text.upper()
        hit = cat.find_place_by_code(code)
        if hit is None and not text.isdigit():
            hit = airfield(code)
        if hit is not None:
            return hit
    coords = parse_coordinates(text)
    if coords is not None:
        lat, lon = coords
        return Place(
            name=f"{lat:.5f}, {lon:.5f}",
            lat=lat,
            lon=lon,
            kind="point",
            source="given as coordinates",
        )
    owner = {a: p.name for p in cat.places.values() for a in (p.name, *p.aliases)}
    names = list(dict.fromkeys(owner[hit] for hit in closest(text, owner, n=6)))
    raise PlaceNotFoundError(text, names[:3])
