"""Tankers: which can refuel a receiver, and how much fuel one can give how far from base.

Offload curve
-------------
A tanker's catalog ``offload`` points give the fuel it can pass at a distance from its
base (Il-78M: 74 t at 1,000 km and 40 t at 3,000 km; KC-135R: 150,000 lb at 1,500 mi).
Between them the curve is linear. Outside them it follows the tanker's own fuel model
(the same fuel-fraction model as every airframe, :mod:`rangecalc.model.mission`): a tanker that
flies ``d`` out and ``d`` back from a full take-off can give

    ``W1 exp(-d/K) - (W_min / F_landing) exp(d/K)``

where ``W1`` is its weight at the top of climb, ``W_min`` its empty mass plus reserve and
``K`` its range factor calibrated to its ferry range. That gives two derived points: at
the base (``d = 0``; never below the first published point), and beyond the last
published point the distance at which nothing is left if the curve falls on at the rate
the fuel model gives there. A tanker with a single
published point so gets a curve with three points, two of them derived; answers name
the derived points. The published points' spread scales the whole curve (one factor,
from the lowest to the highest relative spread of the points).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from rangecalc._core import mission as _m
from rangecalc.catalog import Airframe, Catalog, default_catalog
from rangecalc.data.errors import InputError

__all__ = ["OffloadCurve", "offload_curve", "tanker_for"]


@dataclass(frozen=True)
class OffloadCurve:
    """Fuel one tanker sortie can give against the distance it flies from its base.

    Attributes
    ----------
    tanker
        The tanker's name.
    km, kg
        The curve's points (distance from base, fuel it can give), increasing distance.
    derived
        For each point, True when it comes from the tanker's fuel model, not a source.
    scale
        (low, high) factors on the whole curve from the published points' spread.
    """

    tanker: str
    km: tuple[float, ...]
    kg: tuple[float, ...]
    derived: tuple[bool, ...]
    scale: tuple[float, float]

    def at(self, distance_km: object) -> np.ndarray:
        """Fuel [kg] given at *distance_km* from base (nominal), by the kernel's rule."""
        return _m.offload_at(self.km, self.kg, np.asarray(distance_km, dtype=float))

    def describe(self) -> str:
        """``'74 t at 1,000 km; 40 t at 3,000 km; 0 t at 5,200 km (derived)'``."""
        parts = [
            f"{kg / 1000:,.0f} t at {km:,.0f} km" + (" (derived)" if d else "")
            for km, kg, d in zip(self.km, self.kg, self.derived, strict=True)
        ]
        return "; ".join(parts)


def _fuel_model(tanker: Airframe) -> tuple[float, float, float]:
    """The tanker's own fuel model, from a full take-off at its nominal figures.

    Returns its range factor K [km], its weight at the top of climb and its lightest
    allowed weight on landing [kg].
    """
    oew, mtow = tanker.empty_mass.m("kg"), tanker.max_takeoff_mass.m("kg")
    cap = tanker.internal_fuel.m("kg")
    k = float(_m.range_factor(tanker.ferry_range.m("km"), oew, mtow, cap, _m.RESERVE))
    fuel = min(cap, mtow - oew)
    w1 = (oew + fuel) * _m.F_TAKEOFF * _m.F_CLIMB
    w_min = oew + fuel * _m.RESERVE / (1.0 + _m.RESERVE)
    return k, w1, w_min


def _give(tanker: Airframe, d_km: float) -> float:
    """Fuel [kg] the tanker's own fuel model leaves to give at *d_km* out and back."""
    k, w1, w_min = _fuel_model(tanker)
    return float(w1 * np.exp(-d_km / k) - w_min / _m.F_LANDING * np.exp(d_km / k))


def _derived_curve(tanker: Airframe) -> OffloadCurve:
    """The whole curve from the tanker's fuel model, for a tanker with no published point."""
    k, w1, w_min = _fuel_model(tanker)
    far = k / 2.0 * float(np.log(w1 * _m.F_LANDING / w_min))
    km = [far * f for f in (0.0, 0.25, 0.5, 0.75, 1.0)]
    kg = [max(_give(tanker, d), 0.0) for d in km]
    kg[-1] = 0.0
    return OffloadCurve(tanker.name, tuple(km), tuple(kg), (True,) * len(km), (1.0, 1.0))


def offload_curve(tanker: Airframe) -> OffloadCurve:
    """The offload curve of *tanker*: its published points plus derived end points.

    A tanker (an airframe with a ``refueling_system``) with no published point gets the
    whole curve from its fuel model, every point marked derived.
    """
    if not tanker.offload:
        if tanker.refueling_system is None:
            raise InputError(f"tanker: the {tanker.name} is not a tanker (no refueling_system)")
        return _derived_curve(tanker)
    km = [p.distance.m("km") for p in tanker.offload]
    kg = [p.offload.m("kg") for p in tanker.offload]
    derived = [False] * len(km)
    if km[0] > 0:
        km.insert(0, 0.0)
        kg.insert(0, max(_give(tanker, 0.0), kg[0]))
        derived.insert(0, True)
    # beyond the last point the curve falls at the rate the fuel model gives there
    step = 50.0
    slope = (_give(tanker, km[-1] + step) - _give(tanker, km[-1])) / step
    if slope < 0 and kg[-1] > 0:
        far = km[-1] + kg[-1] / -slope
        km.append(far)
        kg.append(0.0)
        derived.append(True)
    lows = [p.offload.low.to("kg").magnitude / p.offload.m("kg") for p in tanker.offload]
    highs = [p.offload.high.to("kg").magnitude / p.offload.m("kg") for p in tanker.offload]
    return OffloadCurve(
        tanker=tanker.name,
        km=tuple(km),
        kg=tuple(kg),
        derived=tuple(derived),
        scale=(float(min(lows)), float(max(highs))),
    )


def tanker_for(receiver: Airframe, tanker: Airframe | str, catalog: Catalog | None) -> Airframe:
    """The tanker *tanker*, checked: it has offload data and can pass fuel to *receiver*.

    A probe takes fuel from a drogue, a receptacle from a boom. Raises :class:`InputError`
    naming the field ``tanker`` otherwise.
    """
    tk = tanker if isinstance(tanker, Airframe) else (catalog or default_catalog()).airframe(tanker)
    if not tk.offload and tk.refueling_system is None:
        raise InputError(
            f"tanker: the {tk.name} is not a tanker: no offload data and no refueling_system "
            "in the catalog"
        )
    need = {"probe": "drogue", "boom": "boom"}.get(receiver.aerial_refueling)
    if need is not None and tk.refueling_system is not None and need not in tk.refueling_system:
        raise InputError(
            f"tanker: the {tk.name} passes fuel by {tk.refueling_system}, but the "
            f"{receiver.name} takes it by {receiver.aerial_refueling}"
        )
    return tk
