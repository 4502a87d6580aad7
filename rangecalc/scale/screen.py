"""Reach verdicts for many origins and targets, screened on a sphere with a proven bound.

Which of a million targets lies within each origin's reach? The geodesic distance on
WGS84 decides, and the answer here is the same as solving it for every pair, but the
sphere decides most pairs: the great circle on a sphere of radius 6,367.4 km through the
same longitudes and reduced latitudes is within 0.168 % (f / (2 - f)) of the geodesic
everywhere (poles, antimeridian and antipodes included; the proof is in
:mod:`rangecalc._core.screen`), so only pairs whose distance lies within that band (plus
1 m for rounding) of a reach threshold are solved exactly. Distances here are geodesics,
not routes: closed airspace only lengthens a route, so a pair out of geodesic reach is
out of reach under any policy.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
from numpy.typing import ArrayLike

from rangecalc._core import screen as _s
from rangecalc.data.errors import InputError
from rangecalc.data.interval import Interval
from rangecalc.data.units import magnitude

__all__ = ["SCREEN_BOUND", "VERDICTS", "Screening", "screen_reach"]

#: The proven relative bound between geodesic and screening sphere (0.168 %).
SCREEN_BOUND = _s.SCREEN_BOUND
#: Verdicts by code: a pair's geodesic within the low reach, between low and high, beyond.
VERDICTS = ("holds", "uncertain", "fails")


@dataclass(frozen=True)
class Screening:
    """Verdict codes for every origin x target pair (index into :data:`VERDICTS`).

    Attributes
    ----------
    codes
        ``(n_origins, n_targets)`` int8: 0 holds (geodesic <= low reach), 1 uncertain,
        2 fails (geodesic > high reach).
    exact_pairs
        How many pairs the sphere could not decide and took the exact geodesic.
    """

    codes: npt.NDArray[np.int8]
    exact_pairs: int

    @property
    def pairs(self) -> int:
        """Number of pairs judged."""
        return int(self.codes.size)

    def verdicts(self) -> npt.NDArray[np.str_]:
        """The codes as verdict strings (for small tables)."""
        return np.asarray(VERDICTS)[self.codes]

    @property
    def notes(self) -> tuple[str, ...]:
        """How the verdicts were reached."""
        return (
            f"geodesic distances screened on a sphere of radius {_s.SCREEN_RADIUS / 1000:,.1f} "
            f"km (reduced latitudes), within {SCREEN_BOUND * 100:.3f} % of the WGS84 geodesic "
            "(proven bound) plus "
            f"{_s.SCREEN_SLACK_M:g} m; {self.exact_pairs:,} of {self.pairs:,} pairs inside "
            "the band solved exactly",
        )


def _points(raw: Any, label: str) -> npt.NDArray[np.float64]:
    pts = np.asarray(raw, dtype=float)
    if pts.ndim == 1 and pts.shape == (2,):
        pts = pts[None, :]
    if pts.ndim != 2 or pts.shape[1] != 2:
        raise InputError(f"{label}: expected rows of (lat, lon) in degrees, got shape {pts.shape}")
    bad = ~np.isfinite(pts).all(axis=1) | (np.abs(pts[:, 0]) > 90)
    if bad.any():
        k = int(np.flatnonzero(bad)[0])
        raise InputError(
            f"{label}[{k}]: latitude and longitude must be finite degrees with |lat| <= 90, "
            f"got {tuple(pts[k])}"
        )
    return pts


def _reach_m(reach: Any, n: int) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    if isinstance(reach, Interval):
        lo, _, hi = reach.magnitudes("m")
        low, high = np.full(n, lo), np.full(n, hi)
    elif isinstance(reach, tuple) and len(reach) == 2:
        low = np.asarray(magnitude(reach[0], "m", name="reach"), dtype=float)
        high = np.asarray(magnitude(reach[1], "m", name="reach"), dtype=float)
    elif isinstance(reach, list | tuple) and reach and isinstance(reach[0], Interval):
        mags = np.array([r.magnitudes("m") for r in reach], dtype=float)
        low, high = mags[:, 0], mags[:, 2]
    else:
        low = high = np.asarray(magnitude(reach, "m", name="reach"), dtype=float)
    low, high = (np.broadcast_to(a, (n,)).astype(float) for a in (low, high))
    if not (np.isfinite(low).all() and np.isfinite(high).all()) or (low < 0).any():
        raise InputError("reach: every reach must be a finite, non-negative length")
    if (low > high).any():
        raise InputError("reach: a low reach exceeds its high reach")
    return low, high


def screen_reach(
    origins: ArrayLike, targets: ArrayLike, reach: object, *, chunk_pairs: int = 2_000_000
) -> Screening:
    """Verdicts of every origin x target pair against each origin's reach.

    Parameters
    ----------
    origins, targets
        Rows of (lat, lon) in degrees.
    reach
        One length for all origins (``"1,200 km"``), one per origin (a length Quantity
        array), a ``(low, high)`` tuple of those (a 2-tuple is always read as low and high:
        give two origins' reaches as an array), an :class:`~rangecalc.data.interval.Interval`,
        or a list of intervals, one per origin.
    chunk_pairs
        Pairs handled at once; memory stays near 30 bytes a pair of one chunk.

    Returns
    -------
    Screening
        The same verdicts as exact geodesics for every pair would give.

    Examples
    --------
    >>> s = screen_reach([(35.21, 48.65)], [(35.33, 40.14), (31.77, 35.21)], "1,000 km")
    >>> s.verdicts().tolist()
    [['holds', 'fails']]
    """
    o = _points(origins, "origins")
    t = _points(targets, "targets")
    if chunk_pairs < 1:
        raise InputError(f"chunk_pairs: must be at least 1, got {chunk_pairs}")
    low, high = _reach_m(reach, len(o))
    codes, exact = _s.screen(o[:, 0], o[:, 1], low, high, t[:, 0], t[:, 1], chunk_pairs=chunk_pairs)
    return Screening(codes, exact)
