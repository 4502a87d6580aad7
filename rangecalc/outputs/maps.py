"""Static maps of assessed claims, and payload-range figures, drawn with matplotlib.

Projection
----------
:func:`claim_map` draws in an azimuthal equidistant projection on WGS84 (PROJ ``aeqd``,
whose ellipsoidal form follows Karney's geodesics) centred on the claim's best base.
Distance and direction from the base are therefore true everywhere on the map: each reach
ring is a circle of its true radius, and the scale bar holds along any line through the
base. Across those lines the scale grows with distance from the centre (by about 0.4 %
at 1,000 km and 3.7 % at 3,000 km), so the scale bar says it is true at the centre.
Every line is densified before it is projected: boundary, airspace and ring edges longer
than the map's step (1/600 of its span, at least 1 km) are interpolated along the
geodesic, and routes are drawn from :meth:`rangecalc.airspace.routing.Route.track`.

What is drawn
-------------
Land from the boundaries (the shipped Natural Earth 1:10m by default), clipped to a
longitude/latitude box around the map before projecting; the airspace the claim's route
had to avoid (the claim's :class:`~rangecalc.airspace.policy.AirspacePolicy` with the leg's own
exemptions, land plus territorial sea), hatched; the bases (or launch points), the best
one labelled; the targets in the verdict's colour (holds green, fails red, uncertain
amber), with a whole-country target outlined and its farthest point marked; the permitted
route to the worst target (and the way home, for a claim that recovers elsewhere) and the
great circle it replaces; the low, nominal and high reach rings around the best base; a
scale bar; a legend under the map; a title with the claim and its verdict, required
against available km. Nothing is downloaded: there are no map tiles.

:func:`map_frame` and :func:`project` give, for tests and annotations, the projection of a
claim map and the pixel at which a point is drawn.

matplotlib is an optional dependency (``pip install "rangecalc[plot]"``); it is imported
only when a figure is made, and only through the object-oriented API (no pyplot state),
so these functions are safe in servers and threads with any backend.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import numpy as np
import shapely
from numpy.typing import ArrayLike
from pyproj import Transformer
from shapely.geometry import MultiPolygon, Polygon, box
from shapely.geometry.base import BaseGeometry
from shapely.geometry.polygon import orient

from rangecalc._core import geodesic as _g
from rangecalc.airspace.boundaries import Boundaries, builtin_boundaries
from rangecalc.airspace.policy import airspace_m, closed_summary
from rangecalc.airspace.reach import ReachArea, reach_area
from rangecalc.catalog import Catalog, Place, default_catalog
from rangecalc.claims.claim import ERROR, Assessment
from rangecalc.data.errors import InputError
from rangecalc.data.geodesy import azimuthal_equidistant, range_ring
from rangecalc.data.places import resolve_place
from rangecalc.data.units import ureg
from rangecalc.model.mission import payload_radius_curve
from rangecalc.model.plan import Mission

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.path import Path as MplPath

    from rangecalc.catalog import Airframe

__all__ = [
    "BASE_COLOUR",
    "VERDICT_COLOURS",
    "MapFrame",
    "claim_map",
    "map_frame",
    "payload_range_figure",
    "project",
    "save_claim_map",
    "save_tornado",
    "tornado_figure",
]

#: Colour of each verdict: of the targets and of the reach rings.
VERDICT_COLOURS = MappingProxyType({"holds": "#1b8a3a", "fails": "#c62828", "uncertain": "#e69500"})
#: Face colour of the base markers.
BASE_COLOUR = "#1f4e9c"
_ROUTE_COLOUR = "#202020"
_LAND, _LAND_EDGE, _SEA = "#f3f0e8", "#8c8c8c", "#dde9f2"
_CLOSED = "#3c3c3c"
#: Formats :func:`save_claim_map` writes, by suffix.
_FORMATS = MappingProxyType({".png": "png", ".svg": "svg"})
#: Margin around what the map must show, as a fraction of its span.
_MARGIN = 0.07
#: Layout of a claim map [inches]: the legend band and the footer under the axes.
_LEGEND_IN, _FOOTER_IN = 0.62, 0.42
_EPS = 1e-9
#: (ring, line style, line width [points]) of the reach rings, in the legend's order.
_RING_STYLES: tuple[tuple[str, Any, float], ...] = (
    ("low", (0, (5, 3)), 1.0),
    ("nominal", "-", 2.0),
    ("high", (0, (1, 2)), 1.0),
)


def _require_matplotlib() -> None:
    """Raise a clear error when the optional matplotlib is missing."""
    try:
        import matplotlib  # noqa: F401
    except ImportError as exc:
        raise InputError(
            'maps and figures need matplotlib, an optional extra: pip install "rangecalc[plot]"'
        ) from exc


def _new_figure(size: tuple[float, float], dpi: float) -> Figure:
    """A figure with its own Agg canvas: no pyplot, no global state."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=size, dpi=dpi)
    FigureCanvasAgg(fig)
    return fig


# ------------------------------------------------------------------------ the frame


@dataclass(frozen=True, eq=False)
class MapFrame:
    """The projection of a claim map and the Axes it is drawn in.

    Attributes
    ----------
    lat, lon
        Centre of the azimuthal equidistant projection (the best base). [decimal degrees]
    transformer
        WGS84 (lon, lat) to projected (x, y) metres east and north of the centre
        (:func:`rangecalc.data.geodesy.azimuthal_equidistant`).
    axes
        The map's Axes, whose data coordinates are projected metres.
    """

    lat: float
    lon: float
    transformer: Transformer
    axes: Axes

    @classmethod
    def centred(cls, *, lat: float, lon: float, axes: Axes) -> MapFrame:
        """The azimuthal equidistant frame centred on (lat, lon)."""
        to_xy, _ = azimuthal_equidistant(lat, lon)
        return cls(lat, lon, to_xy, axes)

    def xy(self, *, lat: ArrayLike, lon: ArrayLike) -> tuple[np.ndarray, np.ndarray]:
        """Projected metres (x east, y north) of points given in decimal degrees."""
        x, y = self.transformer.transform(np.asarray(lon, float), np.asarray(lat, float))
        return np.asarray(x, float), np.asarray(y, float)

    def lonlat(self, x: ArrayLike, y: ArrayLike) -> tuple[np.ndarray, np.ndarray]:
        """Decimal degrees (lon, lat) of projected points."""
        lon, lat = self.transformer.transform(
            np.asarray(x, float), np.asarray(y, float), direction="INVERSE"
        )
        return np.asarray(lon, float), np.asarray(lat, float)

    def pixel(self, *, lat: float, lon: float) -> tuple[float, float]:
        """Where (lat, lon) is drawn: (column, row) in pixels from the top-left corner.

        Floor both to index the RGBA buffer of the drawn figure:
        ``np.asarray(fig.canvas.buffer_rgba())[int(row), int(column)]``.
        """
        x, y = self.xy(lat=lat, lon=lon)
        self.axes.apply_aspect()
        col, up = self.axes.transData.transform((float(x), float(y)))
        return float(col), float(self.axes.figure.bbox.height - up)


def map_frame(fig: Figure) -> MapFrame:
    """The :class:`MapFrame` of a figure made by :func:`claim_map`."""
    frame = getattr(fig, "rangecalc", None)
    if not isinstance(frame, MapFrame):
        raise InputError("this figure was not made by rangecalc.outputs.maps.claim_map")
    return frame


def project(fig: Figure, *, lat: float, lon: float) -> tuple[float, float]:
    """Pixel (column, row from the top) at which a claim map draws (lat, lon)."""
    return map_frame(fig).pixel(lat=lat, lon=lon)


# ------------------------------------------------------------------ what is drawn


@dataclass(frozen=True)
class _Scene:
    """What one claim map shows, in decimal degrees, before projection."""

    assessment: Assessment
    base: Place
    bases: tuple[Place, ...]
    targets: tuple[Place, ...]
    worst: Place
    country: str | None
    colour: str
    #: (label, radius [km], ring polygon) for low, nominal and high
    rings: tuple[tuple[str, float, Polygon | MultiPolygon], ...]
    #: the route out, then the way home; (lat, lon) rows
    tracks: tuple[np.ndarray, ...]
    great_circle: np.ndarray
    closed: frozenset[str]
    sea_m: float


def _resolve(names: Sequence[str], catalog: Catalog, label: str) -> list[Place]:
    out = []
    for name in names:
        try:
            out.append(resolve_place(name, catalog))
        except InputError as exc:
            raise InputError(
                f"{label} {name!r}: {exc}; for a scenario's inline places pass "
                "catalog=scenario.catalog"
            ) from exc
    return out


def _rings(a: Assessment, base: Place) -> tuple[tuple[str, float, Polygon | MultiPolygon], ...]:
    """Reach rings around the best base; a non-positive reach has no ring."""
    assert a.available is not None
    km = a.available.magnitudes("km")
    return tuple(
        (
            label,
            float(r),
            range_ring(lat=base.lat, lon=base.lon, radius=ureg.Quantity(float(r), "km")),
        )
        for label, r in zip(("low", "nominal", "high"), km, strict=True)
        if float(r) > 0
    )


def _tracks(a: Assessment, step_m: float) -> tuple[np.ndarray, ...]:
    return tuple(
        np.array(r.track(ureg.Quantity(step_m, "m")), float).reshape(-1, 2)
        for r in a.routes
        if r.exists
    )


def _scene(a: Assessment, catalog: Catalog, b: Boundaries) -> _Scene:
    if a.verdict == ERROR or a.worst_target is None or a.available is None:
        raise InputError(
            f"claim {a.claim.id!r} could not be evaluated ({a.error}); there is nothing to map"
        )
    claim = a.claim
    base = a.routes[0].origin if a.routes else _resolve([str(a.best_base)], catalog, "base")[0]
    bases = _resolve(claim.launch if claim.kind == "weapon" else claim.bases, catalog, "base")
    country = claim.target.removeprefix("country:") if isinstance(claim.target, str) else None
    targets = [] if isinstance(claim.target, str) else _resolve(claim.target, catalog, "target")
    worst = a.worst_target
    closed = a.routes[0].closed if a.routes else claim.airspace.closed(b)
    step = _g.path_length(lat=[base.lat, worst.lat], lon=[base.lon, worst.lon]) / 200 + 1.0
    la, lo = _g.points_between(
        lat1=base.lat, lon1=base.lon, lat2=worst.lat, lon2=worst.lon, npts=201
    )
    return _Scene(
        assessment=a,
        base=base,
        bases=tuple(bases),
        targets=(*(t for t in targets if t != worst), worst),
        worst=worst,
        country=country,
        colour=VERDICT_COLOURS[a.verdict],
        rings=_rings(a, base),
        tracks=_tracks(a, max(step, 5_000.0)),
        great_circle=np.column_stack([la, lo]),
        closed=closed,
        sea_m=claim.airspace.territorial_sea_m,
    )


# ----------------------------------------------------------------------- geometry


def _polygons(geom: BaseGeometry) -> list[Polygon]:
    """The non-empty polygons in *geom*, whatever its type."""
    if isinstance(geom, Polygon):
        return [] if geom.is_empty else [geom]
    return [p for g in getattr(geom, "geoms", []) for p in _polygons(g)]


def _densify(lines: Sequence[np.ndarray], step_m: float) -> list[np.ndarray]:
    """Insert points along the geodesic of every edge longer than *step_m*.

    Takes and returns (n, 2) arrays of (lon, lat) vertices, all in one geodesic batch.
    """
    lens = np.array([len(line) for line in lines])
    lon, lat = np.vstack(lines).T
    s, azi, _ = _g.inverse(lat1=lat[:-1], lon1=lon[:-1], lat2=lat[1:], lon2=lon[1:])
    n = np.maximum(1, np.ceil(s / step_m)).astype(int)
    n[np.cumsum(lens)[:-1] - 1] = 1  # no points between one line's end and the next start
    n, s, azi = np.append(n, 1), np.append(s, 0.0), np.append(azi, 0.0)
    edge = np.repeat(np.arange(len(lon)), n)
    k = np.arange(int(n.sum())) - np.repeat(np.cumsum(n) - n, n)
    la, lo, _ = _g.direct(lat=lat[edge], lon=lon[edge], azi=azi[edge], s=s[edge] * k / n[edge])
    first = k == 0  # the original vertices, exactly
    la[first], lo[first] = lat[edge[first]], lon[edge[first]]
    start = np.cumsum(n) - n  # where each original vertex lands
    begin, end = start[np.cumsum(lens) - lens], start[np.cumsum(lens) - 1] + 1
    return [np.column_stack([lo[i:j], la[i:j]]) for i, j in zip(begin, end, strict=True)]


def _cut(coords: np.ndarray) -> list[np.ndarray]:
    """Split a ring of (lon, lat) vertices into the runs that are real lines.

    Edges along the antimeridian or a pole, where range rings and boundaries are cut
    to stay within [-180, 180] x [-90, 90], are dropped: they are not lines on Earth.
    """
    lon, lat = coords[:, 0], coords[:, 1]
    on_cut = (np.abs(lon) >= 180.0 - _EPS) | (np.abs(lat) >= 90.0 - _EPS)
    keep = ~(on_cut[:-1] & on_cut[1:])
    runs, start = [], None
    for i, ok in enumerate(np.append(keep, False)):
        if ok and start is None:
            start = i
        elif not ok and start is not None:
            runs.append(coords[start : i + 1])
            start = None
    return runs


@dataclass(frozen=True)
class _Projector:
    """Projects (lon, lat) geometry into a frame, densified at *step_m*."""

    frame: MapFrame
    step_m: float

    def lines(self, lines: Sequence[np.ndarray]) -> list[np.ndarray]:
        """(n, 2) projected metres of each (n, 2) (lon, lat) line, densified."""
        if not lines:
            return []
        dense = _densify(lines, self.step_m)
        lon, lat = np.vstack(dense).T
        xy = np.column_stack(self.frame.xy(lat=lat, lon=lon))
        return np.split(xy, np.cumsum([len(d) for d in dense])[:-1])

    def path(self, geoms: Sequence[BaseGeometry]) -> MplPath:
        """One compound path of every polygon (exteriors anticlockwise, holes clockwise)."""
        from matplotlib.path import Path as MplPath

        polys = [orient(p, 1.0) for g in geoms for p in _polygons(g)]
        rings = [np.asarray(r.coords) for p in polys for r in (p.exterior, *p.interiors)]
        done = [r for r in self.lines(rings) if len(r) >= 3 and np.isfinite(r).all()]
        if not done:
            return MplPath(np.zeros((0, 2)))
        return MplPath.make_compound_path(*(MplPath(r, closed=True) for r in done))

    def outlines(self, geoms: Sequence[BaseGeometry]) -> list[np.ndarray]:
        """The boundary lines of every polygon, without their cut edges."""
        rings = [
            np.asarray(r.coords)
            for g in geoms
            for p in _polygons(g)
            for r in (p.exterior, *p.interiors)
        ]
        return self.lines([run for r in rings for run in _cut(r)])


def _extent(scene: _Scene, frame: MapFrame, aspect: float) -> tuple[float, float, float, float]:
    """(x0, x1, y0, y1) holding the bases, targets, routes and nominal ring, with a margin.

    Widened in x or y to the Axes' *aspect* (width / height), so that the map fills them.
    """
    pts = [np.array([[p.lat, p.lon] for p in (scene.base, *scene.bases, *scene.targets)])]
    pts.extend(t for t in scene.tracks if len(t))
    pts.extend(
        np.asarray(ring.exterior.coords)[:, ::-1]  # (lon, lat) to (lat, lon)
        for label, _, geom in scene.rings
        if label == "nominal"
        for ring in _polygons(geom)
    )
    lat_lon = np.vstack(pts)
    x, y = frame.xy(lat=lat_lon[:, 0], lon=lat_lon[:, 1])
    ok = np.isfinite(x) & np.isfinite(y)
    x0, x1, y0, y1 = x[ok].min(), x[ok].max(), y[ok].min(), y[ok].max()
    pad = _MARGIN * max(x1 - x0, y1 - y0, 200_000.0)
    x0, x1, y0, y1 = x0 - pad, x1 + pad, y0 - pad, y1 + pad
    w, h = x1 - x0, y1 - y0
    if w / h < aspect:
        x0, x1 = x0 - (h * aspect - w) / 2, x1 + (h * aspect - w) / 2
    else:
        y0, y1 = y0 - (w / aspect - h) / 2, y1 + (w / aspect - h) / 2
    return float(x0), float(x1), float(y0), float(y1)


def _lonlat_boxes(frame: MapFrame, extent: tuple[float, float, float, float]) -> list[Polygon]:
    """Longitude/latitude boxes (two across the antimeridian) holding the map, padded."""
    x0, x1, y0, y1 = extent
    t = np.linspace(0.0, 1.0, 65)
    xs = np.concatenate([x0 + (x1 - x0) * t, np.full(65, x1), x1 - (x1 - x0) * t, np.full(65, x0)])
    ys = np.concatenate([np.full(65, y0), y0 + (y1 - y0) * t, np.full(65, y1), y1 - (y1 - y0) * t])
    lon, lat = frame.lonlat(xs, ys)
    world = [box(-180.0, -90.0, 180.0, 90.0)]
    if not (np.isfinite(lon).all() and np.isfinite(lat).all()):
        return world
    lat0, lat1 = max(-90.0, lat.min() - 3.0), min(90.0, lat.max() + 3.0)
    px, py = frame.xy(lat=[90.0, -90.0], lon=[0.0, 0.0])
    poles = (px >= x0) & (px <= x1) & (py >= y0) & (py <= y1)
    if poles[0]:
        lat1 = 90.0
    if poles[1]:
        lat0 = -90.0
    rel = _g.wrap180(lon - frame.lon)
    pad = 3.0 / max(np.cos(np.radians(max(abs(lat0), abs(lat1)))), 0.05)
    lo, hi = frame.lon + rel.min() - pad, frame.lon + rel.max() + pad
    if poles.any() or hi - lo >= 360.0 or rel.max() - rel.min() > 300.0:
        return [box(-180.0, lat0, 180.0, lat1)]
    if lo < -180.0:
        return [box(-180.0, lat0, hi, lat1), box(lo + 360.0, lat0, 180.0, lat1)]
    if hi > 180.0:
        return [box(lo, lat0, 180.0, lat1), box(-180.0, lat0, hi - 360.0, lat1)]
    return [box(lo, lat0, hi, lat1)]


def _clip_regions(frame: MapFrame, extent: tuple[float, float, float, float]) -> list[BaseGeometry]:
    """Where geometry is kept before projecting: the map's boxes, within a disc around it.

    The boxes' edges get a vertex every 0.5 degrees, so that densifying a clipped edge
    along the geodesic cannot bow it into view. The disc (10 % beyond the map's farthest
    corner, at most 19,000 km) keeps away from the antipode of the centre, where the
    projection tears.
    """
    x0, x1, y0, y1 = extent
    corner = float(np.hypot([x0, x1, x0, x1], [y0, y0, y1, y1]).max())
    radius = ureg.Quantity(min(1.1 * corner + 200_000.0, 19_000_000.0), "m")
    disc = range_ring(lat=frame.lat, lon=frame.lon, radius=radius)
    boxes = (shapely.segmentize(bx, 0.5) for bx in _lonlat_boxes(frame, extent))
    return [g for bx in boxes if not (g := bx.intersection(disc)).is_empty]


def _clipped(geom: BaseGeometry, regions: Sequence[BaseGeometry]) -> list[BaseGeometry]:
    return [g for r in regions if not (g := geom.intersection(r)).is_empty]


# ------------------------------------------------------------------------ drawing


def _draw_land(ax: Axes, pj: _Projector, b: Boundaries, regions: Sequence[BaseGeometry]) -> None:
    from matplotlib.collections import LineCollection
    from matplotlib.patches import PathPatch

    codes = sorted({c for r in regions for c in b.intersecting(r)})
    land = [g for c in codes for g in _clipped(b.polygons[c], regions)]
    ax.add_artist(PathPatch(pj.path(land), facecolor=_LAND, edgecolor="none", zorder=1))
    lines = LineCollection(pj.outlines(land), colors=_LAND_EDGE, linewidths=0.5, zorder=1.5)
    ax.add_collection(lines, autolim=False)


def _draw_closed(
    ax: Axes, pj: _Projector, scene: _Scene, b: Boundaries, regions: Sequence[BaseGeometry]
) -> None:
    from matplotlib.patches import PathPatch

    near = {c for r in regions for c in b.intersecting(r)}
    codes = sorted(c for c in scene.closed if c in b and c in near)
    parts = [g for c in codes for g in _clipped(airspace_m(c, scene.sea_m, b), regions)]
    if not parts:
        return
    patch = PathPatch(
        pj.path(parts),
        facecolor=(*_rgb(_CLOSED), 0.12),
        edgecolor=(*_rgb(_CLOSED), 0.5),
        hatch="///",
        linewidth=0.0,
        zorder=2,
        gid="closed-airspace",
    )
    ax.add_artist(patch)


def _draw_country(
    ax: Axes, pj: _Projector, scene: _Scene, b: Boundaries, regions: Sequence[BaseGeometry]
) -> None:
    from matplotlib.collections import LineCollection

    if scene.country is None or scene.country not in b:
        return
    parts = _clipped(b.land(scene.country), regions)
    lines = LineCollection(
        pj.outlines(parts), colors=scene.colour, linewidths=1.6, zorder=3, gid="target-country"
    )
    ax.add_collection(lines, autolim=False)


def _draw_reach(ax: Axes, pj: _Projector, scene: _Scene, reach: ReachArea) -> None:
    """The permitted reach areas: nominal filled, low and high as thin dashed edges."""
    from matplotlib.patches import PathPatch

    for level, alpha, ls in (
        ("high", 0.0, (0, (1, 2))),
        ("nominal", 0.22, "-"),
        ("low", 0.0, (0, (5, 3))),
    ):
        geom = reach.areas.get(level)
        if geom is None or geom.is_empty:
            continue
        ax.add_artist(
            PathPatch(
                pj.path([geom]),
                facecolor=(*_rgb(scene.colour), alpha),
                edgecolor=(*_rgb(scene.colour), 0.9),
                lw=0.8,
                ls=ls,
                zorder=3.5,
                gid=f"reach-{level}",
            )
        )


def claim_reach(
    assessment: Assessment, *, resolution: object = "25 km", catalog: Catalog | None = None
) -> ReachArea | None:
    """The permitted reach areas a claim map draws, or None when nothing is closed.

    Around the claim's best base (only: the other bases of a claim are not drawn), for
    its reach interval, under its airspace policy and territorial sea.
    Weapon claims, claims without closed airspace and claims under an allow-list get None
    (the rings say it all, or, for an allow-list, the areas would take minutes: nearly
    every country is closed and most points need a search of their own).
    """
    a = assessment
    policy = a.claim.airspace
    if a.available is None or a.claim.kind == "weapon":
        return None
    if policy.denied is None and policy.allowed is None:
        return None
    if policy.allowed is not None:
        # Nearly every country closed: the refinement routes most points, one search each,
        # minutes of work for a map. Rings only (reach_area itself still answers).
        return None
    base = a.routes[0].origin if a.routes else resolve_place(str(a.best_base), catalog)
    return reach_area(
        base,
        a.available,
        policy=policy,
        resolution=resolution,
    )


def _draw_rings(ax: Axes, pj: _Projector, scene: _Scene) -> None:
    from matplotlib.collections import LineCollection
    from matplotlib.patches import PathPatch

    for label, _, geom in scene.rings:
        if label != "nominal":  # inside the low ring is shaded twice: darker
            ax.add_artist(
                PathPatch(pj.path([geom]), facecolor=scene.colour, alpha=0.06, lw=0, zorder=4)
            )
        ls, lw = next((ls, lw) for name, ls, lw in _RING_STYLES if name == label)
        ax.add_collection(
            LineCollection(
                pj.outlines([geom]),
                colors=scene.colour,
                linestyles=ls,
                linewidths=lw,
                zorder=5 if label == "nominal" else 4.5,
                gid=f"ring-{label}",
            )
        )


def _draw_routes(ax: Axes, frame: MapFrame, scene: _Scene) -> None:
    gx, gy = frame.xy(lat=scene.great_circle[:, 0], lon=scene.great_circle[:, 1])
    ax.plot(gx, gy, color="#555555", ls=(0, (1, 2)), lw=1.0, zorder=6, gid="great-circle")
    for i, track in enumerate(scene.tracks):
        x, y = frame.xy(lat=track[:, 0], lon=track[:, 1])
        ls = "-" if i == 0 else "--"
        gid = "route" if i == 0 else "route-home"
        ax.plot(x, y, color=_ROUTE_COLOUR, ls=ls, lw=1.6, zorder=7, gid=gid)


_Box = tuple[float, float, float, float]
_Spot = tuple[float, float, str, str]
#: Where a label may go beside its point: offset [points], alignment; nearest first.
_LABEL_SPOTS = tuple(
    (sx * 7.0, sy * (5.0 + 11.0 * k), "left" if sx > 0 else "right", "bottom" if sy > 0 else "top")
    for k in range(4)
    for sx, sy in ((1, 1), (1, -1), (-1, 1), (-1, -1))
)
_LABEL_PT = 8.0


@dataclass
class _Labeller:
    """Puts each label on the first spot beside its point that is free and on the map.

    Free means overlapping no label or marker placed before (boxes in display pixels;
    a label's width is estimated from its length).
    """

    ax: Axes
    taken: list[_Box] = field(default_factory=list)

    def _px(self, xy: tuple[float, float]) -> tuple[float, float]:
        self.ax.apply_aspect()
        x, y = self.ax.transData.transform(xy)
        return float(x), float(y)

    def mark(self, xy: tuple[float, float], size_pt: float) -> None:
        """Keep labels off a marker of *size_pt* at data point *xy*."""
        x, y = self._px(xy)
        r = size_pt / 2 * self.ax.figure.dpi / 72
        self.taken.append((x - r, y - r, x + r, y + r))

    def _box(self, xy: tuple[float, float], text: str, spot: _Spot) -> _Box:
        scale = self.ax.figure.dpi / 72
        x, y = self._px(xy)
        w, h = 0.58 * _LABEL_PT * len(text) * scale, 1.25 * _LABEL_PT * scale
        x0 = x + spot[0] * scale - (w if spot[2] == "right" else 0.0)
        y0 = y + spot[1] * scale - (h if spot[3] == "top" else 0.0)
        return x0, y0, x0 + w, y0 + h

    def _free(self, box_: _Box) -> bool:
        ax_box = self.ax.bbox
        inside = ax_box.x0 <= box_[0] and box_[2] <= ax_box.x1
        inside = inside and ax_box.y0 <= box_[1] and box_[3] <= ax_box.y1
        return inside and not any(
            box_[0] < t[2] and t[0] < box_[2] and box_[1] < t[3] and t[1] < box_[3]
            for t in self.taken
        )

    def label(self, xy: tuple[float, float], text: str, colour: str, *, below: bool) -> None:
        """Write *text* beside data point *xy*, trying spots *below* it first or above."""
        from matplotlib import patheffects

        spots = sorted(_LABEL_SPOTS, key=lambda spot: abs(spot[1]) + (spot[1] > 0) * below)
        boxes = [(spot, self._box(xy, text, spot)) for spot in spots]
        spot, box_ = next(((s, b) for s, b in boxes if self._free(b)), boxes[0])
        self.taken.append(box_)
        self.ax.annotate(
            text,
            xy,
            xytext=spot[:2],
            textcoords="offset points",
            ha=spot[2],
            va=spot[3],
            fontsize=_LABEL_PT,
            color=colour,
            zorder=10,
            path_effects=[patheffects.withStroke(linewidth=2.5, foreground="white")],
        )


@dataclass(frozen=True)
class _Mark:
    """One place on the map: its marker and its label."""

    place: Place
    shape: str
    size_pt: float
    colour: str
    text: str
    text_colour: str
    gid: str


def _marks(scene: _Scene) -> list[_Mark]:
    """The best base, the worst target, then the other bases and targets."""
    a = scene.assessment
    role = "launch point" if a.claim.kind == "weapon" else "base"
    req = "no permitted route" if a.required_km is None else f"{a.required_km:,.0f} km"
    worst = f"farthest point of {scene.country}" if scene.country else scene.worst.name
    c = scene.colour
    return [
        _Mark(scene.base, "s", 9.0, BASE_COLOUR, f"{scene.base.name} (best {role})",
              BASE_COLOUR, "best-base"),
        _Mark(scene.worst, "o", 8.0, c, f"{worst}: {req}", "#202020", "worst-target"),
        *(_Mark(p, "s", 6.0, BASE_COLOUR, p.name, BASE_COLOUR, "base")
          for p in dict.fromkeys(scene.bases) if p != scene.base),
        *(_Mark(t, "o", 6.0, c, t.name, "#202020", "target")
          for t in scene.targets if t != scene.worst),
    ]  # fmt: skip


def _draw_places(ax: Axes, frame: MapFrame, scene: _Scene) -> None:
    """Markers for the bases and targets, then their labels, out of each other's way."""
    marks = _marks(scene)
    at = [frame.xy(lat=m.place.lat, lon=m.place.lon) for m in marks]
    labeller = _Labeller(ax)
    for m, (x, y) in reversed(list(zip(marks, at, strict=True))):  # the first on top
        ax.plot(
            [x], [y], marker=m.shape, ms=m.size_pt, mfc=m.colour, mec="white", mew=1.0,
            ls="none", zorder=10.5, gid=m.gid,
        )  # fmt: skip
        labeller.mark((float(x), float(y)), m.size_pt)
    for m, (x, y) in zip(marks, at, strict=True):
        labeller.label((float(x), float(y)), m.text, m.text_colour, below=m.shape == "o")


def _nice(km: float) -> float:
    """The largest 1, 2 or 5 times a power of ten not above *km*."""
    power = 10.0 ** np.floor(np.log10(km))
    return float(max(m * power for m in (1.0, 2.0, 5.0) if m * power <= km))


def _draw_scale_bar(ax: Axes, extent: tuple[float, float, float, float], centre: str) -> None:
    """A bar of a round length in projected metres, lower left, boxed in white."""
    from matplotlib.lines import Line2D
    from matplotlib.offsetbox import AnchoredOffsetbox, AuxTransformBox, TextArea, VPacker

    x0, x1, y0, y1 = extent
    km = _nice((x1 - x0) / 1000.0 / 5.0)
    tick = 0.008 * (y1 - y0)
    bar = AuxTransformBox(ax.transData)
    bar.add_artist(
        Line2D([0, 0, km * 1e3, km * 1e3], [tick, 0, 0, tick], color="black", lw=1.5,
               solid_capstyle="butt", gid="scale-bar")
    )  # fmt: skip
    label = TextArea(f"{km:,.0f} km, true at the centre ({centre})", textprops={"fontsize": 7})
    box_ = AnchoredOffsetbox(
        loc="lower left",
        child=VPacker(children=[label, bar], align="left", pad=0, sep=3),
        pad=0.4,
        borderpad=0.8,
        frameon=True,
    )
    box_.patch.set(facecolor="white", alpha=0.85, edgecolor="none")
    box_.set_zorder(11)
    ax.add_artist(box_)


def _rgb(colour: str) -> tuple[float, float, float]:
    from matplotlib.colors import to_rgb

    return to_rgb(colour)


def _draw_legend(fig: Figure, scene: _Scene, b: Boundaries, reach: ReachArea | None) -> None:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    km = {label: r for label, r, _ in scene.rings}
    c = scene.colour
    role = "launch point" if scene.assessment.claim.kind == "weapon" else "base"
    handles = [
        Line2D([], [], marker="s", ms=8, mfc=BASE_COLOUR, mec="white", ls="none", label=role),
        Line2D([], [], marker="o", ms=8, mfc=c, mec="white", ls="none",
               label=f"target ({scene.assessment.verdict})"),
        Line2D([], [], color=_ROUTE_COLOUR, lw=1.6, label="permitted route"),
        Line2D([], [], color="#555555", ls=(0, (1, 2)), lw=1.0, label="great circle"),
        Patch(facecolor=(*_rgb(_CLOSED), 0.12), edgecolor=(*_rgb(_CLOSED), 0.5), hatch="///",
              label=f"closed airspace ({closed_summary(scene.closed, b)})"),
    ]  # fmt: skip
    for label, ls, lw in _RING_STYLES:
        if label in km:
            text = f"reach, {label}: {km[label]:,.0f} km"
            handles.append(Line2D([], [], color=c, ls=ls, lw=lw, label=text))
    if reach is not None:
        res = reach.resolution.to("km").magnitude
        handles.append(
            Patch(facecolor=(*_rgb(c), 0.30), edgecolor="none",
                  label=f"permitted reach, nominal ({res:g} km grid)")
        )  # fmt: skip
    fig.legend(
        handles=handles,
        loc="lower center",
        bbox_to_anchor=(0.5, _FOOTER_IN / fig.get_figheight()),
        ncol=4,
        fontsize=7.5,
        frameon=False,
        handlelength=2.2,
        columnspacing=1.2,
    )


def _title_lines(a: Assessment, width: int) -> tuple[list[str], str]:
    lines = textwrap.wrap(a.claim.statement, width) or [a.claim.id]
    assert a.available is not None
    lo, nom, hi = a.available.magnitudes("km")
    req = "no permitted route" if a.required_km is None else f"required {a.required_km:,.0f} km"
    verdict = f"{a.verdict.upper()}: {req}; available {nom:,.0f} km ({lo:,.0f}–{hi:,.0f})"
    if a.estimate is not None:
        verdict += f"; P(holds) {a.estimate.percent()}"
    return lines, verdict


def _draw_texts(fig: Figure, scene: _Scene, boundaries: Boundaries) -> float:
    """Title at the top and footer at the bottom; returns the title's height [inches]."""
    w, h = fig.get_figwidth(), fig.get_figheight()
    lines, verdict = _title_lines(scene.assessment, int(w * 9.5))
    top = 0.12 / h
    fig.text(0.5, 1 - top, "\n".join(lines), ha="center", va="top", fontsize=11,
             fontweight="bold", linespacing=1.25)  # fmt: skip
    line_in = 11 * 1.25 / 72
    fig.text(0.5, 1 - top - len(lines) * line_in / h, verdict, ha="center", va="top",
             fontsize=10.5, color=scene.colour, fontweight="bold")  # fmt: skip
    a = scene.assessment
    note = (
        f"Claim {a.claim.id}. Azimuthal equidistant projection (WGS84) centred on "
        f"{scene.base.name}: distances from it are true. Reach rings are geodesic distance "
        f"from the best base; required is the permitted route. Borders: {boundaries.source}."
    )
    if a.estimate is not None:
        note += f" P(holds): {a.estimate.describe()}."
    top_hinge = a.hinges_on[0] if a.hinges_on and a.hinges_on[0].moves else None
    if top_hinge is not None:
        lo_v, hi_v = top_hinge.values()
        note += (
            f" Hinges most on the {top_hinge.label} ({lo_v} to {hi_v}: reach "
            f"{top_hinge.reach_km[0]:,.0f} to {top_hinge.reach_km[1]:,.0f} km)."
        )
    fig.text(0.5, 0.06 / h, "\n".join(textwrap.wrap(note, int(w * 17))), ha="center",
             va="bottom", fontsize=6.5, color="#444444")  # fmt: skip
    return 0.12 + (len(lines) + 1) * line_in + 0.12


def claim_map(
    assessment: Assessment,
    *,
    boundaries: Boundaries | None = None,
    catalog: Catalog | None = None,
    size: tuple[float, float] = (8.0, 8.0),
    dpi: float = 150.0,
    reach: ReachArea | None = None,
) -> Figure:
    """A static map of an assessed claim (see the module docstring for what is drawn).

    Parameters
    ----------
    assessment
        One result of :func:`rangecalc.check_scenario` or :func:`rangecalc.evaluate`.
    boundaries
        Country polygons for land and closed airspace; the shipped ones by default.
    catalog
        Where the claim's bases and targets are looked up: pass ``scenario.catalog`` for a
        scenario with inline places. The built-in catalogs by default.
    size
        Figure size. [inches]
    dpi
        Resolution of the figure (and of its PNG). [dots per inch]
    reach
        The permitted reach areas of the claim (:func:`rangecalc.reach_area` of its best
        base, interval and policy), drawn filled in the verdict's colour beneath the
        rings; :func:`claim_reach` computes them.

    Returns
    -------
    matplotlib.figure.Figure
        With an Agg canvas; :func:`map_frame` gives its projection and Axes.

    Raises
    ------
    InputError
        Without matplotlib, for a claim that could not be evaluated, or when a base or
        target is not in *catalog*.
    """
    _require_matplotlib()
    b = boundaries or builtin_boundaries()
    scene = _scene(assessment, catalog or default_catalog(), b)
    fig = _new_figure(size, dpi)
    title_in = _draw_texts(fig, scene, b)
    w, h = size
    bottom = (_FOOTER_IN + _LEGEND_IN) / h
    ax = fig.add_axes((0.02, bottom, 0.96, 1 - bottom - title_in / h))
    frame = MapFrame.centred(lat=scene.base.lat, lon=scene.base.lon, axes=ax)
    extent = _extent(scene, frame, aspect=0.96 * w / ((1 - bottom) * h - title_in))
    _style_axes(ax, extent)
    pj = _Projector(frame, max((extent[1] - extent[0]) / 600.0, 1_000.0))
    regions = _clip_regions(frame, extent)
    _draw_land(ax, pj, b, regions)
    _draw_closed(ax, pj, scene, b, regions)
    _draw_country(ax, pj, scene, b, regions)
    if reach is not None:
        _draw_reach(ax, pj, scene, reach)
    _draw_rings(ax, pj, scene)
    _draw_routes(ax, frame, scene)
    _draw_places(ax, frame, scene)
    _draw_scale_bar(ax, extent, scene.base.name)
    _draw_legend(fig, scene, b, reach)
    fig.rangecalc = frame  # type: ignore[attr-defined]
    return fig


def _style_axes(ax: Axes, extent: tuple[float, float, float, float]) -> None:
    ax.set_xlim(extent[0], extent[1])
    ax.set_ylim(extent[2], extent[3])
    ax.set_aspect("equal", adjustable="datalim")
    ax.set_facecolor(_SEA)
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_linewidth(0.6)


def save_claim_map(
    assessment: Assessment,
    path: str | Path,
    *,
    boundaries: Boundaries | None = None,
    catalog: Catalog | None = None,
    size: tuple[float, float] = (8.0, 8.0),
    dpi: float = 150.0,
    reach: ReachArea | None = None,
) -> Path:
    """Draw :func:`claim_map` and write it as PNG or SVG, chosen by *path*'s suffix.

    Returns
    -------
    pathlib.Path
        The file written.

    Raises
    ------
    InputError
        For a suffix other than ``.png`` or ``.svg`` (checked before anything is drawn),
        and as :func:`claim_map` does.
    """
    out, fmt = figure_format(path)
    fig = claim_map(
        assessment, boundaries=boundaries, catalog=catalog, size=size, dpi=dpi, reach=reach
    )
    fig.savefig(out, format=fmt)
    return out


def figure_format(path: str | Path) -> tuple[Path, str]:
    """The path and its figure format, ``png`` or ``svg`` by the suffix (else an error)."""
    out = Path(path)
    fmt = _FORMATS.get(out.suffix.lower())
    if fmt is None:
        raise InputError(
            f"{out}: a figure is written as PNG or SVG, chosen by the suffix (.png or "
            f".svg), got {out.suffix or 'no suffix'!r}"
        )
    if not out.parent.is_dir():
        raise InputError(f"{out}: no such directory {str(out.parent)!r} to write the figure in")
    if out.is_dir():
        raise InputError(f"{out}: is a directory; give a file name")
    return out, fmt


# -------------------------------------------------------------- payload and range


def payload_range_figure(
    airframe: Airframe | str,
    mission: Mission | None = None,
    *,
    catalog: Catalog | None = None,
    points: int = 40,
) -> Figure:
    """Combat radius (low, nominal, high) against payload, from zero to the maximum.

    Parameters
    ----------
    airframe
        An airframe or its name (looked up in *catalog*, the built-in catalogs by default).
    mission
        What is flown (its payload is ignored); a default :class:`~rangecalc.Mission`.
    points
        Number of payloads from zero to the maximum.

    Returns
    -------
    matplotlib.figure.Figure
        The nominal line has the gid ``"radius-nominal"``.
    """
    _require_matplotlib()
    from matplotlib.ticker import StrMethodFormatter

    flown = mission or Mission()
    af = (
        airframe
        if not isinstance(airframe, str)
        else (catalog or default_catalog()).airframe(airframe)
    )
    df = payload_radius_curve(af, flown, points=points, catalog=catalog)
    fig = _new_figure((7.0, 4.5), 120.0)
    ax = fig.add_axes((0.11, 0.12, 0.85, 0.74))
    t = df["payload_t"].to_numpy()
    low, nom, high = (df[f"radius_{k}_km"].to_numpy() for k in ("low", "nominal", "high"))
    ax.fill_between(t, low, high, color="#1f77b4", alpha=0.2, lw=0, label="low–high")
    ax.plot(t, nom, color="#1f77b4", lw=2, label="nominal", gid="radius-nominal")
    ax.plot(t, low, color="#1f77b4", lw=0.8, ls="--", gid="radius-low")
    ax.plot(t, high, color="#1f77b4", lw=0.8, ls="--", gid="radius-high")
    ax.set_xlabel("Payload [t]")
    ax.set_ylabel("Combat radius [km]")
    ax.set_xlim(0, float(t.max()))
    ax.set_ylim(bottom=0)
    ax.yaxis.set_major_formatter(StrMethodFormatter("{x:,.0f}"))
    ax.grid(alpha=0.3)
    ax.legend(loc="upper right", fontsize=9)
    fig.text(0.5, 0.97, f"{af.name}: combat radius against payload", ha="center", va="top",
             fontsize=12, fontweight="bold")  # fmt: skip
    fig.text(0.5, 0.915, f"Mission: {flown.describe()}", ha="center", va="top", fontsize=9)
    return fig


# ------------------------------------------------------------------------ tornado


def tornado_figure(assessment: Assessment, *, top: int = 10) -> Figure:
    """What a verdict hinges on: a tornado chart of its figures' swings.

    Each bar spans the reach with one figure at its low end and at its high end, the others
    nominal (:mod:`rangecalc.model.hinges`), the largest swing on top; the line across is the
    distance required. Blue marks the figure's low end, orange its high end.

    Returns
    -------
    matplotlib.figure.Figure
        Each bar has the gid ``"hinge-<rank>"`` (1 for the largest swing).

    Raises
    ------
    InputError
        Without matplotlib, or for a claim with no uncertain figure (nothing to rank).
    """
    _require_matplotlib()
    from matplotlib.ticker import StrMethodFormatter

    a = assessment
    hinges = [hg for hg in a.hinges_on if hg.moves][:top]
    if not hinges or a.available is None:
        raise InputError(f"{a.claim.id}: no uncertain figure moves its reach (verdict {a.verdict})")
    rows = len(hinges)
    fig = _new_figure((8.0, 1.6 + 0.42 * rows), 120.0)
    h = fig.get_figheight()
    ax = fig.add_axes((0.42, 0.5 / h, 0.54, 1 - 1.25 / h))
    nominal = float(a.available.nominal.to("km").magnitude)
    for k, hg in enumerate(hinges):
        y = rows - 1 - k
        lo, hi = hg.reach_km
        for end, colour in ((lo, "#1f77b4"), (hi, "#ff7f0e")):
            left, width = min(nominal, end), abs(end - nominal)
            ax.barh(y, width, left=left, height=0.6, color=colour, gid=f"hinge-{k + 1}")
        v_lo, v_hi = hg.values()
        label = textwrap.shorten(hg.label, 48, placeholder="…")
        ax.text(-0.01, y, f"{label}\n{v_lo} – {v_hi}", transform=ax.get_yaxis_transform(),
                ha="right", va="center", fontsize=7.5)  # fmt: skip
    ax.axvline(nominal, color="#444444", lw=0.8)
    if a.required_km is not None:
        ax.axvline(a.required_km, color=VERDICT_COLOURS["fails"], lw=1.6, ls="--")
        ax.text(a.required_km, rows - 0.45, f" required {a.required_km:,.0f} km", fontsize=8,
                color=VERDICT_COLOURS["fails"], va="bottom")  # fmt: skip
    ax.set_yticks([])
    ax.set_ylim(-0.6, rows - 0.1)
    ax.set_xlabel("Reach [km] with the figure at its low (blue) or high (orange) end")
    ax.xaxis.set_major_formatter(StrMethodFormatter("{x:,.0f}"))
    ax.grid(axis="x", alpha=0.3)
    p = "" if a.estimate is None else f", P(holds) {a.estimate.percent()}"
    title = f"{a.claim.id}: {a.verdict}{p}"
    fig.text(0.5, 1 - 0.1 / h, title, ha="center", va="top", fontsize=11, fontweight="bold")
    fig.text(0.5, 1 - 0.38 / h, "What the verdict hinges on: one figure at a time, the rest "
             "nominal", ha="center", va="top", fontsize=8.5, color="#444444")  # fmt: skip
    return fig


def save_tornado(assessment: Assessment, path: str | Path, *, top: int = 10) -> Path:
    """Draw :func:`tornado_figure` and write it as PNG or SVG, chosen by *path*'s suffix."""
    out, fmt = figure_format(path)
    tornado_figure(assessment, top=top).savefig(out, format=fmt)
    return out
