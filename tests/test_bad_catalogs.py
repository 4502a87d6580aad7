"""A corpus of malformed catalogs: each must fail with an error naming file, entry and field.

Every file in ``tests/data/bad_catalogs/`` is a small catalog that would be valid (with
sources required) but for exactly one defect, described in its first line. The table
:data:`CASES` says, for each, which :class:`~rangecalc.data.CatalogError` loading it must raise.
Rows may be marked ``xfail`` (strictly) to describe behaviour rangecalc should have but
does not yet; none is marked now. Four rows began that way and pin the fixes: an area unit
that crashed in pint, a negative ``low`` named as its own field, a name that clashes with
another entry's alias, and the ``empty_weight`` -> ``empty_mass`` hint.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import rangecalc
import rangecalc.cli

BAD = Path(__file__).parent / "data" / "bad_catalogs"

TU22 = 'airframes."Tu-22M3"'
HAMADAN = 'places."Hamadan"'
KH101 = 'weapons."Kh-101"'


def case(
    files: str | tuple[str, ...],
    require_sources: bool,
    file: str,
    entry: str | None,
    field: str | None,
    text: str,
    *,
    xfail: str | None = None,
    raises: type[BaseException] = AssertionError,
) -> Any:
    """One row: what loading *files* must raise.

    *xfail* says why rangecalc does not do so yet; the row must then fail with *raises*
    (by default a failed assertion on the error, not, say, a missing file).
    """
    names = (files,) if isinstance(files, str) else files
    marks = [pytest.mark.xfail(strict=True, reason=xfail, raises=raises)] if xfail else []
    return pytest.param(
        names, require_sources, file, entry, field, text, marks=marks, id=Path(names[-1]).stem
    )


# One row per corpus case: files loaded together, require_sources, then what the error says:
# the file (name ending), the entry, the field, and a distinctive substring of the message.
# fmt: off
CASES = [
    case("missing_required_field.toml", False, "missing_required_field.toml", TU22,
         "ferry_range", "missing required field (a length"),
    case("wrong_unit_dimension.toml", False, "wrong_unit_dimension.toml", TU22,
         "empty_mass", "expected a mass such as '12 t', got '54 km' (a length)"),
    case("wrong_unit_dimension_area.toml", False, "wrong_unit_dimension_area.toml", TU22,
         "empty_mass", "expected a mass such as '12 t', got '54 m^2'"),
    case("bare_number.toml", False, "bare_number.toml", TU22,
         "empty_mass", "got the bare number 54000"),
    case("negative_mass.toml", False, "negative_mass.toml", TU22,
         "empty_mass", "must be positive, got -54"),
    case("negative_low.toml", False, "negative_low.toml", TU22,
         "empty_mass.low", "must be positive, got -1"),
    case("empty_above_mtow.toml", False, "empty_above_mtow.toml", TU22,
         "empty_mass", "must be below max_takeoff_mass"),
    case("payload_above_mtow.toml", False, "payload_above_mtow.toml", TU22,
         "max_payload", "leaves no room for fuel under max_takeoff_mass"),
    case("figure_low_above_value.toml", False, "figure_low_above_value.toml", TU22,
         "empty_mass.low", "is above value"),
    case("figure_high_below_value.toml", False, "figure_high_below_value.toml", TU22,
         "ferry_range.high", "is below value"),
    case("lat_95.toml", False, "lat_95.toml", HAMADAN,
         "lat", "[-90, 90] degrees, got 95"),
    case("lon_200.toml", False, "lon_200.toml", HAMADAN,
         "lon", "[-180, 180] degrees, got 200"),
    case("lat_nan.toml", False, "lat_nan.toml", HAMADAN,
         "lat", "[-90, 90] degrees, got nan"),
    case(("dup_a.toml", "dup_b.toml"), False, "dup_b.toml", TU22,
         None, "dup_a.toml (names are matched ignoring case"),
    case("dup_case_punct.toml", False, "dup_case_punct.toml", 'airframes."SU 34"',
         None, "duplicate name: 'SU 34' is already defined"),
    case("alias_clash.toml", False, "alias_clash.toml", 'airframes."Tu-95MS"',
         "aliases", "alias 'BLACKJACK' clashes with airframe 'Tu-160'"),
    case("name_clashes_with_alias.toml", False, "name_clashes_with_alias.toml",
         'airframes."Blackjack"', None, "already an alias of airframe 'Tu-160'"),
    case("unknown_field.toml", False, "unknown_field.toml", TU22,
         "empty_weight", "did you mean 'empty_mass'?"),
    case("unknown_field_typo.toml", False, "unknown_field_typo.toml", TU22,
         "aerial_refuelling", "did you mean 'aerial_refueling'?"),
    case("unknown_top_level_table.toml", False, "unknown_top_level_table.toml", "airframe",
         None, "unknown top-level table; did you mean 'airframes'?"),
    case("unknown_figure_key.toml", False, "unknown_figure_key.toml", TU22,
         "empty_mass.sorce", "unknown key in a figure; did you mean 'source'?"),
    case("malformed_toml.toml", False, "malformed_toml.toml", None,
         None, "malformed TOML"),
    case("bad_aerial_refueling.toml", False, "bad_aerial_refueling.toml", TU22,
         "aerial_refueling", "expected one of 'none', 'probe', 'boom', got 'yes'"),
    case("bad_weapon_kind.toml", False, "bad_weapon_kind.toml", KH101,
         "kind", "did you mean 'cruise missile'?"),
    case("cruise_missile_without_range.toml", False, "cruise_missile_without_range.toml", KH101,
         "range", "missing required field for a cruise missile"),
    case("country_lowercase.toml", False, "country_lowercase.toml", HAMADAN,
         "country", "write it in upper case: 'IR'"),
    case("airbase_without_country.toml", False, "airbase_without_country.toml", HAMADAN,
         "country", "only sea area, strait, point may omit it"),
    case("missing_source.toml", True, "missing_source.toml", TU22,
         "cruise_speed", "needs a source"),
    case("place_missing_source.toml", True, "place_missing_source.toml", HAMADAN,
         "source", "needs a source for its coordinates"),
    case("nm_unit.toml", False, "nm_unit.toml", TU22,
         "ferry_range.value", "'nm' is ambiguous"),
    case("nm_unit_combat_radius.toml", False, "nm_unit_combat_radius.toml", TU22,
         "combat_radius[0].value", "write 'nmi' for nautical miles"),
    case("decimal_comma.toml", False, "decimal_comma.toml", TU22,
         "internal_fuel.value", "cannot read '1,5 t': a comma may only separate thousands"),
    case("bad_icao.toml", False, "bad_icao.toml", HAMADAN,
         "icao", "four-character ICAO code such as 'OIHS', got 'OIH'"),
    # Regressions from the first review: each was accepted silently before.
    case("radius_above_ferry.toml", False, "radius_above_ferry.toml", TU22,
         "combat_radius[0]", "exceeds the ferry range"),
    case("radius_payload_above_max.toml", False, "radius_payload_above_max.toml", TU22,
         "combat_radius[0].payload", "exceeds max_payload"),
    case("fuel_above_mtow.toml", False, "fuel_above_mtow.toml", TU22,
         "internal_fuel", "must be below max_takeoff_mass"),
    case("warhead_above_mass.toml", False, "warhead_above_mass.toml", 'weapons."FAB-500"',
         "warhead_mass", "exceeds the weapon's mass"),
    case("duplicate_icao.toml", False, "duplicate_icao.toml", 'places."Nojeh annex"',
         "icao", "code 'OIHS' already belongs to 'Hamadan'"),
    case("icao_trailing_newline.toml", False, "icao_trailing_newline.toml", HAMADAN,
         "icao", "four-character ICAO code"),
    case("name_with_spaces.toml", False, "name_with_spaces.toml", 'places."  Hamadan  "',
         None, "must not be empty or start or end with spaces"),
    case("place_name_is_coordinates.toml", False, "place_name_is_coordinates.toml",
         'places."35.2, 48.6"', None, "must not read as coordinates"),
    case("figure_overflows.toml", False, "figure_overflows.toml", 'weapons."Zap"',
         "range.high", "too large to express in m"),
]
# fmt: on

#: The rows loaded with sources optional: loading them with sources required must give the
#: same error, since each file's only defect is the intended one.
SOURCES_OPTIONAL = [row for row in CASES if not row.values[1]]

#: Files that are valid on their own and only fail together with another (or with sources
#: required); each still has to appear in some row of CASES.
VALID_ALONE = {"dup_a.toml", "missing_source.toml", "place_missing_source.toml"}


def _load_error(files: tuple[str, ...], require_sources: bool) -> rangecalc.data.CatalogError:
    with pytest.raises(rangecalc.data.CatalogError) as info:
        rangecalc.load_catalog(*(BAD / f for f in files), require_sources=require_sources)
    return info.value


def _check(
    err: rangecalc.data.CatalogError,
    file: str,
    entry: str | None,
    field: str | None,
    text: str,
) -> None:
    message = str(err)
    assert err.file is not None
    assert err.file.endswith(file), err.file
    assert err.entry == entry, message
    assert err.field == field, message
    assert text in message
    # The message names the file, then the entry and field as 'entry.field'.
    assert message.startswith(err.file + ": ")
    assert file in message
    where = ".".join(part for part in (entry, field) if part)
    if where:
        assert f": {where}: " in message


@pytest.mark.parametrize(("files", "require_sources", "file", "entry", "field", "text"), CASES)
def test_bad_catalog_is_refused(
    files: tuple[str, ...],
    require_sources: bool,
    file: str,
    entry: str | None,
    field: str | None,
    text: str,
) -> None:
    _check(_load_error(files, require_sources), file, entry, field, text)


@pytest.mark.parametrize(
    ("files", "require_sources", "file", "entry", "field", "text"), SOURCES_OPTIONAL
)
def test_same_error_with_sources_required(
    files: tuple[str, ...],
    require_sources: bool,
    file: str,
    entry: str | None,
    field: str | None,
    text: str,
) -> None:
    """Every figure and place in the corpus is sourced, so the one defect is still found."""
    _check(_load_error(files, True), file, entry, field, text)


def test_every_corpus_file_has_a_row() -> None:
    on_disk = {p.name for p in BAD.glob("*.toml")}
    in_table = {name for row in CASES for name in row.values[0]}
    assert len(on_disk) >= 20
    assert on_disk - in_table == set(), "add a row to CASES for these files"
    assert in_table - on_disk == set(), "these rows name files that do not exist"


@pytest.mark.parametrize("name", sorted(VALID_ALONE))
def test_files_valid_alone_load_without_sources_required(name: str) -> None:
    """The defect of these files shows only in combination (or with sources required)."""
    rangecalc.load_catalog(BAD / name, require_sources=False)


@pytest.mark.parametrize("name", sorted(p.name for p in BAD.glob("*.toml")))
def test_every_corpus_file_states_its_defect(name: str) -> None:
    first = (BAD / name).read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# "), "start each corpus file with a comment saying what is wrong"


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("lat_95.toml", "[-90, 90] degrees"),
        ("unknown_figure_key.toml", "did you mean 'source'?"),
        ("malformed_toml.toml", "malformed TOML"),
        ("missing_source.toml", "needs a source"),  # validate requires sources by default
        # regression: pint's TypeError once escaped describe_dimension() for an area
        ("wrong_unit_dimension_area.toml", "expected a mass"),
    ],
)
def test_cli_validate_reports_bad_catalog(
    name: str, text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status = rangecalc.cli.main(["catalog", "validate", str(BAD / name)])
    out, err = capsys.readouterr()
    assert status == 2
    assert "rangecalc: error:" in err
    assert name in err
    assert text in err
    assert "Traceback" not in err
    assert "Traceback" not in out
    assert ": ok (" not in out
