"""Transit passage: straits that aircraft may overfly even when the coastal states are closed.

Model
-----
UNCLOS Part III (arts. 37-38) gives ships and aircraft the right of transit passage
through straits used for international navigation between one part of the high seas (or
an exclusive economic zone) and another; it may not be suspended (art. 44). A strait is
modelled as a corridor: a geodesic buffer of its main channel, over water only. When
transit passage is on, the corridor is removed from the closed airspace, except

* straits whose ``regime`` is ``"excluded"`` (regulated by a long-standing convention,
  art. 35(c), like the Turkish Straits under Montreux; or an island-mainland strait with
  a convenient route seaward, art. 38(1), like Messina): they stay closed;
* straits whose ``regime`` is ``"disputed"``: the territorial seas of the states in
  ``disputed_by`` (Iran in Hormuz) stay closed, so the corridor opens only elsewhere.

The catalog is ``catalogs/straits/straits.toml``, each strait with its legal source.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import shapely
from shapely.geometry import LineString
from shapely.geometry.base import BaseGeometry

from rangecalc.airspace.boundaries import Boundaries
from rangecalc.airspace.policy import airspace_m, geodesic_buffer
from rangecalc.catalog import builtin_catalog_dir
from rangecalc.data.countries import is_country_code
from rangecalc.data.errors import InputError
from rangecalc.data.files import read_toml
from rangecalc.data.units import magnitude

__all__ = ["REGIMES", "Strait", "builtin_straits", "load_straits", "passages"]

REGIMES = ("transit", "disputed", "excluded")


@dataclass(frozen=True)
class Strait:
    """One strait: where its corridor runs, who borders it, and whether it is open."""

    name: str
    regime: str
    coastal_states: tuple[str, ...]
    path: tuple[tuple[float, float], ...]
    width_m: float
    source: str
    disputed_by: tuple[str, ...] = ()
    note: str = ""

    @property
    def opens(self) -> bool:
        """True if transit passage opens (some of) this corridor."""
        return self.regime != "excluded"


def _strait(entry: object, label: str) -> Strait:
    if not isinstance(entry, dict):
        raise InputError(f"{label}: expected a table")
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise InputError(f"{label}: 'name' must be text")
    where = f"{label} ({name})"
    regime = entry.get("regime")
    if regime not in REGIMES:
        raise InputError(f"{where}: regime must be one of {', '.join(REGIMES)}, got {regime!r}")
    codes = {}
    for key in ("coastal_states", "disputed_by"):
        value = entry.get(key, [])
        if not isinstance(value, list) or not all(
            isinstance(c, str) and is_country_code(c) for c in value
        ):
            raise InputError(f"{where}: {key} must be a list of ISO alpha-2 codes")
        codes[key] = tuple(value)
    if (regime == "disputed") != bool(codes["disputed_by"]):
        raise InputError(f"{where}: a disputed strait, and only one, names who disputes it")
    path = entry.get("path")
    if not isinstance(path, list) or len(path) < 2:
        raise InputError(f"{where}: path must list at least two [lat, lon] points")
    points = []
    for i, pt in enumerate(path):
        if not isinstance(pt, list) or len(pt) != 2:
            raise InputError(f"{where}: path[{i}] must be [lat, lon]")
        if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in pt) or not (
            abs(pt[0]) <= 90 and abs(pt[1]) <= 180
        ):
            raise InputError(f"{where}: path[{i}] must be [lat, lon] degrees, got {pt!r}")
        points.append((float(pt[0]), float(pt[1])))
    width = float(magnitude(entry.get("width"), "m", name=f"{where}: width"))
    if not 0 < width <= 50_000:
        raise InputError(f"{where}: width must be more than 0 and at most 50 km")
    source = entry.get("source")
    if not isinstance(source, str) or not source.strip():
        raise InputError(f"{where}: every strait needs a source")
    return Strait(
        name=name,
        regime=str(regime),
        coastal_states=codes["coastal_states"],
        path=tuple(points),
        width_m=width,
        source=source,
        disputed_by=codes["disputed_by"],
        note=str(entry.get("note", "")),
    )


def load_straits(path: str | Path) -> tuple[Strait, ...]:
    """Read a straits catalog: a TOML file of ``[[strait]]`` tables."""
    label = str(path)
    data = read_toml(path)
    entries = data.get("strait")
    if not isinstance(entries, list) or not entries:
        raise InputError(f"{label}: expected [[strait]] tables")
    return tuple(_strait(e, f"{label}: strait {i + 1}") for i, e in enumerate(entries))


@lru_cache(maxsize=1)
def builtin_straits() -> tuple[Strait, ...]:
    """The shipped straits catalog (beside the built-in catalogs, installed or checked out)."""
    return load_straits(builtin_catalog_dir() / "straits" / "straits.toml")


def corridor(strait: Strait, boundaries: Boundaries, territorial_sea_m: float) -> BaseGeometry:
    """The water that transit passage opens in *strait* (empty for an excluded one)."""
    if not strait.opens:
        return shapely.Polygon()
    line = LineString([(lon, lat) for lat, lon in strait.path])
    area = geodesic_buffer(line, strait.width_m / 2.0)
    land = [boundaries.polygons[c] for c in boundaries.intersecting(area)]
    if land:
        area = area.difference(shapely.union_all(land))
    for code in strait.disputed_by:
        if code in boundaries:
            area = area.difference(airspace_m(code, territorial_sea_m, boundaries))
    return shapely.make_valid(area)


def passages(
    boundaries: Boundaries, territorial_sea_m: float, straits: tuple[Strait, ...] | None = None
) -> tuple[tuple[Strait, BaseGeometry], ...]:
    """Every strait with the corridor transit passage opens in it."""
    return tuple(
        (s, corridor(s, boundaries, territorial_sea_m)) for s in (straits or builtin_straits())
    )
