"""Typed catalog records: airframes, weapons and places.

Records are frozen dataclasses built only by :mod:`rangecalc.catalog.schema` after
validation, so code that receives one can rely on its invariants (positive masses,
``empty_mass < max_takeoff_mass``, ``low <= value <= high``, valid coordinates).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from rangecalc.catalog.figure import Figure

__all__ = [
    "PROFILES",
    "REFUELING_KINDS",
    "TANKER_SYSTEMS",
    "Airframe",
    "OffloadPoint",
    "Place",
    "RadiusPoint",
    "Refueling",
    "Tank",
    "Weapon",
    "tank_load",
]

Refueling = Literal["none", "probe", "boom"]
#: Aerial-refuelling receiver equipment: none, probe (probe-and-drogue) or boom receptacle.
REFUELING_KINDS: tuple[str, ...] = ("none", "probe", "boom")
#: What a tanker passes fuel through: a drogue (for probes), a boom (for receptacles), or both.
TANKER_SYSTEMS: tuple[str, ...] = ("drogue", "boom", "boom and drogue")
#: Mission profiles a published combat radius may state.
PROFILES: tuple[str, ...] = ("hi-hi-hi", "hi-lo-hi", "lo-lo-lo")


@dataclass(frozen=True)
class RadiusPoint:
    """One published combat-radius figure with what its source says about the mission.

    Attributes
    ----------
    radius
        The published radius (one way, base to target). [length]
    payload
        The payload the source states, if any. [mass]
    profile
        ``hi-hi-hi``, ``hi-lo-hi`` or ``lo-lo-lo`` when the source states it, else ``None``.
    tanks
        The external tanks carried, when the source states them (or the airframe always
        flies with them, as the F-15E its conformal tanks).
    """

    radius: Figure
    payload: Figure | None = None
    profile: str | None = None
    #: External tanks the point was published with, as (count, tank name).
    tanks: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True)
class OffloadPoint:
    """Fuel a tanker can give away at a distance from its base.

    Attributes
    ----------
    offload
        Transferable fuel. [mass]
    distance
        Distance from the tanker's base at which that fuel is available. [length]
    """

    offload: Figure
    distance: Figure


_TANK_LOAD = re.compile(r"\s*(?:(\d+)\s*[x×*]\s*)?(\S.*?)\s*")


def tank_load(text: str) -> tuple[int, str] | None:
    """Read ``"2 x 370 gal wing"`` as ``(2, "370 gal wing")``.

    A bare name counts one; empty text gives ``None``. The one reading of a tank load, for
    catalogs and missions alike.
    """
    m = _TANK_LOAD.fullmatch(text)
    return None if m is None else (int(m.group(1) or 1), m.group(2))


@dataclass(frozen=True)
class Tank:
    """An external fuel tank an airframe can carry.

    Attributes
    ----------
    name
        Name as missions refer to it (``"370 gal wing"``).
    fuel
        Usable fuel per tank. [mass]
    drag
        Loss of the aircraft's specific range per tank carried, as a fraction.
        [dimensionless]
    mass
        Empty mass per tank, ``None`` when no source gives it. [mass]
    conformal
        True for a conformal tank, never jettisoned.
    """

    name: str
    fuel: Figure
    drag: Figure
    mass: Figure | None = None
    conformal: bool = False
    note: str | None = None


@dataclass(frozen=True)
class Airframe:
    """An aircraft type with sourced performance figures.

    Masses are [mass], speeds [length]/[time], ranges and heights [length]. ``ferry_range``
    is the range with maximum fuel and no payload, one way; ``combat_radius`` lists
    published radius points (base to target and back), which are a different thing.
    """

    name: str
    empty_mass: Figure
    max_takeoff_mass: Figure
    internal_fuel: Figure
    max_payload: Figure
    cruise_speed: Figure
    ferry_range: Figure
    aerial_refueling: Refueling
    external_fuel: Figure | None = None
    max_speed: Figure | None = None
    service_ceiling: Figure | None = None
    takeoff_run: Figure | None = None
    role: str | None = None
    operators: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    combat_radius: tuple[RadiusPoint, ...] = ()
    refueling_system: str | None = None
    offload: tuple[OffloadPoint, ...] = ()
    tanks: tuple[Tank, ...] = ()
    #: The tanks the published ferry range was flown with, as (count, tank name): one
    #: configuration, or two alternatives when the sources do not say which.
    ferry_tanks: tuple[tuple[tuple[int, str], ...], ...] = ((),)
    note: str | None = None
    origin: str | None = field(default=None, compare=False)

    def tank(self, name: str) -> Tank:
        """The tank called *name* (case-insensitive); ``KeyError`` if none."""
        for t in self.tanks:
            if t.name.casefold() == name.strip().casefold():
                return t
        raise KeyError(name)

    def figures(self) -> dict[str, Figure]:
        """Every figure of this airframe by field name (radius points as ``combat_radius[i]``)."""
        out = {name: value for name, value in vars(self).items() if isinstance(value, Figure)}
        for i, point in enumerate(self.combat_radius):
            out[f"combat_radius[{i}]"] = point.radius
            if point.payload is not None:
                out[f"combat_radius[{i}].payload"] = point.payload
        for i, off in enumerate(self.offload):
            out[f"offload[{i}]"] = off.offload
            out[f"offload[{i}].distance"] = off.distance
        for t in self.tanks:
            out[f"tanks[{t.name}].fuel"] = t.fuel
            out[f"tanks[{t.name}].drag"] = t.drag
            if t.mass is not None:
                out[f"tanks[{t.name}].mass"] = t.mass
        return out


@dataclass(frozen=True)
class Weapon:
    """A weapon: a missile with its own range, or a bomb carried to the target."""

    name: str
    kind: str
    range: Figure | None = None
    speed: Figure | None = None
    mass: Figure | None = None
    warhead_mass: Figure | None = None
    launch_platforms: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    note: str | None = None
    origin: str | None = field(default=None, compare=False)

    def figures(self) -> dict[str, Figure]:
        """Every figure of this weapon by field name."""
        return {name: value for name, value in vars(self).items() if isinstance(value, Figure)}


@dataclass(frozen=True)
class Place:
    """A named point on WGS84.

    Attributes
    ----------
    name
        Display name.
    lat, lon
        Decimal degrees on WGS84; longitude in [-180, 180].
    country
        ISO 3166-1 alpha-2 code of the country the point lies in; ``None`` for sea areas
        and other points outside any country.
    kind
        ``airbase``, ``airport``, ``city``, ``site``, ``sea area``, ``strait``, ``naval
        base``, ``region`` or ``point`` (a bare coordinate).
    aliases
        Other names the place is known by.
    source
        Where the coordinates come from.
    """

    name: str
    lat: float
    lon: float
    country: str | None = None
    kind: str = "point"
    aliases: tuple[str, ...] = ()
    source: str | None = None
    elevation: Figure | None = None
    runway_length: Figure | None = None
    icao: str | None = None
    iata: str | None = None
    note: str | None = None
    origin: str | None = field(default=None, compare=False)

    def figures(self) -> dict[str, Figure]:
        """Every figure of this place by field name."""
        return {name: value for name, value in vars(self).items() if isinstance(value, Figure)}
