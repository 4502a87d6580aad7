"""Comparing a value with a limit, with one tolerance for the whole library.

A figure written in another unit comes back from the conversion a few units in the last
place away from the limit it equals: 24 t written as ``"52,910.94 lb"`` is 24,000.00012 kg,
and ``24 t`` converted through pounds and back may be 24,000.000000004 kg. Comparing such a
value with ``>`` refuses a payload that is exactly the maximum. Every limit check in
rangecalc therefore goes through :func:`above` and :func:`below`, which allow a relative
tolerance of :data:`RTOL` (1e-9: a tenth of a gram in 100 t, a centimetre in latitude) and
treat a value within it as equal to the limit; :func:`snap` then moves it onto the limit so
that nothing downstream sees the excess.

Messages that report a refused value use :func:`pair` so that the value and the limit never
print alike ("24.0 t exceeds 24.0 t"): digits are added until they differ.
"""

from __future__ import annotations

from typing import Any

import numpy as np

__all__ = ["ATOL", "RTOL", "above", "below", "pair", "snap"]

#: Relative tolerance of every limit comparison.
RTOL = 1e-9
#: Absolute floor of the tolerance, for limits at or near zero.
ATOL = 1e-12


def _tol(limit: Any) -> Any:
    return np.maximum(RTOL * np.abs(np.asarray(limit, dtype=float)), ATOL)


def above(value: Any, limit: Any) -> Any:
    """True where *value* exceeds *limit* by more than the tolerance (element-wise)."""
    v = np.asarray(value, dtype=float)
    lim = np.asarray(limit, dtype=float)
    out = v > lim + _tol(lim)
    return bool(out) if np.ndim(out) == 0 else out


def below(value: Any, limit: Any) -> Any:
    """True where *value* falls short of *limit* by more than the tolerance (element-wise)."""
    v = np.asarray(value, dtype=float)
    lim = np.asarray(limit, dtype=float)
    out = v < lim - _tol(lim)
    return bool(out) if np.ndim(out) == 0 else out


def snap(value: Any, low: Any = None, high: Any = None) -> Any:
    """*value* with anything within tolerance beyond *low* or *high* moved onto that bound.

    Call it after :func:`above` / :func:`below` have accepted the value: it never moves a
    value by more than the tolerance.
    """
    v = np.asarray(value, dtype=float)
    if low is not None:
        v = np.where((v < low) & np.logical_not(below(v, low)), low, v)
    if high is not None:
        v = np.where((v > high) & np.logical_not(above(v, high)), high, v)
    return float(v) if np.ndim(v) == 0 else v


def pair(value: float, limit: float, digits: int = 1, *, grouping: bool = True) -> tuple[str, str]:
    """Format *value* and *limit* with at least *digits* decimals, and more until they differ.

    >>> pair(24.0000001, 24.0)
    ('24.0000001', '24.0000000')
    """
    sep = "," if grouping else ""
    for d in range(digits, 13):
        a, b = format(value, f"{sep}.{d}f"), format(limit, f"{sep}.{d}f")
        if a != b:
            return a, b
    return repr(float(value)), repr(float(limit))
