"""Routing: the shortest route on WGS84 that never enters closed airspace.

Model
-----
A route is a chain of geodesic legs. Without obstacles it is the geodesic itself. With
closed airspace (a union of polygons, see :mod:`rangecalc.airspace`) the shortest route
bends only at convex corners of the obstacles, so the router builds a visibility graph:

* nodes are the convex corners of the closed airspace, pushed 0.02 degrees (about 2 km)
  outwards so that legs between them do not graze it;
* two points see each other when the geodesic between them, sampled at 33 points and
  joined by straight segments in (lon, lat), does not touch the closed airspace (the
  chord between samples departs from the geodesic by well under a kilometre for legs up to
  a few thousand kilometres);
* edges weigh their WGS84 geodesic length, and Dijkstra's algorithm finds the route.

The node-to-node graph depends only on the closed set of countries and the width of the
territorial sea, so it is built once per policy and reused: many targets from one origin
(the worst point of a country) cost one Dijkstra run plus one visibility test per target
and node, all vectorised.

Accuracy is that of the boundaries (about 10 km at Natural Earth 1:110m) plus the 2 km
node offset; route lengths are geodesic sums and exact for the waypoints found.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
import shapely
from shapely.geometry import Polygon
from shapely.geometry.base import BaseGeometry

from rangecalc._core import geodesic as _g
from rangecalc.airspace import (
    TERRITORIAL_SEA,
    AirspacePolicy,
    airspace,
    closed_airspace,
    territorial_sea_width,
)
from rangecalc.boundaries import Boundaries, builtin_boundaries
from rangecalc.catalog import Catalog, Place
from rangecalc.errors import InputError
from rangecalc.places import resolve_place
from rangecalc.units import Quantity, ureg

__all__ = ["MAX_LEG_TESTS", "Route", "Router", "country_of", "leg_exemptions", "route"]

_SAMPLES = 33
_OFFSET_DEG = 0.02
#: Most visibility tests (legs) one search may make before giving up with a clear error:
#: each expanded corner tests every corner, and an ``allowed=`` policy that closes most of
#: the world (some 17,000 corners) could otherwise search for many minutes.
MAX_LEG_TESTS = 6_000_000


@dataclass(frozen=True)
class Route:
    """A permitted route, or the reason there is none.

    Attributes
    ----------
    distance
        Length of the route (``None`` when there is no permitted route).
    great_circle
        Geodesic distance between the end points.
    waypoints
        ``[(lat, lon), ...]`` from origin to target, geodesic legs between them.
    overflown
        ``[(country or "high seas", km), ...]`` in the order flown.
    reason
        Why there is no route (``None`` when there is one).
    """

    origin: Place
    target: Place
    distance: Quantity | None
    great_circle: Quantity
    waypoints: tuple[tuple[float, float], ...]
    overflown: tuple[tuple[str, float], ...] = ()
    closed: frozenset[str] = frozenset()
    reason: str | None = None

    @property
    def exists(self) -> bool:
        """True when a permitted route was found."""
        return self.distance is not None


def _convex_corners(geom: BaseGeometry) -> np.ndarray:
    """(lon, lat) of the convex corners of every exterior ring of *geom*."""
    out = []
    polys = list(getattr(geom, "geoms", [geom]))
    for poly in polys:
        if not isinstance(poly, Polygon) or poly.is_empty:
            continue
        ring = np.asarray(shapely.geometry.polygon.orient(poly, 1.0).exterior.coords)[:-1]
        if len(ring) < 3:
            continue
        prev, nxt = np.roll(ring, 1, axis=0), np.roll(ring, -1, axis=0)
        cross = (ring[:, 0] - prev[:, 0]) * (nxt[:, 1] - ring[:, 1]) - (ring[:, 1] - prev[:, 1]) * (
            nxt[:, 0] - ring[:, 0]
        )
        out.append(ring[cross > 0])
    return np.vstack(out) if out else np.zeros((0, 2))


def _legs(lat1: Any, lon1: Any, lat2: Any, lon2: Any) -> Any:
    """Geodesics between point pairs as (lon, lat) linestrings, longitudes unwrapped."""
    lat1, lon1, lat2, lon2 = (
        np.atleast_1d(np.asarray(a, dtype=float)) for a in (lat1, lon1, lat2, lon2)
    )
    lat1, lon1, lat2, lon2 = np.broadcast_arrays(lat1, lon1, lat2, lon2)
    s, azi, _ = _g.inverse(lat1=lat1, lon1=lon1, lat2=lat2, lon2=lon2)
    frac = np.linspace(0.0, 1.0, _SAMPLES)
    lat, lon, _ = _g.direct(
        lat=lat1[:, None], lon=lon1[:, None], azi=azi[:, None], s=s[:, None] * frac[None, :]
    )
    lon = lon1[:, None] + np.degrees(np.unwrap(np.radians(lon - lon1[:, None]), axis=1))
    coords = np.stack([lon, lat], axis=-1)
    return shapely.linestrings(coords), s


class Router:
    """Shortest permitted routes for one set of closed countries.

    Build it with :meth:`for_policy`; it caches the obstacle and its visibility graph.
    """

    def __init__(self, closed: frozenset[str], territorial_sea_m: float, boundaries: Boundaries):
        self.closed = closed
        self.boundaries = boundaries
        self.territorial_sea_m = territorial_sea_m
        self.obstacle = closed_airspace(
            closed, territorial_sea=ureg.Quantity(territorial_sea_m, "m"), boundaries=boundaries
        )
        # Copies shifted by 360 degrees catch legs whose unwrapped longitudes leave [-180, 180].
        self._blocked = (
            shapely.union_all(
                [self.obstacle]
                + [shapely.affinity.translate(self.obstacle, xoff=d) for d in (-360, 360)]
            )
            if not self.obstacle.is_empty
            else self.obstacle
        )
        shapely.prepare(self._blocked)
        grown = (
            self.obstacle.buffer(_OFFSET_DEG, quad_segs=2)
            if not self.obstacle.is_empty
            else self.obstacle
        )
        nodes = _convex_corners(grown)
        keep = (np.abs(nodes[:, 1]) < 89.9) if len(nodes) else np.zeros(0, bool)
        nodes = nodes[keep]
        if len(nodes):
            inside = shapely.intersects(self._blocked, shapely.points(nodes))
            nodes = nodes[~inside]
        self.nodes = nodes  # (lon, lat)
        self._rows: dict[int, tuple[np.ndarray, np.ndarray]] = {}

    @classmethod
    def for_policy(
        cls,
        policy: AirspacePolicy,
        *,
        exempt: Iterable[str] = (),
        territorial_sea: object = TERRITORIAL_SEA,
        boundaries: Boundaries | None = None,
    ) -> Router:
        """The (cached) router for *policy*, with *exempt* countries left open."""
        b = boundaries or builtin_boundaries()
        width = territorial_sea_width(territorial_sea)
        for code in policy.denied or policy.allowed or ():
            if code not in b:
                b.land(code)  # raises a clear error for countries without a polygon
        return _router(policy.closed(b, exempt), width, b)

    # --------------------------------------------------------------- visibility graph

    def _clear(self, lines: Any) -> np.ndarray:
        if self._blocked.is_empty:
            return np.ones(len(lines), dtype=bool)
        return np.asarray(~shapely.intersects(self._blocked, lines), dtype=bool)

    def _row(self, u: int) -> tuple[np.ndarray, np.ndarray]:
        """Nodes visible from node *u* and their distances [m], computed once and cached."""
        row = self._rows.get(u)
        if row is None:
            lines, s = _legs(self.nodes[u, 1], self.nodes[u, 0], self.nodes[:, 1], self.nodes[:, 0])
            ok = self._clear(lines)
            ok[u] = False
            row = (np.flatnonzero(ok), s[ok])
            self._rows[u] = row
        return row

    def _from_point(self, lat: float, lon: float) -> tuple[np.ndarray, np.ndarray]:
        """Which nodes a point sees, and the distances to them [m]."""
        if not len(self.nodes):
            return np.zeros(0, dtype=bool), np.zeros(0)
        lines, s = _legs(lat, lon, self.nodes[:, 1], self.nodes[:, 0])
        return self._clear(lines), s

    def _search(
        self,
        seen: np.ndarray,
        dist0: np.ndarray,
        goal: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None,
    ) -> tuple[np.ndarray, np.ndarray, int]:
        """Dijkstra (A* towards *goal*) over the lazily built visibility graph.

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
        expanded = 0
        while heap:
            f, u = heapq.heappop(heap)
            if done[u]:
                continue
            if goal is not None and f >= total:
                break
            done[u] = True
            expanded += 1
            if u not in self._rows and expanded * n > MAX_LEG_TESTS:
                raise InputError(
                    f"the closed airspace ({len(self.closed)} countries, {n:,} corners) is too "
                    f"large to search: {expanded:,} corners expanded without an answer; close "
                    "fewer countries (a denied= list) or use coarser boundaries"
                )
            if goal is not None and goal[0][u] and best[u] + goal[1][u] < total:
                total, last = best[u] + goal[1][u], u
            for v, w in zip(*self._row(u), strict=True):
                nd = best[u] + w
                if nd < best[v]:
                    best[v], prev[v] = nd, u
                    heapq.heappush(heap, (float(nd + h[v]), int(v)))
        return best, prev, last

    def blocked_at(self, lat: float, lon: float) -> bool:
        """True if the point lies in closed airspace."""
        return bool(shapely.intersects(self._blocked, shapely.Point(lon, lat)))

    # ----------------------------------------------------------------------- queries

    def distances(self, origin: tuple[float, float], targets: np.ndarray) -> np.ndarray:
        """Route length [m] from *origin* (lat, lon) to each target row (lat, lon); inf if none."""
        lat0, lon0 = origin
        targets = np.atleast_2d(np.asarray(targets, dtype=float))
        seen, d0 = self._from_point(lat0, lon0)
        best, _, _ = self._search(seen, d0)
        direct_lines, direct = _legs(lat0, lon0, targets[:, 0], targets[:, 1])
        out = np.where(self._clear(direct_lines), direct, np.inf)
        reachable = np.isfinite(best)
        if reachable.any():
            nodes = self.nodes[reachable]
            via = best[reachable]
            for t in range(len(targets)):
                if np.isfinite(out[t]):
                    continue
                lines, s = _legs(targets[t, 0], targets[t, 1], nodes[:, 1], nodes[:, 0])
                ok = self._clear(lines)
                if ok.any():
                    out[t] = float(np.min(via[ok] + s[ok]))
        return out

    def path(
        self, origin: tuple[float, float], target: tuple[float, float]
    ) -> list[tuple[float, float]] | None:
        """Waypoints (lat, lon) of the shortest permitted route, or ``None``."""
        (lat0, lon0), (lat1, lon1) = origin, target
        lines, _ = _legs(lat0, lon0, lat1, lon1)
        if self._clear(lines)[0]:
            return [origin, target]
        seen, d0 = self._from_point(lat0, lon0)
        seen_t, d_t = self._from_point(lat1, lon1)
        if not seen.any() or not seen_t.any():
            return None
        heuristic = _g.inverse(lat1=self.nodes[:, 1], lon1=self.nodes[:, 0], lat2=lat1, lon2=lon1)[
            0
        ]
        _, prev, last = self._search(seen, d0, goal=(seen_t, d_t, heuristic))
        if last < 0:
            return None
        k = last
        chain = []
        while k != -1:
            chain.append((float(self.nodes[k, 1]), float(_g.wrap180(self.nodes[k, 0]))))
            k = int(prev[k])
        return [origin, *reversed(chain), target]


@lru_cache(maxsize=32)
def _router(closed: frozenset[str], width_m: float, boundaries: Boundaries) -> Router:
    return Router(closed, width_m, boundaries)


def _overflown(
    waypoints: Sequence[tuple[float, float]], boundaries: Boundaries, width_m: float
) -> tuple[tuple[str, float], ...]:
    """Countries (land or territorial sea) flown over, in order, with km over each."""
    lat = np.array([w[0] for w in waypoints])
    lon = np.array([w[1] for w in waypoints])
    pts_lat, pts_lon = [lat[:1]], [lon[:1]]
    for k in range(len(lat) - 1):
        s = float(_g.inverse(lat1=lat[k], lon1=lon[k], lat2=lat[k + 1], lon2=lon[k + 1])[0])
        n = max(2, int(np.ceil(s / 5_000.0)) + 1)
        la, lo = _g.points_between(
            lat1=lat[k], lon1=lon[k], lat2=lat[k + 1], lon2=lon[k + 1], npts=n
        )
        pts_lat.append(la[1:])
        pts_lon.append(lo[1:])
    la, lo = np.concatenate(pts_lat), np.concatenate(pts_lon)
    seg, _, _ = _g.inverse(lat1=la[:-1], lon1=lo[:-1], lat2=la[1:], lon2=lo[1:])
    mid_lat, mid_lon = (la[:-1] + la[1:]) / 2, lo[:-1] + _g.wrap180(lo[1:] - lo[:-1]) / 2
    owner = boundaries.countries_at(mid_lon, mid_lat)
    sea = np.flatnonzero(owner == "")
    if len(sea) and width_m > 0:
        pts = np.asarray(shapely.points(mid_lon[sea], mid_lat[sea]))
        near = {
            c
            for c in boundaries
            if shapely.intersects(
                boundaries.polygons[c].envelope.buffer(1.0), shapely.multipoints(pts)
            )
        }
        for code in sorted(near):
            belt = airspace(
                code, territorial_sea=ureg.Quantity(width_m, "m"), boundaries=boundaries
            )
            inside = shapely.intersects(belt, pts)
            unclaimed = owner[sea] == ""
            owner[sea[inside & unclaimed]] = code
    owner = np.where(owner == "", "high seas", owner)
    out: list[list[Any]] = []
    for name, s in zip(owner, seg, strict=True):
        if out and out[-1][0] == name:
            out[-1][1] += s / 1000.0
        else:
            out.append([name, s / 1000.0])
    return tuple((str(n), float(km)) for n, km in out)


def leg_exemptions(origin: Place, target: Place, boundaries: Boundaries) -> frozenset[str]:
    """The one exemption rule: a leg's own end points' countries stay open, and no others.

    A flight may always leave its own base's country and enter its target's, whatever the
    policy; every other closed country stays closed for that leg, even when another leg of
    the same claim ends in it. :func:`route`, claims and :func:`rangecalc.compare_bases`
    all take their exemptions from here.
    """
    return frozenset(
        c for c in (country_of(origin, boundaries), country_of(target, boundaries)) if c
    )


def country_of(place: Place, boundaries: Boundaries | None = None) -> str | None:
    """The place's country: its own, or the one whose polygon contains it (None at sea)."""
    if place.country:
        return place.country
    code = (boundaries or builtin_boundaries()).countries_at([place.lon], [place.lat])[0]
    return str(code) or None


def route(
    origin: Place | str,
    target: Place | str,
    *,
    denied: Iterable[str] | None = None,
    allowed: Iterable[str] | None = None,
    territorial_sea: object = TERRITORIAL_SEA,
    boundaries: Boundaries | None = None,
    catalog: Catalog | None = None,
) -> Route:
    """Shortest route from *origin* to *target* that never enters closed airspace.

    Parameters
    ----------
    origin, target
        Places or place references (names, ICAO codes, coordinates).
    denied, allowed
        ISO alpha-2 codes: the closed countries, or the only open ones. The origin's and
        the target's countries are always open for this route.
    territorial_sea
        Width of the sea belt that belongs to a country's airspace (default 12 nmi).
    boundaries
        Country polygons (default: the built-in Natural Earth 1:110m set).
    """
    b = boundaries or builtin_boundaries()
    a, t = resolve_place(origin, catalog), resolve_place(target, catalog)
    policy = AirspacePolicy.of(denied=denied, allowed=allowed)
    own = leg_exemptions(a, t, b)
    router = Router.for_policy(policy, exempt=own, territorial_sea=territorial_sea, boundaries=b)
    gc = ureg.Quantity(
        float(_g.inverse(lat1=a.lat, lon1=a.lon, lat2=t.lat, lon2=t.lon)[0]), "m"
    ).to("km")

    def refused(why: str) -> Route:
        return Route(a, t, None, gc, (), (), router.closed, why)

    for label, place in (("origin", a), ("target", t)):
        if router.blocked_at(place.lat, place.lon):
            return refused(f"{label} {place.name} lies inside closed airspace")
    path = router.path((a.lat, a.lon), (t.lat, t.lon))
    if path is None:
        seen_a = router._from_point(a.lat, a.lon)[0]
        seen_t = router._from_point(t.lat, t.lon)[0]
        if len(seen_a) and not seen_a.any():
            why = f"origin {a.name} is enclosed: every way out crosses closed airspace"
        elif len(seen_t) and not seen_t.any():
            why = f"target {t.name} is enclosed: every way in crosses closed airspace"
        else:
            why = "closed airspace separates origin and target"
        return refused(why)
    length = _g.path_length(lat=[p[0] for p in path], lon=[p[1] for p in path])
    return Route(
        origin=a,
        target=t,
        distance=ureg.Quantity(length, "m").to("km"),
        great_circle=gc,
        waypoints=tuple(path),
        overflown=_overflown(path, b, router.territorial_sea_m),
        closed=router.closed,
    )
