"""rangecalc: can this aircraft, from these bases, reach these targets with this load.

The public API, re-exported here:

* units: :data:`ureg`, :func:`parse_quantity`, :func:`as_quantity`, :func:`magnitude`;
* geodesy on WGS84: :func:`distance`, :func:`geodesic_inverse`, :func:`destination`,
  :func:`points_along`, :func:`route_length`, :func:`range_ring`;
* places: :class:`Place`, :func:`resolve_place`, :func:`parse_coordinates`;
* catalogs: :class:`Catalog`, :func:`load_catalog`, :func:`default_catalog`, the records
  :class:`Airframe`, :class:`Weapon`, :class:`Figure`;
* errors: :class:`RangecalcError` and its subclasses.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("rangecalc")
except PackageNotFoundError:  # running from a source checkout without installing
    __version__ = "0.1.0+source"

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
from rangecalc.places import Place, airfield, parse_coordinates, resolve_place
from rangecalc.units import Quantity, as_quantity, magnitude, parse_quantity, parse_unit, ureg

__all__ = [
    "Airframe",
    "Catalog",
    "CatalogError",
    "Destination",
    "Figure",
    "GeodesicInverse",
    "InputError",
    "Place",
    "PlaceNotFoundError",
    "Quantity",
    "RadiusPoint",
    "RangecalcError",
    "UnitError",
    "UnknownEntryError",
    "Weapon",
    "__version__",
    "airfield",
    "as_quantity",
    "builtin_catalog_dir",
    "default_catalog",
    "destination",
    "distance",
    "final_bearing",
    "geodesic_inverse",
    "initial_bearing",
    "load_catalog",
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
