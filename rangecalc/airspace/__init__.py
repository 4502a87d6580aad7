"""Airspace: borders, territorial seas, closed airspace, straits, routes and reach areas.

* :mod:`~rangecalc.airspace.boundaries`: the country polygons (Natural Earth 1:10m);
* :mod:`~rangecalc.airspace.policy`: territorial seas and median lines, the closed
  airspace of an :class:`AirspacePolicy`;
* :mod:`~rangecalc.airspace.straits`: transit passage (UNCLOS art. 38);
* :mod:`~rangecalc.airspace.routing`: the shortest permitted route (visibility graphs,
  the one exemption rule of a leg);
* :mod:`~rangecalc.airspace.reach`: the permitted reach area of a base.

This layer knows places and geodesy, nothing of missions or claims. The names of the
former module ``rangecalc.airspace`` (now :mod:`~rangecalc.airspace.policy`) are here too.
"""

from rangecalc.airspace.boundaries import Boundaries, builtin_boundaries, load_boundaries
from rangecalc.airspace.policy import (
    MAX_TERRITORIAL_SEA,
    NO_SOVEREIGN,
    TERRITORIAL_SEA,
    TERRITORIAL_SEA_M,
    AirspacePolicy,
    airspace,
    airspace_m,
    closed_airspace,
    closed_summary,
    country_airspace,
    degrees_spanning,
    geodesic_buffer,
    territorial_sea_width,
)
from rangecalc.airspace.reach import ReachArea, reach_area
from rangecalc.airspace.routing import (
    LegPermit,
    Route,
    Router,
    country_of,
    leg_permit,
    route,
)

__all__ = [
    "MAX_TERRITORIAL_SEA",
    "NO_SOVEREIGN",
    "TERRITORIAL_SEA",
    "TERRITORIAL_SEA_M",
    "AirspacePolicy",
    "Boundaries",
    "LegPermit",
    "ReachArea",
    "Route",
    "Router",
    "airspace",
    "airspace_m",
    "builtin_boundaries",
    "closed_airspace",
    "closed_summary",
    "country_airspace",
    "country_of",
    "degrees_spanning",
    "geodesic_buffer",
    "leg_permit",
    "load_boundaries",
    "reach_area",
    "route",
    "territorial_sea_width",
]
