"""Certified spherical screening: reach verdicts decided on a sphere where a bound proves them.

Model
-----
Map the WGS84 ellipsoid onto a sphere of radius :data:`SCREEN_RADIUS` by keeping each
point's longitude and its *reduced* (parametric) latitude ``β`` (``tan β = (1 - f) tan φ``,
φ geodetic). In those coordinates the ellipsoid is ``(a cos β cos λ, a cos β sin λ,
b sin β)`` and its metric is

    ds² = (a² sin²β + b² cos²β) dβ² + a² cos²β dλ²,

the sphere's ``ρ² (dβ² + cos²β dλ²)``. The stretch of the map is
``sqrt(a² sin²β + b² cos²β) / ρ`` along meridians and ``a / ρ`` along parallels, both
between ``b / ρ`` and ``a / ρ``, so every curve's length on the ellipsoid lies between
``b / ρ`` and ``a / ρ`` times its length on the sphere. Applied to the shortest curve on
each surface, the geodesic distance ``s`` and the central angle ``σ`` between the points
satisfy

    (1 - δ) ρ σ <= s <= (1 + δ) ρ σ,
    ρ = (a + b) / 2,   δ = (a - b) / (a + b) = f / (2 - f),

with ``δ`` = :data:`SCREEN_BOUND` = 0.1679 %, everywhere: at the poles (where the map is
smooth and both stretches equal ``a / ρ``), across the antimeridian and for antipodal
points (the argument is about curve lengths, not about a formula that degenerates there).
The bound is tight to first order: short meridian arcs at the equator have ratio
``b / ρ``, short equatorial arcs ``a / ρ``. (Geodetic latitudes on a sphere would do too,
with the radii of curvature ``a (1 - e²)`` and ``a / sqrt(1 - e²)`` as the extremes, but
with a band three times as wide, 0.504 %.)

A pair is decided on the sphere when ``σ`` lies outside the band the bound leaves around
a threshold ``r``, widened by :data:`SCREEN_SLACK_M` (1 m; the rounding of ``cos σ`` from
unit vectors is at most ~0.2 m of arc, at ``σ`` near 0 or π): certainly within when
``(1 + δ) ρ σ + slack <= r``, certainly beyond when ``(1 - δ) ρ σ - slack > r``. The rest
(a band about 0.34 % of ``r`` wide) get the exact geodesic (Karney 2013, through pyproj).
``cos σ`` is a dot product of unit vectors, so the sphere costs one matrix product per
chunk and no trigonometry per pair.

References
----------
.. [1] C. F. F. Karney, "Algorithms for geodesics", J. Geodesy 87, 43-55 (2013): the
   exact geodesic used inside the band, and the auxiliary sphere of reduced latitudes
   (sec. 2).
.. [2] B. Hofmann-Wellenhof, H. Moritz, *Physical Geodesy*, 2nd ed. (2006), sec. 1.2 and
   2.7: the parametric latitude and the ellipsoid's metric.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

from rangecalc._core import geodesic as _g

__all__ = [
    "FAILS",
    "HOLDS",
    "M_MAX",
    "M_MIN",
    "SCREEN_BOUND",
    "SCREEN_RADIUS",
    "SCREEN_SLACK_M",
    "UNCERTAIN",
    "UNDECIDED",
    "classify",
    "reduced_latitude",
    "screen",
    "unit_vectors",
]

_A = float(_g.GEOD.a)
_B = float(_g.GEOD.b)
_F = float(_g.GEOD.f)

#: Semi-major axis of WGS84 [m]: the largest stretch of the reduced-latitude map, times ρ.
M_MAX = _A
#: Semi-minor axis of WGS84 [m]: the smallest.
M_MIN = _B
#: Radius [m] of the screening sphere, midway between the two axes.
SCREEN_RADIUS = 0.5 * (_A + _B)
#: Proven relative bound between the geodesic and the screening sphere's great circle.
SCREEN_BOUND = (_A - _B) / (_A + _B)
#: Absolute margin [m] added to the band for floating-point rounding (about 5x what it needs).
SCREEN_SLACK_M = 1.0

#: Verdict codes: within the low threshold, between the two, beyond the high one.
HOLDS, UNCERTAIN, FAILS = 0, 1, 2
#: Code of a pair the sphere cannot decide (before :func:`screen` resolves it).
UNDECIDED = -1

Array = npt.NDArray[np.float64]


def reduced_latitude(lat: Any) -> Any:
    """Reduced (parametric) latitude β [radians] of geodetic latitudes [degrees]."""
    phi = np.radians(np.asarray(lat, dtype=float))
    return np.arctan2((1.0 - _F) * np.sin(phi), np.cos(phi))


def unit_vectors(lat: Any, lon: Any) -> Array:
    """Unit vectors (n, 3) of geodetic (lat, lon) [degrees] on the reduced-latitude sphere."""
    beta = reduced_latitude(lat)
    lo = np.radians(np.asarray(lon, dtype=float))
    c = np.cos(beta)
    return np.stack([c * np.cos(lo), c * np.sin(lo), np.sin(beta)], axis=-1)


def _cos_limits(r: Array) -> tuple[Array, Array]:
    """Cosines of the angles within which a pair is surely <= r, and beyond which > r.

    For thresholds *r* [m]; +2 or -2 where no angle, or every angle, qualifies.
    """
    inner = (r - SCREEN_SLACK_M) / ((1.0 + SCREEN_BOUND) * SCREEN_RADIUS)
    outer = (r + SCREEN_SLACK_M) / ((1.0 - SCREEN_BOUND) * SCREEN_RADIUS)
    # surely within when cos σ >= cos_in; cos_in = +2 when no σ >= 0 qualifies (inner < 0),
    # -2 when every σ up to π does (cos σ >= -1 > -2)
    cos_in = np.where(
        inner < 0, 2.0, np.where(inner >= np.pi, -2.0, np.cos(np.clip(inner, 0, np.pi)))
    )
    # surely beyond when cos σ < cos_out; -2 (never) when outer >= π
    cos_out = np.where(outer >= np.pi, -2.0, np.cos(np.clip(outer, 0, np.pi)))
    return cos_in, cos_out


def classify(o_xyz: Array, low_m: Array, high_m: Array, t_xyz: Array) -> npt.NDArray[np.int8]:
    """Verdict codes (n, m) decided on the sphere; :data:`UNDECIDED` inside the bands.

    Parameters
    ----------
    o_xyz, t_xyz
        Unit vectors of the origins (n, 3) and targets (m, 3), from :func:`unit_vectors`.
    low_m, high_m
        Each origin's low and high reach [m] (n,), low <= high.
    """
    cos_s = o_xyz @ t_xyz.T
    lin, lout = _cos_limits(np.asarray(low_m, dtype=float))
    hin, hout = _cos_limits(np.asarray(high_m, dtype=float))
    out = np.full(cos_s.shape, UNDECIDED, dtype=np.int8)
    out[cos_s >= lin[:, None]] = HOLDS
    out[cos_s < hout[:, None]] = FAILS
    out[(cos_s < lout[:, None]) & (cos_s >= hin[:, None])] = UNCERTAIN
    return out


def screen(
    o_lat: Any,
    o_lon: Any,
    low_m: Any,
    high_m: Any,
    t_lat: Any,
    t_lon: Any,
    *,
    chunk_pairs: int = 2_000_000,
) -> tuple[npt.NDArray[np.int8], int]:
    """Exact reach verdict codes for every origin x target pair, and how many took a geodesic.

    ``HOLDS`` when the geodesic distance is <= the origin's low reach, ``FAILS`` when it is
    > the high reach, ``UNCERTAIN`` between: the same comparison as on exact distances,
    with the geodesic solved only for the pairs the sphere cannot decide. Work runs in
    blocks of origins of at most *chunk_pairs* pairs, so memory stays near
    ``chunk_pairs`` x 30 bytes besides the (n, m) int8 result.
    """
    o_lat, o_lon, t_lat, t_lon = (
        np.atleast_1d(np.asarray(a, dtype=float)) for a in (o_lat, o_lon, t_lat, t_lon)
    )
    low = np.broadcast_to(np.asarray(low_m, dtype=float), o_lat.shape)
    high = np.broadcast_to(np.asarray(high_m, dtype=float), o_lat.shape)
    n, m = len(o_lat), len(t_lat)
    t_xyz = unit_vectors(t_lat, t_lon)
    out = np.empty((n, m), dtype=np.int8)
    exact = 0
    step = max(1, chunk_pairs // max(m, 1))
    for start in range(0, n, step):
        sl = slice(start, min(n, start + step))
        codes = classify(unit_vectors(o_lat[sl], o_lon[sl]), low[sl], high[sl], t_xyz)
        oi, ti = np.nonzero(codes == UNDECIDED)
        if len(oi):
            rows = oi + start
            s = _g.inverse(lat1=o_lat[rows], lon1=o_lon[rows], lat2=t_lat[ti], lon2=t_lon[ti])[0]
            codes[oi, ti] = np.where(
                s <= low[rows], HOLDS, np.where(s > high[rows], FAILS, UNCERTAIN)
            ).astype(np.int8)
            exact += len(oi)
        out[sl] = codes
    return out, exact
