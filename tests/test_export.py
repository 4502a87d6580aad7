"""GeoJSON (RFC 7946) and KML 2.2 export: geometry conventions, properties, seeds."""

from __future__ import annotations

import dataclasses
import html
import itertools
import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from shapely.geometry import LinearRing, LineString, Polygon, box, shape

import rangecalc as rc
from rangecalc.claims.claim import Assessment, Scenario
from rangecalc.data.errors import InputError
from rangecalc.outputs.export import (
    Feature,
    airspace_features,
    assessment_features,
    json_safe,
    place_feature,
    ring_features,
    route_features,
    scenario_features,
    to_geojson,
    to_kml,
    write_geojson,
    write_kml,
)

SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.toml"))
KML = "{http://www.opengis.net/kml/2.2}"
SUVA = "-18.0, 178.5"  # east of Suva, Fiji: rings around it cross the antimeridian


@pytest.fixture(scope="module")
def checked() -> list[tuple[Scenario, list[Assessment]]]:
    return [rc.check_scenario(p) for p in SEEDS]


@pytest.fixture(scope="module")
def seed_features(checked: list[tuple[Scenario, list[Assessment]]]) -> list[Feature]:
    return [f for sc, ass in checked for f in scenario_features(ass, catalog=sc.catalog)]


# ----------------------------------------------------------------------- helpers


def lines_of(geometry: dict[str, Any]) -> list[np.ndarray]:
    """Every vertex sequence (line or polygon ring) of a GeoJSON geometry."""
    kind, c = geometry["type"], geometry.get("coordinates")
    if kind == "Point":
        return [np.array([c])]
    if kind in ("LineString", "MultiPoint"):
        return [np.array(c)]
    if kind in ("MultiLineString", "Polygon"):
        return [np.array(p) for p in c]
    if kind == "MultiPolygon":
        return [np.array(r) for poly in c for r in poly]
    return [a for g in geometry["geometries"] for a in lines_of(g)]


def polygons_of(geometry: dict[str, Any]) -> list[list[list[list[float]]]]:
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    assert geometry["type"] == "MultiPolygon"
    return list(geometry["coordinates"])


def polygons_of_shapes(geometry: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"type": "Polygon", "coordinates": p} for p in polygons_of(geometry)]


def gaps_km(xy: np.ndarray) -> np.ndarray:
    r = rc.data.geodesic_inverse(lat1=xy[:-1, 1], lon1=xy[:-1, 0], lat2=xy[1:, 1], lon2=xy[1:, 0])
    return np.asarray(r.distance.to("km").magnitude)


def distances_m(centre: rc.Place, xy: np.ndarray) -> np.ndarray:
    r = rc.data.geodesic_inverse(lat1=centre.lat, lon1=centre.lon, lat2=xy[:, 1], lon2=xy[:, 0])
    return np.asarray(r.distance.to("m").magnitude)


def assert_no_jump(geometry: dict[str, Any]) -> None:
    """Every part within [-180, 180] and without a longitude jump over 180 degrees."""
    for xy in lines_of(geometry):
        assert np.all(np.abs(xy[:, 0]) <= 180.0)
        assert np.all(np.abs(xy[:, 1]) <= 90.0)
        if len(xy) > 1:
            assert np.abs(np.diff(xy[:, 0])).max() <= 180.0


# ---------------------------------------------------------------- geometry rules


def test_lon_lat_order_mozdok() -> None:
    moz = rc.resolve_place("Mozdok")
    g = to_geojson([place_feature(moz, "base")])["features"][0]["geometry"]
    assert g["type"] == "Point"
    lon, lat = g["coordinates"]
    assert lon == pytest.approx(44.6, abs=0.05)
    assert lat == pytest.approx(43.8, abs=0.05)


def test_ring_vertices_lie_on_the_ring_and_within_spacing() -> None:
    moz = rc.resolve_place("Mozdok")
    feats = ring_features(moz, "2,400 km", label="test", spacing="20 km")
    g = to_geojson(feats, spacing="20 km")["features"][0]["geometry"]
    assert g["type"] == "Polygon"
    ring = np.array(g["coordinates"][0])
    assert ring[0, 0] == pytest.approx(45.4, abs=0.5)  # due north of Mozdok: its longitude
    assert np.abs(distances_m(moz, ring) / 2.4e6 - 1).max() < 1e-6
    assert gaps_km(ring).max() <= 20.0 + 1e-3
    # a coarser spacing gives fewer vertices, still on the ring and within it
    coarse = to_geojson(ring_features(moz, "2,400 km", label="t", spacing="100 km"))
    ring100 = np.array(coarse["features"][0]["geometry"]["coordinates"][0])
    assert len(ring100) < len(ring) / 4
    assert np.abs(distances_m(moz, ring100) / 2.4e6 - 1).max() < 1e-6
    assert gaps_km(ring100).max() <= 100.0 + 1e-3


def test_rings_from_an_interval_cross_the_antimeridian() -> None:
    centre = rc.resolve_place(SUVA)
    iv = rc.Interval.from_magnitudes(1_000, 1_500, 2_000, "km")
    feats = ring_features(centre, iv, verdict="holds", label="Suva")
    assert [f.properties["which"] for f in feats] == ["low", "nominal", "high"]
    gj = to_geojson(feats)
    for f, radius in zip(gj["features"], (1e6, 1.5e6, 2e6), strict=True):
        g = f["geometry"]
        assert g["type"] == "MultiPolygon" and len(g["coordinates"]) == 2
        assert shape(g).is_valid
        assert_no_jump(g)
        lons = [np.array(p[0])[:, 0] for p in g["coordinates"]]
        assert sorted(round(float(np.mean(x))) > 0 for x in lons) == [False, True]
        for xy in lines_of(g):
            own = xy[np.abs(xy[:, 0]) < 180.0]  # the cut vertices lie on 180, not the ring
            assert len(own) > 100
            assert np.abs(distances_m(centre, own) / radius - 1).max() < 1e-6
            assert gaps_km(xy).max() <= 25.0 + 1e-3  # cut edges densified too
        assert f["properties"]["radius_km"] == pytest.approx(radius / 1000)
        assert f["properties"]["verdict"] == "holds"


def test_winding_exterior_ccw_holes_cw() -> None:
    # a ring around both poles is the globe minus a cap: a polygon with a hole
    centre = rc.resolve_place("0, 178.5")
    g = to_geojson(ring_features(centre, "15,000 km", label="big"))["features"][0]["geometry"]
    assert g["type"] == "Polygon" and len(g["coordinates"]) == 2
    assert shape(g).is_valid
    assert LinearRing(g["coordinates"][0]).is_ccw
    hole = np.array(g["coordinates"][1])
    assert not LinearRing(hole).is_ccw
    assert np.abs(distances_m(centre, hole) / 1.5e7 - 1).max() < 1e-6
    # a polygon given the wrong way round (clockwise, with a counter-clockwise hole)
    outer = [(10, 10), (10, 20), (20, 20), (20, 10)]
    inner = [(12, 12), (18, 12), (18, 18), (12, 18)]
    wrong = Polygon(outer, [inner])
    assert not wrong.exterior.is_ccw and wrong.interiors[0].is_ccw
    g = to_geojson([Feature(wrong, {}, "box")])["features"][0]["geometry"]
    assert shape(g).is_valid
    assert LinearRing(g["coordinates"][0]).is_ccw
    assert not LinearRing(g["coordinates"][1]).is_ccw


def test_polygon_beyond_180_is_cut_and_folded() -> None:
    g = to_geojson([Feature(box(170, -10, 190, 10), {}, "box")])["features"][0]["geometry"]
    assert g["type"] == "MultiPolygon" and len(g["coordinates"]) == 2
    assert shape(g).is_valid
    assert_no_jump(g)
    bounds = sorted(shape(p).bounds for p in polygons_of_shapes(g))
    assert bounds[0][0] == -180.0 and bounds[0][2] == pytest.approx(-170.0)
    assert bounds[1][0] == pytest.approx(170.0) and bounds[1][2] == 180.0
    # polygon edges run straight in lon/lat, as their data's do: the parallels stay put
    assert bounds[0][3] == pytest.approx(10.0) and bounds[1][1] == pytest.approx(-10.0)


def test_line_across_the_antimeridian_is_split_and_densified() -> None:
    line = LineString([(170, -10), (-170, -20), (-160, 10), (175, 30)])
    g = to_geojson([Feature(line, {}, "line", style="route")], spacing="10 km")
    geom = g["features"][0]["geometry"]
    assert geom["type"] == "MultiLineString" and len(geom["coordinates"]) == 3
    assert shape(geom).is_valid
    assert_no_jump(geom)
    parts = [np.array(p) for p in geom["coordinates"]]
    for a, b in itertools.pairwise(parts):  # joined on the antimeridian
        assert abs(a[-1, 0]) == 180.0 and b[0, 0] == -a[-1, 0]
        assert a[-1, 1] == b[0, 1]
    for xy in parts:
        assert gaps_km(xy).max() <= 10.0 + 1e-3
    # the densified vertices lie on the geodesic of their leg
    first = parts[0]
    leg = rc.data.geodesic_inverse(lat1=-10, lon1=170, lat2=-20, lon2=-170)
    to_start = distances_m(rc.resolve_place("-10, 170"), first)
    along = np.append(to_start, leg.distance.to("m").magnitude)
    assert np.all(np.diff(along) > 0)


def test_route_across_the_antimeridian() -> None:
    r = rc.route(SUVA, "21.3, -157.9")  # to Honolulu
    feats = route_features(r, verdict="holds", spacing="25 km")
    assert len(feats) == 1
    f = to_geojson(feats)["features"][0]
    g = f["geometry"]
    assert g["type"] == "MultiLineString"
    assert shape(g).is_valid
    assert_no_jump(g)
    for xy in lines_of(g):
        assert gaps_km(xy).max() <= 25.0 + 1e-3
    p = f["properties"]
    assert p["distance_km"] == pytest.approx(r.distance.to("km").magnitude)
    assert p["great_circle_km"] == pytest.approx(r.great_circle.to("km").magnitude)
    assert p["verdict"] == "holds" and "overflown" in p and p["closed"] == []


def test_no_route_gives_no_line_but_a_reason() -> None:
    a, b = rc.resolve_place("Mozdok"), rc.resolve_place("Deir ez-Zor")
    none = rc.Route(a, b, None, rc.ureg.Quantity(1_000, "km"), (), reason="closed all round")
    gj = to_geojson(route_features(none))
    assert gj["features"][0]["geometry"] is None
    assert gj["features"][0]["properties"]["reason"] == "closed all round"
    root = ET.fromstring(to_kml(route_features(none), name="none"))
    assert len(root.iter(f"{KML}Placemark").__next__().findall(f"{KML}LineString")) == 0


def test_closed_airspace_is_valid_and_densified() -> None:
    policy = rc.AirspacePolicy.of(denied=["TR", "GE", "AZ", "AM", "US", "RU"])
    feats = airspace_features(policy)
    assert len(feats) == 1 and feats[0].style == "airspace"
    f = to_geojson(feats)["features"][0]
    g = f["geometry"]
    assert shape(g).is_valid
    assert_no_jump(g)  # Russia and Alaska come cut at the antimeridian
    for xy in lines_of(g):
        assert gaps_km(xy).max() <= 25.0 + 1e-3
    p = f["properties"]
    assert p["closed"] == ["AM", "AZ", "GE", "RU", "TR", "US"]
    assert p["simplify_tolerance_deg"] == pytest.approx(0.01)
    assert p["territorial_sea_km"] == pytest.approx(22.224)
    assert airspace_features([]) == []


# -------------------------------------------------------------------- properties


def test_properties_are_json_safe() -> None:
    props = {
        "radius": rc.ureg.Quantity(1_000, "nmi"),
        "payload": rc.ureg.Quantity(12_000, "kg"),
        "available": rc.Interval.from_magnitudes(1, 2, 3, "km"),
        "x": np.float32(2.5),
        "n": np.int64(3),
        "nan": float("nan"),
        "arr": np.array([1.0, np.inf]),
        "nested": {"speed": rc.ureg.Quantity(900, "km/h")},
    }
    safe = json_safe(props)
    assert safe["radius_km"] == pytest.approx(1_852.0)
    assert safe["payload_t"] == pytest.approx(12.0)
    assert safe["available_low_km"] == 1.0 and safe["available_high_km"] == 3.0
    assert type(safe["x"]) is float and type(safe["n"]) is int
    assert safe["nan"] is None and safe["arr"] == [1.0, None]
    assert safe["nested"] == {"speed_kmh": pytest.approx(900.0)}
    f = Feature(LineString([(0, 0), (1, 1)]), props, "p", style="route")
    text = json.dumps(to_geojson([f]), allow_nan=False)
    assert '"radius_km"' in text and "NaN" not in text
    with pytest.raises(InputError, match="radius_km"):
        json_safe({"radius": rc.ureg.Quantity(1, "km"), "radius_km": 1.0})
    with pytest.raises(InputError, match="cannot write"):
        json_safe({"x": object()})


def test_feature_refuses_unknown_style() -> None:
    with pytest.raises(InputError, match="holds, fails, uncertain"):
        Feature(LineString([(0, 0), (1, 1)]), {}, "x", style="green")


# ---------------------------------------------------------------------------- KML


def test_kml_parses_with_every_placemark_and_property(seed_features: list[Feature]) -> None:
    root = ET.fromstring(to_kml(seed_features, name="seeds <&>"))
    assert root.find(f"{KML}Document/{KML}name").text == "seeds <&>"  # type: ignore[union-attr]
    styles = {s.get("id") for s in root.iter(f"{KML}Style")}
    assert {"holds", "fails", "uncertain", "error"} <= styles
    marks = list(root.iter(f"{KML}Placemark"))
    assert len(marks) == len(seed_features)
    for mark, f in zip(marks, seed_features, strict=True):
        assert mark.findtext(f"{KML}name") == f.name
        assert mark.findtext(f"{KML}styleUrl") == f"#{f.style}"
        names = {d.get("name") for d in mark.iter(f"{KML}Data")}
        assert names == set(json_safe(f.properties))
    coords = root.find(f".//{KML}Point/{KML}coordinates").text  # type: ignore[union-attr]
    lon, lat, z = (float(v) for v in coords.split(","))  # type: ignore[union-attr]
    assert abs(lon) <= 180 and abs(lat) <= 90 and z == 0
    polygons = list(root.iter(f"{KML}Polygon"))
    assert polygons and all(p.find(f"{KML}outerBoundaryIs/{KML}LinearRing") for p in polygons)


def test_kml_description_survives_cdata_end_and_markup(
    checked: list[tuple[Scenario, list[Assessment]]], tmp_path: Path
) -> None:
    sc, ass = checked[0]
    nasty = "Strikes ]]> anywhere <& beyond ]]]]> too"
    a = dataclasses.replace(ass[0], claim=dataclasses.replace(ass[0].claim, statement=nasty))
    feats = assessment_features(a, catalog=sc.catalog)
    raw = Feature(LineString([(0, 0), (1, 1)]), {"s": nasty}, "raw ]]>", "<b>]]></b>", "route")
    path = write_kml([*feats, raw], tmp_path / "nasty.kml")
    root = ET.parse(path).getroot()
    marks = list(root.iter(f"{KML}Placemark"))
    assert len(marks) == len(feats) + 1
    texts = [m.findtext(f"{KML}description") or "" for m in marks]
    assert sum(nasty in html.unescape(t) for t in texts) >= 1
    assert texts[-1] == "<b>]]></b>"  # raw HTML kept exactly, "]]>" and all
    assert marks[-1].findtext(f"{KML}name") == "raw ]]>"
    data = {d.get("name"): d.findtext(f"{KML}value") for d in marks[-1].iter(f"{KML}Data")}
    assert data["s"] == nasty


# -------------------------------------------------------------------------- seeds


def test_seed_geojson_is_valid_and_json(seed_features: list[Feature], tmp_path: Path) -> None:
    gj = to_geojson(seed_features, name="seeds")
    assert gj["type"] == "FeatureCollection" and len(gj["features"]) == len(seed_features)
    text = json.dumps(gj, allow_nan=False)
    assert json.loads(text) == gj
    for f in gj["features"]:
        if f["geometry"] is None:
            continue
        assert shape(f["geometry"]).is_valid, f["properties"]["name"]
        assert_no_jump(f["geometry"])
        for poly in polygons_of(f["geometry"]) if "Polygon" in f["geometry"]["type"] else []:
            assert LinearRing(poly[0]).is_ccw
            assert all(not LinearRing(h).is_ccw for h in poly[1:])
    path = write_geojson(seed_features, tmp_path / "seeds.geojson", name="seeds")
    assert json.loads(path.read_text(encoding="utf-8")) == gj


def test_every_claim_has_a_target_with_its_verdict(
    checked: list[tuple[Scenario, list[Assessment]]],
) -> None:
    for sc, ass in checked:
        for a in ass:
            feats = assessment_features(a, catalog=sc.catalog)
            targets = [
                f
                for f in feats
                if f.properties.get("role") in ("target", "worst target")
                and f.properties.get("claim_id") == a.claim.id
            ]
            assert targets, a.claim.id
            for f in targets:
                assert f.style == a.verdict
                assert f.properties["verdict"] == a.verdict
                assert f.properties["statement"] == a.claim.statement
                assert f.properties["sources"] == a.sources
                assert f.properties["required_km"] == a.required_km
                assert a.verdict in f.description and "Sources" in f.description
            roles = [f.properties.get("role") for f in feats]
            assert roles.count("worst target") == 1
            assert roles.count("route") == len(a.routes)
            assert roles.count("closed airspace") == 1
            rings = [f for f in feats if f.style == "ring"]
            assert len(rings) == (3 if a.claim.aircraft else 0)
            if rings and a.available is not None:
                lo, nom, hi = a.available.magnitudes("km")
                radii = [f.properties["radius_km"] for f in rings]
                assert radii == pytest.approx([lo, nom, hi])
                base = next(f for f in feats if f.properties.get("role") == "best base")
                assert base.properties["place"] == a.best_base
            safe = json_safe(targets[0].properties)
            assert {"available_low_km", "available_nominal_km", "available_high_km"} <= set(safe)


def test_scenario_writes_shared_airspace_once(
    checked: list[tuple[Scenario, list[Assessment]]],
) -> None:
    sc, ass = checked[1]
    feats = scenario_features(ass, catalog=sc.catalog)
    shared = [f for f in feats if f.style == "airspace"]
    assert len(shared) == 1
    assert shared[0].properties["claims"] == [a.claim.id for a in ass]


def test_claim_that_could_not_be_evaluated(
    checked: list[tuple[Scenario, list[Assessment]]],
) -> None:
    sc, ass = checked[1]
    failed = Assessment.failed(ass[0].claim, "route search over its budget")
    feats = assessment_features(failed, catalog=sc.catalog)
    styles = {f.properties.get("role"): f.style for f in feats}
    assert styles["target"] == "error"
    assert "route" not in styles and "reach ring" not in styles and "worst target" not in styles
    assert styles["closed airspace"] == "airspace"
    target = next(f for f in feats if f.properties.get("role") == "target")
    assert target.properties["error"] == "route search over its budget"
    gj = to_geojson(feats)
    json.dumps(gj, allow_nan=False)
    assert ET.fromstring(to_kml(feats, name="error")).tag == f"{KML}kml"
