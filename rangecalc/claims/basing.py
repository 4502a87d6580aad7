"""Basing comparison: what a forward base buys, per candidate base.

For one aircraft, one target (a place, or a country's farthest point) and one airspace
policy, each candidate base gets: the permitted-route distance, the block time of a
sortie, the heaviest payload that still reaches, the take-off limit at that base (when a
take-off run is known), sorties per aircraft per day, and the payload delivered per
aircraft per day (max payload x sorties per day), the figure behind the question whether a
forward base is worth having.

Payloads are the nominal of :func:`rangecalc.max_payload` (its low end too); block time
and sortie rate come from :func:`rangecalc.model.sortie_time` with its documented allowances.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import replace

import numpy as np
import pandas as pd

from rangecalc.airspace.policy import AirspacePolicy
from rangecalc.airspace.routing import policy_of
from rangecalc.catalog import Catalog, Place, default_catalog
from rangecalc.claims.legs import Legs, country_points
from rangecalc.data.errors import InputError
from rangecalc.data.geodesy import distance
from rangecalc.data.places import resolve_place
from rangecalc.data.units import ureg
from rangecalc.model.mission import combat_radius, leaves_fuel, max_payload
from rangecalc.model.plan import Mission
from rangecalc.model.sortie import TURNAROUND, sortie_time
from rangecalc.model.takeoff import MissingTakeoffDataError, TakeoffConditions, takeoff_limit

__all__ = [
    "STATUS_NO_ROUTE",
    "STATUS_NO_TAKEOFF",
    "STATUS_NO_TAKEOFF_DATA",
    "STATUS_OK",
    "STATUS_OUT_OF_REACH",
    "compare_bases",
]

#: Values of the ``status`` column: why a row has no payload, or which figure is missing.
STATUS_OK = "ok"
STATUS_NO_ROUTE = "no permitted route"
STATUS_OUT_OF_REACH = "out of reach even empty"
STATUS_NO_TAKEOFF = "runway too short to take off"
STATUS_NO_TAKEOFF_DATA = "no take-off data: no runway limit applied"


def compare_bases(
    aircraft: str,
    bases: Sequence[str],
    target: str,
    *,
    policy: AirspacePolicy | None = None,
    denied: Sequence[str] | None = None,
    allowed: Sequence[str] | None = None,
    transit_passage: bool = True,
    temperature: object | None = None,
    takeoff_run: object | None = None,
    turnaround: object = TURNAROUND,
    mission: Mission | None = None,
    catalog: Catalog | None = None,
    profile: str | None = None,
) -> pd.DataFrame:
    """One row per base: route, time, payload, take-off limit and payload per day.

    *target* is a place reference or ``"country:XX"`` (then its farthest border point by
    permitted route from each base). The airspace is *policy* (an
    :class:`~rangecalc.airspace.policy.AirspacePolicy`), or *denied*/*allowed* and
    *transit_passage*; each base's distance is the one a claim from that base alone
    requires (:mod:`rangecalc.claims.legs`). What is flown is *mission* (default
    ``Mission()``; its payload is what the payload columns solve for, and the runway's
    take-off limit is applied to it). Columns: ``base``, ``icao`` (None when the base has
    none), ``route_km``, ``great_circle_km``, ``block_time_h``, ``max_payload_t``
    (nominal), ``max_payload_low_t``, ``takeoff_limit_t``, ``sorties_per_day``,
    ``payload_per_day_t``, ``takeoff_known`` (False when no take-off run, runway or
    elevation is known, so no runway limit was applied) and ``status``, which says why
    figures are NaN: one of
    :data:`STATUS_OK`, :data:`STATUS_NO_ROUTE`, :data:`STATUS_OUT_OF_REACH` (the payload
    columns are NaN because nothing reaches), :data:`STATUS_NO_TAKEOFF` (the runway allows
    no take-off with fuel) or :data:`STATUS_NO_TAKEOFF_DATA` (``takeoff_limit_t`` is NaN
    because the take-off run, runway or elevation is unknown; no limit is applied).
    """
    if isinstance(bases, str) or not isinstance(bases, Sequence):
        raise InputError(
            f"bases: expected a list of place references such as ['Mozdok', 'Hamadan'], "
            f"got {bases!r}"
        )
    if not bases:
        raise InputError("bases: give at least one base")
    if not isinstance(target, str):
        raise InputError(f"target: expected a place reference or 'country:XX', got {target!r}")
    cat = catalog or default_catalog()
    af = cat.airframe(aircraft)
    mission = Mission() if mission is None else mission
    if not isinstance(mission, Mission):
        raise InputError(
            f'mission: expected a Mission such as Mission(profile="hi-lo-hi"), got {mission!r}'
        )
    if profile is not None:  # 0.1's keyword, now the mission's
        warnings.warn(
            "compare_bases(profile=...) is deprecated: give mission=Mission(profile=...)",
            DeprecationWarning,
            stacklevel=2,
        )
        mission = replace(mission, profile=profile)
    # Checked once here, so that a malformed value is an error rather than "no data".
    conditions = TakeoffConditions.of(temperature=temperature, takeoff_run=takeoff_run)
    policy = policy_of(policy, denied, allowed, transit_passage)
    ends: list[Place]  # the target's points: a place, or a country's border
    if target.startswith("country:"):
        ends = country_points(target.split(":", 1)[1].strip().upper())
    else:
        ends = [resolve_place(target, cat)]
    pts = np.array([[p.lat, p.lon] for p in ends])
    rows = []
    seen: set[tuple[str, float, float]] = set()
    for name in bases:
        if not isinstance(name, str) or not name.strip():
            raise InputError(f"bases: expected place references (text), got {name!r}")
        base = resolve_place(name, cat)
        if (base.name, base.lat, base.lon) in seen:
            continue  # the same base written twice ('Mozdok', 'URMF'): first kept
        seen.add((base.name, base.lat, base.lon))
        # the distance a claim from this base alone would require (rangecalc.claims.legs)
        km = Legs([base], ends, policy).required().km
        gc = float(
            np.max(
                distance(lat1=base.lat, lon1=base.lon, lat2=pts[:, 0], lon2=pts[:, 1])
                .to("km")
                .magnitude
            )
        )
        row: dict[str, object] = {
            "base": base.name,
            "icao": base.icao,
            "route_km": km if np.isfinite(km) else np.nan,
            "great_circle_km": gc,
            "block_time_h": np.nan,
            "max_payload_t": np.nan,
            "max_payload_low_t": np.nan,
            "takeoff_limit_t": np.nan,
            "sorties_per_day": np.nan,
            "payload_per_day_t": np.nan,
            "takeoff_known": False,
            "status": STATUS_OK,
        }
        rows.append(row)
        if not np.isfinite(km):
            row["status"] = STATUS_NO_ROUTE
            continue
        limit_kg = None
        try:
            lim = takeoff_limit(
                af,
                base,
                temperature=conditions.temperature,
                takeoff_run=conditions.takeoff_run,
                catalog=cat,
            )
            limit_kg = lim.max_takeoff_mass.nominal
            row["takeoff_limit_t"] = float(limit_kg.to("t").magnitude)
            row["takeoff_known"] = True
        except MissingTakeoffDataError:
            row["status"] = STATUS_NO_TAKEOFF_DATA  # no limit applied; the rest stands
        s = sortie_time(af, ureg.Quantity(km, "km"), turnaround=turnaround, catalog=cat)
        row["block_time_h"] = float(s.block_time.nominal.to("h").magnitude)
        if limit_kg is not None and not leaves_fuel(af, float(limit_kg.to("kg").magnitude)):
            row["status"] = STATUS_NO_TAKEOFF
            continue
        flown = replace(mission, takeoff_mass_limit=limit_kg)
        empty = combat_radius(af, flown.with_payload("0 t"), catalog=cat)
        if empty.radius.magnitudes("km")[1] < km:
            row["status"] = STATUS_OUT_OF_REACH  # not even empty: no payload "still reaches"
            continue
        mp = max_payload(af, ureg.Quantity(km, "km"), flown, catalog=cat)
        pay = float(mp.nominal.to("t").magnitude)
        rate = float(s.sorties_per_day.nominal.to("1/day").magnitude)
        row.update(
            max_payload_t=pay,
            max_payload_low_t=float(mp.low.to("t").magnitude),
            sorties_per_day=rate,
            payload_per_day_t=pay * rate,
        )
    return pd.DataFrame(rows)
