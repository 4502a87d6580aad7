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

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any, Literal

from rangecalc.catalog import Catalog, Figure, Place, default_catalog
from rangecalc.coordinates import parse_coordinates
from rangecalc.errors import InputError, PlaceNotFoundError, closest
from rangecalc.units import ureg

__all__ = ["Place", "airfield", "parse_coordinates", "resolve_place"]

_CODE = re.compile(r"[A-Za-z0-9]{3,4}")


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
    if _CODE.fullmatch(text):
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
