"""rangecalc: can this aircraft, from these bases, reach these targets with this load.

The public API, re-exported here:

* units: :data:`ureg`, :func:`parse_quantity`, :func:`as_quantity`, :func:`magnitude`;
* geodesy on WGS84: :func:`distance`, :func:`geodesic_inverse`, :func:`destination`,
  :func:`points_along`, :func:`route_length`, :func:`range_ring`, and the permitted
  :func:`reach_area` of a base under an airspace policy;
* places: :class:`Place`, :func:`resolve_place`, :func:`parse_coordinates`;
* catalogs: :class:`Catalog`, :func:`load_catalog`, :func:`default_catalog`, the records
  :class:`Airframe`, :class:`Weapon`, :class:`Figure`;
* what is flown: :class:`Mission`, its :class:`Refueling` plan, :class:`TankLoad` and
  :class:`ReserveRule` (named rules in :data:`RESERVES`), and tankers'
  :func:`offload_curve`;
* the mission model: :func:`combat_radius`, :func:`max_payload`,
  :func:`payload_radius_curve`, :func:`calibration`, :func:`takeoff_limit`,
  :func:`sortie_time`, :func:`standoff_reach`, :func:`weapon_range`, with results as
  :class:`Interval` (low, nominal, high);
* at scale: :func:`sweep` (aircraft x bases x targets x loads as a DataFrame),
  :func:`bases_for` (the airfields that reach a target, ranked), :func:`coverage` (the
  share of a country a set of bases reaches, :class:`Coverage`), :func:`screen_reach`
  (geodesic reach verdicts for millions of pairs, certified on a sphere,
  :class:`Screening`), with :class:`Progress` for a bar on a terminal and Dask for a
  cluster (extra ``scale``);
* errors: :class:`RangecalcError` and its subclasses.

Pictures and files live in submodules: :mod:`rangecalc.export` (GeoJSON, KML),
:mod:`rangecalc.maps` (static maps; extra ``plot``) and :mod:`rangecalc.report` (the
offline HTML report).
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("rangecalc")
except PackageNotFoundError:  # running from a source checkout without installing
    __version__ = "0.1.0+source"

from rangecalc.airspace import AirspacePolicy, airspace, closed_airspace
from rangecalc.atmosphere import air_density, density_ratio, isa_temperature
from rangecalc.basing import compare_bases
from rangecalc.boundaries import Boundaries, builtin_boundaries, load_boundaries
from rangecalc.catalog import (
    Airframe,
    Catalog,
    Figure,
    RadiusPoint,
    UnknownEntryError,
    Weapon,
    builtin_catalog_dir,
    default_catalog,
    load_catalog,
)
from rangecalc.claims import Claim, Scenario, ScenarioError, Verdict, evaluate, load_scenario
from rangecalc.claims import check as check_scenario
from rangecalc.country_coverage import Coverage, coverage
from rangecalc.errors import (
    CatalogError,
    InputError,
    PlaceNotFoundError,
    RangecalcError,
    UnitError,
)
from rangecalc.geodesy import (
    Destination,
    GeodesicInverse,
    destination,
    distance,
    final_bearing,
    geodesic_inverse,
    initial_bearing,
    points_along,
    range_ring,
    route_length,
)
from rangecalc.hinges import Hinge
from rangecalc.interval import Interval
from rangecalc.mission import (
    Calibration,
    CheckPoint,
    RadiusResult,
    calibration,
    combat_radius,
    max_payload,
    payload_radius_curve,
    radius_samples,
)
from rangecalc.places import Place, airfield, parse_coordinates, resolve_place
from rangecalc.plan import Mission, Refueling, TankLoad
from rangecalc.progress import Progress
from rangecalc.reach import ReachArea, reach_area
from rangecalc.reserves import RESERVES, ReserveRule
from rangecalc.reverse import bases_for
from rangecalc.routing import Route, Router, country_of, route
from rangecalc.sampling import Estimate, Sampling
from rangecalc.screen import Screening, screen_reach
from rangecalc.sortie import SortieTime, sortie_time
from rangecalc.standoff import StandoffReach, standoff_reach, weapon_range
from rangecalc.sweeps import sweep
from rangecalc.takeoff import TakeoffLimit, takeoff_limit
from rangecalc.tankers import OffloadCurve, offload_curve
from rangecalc.units import Quantity, as_quantity, magnitude, parse_quantity, parse_unit, ureg

__all__ = [
    "RESERVES",
    "Airframe",
    "AirspacePolicy",
    "Boundaries",
    "Calibration",
    "Catalog",
    "CatalogError",
    "CheckPoint",
    "Claim",
    "Coverage",
    "Destination",
    "Estimate",
    "Figure",
    "GeodesicInverse",
    "Hinge",
    "InputError",
    "Interval",
    "Mission",
    "OffloadCurve",
    "Place",
    "PlaceNotFoundError",
    "Progress",
    "Quantity",
    "RadiusPoint",
    "RadiusResult",
    "RangecalcError",
    "ReachArea",
    "Refueling",
    "ReserveRule",
    "Route",
    "Router",
    "Sampling",
    "Scenario",
    "ScenarioError",
    "Screening",
    "SortieTime",
    "StandoffReach",
    "TakeoffLimit",
    "TankLoad",
    "UnitError",
    "UnknownEntryError",
    "Verdict",
    "Weapon",
    "__version__",
    "air_density",
    "airfield",
    "airspace",
    "as_quantity",
    "bases_for",
    "builtin_boundaries",
    "builtin_catalog_dir",
    "calibration",
    "check_scenario",
    "closed_airspace",
    "combat_radius",
    "compare_bases",
    "country_of",
    "coverage",
    "default_catalog",
    "density_ratio",
    "destination",
    "distance",
    "evaluate",
    "final_bearing",
    "geodesic_inverse",
    "initial_bearing",
    "isa_temperature",
    "load_boundaries",
    "load_catalog",
    "load_scenario",
    "magnitude",
    "max_payload",
    "offload_curve",
    "parse_coordinates",
    "parse_quantity",
    "parse_unit",
    "payload_radius_curve",
    "points_along",
    "radius_samples",
    "range_ring",
    "reach_area",
    "resolve_place",
    "route",
    "route_length",
    "screen_reach",
    "sortie_time",
    "standoff_reach",
    "sweep",
    "takeoff_limit",
    "ureg",
    "weapon_range",
]
