"""Geodesy on WGS84: published reference cases, special geometry, and properties."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st
from shapely.geometry import Point

from rangecalc import InputError, distance, ureg
from rangecalc.data import (
    UnitError,
    destination,
    geodesic_inverse,
    points_along,
    range_ring,
    route_length,
)
from rangecalc.testing import lengths, points

REFERENCE = json.loads((Path(__file__).parent / "data" / "geodesic_reference.json").read_text())
CASES = REFERENCE["cases"]

# WGS84 defining constants (NIMA TR8350.2, 3rd ed., table 3.1).
A = 6_378_137.0
F = 1 / 298.257223563
E2 = F * (2 - F)


def _angle_diff(a: float, b: float) -> float:
    return abs((a - b + 180.0) % 360.0 - 180.0)


def _finite_inputs(case: dict[str, Any]) -> bool:
    # Non-finite values are stored as the strings "nan" / "inf" (JSON has no NaN).
    return all(math.isfinite(float(v)) for v in case["inputs"].values())


@pytest.mark.parametrize("case", [c for c in CASES if _finite_inputs(c)], ids=lambda c: c["name"])
def test_published_geographiclib_cases(case: dict[str, Any]) -> None:
    """Published GeographicLib test values (source named in each case), original tolerances."""
    inp, exp = case["inputs"], case["expected"]
    if case["kind"] == "inverse":
        r = geodesic_inverse(lat1=inp["lat1"], lon1=inp["lon1"], lat2=inp["lat2"], lon2=inp["lon2"])
        got = {
            "s12": r.distance.to("m").magnitude,
            "azi1": r.initial_bearing.to("degree").magnitude,
            "azi2": r.final_bearing.to("degree").magnitude,
        }
    else:
        d = destination(
            lat=inp["lat1"],
            lon=inp["lon1"],
            bearing=ureg.Quantity(inp["azi1"], "degree"),
            distance=ureg.Quantity(inp["s12"], "m"),
        )
        got = {"lat2": d.lat, "lon2": d.lon, "azi2": d.final_bearing.to("degree").magnitude}
    checked = 0
    for key, spec in exp.items():
        if key not in got:
            continue
        value, tol = spec["value"], spec["tol"]
        if key in ("azi1", "azi2", "lon2"):
            # bearings come back in [0, 360) and longitudes in [-180, 180): compare mod 360,
            # allowing for the rounding of the wrap itself.
            assert _angle_diff(got[key], value) <= tol + 1e-13, (key, got[key], value)
        else:
            assert got[key] == pytest.approx(value, abs=tol), key
        checked += 1
    assert checked > 0


@pytest.mark.parametrize(
    "case", [c for c in CASES if not _finite_inputs(c)], ids=lambda c: c["name"]
)
def test_non_finite_inputs_are_refused(case: dict[str, Any]) -> None:
    """GeographicLib returns NaN for these; rangecalc's boundary refuses them by name."""
    inp = {k: float(v) for k, v in case["inputs"].items()}
    if case["kind"] == "inverse":
        with pytest.raises(InputError, match=r"finite|nan"):
            geodesic_inverse(lat1=inp["lat1"], lon1=inp["lon1"], lat2=inp["lat2"], lon2=inp["lon2"])
    else:
        bearing = ureg.Quantity(inp["azi1"], "degree")
        s = ureg.Quantity(inp["s12"], "m")
        with pytest.raises(InputError, match=r"finite|nan"):
            destination(lat=inp["lat1"], lon=inp["lon1"], bearing=bearing, distance=s)


def test_jfk_cdg_karney_example() -> None:
    """Karney (2013) / STYLE.md: JFK to CDG is 5,853,226 m with azimuth 53.47022 deg."""
    r = geodesic_inverse(lat1=40.6, lon1=-73.8, lat2=49.01666667, lon2=2.55)
    assert round(r.distance.to("m").magnitude) == 5_853_226
    assert r.initial_bearing.to("degree").magnitude == pytest.approx(53.47022, abs=5e-6)


def _meridian_arc(phi1: float, phi2: float) -> float:
    """Meridian arc length [m] by numerical quadrature of M(phi) = a(1-e2)/(1-e2 sin^2)^1.5."""
    phi = np.linspace(phi1, phi2, 200_001)
    m = A * (1 - E2) / (1 - E2 * np.sin(phi) ** 2) ** 1.5
    return float(np.trapezoid(m, phi))


def test_quarter_meridian_against_quadrature() -> None:
    expected = _meridian_arc(0.0, math.pi / 2)
    assert expected == pytest.approx(10_001_965.729, abs=0.01)  # WGS84 quarter meridian
    got = distance(lat1=0, lon1=17, lat2=90, lon2=17).to("m").magnitude
    assert got == pytest.approx(expected, abs=1e-3)


def test_route_over_the_pole_follows_the_meridian() -> None:
    """(89N, 0) to (89N, 180) crosses the pole: twice the meridian arc from 89 deg to 90."""
    expected = 2 * _meridian_arc(math.radians(89.0), math.pi / 2)
    r = geodesic_inverse(lat1=89, lon1=0, lat2=89, lon2=180)
    assert r.distance.to("m").magnitude == pytest.approx(expected, abs=1e-3)
    assert r.initial_bearing.magnitude == pytest.approx(0.0, abs=1e-9)
    assert r.final_bearing.magnitude == pytest.approx(180.0, abs=1e-9)


def test_antipodal_points() -> None:
    """Equatorial antipodes: the shortest path runs over a pole, half a meridian."""
    half_meridian = 2 * _meridian_arc(0.0, math.pi / 2)
    for lat2, lon2 in [(0.0, 180.0), (-90.0, 0.0)]:
        lat1 = 90.0 if lat2 == -90.0 else 0.0
        got = distance(lat1=lat1, lon1=0, lat2=lat2, lon2=lon2).to("m").magnitude
        assert got == pytest.approx(half_meridian, abs=1e-3)


def test_short_equatorial_arc_across_the_antimeridian() -> None:
    """Along the equator a short geodesic is the equator itself: length a * dlambda."""
    got = distance(lat1=0, lon1=179.5, lat2=0, lon2=-179.5).to("m").magnitude
    assert got == pytest.approx(A * math.radians(1.0), abs=1e-6)
    d = destination(lat=0, lon=179.5, bearing="90 degree", distance=f"{A * math.radians(1.0)} m")
    assert d.lat == pytest.approx(0.0, abs=1e-12)
    assert d.lon == pytest.approx(-179.5, abs=1e-12)


@pytest.mark.parametrize(
    ("kwargs", "fragment"),
    [
        ({"lat1": 95, "lon1": 0, "lat2": 0, "lon2": 0}, "lat1: latitude must be"),
        ({"lat1": 0, "lon1": 0, "lat2": -90.5, "lon2": 0}, "lat2: latitude must be"),
        ({"lat1": float("nan"), "lon1": 0, "lat2": 0, "lon2": 0}, "lat1"),
        ({"lat1": 0, "lon1": float("inf"), "lat2": 0, "lon2": 0}, "lon1: longitude must be"),
        ({"lat1": "35", "lon1": 0, "lat2": 0, "lon2": 0}, "decimal degrees"),
        ({"lat1": np.array([0, 91]), "lon1": 0, "lat2": 0, "lon2": 0}, "element 1"),
        ({"lat1": ["35"], "lon1": 0, "lat2": 0, "lon2": 0}, "decimal degrees"),
        ({"lat1": b"1", "lon1": 0, "lat2": 0, "lon2": 0}, "decimal degrees"),
        ({"lat1": np.bool_(True), "lon1": 0, "lat2": 0, "lon2": 0}, "decimal degrees"),
        ({"lat1": np.zeros(3), "lon1": np.zeros(2), "lat2": 0, "lon2": 0}, "incompatible shapes"),
        ({"lat1": ureg.Quantity(0.5, ""), "lon1": 0, "lat2": 0, "lon2": 0}, "expected an angle"),
    ],
)
def test_bad_coordinates_are_named(kwargs: dict[str, Any], fragment: str) -> None:
    with pytest.raises(InputError, match=fragment):
        distance(**kwargs)


def test_angle_quantities_are_accepted_as_coordinates() -> None:
    a = distance(lat1=ureg.Quantity(0.5, "radian"), lon1=0, lat2=0, lon2=0)
    b = distance(lat1=math.degrees(0.5), lon1=0, lat2=0, lon2=0)
    assert a.to("m").magnitude == pytest.approx(b.to("m").magnitude, abs=1e-9)


def test_destination_refuses_bare_numbers() -> None:
    with pytest.raises(UnitError, match="distance"):
        destination(lat=0, lon=0, bearing="90 degree", distance=1000.0)
    with pytest.raises(UnitError, match="bearing"):
        destination(lat=0, lon=0, bearing=90.0, distance="1000 km")


def test_points_along() -> None:
    lats, lons = points_along(lat1=0, lon1=0, lat2=0, lon2=10, spacing="300 km")
    # 1,113 km along the equator needs 5 points for gaps of at most 300 km
    assert lats.shape == (5,)
    assert lons[0] == 0 and lons[-1] == pytest.approx(10)
    gaps = distance(lat1=lats[:-1], lon1=lons[:-1], lat2=lats[1:], lon2=lons[1:]).to("km")
    assert np.all(gaps.magnitude <= 300)
    np.testing.assert_allclose(gaps.magnitude, gaps.magnitude[0], rtol=1e-9)
    with pytest.raises(InputError, match="exactly one"):
        points_along(lat1=0, lon1=0, lat2=0, lon2=10)
    # regression: a tiny spacing tried to allocate a billion points
    with pytest.raises(InputError, match="more than the limit"):
        points_along(lat1=0, lon1=0, lat2=0, lon2=10, spacing="1 mm")
    with pytest.raises(InputError, match="from 2 to"):
        points_along(lat1=0, lon1=0, lat2=0, lon2=10, n=10**12)


def test_route_length_sums_geodesic_legs() -> None:
    legs = [(43.79, 44.60, 42.0, 50.5), (42.0, 50.5, 35.3, 40.15)]
    expected = sum(
        distance(lat1=a, lon1=b, lat2=c, lon2=d).to("m").magnitude for a, b, c, d in legs
    )
    got = route_length(lat=[43.79, 42.0, 35.3], lon=[44.60, 50.5, 40.15]).to("m").magnitude
    assert got == pytest.approx(expected, abs=1e-6)
    with pytest.raises(InputError, match="equal length"):
        route_length(lat=[0, 1], lon=[0, 1, 2])


# ----------------------------------------------------------------------------- properties

PT = points()


@given(PT, PT)
@example((0.0, 0.0), (0.0, 180.0))
@example((90.0, 0.0), (-90.0, 0.0))
def test_symmetry(a: tuple[float, float], b: tuple[float, float]) -> None:
    d_ab = distance(lat1=a[0], lon1=a[1], lat2=b[0], lon2=b[1]).to("m").magnitude
    d_ba = distance(lat1=b[0], lon1=b[1], lat2=a[0], lon2=a[1]).to("m").magnitude
    assert d_ab == pytest.approx(d_ba, abs=1e-6)


@given(PT, PT, PT)
def test_triangle_inequality(
    a: tuple[float, float], b: tuple[float, float], c: tuple[float, float]
) -> None:
    lat = np.array([a[0], b[0], a[0]])
    lon = np.array([a[1], b[1], a[1]])
    d = distance(
        lat1=lat, lon1=lon, lat2=np.array([b[0], c[0], c[0]]), lon2=np.array([b[1], c[1], c[1]])
    )
    ab, bc, ac = d.to("m").magnitude
    assert ac <= ab + bc + 1e-6


@given(
    points(max_abs_lat=89.9),
    st.floats(0, 360, exclude_max=True),
    lengths(min_km=0.001, max_km=19_000),
)
def test_direct_then_inverse_round_trip(p: tuple[float, float], bearing: float, s: Any) -> None:
    dest = destination(lat=p[0], lon=p[1], bearing=ureg.Quantity(bearing, "degree"), distance=s)
    back = geodesic_inverse(lat1=p[0], lon1=p[1], lat2=dest.lat, lon2=dest.lon)
    assert back.distance.to("m").magnitude == pytest.approx(s.to("m").magnitude, abs=1e-5)
    assert _angle_diff(back.initial_bearing.magnitude, bearing) < 1e-6


@given(PT, PT)
def test_unit_invariance(a: tuple[float, float], b: tuple[float, float]) -> None:
    """Going out by the distance expressed in km, nmi or mi lands on the same point."""
    r = geodesic_inverse(lat1=a[0], lon1=a[1], lat2=b[0], lon2=b[1])
    assume(r.distance.to("km").magnitude < 19_000)
    ends = [
        destination(lat=a[0], lon=a[1], bearing=r.initial_bearing, distance=r.distance.to(u))
        for u in ("km", "nmi", "mi")
    ]
    for e in ends[1:]:
        gap = distance(lat1=ends[0].lat, lon1=ends[0].lon, lat2=e.lat, lon2=e.lon)
        assert gap.to("m").magnitude < 1e-6


def test_broadcasting_mixes_scalars_and_arrays() -> None:
    lat1 = np.array([[0.0], [10.0]])  # (2, 1)
    lon2 = np.array([5.0, 15.0, 25.0])  # (3,)
    d = distance(lat1=lat1, lon1=0.0, lat2=20.0, lon2=lon2).to("m").magnitude
    assert d.shape == (2, 3)
    for a in range(2):
        for b in range(3):
            one = distance(lat1=lat1[a, 0], lon1=0.0, lat2=20.0, lon2=lon2[b])
            assert d[a, b] == one.to("m").magnitude


@given(st.lists(st.tuples(points(), points()), min_size=1, max_size=20))
def test_vectorised_equals_scalar_loop(
    pairs: list[tuple[tuple[float, float], tuple[float, float]]],
) -> None:
    lat1 = np.array([p[0][0] for p in pairs])
    lon1 = np.array([p[0][1] for p in pairs])
    lat2 = np.array([p[1][0] for p in pairs])
    lon2 = np.array([p[1][1] for p in pairs])
    vec = geodesic_inverse(lat1=lat1, lon1=lon1, lat2=lat2, lon2=lon2)
    for k in range(len(pairs)):
        one = geodesic_inverse(lat1=lat1[k], lon1=lon1[k], lat2=lat2[k], lon2=lon2[k])
        assert vec.distance.magnitude[k] == one.distance.magnitude
        assert vec.initial_bearing.magnitude[k] == one.initial_bearing.magnitude
        assert vec.final_bearing.magnitude[k] == one.final_bearing.magnitude


# ----------------------------------------------------------------------------- range rings


def _vertices(geom: Any) -> np.ndarray:
    polys = getattr(geom, "geoms", [geom])
    return np.vstack([np.asarray(p.exterior.coords) for p in polys])


@given(points(), st.floats(min_value=50.0, max_value=19_500.0))
@example((35.21, 48.65), 2400.0)  # Tu-22M3 radius from Hamadan
@example((0.0, 179.0), 1000.0)  # across the antimeridian
@example((85.0, 10.0), 1000.0)  # around the north pole
@example((-85.0, 10.0), 1000.0)  # around the south pole
@example((90.0, 0.0), 500.0)  # centred on the pole
@example((0.0, 0.0), 15_000.0)  # both poles inside
def test_range_ring_vertices_lie_at_the_radius(
    center: tuple[float, float], radius_km: float
) -> None:
    ring = range_ring(lat=center[0], lon=center[1], radius=f"{radius_km} km", n=180)
    assert ring.is_valid and not ring.is_empty
    xy = _vertices(ring)
    # Skip construction vertices: antimeridian cuts, the pole closure, the globe's corners.
    keep = (np.abs(xy[:, 0]) < 180.0 - 1e-9) & (np.abs(xy[:, 1]) < 90.0 - 1e-9)
    assume(keep.sum() >= 3)
    d = distance(lat1=center[0], lon1=center[1], lat2=xy[keep, 1], lon2=xy[keep, 0])
    np.testing.assert_allclose(d.to("km").magnitude, radius_km, rtol=1e-9)


@given(
    points(), st.floats(min_value=200.0, max_value=18_000.0), st.floats(0, 360, exclude_max=True)
)
@example((85.0, 10.0), 1000.0, 190.0)
@example((0.0, 179.0), 1000.0, 90.0)
@example((0.0, 0.0), 15_000.0, 45.0)
def test_range_ring_contains_what_is_inside(
    center: tuple[float, float], radius_km: float, bearing: float
) -> None:
    """A point at 0.9 r is inside the ring's polygon and one at 1.1 r outside."""
    ring = range_ring(lat=center[0], lon=center[1], radius=f"{radius_km} km", n=720)
    inside = destination(
        lat=center[0],
        lon=center[1],
        bearing=ureg.Quantity(bearing, "degree"),
        distance=f"{0.9 * radius_km} km",
    )
    assert ring.covers(Point(inside.lon, inside.lat))
    if 1.1 * radius_km < 19_500:
        outside = destination(
            lat=center[0],
            lon=center[1],
            bearing=ureg.Quantity(bearing, "degree"),
            distance=f"{1.1 * radius_km} km",
        )
        back = distance(lat1=center[0], lon1=center[1], lat2=outside.lat, lon2=outside.lon)
        assume(back.to("km").magnitude > 1.05 * radius_km)  # still farther than r
        assert not ring.contains(Point(outside.lon, outside.lat))


@given(
    points(),
    st.floats(min_value=10.0, max_value=19_900.0),
    st.lists(points(), min_size=20, max_size=20),
)
@example((0.0, 10.0), 10_001.965729, [(0.0, 10.0), (45.0, -170.0)] * 10)  # pole on the ring
@example((-45.0, 10.0), 15_006.0, [(-45.0, 10.0), (45.0, -170.0)] * 10)
def test_range_ring_contains_exactly_the_near_points(
    center: tuple[float, float], radius_km: float, probes: list[tuple[float, float]]
) -> None:
    """Any point is covered iff its geodesic distance is below the radius (0.5% margin)."""
    ring = range_ring(lat=center[0], lon=center[1], radius=f"{radius_km} km", n=720)
    lat = np.array([p[0] for p in probes])
    lon = np.array([p[1] for p in probes])
    d = distance(lat1=center[0], lon1=center[1], lat2=lat, lon2=lon).to("km").magnitude
    for k in range(len(probes)):
        if abs(d[k] - radius_km) < max(5.0, 0.005 * radius_km):
            continue  # the chords of the sampled ring lie within this band
        assert ring.covers(Point(lon[k], lat[k])) == (d[k] < radius_km), (probes[k], d[k])


def test_ring_through_a_pole_regression() -> None:
    """Regression: a ring whose edge passes exactly through a pole came out inverted."""
    for lat, pole in [(0.0, 90.0), (-45.0, 90.0), (-45.0, -90.0)]:
        r = distance(lat1=lat, lon1=10.0, lat2=pole, lon2=10.0)
        ring = range_ring(lat=lat, lon=10.0, radius=r)
        assert ring.covers(Point(10.0, lat))
        assert not ring.covers(Point(-170.0, -lat))  # the antipode


def test_range_ring_across_the_antimeridian_is_split() -> None:
    ring = range_ring(lat=60.0, lon=-179.5, radius="3,000 km")
    assert ring.geom_type == "MultiPolygon"
    assert ring.bounds[0] == pytest.approx(-180.0) and ring.bounds[2] == pytest.approx(180.0)


def test_range_ring_units_do_not_matter() -> None:
    a = range_ring(lat=35.2, lon=48.6, radius="1,000 nmi")
    b = range_ring(lat=35.2, lon=48.6, radius=ureg.Quantity(1852.0, "km"))
    assert a.symmetric_difference(b).area < 1e-9


@pytest.mark.parametrize("radius", ["0 km", "-5 km", "20,000 km", 1000.0])
def test_range_ring_rejects_bad_radius(radius: object) -> None:
    with pytest.raises(InputError, match="radius"):
        range_ring(lat=0, lon=0, radius=radius)
