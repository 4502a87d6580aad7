"""WGS84 geodesics on plain floats and arrays (degrees and metres).

The one place in rangecalc that calls :class:`pyproj.Geod`. pyproj orders coordinates
(lon, lat) and silently accepts them swapped; every function here takes keyword-only
``lat``/``lon`` arguments so that the order cannot leak.

The algorithm is Karney's (2013), which pyproj wraps from GeographicLib: accurate to
about 15 nm for any pair of points, antipodal ones included.

References
----------
.. [1] C. F. F. Karney, "Algorithms for geodesics", J. Geodesy 87, 43-55 (2013),
   doi:10.1007/s00190-012-0578-z.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt
from pyproj import Geod

__all__ = [
    "GEOD",
    "MAX_RING_RADIUS_M",
    "direct",
    "inverse",
    "path_length",
    "points_between",
    "wrap180",
    "wrap360",
]

#: The WGS84 ellipsoid (a = 6,378,137 m, 1/f = 298.257223563).
GEOD = Geod(ellps="WGS84")

#: pi times the semi-minor axis: every geodesic shorter than this is a shortest path
#: (the cut locus of any point lies at least this far away), so a range ring of a smaller
#: radius is exactly the set of points at that distance.
MAX_RING_RADIUS_M = float(np.pi * GEOD.b)

Array = npt.NDArray[np.float64]


def wrap180(deg: Any) -> Any:
    """Wrap angles to the interval [-180, 180)."""
    return (np.asarray(deg, dtype=float) + 180.0) % 360.0 - 180.0


def wrap360(deg: Any) -> Any:
    """Wrap angles to the interval [0, 360)."""
    out = np.asarray(deg, dtype=float) % 360.0
    # -1e-17 % 360 rounds to 360.0; fold it back.
    return np.where(out >= 360.0, 0.0, out)


def inverse(*, lat1: Any, lon1: Any, lat2: Any, lon2: Any) -> tuple[Array, Array, Array]:
    """Solve the inverse problem.

    Returns
    -------
    s12, azi1, azi2
        Distance [m]; forward azimuth at point 1 and at point 2 [degrees, clockwise from
        north, in [-180, 180)]. ``azi2`` is the direction of travel on arrival, not the
        back azimuth pyproj returns.
    """
    lat1, lon1, lat2, lon2 = np.broadcast_arrays(
        np.asarray(lat1, dtype=float),
        np.asarray(lon1, dtype=float),
        np.asarray(lat2, dtype=float),
        np.asarray(lon2, dtype=float),
    )
    az12, az21, s12 = GEOD.inv(lon1, lat1, lon2, lat2)
    return (
        np.asarray(s12, dtype=float),
        wrap180(az12),
        wrap180(np.asarray(az21, dtype=float) + 180.0),
    )


def direct(*, lat: Any, lon: Any, azi: Any, s: Any) -> tuple[Array, Array, Array]:
    """Solve the direct problem.

    Returns
    -------
    lat2, lon2, azi2
        Destination [degrees; longitude in [-180, 180)] and the forward azimuth on
        arrival [degrees].
    """
    lat, lon, azi, s = np.broadcast_arrays(
        np.asarray(lat, dtype=float),
        np.asarray(lon, dtype=float),
        np.asarray(azi, dtype=float),
        np.asarray(s, dtype=float),
    )
    lon2, lat2, az21 = GEOD.fwd(lon, lat, azi, s)
    return (
        np.asarray(lat2, dtype=float),
        wrap180(lon2),
        wrap180(np.asarray(az21, dtype=float) + 180.0),
    )


def points_between(
    *, lat1: float, lon1: float, lat2: float, lon2: float, npts: int
) -> tuple[Array, Array]:
    """Return *npts* points (endpoints included) equally spaced along the geodesic."""
    if npts < 2:
        raise ValueError("npts must be at least 2")
    line = GEOD.inv_intermediate(
        lon1,
        lat1,
        lon2,
        lat2,
        npts=npts,
        initial_idx=0,
        terminus_idx=0,
        return_back_azimuth=True,
    )
    return np.asarray(line.lats, dtype=float), wrap180(np.asarray(line.lons, dtype=float))


def path_length(*, lat: Any, lon: Any) -> float:
    """Total length [m] of the path of geodesic legs through the given vertices."""
    lat_a = np.asarray(lat, dtype=float)
    lon_a = np.asarray(lon, dtype=float)
    if lat_a.size < 2:
        return 0.0
    s12, _, _ = inverse(lat1=lat_a[:-1], lon1=lon_a[:-1], lat2=lat_a[1:], lon2=lon_a[1:])
    return float(np.sum(s12))
