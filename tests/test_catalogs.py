"""The shipped catalogs: complete, sourced, consistent with independent data."""

from __future__ import annotations

from pathlib import Path

import airportsdata
import pytest

from rangecalc import Airframe, default_catalog, distance, load_catalog
from rangecalc.catalog import UnknownEntryError, builtin_catalog_dir
from rangecalc.data import CatalogError

# The 18 airframes, the weapons with figures and the places of the team's reference file
# (../shared/reference/domain_data.md), under the names the catalog gives them.
AIRFRAMES = [
    "Tu-22M3",
    "Su-34",
    "Su-30SM",
    "Su-35S",
    "Su-24M",
    "Tu-160",
    "Tu-95MS",
    "Il-76MD",
    "Il-78M",
    "MiG-31",
    "B-1B",
    "B-52H",
    "F-15E",
    "F-16C",
    "F-111F",
    "Vulcan B.2",
    "B-2A",
    "KC-135R",
]
WEAPONS = ["3M-14 Kalibr", "Kh-101", "Kh-555", "Kh-22", "Tomahawk", "FAB-500", "OFAB-250-270"]
SEED_PLACES = [
    "Hamadan",
    "Mozdok",
    "Khmeimim",
    "Deir ez-Zor",
    "Raqqa",
    "Aleppo",
    "Palmyra",
    "Idlib",
    "Southern Caspian launch area",
    "Strait of Hormuz",
    "Engels-2",
]


def test_shipped_catalogs_validate_with_sources_required() -> None:
    catalog = load_catalog(builtin_catalog_dir(), require_sources=True)
    assert len(catalog.airframes) >= 18
    assert len(catalog.places) >= 28


@pytest.mark.parametrize("name", AIRFRAMES)
def test_reference_airframes_are_shipped(name: str) -> None:
    assert default_catalog().airframe(name).name == name


@pytest.mark.parametrize("name", WEAPONS)
def test_reference_weapons_are_shipped(name: str) -> None:
    assert default_catalog().weapon(name).name == name


@pytest.mark.parametrize("name", SEED_PLACES)
def test_seed_places_are_shipped(name: str) -> None:
    assert default_catalog().place(name).name == name


def test_every_figure_has_a_source() -> None:
    for entry in default_catalog():
        for field, figure in entry.figures().items():
            assert figure.source, f"{entry.name}.{field} has no source"
        if hasattr(entry, "lat"):
            assert entry.source, f"place {entry.name} has no source"


def test_tu22m3_in_service_has_no_refuelling_probe() -> None:
    """SALT II: probes removed from the Tu-22M3 (Kommersant 2019; Interfax-AVN 2018)."""
    assert default_catalog().airframe("Tu-22M3").aerial_refueling == "none"


@pytest.mark.parametrize(
    ("name", "field", "low_kg", "value_kg", "high_kg"),
    [
        # Published spreads, domain_data.md table A1.
        ("Tu-22M3", "max_takeoff_mass", 124_000, 126_000, 130_000),
        ("Tu-22M3", "empty_mass", 50_000, 54_000, 54_000),
        ("Tu-22M3", "max_payload", 20_000, 24_000, 24_000),
        ("Su-34", "internal_fuel", 9_800, 12_100, 12_100),
        ("B-52H", "max_takeoff_mass", 219_600, 219_600, 221_353),
    ],
)
def test_published_spreads(
    name: str, field: str, low_kg: float, value_kg: float, high_kg: float
) -> None:
    fig = getattr(default_catalog().airframe(name), field)
    assert fig.interval("kg") == pytest.approx((low_kg, value_kg, high_kg))


def test_sourced_airfields_agree_with_airportsdata() -> None:
    """Catalog coordinates come from other sources than airportsdata: they must agree."""
    table = airportsdata.load("ICAO")
    checked = 0
    for place in default_catalog().places.values():
        if place.icao and place.icao in table:
            rec = table[place.icao]
            gap = distance(lat1=place.lat, lon1=place.lon, lat2=rec["lat"], lon2=rec["lon"])
            assert gap.to("km").magnitude < 3.0, place.name
            assert rec["country"] == place.country, place.name
            checked += 1
    assert checked >= 10


def test_airframe_invariants_hold_for_every_corner_of_the_spread() -> None:
    for a in default_catalog().airframes.values():
        assert isinstance(a, Airframe)
        assert a.empty_mass.high < a.max_takeoff_mass.low or a.name == "Vulcan B.2"
        assert a.empty_mass.value + a.max_payload.value <= a.max_takeoff_mass.value


def test_lookup_errors_suggest_names() -> None:
    with pytest.raises(UnknownEntryError, match=r"closest: .*'Tu-22M3'"):
        default_catalog().airframe("Tu22M9")
    with pytest.raises(UnknownEntryError, match="rangecalc catalog list weapons"):
        default_catalog().weapon("Kalibre-X")


def test_aliases_resolve() -> None:
    cat = default_catalog()
    assert cat.airframe("Backfire").name == "Tu-22M3"
    assert cat.airframe("fullback").name == "Su-34"
    assert cat.weapon("kalibr").name == "3M-14 Kalibr"


def test_extended_overrides_and_adds(tmp_path: Path) -> None:
    base = default_catalog()
    data = {
        "places": {
            "Mozdok": {"lat": 43.79, "lon": 44.60, "kind": "airbase", "country": "RU"},
            "southern-caspian-launch-area": {"lat": 39.5, "lon": 50.5, "kind": "sea area"},
            "Forward strip": {"lat": 34.5, "lon": 43.5, "kind": "airfield", "country": "IQ"},
        }
    }
    ext = base.extended(data, file="scenario.toml")
    assert ext.place("Mozdok").lat == 43.79
    assert ext.place("Southern Caspian launch area").kind == "sea area"  # replaced by name
    assert ext.place("Forward strip").kind == "airbase"  # "airfield" normalised
    assert base.place("Mozdok").lat == 43.7875  # the base catalog is unchanged
    with pytest.raises(CatalogError, match=r"scenario\.toml: places\.\"Mozdok\"\.lat"):
        base.extended(
            {"places": {"Mozdok": {"lat": 95, "lon": 44, "kind": "airbase", "country": "RU"}}},
            file="scenario.toml",
        )


def test_inline_name_equal_to_an_alias_is_refused_not_deleting_the_entry() -> None:
    """Regression: an inline place named like another entry's alias silently deleted it."""
    base = default_catalog()
    with pytest.raises(CatalogError) as info:
        base.extended(
            {"places": {"Nojeh": {"lat": 35.0, "lon": 48.0, "kind": "airbase", "country": "IR"}}},
            file="scenario.toml",
        )
    text = str(info.value)
    assert 'places."Nojeh"' in text and "'Hamadan'" in text and "alias" in text
    assert base.place("Hamadan").lat == pytest.approx(35.2117, abs=1e-3)


def test_directory_without_toml_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match=r"no \*\.toml files"):
        load_catalog(tmp_path)


def test_missing_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="no such file"):
        load_catalog(tmp_path / "absent.toml")
