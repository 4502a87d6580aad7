"""Mission model: combat radius from fuel fractions, with payload, refuelling and uncertainty.

Model
-----
The fuel-fraction method of Raymer [1]_ (ch. 3, and ch. 17 for performance): the mission is
a chain of segments, each multiplying the aircraft's weight by a fraction.

* warm-up and take-off 0.970, climb 0.985, landing 0.995 (Raymer table 3.2);
* cruise by the Breguet range equation, ``W_i / W_i-1 = exp(-R / K)`` with the range factor
  ``K = V (L/D) / c`` [2]_;
* time on station by the endurance equation, ``exp(-E c_loiter / (L/D)_max)``: a jet
  loiters at (L/D)max, cruises at 0.866 (L/D)max, and its loiter SFC is 0.7/0.8 of the
  cruise SFC (low-bypass turbofan, Raymer table 3.3), so on station it burns
  ``0.866 * 0.875 * V / K`` of its weight per hour of flight;
* a combat allowance at the target (fuel for manoeuvring and weapon delivery), as a
  fraction of the weight there; the payload is released at the target unless told not to;
* reserve and trapped fuel, 6 % of the mission fuel (Raymer section 3.4).

Take-off mass = empty + payload + fuel, with the fuel limited by tank capacity and by the
maximum take-off mass (or a lower limit set by the runway, see :mod:`rangecalc.takeoff`).
For an out-and-back mission the landing condition is a quadratic in ``x = exp(-R/K)``,
solved in closed form, so every result is exact for the model and fully vectorised.

Calibration
-----------
No airframe has a hand-tuned constant. For each airframe:

* ``K`` is solved so that the ferry mission (no payload, full fuel within the take-off
  mass, take-off, climb, one cruise, landing, 6 % reserve) flies the catalog's
  ``ferry_range``;
* the combat allowance is fitted to one published combat-radius point (the first with a
  stated payload and profile; else the first with a stated payload; else the median point),
  and every other published point is reported with its residual, as an independent check
  (:func:`calibration`). The allowance is kept in [0, 0.5]; when a published radius lies
  beyond what the fuel and ferry range allow even with no allowance, the fit fails
  ("clipped"), the median allowance is used instead and the residual is reported.
  Airframes with no published radius take the median allowance of those
  that have one.

Profiles
--------
``hi-hi-hi`` (the calibrated cruise throughout); ``hi-lo-hi`` (high cruise, then
``low_level_distance`` at low level inbound and again outbound, 50 nmi by default, the
convention of a 100 nmi low-level dash split 50 + 50); ``lo-lo-lo`` (all at low level).
At low level the specific range is 0.43 (0.40-0.47) of that at altitude, from the Su-35S:
over 1,500 km at low altitude against 3,400-3,600 km at altitude on internal fuel (Rostec
via https://cn.apdnews.com/article/214d16b; http://mil.today/2016/Weapons32/;
https://omdertimes.com/216712). An optional supersonic dash at the target is flown at
``dash_factor`` of the cruise specific range; no published figure was found for that
factor, so it must be given and is reported as an assumption.

Uncertainty
-----------
Every figure has a low and a high value. Within the box those define, the radius is
monotone in each input except at one kind of kink: where the fuel switches between being
limited by the tanks and by the maximum take-off mass (more tank capacity then lowers the
calibrated ``K`` without adding fuel). The extremes therefore lie at the corners of the box
or on those kinks; the interval is the minimum and maximum over all corners plus the kink
points (see ``_candidates``), computed in one vectorised call, and ``tests/test_mission.py``
checks that no interior point of the box falls outside it. The nominal value uses every
input's nominal value.

Refuelling
----------
``refuelings = N`` top-ups on the way out, each filling the tanks (within the maximum
take-off mass). Without a tanker limit each is placed at the bingo point: the farthest
point from which the receiver, payload still aboard, could fly home with its reserve if the
tanker did not come. Refuelling later would be unsafe; earlier gives less fuel. With a named
tanker, each top-up is limited by the fuel the tanker can give at that distance from base,
interpolated linearly between its catalog ``offload`` points (extrapolated linearly beyond
them, never below zero), and the meeting point is chosen between base and bingo point to
extend reach most (searched on 65 points along that stretch, one top-up after another).

References
----------
.. [1] D. P. Raymer, *Aircraft Design: A Conceptual Approach*, 6th ed., AIAA, 2018,
   ch. 3 (sizing from a conceptual sketch) and ch. 17 (performance).
.. [2] J. D. Anderson, *Aircraft Performance and Design*, McGraw-Hill, 1999, section 5.13.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd

from rangecalc._core import mission as _m
from rangecalc._core.tolerance import above, below, pair, snap
from rangecalc.catalog import Airframe, Catalog, Figure, default_catalog
from rangecalc.catalog.records import PROFILES, RadiusPoint
from rangecalc.errors import InputError
from rangecalc.interval import Interval
from rangecalc.units import Quantity, magnitude, ureg

__all__ = [
    "DEFAULT_PAYLOAD_FRACTION",
    "LOW_LEVEL_FACTOR",
    "MAX_REFUELINGS",
    "PROFILES",
    "Calibration",
    "CheckPoint",
    "RadiusResult",
    "calibration",
    "combat_radius",
    "cruise_weight_fraction",
    "leaves_fuel",
    "loiter_weight_fraction",
    "max_payload",
    "payload_mass",
    "payload_radius_curve",
    "refuelings_for",
    "tanker_for",
]

#: Payload assumed when none is given, and for published radii that state none.
DEFAULT_PAYLOAD_FRACTION = 0.5
#: Specific range at low level relative to high altitude (see the module docstring).
LOW_LEVEL_FACTOR = Figure(
    value=ureg.Quantity(0.43, ""),
    low=ureg.Quantity(0.40, ""),
    high=ureg.Quantity(0.47, ""),
    source=(
        "Su-35S: >1,500 km at low altitude (Rostec via https://cn.apdnews.com/article/214d16b) "
        "against 3,400 km (http://mil.today/2016/Weapons32/) to 3,600 km "
        "(https://omdertimes.com/216712) at altitude on internal fuel"
    ),
    note="Derived ratio from sources with unlike conditions; an order of magnitude.",
)
LOW_LEVEL_DISTANCE = ureg.Quantity(50.0, "nmi")
RESERVE = _m.RESERVE
#: Most aerial top-ups one mission may ask for. A bound on the work asked of the model, far
#: beyond practice: Black Buck 1 (1982) needed seven top-ups of the Vulcan on the way out.
MAX_REFUELINGS = 100
ALLOWANCE_BOUNDS = (0.0, 0.5)

_INPUTS = ("empty_mass", "max_takeoff_mass", "internal_fuel", "ferry_range")
_CHUNK = 4096  # payload columns evaluated per call, to bound memory for large arrays


# ----------------------------------------------------------------------------- results


@dataclass(frozen=True)
class CheckPoint:
    """A published combat radius compared with the model.

    Attributes
    ----------
    point
        The published figure with its payload and profile as stated.
    payload, profile
        What the model assumed for it (the default payload when none is stated).
    model
        The model's radius interval for that payload and profile.
    used_for_fit
        True for the point the combat allowance was fitted to (not an independent check).
    """

    point: RadiusPoint
    payload: Quantity
    profile: str
    model: Interval
    used_for_fit: bool

    @property
    def residual(self) -> Quantity:
        """Model nominal minus the published value."""
        diff: Quantity = (self.model.nominal - self.point.radius.value).to("km")
        return diff

    @property
    def contained(self) -> bool:
        """True if the published value lies within the model's interval (to 1 m)."""
        lo, _, hi = self.model.magnitudes("km")
        v = self.point.radius.m("km")
        return bool(lo - 1e-3 <= v <= hi + 1e-3)


@dataclass(frozen=True)
class Calibration:
    """How one airframe was calibrated.

    Attributes
    ----------
    range_factor
        Breguet ``K = V (L/D) / c`` reproducing the ferry range, at the nominal inputs.
    allowance
        Combat allowance (fraction of the weight at the target).
    allowance_source
        ``"fitted"``, ``"clipped"`` (the fit hit a bound) or ``"default"`` (no published
        radius: the median allowance of the airframes that have one).
    checks
        Every published point with the model's interval and its residual.
    """

    airframe: str
    range_factor: Quantity
    allowance: float
    allowance_source: str
    checks: tuple[CheckPoint, ...] = ()


@dataclass(frozen=True)
class RadiusResult:
    """Combat radius of one airframe for one mission, as an interval.

    ``radius`` holds arrays when several payloads were given. ``notes`` lists everything a
    reader must know about the validity of the answer.
    """

    airframe: str
    radius: Interval
    payload: Quantity
    fuel: Quantity
    takeoff_mass: Quantity
    profile: str
    refuelings: int
    tanker: str | None
    on_station: Quantity
    recovery_distance: Quantity | None
    calibration: Calibration
    inputs: dict[str, Figure] = field(default_factory=dict)
    notes: tuple[str, ...] = ()

    @property
    def low(self) -> Quantity:
        """Lowest radius over the input uncertainty."""
        return self.radius.low

    @property
    def nominal(self) -> Quantity:
        """Radius with every input at its nominal value."""
        return self.radius.nominal

    @property
    def high(self) -> Quantity:
        """Highest radius over the input uncertainty."""
        return self.radius.high

    def sources(self) -> dict[str, str]:
        """The source of every catalog figure the result depends on."""
        return {name: fig.source or "no source given" for name, fig in self.inputs.items()}


# ----------------------------------------------------------------------------- helpers


def _airframe(airframe: Airframe | str, catalog: Catalog | None) -> Airframe:
    if isinstance(airframe, Airframe):
        return airframe
    if not isinstance(airframe, str):
        raise InputError(f"expected an airframe or its name, got {airframe!r}")
    return (catalog or default_catalog()).airframe(airframe)


def _profile(profile: str) -> str:
    if profile not in PROFILES:
        raise InputError(f"unknown profile {profile!r}; provide one of {list(PROFILES)}")
    return profile


def _candidates(
    figures: dict[str, Figure],
    units: dict[str, str],
    payload_kg: np.ndarray,
    mtow_cap: float | None = None,
) -> dict[str, np.ndarray]:
    """Input combinations at which the radius takes its extremes, nominal row first.

    The radius is monotone in each input except where the fuel switches between being
    limited by the tanks and by the maximum take-off mass: at ``capacity = MTOW - empty -
    payload`` (the mission's fuel) and ``capacity = MTOW - empty`` (the ferry fuel that
    sets K) it has a kink, and its extreme along that input may lie there rather than at a
    bound. The candidates are therefore every corner of the box, plus, for each corner of
    the other inputs, each mass input placed at those kinks (clipped to its range). Arrays
    have one row per candidate and one column per payload.
    """
    names = list(figures)
    bounds = {n: figures[n].interval(units[n]) for n in names}
    p = np.atleast_1d(payload_kg)[np.newaxis, :]
    nominal = {n: bounds[n][1] for n in names}
    spread = [n for n in names if bounds[n][0] < bounds[n][2]]
    rows: list[dict[str, Any]] = [nominal]
    for bits in itertools.product((0, 2), repeat=len(spread)):
        rows.append({**nominal, **{n: bounds[n][b] for n, b in zip(spread, bits, strict=True)}})
    corner_rows = rows[1:]
    masses = ("empty_mass", "max_takeoff_mass", "internal_fuel")
    for row in corner_rows:
        oew, mtow, cap = row["empty_mass"], row["max_takeoff_mass"], row["internal_fuel"]
        takeoff = mtow if mtow_cap is None else min(mtow, mtow_cap)
        kinks = {
            "internal_fuel": (takeoff - oew - p, mtow - oew),
            "max_takeoff_mass": (oew + cap + p, oew + cap),
            "empty_mass": (mtow - cap - p, mtow - cap),
        }
        for name in masses:
            lo, _, hi = bounds[name]
            if hi <= lo:
                continue
            for kink in kinks[name]:
                rows.append({**row, name: np.clip(kink, lo, hi)})
    width = p.shape[1]
    return {
        n: np.vstack([np.broadcast_to(np.asarray(r[n], dtype=float), (1, width)) for r in rows])
        for n in names
    }


def _spec(
    profile: str,
    *,
    low_level_factor: Any,
    low_level_km: float,
    dash_km: float,
    dash_factor: float | None,
    **kwargs: Any,
) -> _m.MissionSpec:
    legs: list[_m.Leg] = []
    cruise_factor: Any = 1.0
    if profile == "hi-lo-hi":
        legs.append(_m.Leg(low_level_km, low_level_factor))
    elif profile == "lo-lo-lo":
        cruise_factor = low_level_factor
    if dash_km > 0:
        if dash_factor is None:
            raise InputError(
                "dash: a supersonic dash needs dash_factor, the fraction of the cruise "
                "specific range kept during the dash (no published value is built in)"
            )
        legs.append(_m.Leg(dash_km, dash_factor))
    return _m.MissionSpec(cruise_factor=cruise_factor, legs=tuple(legs), **kwargs)


def refuelings_for(airframe: Airframe, refuelings: object) -> int:
    """The number of top-ups, checked.

    A whole number from 0 to :data:`MAX_REFUELINGS`, and 0 for an airframe without probe
    or receptacle; :class:`InputError` otherwise.
    """
    if isinstance(refuelings, bool) or not isinstance(refuelings, int | np.integer):
        raise InputError(f"refuelings: expected a whole number, got {refuelings!r}")
    if refuelings < 0:
        raise InputError(f"refuelings: must not be negative, got {refuelings}")
    if refuelings > MAX_REFUELINGS:
        raise InputError(
            f"refuelings: at most {MAX_REFUELINGS} top-ups are modelled, got {refuelings:,}"
        )
    if refuelings > 0 and airframe.aerial_refueling == "none":
        raise InputError(
            f"refuelings: the {airframe.name} has no refuelling probe or receptacle "
            f"(catalog aerial_refueling = 'none'), so it cannot be refuelled in flight"
        )
    return int(refuelings)


def leaves_fuel(airframe: Airframe, takeoff_mass_kg: float) -> bool:
    """True if a take-off mass [kg] leaves room for fuel above the empty mass (nominal)."""
    return bool(above(takeoff_mass_kg, airframe.empty_mass.m("kg")))


def tanker_for(receiver: Airframe, tanker: Airframe | str, catalog: Catalog | None) -> Airframe:
    """The tanker *tanker*, checked: it has offload data and can pass fuel to *receiver*.

    A probe takes fuel from a drogue, a receptacle from a boom. Raises :class:`InputError`
    naming the field ``tanker`` otherwise.
    """
    tk = _airframe(tanker, catalog)
    if not tk.offload:
        raise InputError(f"tanker: the {tk.name} has no offload data in the catalog")
    need = {"probe": "drogue", "boom": "boom"}.get(receiver.aerial_refueling)
    if need is not None and tk.refueling_system is not None and need not in tk.refueling_system:
        raise InputError(
            f"tanker: the {tk.name} passes fuel by {tk.refueling_system}, but the "
            f"{receiver.name} takes it by {receiver.aerial_refueling}"
        )
    return tk


def payload_mass(airframe: Airframe, payload: object | None) -> tuple[np.ndarray, Quantity]:
    """The payload [kg] an airframe is asked to carry, checked against its maximum.

    ``None`` means the default, :data:`DEFAULT_PAYLOAD_FRACTION` of the maximum. Returns the
    masses as an array and as a quantity. Raises :class:`InputError` for a negative payload
    or one above the maximum (compared with :mod:`rangecalc._core.tolerance`).
    """
    if payload is None:
        kg = np.asarray(DEFAULT_PAYLOAD_FRACTION * airframe.max_payload.m("kg"))
    else:
        kg = np.asarray(magnitude(payload, "kg", name="payload"), dtype=float)
    if kg.ndim > 1 or kg.size == 0:
        raise InputError("payload: give one mass or a non-empty 1-D array of masses")
    if np.any(below(kg, 0.0)):
        raise InputError(f"payload: must not be negative, got {payload}")
    limit = airframe.max_payload.high.to("kg").magnitude
    if np.any(above(kg, limit)):
        worst, top = pair(float(np.max(kg)) / 1000, limit / 1000)
        raise InputError(
            f"payload: {worst} t exceeds the {airframe.name}'s maximum payload of {top} t"
            + f" (catalog figure {airframe.max_payload.format('t', 1)})"
        )
    kg = np.asarray(snap(kg, 0.0, limit)) + 0.0  # + 0.0 turns -0.0 into 0.0
    return kg, ureg.Quantity(float(kg) if kg.ndim == 0 else kg, "kg")


# ----------------------------------------------------------------------- segment equations


def cruise_weight_fraction(
    distance: object, speed: object, lift_to_drag: float, sfc: object
) -> Any:
    """Weight fraction of a cruise by the Breguet range equation.

    ``W_i / W_i-1 = exp(-R c / (V L/D))`` [2]_. *sfc* is the thrust-specific fuel
    consumption as a rate (weight of fuel per unit thrust per hour), e.g. ``"0.5 1/h"``.
    """
    r = magnitude(distance, "km", name="distance")
    v = magnitude(speed, "km/h", name="speed")
    c = magnitude(sfc, "1/h", name="sfc")
    if np.any(np.asarray(lift_to_drag) <= 0) or np.any(np.asarray(v) <= 0):
        raise InputError("lift_to_drag and speed must be positive")
    return np.exp(-np.asarray(r) * c / (v * np.asarray(lift_to_drag, dtype=float)))


def loiter_weight_fraction(time: object, lift_to_drag: float, sfc: object) -> Any:
    """Weight fraction of a loiter by the endurance equation, ``exp(-E c / (L/D))``."""
    e = magnitude(time, "h", name="time")
    c = magnitude(sfc, "1/h", name="sfc")
    if np.any(np.asarray(lift_to_drag) <= 0):
        raise InputError("lift_to_drag must be positive")
    return np.exp(-np.asarray(e) * c / np.asarray(lift_to_drag, dtype=float))


# -------------------------------------------------------------------------- calibration


def _nominal_k(af: Airframe) -> Any:
    """Range factor K [km] at the airframe's nominal figures, read with the 6 % reserve."""
    return _m.range_factor(
        af.ferry_range.m("km"),
        af.empty_mass.m("kg"),
        af.max_takeoff_mass.m("kg"),
        af.internal_fuel.m("kg"),
        RESERVE,
    )


def _nominal_radius(
    airframe: Airframe, payload_kg: Any, profile: str, allowance: Any
) -> np.ndarray:
    oew, mtow = airframe.empty_mass.m("kg"), airframe.max_takeoff_mass.m("kg")
    cap = airframe.internal_fuel.m("kg")
    k = _nominal_k(airframe)
    spec = _spec(
        profile,
        low_level_factor=LOW_LEVEL_FACTOR.m("dimensionless"),
        low_level_km=LOW_LEVEL_DISTANCE.to("km").magnitude,
        dash_km=0.0,
        dash_factor=None,
        allowance=allowance,
        reserve=RESERVE,
    )
    return _m.radius(
        k=k,
        oew=oew,
        mtow=mtow,
        capacity=cap,
        payload=payload_kg,
        speed_kmh=airframe.cruise_speed.m("km/h"),
        spec=spec,
    )


def _point_payload(airframe: Airframe, point: RadiusPoint) -> float:
    if point.payload is not None:
        return point.payload.m("kg")
    return DEFAULT_PAYLOAD_FRACTION * airframe.max_payload.m("kg")


def _fit_index(points: tuple[RadiusPoint, ...]) -> int:
    for i, p in enumerate(points):
        if p.payload is not None and p.profile is not None:
            return i
    for i, p in enumerate(points):
        if p.payload is not None:
            return i
    order = sorted(range(len(points)), key=lambda i: points[i].radius.m("km"))
    return order[(len(order) - 1) // 2]


def _fit_allowance(airframe: Airframe, point: RadiusPoint) -> tuple[float, str]:
    payload = _point_payload(airframe, point)
    profile = point.profile or "hi-hi-hi"
    target = point.radius.m("km")
    lo, hi = ALLOWANCE_BOUNDS
    a = float(
        _m.bisect_decreasing(
            lambda al: _nominal_radius(airframe, payload, profile, al), lo, hi, np.asarray(target)
        )
    )
    if float(_nominal_radius(airframe, payload, profile, lo)) < target:
        return lo, "clipped"
    if float(_nominal_radius(airframe, payload, profile, hi)) > target:
        return hi, "clipped"
    return a, "fitted"


@lru_cache(maxsize=1)
def _default_allowance() -> float:
    fitted = []
    for a in default_catalog().airframes.values():
        if a.combat_radius:
            value, how = _fit_allowance(a, a.combat_radius[_fit_index(a.combat_radius)])
            if how == "fitted":
                fitted.append(value)
    return float(np.median(fitted)) if fitted else 0.0


@lru_cache(maxsize=256)
def _allowance(airframe: Airframe) -> tuple[float, str, int | None]:
    if not airframe.combat_radius:
        return _default_allowance(), "default", None
    i = _fit_index(airframe.combat_radius)
    value, how = _fit_allowance(airframe, airframe.combat_radius[i])
    if how == "clipped":  # the point cannot be reproduced: keep a typical allowance
        return _default_allowance(), how, i
    return value, how, i


def calibration(airframe: Airframe | str, *, catalog: Catalog | None = None) -> Calibration:
    """Range factor, combat allowance and the residual of every published radius point."""
    af = _airframe(airframe, catalog)
    allowance, how, fit_i = _allowance(af)
    k = _nominal_k(af)
    checks = []
    for i, point in enumerate(af.combat_radius):
        payload = ureg.Quantity(_point_payload(af, point), "kg")
        profile = point.profile or "hi-hi-hi"
        model = combat_radius(af, payload, profile=profile).radius
        checks.append(CheckPoint(point, payload, profile, model, used_for_fit=(i == fit_i)))
    return Calibration(
        airframe=af.name,
        range_factor=ureg.Quantity(float(k), "km"),
        allowance=allowance,
        allowance_source=how,
        checks=tuple(checks),
    )


# ------------------------------------------------------------------------------ radius


def combat_radius(
    airframe: Airframe | str,
    payload: object | None = None,
    *,
    profile: str = "hi-hi-hi",
    refuelings: int = 0,
    tanker: Airframe | str | None = None,
    on_station: object = "0 h",
    recovery_distance: object | None = None,
    release_payload: bool = True,
    dash_distance: object = "0 km",
    dash_factor: float | None = None,
    takeoff_mass_limit: object | None = None,
    reserve: float = RESERVE,
    catalog: Catalog | None = None,
) -> RadiusResult:
    """Combat radius of *airframe* carrying *payload*, as a (low, nominal, high) interval.

    Parameters
    ----------
    airframe
        An :class:`~rangecalc.catalog.Airframe` or its catalog name or alias.
    payload
        Mass carried to the target, e.g. ``"12 t"``, or an array of masses. Default: half
        the maximum payload (:data:`DEFAULT_PAYLOAD_FRACTION`).
    profile
        ``hi-hi-hi``, ``hi-lo-hi`` or ``lo-lo-lo``.
    refuelings
        Aerial top-ups on the way out; only for airframes with a probe or receptacle.
    tanker
        The tanker that gives the fuel (limits each top-up to its offload at that
        distance). Default: no limit beyond the receiver's tanks.
    on_station
        Time spent at the target (patrol, escort), e.g. ``"1 h"``.
    recovery_distance
        Length of the way home when the aircraft lands elsewhere; the result is then the
        longest way *out*. Default: back to the base it took off from.
    release_payload
        False when the payload comes home (escort fighters keeping their missiles).
    dash_distance, dash_factor
        A supersonic dash flown at the target end each way, at *dash_factor* of the cruise
        specific range.
    takeoff_mass_limit
        A lower take-off mass than the maximum (a short or hot and high runway; see
        :func:`rangecalc.takeoff_limit`).
    reserve
        Reserve and trapped fuel as a fraction of mission fuel (Raymer: 0.06).

    Returns
    -------
    RadiusResult
        ``radius`` is one way, base to target; for arrays of payloads, arrays.

    Raises
    ------
    InputError
        Unknown profile, negative or excessive payload, refuelling for an airframe without
        a probe or receptacle, a tanker without offload data, a payload that leaves no fuel.
    """
    af = _airframe(airframe, catalog)
    profile = _profile(profile)
    payload_kg, payload_q = payload_mass(af, payload)
    notes: list[str] = []
    refuelings = refuelings_for(af, refuelings)
    if not 0.0 <= reserve < 1.0:
        raise InputError(f"reserve: must be a fraction in [0, 1), got {reserve}")
    on_station_h = magnitude(on_station, "h", name="on_station")
    if below(on_station_h, 0.0):
        raise InputError(f"on_station: must not be negative, got {on_station}")
    on_station_h = float(snap(on_station_h, 0.0))
    back_km = (
        None
        if recovery_distance is None
        else magnitude(recovery_distance, "km", name="recovery_distance")
    )
    if back_km is not None and below(back_km, 0.0):
        raise InputError(f"recovery_distance: must not be negative, got {recovery_distance}")
    back_km = None if back_km is None else float(snap(back_km, 0.0))
    dash_km = magnitude(dash_distance, "km", name="dash_distance")
    if below(dash_km, 0.0):
        raise InputError(f"dash_distance: must not be negative, got {dash_distance}")
    dash_km = float(snap(dash_km, 0.0))
    if dash_factor is not None and not 0.0 < dash_factor <= 1.0:
        raise InputError(f"dash_factor: must be in (0, 1], got {dash_factor}")

    inputs: dict[str, Figure] = {n: getattr(af, n) for n in _INPUTS}
    units = {
        "empty_mass": "kg",
        "max_takeoff_mass": "kg",
        "internal_fuel": "kg",
        "ferry_range": "km",
        "cruise_speed": "km/h",
        "low_level_factor": "dimensionless",
    }
    if on_station_h > 0:
        inputs["cruise_speed"] = af.cruise_speed
    if profile != "hi-hi-hi":
        inputs["low_level_factor"] = LOW_LEVEL_FACTOR

    provenance: dict[str, Figure] = {}  # cited, but held at nominal (no spread published)
    offload_km: tuple[float, ...] = ()
    offload_kg: tuple[float, ...] = ()
    tanker_name = None
    if tanker is not None and refuelings == 0:
        notes.append("a tanker was named but no refuelling asked for; it is not used")
    elif tanker is not None:
        tk = tanker_for(af, tanker, catalog)
        tanker_name = tk.name
        offload_km = tuple(p.distance.m("km") for p in tk.offload)
        offload_kg = tuple(p.offload.m("kg") for p in tk.offload)
        for i, p in enumerate(tk.offload):
            provenance[f"tanker.offload[{i}]"] = p.offload

    limit = None
    if takeoff_mass_limit is not None:
        limit = magnitude(takeoff_mass_limit, "kg", name="takeoff_mass_limit")
        if limit <= 0:
            raise InputError(f"takeoff_mass_limit: must be positive, got {takeoff_mass_limit}")
        if not leaves_fuel(af, limit):
            allowed, empty = pair(limit / 1000, af.empty_mass.m("t"))
            raise InputError(
                f"takeoff_mass_limit: a take-off of at most {allowed} t (the runway's limit) "
                f"is not above the {af.name}'s empty mass of {empty} t: it cannot take off "
                "with any fuel"
            )
        if limit < af.max_takeoff_mass.m("kg"):
            notes.append(
                f"take-off mass limited to {limit / 1000:,.1f} t "
                f"(maximum {af.max_takeoff_mass.format('t', 1)})"
            )
    allowance, how, _ = _allowance(af)

    def evaluate(payload_cols: np.ndarray) -> np.ndarray:
        """Radius for every candidate row (axis 0) and payload column (axis 1)."""
        c = _candidates(inputs, units, payload_cols, limit)
        oew, cap = c["empty_mass"], c["internal_fuel"]
        mtow = c["max_takeoff_mass"] if limit is None else np.minimum(c["max_takeoff_mass"], limit)
        try:
            # The ferry range is read with the standard 6 % reserve, whatever this mission keeps.
            k = _m.range_factor(c["ferry_range"], oew, c["max_takeoff_mass"], cap, RESERVE)
        except ValueError:
            raise InputError(
                f"{af.name}: the catalog figures leave no fuel for the ferry mission"
            ) from None
        spec = _spec(
            profile,
            low_level_factor=c.get("low_level_factor", LOW_LEVEL_FACTOR.m("dimensionless")),
            low_level_km=LOW_LEVEL_DISTANCE.to("km").magnitude,
            dash_km=dash_km,
            dash_factor=dash_factor,
            allowance=allowance,
            reserve=reserve,
            on_station_h=on_station_h,
            release=release_payload,
            back_km=back_km,
            refuelings=int(refuelings),
            offload_km=offload_km,
            offload_kg=offload_kg,
        )
        speed = c.get("cruise_speed", af.cruise_speed.m("km/h"))
        return _m.radius(
            k=k,
            oew=oew,
            mtow=mtow,
            capacity=cap,
            payload=payload_cols[np.newaxis, :],
            speed_kmh=speed,
            spec=spec,
            inflight_mass=c["max_takeoff_mass"],  # a runway limit does not cap a top-up
        )

    flat = np.atleast_1d(payload_kg)
    parts = [evaluate(flat[i : i + _CHUNK]) for i in range(0, flat.size, _CHUNK)]
    r = np.concatenate(parts, axis=1)
    no_fuel = np.isnan(r[0])
    if np.any(no_fuel):
        worst = float(np.max(flat[no_fuel])) / 1000
        if np.ndim(payload_kg) == 0:
            raise InputError(
                f"payload: with {worst:,.1f} t aboard the {af.name} has no room for fuel "
                "under the take-off mass allowed"
            )
        notes.append(
            f"payloads of {float(np.min(flat[no_fuel])) / 1000:,.1f} t and more leave no room "
            "for fuel under the take-off mass allowed: radius NaN for those"
        )
    with np.errstate(all="ignore"):
        nominal = r[0]
        low = np.where(no_fuel, np.nan, np.nanmin(np.where(np.isnan(r), np.inf, r), axis=0))
        high = np.where(no_fuel, np.nan, np.nanmax(np.where(np.isnan(r), -np.inf, r), axis=0))
    mtow_nominal = (
        af.max_takeoff_mass.m("kg") if limit is None else min(af.max_takeoff_mass.m("kg"), limit)
    )
    k_nominal = _nominal_k(af)
    if np.any(nominal <= 0):
        notes.append("the mission cannot be flown at all with this load: radius 0")
    if how == "clipped":
        notes.append(
            "the combat allowance could not be fitted (a published radius lies beyond what the "
            "catalog's fuel and ferry range allow): the median allowance is used; see "
            "calibration()"
        )
    elif how == "default":
        notes.append("no published radius for this airframe: median combat allowance used")
    if dash_km > 0:
        notes.append(f"dash_factor {dash_factor} is an assumption (no published value)")

    squeeze = np.ndim(payload_kg) == 0
    fuel_kg = _m.fuel_loaded(
        af.empty_mass.m("kg"), mtow_nominal, af.internal_fuel.m("kg"), payload_kg
    )
    fuel_kg = np.where(fuel_kg > 0, fuel_kg, np.nan)  # no room for fuel: no fuel figure
    fuel_kg = float(fuel_kg) if np.ndim(fuel_kg) == 0 else fuel_kg
    cal = Calibration(af.name, ureg.Quantity(float(k_nominal), "km"), allowance, how)
    if squeeze:
        low, nominal, high = low[0], nominal[0], high[0]
    interval = Interval.from_magnitudes(low, nominal, high, "km")
    return RadiusResult(
        airframe=af.name,
        radius=interval,
        payload=payload_q,
        fuel=ureg.Quantity(fuel_kg, "kg"),
        takeoff_mass=ureg.Quantity(af.empty_mass.m("kg") + payload_kg + fuel_kg, "kg"),
        profile=profile,
        refuelings=int(refuelings),
        tanker=tanker_name,
        on_station=ureg.Quantity(on_station_h, "h"),
        recovery_distance=None if back_km is None else ureg.Quantity(back_km, "km"),
        calibration=cal,
        inputs={**inputs, **provenance},
        notes=tuple(notes),
    )


def max_payload(airframe: Airframe | str, radius: object, **mission: Any) -> Interval:
    """Heaviest payload for which the radius reaches *radius* (low, nominal, high).

    ``low`` is the payload for which even the lowest radius of the interval suffices;
    ``high`` the payload for which the highest does. A value of 0 means the radius is
    out of reach even empty. Takes the mission options of :func:`combat_radius`.
    """
    if "payload" in mission:
        raise InputError("max_payload: the payload is what it solves for; do not give one")
    catalog = mission.get("catalog")
    af = _airframe(airframe, catalog)
    target = np.asarray(magnitude(radius, "km", name="radius"), dtype=float)
    if np.any(below(target, 0.0)):
        raise InputError(f"radius: must not be negative, got {radius}")
    top = af.max_payload.m("kg")

    # One bisection drives all three: row k of the payload grid is judged by the k-th
    # component (low, nominal, high) of the radius interval, from a single call.
    targets = np.broadcast_to(target, (3, *np.shape(target)))

    def reach(p: Any) -> Any:
        res = combat_radius(af, ureg.Quantity(np.ravel(p), "kg"), **mission)
        parts = [np.reshape(m, np.shape(p)) for m in res.radius.magnitudes("km")]
        return np.stack([parts[k][k] for k in range(3)])

    lo, nom, hi = _m.bisect_decreasing(reach, 0.0, top, targets, iterations=40)
    return Interval.from_magnitudes(lo, nom, hi, unit="kg")


def payload_radius_curve(
    airframe: Airframe | str, *, points: int = 25, **mission: Any
) -> pd.DataFrame:
    """Radius interval for payloads from zero to the maximum, as a DataFrame.

    Columns: ``payload_t``, ``radius_low_km``, ``radius_nominal_km``, ``radius_high_km``,
    ``fuel_t``, ``takeoff_mass_t``. Takes the mission options of :func:`combat_radius`.
    Under a ``takeoff_mass_limit`` the payloads stop where the limit leaves no room for
    fuel; ``frame.attrs["notes"]`` says so, with the notes of the radius.
    """
    af = _airframe(airframe, mission.get("catalog"))
    if isinstance(points, bool) or not isinstance(points, int) or not 2 <= points <= 10_000:
        raise InputError(f"points: expected a whole number from 2 to 10,000, got {points!r}")
    top = af.max_payload.m("kg")
    kg = np.linspace(0.0, top, points)
    notes: list[str] = []
    if mission.get("takeoff_mass_limit") is not None:
        limit = magnitude(mission["takeoff_mass_limit"], "kg", name="takeoff_mass_limit")
        room = limit - af.empty_mass.m("kg")  # combat_radius refuses a limit below empty
        if 0 < room < top:
            notes.append(
                f"payloads stop short of {room / 1000:,.1f} t: that or a heavier load leaves "
                f"no room for fuel under the {limit / 1000:,.1f} t take-off mass allowed "
                f"(maximum payload {af.max_payload.format('t', 1)})"
            )
            kg = np.linspace(0.0, room, points + 1)[:-1]  # the last would carry no fuel
    res = combat_radius(af, ureg.Quantity(kg, "kg"), **mission)
    low, nom, high = res.radius.magnitudes("km")
    frame = pd.DataFrame(
        {
            "payload_t": kg / 1000.0,
            "radius_low_km": low,
            "radius_nominal_km": nom,
            "radius_high_km": high,
            "fuel_t": np.asarray(res.fuel.to("t").magnitude),
            "takeoff_mass_t": np.asarray(res.takeoff_mass.to("t").magnitude),
        }
    )
    frame.attrs["notes"] = [*notes, *res.notes]
    return frame
