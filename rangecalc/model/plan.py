"""What is flown: the :class:`Mission` object and its refuelling plan and external tanks.

A :class:`Mission` is validated when it is built, so every function that takes one
(:func:`~rangecalc.combat_radius`, :func:`~rangecalc.max_payload`, claims, ``compare``
and the command line) sees the same checked figures. It holds no airframe: tank names
are looked up in the airframe's catalog entry when the mission is flown.

Refuelling plan
---------------
``Refueling(out=7, back=1)`` asks for seven top-ups on the way out and one on the way
back (``Refueling.parse("7+1")``; a bare number is outbound only). Each top-up fills the
receiver's tanks, limited by what one tanker can give at the distance it has flown from
its base (its offload curve, see :mod:`rangecalc.model.tankers`); without a named tanker
nothing limits it but the receiver's tanks, and answers say so. The model places the
top-ups (``placement``):

``"optimal"``
    where they extend reach most, the tankers coming as planned (a top-up is never taken
    after the fuel would have fallen below the reserve);
``"safe"``
    the same, but each top-up only where the receiver, should that tanker not come,
    could still fly to its diversion field and land with its reserve: by default the
    base it flew from (the bingo rule on the way out; on the way home, the base it flies
    to), or the ``diversion`` given (a distance, or a place in a scenario).

or at distances the user gives (``out_at`` from the base, ``back_at`` still to fly to
the landing base).

External tanks
--------------
``tanks=("2 x 370 gal wing", "300 gal centreline")`` names tanks the airframe's catalog
entry lists; ``TankLoad(count=2, fuel="1,100 kg", drag="3 %")`` gives one inline. Drop
tanks are burnt first and jettisoned when empty unless ``jettison_tanks=False``; with
any top-up planned they are kept, to be refilled, and their drag is paid throughout.
Conformal tanks are never dropped.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from rangecalc._core.tolerance import below, snap
from rangecalc.catalog.records import PROFILES, tank_load
from rangecalc.data.errors import InputError
from rangecalc.data.units import Quantity, as_quantity, magnitude, ureg
from rangecalc.model.reserves import DEFAULT_RESERVE, ReserveRule, reserve_rule

__all__ = ["PLACEMENTS", "PROFILES", "Mission", "Refueling", "TankLoad"]

PLACEMENTS: tuple[str, ...] = ("optimal", "safe")
#: Most aerial top-ups one mission may ask for, each way. A bound on the work asked of the
#: model, far beyond practice: Black Buck 1 (1982) needed seven on the way out.
MAX_TOP_UPS = 100


def _count(value: object, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int | np.integer):
        raise InputError(f"{name}: expected a whole number, got {value!r}")
    if value < 0:
        raise InputError(f"{name}: must not be negative, got {value}")
    if value > MAX_TOP_UPS:
        raise InputError(f"{name}: at most {MAX_TOP_UPS} top-ups are modelled, got {value:,}")
    return int(value)


def _distances(value: object, name: str) -> tuple[Quantity, ...] | None:
    if value is None:
        return None
    items = [value] if isinstance(value, str) or hasattr(value, "units") else value
    if not isinstance(items, Sequence):
        raise InputError(f"{name}: expected a list of distances, got {value!r}")
    out = []
    for i, v in enumerate(items):
        km = float(magnitude(v, "km", name=f"{name}[{i}]"))
        if below(km, 0.0):
            raise InputError(f"{name}[{i}]: must not be negative, got {v}")
        out.append(ureg.Quantity(float(snap(km, 0.0)), "km"))
    return tuple(out)


@dataclass(frozen=True)
class Refueling:
    """A refuelling plan: top-ups out and back, who gives them and where.

    Attributes
    ----------
    out, back
        Top-ups on the way out and on the way back.
    placement
        ``"optimal"`` or ``"safe"`` (see the module docstring).
    out_at, back_at
        Positions given by the user: distances from the base on the way out, distances
        still to fly on the way back; each list as long as its count. ``None`` lets the
        model place them.
    tanker
        Catalog name of the tanker; ``None`` for no limit but the receiver's tanks.
    tanker_base
        Place the tankers fly from (a scenario resolves it); ``None`` for the receiver's
        base.
    diversion
        For ``"safe"`` placement: a distance from every rendezvous to a diversion field,
        or the name of a place (resolved by a scenario). ``None``: the base.
    """

    out: int = 0
    back: int = 0
    placement: str = "optimal"
    out_at: tuple[Quantity, ...] | None = None
    back_at: tuple[Quantity, ...] | None = None
    tanker: str | None = None
    tanker_base: str | None = None
    diversion: Quantity | str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "out", _count(self.out, "refuelings.out"))
        object.__setattr__(self, "back", _count(self.back, "refuelings.back"))
        if self.placement not in PLACEMENTS:
            raise InputError(
                f"refuelings.placement: expected one of {', '.join(PLACEMENTS)}, "
                f"got {self.placement!r}"
            )
        for label, count in (("out_at", self.out), ("back_at", self.back)):
            given = _distances(getattr(self, label), f"refuelings.{label}")
            object.__setattr__(self, label, given)
            if given is not None and len(given) != count:
                raise InputError(
                    f"refuelings.{label}: gives {len(given)} positions for "
                    f"{count} top-up{'s' if count != 1 else ''}"
                )
        if self.tanker is not None and not isinstance(self.tanker, str):
            raise InputError(f"refuelings.tanker: expected a catalog name, got {self.tanker!r}")
        if self.tanker_base is not None and not isinstance(self.tanker_base, str):
            raise InputError(
                f"refuelings.tanker_base: expected a place name, got {self.tanker_base!r}"
            )
        if self.diversion is not None and not isinstance(self.diversion, str):
            km = float(magnitude(self.diversion, "km", name="refuelings.diversion"))
            if below(km, 0.0):
                raise InputError(f"refuelings.diversion: must not be negative, got {km}")
            object.__setattr__(self, "diversion", ureg.Quantity(km, "km"))
        elif isinstance(self.diversion, str) and re.fullmatch(
            r"\s*[\d.,]+\s*\w+\s*", self.diversion
        ):
            km = float(magnitude(self.diversion, "km", name="refuelings.diversion"))
            object.__setattr__(self, "diversion", ureg.Quantity(km, "km"))

    @property
    def total(self) -> int:
        """Top-ups both ways."""
        return self.out + self.back

    @property
    def split(self) -> str:
        """``"7+1"``: out and back."""
        return f"{self.out}+{self.back}"

    @classmethod
    def parse(cls, value: object, **options: Any) -> Refueling:
        """A plan from ``3`` (outbound), ``"7+1"``, ``{"out": 7, "back": 1}`` or a plan."""
        if isinstance(value, Refueling):
            return replace(value, **options) if options else value
        if isinstance(value, Mapping):
            unknown = sorted(set(value) - _PLAN_KEYS)
            if unknown:
                raise InputError(
                    f"refuelings: unknown key {unknown[0]!r} (a plan takes "
                    f"{', '.join(sorted(_PLAN_KEYS))})"
                )
            return cls(**{**dict(value), **options})
        if isinstance(value, str):
            if re.fullmatch(r"\s*-\s*\d+.*", value):
                raise InputError(f"refuelings: must not be negative, got {value.strip()!r}")
            m = re.fullmatch(r"\s*(\d+)\s*(?:\+\s*(\d+)\s*)?", value)
            if not m:
                raise InputError(
                    f"refuelings: expected a count such as 3 or out+back such as 7+1, got {value!r}"
                )
            return cls(out=int(m.group(1)), back=int(m.group(2) or 0), **options)
        return cls(out=_count(value, "refuelings"), **options)


_PLAN_KEYS = {"out", "back", "placement", "out_at", "back_at", "tanker", "tanker_base", "diversion"}


@dataclass(frozen=True)
class TankLoad:
    """External tanks carried: ``count`` of one kind, named in the catalog or given inline.

    Attributes
    ----------
    count
        How many.
    name
        The tank's name in the airframe's catalog ``tanks`` table; ``None`` for inline.
    fuel, mass, drag
        Inline only: fuel per tank [mass], empty mass per tank [mass] (default 0), and the
        loss of specific range per tank as a fraction (``"3 %"`` or 0.03).
    conformal
        Inline only: a conformal tank, never jettisoned.
    """

    count: int = 1
    name: str | None = None
    fuel: Quantity | None = None
    mass: Quantity | None = None
    drag: float | None = None
    conformal: bool = False

    def __post_init__(self) -> None:
        if (
            isinstance(self.count, bool)
            or not isinstance(self.count, int)
            or not 1 <= self.count <= 20
        ):
            raise InputError(
                f"tanks: count must be a whole number from 1 to 20, got {self.count!r}"
            )
        if self.name is None:
            if self.fuel is None or self.drag is None:
                raise InputError("tanks: an inline tank needs fuel and drag (and may give mass)")
            fuel = as_quantity(self.fuel, "kg", name="tanks.fuel")
            if not float(fuel.to("kg").magnitude) > 0:
                raise InputError(f"tanks.fuel: must be positive, got {self.fuel}")
            object.__setattr__(self, "fuel", fuel.to("kg"))
            mass = as_quantity(
                self.mass if self.mass is not None else "0 kg", "kg", name="tanks.mass"
            )
            if float(mass.to("kg").magnitude) < 0:
                raise InputError(f"tanks.mass: must not be negative, got {self.mass}")
            object.__setattr__(self, "mass", mass.to("kg"))
            object.__setattr__(self, "drag", _fraction(self.drag, "tanks.drag"))
        elif self.fuel is not None or self.drag is not None or self.mass is not None:
            raise InputError(f"tanks: {self.name!r} is a catalog tank; give its figures there")

    def describe(self) -> str:
        """``"2 x 370 gal wing"`` or ``"2 x inline (1,100 kg, 3 % drag)"``."""
        if self.name is not None:
            return f"{self.count} x {self.name}"
        assert self.fuel is not None
        assert self.drag is not None
        return (
            f"{self.count} x inline ({self.fuel.to('kg').magnitude:,.0f} kg, {self.drag:.1%} drag)"
        )

    @classmethod
    def parse(cls, value: object) -> TankLoad:
        """From ``"2 x 370 gal wing"``, ``"300 gal centreline"``, a mapping or a load."""
        if isinstance(value, TankLoad):
            return value
        if isinstance(value, str):
            load = tank_load(value)
            if load is None:
                raise InputError(
                    f"tanks: expected a tank such as '2 x 370 gal wing', got {value!r}"
                )
            return cls(count=load[0], name=load[1])
        if isinstance(value, Mapping):
            keys = {"count", "name", "fuel", "mass", "drag", "conformal"}
            unknown = sorted(set(value) - keys)
            if unknown:
                raise InputError(
                    f"tanks: unknown key {unknown[0]!r} (a tank takes {', '.join(sorted(keys))})"
                )
            return cls(**dict(value))
        raise InputError(
            f"tanks: expected a name such as '2 x 370 gal wing' or a table, got {value!r}"
        )


def _fraction(value: object, name: str) -> float:
    if isinstance(value, bool):
        raise InputError(f"{name}: expected a fraction such as 0.03 or '3 %', got {value!r}")
    if isinstance(value, str) and value.strip().endswith("%"):
        try:
            f = float(value.strip()[:-1].replace(",", "")) / 100.0
        except ValueError:
            raise InputError(
                f"{name}: expected a percentage such as '3 %', got {value!r}"
            ) from None
    elif isinstance(value, int | float):
        f = float(value)
    else:
        f = float(magnitude(value, "dimensionless", name=name))
    if not np.isfinite(f) or not 0.0 <= f < 0.5:
        raise InputError(f"{name}: a drag loss per tank must lie in [0, 50 %), got {value!r}")
    return f


@dataclass(frozen=True)
class Mission:
    """What is flown, validated at construction.

    Attributes
    ----------
    payload
        Mass carried to the target (``"12 t"``, a quantity, or a 1-D array of masses);
        ``None``: half the airframe's maximum payload.
    profile
        ``hi-hi-hi``, ``hi-lo-hi`` or ``lo-lo-lo``.
    release_payload
        False when the payload comes home (escorts keeping their missiles).
    refueling
        The :class:`Refueling` plan (``"7+1"``, ``3`` and mappings are accepted).
    tanks
        External tanks carried (:class:`TankLoad` or their text forms).
    jettison_tanks
        Drop tanks are dropped when empty (without top-ups); False keeps them.
    reserve
        A rule name of :data:`rangecalc.model.reserves.RESERVES`, a fraction of the mission fuel,
        or a :class:`~rangecalc.model.reserves.ReserveRule`.
    recovery_distance
        Length of the way home when the aircraft lands elsewhere; ``None``: the base it
        took off from.
    on_station
        Time spent at the target (patrol, escort).
    dash_distance, dash_factor
        A supersonic dash at the target end each way, at *dash_factor* of the cruise
        specific range (no published figure: it must be given).
    takeoff_mass_limit
        A take-off mass below the maximum (runway, temperature).
    full_fuel
        The sources say the aircraft left with every tank full (an overload take-off, as
        on the Osirak raid or the Doolittle raid): the fuel is then not cut to the catalog's
        maximum take-off mass, and the answer says by how much the take-off exceeds it
        (runway, tyres and climb at that mass are not checked).
    """

    payload: Any = None
    profile: str = "hi-hi-hi"
    release_payload: bool = True
    refueling: Refueling = field(default_factory=Refueling)
    tanks: tuple[TankLoad, ...] = ()
    jettison_tanks: bool = True
    reserve: ReserveRule = field(default_factory=lambda: reserve_rule(DEFAULT_RESERVE))
    recovery_distance: Quantity | None = None
    on_station: Quantity = field(default_factory=lambda: ureg.Quantity(0.0, "h"))
    dash_distance: Quantity = field(default_factory=lambda: ureg.Quantity(0.0, "km"))
    dash_factor: float | None = None
    takeoff_mass_limit: Quantity | None = None
    full_fuel: bool = False

    def __post_init__(self) -> None:
        if self.profile not in PROFILES:
            raise InputError(f"unknown profile {self.profile!r}; provide one of {list(PROFILES)}")
        if not isinstance(self.release_payload, bool):
            raise InputError(
                f"release_payload: expected true or false, got {self.release_payload!r}"
            )
        if not isinstance(self.jettison_tanks, bool):
            raise InputError(f"jettison_tanks: expected true or false, got {self.jettison_tanks!r}")
        object.__setattr__(self, "refueling", Refueling.parse(self.refueling))
        given: object = self.tanks
        items: Sequence[object] = (
            (given,) if isinstance(given, str | Mapping | TankLoad) else tuple(given)  # type: ignore[arg-type]
        )
        object.__setattr__(self, "tanks", tuple(TankLoad.parse(t) for t in items))
        object.__setattr__(self, "reserve", reserve_rule(self.reserve))
        if self.payload is not None:
            kg = np.asarray(magnitude(self.payload, "kg", name="payload"), dtype=float)
            if kg.ndim > 1 or kg.size == 0:
                raise InputError("payload: give one mass or a non-empty 1-D array of masses")
            if np.any(below(kg, 0.0)):
                raise InputError(f"payload: must not be negative, got {self.payload}")
        for name in ("recovery_distance", "dash_distance", "on_station"):
            unit = "h" if name == "on_station" else "km"
            value = getattr(self, name)
            if value is None:
                continue
            v = float(magnitude(value, unit, name=name))
            if below(v, 0.0):
                raise InputError(f"{name}: must not be negative, got {value}")
            object.__setattr__(self, name, ureg.Quantity(float(snap(v, 0.0)), unit))
        if self.dash_factor is not None and not (
            isinstance(self.dash_factor, int | float) and 0.0 < self.dash_factor <= 1.0
        ):
            raise InputError(f"dash_factor: must be in (0, 1], got {self.dash_factor}")
        if self.dash_km > 0 and self.dash_factor is None:
            raise InputError(
                "dash: a supersonic dash needs dash_factor, the fraction of the cruise "
                "specific range kept during the dash (no published value is built in)"
            )
        if self.takeoff_mass_limit is not None:
            limit = float(magnitude(self.takeoff_mass_limit, "kg", name="takeoff_mass_limit"))
            if limit <= 0:
                raise InputError(
                    f"takeoff_mass_limit: must be positive, got {self.takeoff_mass_limit}"
                )
            object.__setattr__(self, "takeoff_mass_limit", ureg.Quantity(limit, "kg"))
        if not isinstance(self.full_fuel, bool):
            raise InputError(f"full_fuel: expected true or false, got {self.full_fuel!r}")
        if self.full_fuel and self.takeoff_mass_limit is not None:
            raise InputError(
                "full_fuel: a take-off with every tank full cannot also be held to a take-off "
                "mass limit; give one or the other"
            )

    # -- conveniences ----------------------------------------------------------------

    @property
    def dash_km(self) -> float:
        """Dash distance [km]."""
        return float(self.dash_distance.to("km").magnitude)

    @property
    def on_station_h(self) -> float:
        """Time on station [h]."""
        return float(self.on_station.to("h").magnitude)

    @property
    def recovery_km(self) -> float | None:
        """Way home [km] when recovering elsewhere."""
        if self.recovery_distance is None:
            return None
        return float(self.recovery_distance.to("km").magnitude)

    def with_payload(self, payload: object) -> Mission:
        """The same mission with another payload."""
        return replace(self, payload=payload)

    def with_refueling(self, refueling: object) -> Mission:
        """The same mission with another refuelling plan (tanker and options kept)."""
        plan = self.refueling
        new = Refueling.parse(refueling)
        return replace(
            self,
            refueling=replace(
                plan, out=new.out, back=new.back, out_at=new.out_at, back_at=new.back_at
            ),
        )

    def describe(self) -> str:
        """A one-line summary for answers."""
        parts = [self.profile]
        if self.refueling.total:
            parts.append(f"top-ups {self.refueling.split} ({self.refueling.placement})")
        if self.tanks:
            parts.append("tanks " + ", ".join(t.describe() for t in self.tanks))
        if self.full_fuel:
            parts.append("full fuel at take-off")
        parts.append(f"reserve {self.reserve.name}")
        return "; ".join(parts)
