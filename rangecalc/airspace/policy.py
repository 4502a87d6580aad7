"""Airspace: a country's land plus its territorial sea, and who may fly where.

Model
-----
A country's airspace is its land territory and its territorial sea, which reaches a fixed
width (12 nmi by default, UNCLOS art. 3) from the coast over water only: never over any
land, and beyond it the high seas stay open. Where two coasts are nearer than twice the
width, the equidistance (median) line divides their seas (UNCLOS art. 15). Baselines,
straight baselines, internal waters, agreed maritime boundaries and disputed waters are
not modelled: the width is measured from the boundary polygons' coastline.

The sea belt is a geodesic buffer: each land polygon is cut into tiles of at most 8
degrees, each tile is buffered in an azimuthal equidistant projection centred on it (where
distances from any point within a few hundred km are true to better than 0.1 %), and the
pieces are joined and folded back across the antimeridian. A degree-based buffer would
shrink the belt by cos(latitude) east-west.

A policy is either ``denied=[...]`` (those countries' airspace is closed) or
``allowed=[...]`` (every other country's airspace is closed; the high seas stay open).
The origin's and the target's own countries are always open for that leg.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from dataclasses import dataclass, replace

import numpy as np
import shapely
from pyproj import Transformer
from shapely.geometry import MultiPolygon, Polygon, box
from shapely.geometry.base import BaseGeometry

from rangecalc._core.ring import fold_antimeridian
from rangecalc._core.tolerance import above, below, snap
from rangecalc.airspace.boundaries import Boundaries, builtin_boundaries, cached_for_builtin
from rangecalc.data.countries import is_country_code
from rangecalc.data.errors import InputError
from rangecalc.data.geodesy import azimuthal_equidistant
from rangecalc.data.units import Quantity, magnitude, ureg

__all__ = [
    "MAX_TERRITORIAL_SEA",
    "NO_SOVEREIGN",
    "TERRITORIAL_SEA",
    "TERRITORIAL_SEA_M",
    "AirspacePolicy",
    "airspace",
    "airspace_m",
    "closed_airspace",
    "closed_summary",
    "country_airspace",
    "degrees_spanning",
    "geodesic_buffer",
    "territorial_sea_width",
    "with_sea",
]

#: Width of the territorial sea, UNCLOS article 3.
TERRITORIAL_SEA = "12 nmi"
#: The same in metres (12 x 1,852 m, the international nautical mile).
TERRITORIAL_SEA_M = 22_224.0
#: Widest sea belt accepted [m]: 200 km, over eight times the 12 nmi (22.2 km) of UNCLOS
#: art. 3, which no state's territorial sea exceeds.
MAX_TERRITORIAL_SEA = 200_000.0
_TILE_DEG = 8.0
#: ISO codes of land that is no state's territory: Antarctica (AQ), where the Antarctic
#: Treaty (1959, art. IV) freezes every claim and no state's airspace is recognised.
#: An ``allowed=`` list leaves it open, like the high seas.
NO_SOVEREIGN = frozenset({"AQ"})


def territorial_sea_width(value: object, *, name: str = "territorial_sea") -> float:
    """The width of the territorial sea in metres, checked: 0 to 200 km.

    Raises
    ------
    InputError
        For a value that is not one length, or one outside that range.
    """
    if isinstance(value, list | tuple | dict):
        raise InputError(f"{name}: expected one length such as '12 nmi', got {value!r}")
    if isinstance(value, str):
        value = value.strip()
    width = float(magnitude(value, "m", name=name))
    if below(width, 0.0) or above(width, MAX_TERRITORIAL_SEA):
        raise InputError(f"{name}: expected 0 to 200 km (12 nmi by UNCLOS), got {value}")
    return float(snap(width, 0.0, MAX_TERRITORIAL_SEA))


@dataclass(frozen=True)
class AirspacePolicy:
    """Which countries' airspace is closed, and how far out to sea it reaches.

    Give at most one of *denied* (closed countries) or *allowed* (the only open ones; the
    high seas stay open either way, and ``allowed=[]`` leaves only them). With
    *transit_passage* (the default) the straits of :mod:`rangecalc.airspace.straits` stay
    open to aircraft in transit whatever the coastal states' policy (UNCLOS art. 38).
    ``territorial_sea_m`` is the width [m] of the sea belt that belongs to a country's
    airspace, 12 nmi by default (UNCLOS art. 3); :meth:`of` takes it as a length.
    """

    denied: frozenset[str] | None = None
    allowed: frozenset[str] | None = None
    transit_passage: bool = True
    territorial_sea_m: float = TERRITORIAL_SEA_M

    @property
    def territorial_sea(self) -> Quantity:
        """The width of the territorial sea, as a length."""
        return ureg.Quantity(self.territorial_sea_m, "m")

    def with_territorial_sea(self, width: object) -> AirspacePolicy:
        """The same policy with another territorial sea (a length, checked)."""
        return replace(self, territorial_sea_m=territorial_sea_width(width))

    @classmethod
    def of(
        cls,
        *,
        denied: Iterable[str] | None = None,
        allowed: Iterable[str] | None = None,
        transit_passage: object = True,
        territorial_sea: object = TERRITORIAL_SEA,
    ) -> AirspacePolicy:
        """Build and check a policy from lists of ISO alpha-2 codes and a sea belt width."""
        if not isinstance(transit_passage, bool):
            raise InputError(f"transit_passage: expected true or false, got {transit_passage!r}")
        if denied is not None and allowed is not None:
            raise InputError("airspace: give either denied or allowed, not both")
        for label, codes in (("denied", denied), ("allowed", allowed)):
            if codes is not None and (isinstance(codes, str) or not isinstance(codes, Iterable)):
                raise InputError(f"{label}: expected a list of country codes, got {codes!r}")
        denied = None if denied is None else list(denied)
        allowed = None if allowed is None else list(allowed)
        for label, codes in (("denied", denied), ("allowed", allowed)):
            if codes is None:
                continue
            for c in codes:
                if not isinstance(c, str) or not is_country_code(c):
                    raise InputError(
                        f"{label}: {c!r} is not an ISO 3166-1 alpha-2 code such as 'TR'"
                    )
        return cls(
            denied=None if denied is None else frozenset(denied),
            allowed=None if allowed is None else frozenset(allowed),
            transit_passage=transit_passage,
            territorial_sea_m=territorial_sea_width(territorial_sea),
        )

    def closed(self, boundaries: Boundaries, exempt: Iterable[str] = ()) -> frozenset[str]:
        """The countries whose airspace is closed, less the *exempt* ones.

        An ``allowed=`` list closes every country except those named and the territories
        of :data:`NO_SOVEREIGN`, which no state's permission governs; a ``denied=`` list
        closes what it names, those included.
        """
        free = set(exempt)
        if self.allowed is not None:
            return frozenset(
                c
                for c in boundaries
                if c not in self.allowed and c not in free and c not in NO_SOVEREIGN
            )
        return frozenset(c for c in (self.denied or ()) if c not in free)


def with_sea(policy: AirspacePolicy, territorial_sea: object, where: str) -> AirspacePolicy:
    """*policy* with the territorial sea a caller of 0.1 still passes beside it (warned).

    ``None`` (not given) keeps the policy's own.
    """
    if territorial_sea is None:
        return policy
    warnings.warn(
        f"{where}(territorial_sea=...) is deprecated: the policy holds it "
        "(AirspacePolicy.of(..., territorial_sea=...))",
        DeprecationWarning,
        stacklevel=3,
    )
    return policy.with_territorial_sea(territorial_sea)


def geodesic_buffer(geom: BaseGeometry, width_m: float) -> BaseGeometry:
    """Points within *width_m* of *geom* on the ellipsoid (lon/lat in, lon/lat out)."""
    pieces = []
    minx, miny, maxx, maxy = geom.bounds
    xs = np.arange(np.floor(minx / _TILE_DEG) * _TILE_DEG, maxx, _TILE_DEG)
    ys = np.arange(np.floor(miny / _TILE_DEG) * _TILE_DEG, maxy, _TILE_DEG)
    for x0 in xs:
        for y0 in ys:
            part = geom.intersection(box(x0, y0, x0 + _TILE_DEG, y0 + _TILE_DEG))
            if part.is_empty:
                continue
            lon0, lat0 = x0 + _TILE_DEG / 2, float(np.clip(y0 + _TILE_DEG / 2, -89.0, 89.0))
            fwd, inv = azimuthal_equidistant(lat0, lon0)

            def there(xy: np.ndarray, f: Transformer = fwd) -> np.ndarray:
                return np.column_stack(f.transform(xy[:, 0], xy[:, 1]))

            local = shapely.transform(part, there)
            grown = local.buffer(width_m, quad_segs=4)

            def back(xy: np.ndarray, i: Transformer = inv, c: float = lon0) -> np.ndarray:
                lon, lat = i.transform(xy[:, 0], xy[:, 1])
                lon = c + (np.asarray(lon) - c + 180.0) % 360.0 - 180.0  # unwrap near c
                return np.column_stack([lon, lat])

            pieces.append(shapely.make_valid(shapely.transform(grown, back)))
    if not pieces:
        return MultiPolygon()
    return fold_antimeridian(shapely.union_all(pieces))


def country_airspace(code: str, width_m: float, boundaries: Boundaries) -> BaseGeometry:
    """Land of *code* plus its sea belt *width_m* wide, over water, up to the median line.

    The belt is the water within *width_m* of the country's coast (never over anyone's
    land); where it reaches water nearer another country's coast, the equidistance line
    divides them (UNCLOS art. 15, the rule when the states have not agreed otherwise),
    so two neighbours' territorial seas never overlap. This is the computation behind
    :func:`airspace`; the built-in boundaries ship its result for the default 12 nmi
    (``tools/build_boundaries.py`` calls this function).
    """
    land = boundaries.land(code)
    if width_m == 0:
        return land
    belt = _raw_belt(code, width_m, boundaries)
    if belt.is_empty:
        return land
    contested = []
    for c in boundaries.intersecting(belt.buffer(_deg(width_m, belt))):
        theirs = _raw_belt(c, width_m, boundaries) if c != code else Polygon()
        if not theirs.is_empty and belt.intersects(theirs):
            part = belt.intersection(theirs)
            if part.area > 0:
                contested.append(part)
    if contested:
        theirs = _nearer_elsewhere(code, shapely.union_all(contested), width_m, boundaries)
        belt = belt.difference(theirs)
    return shapely.make_valid(land.union(belt))


def _deg(width_m: float, geom: BaseGeometry) -> float:
    """Degrees of longitude that span *width_m* everywhere in *geom*'s latitudes."""
    return degrees_spanning(width_m, max(abs(geom.bounds[1]), abs(geom.bounds[3])))


def degrees_spanning(length_m: float, lat: float) -> float:
    """Degrees (of longitude, so of latitude too) that span at least *length_m* at *lat*.

    A degree of longitude is 111.32 km times cos(latitude) on the equator's scale; the
    cosine is floored at 85 degrees of latitude, where a degree is still about 9.7 km,
    so the span stays finite up to the poles (a search margin, not a distance).
    """
    return length_m / 111_320.0 / float(np.cos(np.radians(min(abs(lat), 85.0))))


@cached_for_builtin(maxsize=1024)
def _raw_belt(code: str, width_m: float, boundaries: Boundaries) -> BaseGeometry:
    """Water within *width_m* of the country's coast, before the median lines."""
    land = boundaries.land(code)
    belt = geodesic_buffer(land, width_m)
    others: list[BaseGeometry] = [
        boundaries.polygons[c] for c in boundaries.intersecting(belt) if c != code
    ]
    if not boundaries.unclaimed.is_empty and boundaries.unclaimed.intersects(belt):
        others.append(boundaries.unclaimed)
    return belt.difference(shapely.union_all([land, *others]))


def _nearer_elsewhere(
    code: str, contested: BaseGeometry, width_m: float, boundaries: Boundaries
) -> BaseGeometry:
    """The parts of *contested* water nearer another country's coast than *code*'s.

    Each connected part is divided by the Voronoi cells of points every 0.01 degrees
    (about 1 km) along the nearby coasts, in a local plane whose x axis is scaled by the
    cosine of the part's latitude (the parts are tens of km across, where that plane is
    true to a fraction of a percent): the cells' boundary between two countries' points
    is their median line, to within half the spacing.
    """
    out = []
    for part in getattr(contested, "geoms", [contested]):
        if part.is_empty or part.area == 0:
            continue
        lat0 = (part.bounds[1] + part.bounds[3]) / 2.0
        k = float(np.cos(np.radians(min(abs(lat0), 85.0))))
        # every coast nearer than the belt's width to some point of the part
        reach = part.buffer(1.05 * _deg(width_m, part))
        pts, owners = [], []
        for c in boundaries.intersecting(reach):
            coast = boundaries.polygons[c].boundary.intersection(reach)
            if coast.is_empty:
                continue
            xy = shapely.get_coordinates(shapely.segmentize(coast, 0.01))
            pts.append(xy)
            owners.extend([c] * len(xy))
        if not pts or len(set(owners)) < 2:
            continue
        xy = np.vstack(pts)
        xy, first = np.unique(np.round(xy, 9), axis=0, return_index=True)
        owner = np.asarray(owners, dtype=object)[first]
        scaled = shapely.multipoints(np.column_stack([xy[:, 0] * k, xy[:, 1]]))
        cells = shapely.get_parts(shapely.voronoi_polygons(scaled, ordered=True))
        theirs = [c for c, o in zip(cells, owner, strict=True) if o != code]
        if not theirs:
            continue
        region = shapely.affinity.scale(shapely.union_all(theirs), 1.0 / k, 1.0, origin=(0, 0))
        out.append(part.intersection(region))
    return shapely.union_all(out) if out else Polygon()


@cached_for_builtin(maxsize=512)
def _airspace(code: str, width_m: float, boundaries: Boundaries) -> BaseGeometry:
    """A country's airspace: the shipped one for that width, else computed."""
    shipped = boundaries.precomputed_airspace(code, width_m)
    return shipped if shipped is not None else country_airspace(code, width_m, boundaries)


def airspace(
    code: str,
    *,
    territorial_sea: object = TERRITORIAL_SEA,
    boundaries: Boundaries | None = None,
) -> BaseGeometry:
    """A country's airspace (land plus territorial sea) as a (lon, lat) polygon."""
    width = territorial_sea_width(territorial_sea)
    return airspace_m(code, width, boundaries or builtin_boundaries())


def airspace_m(code: str, width_m: float, boundaries: Boundaries) -> BaseGeometry:
    """:func:`airspace` for a width already checked and in metres: for loops inside rangecalc.

    Shipped when the boundaries have it for that width, else computed once and kept.
    """
    return _airspace(code, width_m, boundaries)


def closed_airspace(
    codes: Iterable[str],
    *,
    territorial_sea: object = TERRITORIAL_SEA,
    boundaries: Boundaries | None = None,
) -> BaseGeometry:
    """Union of the airspace of *codes* (empty geometry for none)."""
    b = boundaries or builtin_boundaries()
    width = territorial_sea_width(territorial_sea)
    parts = [airspace_m(c, width, b) for c in sorted(codes)]
    if not parts:
        return Polygon()
    return shapely.union_all(parts)


def closed_summary(closed: Iterable[str], boundaries: Boundaries | None = None) -> str:
    """The closed countries in a few words: a list, or "all but ..." when most are closed.

    >>> closed_summary(["TR", "GE"])
    'GE, TR'
    """
    b = boundaries or builtin_boundaries()
    shut = sorted(set(closed))
    if not shut:
        return "none"
    if len(shut) <= len(b) / 2:
        return ", ".join(shut)
    open_ = sorted(c for c in b if c not in set(shut))
    if not open_:
        return f"every country ({len(shut)})"
    return f"every country but {', '.join(open_)} ({len(shut)} closed)"
