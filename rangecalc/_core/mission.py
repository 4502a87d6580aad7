"""Plain-float kernels of the mission model: masses in kg, distances in km, times in h.

See :mod:`rangecalc.model.mission` for the model, its assumptions and references. Every
function here broadcasts over numpy arrays, so that one call evaluates many payloads and
all corners of the input uncertainty box at once.

Notation: ``w`` weights (masses), ``k`` the Breguet range factor ``K = V (L/D) / c``
[km]. Along a cruise at constant ``K`` the quantity ``u = ln w + s / K`` stays constant
(``s`` the distance flown), which is what makes the placement of aerial top-ups a cheap
dynamic programme (:func:`margin`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
import numpy.typing as npt

__all__ = [
    "F_CLIMB",
    "F_LANDING",
    "F_TAKEOFF",
    "GRID",
    "LOITER_BURN_PER_CRUISE",
    "MAX_RANGE_FACTOR_KM",
    "RESERVE",
    "Leg",
    "MissionSpec",
    "Reserve",
    "Tanks",
    "Track",
    "bisect_decreasing",
    "fuel_loaded",
    "margin",
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
#: Precision of a radius found by bisection [km].
TOLERANCE_KM = 1e-3
#: Points per leg at which the dynamic programme may place a top-up (besides the exact
#: point where the fuel would reach the reserve, which is always a candidate).
GRID = 65


def fuel_loaded(oew: Any, mtow: Any, capacity: Any, payload: Any) -> Any:
    """Fuel that fits both the tanks and the take-off mass limit [kg]."""
    return np.minimum(capacity, mtow - oew - payload)


@dataclass(frozen=True)
class Tanks:
    """External fuel carried, as totals over all tanks (plain floats or arrays).

    ``drop_*`` are jettisonable tanks, burnt first and dropped when empty if ``jettison``;
    ``fixed_*`` are conformal tanks, never dropped. ``*_fuel`` and ``*_mass`` (the empty
    tanks) in kg, ``*_drag`` the fraction of specific range lost while they are carried.
    """

    drop_fuel: Any = 0.0
    drop_mass: Any = 0.0
    drop_drag: Any = 0.0
    fixed_fuel: Any = 0.0
    fixed_mass: Any = 0.0
    fixed_drag: Any = 0.0
    jettison: bool = True

    @property
    def any(self) -> bool:
        """True if any external fuel or tank is carried."""
        return bool(
            np.any(np.asarray(self.drop_fuel) > 0)
            or np.any(np.asarray(self.fixed_fuel) > 0)
            or np.any(np.asarray(self.drop_mass) > 0)
            or np.any(np.asarray(self.fixed_mass) > 0)
        )


@dataclass(frozen=True)
class Reserve:
    """Fuel kept at landing, as a fraction of the fuel at take-off and minutes of loiter.

    ``of_fuel`` times the fuel at take-off, plus (or, with ``at_least``, at least)
    ``minutes`` of loiter at the landing weight, at the loiter burn rate of the clean
    aircraft.
    """

    of_fuel: float = RESERVE / (1.0 + RESERVE)
    minutes: float = 0.0
    at_least: bool = False


@dataclass(frozen=True)
class Track:
    """Tanker and diversion distances [km] tabulated along one leg.

    ``at`` is the coordinate of the leg (outbound: distance from the base; return leg:
    distance still to fly to the landing base); ``tanker`` the distance the tanker flies
    from its base to that point, ``divert`` the distance from it to the diversion field.
    Linear between the points; beyond the last, both grow one for one with ``at``.
    """

    at: tuple[float, ...]
    tanker: tuple[float, ...]
    divert: tuple[float, ...]

    def lookup(self, at: Any) -> tuple[Array, Array]:
        x = np.asarray(self.at, dtype=float)
        out = []
        for col in (self.tanker, self.divert):
            y = np.asarray(col, dtype=float)
            v = np.interp(at, x, y)
            v = np.where(at > x[-1], y[-1] + (at - x[-1]), v)
            out.append(np.asarray(v, dtype=float))
        return out[0], out[1]


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
        Fuel kept at landing (:class:`Reserve`).
    on_station_h
        Time spent at the target (patrol, escort) [h].
    release
        True if the payload is dropped at the target; False if it is carried home.
    back_km
        ``None`` for an out-and-back mission; else the fixed length of the way home
        [km] (recovery at another base), and the solved distance is the way out.
    out, back
        Number of aerial top-ups on the way out and on the way back.
    safe
        Place each top-up only where the receiver, should its tanker not come, could
        still fly to the diversion field of its :class:`Track` (by default the base it
        flew from, or on the way back the base it flies to) and land with its reserve.
    out_at, back_at
        Top-up positions given by the user (leg coordinates as in :class:`Track`);
        ``None`` to let the model place them.
    offload_km, offload_kg, offload_scale
        Tanker offload curve (distance flown by the tanker, fuel it can give) and a
        factor on it; empty for no limit (each top-up fills the tanks).
    out_track, back_track
        Tanker and diversion distances along each leg; ``None`` for the default (the
        tanker flies from the receiver's base along its track).
    tanks
        External fuel (:class:`Tanks`). With any top-up planned, drop tanks are kept to
        be refilled and their drag is paid throughout.
    """

    cruise_factor: Any = 1.0
    legs: tuple[Leg, ...] = ()
    allowance: Any = 0.0
    reserve: Reserve = field(default_factory=Reserve)
    on_station_h: float = 0.0
    release: bool = True
    back_km: float | None = None
    out: int = 0
    back: int = 0
    safe: bool = False
    out_at: tuple[float, ...] | None = None
    back_at: tuple[float, ...] | None = None
    offload_km: tuple[float, ...] = field(default=())
    offload_kg: tuple[float, ...] = field(default=())
    offload_scale: Any = 1.0
    out_track: Track | None = None
    back_track: Track | None = None
    tanks: Tanks = field(default_factory=Tanks)

    @property
    def top_ups(self) -> int:
        """Top-ups planned, both ways."""
        return self.out + self.back


def offload_at(km: Any, kg: Any, tanker_km: Any) -> Array:
    """Fuel one tanker can give [kg] after flying *tanker_km*, from its curve (*km*, *kg*).

    Linear between the points, extrapolated along the line through the first and last,
    never negative; one point gives the same fuel at any distance.
    """
    km = np.asarray(km, dtype=float)
    kg = np.asarray(kg, dtype=float)
    if km.size == 1:
        return np.full(np.shape(tanker_km), kg[0])
    slope = (kg[-1] - kg[0]) / (km[-1] - km[0])
    inside = np.interp(tanker_km, km, kg)
    outside = kg[0] + slope * (np.asarray(tanker_km) - km[0])
    beyond = (np.asarray(tanker_km) < km[0]) | (np.asarray(tanker_km) > km[-1])
    return np.asarray(np.maximum(np.where(beyond, outside, inside), 0.0), dtype=float)


def _offload(spec: MissionSpec, tanker_km: Any) -> Array:
    """Fuel one tanker can give [kg] after flying *tanker_km*; no curve, no limit."""
    if not spec.offload_km:
        return np.full(np.shape(tanker_km), np.inf)
    scaled = offload_at(spec.offload_km, spec.offload_kg, tanker_km) * spec.offload_scale
    return np.asarray(scaled, dtype=float)


def _reserve_fuel(reserve: Reserve, dry: Any, fuel0: Any, burn_per_h: Any) -> Any:
    """Reserve fuel [kg] for an aircraft of dry mass *dry* that took off with *fuel0*."""
    kept = reserve.of_fuel * fuel0
    if reserve.minutes <= 0:
        return kept
    if reserve.at_least:
        return np.maximum(kept, dry * np.expm1(reserve.minutes / 60.0 * burn_per_h))
    return (dry + kept) * np.expm1(reserve.minutes / 60.0 * burn_per_h) + kept


def range_factor(
    ferry_range: Any,
    oew: Any,
    mtow: Any,
    capacity: Any,
    reserve: Any,
    tanks: Tanks | None = None,
) -> Array:
    """Breguet range factor K [km] of the clean aircraft that flies *ferry_range*.

    Ferry mission: no payload, fuel up to the tanks and the take-off mass limit, warm-up
    and take-off, climb, one cruise, landing, with *reserve* (fraction of mission fuel)
    left in the tanks. With *tanks* (the configuration the ferry range was published for)
    the drop-tank fuel is burnt first at the specific range they allow, and the tanks are
    dropped when empty unless ``tanks.jettison`` is false; the range is linear in K, so K
    is exact. Raises ``ValueError`` if the inputs leave no fuel for cruising.
    """
    t = tanks or Tanks()
    dead = t.drop_mass + t.fixed_mass
    fuel = np.minimum(capacity + t.drop_fuel + t.fixed_fuel, mtow - oew - dead)
    w0 = oew + dead + fuel
    w_end = w0 - fuel / (1.0 + reserve)
    w1 = w0 * F_TAKEOFF * F_CLIMB
    drop = np.clip(t.drop_fuel - (w0 - w1), 0.0, None)  # drop-tank fuel left at the top
    drop = np.minimum(drop, np.maximum(w1 - w_end / F_LANDING, 0.0))
    # jettisoned drop tanks go when empty: at the top of climb if the climb emptied them
    w2 = w1 - drop - (t.drop_mass if t.jettison else 0.0)
    w_land = w_end / F_LANDING - (t.drop_mass if t.jettison else 0.0)
    ratio_a = w1 / (w1 - drop)
    ratio_b = w2 / w_land
    k_a = 1.0 - t.drop_drag - t.fixed_drag
    k_b = 1.0 - t.fixed_drag - (0.0 if t.jettison else t.drop_drag)
    per_k = k_a * np.log(ratio_a) + k_b * np.log(ratio_b)
    if np.any(fuel <= 0) or np.any(per_k <= 0) or np.any(ratio_b <= 1.0):
        raise ValueError("no fuel left for cruise in the ferry mission")
    return np.asarray(ferry_range / per_k, dtype=float)


class _Flight:
    """The arrays of one evaluation: weights and limits broadcast to a common shape."""

    def __init__(
        self,
        *,
        k: Any,
        oew: Any,
        mtow: Any,
        capacity: Any,
        payload: Any,
        speed_kmh: Any,
        spec: MissionSpec,
        inflight_mass: Any,
    ) -> None:
        t = spec.tanks
        self.spec = spec
        dead = t.drop_mass + t.fixed_mass
        oew, mtow, capacity, payload, k = (
            np.asarray(a, dtype=float) for a in (oew, mtow, capacity, payload, k)
        )
        top = mtow if inflight_mass is None else np.asarray(inflight_mass, dtype=float)
        fuel = np.minimum(capacity + t.drop_fuel + t.fixed_fuel, mtow - oew - payload - dead)
        self.no_fuel = fuel <= 0
        fuel = np.where(self.no_fuel, np.nan, fuel)
        shape = np.broadcast_shapes(np.shape(fuel), np.shape(k))
        self.shape = shape
        self.fuel0 = np.broadcast_to(fuel, shape)
        self.oew = oew
        self.mtow = mtow
        self.capacity = capacity
        self.payload = payload
        self.dropped = payload if spec.release else 0.0 * payload
        self.w0 = oew + payload + dead + fuel
        self.k = k
        self.refuel = spec.top_ups > 0
        # With top-ups the drop tanks stay on to be refilled; else they go when empty.
        self.jettison = t.jettison and not self.refuel
        drag_all = t.drop_drag + t.fixed_drag
        self.k_attached = k * (1.0 - drag_all)
        self.k_clean = k * (1.0 - t.fixed_drag - (0.0 if self.jettison else t.drop_drag))
        self.drop_fuel = np.broadcast_to(np.asarray(t.drop_fuel, dtype=float), shape)
        self.drop_mass = np.asarray(t.drop_mass, dtype=float)
        self.fixed_mass = np.asarray(t.fixed_mass, dtype=float)
        self.capacity_total = capacity + t.drop_fuel + t.fixed_fuel
        self.top = top
        self.burn_per_h = LOITER_BURN_PER_CRUISE * speed_kmh / k  # clean, at altitude
        self.speed = speed_kmh
        self.slowest: Any = 1.0
        for leg in spec.legs:
            self.slowest = np.minimum(self.slowest, leg.factor)
        self.legs_km = sum(leg.distance for leg in spec.legs)

    # -- limits --------------------------------------------------------------------

    def w_min(self, dry: Any) -> Any:
        """Lightest allowed weight for dry mass *dry*: dry plus the reserve fuel."""
        return dry + _reserve_fuel(self.spec.reserve, dry, self.fuel0, self.burn_per_h)

    # -- segments --------------------------------------------------------------------

    def cruise(self, w: Any, e: Any, dist: Any, factor: Any) -> tuple[Array, Array]:
        """Fly *dist* km at *factor* times the cruise specific range.

        *e* is the drop-tank fuel still aboard, burnt first, while all tanks are
        attached; when it runs out the empty tanks are dropped (if jettisoned).
        Returns the new weight and drop-tank fuel.
        """
        ka = self.k_attached * factor
        kb = self.k_clean * factor
        with np.errstate(divide="ignore", invalid="ignore"):
            d_e = np.where(e > 0, ka * np.log(w / np.maximum(w - e, 1e-9)), 0.0)
        short = dist <= d_e
        w_short = w * np.exp(-dist / ka)
        e_short = e - (w - w_short)
        drop = np.where(e > 0, self.drop_mass if self.jettison else 0.0, 0.0)
        w_long = (w - e - drop) * np.exp(-np.maximum(dist - d_e, 0.0) / kb)
        w_new = np.where(short, w_short, w_long)
        e_new = np.where(short, e_short, 0.0)
        return np.asarray(w_new, dtype=float), np.asarray(e_new, dtype=float)

    def dry(self, e: Any, payload_aboard: Any) -> Any:
        """Dry mass: empty, payload aboard, and the empty tanks still attached."""
        drop = np.where((e > 0) | (not self.jettison), self.drop_mass, 0.0)
        return self.oew + payload_aboard + self.fixed_mass + drop

    # -- the dynamic programme for top-ups ------------------------------------------

    def leg_with_top_ups(
        self,
        w: Any,
        length: Any,
        n: int,
        dry: Any,
        track: Track | None,
        at: tuple[float, ...] | None,
        outbound: bool,
    ) -> Array:
        """Weight at the end of a cruise of *length* km with up to *n* top-ups.

        Tanks stay attached (constant K). The state is ``u = ln w + s/K``, constant in
        cruise; ``V[k]`` is the best ``u`` after ``k`` top-ups, which is enough because
        a heavier receiver is never worse off. At each grid point a top-up may be taken
        there, or at the exact point where the fuel would reach the reserve since the
        previous grid point. Returns NaN where the reserve is broken on the way.
        """
        k = self.k_attached * self.spec.cruise_factor
        w_min = self.w_min(dry)
        ln_min = np.log(w_min)
        w_full = np.minimum(dry + self.capacity_total, self.top)
        length = np.asarray(length, dtype=float)

        def coordinate(s: Any) -> Any:  # leg coordinate of the Track
            return s if outbound else length - s

        def fill(u: Any, s: Any) -> Any:
            wb = np.exp(u - s / k)
            pos = coordinate(s)
            if track is None:
                tanker_km, divert_km = pos, pos
            else:
                tanker_km, divert_km = track.lookup(pos)
            room = np.maximum(w_full - wb, 0.0)
            wa = wb + np.minimum(room, _offload(self.spec, tanker_km))
            with np.errstate(divide="ignore"):
                out = np.log(np.maximum(wa, wb)) + s / k
            if self.spec.safe:  # the receiver must get to the diversion without it
                ok = wb * np.exp(-divert_km / k) * F_LANDING >= w_min * (1 - 1e-12)
                out = np.where(ok, out, -np.inf)
            return out

        u0 = np.log(w)
        if at is not None:  # positions given: fly to each in turn
            u = u0 + np.zeros(self.shape)
            for p in sorted(at, reverse=not outbound):
                s = np.clip(p if outbound else length - p, 0.0, length)
                alive = u - s / k >= ln_min - 1e-12
                u = np.where(alive, fill(u, s), -np.inf)
            w_end = np.exp(u - length / k)
            return np.asarray(np.where(w_end >= w_min * (1 - 1e-12), w_end, np.nan))

        grid = np.linspace(0.0, 1.0, GRID)
        v = np.full((n + 1, *self.shape), -np.inf)
        v[0] = u0
        prev_s = np.zeros(self.shape)
        for j, frac in enumerate(grid):
            s = frac * length
            alive = v - s / k >= ln_min - 1e-12
            carried = np.where(alive, v, -np.inf)
            if j > 0 and n > 0:
                # a top-up where the fuel reaches the reserve, between two grid points
                dying = np.isfinite(v[:-1]) & ~alive[:-1]
                s_r = np.clip(k * (v[:-1] - ln_min), prev_s, s)
                at_r = np.where(dying, fill(v[:-1], s_r), -np.inf)
                at_r = np.where(at_r - s / k >= ln_min - 1e-12, at_r, -np.inf)
                at_j = np.where(np.isfinite(carried[:-1]), fill(carried[:-1], s), -np.inf)
                carried[1:] = np.maximum(carried[1:], np.maximum(at_r, at_j))
            elif n > 0:
                at_j = np.where(np.isfinite(carried[:-1]), fill(carried[:-1], s), -np.inf)
                carried[1:] = np.maximum(carried[1:], at_j)
            v = np.maximum.accumulate(carried, axis=0)  # more tankers are never worse
            prev_s = s
        w_end = np.exp(v[n] - length / k)
        return np.asarray(np.where(np.isfinite(v[n]), w_end, np.nan))

    # -- the mission ---------------------------------------------------------------

    def margin(self, r: Any) -> Array:
        """``ln`` of landing weight over the lightest allowed one, for radius *r*.

        Never NaN; ``-inf`` where the reserve is broken on the way. A plan with top-ups
        keeps its drop tanks to refill them; if flying without the top-ups, dropping the
        tanks when empty, does better, the plan does that (a top-up never hurts).
        """
        m = self._margin(r)
        if self.refuel and self.spec.tanks.jettison and np.any(self.drop_mass > 0):
            plain = replace(self.spec, out=0, back=0, out_at=None, back_at=None)
            alone = _Flight(
                k=self.k,
                oew=self.oew,
                mtow=self.mtow,
                capacity=self.capacity,
                payload=self.payload,
                speed_kmh=self.speed,
                spec=plain,
                inflight_mass=self.top,
            )
            m = np.maximum(m, alone._margin(r))
        return m

    def _margin(self, r: Any) -> Array:
        spec = self.spec
        r = np.broadcast_to(np.asarray(r, dtype=float), self.shape)
        w = self.w0 * F_TAKEOFF * F_CLIMB
        e = np.clip(self.drop_fuel - (self.w0 - w), 0.0, None)
        if self.jettison:  # drop tanks emptied by take-off and climb go at the top of climb
            w = w - np.where(e > 0, 0.0, self.drop_mass)
        legs = self.legs_km
        cruise_out = np.maximum(r - legs, 0.0)
        payload_dry = self.dry(e, self.payload)
        if self.refuel:
            w = self.leg_with_top_ups(
                w, cruise_out, spec.out, payload_dry, spec.out_track, spec.out_at, True
            )
            e = np.zeros(self.shape)
            w = np.nan_to_num(w, nan=0.0)
        else:
            w, e = self.cruise(w, e, cruise_out, spec.cruise_factor)
        # the special legs at the target end (all at the slowest if the radius is short)
        if spec.legs:
            short = r < legs
            w_s, e_s = self.cruise(w, e, r, spec.cruise_factor * self.slowest)
            w_l, e_l = w, e
            for leg in spec.legs:
                w_l, e_l = self.cruise(w_l, e_l, leg.distance, spec.cruise_factor * leg.factor)
            w, e = np.where(short, w_s, w_l), np.where(short, e_s, e_l)
        ok = w >= self.w_min(self.dry(e, self.payload)) * (1 - 1e-12)
        # at the target: time on station, combat allowance, release
        k_here = np.where((e > 0) | (not self.jettison), self.k_attached, self.k_clean)
        k_here = k_here * spec.cruise_factor
        w = w * np.exp(-spec.on_station_h * LOITER_BURN_PER_CRUISE * self.speed / k_here)
        w = w * (1.0 - spec.allowance) - self.dropped
        kept = self.payload - self.dropped
        home = r if spec.back_km is None else np.full(self.shape, spec.back_km)
        # the way home: the special legs as far as it goes, then cruise
        if spec.legs:
            if spec.back_km is None:
                w_s, e_s = self.cruise(w, e, home, spec.cruise_factor * self.slowest)
                w_l, e_l = w, e
                for leg in spec.legs:
                    w_l, e_l = self.cruise(w_l, e_l, leg.distance, spec.cruise_factor * leg.factor)
                w, e = np.where(r < legs, w_s, w_l), np.where(r < legs, e_s, e_l)
                flown = np.minimum(home, legs)
            else:
                flown = np.zeros(self.shape)
                for leg in spec.legs:
                    d = np.minimum(leg.distance, np.maximum(home - flown, 0.0))
                    w, e = self.cruise(w, e, d, spec.cruise_factor * leg.factor)
                    flown = flown + d
            cruise_back = np.maximum(home - flown, 0.0)
        else:
            cruise_back = home
        ok &= w >= self.w_min(self.dry(e, kept)) * (1 - 1e-12)
        if self.refuel:
            w = self.leg_with_top_ups(
                np.maximum(w, 1e-9),
                cruise_back,
                spec.back,
                self.dry(e, kept),
                spec.back_track,
                spec.back_at,
                False,
            )
            ok &= np.isfinite(w)
            w = np.nan_to_num(w, nan=0.0)
        else:
            w, e = self.cruise(w, e, cruise_back, spec.cruise_factor)
        need = self.w_min(self.dry(e, kept))
        with np.errstate(divide="ignore", invalid="ignore"):
            m = np.log(np.maximum(w * F_LANDING, 1e-300) / need)
        return np.asarray(np.where(ok & ~self.no_fuel, m, -np.inf), dtype=float)

    def upper_bound(self) -> Array:
        """A radius no mission of this spec can reach [km] (for the bisection)."""
        w_full = np.minimum(self.oew + self.payload + self.capacity_total, self.top)
        per_fill = self.k_clean * np.log(np.maximum(w_full, self.w0) / self.oew)
        return np.asarray((self.spec.top_ups + 1) * per_fill + 1.0, dtype=float)


@dataclass(frozen=True)
class _ClosedTerms:
    """The terms of the closed-form landing condition, shared by its two solutions."""

    w_start: Any  # weight at the top of climb
    w_land: Any  # least landing weight (empty, kept payload, reserve)
    dropped: Any  # payload released at the target
    k_main: Any  # range factor of the cruise
    on_station: Any  # weight fraction kept over the time on station
    a_out: Any  # weight fraction the special legs cost beyond cruise, each way
    home: Any  # weight fraction kept on the way home (recovering elsewhere), else None


def _closed_terms(f: _Flight) -> _ClosedTerms:
    spec = f.spec
    k_main = f.k * spec.cruise_factor

    def excess(limit_km: float | None) -> Any:
        total = np.zeros(np.shape(k_main))
        for leg in spec.legs:
            d = leg.distance if limit_km is None else min(leg.distance, limit_km)
            total = total + d * (1.0 / np.asarray(leg.factor) - 1.0) / k_main
        return total

    home = None
    if spec.back_km is not None:
        home = F_LANDING * np.exp(-excess(spec.back_km)) * np.exp(-spec.back_km / k_main)
    return _ClosedTerms(
        w_start=f.w0 * F_TAKEOFF * F_CLIMB,
        w_land=f.w_min(f.oew + f.payload - f.dropped),
        dropped=f.dropped,
        k_main=k_main,
        on_station=np.exp(-spec.on_station_h * LOITER_BURN_PER_CRUISE * f.speed / k_main),
        a_out=np.exp(-excess(None)),
        home=home,
    )


def _closed_form(f: _Flight) -> Array:
    """Exact radius for a mission without top-ups, external tanks or a timed reserve.

    Breguet solved in closed form: a quadratic in ``x = exp(-R/K)`` for out and back.
    """
    t = _closed_terms(f)
    target = (1.0 - f.spec.allowance) * t.on_station

    def solve(k_cruise: Any, a_leg: Any) -> Array:
        if t.home is None:
            a = F_LANDING * t.w_start * a_leg**2 * target
            b = F_LANDING * t.dropped * a_leg
            x = (b + np.sqrt(b * b + 4.0 * a * t.w_land)) / (2.0 * a)
        else:
            x = (t.w_land / t.home + t.dropped) / (t.w_start * a_leg * target)
        return np.asarray(np.where(x < 1.0, -k_cruise * np.log(x), 0.0), dtype=float)

    r = solve(t.k_main, t.a_out)
    if f.spec.legs:
        # A radius shorter than the special legs is flown wholly at the slowest of them.
        r_short = solve(t.k_main * f.slowest, 1.0)
        r = np.where(r < f.legs_km, np.minimum(r_short, f.legs_km), r)
    return r


def closed_form_applies(spec: MissionSpec) -> bool:
    """True if a mission of *spec* is solved in closed form (see :func:`radius`)."""
    return spec.top_ups == 0 and not spec.tanks.any and spec.reserve.minutes <= 0


def allowance_for(radius_km: Any, *, spec: MissionSpec, **flight: Any) -> Array:
    """The combat allowance with which a mission of *spec* flies exactly *radius_km*.

    *flight* holds :func:`radius`'s other keyword arguments (``k``, ``oew``, ``mtow``,
    ``capacity``, ``payload``, ``speed_kmh``). The inverse of the closed form of
    :func:`radius` in the allowance (``spec.allowance`` is ignored): the landing condition
    is linear in ``1 - allowance`` once ``x = exp(-R/K)`` is fixed. Only for missions the
    closed form covers (:func:`closed_form_applies`); unbounded, so the caller clips it.
    """
    if not closed_form_applies(spec):
        raise ValueError("allowance_for: only for missions solved in closed form")
    f = _Flight(spec=spec, inflight_mass=None, **flight)
    r = np.asarray(radius_km, dtype=float)
    t = _closed_terms(f)
    short = r < f.legs_km  # flown wholly at the slowest special leg
    x = np.where(short, np.exp(-r / (t.k_main * f.slowest)), np.exp(-r / t.k_main))
    a_leg = np.where(short, 1.0, t.a_out)
    with np.errstate(divide="ignore", invalid="ignore"):
        if t.home is None:
            target = (t.w_land + F_LANDING * t.dropped * a_leg * x) / (
                F_LANDING * t.w_start * a_leg**2 * x**2
            )
        else:
            target = (t.w_land / t.home + t.dropped) / (t.w_start * a_leg * x)
    return np.asarray(1.0 - target / t.on_station, dtype=float)


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

    Without top-ups, external tanks or a time-based reserve the radius is solved in
    closed form; otherwise by bisection on :func:`margin` (the landing condition is
    monotone in the radius), to :data:`TOLERANCE_KM`.
    """
    f = _Flight(
        k=k,
        oew=oew,
        mtow=mtow,
        capacity=capacity,
        payload=payload,
        speed_kmh=speed_kmh,
        spec=spec,
        inflight_mass=inflight_mass,
    )
    if closed_form_applies(spec):
        r = _closed_form(f)
    else:
        ok0 = f.margin(np.zeros(f.shape)) >= 0
        hi = np.broadcast_to(f.upper_bound(), f.shape)
        # to a metre: about 25 halvings (the top never reaches: it is out of range)
        found = bisect_decreasing(f.margin, 0.0, hi, np.zeros(f.shape), tolerance=TOLERANCE_KM)
        r = np.where(ok0, found, 0.0)
    return np.asarray(np.where(f.no_fuel, np.nan, r), dtype=float)


def margin(r: Any, **flight: Any) -> Array:
    """``ln`` of the landing weight over the lightest allowed one, for a radius *r* [km].

    Takes the keyword arguments of :func:`radius`. Non-negative where the mission can be
    flown; ``-inf`` where the reserve is broken on the way (a top-up not reached) or the
    payload leaves no room for fuel.
    """
    flight.setdefault("inflight_mass", None)
    return _Flight(**flight).margin(r)


def bisect_decreasing(
    f: Any, lo: Any, hi: Any, target: Any, iterations: int = 60, tolerance: float = 0.0
) -> Array:
    """Vectorised bisection for ``f(p) = target`` with *f* non-increasing in *p*.

    Returns the largest ``p`` in [lo, hi] with ``f(p) >= target`` (``lo`` if none), after
    *iterations* halvings or once every bracket is narrower than *tolerance*.
    """
    lo = np.asarray(lo, dtype=float) + np.zeros(np.shape(target))
    hi = np.asarray(hi, dtype=float) + np.zeros(np.shape(target))
    ok_hi = f(hi) >= target
    for _ in range(iterations):
        if tolerance > 0 and not np.any(hi - lo > tolerance):
            break
        mid = 0.5 * (lo + hi)
        good = f(mid) >= target
        lo = np.where(good, mid, lo)
        hi = np.where(good, hi, mid)
    return np.asarray(np.where(ok_hi, hi, lo), dtype=float)
