"""The map formats of the command line: route, check and radius --from as GeoJSON and KML."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from shapely.geometry import shape

import rangecalc as rc
from rangecalc.cli import main

SEEDS = Path(__file__).parents[1] / "seeds"
KML = "{http://www.opengis.net/kml/2.2}"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_route_as_kml_parses_with_its_placemarks(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "route", "Mozdok", "Raqqa", "--deny", "TR,GE", "--format", "kml")
    assert code == 0
    doc = ET.fromstring(out)
    names = [p.findtext(f"{KML}name") for p in doc.iter(f"{KML}Placemark")]
    assert names[0] == "Route Mozdok to Raqqa" and "Mozdok" in names and "Raqqa" in names
    assert any(p.find(f".//{KML}Polygon") is not None for p in doc.iter(f"{KML}Placemark"))


def test_check_as_geojson_has_every_claim_with_its_verdict(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "check", str(SEEDS), "--format", "geojson")
    assert code == 0
    features = json.loads(out)["features"]
    _, results = rc.check_scenario(SEEDS / "hamadan_deployment_2016.toml")
    for v in results:
        mine = [f for f in features if f["properties"].get("claim_id") == v.claim.id]
        assert mine, v.claim.id
        assert {f["properties"].get("verdict") for f in mine} >= {v.verdict}
    for f in features:
        if f["geometry"] is not None:
            assert shape(f["geometry"]).is_valid


def test_radius_from_a_base_draws_rings_and_permitted_areas(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(
        capsys, "radius", "Su-34", "--payload", "4t", "--from", "Hamadan",
        "--deny", "IQ", "--resolution", "25 km", "--format", "geojson",
    )  # fmt: skip
    assert code == 0
    props = [f["properties"] for f in json.loads(out)["features"]]
    rings = [p for p in props if p.get("role") == "reach ring"]
    areas = [p for p in props if p.get("role") == "permitted reach area"]
    assert len(rings) == 3 and [a["level"] for a in areas] == ["low", "nominal", "high"]
    assert any(p.get("role") == "closed airspace" for p in props)


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["radius", "Su-34", "--format", "kml"], "--from PLACE"),
        (["radius", "Su-34", "--from", "Atlantis", "--format", "geojson"], "Atlantis"),
        (["radius", "Su-34", "--from", "Hamadan", "--deny", "IQ", "--resolution", "1 m",
          "--format", "geojson"], "resolution"),
    ],
)  # fmt: skip
def test_map_format_mistakes_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], fragment: str
) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2 and fragment in err and "Traceback" not in err


@pytest.mark.slow
def test_map_writes_one_file_per_claim(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run(
        capsys, "map", str(SEEDS / "hamadan_deployment_2016.toml"), "--out", str(tmp_path / "m.png")
    )
    scenario = rc.load_scenario(SEEDS / "hamadan_deployment_2016.toml")
    assert code == 0
    for c in scenario.claims:
        png = tmp_path / f"m-{c.id}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", c.id
    code, _, _ = run(
        capsys, "map", str(SEEDS / "hamadan_deployment_2016.toml"), "--out",
        str(tmp_path / "one.svg"), "--claim", scenario.claims[0].id,
    )  # fmt: skip
    assert code == 0 and (tmp_path / "one.svg").read_text().lstrip().startswith("<?xml")


def test_payload_range_draws_its_curve(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "payload-range", "Tu-22M3", "--out", str(tmp_path / "c.svg"))
    assert code == 0 and "curve written" in out and (tmp_path / "c.svg").stat().st_size > 1000


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["map", str(SEEDS / "hamadan_deployment_2016.toml"), "--out", "m.jpg"], "PNG or SVG"),
        (["map", str(SEEDS / "hamadan_deployment_2016.toml"), "--out", "nodir/m.png"],
         "no such directory"),
        (["map", str(SEEDS / "hamadan_deployment_2016.toml"), "--out", "m.png", "--claim", "x"],
         "no such claim"),
        (["payload-range", "Tu-22M3", "--out", "c.gif"], "PNG or SVG"),
    ],
)  # fmt: skip
def test_figure_mistakes_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], fragment: str
) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2 and fragment in err and "Traceback" not in err


def test_outputs_that_are_directories_and_map_options_without_a_map(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "m.png").mkdir()
    (tmp_path / "r.html").mkdir()
    seed = str(SEEDS / "hamadan_deployment_2016.toml")
    assert main(["map", seed, "--out", str(tmp_path / "m.png")]) == 2
    assert main(["report", seed, "--out", str(tmp_path / "r.html")]) == 2
    assert main(["radius", "Su-34", "--from", "Hamadan"]) == 2
    err = capsys.readouterr().err
    assert err.count("is a directory") == 2 and "map formats only" in err
    assert "Traceback" not in err
