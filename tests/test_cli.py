"""The command line: outputs, exit codes, and error messages without tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from rangecalc import __version__, distance, resolve_place
from rangecalc.cli import main

ROOT = Path(__file__).resolve().parents[1]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse usage errors and --version
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_distance_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "distance", "Hamadan", "Deir ez-Zor", "--format", "json")
    assert code == 0 and err == ""
    data = json.loads(out)
    for key in ("distance_km", "initial_bearing_deg", "final_bearing_deg", "from", "to"):
        assert key in data
    assert data["from"]["name"] == "Hamadan" and data["to"]["name"] == "Deir ez-Zor"
    assert {"name", "lat", "lon"} <= set(data["from"])
    a, b = resolve_place("Hamadan"), resolve_place("Deir ez-Zor")
    expected = distance(lat1=a.lat, lon1=a.lon, lat2=b.lat, lon2=b.lon).to("km").magnitude
    assert data["distance_km"] == pytest.approx(expected)
    # The reference's spherical (haversine) figure is 772 km: the ellipsoid adds ~1.6 km here.
    assert 770 < data["distance_km"] < 776


def test_distance_units(capsys: pytest.CaptureFixture[str]) -> None:
    _, out_km, _ = run(capsys, "distance", "Mozdok", "OIHS", "--format", "json")
    _, out_nmi, _ = run(capsys, "distance", "Mozdok", "OIHS", "--format", "json", "--unit", "nmi")
    _, out_mi, _ = run(capsys, "distance", "Mozdok", "OIHS", "--format", "json", "--unit", "mi")
    km = json.loads(out_km)["distance"]
    assert json.loads(out_nmi)["distance"] == pytest.approx(km / 1.852)
    assert json.loads(out_mi)["distance"] == pytest.approx(km / 1.609344)


def test_distance_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "distance", "Mozdok", "Deir ez-Zor")
    assert code == 0
    assert "Distance" in out and "km" in out and "Initial bearing" in out
    assert all(len(line) <= 80 for line in out.splitlines())


def test_distance_matrix(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "distance", "Mozdok", "Hamadan", "Khmeimim", "Deir ez-Zor")
    assert code == 0
    assert "Khmeimim" in out and "—" in out
    code, out, _ = run(capsys, "distance", "Mozdok", "Hamadan", "Khmeimim", "--format", "json")
    pairs = json.loads(out)["pairs"]
    assert len(pairs) == 3
    mh = next(p for p in pairs if {p["from"], p["to"]} == {"Mozdok", "Hamadan"})
    _, single, _ = run(capsys, "distance", "Mozdok", "Hamadan", "--format", "json")
    assert mh["distance_km"] == pytest.approx(json.loads(single)["distance_km"])


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["distance", "Hamadan", "Mozdok", "--unit", "nm"], "nmi"),
        (["distance", "Hamadan", "Mozdok", "--unit", "kg"], "not a unit of length"),
        (["distance", "Hamadn", "Mozdok"], "closest matches: 'Hamadan'"),
        (["distance", "95, 10", "Mozdok"], "latitude 95"),
        (["distance", "Hamadan"], "at least two places"),
        (["catalog", "show", "Tu-22M9"], "closest"),
        (["catalog", "validate", "no/such/file.toml"], "no such file"),
        (["--catalog", "no/such/dir", "distance", "A", "B"], "no such file"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_bad_input_exits_2_without_traceback(
    capsys: pytest.CaptureFixture[str], argv: list[str], fragment: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert fragment in err
    assert "Traceback" not in err + out


def test_same_point_has_no_bearing(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "distance", "Hamadan", "OIHS", "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["distance_km"] == 0.0
    assert data["initial_bearing_deg"] is None and data["final_bearing_deg"] is None
    code, out, _ = run(capsys, "distance", "Hamadan", "OIHS")
    assert "undefined" in out


@pytest.mark.parametrize(
    "argv",
    [
        ["catalog", "list"],
        ["catalog", "show", "Tu-22M3"],
        ["distance", "KJFK", "EGLL"],
        ["distance", "KJFK", "EGLL", "Southern Caspian launch area", "Mozdok"],
    ],
)
def test_tables_fit_80_columns(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, out, _ = run(capsys, *argv)
    assert code == 0
    # A line may exceed 80 columns only if it is one unbreakable token (a long URL).
    too_long = [line for line in out.splitlines() if len(line) > 80 and len(line.split()) > 1]
    assert too_long == []


@pytest.mark.parametrize("unit", ["km)", "(km", "km^0"])
def test_malformed_unit_option(capsys: pytest.CaptureFixture[str], unit: str) -> None:
    """Regression: these crashed inside pint's parser with a traceback."""
    code, _, err = run(capsys, "distance", "Hamadan", "Mozdok", "--unit", unit)
    assert code == 2 and "cannot read" in err and "Traceback" not in err


def test_internal_error_is_reported_as_a_bug(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.delenv("RANGECALC_DEBUG", raising=False)
    monkeypatch.setattr("rangecalc.cli.distance.geodesic_inverse", broken)
    code, _, err = run(capsys, "distance", "Hamadan", "Mozdok")
    assert code == 3
    assert "internal error: RuntimeError: boom" in err and "Traceback" not in err


def test_no_command_prints_help(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys)
    assert code == 2 and "distance" in out and "catalog" in out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0 and __version__ in out


def test_catalog_list_and_show(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "catalog", "list", "airframes")
    assert code == 0 and "Tu-22M3" in out and "Su-34" in out
    code, out, _ = run(capsys, "catalog", "list", "--format", "json")
    data = json.loads(out)
    assert set(data) == {"airframes", "weapons", "places"}
    code, out, _ = run(capsys, "catalog", "show", "backfire")
    assert code == 0 and "Tu-22M3" in out and "aerial_refueling" in out and "none" in out
    assert "Sources and notes" in out and "http" in out
    code, out, _ = run(capsys, "catalog", "show", "Tu-22M3", "--format", "json")
    data = json.loads(out)
    assert data["max_takeoff_mass"]["low"] == 124_000 and data["max_takeoff_mass"]["unit"] == "kg"
    assert data["max_takeoff_mass"]["source"]


def test_catalog_validate(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, "catalog", "validate", str(ROOT / "catalogs"))
    assert code == 0 and "ok" in out
    unsourced = tmp_path / "mine.toml"
    unsourced.write_text(
        '[places."Somewhere"]\nlat = 1.0\nlon = 2.0\nkind = "site"\ncountry = "FR"\n'
    )
    code, _, err = run(capsys, "catalog", "validate", str(unsourced))
    assert code == 2 and "mine.toml" in err and "source" in err
    code, out, _ = run(capsys, "catalog", "validate", "--allow-unsourced", str(unsourced))
    assert code == 0


def test_user_catalog_adds_places(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    extra = tmp_path / "mine.toml"
    extra.write_text(
        '[places."Forward strip"]\nlat = 36.0\nlon = 45.0\nkind = "airbase"\ncountry = "IQ"\n'
    )
    code, out, _ = run(capsys, "--catalog", str(extra), "distance", "Forward strip", "Hamadan")
    assert code == 0 and "Forward strip" in out


@pytest.mark.slow
def test_console_entry_point_in_a_subprocess() -> None:
    """The real process: exit status 2 and one message, no traceback."""
    proc = subprocess.run(
        [sys.executable, "-m", "rangecalc", "distance", "Atlantis", "Mozdok"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert proc.returncode == 2
    assert proc.stderr.startswith("rangecalc: error: unknown place 'Atlantis'")
    assert "Traceback" not in proc.stderr


def test_radius_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "radius", "Tu-22M3", "--payload", "12t", "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert data["low_km"] <= data["nominal_km"] <= data["high_km"]
    assert data["inputs"]["payload_t"] == pytest.approx(12.0)
    assert data["inputs"]["profile"] == "hi-hi-hi"
    assert set(data["sources"]) >= {
        "empty_mass",
        "max_takeoff_mass",
        "internal_fuel",
        "ferry_range",
    }
    assert all(data["sources"].values())


def test_radius_table_and_options(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "radius",
        "Su-34",
        "--payload",
        "4 t",
        "--profile",
        "hi-lo-hi",
        "--refuelings",
        "1",
        "--tanker",
        "Il-78M",
        "--on-station",
        "30 min",
    )
    assert code == 0
    assert "Combat radius" in out and "Il-78M" in out and "hi-lo-hi" in out


def test_radius_with_base_reports_the_takeoff_limit(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "radius",
        "Su-24M",
        "--payload",
        "4t",
        "--base",
        "Hamadan",
        "--temperature",
        "40degC",
        "--runway",
        "1600m",
        "--format",
        "json",
    )
    assert code == 0
    limit = json.loads(out)["takeoff_limit"]
    assert limit["base"] == "Hamadan" and limit["cost_t"]["nominal"] > 0


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["radius", "Tu-22M3", "--refuelings", "1"], "no refuelling probe"),
        (["radius", "Su-34", "--payload", "30t"], "maximum payload"),
        (["radius", "Su-34", "--payload", "12"], "without a unit"),
        (["radius", "Su-34", "--profile", "hi"], "invalid choice"),
        (["radius", "Tu-22M3", "--base", "Hamadan"], "no sourced take-off run"),
        (["radius", "Su-34", "--temperature", "30degC"], "need --base"),
        (["payload-range", "Tu-22M9"], "closest"),
    ],
)
def test_radius_bad_input(
    capsys: pytest.CaptureFixture[str], argv: list[str], fragment: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2 and fragment in err and "Traceback" not in err + out


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_payload_range_formats(capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    code, out, _ = run(capsys, "payload-range", "Tu-22M3", "--points", "5", "--format", fmt)
    assert code == 0
    if fmt == "csv":
        lines = out.strip().splitlines()
        assert lines[0].startswith("payload_t,radius_low_km,radius_nominal_km") and len(lines) == 6
    elif fmt == "json":
        assert len(json.loads(out)["rows"]) == 5
    else:
        assert "24.0" in out and max(len(line) for line in out.splitlines()) <= 80
