"""Basing comparison: what a forward base buys."""

from __future__ import annotations

import json

import numpy as np
import pytest

import rangecalc as rc
from rangecalc.cli import main

DENIED = ["TR", "GE", "AZ", "AM"]


def test_columns_and_consistency() -> None:
    df = rc.compare_bases("Tu-22M3", ["Mozdok", "Hamadan"], "Deir ez-Zor", denied=DENIED)
    assert list(df["base"]) == ["Mozdok", "Hamadan"]
    assert {
        "route_km",
        "great_circle_km",
        "block_time_h",
        "max_payload_t",
        "max_payload_low_t",
        "takeoff_limit_t",
        "sorties_per_day",
        "payload_per_day_t",
    } <= set(df.columns)
    np.testing.assert_allclose(df["payload_per_day_t"], df["max_payload_t"] * df["sorties_per_day"])
    mozdok, hamadan = df.iloc[0], df.iloc[1]
    # the forward base: shorter route, shorter sorties, more sorties per day
    assert hamadan.route_km < mozdok.route_km and mozdok.route_km > mozdok.great_circle_km
    assert hamadan.block_time_h < mozdok.block_time_h
    assert hamadan.sorties_per_day > mozdok.sorties_per_day
    # each row agrees with the single-purpose functions
    r = rc.route("Mozdok", "Deir ez-Zor", denied=DENIED)
    assert mozdok.route_km == pytest.approx(r.distance.to("km").magnitude, rel=1e-6)
    mp = rc.max_payload("Tu-22M3", rc.ureg.Quantity(mozdok.route_km, "km"))
    assert mozdok.max_payload_t == pytest.approx(mp.nominal.to("t").magnitude)


def test_su34_needs_the_forward_base() -> None:
    df = rc.compare_bases("Su-34", ["Mozdok", "Hamadan"], "Deir ez-Zor", denied=DENIED)
    # out of reach even empty from Mozdok: no payload, shown as NaN
    assert np.isnan(df.iloc[0].max_payload_t) and df.iloc[1].max_payload_t > 4.0


def test_takeoff_limit_column_uses_the_catalog_run() -> None:
    df = rc.compare_bases("Su-24M", ["Hamadan"], "Deir ez-Zor", temperature="35 degC")
    assert np.isfinite(df.iloc[0].takeoff_limit_t)
    df = rc.compare_bases("Tu-22M3", ["Hamadan"], "Deir ez-Zor")
    assert np.isnan(df.iloc[0].takeoff_limit_t)  # no sourced take-off run


def test_cli_compare(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        [
            "compare",
            "Su-34",
            "--bases",
            "Mozdok,Hamadan,Khmeimim",
            "--target",
            "Deir ez-Zor",
            "--deny",
            ",".join(DENIED),
        ]
    )
    out = capsys.readouterr()[0]
    assert code == 0 and "Khmeimim" in out
    assert max(len(line) for line in out.splitlines()) <= 80
    code = main(["compare", "Su-34", "--bases", "Hamadan", "--target", "Raqqa", "--format", "json"])
    doc = json.loads(capsys.readouterr()[0])
    assert code == 0 and doc["bases"][0]["base"] == "Hamadan"


def test_cli_compare_bad_base(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["compare", "Su-34", "--bases", "Hamadn", "--target", "Raqqa"])
    err = capsys.readouterr()[1]
    assert code == 2 and "Hamadan" in err and "Traceback" not in err
