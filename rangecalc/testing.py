"""Hypothesis strategies for property tests of code built on rangecalc.

Requires the ``test`` extra (``pip install 'rangecalc[test]'``). Example::

    from hypothesis import given
    from rangecalc import distance
    from rangecalc.testing import points

    @given(points(), points())
    def test_distance_is_symmetric(a, b):
        d_ab = distance(lat1=a[0], lon1=a[1], lat2=b[0], lon2=b[1])
        d_ba = distance(lat1=b[0], lon1=b[1], lat2=a[0], lon2=a[1])
        assert abs(d_ab - d_ba).to("m").magnitude < 1e-6
"""

from __future__ import annotations

from hypothesis import strategies as st

from rangecalc.units import Quantity, parse_unit, ureg

__all__ = ["latitudes", "lengths", "longitudes", "points", "quantities"]


def latitudes(*, max_abs: float = 90.0) -> st.SearchStrategy[float]:
    """Latitudes in [-max_abs, max_abs] decimal degrees, poles included by default."""
    return st.floats(min_value=-max_abs, max_value=max_abs, allow_nan=False)


def longitudes() -> st.SearchStrategy[float]:
    """Longitudes in [-180, 180] decimal degrees."""
    return st.floats(min_value=-180.0, max_value=180.0, allow_nan=False)


def points(*, max_abs_lat: float = 90.0) -> st.SearchStrategy[tuple[float, float]]:
    """``(lat, lon)`` pairs in decimal degrees."""
    return st.tuples(latitudes(max_abs=max_abs_lat), longitudes())


def quantities(
    unit: str,
    *,
    min_value: float,
    max_value: float,
    units: tuple[str, ...] | None = None,
) -> st.SearchStrategy[Quantity]:
    """Quantities between *min_value* and *max_value* (in *unit*), expressed in *units*.

    The magnitude is drawn in *unit*, then the quantity is converted to one of *units*
    (default: *unit* only), so that tests see the same physical value in different units.
    """
    base = parse_unit(unit)
    choices = units or (unit,)
    for u in choices:
        if parse_unit(u).dimensionality != base.dimensionality:
            raise ValueError(f"{u!r} is not of the same dimension as {unit!r}")
    return st.builds(
        lambda m, u: ureg.Quantity(m, base).to(parse_unit(u)),
        st.floats(min_value=min_value, max_value=max_value, allow_nan=False),
        st.sampled_from(choices),
    )


def lengths(*, min_km: float = 0.0, max_km: float = 19_000.0) -> st.SearchStrategy[Quantity]:
    """Lengths between *min_km* and *max_km*, in km, nmi, mi or m."""
    return quantities("km", min_value=min_km, max_value=max_km, units=("km", "nmi", "mi", "m"))
