"""Country boundaries: land polygons keyed by ISO 3166-1 alpha-2 code.

The built-in boundaries are Natural Earth's admin-0 countries at 1:10m (version 5.1.1,
the Germany point-of-view edition; public domain), simplified by Douglas-Peucker at 0.01
degrees on shared arcs so that neighbours keep one common border (topology kept), as
derived by ``tools/build_boundaries.py`` and shipped in the package with each country's
12 nmi airspace precomputed. Every line lies within 0.01 degrees (1.1 km) of Natural
Earth's 1:10m line (the largest Hausdorff distance, measured by the build, stored with
the data and reported as :attr:`Boundaries.resolution_km`); Natural Earth's own 1:10m
lines are placed to a few hundred metres. A route that passes nearer a border than that
is uncertain.

The data's political choices are Natural Earth's for the German government's view: Crimea
is Ukrainian; Kosovo (XK), Palestine (PS: the West Bank and Gaza) and Western Sahara (EH)
are separate; northern Cyprus is part of Cyprus, Somaliland of Somalia; Taiwan is TW; the
UK bases on Cyprus are GB and Guantanamo Bay is Cuban; Bir Tawil, the Spratly Islands and
Scarborough Reef belong to no country. Load other boundaries with :func:`load_boundaries`.

Coordinates are (lon, lat) degrees on WGS84, as in GeoJSON.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache, wraps
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
import shapely
from numpy.typing import ArrayLike
from shapely.errors import GEOSException
from shapely.geometry import MultiPolygon, Polygon, box, shape
from shapely.geometry.base import BaseGeometry

from rangecalc._core.tolerance import above
from rangecalc.data.countries import is_country_code
from rangecalc.data.errors import InputError
from rangecalc.data.files import read_json

__all__ = ["Boundaries", "builtin_boundaries", "load_boundaries"]


#: Territories with their own ISO 3166-1 code that Natural Earth's admin-0 countries draw
#: as part of another country (its "admin-0 map units" would separate them).
WITHIN = {
    "BQ": "NL",  # Bonaire, Sint Eustatius and Saba
    "BV": "NO",  # Bouvet Island
    "CC": "AU",  # Cocos (Keeling) Islands, in "Indian Ocean Territories"
    "CX": "AU",  # Christmas Island, likewise
    "GF": "FR",  # French Guiana
    "GP": "FR",  # Guadeloupe
    "MQ": "FR",  # Martinique
    "RE": "FR",  # Reunion
    "SJ": "NO",  # Svalbard and Jan Mayen
    "TK": "NZ",  # Tokelau
    "YT": "FR",  # Mayotte
}


def polygonal(geom: BaseGeometry) -> MultiPolygon:
    """The polygon parts of *geom*, repaired, as one MultiPolygon (lines and points dropped)."""
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
        Largest position error of the boundary lines [km].
    airspace, airspace_width_m
        Optional precomputed airspace (land plus a sea belt *airspace_width_m* wide) by
        code, as :func:`rangecalc.airspace.policy.country_airspace` would compute it.
    builtin
        True for the shipped boundaries.
    unclaimed
        Land that belongs to no country (Bir Tawil): no sea belt reaches over it.
    """

    polygons: dict[str, MultiPolygon]
    source: str
    resolution_km: float
    airspace: dict[str, BaseGeometry] = field(default_factory=dict, repr=False)
    airspace_width_m: float | None = None
    builtin: bool = False
    unclaimed: BaseGeometry = field(default_factory=MultiPolygon, repr=False)
    _tree: Any = field(default=None, init=False, repr=False)
    _codes: list[str] = field(default_factory=list, init=False, repr=False)

    def __post_init__(self) -> None:
        self._codes = sorted(self.polygons)
        self._tree = shapely.STRtree([self.polygons[c] for c in self._codes])

    def precomputed_airspace(self, code: str, width_m: float) -> BaseGeometry | None:
        """The shipped airspace of *code* for a sea belt of *width_m*, if there is one."""
        if self.airspace_width_m is None or abs(width_m - self.airspace_width_m) > 1e-6:
            return None
        return self.airspace.get(code)

    def intersecting(self, geom: BaseGeometry) -> list[str]:
        """Codes of the countries whose land touches *geom*."""
        return sorted(self._codes[int(i)] for i in self._tree.query(geom, predicate="intersects"))

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
        if code not in self.polygons and WITHIN.get(code) in self.polygons and self.builtin:
            raise InputError(
                f"{code}: the built-in boundaries ({self.source}) draw it as part of "
                f"{WITHIN[code]}; name {WITHIN[code]}, or load boundaries that separate it"
            )
        if code not in self.polygons:
            raise InputError(
                f"{code}: no boundary polygon for this country in {self.source} (at "
                f"{self.resolution_km:g} km resolution small countries and territories have "
                "none); load a higher-resolution boundary file"
            )
        return self.polygons[code]

    def countries_at(self, lon: ArrayLike, lat: ArrayLike) -> np.ndarray:
        """ISO code of the country containing each point, or '' over the sea."""
        shape_ = np.broadcast_shapes(np.shape(lon), np.shape(lat))
        x = np.broadcast_to(np.asarray(lon, dtype=float), shape_).ravel()
        y = np.broadcast_to(np.asarray(lat, dtype=float), shape_).ravel()
        out = np.full(x.shape, "", dtype=object)
        if not len(x):
            return out.reshape(shape_)
        # candidates by bounding box, then a prepared point-in-polygon test per country
        ok = np.isfinite(x) & np.isfinite(y)
        if not ok.any():
            return out.reshape(shape_)
        area = box(x[ok].min(), y[ok].min(), x[ok].max(), y[ok].max())
        for i in self._tree.query(area):
            code = self._codes[int(i)]
            todo = np.flatnonzero(ok & (out == ""))
            if not len(todo):
                break
            poly = self.polygons[code]
            shapely.prepare(poly)
            hit = np.asarray(shapely.intersects_xy(poly, x[todo], y[todo]), dtype=bool)
            out[todo[hit]] = code
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
            c: polygonal(shapely.union_all([shapely.make_valid(x) for x in g]))
            for c, g in out.items()
        }
    except (GEOSException, ValueError) as exc:
        raise InputError(f"{label}: the polygons cannot be repaired: {exc}") from None


def load_boundaries(
    path: str | Path, *, key: str | None = None, resolution_km: float = 1.0
) -> Boundaries:
    """Load country polygons from a GeoJSON FeatureCollection keyed by ISO alpha-2.

    The airspace of these boundaries (land plus territorial sea) is computed when first
    needed, which takes a few seconds per country at 1:10m.

    Parameters
    ----------
    path
        A GeoJSON file, e.g. Natural Earth ``ne_10m_admin_0_countries.geojson``.
    key
        The feature property holding the ISO alpha-2 code. By default ``ISO_A2_EH`` when
        any feature has it (Natural Earth: its ``ISO_A2`` is -99 for France, Norway and
        Kosovo), else ``ISO_A2``. Features with -99 or no code are skipped.
    resolution_km
        The typical position error of the file's lines, for reports.
    """
    label = str(path)
    data = read_json(path)
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise InputError(f"{label}: expected a GeoJSON FeatureCollection")
    features = data.get("features", [])
    if key is None:
        has_eh = any(
            isinstance(f, dict) and "ISO_A2_EH" in (f.get("properties") or {}) for f in features
        )
        key = "ISO_A2_EH" if has_eh else "ISO_A2"
    polygons = _from_features(features, key, label)
    if not polygons:
        raise InputError(f"{label}: no feature has an ISO alpha-2 code in property {key!r}")
    return Boundaries(polygons, source=label, resolution_km=resolution_km)


def _unpack(blob: np.ndarray, offsets: np.ndarray) -> list[BaseGeometry]:
    data = blob.tobytes()
    return list(shapely.from_wkb([data[a:b] for a, b in itertools.pairwise(offsets)]))


_R = TypeVar("_R")


def cached_for_builtin(
    maxsize: int,
) -> Callable[[Callable[[str, float, Boundaries], _R]], Callable[[str, float, Boundaries], _R]]:
    """Cache ``f(code, width_m, boundaries)`` for the built-in boundaries only.

    The one rule for caching geometry by boundaries: no cache is keyed by a caller's
    object (which it would keep alive), so other boundaries are computed each time.
    """

    def wrap(f: Callable[[str, float, Boundaries], _R]) -> Callable[[str, float, Boundaries], _R]:
        @lru_cache(maxsize=maxsize)
        def builtin(code: str, width_m: float) -> _R:
            return f(code, width_m, builtin_boundaries())

        @wraps(f)
        def cached(code: str, width_m: float, boundaries: Boundaries) -> _R:
            if boundaries is builtin_boundaries():
                return builtin(code, width_m)
            return f(code, width_m, boundaries)

        return cached

    return wrap


@lru_cache(maxsize=1)
def builtin_boundaries() -> Boundaries:
    """Natural Earth 1:10m admin-0 countries with their 12 nmi airspace (see module notes)."""
    with resources.as_file(resources.files("rangecalc") / "data" / "boundaries.npz") as path:
        data = np.load(path, allow_pickle=False)
        codes = [str(c) for c in data["codes"]]
        land = _unpack(data["land_wkb"], data["land_offsets"])
        air = _unpack(data["airspace_wkb"], data["airspace_offsets"])
        meta = json.loads(str(data["meta"]))
        unclaimed = _unpack(data["unclaimed_wkb"], data["unclaimed_offsets"])[0]
    return Boundaries(
        # the build writes valid MultiPolygons; repair only what is not one
        {
            c: g if isinstance(g, MultiPolygon) else polygonal(g)
            for c, g in zip(codes, land, strict=True)
        },
        source=meta["source"],
        resolution_km=float(meta["hausdorff_deg"]) * 111.32,
        airspace=dict(zip(codes, air, strict=True)),
        airspace_width_m=float(meta["territorial_sea_m"]),
        builtin=True,
        unclaimed=unclaimed,
    )
