"""Routing: the shortest route on WGS84 that never enters closed airspace.

Model
-----
A route is a chain of geodesic legs. Without obstacles it is the geodesic itself. With
closed airspace (a union of polygons, see :mod:`rangecalc.airspace.policy`, less the straits
open to transit passage, :mod:`rangecalc.airspace.straits`) the route is the shortest path in a
visibility graph over the obstacle's convex corners (:mod:`rangecalc._core.visibility`).
A :class:`Router` holds one policy's closed airspace and searches it in turn in

* gnomonic frames around the query, 25, 50 and 100 degrees across, smallest first, where
  each leg is one straight-segment test; a frame answers only when no shorter route could
  leave it (the ellipse of points within the route's length of both ends lies inside);
* the whole globe, legs sampled along their great circles, for the rest.

Every leg of an answer is then checked against the true geodesic sampled every 2 km
(:data:`CHECK_SPACING_M`); a leg that the straight-segment test let through (on WGS84 a
geodesic strays up to ~1.3 km from the gnomonic segment) is removed and the search runs
again. Which countries one leg may use is :func:`leg_permit`: the one exemption rule.

Accuracy is that of the boundaries (see :mod:`rangecalc.airspace.boundaries`) plus the corners'
2 km offset; route lengths are geodesic sums and exact for the waypoints found.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Polygon, box
from shapely.geometry.base import BaseGeometry

from rangecalc._core import geodesic as _g
from rangecalc._core.ring import ring_polygon
from rangecalc._core.visibility import (
    MAX_NODES,
    SPHERE_MARGIN,
    Frame,
    Graph,
    Sphere,
    angular_distance,
    centre,
    geodesic_legs,
    sampled_legs,
    spherical_distance,
)
from rangecalc.airspace.boundaries import Boundaries, builtin_boundaries
from rangecalc.airspace.boundaries import polygonal as _polygonal
from rangecalc.airspace.policy import (
    TERRITORIAL_SEA,
    TERRITORIAL_SEA_M,
    AirspacePolicy,
    airspace_m,
    closed_airspace,
    degrees_spanning,
    with_sea,
)
from rangecalc.airspace.straits import Strait, passages
from rangecalc.catalog import Catalog, Place
from rangecalc.data.errors import InputError
from rangecalc.data.places import resolve_place
from rangecalc.data.progress import Progress
from rangecalc.data.units import Quantity, magnitude, ureg

__all__ = [
    "CHECK_SPACING_M",
    "MAX_FRAMES",
    "MAX_NODES",
    "LegPermit",
    "Route",
    "Router",
    "country_of",
    "leg_exemptions",
    "leg_permit",
    "route",
]

#: Spacing [m] at which every leg of an answer is checked against the closed airspace.
CHECK_SPACING_M = 2_000.0
#: Half-sizes [degrees of latitude] of the frames tried in turn, smallest first: a
#: smaller frame holds fewer corners, so they need less coarsening.
_FRAME_HALVES = (12.5, 25.0, 50.0)
#: Frames one router keeps (the most recently used): a world-wide sweep visits many.
MAX_FRAMES = 64
#: Beyond this latitude a query's frame is a cap around the pole.
_POLAR_FRAME_LAT = 60.0
#: How many nodes per target the batched first pass of :meth:`Router.distances` tries.
_BATCH = 64


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
    closed
        The countries closed for this leg.
    reason
        Why there is no route (``None`` when there is one).
    straits
        Straits flown in transit passage (see :mod:`rangecalc.airspace.straits`).
    notes
        What the reader should know: end points on a closed border, coarse corners.
    """

    origin: Place
    target: Place
    distance: Quantity | None
    great_circle: Quantity
    waypoints: tuple[tuple[float, float], ...]
    overflown: tuple[tuple[str, float], ...] = ()
    closed: frozenset[str] = frozenset()
    reason: str | None = None
    straits: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def exists(self) -> bool:
        """True when a permitted route was found."""
        return self.distance is not None

    def track(self, spacing: object = "25 km") -> list[tuple[float, float]]:
        """Points (lat, lon) along the route's geodesic legs, at most *spacing* apart.

        Drawn as straight lines between these points (as GIS software does), the track
        stays within about 12 m of the true geodesics at the default 25 km.
        """
        step = float(magnitude(spacing, "m", name="spacing"))
        if not step > 0:
            raise InputError(f"spacing: expected a length above 0, got {spacing!r}")
        out: list[tuple[float, float]] = list(self.waypoints[:1])
        for a, b in zip(self.waypoints[:-1], self.waypoints[1:], strict=True):
            s = float(_g.inverse(lat1=a[0], lon1=a[1], lat2=b[0], lon2=b[1])[0])
            n = max(2, int(np.ceil(s / step)) + 1)
            la, lo = _g.points_between(lat1=a[0], lon1=a[1], lat2=b[0], lon2=b[1], npts=n)
            out.extend(zip(la[1:].tolist(), _g.wrap180(lo[1:]).tolist(), strict=True))
        return out


class Router:
    """Shortest permitted routes for one set of closed countries.

    Build it with :meth:`for_policy`; it holds the closed airspace and, per region of
    the globe, the visibility graph that has been explored so far.
    """

    def __init__(
        self,
        closed: frozenset[str],
        territorial_sea_m: float,
        boundaries: Boundaries,
        *,
        discs: tuple[tuple[float, float, float], ...] = (),
        transit_passage: bool = True,
    ):
        self.closed = closed
        self.boundaries = boundaries
        self.territorial_sea_m = territorial_sea_m
        self.transit_passage = transit_passage
        obstacle = closed_airspace(
            closed, territorial_sea=ureg.Quantity(territorial_sea_m, "m"), boundaries=boundaries
        )
        #: (strait, the closed airspace its corridor opened) for each strait that opened some
        self.passages: tuple[tuple[Strait, BaseGeometry], ...] = ()
        if transit_passage and not obstacle.is_empty:
            opened = []
            for strait, area in passages(boundaries, territorial_sea_m):
                used = area.intersection(obstacle) if not area.is_empty else area
                if not used.is_empty and used.area > 0:
                    opened.append((strait, used))
            if opened:
                # grown by 0.1 m so that no sliver of the cut survives along its edges
                cut = shapely.union_all([g for _, g in opened]).buffer(1e-6)
                obstacle = _polygonal(obstacle.difference(cut))
            self.passages = tuple(opened)
        if discs and not obstacle.is_empty:
            holes = [ring_polygon(lat, lon, r, 64) for lat, lon, r in discs]
            obstacle = _polygonal(obstacle.difference(shapely.union_all(holes)))
        self.obstacle = obstacle
        # Extra corners where a route may bend that the closed airspace's own corners miss:
        # along opened straits, and on a ring inside each opened disc (its way out).
        pts = [p for strait, _ in self.passages for p in strait.path]
        for lat, lon, r in discs:
            la, lo, _ = _g.direct(
                lat=np.full(16, lat),
                lon=np.full(16, lon),
                azi=np.arange(16) * 22.5,
                s=np.full(16, 0.9 * r),
            )
            pts.extend(zip(la.tolist(), lo.tolist(), strict=True))
        self._waypoints = np.array(pts, dtype=float).reshape(-1, 2)
        # Copies shifted by 360 degrees catch legs whose unwrapped longitudes leave
        # [-180, 180]. They meet the original only along the antimeridian, so the parts are
        # collected rather than unioned (an overlay of the copies can fail in GEOS).
        parts = list(getattr(obstacle, "geoms", [obstacle]))
        self._blocked = (
            MultiPolygon(
                [shapely.affinity.translate(p, xoff=d) for d in (0, -360, 360) for p in parts]
            )
            if not obstacle.is_empty
            else obstacle
        )
        shapely.prepare(self._blocked)
        self._frames: dict[tuple[float, float, float], Frame] = {}
        self._sphere: Sphere | None = None

    @classmethod
    def for_policy(
        cls,
        policy: AirspacePolicy,
        *,
        exempt: Iterable[str] = (),
        territorial_sea: object = None,
        boundaries: Boundaries | None = None,
        discs: tuple[tuple[float, float, float], ...] = (),
    ) -> Router:
        """The router for *policy* (its territorial sea too), with *exempt* countries open.

        Routers of the built-in boundaries are cached (the 32 most recent); routers of
        other boundaries are built anew, so that no cache holds a caller's object.

        *discs* (``(lat, lon, radius_m)``) are opened too (see :class:`LegPermit`), and
        with the policy's ``transit_passage`` the corridors of :mod:`rangecalc.airspace.straits`.
        """
        b = boundaries or builtin_boundaries()
        policy = with_sea(policy, territorial_sea, "Router.for_policy")
        width = policy.territorial_sea_m
        for code in policy.denied or policy.allowed or ():
            if code not in b:
                b.land(code)  # raises a clear error for countries without a polygon
        closed = policy.closed(b, exempt)
        if b is not builtin_boundaries():  # never cached by a user object's identity
            return cls(closed, width, b, discs=tuple(discs), transit_passage=policy.transit_passage)
        return _router(closed, width, tuple(discs), policy.transit_passage)

    @classmethod
    def for_leg(
        cls,
        policy: AirspacePolicy,
        permit: LegPermit,
        *,
        territorial_sea: object = None,
        boundaries: Boundaries | None = None,
    ) -> Router:
        """The router for one leg under *policy*, opened as its :class:`LegPermit` says."""
        return cls.for_policy(
            with_sea(policy, territorial_sea, "Router.for_leg"),
            exempt=permit.exempt,
            boundaries=boundaries,
            discs=permit.discs,
        )

    @staticmethod
    def notes_for(waypoints: Sequence[tuple[float, float]], graph: Graph | None) -> tuple[str, ...]:
        """Notes on how a path was found by *graph*, e.g. coarser corners than usual."""
        if graph is None or graph.accuracy_km <= 2.5 or len(waypoints) <= 2:
            return ()
        where = "the whole globe" if isinstance(graph, Sphere) else "its region"
        return (
            f"the closed airspace of {where} has so many corners that the route bends up to "
            f"{graph.accuracy_km:.0f} km outside them; it may be that much longer per bend "
            "than the shortest",
        )

    def straits_on(self, waypoints: Sequence[tuple[float, float]]) -> tuple[str, ...]:
        """Names of the straits whose opened corridor the route flies through."""
        if not self.passages or len(waypoints) < 2:
            return ()
        lines = [
            geodesic_legs(a[0], a[1], b[0], b[1], spacing_m=CHECK_SPACING_M)[0][0]
            for a, b in itertools.pairwise(waypoints)
        ]
        line = shapely.union_all(lines)
        out = []
        for strait, used in self.passages:
            shifted = [shapely.affinity.translate(used, xoff=d) for d in (0, -360, 360)]
            if any(g.intersects(line) for g in shifted):
                out.append(strait.name)
        return tuple(out)

    # ------------------------------------------------------------------- graphs

    @property
    def blocked(self) -> BaseGeometry:
        """The closed airspace with its copies a turn east and west (for unwrapped legs)."""
        return self._blocked

    def frame(self, lat: float, lon: float, half: float) -> Frame:
        """The gnomonic frame of *half* degrees that serves queries centred near (lat, lon).

        Built once per centre (rounded to 2.5 degrees) and size, and kept: the
        :data:`MAX_FRAMES` most recently used.
        """
        if abs(lat) > _POLAR_FRAME_LAT:
            key = (90.0 if lat > 0 else -90.0, 0.0, half)
        else:
            key = (
                float(np.round(lat / 2.5) * 2.5),
                float(_g.wrap180(np.round(lon / 2.5) * 2.5)),
                half,
            )
        frame = self._frames.pop(key, None)
        if frame is None:
            frame = Frame(self._blocked, *key, self._waypoints)
            if len(self._frames) >= MAX_FRAMES:  # the least recently used goes
                del self._frames[next(iter(self._frames))]
        self._frames[key] = frame  # most recently used last
        return frame

    def sphere(self) -> Sphere:
        """The whole-globe graph (legs sampled along their geodesics), built once."""
        if self._sphere is None:
            self._sphere = Sphere(self._blocked, self.obstacle, self._waypoints)
        return self._sphere

    def _frames_for(self, points: np.ndarray) -> Iterator[Frame]:
        """The frames holding every (lat, lon) row of *points*, smallest first."""
        lat, lon = centre(points)
        spread = float(angular_distance(lat, lon, points).max())
        for half in _FRAME_HALVES:
            # a frame much smaller than the points' spread cannot hold the routes between them
            if half < 1.5 * spread and half != _FRAME_HALVES[-1]:
                continue
            frame = self.frame(lat, lon, half)
            if frame.covers(points).all():
                yield frame

    def blocked_at(self, lat: float, lon: float) -> bool:
        """True if the point lies in closed airspace."""
        return bool(shapely.intersects(self._blocked, shapely.Point(lon, lat)))

    def enclosed(self, a: tuple[float, float], b: tuple[float, float]) -> int | None:
        """Which of two points is shut in by closed airspace (0 or 1), or None.

        A point is shut in when the open airspace around it, within a frame that holds
        both points, is a pocket that touches neither the frame's edge nor the other
        point. Without such a frame, the pockets of the whole globe are compared, the
        smaller one counting as the shut one (cut at the antimeridian, so only a guide).
        """
        for frame in self._frames_for(np.array([a, b])):
            shut = frame.shut_in(a, b)
            if shut is not None:
                return shut
        free = box(-180.0, -90.0, 180.0, 90.0).difference(self.obstacle)
        parts = [p for p in getattr(free, "geoms", [free]) if isinstance(p, Polygon)]
        pa, pb = (shapely.Point(_g.wrap180(p[1]), p[0]) for p in (a, b))
        hit_a = [p for p in parts if p.intersects(pa)]
        hit_b = [p for p in parts if p.intersects(pb)]
        if any(p.intersects(pb) for p in hit_a):
            return None
        sizes = [max((p.area for p in h), default=0.0) for h in (hit_a, hit_b)]
        return int(np.argmin(sizes))

    def leg_clear(self, a: tuple[float, float], b: tuple[float, float]) -> bool:
        """True if the geodesic from *a* to *b*, sampled every 2 km, avoids closed airspace."""
        return bool(self.legs_clear(a, np.array([b]))[0])

    def _pairs_clear(self, ends: np.ndarray) -> np.ndarray:
        """:meth:`leg_clear` for each row (lat1, lon1, lat2, lon2) of *ends*, in one pass."""
        if self._blocked.is_empty:
            return np.ones(len(ends), bool)
        lines, _ = sampled_legs(
            ends[:, 0], ends[:, 1], ends[:, 2], ends[:, 3], spacing_m=CHECK_SPACING_M
        )
        return ~np.asarray(shapely.intersects(self._blocked, lines), dtype=bool)

    def legs_clear(self, origin: tuple[float, float], targets: np.ndarray) -> np.ndarray:
        """:meth:`leg_clear` for the legs from *origin* to each (lat, lon) row, in one pass."""
        targets = np.atleast_2d(np.asarray(targets, dtype=float))
        if self._blocked.is_empty or not len(targets):
            return np.ones(len(targets), bool)
        lines, _ = sampled_legs(
            origin[0], origin[1], targets[:, 0], targets[:, 1], spacing_m=CHECK_SPACING_M
        )
        return ~np.asarray(shapely.intersects(self._blocked, lines), dtype=bool)

    # ----------------------------------------------------------------------- queries

    def distances(self, origin: tuple[float, float], targets: np.ndarray) -> np.ndarray:
        """Route length [m] from *origin* (lat, lon) to each target row (lat, lon); inf if none."""
        targets = np.atleast_2d(np.asarray(targets, dtype=float))
        out = np.full(len(targets), np.inf)
        lines, direct = geodesic_legs(origin[0], origin[1], targets[:, 0], targets[:, 1])
        clear = (
            np.ones(len(targets), bool)
            if self._blocked.is_empty
            else ~np.asarray(shapely.intersects(self._blocked, lines), bool)
        )
        out[clear] = direct[clear]
        rest = np.flatnonzero(~clear)
        if not len(rest):
            return out
        for frame in self._frames_for(np.vstack([[origin], targets[rest]])):
            found = self._distances_in(frame, origin, targets[rest])
            sure = frame.certain(origin, targets[rest], found)
            out[rest[sure]] = found[sure]
            rest = rest[~sure]
            if not len(rest):
                return out
        if len(rest):
            out[rest] = self._distances_in(self.sphere(), origin, targets[rest])
        return out

    def _distances_in(
        self, graph: Graph, origin: tuple[float, float], targets: np.ndarray
    ) -> np.ndarray:
        """One search from *origin*, then each target joins it at its best visible node.

        The targets are those :meth:`distances` found no direct leg to.

        Nodes are tried in order of a spherical estimate of the total (origin to node by
        the search, node to target by great circle on a sphere of the mean radius); the
        estimate is within 0.6 % of the geodesic, so once the next candidates' estimate,
        less that margin, exceeds the best exact total found, none can beat it.
        """
        out = np.full(len(targets), np.inf)
        seen, d0 = graph.sees(*origin)
        best, _, _ = graph.search(seen, d0)
        reach = np.flatnonzero(np.isfinite(best))
        if not len(reach):
            return out
        nodes = graph.nodes[reach]
        first = np.full(len(targets), np.inf)
        if isinstance(graph, Frame):  # the first candidates of every target in one batch
            first = self._first_candidates(graph, best, reach, targets)
        for k, (lat, lon) in enumerate(targets):
            if np.isfinite(first[k]):  # settled by the batched passes
                out[k] = first[k]
                continue
            est = best[reach] + spherical_distance(lat, lon, nodes[:, 0], nodes[:, 1])
            order = np.argsort(est)
            found = np.inf
            for start in range(0, len(order), 128):
                pick = order[start : start + 128]
                if est[pick[0]] * (1.0 - SPHERE_MARGIN) >= found:
                    break
                ok = graph._sight(lat, lon, reach[pick], None)
                if ok.any():
                    exact = best[reach[pick[ok]]] + graph._distances(lat, lon, reach[pick[ok]])
                    found = min(found, float(np.min(exact)))
            out[k] = found
        return out

    @staticmethod
    def _first_candidates(
        frame: Frame, best: np.ndarray, reach: np.ndarray, targets: np.ndarray
    ) -> np.ndarray:
        """Each target's route length [m] by batched passes over all targets (inf: unsettled).

        First the legs of every target to its :data:`_BATCH` most promising nodes are
        tested in one call; then, in one more, the legs to every other node that could
        still beat the best found. Targets with no visible node in the first pass are
        left to the per-target search (inf).
        """
        k = min(_BATCH, len(reach))
        nodes = frame.nodes[reach]
        est = best[reach][None, :] + spherical_distance(
            targets[:, :1], targets[:, 1:], nodes[None, :, 0], nodes[None, :, 1]
        )
        # a node the leg from the target is not tangent at cannot be its last bend
        est = np.where(frame.tangent_from(targets, reach), est, np.inf)
        top = (
            np.argpartition(est, k - 1, axis=1)[:, :k]
            if k < len(reach)
            else (np.broadcast_to(np.arange(len(reach)), est.shape))
        )
        t_idx = np.repeat(np.arange(len(targets)), top.shape[1])
        n_idx = reach[top.ravel()]
        ok = frame.clear_pairs(targets[t_idx], n_idx)
        total = np.full(len(t_idx), np.inf)
        if ok.any():
            total[ok] = (
                best[n_idx[ok]]
                + _g.inverse(
                    lat1=targets[t_idx[ok], 0],
                    lon1=targets[t_idx[ok], 1],
                    lat2=frame.nodes[n_idx[ok], 0],
                    lon2=frame.nodes[n_idx[ok], 1],
                )[0]
            )
        found = np.asarray(total.reshape(len(targets), -1).min(axis=1))
        # Second pass: every other node whose estimate, less its margin, beats the total
        # found could still win; its exact total first, then sight for those still ahead.
        # A target with nothing found yet is left to the per-target search.
        later = est * (1.0 - SPHERE_MARGIN) < found[:, None]
        later[np.arange(len(targets))[:, None], top] = False
        ti, ri = np.nonzero(later)
        if len(ti):
            exact = (
                best[reach[ri]]
                + _g.inverse(
                    lat1=targets[ti, 0], lon1=targets[ti, 1], lat2=nodes[ri, 0], lon2=nodes[ri, 1]
                )[0]
            )
            ahead = exact < found[ti]
            ti, ri, exact = ti[ahead], ri[ahead], exact[ahead]
            ok = frame.clear_pairs(targets[ti], reach[ri])
            np.minimum.at(found, ti[ok], exact[ok])
        return found

    def path(
        self, origin: tuple[float, float], target: tuple[float, float]
    ) -> list[tuple[float, float]] | None:
        """Waypoints (lat, lon) of the shortest permitted route, or ``None``."""
        return self.path_found(origin, target)[0]

    def path_found(self, origin: tuple[float, float], target: tuple[float, float]) -> Found:
        """:meth:`path`, with the graph that found it (None: the direct leg, or no route).

        Nothing of the answer stays on the router: it is returned.
        """
        if self.leg_clear(origin, target):
            return [origin, target], None
        for frame in self._frames_for(np.array([origin, target])):
            if frame.shut_in(origin, target) is not None:
                return None, None  # a closed pocket holds one end and not the other
            found = self._path_in(frame, origin, target)
            length = np.inf if found is None else _length(found)
            if frame.certain(origin, np.array([target]), np.array([length]))[0]:
                return found, frame
        sphere = self.sphere()
        return self._path_in(sphere, origin, target), sphere

    def paths(
        self, origin: tuple[float, float], targets: np.ndarray
    ) -> list[list[tuple[float, float]] | None]:
        """:meth:`path` to each (lat, lon) row of *targets*, one search per frame."""
        return [p for p, _ in self.paths_found(origin, targets)]

    def paths_found(self, origin: tuple[float, float], targets: np.ndarray) -> list[Found]:
        """:meth:`path_found` to each (lat, lon) row of *targets*, one search per frame.

        The same answers as calling :meth:`path` target by target: each target tries the
        frames :meth:`path` would try, in its order, with the same pocket test and the
        same certainty test; but one Dijkstra search from the origin per frame serves
        every target tried there, each joining it at its best visible node (the shortest
        path of the same graph, which :meth:`path`'s A* search finds too). A target whose
        joined route has a leg that grazes closed airspace, or that no frame settles, is
        handed to :meth:`path` itself, which bans such legs and searches again.
        """
        targets = np.atleast_2d(np.asarray(targets, dtype=float))
        out: list[Found] = [(None, None)] * len(targets)
        clear = self.legs_clear(origin, targets)
        for d in np.flatnonzero(clear).tolist():
            out[d] = ([origin, (float(targets[d, 0]), float(targets[d, 1]))], None)
        # targets that try the same frames, in the same order, share their searches
        groups: dict[tuple[int, ...], tuple[list[Frame], list[int]]] = {}
        for g in np.flatnonzero(~clear).tolist():
            frames = list(self._frames_for(np.array([origin, targets[g]])))
            key = tuple(id(f) for f in frames)
            groups.setdefault(key, (frames, []))[1].append(g)
        for frames, members in groups.values():
            left = members
            for frame in frames:
                if not left:
                    break
                seen, d0 = frame.sees(*origin)
                best, prev, _ = frame.search(seen, d0)
                joined: list[tuple[int, list[tuple[float, float]]]] = []
                for k in left:
                    t = (float(targets[k, 0]), float(targets[k, 1]))
                    if frame.shut_in(origin, t) is not None:
                        continue  # path() returns None here: a pocket holds one end
                    found = self._joined(frame, origin, t, best, prev)
                    if found is None:
                        out[k] = self.path_found(origin, t)
                    else:
                        joined.append((k, found))
                # every leg of every joined route checked at once, as leg_clear checks one
                ends = np.array([(*p, *q) for _, f in joined for p, q in itertools.pairwise(f)])
                ok = self._pairs_clear(ends) if len(ends) else np.zeros(0, bool)
                still = []
                at = 0
                for k, found in joined:
                    legs = len(found) - 1
                    t = found[-1]
                    if not ok[at : at + legs].all():
                        out[k] = self.path_found(origin, t)  # path() itself: bans, retries
                    elif frame.certain(origin, np.array([t]), np.array([_length(found)]))[0]:
                        out[k] = (found, frame)
                    else:
                        still.append(k)
                    at += legs
                left = still
            for k in left:  # no frame settles it: path() goes on to the whole globe
                out[k] = self.path_found(origin, (float(targets[k, 0]), float(targets[k, 1])))
        return out

    @staticmethod
    def _joined(
        graph: Graph,
        origin: tuple[float, float],
        target: tuple[float, float],
        best: np.ndarray,
        prev: np.ndarray,
    ) -> list[tuple[float, float]] | None:
        """The shortest route of *graph* to *target*, from a search from the origin."""
        seen_t, d_t = graph.sees(*target)
        total = np.where(seen_t & np.isfinite(best), best + d_t, np.inf)
        if not len(total) or not np.isfinite(total).any():
            return None
        chain = [int(np.argmin(total))]
        while prev[chain[-1]] != -1:
            chain.append(int(prev[chain[-1]]))
        chain.reverse()
        return [
            origin,
            *[(float(graph.nodes[k, 0]), float(graph.nodes[k, 1])) for k in chain],
            target,
        ]

    def _path_in(
        self, graph: Graph, origin: tuple[float, float], target: tuple[float, float]
    ) -> list[tuple[float, float]] | None:
        seen, d0 = graph.sees(*origin)
        seen_t, d_t = graph.sees(*target)
        heuristic = graph._distances(target[0], target[1], np.arange(len(graph.nodes)))
        for _ in range(50):  # each pass removes one leg that grazes closed airspace
            if not seen.any() or not seen_t.any():
                return None
            _, prev, last = graph.search(seen, d0, goal=(seen_t, d_t, heuristic))
            if last < 0:
                return None
            chain = [last]
            while prev[chain[-1]] != -1:
                chain.append(int(prev[chain[-1]]))
            chain.reverse()
            pts = [
                origin,
                *[(float(graph.nodes[k, 0]), float(graph.nodes[k, 1])) for k in chain],
                target,
            ]
            bad = next(
                (i for i in range(len(pts) - 1) if not self.leg_clear(pts[i], pts[i + 1])), None
            )
            if bad is None:
                return pts
            if bad == 0:
                seen[chain[0]] = False
            elif bad == len(pts) - 2:
                seen_t[chain[-1]] = False
            else:
                graph.ban(chain[bad - 1], chain[bad])
        return None


def _length(path: Sequence[tuple[float, float]]) -> float:
    return float(_g.path_length(lat=[p[0] for p in path], lon=[p[1] for p in path]))


@lru_cache(maxsize=32)
def _router(
    closed: frozenset[str],
    width_m: float,
    discs: tuple[tuple[float, float, float], ...],
    transit_passage: bool,
) -> Router:
    """A router of the built-in boundaries (the cache :meth:`Router.for_policy` keeps)."""
    b = builtin_boundaries()
    return Router(closed, width_m, b, discs=discs, transit_passage=transit_passage)


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
        reach = degrees_spanning(width_m, float(np.max(np.abs(mid_lat[sea]))))
        near = boundaries.intersecting(
            box(
                float(mid_lon[sea].min()) - reach,
                float(mid_lat[sea].min()) - reach,
                float(mid_lon[sea].max()) + reach,
                float(mid_lat[sea].max()) + reach,
            )
        )
        for code in near:
            belt = airspace_m(code, width_m, boundaries)
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
    the same claim ends in it. A point given only by coordinates that lies within the
    boundaries' accuracy of another country's land has no certain country, so none opens
    for it wholesale (:func:`leg_permit` opens a small disc around it instead).
    :func:`leg_permit` applies the rule for :func:`route`, claims and
    :func:`rangecalc.compare_bases`.
    """
    return frozenset(c for p in (origin, target) if (c := _own_country(p, boundaries)))


def _own_country(place: Place, b: Boundaries) -> str | None:
    if place.country:
        return place.country
    code = country_of(place, b)
    if code is None:
        return None
    pt = shapely.Point(place.lon, place.lat)
    reach = degrees_spanning(b.resolution_km * 1000.0, place.lat)
    for other in b.intersecting(pt.buffer(reach)):
        if other != code and _distance_m(place, b.polygons[other]) <= b.resolution_km * 1000:
            return None
    return code


def _distance_m(p: Place, geom: BaseGeometry) -> float:
    """Geodesic distance [m] from the place to the nearest point of *geom* (0 inside)."""
    pt = shapely.Point(p.lon, p.lat)
    if geom.intersects(pt):
        return 0.0
    q = shapely.ops.nearest_points(geom, pt)[0]
    return float(_g.inverse(lat1=p.lat, lon1=p.lon, lat2=q.y, lon2=q.x)[0])


@dataclass(frozen=True)
class LegPermit:
    """What one leg may use beyond its policy, and what the reader should know about it.

    Attributes
    ----------
    exempt
        The countries of the leg's two end points (:func:`leg_exemptions`), open wholesale.
    discs
        ``(lat, lon, radius_m)``: an end point that lies within the boundaries' accuracy
        of a closed country's airspace may be reached through that strip, and only there;
        the country itself stays closed (a boundary error never opens it wholesale).
    notes
        One sentence per such end point.
    """

    exempt: frozenset[str]
    discs: tuple[tuple[float, float, float], ...] = ()
    notes: tuple[str, ...] = ()


def leg_permit(
    origin: Place,
    target: Place,
    policy: AirspacePolicy,
    boundaries: Boundaries,
    territorial_sea_m: float | None = None,
) -> LegPermit:
    """The exemptions of one leg and the end points that sit on a closed border.

    The closed airspace reaches as far out to sea as the policy says (0.1 passed the
    width in metres beside it, *territorial_sea_m*; still taken, with a warning).
    """
    if territorial_sea_m is not None:
        policy = with_sea(policy, f"{territorial_sea_m} m", "leg_permit")
    territorial_sea_m = policy.territorial_sea_m
    exempt = leg_exemptions(origin, target, boundaries)
    closed = policy.closed(boundaries, exempt)
    accuracy_m = boundaries.resolution_km * 1000.0
    discs, notes = [], []
    for label, p in (("origin", origin), ("target", target)):
        near = _closed_near(p, closed, boundaries, territorial_sea_m, accuracy_m)
        if not near:
            continue
        discs.append((round(p.lat, 6), round(p.lon, 6), accuracy_m))
        what = ", ".join(
            f"{c} ({'inside it' if d == 0 else f'{d / 1000:.1f} km'})" for c, d in near
        )
        notes.append(
            f"{label} {p.name} lies within the {boundaries.resolution_km:.1f} km accuracy of the "
            f"boundaries of closed airspace: {what}; the route may cross that strip near the "
            "point, and the country stays closed elsewhere"
        )
    return LegPermit(exempt, tuple(discs), tuple(notes))


def _closed_near(
    p: Place, closed: frozenset[str], b: Boundaries, width_m: float, within_m: float
) -> list[tuple[str, float]]:
    """Closed countries whose airspace lies within *within_m* of the place, nearest first."""
    reach_deg = degrees_spanning(width_m + within_m, p.lat) + 0.05
    pt = shapely.Point(p.lon, p.lat)
    out = []
    for code in b.intersecting(pt.buffer(reach_deg)):
        if code not in closed:
            continue
        geom = airspace_m(code, width_m, b)
        d = _distance_m(p, geom)
        # inside it, the point is on the border only if it is that close to the edge
        if d <= within_m and (d > 0 or _distance_m(p, geom.boundary) <= within_m):
            out.append((code, d))
    return sorted(out, key=lambda x: x[1])


def country_of(place: Place, boundaries: Boundaries | None = None) -> str | None:
    """The place's country: its own, else the one whose land or territorial sea holds it.

    None over the high seas (or on land no state claims).
    """
    if place.country:
        return place.country
    b = boundaries or builtin_boundaries()
    code = str(b.countries_at([place.lon], [place.lat])[0])
    if code:
        return code
    pt = shapely.Point(place.lon, place.lat)
    for c in b.intersecting(pt.buffer(0.5)):
        if airspace_m(c, TERRITORIAL_SEA_M, b).intersects(pt):
            return c
    return None


def route(
    origin: Place | str,
    target: Place | str,
    *,
    policy: AirspacePolicy | None = None,
    denied: Iterable[str] | None = None,
    allowed: Iterable[str] | None = None,
    territorial_sea: object = None,
    transit_passage: bool = True,
    boundaries: Boundaries | None = None,
    catalog: Catalog | None = None,
    progress: Progress | None = None,
) -> Route:
    """Shortest route from *origin* to *target* that never enters closed airspace.

    Parameters
    ----------
    origin, target
        Places or place references (names, ICAO codes, coordinates).
    policy
        The :class:`~rangecalc.airspace.policy.AirspacePolicy` (what the other routing and
        flying functions take); or give *denied* or *allowed* (and *transit_passage* and
        *territorial_sea*).
    denied, allowed
        ISO alpha-2 codes: the closed countries, or the only open ones (``allowed=[]``:
        the high seas only). The origin's and the target's countries are always open for
        this route (:func:`leg_permit`).
    territorial_sea
        Width of the sea belt that belongs to a country's airspace (default 12 nmi), with
        *denied* or *allowed*; a *policy* holds its own.
    transit_passage
        Open the straits of :mod:`rangecalc.airspace.straits` to transit (UNCLOS art. 38).
    boundaries
        Country polygons (default: the built-in Natural Earth 1:10m set).
    progress
        Reports the steps (closed airspace, search, countries overflown): an allow-list
        on a cold cache takes seconds.
    """
    policy = policy_of(policy, denied, allowed, transit_passage, territorial_sea)
    with (progress or Progress()).task(3, "route") as advance:
        return _route(origin, target, policy, boundaries, catalog, advance)


def policy_of(
    policy: AirspacePolicy | None,
    denied: Iterable[str] | None,
    allowed: Iterable[str] | None,
    transit_passage: bool = True,
    territorial_sea: object = None,
) -> AirspacePolicy:
    """The policy a function was given: *policy*, or the one its other arguments say."""
    if policy is None:
        return AirspacePolicy.of(
            denied=denied,
            allowed=allowed,
            transit_passage=transit_passage,
            territorial_sea=TERRITORIAL_SEA if territorial_sea is None else territorial_sea,
        )
    if not isinstance(policy, AirspacePolicy):
        raise InputError(
            f"policy: expected an AirspacePolicy such as AirspacePolicy.of(denied=['TR']), "
            f"got {policy!r}"
        )
    if (
        denied is not None
        or allowed is not None
        or transit_passage is not True
        or territorial_sea is not None
    ):
        raise InputError(
            "policy: give a policy, or denied/allowed/transit_passage/territorial_sea, not both"
        )
    return policy


def _route(
    origin: Place | str,
    target: Place | str,
    policy: AirspacePolicy,
    boundaries: Boundaries | None,
    catalog: Catalog | None,
    advance: Callable[[int], None],
) -> Route:
    b = boundaries or builtin_boundaries()
    a, t = resolve_place(origin, catalog), resolve_place(target, catalog)
    for label, p in (("origin", a), ("target", t)):
        if not (np.isfinite(p.lat) and np.isfinite(p.lon)) or abs(p.lat) > 90:
            raise InputError(
                f"{label} {p.name}: latitude and longitude must be finite degrees with "
                f"|lat| <= 90, got ({p.lat}, {p.lon})"
            )
    permit = leg_permit(a, t, policy, b)
    router = Router.for_leg(policy, permit, boundaries=b)
    advance(1)

    if outside_end(router, a, t) is not None:
        return route_of(a, t, (None, None), router, permit, b)
    found = router.path_found((a.lat, a.lon), (t.lat, t.lon))
    advance(1)
    out = route_of(a, t, found, router, permit, b)
    advance(1)
    return out


#: A path of waypoints (None: no route) and the graph that found it (None: direct).
Found = tuple[list[tuple[float, float]] | None, Graph | None]


def outside_end(router: Router, a: Place, t: Place) -> str | None:
    """Why a leg from *a* to *t* cannot be flown because an end lies in closed airspace."""
    for label, place in (("origin", a), ("target", t)):
        if router.blocked_at(place.lat, place.lon):
            return f"{label} {place.name} lies inside closed airspace"
    return None


def route_of(
    a: Place, t: Place, found: Found, router: Router, permit: LegPermit, b: Boundaries
) -> Route:
    """The :class:`Route` of a path the router found from *a* to *t* (or why none).

    The one place a route is made from a search's answer: :func:`route` and the legs of
    :mod:`rangecalc.claims.legs` both call it.
    """
    gc = ureg.Quantity(
        float(_g.inverse(lat1=a.lat, lon1=a.lon, lat2=t.lat, lon2=t.lon)[0]), "m"
    ).to("km")
    path, graph = found
    if path is None:
        why = outside_end(router, a, t)
        if why is None:
            inner = router.enclosed((a.lat, a.lon), (t.lat, t.lon))
            if inner == 0:
                why = f"origin {a.name} is enclosed: every way out crosses closed airspace"
            elif inner == 1:
                why = f"target {t.name} is enclosed: every way in crosses closed airspace"
            else:
                why = "closed airspace separates origin and target"
        return Route(a, t, None, gc, (), (), router.closed, why, notes=permit.notes)
    return Route(
        origin=a,
        target=t,
        distance=ureg.Quantity(_length(path), "m").to("km"),
        great_circle=gc,
        waypoints=tuple(path),
        overflown=_overflown(path, b, router.territorial_sea_m),
        closed=router.closed,
        straits=router.straits_on(path),
        notes=permit.notes + router.notes_for(path, graph),
    )
