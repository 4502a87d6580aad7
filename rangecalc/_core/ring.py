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

__all__ = ["fold_antimeridian", "ring_points", "ring_polygon"]

_WORLD = box(-180.0, -90.0, 180.0, 90.0)
#: Relative distance within which a pole counts as lying on the ring.
_POLE_ON_RING = 1e-9


def ring_points(lat: float, lon: float, radius_m: float, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Return *n* points (lat, lon) at distance *radius_m* from the centre, clockwise.

    The samples are at initial azimuths (k + 1/2) * 360/n, k = 0 .. n-1.
    """
    # Offset by half a step so that no sample falls on the meridian through the centre,
    # where a ring that passes through a pole would put a sample on the pole itself.
    azi = (np.arange(n) + 0.5) * (360.0 / n)
    lats, lons, _ = direct(lat=lat, lon=lon, azi=azi, s=np.full(n, radius_m))
    return lats, lons


def _unwrap(lons: np.ndarray, north_in: bool, south_in: bool) -> tuple[np.ndarray, float]:
    """Continuous longitudes along the ring, and its winding around the poles.

    Walking the ring clockwise, longitudes advance by -360 degrees in all when only the
    north pole is inside, by +360 when only the south pole is, and by 0 otherwise. Steps
    between samples are taken as the shortest turn, except where the ring passes close to
    a pole between two samples: there the step is near +/-180 degrees and its sign cannot
    be read from the samples. Those steps are flipped until the total matches the winding
    known from the pole distances.
    """
    steps = (np.diff(np.append(lons, lons[0])) + 180.0) % 360.0 - 180.0
    expected = 0.0 if north_in == south_in else (-360.0 if north_in else 360.0)
    for _ in range(3):
        total = float(steps.sum())
        if abs(total - expected) < 1.0:
            break
        k = int(np.argmax(np.abs(steps)))  # the most ambiguous step, nearest +/-180
        steps[k] -= 360.0 * np.sign(steps[k])
    else:  # pragma: no cover - would mean samples too sparse to follow the ring
        raise ValueError("could not follow the ring around the poles; use more samples")
    ulon = lons[0] + np.concatenate(([0.0], np.cumsum(steps[:-1])))
    return ulon, expected


def fold_antimeridian(geom: BaseGeometry) -> BaseGeometry:
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
    to_poles, _, _ = inverse(
        lat1=np.array([lat, lat]),
        lon1=np.array([lon, lon]),
        lat2=np.array([90.0, -90.0]),
        lon2=np.array([lon, lon]),
    )
    if np.any(np.abs(to_poles - radius_m) <= _POLE_ON_RING * radius_m):
        # A pole on the ring makes "inside" ambiguous there; draw the ring a hair
        # (1e-9 of the radius, at most 2 cm) inside so that the pole is clearly outside.
        radius_m *= 1.0 - 2 * _POLE_ON_RING
    north_in, south_in = bool(to_poles[0] < radius_m), bool(to_poles[1] < radius_m)
    lats, lons = ring_points(lat, lon, radius_m, n)
    ulon, winding = _unwrap(lons, north_in, south_in)

    coords = list(zip(ulon.tolist(), lats.tolist(), strict=True))
    if abs(winding) > 180.0:
        pole = 90.0 if north_in else -90.0
        end = ulon[0] + winding
        coords += [(end, float(lats[0])), (end, pole), (float(ulon[0]), pole)]
        return _as_polygonal(fold_antimeridian(Polygon(coords).buffer(0)))
    disc = fold_antimeridian(Polygon(coords).buffer(0))
    if north_in and south_in:
        return _as_polygonal(_WORLD.difference(disc))
    return _as_polygonal(disc)
