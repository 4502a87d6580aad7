"""The permitted legs of a question: from some origins to some targets, under one policy.

One rule for the distance a claim requires, used by claims, sweeps, bases-for and the
basing comparison alike:

1. every leg opens what its :func:`~rangecalc.airspace.routing.leg_permit` allows (its own end
   points' countries, and a small disc around an end on a closed border); targets that
   share a permit share one search from each origin. A point sampled along a country's
   border (``country:XX``) lies inside that country, so such points share the permit of
   their country and the origin;
2. ``km`` is the distance of every pair: to a place, the length of its route, the legs
   checked against the closed airspace every 2 km (one search per origin, permit and
   frame gives the route of every place at once, as :func:`~rangecalc.route` would find
   each alone, :meth:`Router.paths_found
   <rangecalc.airspace.routing.Router.paths_found>`); to the ~1,000 border points of a
   country, the searched distance (:meth:`Router.distances
   <rangecalc.airspace.routing.Router.distances>`, within a few hundred metres of the
   route and six times cheaper than routing every point); inf where no permitted route
   exists;
3. the worst target is the one whose best origin is farthest, and the distance required
   is the checked length of the route from that origin (for a country's farthest point,
   routed then: a little longer than the search's distance where a leg had to bend
   further out).

Each route is searched once and kept on the :class:`Legs` it belongs to; one origin and
one target need no table at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from rangecalc._core import geodesic as _g
from rangecalc.airspace.boundaries import Boundaries, builtin_boundaries
from rangecalc.airspace.policy import AirspacePolicy, with_sea
from rangecalc.airspace.routing import (
    Found,
    LegPermit,
    Route,
    Router,
    country_of,
    leg_permit,
    outside_end,
    route_of,
)
from rangecalc.catalog import Place
from rangecalc.data.units import ureg

__all__ = ["BORDER_POINT", "Legs", "Required", "country_points"]

#: The ``source`` of a :class:`~rangecalc.catalog.Place` that stands for a country's border.
BORDER_POINT = "boundary point"


@dataclass(frozen=True)
class Required:
    """The distance a question requires: the worst target, from its best origin.

    ``km`` is the checked length of ``route`` (inf: no permitted route), ``target`` and
    ``origin`` index the :class:`Legs`' targets and origins.
    """

    km: float
    target: int
    origin: int
    route: Route


def country_points(code: str) -> list[Place]:
    """The points that stand for every point of a country (``country:XX``): its border."""
    return [
        Place(
            f"{code} border point {la:.2f}, {lo:.2f}",
            float(la),
            float(lo),
            country=code,
            source=BORDER_POINT,
        )
        for la, lo in builtin_boundaries().border_points(code)
    ]


class Legs:
    """The permitted legs from *origins* to *targets* under *policy* (see the module).

    Parameters
    ----------
    origins, targets
        Resolved places.
    policy
        The airspace policy of every leg (its territorial sea too; 0.1's
        *territorial_sea* beside it is still taken, with a warning).
    boundaries
        Country polygons (default: the built-in set).
    """

    def __init__(
        self,
        origins: Sequence[Place],
        targets: Sequence[Place],
        policy: AirspacePolicy,
        *,
        boundaries: Boundaries | None = None,
        territorial_sea: object = None,
    ) -> None:
        self.origins = tuple(origins)
        self.targets = tuple(targets)
        self.policy = with_sea(policy, territorial_sea, "Legs")
        self.boundaries = boundaries or builtin_boundaries()
        self._groups = [self._group(o) for o in self.origins]
        self._km: np.ndarray | None = None
        self._found: dict[tuple[int, int], Found] = {}
        self._routers: dict[LegPermit, Router] = {}
        self._required: Required | None = None

    def _group(self, origin: Place) -> dict[LegPermit, list[int]]:
        """The targets of *origin* grouped by the permit of their leg."""
        b, policy = self.boundaries, self.policy
        groups: dict[LegPermit, list[int]] = {}
        inner: dict[str | None, LegPermit] = {}
        for i, t in enumerate(self.targets):
            if t.source == BORDER_POINT:
                key = country_of(t, b)
                if key not in inner:
                    inner[key] = leg_permit(origin, t, policy, b)
                permit = inner[key]
            else:
                permit = leg_permit(origin, t, policy, b)
            groups.setdefault(permit, []).append(i)
        return groups

    def _router(self, permit: LegPermit) -> Router:
        """The router of one permit, kept here (built anew for boundaries not built in)."""
        if permit not in self._routers:
            self._routers[permit] = Router.for_leg(self.policy, permit, boundaries=self.boundaries)
        return self._routers[permit]

    @property
    def km(self) -> np.ndarray:
        """Distance [km] of every leg: one row per origin, one column per target.

        To a place, the checked length of its route (each searched once, one search per
        permit and frame for all the places of an origin, and kept); to a country's
        border point, the searched distance (see the module docstring).
        """
        if self._km is None:
            out = np.full((len(self.origins), len(self.targets)), np.inf)
            places = [j for j, t in enumerate(self.targets) if t.source != BORDER_POINT]
            borders = [j for j, t in enumerate(self.targets) if t.source == BORDER_POINT]
            for i in range(len(self.origins)):
                if places:
                    out[i, places] = self.checked_km(i, places)
                if borders:
                    out[i, borders] = self._estimate(i, borders)
            self._km = out
        return self._km

    def _estimate(self, i: int, js: Sequence[int]) -> np.ndarray:
        """Searched distance [km] from origin *i* to targets *js* (inf where none)."""
        o = self.origins[i]
        out = np.full(len(js), np.inf)
        at = {j: k for k, j in enumerate(js)}
        for permit, index in self._groups[i].items():
            mine = [j for j in index if j in at]
            if not mine:
                continue
            router = self._router(permit)
            if router.blocked_at(o.lat, o.lon):
                continue
            pts = np.array([[self.targets[j].lat, self.targets[j].lon] for j in mine])
            out[[at[j] for j in mine]] = router.distances((o.lat, o.lon), pts) / 1000.0
        return out

    def _permit(self, i: int, j: int) -> LegPermit:
        return next(p for p, index in self._groups[i].items() if j in index)

    def _search(self, i: int, js: Sequence[int]) -> None:
        """Search the legs from origin *i* to targets *js* not yet searched, and keep them.

        One search per permit and frame for all of them (:meth:`Router.paths_found
        <rangecalc.airspace.routing.Router.paths_found>`: the same paths as one by one).
        """
        a = self.origins[i]
        todo = {j for j in js if (i, j) not in self._found}
        for permit, index in self._groups[i].items():
            mine = [j for j in index if j in todo]
            if not mine:
                continue
            router = self._router(permit)
            ask = [j for j in mine if outside_end(router, a, self.targets[j]) is None]
            for j in mine:
                self._found[(i, j)] = (None, None)
            if len(ask) == 1:
                t = self.targets[ask[0]]
                self._found[(i, ask[0])] = router.path_found((a.lat, a.lon), (t.lat, t.lon))
            elif ask:
                pts = np.array([[self.targets[j].lat, self.targets[j].lon] for j in ask])
                for j, f in zip(ask, router.paths_found((a.lat, a.lon), pts), strict=True):
                    self._found[(i, j)] = f

    def route(self, i: int, j: int) -> Route:
        """The route from origin *i* to target *j*, as :func:`~rangecalc.route` finds it.

        Searched once and kept. A border point's leg takes its own permit here (a disc
        around it where it lies on a closed border), as a route to that point alone would;
        the search of :attr:`km` shares its country's.
        """
        a, t = self.origins[i], self.targets[j]
        permit = self._permit(i, j)
        if t.source == BORDER_POINT:
            own = leg_permit(a, t, self.policy, self.boundaries)
            if own != permit:
                router = self._router(own)
                found: Found = (None, None)
                if outside_end(router, a, t) is None:
                    found = router.path_found((a.lat, a.lon), (t.lat, t.lon))
                return route_of(a, t, found, router, own, self.boundaries)
        self._search(i, (j,))
        return route_of(a, t, self._found[(i, j)], self._router(permit), permit, self.boundaries)

    def checked_km(self, i: int, js: Sequence[int] | None = None) -> np.ndarray:
        """Length [km] of the route from origin *i* to each target *js* (default: all).

        Each route searched once (one search per permit and frame for all of them) and
        its legs checked. Where there is no route, the searched distance (inf, or the rare
        finite distance whose legs could not be made clear), as :meth:`required` gives it.
        """
        js = list(range(len(self.targets))) if js is None else list(js)
        self._search(i, js)
        metres = np.full(len(js), np.nan)
        direct: list[int] = []
        for k, j in enumerate(js):
            path = self._found[(i, j)][0]
            if path is None:
                continue
            if len(path) == 2:
                direct.append(k)
            else:
                metres[k] = _g.path_length(lat=[p[0] for p in path], lon=[p[1] for p in path])
        if direct:  # the direct legs' lengths from one vectorised geodesic call
            a = self.origins[i]
            metres[direct] = _g.inverse(
                lat1=np.full(len(direct), a.lat),
                lon1=np.full(len(direct), a.lon),
                lat2=np.array([self.targets[js[k]].lat for k in direct]),
                lon2=np.array([self.targets[js[k]].lon for k in direct]),
            )[0]
        # m -> km as route() converts, once for the whole array (the same factor)
        out = np.asarray(ureg.Quantity(metres, "m").to("km").magnitude, dtype=float)
        missing = np.flatnonzero(np.isnan(out))
        if len(missing):
            out[missing] = self._estimate(i, [js[k] for k in missing])
        return out

    def table_km(self) -> np.ndarray:
        """Distance [km] from every origin to every target (one row per origin).

        :attr:`km`; for one origin and one target, the checked length of its route, with
        no table search.
        """
        if len(self.origins) == len(self.targets) == 1:
            return np.array([[self.required().km]])
        return self.km

    def required(self) -> Required:
        """The worst target, its best origin, the route between them and its length.

        With one origin and one target there is nothing to choose: the leg is searched
        once, for its route, and the table of :attr:`km` only where there is no route.
        """
        if self._required is not None:
            return self._required
        if len(self.origins) == len(self.targets) == 1:
            worst = best = 0
        else:
            km = self.km
            worst = int(np.argmax(km.min(axis=0)))
            best = int(np.argmin(km[:, worst]))
        rt = self.route(best, worst)
        if rt.distance is not None:
            length = float(rt.distance.to("km").magnitude)
        else:
            length = float(self._estimate(best, [worst])[0])
        self._required = Required(length, worst, best, rt)
        return self._required
