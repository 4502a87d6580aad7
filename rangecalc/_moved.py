"""Names and modules that moved in 0.2, kept working for one release with a warning.

``rangecalc.<name>`` of a name no longer exported at the top (:data:`NAMES`) and
``import rangecalc.<module>`` of a module now in a layer's subpackage (:data:`MODULES`)
still give the object, with a :class:`DeprecationWarning` that says where it lives now.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import sys
import warnings
from types import ModuleType
from typing import Any

#: Top-level names of 0.1 no longer exported by ``rangecalc``, and where they are now.
#: One cannot be kept: ``rangecalc.airspace``, the function, is now the airspace layer's
#: package; the function is ``rangecalc.airspace.airspace``.
NAMES = {
    "RESERVES": "rangecalc.model",
    "Boundaries": "rangecalc.airspace",
    "Calibration": "rangecalc.model",
    "CatalogError": "rangecalc.data",
    "CheckPoint": "rangecalc.model",
    "Coverage": "rangecalc.scale",
    "Destination": "rangecalc.data",
    "Estimate": "rangecalc.model",
    "GeodesicInverse": "rangecalc.data",
    "Hinge": "rangecalc.model",
    "OffloadCurve": "rangecalc.model",
    "PlaceNotFoundError": "rangecalc.data",
    "Progress": "rangecalc.data",
    "RadiusPoint": "rangecalc.catalog",
    "RadiusResult": "rangecalc.model",
    "ReachArea": "rangecalc.airspace",
    "ReserveRule": "rangecalc.model",
    "Router": "rangecalc.airspace",
    "ScenarioError": "rangecalc.claims",
    "Screening": "rangecalc.scale",
    "SortieTime": "rangecalc.model",
    "StandoffReach": "rangecalc.claims",
    "TakeoffLimit": "rangecalc.model",
    "UnitError": "rangecalc.data",
    "UnknownEntryError": "rangecalc.catalog",
    "air_density": "rangecalc.model",
    "airfield": "rangecalc.data",
    "as_quantity": "rangecalc.data",
    "builtin_boundaries": "rangecalc.airspace",
    "builtin_catalog_dir": "rangecalc.catalog",
    "calibration": "rangecalc.model",
    "closed_airspace": "rangecalc.airspace",
    "country_of": "rangecalc.airspace",
    "density_ratio": "rangecalc.model",
    "destination": "rangecalc.data",
    "final_bearing": "rangecalc.data",
    "geodesic_inverse": "rangecalc.data",
    "initial_bearing": "rangecalc.data",
    "isa_temperature": "rangecalc.model",
    "load_boundaries": "rangecalc.airspace",
    "magnitude": "rangecalc.data",
    "offload_curve": "rangecalc.model",
    "parse_coordinates": "rangecalc.data",
    "parse_quantity": "rangecalc.data",
    "parse_unit": "rangecalc.data",
    "points_along": "rangecalc.data",
    "radius_samples": "rangecalc.model",
    "range_ring": "rangecalc.data",
    "route_length": "rangecalc.data",
    "screen_reach": "rangecalc.scale",
    "sortie_time": "rangecalc.model",
    "takeoff_limit": "rangecalc.model",
}

#: Modules of 0.1 and where they are now (``rangecalc.airspace`` and ``rangecalc.claims``
#: became the packages of their layers, which export the old modules' names).
MODULES = {
    f"rangecalc.{old}": f"rangecalc.{new}"
    for old, new in {
        "units": "data.units",
        "errors": "data.errors",
        "files": "data.files",
        "interval": "data.interval",
        "coordinates": "data.coordinates",
        "countries": "data.countries",
        "airfields": "data.airfields",
        "runways": "data.runways",
        "progress": "data.progress",
        "places": "data.places",
        "geodesy": "data.geodesy",
        "mission": "model.mission",
        "plan": "model.plan",
        "tankers": "model.tankers",
        "reserves": "model.reserves",
        "takeoff": "model.takeoff",
        "sortie": "model.sortie",
        "sampling": "model.sampling",
        "hinges": "model.hinges",
        "atmosphere": "model.atmosphere",
        "boundaries": "airspace.boundaries",
        "straits": "airspace.straits",
        "routing": "airspace.routing",
        "reach": "airspace.reach",
        "legs": "claims.legs",
        "basing": "claims.basing",
        "standoff": "claims.standoff",
        "export": "outputs.export",
        "maps": "outputs.maps",
        "report": "outputs.report",
        "sweeps": "scale.sweeps",
        "reverse": "scale.reverse",
        "screen": "scale.screen",
        "parallel": "scale.parallel",
        "country_coverage": "scale.coverage",
    }.items()
}


def _warn(old: str, new: str, stacklevel: int) -> None:
    warnings.warn(
        f"{old} moved to {new} in rangecalc 0.2; the old name goes in the next release",
        DeprecationWarning,
        stacklevel=stacklevel,
    )


def name(attribute: str) -> Any:
    """``rangecalc.<attribute>`` for a name that moved (AttributeError for any other)."""
    if attribute == "Verdict":  # 0.1's name of the Assessment
        _warn("rangecalc.Verdict", "rangecalc.Assessment", 4)
        return importlib.import_module("rangecalc.claims.claim").Assessment
    if attribute in NAMES:
        # the caller of rangecalc.__getattr__, which called this
        _warn(f"rangecalc.{attribute}", f"{NAMES[attribute]}.{attribute}", 4)
        return getattr(importlib.import_module(NAMES[attribute]), attribute)
    old = f"rangecalc.{attribute}"
    if old in MODULES:
        _warn(old, MODULES[old], 4)
        return importlib.import_module(MODULES[old])
    raise AttributeError(f"module 'rangecalc' has no attribute {attribute!r}")


class _Finder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Imports a module of 0.1 by its old name as the module at its new place."""

    def __init__(self) -> None:
        #: The specs of the modules given under an old name, to give back (see exec_module).
        self._specs: dict[str, importlib.machinery.ModuleSpec | None] = {}

    def find_spec(
        self, fullname: str, path: Any = None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in MODULES:
            return None
        return importlib.util.spec_from_loader(fullname, self)

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType:
        # 3: past this method and the import machinery's own frames, to the importing line
        _warn(spec.name, MODULES[spec.name], 3)
        module = importlib.import_module(MODULES[spec.name])
        self._specs[spec.name] = module.__spec__
        return module

    def exec_module(self, module: ModuleType) -> None:
        """Nothing to run: the module at its new place is imported already.

        The import system has just given it the old name's spec; its own goes back, so
        that tools reading ``__spec__`` (resources, coverage, ``-m``) still find its file.
        """
        if module.__spec__ is not None and module.__spec__.name in self._specs:
            module.__spec__ = self._specs[module.__spec__.name]


def install() -> None:
    """Put the finder of the old module names on ``sys.meta_path`` (once)."""
    if not any(isinstance(f, _Finder) for f in sys.meta_path):
        sys.meta_path.append(_Finder())
