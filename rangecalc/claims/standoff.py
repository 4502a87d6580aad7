"""Weapons: a missile's own range, and the reach of a stand-off strike.

A stand-off strike is two journeys: the carrier flies to a launch point and home again
(its combat radius, payload released at the launch point), and the missile flies on from
there. Along one straight line the reach is the sum of the two; it is never the sum of a
*ferry* range and a missile range, and it is not a circle around the base once airspace
bends the carrier's route. Claims place the launch point explicitly (see the "Claims"
scenario files); this module gives the two intervals and their straight-line sum.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from rangecalc.catalog import Airframe, Catalog, Weapon, default_catalog
from rangecalc.data.errors import InputError
from rangecalc.data.interval import Interval
from rangecalc.model.mission import RadiusResult, combat_radius
from rangecalc.model.plan import Mission

__all__ = ["StandoffReach", "standoff_reach", "weapon_range"]


def _weapon(weapon: Weapon | str, catalog: Catalog | None) -> Weapon:
    return weapon if isinstance(weapon, Weapon) else (catalog or default_catalog()).weapon(weapon)


def weapon_range(weapon: Weapon | str, *, catalog: Catalog | None = None) -> Interval:
    """A missile's own range as an interval (low, nominal, high) from its catalog figure."""
    w = _weapon(weapon, catalog)
    if w.range is None:
        raise InputError(f"weapon: the {w.name} ({w.kind}) has no range of its own")
    return Interval(w.range.low, w.range.value, w.range.high)


@dataclass(frozen=True)
class StandoffReach:
    """Carrier radius to the launch point, weapon range, and their straight-line sum."""

    carrier: RadiusResult
    weapon: str
    weapon_range: Interval
    reach: Interval


def standoff_reach(
    airframe: Airframe | str,
    weapon: Weapon | str,
    mission: Mission | None = None,
    *,
    catalog: Catalog | None = None,
) -> StandoffReach:
    """Reach of *airframe* launching *weapon* at the end of its combat radius.

    *mission* is what the carrier flies to the launch point (its payload defaults to half
    the maximum), as for :func:`rangecalc.combat_radius`.
    """
    carrier = combat_radius(airframe, mission, catalog=catalog)
    missile = weapon_range(weapon, catalog=catalog)
    w = _weapon(weapon, catalog)
    if np.ndim(carrier.radius.low.magnitude) != 0:
        raise InputError("standoff_reach takes one payload, not an array")
    reach = Interval(
        (carrier.radius.low + missile.low).to("km"),
        (carrier.radius.nominal + missile.nominal).to("km"),
        (carrier.radius.high + missile.high).to("km"),
    )
    return StandoffReach(carrier=carrier, weapon=w.name, weapon_range=missile, reach=reach)
