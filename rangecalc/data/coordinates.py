"""Coordinates as people write them: decimal degrees and degrees-minutes-seconds.

Latitude comes first unless hemisphere letters say otherwise:

* decimal: ``"35.21, 48.65"``, ``"35.21 48.65"``, ``"35.21N 48.65E"``, ``"-7.97, -14.39"``;
* DMS: ``"35°12′42″N 48°39′12″E"``, ``35°12'42"N 48°39'12"E``, ``"N35°12′42″ E48°39′12″"``,
  ``"35°12.7'N 48°39.2'E"``; with letters the order may be either way round.

A minus sign applies to the whole coordinate, so ``"-0°27′"`` is 0.45 degrees west or
south. Text shaped like coordinates but invalid (latitude 95, 61 minutes, two latitudes)
raises :class:`~rangecalc.data.errors.InputError`; text not shaped like coordinates gives
``None``.
"""

from __future__ import annotations

import math
import re

from rangecalc._core.tolerance import above, pair, snap
from rangecalc.data.errors import InputError

__all__ = ["parse_coordinates"]

_NUM = r"\d+(?:\.\d+)?"
_DECIMAL = re.compile(
    rf"^\s*(?P<a>[+-]?{_NUM})\s*°?\s*(?P<ha>[NSEWnsew])?\s*[,;/\s]\s*"
    rf"(?P<b>[+-]?{_NUM})\s*°?\s*(?P<hb>[NSEWnsew])?\s*$"
)
_DMS_BODY = (
    r"(?P<d{i}>[+-]?\d+(?:\.\d+)?)\s*(?:°|º|˚|d(?:eg)?)\s*"
    r"(?:(?P<m{i}>\d+(?:\.\d+)?)\s*(?:′|'|’|m(?:in)?)\s*)?"
    # the seconds mark 's' is case-sensitive so that a hemisphere 'S' is never read as one
    r"(?:(?P<s{i}>\d+(?:\.\d+)?)\s*(?:″|\"|”|''|′′|(?-i:s(?:ec)?))\s*)?"
)
# Hemisphere letters either all after the numbers (35°12′N) or all before them (N35°12′).
_DMS_FORMS = [
    re.compile(
        r"^\s*"
        + _DMS_BODY.format(i=1)
        + r"(?P<h1>[NSEW])?\s*[,;/]?\s*"
        + _DMS_BODY.format(i=2)
        + r"(?P<h2>[NSEW])?\s*$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^\s*(?P<h1>[NSEW])\s*"
        + _DMS_BODY.format(i=1)
        + r"[,;/]?\s*(?P<h2>[NSEW])\s*"
        + _DMS_BODY.format(i=2)
        + r"\s*$",
        re.IGNORECASE,
    ),
]


def _hemisphere_value(value: float, hemi: str | None, text: str) -> tuple[float, str | None]:
    if hemi is None:
        return value, None
    h = hemi.upper()
    if value < 0:
        raise InputError(f"{text!r}: a coordinate cannot have both a minus sign and {h}")
    return (-value if h in "SW" else value), ("lat" if h in "NS" else "lon")


def _assign(
    first: tuple[float, str | None], second: tuple[float, str | None], text: str
) -> tuple[float, float]:
    (v1, k1), (v2, k2) = first, second
    if k1 == k2 and k1 is not None:
        raise InputError(
            f"{text!r}: both coordinates are {'latitudes' if k1 == 'lat' else 'longitudes'}"
        )
    if k1 == "lon" or k2 == "lat":
        lat, lon = v2, v1
    else:
        lat, lon = v1, v2
    for what, value, limit in (("latitude", lat, 90.0), ("longitude", lon, 180.0)):
        if not math.isfinite(value) or above(abs(value), limit):
            shown, _ = pair(abs(value), limit, 0, grouping=False)
            sign = "-" if value < 0 else ""
            raise InputError(
                f"{text!r}: {what} {sign}{shown} is outside [-{limit:g}, {limit:g}] degrees"
            )
    return float(snap(lat, -90.0, 90.0)), float(snap(lon, -180.0, 180.0))


def _dms_value(match: re.Match[str], i: int, text: str) -> tuple[float, str | None]:
    deg_text = match.group(f"d{i}")
    deg = float(deg_text)
    minutes = float(match.group(f"m{i}") or 0.0)
    seconds = float(match.group(f"s{i}") or 0.0)
    if minutes >= 60 or seconds >= 60:
        raise InputError(f"{text!r}: minutes and seconds must be below 60")
    sign = -1.0 if deg_text.startswith("-") else 1.0  # "-0°27′" is negative too
    value = sign * (abs(deg) + minutes / 60.0 + seconds / 3600.0)
    return _hemisphere_value(value, match.group(f"h{i}"), text)


def parse_coordinates(text: str) -> tuple[float, float] | None:
    """Parse decimal or DMS coordinates; return ``(lat, lon)`` or ``None`` if not coordinates.

    Raises
    ------
    InputError
        When the text is shaped like coordinates but is invalid (latitude beyond 90,
        minutes of 60 or more, two latitudes).
    """
    m = _DECIMAL.match(text)
    if m:
        a = _hemisphere_value(float(m.group("a")), m.group("ha"), text)
        b = _hemisphere_value(float(m.group("b")), m.group("hb"), text)
        return _assign(a, b, text)
    for form in _DMS_FORMS:
        m = form.match(text)
        if m:
            return _assign(_dms_value(m, 1, text), _dms_value(m, 2, text), text)
    return None
