"""Physical bounds: figures no aircraft, weapon or place can have, whatever a source says.

A catalog figure outside these bounds is a typo (a unit slip, a digit too many) or a
figure for something else, and a model fed with it answers nonsense with confidence.
:mod:`rangecalc.catalog.schema` refuses such figures, naming the field and the bound; the
same rules hold for a shipped catalog, a user's catalog and a scenario's inline entries.

Two kinds of bound:

* *geometric*: no one-way distance on Earth exceeds half the meridian, 20,003.93 km
  (the distance between antipodes on WGS84, the longest geodesic there is [1]_), and no
  projectile faster than the first cosmic velocity, 7.91 km/s, stays on Earth;
* *record*: the best ever flown, times :data:`RECORD_MARGIN` so that a design may beat
  today's record but not by a quarter. A ferry range may exceed half the meridian (an
  aircraft can fly farther than the antipode), up to :data:`FERRY_FACTOR` times it: the
  longest flight without refuelling or landing, 41,467 km by the Virgin Atlantic
  GlobalFlyer in February 2006 [2]_, is 2.07 times half the meridian.

Elevations lie between the lowest dry land (the Dead Sea shore, about -430 m; the lowest
airfield, Bar Yehuda, is at -378 m [3]_) and the summit of Everest (8,848.86 m).

References
----------
.. [1] C. F. F. Karney, "Algorithms for geodesics", J. Geodesy 87 (2013) 43-55,
   doi:10.1007/s00190-012-0578-z (the meridian quadrant of WGS84 is 10,001.966 km).
.. [2] Flightglobal, "Fossett takes off for new GlobalFlyer distance record to meet FAI
   rules", 2006 (41,467 km, Kennedy Space Center to Bournemouth, 8-11 February 2006).
.. [3] AOPA, "The Lowest Airfield on Earth", November 2009,
   https://www.aopa.org/news-and-media/all-news/2009/november/01/the-lowest-airfield-on-earth
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "FERRY_FACTOR",
    "HALF_MERIDIAN_KM",
    "LOWEST_GROUND_M",
    "RECORD_MARGIN",
    "Bound",
    "bound",
]

#: Half the WGS84 meridian: the longest geodesic between two points on the ellipsoid [km].
HALF_MERIDIAN_KM = 20_003.931
#: How far past the record a figure may go before it is refused.
RECORD_MARGIN = 1.25
#: A ferry range may be at most this many times half the meridian (record: 2.07).
FERRY_FACTOR = 2.5


@dataclass(frozen=True)
class Bound:
    """The largest physically possible value of one field, with why.

    Attributes
    ----------
    limit
        The bound, in *unit*.
    unit
        Unit of *limit*.
    why
        The fact behind the bound, with its source, for the error message.
    """

    limit: float
    unit: str
    why: str


def _record(value: float, unit: str, what: str) -> Bound:
    return Bound(value * RECORD_MARGIN, unit, f"{what}; the bound is {RECORD_MARGIN:g} times that")


_MASS = _record(
    640_000.0,
    "kg",
    "no aircraft has had a maximum take-off mass above 640 t (Antonov An-225 Mriya; "
    "http://piglix.com/piglix/An_225)",
)
_SPEED = _record(
    3_529.56,
    "km/h",
    "the speed record of an air-breathing aircraft is 3,529.56 km/h (SR-71A, 28 July 1976; "
    "https://www.mechanicshub.com/toolbox/fastest-plane/)",
)
_CEILING = _record(
    37_650.0,
    "m",
    "the altitude record for an aircraft taking off under its own power is 37,650 m "
    "(MiG-25 / Ye-266M, 31 August 1977; FAI, http://old.fai.org/records/news-of-records/"
    "43485-on-this-day-in-history-alexandr-fedotov-flies-into-the-record-books)",
)
_RUNWAY = _record(
    11_917.0,
    "m",
    "the longest runway on Earth is 39,097 ft, 11.9 km (Rogers Dry Lake runway 17/35, "
    "Edwards AFB; USAF Air Force Test Center, https://www.aftc.af.mil/News/"
    "On-This-Day-in-Test-History/Article-Display-Test-History/Article/2561118/)",
)
_ONE_WAY = Bound(
    HALF_MERIDIAN_KM,
    "km",
    "no point on Earth is farther than 20,003.93 km from another (half the WGS84 meridian; "
    "Karney, Test set for geodesics, doi:10.5281/zenodo.32156)",
)
_FERRY = Bound(
    HALF_MERIDIAN_KM * FERRY_FACTOR,
    "km",
    f"a ferry range may reach {FERRY_FACTOR:g} times half the meridian (20,003.93 km); the "
    "longest flight without refuelling is 41,467 km (Virgin Atlantic GlobalFlyer, "
    "February 2006; https://www.flightglobal.com/news/articles/"
    "fosset-takes-off-for-new-globalflyer-distance-record-to-meet-fai-rules-205471/)",
)
_WEAPON_SPEED = Bound(
    28_476.0,
    "km/h",
    "at the first cosmic velocity (7.91 km/s) a body circles the Earth instead of falling "
    "on a target",
)
_WEAPON_MASS = Bound(
    640_000.0,
    "kg",
    "no weapon weighs more than the heaviest aircraft ever flown, the An-225 at 640 t "
    "(http://piglix.com/piglix/An_225)",
)

_BOUNDS: dict[tuple[str, str], Bound] = {
    ("airframes", "empty_mass"): _MASS,
    ("airframes", "max_takeoff_mass"): _MASS,
    ("airframes", "internal_fuel"): _MASS,
    ("airframes", "external_fuel"): _MASS,
    ("airframes", "max_payload"): _MASS,
    ("airframes", "cruise_speed"): _SPEED,
    ("airframes", "max_speed"): _SPEED,
    ("airframes", "service_ceiling"): _CEILING,
    ("airframes", "takeoff_run"): _RUNWAY,
    ("airframes", "ferry_range"): _FERRY,
    ("airframes", "combat_radius"): _ONE_WAY,
    ("weapons", "range"): _ONE_WAY,
    ("weapons", "speed"): _WEAPON_SPEED,
    ("weapons", "mass"): _WEAPON_MASS,
    ("weapons", "warhead_mass"): _WEAPON_MASS,
    ("places", "runway_length"): _RUNWAY,
    ("places", "elevation"): Bound(
        8_849.0,
        "m",
        "no ground is higher than the summit of Mount Everest, 8,848.86 m (China-Nepal "
        "survey, 2020); the highest airfield, Daocheng Yading, is at 4,411 m",
    ),
}

#: Lowest elevation accepted [m]: below the Dead Sea shore (about -430 m), and the lower
#: limit of the ISA model used for take-off (:mod:`rangecalc.model.atmosphere`).
LOWEST_GROUND_M = -500.0


def bound(table: str, field: str) -> Bound | None:
    """The physical bound of *field* in catalog *table*, or ``None`` if it has none."""
    return _BOUNDS.get((table, field))
