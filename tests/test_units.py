"""Units: parsing quantities as people write them, and the boundary helpers."""

from __future__ import annotations

import numpy as np
import pint
import pytest
from hypothesis import given
from hypothesis import strategies as st

from rangecalc import ureg
from rangecalc.data import UnitError, as_quantity, magnitude, parse_quantity, parse_unit


@pytest.mark.parametrize(
    ("text", "unit", "expected"),
    [
        ("1,200 nmi", "km", 1200 * 1.852),  # 1 nmi = 1,852 m exactly (SI brochure)
        ("12 t", "kg", 12_000),
        ("900 km/h", "m/s", 250.0),
        ("480 kt", "km/h", 480 * 1.852),
        ("5 h 30 min", "min", 330),
        ("1.5e3 km", "m", 1.5e6),
        ("12t", "kg", 12_000),
        ("5h30min", "h", 5.5),
        ("1_200 km", "km", 1200),
        ("2,900 lb", "kg", 2900 * 0.45359237),  # international pound, exact
        ("35 degC", "K", 308.15),
        ("-3 m", "m", -3),
        ("  7 km  ", "km", 7),
        ("12 metric_ton", "t", 12),
        ("4 000 kg", "kg", None),  # separator by space is not accepted: see below
    ],
)
def test_parse_quantity_values(text: str, unit: str, expected: float | None) -> None:
    if expected is None:
        with pytest.raises(UnitError):
            parse_quantity(text)
        return
    assert parse_quantity(text).to(unit).magnitude == pytest.approx(expected, rel=1e-12)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("12", "without a unit"),
        ("3 nm", "nmi"),
        ("3 NM", "nmi"),
        ("12 ton", "short ton"),
        ("12 tons", "write 't' for tonnes"),
        ("200 nm/h", "nmi"),
        ("1,5 km", "decimals with a point"),
        ("1,2000 km", "comma may only separate thousands"),
        ("nan km", "not a finite"),
        ("inf km", "not a finite"),
        ("5 h 3 km", "mixes a duration and a length"),
        ("12 kms", "unknown unit"),
        ("", "empty"),
        ("km", "cannot read"),
        ("10 degC 5 degC", "temperatures cannot be written as a sum"),
        ("5 h -30 min", "only the first term may carry a sign"),
        ("10 kilotons", "short ton"),
        ("3 kton", "short ton"),
        ("5 (km", "cannot read"),
        ("5 km)", "cannot read"),
        ("5 km**0", "cannot read"),
    ],
)
def test_parse_quantity_rejects(text: str, fragment: str) -> None:
    with pytest.raises(UnitError, match=fragment):
        parse_quantity(text, name="payload")


def test_error_names_the_parameter() -> None:
    with pytest.raises(UnitError, match=r"^payload: "):
        parse_quantity("12", name="payload")


def test_nm_is_refused_as_a_unit_everywhere() -> None:
    with pytest.raises(UnitError, match="nanometre"):
        parse_unit("nm")
    with pytest.raises(UnitError, match="nmi"):
        as_quantity("3 nm", "km", name="distance")
    # nmi itself is the nautical mile
    assert parse_unit("nmi") == ureg.Unit("nautical_mile")


@pytest.mark.parametrize("bare", [3.0, 3, np.float64(3.0), np.array([1.0, 2.0]), True, None])
def test_bare_numbers_are_refused(bare: object) -> None:
    with pytest.raises(UnitError, match="without a unit"):
        magnitude(bare, "km", name="distance")


def test_wrong_dimension_is_named() -> None:
    with pytest.raises(
        UnitError, match=r"distance: expected a length .* got 3(\.0)? kg \(a mass\)"
    ):
        magnitude("3 kg", "km", name="distance")


def test_nan_quantity_is_refused() -> None:
    with pytest.raises(UnitError, match="not finite"):
        magnitude(ureg.Quantity(np.array([1.0, np.nan]), "km"), "km", name="distance")


def test_quantity_from_another_registry_is_accepted() -> None:
    other = pint.UnitRegistry()
    assert magnitude(other.Quantity(2.0, "nautical_mile"), "m", name="d") == pytest.approx(3704.0)


def test_sequence_of_strings_becomes_an_array() -> None:
    out = magnitude(["1 t", "2,000 kg", "3 t"], "kg", name="payload")
    np.testing.assert_allclose(out, [1000.0, 2000.0, 3000.0])


def test_magnitude_returns_float_for_scalars_and_array_for_arrays() -> None:
    assert isinstance(magnitude("1 km", "m", name="d"), float)
    out = magnitude(ureg.Quantity(np.array([1.0, 2.0]), "km"), "m", name="d")
    assert isinstance(out, np.ndarray)
    np.testing.assert_allclose(out, [1000.0, 2000.0])


@given(
    st.floats(min_value=1e-3, max_value=1e6, allow_nan=False),
    st.sampled_from(["km", "nmi", "mi", "m", "ft"]),
)
def test_parse_round_trips_formatted_numbers(value: float, unit: str) -> None:
    text = f"{value:,.6f} {unit}"
    parsed = parse_quantity(text)
    assert parsed.to(unit).magnitude == pytest.approx(round(value, 6), rel=1e-12, abs=1e-9)


@given(st.floats(min_value=0.0, max_value=20_000.0, allow_nan=False))
def test_magnitude_invariant_under_unit_of_input(km: float) -> None:
    q_km = ureg.Quantity(km, "km")
    for unit in ("nmi", "mi", "m"):
        assert magnitude(q_km.to(unit), "km", name="d") == pytest.approx(km, rel=1e-12, abs=1e-9)


@pytest.mark.parametrize("unit", ["km)", "(km", "km^0", "", "nm"])
def test_malformed_unit_names_raise_unit_error(unit: str) -> None:
    """Regression: pint's tokenizer errors escaped as TokenError/KeyError."""
    with pytest.raises(UnitError):
        parse_unit(unit)


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        (ureg.Quantity(0.5, ""), "expected an angle"),  # pint reads a bare 0.5 as 0.5 rad
        ("50 %", "expected an angle"),
        ("3 km", "expected an angle"),
    ],
)
def test_angles_need_angle_units(value: object, fragment: str) -> None:
    with pytest.raises(UnitError, match=fragment):
        magnitude(value, "degree", name="bearing")
    assert magnitude("0.5 rad", "degree", name="bearing") == pytest.approx(28.64788975654116)


def test_temperature_difference_is_not_a_temperature() -> None:
    with pytest.raises(UnitError, match="cannot express"):
        magnitude("5 delta_degC", "degC", name="temperature")


def test_overflow_on_conversion_is_refused() -> None:
    with pytest.raises(UnitError, match="too large"):
        magnitude("1e306 km", "m", name="distance")


def test_foreign_registry_with_unknown_unit() -> None:
    other = pint.UnitRegistry()
    other.define("smoot = 1.7018 m")
    with pytest.raises(UnitError, match="not known to rangecalc's registry"):
        magnitude(other.Quantity(1.0, "smoot"), "m", name="distance")
    arr = other.Quantity(np.array([1.0, 2.0]), "nautical_mile")
    np.testing.assert_allclose(magnitude(arr, "m", name="distance"), [1852.0, 3704.0])


def test_list_mixing_arrays_and_scalars_is_refused() -> None:
    with pytest.raises(UnitError, match="scalars only"):
        magnitude([ureg.Quantity(np.array([1.0, 2.0]), "t"), "3 t"], "kg", name="payload")
