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
maximum take-off mass (or a lower limit set by the runway, see :mod:`rangecalc.model.takeoff`).
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
* in the uncertainty box (below), the allowance is fitted again in every corner, to the
  same point with that point's own spread (its radius, and its payload when the source
  gives one): each corner is then an airframe that flies the published point, and the
  spread of ``K`` no longer widens the answer at the very mission the figure describes.

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
A :class:`~rangecalc.model.plan.Refueling` plan asks for top-ups on the way out and on the way
back. Each fills the receiver's tanks (within the maximum take-off mass), limited by what
one tanker sortie can give at the distance it has flown from its base: its offload curve
(:mod:`rangecalc.model.tankers`), or no limit when no tanker is named. The model places the
top-ups by a dynamic programme over the track (``rangecalc._core.mission``): along a
cruise ``u = ln W + s/K`` is constant, a heavier receiver is never worse off, so the best
``u`` after ``k`` top-ups at each of 65 points per leg, plus the exact point where the
fuel would reach the reserve, is all it needs; no top-up is ever taken after the fuel has
fallen below the reserve. ``"optimal"`` placement lets the tankers come where they help
most; ``"safe"`` only where the receiver, should its tanker not come, could still fly to
its diversion field (by default the base it came from: the bingo rule) and land with its
reserve. With any top-up planned, drop tanks stay on to be refilled. The radius is then
found by bisection on the landing condition, to a metre.

External tanks and calibration
------------------------------
A mission may carry the tanks its airframe lists (:class:`~rangecalc.model.plan.TankLoad`):
their fuel is burnt first, at the specific range their drag leaves (the catalog's drag is
a fraction of specific range per tank), and drop tanks are jettisoned when empty. The
ferry range is calibrated with the configuration it was published for (the catalog's
``ferry_tanks``; when the sources leave two open, each bounds the interval), so ``K`` is
the clean aircraft's and is not inflated by tank fuel.

Reserves
--------
The reserve is a named rule (:mod:`rangecalc.model.reserves`): by default Raymer's 6 % of the
mission fuel, or a time-based military rule. Published ferry ranges are always read with
the 6 % rule.

References
----------
.. [1] D. P. Raymer, *Aircraft Design: A Conceptual Approach*, 6th ed., AIAA, 2018,
   ch. 3 (sizing from a conceptual sketch) and ch. 17 (performance).
.. [2] J. D. Anderson, *Aircraft Performance and Design*, McGraw-Hill, 1999, section 5.13.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from rangecalc._core import mission as _m
from rangecalc._core.tolerance import above, below, pair, snap
from rangecalc.catalog import Airframe, Catalog, Figure, default_catalog
from rangecalc.catalog.records import PROFILES, RadiusPoint
from rangecalc.data.errors import InputError
from rangecalc.data.interval import Interval
from rangecalc.data.units import Quantity, magnitude, ureg
from rangecalc.model.plan import MAX_TOP_UPS, Mission, Refueling, TankLoad
from rangecalc.model.sampling import Sampling, draw
from rangecalc.model.tankers import OffloadCurve, offload_curve, tanker_for

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
    "reaches",
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
#: Most aerial top-ups one mission may ask for each way (:data:`~rangecalc.model.plan.MAX_TOP_UPS`).
MAX_REFUELINGS = MAX_TOP_UPS
ALLOWANCE_BOUNDS = (0.0, 0.5)

_INPUTS = ("empty_mass", "max_takeoff_mass", "internal_fuel", "ferry_range")
_UNITS = {
    "empty_mass": "kg",
    "max_takeoff_mass": "kg",
    "internal_fuel": "kg",
    "ferry_range": "km",
    "cruise_speed": "km/h",
    "low_level_factor": "dimensionless",
}
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
    mission: Mission = field(default_factory=Mission)
    sorties: int = 0

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


class _Box:
    """The uncertainty box of a question: its inputs' bounds and every corner, as arrays.

    Built once per :class:`_Model`; :meth:`candidates` adds, for each payload asked, the
    kink points of the mass inputs (see :func:`_candidates`) without rebuilding the corners.
    """

    #: Inputs whose extremes may lie on a kink of the fuel limit rather than at a bound.
    MASSES = ("empty_mass", "max_takeoff_mass", "internal_fuel")

    def __init__(self, figures: dict[str, Figure], units: dict[str, str]) -> None:
        self.names = list(figures)
        bounds = np.array([figures[n].interval(units[n]) for n in self.names], dtype=float)
        bounds = bounds.reshape(len(self.names), 3)
        self.bounds = {n: tuple(float(v) for v in bounds[i]) for i, n in enumerate(self.names)}
        spread = np.flatnonzero(bounds[:, 0] < bounds[:, 2])
        # every corner, in the order itertools.product((0, 2), ...) gives them
        bits = (np.arange(2**spread.size)[:, np.newaxis] >> np.arange(spread.size)[::-1]) & 1
        corners = np.repeat(bounds[np.newaxis, :, 1], bits.shape[0], axis=0)
        corners[:, spread] = np.where(bits == 1, bounds[spread, 2], bounds[spread, 0])
        self.corners = corners  # (corners, inputs)
        self.nominal = bounds[:, 1]
        self.masses = [n for n in self.MASSES if self.bounds[n][0] < self.bounds[n][2]]

    def candidates(
        self, payload_kg: np.ndarray, mtow_cap: float | None = None
    ) -> dict[str, np.ndarray]:
        """Nominal row, every corner, then each corner with each mass input at its kinks.

        One row per candidate and one column per payload for the mass inputs; the other
        inputs do not depend on the payload and have one column.
        """
        p = np.atleast_1d(np.asarray(payload_kg, dtype=float))[np.newaxis, :]
        col = {n: i for i, n in enumerate(self.names)}
        corners, nc, nm = self.corners, self.corners.shape[0], len(self.masses)
        head = np.vstack([self.nominal[np.newaxis, :], corners])  # (1 + nc, inputs)
        per = 2 * nm  # kink rows per corner
        kink_rows = np.repeat(corners, per, axis=0)  # (nc * per, inputs)
        out = {
            n: np.concatenate([head[:, col[n]], kink_rows[:, col[n]]])[:, np.newaxis]
            for n in self.names
        }
        if nm == 0:
            return out
        oew = corners[:, col["empty_mass"], np.newaxis]
        mtow = corners[:, col["max_takeoff_mass"], np.newaxis]
        cap = corners[:, col["internal_fuel"], np.newaxis]
        takeoff = mtow if mtow_cap is None else np.minimum(mtow, mtow_cap)
        kinks = {
            "internal_fuel": (takeoff - oew - p, mtow - oew + 0 * p),
            "max_takeoff_mass": (oew + cap + p, oew + cap + 0 * p),
            "empty_mass": (mtow - cap - p, mtow - cap + 0 * p),
        }
        width = p.shape[1]
        for j, name in enumerate(self.masses):
            lo, _, hi = self.bounds[name]
            full = np.broadcast_to(out[name], (out[name].shape[0], width)).copy()
            block = full[1 + nc :].reshape(nc, per, width)
            for m, kink in enumerate(kinks[name]):
                block[:, 2 * j + m] = np.clip(kink, lo, hi)
            out[name] = full
        return out


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
    have one row per candidate and one column per payload (one column for an input that
    does not depend on the payload); :class:`_Box` builds the corners once per question.
    """
    return _Box(figures, units).candidates(payload_kg, mtow_cap)


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


def leaves_fuel(airframe: Airframe, takeoff_mass_kg: float) -> bool:
    """True if a take-off mass [kg] leaves room for fuel above the empty mass (nominal)."""
    return bool(above(takeoff_mass_kg, airframe.empty_mass.m("kg")))


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
    """Range factor K [km] at the airframe's nominal figures.

    Read with the 6 % reserve and the tanks the ferry range was published with.
    """
    return _m.range_factor(
        af.ferry_range.m("km"),
        af.empty_mass.m("kg"),
        af.max_takeoff_mass.m("kg"),
        af.internal_fuel.m("kg"),
        RESERVE,
        _kernel_tanks(_ferry_uses(af)[0], {}, jettison=True),
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


def _fit_allowance(airframe: Airframe, index: int) -> tuple[float, str]:
    """The allowance with which the nominal figures fly published point *index*.

    The rule every corner of the uncertainty box uses (:class:`_FitPoint`), at the
    nominal row; "clipped" when the point lies beyond what no allowance, or the largest,
    reproduces.
    """
    fit = _FitPoint.of(airframe, index)
    nominal = {
        "empty_mass": airframe.empty_mass.m("kg"),
        "max_takeoff_mass": airframe.max_takeoff_mass.m("kg"),
        "internal_fuel": airframe.internal_fuel.m("kg"),
        fit.key: fit.point.radius.m("km"),
    }
    a = float(fit.allowance({k: np.asarray(v) for k, v in nominal.items()}, _nominal_k(airframe)))
    lo, hi = ALLOWANCE_BOUNDS
    return a, ("fitted" if lo < a < hi else "clipped")


class Calibrations:
    """The fitted combat allowances of one catalog's airframes, computed once each.

    Held by the catalog (``Catalog.derived``), so a cache never serves another catalog:
    the median allowance that airframes without a published radius take is the median
    of *their* catalog. :func:`calibrations` returns the one of a catalog.
    """

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        # keyed by name, each with the record it was fitted for: hashing an airframe hashes
        # every quantity it holds (milliseconds), and a changed record must not hit
        self._fits: dict[str, tuple[Airframe, tuple[float, str, int | None]]] = {}
        self._checks: dict[str, tuple[Airframe, Calibration]] = {}
        self._median: float | None = None

    def median(self) -> float:
        """Median of the allowances fitted (not clipped) across the catalog's airframes."""
        if self._median is None:
            fitted = []
            for a in self.catalog.airframes.values():
                if a.combat_radius:
                    value, how = _fit_allowance(a, _fit_index(a.combat_radius))
                    if how == "fitted":
                        fitted.append(value)
            self._median = float(np.median(fitted)) if fitted else 0.0
        return self._median

    def allowance(self, airframe: Airframe) -> tuple[float, str, int | None]:
        """(allowance, how it was found, index of the point it was fitted to)."""
        held = self._fits.get(airframe.name)
        if held is not None and (held[0] is airframe or held[0] == airframe):
            return held[1]
        fit: tuple[float, str, int | None]
        if not airframe.combat_radius:
            fit = (self.median(), "default", None)
        else:
            i = _fit_index(airframe.combat_radius)
            value, how = _fit_allowance(airframe, i)
            # a point that cannot be reproduced: a typical allowance
            fit = (self.median(), how, i) if how == "clipped" else (value, how, i)
        self._fits[airframe.name] = (airframe, fit)
        return fit

    def calibration(self, airframe: Airframe) -> Calibration:
        """The :class:`Calibration` of *airframe* (see :func:`calibration`), computed once."""
        held = self._checks.get(airframe.name)
        if held is not None and (held[0] is airframe or held[0] == airframe):
            return held[1]
        found = _calibration(airframe, self.catalog, self.allowance(airframe))
        self._checks[airframe.name] = (airframe, found)
        return found


def calibrations(catalog: Catalog | None = None) -> Calibrations:
    """The :class:`Calibrations` of *catalog* (default: the built-in one)."""
    cat = catalog or default_catalog()
    found = cat.derived.get("calibrations")
    if not isinstance(found, Calibrations):
        found = Calibrations(cat)
        cat.derived["calibrations"] = found
    return found


def calibration(airframe: Airframe | str, *, catalog: Catalog | None = None) -> Calibration:
    """Range factor, combat allowance and the residual of every published radius point."""
    af = _airframe(airframe, catalog)
    return calibrations(catalog).calibration(af)


def _calibration(af: Airframe, catalog: Catalog, fit: tuple[float, str, int | None]) -> Calibration:
    allowance, how, fit_i = fit
    k = _nominal_k(af)
    checks = []
    for i, point in enumerate(af.combat_radius):
        payload = ureg.Quantity(_point_payload(af, point), "kg")
        profile = point.profile or "hi-hi-hi"
        flown = Mission(
            payload=payload,
            profile=profile,
            tanks=tuple(TankLoad(count=c, name=n) for c, n in point.tanks),
        )
        model = combat_radius(af, flown, catalog=catalog).radius
        checks.append(CheckPoint(point, payload, profile, model, used_for_fit=(i == fit_i)))
    return Calibration(
        airframe=af.name,
        range_factor=ureg.Quantity(float(k), "km"),
        allowance=allowance,
        allowance_source=how,
        checks=tuple(checks),
    )


# ------------------------------------------------------------------------------- tanks


@dataclass(frozen=True)
class _TankUse:
    """One kind of tank in a configuration: how many, and its figures."""

    count: int
    key: str  # input name prefix, e.g. "tanks[370 gal wing]"
    fuel: Figure
    drag: Figure
    mass: Figure | None
    conformal: bool
    label: str


def _tank_uses(af: Airframe, loads: tuple[TankLoad, ...], field_name: str) -> list[_TankUse]:
    uses = []
    for i, load in enumerate(loads):
        if load.name is not None:
            try:
                t = af.tank(load.name)
            except KeyError:
                listed = ", ".join(repr(x.name) for x in af.tanks)
                raise InputError(
                    f"{field_name}: the {af.name} lists no tank {load.name!r}"
                    + (f" (it lists {listed})" if listed else " (its catalog entry lists none)")
                ) from None
            uses.append(
                _TankUse(
                    load.count,
                    f"tanks[{t.name}]",
                    t.fuel,
                    t.drag,
                    t.mass,
                    t.conformal,
                    f"{load.count} x {t.name}",
                )
            )
        else:
            assert load.fuel is not None
            assert load.mass is not None
            assert load.drag is not None
            src = "given in the mission"
            uses.append(
                _TankUse(
                    load.count,
                    f"tanks[inline {i}]",
                    Figure.exact(load.fuel, src),
                    Figure.exact(ureg.Quantity(load.drag, ""), src),
                    Figure.exact(load.mass, src),
                    load.conformal,
                    load.describe(),
                )
            )
    return uses


#: The three inputs through which every tank's figures vary together: a factor on each
#: tank's fuel, drag and empty mass. The tanks of one airframe share their sources (the
#: drag of every drop tank is one derived figure), so their errors go together, and the
#: box keeps three dimensions however many kinds of tank a mission and its ferry range use.
_TANK_SCALES = ("tanks.fuel", "tanks.drag", "tanks.mass")


def _tank_inputs(
    groups: list[list[_TankUse]],
) -> tuple[dict[str, Figure], dict[str, str], dict[str, Figure]]:
    """The tank factors of the uncertainty box, and each tank figure for provenance."""
    figures: dict[str, Figure] = {}
    units: dict[str, str] = {}
    cited: dict[str, Figure] = {}
    spans: dict[str, list[tuple[float, float, str]]] = {k: [] for k in _TANK_SCALES}
    for uses in groups:
        for u in uses:
            for what, fig in (("fuel", u.fuel), ("drag", u.drag), ("mass", u.mass)):
                if fig is None:
                    continue
                cited[f"{u.key}.{what}"] = fig
                unit = "kg" if what != "drag" else "dimensionless"
                lo, v, hi = fig.interval(unit)
                if v > 0:
                    spans[f"tanks.{what}"].append((lo / v, hi / v, fig.source or ""))
    for name, span in spans.items():
        if not span:
            continue
        lo = min(x[0] for x in span)
        hi = max(x[1] for x in span)
        if lo < hi:
            sources = "; ".join(dict.fromkeys(x[2] for x in span if x[2]))
            figures[name] = Figure(
                ureg.Quantity(1.0, ""), ureg.Quantity(lo, ""), ureg.Quantity(hi, ""), sources
            )
            units[name] = "dimensionless"
    return figures, units, cited


def _kernel_tanks(uses: list[_TankUse], values: dict[str, Any], jettison: bool) -> _m.Tanks:
    """Totals of a configuration, scaled by the tank factors in *values*.

    *values* holds candidate columns, or nothing for the nominal figures.
    """
    acc: dict[str, Any] = dict.fromkeys(("df", "dm", "dd", "ff", "fm", "fd"), 0.0)
    f_fuel = values.get("tanks.fuel", 1.0)
    f_drag = values.get("tanks.drag", 1.0)
    f_mass = values.get("tanks.mass", 1.0)
    for u in uses:
        fuel = u.fuel.m("kg") * u.count * f_fuel
        drag = u.drag.m("dimensionless") * u.count * f_drag
        mass = u.mass.m("kg") * u.count * f_mass if u.mass is not None else 0.0
        pre = "f" if u.conformal else "d"
        acc[pre + "f"] = acc[pre + "f"] + fuel
        acc[pre + "m"] = acc[pre + "m"] + mass
        acc[pre + "d"] = acc[pre + "d"] + drag
    return _m.Tanks(
        drop_fuel=acc["df"],
        drop_mass=acc["dm"],
        drop_drag=acc["dd"],
        fixed_fuel=acc["ff"],
        fixed_mass=acc["fm"],
        fixed_drag=acc["fd"],
        jettison=jettison,
    )


def _ferry_uses(af: Airframe) -> list[list[_TankUse]]:
    """The ferry range's configuration, or its two alternatives."""
    return [
        _tank_uses(af, tuple(TankLoad(count=c, name=n) for c, n in config), "ferry_tanks")
        for config in af.ferry_tanks
    ]


#: Input that picks the ferry configuration when the sources allow two (0 or 1).
_FERRY_CONFIG = "ferry_tanks"


def _ferry_k(af: Airframe, configs: list[list[_TankUse]], c: dict[str, Any], mtow: Any) -> Any:
    """K for every candidate row, under the ferry configuration the row picks."""
    ks = [
        _m.range_factor(
            c["ferry_range"],
            c["empty_mass"],
            mtow,
            c["internal_fuel"],
            RESERVE,
            _kernel_tanks(config, c, jettison=True),
        )
        for config in configs
    ]
    if len(ks) == 1:
        return ks[0]
    pick = np.asarray(c.get(_FERRY_CONFIG, 0.0))
    return np.where(pick > 0.5, ks[1], ks[0])


# ------------------------------------------------------------------------------ radius


@dataclass(frozen=True)
class _FitPoint:
    """The published radius point the combat allowance is fitted to, flown per row.

    The nominal calibration (:class:`Calibrations`) fits one allowance at the nominal
    figures. Applied unchanged across the uncertainty box, that allowance would pair a
    low range factor with the allowance fitted to a high one, and the interval would
    disagree with the very point it was fitted to. Fitting it in every row instead keeps
    each row an airframe that flies the published point, within that point's own spread.
    """

    key: str
    point: RadiusPoint
    payload_kg: float
    profile: str
    uses: list[_TankUse]
    speed_kmh: float

    @classmethod
    def of(cls, af: Airframe, index: int) -> _FitPoint:
        point = af.combat_radius[index]
        uses = _tank_uses(
            af, tuple(TankLoad(count=n, name=name) for n, name in point.tanks), "combat_radius"
        )
        return cls(
            f"combat_radius[{index}]",
            point,
            _point_payload(af, point),
            point.profile or "hi-hi-hi",
            uses,
            af.cruise_speed.m("km/h"),
        )

    def allowance(self, c: dict[str, Any], k: Any) -> np.ndarray:
        """The allowance with which each row's figures fly the point's radius.

        Rows that cannot fly it even with no allowance get none; rows that fly beyond it
        with the largest get the largest (the bounds of :data:`ALLOWANCE_BOUNDS`).
        """
        lo, hi = ALLOWANCE_BOUNDS
        tanks = _kernel_tanks(self.uses, c, jettison=True)
        low_level = c.get("low_level_factor", LOW_LEVEL_FACTOR.m("dimensionless"))
        figures = {
            "k": k,
            "oew": c["empty_mass"],
            "mtow": c["max_takeoff_mass"],
            "capacity": c["internal_fuel"],
            "payload": c.get(self.key + ".payload", self.payload_kg),
            "speed_kmh": c.get("cruise_speed", self.speed_kmh),
        }

        def spec(al: Any) -> _m.MissionSpec:
            return _spec(
                self.profile,
                low_level_factor=low_level,
                low_level_km=LOW_LEVEL_DISTANCE.to("km").magnitude,
                dash_km=0.0,
                dash_factor=None,
                allowance=al,
                tanks=tanks,
            )

        if _m.closed_form_applies(spec(0.0)):  # exact and one pass: the usual case
            a = _m.allowance_for(c[self.key], spec=spec(0.0), **figures)
            return np.asarray(np.where(np.isnan(a), lo, np.clip(a, lo, hi)), dtype=float)

        def fly(al: Any) -> np.ndarray:
            return _m.radius(spec=spec(al), **figures)

        return _m.bisect_decreasing(fly, lo, hi, c[self.key], tolerance=_ALLOWANCE_TOLERANCE)


#: Width at which the per-row allowance fit stops: 1e-6 of the weight at the target,
#: a few metres of radius.
_ALLOWANCE_TOLERANCE = 1.0e-6


def _full_takeoff(oew: Any, payload: Any, capacity: Any, tanks: _m.Tanks) -> Any:
    """Take-off mass [kg] with every tank full: empty, payload, tanks and all their fuel."""
    return (
        oew
        + payload
        + capacity
        + tanks.drop_fuel
        + tanks.fixed_fuel
        + tanks.drop_mass
        + tanks.fixed_mass
    )


def refuelings_for(airframe: Airframe, plan: Refueling) -> Refueling:
    """The refuelling plan, checked against the airframe (it needs a probe or receptacle)."""
    if plan.total > 0 and airframe.aerial_refueling == "none":
        raise InputError(
            f"refuelings: the {airframe.name} has no refuelling probe or receptacle "
            f"(catalog aerial_refueling = 'none'), so it cannot be refuelled in flight"
        )
    return plan


def _track(track: _m.Track | None, divert_km: float | None) -> Any:
    """The kernel track of one leg: the one given, or a constant diversion distance."""
    if track is not None or divert_km is None:
        return track
    far = 1.0e9  # beyond any leg: the diversion distance stays constant all along
    return _m.Track(at=(0.0, far), tanker=(0.0, far), divert=(divert_km, divert_km))


_PLAN_NOTE = "refuelling plan "
_OFFLOAD_NOTE = ": each top-up at most its offload, "
_UNUSED_TANKER = "a tanker was named but no refuelling asked for; it is not used"


def _plan_note(plan: Refueling) -> str:
    """The note that says how a plan's top-ups are split and placed."""
    placed = (
        "at the distances given (one beyond its leg's end is taken at that end)"
        if plan.out_at is not None or plan.back_at is not None
        else (
            "where they extend reach most, the tankers coming as planned"
            if plan.placement == "optimal"
            else "only where the receiver could still reach its diversion field without that top-up"
        )
    )
    return (
        f"{_PLAN_NOTE}{plan.split} (out+back), placed {placed}; "
        f"{plan.total} tanker sortie{'s' if plan.total != 1 else ''}, one per top-up"
    )


class _Model:
    """One airframe flying one mission: the figures, their spread and the kernel spec.

    Built once per question; :meth:`radius` and :meth:`margin` evaluate it for payload
    columns (and radii), every corner of the uncertainty box in one call.
    """

    def __init__(
        self,
        airframe: Airframe | str,
        mission: Mission | None,
        catalog: Catalog | None,
        tracks: tuple[_m.Track | None, _m.Track | None] | None,
    ) -> None:
        af = _airframe(airframe, catalog)
        mission = Mission() if mission is None else mission
        if not isinstance(mission, Mission):
            raise InputError(
                f'mission: expected a Mission such as Mission(payload="12 t"), got {mission!r}'
            )
        profile = mission.profile
        payload_kg, payload_q = payload_mass(af, mission.payload)
        plan = refuelings_for(af, mission.refueling)
        notes: list[str] = [f"reserve: {mission.reserve.describe()}"]
        back_km = mission.recovery_km
        dash_km = mission.dash_km

        inputs: dict[str, Figure] = {n: getattr(af, n) for n in _INPUTS}
        units = dict(_UNITS)
        if mission.on_station_h > 0 or mission.reserve.minutes > 0:
            inputs["cruise_speed"] = af.cruise_speed
        if profile != "hi-hi-hi":
            inputs["low_level_factor"] = LOW_LEVEL_FACTOR

        # The combat allowance is fitted, in every row of the box, to the published radius
        # point the nominal calibration uses, so each row is one consistent airframe.
        allowance, how, fit_i = calibrations(catalog).allowance(af)
        fit: _FitPoint | None = None
        if how == "fitted" and fit_i is not None:
            fit = _FitPoint.of(af, fit_i)
            inputs[fit.key] = fit.point.radius
            units[fit.key] = "km"
            if fit.point.payload is not None:  # the point's stated load, with its spread
                inputs[fit.key + ".payload"] = fit.point.payload
                units[fit.key + ".payload"] = "kg"
            if fit.profile != "hi-hi-hi":
                inputs["low_level_factor"] = LOW_LEVEL_FACTOR

        # external tanks: the mission's, those the ferry range was published with, and
        # those of the radius point the allowance is fitted to
        uses = _tank_uses(af, mission.tanks, "tanks")
        ferry_uses = _ferry_uses(af)
        f, u, cited = _tank_inputs([uses, *ferry_uses, fit.uses if fit is not None else []])
        inputs.update(f)
        units.update(u)
        if len(ferry_uses) > 1:
            inputs[_FERRY_CONFIG] = Figure(
                ureg.Quantity(0.0, ""),
                ureg.Quantity(0.0, ""),
                ureg.Quantity(1.0, ""),
                "the sources do not say which tanks the published ferry range was flown with",
            )
            units[_FERRY_CONFIG] = "dimensionless"
        described = [", ".join(x.label for x in g) or "internal fuel only" for g in ferry_uses]
        if len(described) > 1:
            notes.append(
                f"ferry range read as published with {described[0]} or with {described[1]} "
                "(the sources do not say which: both bound the interval; calibration flies "
                "each, so K is the clean aircraft's)"
            )
        elif ferry_uses[0]:
            notes.append(
                f"ferry range read as published with {described[0]} (calibration flies that "
                "configuration, so K is the clean aircraft's)"
            )
        if uses:
            notes.append(
                "external tanks: "
                + ", ".join(x.label for x in uses)
                + (
                    "; kept all mission to be refilled, their drag paid throughout"
                    if plan.total and any(not x.conformal for x in uses)
                    else (
                        "; drop tanks burnt first and jettisoned when empty"
                        if mission.jettison_tanks and any(not x.conformal for x in uses)
                        else ""
                    )
                )
            )

        provenance: dict[str, Figure] = dict(cited)  # cited; they vary through the factors
        curve: OffloadCurve | None = None
        tanker_name = None
        if plan.tanker is not None and plan.total == 0:
            notes.append(_UNUSED_TANKER)
        elif plan.tanker is not None:
            tk = tanker_for(af, plan.tanker, catalog)
            tanker_name = tk.name
            curve = offload_curve(tk)
            for i, p in enumerate(tk.offload):
                provenance[f"tanker.offload[{i}]"] = p.offload
            lo_s, hi_s = curve.scale
            if lo_s < hi_s:
                inputs["tanker.offload"] = Figure(
                    ureg.Quantity(1.0, ""),
                    ureg.Quantity(lo_s, ""),
                    ureg.Quantity(hi_s, ""),
                    tk.offload[0].offload.source,
                )
                units["tanker.offload"] = "dimensionless"
            notes.append(f"tanker {tk.name}{_OFFLOAD_NOTE}{curve.describe()}")
        if plan.total:
            if plan.tanker is None:
                notes.append(
                    "no tanker named: each top-up fills the tanks wherever the plan puts it "
                    "(name a tanker to limit it by its offload against its distance flown)"
                )
            notes.append(_plan_note(plan))
            if plan.tanker_base is not None and tracks is None:
                raise InputError(
                    "refuelings.tanker_base: a tanker base needs the route (evaluate a claim); "
                    "combat_radius alone has no geography"
                )
        divert = (
            None if plan.diversion is None or isinstance(plan.diversion, str) else plan.diversion
        )
        divert_km = None if divert is None else float(divert.to("km").magnitude)
        if isinstance(plan.diversion, str) and tracks is None:
            raise InputError(
                "refuelings.diversion: a diversion place needs the route (evaluate a claim); "
                "give combat_radius a distance instead"
            )
        out_track, back_track = tracks if tracks is not None else (None, None)
        out_track = _track(out_track, divert_km)
        back_track = _track(back_track, divert_km)

        limit = None
        if mission.takeoff_mass_limit is not None:
            limit = mission.takeoff_mass_limit.to("kg").magnitude
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
        self.fit = fit
        self.box = _Box(inputs, units)
        self.catalog, self.tracks = catalog, tracks
        self._plans: dict[tuple[int, int], _Model] = {}
        self._sibling: _Model | None = None
        #: A copy (another split of top-ups) shares this model's box for the kernel;
        #: its result() is that of a model built for its own mission.
        self._copy = False
        self.af, self.mission, self.plan, self.profile = af, mission, plan, profile
        self.payload_kg, self.payload_q = payload_kg, payload_q
        self.notes, self.inputs, self.units, self.provenance = notes, inputs, units, provenance
        self.uses, self.ferry_uses, self.curve = uses, ferry_uses, curve
        self.tanker_name, self.limit = tanker_name, limit
        self.allowance, self.how = allowance, how
        self.out_track, self.back_track = out_track, back_track
        self.back_km, self.dash_km = back_km, dash_km

    def _kernel(
        self, payload_cols: np.ndarray, rows: dict[str, np.ndarray] | None = None
    ) -> dict[str, Any]:
        """Kernel arguments for every row (axis 0) and payload column (axis 1).

        The rows are the candidates of the uncertainty box (:func:`_candidates`), or the
        figure values given in *rows* (one 1-D array per input, e.g. samples); with
        *rows*, *payload_cols* may also be a column, one payload per row.
        """
        af, mission, plan, curve, limit = self.af, self.mission, self.plan, self.curve, self.limit
        if rows is None:
            c = self.box.candidates(payload_cols, limit)
        else:
            c = {n: np.asarray(v, dtype=float).reshape(-1, 1) for n, v in rows.items()}
        if payload_cols.ndim == 1:
            payload_cols = payload_cols[np.newaxis, :]
        oew, cap = c["empty_mass"], c["internal_fuel"]
        mtow = c["max_takeoff_mass"] if limit is None else np.minimum(c["max_takeoff_mass"], limit)
        tanks = _kernel_tanks(self.uses, c, jettison=mission.jettison_tanks)
        if mission.full_fuel:  # an overload take-off: every tank full whatever the limit
            mtow = np.maximum(mtow, _full_takeoff(oew, payload_cols, cap, tanks))
        try:
            # The ferry range is read with the standard 6 % reserve, whatever this mission
            # keeps, and with the tanks it was published for.
            k = _ferry_k(af, self.ferry_uses, c, c["max_takeoff_mass"])
        except ValueError:
            raise InputError(
                f"{af.name}: the catalog figures leave no fuel for the ferry mission"
            ) from None
        allowance = self.allowance if self.fit is None else self.fit.allowance(c, k)
        spec = _spec(
            self.profile,
            low_level_factor=c.get("low_level_factor", LOW_LEVEL_FACTOR.m("dimensionless")),
            low_level_km=LOW_LEVEL_DISTANCE.to("km").magnitude,
            dash_km=self.dash_km,
            dash_factor=mission.dash_factor,
            allowance=allowance,
            reserve=mission.reserve.kernel(),
            on_station_h=mission.on_station_h,
            release=mission.release_payload,
            back_km=self.back_km,
            out=plan.out,
            back=plan.back,
            safe=plan.placement == "safe",
            out_at=None if plan.out_at is None else tuple(q.m_as("km") for q in plan.out_at),
            back_at=None if plan.back_at is None else tuple(q.m_as("km") for q in plan.back_at),
            offload_km=() if curve is None else curve.km,
            offload_kg=() if curve is None else curve.kg,
            offload_scale=c.get("tanker.offload", 1.0),
            out_track=self.out_track,
            back_track=self.back_track,
            tanks=tanks,
        )
        return {
            "k": k,
            "oew": oew,
            "mtow": mtow,
            "capacity": cap,
            "payload": payload_cols,
            "speed_kmh": c.get("cruise_speed", af.cruise_speed.m("km/h")),
            "spec": spec,
            # a runway limit does not cap a top-up; an overload take-off raises the cap
            "inflight_mass": np.maximum(c["max_takeoff_mass"], mtow),
        }

    def radius(
        self, payload_cols: np.ndarray, rows: dict[str, np.ndarray] | None = None
    ) -> np.ndarray:
        """Radius [km] per row (candidates, or *rows*) and payload column."""
        return _m.radius(**self._kernel(payload_cols, rows))

    def margin(
        self, r_km: Any, payload_cols: np.ndarray, rows: dict[str, np.ndarray] | None = None
    ) -> np.ndarray:
        """Landing margin (``ln`` of landing over lightest allowed weight) at radius *r_km*."""
        return _m.margin(r_km, **self._kernel(payload_cols, rows))

    def sample(self, sampling: Sampling) -> dict[str, np.ndarray]:
        """Every uncertain input drawn *sampling.samples* times (see the sampling module)."""
        return draw(self.inputs, self.units, sampling, choices=(_FERRY_CONFIG,))

    # -- the questions asked of one model --------------------------------------------

    def with_plan(self, out: int, back: int) -> _Model:
        """The same model with another split of top-ups (the tanker and its options kept).

        A split is a copy sharing this model's box and calibration, except the first with
        top-ups from a model without any (the tanker's figures join the box): that one is
        built anew and the rest copied from it. Each split is made once and kept here.
        """
        key = (out, back)
        given = self.plan.out_at is not None or self.plan.back_at is not None
        if key == (self.plan.out, self.plan.back) and not given:
            return self
        held = self._plans.get(key)
        if held is not None:
            return held
        mission = self.mission.with_refueling(Refueling(out=out, back=back))
        if out + back > 0 and self.plan.total == 0:
            # top-ups bring the tanker's figures into the box: one model with them, from
            # which the other splits are copied
            if self._sibling is None:
                self._sibling = _Model(self.af, mission, self.catalog, self.tracks)
            model = self._sibling.with_plan(out, back)
        else:
            # No top-ups leave the tanker's figures in the box unused: their rows repeat
            # others, so the extremes, and every answer, are those of a model without them.
            model = copy.copy(self)
            model.mission, model.plan = mission, mission.refueling
            notes = [n for n in self.notes if not n.startswith(_PLAN_NOTE)]
            if model.plan.total:
                notes.append(_plan_note(model.plan))
            elif model.plan.tanker is not None:
                notes = [n for n in notes if _OFFLOAD_NOTE not in n] + [_UNUSED_TANKER]
            model.notes = notes
            model._plans, model._sibling, model._copy = {}, self._sibling, True
        self._plans[key] = model
        return model

    def reaches(self, km: float) -> tuple[bool, bool, bool]:
        """Whether the low, nominal and high radius reach *km* (the landing condition)."""
        if np.ndim(self.payload_kg) != 0:
            raise InputError("reaches: give one payload, not an array")
        ok = self.margin(km, np.atleast_1d(self.payload_kg))[:, 0] >= 0
        return bool(np.all(ok)), bool(ok[0]), bool(np.any(ok))

    def reaches_low(self, km: np.ndarray, payload_kg: float) -> np.ndarray:
        """Whether every row of the box flies each distance *km* with *payload_kg* aboard.

        One kernel call for all the distances (one payload column each); no distance
        (zero or less) is always reached.
        """
        km = np.atleast_1d(np.asarray(km, dtype=float))
        m = self.margin(np.maximum(km, 0.0)[np.newaxis, :], np.full(km.size, payload_kg))
        ok: np.ndarray = np.all(m >= 0, axis=0) | (km <= 0)
        return ok

    def max_payload(self, km: np.ndarray) -> np.ndarray:
        """Heaviest payload [kg] that flies each distance *km*: rows low, nominal, high.

        One bisection to 1 kg drives all three, judged by the landing condition at the
        distance asked: low where every row of the box reaches, nominal where the nominal
        row does, high where any row does (no radius is solved on the way).
        """
        flat = np.atleast_1d(np.asarray(km, dtype=float))

        def ok(p: np.ndarray) -> np.ndarray:
            m = self.margin(np.tile(flat, 3)[np.newaxis, :], p.reshape(-1)) >= 0
            m = m.reshape(m.shape[0], 3, flat.size)
            rows = [np.all(m[:, 0], axis=0), m[0, 1], np.any(m[:, 2], axis=0)]
            return np.stack(rows).astype(float)

        top = self.af.max_payload.m("kg")
        best: np.ndarray = _m.bisect_decreasing(
            ok, 0.0, top, np.ones((3, flat.size)), tolerance=1.0
        )
        return best

    def one_payload(self, caller: str) -> np.ndarray:
        """The payload column of a rows evaluation (rows of figures take one payload)."""
        if np.ndim(self.payload_kg) != 0:
            raise InputError(f"{caller}: give one payload, not an array")
        return np.atleast_1d(self.payload_kg)

    def rows_radius(self, rows: FigureRows) -> np.ndarray:
        """Radius [km] for every row of figures, in one kernel call."""
        return self.radius(self.one_payload("radius_rows"), rows.values)[:, 0]

    def rows_reach(self, distance: object, rows: FigureRows) -> np.ndarray:
        """Whether each row of figures flies *distance* (one, or one per row)."""
        p = self.one_payload("reaches_rows")
        km = _row_distances(distance, rows, "distance")
        m = self.margin(np.maximum(km, 0.0), p, rows.values)
        ok: np.ndarray = (m[:, 0] >= 0) | (km[:, 0] <= 0)
        return ok

    def rows_max_payload(self, distance: object, rows: FigureRows) -> np.ndarray:
        """Heaviest payload [kg] with which each row flies *distance*, to 1 kg (NaN: none)."""
        km = np.maximum(_row_distances(distance, rows, "distance"), 0.0)
        n = len(rows)

        def ok(p: np.ndarray) -> np.ndarray:
            m = self.margin(km, np.asarray(p, dtype=float).reshape(-1, 1), rows.values)[:, 0]
            return np.asarray(m >= 0, dtype=float)

        best = _m.bisect_decreasing(ok, 0.0, self.af.max_payload.m("kg"), np.ones(n), tolerance=1.0)
        empty = ok(np.zeros(n)) > 0
        return np.asarray(np.where(empty, best, np.nan), dtype=float)

    def result(self) -> RadiusResult:
        """The radius interval at this model's payload, with its notes and sources."""
        if self._copy:  # notes, tanker and sources are those of its own mission
            return _Model(self.af, self.mission, self.catalog, self.tracks).result()
        return _radius_result(self)

    def sampled(self, sampling: Sampling) -> FigureRows:
        """The figures drawn as *sampling* says, as rows."""
        values = self.sample(sampling)
        return FigureRows(
            values, dict(self.inputs), dict(self.units), ("sample",) * sampling.samples
        )


def combat_radius(
    airframe: Airframe | str,
    mission: Mission | None = None,
    *,
    catalog: Catalog | None = None,
    tracks: tuple[_m.Track | None, _m.Track | None] | None = None,
) -> RadiusResult:
    """Combat radius of *airframe* flying *mission*, as a (low, nominal, high) interval.

    Parameters
    ----------
    airframe
        An :class:`~rangecalc.catalog.Airframe` or its catalog name or alias.
    mission
        What is flown (:class:`~rangecalc.model.plan.Mission`); default ``Mission()``: half the
        maximum payload, hi-hi-hi, no refuelling, no external tanks, the default reserve.
    catalog
        Where names (airframe, tanker) are looked up; default the built-in catalog.
    tracks
        Tanker and diversion distances along the way out and the way back (built by a
        scenario from the route and the places it names); default: tankers fly from the
        receiver's base along its track, and the diversion field is that base.

    Returns
    -------
    RadiusResult
        ``radius`` is one way, base to target (the way out when recovering elsewhere);
        for arrays of payloads, arrays.

    Raises
    ------
    InputError
        A payload above the maximum or leaving no fuel, refuelling for an airframe
        without probe or receptacle, a tanker without offload data or of the wrong kind,
        a tank the airframe does not list, a tanker base without a route.
    """
    return _Model(airframe, mission, catalog, tracks).result()


def _radius_result(model: _Model) -> RadiusResult:
    """The :class:`RadiusResult` of a model: its interval at its payload, and its notes."""
    af, mission, plan = model.af, model.mission, model.plan
    payload_kg, payload_q = model.payload_kg, model.payload_q
    notes, inputs, provenance = list(model.notes), model.inputs, model.provenance
    limit, how, allowance = model.limit, model.how, model.allowance
    uses, profile, tanker_name, dash_km = (
        model.uses,
        model.profile,
        model.tanker_name,
        model.dash_km,
    )
    flat = np.atleast_1d(payload_kg)
    chunk = _CHUNK if not plan.total else max(1, _CHUNK // 64)
    parts = [model.radius(flat[i : i + chunk]) for i in range(0, flat.size, chunk)]
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
    used = {**inputs, **{k: v for k, v in provenance.items() if k.startswith("tanks[")}}
    assumed = [f"{name} ±{fig.assumed_spread:.0%}" for name, fig in used.items() if fig.assumed]
    if assumed:
        notes.append(
            "assumed spread (no source gives one; the default of its kind, see "
            "rangecalc.catalog.spread): " + ", ".join(assumed)
        )
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
        notes.append(f"dash_factor {mission.dash_factor} is an assumption (no published value)")

    squeeze = np.ndim(payload_kg) == 0
    tanks_nominal = _kernel_tanks(uses, {}, mission.jettison_tanks)
    dead = tanks_nominal.drop_mass + tanks_nominal.fixed_mass
    full = af.internal_fuel.m("kg") + tanks_nominal.drop_fuel + tanks_nominal.fixed_fuel
    fuel_kg = np.minimum(full, mtow_nominal - af.empty_mass.m("kg") - payload_kg - dead)
    if mission.full_fuel:
        fuel_kg = full + np.zeros(np.shape(payload_kg))
        over = _full_takeoff(
            af.empty_mass.m("kg"), payload_kg, af.internal_fuel.m("kg"), tanks_nominal
        )
        mtow_range = af.max_takeoff_mass.interval("kg")
        heaviest = float(np.max(over))
        if heaviest > mtow_range[0]:
            where = "above" if heaviest > mtow_range[1] else "above the low end of"
            notes.append(
                f"full fuel at take-off, as the mission states: {heaviest / 1000:,.1f} t, "
                f"{where} the catalog's maximum take-off mass of "
                f"{af.max_takeoff_mass.format('t', 1)}: an overload take-off there, "
                "not checked (runway, tyres, climb)"
            )
        else:
            notes.append(
                f"full fuel at take-off, as the mission states: {heaviest / 1000:,.1f} t, "
                "within the catalog's maximum take-off mass"
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
        takeoff_mass=ureg.Quantity(af.empty_mass.m("kg") + payload_kg + dead + fuel_kg, "kg"),
        profile=profile,
        refuelings=plan.total,
        tanker=tanker_name,
        on_station=mission.on_station,
        recovery_distance=mission.recovery_distance,
        calibration=cal,
        inputs={**inputs, **provenance},
        notes=tuple(notes),
        mission=mission,
        sorties=plan.total,
    )


def max_payload(
    airframe: Airframe | str,
    radius: object,
    mission: Mission | None = None,
    *,
    catalog: Catalog | None = None,
    tracks: tuple[_m.Track | None, _m.Track | None] | None = None,
) -> Interval:
    """Heaviest payload for which the radius reaches *radius* (low, nominal, high).

    ``low`` is the payload for which even the lowest radius of the interval suffices;
    ``high`` the payload for which the highest does. A value of 0 means the radius is
    out of reach even empty. The payload of *mission* is ignored: it is what is solved.
    """
    af = _airframe(airframe, catalog)
    mission = Mission() if mission is None else mission
    target = np.asarray(magnitude(radius, "km", name="radius"), dtype=float)
    if np.any(below(target, 0.0)):
        raise InputError(f"radius: must not be negative, got {radius}")
    model = _Model(af, mission.with_payload(None), catalog, tracks)
    best = model.max_payload(target)
    shape = np.shape(target)
    low, nom, high = (best[k].reshape(shape) for k in range(3))
    if not shape:
        low, nom, high = float(low), float(nom), float(high)
    return Interval.from_magnitudes(low, nom, high, unit="kg")


def payload_radius_curve(
    airframe: Airframe | str,
    mission: Mission | None = None,
    *,
    points: int = 25,
    catalog: Catalog | None = None,
) -> pd.DataFrame:
    """Radius interval for payloads from zero to the maximum, as a DataFrame.

    Columns: ``payload_t``, ``radius_low_km``, ``radius_nominal_km``, ``radius_high_km``,
    ``fuel_t``, ``takeoff_mass_t``. The payload of *mission* is ignored. Under a
    ``takeoff_mass_limit`` the payloads stop where the limit leaves no room for fuel;
    ``frame.attrs["notes"]`` says so, with the notes of the radius.
    """
    af = _airframe(airframe, catalog)
    mission = Mission() if mission is None else mission
    if isinstance(points, bool) or not isinstance(points, int) or not 2 <= points <= 10_000:
        raise InputError(f"points: expected a whole number from 2 to 10,000, got {points!r}")
    top = af.max_payload.m("kg")
    kg = np.linspace(0.0, top, points)
    notes: list[str] = []
    if mission.takeoff_mass_limit is not None:
        limit = float(mission.takeoff_mass_limit.to("kg").magnitude)
        room = limit - af.empty_mass.m("kg")  # combat_radius refuses a limit below empty
        if 0 < room < top:
            notes.append(
                f"payloads stop short of {room / 1000:,.1f} t: that or a heavier load leaves "
                f"no room for fuel under the {limit / 1000:,.1f} t take-off mass allowed "
                f"(maximum payload {af.max_payload.format('t', 1)})"
            )
            kg = np.linspace(0.0, room, points + 1)[:-1]  # the last would carry no fuel
    res = combat_radius(af, mission.with_payload(ureg.Quantity(kg, "kg")), catalog=catalog)
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


def reaches(
    airframe: Airframe | str,
    distance: object,
    mission: Mission | None = None,
    *,
    catalog: Catalog | None = None,
    tracks: tuple[_m.Track | None, _m.Track | None] | None = None,
) -> tuple[bool, bool, bool]:
    """Whether the low, nominal and high radius of *mission* reach *distance*.

    The same answer as comparing :func:`combat_radius` with *distance*, without solving
    for the radius: the landing condition is checked at *distance* for every corner of
    the uncertainty box at once (one payload only). Used to search refuelling plans.
    """
    model = _Model(airframe, mission, catalog, tracks)
    return model.reaches(float(magnitude(distance, "km", name="distance")))


# ------------------------------------------------------------------ figures row by row


@dataclass(frozen=True)
class FigureRows:
    """Values of a mission's uncertain figures, one row each, to fly through the kernel.

    Built by :func:`sampled_figures` (random draws) or :func:`one_at_a_time` (each figure
    at its low and its high end, the rest nominal). ``values`` holds one 1-D array per
    input name; ``figures`` and ``units`` say what each input is and the unit of its
    values; ``labels`` names what each row is (``"nominal"``, ``"ferry_range low"``, or
    ``"sample"``).
    """

    values: dict[str, np.ndarray]
    figures: dict[str, Figure]
    units: dict[str, str]
    labels: tuple[str, ...]

    def __len__(self) -> int:
        return len(self.labels)

    def take(self, index: np.ndarray) -> FigureRows:
        """The rows at *index* (an integer or boolean array), in that order."""
        labels = np.asarray(self.labels, dtype=object)[index]
        return FigureRows(
            {n: v[index] for n, v in self.values.items()},
            self.figures,
            self.units,
            tuple(str(x) for x in labels),
        )

    def extend(self, other: FigureRows) -> FigureRows:
        """These rows, then *other*'s (figures missing from one take their nominal value)."""
        figures = {**self.figures, **other.figures}
        units = {**self.units, **other.units}
        values = {}
        for n, f in figures.items():
            nominal = f.interval(units[n])[1]
            parts = [rows.values.get(n, np.full(len(rows), nominal)) for rows in (self, other)]
            values[n] = np.concatenate(parts)
        return FigureRows(values, figures, units, self.labels + other.labels)


def _row_distances(distance: object, rows: FigureRows, name: str) -> np.ndarray:
    """One distance [km] per row, as a column: a scalar for every row, or one each."""
    km = np.asarray(magnitude(distance, "km", name=name), dtype=float)
    if km.ndim == 0:
        return np.full((len(rows), 1), float(km))
    if km.shape != (len(rows),):
        raise InputError(f"{name}: give one distance, or one per row ({len(rows)})")
    return km.reshape(-1, 1)


def sampled_figures(
    airframe: Airframe | str,
    mission: Mission | None = None,
    *,
    sampling: Sampling | None = None,
    catalog: Catalog | None = None,
    tracks: tuple[_m.Track | None, _m.Track | None] | None = None,
) -> FigureRows:
    """Every figure the mission's radius depends on, drawn as the sampling module says."""
    sampling = Sampling() if sampling is None else sampling
    return _Model(airframe, mission, catalog, tracks).sampled(sampling)


def one_at_a_time(
    airframe: Airframe | str,
    missions: tuple[Mission, ...] = (),
    *,
    catalog: Catalog | None = None,
    tracks: tuple[_m.Track | None, _m.Track | None] | None = None,
) -> FigureRows:
    """The nominal row, then each uncertain figure at its low and at its high end.

    The figures are those of every mission in *missions* (a refuelling plan brings the
    tanker's offload), the rest held at their nominal values. A choice between two
    readings (``ferry_tanks``) takes each reading.
    """
    return _one_at_a_time([_Model(airframe, m, catalog, tracks) for m in missions or (Mission(),)])


def _one_at_a_time(models: Sequence[_Model]) -> FigureRows:
    """:func:`one_at_a_time` for the figures of *models*."""
    inputs: dict[str, Figure] = {}
    units: dict[str, str] = {}
    for model in models:
        inputs.update(model.inputs)
        units.update(model.units)
    nominal = {n: f.interval(units[n])[1] for n, f in inputs.items()}
    rows: list[dict[str, float]] = [nominal]
    labels = ["nominal"]
    for name, fig in inputs.items():
        lo, _, hi = fig.interval(units[name])
        if lo < hi:
            rows += [{**nominal, name: lo}, {**nominal, name: hi}]
            labels += [f"{name} low", f"{name} high"]
    values = {n: np.array([r[n] for r in rows], dtype=float) for n in inputs}
    return FigureRows(values, inputs, units, tuple(labels))


def radius_rows(
    airframe: Airframe | str,
    mission: Mission | None,
    rows: FigureRows,
    *,
    catalog: Catalog | None = None,
    tracks: tuple[_m.Track | None, _m.Track | None] | None = None,
) -> np.ndarray:
    """Radius [km] of *mission* for every row of figures (one payload), in one kernel call."""
    return _Model(airframe, mission, catalog, tracks).rows_radius(rows)


def radius_samples(
    airframe: Airframe | str,
    mission: Mission | None = None,
    *,
    sampling: Sampling | None = None,
    catalog: Catalog | None = None,
    tracks: tuple[_m.Track | None, _m.Track | None] | None = None,
) -> np.ndarray:
    """Radius [km] of *mission* for each of *sampling.samples* draws of its figures.

    The distribution behind :func:`combat_radius`'s interval: every sample lies within it
    (see :mod:`rangecalc.model.sampling` for how each figure is drawn).
    """
    rows = sampled_figures(airframe, mission, sampling=sampling, catalog=catalog, tracks=tracks)
    return radius_rows(airframe, mission, rows, catalog=catalog, tracks=tracks)


def reaches_rows(
    airframe: Airframe | str,
    distance: object,
    mission: Mission | None,
    rows: FigureRows,
    *,
    catalog: Catalog | None = None,
    tracks: tuple[_m.Track | None, _m.Track | None] | None = None,
) -> np.ndarray:
    """Whether each row of figures flies *mission* to *distance* (one boolean per row).

    *distance* is one distance for every row or one per row; a row asked for no distance
    (zero or less) reaches.
    """
    return _Model(airframe, mission, catalog, tracks).rows_reach(distance, rows)


def max_payload_rows(
    airframe: Airframe | str,
    distance: object,
    mission: Mission | None,
    rows: FigureRows,
    *,
    catalog: Catalog | None = None,
    tracks: tuple[_m.Track | None, _m.Track | None] | None = None,
) -> np.ndarray:
    """Heaviest payload [kg] with which each row of figures flies *distance*.

    *distance* is one for every row or one per row. NaN for a row that cannot fly it
    even empty. One vectorised bisection over the rows, to 1 kg; the payload of
    *mission* is ignored.
    """
    af = _airframe(airframe, catalog)
    mission = Mission() if mission is None else mission
    return _Model(af, mission.with_payload(None), catalog, tracks).rows_max_payload(distance, rows)
