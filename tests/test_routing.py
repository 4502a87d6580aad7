"""Airspace and routing: territorial sea, policies, shortest permitted routes."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import shapely
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

import rangecalc as rc
from rangecalc._core.visibility import OFFSET_M
from rangecalc.airspace.boundaries import builtin_boundaries
from rangecalc.airspace.policy import AirspacePolicy
from rangecalc.airspace.routing import Router, leg_permit
from rangecalc.cli import main

NM = 1852.0
A = 6_378_137.0


def _write_geojson(path: Path, countries: dict[str, list[tuple[float, float]]]) -> Path:
    features = [
        {
            "type": "Feature",
            "properties": {"ISO_A2": code},
            "geometry": {"type": "Polygon", "coordinates": [[list(p) for p in ring]]},
        }
        for code, ring in countries.items()
    ]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    return path


def _square(x0: float, y0: float, x1: float, y1: float) -> list[tuple[float, float]]:
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]


@pytest.fixture(scope="module")
def island(tmp_path_factory: pytest.TempPathFactory) -> rc.airspace.Boundaries:
    """A square island country 'MT' spanning lon 0-1, lat 0-1, in open sea."""
    path = tmp_path_factory.mktemp("geo") / "island.geojson"
    return rc.airspace.load_boundaries(_write_geojson(path, {"MT": _square(0, 0, 1, 1)}))


def _offset_deg(nmi: float, lat: float = 0.5) -> float:
    """Longitude offset that is *nmi* east of a meridian at *lat* (parallel arc ~ geodesic)."""
    n = A / np.sqrt(1 - 0.00669437999014 * np.sin(np.radians(lat)) ** 2)
    return float(np.degrees(nmi * NM / (n * np.cos(np.radians(lat)))))


@pytest.mark.parametrize(("nmi", "clear"), [(13.0, True), (11.0, False)])
def test_territorial_sea_width(island: rc.airspace.Boundaries, nmi: float, clear: bool) -> None:
    """A route along a meridian 13 nmi off a denied coast is the geodesic; 11 nmi is not."""
    lon = 1.0 + _offset_deg(nmi)
    a = rc.Place("south", -3.0, lon)
    b = rc.Place("north", 4.0, lon)
    r = rc.route(a, b, denied=["MT"], boundaries=island)
    assert r.exists
    gc = r.great_circle.to("km").magnitude
    if clear:
        assert r.distance.to("km").magnitude == pytest.approx(gc, rel=1e-12)
        assert len(r.waypoints) == 2
    else:
        # it bends round the 12 nmi belt: a tiny detour, but no longer the geodesic
        assert len(r.waypoints) > 2
        assert r.distance.to("km").magnitude > gc
    # the width is a parameter: with a 10 nmi sea even the 11 nmi track is clear
    r10 = rc.route(a, b, denied=["MT"], boundaries=island, territorial_sea="10 nmi")
    assert len(r10.waypoints) == 2 or clear


def test_territorial_sea_is_geodesic_not_degrees(island: rc.airspace.Boundaries) -> None:
    belt = rc.airspace.airspace("MT", boundaries=island)
    # 12 nmi north of the island (along a meridian) and east of it are both inside
    north = rc.data.destination(lat=1.0, lon=0.5, bearing="0 degree", distance="11.9 nmi")
    east = rc.data.destination(lat=0.5, lon=1.0, bearing="90 degree", distance="11.9 nmi")
    beyond = rc.data.destination(lat=0.5, lon=1.0, bearing="90 degree", distance="12.1 nmi")
    assert belt.contains(shapely.Point(north.lon, north.lat))
    assert belt.contains(shapely.Point(east.lon, east.lat))
    assert not belt.contains(shapely.Point(beyond.lon, beyond.lat))


def test_land_border_is_not_widened(tmp_path: Path) -> None:
    """Airspace over a neighbour's land ends at the border: no 12 nmi belt inland."""
    squares = {"FR": _square(-2, 0, 0, 2), "DE": _square(0, 0, 2, 2)}
    b = rc.airspace.load_boundaries(_write_geojson(tmp_path / "two.geojson", squares))
    # a track inside FR, 5 km from the border with the denied DE
    lon = -_offset_deg(5.0 / 1.852, lat=1.0)
    r = rc.route(
        rc.Place("s", 0.2, lon, country="FR"),
        rc.Place("n", 1.8, lon, country="FR"),
        denied=["DE"],
        boundaries=b,
    )
    assert len(r.waypoints) == 2
    belt = rc.airspace.airspace("DE", boundaries=b)
    assert not belt.contains(shapely.Point(lon, 1.0))
    assert belt.contains(shapely.Point(2.0 + _offset_deg(6.0, 1.0), 1.0))  # the sea side grows


def test_mozdok_to_deir_ez_zor() -> None:
    free = rc.route("Mozdok", "Deir ez-Zor")
    # no obstacle: the geodesic itself, about 1,014 km (reference table, haversine)
    assert free.distance.to("km").magnitude == pytest.approx(1014, abs=3)
    assert free.distance == free.great_circle and len(free.waypoints) == 2
    r = rc.route("Mozdok", "Deir ez-Zor", denied=["TR", "GE", "AZ", "AM"])
    flown = [c for c, _ in r.overflown]
    assert "IR" in flown and "IQ" in flown and "high seas" in flown  # the Caspian
    assert not {"TR", "GE", "AZ", "AM"} & set(flown)
    assert r.distance > r.great_circle * 1.5  # the 2015 detour roughly doubled the distance
    assert sum(km for _, km in r.overflown) == pytest.approx(
        r.distance.to("km").magnitude, rel=1e-3
    )


def test_allowed_policy_is_the_complement() -> None:
    r = rc.route("Mozdok", "Deir ez-Zor", allowed=["RU", "IR", "IQ", "SY"])
    flown = {c for c, _ in r.overflown}
    assert flown <= {"RU", "IR", "IQ", "SY", "high seas"}
    less = rc.route("Mozdok", "Deir ez-Zor", denied=["TR", "GE", "AZ", "AM"])
    # closing more never shortens the route, to within the corners' offset: each bend
    # sits up to OFFSET_M (2 km) outside the closed airspace, and two searches over
    # different obstacles may bend at corners placed differently, so by at most twice
    # that per bend
    slack = 2 * OFFSET_M / 1000 * (len(less.waypoints) - 2)
    assert less.distance.to("km").magnitude <= r.distance.to("km").magnitude + slack


def test_origin_and_target_countries_are_always_open() -> None:
    r = rc.route("Mozdok", "Deir ez-Zor", denied=["RU", "SY", "TR", "GE"])
    assert r.exists and not {"RU", "SY"} & r.closed


def test_no_route_says_why() -> None:
    r = rc.route("40.18, 44.51", "Mozdok", denied=["GE", "AZ", "TR", "IR"])  # Yerevan
    assert not r.exists and r.distance is None
    assert "enclosed" in (r.reason or "")


def test_denying_more_never_shortens() -> None:
    less = rc.route("Hamadan", "Khmeimim", denied=["TR"])
    more = rc.route("Hamadan", "Khmeimim", denied=["TR", "IQ"])
    assert more.distance >= less.distance >= less.great_circle


def test_antimeridian_and_high_latitude() -> None:
    r = rc.route("PANC", "RJAA", denied=["RU"])  # Anchorage to Tokyo around Russia
    assert r.exists and r.distance >= r.great_circle
    assert "RU" not in {c for c, _ in r.overflown}
    high = rc.route("78.25, 15.47", "71.29, -156.77", denied=["RU", "CA"])  # Svalbard to Utqiagvik
    assert high.exists and not {"RU", "CA"} & {c for c, _ in high.overflown}


def test_unknown_country_and_bad_policy() -> None:
    with pytest.raises(rc.InputError, match="part of FR"):
        rc.route("Mozdok", "Hamadan", denied=["GF"])
    with pytest.raises(rc.InputError, match="either denied or allowed"):
        rc.route("Mozdok", "Hamadan", denied=["TR"], allowed=["IR"])
    with pytest.raises(rc.InputError, match="ISO 3166-1"):
        rc.route("Mozdok", "Hamadan", denied=["Turkey"])


# ------------------------------------------------------------------------ properties

REGION = ["TR", "GE", "AZ", "AM", "IR", "IQ", "SY", "JO", "SA", "IL", "LB", "CY", "EG", "KW"]


@given(
    st.tuples(st.floats(25, 45), st.floats(30, 55)),
    st.tuples(st.floats(25, 45), st.floats(30, 55)),
    st.sets(st.sampled_from(REGION), max_size=4),
)
@example(a=(25.0, 30.0), b=(31.859375, 38.40625), denied={"JO"})  # target on JO's edge
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_routes_never_enter_closed_airspace(
    a: tuple[float, float], b: tuple[float, float], denied: set[str]
) -> None:
    r = rc.route(f"{a[0]}, {a[1]}", f"{b[0]}, {b[1]}", denied=sorted(denied))
    gc = r.great_circle.to("km").magnitude
    if not r.exists:
        assume(False)
    assert r.distance.to("km").magnitude >= gc - 1e-6
    # the endpoints' own countries are open for this route, by rc.route's one rule: an
    # end point within the boundaries' accuracy of a closed country opens only a strip
    policy = AirspacePolicy.of(denied=sorted(denied))
    permit = leg_permit(r.origin, r.target, policy, builtin_boundaries())
    router = Router.for_leg(policy, permit)
    closed = router.obstacle.buffer(-0.01)  # sampled legs may graze it by < 1 km
    for (la1, lo1), (la2, lo2) in zip(r.waypoints[:-1], r.waypoints[1:], strict=True):
        lats, lons = rc.data.points_along(lat1=la1, lon1=lo1, lat2=la2, lon2=lo2, spacing="5 km")
        assert not shapely.intersects(closed, shapely.points(lons, lats)).any()
    direct_lats, direct_lons = rc.data.points_along(
        lat1=a[0], lon1=a[1], lat2=b[0], lon2=b[1], spacing="5 km"
    )
    if not shapely.intersects(
        router.obstacle.buffer(0.05), shapely.points(direct_lons, direct_lats)
    ).any():
        assert r.distance.to("km").magnitude == pytest.approx(gc, rel=1e-9)


# ------------------------------------------------------------------------------- CLI


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_route_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(
        capsys, "route", "Mozdok", "Deir ez-Zor", "--deny", "TR,GE,AZ,AM", "--format", "json"
    )
    data = json.loads(out)
    assert code == 0
    assert data["distance_km"] > data["great_circle_km"]
    assert data["waypoints"][0] == pytest.approx([43.7875, 44.6031])
    assert {"country", "km"} <= set(data["overflown"][0])


def test_cli_no_route_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(
        capsys, "route", "40.18, 44.51", "Mozdok", "--deny", "GE,AZ,TR,IR", "--format", "json"
    )
    data = json.loads(out)
    assert code == 1 and data["distance_km"] is None and "enclosed" in data["reason"]


def test_cli_route_geojson_and_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "route", "Hamadan", "Deir ez-Zor", "--format", "geojson")
    feature = json.loads(out)["features"][0]
    assert code == 0 and feature["geometry"]["type"] == "LineString"
    code, out, _ = _run(capsys, "route", "Hamadan", "Deir ez-Zor")
    assert "IQ" in out and max(len(line) for line in out.splitlines()) <= 80


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["route", "Mozdok", "Hamadan", "--deny", "Turkey"], "ISO 3166-1"),
        (["route", "Mozdok", "Hamadan", "--territorial-sea", "12 nm"], "nmi"),
        (["route", "Mozdok", "Hamadan", "--boundaries", "nope.geojson"], "no such file"),
    ],
)
def test_cli_route_bad_input(
    capsys: pytest.CaptureFixture[str], argv: list[str], fragment: str
) -> None:
    code, _out, err = _run(capsys, *argv)
    assert code == 2 and fragment in err and "Traceback" not in err
