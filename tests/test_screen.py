"""Certified spherical screening: the bound holds, and screened verdicts equal exact ones."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from rangecalc import InputError, ureg
from rangecalc._core import geodesic as _g
from rangecalc._core import screen as _s
from rangecalc.data import UnitError
from rangecalc.scale.screen import screen_reach

lats = st.floats(-90, 90, allow_nan=False)
lons = st.floats(-180, 180, allow_nan=False)


def exact_codes(o: np.ndarray, t: np.ndarray, low: np.ndarray, high: np.ndarray) -> np.ndarray:
    """The oracle: pyproj's geodesic for every pair, compared as a claim compares."""
    la1 = np.repeat(o[:, 0], len(t))
    lo1 = np.repeat(o[:, 1], len(t))
    la2 = np.tile(t[:, 0], len(o))
    lo2 = np.tile(t[:, 1], len(o))
    s = _g.inverse(lat1=la1, lon1=lo1, lat2=la2, lon2=lo2)[0].reshape(len(o), len(t))
    return np.where(s <= low[:, None], 0, np.where(s > high[:, None], 2, 1))


F = 1 / 298.257223563


def central_angle(o: np.ndarray, t: np.ndarray) -> np.ndarray:
    """Angle on the sphere of reduced latitudes, by the haversine formula (independent of the
    screen's unit vectors and dot product)."""
    la1, la2 = (np.arctan((1 - F) * np.tan(np.radians(x))) for x in (o[:, 0], t[:, 0]))
    dlo = np.radians(t[:, 1] - o[:, 1])
    h = np.sin((la2 - la1) / 2) ** 2 + np.cos(la1) * np.cos(la2) * np.sin(dlo / 2) ** 2
    return np.asarray(2 * np.arcsin(np.sqrt(np.clip(h, 0, 1))))


def test_constants_are_the_axes_of_wgs84() -> None:
    a = 6378137.0
    b = a * (1 - F)
    assert pytest.approx(a, rel=1e-15) == _s.M_MAX
    assert pytest.approx(b, rel=1e-12) == _s.M_MIN  # 6,356,752.3 m
    assert pytest.approx((a + b) / 2, rel=1e-12) == _s.SCREEN_RADIUS
    assert pytest.approx(F / (2 - F), rel=1e-12) == _s.SCREEN_BOUND  # 0.1679 %


def test_bound_is_attained_at_its_extremes() -> None:
    """Short meridian arcs at the equator have ratio 1 - δ (b / ρ); short equatorial arcs
    and short arcs at a pole 1 + δ (a / ρ)."""
    o = np.array([[-0.005, 10.0], [0.0, 10.0], [89.999, 0.0]])
    t = np.array([[0.005, 10.0], [0.0, 10.01], [89.999, 90.0]])
    s = _g.inverse(lat1=o[:, 0], lon1=o[:, 1], lat2=t[:, 0], lon2=t[:, 1])[0]
    ratio = s / (_s.SCREEN_RADIUS * central_angle(o, t))
    assert ratio[0] == pytest.approx(1 - _s.SCREEN_BOUND, abs=2e-7)
    assert ratio[1] == pytest.approx(1 + _s.SCREEN_BOUND, abs=2e-7)
    assert ratio[2] == pytest.approx(1 + _s.SCREEN_BOUND, abs=2e-7)


@given(lats, lons, lats, lons)
@example(90, 0, -90, 0)  # pole to pole
@example(0, 0, 0, 179.9)  # near antipodes on the equator
@example(0.0, 179.99, 0.0, -179.99)  # across the antimeridian
@example(89.9, -179.0, 89.9, 179.0)  # near a pole, across the antimeridian
def test_geodesic_lies_within_the_proven_band(
    la1: float, lo1: float, la2: float, lo2: float
) -> None:
    o, t = np.array([[la1, lo1]]), np.array([[la2, lo2]])
    s = float(_g.inverse(lat1=la1, lon1=lo1, lat2=la2, lon2=lo2)[0])
    r_sigma = float(_s.SCREEN_RADIUS * central_angle(o, t)[0])
    assert (1 - _s.SCREEN_BOUND) * r_sigma - 1e-6 <= s <= (1 + _s.SCREEN_BOUND) * r_sigma + 1e-6


@st.composite
def edge_cases(draw: st.DrawFn) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Origins anywhere (poles included); targets at the band's edges, near antipodes, across
    the antimeridian; each origin's low and high reach."""
    n = draw(st.integers(1, 4))
    special = st.sampled_from([(90.0, 0.0), (-90.0, 0.0), (0.0, 180.0), (0.0, -180.0)])
    origins = np.array(
        [draw(st.one_of(special, st.tuples(lats, lons))) for _ in range(n)], dtype=float
    )
    low = np.array([draw(st.floats(0.0, 19_000e3)) for _ in range(n)])
    high = low * np.array([draw(st.floats(1.0, 1.2)) for _ in range(n)])
    pts = []
    for k in range(n):
        for r in (low[k], high[k]):
            # targets whose geodesic distance sits at the band's edges and at the threshold
            for u in (-1.0, -0.999, 0.0, 0.999, 1.0, 1.001):
                d = float(np.clip(r * (1 + u * _s.SCREEN_BOUND), 0.0, 19_990e3))
                azi = draw(st.floats(-180, 180))
                la, lo, _ = _g.direct(lat=origins[k, 0], lon=origins[k, 1], azi=azi, s=d)
                pts.append((float(la), float(lo)))
        # near the antipode and across the antimeridian from the origin
        la, lo = -origins[k, 0], float(_g.wrap180(origins[k, 1] + 180.0))
        pts.append((float(np.clip(la + draw(st.floats(-0.01, 0.01)), -90, 90)), lo))
        pts.append((origins[k, 0], float(_g.wrap180(-origins[k, 1]))))
    pts.append((draw(lats), draw(lons)))
    return origins, np.array(pts), low, high


def tight_pairs() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs where the sphere is as far off as the bound allows, with a reach 0.3 m either
    side of the true distance; identical points against reaches of 0 to 1.05 m; near
    antipodes. A bound or slack taken too small decides some of them wrongly."""
    o, t, r = [], [], []
    for length in (1e3, 1e5, 2e6, 9e6):  # meridian arcs at the equator, equatorial arcs
        for azi in (0.0, 90.0):
            la, lo, _ = _g.direct(lat=0.0, lon=20.0, azi=azi, s=length)
            s = float(_g.inverse(lat1=0.0, lon1=20.0, lat2=la, lon2=lo)[0])
            for d in (-0.3, 0.0, 0.3):
                o.append((0.0, 20.0))
                t.append((float(la), float(lo)))
                r.append(s + d)
    for d in (0.0, 0.3, 0.5, 1.0):  # a point and its neighbour under a metre away
        la, lo, _ = _g.direct(lat=35.0, lon=48.0, azi=30.0, s=d)
        for reach in (0.0, 0.25, 0.5, 1.0, 1.05):
            o.append((35.0, 48.0))
            t.append((float(la), float(lo)))
            r.append(reach)
    for off in (0.0, 1e-4, 0.01, 0.5):  # near antipodes, with reaches around their distance
        p, q = (10.0, 30.0), (-10.0 + off, -150.0)
        s = float(_g.inverse(lat1=p[0], lon1=p[1], lat2=q[0], lon2=q[1])[0])
        for d in (-0.3, 0.3):
            o.append(p)
            t.append(q)
            r.append(s + d)
    return np.array(o), np.array(t), np.array(r)


def test_screen_is_exact_where_the_sphere_is_tightest() -> None:
    o, t, r = tight_pairs()
    codes = np.array(
        [screen_reach(o[k : k + 1], t[k : k + 1], r[k] * ureg.m).codes[0, 0] for k in range(len(r))]
    )
    truth = np.array([exact_codes(o[k : k + 1], t[k : k + 1], r[k : k + 1], r[k : k + 1])[0, 0]
                      for k in range(len(r))])  # fmt: skip
    np.testing.assert_array_equal(codes, truth)
    assert set(truth.tolist()) == {0, 2}


@given(edge_cases())
@settings(max_examples=150)
def test_screened_verdicts_equal_exact_verdicts(
    case: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray],
) -> None:
    o, t, low, high = case
    s = screen_reach(o, t, (low * ureg.m, high * ureg.m), chunk_pairs=7)  # many chunks
    np.testing.assert_array_equal(s.codes, exact_codes(o, t, low, high))


def test_sphere_alone_would_be_wrong_and_the_band_catches_it() -> None:
    rng = np.random.default_rng(5)
    o = np.column_stack(
        [np.degrees(np.arcsin(rng.uniform(-1, 1, 200))), rng.uniform(-180, 180, 200)]
    )
    t = np.column_stack(
        [np.degrees(np.arcsin(rng.uniform(-1, 1, 2000))), rng.uniform(-180, 180, 2000)]
    )
    r = rng.uniform(500e3, 15_000e3, 200)
    truth = exact_codes(o, t, r, r)
    sigma = np.arccos(
        np.clip(_s.unit_vectors(o[:, 0], o[:, 1]) @ _s.unit_vectors(t[:, 0], t[:, 1]).T, -1, 1)
    )
    for radius in (6_371_008.8, _s.SCREEN_RADIUS):  # mean radius, and the screen's own
        naive = np.where(radius * sigma <= r[:, None], 0, 2)
        assert np.count_nonzero(naive != truth) > 0
    screened = screen_reach(o, t, r * ureg.m)
    assert np.count_nonzero(screened.codes != truth) == 0
    assert 0 < screened.exact_pairs < 0.05 * screened.pairs


@given(st.floats(1e3, 19e6), st.floats(1.0, 2.0))
@settings(max_examples=30)
def test_more_reach_never_loses_a_target(r: float, grow: float) -> None:
    rng = np.random.default_rng(int(r) % 1000)
    o = np.array([[35.2, 48.6], [-60.0, 170.0]])
    t = np.column_stack([rng.uniform(-90, 90, 300), rng.uniform(-180, 180, 300)])
    near = screen_reach(o, t, r * ureg.m).codes == 0
    far = screen_reach(o, t, r * grow * ureg.m).codes == 0
    assert np.all(far[near])


def test_units_do_not_change_the_verdicts() -> None:
    o = np.array([[35.2, 48.6]])
    t = np.array([[35.33, 40.14], [31.77, 35.21], [55.7, 37.6]])
    km = screen_reach(o, t, "1,500 km").codes
    nmi = screen_reach(o, t, ureg.Quantity(1500 / 1.852, "nmi")).codes
    np.testing.assert_array_equal(km, nmi)


@pytest.mark.parametrize(
    ("origins", "reach", "error", "words"),
    [
        ([(91.0, 0.0)], "100 km", InputError, "|lat| <= 90"),
        ([(float("nan"), 0.0)], "100 km", InputError, "origins[0]"),
        ([(1.0, 2.0, 3.0)], "100 km", InputError, "(lat, lon)"),
        ([(10.0, 0.0)], "-5 km", InputError, "non-negative"),
        ([(10.0, 0.0)], ("200 km", "100 km"), InputError, "low reach exceeds"),
        ([(10.0, 0.0)], "5 kg", UnitError, "reach"),
    ],
)
def test_bad_input_is_refused_with_a_sentence(
    origins: list[tuple[float, ...]], reach: object, error: type[Exception], words: str
) -> None:
    with pytest.raises(error) as info:
        screen_reach(origins, [(0.0, 0.0)], reach)
    assert words in str(info.value)
