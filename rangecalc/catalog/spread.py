"""Default spreads: the uncertainty given to a figure whose sources show none.

A figure with one source, or with sources that agree, has no published spread, but it is
not exact: it is one publication's number, often for another variant or configuration.
Such a figure gets the default spread of its kind, symmetric about its value, and is
marked ``assumed`` (shown as "assumed spread" in ``catalog show`` and in the notes of
every answer that uses it).

Each default is the median relative half-width, ``(high - low) / 2 / value``, of the
catalog figures of that kind whose sources *do* disagree: the airframes of the team's
reference data and the weapons (the airframes added later from proxies and game data
would teach the defaults their own, narrower, disagreements); ``tools/default_spreads.py``
recomputes them:

======  ==========================================  =======  ==============
kind    fields                                      figures  median, used
======  ==========================================  =======  ==============
mass    empty and max take-off mass, max payload,   30       2.98 %  ->  3 %
        tank empty mass
fuel    internal fuel, tank fuel, tanker offload    10       2.11 %  ->  2 %
range   ferry range, combat radius, weapon range    19       12.00 % -> 12 %
speed   cruise and maximum speed, weapon speed      26       5.83 %  ->  6 %
======  ==========================================  =======  ==============

A figure written with ``low`` and ``high`` equal to its value is taken as stated: exact.
"""

from __future__ import annotations

__all__ = ["DEFAULT_SPREAD", "KIND_OF_FIELD"]

#: Relative half-width of the assumed spread, by kind of figure.
DEFAULT_SPREAD: dict[str, float] = {"mass": 0.03, "fuel": 0.02, "range": 0.12, "speed": 0.06}

#: The kind of each catalog field that takes a default spread (table, field).
KIND_OF_FIELD: dict[tuple[str, str], str] = {
    ("airframes", "empty_mass"): "mass",
    ("airframes", "max_takeoff_mass"): "mass",
    ("airframes", "max_payload"): "mass",
    ("airframes", "internal_fuel"): "fuel",
    ("airframes", "external_fuel"): "fuel",
    ("airframes", "ferry_range"): "range",
    ("airframes", "combat_radius"): "range",
    ("airframes", "cruise_speed"): "speed",
    ("airframes", "max_speed"): "speed",
    ("airframes", "offload"): "fuel",
    ("airframes", "tank.fuel"): "fuel",
    ("airframes", "tank.mass"): "mass",
    ("weapons", "range"): "range",
    ("weapons", "speed"): "speed",
}
