"""Coverage: the share of a country's area that a set of bases reaches under a policy.

Model
-----
The country's land (the boundaries' polygon) is laid on an equal-area grid: square cells
of side ``resolution`` in a Lambert azimuthal equal-area projection of WGS84 centred on
the country (Snyder 1987, ch. 24), so every cell has the same area on the ellipsoid; a
cell belongs to the country when its centre lies in the polygon. A cell is covered at
the low, nominal or high radius when some base reaches its centre by a permitted route
of at most that radius. Route lengths come from the engine of :func:`rangecalc.reach_area`
on the base's own grid (azimuthal equidistant, same resolution): computed by the router,
or the geodesic where the leg is direct, wherever a bracket could not decide, else
bracketed within half a cell's diagonal by neighbours. Each cell centre takes the value
of the nearest point of that grid that lies outside closed airspace (among the 3 x 3
around it: a point across a closed border never reaches a cell of the country for it),
and counts as reached when that value (the middle of its bracket) is within the radius.
So the edge of the covered cells lies within about a cell's diagonal (res x sqrt(2):
the bracket's tolerance plus the step to the grid point) of the true contour, with no
bias to either side; with open skies the values are the geodesic distances of the grid
points themselves. The country itself is open, as the target's country of a route always
is. The coverage is covered cells over cells; the uncovered part is the union of the
uncovered cells, clipped to the country.

Adding a base can only add covered cells: the share never falls when a base is added.

Work is one task per base and tile of the grid (:func:`rangecalc.scale.parallel.run_tasks`):
here, one tile at a time, or on a Dask cluster; either way the same tasks, so the same
answer.

References
----------
.. [1] J. P. Snyder, *Map Projections: A Working Manual*, USGS Professional Paper 1395
   (1987), ch. 24 (Lambert azimuthal equal-area).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
import shapely
from pyproj import CRS, Transformer
from shapely.geometry import MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry

from rangecalc.airspace.boundaries import builtin_boundaries
from rangecalc.airspace.policy import AirspacePolicy, closed_summary, with_sea
from rangecalc.airspace.reach import LEVELS, _cells, _radii, reach_brackets
from rangecalc.catalog import Catalog, Place, default_catalog
from rangecalc.data.errors import InputError
from rangecalc.data.geodesy import azimuthal_equidistant
from rangecalc.data.interval import Interval
from rangecalc.data.places import resolve_place
from rangecalc.data.progress import Progress
from rangecalc.data.units import Quantity, magnitude, ureg
from rangecalc.model.mission import combat_radius
from rangecalc.model.plan import Mission
from rangecalc.scale.parallel import run_tasks

__all__ = ["Coverage", "coverage"]

#: Cells along a tile's side: one task covers at most this many squared.
TILE_CELLS = 256


@dataclass(frozen=True)
class Coverage:
    """The share of a country a set of bases reaches, at the low, nominal and high radius.

    Attributes
    ----------
    country
        ISO alpha-2 code.
    bases
        The bases.
    radius
        The radius interval flown from every base.
    shares
        ``{"low": ..., "nominal": ..., "high": ...}``: covered share of the cells, 0 to 1.
    uncovered
        The same keys: the part of the country not covered, in (lon, lat).
    per_base
        For each base, its own nominal share (what it covers alone).
    cells
        Cells of the country's grid.
    resolution
        Cell side.
    notes
        What the reader should know.
    """

    country: str
    bases: tuple[Place, ...]
    radius: Interval
    shares: dict[str, float]
    uncovered: dict[str, BaseGeometry]
    per_base: tuple[float, ...]
    cells: int
    resolution: Quantity
    notes: tuple[str, ...] = field(default=())

    @property
    def coverage(self) -> float:
        """The nominal share, 0 to 1."""
        return self.shares["nominal"]


@dataclass(frozen=True)
class _Task:
    """One base and one tile of the grid: small and picklable, no router inside."""

    base: Place
    radii_m: tuple[float, float, float]
    res_m: float
    policy: AirspacePolicy
    region_wkb: bytes
    country: str
    lon: np.ndarray
    lat: np.ndarray


def cover_tile(task: _Task) -> tuple[np.ndarray, int, tuple[str, ...]]:
    """Covered flags (3, cells) of one tile's cell centres from one base, exact routes, notes."""
    region = shapely.from_wkb(task.region_wkb)
    r_m = np.asarray(task.radii_m, dtype=float)
    g = reach_brackets(
        task.base,
        r_m,
        task.res_m,
        task.policy,
        region=region,
        target_country=task.country,
    )
    out = np.zeros((3, len(task.lon)), bool)
    if not len(g.x):
        return out, 0, g.notes
    # Each cell centre takes the decision of the nearest point of the base's grid that
    # lies outside closed airspace, among the 3 x 3 around it (a point across a closed
    # border is never what reaches a cell of the country).
    to_xy, _ = azimuthal_equidistant(task.base.lat, task.base.lon)
    x, y = (np.asarray(v, dtype=float) for v in to_xy.transform(task.lon, task.lat))
    gi = np.rint(g.x / task.res_m).astype(np.int64)
    gj = np.rint(g.y / task.res_m).astype(np.int64)
    i0, j0 = int(gi.min()) - 2, int(gj.min()) - 2
    where = np.full((int(gi.max()) - i0 + 3, int(gj.max()) - j0 + 3), -1, dtype=np.int64)
    where[gi - i0, gj - j0] = np.arange(len(gi))
    ci = np.rint(x / task.res_m).astype(np.int64)
    cj = np.rint(y / task.res_m).astype(np.int64)
    # a candidate must lie outside closed airspace and have been decided (near the region)
    free = np.ones(len(gi), bool) if g.free is None else g.free.copy()
    if g.care is not None:
        free &= g.care
    best = np.full(len(x), -1, dtype=np.int64)
    best_d = np.full(len(x), np.inf)
    for di in (-1, 0, 1):
        for dj in (-1, 0, 1):
            a, b = ci + di - i0, cj + dj - j0
            ok = (a >= 0) & (a < where.shape[0]) & (b >= 0) & (b < where.shape[1])
            q = np.full(len(x), -1, dtype=np.int64)
            q[ok] = where[a[ok], b[ok]]
            ok = q >= 0
            ok[ok] = free[q[ok]]
            d = np.hypot(x - (ci + di) * task.res_m, y - (cj + dj) * task.res_m)
            better = ok & (d < best_d)
            best[better], best_d[better] = q[better], d[better]
    found = best >= 0
    # the bracket's middle: the route length itself where it was computed (or the leg is
    # direct), so an open sky gives the geodesic disc without bias
    mid = 0.5 * (g.lo + g.hi)
    for level, r in enumerate(r_m):
        out[level, found] = mid[best[found]] <= r
    return out, g.exact, g.notes


def _equal_area(lat: float, lon: float) -> tuple[Transformer, Transformer]:
    crs = CRS.from_proj4(f"+proj=laea +lat_0={lat:.6f} +lon_0={lon:.6f} +ellps=WGS84 +units=m")
    geo = CRS.from_epsg(4326)
    return (
        Transformer.from_crs(geo, crs, always_xy=True),
        Transformer.from_crs(crs, geo, always_xy=True),
    )


def _project(geom: BaseGeometry, tf: Transformer) -> BaseGeometry:
    def move(coords: np.ndarray) -> np.ndarray:
        x, y = tf.transform(coords[:, 0], coords[:, 1])
        return np.column_stack([x, y])

    return shapely.transform(geom, move)


def coverage(
    bases: Iterable[str | Place],
    country: str,
    *,
    aircraft: str | None = None,
    mission: Mission | None = None,
    radius: object = None,
    policy: AirspacePolicy | None = None,
    resolution: object = "10 km",
    territorial_sea: object = None,
    catalog: Catalog | None = None,
    client: object = None,
    progress: Progress | None = None,
) -> Coverage:
    """Share of *country* that *bases* reach, with the uncovered part as a polygon.

    Parameters
    ----------
    bases
        Place references or places.
    country
        ISO alpha-2 code of the country covered (its land).
    aircraft, mission
        The aircraft and what it flies (:func:`rangecalc.combat_radius`); or give
        *radius* instead.
    radius
        A radius interval, (low, nominal, high) triple or one length, instead of an
        aircraft.
    policy
        Closed airspace and its territorial sea (an
        :class:`~rangecalc.airspace.policy.AirspacePolicy`); 0.1's *territorial_sea*
        beside it is still taken, with a warning.
    resolution
        Cell side of the equal-area grid (1 km to 500 km; default 10 km).
    client
        ``None``, or a ``dask.distributed.Client`` or scheduler address (extra
        ``scale``): one task per base and tile runs on its workers.
    progress
        Reports each task done.

    Examples
    --------
    >>> c = coverage(["Khmeimim"], "SY", radius="1,500 km", resolution="25 km")
    >>> c.coverage
    1.0
    """
    cat = catalog or default_catalog()
    places = tuple(resolve_place(b, cat) for b in bases)
    if not places:
        raise InputError("bases: name at least one base")
    if (aircraft is None) == (radius is None):
        raise InputError("coverage: give either an aircraft (with its mission) or a radius")
    notes: list[str] = []
    if aircraft is not None:
        res = combat_radius(aircraft, mission or Mission(), catalog=cat)
        radii = res.radius.to("km")
        notes.append(f"radius of the {res.airframe}: {radii.format('km')}")
    else:
        radii = _radii(radius)
    res_m = float(magnitude(resolution, "m", name="resolution"))
    if not np.isfinite(res_m) or not 1_000.0 <= res_m <= 500_000.0:
        raise InputError(f"resolution: must be from 1 km to 500 km, got {resolution}")
    code = country.strip().upper()
    b = builtin_boundaries()
    land = b.land(code)  # a clear error for a code without a polygon
    policy = with_sea(policy or AirspacePolicy(), territorial_sea, "coverage")

    # the equal-area grid of the country
    c = land.representative_point() if land.centroid.is_empty else land.centroid
    to_ea, from_ea = _equal_area(float(c.y), float(c.x))
    shape = _project(land, to_ea)
    x0, y0, x1, y1 = shape.bounds
    ax = np.arange(np.floor(x0 / res_m), np.ceil(x1 / res_m) + 1)
    ay = np.arange(np.floor(y0 / res_m), np.ceil(y1 / res_m) + 1)
    mx, my = np.meshgrid(ax * res_m, ay * res_m, indexing="ij")
    gx, gy = mx.ravel(), my.ravel()
    mine = np.asarray(shapely.contains_xy(shape, gx, gy), dtype=bool)
    cx, cy = gx[mine], gy[mine]
    if not len(cx):
        raise InputError(
            f"resolution: {res_m / 1000:g} km leaves no cell centre inside {code}; give a finer "
            "resolution"
        )
    lon, lat = (np.asarray(v, dtype=float) for v in from_ea.transform(cx, cy))

    # tiles of the grid, each a task per base
    ti = np.floor((cx - x0) / (res_m * TILE_CELLS)).astype(np.int64)
    tj = np.floor((cy - y0) / (res_m * TILE_CELLS)).astype(np.int64)
    tiles: dict[tuple[int, int], list[int]] = {}
    for k, key in enumerate(zip(ti.tolist(), tj.tolist(), strict=True)):
        tiles.setdefault(key, []).append(k)
    tile_index = [np.asarray(v) for _, v in sorted(tiles.items())]
    lo_m, nom_m, hi_m = (float(q.to("m").magnitude) for q in (radii.low, radii.nominal, radii.high))
    r_m = (lo_m, nom_m, hi_m)
    tasks: list[_Task] = []
    owner: list[tuple[int, np.ndarray]] = []
    for bi, base in enumerate(places):
        for idx in tile_index:
            hx, hy = cx[idx], cy[idx]
            h = res_m / 2
            cell = shapely.box(hx.min() - h, hy.min() - h, hx.max() + h, hy.max() + h)
            region = _project(shape.intersection(cell), from_ea)
            tasks.append(
                _Task(
                    base,
                    r_m,
                    res_m,
                    policy,
                    shapely.to_wkb(region),
                    code,
                    lon[idx],
                    lat[idx],
                )
            )
            owner.append((bi, idx))
    results = run_tasks(cover_tile, tasks, client=client, progress=progress, desc="coverage")
    covered = np.zeros((len(places), 3, len(cx)), bool)
    exact = 0
    seen_notes: dict[str, None] = {}
    for (bi, idx), (flags, n_exact, task_notes) in zip(owner, results, strict=True):
        covered[bi][:, idx] = flags
        exact += n_exact
        for n in task_notes:
            seen_notes.setdefault(n, None)
    union = np.asarray(covered.any(axis=0), dtype=bool)
    shares = {lvl: float(union[k].mean()) for k, lvl in enumerate(LEVELS)}
    uncovered: dict[str, BaseGeometry] = {}
    for k, lvl in enumerate(LEVELS):
        gap = ~union[k]
        part = shape.intersection(_cells(cx[gap], cy[gap], res_m)) if gap.any() else Polygon()
        geo = _project(shapely.segmentize(part, res_m), from_ea) if not part.is_empty else part
        polys = [g for g in shapely.get_parts(geo) if isinstance(g, Polygon) and g.area > 0]
        uncovered[lvl] = MultiPolygon(polys) if len(polys) != 1 else polys[0]
    per_base = tuple(float(covered[bi, 1].mean()) for bi in range(len(places)))
    notes.extend(seen_notes)
    closed = sorted(policy.closed(b, frozenset()) - {code})
    if closed:
        notes.append(
            f"closed: {closed_summary(closed, b)} ({code} itself is open to reach its cells)"
        )
    notes.append(
        f"equal-area grid (Lambert azimuthal, WGS84) of {len(cx):,} cells of "
        f"{res_m / 1000:g} km; {exact:,} route lengths computed exactly (counted per task: "
        "a base's coarsest points recur in each tile), the rest bounded"
    )
    return Coverage(
        country=code,
        bases=places,
        radius=radii,
        shares=shares,
        uncovered=uncovered,
        per_base=per_base,
        cells=len(cx),
        resolution=ureg.Quantity(res_m / 1000, "km"),
        notes=tuple(notes),
    )
