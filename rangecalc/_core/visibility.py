"""Visibility graphs for the shortest route among polygonal obstacles on the Earth.

Model
-----
The shortest route around closed airspace bends only at convex corners of it, so the
search graph's nodes are those corners (pushed :data:`OFFSET_M` outwards so that a leg
between two of them never grazes the obstacle) and its edges the legs between corners
that see each other, weighted by their WGS84 geodesic length. Two graphs decide "see":

:class:`Frame`
    A gnomonic projection (:mod:`rangecalc._core.gnomonic`) of a region around a query,
    in which great circles are straight: a leg is one segment, tested against the
    projected obstacle with one prepared-polygon call. The region is a box some degrees
    across, or a cap around a pole; a route must stay inside it, and
    :meth:`Frame.certain` says when no shorter route could leave it.
:class:`Sphere`
    The whole globe, each leg a great circle sampled at :data:`SAMPLES` points by
    spherical interpolation: slower, but valid for any pair of points.

In both, only legs tangent to the obstacle at both of their corners are tested (a
bitangent visibility graph: a shortest route cannot bend at a corner it does not wrap),
rows of the graph are computed when the search first needs them, and where a graph would
hold more than :data:`MAX_NODES` corners the obstacle is grown and simplified further until
it holds fewer (``accuracy_km`` records how far out the corners then sit). The search is
Dijkstra's algorithm, A* towards a single target. Everything here is plain floats in
degrees and metres.

Reference: T. Lozano-Perez and M. A. Wesley, "An algorithm for planning collision-free
paths among polyhedral obstacles", Commun. ACM 22, 560-570 (1979) (the visibility graph);
the bitangent restriction is folklore of the same literature.
"""

from __future__ import annotations

import heapq
from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import Any

import numpy as np
import shapely
from shapely.geometry import Polygon, box
from shapely.geometry.base import BaseGeometry

from rangecalc._core import geodesic as _g
from rangecalc._core import gnomonic

__all__ = [
    "MAX_NODES",
    "OFFSET_M",
    "SPHERE_MARGIN",
    "Frame",
    "Graph",
    "Sphere",
    "angular_distance",
    "centre",
    "corners",
    "geodesic_legs",
    "sampled_legs",
    "spherical_distance",
    "tangent",
]

#: Points at which a leg of the whole-globe graph is sampled.
SAMPLES = 33
#: Most corners one frame may hold (the whole globe: twice as many); beyond it they coarsen.
MAX_NODES = 6_000
#: Mean Earth radius [m] (IUGG): gnomonic plane units to metres, spherical estimates.
EARTH_RADIUS = 6_371_008.8
#: First growth of the closed airspace for the corners [m].
OFFSET_M = 2_000.0


def corners(geom: BaseGeometry) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Convex corners of every ring of *geom* (holes too), with their ring neighbours.

    Rings are oriented with the obstacle on the left (exterior counter-clockwise, holes
    clockwise), so a convex corner of the obstacle is a left turn in either. Returns
    ``(corner, previous, next)`` coordinate arrays of shape (k, 2).
    """
    out: list[np.ndarray] = []
    for poly in getattr(geom, "geoms", [geom]):
        if not isinstance(poly, Polygon) or poly.is_empty:
            continue
        poly = shapely.geometry.polygon.orient(poly, 1.0)
        for ring_ in (poly.exterior, *poly.interiors):
            ring = np.asarray(ring_.coords)[:-1]
            if len(ring) < 3:
                continue
            prev, nxt = np.roll(ring, 1, axis=0), np.roll(ring, -1, axis=0)
            turn = cross(ring - prev, nxt - ring)
            keep = turn > 0
            out.append(np.stack([ring[keep], prev[keep], nxt[keep]]))
    if not out:
        empty = np.zeros((0, 2))
        return empty, empty, empty
    c = np.concatenate(out, axis=1)
    return c[0], c[1], c[2]


def cross(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.asarray(a[..., 0] * b[..., 1] - a[..., 1] * b[..., 0])


def tangent(d: np.ndarray, at: np.ndarray, prev: np.ndarray, nxt: np.ndarray) -> np.ndarray:
    """True where the line along *d* through corner *at* leaves both its neighbours on one side.

    Only such legs can bend a shortest route at that corner (they are tangent to the
    obstacle there); the others are skipped before any geometry test.
    """
    return np.asarray(cross(d, prev - at) * cross(d, nxt - at) >= 0.0)


def geodesic_legs(
    lat1: Any, lon1: Any, lat2: Any, lon2: Any, *, spacing_m: float | None = None
) -> Any:
    """Geodesics between point pairs as (lon, lat) linestrings, longitudes unwrapped.

    Each is sampled at 33 points, or every *spacing_m* metres when given.
    """
    lat1, lon1, lat2, lon2 = (
        np.atleast_1d(np.asarray(a, dtype=float)) for a in (lat1, lon1, lat2, lon2)
    )
    lat1, lon1, lat2, lon2 = np.broadcast_arrays(lat1, lon1, lat2, lon2)
    s, azi, _ = _g.inverse(lat1=lat1, lon1=lon1, lat2=lat2, lon2=lon2)
    n = SAMPLES
    if spacing_m is not None:
        n = max(2, int(np.ceil(float(np.max(s, initial=0.0)) / spacing_m)) + 1)
    frac = np.linspace(0.0, 1.0, n)
    lat, lon, _ = _g.direct(
        lat=lat1[:, None], lon=lon1[:, None], azi=azi[:, None], s=s[:, None] * frac[None, :]
    )
    lon = lon1[:, None] + np.degrees(np.unwrap(np.radians(lon - lon1[:, None]), axis=1))
    coords = np.stack([lon, lat], axis=-1)
    return shapely.linestrings(coords), s


def sampled_legs(lat1: Any, lon1: Any, lat2: Any, lon2: Any, spacing_m: float) -> Any:
    """Geodesics between point pairs, each sampled at most *spacing_m* apart on its own.

    Unlike :func:`geodesic_legs` with a spacing (one sample count for all, set by the
    longest), each leg gets ``max(2, ceil(s / spacing_m) + 1)`` points, so a leg's line
    does not depend on the other legs of the call. The ends broadcast (one origin to many
    targets, or pairs). Returns (lon, lat) linestrings with longitudes unwrapped, and the
    lengths [m].
    """
    lat1, lon1, lat2, lon2 = np.broadcast_arrays(
        *(np.atleast_1d(np.asarray(a, dtype=float)) for a in (lat1, lon1, lat2, lon2))
    )
    s, azi, _ = _g.inverse(lat1=lat1, lon1=lon1, lat2=lat2, lon2=lon2)
    n = np.maximum(2, np.ceil(s / spacing_m).astype(np.int64) + 1)
    line = np.repeat(np.arange(len(s)), n)
    first = np.repeat(np.cumsum(n) - n, n)
    k = np.arange(len(line)) - first
    frac = k / (n[line] - 1)
    lat, lon, _ = _g.direct(lat=lat1[line], lon=lon1[line], azi=azi[line], s=s[line] * frac)
    # unwrap each line's longitudes from its start (steps of a sampled geodesic are < 180)
    step = np.diff(lon, prepend=lon[:1])
    step = (step + 180.0) % 360.0 - 180.0
    step[k == 0] = 0.0
    run = np.cumsum(step)
    lon = lon1[line] + (run - run[first])
    coords = np.column_stack([lon, lat])
    return shapely.linestrings(coords, indices=line), s


def coarsened_corners(
    obstacle: BaseGeometry, grow: float, cap: int, keep: Callable[[np.ndarray], np.ndarray]
) -> tuple[tuple[np.ndarray, np.ndarray, np.ndarray], float, BaseGeometry]:
    """Corners of *obstacle* grown by *grow* and simplified by half that, at most *cap* of them.

    *keep* says which corners (x, y rows) may be nodes. While more than *cap* remain, the
    growth doubles. Returns the kept ``(corner, previous, next)``, the growth used and the
    grown obstacle (the envelope whose corners they are).
    """
    while True:
        env = obstacle.buffer(grow, quad_segs=2).simplify(grow / 2)
        c, p, n = corners(env)
        ok = keep(c) if len(c) else np.zeros(0, dtype=bool)
        if ok.sum() <= cap:
            return (c[ok], p[ok], n[ok]), grow, env
        grow *= 2.0


class Graph(ABC):
    """A lazily built visibility graph over corner nodes; subclasses say what a leg sees.

    ``nodes`` holds the (lat, lon) of each corner. :meth:`_sight` answers, for one point
    and some nodes, which of the legs between them are clear; rows of the node-to-node
    graph are computed on first use and cached, and a leg found to graze the closed
    airspace after all can be removed with :meth:`ban`.
    """

    nodes: np.ndarray
    accuracy_km: float

    def __init__(self) -> None:
        self._rows: dict[int, tuple[np.ndarray, np.ndarray]] = {}

    @abstractmethod
    def _sight(self, lat: float, lon: float, idx: np.ndarray, node: int | None) -> np.ndarray:
        """Which legs from the point (or from node *node*) to the nodes *idx* are clear."""

    def _distances(self, lat: float, lon: float, idx: np.ndarray) -> np.ndarray:
        return np.asarray(
            _g.inverse(lat1=lat, lon1=lon, lat2=self.nodes[idx, 0], lon2=self.nodes[idx, 1])[0]
        )

    def row(self, u: int) -> tuple[np.ndarray, np.ndarray]:
        """Nodes visible from node *u* and their distances [m], computed once."""
        row = self._rows.get(u)
        if row is None:
            idx = np.delete(np.arange(len(self.nodes)), u)
            ok = idx[self._sight(self.nodes[u, 0], self.nodes[u, 1], idx, u)]
            row = (ok, self._distances(self.nodes[u, 0], self.nodes[u, 1], ok))
            self._rows[u] = row
        return row

    def ban(self, u: int, v: int) -> None:
        """Remove the leg between nodes *u* and *v* (both directions)."""
        for a, b in ((u, v), (v, u)):
            idx, s = self.row(a)
            keep = idx != b
            self._rows[a] = (idx[keep], s[keep])

    def sees(self, lat: float, lon: float) -> tuple[np.ndarray, np.ndarray]:
        """Which nodes a point sees, and the distances to them [m] (inf where unseen)."""
        idx = np.arange(len(self.nodes))
        ok = self._sight(lat, lon, idx, None) if len(idx) else np.zeros(0, bool)
        dist = np.full(len(idx), np.inf)
        dist[ok] = self._distances(lat, lon, idx[ok])
        return ok, dist

    @abstractmethod
    def clear(self, a: tuple[float, float], b: tuple[float, float]) -> bool:
        """True if the leg between two points is clear (as this graph judges legs)."""

    def search(
        self,
        seen: np.ndarray,
        dist0: np.ndarray,
        goal: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None,
    ) -> tuple[np.ndarray, np.ndarray, int]:
        """Dijkstra (A* towards *goal*) from the nodes *seen* at *dist0*.

        *goal* is ``(sees_goal, distance_to_goal, heuristic)`` per node; the search stops
        once no open node can improve the best route found. Returns the distances from
        the origin, the predecessor of each node, and the best last node (or -1).
        """
        n = len(self.nodes)
        best = np.full(n, np.inf)
        prev = np.full(n, -1)
        h = np.zeros(n) if goal is None else goal[2]
        heap = []
        for k in np.flatnonzero(seen):
            best[k] = dist0[k]
            heap.append((float(dist0[k] + h[k]), int(k)))
        heapq.heapify(heap)
        done = np.zeros(n, dtype=bool)
        total, last = np.inf, -1
        while heap:
            f, u = heapq.heappop(heap)
            if done[u]:
                continue
            if goal is not None and f >= total:
                break
            done[u] = True
            if goal is not None and goal[0][u] and best[u] + goal[1][u] < total:
                total, last = best[u] + goal[1][u], u
            idx, w = self.row(u)
            nd = best[u] + w
            better = nd < best[idx]
            for v, d in zip(idx[better], nd[better], strict=True):
                best[v], prev[v] = d, u
                heapq.heappush(heap, (float(d + h[v]), int(v)))
        return best, prev, last


class Frame(Graph):
    """Closed airspace in one gnomonic frame, where each leg is a straight segment.

    The frame is a (lon, lat) box *half* degrees of latitude either side of its centre
    (wider in longitude by 1/cos(latitude), as far as every point stays within 80 degrees
    of the centre), or, centred on a pole, the cap down to 2 *half* degrees from it;
    nothing outside it is seen, and a route must stay inside it.
    """

    def __init__(
        self, blocked: BaseGeometry, lat0: float, lon0: float, half: float, extra: np.ndarray
    ) -> None:
        super().__init__()
        self.lat0, self.lon0 = lat0, lon0
        self.polar = abs(lat0) == 90.0
        if self.polar:
            sign = 1.0 if lat0 > 0 else -1.0
            edge_lat = sign * max(10.0, 90.0 - 2.0 * half)
            region = box(-180.0, min(edge_lat, sign * 90.0), 180.0, max(edge_lat, sign * 90.0))
            edge = np.column_stack([np.full(721, edge_lat), np.linspace(-180, 180, 721)])
        else:
            south, north = max(-90.0, lat0 - half), min(90.0, lat0 + half)
            wide = min(179.0, half / max(np.cos(np.radians(lat0)), 0.1))
            while True:
                region = box(lon0 - wide, south, lon0 + wide, north)
                edge = np.asarray(shapely.segmentize(region, 1.0).exterior.coords)[:, ::-1]
                if angular_distance(lat0, lon0, edge).max() < 80.0 or wide < half:
                    break
                wide *= 0.9
        self._edge = edge  # (lat, lon) along the frame's boundary
        self._pockets: list[Polygon] | None = None
        self._closed: list[bool] = []
        clipped = blocked.intersection(region)
        self.region: BaseGeometry
        if self.polar:
            # The cap is a disc in the polar projection. Projecting its (lon, lat) box would
            # leave a slit along the 180th meridian that no leg could cross, and the pieces
            # of the obstacle cut there are joined again.
            rho = float(np.tan(np.radians(90.0 - abs(edge_lat))))
            self.region = shapely.Point(0.0, 0.0).buffer(rho, quad_segs=180)
            parts = shapely.get_parts(self._project(clipped))
            self.obstacle = shapely.union_all(shapely.make_valid(parts)) if len(parts) else clipped
        else:
            self.region = self._project(shapely.segmentize(region, 0.5))
            self.obstacle = shapely.make_valid(self._project(clipped))
        shapely.prepare(self.region)
        shapely.prepare(self.obstacle)

        def in_region_and_free(c: np.ndarray) -> np.ndarray:
            inside = np.asarray(shapely.contains_xy(self.region, c[:, 0], c[:, 1]), bool)
            free = ~np.asarray(shapely.intersects_xy(self.obstacle, c[:, 0], c[:, 1]), bool)
            return np.asarray(inside & free)

        (c, p, n), grow, env = coarsened_corners(
            self.obstacle, OFFSET_M / EARTH_RADIUS, MAX_NODES, in_region_and_free
        )
        self.accuracy_km = grow * EARTH_RADIUS / 1000.0
        self._env = env  # outside it, a leg from a point must be tangent at its node
        shapely.prepare(self._env)
        lat, lon = gnomonic.inverse(c[:, 0], c[:, 1], lat0, lon0)
        nodes = [np.column_stack([lat, lon])]
        if len(extra):  # waypoints along opened straits; any leg may bend there
            ex = extra[self.covers(extra)]
            xy = np.column_stack(gnomonic.forward(ex[:, 0], ex[:, 1], lat0, lon0))
            # a corner's own point as both neighbours: every leg counts as tangent there
            c, p, n = np.vstack([c, xy]), np.vstack([p, xy]), np.vstack([n, xy])
            nodes.append(ex)
        self._xy, self._prev, self._next = c, p, n
        self.nodes = np.vstack(nodes)

    def _project(self, geom: BaseGeometry) -> BaseGeometry:
        def f(xy: np.ndarray) -> np.ndarray:
            return np.column_stack(gnomonic.forward(xy[:, 1], xy[:, 0], self.lat0, self.lon0))

        return shapely.transform(geom, f)

    def xy(self, lat: float, lon: float) -> np.ndarray:
        """Plane coordinates (x, y) of one point."""
        return np.asarray(self.plane(np.array([[lat, lon]], dtype=float))[0])

    def covers(self, points: np.ndarray) -> np.ndarray:
        """True for each (lat, lon) row inside the frame (and well short of 90 degrees off)."""
        points = np.atleast_2d(points)
        near = angular_distance(self.lat0, self.lon0, points) < 87.0
        out = np.zeros(len(points), dtype=bool)
        if near.any():
            xy = self.plane(points[near])
            out[near] = shapely.contains_xy(self.region, xy[:, 0], xy[:, 1])
        return out

    def plane(self, points: np.ndarray) -> np.ndarray:
        """Plane coordinates (x, y) of (lat, lon) rows."""
        return np.column_stack(gnomonic.forward(points[:, 0], points[:, 1], self.lat0, self.lon0))

    def _segments_clear(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        lines = np.asarray(shapely.linestrings(np.stack([a, b], axis=-2)), dtype=object)
        ok: np.ndarray = np.asarray(shapely.contains(self.region, lines), dtype=bool)
        if not self.obstacle.is_empty:
            hit = np.asarray(shapely.intersects(self.obstacle, lines[ok]), dtype=bool)
            ok[ok] = np.logical_not(hit)
        return ok

    def _sight(self, lat: float, lon: float, idx: np.ndarray, node: int | None) -> np.ndarray:
        p = self._xy[node] if node is not None else self.xy(lat, lon)
        d = self._xy[idx] - p
        # Tangency at the far corner holds for any leg from outside the grown obstacle;
        # an end point may lie inside it (within the corners' offset of the closed
        # airspace, or in a disc opened in it), where only the segment test decides.
        ok = np.ones(len(idx), dtype=bool)
        if node is not None or not self.in_envelope(p):
            ok &= tangent(d, self._xy[idx], self._prev[idx], self._next[idx])
        if node is not None:
            ok &= tangent(d, p, self._prev[node], self._next[node])
        ok[ok] = self._segments_clear(np.broadcast_to(p, d[ok].shape), self._xy[idx[ok]])
        return ok

    def clear(self, a: tuple[float, float], b: tuple[float, float]) -> bool:
        return bool(self._segments_clear(self.xy(*a)[None, :], self.xy(*b)[None, :])[0])

    def in_envelope(self, xy: np.ndarray) -> bool:
        """True if the plane point lies in the grown obstacle whose corners are the nodes."""
        return bool(shapely.intersects_xy(self._env, float(xy[0]), float(xy[1])))

    def tangent_from(self, points: np.ndarray, idx: np.ndarray) -> np.ndarray:
        """(points, nodes) matrix: may the leg from each (lat, lon) row bend a route at each node.

        True wherever the point lies inside the grown obstacle, where tangency does not hold.
        """
        p = self.plane(points)[:, None, :]
        inside = np.asarray(shapely.intersects_xy(self._env, p[:, 0, 0], p[:, 0, 1]), dtype=bool)
        at, prev, nxt = self._xy[idx][None], self._prev[idx][None], self._next[idx][None]
        return np.asarray(inside[:, None] | tangent(at - p, at, prev, nxt))

    def clear_pairs(self, points: np.ndarray, idx: np.ndarray) -> np.ndarray:
        """True where the leg from each (lat, lon) row of *points* to node ``idx[i]`` is clear."""
        return self._segments_clear(self.plane(points), self._xy[idx])

    def shut_in(self, a: tuple[float, float], b: tuple[float, float]) -> int | None:
        """0 or 1 if that point's pocket of open airspace is closed and lacks the other."""
        if self._pockets is None:
            free = (
                self.region.difference(self.obstacle) if not self.obstacle.is_empty else self.region
            )
            self._pockets = [p for p in getattr(free, "geoms", [free]) if isinstance(p, Polygon)]
            edge = shapely.boundary(self.region)
            # a pocket is closed when its outline does not reach the frame's edge (once each)
            self._closed = [not p.exterior.buffer(1e-9).intersects(edge) for p in self._pockets]
        pa, pb = (shapely.Point(*self.xy(*p)) for p in (a, b))
        for k, (mine, other) in enumerate(((pa, pb), (pb, pa))):
            hit = next((i for i, p in enumerate(self._pockets) if p.intersects(mine)), None)
            if hit is None or not self._closed[hit]:
                continue
            if not self._pockets[hit].intersects(other):
                return k
        return None

    def certain(
        self, origin: tuple[float, float], targets: np.ndarray, length: np.ndarray
    ) -> np.ndarray:
        """True where no route shorter than *length* can leave the frame.

        Any route of length L from o to t stays in the ellipse d(o, p) + d(p, t) <= L;
        if every point of the frame's boundary lies beyond it, the frame holds them all.
        The boundary is sampled every degree: between samples d(o, p) + d(p, t) can fall by
        at most the spacing (each distance changes no faster than the point moves), and
        the spherical distances used are within :data:`SPHERE_MARGIN` of the geodesic.
        """
        e = self._edge
        targets = np.atleast_2d(targets)
        spacing = float(np.max(spherical_distance(e[:-1, 0], e[:-1, 1], e[1:, 0], e[1:, 1])))
        d0 = spherical_distance(origin[0], origin[1], e[:, 0], e[:, 1])
        d1 = spherical_distance(targets[:, :1], targets[:, 1:], e[None, :, 0], e[None, :, 1])
        low = (d0[None, :] + d1).min(axis=1) * (1.0 - SPHERE_MARGIN) - spacing
        return np.asarray(np.isfinite(length) & (low > length))


class Sphere(Graph):
    """Closed airspace on the whole globe, each leg a sampled great circle (the fallback).

    Slower than a frame (every leg is sampled at 33 points along the great circle between
    its ends, computed with unit vectors) but valid anywhere: for routes longer than a
    frame holds, or around the far side of the Earth. Tangency is tested exactly on the
    sphere: a leg is tangent at a corner when the corner's two neighbours lie on the same
    side of the leg's great-circle plane.
    """

    def __init__(self, blocked: BaseGeometry, obstacle: BaseGeometry, extra: np.ndarray) -> None:
        super().__init__()
        self._blocked = blocked

        def off_pole_and_free(c: np.ndarray) -> np.ndarray:
            free = ~np.asarray(shapely.intersects_xy(blocked, c[:, 0], c[:, 1]), dtype=bool)
            return np.asarray((np.abs(c[:, 1]) < 89.9) & free)

        # the whole globe: twice a frame's corners; growth in degrees (0.02: about 2 km)
        (c, p, n), grow, _ = coarsened_corners(obstacle, 0.02, 2 * MAX_NODES, off_pole_and_free)
        self.accuracy_km = grow * 111.32
        nodes = np.column_stack([c[:, 1], _g.wrap180(c[:, 0])])
        self.nodes = np.vstack([nodes, extra])
        self._v = unit_vectors(self.nodes)
        ex = unit_vectors(extra) if len(extra) else np.zeros((0, 3))
        self._pv = np.vstack([unit_vectors(p[:, ::-1]), ex])
        self._nv = np.vstack([unit_vectors(n[:, ::-1]), ex])

    def _lines_clear(self, lines: Any) -> np.ndarray:
        if self._blocked.is_empty:
            return np.ones(len(lines), dtype=bool)
        return np.asarray(~shapely.intersects(self._blocked, lines), dtype=bool)

    def _sight(self, lat: float, lon: float, idx: np.ndarray, node: int | None) -> np.ndarray:
        p = self._v[node] if node is not None else unit_vectors(np.array([[lat, lon]]))[0]
        normal = np.cross(p, self._v[idx])
        ok = np.ones(len(idx), dtype=bool)
        if node is not None:  # tangency prunes node-to-node legs only, as in a frame
            ok &= (
                np.sign(np.einsum("ij,ij->i", normal, self._pv[idx] - self._v[idx]))
                * np.sign(np.einsum("ij,ij->i", normal, self._nv[idx] - self._v[idx]))
                >= 0
            )
            ok &= (
                np.sign(normal @ (self._pv[node] - p)) * np.sign(normal @ (self._nv[node] - p)) >= 0
            )
        if ok.any():
            ok[ok] = self._lines_clear(great_circles(p, self._v[idx[ok]]))
        return np.asarray(ok, dtype=bool)

    def clear(self, a: tuple[float, float], b: tuple[float, float]) -> bool:
        va, vb = unit_vectors(np.array([a, b]))
        return bool(self._lines_clear(great_circles(va, vb[None, :]))[0])


def unit_vectors(latlon: np.ndarray) -> np.ndarray:
    """Unit vectors of (lat, lon) rows on the sphere."""
    la, lo = np.radians(latlon[:, 0]), np.radians(latlon[:, 1])
    return np.column_stack([np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la)])


def great_circles(p: np.ndarray, q: np.ndarray) -> Any:
    """Great-circle arcs from unit vector *p* to each row of *q*, as (lon, lat) lines.

    Sampled at 33 points by spherical interpolation; longitudes are unwrapped from *p*.
    """
    cos_w = np.clip(q @ p, -1.0, 1.0)
    w = np.arccos(cos_w)[:, None]
    t = np.linspace(0.0, 1.0, SAMPLES)[None, :]
    sin_w = np.where(np.sin(w) < 1e-12, 1.0, np.sin(w))
    a = np.where(np.sin(w) < 1e-12, 1.0 - t, np.sin((1.0 - t) * w) / sin_w)
    b = np.where(np.sin(w) < 1e-12, t, np.sin(t * w) / sin_w)
    v = a[..., None] * p[None, None, :] + b[..., None] * q[:, None, :]
    lat = np.degrees(np.arctan2(v[..., 2], np.hypot(v[..., 0], v[..., 1])))
    lon = np.degrees(np.arctan2(v[..., 1], v[..., 0]))
    lon = lon[:, :1] + np.degrees(np.unwrap(np.radians(lon - lon[:, :1]), axis=1))
    return shapely.linestrings(np.stack([lon, lat], axis=-1))


def angular_distance(lat0: float, lon0: float, pts: np.ndarray) -> np.ndarray:
    """Angular distance [degrees] on the sphere from (lat0, lon0) to (lat, lon) rows."""
    return np.asarray(
        np.degrees(spherical_distance(lat0, lon0, pts[:, 0], pts[:, 1]) / EARTH_RADIUS)
    )


#: Largest relative difference between a WGS84 geodesic and the great circle on a sphere
#: of the mean radius through the same coordinates (about 0.5 %, near the poles).
SPHERE_MARGIN = 0.007


def spherical_distance(lat: Any, lon: Any, lats: Any, lons: Any) -> np.ndarray:
    """Great-circle distance [m] on a sphere of the mean radius (haversine; broadcasts)."""
    la1, la2 = np.radians(lat), np.radians(lats)
    h = (
        np.sin((la2 - la1) / 2) ** 2
        + np.cos(la1) * np.cos(la2) * np.sin(np.radians(lons - lon) / 2) ** 2
    )
    return np.asarray(2.0 * EARTH_RADIUS * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0))))


def centre(points: np.ndarray) -> tuple[float, float]:
    """A central (lat, lon) of some points: the normalised mean of their unit vectors."""
    v = unit_vectors(points).mean(axis=0)
    n = float(np.linalg.norm(v))
    if n < 1e-9:
        return float(points[0, 0]), float(points[0, 1])
    return float(np.degrees(np.arcsin(v[2] / n))), float(np.degrees(np.arctan2(v[1], v[0])))
