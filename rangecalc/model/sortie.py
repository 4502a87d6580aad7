"""Sortie timing: block time of one sortie and sorties per aircraft per day.

Model
-----
Block time = out-and-back distance at cruise speed + time on station + a fixed allowance
for taxi, take-off, climb, descent and landing. Sorties per day = 24 h / (block time +
turnaround on the ground).

Defaults, checked against observed Tu-22M3 operations:

* allowance 0.5 h: a Tu-22M3 patrol over the Black Sea of 4,500 km took "a little over five
  hours" (Russian MoD via https://it.sputniknews.com/difesa/202005209107475-russia-bombardieri-tu-22m3-conducono-volo-programmato-sulle-acque-neutrali-del-mar-nero---video/):
  4,500 km at 900-930 km/h is 4.8-5.0 h in cruise;
* turnaround 7 h: from Mozdok in 2015 each sortie took at least 5 hours and the crews flew
  two sorties every 24 hours (base commander via
  https://sputniknews.com/middleeast/201511201030473629-long-range-bomber-sorties/),
  a 12 h cycle.
"""

from __future__ import annotations

from dataclasses import dataclass

from rangecalc._core.tolerance import below
from rangecalc.catalog import Airframe, Catalog, default_catalog
from rangecalc.data.errors import InputError
from rangecalc.data.interval import Interval
from rangecalc.data.units import Quantity, magnitude, ureg

__all__ = ["BLOCK_ALLOWANCE", "TURNAROUND", "SortieTime", "sortie_time"]

BLOCK_ALLOWANCE = ureg.Quantity(0.5, "h")
TURNAROUND = ureg.Quantity(7.0, "h")


@dataclass(frozen=True)
class SortieTime:
    """Block time and sortie rate (intervals over the cruise-speed spread)."""

    airframe: str
    distance: Quantity
    block_time: Interval
    sorties_per_day: Interval
    turnaround: Quantity


def sortie_time(
    airframe: Airframe | str,
    distance: object,
    *,
    on_station: object = "0 h",
    return_distance: object | None = None,
    turnaround: object = TURNAROUND,
    allowance: object = BLOCK_ALLOWANCE,
    catalog: Catalog | None = None,
) -> SortieTime:
    """Block time for a sortie to *distance* and back, and sorties per aircraft per day.

    Parameters
    ----------
    distance
        One-way distance to the target (by the route flown), e.g. ``"2,000 km"``.
    return_distance
        Way home if different (recovery elsewhere); default equal to *distance*.
    turnaround, allowance
        Ground time between sorties and the fixed taxi/climb/descent allowance.
    """
    af = (
        airframe
        if isinstance(airframe, Airframe)
        else (catalog or default_catalog()).airframe(airframe)
    )
    out = magnitude(distance, "km", name="distance")
    back = (
        out if return_distance is None else magnitude(return_distance, "km", name="return_distance")
    )
    station = magnitude(on_station, "h", name="on_station")
    ground = magnitude(turnaround, "h", name="turnaround")
    extra = magnitude(allowance, "h", name="allowance")
    for name, value, unit in (
        ("distance", out, "km"),
        ("return_distance", back, "km"),
        ("on_station", station, "h"),
        ("turnaround", ground, "h"),
        ("allowance", extra, "h"),
    ):
        if below(value, 0.0):
            raise InputError(f"{name}: must not be negative, got {value:g} {unit}")
    v_lo, v_nom, v_hi = af.cruise_speed.interval("km/h")
    blocks = [(out + back) / v + station + extra for v in (v_hi, v_nom, v_lo)]
    rates = [24.0 / (b + ground) for b in (blocks[2], blocks[1], blocks[0])]
    return SortieTime(
        airframe=af.name,
        distance=ureg.Quantity(out, "km"),
        block_time=Interval.from_magnitudes(blocks[0], blocks[1], blocks[2], "h"),
        sorties_per_day=Interval.from_magnitudes(rates[0], rates[1], rates[2], "1/day"),
        turnaround=ureg.Quantity(ground, "h"),
    )
