"""Sweeps: aircraft x bases x targets x loads, each row the verdict its own claim would get.

Model
-----
A sweep row is the claim "this aircraft, from this base, with this load, reaches this
target" evaluated as :func:`rangecalc.evaluate` evaluates it alone: the distance required
is the permitted route's length (:func:`rangecalc.route`, under the one exemption rule of
:func:`~rangecalc.airspace.routing.leg_permit`), the reach is :func:`rangecalc.combat_radius` of the
mission flown, and the verdict and margin follow :func:`~rangecalc.claims.claim.verdict_of`, the
rule the claim's verdict step applies. What a sweep saves is repetition, not rigour:

1. the radius of each aircraft and load is solved once, not once per pair;
2. per base, the legs to every target come from one :class:`~rangecalc.claims.legs.Legs`, the
   rule a claim's legs follow too: the clear legs (each sampled every 2 km, as
   :func:`~rangecalc.route` tests a leg) take their length from one vectorised geodesic
   call, and the others are routed from one search per airspace permit and region of the
   globe (:meth:`Router.paths_found <rangecalc.airspace.routing.Router.paths_found>`: the route
   :func:`~rangecalc.route` would fly to each target alone, from one Dijkstra search that
   every target joins at its best visible node). The batched distance search
   (:attr:`Legs.km <rangecalc.claims.legs.Legs.km>`) searches one region holding all targets,
   with coarser corners, and can be a few hundred metres longer than the route; it
   answers only where no route is found, as for a claim;
3. a whole-country target takes, per base, the farthest of the country's border points
   by one search and the route to it (:meth:`Legs.required
   <rangecalc.claims.legs.Legs.required>`), as a claim does.

Per-base work is one task (:func:`rangecalc.scale.parallel.run_tasks`): in this process, or on
a Dask cluster given ``client=``, with the airspace policy shipped to the workers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import pint

from rangecalc._core import geodesic as _g
from rangecalc.airspace.policy import AirspacePolicy, with_sea
from rangecalc.catalog import Catalog, Place, default_catalog
from rangecalc.claims.claim import ERROR, heaviest_payload, verdict_of
from rangecalc.claims.legs import Legs, country_points
from rangecalc.data.errors import InputError, RangecalcError
from rangecalc.data.interval import Interval
from rangecalc.data.places import resolve_place
from rangecalc.data.progress import Progress
from rangecalc.data.units import magnitude
from rangecalc.model.mission import combat_radius
from rangecalc.model.plan import Mission
from rangecalc.scale.parallel import run_tasks

__all__ = ["COLUMNS", "SweepTarget", "sweep"]

#: Columns of a sweep's DataFrame, in order.
COLUMNS = (
    "aircraft",
    "payload_t",
    "base",
    "base_icao",
    "base_lat",
    "base_lon",
    "target",
    "target_lat",
    "target_lon",
    "distance_km",
    "great_circle_km",
    "reach_low_km",
    "reach_km",
    "reach_high_km",
    "verdict",
    "margin_km",
    "max_payload_t",
    "error",
)


@dataclass(frozen=True)
class SweepTarget:
    """A target of a sweep: one place, or every point of a country (``country:XX``)."""

    label: str
    points: tuple[Place, ...]
    country: str | None = None

    @classmethod
    def of(cls, ref: str | Place, catalog: Catalog | None = None) -> SweepTarget:
        """Resolve a place reference, or ``"country:XX"`` for a whole country."""
        if isinstance(ref, str) and ref.strip().lower().startswith("country:"):
            code = ref.split(":", 1)[1].strip().upper()
            return cls(f"country:{code}", tuple(country_points(code)), code)
        place = resolve_place(ref, catalog)
        return cls(place.name, (place,), None)


@dataclass(frozen=True)
class _BaseTask:
    """What one worker needs for one base: small and picklable (no router inside)."""

    base: Place
    targets: tuple[SweepTarget, ...]
    policy: AirspacePolicy


@dataclass(frozen=True)
class _BaseResult:
    """Per target: required distance [km] (inf: no route), great circle [km], the point."""

    required_km: np.ndarray
    great_circle_km: np.ndarray
    worst: tuple[Place, ...]


def base_distances(task: _BaseTask) -> _BaseResult:
    """Required distance from one base to every target, as a one-base claim finds it.

    The rule of :mod:`rangecalc.claims.legs`: a place's distance is its route's checked length,
    every place routed from one search per permit and frame; a country's is that of the
    route to its farthest border point.
    """
    a = task.base
    singles = [k for k, t in enumerate(task.targets) if t.country is None]
    n = len(task.targets)
    required = np.full(n, np.inf)
    worst: list[Place] = [t.points[0] for t in task.targets]
    if singles:
        legs = Legs(
            [a],
            [task.targets[k].points[0] for k in singles],
            task.policy,
        )
        required[singles] = legs.checked_km(0)
    for k, t in enumerate(task.targets):
        if t.country is None:
            continue
        need = Legs([a], t.points, task.policy).required()
        worst[k] = t.points[need.target]
        required[k] = need.km
    gc = _g.inverse(
        lat1=np.full(n, a.lat),
        lon1=np.full(n, a.lon),
        lat2=np.array([w.lat for w in worst]),
        lon2=np.array([w.lon for w in worst]),
    )[0]
    return _BaseResult(required, gc / 1000.0, tuple(worst))


def _as_list(value: Any) -> list[Any]:
    if value is None or isinstance(value, str):
        return [value]
    if isinstance(value, pint.Quantity):
        if np.ndim(value.magnitude) == 0:
            return [value]
        return [value[i] for i in range(len(value))]
    return list(value)


def sweep(
    aircraft: str | Sequence[str],
    bases: Iterable[str | Place],
    targets: Iterable[str | Place],
    *,
    payloads: object = None,
    mission: Mission | None = None,
    policy: AirspacePolicy | None = None,
    territorial_sea: object = None,
    max_payload: bool = False,
    catalog: Catalog | None = None,
    client: object = None,
    progress: Progress | None = None,
) -> pd.DataFrame:
    """Every aircraft x payload x base x target, with the verdict its own claim would get.

    Parameters
    ----------
    aircraft
        One catalog name or several.
    bases, targets
        Place references (names, ICAO codes, coordinates) or places; a target may be
        ``"country:XX"`` (its farthest point by permitted route, as in a claim).
    payloads
        Loads to sweep (``["0 t", "4 t", "8 t"]``, or a mass Quantity array);
        default the mission's payload (half the maximum unless it says otherwise).
    mission
        The rest of what is flown (profile, refuelling, tanks, reserve); default
        ``Mission()``.
    policy
        Closed airspace and its territorial sea (an
        :class:`~rangecalc.airspace.policy.AirspacePolicy`); 0.1's *territorial_sea*
        beside it is still taken, with a warning.
    max_payload
        Also give each row's heaviest payload that still reaches (slower: one solve a row).
    client
        ``None``, or a ``dask.distributed.Client`` or scheduler address: the per-base
        routing runs on its workers (extra ``scale``).
    progress
        Reports each base done (:class:`~rangecalc.data.progress.Progress`).

    Returns
    -------
    pandas.DataFrame
        One row per aircraft, payload, base and target, columns :data:`COLUMNS`;
        ``distance_km`` and ``margin_km`` are NaN where no permitted route exists
        (verdict ``"fails"``). A load the aircraft cannot fly (above its maximum) gives
        verdict ``"error"`` with the reason in ``error``, as the claim would.
        ``attrs["notes"]`` holds the notes of each radius solved (reserve, refuelling,
        assumed spreads), prefixed by aircraft and load.
    """
    cat = catalog or default_catalog()
    names = [aircraft] if isinstance(aircraft, str) else list(aircraft)
    if not names:
        raise InputError("aircraft: name at least one aircraft")
    airframes = [cat.airframe(n) for n in names]
    base_places = [resolve_place(b, cat) for b in bases]
    goal = [SweepTarget.of(t, cat) for t in targets]
    if not base_places:
        raise InputError("bases: name at least one base")
    if not goal:
        raise InputError("targets: name at least one target")
    policy = with_sea(policy or AirspacePolicy(), territorial_sea, "sweep")
    template = mission or Mission()
    loads = _as_list(payloads)
    radii: list[tuple[str, Mission, Interval | str, float]] = []
    notes: dict[str, None] = {}
    for af in airframes:
        for p in loads:
            m = template if p is None else template.with_payload(p)
            try:
                res = combat_radius(af, m, catalog=cat)
            except RangecalcError as exc:  # e.g. a load above this aircraft's maximum
                kg = magnitude(p, "kg", name="payload") if p is not None else np.nan
                radii.append((af.name, m, str(exc), float(kg) / 1000.0))
                continue
            radii.append((af.name, m, res.radius.to("km"), float(res.payload.to("t").magnitude)))
            for note in res.notes:
                notes.setdefault(f"{af.name}, {res.payload.to('t').magnitude:g} t: {note}", None)
    tasks = [_BaseTask(b, tuple(goal), policy) for b in base_places]
    results = run_tasks(base_distances, tasks, client=client, progress=progress, desc="bases")
    rows = []
    for name, m, reach, payload_t in radii:
        af = cat.airframe(name)
        if isinstance(reach, str):  # this aircraft cannot fly this mission: as a claim, "error"
            for b in base_places:
                for t in goal:
                    rows.append(
                        (name, payload_t, b.name, b.icao, b.lat, b.lon, t.label,
                         t.points[0].lat if t.country is None else np.nan,
                         t.points[0].lon if t.country is None else np.nan,
                         *([np.nan] * 5), ERROR, np.nan, np.nan, reach)
                    )  # fmt: skip
            continue
        lo, nom, hi = reach.magnitudes("km")
        heavy = np.full((len(base_places), len(goal)), np.nan)
        if max_payload:
            req_all = np.array([out.required_km for out in results])
            finite_all = np.isfinite(req_all)
            if finite_all.any():
                heavy[finite_all] = heaviest_payload(af, req_all[finite_all], m, cat)
        for i, (b, out) in enumerate(zip(base_places, results, strict=True)):
            for k, t in enumerate(goal):
                req = float(out.required_km[k])
                verdict = verdict_of(req, reach)
                finite = bool(np.isfinite(req))
                rows.append(
                    (
                        name,
                        payload_t,
                        b.name,
                        b.icao,
                        b.lat,
                        b.lon,
                        t.label,
                        out.worst[k].lat,
                        out.worst[k].lon,
                        req if finite else np.nan,
                        float(out.great_circle_km[k]),
                        lo,
                        nom,
                        hi,
                        verdict,
                        lo - req if finite else np.nan,
                        float(heavy[i, k]),
                        None,
                    )
                )
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    frame.attrs["notes"] = list(notes)  # the mission model's notes, per aircraft and load
    return frame
