"""Reverse reach: the airfields from which an aircraft can reach a target.

The question asked backwards ("from which airfields in Iran can a Su-34 reach all of
Israel?"). Candidates are every airfield of ``airportsdata`` (military ones included)
and every airfield of the catalog in the countries named; with no countries, every
airfield on Earth whose geodesic distance to the target is within the high end of the
reach, plus 1 km (a route is never shorter than the geodesic, so no other can reach; the screen is
:func:`rangecalc.scale.screen.screen_reach`, exact by its proven bound). A minimum runway drops
the fields whose longest runway is known to be shorter (the catalog's figure, else
OurAirports', :mod:`rangecalc.data.runways`); fields with no known runway stay, marked.

Each candidate is then judged as its own claim would be (:func:`rangecalc.scale.sweeps.sweep`):
permitted-route distance, verdict, margin (low end of the reach less the distance) and
the heaviest payload that still reaches, ranked by margin, best first.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from rangecalc.airspace.policy import AirspacePolicy, with_sea
from rangecalc.catalog import Catalog, Place, default_catalog
from rangecalc.data.airfields import records
from rangecalc.data.errors import InputError
from rangecalc.data.places import airfield
from rangecalc.data.progress import Progress
from rangecalc.data.runways import builtin_runways
from rangecalc.data.units import magnitude, ureg
from rangecalc.model.mission import combat_radius
from rangecalc.model.plan import Mission
from rangecalc.scale.screen import screen_reach
from rangecalc.scale.sweeps import SweepTarget, sweep

__all__ = ["COLUMNS", "bases_for"]

#: Columns of the :func:`bases_for` DataFrame, in order.
COLUMNS = (
    "rank",
    "icao",
    "name",
    "country",
    "lat",
    "lon",
    "runway_m",
    "runway_source",
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
)

_AIRFIELD_KINDS = ("airbase", "airport")


def _candidates(countries: frozenset[str] | None, cat: Catalog) -> list[Place]:
    """Airfields of the catalog and of airportsdata (in *countries*, or all), once each."""
    out: dict[str, Place] = {}
    for p in cat.places.values():
        if p.kind in _AIRFIELD_KINDS and (countries is None or p.country in countries):
            out[p.icao or p.name] = p
    for code, rec in records("ICAO").items():
        if countries is not None and rec["country"] not in countries:
            continue
        if code in out or (not rec.get("lat") and not rec.get("lon")):
            continue
        place = airfield(code)
        if place is not None:
            out[code] = place
    return list(out.values())


def _runway(p: Place) -> tuple[float, str]:
    if p.runway_length is not None:
        return float(p.runway_length.value.to("m").magnitude), "catalog"
    if p.icao:
        q = builtin_runways().length(p.icao)
        if q is not None:
            return float(q.to("m").magnitude), "OurAirports"
    return float("nan"), ""


def bases_for(
    aircraft: str,
    target: str | Place,
    *,
    countries: Iterable[str] | None = None,
    min_runway: object = None,
    mission: Mission | None = None,
    policy: AirspacePolicy | None = None,
    territorial_sea: object = None,
    catalog: Catalog | None = None,
    client: object = None,
    progress: Progress | None = None,
) -> pd.DataFrame:
    """Every candidate airfield for reaching *target*, ranked by margin.

    Parameters
    ----------
    aircraft
        Catalog name of the aircraft.
    target
        A place reference, or ``"country:XX"``: every point of that country.
    countries
        ISO alpha-2 codes of the countries whose airfields are candidates; default every
        airfield within the geodesic reach (high end) of the target.
    min_runway
        Shortest acceptable longest runway, e.g. ``"2,500 m"``; fields with no known
        runway are kept (``runway_m`` NaN).
    mission
        What is flown (payload, refuelling, tanks, reserve); default ``Mission()``.
    policy
        Closed airspace and its territorial sea (an
        :class:`~rangecalc.airspace.policy.AirspacePolicy`); 0.1's *territorial_sea*
        beside it is still taken, with a warning.
    client, progress
        As for :func:`rangecalc.scale.sweeps.sweep`.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`COLUMNS`, best margin first (``target_lat``/``target_lon``: the
        point reached, for a country its farthest by permitted route from that field);
        ``attrs["notes"]`` says how the candidates were chosen.
    """
    cat = catalog or default_catalog()
    goal = SweepTarget.of(target, cat)
    mission = mission or Mission()
    codes = None
    if countries is not None:
        codes = frozenset(c.strip().upper() for c in countries if c.strip())
        if not codes:
            raise InputError("countries: name at least one ISO alpha-2 code, e.g. IR,IQ")
    floor_m = None
    if min_runway is not None:
        floor_m = float(magnitude(min_runway, "m", name="min_runway"))
        if not np.isfinite(floor_m) or floor_m <= 0:
            raise InputError(f"min_runway: must be a positive length, got {min_runway!r}")
    notes: list[str] = []
    # one aircraft, one mission: one that cannot be flown (a load above the maximum) is the
    # whole answer, refused here rather than on every row
    flown = combat_radius(aircraft, mission, catalog=cat)
    reach = flown.radius
    fields = _candidates(codes, cat)
    if codes is not None:
        found = {p.country for p in fields}
        missing = sorted(codes - found)
        if missing:
            raise InputError(
                f"countries: no airfield known in {', '.join(missing)} (ISO alpha-2 codes, "
                "e.g. IR for Iran)"
            )
    else:
        pts = np.array([[p.lat, p.lon] for p in goal.points])
        here = np.array([[p.lat, p.lon] for p in fields])
        # the high reach plus 1 km: a claim routes to the border point its search puts
        # farthest, whose route can be shorter than another point's geodesic by metres
        s = screen_reach(pts, here, reach.high + ureg.Quantity(1.0, "km"))
        # a field that reaches every point of the target has each within the high end
        keep = (s.codes != 2).all(axis=0)
        notes.append(
            f"candidates: the {int(keep.sum()):,} of {len(fields):,} airfields whose geodesic "
            f"to every point of the target is within the high reach "
            f"({reach.high.to('km').magnitude:,.0f} km); the rest cannot reach"
        )
        fields = [p for p, k in zip(fields, keep, strict=True) if k]
    runway = [_runway(p) for p in fields]
    if floor_m is not None:
        short = [not (r[0] < floor_m) for r in runway]  # NaN (unknown) stays
        dropped = len(fields) - sum(short)
        unknown = sum(1 for r, k in zip(runway, short, strict=True) if k and not r[1])
        notes.append(
            f"runway at least {floor_m:,.0f} m: {dropped:,} fields dropped; {unknown:,} kept "
            "with no runway length known"
        )
        fields = [p for p, k in zip(fields, short, strict=True) if k]
        runway = [r for r, k in zip(runway, short, strict=True) if k]
    if not fields:
        frame = pd.DataFrame(columns=list(COLUMNS))
        frame.attrs["notes"] = [*notes, "no candidate airfield", *flown.notes]
        return frame
    rows = sweep(
        aircraft,
        fields,
        [target],
        payloads=None,
        mission=mission,
        policy=with_sea(policy or AirspacePolicy(), territorial_sea, "bases_for"),
        max_payload=True,
        catalog=cat,
        client=client,
        progress=progress,
    )
    frame = pd.DataFrame(
        {
            "icao": [p.icao for p in fields],
            "name": [p.name for p in fields],
            "country": [p.country for p in fields],
            "lat": [p.lat for p in fields],
            "lon": [p.lon for p in fields],
            "runway_m": [r[0] for r in runway],
            "runway_source": [r[1] for r in runway],
            "target_lat": rows["target_lat"].to_numpy(),
            "target_lon": rows["target_lon"].to_numpy(),
            "distance_km": rows["distance_km"].to_numpy(),
            "great_circle_km": rows["great_circle_km"].to_numpy(),
            "reach_low_km": rows["reach_low_km"].to_numpy(),
            "reach_km": rows["reach_km"].to_numpy(),
            "reach_high_km": rows["reach_high_km"].to_numpy(),
            "verdict": rows["verdict"].to_numpy(),
            "margin_km": rows["margin_km"].to_numpy(),
            "max_payload_t": rows["max_payload_t"].to_numpy(),
        }
    )
    frame = frame.sort_values(
        ["margin_km", "icao"], ascending=[False, True], na_position="last", kind="stable"
    ).reset_index(drop=True)
    frame.insert(0, "rank", np.arange(1, len(frame) + 1))
    frame.attrs["notes"] = [*notes, *flown.notes]
    return frame
