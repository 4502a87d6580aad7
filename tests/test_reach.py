"""Permitted reach areas: every point inside is reached by a permitted route within the
radius (checked by routing sampled points with rc.route), and none outside is."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

import rangecalc as rc
from rangecalc.airspace.policy import AirspacePolicy
from rangecalc.airspace.reach import reach_area
from rangecalc.data.errors import InputError

CAUCASUS = ("TR", "GE", "AZ", "AM")
RES_KM = 25.0
#: An area's edge lies within a cell's diagonal of the contour.
SLACK_KM = RES_KM * np.sqrt(2)


@pytest.fixture(scope="module")
def mozdok() -> rc.airspace.ReachArea:
    return reach_area(
        "Mozdok",
        ("1,500 km", "2,000 km", "2,400 km"),
        policy=AirspacePolicy.of(denied=CAUCASUS),
        resolution=f"{RES_KM} km",
    )


def _sample(geom: shapely.Geometry, n: int, seed: int) -> np.ndarray:
    """*n* points (lon, lat) drawn uniformly in lon/lat inside *geom* (fixed seed)."""
    rng = np.random.default_rng(seed)
    x0, y0, x1, y1 = geom.bounds
    out: list[tuple[float, float]] = []
    while len(out) < n:
        lon = rng.uniform(x0, x1, 4 * n)
        lat = rng.uniform(y0, y1, 4 * n)
        keep = shapely.contains_xy(geom, lon, lat)
        out.extend(zip(lon[keep].tolist(), lat[keep].tolist(), strict=True))
    return np.array(out[:n])


def _route_km(lon: float, lat: float) -> float:
    r = rc.route("Mozdok", f"{lat:.6f}, {lon:.6f}", denied=CAUCASUS)
    return np.inf if r.distance is None else float(r.distance.to("km").magnitude)


def test_the_areas_are_nested_valid_and_near_their_rings(mozdok: rc.airspace.ReachArea) -> None:
    low, nom, high = (mozdok.areas[k] for k in ("low", "nominal", "high"))
    for g in (low, nom, high):
        assert g.is_valid and not g.is_empty
    assert nom.buffer(1e-6).contains(low) and high.buffer(1e-6).contains(nom)
    ring = rc.data.range_ring(lat=mozdok.base.lat, lon=mozdok.base.lon, radius="2,400 km")
    # closed airspace only takes area away from the geodesic disc (up to the cell edge)
    assert high.area <= ring.buffer(0.5).area
    assert high.area < 0.95 * ring.area  # the Caucasus closed: a real shadow


@pytest.mark.parametrize(("level", "radius_km"), [("low", 1500.0), ("high", 2400.0)])
def test_no_point_inside_needs_a_longer_route(
    mozdok: rc.airspace.ReachArea, level: str, radius_km: float
) -> None:
    for lon, lat in _sample(mozdok.areas[level], 12, seed=7):
        assert _route_km(lon, lat) <= radius_km + SLACK_KM, (lon, lat)


def test_no_point_left_out_has_a_shorter_route(mozdok: rc.airspace.ReachArea) -> None:
    ring = rc.data.range_ring(lat=mozdok.base.lat, lon=mozdok.base.lon, radius="2,400 km")
    outside = ring.difference(mozdok.areas["high"])
    for lon, lat in _sample(outside, 12, seed=11):
        assert _route_km(lon, lat) > 2400.0 - SLACK_KM, (lon, lat)


def test_without_closed_airspace_the_area_is_the_geodesic_disc() -> None:
    ra = reach_area("Mozdok", "1,000 km", resolution="20 km")
    ring = rc.data.range_ring(lat=ra.base.lat, lon=ra.base.lon, radius="1,000 km")
    # symmetric difference no more than a band one cell diagonal wide along the edge
    band = ring.exterior.buffer(20.0 / 111.0 * 2.2)
    assert ra.areas["nominal"].symmetric_difference(ring).difference(band).area < 1e-9
    assert ra.exact_points <= ra.grid_points // 4  # bounded, not routed, almost everywhere


def test_monotone_in_closed_airspace() -> None:
    one = reach_area(
        "Mozdok", "1,200 km", policy=AirspacePolicy.of(denied=["GE"]), resolution="30 km"
    )
    two = reach_area(
        "Mozdok", "1,200 km", policy=AirspacePolicy.of(denied=["GE", "AZ"]), resolution="30 km"
    )
    assert one.areas["nominal"].buffer(1e-6).contains(two.areas["nominal"])


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"radius": "0 km"}, "positive"),
        ({"radius": ("2,000 km", "1,000 km", "3,000 km")}, "low <= nominal"),
        ({"radius": "1,000 km", "resolution": "100 m"}, "resolution"),
        ({"radius": "12,000 km"}, "pole or the antimeridian"),
        ({"radius": "1,000 kg"}, "kg"),
    ],
)
def test_bad_input_is_refused_clearly(kwargs: dict[str, object], match: str) -> None:
    with pytest.raises(InputError, match=match):
        reach_area("Mozdok", **kwargs)  # type: ignore[arg-type]


def test_a_base_on_a_closed_border_may_cross_that_strip() -> None:
    """Regression: Kobani lies 0.5 km inside Turkey in the boundaries; route() lets a leg
    from it cross that strip (leg_permit), so Aleppo, 130 km by route, is in reach."""
    ra = reach_area("Kobani", "500 km", policy=AirspacePolicy.of(denied=["TR"]), resolution="25 km")
    assert ra.areas["nominal"].contains(shapely.Point(37.16, 36.20))
    assert any("accuracy of the boundaries" in n for n in ra.notes)


def test_cells_that_would_cross_the_antimeridian_are_refused() -> None:
    """Regression: the check covers the grid's margin, not just the ring."""
    with pytest.raises(InputError, match="antimeridian"):
        reach_area("0, 179.9", "10 km", resolution="10 km")
