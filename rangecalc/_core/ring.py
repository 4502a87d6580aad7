"""Geodesic range rings as longitude/latitude polygons that survive the antimeridian and poles.

A ring is the set of points at geodesic distance ``r`` from a centre, sampled at equally
spaced initial azimuths with the direct problem. Turning it into a polygon in
(lon, lat) coordinates needs care in three cases:

* the ring crosses the antimeridian: longitudes are unwrapped into one continuous band,
  the polygon is built there, then cut at +/-180 degrees and the pieces folded back;
* the ring encloses one pole: the unwrapped ring winds once around the pole (its
  longitudes advance by 360 degrees), so the polygon is closed along that pole's parallel;
* the ring encloses both poles (a radius beyond a quarter meridian from a low latitude):
  the polygon is the whole globe minus the cap around the antipode that the ring bounds.

Edges between samples are straight in (lon, lat); with the default 720 samples the chord
lies within a few hundred metres of the ring for radii of a few thousand kilometres.
"""

from __future__ import annotations

import numpy as np
from shapely import affinity
from shapely.geometry import MultiPolygon, Polygon, box
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from rangecalc._core.geodesic import MAX_RING_RADIUS_M, direct, inverse

__all__ = ["ring_points", "ring_polygon"]

_WORLD = box(-180.0, -90.0, 180.0, 90.0)


def ring_points(lat: float, lon: float, radius_m: float, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Return *n* points (lat, lon) at distance *radius_m* from the centre, clockwise."""
    azi = np.linspace(0.0, 360.0, n, endpoint=False)
    lats, lons, _ = direct(lat=lat, lon=lon, azi=azi, s=np.full(n, radius_m))
    return lats, lons


def _fold(geom: BaseGeometry) -> BaseGeometry:
    """Cut a polygon drawn on unwrapped longitudes into [-180, 180] and fold it back."""
    pieces = []
    for k in (-2, -1, 0, 1, 2):
        part = geom.intersection(box(-180.0 + 360.0 * k, -90.0, 180.0 + 360.0 * k, 90.0))
        if not part.is_empty:
            pieces.append(affinity.translate(part, xoff=-360.0 * k))
    return unary_union(pieces)


def _as_polygonal(geom: BaseGeometry) -> Polygon | MultiPolygon:
    if isinstance(geom, Polygon | MultiPolygon):
        return geom
    polys = [g for g in getattr(geom, "geoms", []) if isinstance(g, Polygon) and g.area > 0]
    return MultiPolygon(polys)


def ring_polygon(lat: float, lon: float, radius_m: float, n: int = 720) -> Polygon | MultiPolygon:
    """Polygon (lon, lat degrees) of all points within *radius_m* of the centre.

    Raises
    ------
    ValueError
        If the radius is not positive or reaches the cut locus (pi times the semi-minor
        axis, 19,970 km), beyond which "distance r" no longer bounds a disc.
    """
    if not 0.0 < radius_m < MAX_RING_RADIUS_M:
        raise ValueError(
            f"ring radius must be in (0, {MAX_RING_RADIUS_M / 1000:.0f} km), got {radius_m} m"
        )
    if n < 8:
        raise ValueError("a ring needs at least 8 points")
    lats, lons = ring_points(lat, lon, radius_m, n)
    ulon = np.degrees(np.unwrap(np.radians(lons)))
    closing = (lons[0] - lons[-1] + 180.0) % 360.0 - 180.0
    winding = ulon[-1] + closing - ulon[0]
    to_poles, _, _ = inverse(
        lat1=np.array([lat, lat]),
        lon1=np.array([lon, lon]),
        lat2=np.array([90.0, -90.0]),
        lon2=np.array([lon, lon]),
    )
    north_in, south_in = bool(to_poles[0] < radius_m), bool(to_poles[1] < radius_m)

    coords = list(zip(ulon.tolist(), lats.tolist(), strict=True))
    if abs(winding) > 180.0:
        pole = 90.0 if north_in or (not south_in and winding < 0) else -90.0
        end = ulon[0] + winding
        coords += [(end, float(lats[0])), (end, pole), (float(ulon[0]), pole)]
        return _as_polygonal(_fold(Polygon(coords).buffer(0)))
    disc = _fold(Polygon(coords).buffer(0))
    if north_in and south_in:
        return _as_polygonal(_WORLD.difference(disc))
    return _as_polygonal(disc)
