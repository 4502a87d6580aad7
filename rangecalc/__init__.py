"""rangecalc: can this aircraft, from these bases, reach these targets with this load.

What a user needs is re-exported here; everything else is reachable from the subpackage
of its layer, bottom to top:

* :mod:`rangecalc.data` (units, errors, intervals, places, WGS84 geodesy) and
  :mod:`rangecalc.catalog` (the sourced records);
* :mod:`rangecalc.model` (what is flown and how far it reaches: the mission model,
  refuelling, reserves, take-off, sampling, hinges) beside :mod:`rangecalc.airspace`
  (borders, territorial seas, straits, routing, reach areas);
* :mod:`rangecalc.claims` (the legs a question requires, scenario files, the claim
  pipeline, the basing comparison, stand-off reach);
* :mod:`rangecalc.outputs` (GeoJSON/KML, maps, the report) beside :mod:`rangecalc.scale`
  (sweeps, bases-for, coverage, screening, clusters);
* :mod:`rangecalc.cli`, the command line.

An import-linter ``layers`` contract (``pyproject.toml``) keeps every layer from importing
the ones above it; :mod:`rangecalc._core` holds the plain-float kernels under them all.
Names and modules of 0.1 that moved still work for one release, with a
:class:`DeprecationWarning` saying where they are now (:mod:`rangecalc._moved`).
"""

from typing import Any

from rangecalc import _moved
from rangecalc._version import __version__
from rangecalc.airspace import AirspacePolicy, Route, reach_area, route
from rangecalc.catalog import Airframe, Catalog, Figure, Weapon, default_catalog, load_catalog
from rangecalc.claims import (
    Assessment,
    Claim,
    Scenario,
    compare_bases,
    evaluate,
    load_scenario,
    standoff_reach,
    weapon_range,
)
from rangecalc.claims import check as check_scenario
from rangecalc.data import (
    InputError,
    Interval,
    Place,
    Quantity,
    RangecalcError,
    distance,
    resolve_place,
    ureg,
)
from rangecalc.model import (
    Mission,
    Refueling,
    Sampling,
    TankLoad,
    combat_radius,
    max_payload,
    payload_radius_curve,
)
from rangecalc.scale import bases_for, coverage, sweep

_moved.install()


def __getattr__(name: str) -> Any:
    """A name or module of 0.1 that moved: given, with a DeprecationWarning."""
    return _moved.name(name)


__all__ = [
    "Airframe",
    "AirspacePolicy",
    "Assessment",
    "Catalog",
    "Claim",
    "Figure",
    "InputError",
    "Interval",
    "Mission",
    "Place",
    "Quantity",
    "RangecalcError",
    "Refueling",
    "Route",
    "Sampling",
    "Scenario",
    "TankLoad",
    "Weapon",
    "__version__",
    "bases_for",
    "check_scenario",
    "combat_radius",
    "compare_bases",
    "coverage",
    "default_catalog",
    "distance",
    "evaluate",
    "load_catalog",
    "load_scenario",
    "max_payload",
    "payload_radius_curve",
    "reach_area",
    "resolve_place",
    "route",
    "standoff_reach",
    "sweep",
    "ureg",
    "weapon_range",
]
