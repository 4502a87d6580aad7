"""Plain-float kernels of the mission model: masses in kg, distances in km, times in h.

See :mod:`rangecalc.mission` for the model, its assumptions and references. Every
function here broadcasts over numpy arrays, so that one call evaluates many payloads and
all corners of the input uncertainty box at once.

Notation: ``w`` weights (masses), ``k`` the Breguet range factor ``K = V (L/D) / c``
[km], ``x = exp(-R / K)`` for a cruise of length ``R``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

__all__ = [
    "F_CLIMB",
    "F_LANDING",
    "F_TAKEOFF",
    "LOITER_BURN_PER_CRUISE",
    "MAX_RANGE_FACTOR_KM",
    "RESERVE",
    "Leg",
    "MissionSpec",
    "bisect_decreasing",
    "fuel_loaded",
    "radius",
    "range_factor",
]

Array = npt.NDArray[np.float64]

#: Historical mission-segment weight fractions, Raymer (2018) table 3.2.
F_TAKEOFF = 0.970
F_CLIMB = 0.985
F_LANDING = 0.995

#: Fuel burn rate on station relative to cruise, per unit time: a jet loiters at (L/D)max,
#: cruises at 0.866 (L/D)max, and its loiter SFC is 0.7/0.8 of cruise SFC (low-bypass
#: turbofan, Raymer table 3.3), so d(ln W)/dt on station = 0.866 * 0.875 * V / K.
LOITER_BURN_PER_CRUISE = 0.866 * 0.875

#: Reserve and trapped fuel as a fraction of mission fuel, Raymer (2018) section 3.4; a
#: published ferry range is read with it, whatever reserve a mission keeps.
RESERVE = 0.06
#: Largest physically plausible range factor K = V (L/D) / c [km]: L/D 40 at 1,000 km/h
#: with a TSFC of 0.4 /h. Catalog airframes lie between 6,800 and 22,000 km.
MAX_RANGE_FACTOR_KM = 100_000.0


def fuel_loaded(oew: Any, mtow: Any, capacity: Any, payload: Any) -> Any:
    """Fuel that fits both the tanks and the take-off mass limit [kg]."""
    return np.minimum(capacity, mtow - oew - payload)


def range_factor(ferry_range: Any, oew: Any, mtow: Any, capacity: Any, reserve: Any) -> Array:
    """Breguet range factor K [km] that makes the ferry mission fly *ferry_range*.

    Ferry mission: no payload, fuel up to the tanks and the take-off mass limit, warm-up
    and take-off, climb, one cruise, landing, with *reserve* (fraction of mission fuel)
    left in the tanks. Raises ``ValueError`` if the inputs leave no fuel for cruising.
    """
    fuel = np.minimum(capacity, mtow - oew)
    w0 = oew + fuel
    w_end = w0 - fuel / (1.0 + reserve)
    cruise_fraction = w_end / (w0 * F_TAKEOFF * F_CLIMB * F_LANDING)
    if np.any(fuel <= 0) or np.any(cruise_fraction >= 1.0):
        raise ValueError("no fuel left for cruise in the ferry mission")
    return np.asarray(ferry_range / -np.log(cruise_fraction), dtype=float)


@dataclass(frozen=True)
class Leg:
    """A stretch flown at a different specific range near the target, each way.

    ``distance`` [km] is flown inbound and again outbound, at ``factor`` times the
    cruise specific range (0.43 for low level, say).
    """

    distance: float
    factor: Any


@dataclass(frozen=True)
class MissionSpec:
    """Everything about a mission except the airframe figures (plain floats).

    Attributes
    ----------
    cruise_factor
        Specific range of the main cruise relative to the calibrated one (1 for high
        altitude, the low-level factor for lo-lo-lo).
    legs
        Special legs at the target end (low-level ingress/egress, supersonic dash).
    allowance
        Fraction of the weight at the target burnt in combat and weapon delivery.
    reserve
        Reserve and trapped fuel as a fraction of mission fuel (Raymer: 0.06).
    on_station_h
        Time spent at the target (patrol, escort) [h].
    release
        True if the payload is dropped at the target; False if it is carried home.
    back_km
        ``None`` for an out-and-back mission; else the fixed length of the way home
        [km] (recovery at another base), and the solved distance is the way out.
    refuelings
        Number of aerial top-ups on the way out.
    offload_km, offload_kg
        Tanker offload curve (distance from base, fuel it can give); empty for no limit.
    """

    cruise_factor: Any = 1.0
    legs: tuple[Leg, ...] = ()
    allowance: Any = 0.0
    reserve: float = 0.06
    on_station_h: float = 0.0
    release: bool = True
    back_km: float | None = None
    refuelings: int = 0
    offload_km: tuple[float, ...] = field(default=())
    offload_kg: tuple[float, ...] = field(default=())


def _offload(spec: MissionSpec, at_km: Array) -> Array:
    if not spec.offload_km:
        return np.full(np.shape(at_km), np.inf)
    # Linear in distance between the published points, extrapolated, never negative.
    km = np.asarray(spec.offload_km, dtype=float)
    kg = np.asarray(spec.offload_kg, dtype=float)
    if km.size == 1:
        return np.full(np.shape(at_km), kg[0])
    slope = (kg[-1] - kg[0]) / (km[-1] - km[0])
    inside = np.interp(at_km, km, kg)
    outside = kg[0] + slope * (at_km - km[0])
    beyond = (at_km < km[0]) | (at_km > km[-1])
    return np.asarray(np.maximum(np.where(beyond, outside, inside), 0.0), dtype=float)


def radius(
    *,
    k: Any,
    oew: Any,
    mtow: Any,
    capacity: Any,
    payload: Any,
    speed_kmh: Any,
    spec: MissionSpec,
    inflight_mass: Any = None,
) -> Array:
    """Combat radius [km] (or the way out, with ``spec.back_km``) for each input element.

    *mtow* limits the take-off (fuel loaded); *inflight_mass* (default *mtow*) limits the
    weight after an aerial top-up. Returns 0 where the mission cannot be flown at all, and
    NaN where the payload leaves no room for fuel under the take-off mass.
    """
    oew, mtow, capacity, payload, k = (
        np.asarray(a, dtype=float) for a in (oew, mtow, capacity, payload, k)
    )
    top = mtow if inflight_mass is None else np.asarray(inflight_mass, dtype=float)
    fuel = fuel_loaded(oew, mtow, capacity, payload)
    no_fuel = fuel <= 0
    fuel = np.where(no_fuel, np.nan, fuel)
    w0 = oew + payload + fuel
    reserve_fuel = fuel * spec.reserve / (1.0 + spec.reserve)
    dropped = payload if spec.release else 0.0
    # Lightest allowed weight on landing: empty, reserve fuel, and the payload if kept.
    w_land = w0 - dropped - fuel / (1.0 + spec.reserve)
    # For an abort before the target the payload is still aboard.
    w_abort = oew + payload + reserve_fuel
    k_main = k * spec.cruise_factor
    on_station = np.exp(-spec.on_station_h * LOITER_BURN_PER_CRUISE * speed_kmh / k_main)
    target = (1.0 - spec.allowance) * on_station
    legs_km = sum(leg.distance for leg in spec.legs)

    def excess(limit_km: float | None) -> Any:
        """Extra burn of the special legs (as a fraction of ln W), capped at *limit_km*."""
        total = np.zeros(np.shape(k_main))
        for leg in spec.legs:
            d = leg.distance if limit_km is None else min(leg.distance, limit_km)
            total = total + d * (1.0 / np.asarray(leg.factor) - 1.0) / k_main
        return total

    a_out = np.exp(-excess(None))
    if spec.back_km is not None:
        # the way home: special legs only as far as it goes, the rest at cruise
        home = F_LANDING * np.exp(-excess(spec.back_km)) * np.exp(-spec.back_km / k_main)

    def solve(w_start: Any, k_cruise: Any, a_leg: Any) -> Array:
        if spec.back_km is None:
            a = F_LANDING * w_start * a_leg**2 * target
            b = F_LANDING * dropped * a_leg
            x = (b + np.sqrt(b * b + 4.0 * a * w_land)) / (2.0 * a)
        else:
            x = (w_land / home + dropped) / (w_start * a_leg * target)
        return np.asarray(np.where(x < 1.0, -k_cruise * np.log(x), 0.0), dtype=float)

    slowest: Any = 1.0
    for leg in spec.legs:
        slowest = np.minimum(slowest, leg.factor)

    def reach(w_start: Any) -> Array:
        r = solve(w_start, k_main, a_out)
        if spec.legs:
            # A radius shorter than the special legs is flown wholly at the slowest of them.
            r_short = solve(w_start, k_main * slowest, 1.0)
            r = np.where(r < legs_km, np.minimum(r_short, legs_km), r)
        return r

    # Aerial refuelling. Each top-up happens on the way out: no farther than the bingo
    # point (from which the receiver, payload aboard, could still fly home if the tanker
    # did not come) and short of the special legs of the radius already in hand. Without a
    # tanker limit the farthest such point is best; with one, the point is searched.
    w = w0 * F_TAKEOFF * F_CLIMB  # weight at the top of climb, s = 0
    s = np.zeros(np.shape(w))
    w_full = np.minimum(oew + payload + capacity, top)
    fractions = np.linspace(0.0, 1.0, 65) if spec.offload_km else np.array([1.0])
    for _ in range(spec.refuelings):
        bingo = np.maximum((s + k_main * np.log(w * F_LANDING / w_abort)) / 2.0, s)
        before_target = np.maximum(reach(w * np.exp(s / k_main)) - legs_km, s)
        far = np.minimum(bingo, before_target)
        grid = fractions.reshape((-1,) + (1,) * np.ndim(far))
        s_c = s + grid * (far - s)
        w_before = w * np.exp(-(s_c - s) / k_main)
        room = np.maximum(w_full - w_before, 0.0)
        w_after = w_before + np.minimum(room, _offload(spec, s_c))
        best = np.argmax(w_after * np.exp(s_c / k_main), axis=0)
        w_next = np.take_along_axis(w_after, best[np.newaxis], axis=0)[0]
        s_next = np.take_along_axis(s_c, best[np.newaxis], axis=0)[0]
        settled = np.allclose(w_next, w, rtol=1e-12, atol=0.0, equal_nan=True) and np.allclose(
            s_next, s, rtol=1e-12, atol=1e-9, equal_nan=True
        )
        w, s = w_next, s_next
        if settled:  # a further top-up changes nothing: the plan has converged
            break
    r = reach(w * np.exp(s / k_main))
    return np.asarray(np.where(no_fuel, np.nan, r), dtype=float)


def bisect_decreasing(f: Any, lo: Any, hi: Any, target: Any, iterations: int = 60) -> Array:
    """Vectorised bisection for ``f(p) = target`` with *f* non-increasing in *p*.

    Returns the largest ``p`` in [lo, hi] with ``f(p) >= target`` (``lo`` if none).
    """
    lo = np.asarray(lo, dtype=float) + np.zeros(np.shape(target))
    hi = np.asarray(hi, dtype=float) + np.zeros(np.shape(target))
    ok_hi = f(hi) >= target
    for _ in range(iterations):
        mid = 0.5 * (lo + hi)
        good = f(mid) >= target
        lo = np.where(good, mid, lo)
        hi = np.where(good, hi, mid)
    return np.asarray(np.where(ok_hi, hi, lo), dtype=float)
