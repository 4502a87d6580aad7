"""Claims: scenario parsing, verdict rule, flip points, the seeds, and malformed files."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

import rangecalc as rc
from rangecalc.airspace.policy import AirspacePolicy
from rangecalc.claims.claim import (
    STEPS,
    VERDICT_STEPS,
    check,
    chosen_steps,
    evaluate,
    load_scenario,
)
from rangecalc.cli import main

ROOT = Path(__file__).resolve().parents[1]
BAD = Path(__file__).parent / "data" / "bad_scenarios"

# file stem -> (entry, field, distinctive text); entry None for file-level errors
EXPECTED = {
    "unknown_top_key": (None, "titel", "did you mean 'title'"),
    "no_claims": (None, "claims", "at least one [[claims]]"),
    "claims_not_array": (None, "claims", "at least one [[claims]]"),
    "duplicate_id": ('claims."c1"', "id", "duplicate claim id"),
    "unknown_claim_key": ('claims."c1"', "payloads", "did you mean 'payload'"),
    "missing_target": ('claims."c1"', "target", "missing required field"),
    "aircraft_without_bases": ('claims."c1"', "bases", "needs its bases"),
    "neither_aircraft_nor_weapon": ('claims."c1"', "aircraft", "an aircraft, a weapon, or both"),
    "weapon_without_launch": ('claims."c1"', "launch", "needs launch places"),
    "weapon_with_payload": ('claims."c1"', "payload", "only an aircraft claim"),
    "bad_expect": ('claims."c1"', "expect", "holds, fails, uncertain"),
    "bare_payload": ('claims."c1"', "payload", "without a unit"),
    "payload_wrong_unit": ('claims."c1"', "payload", "expected a mass"),
    "nm_on_station": ('claims."c1"', "on_station", "nmi"),
    "negative_refuelings": ('claims."c1"', "refuelings", "whole number >= 0"),
    "bad_profile": ('claims."c1"', "profile", "hi-lo-hi"),
    "bad_country_target": ('claims."c1"', "target", "no boundary polygon"),
    "airspace_both": (None, "airspace", "either denied or allowed"),
    "airspace_bad_code": (None, "airspace.denied", "ISO 3166-1"),
    "airspace_unknown_key": (None, "airspace.deny", "did you mean 'denied'"),
    "claim_airspace_bad": ('claims."c1"', "airspace.denied", "list of country codes"),
    "malformed_toml": (None, None, "malformed TOML"),
    "inline_place_bad_lat": ('places."Forward strip"', "lat", "[-90, 90]"),
    "unknown_aircraft": ('claims."c1"', "aircraft", "closest: 'Su-35'"),
    "unknown_base": ('claims."c1"', "bases", "closest matches: 'Hamadan'"),
    "keep_payload_not_bool": ('claims."c1"', "keep_payload", "true or false"),
    "refuel_without_probe": ('claims."c1"', "refuelings", "no refuelling probe"),
    # regression: a list payload passed parsing and crashed in evaluation (exit 3)
    "payload_list": ('claims."c1"', "payload", "expected one quantity as text"),
}


def test_every_bad_file_has_an_expectation() -> None:
    stems = {p.stem for p in BAD.glob("*.toml")}
    assert stems == set(EXPECTED)
    assert len(stems) >= 20


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_malformed_scenarios(stem: str) -> None:
    entry, field, text = EXPECTED[stem]
    with pytest.raises(rc.InputError) as info:
        check(BAD / f"{stem}.toml")
    err = info.value
    assert err.file is not None and err.file.endswith(f"{stem}.toml")
    assert err.entry == entry
    assert err.field == field
    assert text in str(err)


@pytest.mark.parametrize("stem", ["bad_expect", "unknown_base", "malformed_toml"])
def test_cli_check_bad_input_exits_2(stem: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", str(BAD / f"{stem}.toml")])
    _, err = capsys.readouterr()
    assert code == 2 and f"{stem}.toml" in err and "Traceback" not in err


# --------------------------------------------------------------------------- the seeds


@pytest.fixture(scope="module")
def seed_results() -> dict[str, rc.claims.Assessment]:
    out = {}
    for f in sorted((ROOT / "seeds").glob("*.toml")):
        _, verdicts = check(f)
        out.update({v.claim.id: v for v in verdicts})
    return out


def test_seeds_meet_their_expectations(seed_results: dict[str, rc.claims.Assessment]) -> None:
    assert len(seed_results) >= 10
    for v in seed_results.values():
        assert v.claim.expect is not None and v.claim.rationale, v.claim.id
        assert v.claim.source and v.claim.source.endswith(".txt")
        assert v.matches_expectation, (v.claim.id, v.verdict, v.explanation)


def test_central_claim(seed_results: dict[str, rc.claims.Assessment]) -> None:
    v = seed_results["004-tu22m3-anywhere-in-syria-from-mozdok"]
    # the worst point is found by permitted route, far longer than the great circle
    assert v.route is not None
    assert v.required_km is not None and v.required_km > 2000
    assert v.route["distance_km"] == pytest.approx(v.required_km, rel=1e-6)
    assert v.route["great_circle_km"] < v.required_km
    flown = {o["country"] for o in v.route["overflown"]}
    assert not {"TR", "GE", "AZ", "AM"} & flown and "IR" in flown
    assert v.worst_target is not None and v.worst_target.country == "SY"
    assert v.best_base == "Mozdok" and v.sufficient_bases == ("Mozdok",)
    assert v.max_payload_t is not None and 3.0 < v.max_payload_t <= 24.0
    assert v.min_refuelings == 0  # the Tu-22M3 cannot refuel; it holds without


def test_verdict_rule_on_a_place_claim(seed_results: dict[str, rc.claims.Assessment]) -> None:
    v = seed_results["004-su30sm-hormuz-patrol-from-hamadan"]
    lo, _, hi = v.available.magnitudes("km")
    assert v.verdict == "fails" and v.required_km > hi
    assert v.max_payload_t is None  # not even empty does it reach
    v = seed_results["004-tu22m3-full-load-from-mozdok"]
    lo, _, hi = v.available.magnitudes("km")
    assert v.verdict == "uncertain" and lo < v.required_km <= hi


# -------------------------------------------------------------------------- properties


def _claim(**over: object) -> tuple[rc.Claim, rc.Catalog]:
    scenario = load_scenario(ROOT / "seeds" / "southern_russia_vs_hamadan_2016.toml")
    base = next(c for c in scenario.claims if c.id == "004-su34-hamadan-deir-ez-zor")
    assert base.mission is not None
    flown = {k: over.pop(k) for k in list(over) if k in ("payload", "on_station")}
    mission = replace(base.mission, **flown)  # type: ignore[arg-type]
    return replace(base, expect=None, mission=mission, **over), scenario.catalog


def test_adding_a_base_never_turns_holds_into_fails() -> None:
    one, cat = _claim(bases=("Mozdok",), payload="8 t")
    two, _ = _claim(bases=("Mozdok", "Hamadan"), payload="8 t")
    rank = {"fails": 0, "uncertain": 1, "holds": 2}
    assert rank[evaluate(two, cat).verdict] >= rank[evaluate(one, cat).verdict]


def test_more_payload_never_turns_fails_into_holds() -> None:
    rank = {"fails": 0, "uncertain": 1, "holds": 2}
    verdicts = [
        evaluate(_claim(payload=p, target=("Aleppo",))[0], _claim()[1]).verdict
        for p in ("0 t", "4 t", "8 t")
    ]
    assert [rank[v] for v in verdicts] == sorted((rank[v] for v in verdicts), reverse=True)


def test_denying_more_airspace_never_shortens_the_route() -> None:
    less, cat = _claim(airspace=AirspacePolicy.of(denied=["TR"]))
    more, _ = _claim(airspace=AirspacePolicy.of(denied=["TR", "IQ"]))
    assert evaluate(more, cat).required_km >= evaluate(less, cat).required_km


def test_units_never_change_a_verdict() -> None:
    a, cat = _claim(payload="4 t", on_station="30 min")
    b, _ = _claim(payload="8,818.49 lb", on_station="1800 s")
    va, vb = evaluate(a, cat), evaluate(b, cat)
    assert va.verdict == vb.verdict
    assert va.available.magnitudes("km") == pytest.approx(vb.available.magnitudes("km"), rel=1e-5)


# ------------------------------------------------------------------------------ CLI


def test_cli_check_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", str(ROOT / "seeds" / "hamadan_deployment_2016.toml"), "--format", "json"])
    doc = json.loads(capsys.readouterr()[0])
    assert code == 0 and doc["scenario"].startswith("Russian bombers at Hamadan")
    keys = {
        "id",
        "verdict",
        "expect",
        "required_km",
        "available_km",
        "margin_km",
        "best_base",
        "worst_target",
        "route",
        "max_payload_t",
        "min_refuelings",
        "sources",
        "explanation",
    }
    for c in doc["claims"]:
        assert keys <= set(c)
        assert {"distance_km", "great_circle_km", "waypoints", "overflown"} <= set(c["route"])


def test_cli_check_exit_1_on_a_mismatch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "wrong.toml"
    f.write_text(
        'title = "wrong"\n[[claims]]\nid = "c"\nstatement = "x"\naircraft = "Su-34"\n'
        'bases = ["Hamadan"]\ntarget = "Strait of Hormuz"\npayload = "8 t"\nexpect = "holds"\n'
    )
    code = main(["check", str(f)])
    out = capsys.readouterr()[0]
    assert code == 1 and "1 differ" in out and "!" in out
    assert max(len(line) for line in out.splitlines()) <= 80


# ----------------------------------------------------- properties with rangecalc.testing

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from rangecalc.testing import airframes, claims, places  # noqa: E402

RANK = {"fails": 0, "uncertain": 1, "holds": 2}
NEAR = places().filter(lambda p: 25 < p.lat < 45 and 30 < p.lon < 55)
SLOW = settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def verdict(claim: rc.Claim, cat: rc.Catalog) -> str:
    """The verdict alone (the verdict-only pipeline: no flip points, probability, hinges)."""
    return evaluate(claim, cat, steps=VERDICT_STEPS).verdict


@SLOW
@given(claims(aircraft=airframes(refuelable=True), bases=NEAR, targets=NEAR), NEAR)
def test_property_adding_a_base(claim: rc.Claim, extra: rc.Place) -> None:
    cat = rc.default_catalog()
    more = replace(claim, bases=(*claim.bases, extra.name))
    assert RANK[verdict(more, cat)] >= RANK[verdict(claim, cat)]


@SLOW
@given(claims(bases=NEAR, targets=NEAR), st.floats(0.0, 1.0))
def test_property_more_payload(claim: rc.Claim, extra_fraction: float) -> None:
    cat = rc.default_catalog()
    af = cat.airframe(claim.aircraft or "")
    assert claim.mission is not None
    load = claim.mission.payload
    heavier = load + (af.max_payload.value - load) * extra_fraction
    more = replace(claim, mission=claim.mission.with_payload(heavier))
    assert RANK[verdict(more, cat)] <= RANK[verdict(claim, cat)]


@SLOW
@given(claims(bases=NEAR, targets=NEAR))
def test_property_units_never_change_a_verdict(claim: rc.Claim) -> None:
    cat = rc.default_catalog()
    in_lb = replace(claim, mission=claim.mission.with_payload(claim.mission.payload.to("lb")))
    few = rc.Sampling(300, seed=1)  # the probability too is invariant under units
    a, b = (evaluate(c, cat, few, steps=("probability",)) for c in (in_lb, claim))
    assert a.verdict == b.verdict
    assert a.probability == pytest.approx(b.probability, abs=1 / 300)


def test_standoff_and_recovery_claims(tmp_path: Path) -> None:
    f = tmp_path / "more.toml"
    f.write_text(
        'title = "stand-off and recovery"\n[airspace]\ndenied = ["TR", "GE", "AZ", "AM"]\n'
        '[[claims]]\nid = "standoff"\nstatement = "x"\naircraft = "Tu-22M3"\n'
        'bases = ["Mozdok"]\nweapon = "Kh-22"\ntarget = "Aleppo"\npayload = "12 t"\n'
        '[[claims]]\nid = "bomb"\nstatement = "x"\naircraft = "Tu-22M3"\n'
        'bases = ["Mozdok"]\ntarget = "Aleppo"\npayload = "12 t"\n'
        '[[claims]]\nid = "recover"\nstatement = "x"\naircraft = "Su-34"\n'
        'bases = ["Mozdok"]\ntarget = "Deir ez-Zor"\nrecover = "Khmeimim"\npayload = "4 t"\n'
    )
    _, (standoff, bomb, recover) = check(f)
    missile = rc.weapon_range("Kh-22").magnitudes("km")
    radius = bomb.available.magnitudes("km")
    # the stand-off reach is the carrier's radius plus the missile's own range
    for s, r, m in zip(standoff.available.magnitudes("km"), radius, missile, strict=True):
        assert s == pytest.approx(r + m)
    assert standoff.required_km == pytest.approx(bomb.required_km)
    # recovering at Khmeimim: the way out is longer than an out-and-back radius would allow
    assert any("recovery at Khmeimim" in n for n in recover.notes)
    out_and_back = rc.combat_radius("Su-34", rc.Mission(payload="4 t")).radius.magnitudes("km")[1]
    assert recover.available.magnitudes("km")[1] > out_and_back


def test_review_regressions(tmp_path: Path) -> None:
    """Duplicate bases are dropped; a base given as coordinates gets its country."""
    f = tmp_path / "r.toml"
    f.write_text(
        'title = "r"\n[airspace]\ndenied = ["SY", "TR"]\n'
        '[[claims]]\nid = "dup"\nstatement = "x"\naircraft = "Su-34"\n'
        'bases = ["Hamadan", "Hamadan"]\ntarget = "Deir ez-Zor"\npayload = "4 t"\n'
        '[[claims]]\nid = "coords"\nstatement = "x"\naircraft = "Su-34"\n'
        'bases = ["35.2, 38.5"]\ntarget = "Deir ez-Zor"\npayload = "4 t"\n'
    )
    _, (dup, coords) = check(f)
    assert dup.claim.bases == ("Hamadan",) and dup.sufficient_bases == ("Hamadan",)
    # a point inside Syria is in Syria's airspace, which is open for its own leg
    assert coords.required_km is not None and coords.verdict == "holds"


def test_compare_marks_out_of_reach_bases() -> None:
    df = rc.compare_bases("Su-34", ["Hamadan", "Hamadan", "35.2, 38.5"], "Port Stanley")
    assert len(df) == 2  # the duplicate is dropped
    assert df["max_payload_t"].isna().all()  # 13,000+ km: not even an empty Su-34 reaches


def test_each_leg_opens_only_its_own_end_points(tmp_path: Path) -> None:
    """Regression: a claim with targets in two countries opened both for every leg.

    Mozdok to [Aleppo, a point near Ankara] with TR denied reported 1,239 km required (the
    Aleppo leg crossing Turkey, open because the Ankara target lies there) against a route
    of 2,001 km. The oracle is route() per leg, which opens only that leg's countries.
    """
    f = tmp_path / "legs.toml"
    f.write_text(
        '[airspace]\ndenied = ["TR"]\n[[claims]]\naircraft = "Tu-22M3"\nbases = ["Mozdok"]\n'
        'target = ["Aleppo", "39.9, 32.8"]\n'
    )
    _, (v,) = check(f)
    legs = [rc.route("Mozdok", t, denied=["TR"]) for t in ("Aleppo", "39.9, 32.8")]
    worst = max(leg.distance.to("km").magnitude for leg in legs)
    assert v.required_km == pytest.approx(worst, rel=1e-9)
    assert v.route is not None and v.route["distance_km"] == pytest.approx(worst, rel=1e-9)
    aleppo = legs[0]
    assert "TR" not in {c for c, _ in aleppo.overflown} and "TR" in aleppo.closed


# ------------------------------------------------------------ the pipeline of chosen steps


def test_chosen_steps_bring_what_they_read_and_always_the_verdict() -> None:
    assert chosen_steps(None) == STEPS
    assert chosen_steps(("verdict",)) == VERDICT_STEPS
    # the hinges read the flip points (their refuelling bound), which read the reach
    assert chosen_steps(("hinges",)) == (
        "resolve",
        "legs",
        "reach",
        "verdict",
        "flip_points",
        "hinges",
    )
    assert "verdict" in chosen_steps(("probability",))
    with pytest.raises(rc.InputError, match="did you mean 'verdict'"):
        chosen_steps(("verdicts",))


def test_the_verdict_alone_is_the_verdict_of_the_whole_pipeline() -> None:
    """Every seed claim: the verdict-only pipeline gives the full pipeline's verdict,
    required distance and reach, and leaves the later steps' answers empty."""
    for f in sorted((ROOT / "seeds").glob("*.toml")):
        _, full = check(f, sampling=rc.Sampling(200))
        _, alone = check(f, steps=("verdict",))
        for a, b in zip(full, alone, strict=True):
            assert (a.verdict, a.required_km) == (b.verdict, b.required_km)
            assert a.available == b.available
            assert b.estimate is None and b.hinges == () and b.max_payload_t is None
            assert b.min_plan is None and a.estimate is not None


def test_check_only_verdict(capsys: pytest.CaptureFixture[str]) -> None:
    seeds = str(ROOT / "seeds")
    code = main(["check", seeds, "--only", "verdict", "--format", "json"])
    docs = json.loads(capsys.readouterr()[0])
    claims_ = [c for d in docs for c in d["claims"]]
    assert code == 0 and len(claims_) == 11
    assert all(c["probability"] is None and c["hinges_on"] == [] for c in claims_)
    assert all(c["verdict"] == c["expect"] for c in claims_)
    assert main(["check", seeds, "--only", "verdict,probability"]) == 0
    assert "P: probability" in capsys.readouterr()[0]
    assert main(["check", seeds, "--only", "hinge"]) == 2
    err = capsys.readouterr()[1]
    assert "--only: no step 'hinge'" in err and "Traceback" not in err


def test_one_mission_model_per_claim(monkeypatch: pytest.MonkeyPatch) -> None:
    """The claim's mission model is built once, in the reach step, and every later step
    flies it (the calibration of published points is the catalog's, built once each)."""
    import rangecalc.model.mission as m

    built: list[str] = []
    original = m._Model.__init__

    def counted(self: m._Model, airframe: object, mission: object, *a: object) -> None:
        built.append(str(getattr(mission, "refueling", None)))
        original(self, airframe, mission, *a)  # type: ignore[arg-type]

    cat = rc.default_catalog()
    m.calibration("Su-34", catalog=cat)  # the catalog's own calibration, out of the count
    monkeypatch.setattr(m._Model, "__init__", counted)
    claim = rc.Claim(
        id="su34",
        statement="",
        kind="aircraft",
        aircraft="Su-34",
        bases=("Hamadan",),
        target=("Deir ez-Zor",),
        mission=rc.Mission(payload="4 t", refueling=rc.Refueling(out=1, tanker="Il-78M")),
    )
    a = evaluate(claim, cat, rc.Sampling(100))
    assert a.verdict == "holds" and a.min_refuelings == 0 and a.hinges
    assert len(built) == 1


def test_a_claim_flies_its_mission_and_0_1_keywords_still_work() -> None:
    """The claim holds a Mission, which validates its fields; 0.1's keywords build the
    same mission, with a DeprecationWarning, and read back from it."""
    new = rc.Claim(
        id="c",
        statement="s",
        kind="aircraft",
        aircraft="Su-34",
        bases=("Hamadan",),
        target=("Aleppo",),
        mission=rc.Mission(payload="4 t", release_payload=False, jettison_tanks=False),
    )
    with pytest.warns(DeprecationWarning, match="mission=Mission"):
        old = rc.Claim(
            id="c",
            statement="s",
            kind="aircraft",
            aircraft="Su-34",
            bases=("Hamadan",),
            target=("Aleppo",),
            payload="4 t",
            keep_payload=True,
            keep_tanks=True,
        )
    assert old == new
    with pytest.warns(DeprecationWarning, match="claim.mission"):
        assert old.keep_payload is True
    with pytest.raises(rc.InputError, match="payload: must not be negative"):
        rc.Mission(payload="-1 t")
    with pytest.raises(TypeError, match="unexpected keyword argument 'paylod'"):
        rc.Claim(id="c", statement="s", kind="aircraft", target=("Aleppo",), paylod="4 t")


def test_model_copies_answer_as_models_built_for_their_own_mission() -> None:
    """A model for another split of top-ups flies this model's payload (review
    regression), and a copy's result() is that of its own mission (tanker, notes)."""
    from rangecalc.model.mission import _Model

    plan = rc.Refueling(tanker="Il-78M")
    m = _Model("Su-34", rc.Mission(payload="8 t", refueling=plan), None, None)
    copied = m.with_plan(1, 0).with_plan(2, 0).result()
    fresh = rc.combat_radius(
        "Su-34", rc.Mission(payload="8 t", refueling=rc.Refueling(out=2, tanker="Il-78M"))
    )
    assert copied.radius.magnitudes("km") == pytest.approx(fresh.radius.magnitudes("km"))
    back = _Model(
        "Su-34",
        rc.Mission(payload="4 t", refueling=rc.Refueling(out=1, tanker="Il-78M")),
        None,
        None,
    )
    none = back.with_plan(0, 0).result()
    assert (
        none.tanker is None
        and none.notes
        == rc.combat_radius(
            "Su-34", rc.Mission(payload="4 t", refueling=rc.Refueling(tanker="Il-78M"))
        ).notes
    )


def test_a_weapon_claim_takes_0_1_aircraft_keywords_at_their_defaults() -> None:
    """0.1 let a weapon claim carry the aircraft keywords at their defaults; a real
    aircraft keyword on a weapon claim is still refused."""
    launch = ("Southern Caspian launch area",)
    w = rc.Claim(id="w", statement="s", kind="weapon", target=("Raqqa",), weapon="3M-14 Kalibr",
                 launch=launch, payload=None, on_station="0 h")  # fmt: skip
    assert w.mission is None
    with (
        pytest.warns(DeprecationWarning, match="mission=Mission"),
        pytest.raises(rc.InputError, match="only an aircraft"),
    ):
        rc.Claim(id="w", statement="s", kind="weapon", target=("Raqqa",), weapon="3M-14 Kalibr",
                 launch=launch, payload="1 t")  # fmt: skip
