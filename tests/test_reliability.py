"""Regressions of the reliability review: one test per defect, named after it.

Each test failed on the code before the fix. Numbers are either published (cited) or
follow from the definition of the units involved (1 lb = 0.45359237 kg exactly).
"""

from __future__ import annotations

import json
import math
import os
import re
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

import rangecalc as rc
from rangecalc._core.tolerance import RTOL, above, below, pair, snap
from rangecalc.airspace import routing
from rangecalc.catalog import load_catalog
from rangecalc.claims.basing import STATUS_NO_ROUTE, STATUS_OUT_OF_REACH
from rangecalc.claims.claim import ERROR, check, load_scenario
from rangecalc.cli import main
from rangecalc.data.files import MAX_FILE_BYTES, read_toml
from rangecalc.model.mission import MAX_REFUELINGS

HOSTILE = Path(__file__).parent / "data" / "hostile"
LB = 0.45359237  # kg, exact by definition (International Yard and Pound Agreement, 1959)

# ------------------------------------------------------------------ 1. limits and rounding


def test_tolerance_helper() -> None:
    assert not above(24_000.0 * (1 + RTOL / 2), 24_000.0)
    assert above(24_000.0 * (1 + 10 * RTOL), 24_000.0)
    assert not below(-1e-15, 0.0) and below(-1e-6, 0.0)
    assert snap(90.0 + 1e-9, -90.0, 90.0) == 90.0
    assert snap(89.0, -90.0, 90.0) == 89.0
    np.testing.assert_array_equal(above(np.array([1.0, 2.0]), 1.5), [False, True])
    assert pair(24.0000001, 24.0) == ("24.0000001", "24.0000000")
    assert pair(25.0, 24.0) == ("25.0", "24.0")


def test_payload_equal_to_the_maximum_converted_through_pounds_is_accepted() -> None:
    """24 t converted to pounds and handed back came out a hair above 24 t and was refused."""
    in_lb = rc.ureg.Quantity(24.0, "t").to("lb")
    res = rc.combat_radius("Tu-22M3", rc.Mission(payload=in_lb))
    direct = rc.combat_radius("Tu-22M3", rc.Mission(payload="24 t"))
    assert res.radius.magnitudes("km") == pytest.approx(direct.radius.magnitudes("km"), rel=1e-9)
    # and as text, to the precision a person would type
    rc.combat_radius("Tu-22M3", rc.Mission(payload=f"{24_000 / LB:,.7f} lb"))


def test_payload_message_shows_the_excess() -> None:
    """'24.0 t exceeds ... 24.0 t': the excess was rounded away in the message."""
    with pytest.raises(rc.InputError) as info:
        rc.combat_radius("Tu-22M3", rc.Mission(payload="24.0001 t"))
    assert "24.0001 t exceeds" in str(info.value) and "24.0000 t" in str(info.value)


def test_latitude_message_shows_the_excess() -> None:
    """'latitude 90 is outside [-90, 90]' for 90.0000001."""
    with pytest.raises(rc.InputError, match=r"latitude 90\.0000001 is outside"):
        rc.data.parse_coordinates("90.0000001, 10")
    assert rc.data.parse_coordinates(f"{90 + 1e-9}, 10") == (90.0, 10.0)  # within tolerance: 90
    assert rc.distance(lat1=90 + 1e-9, lon1=0, lat2=0, lon2=0).to("km").magnitude == (
        pytest.approx(10_001.966, abs=0.01)  # the WGS84 meridian quadrant (Karney 2013)
    )


def test_spread_written_in_other_units_equal_to_the_value_is_accepted() -> None:
    cat = load_catalog(HOSTILE / "spread_in_other_units.toml", require_sources=True)
    af = cat.airframe("Rounded")
    assert af.max_payload.high.to("kg").magnitude == pytest.approx(24_000.0, rel=1e-9)
    rc.combat_radius(af, rc.Mission(payload="24 t"), catalog=cat)


# ------------------------------------------------------------------ 2. deterministic CI


def test_ci_profile_is_derandomized_and_keeps_no_database() -> None:
    ci = settings.get_profile("ci")
    assert ci.derandomize is True and ci.database is None
    dev = settings.get_profile("dev")
    assert dev.derandomize is False
    if os.environ.get("CI"):
        assert settings().derandomize is True


# -------------------------------------------------------------------- 3. take-off inputs


@pytest.mark.parametrize(
    ("kwargs", "text"),
    [
        ({"temperature": "35"}, "without a unit"),
        ({"temperature": "35 km"}, "expected a temperature"),
        ({"temperature": "-300 degC"}, "outside the range"),
        ({"takeoff_run": "1,900 nm"}, "nmi"),
        ({"takeoff_run": "0 m"}, "positive"),
        ({"takeoff_run": "-5 m"}, "positive"),
    ],
)
def test_compare_refuses_what_radius_refuses(kwargs: dict[str, str], text: str) -> None:
    """compare_bases swallowed every take-off error as 'no data'."""
    with pytest.raises(rc.InputError, match=text):
        rc.compare_bases("Su-24M", ["Hamadan"], "Deir ez-Zor", **kwargs)
    with pytest.raises(rc.InputError, match=text):
        rc.model.takeoff_limit("Su-24M", "Hamadan", **kwargs)


@pytest.mark.parametrize("runway", ["0 m", "-3,000 m"])
def test_runway_of_zero_or_less_is_refused(runway: str) -> None:
    """A zero runway was taken as 'no limit' or divided by."""
    with pytest.raises(rc.InputError, match="runway: must be a positive length"):
        rc.model.takeoff_limit("Su-24M", "Hamadan", runway=runway)


def test_runway_too_short_for_any_takeoff_says_so() -> None:
    """payload-range printed NaN radii and negative fuel."""
    lim = rc.model.takeoff_limit("Su-24M", "Hamadan", runway="100 m")
    with pytest.raises(rc.InputError, match="cannot take off with any fuel"):
        rc.payload_radius_curve(
            "Su-24M", rc.Mission(takeoff_mass_limit=lim.max_takeoff_mass.nominal)
        )


def test_payload_range_under_a_runway_limit_prints_no_nan_or_negative_fuel(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A short runway gave rows of NaN radii and negative fuel."""
    fix = ["--base", "Hamadan", "--takeoff-run", "2,000 m", "--runway", "700 m"]
    code = main(["payload-range", "Tu-22M3", *fix])
    out = capsys.readouterr()[0]
    assert code == 0 and not re.search(r"\bnan\b| -\d", out)
    assert "no room for fuel" in " ".join(out.split())
    code = main(["payload-range", "Tu-22M3", *fix, "--format", "json"])
    rows = json.loads(capsys.readouterr()[0])["rows"]
    assert code == 0 and all(r["fuel_t"] > 0 for r in rows)
    assert all(r["radius_low_km"] is not None for r in rows)


def test_compare_tells_no_data_from_out_of_reach(capsys: pytest.CaptureFixture[str]) -> None:
    """'-' meant both 'cannot reach' and 'no take-off data'."""
    df = rc.compare_bases("Su-34", ["Hamadan", "Port Stanley"], "Deir ez-Zor")
    assert list(df["status"]) == [rc.claims.basing.STATUS_NO_TAKEOFF_DATA, STATUS_OUT_OF_REACH]
    assert math.isnan(df["max_payload_t"][1]) and not math.isnan(df["route_km"][1])
    code = main(["compare", "Su-34", "--bases", "Hamadan,Port Stanley", "--target", "Deir ez-Zor"])
    out = capsys.readouterr()[0]
    assert code == 0 and "no data" in out and "too far" in out
    assert "'too far': out of reach even empty" in out
    assert "OIHS" in out  # the ICAO code stands beside the airfield name
    assert STATUS_NO_ROUTE not in set(df["status"])


# ---------------------------------------------------------------------- 4. bounded work


def test_refuelings_have_a_documented_bound() -> None:
    """A hundred million top-ups ran a Python loop a hundred million times."""
    with pytest.raises(rc.InputError, match=f"at most {MAX_REFUELINGS}"):
        rc.Mission(payload="4 t", refueling=MAX_REFUELINGS + 1)

    def radius(n: int) -> tuple[float, float, float]:
        plan = rc.Refueling(n, placement="safe")
        return rc.combat_radius(
            "Su-34", rc.Mission(payload="4 t", refueling=plan)
        ).radius.magnitudes("km")

    many, few = radius(MAX_REFUELINGS), radius(20)
    # converged: top-ups no farther out than the bingo point add less and less
    assert many == pytest.approx(few, rel=1e-3)
    assert all(m >= f - 2e-3 for m, f in zip(many, few, strict=True))  # to the solver's metre


def test_long_quantity_text_is_refused_at_once() -> None:
    """50,000 characters took 25 s to parse."""
    with pytest.raises(rc.data.UnitError, match="at most 200"):
        rc.data.parse_quantity("1" * 50_000 + " t")
    with pytest.raises(rc.InputError, match="at most 200"):
        rc.resolve_place("x" * 50_000)


def test_files_must_be_regular_and_small(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    for path, text in (
        (fifo, "not a regular file"),
        ("/dev/zero", "not a regular file"),
        ("", "empty path"),
        (tmp_path, "is a directory"),
    ):
        with pytest.raises(rc.InputError, match=text):
            read_toml(path)
    big = tmp_path / "big.toml"
    big.write_bytes(b"#" * (MAX_FILE_BYTES + 1))
    with pytest.raises(rc.InputError, match="larger than"):
        load_scenario(big)
    (tmp_path / "empty").mkdir()
    with pytest.raises(rc.data.CatalogError, match=r"no \*\.toml files"):
        load_catalog(tmp_path / "empty")


def test_deeply_nested_toml_is_an_error_not_a_recursion_error(tmp_path: Path) -> None:
    deep = tmp_path / "deep.toml"
    deep.write_text("a = " + "[" * 5000 + "]" * 5000)
    with pytest.raises(rc.InputError, match="nested too deeply"):
        load_scenario(deep)


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    f = tmp_path / "bom.toml"
    f.write_bytes(
        b'\xef\xbb\xbf[[claims]]\naircraft = "Su-34"\nbases = ["Hamadan"]\ntarget = "Aleppo"\n'
    )
    assert load_scenario(f).claims[0].aircraft == "Su-34"


# ----------------------------------------------------------- 5. physically impossible figures

AIRFRAME = {
    "empty_mass": "10 t",
    "max_takeoff_mass": "30 t",
    "internal_fuel": "10 t",
    "max_payload": "5 t",
    "cruise_speed": "900 km/h",
    "ferry_range": "3,000 km",
    "aerial_refueling": "none",
}


def _airframe(**over: object) -> rc.Airframe:
    return (
        rc.default_catalog()
        .extended({"airframes": {"Test": {**AIRFRAME, **over}}}, file="t.toml")
        .airframe("Test")
    )


@pytest.mark.parametrize(
    ("over", "text"),
    [
        ({"ferry_range": "60,000 km"}, "at most 50,010 km"),  # 2.5 x half the meridian
        ({"ferry_range": "25,000 km", "internal_fuel": "2 t"}, "range factor"),
        ({"internal_fuel": "100 kg"}, "too little"),
        ({"max_takeoff_mass": "1,000 t"}, "640 t"),
        ({"cruise_speed": "5,000 km/h"}, "3,529.56 km/h"),
    ],
)
def test_impossible_airframe_figures_are_refused(over: dict[str, str], text: str) -> None:
    with pytest.raises(rc.data.CatalogError) as info:
        _airframe(**over)
    assert 'airframes."Test"' in str(info.value) and text in str(info.value)


def test_impossible_weapon_range_is_refused() -> None:
    with pytest.raises(rc.data.CatalogError, match="20,004 km"):
        rc.default_catalog().extended(
            {"weapons": {"W": {"kind": "cruise missile", "range": "25,000 km"}}}, file="w.toml"
        )


@settings(max_examples=60, deadline=None)
@given(
    empty=st.floats(min_value=0.5, max_value=300.0),
    growth=st.floats(min_value=0.05, max_value=3.0),
    fuel_share=st.floats(min_value=0.01, max_value=1.5),
    payload_share=st.floats(min_value=0.0, max_value=1.0),
    ferry=st.floats(min_value=10.0, max_value=60_000.0),
    spread=st.floats(min_value=0.0, max_value=0.3),
)
def test_what_validates_can_be_used(
    empty: float,
    growth: float,
    fuel_share: float,
    payload_share: float,
    ferry: float,
    spread: float,
) -> None:
    """A catalog entry that validates must give a radius for any payload up to its maximum."""
    mtow = empty * (1 + growth)
    fuel = fuel_share * (mtow - empty)
    payload = payload_share * (mtow - empty)
    raw = {
        **AIRFRAME,
        "empty_mass": {"value": f"{empty} t", "high": f"{empty * (1 + spread)} t"},
        "max_takeoff_mass": {"value": f"{mtow} t", "low": f"{mtow * (1 - spread)} t"},
        "internal_fuel": f"{fuel} t",
        "max_payload": f"{payload} t",
        "ferry_range": {"value": f"{ferry} km", "low": f"{ferry * (1 - spread)} km"},
    }
    try:
        cat = rc.default_catalog().extended({"airframes": {"Random": raw}}, file="r.toml")
    except rc.data.CatalogError:
        event("refused")
        return  # refused with a message: fine
    event("validated")
    af = cat.airframe("Random")
    for load in (0.0, 0.5, 1.0):
        try:
            res = rc.combat_radius(af, rc.Mission(payload=f"{load * payload} t"), catalog=cat)
        except rc.InputError as exc:  # only "no room for fuel" may refuse a valid payload
            refusal = str(exc)
            assert "no room for fuel" in refusal
            continue
        lo, nom, hi = res.radius.magnitudes("km")
        assert 0.0 <= lo <= nom <= hi and math.isfinite(hi)


# --------------------------------------------------------- 6. names cannot hide anything


@pytest.mark.parametrize(
    ("place", "text"),
    [
        ({"aliases": ["35.2, 48.6"]}, "coordinates"),
        ({"aliases": ["95, 10"]}, "coordinates"),  # shaped like coordinates, invalid
        ({"aliases": ["OIII"]}, "Mehrabad"),
        ({"aliases": ["IKA"]}, "Imam Khomeini"),
    ],
)
def test_alias_reading_as_coordinates_or_a_code_is_refused(
    place: dict[str, object], text: str
) -> None:
    raw = {"lat": 34.5, "lon": 43.5, "kind": "airbase", "country": "IQ", **place}
    with pytest.raises(rc.data.CatalogError, match=text):
        rc.default_catalog().extended({"places": {"Forward": raw}}, file="p.toml")


def test_code_shaped_names_in_mixed_case_stay_names() -> None:
    """'Goa' is a name (and Genoa's IATA code GOA stays reachable as 'GOA')."""
    raw = {"lat": 15.38, "lon": 73.83, "kind": "city", "country": "IN", "aliases": ["Ufa-like"]}
    cat = rc.default_catalog().extended({"places": {"Goa": raw}}, file="g.toml")
    assert rc.resolve_place("Goa", cat).name == "Goa"
    assert rc.resolve_place("GOA", cat).icao == "LIMJ"  # Genoa Cristoforo Colombo
    # a punctuated alias cannot hide a code or coordinates: those win
    raw = {"lat": 10.0, "lon": 10.0, "kind": "point", "aliases": ["OI-HS", "35214865"]}
    cat = rc.default_catalog().extended({"places": {"Fake": raw}}, file="f.toml")
    assert rc.resolve_place("OIHS", cat).name == "Hamadan"
    assert rc.resolve_place("oihs", cat).name == "Hamadan"
    assert rc.resolve_place("35.21, 48.65", cat).lat == 35.21


def test_inline_entry_named_like_an_alias_never_deletes_the_entry() -> None:
    """An inline airframe called 'Backfire' silently deleted the Tu-22M3."""
    with pytest.raises(rc.data.CatalogError, match="'Tu-22M3'"):
        rc.default_catalog().extended({"airframes": {"Backfire": AIRFRAME}}, file="a.toml")
    assert rc.default_catalog().airframe("Backfire").name == "Tu-22M3"


# --------------------------------------------------------------- 7. errors name the field


def test_claim_api_refuses_a_bare_string_target_and_empty_bases() -> None:
    """A bare string target raised IndexError; empty bases raised later, far from the cause."""
    with pytest.raises(rc.InputError, match="target: a single string must read 'country:XX'"):
        rc.Claim(id="c", statement="s", kind="aircraft", target="Aleppo", aircraft="Su-34",
                 bases=("Hamadan",))  # fmt: skip
    with pytest.raises(rc.InputError, match="bases: an aircraft claim needs at least one place"):
        rc.Claim(id="c", statement="s", kind="aircraft", target=("Aleppo",), aircraft="Su-34")
    with pytest.raises(rc.InputError, match="kind"):
        rc.Claim(id="c", statement="s", kind="plane", target=("Aleppo",), bases=("Hamadan",))


def test_compare_refuses_a_string_for_a_list_of_bases() -> None:
    """'Mozdok' was looked up letter by letter."""
    with pytest.raises(rc.InputError, match="bases: expected a list"):
        rc.compare_bases("Su-34", "Mozdok", "Aleppo")  # type: ignore[arg-type]


# ------------------------------------------------------------------ 8. minimal scenarios


def test_minimal_scenario_gets_its_defaults() -> None:
    sc = load_scenario(HOSTILE / "minimal.toml")
    assert sc.title == "minimal"
    (claim,) = sc.claims
    assert claim.id == "claim-1"
    assert claim.statement == "A Su-34 from Hamadan reaches Deir ez-Zor."


def test_place_kinds_people_write_are_normalised() -> None:
    sc = load_scenario(HOSTILE / "kind_airfield.toml")
    kinds = {n: sc.catalog.place(n).kind for n in ("Forward strip", "Target town", "The compound")}
    assert kinds == {"Forward strip": "airbase", "Target town": "city", "The compound": "site"}


# ---------------------------------------------------------------- 9. airfields by name


def test_airfield_names_never_resolve_silently_to_the_wrong_field() -> None:
    """'London' was London, Ontario; 'Heathrow' a private strip in Texas (TE17)."""
    with pytest.raises(rc.InputError, match="city of"):
        rc.resolve_place("London")
    assert rc.resolve_place("Heathrow").icao == "EGLL"
    with pytest.raises(rc.data.PlaceNotFoundError):
        rc.resolve_place("Paris")  # only private strips bear the bare name


def test_take_off_row_shows_the_icao_code(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["radius", "Su-24M", "--base", "Hamadan", "--temperature", "35 degC"]) == 0
    assert "Take-off at Hamadan (OIHS)" in capsys.readouterr()[0]


def test_airfield_found_by_name() -> None:
    """Woody Island Airport (ZJYX) at 16.83 N 112.34 E (airportsdata; also en.wikipedia)."""
    p = rc.resolve_place("Woody Island")
    assert p.icao == "ZJYX" and p.lat == pytest.approx(16.83, abs=0.01)
    assert rc.resolve_place("woody island airport").icao == "ZJYX"
    with pytest.raises(rc.data.PlaceNotFoundError, match="closest matches: 'Hamadan'"):
        rc.resolve_place("Hamadn")


# -------------------------------------------------------------- 10. readable tables


def test_check_shows_the_payload_assumed(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", str(HOSTILE / "minimal.toml")])
    out = capsys.readouterr()[0]
    # the default payload is half the Su-34's maximum (8 t in the catalog): 4.0 t
    half = rc.default_catalog().airframe("Su-34").max_payload.m("t") / 2
    assert code == 0 and "load t" in out and f"{half:.1f}" in out


def test_unsourced_user_catalog_message_is_about_the_users_file(tmp_path: Path) -> None:
    with pytest.raises(rc.data.CatalogError) as info:
        load_catalog(HOSTILE / "unsourced.toml", require_sources=True)
    assert "unsourced.toml" in str(info.value) and "shipped" not in str(info.value)


# --------------------------------------------------------- 11. one claim cannot sink a file


def test_one_claim_that_cannot_be_evaluated_leaves_the_others(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One claim whose search fails stopped the whole file with exit 2."""
    f = tmp_path / "mixed.toml"
    f.write_text(
        '[[claims]]\nid = "fine"\naircraft = "Su-34"\nbases = ["Hamadan"]\n'
        'target = "Deir ez-Zor"\nexpect = "holds"\n'
        '[[claims]]\nid = "budget"\naircraft = "Su-34"\nbases = ["Mozdok"]\n'
        'target = "Deir ez-Zor"\nairspace = { denied = ["TR", "GE", "AZ", "AM"] }\n'
    )

    def failing(name: str) -> object:
        real = getattr(routing.Router, name)

        def fails_when_closed(self: routing.Router, origin: object, targets: object) -> object:
            if self.closed:
                raise rc.InputError("too large to search (a stand-in failure)")
            return real(self, origin, targets)

        return fails_when_closed

    # every search a claim's legs may make: the distance table, one route, many routes
    for name in ("distances", "path_found", "paths_found"):
        monkeypatch.setattr(routing.Router, name, failing(name))
    _, verdicts = check(f)
    fine, budget = verdicts
    assert fine.verdict == "holds" and fine.matches_expectation
    assert budget.verdict == ERROR and "too large to search" in (budget.error or "")
    routing._router.cache_clear()
    code = main(["check", str(f), "--format", "json"])
    doc = json.loads(capsys.readouterr()[0])
    routing._router.cache_clear()  # leave no router whose graph the budget cut short
    assert code == 1
    assert [c["verdict"] for c in doc["claims"]] == ["holds", "error"]
    assert doc["claims"][1]["error"] and doc["claims"][0]["error"] is None
    routing._router.cache_clear()
    code = main(["check", str(f)])
    out = " ".join(capsys.readouterr()[0].split())
    routing._router.cache_clear()
    assert code == 1 and "budget error" in out and "error in budget:" in out
    assert "1 could not be evaluated" in out


def test_malformed_file_evaluates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "a.toml"
    good.write_text('[[claims]]\naircraft = "Su-34"\nbases = ["Hamadan"]\ntarget = "Aleppo"\n')
    bad = tmp_path / "b.toml"
    bad.write_text('[[claims]]\naircraft = "Su-34"\nbases = ["Hamadn"]\ntarget = "Aleppo"\n')
    code = main(["check", str(tmp_path)])
    out, err = capsys.readouterr()
    assert code == 2 and "b.toml" in err and out == ""


def test_check_claim_api_keeps_working_for_replaced_claims() -> None:
    sc = load_scenario(HOSTILE / "minimal.toml")
    claim = replace(sc.claims[0], mission=sc.claims[0].mission.with_payload("0 t"))
    assert rc.evaluate(claim, sc.catalog).payload_t == 0.0


# ------------------------------------------------------------ second review's findings


def test_claim_without_statement_and_with_empty_bases_is_malformed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The generated statement indexed an empty list: exit 3 instead of 2."""
    for text in ("bases = []\n", "bases = 5\n"):
        f = tmp_path / "f.toml"
        f.write_text('[[claims]]\naircraft = "Su-24M"\n' + text + 'target = "Deir ez-Zor"\n')
        assert main(["check", str(f)]) == 2
        assert "bases" in capsys.readouterr()[1]


def test_airspace_codes_that_are_not_a_list_are_refused() -> None:
    """denied = 5 raised TypeError."""
    for value in (5, True):
        with pytest.raises(rc.InputError, match="denied: expected a list"):
            rc.AirspacePolicy.of(denied=value)  # type: ignore[arg-type]


def test_single_letters_and_numbers_are_not_airfield_names() -> None:
    for text in ("A", "13", "Lake", "Sund"):
        with pytest.raises(rc.data.PlaceNotFoundError):
            rc.resolve_place(text)
    assert rc.resolve_place("Heathrow Airport").icao == "EGLL"


def test_runway_given_as_a_figure_is_checked_too() -> None:
    negative = rc.Figure.exact(rc.ureg.Quantity(-500.0, "m"))
    with pytest.raises(rc.InputError, match="runway: must be a positive length"):
        rc.model.takeoff_limit("Su-24M", "Hamadan", runway=negative)


def test_weapon_claim_through_the_api_refuses_aircraft_fields() -> None:
    """bases on a weapon claim became its launch points."""
    with pytest.raises(rc.InputError, match="bases: a weapon claim takes launch places"):
        rc.Claim(id="w", statement="s", kind="weapon", target=("Raqqa",), weapon="Kalibr",
                 launch=("Southern Caspian launch area",), bases=("Mozdok",))  # fmt: skip
    with pytest.raises(rc.InputError, match="mission: only an aircraft claim flies one"):
        rc.Claim(id="w", statement="s", kind="weapon", target=("Raqqa",), weapon="Kalibr",
                 launch=("Southern Caspian launch area",), mission=rc.Mission("100 t"))  # fmt: skip


def test_max_payload_high_must_leave_room_for_fuel() -> None:
    """It validated, then 'no room for fuel' at the high end of the payload spread."""
    with pytest.raises(rc.data.CatalogError, match=r"max_payload\.high"):
        _airframe(max_payload={"value": "5 t", "high": "20 t"})


def test_names_longer_than_a_reference_are_refused() -> None:
    """A 224-character name validated, then could not be referred to."""
    raw = {"lat": 10.0, "lon": 10.0, "kind": "point"}
    with pytest.raises(rc.data.CatalogError, match="at most 200"):
        rc.default_catalog().extended({"places": {"x" * 224: raw}}, file="n.toml")


def test_generated_ids_skip_the_ids_a_file_gives(tmp_path: Path) -> None:
    f = tmp_path / "ids.toml"
    claim = 'aircraft = "Su-34"\nbases = ["Hamadan"]\ntarget = "Deir ez-Zor"\n'
    f.write_text(f'[[claims]]\nid = "claim-2"\n{claim}[[claims]]\n{claim}')
    assert [c.id for c in load_scenario(f).claims] == ["claim-2", "claim-3"]


def test_compare_keeps_the_take_off_reason_when_out_of_reach() -> None:
    df = rc.compare_bases("Su-24M", ["OIII"], "Akrotiri")
    assert df["status"][0] == STATUS_OUT_OF_REACH and not df["takeoff_known"][0]


def test_temperature_list_is_an_input_error() -> None:
    with pytest.raises(rc.InputError, match="one temperature"):
        rc.model.takeoff_limit("Su-24M", "Hamadan", temperature=["30 degC"])
