"""Mission plans: the Mission object, refuelling plans out and back, tankers, external
tanks, reserve rules, honest spreads and per-catalog calibrations."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import rangecalc as rc
from rangecalc._core import mission as core
from rangecalc.cli import main
from rangecalc.data.errors import InputError
from rangecalc.model.mission import calibrations

SOLVED = 2 * core.TOLERANCE_KM


def radius(name: str, **mission: object) -> tuple[float, float, float]:
    return rc.combat_radius(name, rc.Mission(**mission)).radius.magnitudes("km")  # type: ignore[arg-type]


# ------------------------------------------------------------------- the Mission object


@pytest.mark.parametrize(
    ("given", "out", "back"),
    [(3, 3, 0), ("7+1", 7, 1), (" 5 + 1 ", 5, 1), ({"out": 2, "back": 2}, 2, 2), ("0", 0, 0)],
)
def test_refuelling_plans_parse(given: object, out: int, back: int) -> None:
    plan = rc.Refueling.parse(given)
    assert (plan.out, plan.back, plan.total, plan.split) == (out, back, out + back, f"{out}+{back}")


@pytest.mark.parametrize(
    ("given", "text"),
    [
        ("7+", "out\\+back"),
        ("-1", "negative"),
        ({"out": 1, "sideways": 2}, "unknown key 'sideways'"),
        (1.5, "whole number"),
        (True, "whole number"),
    ],
)
def test_bad_refuelling_plans_are_refused(given: object, text: str) -> None:
    with pytest.raises(InputError, match=text):
        rc.Refueling.parse(given)


def test_positions_must_match_the_counts() -> None:
    with pytest.raises(InputError, match="gives 1 positions for 2 top-ups"):
        rc.Refueling(2, out_at=("500 km",))
    plan = rc.Refueling(2, 1, out_at=("500 km", "1,200 km"), back_at=("900 km",))
    assert plan.out_at is not None and plan.out_at[1].to("km").magnitude == 1200


def test_mission_is_validated_when_built() -> None:
    with pytest.raises(InputError, match="provide one of"):
        rc.Mission(profile="hi-hi-lo")
    with pytest.raises(InputError, match="needs dash_factor"):
        rc.Mission(dash_distance="100 km")
    with pytest.raises(InputError, match="without a unit"):
        rc.Mission(payload=4000)
    with pytest.raises(InputError, match="unknown rule"):
        rc.Mission(reserve="fumes")
    m = rc.Mission(payload="4 t", refueling="2+1", tanks="2 x 370 gal wing")
    assert m.refueling.split == "2+1"
    assert m.tanks[0].count == 2 and m.tanks[0].name == "370 gal wing"
    assert "top-ups 2+1" in m.describe()


def test_combat_radius_takes_a_mission_not_a_payload() -> None:
    with pytest.raises(InputError, match="expected a Mission"):
        rc.combat_radius("Su-34", "4 t")  # type: ignore[arg-type]


# ------------------------------------------------------------------ refuelling, out and back


def test_return_leg_top_ups_extend_reach_beyond_one_tankful() -> None:
    """With top-ups only on the way out, reach levels off near one tankful; one top-up on
    the way home lifts it (the Black Buck 1 miss of the old model)."""
    out_only = [radius("Vulcan B.2", payload="9.5 t", refueling=n)[0] for n in (7, 20)]
    assert out_only[1] == pytest.approx(out_only[0], abs=SOLVED)  # levelled off
    with_back = radius("Vulcan B.2", payload="9.5 t", refueling="7+1")[0]
    assert with_back > out_only[0] * 1.5


def test_safe_placement_never_beats_optimal() -> None:
    for plan in ("1+0", "2+1", "3+3"):
        opt = radius("Su-34", payload="4 t", refueling=rc.Refueling.parse(plan))
        safe = radius("Su-34", payload="4 t", refueling=rc.Refueling.parse(plan, placement="safe"))
        assert all(s <= o + SOLVED for s, o in zip(safe, opt, strict=True)), plan


@pytest.mark.slow
@given(st.floats(0, 3_000), st.floats(0, 3_000))
@settings(max_examples=15, deadline=None)
def test_a_farther_diversion_field_never_helps(near: float, far: float) -> None:
    near, far = sorted((near, far))

    def reach(km: float) -> float:
        plan = rc.Refueling(1, 1, placement="safe", diversion=rc.ureg.Quantity(km, "km"))
        return radius("Su-34", payload="4 t", refueling=plan)[1]

    assert reach(far) <= reach(near) + SOLVED


@pytest.mark.slow
@given(st.floats(0, 2_000), st.floats(0, 2_000))
@settings(max_examples=15, deadline=None)
def test_a_tanker_flying_farther_never_gives_more(a: float, b: float) -> None:
    """Kernel: the same track, the tanker's base moved off it by an extra distance."""
    a, b = sorted((a, b))
    k = core.range_factor(4_000.0, 22_500.0, 45_100.0, 12_100.0, core.RESERVE)

    def reach(extra: float) -> float:
        at = (0.0, 10_000.0)
        track = core.Track(at=at, tanker=(extra, 10_000.0 + extra), divert=at)
        spec = core.MissionSpec(
            out=1,
            back=1,
            offload_km=(1_000.0, 3_000.0),
            offload_kg=(74_000.0, 40_000.0),
            out_track=track,
            back_track=track,
        )
        return float(
            core.radius(
                k=k,
                oew=22_500.0,
                mtow=45_100.0,
                capacity=12_100.0,
                payload=4_000.0,
                speed_kmh=900.0,
                spec=spec,
            )
        )

    assert reach(b) <= reach(a) + SOLVED


def test_tankers_give_what_their_curve_allows_at_their_distance() -> None:
    kc135 = rc.model.offload_curve(rc.default_catalog().airframe("KC-135R"))
    # the published points are kept, the derived ones marked
    assert 2_414 in [round(x) for x in kc135.km]
    assert kc135.derived[0] and kc135.km[0] == 0.0
    assert np.all(np.diff(kc135.kg) <= 0)  # never more fuel farther out
    assert float(kc135.at(2_414.0)) == pytest.approx(68_039.0, rel=1e-6)
    kc10 = rc.model.offload_curve(rc.default_catalog().airframe("KC-10A"))
    assert all(kc10.derived)  # no published point: the whole curve from its fuel model
    assert kc10.kg[0] > kc135.kg[0]  # it carries nearly twice the fuel


def test_the_answer_counts_tanker_sorties_and_names_the_plan(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(
        [
            "radius",
            "B-2A",
            "--payload",
            "14.5t",
            "--refuelings",
            "2+2",
            "--tanker",
            "KC-135R",
            "--format",
            "json",
        ]
    )
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    inputs = out["inputs"]
    assert (inputs["refuelings_out"], inputs["refuelings_back"]) == (2, 2)
    assert inputs["tanker_sorties"] == 4
    assert any("KC-135R" in n and "derived" in n for n in out["notes"])


# ------------------------------------------------------------------------ external tanks


def test_drop_tanks_extend_a_light_fighter() -> None:
    clean = radius("F-16C", payload="1 t")
    tanks = radius("F-16C", payload="1 t", tanks=["2 x 370 gal wing"])
    assert tanks[1] > clean[1] * 1.2


def test_inline_tanks_equal_the_catalog_tanks_they_copy() -> None:
    tank = rc.default_catalog().airframe("F-15E").tank("610 gal")
    inline = rc.TankLoad(
        count=3,
        fuel=tank.fuel.value,
        mass=tank.mass.value if tank.mass else "0 kg",
        drag=float(tank.drag.value.to("dimensionless").magnitude),
    )
    named = rc.combat_radius("F-15E", rc.Mission(payload="4 t", tanks=["3 x 610 gal"]))
    given = rc.combat_radius("F-15E", rc.Mission(payload="4 t", tanks=[inline]))
    assert given.nominal.to("km").magnitude == pytest.approx(named.nominal.to("km").magnitude)


def test_calibration_flies_the_ferry_configuration() -> None:
    """K is the clean aircraft's: the F-15E's ferry range with conformal and three drop
    tanks no longer makes its K larger than a B-52H's (19,739 km against 17,048 km)."""
    f15 = rc.model.calibration("F-15E").range_factor.to("km").magnitude
    b52 = rc.model.calibration("B-52H").range_factor.to("km").magnitude
    assert f15 < b52
    assert any(
        "ferry range read as published with 2 x CFT" in n for n in rc.combat_radius("F-15E").notes
    )


def test_unknown_tank_names_the_airframe_and_its_tanks() -> None:
    with pytest.raises(InputError, match=r"lists no tank 'PTB-9000' .*'PTB-3000'"):
        rc.combat_radius("Su-34", rc.Mission(tanks=["2 x PTB-9000"]))


# ----------------------------------------------------------------------------- reserves


def test_reserve_rules_order_the_radius() -> None:
    none, raymer, navy = (
        radius("Su-34", payload="4 t", reserve=r)[1] for r in ("none", "raymer", "navy")
    )
    assert none > raymer > navy


def test_time_reserve_against_an_independent_loiter() -> None:
    """A 20-minute reserve equals the fuel a step-by-step loiter at the landing weight
    burns, plus 5 % of the fuel at take-off."""
    oew, mtow, cap, k, v = 22_500.0, 45_100.0, 12_100.0, 12_000.0, 900.0
    rule = core.Reserve(of_fuel=0.05, minutes=20.0)
    spec = core.MissionSpec(reserve=rule)
    r = float(
        core.radius(k=k, oew=oew, mtow=mtow, capacity=cap, payload=0.0, speed_kmh=v, spec=spec)
    )
    # fly it: at landing weight w, loiter 20 one-minute steps, then 5 % must be left
    fuel0 = min(cap, mtow - oew)
    w = (oew + fuel0) * core.F_TAKEOFF * core.F_CLIMB * math.exp(-2 * r / k) * core.F_LANDING
    for _ in range(20 * 60):
        w -= w * core.LOITER_BURN_PER_CRUISE * v / k / 3600.0
    assert w == pytest.approx(oew + 0.05 * fuel0, rel=2e-5)


def test_every_answer_states_its_reserve() -> None:
    res = rc.combat_radius("Su-34", rc.Mission(reserve="navy"))
    assert any(n.startswith("reserve: navy") and "OPNAVINST 3710.7" in n for n in res.notes)


# ------------------------------------------------------------------------ honest spreads


def test_single_source_figures_get_a_marked_default_spread() -> None:
    f111 = rc.default_catalog().airframe("F-111F")
    assert f111.internal_fuel.assumed and f111.internal_fuel.has_spread
    lo, nom, hi = rc.combat_radius("F-111F").radius.magnitudes("km")
    assert lo < nom < hi  # no longer 2,296 / 2,296 / 2,296
    assert "assumed spread" in f111.internal_fuel.format()


def test_a_figure_written_exact_stays_exact(tmp_path: Path) -> None:
    cat = rc.default_catalog().extended(
        {
            "weapons": {
                "Exact": {
                    "kind": "cruise missile",
                    "range": {
                        "value": "1,000 km",
                        "low": "1,000 km",
                        "high": "1,000 km",
                        "source": "test",
                    },
                }
            }
        },
        file=str(tmp_path / "x.toml"),
    )
    fig = cat.weapon("Exact").range
    assert fig is not None and not fig.assumed and not fig.has_spread


# --------------------------------------------------------------- calibrations per catalog


def test_calibrations_belong_to_their_catalog(tmp_path: Path) -> None:
    base = rc.default_catalog()
    other = base.extended(
        {
            "airframes": {
                "Lean": {
                    "empty_mass": "10 t",
                    "max_takeoff_mass": "30 t",
                    "internal_fuel": "12 t",
                    "max_payload": "5 t",
                    "cruise_speed": "850 km/h",
                    "ferry_range": "5,000 km",
                    "aerial_refueling": "none",
                    "combat_radius": [{"value": "900 km", "payload": "5 t", "source": "test"}],
                }
            }
        },
        file=str(tmp_path / "lean.toml"),
    )
    assert calibrations(other) is not calibrations(base)
    assert calibrations(other) is calibrations(other)  # kept with the catalog
    # the median allowance is the median of the catalog in use
    assert calibrations(other).median() != pytest.approx(calibrations(base).median())


# ------------------------------------------------------------------------ scenario keys

CLAIM = """
[[claims]]
id = "c"
aircraft = "Su-34"
bases = ["Mozdok"]
target = ["Deir ez-Zor"]
payload = "4 t"
"""


def _scenario(tmp_path: Path, extra: str) -> Path:
    path = tmp_path / "s.toml"
    path.write_text(CLAIM + extra)
    return path


@pytest.mark.slow
def test_scenario_keys_build_the_mission(tmp_path: Path) -> None:
    path = _scenario(
        tmp_path,
        'refuelings = { out = 1, back = 1, placement = "safe", diversion = "Hamadan" }\n'
        'tanker = "Il-78M"\ntanker_base = "Engels-2"\ntanks = ["2 x PTB-3000"]\n'
        'reserve = "navy"\nkeep_tanks = true\n',
    )
    _, (v,) = rc.check_scenario(path)
    assert v.error is None
    assert v.radius is not None
    m = v.radius.mission
    assert (m.refueling.split, m.refueling.placement, m.reserve.name) == ("1+1", "safe", "navy")
    assert m.tanks[0].name == "PTB-3000" and not m.jettison_tanks
    assert any("tankers fly from Engels-2" in n for n in v.notes)
    assert any("diversion field for safe top-ups: Hamadan" in n for n in v.notes)
    assert v.routes and v.routes[0].distance is not None  # the route the verdict used


def test_a_tanker_base_far_from_the_route_never_helps(tmp_path: Path) -> None:
    near = _scenario(tmp_path, 'refuelings = "1+1"\ntanker = "Il-78M"\n')
    _, (v_near,) = rc.check_scenario(near)
    far_path = tmp_path / "far.toml"
    far_path.write_text(CLAIM + 'refuelings = "1+1"\ntanker = "Il-78M"\ntanker_base = "Olenya"\n')
    _, (v_far,) = rc.check_scenario(far_path)
    assert v_far.available is not None and v_near.available is not None
    assert v_far.available.magnitudes("km")[1] <= v_near.available.magnitudes("km")[1] + SOLVED


@pytest.mark.parametrize(
    ("extra", "field"),
    [
        ('tanks = ["2 x PTB-9000"]\n', "tanks"),
        ('reserve = "fumes"\n', "reserve"),
        ("refuelings = { out = 1, sideways = 2 }\n", "refuelings"),
        ('refuelings = "1+1"\ntanker_base = "Atlantis"\n', "tanker_base"),
        ('keep_tanks = "yes"\n', "keep_tanks"),
        ('full_fuel = "yes"\n', "full_fuel"),
        ('refuelings = { out = 1, tanker = "Il-78M" }\n', "refuelings.tanker"),
    ],
)
def test_bad_scenario_keys_name_their_field(tmp_path: Path, extra: str, field: str) -> None:
    with pytest.raises(rc.claims.ScenarioError) as err:
        rc.load_scenario(_scenario(tmp_path, extra))
    assert err.value.field == field, str(err.value)
    assert err.value.entry == 'claims."c"'


def test_fewest_top_ups_reports_the_split(tmp_path: Path) -> None:
    path = tmp_path / "far.toml"
    path.write_text(
        "[[claims]]\nid = 'c'\naircraft = 'Vulcan B.2'\nbases = ['Wideawake']\n"
        "target = ['Port Stanley']\npayload = '9.5 t'\nrefuelings = '7+1'\n"
    )
    _, (v,) = rc.check_scenario(path)
    assert v.min_plan is not None
    assert v.min_plan.back >= 1  # no plan without a top-up on the way home reaches
    assert v.min_refuelings == v.min_plan.total <= 8


# ---------------------------------------------------------- regressions from the review


def test_a_diversion_field_at_the_rendezvous_is_no_constraint() -> None:
    """A diversion given as a distance stays that distance all along the leg."""
    plan = rc.Refueling(1, 0, placement="safe", diversion="0 km")
    safe = radius("Su-34", payload="4 t", refueling=plan)
    assert safe == pytest.approx(radius("Su-34", payload="4 t", refueling=1), abs=SOLVED)


@given(st.floats(0, 1_000), st.floats(0, 1_000))
@settings(max_examples=15, deadline=None)
def test_heavier_empty_tanks_never_fly_farther(a: float, b: float) -> None:
    """Even drop tanks the climb empties are dropped: their mass is never fuel."""
    light, heavy = sorted((a, b))

    def reach(mass: float) -> float:
        t = rc.TankLoad(count=2, fuel="400 kg", mass=rc.ureg.Quantity(mass, "kg"), drag="3 %")
        return radius("Su-34", payload="4 t", tanks=[t])[1]

    assert reach(heavy) <= reach(light) + SOLVED


@pytest.mark.parametrize("give", [0.0, 100.0, 2_000.0])
def test_a_top_up_never_hurts_even_with_drop_tanks(give: float) -> None:
    k = core.range_factor(4_000.0, 22_500.0, 45_100.0, 12_100.0, core.RESERVE)
    tanks = core.Tanks(drop_fuel=4_000.0, drop_mass=200.0, drop_drag=0.08)
    fly = {
        "k": k,
        "oew": 22_500.0,
        "mtow": 45_100.0,
        "capacity": 12_100.0,
        "payload": 4_000.0,
        "speed_kmh": 900.0,
    }
    none = float(core.radius(**fly, spec=core.MissionSpec(tanks=tanks)))
    spec = core.MissionSpec(tanks=tanks, out=1, offload_km=(0.0, 1e4), offload_kg=(give, give))
    assert float(core.radius(**fly, spec=spec)) >= none - SOLVED
    assert float(core.margin(none - 1.0, **fly, spec=spec)) >= 0  # inflight_mass optional


@pytest.mark.parametrize("command", ["radius", "payload-range"])
def test_help_of_the_mission_options_prints(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        main([command, "--help"])
    assert done.value.code == 0
    assert "20 min + 5 %" in capsys.readouterr().out


# ------------------------------------------------ the allowance fitted in every corner


def _fitted_airframes() -> list[str]:
    return [
        af.name
        for af in rc.default_catalog().airframes.values()
        if calibrations().allowance(af)[1] == "fitted"
    ]


@pytest.mark.parametrize("name", _fitted_airframes())
def test_every_corner_flies_the_published_point(name: str) -> None:
    """Flying the mission of the point the allowance is fitted to, every corner of the box
    gives that corner's value of the point (the spreads of K, masses and fuel cancel
    there), unless its allowance sits at a bound: then the corner cannot reach the point
    even with no allowance, or flies beyond it even with the largest."""
    from rangecalc.model.mission import ALLOWANCE_BOUNDS, _candidates, _Model

    af = rc.default_catalog().airframe(name)
    _, _, i = calibrations().allowance(af)
    assert i is not None
    point, key = af.combat_radius[i], f"combat_radius[{i}]"
    payloads = point.payload.interval("kg") if point.payload is not None else (None, None, None)
    lo_a, hi_a = ALLOWANCE_BOUNDS
    seen = 0
    for pv in dict.fromkeys(payloads):
        mission = rc.Mission(
            payload=None if pv is None else rc.ureg.Quantity(pv, "kg"),
            profile=point.profile or "hi-hi-hi",
            tanks=tuple(rc.TankLoad(count=c, name=n) for c, n in point.tanks),
        )
        if pv is None:  # the point's payload is the default half of the maximum
            mission = mission.with_payload(rc.ureg.Quantity(0.5 * af.max_payload.m("kg"), "kg"))
        model = _Model(af, mission, None, None)
        p = np.atleast_1d(model.payload_kg)
        rows = _candidates(model.inputs, model.units, p, model.limit)
        r = model.radius(p)[:, 0]
        allowance = np.broadcast_to(model._kernel(p)["spec"].allowance, r[:, None].shape)[:, 0]
        target = rows[key][:, 0]
        same = rows[key + ".payload"][:, 0] == pv if key + ".payload" in rows else True
        inside = same & (allowance > lo_a + 1e-6) & (allowance < hi_a - 1e-6)
        np.testing.assert_allclose(r[inside], target[inside], rtol=1e-4)
        assert np.all(
            r[same & (allowance <= lo_a + 1e-6)]
            <= target[same & (allowance <= lo_a + 1e-6)] * (1 + 1e-4)
        )
        seen += int(np.sum(inside))
    assert seen > 0


def test_a_corner_is_the_airframe_its_figures_describe() -> None:
    """Oracle: the worst corner of a question equals the nominal answer of an airframe
    whose figures are that corner's, exact, calibrated by the scalar fit."""
    import dataclasses

    from rangecalc.catalog import Figure
    from rangecalc.model.mission import _candidates, _Model

    mission = rc.Mission(payload="12 t")
    model = _Model("Tu-22M3", mission, None, None)
    p = np.atleast_1d(model.payload_kg)
    rows = _candidates(model.inputs, model.units, p, model.limit)
    r = model.radius(p)[:, 0]
    allowance = np.broadcast_to(model._kernel(p)["spec"].allowance, r[:, None].shape)[:, 0]
    fitted = np.flatnonzero((allowance > 1e-6) & (allowance < 0.5 - 1e-6))
    af = model.af
    # the lowest and highest corners whose allowance is fitted (not at a bound)
    for i in (int(fitted[np.argmin(r[fitted])]), int(fitted[np.argmax(r[fitted])])):
        value = {n: float(rows[n][i, 0]) for n in rows}
        fit_key = next(n for n in value if n.startswith("combat_radius["))
        k = int(fit_key[len("combat_radius[") : -1])
        points = list(af.combat_radius)
        stated = points[k].payload
        points[k] = dataclasses.replace(
            points[k],
            radius=Figure.exact(rc.ureg.Quantity(value[fit_key], "km"), "corner"),
            payload=None
            if stated is None
            else Figure.exact(
                rc.ureg.Quantity(value.get(fit_key + ".payload", stated.m("kg")), "kg"), "corner"
            ),
        )
        exact = {
            n: Figure.exact(rc.ureg.Quantity(value[n], model.units[n]), "corner")
            for n in ("empty_mass", "max_takeoff_mass", "internal_fuel", "ferry_range")
        }
        corner = dataclasses.replace(af, **exact, combat_radius=tuple(points))
        assert rc.combat_radius(corner, mission).radius.magnitudes("km")[1] == pytest.approx(
            r[i], rel=1e-5
        )


# ------------------------------------------------------------- an overload take-off


def test_full_fuel_takes_off_with_every_tank_full() -> None:
    """Where the maximum take-off mass cuts the fuel, full_fuel restores it and says so;
    where it does not, full_fuel changes nothing."""
    heavy = {"payload": "1,960 kg", "profile": "hi-lo-hi", "tanks": ("2 x 370 gal wing",)}
    cut = rc.combat_radius("F-16A", rc.Mission(**heavy))  # type: ignore[arg-type]
    full = rc.combat_radius("F-16A", rc.Mission(**heavy, full_fuel=True))  # type: ignore[arg-type]
    assert full.radius.magnitudes("km")[0] > cut.radius.magnitudes("km")[0] + 50
    assert full.radius.magnitudes("km")[2] == pytest.approx(cut.radius.magnitudes("km")[2])
    assert any("overload take-off" in n for n in full.notes)
    light = radius("Su-34", payload="2 t")
    assert radius("Su-34", payload="2 t", full_fuel=True) == pytest.approx(light)


def test_full_fuel_and_a_take_off_limit_contradict() -> None:
    with pytest.raises(InputError, match="full_fuel"):
        rc.Mission(full_fuel=True, takeoff_mass_limit="30 t")
    with pytest.raises(InputError, match="full_fuel"):
        rc.Mission(full_fuel="yes")  # type: ignore[arg-type]


@given(
    st.floats(0.0, 0.3),
    st.floats(0.0, 8_000.0),
    st.sampled_from([(), ((100.0, 0.43),), ((400.0, 0.40),)]),
    st.sampled_from([None, 300.0]),
)
@settings(max_examples=60, deadline=None)
def test_the_allowance_inverse_undoes_the_closed_form(
    allowance: float, payload: float, legs: tuple[tuple[float, float], ...], back: float | None
) -> None:
    """core.allowance_for is the closed form solved for the allowance: flying the radius
    it is given with the allowance it returns lands exactly on the reserve."""
    spec = core.MissionSpec(
        legs=tuple(core.Leg(d, f) for d, f in legs), allowance=allowance, back_km=back
    )
    figures = {
        "k": 9_000.0,
        "oew": 10_000.0,
        "mtow": 25_000.0,
        "capacity": 7_000.0,
        "payload": payload,
        "speed_kmh": 900.0,
    }
    r = core.radius(spec=spec, **figures)
    if not r > 0:
        return
    got = core.allowance_for(r, spec=core.MissionSpec(legs=spec.legs, back_km=back), **figures)
    assert got == pytest.approx(allowance, abs=1e-9)
