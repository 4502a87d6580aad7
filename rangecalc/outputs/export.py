"""Export: assessments, routes, rings and closed airspace as GeoJSON and KML.

A :class:`Feature` is one shapely geometry in (lon, lat) degrees with its properties, a
name, an HTML description and a style name. The builders (:func:`ring_features`,
:func:`route_features`, :func:`place_feature`, :func:`airspace_features`,
:func:`assessment_features`, :func:`scenario_features`) make lists of them, each carrying
its numbers and their sources; :func:`to_geojson` and :func:`to_kml` write them.

Conventions
-----------
Both writers prepare every geometry the same way before writing it:

* **Coordinate order** is longitude, latitude, in decimal degrees on WGS84 (RFC 7946
  section 3.1.1; KML 2.2 writes ``lon,lat,0``), rounded to 6 decimals (about 0.1 m).
  Longitudes are folded into [-180, 180].
* **Winding**: polygon exteriors run counter-clockwise and holes clockwise (RFC 7946
  section 3.1.6, the right-hand rule).
* **Antimeridian**: nothing crosses it (RFC 7946 section 3.1.9). Range rings and closed
  airspace come cut from :func:`rangecalc.data.range_ring` and :mod:`rangecalc.airspace.policy`;
  a polygon drawn on longitudes beyond +/-180 is cut and folded back; a line is
  unwrapped and split where it crosses +/-180, the crossing latitude interpolated along
  the (densified, so short) edge that crosses, into a ``MultiLineString``.
* **Densified edges**: a line's edges (a route's legs, geodesics) get points along the
  WGS84 geodesic, and a polygon's edges (closed airspace, outlines: their data's edges
  run straight in lon/lat, as a border along a parallel does) points straight in
  (lon, lat), until no two consecutive vertices lie more than ``spacing`` apart (25 km
  by default), so that software reprojecting the file draws what was meant. Two
  exceptions: an edge spanning 180 degrees of longitude or more (Antarctica's along the
  pole) stays as it is; and a range ring (style ``"ring"``) keeps its own vertices,
  which lie on the ring (its builder chooses their number so that they are at most
  ``spacing`` apart), and only its cut edges along the antimeridian are densified.
* **Properties** are made JSON-safe: a pint quantity becomes a number in a key that names
  its unit (``radius`` in km becomes ``radius_km``; masses in t, times in h, speeds in
  km/h), an :class:`~rangecalc.data.interval.Interval` three such keys (``available_low_km``,
  ``available_nominal_km``, ``available_high_km``), numpy scalars and arrays plain
  numbers and lists, NaN and infinities ``None``. GeoJSON adds ``name``, ``style``,
  ``description`` and simplestyle colours (``marker-color``, ``stroke``, ``fill``,
  ``fill-opacity``) to each feature's properties; KML 2.2 (OGC 07-147r2) puts every
  property in ``<ExtendedData>`` (nested values as JSON text), the description in a
  CDATA section that no ``"]]>"`` in the text can end early, and one ``<Style>`` per
  style name.

References
----------
.. [1] H. Butler et al., "The GeoJSON Format", RFC 7946, IETF (2016),
   doi:10.17487/RFC7946.
.. [2] OGC KML 2.2, OGC 07-147r2, T. Wilson (ed.), Open Geospatial Consortium (2008).
"""

from __future__ import annotations

import html
import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from pathlib import Path, PurePath
from typing import Any, TypeAlias
from xml.sax.saxutils import escape, quoteattr

import numpy as np
import numpy.typing as npt
import pint
import shapely
from shapely.geometry import (
    GeometryCollection,
    LinearRing,
    LineString,
    MultiLineString,
    MultiPoint,
    MultiPolygon,
    Point,
    Polygon,
)
from shapely.geometry.base import BaseGeometry
from shapely.geometry.polygon import orient

from rangecalc._core import geodesic as _g
from rangecalc._core.ring import fold_antimeridian, ring_points
from rangecalc.airspace.boundaries import Boundaries, builtin_boundaries
from rangecalc.airspace.policy import (
    TERRITORIAL_SEA,
    AirspacePolicy,
    closed_airspace,
    closed_summary,
    territorial_sea_width,
    with_sea,
)
from rangecalc.airspace.reach import ReachArea
from rangecalc.airspace.routing import Route
from rangecalc.catalog import Catalog, Place
from rangecalc.claims.claim import ERROR, VERDICTS, Assessment
from rangecalc.data.errors import InputError
from rangecalc.data.geodesy import MAX_POINTS, range_ring
from rangecalc.data.interval import Interval
from rangecalc.data.places import resolve_place
from rangecalc.data.units import magnitude, ureg

__all__ = [
    "DEFAULT_SPACING",
    "DEFAULT_TOLERANCE",
    "STYLES",
    "Feature",
    "airspace_features",
    "assessment_features",
    "json_safe",
    "place_feature",
    "prepare",
    "ring_features",
    "route_features",
    "scenario_features",
    "to_geojson",
    "to_kml",
    "write_geojson",
    "write_kml",
]

Array: TypeAlias = npt.NDArray[np.float64]

#: Largest distance between consecutive vertices of what is written.
DEFAULT_SPACING = "25 km"
#: Douglas-Peucker tolerance for closed airspace and country outlines: as much again as
#: the built-in boundaries were simplified by (0.01 degrees, 1.1 km of latitude).
DEFAULT_TOLERANCE = "0.01 degree"
#: Style names and their colours, ``#rrggbb``: verdicts, then the kinds of feature.
STYLES: Mapping[str, str] = {
    "holds": "#1a9641",  # green
    "fails": "#d7191c",  # red
    "uncertain": "#f5a623",  # amber
    "error": "#808080",  # grey
    "base": "#2c7bb6",  # blue
    "target": "#000000",
    "route": "#5e3c99",  # purple
    "airspace": "#b2182b",  # dark red, filled translucent
    "ring": "#0571b0",  # teal blue
}
_FILL_OPACITY = 0.25
#: Keys that :func:`to_geojson` adds to every feature's properties.
_RESERVED = ("name", "style", "description", "marker-color", "stroke", "fill", "fill-opacity")
#: Mean Earth radius [m] (IUGG), only to estimate how many samples a ring needs.
_MEAN_RADIUS_M = 6_371_008.8
_RING_SOURCE = "WGS84 geodesic range ring (rangecalc.data.range_ring; Karney 2013 via pyproj)"
_ROUTE_SOURCE = "rangecalc.route: shortest permitted route on WGS84, geodesic legs"
#: Most vertices one densified geometry may have.
_MAX_VERTICES = 10_000_000
#: Characters XML 1.0 does not allow anywhere, not even in CDATA.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


# ------------------------------------------------------------------------ the feature


@dataclass(frozen=True)
class Feature:
    """One geometry to export, with what it means.

    Attributes
    ----------
    geometry
        A shapely geometry in (lon, lat) decimal degrees on WGS84; empty for a feature
        without a place (written as ``"geometry": null`` and a Placemark without one).
    properties
        Plain data; quantities, intervals and numpy values are made JSON-safe on export
        (see the module docstring).
    name
        Short label (GeoJSON ``name`` property, KML ``<name>``).
    description
        HTML shown in a KML balloon (and kept as the GeoJSON ``description`` property).
    style
        One of :data:`STYLES`.
    """

    geometry: BaseGeometry
    properties: dict[str, Any]
    name: str
    description: str = ""
    style: str = "target"

    def __post_init__(self) -> None:
        if not isinstance(self.geometry, BaseGeometry):
            raise InputError(
                f"geometry: expected a shapely geometry in (lon, lat), got {self.geometry!r}"
            )
        if self.style not in STYLES:
            raise InputError(f"style: expected one of {', '.join(STYLES)}, got {self.style!r}")
        if not isinstance(self.properties, Mapping):
            raise InputError(f"properties: expected a mapping, got {self.properties!r}")
        bad = [k for k in self.properties if not isinstance(k, str)]
        if bad:
            raise InputError(f"properties: keys must be strings, got {bad[0]!r}")
        object.__setattr__(self, "properties", dict(self.properties))


# --------------------------------------------------------------------- JSON-safe values

#: (dimension, unit converted to, suffix of the key) for quantities.
_UNITS = (
    ("[length]", "km", "km"),
    ("[mass]", "t", "t"),
    ("[time]", "h", "h"),
    ("[length] / [time]", "km/h", "kmh"),
    ("[temperature]", "degC", "degC"),
)


def _unit_of(q: pint.Quantity[Any]) -> tuple[str | None, str]:
    """The unit a quantity is written in (``None``: its own) and the key's suffix."""
    for dimension, unit, suffix in _UNITS:
        if q.check(dimension):
            return unit, suffix
    own = str(q.units).replace(" / ", "_per_").replace(" ** ", "").replace(" * ", "_")
    return None, re.sub(r"\W+", "_", own).strip("_") or "1"


def _number(x: Any) -> Any:
    """A plain number, bool or nested list of them, NaN and infinities as ``None``."""
    if isinstance(x, bool | np.bool_):
        return bool(x)
    if isinstance(x, int | np.integer):
        return int(x)
    if isinstance(x, float | np.floating):
        return float(x) if math.isfinite(float(x)) else None
    if isinstance(x, np.ndarray):
        return [_number(v) for v in x.tolist()]
    if isinstance(x, list | tuple):
        return [_number(v) for v in x]
    raise InputError(f"expected a number, got {x!r}")


def _keyed(key: str, value: Any) -> list[tuple[str, Any]]:
    """The (key, value) pairs one property becomes: quantities rename their key."""
    if isinstance(value, Interval):
        parts = (("low", value.low), ("nominal", value.nominal), ("high", value.high))
        return [pair for part, q in parts for pair in _keyed(f"{key}_{part}", q)]
    if isinstance(value, pint.Quantity):
        unit, suffix = _unit_of(value)
        q = value if unit is None else value.to(unit)
        name = key if key.endswith(f"_{suffix}") else f"{key}_{suffix}"
        return [(name, _number(q.magnitude))]
    if (
        isinstance(value, list | tuple)
        and value
        and all(isinstance(v, pint.Quantity) for v in value)
    ):
        unit, suffix = _unit_of(value[0])
        name = key if key.endswith(f"_{suffix}") else f"{key}_{suffix}"
        try:
            values = [_number((v if unit is None else v.to(unit)).magnitude) for v in value]
        except pint.DimensionalityError:
            raise InputError(f"{key}: a list of quantities of different kinds") from None
        return [(name, values)]
    return [(key, _value(value, key))]


def _value(value: Any, key: str) -> Any:
    """One JSON-safe value (a quantity without a key of its own becomes a mapping)."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, Enum):
        return _value(value.value, key)
    if isinstance(value, bool | int | float | np.generic | np.ndarray):
        return _number(value)
    if isinstance(value, pint.Quantity | Interval):
        return json_safe({"value": value})
    if isinstance(value, Mapping):
        return json_safe(value)
    if isinstance(value, set | frozenset):
        return [_value(v, key) for v in sorted(value, key=str)]
    if isinstance(value, list | tuple):
        return [_value(v, key) for v in value]
    if isinstance(value, PurePath):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise InputError(f"property {key!r}: cannot write a {type(value).__name__} as JSON ({value!r})")


def json_safe(properties: Mapping[str, object]) -> dict[str, Any]:
    """Properties as plain JSON data (see the module docstring for the rules).

    Raises
    ------
    InputError
        For a value of a type that has no JSON form, a key that is not a string, or two
        keys that become one (``radius`` in km beside ``radius_km``).

    Examples
    --------
    >>> from rangecalc import ureg
    >>> json_safe({"radius": ureg.Quantity(2400, "km"), "x": float("nan")})
    {'radius_km': 2400, 'x': None}
    """
    out: dict[str, Any] = {}
    for key, value in properties.items():
        if not isinstance(key, str):
            raise InputError(f"properties: keys must be strings, got {key!r}")
        for name, safe in _keyed(key, value):
            if name in out:
                raise InputError(f"properties: {key!r} and another key both give {name!r}")
            out[name] = safe
    return out


# --------------------------------------------------------------------------- geometry


def _step_m(spacing: object) -> float:
    step = float(magnitude(spacing, "m", name="spacing"))
    if not step > 0:
        raise InputError(f"spacing: expected a length above 0, got {spacing!r}")
    return step


def _densify(
    lon: Array,
    lat: Array,
    step: float,
    active: npt.NDArray[np.bool_],
    *,
    geodesic: bool = True,
) -> tuple[Array, Array, npt.NDArray[np.intp]]:
    """Points along each *active* edge, so that none is longer than *step*.

    Along the geodesic (lines: a route's legs), or with *geodesic* False straight in
    (lon, lat) (polygons: closed airspace and country outlines are drawn by their data,
    whose edges run straight in lon/lat, such as a border along a parallel).

    Longitudes of the inserted points continue from the edge's first vertex (no jump of
    360). Returns the new coordinates and, for each, the index of the input vertex it
    follows (to carry labels such as ring numbers).
    """
    s, azi, _ = _g.inverse(lat1=lat[:-1], lon1=lon[:-1], lat2=lat[1:], lon2=lon[1:])
    # straight in lon/lat, equal steps in degrees are not quite equal in metres: 1 % spare
    per = step if geodesic else 0.99 * step
    extra = np.where(active, np.maximum(np.ceil(s / per) - 1.0, 0.0), 0.0).astype(np.intp)
    if not extra.any():
        return lon, lat, np.arange(len(lon))
    if int(extra.sum()) + len(lon) > _MAX_VERTICES:
        raise InputError(
            f"spacing: {step / 1000:g} km needs {int(extra.sum()):,} more vertices, too many"
        )
    edge = np.repeat(np.arange(len(s)), extra)
    first = np.cumsum(extra) - extra  # where each edge's inserted points start
    j = np.arange(len(edge)) - first[edge] + 1  # 1 .. extra on each edge
    frac = j / (extra[edge] + 1)
    if geodesic:
        la, lo, _ = _g.direct(lat=lat[edge], lon=lon[edge], azi=azi[edge], s=s[edge] * frac)
        lo = lon[edge] + _g.wrap180(lo - lon[edge])
    else:
        nxt = edge + 1
        lo = lon[edge] + (lon[edge] + _g.wrap180(lon[nxt] - lon[edge]) - lon[edge]) * frac
        la = lat[edge] + (lat[nxt] - lat[edge]) * frac
    at = np.arange(len(lon)) + np.concatenate(([0], np.cumsum(extra)))
    out_lon, out_lat = np.empty(len(lon) + len(edge)), np.empty(len(lon) + len(edge))
    out_lon[at], out_lat[at] = lon, lat
    out_lon[at[edge] + j], out_lat[at[edge] + j] = lo, la
    source = np.empty(len(out_lon), dtype=np.intp)
    source[at] = np.arange(len(lon))
    source[at[edge] + j] = edge
    return out_lon, out_lat, source


def _cut_line(lon: Array, lat: Array) -> list[Array]:
    """Split a line on continuous longitudes where it crosses +/-180, folded into range.

    Each part is an (n, 2) array of (lon, lat) within [-180, 180]; the crossing latitude
    is interpolated linearly along the edge that crosses.
    """
    sheet = np.floor((lon + 180.0) / 360.0)
    parts: list[Array] = []
    start, head = 0, np.empty((0, 2))
    for c in np.flatnonzero(sheet[1:] != sheet[:-1]):
        edge = 180.0 + 360.0 * min(sheet[c], sheet[c + 1])
        t = (edge - lon[c]) / (lon[c + 1] - lon[c])
        at = lat[c] + t * (lat[c + 1] - lat[c])
        body = np.column_stack([lon[start : c + 1], lat[start : c + 1]])
        part = np.vstack([head, body, [[edge, at]]])
        parts.append(part - [360.0 * sheet[c], 0.0])
        start, head = int(c) + 1, np.array([[edge, at]])
    body = np.column_stack([lon[start:], lat[start:]])
    parts.append(np.vstack([head, body]) - [360.0 * sheet[-1], 0.0])
    return parts


def _distinct(part: Array) -> Array:
    """Drop consecutive repeated vertices."""
    keep = np.ones(len(part), dtype=bool)
    keep[1:] = np.any(part[1:] != part[:-1], axis=1)
    return part[keep]


def _line(geom: LineString | LinearRing, step: float) -> list[Array]:
    xy = shapely.get_coordinates(geom)
    if len(xy) < 2:
        return []
    lon, lat = np.unwrap(xy[:, 0], period=360.0), xy[:, 1]
    lon, lat, _ = _densify(lon, lat, step, np.ones(len(lon) - 1, dtype=bool))
    parts = (_distinct(np.round(p, 6)) for p in _cut_line(lon, lat))
    return [p for p in parts if len(p) >= 2]


def _lines(geom: BaseGeometry, step: float) -> BaseGeometry:
    parts = [p for g in shapely.get_parts(geom) for p in _line(g, step)]
    if not parts:
        return GeometryCollection()
    if len(parts) == 1:
        return LineString(parts[0])
    return MultiLineString(parts)


def _polygons(geom: BaseGeometry, step: float, ring: bool) -> BaseGeometry:
    """Polygons folded into [-180, 180], densified, valid, oriented and rounded."""
    minx, _, maxx, _ = geom.bounds
    if minx < -180.0 or maxx > 180.0:
        geom = fold_antimeridian(geom)
    polys = _polygon_parts(geom)
    if not polys:
        return GeometryCollection()
    rings, owner = shapely.get_rings(polys, return_index=True)
    xy, which = shapely.get_coordinates(rings, return_index=True)
    lon, lat = xy[:, 0], xy[:, 1]
    same = which[1:] == which[:-1]
    dlon = np.abs(np.diff(lon))
    # a ring keeps its own chords: only its cut edges along the antimeridian are densified
    cut = (dlon == 0.0) & (np.abs(lon[:-1]) == 180.0)
    active = same & (cut if ring else dlon < 180.0)
    lon, lat, source = _densify(lon, lat, step, active, geodesic=False)
    rounded = np.round(np.column_stack([lon, lat]), 6)
    new_rings: Any = shapely.linearrings(rounded, indices=which[source])
    out: Any = shapely.polygons(new_rings, indices=owner)
    parts: list[Polygon] = list(out)
    if not np.all(shapely.is_valid(out)):
        parts = _polygon_parts(shapely.make_valid(MultiPolygon(parts)))
    oriented = [orient(p, sign=1.0) for p in parts if p.area > 0]
    if not oriented:
        return GeometryCollection()
    return oriented[0] if len(oriented) == 1 else MultiPolygon(oriented)


def _polygon_parts(geom: BaseGeometry) -> list[Polygon]:
    """Every polygon in *geom*, however deeply nested in collections."""
    if isinstance(geom, Polygon):
        return [] if geom.is_empty else [geom]
    return [p for g in getattr(geom, "geoms", []) for p in _polygon_parts(g)]


def _points(geom: BaseGeometry) -> BaseGeometry:
    xy = shapely.get_coordinates(geom)
    xy = np.round(np.column_stack([_g.wrap180(xy[:, 0]), xy[:, 1]]), 6)
    if isinstance(geom, Point):
        return Point(xy[0])
    return MultiPoint(xy)


def prepare(geom: BaseGeometry, spacing: object = DEFAULT_SPACING, *, ring: bool = False) -> Any:
    """The geometry as written: cut, densified, valid, oriented and rounded.

    Parameters
    ----------
    geom
        Any shapely geometry in (lon, lat) degrees.
    spacing
        Largest distance between consecutive vertices of densified edges. [length]
    ring
        True for a range ring: its own vertices are kept (see the module docstring).
    """
    xy = shapely.get_coordinates(geom)
    if not np.all(np.isfinite(xy)):
        raise InputError("geometry: coordinates must be finite numbers")
    if len(xy) and np.any(np.abs(xy[:, 1]) > 90.0):
        raise InputError("geometry: latitudes (the second coordinate) must lie in [-90, 90]")
    step = _step_m(spacing)
    if geom.is_empty:
        return GeometryCollection()
    if isinstance(geom, Point | MultiPoint):
        return _points(geom)
    if isinstance(geom, LineString | LinearRing | MultiLineString):
        return _lines(geom, step)
    if isinstance(geom, Polygon | MultiPolygon):
        return _polygons(geom, step, ring)
    parts = [prepare(g, spacing, ring=ring) for g in shapely.get_parts(geom)]
    return GeometryCollection([p for p in parts if not p.is_empty])


# -------------------------------------------------------------------------- GeoJSON


def _coords(geom: BaseGeometry) -> list[list[float]]:
    return [[float(x), float(y)] for x, y in shapely.get_coordinates(geom)]


def _polygon_coords(p: Polygon) -> list[list[list[float]]]:
    return [_coords(p.exterior), *(_coords(r) for r in p.interiors)]


def _geojson_geometry(geom: BaseGeometry) -> dict[str, Any] | None:
    """A prepared shapely geometry as a GeoJSON geometry object."""
    if geom.is_empty:
        return None
    kind = geom.geom_type
    if isinstance(geom, Point):
        return {"type": kind, "coordinates": _coords(geom)[0]}
    if isinstance(geom, LineString | MultiPoint):
        return {"type": kind, "coordinates": _coords(geom)}
    if isinstance(geom, Polygon):
        return {"type": kind, "coordinates": _polygon_coords(geom)}
    if isinstance(geom, MultiLineString):
        return {"type": kind, "coordinates": [_coords(g) for g in geom.geoms]}
    if isinstance(geom, MultiPolygon):
        return {"type": kind, "coordinates": [_polygon_coords(g) for g in geom.geoms]}
    return {
        "type": "GeometryCollection",
        "geometries": [_geojson_geometry(g) for g in shapely.get_parts(geom)],
    }


def _geojson_feature(f: Feature, spacing: object) -> dict[str, Any]:
    props = json_safe(f.properties)
    taken = [k for k in _RESERVED if k in props]
    if taken:
        raise InputError(
            f"feature {f.name!r}: property {taken[0]!r} is written by the exporter; rename it"
        )
    colour = STYLES[f.style]
    return {
        "type": "Feature",
        "geometry": _geojson_geometry(prepare(f.geometry, spacing, ring=f.style == "ring")),
        "properties": {
            "name": f.name,
            "style": f.style,
            **props,
            "description": f.description,
            "marker-color": colour,
            "stroke": colour,
            "fill": colour,
            "fill-opacity": _FILL_OPACITY,
        },
    }


def _checked(features: Iterable[Feature]) -> list[Feature]:
    out = list(features)
    for i, f in enumerate(out):
        if not isinstance(f, Feature):
            raise InputError(f"features[{i}]: expected a Feature, got {type(f).__name__}")
    return out


def to_geojson(
    features: Iterable[Feature], *, name: str | None = None, spacing: object = DEFAULT_SPACING
) -> dict[str, Any]:
    """An RFC 7946 FeatureCollection (see the module docstring for the conventions).

    Parameters
    ----------
    features
        What to write, in order.
    name
        Written as the collection's ``name`` member (a foreign member, RFC 7946 6.1).
    spacing
        Largest distance between consecutive vertices of densified edges. [length]
    """
    out: dict[str, Any] = {"type": "FeatureCollection"}
    if name is not None:
        out["name"] = name
    out["features"] = [_geojson_feature(f, spacing) for f in _checked(features)]
    return out


def write_geojson(
    features: Iterable[Feature],
    path: str | Path,
    *,
    name: str | None = None,
    spacing: object = DEFAULT_SPACING,
) -> Path:
    """Write :func:`to_geojson` to *path* as UTF-8; returns the path."""
    data = to_geojson(features, name=name, spacing=spacing)
    target = Path(path)
    target.write_text(json.dumps(data, ensure_ascii=False, allow_nan=False), encoding="utf-8")
    return target


# ------------------------------------------------------------------------------ KML


def _xml(text: str) -> str:
    """Text with the characters XML 1.0 forbids replaced by U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)


def _cdata(text: str) -> str:
    """A CDATA section holding *text* exactly: each ``]]>`` is split across two sections."""
    return "<![CDATA[" + _xml(text).replace("]]>", "]]]]><![CDATA[>") + "]]>"


def _kml_colour(rgb: str, alpha: int) -> str:
    """KML's aabbggrr from ``#rrggbb``."""
    r, g, b = rgb[1:3], rgb[3:5], rgb[5:7]
    return f"{alpha:02x}{b}{g}{r}".lower()


def _kml_style(style: str) -> str:
    rgb = STYLES[style]
    line, fill = _kml_colour(rgb, 0xFF), _kml_colour(rgb, round(_FILL_OPACITY * 255))
    return (
        f'<Style id="{style}"><IconStyle><color>{line}</color></IconStyle>'
        f"<LineStyle><color>{line}</color><width>2</width></LineStyle>"
        f"<PolyStyle><color>{fill}</color></PolyStyle></Style>"
    )


def _kml_coords(geom: BaseGeometry) -> str:
    xy = shapely.get_coordinates(geom)
    text = " ".join(f"{x:.6f},{y:.6f},0" for x, y in xy)
    return f"<coordinates>{text}</coordinates>"


def _kml_polygon(p: Polygon) -> str:
    holes = "".join(
        f"<innerBoundaryIs><LinearRing>{_kml_coords(r)}</LinearRing></innerBoundaryIs>"
        for r in p.interiors
    )
    return (
        "<Polygon><tessellate>1</tessellate><outerBoundaryIs><LinearRing>"
        f"{_kml_coords(p.exterior)}</LinearRing></outerBoundaryIs>{holes}</Polygon>"
    )


def _kml_geometry(geom: BaseGeometry) -> str:
    """A prepared shapely geometry as KML (empty text for an empty geometry)."""
    if geom.is_empty:
        return ""
    if isinstance(geom, Point):
        return f"<Point>{_kml_coords(geom)}</Point>"
    if isinstance(geom, LineString):
        return f"<LineString><tessellate>1</tessellate>{_kml_coords(geom)}</LineString>"
    if isinstance(geom, Polygon):
        return _kml_polygon(geom)
    inner = "".join(_kml_geometry(g) for g in shapely.get_parts(geom))
    return f"<MultiGeometry>{inner}</MultiGeometry>"


def _kml_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, int | float):
        return repr(value)
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def _kml_placemark(f: Feature, spacing: object) -> str:
    data = "".join(
        f"<Data name={quoteattr(_xml(k))}><value>{escape(_xml(_kml_value(v)))}</value></Data>"
        for k, v in json_safe(f.properties).items()
    )
    geometry = _kml_geometry(prepare(f.geometry, spacing, ring=f.style == "ring"))
    return (
        f"<Placemark><name>{escape(_xml(f.name))}</name>"
        f"<description>{_cdata(f.description)}</description>"
        f"<styleUrl>#{f.style}</styleUrl>"
        f"<ExtendedData>{data}</ExtendedData>{geometry}</Placemark>"
    )


def to_kml(features: Iterable[Feature], *, name: str, spacing: object = DEFAULT_SPACING) -> str:
    """A KML 2.2 document (OGC 07-147r2): one Style per style name, one Placemark each.

    Geometries are prepared as for :func:`to_geojson` (cut, densified, oriented, rounded)
    and drawn clamped to the ground (``tessellate``).
    """
    items = _checked(features)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<kml xmlns="http://www.opengis.net/kml/2.2">',
        f"<Document><name>{escape(_xml(name))}</name><open>1</open>",
        *(_kml_style(s) for s in STYLES),
        *(_kml_placemark(f, spacing) for f in items),
        "</Document>",
        "</kml>",
    ]
    return "\n".join(lines) + "\n"


def write_kml(
    features: Iterable[Feature],
    path: str | Path,
    *,
    name: str | None = None,
    spacing: object = DEFAULT_SPACING,
) -> Path:
    """Write :func:`to_kml` to *path* as UTF-8 (named after the file by default)."""
    target = Path(path)
    text = to_kml(features, name=target.stem if name is None else name, spacing=spacing)
    target.write_text(text, encoding="utf-8")
    return target


# --------------------------------------------------------------------------- builders


def _html(title: str, rows: Iterable[tuple[str, object]], *, extra: str = "") -> str:
    """A balloon: a title, a table of rows (None values skipped), then *extra* HTML."""
    body = "".join(
        f"<tr><th align='left'>{html.escape(k)}</th><td>{html.escape(str(v))}</td></tr>"
        for k, v in rows
        if v is not None and v != ""
    )
    return f"<h3>{html.escape(title)}</h3><table>{body}</table>{extra}"


def _html_list(title: str, items: Iterable[str]) -> str:
    shown = "".join(f"<li>{html.escape(i)}</li>" for i in items)
    return f"<h4>{html.escape(title)}</h4><ul>{shown}</ul>" if shown else ""


def _style_of(verdict: str | None, default: str) -> str:
    if verdict is None:
        return default
    if verdict not in (*VERDICTS, ERROR):
        raise InputError(
            f"verdict: expected one of {', '.join((*VERDICTS, ERROR))}, got {verdict!r}"
        )
    return verdict


def _place_props(place: Place) -> dict[str, Any]:
    return {
        "place": place.name,
        "lat": place.lat,
        "lon": place.lon,
        "country": place.country,
        "kind": place.kind,
        "icao": place.icao,
        "place_source": place.source or "no source given",
    }


def place_feature(place: Place | str, style: str, /, **props: object) -> Feature:
    """A point at *place* in *style* (one of :data:`STYLES`), with *props* added.

    The properties hold the place's name, coordinates, country, kind, ICAO code and the
    source of its coordinates, then *props*.
    """
    p = resolve_place(place)
    safe = json_safe(props)
    rows = [
        ("Position", f"{p.lat:.4f}, {p.lon:.4f}"),
        ("Country", p.country),
        ("Kind", p.kind),
        ("ICAO", p.icao),
        ("Source", p.source or "no source given"),
        *((k, v) for k, v in safe.items() if not isinstance(v, dict | list)),
    ]
    return Feature(
        Point(p.lon, p.lat), {**_place_props(p), **props}, p.name, _html(p.name, rows), style
    )


def _ring_samples(lat: float, lon: float, radius_m: float, step: float) -> int:
    """The fewest ring samples (at least 8) no two consecutive of which are over *step* apart."""
    circumference = 2.0 * math.pi * _MEAN_RADIUS_M * abs(math.sin(radius_m / _MEAN_RADIUS_M))
    n = max(8, math.ceil(circumference / step))
    for _ in range(6):
        if n > MAX_POINTS:
            raise InputError(
                f"spacing: a ring of {radius_m / 1000:,.0f} km needs more than "
                f"{MAX_POINTS:,} points {step / 1000:g} km apart"
            )
        la, lo = ring_points(lat, lon, radius_m, n)
        gap = float(
            _g.inverse(lat1=la, lon1=lo, lat2=np.roll(la, -1), lon2=np.roll(lo, -1))[0].max()
        )
        if gap <= step:
            return n
        n = math.ceil(n * gap / step) + 1
    raise InputError(f"spacing: could not sample the ring within {step / 1000:g} km")


def _radii(interval_or_radii: object) -> list[tuple[str, object]]:
    if isinstance(interval_or_radii, Interval):
        iv = interval_or_radii
        return [("low", iv.low), ("nominal", iv.nominal), ("high", iv.high)]
    if isinstance(interval_or_radii, str | pint.Quantity):
        return [("radius", interval_or_radii)]
    if isinstance(interval_or_radii, Sequence) and interval_or_radii:
        return [(f"radius {k + 1}", r) for k, r in enumerate(interval_or_radii)]
    raise InputError(
        "radii: expected an Interval, a length or a non-empty list of lengths, got "
        f"{interval_or_radii!r}"
    )


def ring_features(
    place: Place | str,
    interval_or_radii: Interval | Sequence[object] | object,
    *,
    verdict: str | None = None,
    label: str,
    spacing: object = DEFAULT_SPACING,
    properties: Mapping[str, object] | None = None,
) -> list[Feature]:
    """Range rings around *place*: low, nominal and high of an interval, or given radii.

    Each ring is :func:`rangecalc.data.range_ring` with enough samples that consecutive
    vertices lie at most *spacing* apart; the vertices lie on the ring (geodesic distance
    equal to the radius) and are never densified afterwards.

    Parameters
    ----------
    place
        The centre (a place or a reference).
    interval_or_radii
        An :class:`~rangecalc.data.interval.Interval` (three rings), a length, or lengths.
    verdict
        The verdict the rings illustrate, written in their properties.
    label
        What the rings are, e.g. ``"Tu-22M3 radius, 12 t"``.
    spacing
        Largest distance between consecutive ring vertices. [length]
    properties
        Added to each ring's properties.
    """
    centre = resolve_place(place)
    step = _step_m(spacing)
    _style_of(verdict, "ring")
    out = []
    for which, radius in _radii(interval_or_radii):
        r_m = float(magnitude(radius, "m", name="radius"))
        if not 0.0 < r_m < _g.MAX_RING_RADIUS_M:
            raise InputError(
                f"radius: must be positive and below {_g.MAX_RING_RADIUS_M / 1000:,.0f} km, "
                f"got {radius}"
            )
        n = _ring_samples(centre.lat, centre.lon, r_m, step)
        geom = range_ring(lat=centre.lat, lon=centre.lon, radius=radius, n=n)
        props = {
            "role": "reach ring",
            "label": label,
            "which": which,
            "radius_km": r_m / 1000.0,
            "centre": centre.name,
            "centre_lat": centre.lat,
            "centre_lon": centre.lon,
            "verdict": verdict,
            "vertices": n,
            "max_vertex_gap_km": step / 1000.0,
            "source": _RING_SOURCE,
            **(properties or {}),
        }
        title = f"{label}: {which} {r_m / 1000:,.0f} km"
        rows = [
            ("Centre", f"{centre.name} ({centre.lat:.4f}, {centre.lon:.4f})"),
            ("Radius", f"{r_m / 1000:,.1f} km ({which})"),
            ("Verdict", verdict),
            ("Model", _RING_SOURCE),
            ("Note", "geodesic distance from the centre; the verdict uses the permitted route"),
        ]
        out.append(Feature(geom, props, title, _html(title, rows), "ring"))
    return out


def reach_features(
    area: ReachArea,
    *,
    label: str,
    verdict: str | None = None,
    properties: Mapping[str, object] | None = None,
) -> list[Feature]:
    """The permitted reach areas of :func:`rangecalc.reach_area`, one feature per level.

    Properties: level (low, nominal, high), radius_km, resolution_km, closed, notes and
    how many grid points were routed exactly.
    """
    style = _style_of(verdict, "ring")
    out = []
    radii = dict(zip(("low", "nominal", "high"), area.radii.magnitudes("km"), strict=True))
    for level, geom in area.areas.items():
        if geom.is_empty:
            continue
        title = f"{label}: permitted reach, {level} ({radii[level]:,.0f} km)"
        props = {
            "role": "permitted reach area",
            "label": label,
            "level": level,
            "base": area.base.name,
            "radius_km": radii[level],
            "resolution_km": float(area.resolution.to("km").magnitude),
            "closed": sorted(area.closed),
            "exact_points": area.exact_points,
            "grid_points": area.grid_points,
            "verdict": verdict,
            "notes": list(area.notes),
            "source": "rangecalc.reach_area: permitted-route distance within the radius",
            **(properties or {}),
        }
        rows = [
            ("Base", area.base.name),
            ("Radius", f"{radii[level]:,.0f} km ({level})"),
            ("Closed", ", ".join(sorted(area.closed)) or "none"),
            ("Grid", f"{props['resolution_km']:g} km"),
            ("Verdict", verdict),
        ]
        out.append(
            Feature(
                geom,
                props,
                title,
                _html(title, rows, extra=_html_list("Notes", area.notes)),
                style,
            )
        )
    return out


def _route_props(r: Route) -> dict[str, Any]:
    return {
        "origin": r.origin.name,
        "target": r.target.name,
        "great_circle_km": float(r.great_circle.to("km").magnitude),
        "closed": sorted(r.closed),
        "closed_summary": closed_summary(r.closed),
        "notes": list(r.notes),
        "source": _ROUTE_SOURCE,
    }


def route_features(
    route: Route,
    *,
    verdict: str | None = None,
    spacing: object = DEFAULT_SPACING,
    properties: Mapping[str, object] | None = None,
) -> list[Feature]:
    """The route as a line along ``route.track(spacing)``, with its numbers.

    Properties: origin, target, distance_km, great_circle_km, detour_km, overflown
    (country and km, in order), straits, closed (the codes) and closed_summary, notes.
    Without a permitted route the feature has no geometry and a ``reason``.
    """
    _style_of(verdict, "route")
    base = {"role": "route", **_route_props(route), "verdict": verdict}
    gc = base["great_circle_km"]
    title = f"Route {route.origin.name} to {route.target.name}"
    if route.distance is None:
        props = {**base, "distance_km": None, "reason": route.reason, **(properties or {})}
        rows = [("Great circle", f"{gc:,.0f} km"), ("No route", route.reason)]
        extra = _html_list("Notes", route.notes)
        return [
            Feature(GeometryCollection(), props, title, _html(title, rows, extra=extra), "route")
        ]
    km = float(route.distance.to("km").magnitude)
    track = np.asarray(route.track(spacing), dtype=float)
    line = LineString(track[:, ::-1]) if len(track) > 1 else Point(track[0, 1], track[0, 0])
    props = {
        **base,
        "distance_km": km,
        "detour_km": km - gc,
        "overflown": [{"country": c, "km": d} for c, d in route.overflown],
        "straits": list(route.straits),
        "waypoints_lat_lon": [[la, lo] for la, lo in route.waypoints],
        **(properties or {}),
    }
    path = " > ".join(f"{c} {d:,.0f} km" for c, d in route.overflown) or "direct"
    rows = [
        ("Permitted route", f"{km:,.0f} km (great circle {gc:,.0f} km)"),
        ("Over", path),
        ("Straits", ", ".join(route.straits) or None),
        ("Closed", base["closed_summary"]),
        ("Verdict", verdict),
        ("Model", _ROUTE_SOURCE),
    ]
    return [
        Feature(
            line, props, title, _html(title, rows, extra=_html_list("Notes", route.notes)), "route"
        )
    ]


def airspace_features(
    closed: AirspacePolicy | Iterable[str],
    boundaries: Boundaries | None = None,
    *,
    territorial_sea: object = None,
    exempt: Iterable[str] = (),
    tolerance: object = DEFAULT_TOLERANCE,
    properties: Mapping[str, object] | None = None,
) -> list[Feature]:
    """Closed airspace as one feature: land plus territorial sea of every closed country.

    The geometry is :func:`rangecalc.airspace.closed_airspace`, simplified by Douglas-Peucker at
    *tolerance* (topology kept) to keep files small; its edges are densified on export.

    Parameters
    ----------
    closed
        An :class:`~rangecalc.airspace.policy.AirspacePolicy` (its closed countries, less
        *exempt*) or the closed ISO codes themselves (such as ``Route.closed``).
    boundaries
        Country polygons (the built-in Natural Earth set by default).
    territorial_sea
        Width of the sea belt [length] around closed codes (default 12 nmi); a policy
        holds its own.
    exempt
        Countries a policy leaves open (a leg's own end points, :func:`leg_permit`).
    tolerance
        Simplification tolerance, an angle such as ``"0.01 degree"``.
    properties
        Added to the feature's properties.

    Returns
    -------
    list of Feature
        One feature, or none when nothing is closed.
    """
    b = boundaries or builtin_boundaries()
    if isinstance(closed, AirspacePolicy):
        policy = with_sea(closed, territorial_sea, "airspace_features")
        codes = policy.closed(b, exempt)
        width = policy.territorial_sea_m
    elif isinstance(closed, str):
        raise InputError(f"closed: expected a policy or a list of codes, got {closed!r}")
    else:
        codes = frozenset(closed)
        width = territorial_sea_width(
            TERRITORIAL_SEA if territorial_sea is None else territorial_sea
        )
    if not codes:
        return []
    tol = float(magnitude(tolerance, "degree", name="tolerance"))
    if tol < 0:
        raise InputError(f"tolerance: must not be negative, got {tolerance!r}")
    geom = closed_airspace(codes, territorial_sea=ureg.Quantity(width, "m"), boundaries=b)
    geom = geom.simplify(tol, preserve_topology=True) if tol > 0 else geom
    summary = closed_summary(codes, b)
    props = {
        "role": "closed airspace",
        "closed": sorted(codes),
        "closed_summary": summary,
        "territorial_sea_km": width / 1000.0,
        "simplify_tolerance_deg": tol,
        "simplify_tolerance_km": tol * 111.32,
        "boundaries": b.source,
        "boundaries_accuracy_km": b.resolution_km,
        "edges": "geodesics between vertices (as the router reads them)",
        **(properties or {}),
    }
    title = f"Closed airspace: {summary}"
    rows = [
        ("Closed", summary),
        ("Territorial sea", f"{width / 1852:,.1f} nmi ({width / 1000:,.1f} km)"),
        ("Simplified", f"{tol:g} degree (about {tol * 111.32:.1f} km)"),
        ("Boundaries", f"{b.source} (accuracy {b.resolution_km:.1f} km)"),
    ]
    return [Feature(geom, props, title, _html(title, rows), "airspace")]


# ------------------------------------------------------------------------ assessments


def _claim_props(a: Assessment) -> dict[str, Any]:
    """The claim's numbers and sources, for the features that carry the verdict.

    Flat properties taken from the one JSON form (:meth:`Assessment.as_json
    <rangecalc.claims.claim.Assessment.as_json>`), named for a feature that holds other things.
    """
    j = a.as_json()
    return {
        "claim_id": j["id"],
        "verdict": j["verdict"],
        "expect": j["expect"],
        "matches_expectation": j["matches"],
        "statement": j["statement"],
        "claim_kind": j["kind"],
        "aircraft": j["aircraft"],
        "weapon": j["weapon"],
        "required_km": j["required_km"],
        "available": a.available,
        "margin_km": j["margin_km"],
        "payload_t": j["payload_t"],
        "max_payload_t": j["max_payload_t"],
        "min_refuelings": j["min_refuelings"],
        "probability": j["probability"],
        "probability_error": j["probability_error"],
        "hinges_on": [h.key for h in a.hinges_on if h.moves],
        "best_base": j["best_base"],
        "sufficient_bases": j["sufficient_bases"],
        "claim_source": j["source"],
        "explanation": j["explanation"],
        "sources": j["sources"],
        "notes": j["notes"],
        "error": j["error"],
    }


def _claim_html(a: Assessment, title: str) -> str:
    c = a.claim
    lo = nom = hi = None
    if a.available is not None:
        lo, nom, hi = a.available.magnitudes("km")
    rows = [
        ("Claim", c.id),
        ("Statement", c.statement),
        ("Verdict", a.verdict + ("" if c.expect is None else f" (expected {c.expect})")),
        ("Required", None if a.required_km is None else f"{a.required_km:,.0f} km"),
        (
            "Available",
            None if nom is None else f"{nom:,.0f} km (low {lo:,.0f}, high {hi:,.0f})",
        ),
        ("Payload", None if a.payload_t is None else f"{a.payload_t:,.1f} t"),
        ("Probability it holds", None if a.estimate is None else a.estimate.describe()),
        (
            "Hinges most on",
            a.hinges_on[0].label if a.hinges_on and a.hinges_on[0].moves else None,
        ),
        ("Best base", a.best_base),
        ("Claim source", c.source),
    ]
    extra = (
        f"<p>{html.escape(a.explanation)}</p>"
        + _html_list("Sources", (f"{k}: {v}" for k, v in a.sources.items()))
        + _html_list("Notes", a.notes)
    )
    return _html(title, rows, extra=extra)


def _origins(a: Assessment, catalog: Catalog | None) -> list[Place]:
    """The claim's bases (or launch places), each once, the best one as its route has it."""
    flown = {r.origin.name: r.origin for r in a.routes[:1]}
    out: dict[tuple[str, float, float], Place] = {}
    for ref in a.claim.bases or a.claim.launch:
        p = resolve_place(ref, catalog)
        p = flown.get(p.name, p)
        out.setdefault((p.name, p.lat, p.lon), p)
    return list(out.values())


def _target_features(
    a: Assessment, catalog: Catalog | None, boundaries: Boundaries, tolerance: float
) -> list[Feature]:
    """Every target, in the verdict's style; the worst one carries the claim's numbers."""
    style = _style_of(a.verdict, "target")
    claim = _claim_props(a)
    worst = a.worst_target
    out = []
    if isinstance(a.claim.target, str):  # a whole country
        code = a.claim.target.split(":", 1)[1]
        land = boundaries.land(code).simplify(tolerance, preserve_topology=True)
        title = f"{a.claim.id}: target {code} ({a.verdict})"
        props = {"role": "target", "target": a.claim.target, **claim}
        out.append(Feature(land, props, title, _claim_html(a, title), style))
        if worst is not None:
            title = f"{a.claim.id}: worst target {worst.name} ({a.verdict})"
            f = place_feature(worst, style, role="worst target", **claim)
            out.append(Feature(f.geometry, f.properties, title, _claim_html(a, title), style))
        return out
    for ref in a.claim.target:
        p = resolve_place(ref, catalog)
        is_worst = worst is not None and (p.name, p.lat, p.lon) == (
            worst.name,
            worst.lat,
            worst.lon,
        )
        role = "worst target" if is_worst else "target"
        title = f"{a.claim.id}: {role} {p.name} ({a.verdict})"
        f = place_feature(p, style, role=role, target=ref, **claim)
        out.append(Feature(f.geometry, f.properties, title, _claim_html(a, title), style))
    return out


def _rings(a: Assessment, origins: list[Place], spacing: object) -> list[Feature]:
    """Reach rings around the best base, for a claim flown by an aircraft."""
    if a.claim.aircraft is None or a.available is None or a.best_base is None:
        return []
    base = next((p for p in origins if p.name == a.best_base), None)
    if base is None:
        return []
    lo, nom, hi = a.available.magnitudes("km")
    radii = [(w, r) for w, r in zip(("low", "nominal", "high"), (lo, nom, hi), strict=True)]
    if any(not 0 < r * 1000 < _g.MAX_RING_RADIUS_M for _, r in radii):
        return []  # a reach beyond 19,970 km covers the globe: no ring bounds it
    label = f"{a.claim.id}: {a.claim.aircraft} reach from {base.name}"
    if a.payload_t is not None:
        label += f", {a.payload_t:,.1f} t"
    extra = {"claim_id": a.claim.id, "sources": dict(a.sources)}
    return ring_features(
        base, a.available, verdict=a.verdict, label=label, spacing=spacing, properties=extra
    )


_AirspaceKey: TypeAlias = tuple[frozenset[str], float]


def _airspace_of(a: Assessment, boundaries: Boundaries) -> tuple[_AirspaceKey, dict[str, Any]]:
    """The closed airspace of the claim's policy for its route (its end points open)."""
    policy = a.claim.airspace
    codes = a.routes[0].closed if a.routes else policy.closed(boundaries)
    opened = sorted(policy.closed(boundaries) - codes)
    return (codes, policy.territorial_sea_m), {
        "policy": _policy_text(policy),
        "opened_for_the_route": opened,
    }


def _policy_text(policy: AirspacePolicy) -> str:
    if policy.allowed is not None:
        return "allowed: " + (", ".join(sorted(policy.allowed)) or "none (high seas only)")
    return "denied: " + (", ".join(sorted(policy.denied or ())) or "none")


def _claim_features(
    a: Assessment, catalog: Catalog | None, spacing: object, tol: float, b: Boundaries
) -> list[Feature]:
    """Bases, targets, routes and rings of one assessment (no airspace)."""
    if not isinstance(a, Assessment):
        raise InputError(f"expected an Assessment, got {type(a).__name__}")
    origins = _origins(a, catalog)
    ident = {"claim_id": a.claim.id, "verdict": a.verdict}
    feats = [
        place_feature(p, "base", role="best base" if p.name == a.best_base else "base", **ident)
        for p in origins
    ]
    feats += _target_features(a, catalog, b, tol)
    for k, r in enumerate(a.routes):
        role = "route" if k == 0 else "way home"
        feats += route_features(
            r, verdict=a.verdict, spacing=spacing, properties={**ident, "role": role}
        )
    return feats + _rings(a, origins, spacing)


def assessment_features(
    assessment: Assessment,
    *,
    catalog: Catalog | None = None,
    spacing: object = DEFAULT_SPACING,
    tolerance: object = DEFAULT_TOLERANCE,
    boundaries: Boundaries | None = None,
) -> list[Feature]:
    """Everything that defends one verdict, as features.

    The claim's bases (the best one marked), each target in the verdict's style (a
    country target as its outline, plus the worst-case point), the route(s) the
    assessment holds, reach rings (available low, nominal, high) around the best base for
    claims flown by an aircraft, and the closed airspace of the claim's policy (less the
    route's own end points' countries, which the router opens). Target features carry
    the verdict, required_km, the available interval, payload, statement, explanation
    and sources in their properties and balloon.

    Parameters
    ----------
    assessment
        From :func:`rangecalc.evaluate` or :func:`rangecalc.check_scenario`.
    catalog
        Where the claim's place names are looked up: the scenario's catalog
        (``scenario.catalog``) when the file defines places inline.
    spacing
        Largest distance between consecutive ring and route vertices. [length]
    tolerance
        Simplification of the airspace and country outlines, an angle.
    boundaries
        Country polygons (the built-in Natural Earth set by default).
    """
    return scenario_features(
        [assessment], catalog=catalog, spacing=spacing, tolerance=tolerance, boundaries=boundaries
    )


def scenario_features(
    assessments: Iterable[Assessment],
    *,
    catalog: Catalog | None = None,
    spacing: object = DEFAULT_SPACING,
    tolerance: object = DEFAULT_TOLERANCE,
    boundaries: Boundaries | None = None,
) -> list[Feature]:
    """:func:`assessment_features` of every assessment, one after the other.

    Closed airspace that several claims share (the same countries and territorial sea)
    is written once, after the claims, with the ids of the claims it serves (property
    ``claims``).
    """
    b = boundaries or builtin_boundaries()
    tol = float(magnitude(tolerance, "degree", name="tolerance"))
    out: list[Feature] = []
    shared: dict[_AirspaceKey, tuple[dict[str, Any], list[str]]] = {}
    for a in assessments:
        out += _claim_features(a, catalog, spacing, tol, b)
        key, props = _airspace_of(a, b)
        shared.setdefault(key, (props, []))[1].append(a.claim.id)
    for (codes, sea), (props, ids) in shared.items():
        out += airspace_features(
            codes,
            b,
            territorial_sea=f"{sea} m",
            tolerance=tolerance,
            properties={**props, "claims": ids},
        )
    return out
