"""Data: units, errors, intervals, coordinates, places and WGS84 geodesy.

The bottom layer, beside :mod:`rangecalc.catalog` (the sourced records): everything here
knows quantities and places, nothing of missions, airspace or claims.

* :mod:`~rangecalc.data.units`: the one unit registry and the boundary helpers;
* :mod:`~rangecalc.data.errors`: the errors every layer raises;
* :mod:`~rangecalc.data.interval`: (low, nominal, high) intervals;
* :mod:`~rangecalc.data.coordinates`, :mod:`~rangecalc.data.places`,
  :mod:`~rangecalc.data.airfields`, :mod:`~rangecalc.data.runways`,
  :mod:`~rangecalc.data.countries`: where things are;
* :mod:`~rangecalc.data.geodesy`: geodesics on WGS84 (Karney 2013, via pyproj);
* :mod:`~rangecalc.data.files`, :mod:`~rangecalc.data.progress`: reading files, and a
  progress bar on a terminal.

``boundaries.npz`` beside these modules is the shipped country polygons
(:mod:`rangecalc.airspace.boundaries`), derived by ``tools/build_boundaries.py``.
"""

from rangecalc.data.errors import (
    CatalogError,
    InputError,
    PlaceNotFoundError,
    RangecalcError,
    UnitError,
)
from rangecalc.data.geodesy import (
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
from rangecalc.data.interval import Interval
from rangecalc.data.places import Place, airfield, parse_coordinates, resolve_place
from rangecalc.data.progress import Progress
from rangecalc.data.units import (
    Quantity,
    as_quantity,
    magnitude,
    parse_quantity,
    parse_unit,
    ureg,
)

__all__ = [
    "CatalogError",
    "Destination",
    "GeodesicInverse",
    "InputError",
    "Interval",
    "Place",
    "PlaceNotFoundError",
    "Progress",
    "Quantity",
    "RangecalcError",
    "UnitError",
    "airfield",
    "as_quantity",
    "destination",
    "distance",
    "final_bearing",
    "geodesic_inverse",
    "initial_bearing",
    "magnitude",
    "parse_coordinates",
    "parse_quantity",
    "parse_unit",
    "points_along",
    "range_ring",
    "resolve_place",
    "route_length",
    "ureg",
]
