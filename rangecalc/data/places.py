"""Places: resolve what a user types into a point on WGS84.

A place reference may be, in the order tried:

1. decimal degrees, latitude first: ``"35.21, 48.65"``, ``"35.21 48.65"``,
   ``"35.21N 48.65E"``, ``"-7.97, -14.39"``;
2. degrees, minutes and seconds: ``"35°12′42″N 48°39′12″E"``, ``35°12'42"N 48°39'12"E``,
   ``"35°12.7'N 48°39.2'E"``; with hemisphere letters the order may be either way round;
3. an ICAO (4-character) or IATA (3-character) airfield code, unless a catalog name or
   alias is written exactly so (``"Goa"``): first the catalog's own places, then the
   ~28,000 airfields of the ``airportsdata`` package, military ones included (``"OIHS"``
   is Hamadan / Shahid Nojeh);
4. a catalog name or alias, matched ignoring case, accents and punctuation
   (``"Hamadan"``, ``"deir-ez-zor"``, ``"Hmeimim"``);
5. the name of an ``airportsdata`` airfield, matched like catalog names and with or
   without words such as "Airport" or "Air Base" (``"Woody Island"`` is ZJYX, Woody
   Island Airport). A name that several airfields share is an error listing their codes.

A reference that matches nothing raises :class:`~rangecalc.data.errors.PlaceNotFoundError`
listing the closest catalog names. A malformed coordinate (latitude 95, 61 minutes) raises
:class:`~rangecalc.data.errors.InputError` saying what is wrong rather than "not found".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from rangecalc.catalog import Catalog, Figure, Place, default_catalog, normalize_name
from rangecalc.catalog.schema import MAX_NAME
from rangecalc.data.airfields import CODE as _CODE
from rangecalc.data.airfields import records
from rangecalc.data.airfields import version as airfield_version
from rangecalc.data.coordinates import parse_coordinates
from rangecalc.data.errors import InputError, PlaceNotFoundError, closest
from rangecalc.data.units import ureg

__all__ = ["Place", "airfield", "airfield_by_name", "parse_coordinates", "resolve_place"]

_MAX_REFERENCE = MAX_NAME  # a reference may be as long as a catalog name


def airfield(code: str) -> Place | None:
    """Look up an ICAO or IATA code in the ``airportsdata`` package; ``None`` if unknown."""
    code = code.strip().upper()
    if len(code) == 4:
        record = records("ICAO").get(code)
    elif len(code) == 3:
        record = records("IATA").get(code)
    else:
        return None
    if record is None:
        return None
    source = f"airportsdata {airfield_version()} ({record['icao'] or record['iata']})"
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


#: Words that airfield names add to the place's own name; a name is also indexed without them.
_GENERIC = re.compile(
    r"\b(?:international|intl|regional|municipal|air\s*force\s*base|air\s*base|airbase|"
    r"airport|airfield|air\s*field|aerodrome|airstrip|field|afb|ab)\b",
    re.IGNORECASE,
)


_ICAO = re.compile(r"[A-Z]{4}")
#: Shortest airfield name matched (normalized characters): shorter ones are initials.
_SHORTEST_NAME = 5


@lru_cache(maxsize=1)
def _airfield_names() -> tuple[Mapping[str, tuple[str, ...]], Mapping[str, tuple[str, ...]]]:
    """Airfield names and cities, normalized, to the ICAO codes that bear them.

    Only airfields with a proper ICAO code (four letters) are indexed: the local codes of
    private strips (``TE17``, ``K7M6``) name thousands of fields called "Heathrow" or
    "Paris" that nobody means. A name is indexed as written, without generic words
    ("Airport", "Air Base"), and without its city when it starts with it ("London
    Heathrow" is also "Heathrow").
    """
    names: dict[str, list[str]] = {}
    cities: dict[str, list[str]] = {}
    for code, record in records("ICAO").items():
        if not _ICAO.fullmatch(code):
            continue
        name = str(record.get("name") or "")
        bare = _GENERIC.sub(" ", name).split()
        city = str(record.get("city") or "").split()
        variants = {normalize_name(name), normalize_name(" ".join(bare))}
        # without the city, at a word boundary: "London Heathrow" is also "Heathrow"
        if city and [normalize_name(w) for w in bare[: len(city)]] == [
            normalize_name(w) for w in city
        ]:
            rest = normalize_name(" ".join(bare[len(city) :]))
            if len(rest) >= _SHORTEST_NAME and not rest.isdigit():
                variants.add(rest)
        for variant in variants:
            if len(variant) >= _SHORTEST_NAME and not variant.isdigit():
                names.setdefault(variant, []).append(code)
        if normalize_name(" ".join(city)):
            cities.setdefault(normalize_name(" ".join(city)), []).append(code)
    return (
        {k: tuple(dict.fromkeys(v)) for k, v in names.items()},
        {k: tuple(dict.fromkeys(v)) for k, v in cities.items()},
    )


def _listed(codes: tuple[str, ...]) -> str:
    table = records("ICAO")
    shown = ", ".join(f"{table[c]['name']} ({c}, {table[c]['country']})" for c in codes[:6])
    return shown + (f" and {len(codes) - 6} more" if len(codes) > 6 else "")


def airfield_by_name(name: str) -> Place | None:
    """The ``airportsdata`` airfield called *name*, or ``None`` if no airfield is.

    Raises
    ------
    InputError
        When several airfields have that name, or the name is also the city of other
        airfields ("London"): the message lists them and asks for the ICAO code.
    """
    key = normalize_name(_GENERIC.sub(" ", name)) or normalize_name(name)
    names, cities = _airfield_names()
    codes = names.get(key, ())
    if not codes:
        return None
    others = tuple(c for c in cities.get(key, ()) if c not in codes)
    if len(codes) > 1 or others:
        what = f"{len(codes)} airfields have that name" if len(codes) > 1 else "an airfield"
        also = f"; it is also the city of {_listed(others)}" if others else ""
        raise InputError(f"place {name!r}: {what} ({_listed(codes)}){also}; give the ICAO code")
    return airfield(codes[0])


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
    if len(text) > _MAX_REFERENCE:
        raise InputError(
            f"a place reference of {len(text):,} characters (at most {_MAX_REFERENCE}): give a "
            "name, an ICAO/IATA code or coordinates"
        )
    cat = default_catalog() if catalog is None else catalog
    # Coordinates are always coordinates, and a code is a code unless a name or alias is
    # written exactly so: no catalog entry can hide either (see Catalog.check_hiding).
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
    if _CODE.fullmatch(text) and not text.isdigit():
        hit = cat.find_place_exact(text)
        if hit is not None:
            return hit
        hit = cat.find_place_by_code(text.upper()) or airfield(text)
        if hit is not None:
            return hit
    hit = cat.find_place(text)
    if hit is not None:
        return hit
    hit = airfield_by_name(text)
    if hit is not None:
        return hit
    owner = {a: p.name for p in cat.places.values() for a in (p.name, *p.aliases)}
    names = list(dict.fromkeys(owner[hit] for hit in closest(text, owner, n=6)))
    raise PlaceNotFoundError(text, names[:3])
