"""Claims: scenario files that state range claims, and verdicts that explain themselves.

A scenario file (TOML) has a ``title``, an optional default ``[airspace]`` policy,
optional inline ``[places."..."]``, ``[airframes."..."]`` and ``[weapons."..."]``
definitions in the catalog schema (adding to or overriding the catalogs), and
``[[claims]]``. A claim is one of:

* aircraft: ``aircraft`` and ``bases`` (any of them may be used) to a ``target``;
* stand-off: the same plus ``weapon``: the aircraft carries it to a launch point on the
  route and the weapon flies the rest;
* weapon: ``weapon`` fired from any of the ``launch`` places to the ``target``.

``target`` is a place, a list of places, or ``"country:XX"`` (every point of the country;
its farthest point by permitted route is found and reported).

Verdict rule
------------
``required`` is the one-way permitted-route distance to the worst target, each target
reached from its best base (or launch point). ``available`` is the reach interval: the
combat radius for the mission (:func:`rangecalc.combat_radius`), plus the weapon's range
for a stand-off claim, or the weapon's range alone for a weapon claim. The claim *holds*
when ``required <= low``, *fails* when ``required > high`` (or when no permitted route
exists), and is *uncertain* otherwise. With ``recover`` at another base, ``required`` is
the way out and the radius is the longest way out given the route home from that target
(``recovery_distance``).
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
from numpy.typing import ArrayLike

from rangecalc._core import geodesic as _g
from rangecalc._core import mission as _m
from rangecalc._core.tolerance import below
from rangecalc.airspace.boundaries import builtin_boundaries
from rangecalc.airspace.policy import (
    TERRITORIAL_SEA,
    AirspacePolicy,
    closed_summary,
    territorial_sea_width,
    with_sea,
)
from rangecalc.airspace.routing import Route
from rangecalc.catalog import Airframe, Catalog, Place, default_catalog
from rangecalc.claims.legs import Legs, country_points
from rangecalc.claims.standoff import weapon_range
from rangecalc.data.errors import InputError, RangecalcError, closest
from rangecalc.data.files import read_toml
from rangecalc.data.interval import Interval
from rangecalc.data.places import resolve_place
from rangecalc.data.units import ureg
from rangecalc.model.hinges import Hinge, figure_label, rank
from rangecalc.model.mission import (
    FigureRows,
    RadiusResult,
    _Model,
    _one_at_a_time,
    calibration,
    payload_mass,
    refuelings_for,
)
from rangecalc.model.plan import Mission, Refueling, TankLoad
from rangecalc.model.reserves import DEFAULT_RESERVE
from rangecalc.model.sampling import Estimate, Sampling, draw
from rangecalc.model.tankers import tanker_for

__all__ = [
    "ERROR",
    "KINDS",
    "MAX_PLAN_SEARCH",
    "STEPS",
    "VERDICTS",
    "VERDICT_STEPS",
    "Assessment",
    "Claim",
    "ClaimChain",
    "Evaluation",
    "Scenario",
    "ScenarioError",
    "check",
    "evaluate",
    "evaluate_all",
    "load_scenario",
]

VERDICTS = ("holds", "fails", "uncertain")
#: The verdict of a claim that could not be evaluated (its reason is in ``Assessment.error``).
ERROR = "error"
KINDS = ("aircraft", "standoff", "weapon")
_TOP_KEYS = ("title", "description", "airspace", "places", "airframes", "weapons", "claims")
#: Keys that only a claim with an aircraft takes.
_AIRCRAFT_ONLY = (
    "bases",
    "payload",
    "profile",
    "refuelings",
    "tanker",
    "tanker_base",
    "tanks",
    "keep_tanks",
    "full_fuel",
    "reserve",
    "recover",
    "on_station",
    "keep_payload",
)
_CLAIM_KEYS = (
    "id",
    "statement",
    "source",
    "rationale",
    "aircraft",
    "weapon",
    "launch",
    "target",
    *_AIRCRAFT_ONLY,
    "expect",
    "airspace",
)
_AIRSPACE_KEYS = ("denied", "allowed", "territorial_sea", "transit_passage")
#: Largest refuelling plan (top-ups out and back together) that the search for the fewest
#: top-ups tries, every split of each total.
MAX_PLAN_SEARCH = 12
#: What 0.1's Claim held when a keyword was not given (a weapon claim took them so).
_LEGACY_DEFAULTS: dict[str, object] = {
    "payload": None,
    "profile": "hi-hi-hi",
    "refueling": Refueling(),
    "tanks": (),
    "keep_tanks": False,
    "full_fuel": False,
    "reserve": DEFAULT_RESERVE,
    "on_station": "0 h",
    "keep_payload": False,
}
#: Claim keywords of 0.1 that are now its Mission's: the Mission field each sets, and
#: whether the value is inverted (``keep_tanks`` is ``not jettison_tanks``).
_MISSION_KEYWORDS: dict[str, tuple[str, bool]] = {
    "payload": ("payload", False),
    "profile": ("profile", False),
    "refueling": ("refueling", False),
    "tanks": ("tanks", False),
    "keep_tanks": ("jettison_tanks", True),
    "full_fuel": ("full_fuel", False),
    "reserve": ("reserve", False),
    "on_station": ("on_station", False),
    "keep_payload": ("release_payload", True),
}


class _Deprecated:
    """A field 0.1's Claim had, read now from its mission or policy, with a warning."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, claim: Claim | None, owner: type | None = None) -> object:
        if claim is None:
            return self
        value: object
        if self.name == "territorial_sea":
            where, value = "claim.airspace.territorial_sea", claim.airspace.territorial_sea
        else:
            field_name, inverted = _MISSION_KEYWORDS[self.name]
            got = getattr(claim.mission or Mission(), field_name)
            where = f"{'not ' if inverted else ''}claim.mission.{field_name}"
            value = (not got) if inverted else got
        warnings.warn(
            f"Claim.{self.name} is deprecated: read {where}", DeprecationWarning, stacklevel=2
        )
        return value


class ScenarioError(InputError):
    """A scenario file is malformed; the message names the file, claim and field."""


@dataclass(frozen=True, init=False)
class Claim:
    """One claim, as a scenario file states it (see the module docstring).

    Built by :func:`load_scenario` from a file, or directly. What the aircraft flies is
    its :class:`~rangecalc.model.plan.Mission` (payload, profile, refuelling, tanks,
    reserve, time on station), which validates its own fields; a weapon claim flies none.
    Construction checks the shape of the claim (its kind, target and places) and raises
    :class:`InputError` with a sentence when it is wrong; names are looked up when the
    claim is evaluated.

    The mission's keywords of 0.1 (``payload=``, ``profile=``, ``refueling=``, ``tanks=``,
    ``keep_tanks=``, ``full_fuel=``, ``reserve=``, ``on_station=``, ``keep_payload=``)
    are still taken for one release, with a :class:`DeprecationWarning`, and read
    likewise (``claim.payload`` is ``claim.mission.payload``).
    """

    id: str
    statement: str
    kind: str  # "aircraft", "standoff" or "weapon"
    target: str | tuple[str, ...]
    aircraft: str | None = None
    bases: tuple[str, ...] = ()
    weapon: str | None = None
    launch: tuple[str, ...] = ()
    mission: Mission | None = None
    recover: str | None = None
    expect: str | None = None
    airspace: AirspacePolicy = field(default_factory=AirspacePolicy)
    source: str | None = None
    rationale: str | None = None

    def __init__(
        self,
        id: str,
        statement: str,
        kind: str,
        target: str | tuple[str, ...],
        aircraft: str | None = None,
        bases: tuple[str, ...] = (),
        weapon: str | None = None,
        launch: tuple[str, ...] = (),
        mission: Mission | None = None,
        recover: str | None = None,
        expect: str | None = None,
        airspace: AirspacePolicy | None = None,
        source: str | None = None,
        rationale: str | None = None,
        **legacy: object,
    ) -> None:
        airspace = AirspacePolicy() if airspace is None else airspace
        if "territorial_sea" in legacy:  # 0.1's, now the policy's
            airspace = with_sea(airspace, legacy.pop("territorial_sea"), "Claim")
        if kind == "weapon":  # 0.1 took the aircraft keywords at their defaults here too
            legacy = {k: v for k, v in legacy.items() if _LEGACY_DEFAULTS.get(k, v) != v}
        if legacy:
            mission = _legacy_mission(mission, legacy)
        if mission is None and kind != "weapon":
            mission = Mission()
        values = {
            "id": id,
            "statement": statement,
            "kind": kind,
            "target": target,
            "aircraft": aircraft,
            "bases": bases,
            "weapon": weapon,
            "launch": launch,
            "mission": mission,
            "recover": recover,
            "expect": expect,
            "airspace": airspace,
            "source": source,
            "rationale": rationale,
        }
        for key, value in values.items():
            object.__setattr__(self, key, value)
        self.__post_init__()

    # the mission's fields (and the sea belt) as 0.1 read them from the claim, one release
    payload = _Deprecated("payload")
    profile = _Deprecated("profile")
    refueling = _Deprecated("refueling")
    tanks = _Deprecated("tanks")
    keep_tanks = _Deprecated("keep_tanks")
    full_fuel = _Deprecated("full_fuel")
    reserve = _Deprecated("reserve")
    on_station = _Deprecated("on_station")
    keep_payload = _Deprecated("keep_payload")
    territorial_sea = _Deprecated("territorial_sea")

    @property
    def plan(self) -> Refueling:
        """The refuelling plan of the claim's mission (none for a weapon claim)."""
        return Refueling() if self.mission is None else self.mission.refueling

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise InputError(f"kind: expected one of {', '.join(KINDS)}, got {self.kind!r}")
        if isinstance(self.target, str):
            if not self.target.startswith("country:"):
                raise InputError(
                    f"target: a single string must read 'country:XX' (every point of a "
                    f"country); give places as a tuple, e.g. ({self.target!r},)"
                )
        elif not isinstance(self.target, tuple) or not self.target:
            raise InputError(
                f"target: expected a non-empty tuple of place references or 'country:XX', "
                f"got {self.target!r}"
            )
        for label in ("bases", "launch"):
            value = getattr(self, label)
            if not isinstance(value, tuple) or not all(isinstance(v, str) for v in value):
                raise InputError(
                    f"{label}: expected a tuple of place references such as ('Mozdok',), "
                    f"got {value!r}"
                )
        needs = "launch" if self.kind == "weapon" else "bases"
        article = "an" if self.kind[0] in "aeiou" else "a"
        if not getattr(self, needs):
            raise InputError(
                f"{needs}: {article} {self.kind} claim needs at least one place to "
                f"{'fire from' if needs == 'launch' else 'fly from'}"
            )
        if self.kind == "weapon":
            if self.mission is not None:
                raise InputError("mission: only an aircraft claim flies one")
            if self.recover is not None:
                raise InputError("recover: only an aircraft claim takes this")
            if self.bases:
                raise InputError("bases: a weapon claim takes launch places, not bases")
        elif self.launch:
            raise InputError(f"launch: {article} {self.kind} claim takes bases, not launch")
        if self.kind != "weapon" and not self.aircraft:
            raise InputError(f"aircraft: {article} {self.kind} claim names its aircraft")
        if self.kind != "aircraft" and not self.weapon:
            raise InputError(f"weapon: {article} {self.kind} claim names its weapon")
        if (
            self.kind == "standoff"
            and self.mission is not None
            and not self.mission.release_payload
        ):
            raise InputError(
                "keep_payload: a stand-off claim fires its weapon, so the payload cannot come home"
            )
        if self.expect is not None and self.expect not in VERDICTS:
            raise InputError(f"expect: expected one of {', '.join(VERDICTS)}, got {self.expect!r}")


def _legacy_mission(mission: Mission | None, legacy: Mapping[str, object]) -> Mission:
    """The mission 0.1's claim keywords describe, on top of *mission* (with a warning)."""
    unknown = [k for k in legacy if k not in _MISSION_KEYWORDS]
    if unknown:
        raise TypeError(f"Claim() got an unexpected keyword argument {unknown[0]!r}")
    warnings.warn(
        f"Claim({', '.join(f'{k}=' for k in legacy)}) is deprecated: give "
        "mission=Mission(...) (keep_tanks is jettison_tanks=False, keep_payload "
        "release_payload=False)",
        DeprecationWarning,
        stacklevel=3,
    )
    changes = {}
    for key, value in legacy.items():
        field_name, inverted = _MISSION_KEYWORDS[key]
        changes[field_name] = (not value) if inverted else value
    return replace(mission or Mission(), **changes)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Scenario:
    """A parsed scenario file."""

    file: str
    title: str
    claims: tuple[Claim, ...]
    catalog: Catalog
    description: str | None = None


@dataclass(frozen=True)
class Assessment:
    """The evaluation of one claim, with everything needed to defend it.

    Attributes
    ----------
    verdict
        ``"holds"``, ``"fails"``, ``"uncertain"`` or ``"error"``.
    required_km
        Permitted-route distance to the worst target (``None``: no route).
    available
        Reach interval (radius, plus the weapon's range for a stand-off claim).
    routes
        The :class:`~rangecalc.airspace.routing.Route` to the worst target, then the way home when
        the claim recovers elsewhere; computed once, reused by every output.
    radius
        The :class:`~rangecalc.model.mission.RadiusResult` of the mission flown (``None`` for a
        weapon claim).
    max_payload_t, min_plan
        Flip points: the heaviest payload that still reaches at the low end, and the
        smallest refuelling plan (its out+back split) with which the low end reaches.
    estimate
        The probability that the claim holds, from sampling the catalog spreads
        (:mod:`rangecalc.model.sampling`); ``None`` when not sampled or not evaluated.
    hinges
        The uncertain figures ranked by how far each moves the reach between its low
        and its high end (:mod:`rangecalc.model.hinges`), each with its payload and
        refuelling flip points.
    """

    claim: Claim
    verdict: str
    required_km: float | None
    available: Interval | None
    best_base: str | None
    worst_target: Place | None
    routes: tuple[Route, ...]
    radius: RadiusResult | None
    max_payload_t: float | None
    min_plan: Refueling | None
    sufficient_bases: tuple[str, ...]
    sources: dict[str, str]
    explanation: str
    notes: tuple[str, ...] = ()
    payload_t: float | None = None
    error: str | None = None
    estimate: Estimate | None = None
    hinges: tuple[Hinge, ...] = ()

    @property
    def probability(self) -> float | None:
        """Probability that the claim holds (``None`` when not sampled)."""
        return None if self.estimate is None else self.estimate.probability

    @property
    def hinges_on(self) -> tuple[Hinge, ...]:
        """The hinges ranked by their swing of the reach, largest first."""
        return tuple(rank(list(self.hinges)))

    def flip_hinges(self, by: str) -> tuple[Hinge, ...]:
        """Hinges ranked by how far they move a flip point: ``"payload"`` or ``"refueling"``.

        Only those that move it at all.
        """
        moved = [
            h
            for h in rank(list(self.hinges), by)
            if (h.payload_swing_t if by == "payload" else h.refueling_swing) != 0
        ]
        return tuple(moved)

    @property
    def matches_expectation(self) -> bool:
        """True when the claim states no expectation or the verdict equals it.

        A claim that could not be evaluated (verdict ``"error"``) matches nothing.
        """
        if self.verdict == ERROR:
            return False
        return self.claim.expect is None or self.claim.expect == self.verdict

    @property
    def min_refuelings(self) -> int | None:
        """Fewest top-ups (out and back together) with which the low end reaches."""
        return None if self.min_plan is None else self.min_plan.total

    @property
    def route(self) -> dict[str, Any] | None:
        """The route to the worst target as plain data (JSON)."""
        if not self.routes:
            return None
        r = self.routes[0]
        return {
            "distance_km": None if r.distance is None else float(r.distance.to("km").magnitude),
            "great_circle_km": float(r.great_circle.to("km").magnitude),
            "waypoints": [[la, lo_] for la, lo_ in r.waypoints],
            "overflown": [{"country": c, "km": km} for c, km in r.overflown],
            "straits": list(r.straits),
            "closed_summary": closed_summary(r.closed),
        }

    def as_json(self) -> dict[str, Any]:
        """The assessment as plain data: the one JSON form, for the CLI, exports and report."""
        lo, nom, hi = self.available.magnitudes("km") if self.available else (None, None, None)
        t, c, e = self.worst_target, self.claim, self.estimate
        return {
            "id": c.id,
            "statement": c.statement,
            "kind": c.kind,
            "aircraft": c.aircraft,
            "weapon": c.weapon,
            "source": c.source,
            "verdict": self.verdict,
            "expect": c.expect,
            "matches": self.matches_expectation,
            "required_km": self.required_km,
            "available_km": {"low": lo, "nominal": nom, "high": hi},
            "margin_km": self.margin_km,
            "best_base": self.best_base,
            "worst_target": None if t is None else {"name": t.name, "lat": t.lat, "lon": t.lon},
            "route": self.route,
            "payload_t": self.payload_t,
            "max_payload_t": self.max_payload_t,
            "min_refuelings": self.min_refuelings,
            "min_refuelings_split": None if self.min_plan is None else self.min_plan.split,
            "sufficient_bases": list(self.sufficient_bases),
            "probability": self.probability,
            "probability_error": None if e is None else e.error,
            "samples": None if e is None else e.samples,
            "seed": None if e is None else e.seed,
            "hinges_on": [h.as_json() for h in self.hinges_on],
            "payload_hinges_on": [h.key for h in self.flip_hinges("payload")],
            "refueling_hinges_on": [h.key for h in self.flip_hinges("refueling")],
            "sources": dict(self.sources),
            "explanation": self.explanation,
            "rationale": c.rationale,
            "notes": list(self.notes),
            "error": self.error,
        }

    @classmethod
    def failed(cls, claim: Claim, reason: str) -> Assessment:
        """The verdict of a claim that could not be evaluated, with the reason."""
        return cls(
            claim=claim,
            verdict=ERROR,
            required_km=None,
            available=None,
            best_base=None,
            worst_target=None,
            routes=(),
            radius=None,
            max_payload_t=None,
            min_plan=None,
            sufficient_bases=(),
            sources={},
            explanation=f"Could not be evaluated: {reason}",
            error=reason,
        )

    @property
    def margin_km(self) -> float | None:
        """Available (low end) minus required: positive means room to spare."""
        if self.required_km is None or self.available is None:
            return None
        return float(self.available.low.to("km").magnitude) - self.required_km


def __getattr__(name: str) -> object:
    """``Verdict``, this record's name before it held routes and the radius (one release)."""
    if name == "Verdict":
        warnings.warn(
            "rangecalc.claims.Verdict is deprecated: it is rangecalc.claims.Assessment",
            DeprecationWarning,
            stacklevel=2,
        )
        return Assessment
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# ---------------------------------------------------------------------------- parsing


def _err(file: str, claim: str | None, field: str | None, message: str) -> ScenarioError:
    # messages from the units and airspace checks start with their own field name: drop it
    for prefix in (f"{field}: ", f"{(field or '').split('.')[-1]}: "):
        if field and message.startswith(prefix):
            message = message[len(prefix) :]
    return ScenarioError(message, file=file, entry=claim, field=field)


def _unknown(
    keys: Sequence[str], allowed: Sequence[str], file: str, claim: str | None, prefix: str = ""
) -> None:
    for key in keys:
        if key not in allowed:
            hint = closest(key, allowed, n=1)
            extra = f"; did you mean {hint[0]!r}?" if hint else ""
            raise _err(
                file, claim, prefix + key, f"unknown key{extra} (allowed: {', '.join(allowed)})"
            )


def _text(raw: object, file: str, claim: str | None, field: str) -> str:
    if not isinstance(raw, str) or not raw.strip():
        raise _err(file, claim, field, f"expected a non-empty string, got {raw!r}")
    return raw.strip()


def _names(raw: object, file: str, claim: str | None, field: str) -> tuple[str, ...]:
    if isinstance(raw, str):
        return (_text(raw, file, claim, field),)
    if isinstance(raw, list) and raw:
        names = [_text(x, file, claim, f"{field}[{k}]") for k, x in enumerate(raw)]
        return tuple(dict.fromkeys(names))  # duplicates dropped, first kept
    raise _err(file, claim, field, f"expected a name or a non-empty list of names, got {raw!r}")


def _policy(raw: object, file: str, claim: str | None, field: str) -> AirspacePolicy:
    if not isinstance(raw, Mapping):
        raise _err(file, claim, field, "expected a table with denied or allowed")
    _unknown(list(raw), _AIRSPACE_KEYS, file, claim, prefix=f"{field}.")
    sea = raw.get("territorial_sea", TERRITORIAL_SEA)
    try:
        territorial_sea_width(sea, name=f"{field}.territorial_sea")
    except InputError as exc:
        raise _err(file, claim, f"{field}.territorial_sea", exc.message) from None
    try:
        policy = AirspacePolicy.of(
            denied=raw.get("denied"),
            allowed=raw.get("allowed"),
            transit_passage=raw.get("transit_passage", True),
            territorial_sea=sea,
        )
    except InputError as exc:
        key = exc.message.split(":", 1)[0]
        where = f"{field}.{key}" if key in ("denied", "allowed") else field
        raise _err(file, claim, where, exc.message) from None
    return policy


def _statement(kind: str, raw: Mapping[str, Any]) -> str:
    """A sentence for a claim that states none, generated from its fields."""

    def names(value: object) -> str:
        items = (
            [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
        )
        text = [str(x) for x in items]
        return text[0] if len(text) == 1 else ", ".join(text[:-1]) + " or " + text[-1]

    target = raw["target"]
    where = (
        f"anywhere in {target.split(':', 1)[1].strip().upper()}"
        if isinstance(target, str) and target.startswith("country:")
        else names(target)
    )
    if kind == "weapon":
        return f"A {raw['weapon']} fired from {names(raw['launch'])} reaches {where}."
    load = f" with {raw['payload']}" if isinstance(raw.get("payload"), str) else ""
    arms = f" and its {raw['weapon']}" if kind == "standoff" else ""
    return f"A {raw['aircraft']}{arms} from {names(raw['bases'])} reaches {where}{load}."


def _refueling(raw: Mapping[str, Any], file: str, where: str) -> Refueling:
    """The refuelling plan of a claim.

    ``refuelings`` is a count, ``"7+1"`` or a table with out, back, placement, out_at,
    back_at and diversion; ``tanker`` and ``tanker_base`` stand beside it.
    """
    value = raw.get("refuelings", 0)
    options: dict[str, Any] = {}
    for key in ("tanker", "tanker_base"):
        if key in raw:
            options[key] = _text(raw[key], file, where, key)
    if isinstance(value, bool) or not isinstance(value, int | str | Mapping):
        raise _err(
            file,
            where,
            "refuelings",
            f"expected a whole number >= 0, 'out+back' such as '7+1', or a table "
            f"{{ out = 7, back = 1 }}, got {value!r}",
        )
    if isinstance(value, int) and value < 0:
        raise _err(file, where, "refuelings", f"expected a whole number >= 0, got {value!r}")
    if isinstance(value, Mapping):
        for key in ("tanker", "tanker_base"):
            if key in value:
                raise _err(
                    file, where, f"refuelings.{key}", f"give {key} beside refuelings, not in it"
                )
    try:
        return Refueling.parse(value, **options)
    except InputError as exc:
        field_name = (
            exc.message.split(":", 1)[0] if exc.message.startswith("refuelings") else "refuelings"
        )
        raise _err(file, where, field_name, exc.message) from None


def _tanks(raw: object, file: str, where: str) -> tuple[TankLoad, ...]:
    items = [raw] if isinstance(raw, str | Mapping) else raw
    if not isinstance(items, list | tuple):
        raise _err(
            file, where, "tanks", f"expected a list such as ['2 x 370 gal wing'], got {raw!r}"
        )
    out = []
    for i, item in enumerate(items):
        try:
            out.append(TankLoad.parse(item))
        except InputError as exc:
            raise _err(file, where, f"tanks[{i}]", exc.message) from None
    return tuple(out)


#: A claim's keys that set its mission's fields (the others: refuelings, tanks, tanker...).
_MISSION_KEYS = {
    "payload": "payload",
    "profile": "profile",
    "full_fuel": "full_fuel",
    "reserve": "reserve",
    "on_station": "on_station",
    "keep_tanks": "jettison_tanks",
    "keep_payload": "release_payload",
}


def _mission_of(raw: Mapping[str, Any], file: str, where: str) -> Mission:
    """The :class:`Mission` a claim's keys describe; Mission validates each field.

    What only a file can get wrong is checked here: a flag that is not true or false
    (``keep_tanks`` and ``keep_payload`` are inverted into the mission's), a list where
    one quantity belongs. Each key is then given to a Mission alone, so that the field
    of an error is known, and the mission built from them all.
    """
    fields: dict[str, Any] = {}
    for key, name in _MISSION_KEYS.items():
        if key not in raw:
            continue
        value = raw[key]
        if key in ("keep_tanks", "keep_payload", "full_fuel") and not isinstance(value, bool):
            raise _err(file, where, key, f"expected true or false, got {value!r}")
        if key in ("payload", "on_station") and isinstance(value, list | dict):
            raise _err(file, where, key, f"expected one quantity as text, got {value!r}")
        fields[name] = (not value) if key.startswith("keep_") else value
        try:
            Mission(**{name: fields[name]})
        except InputError as exc:
            raise _err(file, where, key, exc.message) from None
    fields["refueling"] = _refueling(raw, file, where)
    fields["tanks"] = _tanks(raw.get("tanks", ()), file, where)
    try:
        return Mission(**fields)
    except InputError as exc:  # fields that are wrong only together
        field_name = exc.message.split(":", 1)[0] if ":" in exc.message else "payload"
        raise _err(file, where, field_name, exc.message) from None


def _claim(
    raw: object,
    index: int,
    file: str,
    default: AirspacePolicy,
    seen: set[str],
    given: frozenset[str] = frozenset(),
) -> Claim:
    label = f"claims[{index}]"
    if not isinstance(raw, Mapping):
        raise _err(file, label, None, f"expected a table, got {raw!r}")
    cid = raw.get("id")
    if cid is None:  # claim-N, skipping ids the file gives other claims
        n = index + 1
        while f"claim-{n}" in seen or f"claim-{n}" in given:
            n += 1
        cid = f"claim-{n}"
    else:
        cid = _text(cid, file, label, "id")
    where = f'claims."{cid}"'
    if cid in seen:
        raise _err(file, where, "id", "duplicate claim id")
    seen.add(cid)
    _unknown(list(raw), _CLAIM_KEYS, file, where)
    if "target" not in raw:
        raise _err(file, where, "target", "missing required field")
    has_aircraft, has_weapon = "aircraft" in raw, "weapon" in raw
    if has_aircraft:
        kind = "standoff" if has_weapon else "aircraft"
        if "bases" not in raw:
            raise _err(file, where, "bases", "missing: an aircraft claim needs its bases")
        if "launch" in raw:
            raise _err(file, where, "launch", "an aircraft claim takes bases, not launch")
    elif has_weapon:
        kind = "weapon"
        if "launch" not in raw:
            raise _err(file, where, "launch", "missing: a weapon claim needs launch places")
        for key in _AIRCRAFT_ONLY:
            if key in raw:
                raise _err(file, where, key, "only an aircraft claim takes this")
    else:
        raise _err(file, where, "aircraft", "a claim names an aircraft, a weapon, or both")
    expect = raw.get("expect")
    if expect is not None and expect not in VERDICTS:
        raise _err(file, where, "expect", f"expected one of {', '.join(VERDICTS)}, got {expect!r}")
    mission = _mission_of(raw, file, where) if has_aircraft else None
    policy = default
    if "airspace" in raw:
        policy = _policy(raw["airspace"], file, where, "airspace")
    target = raw["target"]
    targets: str | tuple[str, ...]
    if isinstance(target, str) and target.startswith("country:"):
        code = target.split(":", 1)[1].strip().upper()
        if not code or code not in builtin_boundaries():
            raise _err(
                file, where, "target", f"{target!r}: no boundary polygon for that country code"
            )
        targets = f"country:{code}"
    else:
        targets = _names(target, file, where, "target")
    aircraft = _text(raw["aircraft"], file, where, "aircraft") if has_aircraft else None
    bases = _names(raw["bases"], file, where, "bases") if has_aircraft else ()
    weapon = _text(raw["weapon"], file, where, "weapon") if has_weapon else None
    launch = _names(raw["launch"], file, where, "launch") if kind == "weapon" else ()
    statement = (
        _text(raw["statement"], file, where, "statement")
        if "statement" in raw
        else _statement(kind, raw)
    )
    recover = _text(raw["recover"], file, where, "recover") if "recover" in raw else None
    source = _text(raw["source"], file, where, "source") if "source" in raw else None
    rationale = _text(raw["rationale"], file, where, "rationale") if "rationale" in raw else None
    try:
        return Claim(
            id=cid,
            statement=statement,
            kind=kind,
            target=targets,
            aircraft=aircraft,
            bases=bases,
            weapon=weapon,
            launch=launch,
            mission=mission,
            recover=recover,
            expect=expect,
            airspace=policy,
            source=source,
            rationale=rationale,
        )
    except InputError as exc:  # what only the claim as a whole can get wrong
        raise _err(file, where, exc.message.split(":", 1)[0], exc.message) from None


def _resolve(claim: Claim, cat: Catalog, file: str) -> None:
    """Look up every name a claim uses, and what the airframe can do, before evaluating.

    A claim that names an unknown aircraft, weapon, tanker or place, or asks what the
    airframe cannot do (refuelling without a probe, a payload above its maximum), is a
    malformed file: the error names the claim and the field.
    """
    where = f'claims."{claim.id}"'

    def located(exc: InputError, field: str) -> ScenarioError:
        return _err(file, where, field, exc.message)

    try:
        af = cat.airframe(claim.aircraft) if claim.aircraft is not None else None
    except InputError as exc:
        raise located(exc, "aircraft") from None
    try:
        if claim.weapon is not None:
            weapon_range(claim.weapon, catalog=cat)  # a bomb has no range of its own
    except InputError as exc:
        raise located(exc, "weapon") from None
    for label, refs in (("bases", claim.bases), ("launch", claim.launch)):
        for ref in refs:
            try:
                resolve_place(ref, cat)
            except InputError as exc:
                raise located(exc, label) from None
    if claim.recover is not None:
        try:
            resolve_place(claim.recover, cat)
        except InputError as exc:
            raise located(exc, "recover") from None
    if not isinstance(claim.target, str):
        for ref in claim.target:
            try:
                resolve_place(ref, cat)
            except InputError as exc:
                raise located(exc, "target") from None
    if af is None:
        return
    try:
        refuelings_for(af, claim.plan)
    except InputError as exc:
        raise located(exc, "refuelings") from None
    plan = claim.plan
    if plan.tanker is not None:
        try:
            tanker_for(af, plan.tanker, cat)
        except InputError as exc:
            raise located(exc, "tanker") from None
    named: tuple[tuple[str, object], ...] = (
        ("tanker_base", plan.tanker_base),
        ("refuelings.diversion", plan.diversion),
    )
    for key, place_ref in named:
        if isinstance(place_ref, str):
            try:
                resolve_place(place_ref, cat)
            except InputError as exc:
                raise located(exc, key) from None
    try:
        assert claim.mission is not None  # an aircraft claim flies one
        for t in claim.mission.tanks:
            if t.name is not None:
                try:
                    af.tank(t.name)
                except KeyError:
                    listed = ", ".join(repr(x.name) for x in af.tanks) or "none"
                    raise InputError(
                        f"tanks: the {af.name} lists no tank {t.name!r} (it lists {listed})"
                    ) from None
    except InputError as exc:
        raise located(
            exc, exc.message.split(":", 1)[0] if ":" in exc.message else "tanks"
        ) from None
    if claim.mission.payload is not None:
        try:
            payload_mass(af, claim.mission.payload)
        except InputError as exc:
            raise located(exc, "payload") from None


def load_scenario(path: str | Path, *, catalog: Catalog | None = None) -> Scenario:
    """Read and validate a scenario file, names and all, without evaluating anything.

    A file needs only ``[[claims]]`` with, in each, ``aircraft`` and ``bases`` (or
    ``weapon`` and ``launch``) and ``target``. ``title`` defaults to the file's name,
    a claim's ``id`` to ``claim-1``, ``claim-2``... and its ``statement`` to a sentence
    made from its fields.

    Raises
    ------
    ScenarioError
        Naming the file, the claim and the field of the first problem (a CatalogError for
        bad inline definitions).
    """
    file = str(path)
    data = read_toml(path, error=ScenarioError)
    _unknown(list(data), _TOP_KEYS, file, None)
    title = _text(data.get("title"), file, None, "title") if "title" in data else Path(path).stem
    inline: dict[str, object] = {
        k: data[k] for k in ("places", "airframes", "weapons") if k in data
    }
    cat = (
        (catalog or default_catalog()).extended(inline, file=file)
        if inline
        else (catalog or default_catalog())
    )
    default = AirspacePolicy()
    if "airspace" in data:
        default = _policy(data["airspace"], file, None, "airspace")
    raw_claims = data.get("claims")
    if not isinstance(raw_claims, list) or not raw_claims:
        raise _err(file, None, "claims", "expected at least one [[claims]] table")
    seen: set[str] = set()
    given = frozenset(
        str(c["id"]) for c in raw_claims if isinstance(c, Mapping) and isinstance(c.get("id"), str)
    )
    claims = tuple(_claim(c, i, file, default, seen, given) for i, c in enumerate(raw_claims))
    for claim in claims:
        _resolve(claim, cat, file)
    desc = data.get("description")
    if desc is not None:
        desc = _text(desc, file, None, "description")
    return Scenario(
        file=file,
        title=title,
        claims=claims,
        catalog=cat,
        description=desc,
    )


# ------------------------------------------------------------------------- evaluation


def heaviest_payload(
    airframe: Airframe,
    need_km: ArrayLike,
    mission: Mission,
    catalog: Catalog,
    tracks: tuple[_m.Track | None, _m.Track | None] | None = None,
) -> float | np.ndarray | None:
    """The heaviest payload [t] that still flies *need_km* at the radius' low end.

    ``None`` (NaN in an array) when even an empty aircraft cannot: the flip point of a
    claim, and the ``max_payload_t`` of a sweep row. *need_km* may be an array, solved in
    one vectorised bisection (:func:`~rangecalc.max_payload`).
    """
    need = np.asarray(need_km, dtype=float)
    if np.any(below(need, 0.0)):
        raise InputError(f"radius: must not be negative, got {need_km!r}")
    return _heaviest(_Model(airframe, mission.with_payload(None), catalog, tracks), need)


def _targets(claim: Claim, cat: Catalog) -> tuple[list[Place], str | None]:
    if isinstance(claim.target, str):
        code = claim.target.split(":", 1)[1]
        return country_points(code), code
    return [resolve_place(t, cat) for t in claim.target], None


def permitted_distances(
    origin: Place,
    targets: Sequence[Place],
    policy: AirspacePolicy,
    territorial_sea: object = None,
) -> np.ndarray:
    """Permitted-route distance [km] from *origin* to each target (inf where none).

    Now the distances of :class:`~rangecalc.claims.legs.Legs`: to a place, the checked
    length of its route; to a country's border point, the searched distance.

    .. deprecated:: 0.2
       Use :class:`rangecalc.claims.legs.Legs` (its :attr:`~rangecalc.claims.legs.Legs.km`, and
       :meth:`~rangecalc.claims.legs.Legs.required` for the distance a claim requires).
    """
    warnings.warn(
        "rangecalc.claims.claim.permitted_distances is deprecated: use "
        "rangecalc.claims.legs.Legs([origin], targets, policy).km[0]",
        DeprecationWarning,
        stacklevel=2,
    )
    if territorial_sea is not None:
        policy = policy.with_territorial_sea(territorial_sea)
    km: np.ndarray = Legs([origin], targets, policy).km[0]
    return km


def _claim_mission(claim: Claim, back_km: float | None) -> Mission:
    """The :class:`Mission` a claim flies, the way home given when recovering elsewhere."""
    assert claim.mission is not None  # an aircraft claim flies one
    if back_km is None:
        return claim.mission
    return replace(claim.mission, recovery_distance=ureg.Quantity(back_km, "km"))


@dataclass(frozen=True)
class _Resolved:
    """Step 1: every name of a claim looked up."""

    origins: list[Place]
    targets: list[Place]
    country: str | None
    recover: Place | None
    tanker_base: Place | None
    diversion: Place | None


@dataclass(frozen=True)
class _Legs:
    """Step 2: the permitted legs of a claim, each searched once.

    ``table`` is the permitted-route distance [km] from every base (row) to every target
    (column); ``out`` the route to the worst target from its best base, checked against
    the closed airspace every 2 km, whose length is ``required``; ``home`` the way home
    when the claim recovers elsewhere, whose checked length is ``back_km``.
    """

    table: np.ndarray
    worst: int
    best: int
    out: Route
    home: Route | None
    required: float  # inf: no permitted route
    back_km: float | None
    no_way_home: str | None
    tracks: tuple[_m.Track | None, _m.Track | None] | None


@dataclass(frozen=True)
class _Reach:
    """Step 3: what the aircraft (or weapon) can reach, with the mission flown."""

    available: Interval
    radius: RadiusResult | None
    mission: Mission | None
    missile_low_km: float
    payload_t: float | None
    disagreements: tuple[str, ...] = ()


#: The steps of a claim's evaluation, in the order :class:`ClaimChain` runs them.
STEPS = ("resolve", "legs", "reach", "verdict", "flip_points", "probability", "hinges")
#: What each step reads from the steps before it.
_NEEDS: dict[str, tuple[str, ...]] = {
    "resolve": (),
    "legs": ("resolve",),
    "reach": ("legs",),
    "verdict": ("reach",),
    "flip_points": ("reach",),
    "probability": ("reach",),
    "hinges": ("reach", "flip_points"),
}
#: The steps that give the verdict alone (``check --only verdict``).
VERDICT_STEPS = ("resolve", "legs", "reach", "verdict")


def chosen_steps(steps: Sequence[str] | None) -> tuple[str, ...]:
    """The steps to run for *steps* (``None``: all), with every step they read from.

    The verdict is always among them: an assessment without one would answer nothing.

    Raises
    ------
    InputError
        Naming a step that does not exist, and the steps that do.
    """
    if steps is None:
        return STEPS
    if isinstance(steps, str):
        steps = (steps,)
    wanted: set[str] = set()

    def add(step: str) -> None:
        if step not in _NEEDS:
            hint = closest(step, STEPS, n=1)
            extra = f"; did you mean {hint[0]!r}?" if hint else ""
            raise InputError(f"steps: no step {step!r}{extra} (steps: {', '.join(STEPS)})")
        if step not in wanted:
            wanted.add(step)
            for need in _NEEDS[step]:
                add(need)

    for step in (*steps, "verdict"):
        add(step)
    return tuple(s for s in STEPS if s in wanted)


@dataclass
class Evaluation:
    """What the steps of one claim's evaluation have found so far.

    Each step of :class:`ClaimChain` reads what the steps before it filled and fills its
    own part; :meth:`ClaimChain.assessment` writes the :class:`Assessment`, prose and all,
    from it at the end. ``model`` is the claim's mission model, built once and used by
    every step that flies the mission.
    """

    claim: Claim
    steps: tuple[str, ...]
    places: _Resolved | None = None
    legs: _Legs | None = None
    model: _Model | None = None
    reach: _Reach | None = None
    verdict: str | None = None
    max_payload_t: float | None = None
    min_plan: Refueling | None = None
    estimate: Estimate | None = None
    hinges: tuple[Hinge, ...] = ()


class ClaimChain:
    """A claim evaluated in named steps, each reading and filling one :class:`Evaluation`.

    1. :meth:`resolve` looks up the aircraft, weapon, bases, targets and the places the
       refuelling plan names;
    2. :meth:`legs` finds the permitted-route distance from every base to every target,
       the route to the worst target and the way home when recovering elsewhere, each
       searched once, and the tanker and diversion distances along them;
    3. :meth:`reach` flies the mission (the claim's mission model, built once here and
       used by every later step) for the radius interval, plus the weapon's range;
    4. :meth:`verdict` compares what is required with what is available;
    5. :meth:`flip_points` finds the payload and the refuelling plan at which the verdict
       changes;
    6. :meth:`probability` estimates how likely the claim is to hold, sampling the
       catalog spreads through the same kernel (:mod:`rangecalc.model.sampling`);
    7. :meth:`hinges` ranks the figures by how far each moves the reach and the flip
       points between its low and its high end (:mod:`rangecalc.model.hinges`).

    :meth:`run` runs the chosen steps (all by default, :data:`VERDICT_STEPS` for the
    verdict alone) and writes the :class:`Assessment` from what they found, the
    explanation last, in the spirit of pvlib's ``ModelChain``.
    """

    def __init__(self, claim: Claim, catalog: Catalog, sampling: Sampling | None = None) -> None:
        self.claim = claim
        self.catalog = catalog
        self.sampling = Sampling() if sampling is None else sampling

    # -- step 1 ----------------------------------------------------------------------

    def resolve(self, ev: Evaluation) -> None:
        """Look up every name: the aircraft, weapon, tanker, bases, targets and places."""
        claim, cat = self.claim, self.catalog
        where_from = "bases" if claim.bases else "launch"
        plan = claim.plan
        try:
            if claim.aircraft is not None:
                cat.airframe(claim.aircraft)
                if plan.tanker is not None:
                    cat.airframe(plan.tanker)
            if claim.weapon is not None:
                cat.weapon(claim.weapon)
        except InputError as exc:
            field_name = (
                "aircraft"
                if claim.aircraft and claim.aircraft in exc.message
                else ("tanker" if plan.tanker and plan.tanker in exc.message else "weapon")
            )
            raise exc.located(field=field_name) from None
        try:
            targets, country = _targets(claim, cat)
        except InputError as exc:
            raise exc.located(field="target") from None

        def place(ref: object, label: str) -> Place | None:
            if not isinstance(ref, str):
                return None
            try:
                return resolve_place(ref, cat)
            except InputError as exc:
                raise exc.located(field=label) from None

        try:
            resolved = [resolve_place(b, cat) for b in (claim.bases or claim.launch)]
        except InputError as exc:
            raise exc.located(field=where_from) from None
        # the same place written two ways ('Hamadan', 'OIHS', 'Nojeh') counts once
        origins = list({(p.name, p.lat, p.lon): p for p in resolved}.values())
        ev.places = _Resolved(
            origins=origins,
            targets=targets,
            country=country,
            recover=place(claim.recover, "recover"),
            tanker_base=place(plan.tanker_base, "tanker_base"),
            diversion=place(plan.diversion, "refuelings.diversion"),
        )

    # -- step 2 ----------------------------------------------------------------------

    def legs(self, ev: Evaluation) -> None:
        """Distances from every base to every target, the route out and the way home.

        The worst target is the one whose best base is farthest; the route there is
        searched once more with its legs checked against the closed airspace every 2 km,
        so its length (a little longer than the search's estimate, if a leg had to bend
        further out) is the distance required. The way home, when recovering elsewhere,
        is routed once and its checked length is the distance home.
        """
        r = _need(ev.places)
        claim = self.claim
        legs = Legs(r.origins, r.targets, claim.airspace)
        need = legs.required()
        worst, best, out, required = need.target, need.origin, need.route, need.km
        home = None
        back_km = None
        no_way_home = None
        if r.recover is not None and claim.kind != "weapon":
            way_home = Legs([r.targets[worst]], [r.recover], claim.airspace)
            home = way_home.route(0, 0)
            if home.distance is not None:
                back_km = float(home.distance.to("km").magnitude)
            else:
                no_way_home = f"no permitted route from the target home to {r.recover.name}"
        tracks = self._tracks(r, out, home) if np.isfinite(required) else None
        table = legs.table_km()
        ev.legs = _Legs(table, worst, best, out, home, required, back_km, no_way_home, tracks)

    def _tracks(
        self, r: _Resolved, out: Route, home: Route | None
    ) -> tuple[_m.Track | None, _m.Track | None] | None:
        """Tanker and diversion distances along the way out and the way home.

        Only when the plan names a tanker base or a diversion place; tankers fly straight
        to the rendezvous (their own airspace is not checked).
        """
        if r.tanker_base is None and r.diversion is None:
            return None
        plan = self.claim.plan

        def table(rt: Route, from_start: bool) -> _m.Track | None:
            if rt.distance is None:
                return None
            pts = np.asarray(rt.track("25 km"), dtype=float)
            steps = _g.inverse(
                lat1=pts[:-1, 0], lon1=pts[:-1, 1], lat2=pts[1:, 0], lon2=pts[1:, 1]
            )[0]
            along = np.concatenate([[0.0], np.cumsum(steps)]) / 1000.0
            at = along if from_start else along[-1] - along
            if r.tanker_base is not None:
                tb = r.tanker_base
                tanker = _g.inverse(lat1=tb.lat, lon1=tb.lon, lat2=pts[:, 0], lon2=pts[:, 1])[0]
                tanker = tanker / 1000.0
            else:
                tanker = at
            if r.diversion is not None:
                dv = r.diversion
                divert = _g.inverse(lat1=dv.lat, lon1=dv.lon, lat2=pts[:, 0], lon2=pts[:, 1])[0]
                divert = divert / 1000.0
            elif isinstance(plan.diversion, str) or plan.diversion is None:
                divert = at
            else:
                divert = np.full(at.shape, float(plan.diversion.to("km").magnitude))
            order = np.argsort(at, kind="stable")
            return _m.Track(
                at=tuple(at[order]), tanker=tuple(tanker[order]), divert=tuple(divert[order])
            )

        back = table(out, True) if home is None else table(home, False)
        return table(out, True), back

    # -- step 3 ----------------------------------------------------------------------

    def reach(self, ev: Evaluation) -> None:
        """Fly the claim's mission: the radius (plus the weapon's range), or the weapon's.

        Builds the claim's mission model (:attr:`Evaluation.model`), which every later
        step that flies the mission uses.
        """
        claim, cat = self.claim, self.catalog
        legs = _need(ev.legs)
        missile: Interval | None = None
        if claim.weapon is not None:
            missile = weapon_range(claim.weapon, catalog=cat).to("km")
        missile_low = 0.0 if missile is None else missile.magnitudes("km")[0]
        if claim.kind == "weapon":
            assert missile is not None
            ev.reach = _Reach(missile, None, None, missile_low, None)
            return
        assert claim.aircraft is not None
        mission = _claim_mission(claim, legs.back_km)
        ev.model = _Model(claim.aircraft, mission, cat, legs.tracks)
        res = ev.model.result()
        available = res.radius.to("km")
        if missile is not None:  # stand-off: the carrier's radius plus the missile's range
            available = Interval(
                available.low + missile.low,
                available.nominal + missile.nominal,
                available.high + missile.high,
            )
        ev.reach = _Reach(
            available,
            res,
            mission,
            missile_low,
            float(res.payload.to("t").magnitude),
            tuple(self.disagreements()),
        )

    def disagreements(self) -> list[str]:
        """Published radius points that lie outside the model's own interval for them.

        One note, citing each point: the model's interval for the point's payload and
        profile as stated (half the maximum payload and hi-hi-hi where not stated).
        """
        if self.claim.aircraft is None:
            return []
        cal = calibration(self.claim.aircraft, catalog=self.catalog)
        parts = []
        for c in cal.checks:
            if c.contained:
                continue
            lo, _, hi = c.model.magnitudes("km")
            stated = c.point.payload is not None or c.point.profile is not None
            parts.append(
                f"{c.point.radius.value.to('km').magnitude:,.0f} km "
                f"({c.payload.to('t').magnitude:,.1f} t, {c.profile}"
                f"{'' if stated else ' assumed'}; model {lo:,.0f}-{hi:,.0f} km) from "
                f"{c.point.radius.source}"
            )
        if not parts:
            return []
        return [
            f"published radius figures the {cal.airframe} model does not reproduce within "
            f"its interval: {'; '.join(parts)}"
        ]

    # -- step 4 ----------------------------------------------------------------------

    def verdict(self, ev: Evaluation) -> None:
        """Holds if required is within the low end, fails beyond the high end."""
        legs, reach = _need(ev.legs), _need(ev.reach)
        ev.verdict = verdict_of(legs.required, reach.available, legs.no_way_home is not None)

    # -- step 5 ----------------------------------------------------------------------

    def flip_points(self, ev: Evaluation) -> None:
        """The heaviest payload and the smallest refuelling plan that still reach.

        Both at the low end; the plans searched are every split, out and back, of up to
        :data:`MAX_PLAN_SEARCH` top-ups, fewest first, each flown by the claim's model.
        """
        legs, reach, model = _need(ev.legs), _need(ev.reach), ev.model
        if model is None or not np.isfinite(legs.required):
            return
        if legs.no_way_home is not None:
            return
        need = max(0.0, legs.required - reach.missile_low_km)
        heaviest = _heaviest(model, np.asarray(need))
        ev.max_payload_t = None if heaviest is None else float(heaviest)
        if model.af.aerial_refueling == "none":
            lo = reach.available.magnitudes("km")[0]
            ev.min_plan = Refueling() if legs.required <= lo else None
            return
        for total in range(MAX_PLAN_SEARCH + 1):
            for back in range(total + 1):  # fewest on the way home first: tankers nearest
                trial = model.with_plan(total - back, back)
                if _reaches(trial, need)[0]:
                    ev.min_plan = trial.mission.refueling
                    return

    # -- step 6 ----------------------------------------------------------------------

    def _weapon_figure(self) -> tuple[str, Any] | None:
        """The weapon's range figure and its key, for a claim that names a weapon."""
        if self.claim.weapon is None:
            return None
        w = self.catalog.weapon(self.claim.weapon)
        return (f"{w.name}.range", w.range) if w.range is not None else None

    def probability(self, ev: Evaluation) -> None:
        """Fraction of the sampled figures with which the claim holds.

        Every sample flies the mission through the kernel at once (the landing condition
        at the distance required, less the weapon's sampled range for a stand-off claim);
        no permitted route, or none home, holds in no sample. ``None`` with no samples.
        """
        legs, model = _need(ev.legs), ev.model
        sampling = self.sampling
        n = sampling.samples
        if n == 0:
            return
        required = legs.required
        if not np.isfinite(required) or legs.no_way_home is not None:
            ev.estimate = Estimate.of(np.zeros(n, dtype=bool), sampling)
            return
        missile = np.zeros(n)
        weapon = self._weapon_figure()
        if weapon is not None:
            key, fig = weapon
            missile = draw({key: fig}, {key: "km"}, sampling)[key]
        if model is None:
            ev.estimate = Estimate.of(missile >= required, sampling)
            return
        rows = model.sampled(sampling)
        need = ureg.Quantity(required - missile, "km")
        ev.estimate = Estimate.of(model.rows_reach(need, rows), sampling)

    # -- step 7 ----------------------------------------------------------------------

    def hinges(self, ev: Evaluation) -> None:
        """Each uncertain figure at its low and high end, the rest nominal: reach and flips.

        The rows are flown in one kernel call; the payload flip point of every row in one
        bisection, and the fewest top-ups by the same search as :meth:`flip_points`, each
        plan tried on every row still unanswered. Every row lies inside the uncertainty
        box, so the plan with which the low end reaches (``min_plan``) reaches for every
        row: the search stops there. Without one (no plan searched suffices at the low
        end), the refuelling flip points are not searched per row (``min_refuelings`` is
        ``None``).
        """
        legs, model, min_plan = _need(ev.legs), ev.model, ev.min_plan
        required = legs.required
        feasible = bool(np.isfinite(required)) and legs.no_way_home is None
        need_km = required if feasible else None
        weapon = self._weapon_figure()
        if model is None:
            if weapon is None:
                return
            key, fig = weapon
            lo, _, hi = fig.interval("km")
            if lo < hi:
                label = f"{key.removesuffix('.range')} range"
                ev.hinges = (Hinge(key, label, fig, "km", (lo, hi), need_km),)
            return
        af = model.af
        models = [model]
        plan = model.plan
        if plan.tanker is not None and plan.total == 0:  # the tanker's offload, if asked for
            models.append(model.with_plan(1, 0))
        rows = _one_at_a_time(models)
        m_lo, m_nom, m_hi = (0.0, 0.0, 0.0) if weapon is None else weapon[1].interval("km")
        missile = np.full(len(rows), m_nom)
        if weapon is not None and m_lo < m_hi:  # the weapon's ends, with a nominal aircraft
            rows = rows.extend(rows.take(np.array([0, 0])))
            missile = np.concatenate([missile, [m_lo, m_hi]])
            rows = _relabel(rows, (f"{weapon[0]} low", f"{weapon[0]} high"))
        reach_km = model.rows_radius(rows) + missile
        payload_t: np.ndarray | None = None
        top_ups: list[int | None] | None = None
        if feasible:
            need = ureg.Quantity(np.maximum(required - missile, 0.0), "km")
            payload_t = model.rows_max_payload(need, rows) / 1000.0
            if min_plan is not None:
                top_ups = _fewest_top_ups(model, need, rows, min_plan.total)
        index = {label: i for i, label in enumerate(rows.labels)}
        figures = {**rows.figures}
        units = {**rows.units}
        if weapon is not None:
            figures[weapon[0]] = weapon[1]
            units[weapon[0]] = "km"
        out = []
        for name, fig in figures.items():
            if f"{name} low" not in index:
                continue
            i, j = index[f"{name} low"], index[f"{name} high"]
            if name == (weapon[0] if weapon is not None else None):
                key, label = name, f"{name.removesuffix('.range')} range"
            else:
                key, label = f"{af.name}.{name}", figure_label(af.name, name)
            out.append(
                Hinge(
                    key,
                    label,
                    fig,
                    units[name],
                    (float(reach_km[i]), float(reach_km[j])),
                    need_km,
                    None if payload_t is None else (_opt(payload_t[i]), _opt(payload_t[j])),
                    None if top_ups is None else (top_ups[i], top_ups[j]),
                )
            )
        ev.hinges = tuple(out)

    # -- the chain -------------------------------------------------------------------

    def run(self, steps: Sequence[str] | None = None) -> Assessment:
        """The chosen *steps* (default: all) in turn, into one :class:`Assessment`."""
        ev = Evaluation(self.claim, chosen_steps(steps))
        for step in ev.steps:
            getattr(self, step)(ev)
        return self.assessment(ev)

    def assessment(self, ev: Evaluation) -> Assessment:
        """The :class:`Assessment` of what the steps found, its notes and prose written last."""
        claim = self.claim
        r, legs = _need(ev.places), _need(ev.legs)
        reach = ev.reach
        out, home = legs.out, legs.home
        required = legs.required
        notes: list[str] = list(out.notes)
        if out.straits:
            notes.append(
                "the route flies in transit passage through "
                + ", ".join(out.straits)
                + " (UNCLOS art. 38), which the coastal states may not close"
            )
        sources: dict[str, str] = {}
        for p in (*r.origins, r.targets[legs.worst]):
            sources[f"place {p.name}"] = p.source or "given as coordinates"
        if r.recover is not None and claim.kind != "weapon":
            notes.append(
                legs.no_way_home
                if legs.no_way_home is not None
                else f"recovery at {r.recover.name}: the way home is {legs.back_km:,.0f} km "
                "by permitted route"
            )
        if r.tanker_base is not None:
            notes.append(
                f"tankers fly from {r.tanker_base.name}, straight to each rendezvous on the "
                "route (their own airspace is not checked)"
            )
        if r.diversion is not None:
            notes.append(f"diversion field for safe top-ups: {r.diversion.name}")
        if claim.weapon is not None:
            w = self.catalog.weapon(claim.weapon)
            if w.range is not None:
                sources[f"{w.name}.range"] = w.range.source or "no source given"
        if reach is not None and reach.radius is not None:
            notes.extend(reach.radius.notes)
            notes.extend(reach.disagreements)
            sources.update(
                {f"{reach.radius.airframe}.{k}": v for k, v in reach.radius.sources().items()}
            )
        sufficient: tuple[str, ...] = ()
        if reach is not None:
            lo = reach.available.magnitudes("km")[0]
            # Bases (or launch points) that reach every target on their own, at the low end.
            sufficient = tuple(
                o.name for o, row in zip(r.origins, legs.table, strict=True) if row.max() <= lo
            )
        return Assessment(
            claim=claim,
            verdict=_need(ev.verdict),
            required_km=required if np.isfinite(required) else None,
            available=None if reach is None else reach.available,
            best_base=r.origins[legs.best].name,
            worst_target=r.targets[legs.worst],
            routes=(out,) if home is None else (out, home),
            radius=None if reach is None else reach.radius,
            max_payload_t=ev.max_payload_t,
            min_plan=ev.min_plan,
            sufficient_bases=sufficient,
            sources=sources,
            explanation=self.explain(ev),
            notes=tuple(notes),
            payload_t=None if reach is None else reach.payload_t,
            estimate=ev.estimate,
            hinges=ev.hinges,
        )

    def explain(self, ev: Evaluation) -> str:
        """The explanation of a verdict, written from what the steps found."""
        r, legs, reach = _need(ev.places), _need(ev.legs), ev.reach
        required, out = legs.required, legs.out
        target = r.targets[legs.worst]
        where = (
            f"the farthest point of {r.country} by permitted route" if r.country else target.name
        )
        if np.isfinite(required):
            path = " > ".join(c for c, _ in out.overflown) or "direct"
            text = (
                f"Worst target: {where} ({target.lat:.2f}, {target.lon:.2f}), "
                f"best reached from {r.origins[legs.best].name}: {required:,.0f} km by "
                f"permitted route (great circle {out.great_circle.to('km').magnitude:,.0f} "
                f"km; closed: {closed_summary(out.closed)}; over {path}). "
            )
            if reach is not None:
                lo, nom, hi = reach.available.magnitudes("km")
                text += f"Available {nom:,.0f} km ({lo:,.0f}-{hi:,.0f}). "
        else:
            text = f"No permitted route to {where}: {out.reason or 'closed airspace'}. "
        if legs.no_way_home is not None:
            text += f"It fails: {legs.no_way_home}. "
        if ev.verdict is not None:
            text += {
                "holds": "Required is within even the lowest estimate.",
                "fails": "Required exceeds even the highest estimate.",
                "uncertain": "Required lies within the uncertainty of the estimate.",
            }[ev.verdict]
        if ev.estimate is not None:
            text += f" Probability it holds: {ev.estimate.describe()}."
        ranked = rank(list(ev.hinges))
        if ranked and ranked[0].moves:
            text += f" It hinges most on {ranked[0].describe()}"
            text += f", against {required:,.0f} km required." if np.isfinite(required) else "."
        return text.strip()


_T = TypeVar("_T")


def _need(found: _T | None) -> _T:
    """What an earlier step found (:func:`chosen_steps` runs every step a step reads)."""
    assert found is not None, "a step ran before the step it reads from"
    return found


def verdict_of(required: float, available: Interval, no_way_home: bool = False) -> str:
    """The verdict rule: holds within the low end, fails beyond the high end (or no route)."""
    lo, _, hi = available.magnitudes("km")
    if not np.isfinite(required) or no_way_home:
        return "fails"
    if required <= lo:
        return "holds"
    if required > hi:
        return "fails"
    return "uncertain"


def _reaches(model: _Model, need_km: float) -> tuple[bool, bool, bool]:
    """Whether the low, nominal and high ends fly *need_km* (no distance: every end)."""
    if need_km <= 0:
        return True, True, True
    return model.reaches(need_km)


def _heaviest(model: _Model, need_km: ArrayLike) -> float | np.ndarray | None:
    """The heaviest payload [t] the model's low end flies *need_km* with (heaviest_payload)."""
    need = np.asarray(need_km, dtype=float)
    flat = np.atleast_1d(need)
    low = model.max_payload(flat)[0] / 1000.0
    # a zero answer is either "reaches only empty" or "not even empty": ask the latter,
    # for every such distance in one kernel call
    zero = np.flatnonzero(low <= 0.0)
    if zero.size:
        low[zero[~model.reaches_low(flat[zero], 0.0)]] = np.nan
    if need.ndim == 0:
        return None if np.isnan(low[0]) else float(low[0])
    out: np.ndarray = low.reshape(need.shape)
    return out


def _fewest_top_ups(
    model: _Model, need: Any, rows: FigureRows, bound: int
) -> list[int | None] | None:
    """Fewest top-ups (out and back) with which each row reaches; as the flip points.

    *bound* is a number of top-ups with which every row reaches (the low end's).
    """
    if model.af.aerial_refueling == "none":
        return None
    need_km = np.asarray(need.to("km").magnitude, dtype=float)
    found = np.full(len(rows), -1)
    for total in range(bound):
        todo = np.flatnonzero(found < 0)
        if todo.size == 0:
            break
        sub = rows.take(todo)
        hit = np.zeros(todo.size, dtype=bool)
        for back in range(total + 1):
            trial = model.with_plan(total - back, back)
            hit |= trial.rows_reach(ureg.Quantity(need_km[todo], "km"), sub)
            if hit.all():
                break
        found[todo[hit]] = total
    return [bound if k < 0 else int(k) for k in found]


def _opt(x: float) -> float | None:
    return None if not np.isfinite(x) else float(x)


def _relabel(rows: FigureRows, last: tuple[str, ...]) -> FigureRows:
    """*rows* with its last labels replaced by *last*."""
    labels = rows.labels[: len(rows) - len(last)] + last
    return FigureRows(rows.values, rows.figures, rows.units, labels)


def evaluate(
    claim: Claim,
    catalog: Catalog,
    sampling: Sampling | None = None,
    *,
    steps: Sequence[str] | None = None,
) -> Assessment:
    """Evaluate one claim (sampled as *sampling* says; default 10,000 samples, seed 0).

    *steps* chooses what is computed (default: every step of :data:`STEPS`);
    ``steps=("verdict",)`` gives the verdict alone, with no flip points, probability or
    hinges. See the module docstring for the rule and :class:`ClaimChain` for the steps.
    """
    return ClaimChain(claim, catalog, sampling).run(steps)


def evaluate_all(
    scenario: Scenario,
    sampling: Sampling | None = None,
    *,
    steps: Sequence[str] | None = None,
) -> list[Assessment]:
    """Evaluate every claim of *scenario*; one that cannot be evaluated does not stop the rest.

    A claim whose evaluation raises a :class:`RangecalcError` (a boundary missing for a
    country it names, a mission the model cannot fly) gets the verdict ``"error"`` with the
    reason in ``Assessment.error``; every other claim is evaluated as usual.
    """
    chosen = chosen_steps(steps)  # an unknown step is refused before any claim is flown
    verdicts = []
    for claim in scenario.claims:
        try:
            verdicts.append(evaluate(claim, scenario.catalog, sampling, steps=chosen))
        except RangecalcError as exc:
            verdicts.append(Assessment.failed(claim, str(exc)))
    return verdicts


def check(
    path: str | Path,
    *,
    catalog: Catalog | None = None,
    sampling: Sampling | None = None,
    steps: Sequence[str] | None = None,
) -> tuple[Scenario, list[Assessment]]:
    """Load a scenario file (raising on a malformed one) and evaluate every claim."""
    scenario = load_scenario(path, catalog=catalog)
    return scenario, evaluate_all(scenario, sampling, steps=steps)
