"""The runway table: shipped figures checked against their source, and malformed files refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from rangecalc.data.errors import CatalogError
from rangecalc.data.runways import RunwayTable, builtin_runways
from rangecalc.data.units import ureg

GOOD = "# source: a test\nicao,length_m,surface,runways\nOIHS,4359,ASP,2\nOIIE,4198,ASP,1\n"


def test_hamadan_longest_open_runway() -> None:
    # OurAirports: OIHS 13R/31L, 14,300 ft, open (13/31 at 14,625 ft is closed).
    length = builtin_runways().length("OIHS")
    assert length is not None
    assert abs(length.to("m").magnitude - 14_300 * 0.3048) <= 1.0
    assert length.to("m").magnitude == pytest.approx(4359.0, abs=1.0)


def test_lookup_is_case_insensitive_and_unknown_is_none() -> None:
    table = builtin_runways()
    assert "oihs" in table
    assert "ZZZZ" not in table
    assert 4359 not in table
    assert table.length("ZZZZ") is None


def test_lengths_are_plausible() -> None:
    table = builtin_runways()
    lengths = [length_m for length_m, _, _ in table.entries.values()]
    assert all(0 < m < 6000 for m in lengths)  # the longest runways on Earth are ~5.5 km
    assert all(n >= 1 for _, _, n in table.entries.values())
    assert max(lengths) > 4500  # e.g. Ulyanovsk Vostochny, 5 km


def test_table_covers_many_airfields_and_names_its_source() -> None:
    table = builtin_runways()
    assert len(table) >= 10_000
    assert "OurAirports" in table.source
    assert builtin_runways() is table  # cached


def test_table_is_read_only() -> None:
    table = builtin_runways()
    with pytest.raises(TypeError):
        table.entries["XXXX"] = (1.0, "", 1)  # type: ignore[index]


def test_good_file_loads(tmp_path: Path) -> None:
    path = tmp_path / "runways.csv"
    path.write_text(GOOD, encoding="utf-8")
    table = RunwayTable.from_csv(path)
    assert len(table) == 2
    assert table.source == "a test"
    assert table.length("OIIE") == ureg.Quantity(4198.0, "m")
    assert table.entries["OIHS"] == (4359.0, "ASP", 2)


@pytest.mark.parametrize(
    ("row", "field"),
    [
        ("LLBG,-3000,ASP,3", "length_m"),
        ("LLBG,long,ASP,3", "length_m"),
        ("LLBG,nan,ASP,3", "length_m"),
        ("LLBG,3000,ASP,0", "runways"),
        ("LLBG,3000,ASP,2.5", "runways"),
        (",3000,ASP,3", "icao"),
        ("OIHS,3000,ASP,3", "icao"),  # listed twice
    ],
)
def test_malformed_row_names_file_line_and_field(tmp_path: Path, row: str, field: str) -> None:
    path = tmp_path / "bad_runways.csv"
    path.write_text(GOOD + row + "\n", encoding="utf-8")
    with pytest.raises(CatalogError, match=r"bad_runways\.csv") as info:
        RunwayTable.from_csv(path)
    assert info.value.file == str(path)
    assert info.value.entry == "line 5"
    assert info.value.field == field


@pytest.mark.parametrize(
    "text",
    [
        "OIHS,4359,ASP,2\n",  # no header
        "icao,length,surface\nOIHS,4359,ASP\n",  # wrong header
        GOOD + "LLBG,3000,ASP\n",  # too few fields
        "# only comments\n",
    ],
)
def test_malformed_file_is_refused(tmp_path: Path, text: str) -> None:
    path = tmp_path / "bad_runways.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CatalogError, match=r"bad_runways\.csv"):
        RunwayTable.from_csv(path)


def test_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match=r"nowhere\.csv"):
        RunwayTable.from_csv(tmp_path / "nowhere.csv")
