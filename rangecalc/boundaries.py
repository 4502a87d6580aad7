"""Country boundaries: land polygons keyed by ISO 3166-1 alpha-2 code.

The built-in boundaries come from the ``countryinfo`` package, whose per-country GeoJSON
derives from Natural Earth at 1:110 million. At that scale a coastline or border vertex
can sit 5-10 km from the true line and countries smaller than a few kilometres (Bahrain,
Singapore, many islands) have no polygon at all: asking for one is an error that says so.
Some of its geometries are invalid (self-intersecting rings); they are repaired with
:func:`shapely.make_valid`. A route that passes within about 10 km of a border is
therefore uncertain at this resolution; load higher-resolution data, e.g. a Natural Earth
admin-0 file at 1:10m, with :func:`load_boundaries` and pass it to the router.

Coordinates are (lon, lat) degrees on WGS84, as in GeoJSON.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from shapely.errors import GEOSException
from shapely.geometry import MultiPolygon, Polygon, shape
from shapely.geometry.base import BaseGeometry

from rangecalc._core.tolerance import above
from rangecalc.countries import is_country_code
from rangecalc.errors import InputError
from rangecalc.files import read_json

__all__ = ["Boundaries", "builtin_boundaries", "load_boundaries"]


def _polygonal(geom: BaseGeometry) -> MultiPolygon:
    geom = shapely.make_valid(geom)
    parts: list[Polygon] = []
    for g in getattr(geom, "geoms", [geom]):
        if isinstance(g, Polygon) and not g.is_empty:
            parts.append(g)
        elif isinstance(g, MultiPolygon):
            parts.extend(p for p in g.geoms if not p.is_empty)
    return MultiPolygon(parts)


@dataclass(eq=False)  # compared and hashed by identity, so results can be cached per set
class Boundaries:
    """Land polygons by ISO alpha-2 code, with a spatial index for point lookups.

    Attributes
    ----------
    polygons
        ``{code: MultiPolygon}`` in (lon, lat) degrees.
    source
        Where the polygons come from (shown in route reports).
    resolution_km
        Typical position error of the boundary lines.
    """

    polygons: dict[str, MultiPolygon]
    source: str
    resolution_km: float
    _tree: Any = field(default=None, init=False, repr=False)
    _codes: list[str] = field(default_factory=list, init=False, repr=False)

    def __post_init__(self) -> None:
        self._codes = sorted(self.polygons)
        self._tree = shapely.STRtree([self.polygons[c] for c in self._codes])

    def __contains__(self, code: object) -> bool:
        return code in self.polygons

    def __iter__(self) -> Iterator[str]:
        return iter(self._codes)

    def __len__(self) -> int:
        return len(self._codes)

    def land(self, code: str) -> MultiPolygon:
        """The land polygon of *code* (upper-case ISO alpha-2)."""
        if not isinstance(code, str) or not is_country_code(code):
            raise InputError(
                f"expected an ISO 3166-1 alpha-2 country code such as 'TR', got {code!r}"
            )
        if code not in self.polygons:
            raise InputError(
                f"{code}: no boundary polygon for this country in {self.source} (at "
                f"{self.resolution_km:g} km resolution small countries and territories have "
                "none); load a higher-resolution boundary file"
            )
        return self.polygons[code]

    def countries_at(self, lon: Any, lat: Any) -> np.ndarray:
        """ISO code of the country containing each point, or '' over the sea."""
        shape_ = np.broadcast_shapes(np.shape(lon), np.shape(lat))
        flat = np.atleast_1d(
            np.asarray(shapely.points(np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)))
        ).ravel()
        out = np.full(flat.shape, "", dtype=object)
        pairs = self._tree.query(flat, predicate="intersects")
        for point_i, poly_i in zip(pairs[0], pairs[1], strict=True):
            if not out[point_i]:
                out[point_i] = self._codes[poly_i]
        return out.reshape(shape_)

    def border_points(
        self, code: str, *, spacing_km: float = 10.0, inset_deg: float = 0.02
    ) -> np.ndarray:
        """``(lat, lon)`` rows along the border of *code*, *inset_deg* inside it.

        The farthest point of a country from an outside origin, by geodesic or by permitted
        route, lies on its border (moving away from the last bend of a route always
        lengthens it), so these points are where a claim's worst target is sought.
        """
        from rangecalc._core.geodesic import inverse, points_between

        land = self.land(code).buffer(-inset_deg)
        pts = []
        for poly in getattr(land, "geoms", [land]):
            ring = np.asarray(poly.exterior.coords)
            for k in range(len(ring) - 1):
                (la1, lo1), (la2, lo2) = ring[k, ::-1], ring[k + 1, ::-1]
                s = float(inverse(lat1=la1, lon1=lo1, lat2=la2, lon2=lo2)[0])
                n = max(2, int(np.ceil(s / (spacing_km * 1000.0))) + 1)
                la, lo = points_between(lat1=la1, lon1=lo1, lat2=la2, lon2=lo2, npts=n)
                pts.append(np.column_stack([la[:-1], lo[:-1]]))
        if not pts:
            raise InputError(
                f"{code}: the country is too small to sample {inset_deg} degrees inside"
            )
        return np.vstack(pts)


def _from_features(
    features: list[Mapping[str, Any]], key: str, label: str
) -> dict[str, MultiPolygon]:
    out: dict[str, list[BaseGeometry]] = {}
    for i, feature in enumerate(features):
        props = feature.get("properties") or {}
        code = props.get(key)
        if not isinstance(code, str) or not is_country_code(code.upper()):
            continue  # features without a usable code (e.g. '-99' in Natural Earth)
        if feature.get("geometry") is None:
            continue
        try:
            geom = shape(feature["geometry"])
            coords = shapely.get_coordinates(geom)
        except (ValueError, TypeError, KeyError, AttributeError, GEOSException) as exc:
            raise InputError(f"{label}: feature {i} ({code}): unreadable geometry: {exc}") from None
        if not np.all(np.isfinite(coords)) or np.any(above(np.abs(coords[:, 0]), 180.0)):
            raise InputError(
                f"{label}: feature {i} ({code}): coordinates must be finite (lon, lat) degrees "
                "with |lon| <= 180 and |lat| <= 90"
            )
        if np.any(above(np.abs(coords[:, 1]), 90.0)):
            raise InputError(f"{label}: feature {i} ({code}): a latitude beyond 90 degrees")
        out.setdefault(code.upper(), []).append(geom)
    try:
        return {
            c: _polygonal(shapely.union_all([shapely.make_valid(x) for x in g]))
            for c, g in out.items()
        }
    except (GEOSException, ValueError) as exc:
        raise InputError(f"{label}: the polygons cannot be repaired: {exc}") from None


def load_boundaries(
    path: str | Path, *, key: str = "ISO_A2", resolution_km: float = 1.0
) -> Boundaries:
    """Load country polygons from a GeoJSON FeatureCollection keyed by ISO alpha-2.

    Parameters
    ----------
    path
        A GeoJSON file, e.g. Natural Earth ``ne_10m_admin_0_countries.geojson``.
    key
        The feature property holding the ISO alpha-2 code (``ISO_A2`` in Natural Earth;
        some of its features have ``-99`` there, and are skipped).
    resolution_km
        The typical position error of the file's lines, for reports.
    """
    label = str(path)
    data = read_json(path)
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise InputError(f"{label}: expected a GeoJSON FeatureCollection")
    polygons = _from_features(data.get("features", []), key, label)
    if not polygons:
        raise InputError(f"{label}: no feature has an ISO alpha-2 code in property {key!r}")
    return Boundaries(polygons, source=label, resolution_km=resolution_km)


@lru_cache(maxsize=1)
def builtin_boundaries() -> Boundaries:
    """Country polygons shipped by ``countryinfo`` (Natural Earth 1:110m), repaired."""
    from importlib.metadata import version

    root = resources.files("countryinfo") / "data"
    polygons: dict[str, MultiPolygon] = {}
    for item in sorted(root.iterdir(), key=lambda p: p.name):
        if not item.name.endswith(".json"):
            continue
        record = json.loads(item.read_text(encoding="utf-8"))
        iso = record.get("ISO") or {}
        code = iso.get("alpha2") if isinstance(iso, dict) else None
        geo = record.get("geoJSON") or {}
        if not isinstance(code, str) or not is_country_code(code) or not geo:
            continue
        parts = _from_features(
            [{**f, "properties": {"code": code}} for f in geo.get("features", [])],
            "code",
            item.name,
        )
        if code in parts and not parts[code].is_empty:
            # A code given twice (the package tags two territories 'IO') keeps both shapes.
            old = polygons.get(code)
            polygons[code] = parts[code] if old is None else _polygonal(old.union(parts[code]))
    return Boundaries(
        polygons,
        source=f"countryinfo {version('countryinfo')} (Natural Earth 1:110m)",
        resolution_km=10.0,
    )
