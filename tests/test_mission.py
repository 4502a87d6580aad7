"""Mission model: textbook segment equations, published radii, properties, refuelling, basing."""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import rangecalc as rc
import rangecalc.model.mission as mission
from rangecalc import InputError, ureg
from rangecalc._core import mission as core
from rangecalc.catalog import Figure

# ------------------------------------------------------------- textbook segment equations
# Raymer, Aircraft Design: A Conceptual Approach, ch. 3, ASW example (3rd ed.), as printed
# by the jonititan/AircraftDesign "AircraftSizing" notebook: 1,500 nmi cruise at M 0.6
# (596.9 ft/s), L/D 0.866 x 16, C 0.0001389 /s cruise and 0.0001111 /s loiter (0.5 and
# 0.4 /h, rounded as printed), 3 h on station, 20 min reserve loiter.


def test_breguet_cruise_fraction_raymer_asw() -> None:
    f = mission.cruise_weight_fraction("1500 nmi", "596.9 ft/s", 0.866 * 16, "0.0001389 1/s")
    assert f == pytest.approx(0.8581, abs=5e-5)


def test_endurance_fraction_raymer_asw() -> None:
    assert mission.loiter_weight_fraction("3 h", 16, "0.0001111 1/s") == pytest.approx(
        0.9278, abs=5e-5
    )
    assert mission.loiter_weight_fraction("20 min", 16, "0.0001111 1/s") == pytest.approx(
        0.9917, abs=5e-5
    )


def test_mission_fraction_raymer_asw() -> None:
    cruise = mission.cruise_weight_fraction("1500 nmi", "596.9 ft/s", 0.866 * 16, "0.0001389 1/s")
    loiter = mission.loiter_weight_fraction("3 h", 16, "0.0001111 1/s")
    reserve = mission.loiter_weight_fraction("20 min", 16, "0.0001111 1/s")
    w7_w0 = core.F_TAKEOFF * core.F_CLIMB * cruise * loiter * cruise * reserve * core.F_LANDING
    assert w7_w0 == pytest.approx(0.6440, abs=5e-4)
    assert 1.06 * (1 - w7_w0) == pytest.approx(0.3773, abs=5e-4)  # Raymer's 6 % allowance


def test_segment_equations_are_unit_invariant() -> None:
    a = mission.cruise_weight_fraction("2778 km", "655 km/h", 13.9, "0.5 1/h")
    b = mission.cruise_weight_fraction(
        ureg.Quantity(2778, "km").to("nmi"), "353.67 kt", 13.9, "0.5 1/h"
    )
    assert a == pytest.approx(b, rel=1e-4)


# ------------------------------------------------------------------- exact model properties


def test_empty_radius_is_half_the_ferry_range() -> None:
    """With no payload and no allowance, out-and-back is the ferry mission cut in two."""
    k = core.range_factor(6800.0, 54_000.0, 126_000.0, 50_000.0, 0.06)
    r = core.radius(
        k=k,
        oew=54_000.0,
        mtow=126_000.0,
        capacity=50_000.0,
        payload=0.0,
        speed_kmh=900.0,
        spec=core.MissionSpec(),
    )
    assert float(r) == pytest.approx(3400.0, rel=1e-12)


def test_recovery_at_the_same_distance_equals_out_and_back() -> None:
    r = rc.combat_radius("Su-34", rc.Mission(payload="4 t"))
    same = rc.combat_radius("Su-34", rc.Mission(payload="4 t", recovery_distance=r.nominal))
    assert same.nominal.to("km").magnitude == pytest.approx(r.nominal.to("km").magnitude, rel=1e-9)
    farther = rc.combat_radius(
        "Su-34", rc.Mission(payload="4 t", recovery_distance=r.nominal * 1.5)
    )
    assert farther.nominal < r.nominal


# -------------------------------------------------------------------- published radii
# For every non-fit published point: either the model's interval contains it, or the
# residual is documented here with the sign it must have and why.

DOCUMENTED = {
    # Tu-22M3: the allowance is fitted to the only point with a stated payload (24 t to
    # 2,500 km, bharatshakti.in); the others state no payload and sit 450-1,350 km lower
    # even with half the maximum load: the sources disagree with each other by 1,000 km.
    ("Tu-22M3", 0): ("above", "unstated payload; the fit point implies a larger radius"),
    ("Tu-22M3", 1): ("above", "unstated payload; the fit point implies a larger radius"),
    ("Tu-22M3", 2): ("above", "DCS game 'range' field, meaning unclear"),
    ("Tu-22M3", 3): ("above", "military-today: no profile or payload"),
    ("Tu-22M3", 4): ("above", "'1,500-1,850 km', the low end of a vague span"),
    # Su-34: the 1,500 km point is 'with drop tanks'; the model flies on internal fuel.
    ("Su-34", 2): ("below", "drop tanks, not modelled"),
    # Su-35S: 1,600 km, tanks and profile not stated, against a ferry range read as clean
    # (3,600 km on internal fuel): most likely flown with the two drop tanks of the 4,500
    # km figure, which the clean mission of this check does not carry.
    ("Su-35S", 1): ("below", "tanks not stated; the clean aircraft cannot fly it"),
    # Su-30SM: 'operating range' (ambiguous) beyond what the catalog fuel and ferry range allow.
    ("Su-30SM", 1): ("below", "ambiguous 'operating range'; fit clipped at zero allowance"),
    # H-6K: 3,500 km (no load stated) against the fit point, Kanwa's 'over 3,000 km': the
    # two sources disagree by 17 %, beyond the fit point's own assumed 12 % spread.
    ("H-6K", 0): ("below", "3,500 km against 'over 3,000 km': the sources disagree"),
}


def _non_fit_points() -> list[tuple[str, int]]:
    out = []
    for af in rc.default_catalog().airframes.values():
        cal = rc.model.calibration(af)
        out += [(af.name, i) for i, c in enumerate(cal.checks) if not c.used_for_fit]
    return out


@pytest.mark.parametrize(("name", "index"), _non_fit_points())
def test_published_radius_points(name: str, index: int) -> None:
    check = rc.model.calibration(name).checks[index]
    assert not check.used_for_fit  # a fit point is never its own check
    if (name, index) in DOCUMENTED:
        side, _why = DOCUMENTED[(name, index)]
        assert not check.contained
        residual = check.residual.to("km").magnitude
        assert residual > 0 if side == "above" else residual < 0
    else:
        assert check.contained, (name, index, check.model.format("km"))


def test_fit_reproduces_its_point_when_not_clipped() -> None:
    for af in rc.default_catalog().airframes.values():
        cal = rc.model.calibration(af)
        for c in cal.checks:
            if c.used_for_fit and cal.allowance_source == "fitted":
                assert c.residual.to("km").magnitude == pytest.approx(0.0, abs=1.0)


def test_every_airframe_with_points_is_calibrated() -> None:
    sources = {
        a.name: rc.model.calibration(a).allowance_source
        for a in rc.default_catalog().airframes.values()
    }
    assert sources["Tu-95MS"] in ("fitted", "clipped")
    assert sources["Tu-160"] == "default"  # no published radius


# ------------------------------------------------------------------------ uncertainty


def _fixed_allowance(monkeypatch: pytest.MonkeyPatch, af: rc.Airframe) -> None:
    fixed = mission.calibrations().allowance(af)
    monkeypatch.setattr(mission.Calibrations, "allowance", lambda _self, _a: fixed)


@pytest.mark.parametrize("name", ["Tu-22M3", "Su-34", "Tu-160", "F-15E", "Il-78M", "B-2A"])
def test_interior_of_the_uncertainty_box_stays_inside_the_interval(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The corners plus the fuel-limit kinks bound the radius over the whole box."""
    af = rc.default_catalog().airframe(name)
    payloads = ureg.Quantity(np.linspace(0, af.max_payload.m("kg"), 6), "kg")
    res = rc.combat_radius(af, rc.Mission(payload=payloads))
    lo, _, hi = res.radius.magnitudes("km")
    _fixed_allowance(monkeypatch, af)
    rng = np.random.default_rng(7)
    units = {
        "empty_mass": "kg",
        "max_takeoff_mass": "kg",
        "internal_fuel": "kg",
        "ferry_range": "km",
    }
    for _ in range(40):
        figs = {}
        for field, unit in units.items():
            low, _, high = getattr(af, field).interval(unit)
            q = ureg.Quantity(rng.uniform(low, high), unit)
            figs[field] = Figure(q, q, q, "sample")
        inner = (
            rc.combat_radius(replace(af, **figs), rc.Mission(payload=payloads))
            .nominal.to("km")
            .magnitude
        )
        assert np.all(inner >= lo - 1e-6 * hi - 1e-9)
        assert np.all(inner <= hi + 1e-6 * hi + 1e-9)


@given(
    st.sampled_from(["Tu-22M3", "Su-34", "Su-35S", "Su-24M", "B-1B", "MiG-31"]),
    st.floats(0.0, 1.0),
    st.sampled_from(["hi-hi-hi", "hi-lo-hi", "lo-lo-lo"]),
)
def test_low_nominal_high_are_ordered(name: str, frac: float, profile: str) -> None:
    af = rc.default_catalog().airframe(name)
    r = rc.combat_radius(
        af, rc.Mission(payload=ureg.Quantity(frac * af.max_payload.m("kg"), "kg"), profile=profile)
    )
    lo, nom, hi = r.radius.magnitudes("km")
    assert 0 <= lo <= nom <= hi


# ------------------------------------------------------------------------- properties

AIRFRAMES = st.sampled_from(["Tu-22M3", "Su-34", "Su-30SM", "Su-35S", "Tu-95MS", "B-52H"])


@given(AIRFRAMES, st.floats(0.0, 1.0), st.floats(0.0, 1.0))
def test_radius_non_increasing_in_payload(name: str, a: float, b: float) -> None:
    af = rc.default_catalog().airframe(name)
    p = ureg.Quantity(np.array(sorted([a, b])) * af.max_payload.m("kg"), "kg")
    lo, nom, hi = rc.combat_radius(af, rc.Mission(payload=p)).radius.magnitudes("km")
    for arr in (lo, nom, hi):
        assert arr[1] <= arr[0] + 1e-9


@given(AIRFRAMES, st.floats(0.0, 0.2), st.floats(0.0, 0.2))
def test_radius_non_increasing_in_reserve(name: str, a: float, b: float) -> None:
    small, large = sorted([a, b])
    r1 = rc.combat_radius(name, rc.Mission(reserve=small)).nominal
    r2 = rc.combat_radius(name, rc.Mission(reserve=large)).nominal
    assert r2 <= r1 + ureg.Quantity(1e-9, "km")


@given(AIRFRAMES, st.floats(0.0, 3.0), st.floats(0.0, 3.0))
def test_radius_non_increasing_in_time_on_station(name: str, a: float, b: float) -> None:
    short, long_ = sorted([a, b])
    r1 = rc.combat_radius(name, rc.Mission(on_station=ureg.Quantity(short, "h"))).radius.magnitudes(
        "km"
    )
    r2 = rc.combat_radius(name, rc.Mission(on_station=ureg.Quantity(long_, "h"))).radius.magnitudes(
        "km"
    )
    assert all(y <= x + 1e-9 for x, y in zip(r1, r2, strict=True))


@given(AIRFRAMES, st.floats(0.3, 1.0), st.floats(0.3, 1.0))
def test_radius_non_decreasing_in_fuel(name: str, a: float, b: float) -> None:
    """Less take-off mass allowed means less fuel aboard: never a longer radius."""
    af = rc.default_catalog().airframe(name)
    base = af.empty_mass.m("kg") + 0.25 * af.max_payload.m("kg")
    spare = af.max_takeoff_mass.m("kg") - base
    less, more = sorted([a, b])
    load = ureg.Quantity(0.25 * af.max_payload.m("kg"), "kg")
    limits = (ureg.Quantity(base + x * spare, "kg") for x in (less, more))
    r_less, r_more = (
        rc.combat_radius(af, rc.Mission(payload=load, takeoff_mass_limit=lim)) for lim in limits
    )
    assert r_less.nominal <= r_more.nominal + ureg.Quantity(1e-9, "km")


#: A radius found by bisection is exact to this [km]; monotonicity holds to within it.
SOLVED = 2 * core.TOLERANCE_KM


@pytest.mark.slow
@given(
    st.sampled_from(["Su-34", "Su-30SM", "Tu-95MS", "Tu-160", "B-52H"]),
    st.integers(0, 3),
    st.integers(0, 3),
    st.sampled_from(["out", "back"]),
    st.sampled_from(["optimal", "safe"]),
    st.sampled_from([None, "Il-78M"]),
)
@settings(max_examples=30)
def test_radius_non_decreasing_in_refuelings(
    name: str, out: int, back: int, more: str, placement: str, tanker: str | None
) -> None:
    """One more top-up, out or back, safe or not, with or without a tanker limit, never
    shortens the radius."""
    if tanker is not None and rc.default_catalog().airframe(name).aerial_refueling == "boom":
        tanker = "KC-135R"

    def radius(o: int, b: int) -> tuple[float, float, float]:
        plan = rc.Refueling(o, b, placement=placement, tanker=tanker)
        return rc.combat_radius(name, rc.Mission(refueling=plan)).radius.magnitudes("km")

    r_n = radius(out, back)
    r_next = radius(out + 1, back) if more == "out" else radius(out, back + 1)
    assert all(y >= x - SOLVED for x, y in zip(r_n, r_next, strict=True))


@given(AIRFRAMES, st.floats(0.0, 1.0), st.sampled_from(["hi-hi-hi", "hi-lo-hi", "lo-lo-lo"]))
@settings(max_examples=40)
def test_same_answer_in_si_and_imperial_units(name: str, frac: float, profile: str) -> None:
    af = rc.default_catalog().airframe(name)
    kg = frac * af.max_payload.m("kg")
    si = rc.combat_radius(
        af, rc.Mission(payload=ureg.Quantity(kg, "kg"), profile=profile, on_station="1800 s")
    )
    imp = rc.combat_radius(
        af,
        rc.Mission(payload=ureg.Quantity(kg, "kg").to("lb"), profile=profile, on_station="0.5 h"),
    )
    for a, b in zip(si.radius.magnitudes("m"), imp.radius.to("nmi").magnitudes("m"), strict=True):
        assert a == pytest.approx(b, rel=1e-9, abs=1e-6)


@given(AIRFRAMES, st.lists(st.floats(0.0, 1.0), min_size=1, max_size=12))
@settings(max_examples=30)
def test_vectorised_equals_scalar(name: str, fracs: list[float]) -> None:
    af = rc.default_catalog().airframe(name)
    kg = np.array(fracs) * af.max_payload.m("kg")
    vec = rc.combat_radius(af, rc.Mission(payload=ureg.Quantity(kg, "kg"))).radius.magnitudes("km")
    for i, p in enumerate(kg):
        one = rc.combat_radius(
            af, rc.Mission(payload=ureg.Quantity(float(p), "kg"))
        ).radius.magnitudes("km")
        for v, s in zip(vec, one, strict=True):
            assert v[i] == pytest.approx(s, rel=1e-12)


# ------------------------------------------------------------------ profiles and errors


def test_profiles_order() -> None:
    hi = rc.combat_radius("Su-34", rc.Mission(payload="4 t")).nominal
    hlh = rc.combat_radius("Su-34", rc.Mission(payload="4 t", profile="hi-lo-hi")).nominal
    lo = rc.combat_radius("Su-34", rc.Mission(payload="4 t", profile="lo-lo-lo")).nominal
    assert lo < hlh < hi
    # low level everywhere: the radius shrinks roughly by the low-level factor (0.40-0.47)
    assert 0.3 < (lo / hi).to("").magnitude < 0.5


def test_payload_kept_shortens_radius() -> None:
    dropped = rc.combat_radius("Su-35S", rc.Mission(payload="2 t")).nominal
    kept = rc.combat_radius("Su-35S", rc.Mission(payload="2 t", release_payload=False)).nominal
    assert kept < dropped


@pytest.mark.parametrize(
    ("kwargs", "fragment"),
    [
        ({"payload": "30 t"}, "exceeds the Su-34's maximum payload"),
        ({"payload": "-1 t"}, "must not be negative"),
        ({"payload": 4000}, "without a unit"),
        ({"profile": "hi-hi-lo"}, "provide one of"),
        ({"refuelings": -1}, "must not be negative"),
        ({"refuelings": 1.5}, "whole number"),
        ({"on_station": "-1 h"}, "must not be negative"),
        ({"refuelings": "1", "tanker": "Su-30SM"}, "no offload data"),
        ({"refuelings": "7+x"}, "out\\+back"),
        ({"tanks": ["2 x 999 gal"]}, "lists no tank"),
        ({"reserve": "fuel fumes"}, "unknown rule"),
        ({"dash_distance": "100 km"}, "needs dash_factor"),
        ({"reserve": 1.5}, "fraction"),
        ({"takeoff_mass_limit": "25 t", "payload": "4 t"}, "no room for fuel"),
        ({"takeoff_mass_limit": "-5 t"}, "must be positive"),
    ],
)
def test_bad_input(kwargs: dict[str, Any], fragment: str) -> None:
    def fly() -> None:
        kw = dict(kwargs)
        if "refuelings" in kw:
            value = kw.pop("refuelings")
            tanker = kw.pop("tanker", None)
            kw["refueling"] = (
                rc.Refueling.parse(value, tanker=tanker) if isinstance(value, str) else value
            )
        rc.combat_radius("Su-34", rc.Mission(**kw))

    with pytest.raises(InputError, match=fragment):
        fly()


def test_refuelling_without_probe_names_the_airframe() -> None:
    with pytest.raises(InputError, match="Tu-22M3 has no refuelling probe"):
        rc.combat_radius("Tu-22M3", rc.Mission(refueling=1))


def test_tanker_must_match_the_receiver() -> None:
    with pytest.raises(InputError, match="drogue"):
        rc.combat_radius("B-52H", rc.Mission(refueling=rc.Refueling(1, tanker="Il-78M")))
    # the KC-135R carries a boom-drogue adapter, so a probe receiver can use it
    rc.combat_radius("Su-34", rc.Mission(refueling=rc.Refueling(1, tanker="KC-135R")))


def test_tanker_offload_limits_the_top_up() -> None:
    free = rc.combat_radius("Tu-160", rc.Mission(payload="20 t", refueling=1)).nominal
    limited = rc.combat_radius(
        "Tu-160", rc.Mission(payload="20 t", refueling=rc.Refueling(1, tanker="Il-78M"))
    ).nominal
    none = rc.combat_radius("Tu-160", rc.Mission(payload="20 t")).nominal
    assert none < limited <= free


def test_il78_offload_curve_interpolates_published_points() -> None:
    spec = core.MissionSpec(offload_km=(1000.0, 3000.0), offload_kg=(74_000.0, 40_000.0))
    got = core._offload(spec, np.array([1000.0, 2000.0, 3000.0, 6000.0]))
    np.testing.assert_allclose(got, [74_000.0, 57_000.0, 40_000.0, 0.0])


def test_max_payload_inverts_the_radius() -> None:
    target = ureg.Quantity(1100.0, "km")
    mp = rc.max_payload("Su-34", target)
    lo, nom, hi = mp.magnitudes("kg")
    assert lo <= nom <= hi
    r = rc.combat_radius("Su-34", rc.Mission(payload=mp.nominal)).nominal.to("km").magnitude
    assert r == pytest.approx(1100.0, abs=0.5)
    assert 0 < nom < rc.default_catalog().airframe("Su-34").max_payload.m("kg")
    assert rc.max_payload("Su-34", "20,000 km").nominal.magnitude == 0


def test_payload_radius_curve() -> None:
    df = rc.payload_radius_curve("Tu-22M3", points=7)
    assert list(df.columns) == [
        "payload_t",
        "radius_low_km",
        "radius_nominal_km",
        "radius_high_km",
        "fuel_t",
        "takeoff_mass_t",
    ]
    assert df["payload_t"].iloc[-1] == pytest.approx(24.0)
    assert (df["radius_nominal_km"].diff().dropna() <= 1e-9).all()
    assert (df["radius_low_km"] <= df["radius_high_km"]).all()


def test_standoff_reach_adds_along_a_line() -> None:
    s = rc.standoff_reach("Tu-22M3", "Kh-22", rc.Mission(payload="12 t"))
    carrier = s.carrier.nominal.to("km").magnitude
    assert s.reach.nominal.to("km").magnitude == pytest.approx(carrier + 600.0)
    with pytest.raises(InputError, match="no range of its own"):
        rc.weapon_range("FAB-500")


# ------------------------------------------------------------------ basing and time


def test_isa_density_independent_formula() -> None:
    """sigma = (p/p0) (T0/T), p from the barometric formula (ICAO Doc 7488)."""
    p = (1 - 0.0065 * 1711 / 288.15) ** 5.25588
    expected = p * 288.15 / (35 + 273.15)
    assert rc.model.density_ratio("1,711 m", "35 degC") == pytest.approx(expected, rel=1e-4)
    assert rc.model.density_ratio("0 m") == pytest.approx(1.0, rel=1e-6)
    assert rc.model.isa_temperature("11,000 m").to("degC").magnitude == pytest.approx(-56.5)


def test_takeoff_run_scales_with_mass_squared_and_density() -> None:
    hot = rc.model.takeoff_limit("Su-24M", "Hamadan", temperature="35 degC")
    sigma = hot.density_ratio[1]
    # the published run (1,200 m) grows as 1/sigma^2 at maximum take-off mass
    assert hot.run_at_mtow.nominal.to("m").magnitude == pytest.approx(1200.0 / sigma**2)
    short = rc.model.takeoff_limit("Su-24M", "Hamadan", temperature="35 degC", runway="1,500 m")
    w = short.max_takeoff_mass.nominal.to("kg").magnitude
    # the heaviest take-off fills the runway exactly: 1200 (w/W)^2 / sigma^2 = 1500
    assert 1200.0 * (w / 39_700.0) ** 2 / sigma**2 == pytest.approx(1500.0, rel=1e-9)
    assert short.limited and short.cost.nominal.to("t").magnitude > 0


def test_takeoff_needs_a_reference_run() -> None:
    with pytest.raises(InputError, match="no sourced take-off run for the Tu-22M3"):
        rc.model.takeoff_limit("Tu-22M3", "Hamadan")
    with pytest.raises(InputError, match="no runway length"):
        rc.model.takeoff_limit("Su-24M", "35.0, 45.0")


def test_takeoff_limit_costs_radius() -> None:
    limit = rc.model.takeoff_limit("Su-24M", "Hamadan", temperature="40 degC", runway="1,600 m")
    free = rc.combat_radius("Su-24M", rc.Mission(payload="4 t")).nominal
    bound = rc.combat_radius(
        "Su-24M", rc.Mission(payload="4 t", takeoff_mass_limit=limit.max_takeoff_mass.nominal)
    )
    assert bound.nominal < free
    assert any("take-off mass limited" in n for n in bound.notes)


def test_sortie_time_matches_the_black_sea_patrol() -> None:
    """4,500 km in 'a little over five hours' (Russian MoD, May 2020)."""
    s = rc.model.sortie_time("Tu-22M3", "2,250 km")
    lo, _, hi = s.block_time.magnitudes("h")
    assert lo >= 5.0 and hi <= 5.6
    rate = s.sorties_per_day.nominal.to("1/day").magnitude
    assert rate == pytest.approx(24 / (4500 / 900 + 0.5 + 7))
    assert math.isclose(
        rc.model.sortie_time(
            "Tu-22M3", "1000 km", return_distance="1000 km"
        ).block_time.nominal.magnitude,
        rc.model.sortie_time("Tu-22M3", "1000 km").block_time.nominal.magnitude,
    )
