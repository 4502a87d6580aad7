"""Place references: catalog names and aliases, airfield codes, decimal and DMS coordinates."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rangecalc import InputError, load_catalog, resolve_place
from rangecalc.data import PlaceNotFoundError, parse_coordinates
from rangecalc.testing import points


@pytest.mark.parametrize(
    ("reference", "name"),
    [
        ("Hamadan", "Hamadan"),
        ("hamadan", "Hamadan"),
        ("  HAMADAN ", "Hamadan"),
        ("Shahid Nojeh", "Hamadan"),
        ("deir-ez-zor", "Deir ez-Zor"),
        ("Deir ez Zor", "Deir ez-Zor"),
        ("Dayr az-Zawr", "Deir ez-Zor"),
        ("Hmeimim", "Khmeimim"),
        ("OIHS", "Hamadan"),  # ICAO code of a catalog place: the catalog's sourced entry wins
        ("oihs", "Hamadan"),
        ("NUJ", "Hamadan"),  # IATA
        ("URMF", "Mozdok"),  # not in airportsdata, but in the catalog
    ],
)
def test_catalog_names_aliases_and_codes(reference: str, name: str) -> None:
    assert resolve_place(reference).name == name


def test_accents_are_ignored(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "extra.toml"
    path.write_text(
        '[places."Zürich Kloten"]\nlat = 47.4647\nlon = 8.5492\nkind = "airport"\ncountry = "CH"\n'
        'aliases = ["Flughafen Zürich"]\n',
        encoding="utf-8",
    )
    catalog = load_catalog(path)
    assert resolve_place("zurich kloten", catalog).name == "Zürich Kloten"
    assert resolve_place("FLUGHAFEN ZURICH", catalog).name == "Zürich Kloten"


def test_airportsdata_fallback() -> None:
    """Codes not in the catalog come from the airportsdata package (with its version as source)."""
    jfk = resolve_place("KJFK")
    assert jfk.country == "US"
    assert jfk.lat == pytest.approx(40.64, abs=0.01)
    assert jfk.lon == pytest.approx(-73.78, abs=0.01)
    assert jfk.source is not None and jfk.source.startswith("airportsdata")
    assert jfk.elevation is not None
    assert resolve_place("LHR").country == "GB"


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        ("35.21, 48.65", 35.21, 48.65),
        ("35.21 48.65", 35.21, 48.65),
        ("35.21;48.65", 35.21, 48.65),
        ("-7.97, -14.39", -7.97, -14.39),
        ("35.21N 48.65E", 35.21, 48.65),
        ("7.97S, 14.39W", -7.97, -14.39),
        ("48.65E 35.21N", 35.21, 48.65),
        ("35°12′42″N 48°39′12″E", 35 + 12 / 60 + 42 / 3600, 48 + 39 / 60 + 12 / 3600),
        ("35°12'42\"N 48°39'12\"E", 35 + 12 / 60 + 42 / 3600, 48 + 39 / 60 + 12 / 3600),
        ("35° 12' 42\" N, 48° 39' 12\" E", 35 + 12 / 60 + 42 / 3600, 48 + 39 / 60 + 12 / 3600),
        ("48°39′12″E 35°12′42″N", 35 + 12 / 60 + 42 / 3600, 48 + 39 / 60 + 12 / 3600),
        ("35°12.7'N 48°39.2'E", 35 + 12.7 / 60, 48 + 39.2 / 60),
        ("07°58′10″S 014°23′38″W", -(7 + 58 / 60 + 10 / 3600), -(14 + 23 / 60 + 38 / 3600)),
        ("N35°12′42″ E48°39′12″", 35 + 12 / 60 + 42 / 3600, 48 + 39 / 60 + 12 / 3600),
        ("90, 180", 90.0, 180.0),
        # regression: the minus sign of a zero-degree DMS value was dropped
        ("51°28′N -0°27′", 51 + 28 / 60, -0.45),
        ("-0°30′ -0°15′", -0.5, -0.25),
        ("-0d30m 10d", -0.5, 10.0),
        # a seconds mark is lower-case 's' only: 'S' stays a hemisphere
        ("35°12′5s N 48°39′ E", 35 + 12 / 60 + 5 / 3600, 48 + 39 / 60),
        ("35°12′S 48°39′E", -(35 + 12 / 60), 48 + 39 / 60),
    ],
)
def test_coordinates(text: str, lat: float, lon: float) -> None:
    assert parse_coordinates(text) == pytest.approx((lat, lon), abs=1e-12)
    place = resolve_place(text)
    assert (place.lat, place.lon) == pytest.approx((lat, lon), abs=1e-12)
    assert place.kind == "point"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("95, 10", "latitude 95 is outside"),
        ("10, 190", "longitude 190 is outside"),
        ("35°61′N 48°E", "below 60"),
        ("35°12′75″N 48°E", "below 60"),
        ("35N 48N", "both coordinates are latitudes"),
        ("-35S 48E", "minus sign"),
    ],
)
def test_bad_coordinates(text: str, fragment: str) -> None:
    with pytest.raises(InputError, match=fragment):
        resolve_place(text)


def test_unknown_place_lists_closest_matches() -> None:
    with pytest.raises(PlaceNotFoundError) as info:
        resolve_place("Hamadn")
    assert info.value.suggestions[0] == "Hamadan"
    assert "closest matches: 'Hamadan'" in str(info.value)
    with pytest.raises(PlaceNotFoundError, match="Mozdok"):
        resolve_place("Mosdok")


def test_unknown_code_is_not_found() -> None:
    with pytest.raises(PlaceNotFoundError):
        resolve_place("QQQQ")


@pytest.mark.parametrize("bad", ["", "   ", None, 35.2])
def test_non_text_reference(bad: object) -> None:
    with pytest.raises(InputError):
        resolve_place(bad)  # type: ignore[arg-type]


@given(points(), st.sampled_from(["{:.6f}, {:.6f}", "{:.6f} {:.6f}"]))
def test_decimal_round_trip(p: tuple[float, float], fmt: str) -> None:
    lat, lon = parse_coordinates(fmt.format(*p)) or (None, None)
    assert lat == pytest.approx(round(p[0], 6), abs=1e-9)
    assert lon == pytest.approx(round(p[1], 6), abs=1e-9)


@given(points())
def test_dms_round_trip(p: tuple[float, float]) -> None:
    def dms(value: float, pos: str, neg: str) -> str:
        total = round(abs(value) * 3600, 2)
        d, rem = divmod(total, 3600)
        m, s = divmod(rem, 60)
        return f"{int(d)}°{int(m)}′{s:.2f}″{pos if value >= 0 else neg}"

    text = f"{dms(p[0], 'N', 'S')} {dms(p[1], 'E', 'W')}"
    lat, lon = parse_coordinates(text) or (None, None)
    assert lat == pytest.approx(p[0], abs=0.01 / 3600 + 1e-12)
    assert lon == pytest.approx(p[1], abs=0.01 / 3600 + 1e-12)
