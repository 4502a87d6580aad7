"""Geodesy on the WGS84 ellipsoid: distances, bearings, destinations, routes and range rings.

Model
-----
All distances are geodesic distances on the WGS84 ellipsoid, computed with Karney's
algorithm [1]_ as wrapped by :class:`pyproj.Geod`; there is no spherical approximation
anywhere. Accuracy is about 15 nanometres for any pair of points, antipodal pairs
included.

Interface
---------
* Coordinates are decimal degrees on WGS84 (EPSG:4326) given as keyword-only ``lat=``
  and ``lon=`` arguments (or ``lat1=/lon1=/lat2=/lon2=``), as floats, numpy arrays, or
  pint angle quantities. Keywords make the (lat, lon) order explicit: pyproj's own
  (lon, lat) order never leaks out of :mod:`rangecalc._core.geodesic`.
* Latitudes must lie in [-90, 90]; longitudes may be any finite number and are reported
  in [-180, 180). NaN is refused with an error that names the argument.
* Every other quantity carries a unit: distances are pint lengths in and out, bearings
  are pint angles in degrees clockwise from true north, in [0, 360).
* Arrays broadcast like numpy; a scalar input gives scalar outputs.

References
----------
.. [1] C. F. F. Karney, "Algorithms for geodesics", J. Geodesy 87, 43-55 (2013),
   doi:10.1007/s00190-012-0578-z.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
import pint
from pyproj import Transformer
from shapely.geometry import MultiPolygon, Polygon

from rangecalc._core import geodesic as _g
from rangecalc._core.ring import ring_polygon
from rangecalc._core.tolerance import above, snap
from rangecalc.data.errors import InputError
from rangecalc.data.units import Quantity, magnitude, ureg

__all__ = [
    "Destination",
    "GeodesicInverse",
    "destination",
    "distance",
    "final_bearing",
    "geodesic_inverse",
    "initial_bearing",
    "points_along",
    "range_ring",
    "route_length",
]

Coordinate = Any  # float | ArrayLike | pint angle quantity

#: Most points one call of :func:`points_along` or :func:`range_ring` may produce.
MAX_POINTS = 1_000_000


def _scalar_or_array(values: np.ndarray) -> Any:
    return float(values) if np.ndim(values) == 0 else values


def coordinate(value: Coordinate, *, name: str, latitude: bool) -> Any:
    """Check and convert one coordinate argument to decimal degrees (float or array)."""
    if isinstance(value, bool) or value is None or isinstance(value, str):
        raise InputError(
            f"{name}: expected decimal degrees (a number, array or pint angle), got {value!r}"
        )
    if isinstance(value, pint.Quantity):
        deg = np.asarray(magnitude(value, "degree", name=name, finite=False), dtype=float)
    else:
        raw = np.asarray(value)
        if raw.dtype.kind not in "iuf":  # refuse text, bytes, booleans, objects
            raise InputError(
                f"{name}: expected decimal degrees (a number, array or pint angle), got {value!r}"
            )
        deg = raw.astype(float)
    bad = ~np.isfinite(deg)
    if latitude:
        with np.errstate(invalid="ignore"):
            bad |= np.asarray(above(np.abs(deg), 90.0))
    if np.any(bad):
        first = deg.flat[int(np.flatnonzero(bad.ravel())[0])]
        where = "" if deg.ndim == 0 else f" (element {int(np.flatnonzero(bad.ravel())[0])})"
        rule = "a finite number in [-90, 90]" if latitude else "a finite number"
        raise InputError(
            f"{name}: latitude must be {rule}, got {first}{where}"
            if latitude
            else f"{name}: longitude must be {rule}, got {first}{where}"
        )
    if latitude:
        deg = np.asarray(snap(deg, -90.0, 90.0))
    return _scalar_or_array(deg)


def _broadcastable(**arrays: Any) -> None:
    try:
        np.broadcast_shapes(*(np.shape(a) for a in arrays.values()))
    except ValueError:
        shapes = ", ".join(f"{k} {np.shape(v)}" for k, v in arrays.items())
        raise InputError(f"array arguments of incompatible shapes: {shapes}") from None


def _pair(
    lat1: Coordinate, lon1: Coordinate, lat2: Coordinate, lon2: Coordinate
) -> tuple[Any, Any, Any, Any]:
    out = (
        coordinate(lat1, name="lat1", latitude=True),
        coordinate(lon1, name="lon1", latitude=False),
        coordinate(lat2, name="lat2", latitude=True),
        coordinate(lon2, name="lon2", latitude=False),
    )
    _broadcastable(lat1=out[0], lon1=out[1], lat2=out[2], lon2=out[3])
    return out


@dataclass(frozen=True)
class GeodesicInverse:
    """Solution of the inverse geodesic problem between two points.

    Attributes
    ----------
    distance
        Geodesic distance on WGS84. [length]
    initial_bearing
        Direction of departure, clockwise from true north, in [0, 360). [degree]
    final_bearing
        Direction of travel on arrival (not the back bearing), in [0, 360). [degree]
    """

    distance: Quantity
    initial_bearing: Quantity
    final_bearing: Quantity


@dataclass(frozen=True)
class Destination:
    """Solution of the direct geodesic problem.

    Attributes
    ----------
    lat, lon
        The point reached, in decimal degrees (longitude in [-180, 180)).
    final_bearing
        Direction of travel on arrival, clockwise from true north, in [0, 360). [degree]
    """

    lat: Any
    lon: Any
    final_bearing: Quantity


def geodesic_inverse(
    *, lat1: Coordinate, lon1: Coordinate, lat2: Coordinate, lon2: Coordinate
) -> GeodesicInverse:
    """Distance and bearings between two points (or arrays of points) on WGS84.

    Examples
    --------
    >>> r = geodesic_inverse(lat1=40.6, lon1=-73.8, lat2=49.01666667, lon2=2.55)
    >>> round(r.distance.to("m").magnitude)   # JFK to CDG, Karney (2013) table
    5853226
    """
    la1, lo1, la2, lo2 = _pair(lat1, lon1, lat2, lon2)
    s12, azi1, azi2 = _g.inverse(lat1=la1, lon1=lo1, lat2=la2, lon2=lo2)
    return GeodesicInverse(
        distance=ureg.Quantity(_scalar_or_array(s12), "m"),
        initial_bearing=ureg.Quantity(_scalar_or_array(_g.wrap360(azi1)), "degree"),
        final_bearing=ureg.Quantity(_scalar_or_array(_g.wrap360(azi2)), "degree"),
    )


def distance(*, lat1: Coordinate, lon1: Coordinate, lat2: Coordinate, lon2: Coordinate) -> Quantity:
    """Geodesic distance on WGS84 between two points (or arrays of points), as a length."""
    return geodesic_inverse(lat1=lat1, lon1=lon1, lat2=lat2, lon2=lon2).distance


def initial_bearing(
    *, lat1: Coordinate, lon1: Coordinate, lat2: Coordinate, lon2: Coordinate
) -> Quantity:
    """Bearing of departure from point 1 towards point 2, in [0, 360) degrees."""
    return geodesic_inverse(lat1=lat1, lon1=lon1, lat2=lat2, lon2=lon2).initial_bearing


def final_bearing(
    *, lat1: Coordinate, lon1: Coordinate, lat2: Coordinate, lon2: Coordinate
) -> Quantity:
    """Bearing of travel on arrival at point 2, in [0, 360) degrees."""
    return geodesic_inverse(lat1=lat1, lon1=lon1, lat2=lat2, lon2=lon2).final_bearing


def destination(
    *, lat: Coordinate, lon: Coordinate, bearing: object, distance: object
) -> Destination:
    """Point reached by following the geodesic from (lat, lon) on *bearing* for *distance*.

    Parameters
    ----------
    lat, lon
        Start point(s). [decimal degrees]
    bearing
        Initial bearing, clockwise from true north: a pint angle or a string such as
        ``"45 degree"``.
    distance
        Distance along the geodesic, e.g. ``"1,200 km"``; may be negative (backwards).
    """
    la = coordinate(lat, name="lat", latitude=True)
    lo = coordinate(lon, name="lon", latitude=False)
    azi = magnitude(bearing, "degree", name="bearing")
    s = magnitude(distance, "m", name="distance")
    _broadcastable(lat=la, lon=lo, bearing=azi, distance=s)
    lat2, lon2, azi2 = _g.direct(lat=la, lon=lo, azi=azi, s=s)
    return Destination(
        lat=_scalar_or_array(lat2),
        lon=_scalar_or_array(lon2),
        final_bearing=ureg.Quantity(_scalar_or_array(_g.wrap360(azi2)), "degree"),
    )


def points_along(
    *,
    lat1: Coordinate,
    lon1: Coordinate,
    lat2: Coordinate,
    lon2: Coordinate,
    spacing: object | None = None,
    n: int | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Points equally spaced along the geodesic from point 1 to point 2, ends included.

    Give either *spacing* (the largest allowed gap, e.g. ``"10 km"``) or *n* (the number of
    points, at least 2). Returns ``(lats, lons)`` arrays in decimal degrees.
    """
    la1, lo1, la2, lo2 = _pair(lat1, lon1, lat2, lon2)
    if np.ndim(la1) or np.ndim(lo1) or np.ndim(la2) or np.ndim(lo2):
        raise InputError("points_along takes one pair of points, not arrays")
    if (spacing is None) == (n is None):
        raise InputError("points_along: give exactly one of spacing= or n=")
    if spacing is not None:
        step = magnitude(spacing, "m", name="spacing")
        if step <= 0:
            raise InputError(f"spacing: must be positive, got {spacing}")
        s12 = float(_g.inverse(lat1=la1, lon1=lo1, lat2=la2, lon2=lo2)[0])
        needed = s12 / step + 1
        if needed > MAX_POINTS:
            raise InputError(
                f"spacing: {spacing} over {s12 / 1000:,.0f} km needs {needed:.3g} points, "
                f"more than the limit of {MAX_POINTS:,}"
            )
        n = max(2, int(np.ceil(needed - 1)) + 1)
    if isinstance(n, bool) or not isinstance(n, int | np.integer) or not 2 <= n <= MAX_POINTS:
        raise InputError(f"n: must be an integer from 2 to {MAX_POINTS:,}, got {n!r}")
    return _g.points_between(lat1=la1, lon1=lo1, lat2=la2, lon2=lo2, npts=int(n))


def route_length(*, lat: Coordinate, lon: Coordinate) -> Quantity:
    """Length of a route of geodesic legs through the given waypoints, as a length.

    Parameters
    ----------
    lat, lon
        Waypoint coordinates in order, as equal-length 1-D sequences. [decimal degrees]
    """
    la = np.atleast_1d(coordinate(lat, name="lat", latitude=True))
    lo = np.atleast_1d(coordinate(lon, name="lon", latitude=False))
    if la.ndim != 1 or la.shape != lo.shape:
        raise InputError(
            f"route_length: lat and lon must be 1-D and of equal length, got shapes "
            f"{la.shape} and {lo.shape}"
        )
    return ureg.Quantity(_g.path_length(lat=la, lon=lo), "m")


def range_ring(
    *, lat: Coordinate, lon: Coordinate, radius: object, n: int = 720
) -> Polygon | MultiPolygon:
    """Polygon of every point within geodesic distance *radius* of (lat, lon).

    The polygon is in (lon, lat) degrees, as shapely and GeoJSON expect. It is cut at the
    antimeridian into a :class:`~shapely.geometry.MultiPolygon` when it crosses it, runs up
    to the pole when it encloses one, and is the globe minus a cap when it encloses both.
    See :mod:`rangecalc._core.ring` for the construction.

    Parameters
    ----------
    lat, lon
        Centre. [decimal degrees]
    radius
        Ring radius, e.g. ``"2,400 km"``; below 19,970 km (pi times the semi-minor axis,
        where geodesics stop being shortest paths).
    n
        Number of points sampled on the ring.
    """
    la = coordinate(lat, name="lat", latitude=True)
    lo = coordinate(lon, name="lon", latitude=False)
    if np.ndim(la) or np.ndim(lo):
        raise InputError("range_ring takes one centre, not arrays")
    r = magnitude(radius, "m", name="radius")
    if not 0.0 < r < _g.MAX_RING_RADIUS_M:
        raise InputError(
            f"radius: must be positive and below {_g.MAX_RING_RADIUS_M / 1000:,.0f} km "
            f"(beyond it geodesics are not shortest paths), got {radius}"
        )
    if isinstance(n, bool) or not isinstance(n, int) or not 8 <= n <= MAX_POINTS:
        raise InputError(f"n: must be an integer from 8 to {MAX_POINTS:,}, got {n!r}")
    return ring_polygon(float(la), float(_g.wrap180(lo)), r, n)


@lru_cache(maxsize=64)
def _aeqd(lat: float, lon: float) -> tuple[Transformer, Transformer]:
    proj = f"+proj=aeqd +lat_0={lat!r} +lon_0={lon!r} +datum=WGS84 +units=m +no_defs"
    return (
        Transformer.from_crs("EPSG:4326", proj, always_xy=True),
        Transformer.from_crs(proj, "EPSG:4326", always_xy=True),
    )


def azimuthal_equidistant(lat: float, lon: float) -> tuple[Transformer, Transformer]:
    """(to metres, back to degrees): the azimuthal equidistant projection centred on (lat, lon).

    On WGS84 (PROJ's ``aeqd`` solves the ellipsoidal geodesic from the centre), so the
    distance of a point from the origin is its geodesic distance from the centre, and
    geodesics through the centre are straight lines through the origin. Both
    transformers take and give (x, y) = (lon, lat) order. Kept per centre (rounded to
    1e-6 degree): building a transformer costs milliseconds.
    """
    return _aeqd(round(float(lat), 6), round(float(lon), 6))
