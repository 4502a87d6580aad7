"""Coverage of a country: 100 % and 0 % against independent distances, monotone in bases."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st
from pyproj import Transformer

import rangecalc as rc
from rangecalc import AirspacePolicy, InputError, Mission
from rangecalc._core import geodesic as _g
from rangecalc.airspace.boundaries import builtin_boundaries

DENY4 = AirspacePolicy.of(denied=["TR", "IQ", "JO", "IL"])


def far_and_near_km(base: str, country: str) -> tuple[float, float]:
    """Geodesic distance from the base to the farthest and nearest vertex of the country's land."""
    p = rc.resolve_place(base)
    land = builtin_boundaries().land(country)
    xy = shapely.get_coordinates(land)
    s = _g.inverse(
        lat1=np.full(len(xy), p.lat), lon1=np.full(len(xy), p.lon), lat2=xy[:, 1], lon2=xy[:, 0]
    )[0]
    return float(s.max() / 1000), float(s.min() / 1000)


def test_a_base_whose_reach_covers_the_country_covers_all_of_it() -> None:
    far, _ = far_and_near_km("Khmeimim", "SY")
    c = rc.coverage(["Khmeimim"], "SY", radius=f"{far + 30:.0f} km", resolution="10 km")
    assert c.shares == {"low": 1.0, "nominal": 1.0, "high": 1.0}
    assert c.uncovered["nominal"].is_empty
    assert c.coverage == 1.0


def test_a_base_out_of_reach_covers_nothing() -> None:
    _, near = far_and_near_km("Engels", "SY")
    c = rc.coverage(["Engels"], "SY", radius=f"{near - 30:.0f} km", resolution="10 km")
    assert c.shares == {"low": 0.0, "nominal": 0.0, "high": 0.0}
    # the uncovered part is the whole country, to within the cells along its edge
    land = builtin_boundaries().land("SY")
    assert c.uncovered["nominal"].area == pytest.approx(land.area, rel=0.03)


def test_share_between_is_that_of_the_geodesic_disc() -> None:
    """No closed airspace: the covered share is the country's part within a geodesic ring."""
    c = rc.coverage(["Khmeimim"], "SY", radius="300 km", resolution="5 km")
    base = rc.resolve_place("Khmeimim")
    ring = rc.data.range_ring(lat=base.lat, lon=base.lon, radius="300 km")
    land = builtin_boundaries().land("SY")
    # areas in another equal-area projection (EASE-Grid 2.0, cylindrical), not the module's
    to_ease = Transformer.from_crs("EPSG:4326", "EPSG:6933", always_xy=True)

    def area(g: shapely.Geometry) -> float:
        return float(shapely.transform(g, lambda c: np.column_stack(to_ease.transform(*c.T))).area)

    expected = area(land.intersection(ring)) / area(land)
    assert c.coverage == pytest.approx(expected, abs=0.01)
    assert 0.05 < c.coverage < 0.95


@given(st.sets(st.sampled_from(["Hamadan", "Mozdok", "Khmeimim", "Incirlik", "OJAI"]), min_size=1))
@settings(max_examples=8)
def test_adding_a_base_never_lowers_coverage(names: set[str]) -> None:
    bases = sorted(names)
    c = rc.coverage(bases, "SY", radius="700 km", resolution="40 km", policy=DENY4)
    more = rc.coverage([*bases, "Aleppo"], "SY", radius="700 km", resolution="40 km", policy=DENY4)
    for level in ("low", "nominal", "high"):
        assert more.shares[level] >= c.shares[level]
        assert c.shares[level] >= max(c.per_base) - 1e-12 or level != "nominal"


def test_closed_airspace_never_raises_coverage() -> None:
    kw = {"aircraft": "Tu-22M3", "mission": Mission(payload="3 t"), "resolution": "20 km"}
    open_ = rc.coverage(["Mozdok"], "SY", **kw)  # type: ignore[arg-type]
    shut = rc.coverage(["Mozdok"], "SY", policy=DENY4, **kw)  # type: ignore[arg-type]
    assert open_.coverage == 1.0
    assert shut.coverage < 0.5  # the way round is through the Turkish straits
    for level in ("low", "nominal", "high"):
        assert shut.shares[level] <= open_.shares[level]
    assert shut.shares["low"] <= shut.shares["nominal"] <= shut.shares["high"]


def test_syria_from_three_bases_under_four_country_denial() -> None:
    c = rc.coverage(
        ["Hamadan", "Mozdok", "Khmeimim"],
        "SY",
        aircraft="Su-34",
        mission=Mission(payload="4 t"),
        policy=DENY4,
        resolution="5 km",
    )
    assert c.cells > 7_000  # Syria is ~185,000 km2: ~7,400 cells of 25 km2
    assert c.coverage == 1.0  # Khmeimim alone reaches all of Syria
    assert c.per_base[:2] == (0.0, 0.0)  # Iran and Russia are cut off by the denial
    assert any("closed: IL, IQ, JO, TR" in n for n in c.notes)


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"country": "ZZ"}, "ZZ"),
        ({"country": "HR", "resolution": "300 km"}, "finer resolution"),
        ({"country": "SY", "resolution": "0.1 km"}, "1 km to 500 km"),
        ({"country": "SY", "aircraft": "Su-34"}, "either an aircraft"),
    ],
)
def test_coverage_refuses_bad_input(kwargs: dict[str, object], words: str) -> None:
    args = {"radius": "500 km", "resolution": "20 km", **kwargs}
    with pytest.raises(rc.RangecalcError) as info:
        rc.coverage(["Khmeimim"], **args)  # type: ignore[arg-type]
    assert words in str(info.value)


def test_no_base_is_refused() -> None:
    with pytest.raises(InputError):
        rc.coverage([], "SY", radius="500 km")
