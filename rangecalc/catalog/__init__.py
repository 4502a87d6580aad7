"""Sourced catalogs of airframes, weapons and places (schema, loading, provenance)."""

from rangecalc.catalog.figure import Figure
from rangecalc.catalog.records import (
    PROFILES,
    REFUELING_KINDS,
    Airframe,
    Place,
    RadiusPoint,
    Tank,
    Weapon,
)
from rangecalc.catalog.schema import PLACE_KINDS, WEAPON_KINDS, field_names
from rangecalc.catalog.store import (
    TABLES,
    Catalog,
    UnknownEntryError,
    builtin_catalog_dir,
    default_catalog,
    load_catalog,
    normalize_name,
)

__all__ = [
    "PLACE_KINDS",
    "PROFILES",
    "REFUELING_KINDS",
    "TABLES",
    "WEAPON_KINDS",
    "Airframe",
    "Catalog",
    "Figure",
    "Place",
    "RadiusPoint",
    "Tank",
    "UnknownEntryError",
    "Weapon",
    "builtin_catalog_dir",
    "default_catalog",
    "field_names",
    "load_catalog",
    "normalize_name",
]
