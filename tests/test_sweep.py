"""Sweeps and reverse reach: each row is what its own claim gives."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

import rangecalc as rc
from rangecalc import AirspacePolicy, Claim, InputError, Mission, default_catalog, evaluate
from rangecalc.claims.claim import heaviest_payload

DENIED = AirspacePolicy.of(denied=["TR", "IQ"])


@pytest.fixture(scope="module")
def frame() -> pd.DataFrame:
    return rc.sweep(
        "Su-34",
        ["Hamadan", "Khmeimim"],
        ["Deir ez-Zor", "Raqqa", "country:IL"],
        payloads=["2 t", "6 t"],
        policy=DENIED,
        max_payload=True,
    )


def test_sweep_equals_the_claims_evaluated_one_by_one(frame: pd.DataFrame) -> None:
    cat = default_catalog()
    assert len(frame) == 2 * 2 * 3
    blocked = 0
    for row in frame.itertuples():
        target = row.target if row.target.startswith("country:") else (row.target,)
        claim = Claim(
            id="one",
            statement="",
            kind="aircraft",
            aircraft="Su-34",
            bases=(row.base,),
            target=target,
            mission=Mission(payload=f"{row.payload_t} t"),
            airspace=DENIED,
        )
        alone = evaluate(claim, cat)
        assert row.verdict == alone.verdict, row
        assert alone.margin_km is not None
        assert row.margin_km == pytest.approx(alone.margin_km, abs=1e-9)
        assert row.distance_km == pytest.approx(alone.required_km, abs=1e-9)
        if alone.max_payload_t is None:
            assert np.isnan(row.max_payload_t)
        else:
            assert row.max_payload_t == pytest.approx(alone.max_payload_t, abs=1e-9)
        blocked += row.distance_km > row.great_circle_km + 1.0
    assert blocked >= 3  # Hamadan's routes bend around Turkey and Iraq


def test_heavier_load_never_widens_the_margin(frame: pd.DataFrame) -> None:
    light = frame[frame.payload_t == 2.0].reset_index(drop=True)
    heavy = frame[frame.payload_t == 6.0].reset_index(drop=True)
    assert (heavy.margin_km <= light.margin_km + 1e-9).all()
    assert (heavy.reach_low_km <= light.reach_low_km).all()


def test_open_skies_distances_are_the_geodesic() -> None:
    df = rc.sweep("Tu-22M3", ["Mozdok", "Engels"], ["Raqqa", "Deir ez-Zor", "Aleppo"])
    for row in df.itertuples():
        a, b = rc.resolve_place(row.base), rc.resolve_place(row.target)
        d = rc.distance(lat1=a.lat, lon1=a.lon, lat2=b.lat, lon2=b.lon).to("km").magnitude
        assert row.distance_km == pytest.approx(d, rel=1e-12)
        assert row.margin_km == pytest.approx(row.reach_low_km - d, abs=1e-9)


def test_several_aircraft_and_a_quantity_array_of_payloads() -> None:
    df = rc.sweep(
        ["Su-34", "Su-30SM"], ["Khmeimim"], ["Raqqa"], payloads=rc.ureg.Quantity([1, 3], "t")
    )
    assert list(df.aircraft) == ["Su-34", "Su-34", "Su-30SM", "Su-30SM"]
    assert list(df.payload_t) == [1.0, 3.0, 1.0, 3.0]


def test_vectorised_heaviest_payload_equals_the_scalar_one() -> None:
    cat = default_catalog()
    af = cat.airframe("Su-34")
    need = np.array([300.0, 900.0, 1_100.0, 5_000.0])
    vec = heaviest_payload(af, need, Mission(), cat)
    for k, km in enumerate(need):
        one = heaviest_payload(af, float(km), Mission(), cat)
        assert (one is None and np.isnan(vec[k])) or vec[k] == pytest.approx(one, abs=1e-9)
    assert np.isnan(vec[-1])  # 5,000 km: not even empty


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"aircraft": [], "bases": ["Mozdok"], "targets": ["Raqqa"]}, "at least one aircraft"),
        ({"aircraft": "Su-34", "bases": [], "targets": ["Raqqa"]}, "at least one base"),
        ({"aircraft": "Su-34", "bases": ["Mozdok"], "targets": []}, "at least one target"),
        ({"aircraft": "Su-34", "bases": ["Atlantis"], "targets": ["Raqqa"]}, "Atlantis"),
        ({"aircraft": "Su-99", "bases": ["Mozdok"], "targets": ["Raqqa"]}, "Su-99"),
    ],
)
def test_sweep_refuses_bad_input(kwargs: dict[str, object], words: str) -> None:
    with pytest.raises(rc.RangecalcError) as info:
        rc.sweep(kwargs["aircraft"], kwargs["bases"], kwargs["targets"])  # type: ignore[arg-type]
    assert words in str(info.value)


# ----------------------------------------------------------------------- reverse reach


@pytest.fixture(scope="module")
def iran_to_deir() -> pd.DataFrame:
    return rc.bases_for("Su-34", "Deir ez-Zor", countries=["IR"], mission=Mission(payload="4 t"))


def test_bases_for_lists_hamadan_and_ranks_by_margin(iran_to_deir: pd.DataFrame) -> None:
    df = iran_to_deir
    assert "OIHS" in set(df.icao)
    hamadan = df[df.icao == "OIHS"].iloc[0]
    # the 2016 deployment: 774 km, within the Su-34's low end with 4 t (seed 004)
    assert hamadan.verdict == "holds"
    assert hamadan.distance_km == pytest.approx(774, abs=2)
    margins = df.margin_km.to_numpy()
    assert np.all(np.diff(margins[np.isfinite(margins)]) <= 0)
    assert list(df["rank"]) == list(range(1, len(df) + 1))
    assert set(df.country) == {"IR"}
    assert len(df) > 50  # airportsdata's Iranian fields, not only the catalog's


def test_min_runway_drops_only_fields_known_to_be_shorter(iran_to_deir: pd.DataFrame) -> None:
    df = rc.bases_for(
        "Su-34", "Deir ez-Zor", countries=["IR"], min_runway="3,000 m", mission=Mission("4 t")
    )
    known = df.runway_m.dropna()
    assert (known >= 3000).all()
    assert df.runway_m.isna().any()  # unknown runways stay
    assert len(df) < len(iran_to_deir)
    # Hamadan's longest runway: 4,359 m (catalog) - kept
    assert "OIHS" in set(df.icao)


@pytest.mark.slow
def test_bases_for_a_whole_country_without_countries_uses_the_screen() -> None:
    df = rc.bases_for("Su-34", "country:LB", mission=Mission(payload="2 t"))
    assert len(df)
    # every candidate is within the high reach of every point of Lebanon by geodesic
    assert (df.great_circle_km <= df.reach_high_km + 1.0 + 1e-6).all()
    assert "candidates" in json.dumps(df.attrs["notes"])
    # the screen drops no field that could reach: every field of the neighbours that does
    # not fail when their airfields are named is among the screened candidates
    named = rc.bases_for(
        "Su-34", "country:LB", countries=["SY", "IL", "JO", "CY", "TR"], mission=Mission("2 t")
    )
    reaching = set(named[named.verdict != "fails"].icao)
    assert reaching and reaching <= set(df.icao)


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"countries": ["XX"]}, "no airfield known in XX"),
        ({"countries": []}, "at least one"),
        ({"countries": ["IR"], "min_runway": "5 kg"}, "min_runway"),
        ({"countries": ["IR"], "min_runway": "-3 m"}, "positive"),
    ],
)
def test_bases_for_refuses_bad_input(kwargs: dict[str, object], words: str) -> None:
    with pytest.raises(rc.RangecalcError) as info:
        rc.bases_for("Su-34", "Raqqa", **kwargs)  # type: ignore[arg-type]
    assert words in str(info.value)


def test_bases_for_names_an_unknown_target() -> None:
    with pytest.raises(InputError) as info:
        rc.bases_for("Su-34", "Atlantis", countries=["IR"])
    assert "Atlantis" in str(info.value)


def test_a_load_above_the_maximum_is_an_error_row_as_its_claim_would_be() -> None:
    df = rc.sweep(["Su-34", "Tu-22M3"], ["Mozdok"], ["Raqqa"], payloads=["12 t"])
    su, tu = df.iloc[0], df.iloc[1]
    assert su.verdict == "error" and "maximum payload" in su.error
    assert np.isnan(su.margin_km)
    assert tu.verdict in ("holds", "uncertain", "fails") and pd.isna(tu.error)
    claim = Claim(
        id="x", statement="", kind="aircraft", aircraft="Su-34", bases=("Mozdok",),
        target=("Raqqa",), mission=Mission(payload="12 t"),
    )  # fmt: skip
    with pytest.raises(rc.RangecalcError):
        evaluate(claim, default_catalog())


@pytest.mark.parametrize(
    ("base", "policy", "exempt"),
    [
        ("Hamadan", AirspacePolicy.of(denied=["TR", "IQ", "JO", "IL"]), ["IR", "SY"]),
        ("Mozdok", AirspacePolicy.of(denied=["TR", "GE", "AZ", "AM"]), ["RU", "SY"]),
        ("Mozdok", AirspacePolicy.of(allowed=["RU", "IR", "IQ", "SY"]), ["RU", "SY"]),
    ],
)
def test_batched_routes_equal_routes_one_by_one(
    base: str, policy: AirspacePolicy, exempt: list[str]
) -> None:
    """Router.paths (one search per frame) gives each target the route path() gives it alone."""
    from rangecalc.airspace.routing import Router, _length

    rng = np.random.default_rng(7)
    router = Router.for_policy(policy, exempt=exempt)
    o = rc.resolve_place(base)
    pts = np.column_stack([rng.uniform(32.5, 37.0, 40), rng.uniform(35.8, 42.0, 40)])
    batched = router.paths((o.lat, o.lon), pts)
    bends = 0
    for p, got in zip(pts, batched, strict=True):
        alone = router.path((o.lat, o.lon), (float(p[0]), float(p[1])))
        assert (got is None) == (alone is None)
        if got is not None and alone is not None:
            assert _length(got) == pytest.approx(_length(alone), abs=1e-6)
            bends += len(got) > 2
    assert bends >= 10  # most of these routes bend around closed airspace


def test_sweep_and_bases_for_carry_the_model_notes(iran_to_deir: pd.DataFrame) -> None:
    assert any(n.startswith("reserve:") for n in iran_to_deir.attrs["notes"])
    df = rc.sweep("Su-34", ["Khmeimim"], ["Raqqa"], payloads=["2 t"], mission=Mission(
        refueling="1"))  # fmt: skip
    assert any("Su-34, 2 t: no tanker named" in n for n in df.attrs["notes"])
