"""Reach areas that respect airspace: every point a permitted route reaches within a radius.

Model
-----
The *permitted reach area* of a base for a radius ``R`` under an airspace policy is the set
of points whose permitted-route distance ``D`` from the base (the length of the route
:func:`rangecalc.route` would fly, under the same exemption rule: the base's own country
and the point's own country stay open, :func:`rangecalc.airspace.routing.leg_exemptions`) is at
most ``R``. Without closed airspace it is the geodesic disc, :func:`rangecalc.data.range_ring`.

``D`` is found on a grid in the azimuthal equidistant projection centred on the base, at
the finest level ``resolution`` apart, by refining a coarse grid level by level (a
quadtree). ``D`` is 1-Lipschitz along open legs: a point ``g`` metres (geodesic) from a
point of the coarser level, by a leg that cannot touch closed airspace (the coarser point
lies farther than ``g`` from it), has ``D`` within ``g`` of that point's. Each point
carries such a bracket ``[lo, hi]``. With ``t = resolution / sqrt(2)`` (half a cell's
diagonal), a point is inside an area when ``hi <= R + t`` and outside when ``lo > R -
t``; only where a bracket decides neither for one of the radii, or the leg may touch
closed airspace, is ``D`` computed exactly by the router. No point is placed on a guess:
every point inside has ``D <= R + t``, every point outside ``D > R - t``.

The areas are unions of grid cells (squares of side ``resolution``) around the points
inside, so every point of an area has a route within ``R + resolution * sqrt(2)``, and
every point outside one a route longer than ``R - resolution * sqrt(2)``: the edge lies
within one cell diagonal of the true contour. The route lengths themselves carry the
router's accuracy (``Router`` corners sit up to its ``accuracy_km`` out from closed
airspace).

Limits: a radius that reaches across a pole or the antimeridian is refused with a
clear error (use :func:`rangecalc.data.range_ring` for those rings). Cost grows with how
cluttered the closed airspace is: a few seconds for a handful of denied countries at 10
km, but an allow-list (nearly every country closed) leaves most points to a search of
their own and takes minutes; the maps and the report draw rings only for those.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import shapely
from pyproj import Transformer
from shapely.geometry import MultiPolygon, Polygon, box
from shapely.geometry.base import BaseGeometry

from rangecalc._core import geodesic as _g
from rangecalc._core.visibility import geodesic_legs
from rangecalc.airspace.boundaries import Boundaries, builtin_boundaries
from rangecalc.airspace.policy import (
    AirspacePolicy,
    airspace_m,
    degrees_spanning,
    with_sea,
)
from rangecalc.airspace.routing import CHECK_SPACING_M, Router, leg_permit
from rangecalc.data.errors import InputError
from rangecalc.data.geodesy import azimuthal_equidistant
from rangecalc.data.interval import Interval
from rangecalc.data.places import Place, resolve_place
from rangecalc.data.units import magnitude, ureg

__all__ = ["Brackets", "ReachArea", "reach_area", "reach_brackets"]

#: The three areas, in the order of the interval they come from.
LEVELS = ("low", "nominal", "high")
#: The coarsest grid holds about this many spacings across the largest radius.
_COARSE_STEPS = 8
#: Closed countries opened, each for its own points (a router each), at most.
MAX_OPENED = 8
#: Metres per degree of latitude, less a margin: a bound that no degree is shorter than.
_M_PER_DEG = 110_500.0


@dataclass(frozen=True)
class ReachArea:
    """The permitted reach areas of one base for a low, nominal and high radius.

    Attributes
    ----------
    base
        The base.
    radii
        The radii, as an :class:`~rangecalc.data.interval.Interval`.
    areas
        ``{"low": ..., "nominal": ..., "high": ...}``: shapely geometries in (lon, lat)
        degrees, nested (low within nominal within high).
    resolution
        Grid spacing; an area's edge lies within ``resolution * sqrt(2)`` of the contour.
    closed
        The countries closed by the policy (each stays open for points inside it).
    exact_points, grid_points
        Points whose route length was computed by the router, and all points of the
        finest grid inside the largest radius: what the refinement saved.
    notes
        What the reader should know.
    """

    base: Place
    radii: Interval
    areas: dict[str, BaseGeometry]
    resolution: Any
    closed: frozenset[str]
    exact_points: int
    grid_points: int
    notes: tuple[str, ...] = field(default=())


def _radii(radius: object) -> Interval:
    if isinstance(radius, Interval):
        lo, nom, hi = (
            float(q.to("m").magnitude) for q in (radius.low, radius.nominal, radius.high)
        )
    elif isinstance(radius, tuple | list) and len(radius) == 3:
        lo, nom, hi = (float(magnitude(r, "m", name="radius")) for r in radius)
    else:
        lo = nom = hi = float(magnitude(radius, "m", name="radius"))
    values = np.array([lo, nom, hi])
    if not np.all(np.isfinite(values)) or np.any(values <= 0):
        raise InputError(f"radius: must be positive and finite, got {radius!r}")
    if not lo <= nom <= hi:
        raise InputError(f"radius: low <= nominal <= high must hold, got {radius!r}")
    return Interval.from_magnitudes(lo / 1000, nom / 1000, hi / 1000, "km")


class _Field:
    """Brackets ``[lo, hi]`` of the route length from the base, refined level by level."""

    def __init__(self, router: Router, base: Place, to_ll: Transformer, to_xy: Transformer) -> None:
        self.router, self.base, self.to_ll, self.to_xy = router, base, to_ll, to_xy
        self.obstacle = router.obstacle
        # the obstacle with its copies a turn east and west, against unwrapped legs
        self.blocked = router.blocked
        if not self.obstacle.is_empty:
            shapely.prepare(self.obstacle)
        self.exact = 0

    def lonlat(self, x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        lon, lat = self.to_ll.transform(x, y)
        return np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)

    def route_lengths(self, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
        """Exact route length [m] of each point (inf where none, or in closed airspace)."""
        self.exact += len(lon)
        out = np.full(len(lon), np.inf)
        if not len(lon):
            return out
        free = np.ones(len(lon), bool)
        if not self.obstacle.is_empty:
            free = ~shapely.intersects_xy(self.obstacle, lon, lat)
        if free.any():
            pts = np.column_stack([lat[free], lon[free]])
            out[free] = self.router.distances((self.base.lat, self.base.lon), pts)
        return out

    def seen(self, x: np.ndarray, y: np.ndarray, far_m: float, res_m: float) -> np.ndarray:
        """True where the straight line from the base, a geodesic, misses closed airspace.

        In the base's azimuthal equidistant projection the geodesics from the base are
        the rays from the origin: rays ``res_m / 2`` apart at *far_m* are cast against
        the projected closed airspace (densified first, so that its projected edges
        follow it), and a point counts as seen when the rays on either side of it run
        clear to beyond it by ``res_m``.
        """
        rho = np.hypot(x, y)
        if self.obstacle.is_empty:
            return np.ones(len(x), bool)
        n = int(2 ** np.ceil(np.log2(2.0 * np.pi * far_m / res_m)))
        width = 2.0 * np.pi / n
        theta = np.arange(n + 1) * width
        lon, lat = self.lonlat(far_m * np.cos(theta), far_m * np.sin(theta))
        frame = box(*_bbox(np.append(lon, self.base.lon), np.append(lat, self.base.lat)))
        near = self.obstacle.intersection(frame.buffer(1.0))
        clear = np.full(n, np.inf)
        if not near.is_empty:
            parts = shapely.get_parts(shapely.boundary(shapely.segmentize(near, 0.25)))
            clear = _first_hits(parts, self.to_xy, n)
        k = np.floor(np.mod(np.arctan2(y, x), 2.0 * np.pi) / width).astype(np.int64) % n
        # the sector of the point and its neighbours, all clear beyond the point
        far = np.minimum(np.minimum(clear[k], clear[(k + 1) % n]), clear[(k - 1) % n])
        return np.asarray(far >= rho + res_m, dtype=bool)

    def leg_clear(
        self,
        lon1: np.ndarray,
        lat1: np.ndarray,
        lon2: np.ndarray,
        lat2: np.ndarray,
        length_m: np.ndarray,
    ) -> np.ndarray:
        """True where the leg between two grid points misses closed airspace.

        Far from it (farther than the leg is long) it does; near it, the leg is tested as
        :func:`rangecalc.route` tests a leg: its geodesic sampled every
        :data:`~rangecalc.airspace.routing.CHECK_SPACING_M`.
        """
        clear = ~self.near_closed(lon1, lat1, length_m)
        test = np.flatnonzero(~clear)
        for part in np.array_split(test, max(1, len(test) // 4096)):
            if not len(part):
                continue
            # the geodesic itself, sampled as route() samples legs (CHECK_SPACING_M)
            lines, _ = geodesic_legs(
                lat1[part], lon1[part], lat2[part], lon2[part], spacing_m=CHECK_SPACING_M
            )
            clear[part] = ~np.asarray(shapely.intersects(self.blocked, lines), dtype=bool)
        return clear

    def near_closed(self, lon: np.ndarray, lat: np.ndarray, reach_m: np.ndarray) -> np.ndarray:
        """True where closed airspace may lie within *reach_m* of the point (conservative)."""
        if self.obstacle.is_empty:
            return np.zeros(len(lon), bool)
        cos = np.maximum(np.cos(np.radians(np.minimum(np.abs(lat) + 5.0, 89.0))), 0.01)
        deg = reach_m / (_M_PER_DEG * cos)
        return np.asarray(shapely.dwithin(self.obstacle, shapely.points(lon, lat), deg), dtype=bool)


def _refine(
    f: _Field,
    i: np.ndarray,
    j: np.ndarray,
    radii_m: np.ndarray,
    res_m: float,
    levels: int,
    care: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Brackets (lo, hi) of the route length [m] at grid points (i, j) (units of *res_m*).

    The coarsest level (indices multiple of ``2**levels``) is routed exactly; each finer
    point takes its nearest coarser point's bracket widened by the geodesic between them
    when that leg cannot touch closed airspace, and is routed exactly when it can, or when
    its bracket decides for no radius within the tolerance half a cell's diagonal (see the
    module docstring). An upper end of inf means "not inside". With *care*, only those
    points are routed below the coarsest level (the others only bound them).
    """
    tol = res_m / np.sqrt(2)
    x, y = i * res_m, j * res_m
    lon, lat = f.lonlat(x.astype(float), y.astype(float))
    # every route is at least the geodesic; where that is clear, it is the route
    direct = np.hypot(x, y).astype(float)
    lo = direct.copy()
    hi = np.full(len(i), np.inf)
    seen = f.seen(x.astype(float), y.astype(float), float(direct.max()), res_m)
    hi[seen] = direct[seen]
    step = 2**levels
    coarse = (i % step == 0) & (j % step == 0) & ~seen
    lo[coarse] = hi[coarse] = f.route_lengths(lon[coarse], lat[coarse])
    known = coarse | seen
    # position of each grid point, for finding a point's parent by its indices
    i0, j0 = i.min(), j.min()
    where = np.full((i.max() - i0 + 1, j.max() - j0 + 1), -1, dtype=np.int64)
    where[i - i0, j - j0] = np.arange(len(i))
    for level in range(levels - 1, -1, -1):
        s, ps = 2**level, 2 ** (level + 1)
        child = np.flatnonzero((i % s == 0) & (j % s == 0) & ~known)
        if not len(child):
            continue
        clo = direct[child].copy()
        chi = np.full(len(child), np.inf)
        bounded = np.zeros(len(child), bool)
        # the (up to four) points of the coarser level around each child
        for di in (0, 1):
            for dj in (0, 1):
                pi = (np.floor(i[child] / ps).astype(np.int64) + di) * ps
                pj = (np.floor(j[child] / ps).astype(np.int64) + dj) * ps
                q = _lookup(where, i0, j0, pi, pj)
                ok = q >= 0
                ok[ok] = known[q[ok]] & np.isfinite(hi[q[ok]])
                if not ok.any():
                    continue
                c, qq = child[ok], q[ok]
                g = _g.inverse(lat1=lat[c], lon1=lon[c], lat2=lat[qq], lon2=lon[qq])[0]
                # a leg that may touch closed airspace bounds nothing
                clear = f.leg_clear(lon[qq], lat[qq], lon[c], lat[c], g)
                k = np.flatnonzero(ok)[clear]
                chi[k] = np.minimum(chi[k], hi[qq[clear]] + g[clear])
                clo[k] = np.maximum(clo[k], lo[qq[clear]] - g[clear])
                bounded[k] = True
        straddle = np.zeros(len(child), bool)
        for r in radii_m:
            straddle |= (clo <= r - tol) & (chi > r + tol)
        need = ~bounded | straddle
        if care is not None:
            need &= care[child]
        exact = f.route_lengths(lon[child[need]], lat[child[need]])
        clo[need] = chi[need] = exact
        lo[child], hi[child] = clo, chi
        known[child] = True
    return lo, hi


def _first_hits(lines: np.ndarray, to_xy: Transformer, n: int) -> np.ndarray:
    """Nearest distance [m] of the closed airspace's edge in each of *n* sectors.

    *lines* are the edges in (lon, lat); projected to the base's azimuthal equidistant
    plane, each segment is cut into pieces no wider, seen from the base, than half a
    sector, so that every sector an edge crosses holds one of its points: the nearest
    point in a sector is never farther than where either of its bounding rays first
    meets closed airspace.
    """
    width = 2.0 * np.pi / n
    hits = np.full(n, np.inf)
    coords, which = shapely.get_coordinates(lines, return_index=True)
    if len(coords) < 2:
        return hits
    x, y = to_xy.transform(coords[:, 0], coords[:, 1])
    p = np.column_stack([x, y])
    same = which[1:] == which[:-1]  # consecutive vertices of one line: a segment
    a, b = p[:-1][same], p[1:][same]
    turn = np.arctan2(b[:, 1], b[:, 0]) - np.arctan2(a[:, 1], a[:, 0])
    span = np.abs(np.angle(np.exp(1j * turn)))
    m = np.maximum(1, np.ceil(span / (0.5 * width)).astype(np.int64))
    seg = np.repeat(np.arange(len(a)), m + 1)
    start = np.repeat(np.cumsum(m + 1) - (m + 1), m + 1)
    t = (np.arange(len(seg)) - start) / m[seg]  # 0, 1/m, ..., 1 along each segment
    q = a[seg] + (b[seg] - a[seg]) * t[:, None]
    angle = np.mod(np.arctan2(q[:, 1], q[:, 0]), 2.0 * np.pi)
    sector = np.floor(angle / width).astype(np.int64) % n
    np.minimum.at(hits, sector, np.hypot(q[:, 0], q[:, 1]))
    return hits


def _lookup(where: np.ndarray, i0: int, j0: int, pi: np.ndarray, pj: np.ndarray) -> np.ndarray:
    """Positions of grid points (pi, pj) in the point arrays, -1 where there is none."""
    a, b = pi - i0, pj - j0
    inside = (a >= 0) & (a < where.shape[0]) & (b >= 0) & (b < where.shape[1])
    out = np.full(len(pi), -1, dtype=np.int64)
    out[inside] = where[a[inside], b[inside]]
    return out


def _cells(x: np.ndarray, y: np.ndarray, res_m: float) -> BaseGeometry:
    """Union of the grid cells (squares of side *res_m*) centred on the points."""
    if not len(x):
        return Polygon()
    i = np.rint(x / res_m).astype(np.int64)
    j = np.rint(y / res_m).astype(np.int64)
    order = np.lexsort((i, j))
    i, j = i[order], j[order]
    # runs of consecutive cells along each row, one rectangle each
    brk = np.flatnonzero((np.diff(j) != 0) | (np.diff(i) != 1)) + 1
    starts = np.concatenate([[0], brk])
    ends = np.concatenate([brk, [len(i)]]) - 1
    h = res_m / 2
    boxes = shapely.box(
        i[starts] * res_m - h, j[starts] * res_m - h, i[ends] * res_m + h, j[starts] * res_m + h
    )
    return shapely.union_all(boxes)


def _to_lonlat(geom: BaseGeometry, to_ll: Transformer, res_m: float) -> BaseGeometry:
    """The projected area in (lon, lat), its edges densified to the grid spacing."""
    if geom.is_empty:
        return MultiPolygon()
    dense = shapely.segmentize(geom, res_m)

    def project(coords: np.ndarray) -> np.ndarray:
        lon, lat = to_ll.transform(coords[:, 0], coords[:, 1])
        return np.column_stack([lon, lat])

    out = shapely.make_valid(shapely.transform(dense, project))
    polys = [g for g in getattr(out, "geoms", [out]) if isinstance(g, Polygon) and g.area > 0]
    return MultiPolygon(polys) if len(polys) != 1 else polys[0]


def reach_area(
    base: Place | str,
    radius: object,
    *,
    policy: AirspacePolicy | None = None,
    resolution: object = "10 km",
    territorial_sea: object = None,
    boundaries: Boundaries | None = None,
) -> ReachArea:
    """Permitted reach areas of *base* for a radius interval under an airspace policy.

    Parameters
    ----------
    base
        A place or its name.
    radius
        An :class:`~rangecalc.data.interval.Interval` (e.g. ``combat_radius(...).radius``), a
        (low, nominal, high) triple, or one length such as ``"2,400 km"``.
    policy
        Closed airspace and its territorial sea (default: none, and the areas are
        geodesic discs); 0.1's *territorial_sea* beside it is still taken, with a warning.
    resolution
        Grid spacing, ``"10 km"`` by default (from 1 km to 500 km).
    boundaries
        As for :func:`rangecalc.route`.

    Returns
    -------
    ReachArea
        Three nested areas in (lon, lat), with what was computed and how exactly.
    """
    place = resolve_place(base) if isinstance(base, str) else base
    radii = _radii(radius)
    res_m = float(magnitude(resolution, "m", name="resolution"))
    if not 1_000.0 <= res_m <= 500_000.0:
        raise InputError(f"resolution: must be from 1 km to 500 km, got {resolution}")
    r_m = np.array([float(q.to("m").magnitude) for q in (radii.low, radii.nominal, radii.high)])
    b = boundaries or builtin_boundaries()
    policy = with_sea(policy or AirspacePolicy(), territorial_sea, "reach_area")
    g = reach_brackets(place, r_m, res_m, policy, boundaries=b)
    x, y, hi, to_ll = g.x, g.y, g.hi, g.to_ll
    exact, closed, notes = g.exact, g.closed, list(g.notes)
    areas = {}
    for name, r in zip(LEVELS, r_m, strict=True):
        sel = hi <= r + res_m / np.sqrt(2)
        areas[name] = _to_lonlat(_cells(x[sel], y[sel], res_m), to_ll, res_m)
    if closed:
        notes.append(
            f"route lengths as rangecalc.route computes them, closed: {', '.join(sorted(closed))}"
        )
    notes.append(
        f"grid {res_m / 1000:g} km in the base's azimuthal equidistant projection: edges "
        f"within {res_m / 1000 * np.sqrt(2):.1f} km of the contour; {exact:,} of "
        f"{len(x):,} points routed exactly, the rest bounded by neighbours"
    )
    return ReachArea(
        base=place,
        radii=radii,
        areas=areas,
        resolution=ureg.Quantity(res_m / 1000, "km"),
        closed=closed,
        exact_points=exact,
        grid_points=g.grid_points,
        notes=tuple(notes),
    )


@dataclass(frozen=True)
class Brackets:
    """Route-length brackets [m] from one base on its azimuthal equidistant grid.

    ``x, y`` are the grid points [m] in the base's projection (``to_ll`` maps them back to
    lon, lat), ``lo <= D <= hi`` their route lengths' brackets (``hi`` inf: not within
    the largest radius), as :func:`reach_area` describes; with a *region*, only the points
    near it. ``exact`` counts the points routed exactly.
    """

    x: np.ndarray
    y: np.ndarray
    lo: np.ndarray
    hi: np.ndarray
    to_ll: Transformer
    exact: int
    grid_points: int
    closed: frozenset[str]
    notes: tuple[str, ...]
    free: np.ndarray | None = None
    care: np.ndarray | None = None


def reach_brackets(
    place: Place,
    r_m: np.ndarray,
    res_m: float,
    policy: AirspacePolicy,
    *,
    boundaries: Boundaries | None = None,
    region: BaseGeometry | None = None,
    target_country: str | None = None,
) -> Brackets:
    """Brackets of the route length from *place* at every grid point within ``max(r_m)``.

    The engine of :func:`reach_area` (see the module docstring), also used for coverage:
    with *region* (lon, lat), only the grid points within a cell's diagonal of it are
    decided (and the coarser points around them that bound them). With
    *target_country*, every point is a point of that country (open, as a route's target
    country is), no other closed country is opened for its own points, and ``free``
    marks the points outside closed airspace.
    """
    b = boundaries or builtin_boundaries()
    width = policy.territorial_sea_m
    to_xy, to_ll = azimuthal_equidistant(place.lat, place.lon)
    _check_extent(place, float(r_m.max()) + res_m * np.sqrt(2) * 2)

    # the finest grid inside the largest radius (plus a cell)
    levels = max(0, int(np.floor(np.log2(max(r_m.max() / res_m / _COARSE_STEPS, 1.0)))))
    n = int(np.ceil(r_m.max() / res_m)) + 1
    n = int(np.ceil(n / 2**levels)) * 2**levels
    ax = np.arange(-n, n + 1)
    gi, gj = np.meshgrid(ax, ax, indexing="ij")
    inside = np.hypot(gi, gj) * res_m <= r_m.max() + res_m
    i, j = gi[inside], gj[inside]
    care: np.ndarray | None = None
    if region is not None:
        pad_m = (2**levels + 3) * res_m
        if region.is_empty:
            i, j = i[:0], j[:0]
        else:
            # the region's outline in the base's plane bounds the grid to consider
            outline = shapely.get_coordinates(shapely.segmentize(region.boundary, 0.05))
            ex, ey = (
                np.asarray(v, dtype=float) for v in to_xy.transform(outline[:, 0], outline[:, 1])
            )
            near = (
                (i * res_m >= ex.min() - pad_m)
                & (i * res_m <= ex.max() + pad_m)
                & (j * res_m >= ey.min() - pad_m)
                & (j * res_m <= ey.max() + pad_m)
            )
            i, j = i[near], j[near]
        lon_all, lat_all = to_ll.transform((i * res_m).astype(float), (j * res_m).astype(float))
        lat_max = float(np.max(np.abs(region.bounds[1::2]))) if not region.is_empty else 0.0
        # every grid point a cell of the region may take its decision from (the 3 x 3
        # around the nearest, up to 2.12 cells away), with a margin
        grow = degrees_spanning(res_m * 2.5, min(lat_max, 89.0))
        care = np.asarray(
            shapely.intersects_xy(region.buffer(grow), np.asarray(lon_all), np.asarray(lat_all)),
            dtype=bool,
        )
        pad = 2**levels
        if care.any():
            ii, jj = i[care], j[care]
            keep = (
                (i >= ii.min() - pad)
                & (i <= ii.max() + pad)
                & (j >= jj.min() - pad)
                & (j <= jj.max() + pad)
            )
        else:
            keep = np.zeros(len(i), bool)
        i, j, care = i[keep], j[keep], care[keep]
    x, y = (i * res_m).astype(float), (j * res_m).astype(float)
    lo = np.asarray(np.hypot(x, y), dtype=float)
    hi = np.full(len(i), np.inf)

    # the base's own country stays open, and a base on a closed border may cross that
    # strip near it: route()'s rule for a leg's origin (leg_permit)
    permit = leg_permit(place, place, policy, b)
    own, discs = permit.exempt, permit.discs
    closed = policy.closed(b, own)
    exact = 0
    notes = [n for n in permit.notes if n.startswith("origin")]  # the base: one end
    if not len(i):
        return Brackets(x, y, lo, hi, to_ll, 0, 0, closed, tuple(notes))
    if target_country is not None:
        own = own | {target_country}
        closed = policy.closed(b, own)
    router = Router.for_policy(policy, exempt=own, boundaries=b, discs=discs)
    f = _Field(router, place, to_ll, to_xy)
    lo, hi = _refine(f, i, j, r_m, res_m, levels, care=care)
    exact = f.exact
    if target_country is not None:
        lon, lat = f.lonlat(x, y)
        free = np.ones(len(x), bool)
        if not router.obstacle.is_empty:
            free = ~np.asarray(shapely.intersects_xy(router.obstacle, lon, lat), dtype=bool)
        if care is not None:
            hi = np.where(care, hi, np.inf)
        return Brackets(x, y, lo, hi, to_ll, exact, len(x), closed, tuple(notes), free, care)
    # Points inside a closed country are reached with that country open (the rule of
    # route(): a leg may always enter its target's country), each country on its own.
    lon, lat = f.lonlat(x, y)
    frame = box(*_bbox(lon, lat))
    candidates = []
    for code in sorted(closed):
        belt = airspace_m(code, width, b)
        if belt.is_empty or not belt.intersects(frame):
            continue
        mine = np.asarray(shapely.intersects_xy(belt, lon, lat), dtype=bool)
        if care is not None:
            mine &= care
        # a point within the boundaries' accuracy of the belt's edge has no certain
        # country: route() opens none for it wholesale, so neither does this
        edge = np.zeros(len(mine), dtype=bool)
        if mine.any():
            acc_deg = b.resolution_km * 1000.0 / (_M_PER_DEG * 0.5)
            edge[mine] = np.asarray(
                shapely.dwithin(belt.boundary, shapely.points(lon[mine], lat[mine]), acc_deg),
                dtype=bool,
            )
        mine &= ~edge
        if mine.any():
            candidates.append((float(np.min(np.hypot(x[mine], y[mine]))), code, mine))
    in_reach = sorted(candidates, key=lambda c: (c[0], c[1]))  # nearest first
    opened = []
    for _, code, mine in in_reach[:MAX_OPENED]:
        # the country's points, and around them the coarser points that bound them
        pad = 2**levels
        ii, jj = i[mine], j[mine]
        near = (
            (i >= ii.min() - pad)
            & (i <= ii.max() + pad)
            & (j >= jj.min() - pad)
            & (j <= jj.max() + pad)
        )
        router_c = Router.for_policy(
            policy,
            exempt=own | {code},
            boundaries=b,
            discs=discs,
        )
        fc = _Field(router_c, place, to_ll, to_xy)
        lo_c, hi_c = _refine(fc, i[near], j[near], r_m, res_m, levels, care=mine[near])
        exact += fc.exact
        take = mine[near]
        idx = np.flatnonzero(near)[take]
        lo[idx], hi[idx] = lo_c[take], hi_c[take]
        opened.append(code)
    if opened:
        notes.append(
            f"points in {', '.join(opened)} are reached with that country open (a route may "
            "always enter its target's country)"
        )
    if len(in_reach) > MAX_OPENED:
        left = ", ".join(c for _, c, _ in in_reach[MAX_OPENED:])
        notes.append(
            f"points inside {left} are LEFT OUT of the areas though route() may reach "
            f"them: with more than {MAX_OPENED} closed countries in reach, only the "
            f"{MAX_OPENED} nearest are opened for their own points"
        )
    if care is not None:  # points away from the region are not decided: not inside
        hi = np.where(care, hi, np.inf)
    return Brackets(x, y, lo, hi, to_ll, exact, len(x), closed, tuple(notes), care=care)


def _bbox(lon: np.ndarray, lat: np.ndarray) -> tuple[float, float, float, float]:
    return float(lon.min()), float(lat.min()), float(lon.max()), float(lat.max())


def _check_extent(place: Place, r_m: float) -> None:
    """Refuse radii that would wrap a pole or the antimeridian (the grid is one plane)."""
    pole = 90.0 if place.lat >= 0 else -90.0
    to_pole = float(_g.inverse(lat1=place.lat, lon1=place.lon, lat2=pole, lon2=place.lon)[0])
    azi = np.arange(720) * 0.5
    # the grid's corners reach beyond the radius: check rings out to the grid's edge
    s = np.array([0.5, 0.75, 1.0]) * r_m
    _, lon, _ = _g.direct(
        lat=np.full((3, 720), place.lat),
        lon=np.full((3, 720), place.lon),
        azi=np.broadcast_to(azi, (3, 720)),
        s=np.broadcast_to(s[:, None], (3, 720)),
    )
    east = place.lon + (np.asarray(lon) - place.lon + 180.0) % 360.0 - 180.0
    if to_pole <= r_m * 1.05 or np.any(np.abs(east) > 179.0):
        raise InputError(
            f"radius: {r_m / 1000:,.0f} km (with the grid's margin) from {place.name} "
            "reaches across a pole or the antimeridian, which reach_area does not handle; "
            "range_ring draws such rings"
        )
