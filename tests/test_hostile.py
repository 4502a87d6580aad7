"""Hostile input: every case must be refused clearly or answered, never crash.

Each case is a command line with the exit status it must give and text the message must
contain (on stderr for errors, stdout otherwise). A refusal names the file, entry and field
it concerns; no case may print a traceback, a numpy warning or an internal error (exit 3).
Files are in ``tests/data/hostile/`` or made here (devices, FIFOs, huge and deep files).
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from rangecalc.cli import main

DATA = Path(__file__).parent / "data" / "hostile"
LONG = "1" * 50_000
FIX = ["--base", "Hamadan", "--takeoff-run", "2,000 m"]

# (id, argv, exit status, fragments that must all appear). "{tmp}" is a scratch folder
# holding the made files; "{data}" is tests/data/hostile.
# fmt: off
CASES: list[tuple[str, list[str], int, tuple[str, ...]]] = [
    # quantities at the command line
    ("bare-number-payload", ["radius", "Tu-22M3", "--payload", "12"], 2, ("payload", "unit")),
    ("length-as-payload", ["radius", "Tu-22M3", "--payload", "12 km"], 2, ("expected a mass",)),
    ("nan-payload", ["radius", "Tu-22M3", "--payload", "nan t"], 2, ("not a finite",)),
    ("infinite-payload", ["radius", "Tu-22M3", "--payload", "1e400 kg"], 2, ("payload",)),
    ("short-ton", ["radius", "Tu-22M3", "--payload", "5 ton"], 2, ("ambiguous", "'t'")),
    ("decimal-comma", ["radius", "Tu-22M3", "--payload", "1,5 t"], 2, ("comma",)),
    ("huge-unit-text", ["radius", "Tu-22M3", "--payload", LONG + " t"], 2, ("at most 200",)),
    ("huge-unit-name", ["radius", "Tu-22M3", "--payload", "1 " + "k" * 5000], 2, ("payload",)),
    ("negative-payload", ["radius", "Tu-22M3", "--payload", "-1 t"], 2, ("negative",)),
    ("payload-over-max", ["radius", "Tu-22M3", "--payload", "24.0001 t"], 2, ("24.0001 t", "24.0000 t")),
    ("payload-max-in-lb", ["radius", "Tu-22M3", "--payload", "52,910.94 lb"], 0, ("Tu-22M3",)),
    ("payload-max-exact-lb", ["radius", "Tu-22M3", "--payload", "52,910.9429244 lb"], 0, ("Tu-22M3",)),
    ("negative-station", ["radius", "Tu-22M3", "--on-station", "-1 h"], 2, ("on_station",)),
    ("length-station", ["radius", "Tu-22M3", "--on-station", "1 km"], 2, ("duration",)),
    ("refuel-huge", ["radius", "Su-34", "--refuelings", "100000000"], 2, ("at most 100",)),
    ("refuel-negative", ["radius", "Su-34", "--refuelings", "-1"], 2, ("negative",)),
    ("refuel-split-huge", ["radius", "Su-34", "--refuelings", "200+1"], 2, ("at most 100",)),
    ("tanks-empty", ["radius", "Su-34", "--tanks", " "], 2, ("tanks", "370 gal")),
    ("tanks-unknown", ["radius", "Su-34", "--tanks", "2 x PTB-9000"], 2, ("PTB-3000",)),
    ("tanks-zero", ["radius", "Su-34", "--tanks", "0 x PTB-3000"], 2, ("count",)),
    ("reserve-nan", ["radius", "Su-34", "--reserve", "nan"], 2, ("reserve",)),
    ("reserve-word", ["radius", "Su-34", "--reserve", "fumes"], 2, ("unknown rule",)),
    ("tanker-not-a-tanker", ["radius", "Su-34", "--refuelings", "1", "--tanker", "Tu-22M3"], 2, ("not a tanker",)),
    ("refuel-word", ["radius", "Su-34", "--refuelings", "two"], 2, ("refuelings",)),
    ("refuel-no-probe", ["radius", "Tu-22M3", "--refuelings", "1"], 2, ("no refuelling probe",)),
    ("tanker-wrong-system", ["radius", "F-15E", "--refuelings", "1", "--tanker", "Il-78M"], 2, ("drogue", "boom")),
    ("tanker-unknown", ["radius", "Su-34", "--refuelings", "1", "--tanker", "Il-78X"], 2, ("Il-78M",)),
    ("airframe-unknown", ["radius", "Tu-22M4"], 2, ("unknown airframe", "Tu-22M3")),
    ("recovery-negative", ["radius", "Su-34", "--recovery-distance", "-5 km"], 2, ("negative",)),
    ("temperature-without-base", ["radius", "Su-34", "--temperature", "35 degC"], 2, ("--base",)),
    ("radius-temperature-bare", ["radius", "Su-24M", "--base", "Hamadan", "--temperature", "35"], 2, ("temperature", "unit")),
    ("radius-temperature-length", ["radius", "Su-24M", "--base", "Hamadan", "--temperature", "35 km"], 2, ("temperature",)),
    ("radius-below-absolute-zero", ["radius", "Tu-22M3", *FIX, "--temperature", "-300 degC"], 2, ("outside the range",)),
    ("radius-run-in-nm", ["radius", "Tu-22M3", "--base", "Hamadan", "--takeoff-run", "1,900 nm"], 2, ("nmi",)),
    ("radius-runway-zero", ["radius", "Tu-22M3", *FIX, "--runway", "0 m"], 2, ("runway", "positive")),
    ("radius-runway-negative", ["radius", "Tu-22M3", *FIX, "--runway", "-100 m"], 2, ("positive",)),
    ("radius-run-zero", ["radius", "Tu-22M3", "--base", "Hamadan", "--takeoff-run", "0 m"], 2, ("takeoff_run", "positive")),
    ("radius-runway-too-short", ["radius", "Tu-22M3", *FIX, "--runway", "300 m"], 2, ("cannot take off",)),
    ("radius-runway-impossible", ["radius", "Tu-22M3", *FIX, "--runway", "1e9 km"], 2, ("physically impossible",)),
    ("radius-temperature-difference", ["radius", "Tu-22M3", *FIX, "--temperature", "35 delta_degC"], 2, ("temperature difference",)),
    ("compare-temperature-difference", ["compare", "Su-34", "--bases", "Mozdok", "--target", "Raqqa", "--temperature", "35 delta_degC"], 2, ("temperature difference",)),
    ("space-as-thousands", ["radius", "Tu-22M3", "--payload", "24 000 kg"], 2, ("space cannot separate",)),
    ("curve-runway-too-short", ["payload-range", "Tu-22M3", *FIX, "--runway", "300 m"], 2, ("cannot take off",)),
    ("curve-one-point", ["payload-range", "Tu-22M3", "--points", "1"], 2, ("points",)),
    ("curve-many-points", ["payload-range", "Tu-22M3", "--points", "100000000"], 2, ("10,000",)),
    # compare refuses what radius refuses
    ("compare-temperature-bare", ["compare", "Su-34", "--bases", "Mozdok", "--target", "Raqqa", "--temperature", "35"], 2, ("temperature", "unit")),
    ("compare-temperature-length", ["compare", "Su-34", "--bases", "Mozdok", "--target", "Raqqa", "--temperature", "35 km"], 2, ("temperature",)),
    ("compare-below-absolute-zero", ["compare", "Su-34", "--bases", "Mozdok", "--target", "Raqqa", "--temperature", "-300 degC"], 2, ("outside the range",)),
    ("compare-run-in-nm", ["compare", "Su-34", "--bases", "Mozdok", "--target", "Raqqa", "--takeoff-run", "1,900 nm"], 2, ("nmi",)),
    ("compare-run-zero", ["compare", "Su-34", "--bases", "Mozdok", "--target", "Raqqa", "--takeoff-run", "0 m"], 2, ("positive",)),
    ("compare-turnaround-negative", ["compare", "Su-34", "--bases", "Mozdok", "--target", "Raqqa", "--turnaround", "-1 h"], 2, ("turnaround",)),
    ("compare-no-bases", ["compare", "Su-34", "--bases", ",", "--target", "Raqqa"], 2, ("at least one base",)),
    ("compare-bad-country", ["compare", "Su-34", "--bases", "Mozdok", "--target", "country:XX"], 2, ("XX",)),
    ("compare-coordinate-base", ["compare", "Su-34", "--bases", "35.21, 48.65", "--target", "Deir ez-Zor"], 0, ("35.21000, 48.65000",)),
    ("compare-coordinates-need-semicolon", ["compare", "Su-34", "--bases", "Mozdok,35.2,48.6", "--target", "Aleppo"], 2, ("';'",)),
    ("compare-duplicate-bases", ["compare", "Su-34", "--bases", "Mozdok,mozdok,URMF", "--target", "Deir ez-Zor", "--format", "csv"], 0, ("Mozdok,URMF",)),
    # places and coordinates
    ("distance-one-place", ["distance", "Hamadan"], 2, ("two places",)),
    ("latitude-95", ["distance", "95, 10", "Hamadan"], 2, ("latitude 95", "[-90, 90]")),
    ("latitude-just-over-90", ["distance", "90.0000001, 10", "Hamadan"], 2, ("90.0000001",)),
    ("latitude-90", ["distance", "90, 10", "Hamadan"], 0, ("Distance",)),
    ("longitude-181", ["distance", "10, 181", "Hamadan"], 2, ("longitude 181",)),
    ("minutes-60", ["distance", "35°60′N 48°0′E", "Hamadan"], 2, ("below 60",)),
    ("nan-coordinates", ["distance", "nan, 10", "Hamadan"], 2, ("unknown place",)),
    ("unit-nm", ["distance", "Hamadan", "Mozdok", "--unit", "nm"], 2, ("nanometre",)),
    ("huge-place", ["distance", LONG, "Hamadan"], 2, ("at most 200",)),
    ("ambiguous-airfield-name", ["distance", "Springfield", "Hamadan"], 2, ("Springfield-Branson", "ICAO code")),
    ("airfield-by-name", ["distance", "Woody Island", "Hamadan"], 0, ("ZJYX",)),
    ("airfield-name-also-a-city", ["distance", "London", "Hamadan"], 2, ("city of", "ICAO code")),
    ("airfield-name-without-city", ["distance", "Heathrow", "Hamadan"], 0, ("EGLL",)),
    ("no-private-strip-for-a-city", ["distance", "Paris", "Hamadan"], 2, ("unknown place 'Paris'",)),
    ("place-name-is-catalog-code", ["--catalog", "{data}/name_is_catalog_code.toml", "distance", "URMF", "Hamadan"], 2, ("code 'URMF'", "Mozdok")),
    ("validate-against-builtins", ["catalog", "validate", "--allow-unsourced", "{data}/name_is_catalog_code.toml"], 2, ("code 'URMF'",)),
    ("show-by-code", ["catalog", "show", "OIHS"], 0, ("Hamadan",)),
    ("unit-parsec", ["distance", "Hamadan", "Mozdok", "--unit", "parsec"], 0, ("e-11 parsec",)),
    ("zero-length-bearing", ["distance", "0, 0", "0, 0", "1, 1"], 0, ("—",)),
    # routing inputs
    ("route-bad-code", ["route", "Mozdok", "Raqqa", "--deny", "XX"], 2, ("ISO 3166-1",)),
    ("route-sea-negative", ["route", "Mozdok", "Raqqa", "--territorial-sea", "-12 nmi"], 2, ("territorial_sea",)),
    ("route-sea-huge", ["route", "Mozdok", "Raqqa", "--territorial-sea", "500 km"], 2, ("0 to 200 km",)),
    ("route-boundaries-device", ["route", "Mozdok", "Raqqa", "--boundaries", "/dev/zero"], 2, ("regular file",)),
    ("route-boundaries-empty-path", ["route", "Mozdok", "Raqqa", "--boundaries", ""], 2, ("empty path",)),
    ("route-boundaries-folder", ["route", "Mozdok", "Raqqa", "--boundaries", "{tmp}"], 2, ("directory",)),
    ("route-boundaries-deep", ["route", "Mozdok", "Raqqa", "--boundaries", "{tmp}/deep.json"], 2, ("nested too deeply",)),
    ("route-boundaries-not-json", ["route", "Mozdok", "Raqqa", "--boundaries", "{data}/not_json.geojson"], 2, ("JSON",)),
    ("route-boundaries-bad-coordinates", ["route", "Mozdok", "Raqqa", "--deny", "TR", "--boundaries", "{data}/bad_coords.geojson"], 2, ("feature 0 (TR)", "coordinates")),
    ("route-boundaries-nan", ["route", "Mozdok", "Raqqa", "--deny", "TR", "--boundaries", "{data}/nan_coordinate.geojson"], 2, ("feature 0 (TR)",)),
    ("route-allow-empty", ["route", "Hmeimim", "Raqqa", "--allow", ""], 0, ("every country but AQ, SY",)),
    ("route-allow-commas", ["route", "Hmeimim", "Raqqa", "--allow", ",,"], 0, ("every country but AQ, SY",)),
    ("route-deny-endpoints-said", ["route", "Mozdok", "Raqqa", "--deny", "RU,SY,TR"], 0, ("Open anyway", "RU, SY")),
    # scenario files as files
    ("check-device", ["check", "/dev/zero"], 2, ("/dev/zero", "regular file")),
    ("check-fifo", ["check", "{tmp}/fifo"], 2, ("fifo", "regular file")),
    ("check-empty-path", ["check", ""], 2, ("empty path",)),
    ("check-empty-folder", ["check", "{tmp}/empty"], 2, ("no *.toml",)),
    ("check-huge-file", ["check", "{tmp}/huge.toml"], 2, ("larger than the 10 MB",)),
    ("check-deep-toml", ["check", "{tmp}/deep.toml"], 2, ("deep.toml", "nested too deeply")),
    ("check-byte-order-mark", ["check", "{tmp}/bom.toml"], 0, ("claim-1",)),
    ("check-binary", ["check", "{data}/binary.toml"], 2, ("binary.toml", "not UTF-8")),
    ("check-latin-1", ["check", "{data}/latin1.toml"], 2, ("latin1.toml", "not UTF-8")),
    ("check-missing", ["check", "{tmp}/nowhere.toml"], 2, ("nowhere.toml", "no such file")),
    # scenario fields
    ("sea-negative", ["check", "{data}/sea_negative.toml"], 2, ("airspace.territorial_sea",)),
    ("sea-list", ["check", "{data}/sea_list.toml"], 2, ("airspace.territorial_sea", "one length")),
    ("sea-bare-number", ["check", "{data}/sea_bare_number.toml"], 2, ("airspace.territorial_sea", "unit")),
    ("sea-claim-level", ["check", "{data}/sea_claim_level.toml"], 2, ('claims."c1".airspace.territorial_sea',)),
    ("weapon-keep-payload", ["check", "{data}/weapon_keep_payload.toml"], 2, ('claims."c1".keep_payload', "only an aircraft")),
    ("minimal-scenario", ["check", "{data}/minimal.toml"], 0, ("minimal", "claim-1", "holds")),
    ("place-kind-synonyms", ["check", "{data}/kind_airfield.toml"], 0, ("claim-1",)),
    ("place-kind-unknown", ["check", "{data}/kind_unknown.toml"], 2, ('places."Bunker".kind', "airfield = airbase")),
    ("inline-name-is-alias", ["check", "{data}/inline_name_is_alias.toml"], 2, ('places."Nojeh"', "'Hamadan'")),
    ("inline-airframe-is-alias", ["check", "{data}/inline_airframe_is_alias.toml"], 2, ('airframes."Backfire"', "'Tu-22M3'")),
    ("alias-coordinates", ["check", "{data}/alias_coordinates.toml"], 2, ("aliases[1]", "coordinates")),
    ("alias-icao-code", ["check", "{data}/alias_icao.toml"], 2, ("aliases[0]", "OIII")),
    ("name-iata-code", ["check", "{data}/name_iata.toml"], 2, ('places."IKA"', "OIIE")),
    ("alias-own-code", ["check", "{data}/own_code_alias.toml"], 0, ("claim-1",)),
    ("ferry-impossible", ["check", "{data}/ferry_impossible.toml"], 2, ("ferry_range", "physically impossible")),
    ("fuel-too-small", ["check", "{data}/fuel_too_small.toml"], 2, ("internal_fuel", "too little")),
    ("range-factor-impossible", ["check", "{data}/range_factor_impossible.toml"], 2, ("ferry_range", "range factor")),
    ("weapon-range-impossible", ["check", "{data}/weapon_range_impossible.toml"], 2, ("range", "20,004 km")),
    ("mass-spreads-overlap", ["check", "{data}/mass_spreads_overlap.toml"], 2, ("max_takeoff_mass.low", "no room")),
    ("check-payload-max-in-lb", ["check", "{data}/payload_at_max_in_lb.toml"], 0, ("24.0",)),
    ("check-payload-over-max", ["check", "{data}/payload_over_max.toml"], 2, ('claims."c1".payload', "24.0001")),
    ("check-refuel-huge", ["check", "{data}/refuelings_huge.toml"], 2, ("refuelings", "at most 100")),
    ("check-tanker-wrong-system", ["check", "{data}/tanker_wrong_system.toml"], 2, ('claims."broken".tanker', "drogue")),
    ("check-allowed-empty", ["check", "{data}/allowed_empty.toml"], 0, ("holds",)),
    ("check-transit-not-bool", ["check", "{data}/transit_not_bool.toml"], 2, ("transit_passage", "true or false")),
    ("check-on-station-negative", ["check", "{data}/on_station_negative.toml"], 2, ('claims."c1".on_station', "negative")),
    ("check-weapon-is-a-bomb", ["check", "{data}/weapon_is_a_bomb.toml"], 2, ('claims."c1".weapon', "no range of its own")),
    ("check-standoff-keeps-missile", ["check", "{data}/standoff_keeps_its_missile.toml"], 2, ('claims."c1".keep_payload', "fires its weapon")),
    ("check-description-not-text", ["check", "{data}/description_not_text.toml"], 2, ("description", "non-empty string")),
    ("check-duplicate-bases", ["check", "{data}/duplicate_bases.toml", "--format", "json"], 0, ('"sufficient_bases": [\n        "Hamadan"\n      ]',)),
    ("check-unknown-tanker", ["check", "{data}/unknown_tanker.toml"], 2, ('claims."c1".tanker', "Il-78M")),
    ("check-unknown-target", ["check", "{data}/unknown_target.toml"], 2, ('claims."c1".target', "Narnia")),
    ("check-unknown-weapon", ["check", "{data}/unknown_weapon.toml"], 2, ('claims."c1".weapon', "Kalibr")),
    ("check-airfield-names", ["check", "{data}/airfield_by_name.toml"], 0, ("claim-1", "fails")),
    ("check-ambiguous-airfield", ["check", "{data}/ambiguous_airfield.toml"], 2, ('claims."c1".bases', "Springfield")),
    ("check-latitude-over-90", ["check", "{data}/lat_out_of_range.toml"], 2, ('places."North".lat',)),
    # catalogs
    ("validate-elevation", ["catalog", "validate", "{data}/elevation_impossible.toml"], 2, ("elevation", "Everest")),
    ("validate-cruise-over-max", ["catalog", "validate", "{data}/cruise_above_max_speed.toml"], 2, ("cruise_speed", "maximum speed")),
    ("validate-offload-over-fuel", ["catalog", "validate", "{data}/offload_above_fuel.toml"], 2, ("offload[0]", "more fuel")),
    ("validate-ceiling", ["catalog", "validate", "{data}/service_ceiling_impossible.toml"], 2, ("service_ceiling", "37,650 m")),
    ("validate-mass-typo", ["catalog", "validate", "{data}/mass_typo.toml"], 2, ("max_takeoff_mass", "640 t")),
    ("validate-unsourced", ["catalog", "validate", "{data}/unsourced.toml"], 2, ("unsourced.toml", "--allow-unsourced")),
    ("validate-unsourced-allowed", ["catalog", "validate", "--allow-unsourced", "{data}/unsourced.toml"], 0, ("ok",)),
    ("validate-spread-in-lb", ["catalog", "validate", "{data}/spread_in_other_units.toml"], 0, ("ok",)),
    ("validate-device", ["catalog", "validate", "/dev/zero"], 2, ("regular file",)),
    ("validate-offload-beyond-ferry", ["catalog", "validate", "{data}/offload_beyond_ferry_range.toml"], 2, ("offload[0].distance", "ferry range")),
    ("validate-empty-path", ["catalog", "validate", ""], 2, ("empty path",)),
    ("validate-deep", ["catalog", "validate", "{tmp}/deep.toml"], 2, ("nested too deeply",)),
    ("show-unknown", ["catalog", "show", "Tu-22M4"], 2, ("Tu-22M3",)),
    ("extra-catalog-device", ["--catalog", "/dev/zero", "distance", "Hamadan", "Mozdok"], 2, ("regular file",)),
    ("extra-catalog-empty-path", ["--catalog", "", "distance", "Hamadan", "Mozdok"], 2, ("empty path",)),
    ("extra-catalog-unsourced-is-fine", ["--catalog", "{data}/unsourced.toml", "radius", "Mine"], 0, ("Mine",)),
]
# fmt: on


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("hostile")
    os.mkfifo(tmp / "fifo")
    (tmp / "empty").mkdir()
    (tmp / "deep.toml").write_text("a = " + "[" * 5000 + "]" * 5000 + "\n")
    (tmp / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    with open(tmp / "huge.toml", "w") as f:
        f.write("# padding\n" * 1_100_000)
    (tmp / "bom.toml").write_bytes(
        "\ufeff".encode()
        + b'[[claims]]\naircraft = "Su-34"\nbases = ["Hamadan"]\ntarget = "Deir ez-Zor"\n'
    )
    return tmp


def test_the_corpus_is_large_and_names_are_unique() -> None:
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))
    assert len(CASES) >= 60


@pytest.mark.parametrize(
    ("argv", "status", "fragments"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_hostile_case(
    argv: list[str],
    status: int,
    fragments: tuple[str, ...],
    scratch: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = [a.replace("{tmp}", str(scratch)).replace("{data}", str(DATA)) for a in argv]
    start = time.perf_counter()
    try:
        code = main(args)
    except SystemExit as exc:  # argparse's own usage errors
        code = int(exc.code or 0)
    took = time.perf_counter() - start
    out, err = capsys.readouterr()
    shown = err if status == 2 else out
    assert code == status, (code, out[-600:], err[-600:])
    for fragment in fragments:
        assert fragment in shown, (fragment, shown[-800:])
    assert "Traceback" not in out + err and "internal error" not in err
    assert "RuntimeWarning" not in out + err
    if status == 2:
        assert len(err.strip().splitlines()) <= 3  # one message (argparse adds its usage line)
    assert took < 60


# ----------------------------------------------------------------------------- properties

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

# Keys and values a scenario or catalog file really has, so that random files get past the
# first check often enough to reach the later ones.
KEYS = st.sampled_from(
    [
        "title", "claims", "airspace", "places", "airframes", "weapons", "id", "statement",
        "aircraft", "bases", "weapon", "launch", "target", "payload", "profile", "refuelings",
        "tanker", "recover", "on_station", "keep_payload", "expect", "denied", "allowed",
        "territorial_sea", "lat", "lon", "kind", "country", "aliases", "value", "low", "high",
        "source", "empty_mass", "max_takeoff_mass", "internal_fuel", "max_payload",
        "cruise_speed", "ferry_range", "aerial_refueling", "range", "Su-34", "Hamadan", "x",
    ]
)  # fmt: skip
TEXTS = st.sampled_from(
    [
        "Su-34", "Tu-22M3", "Kalibr", "Hamadan", "Khmeimim", "Aleppo", "Deir ez-Zor",
        "country:SY", "4 t", "12 nmi", "1 h", "900 km/h", "3,000 km", "-1 t", "nan", "",
        "holds", "hi-lo-hi", "airbase", "IR", "SY", "TR", "probe", "none", "cruise missile",
        "35.2, 48.6", "OIHS", "1e400 km", "24 t", "5 ton",
    ]
) | st.text(max_size=12)  # fmt: skip
SCALARS = (
    TEXTS
    | st.integers(min_value=-(10**12), max_value=10**12)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.booleans()
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(KEYS, inner, max_size=4),
    max_leaves=12,
)
DOCUMENTS = st.dictionaries(KEYS, VALUES, max_size=5)


def _toml_key(key: str) -> str:
    return key if key.replace("_", "").replace("-", "").isalnum() else json.dumps(key)


def _toml_value(value: object) -> str:
    """Inline TOML for *value* (floats as TOML writes them; strings JSON-escaped)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value:
            return "nan"
        if value in (float("inf"), float("-inf")):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    assert isinstance(value, dict)
    return "{" + ", ".join(f"{_toml_key(k)} = {_toml_value(v)}" for k, v in value.items()) + "}"


def _toml(doc: dict[str, object]) -> str:
    return "".join(f"{_toml_key(k)} = {_toml_value(v)}\n" for k, v in doc.items())


FILE_COMMANDS = (["check"], ["catalog", "validate"], ["--catalog"])


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    try:
        code = main(argv)
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out + err


PROPERTY = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@PROPERTY
@given(data=st.binary(max_size=300), command=st.sampled_from(FILE_COMMANDS))
def test_random_bytes_never_crash(
    data: bytes, command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "random.toml"
    f.write_bytes(data)
    argv = [*command, str(f)] + (["catalog", "list", "weapons"] if command == ["--catalog"] else [])
    code, text = _run(argv, capsys)
    assert code in (0, 1, 2), text[-800:]
    assert "Traceback" not in text and "internal error" not in text


@PROPERTY
@given(doc=DOCUMENTS, command=st.sampled_from(FILE_COMMANDS))
def test_random_toml_never_crashes(
    doc: dict[str, object],
    command: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    f = tmp_path / "random.toml"
    f.write_text(_toml(doc), encoding="utf-8")
    argv = [*command, str(f)] + (["catalog", "list", "weapons"] if command == ["--catalog"] else [])
    code, text = _run(argv, capsys)
    assert code in (0, 1, 2), (_toml(doc), text[-800:])
    assert "Traceback" not in text and "internal error" not in text


ARGS = st.sampled_from(
    [
        ["distance", "{a}", "Hamadan"],
        ["radius", "Su-34", "--payload", "{a}"],
        ["radius", "Su-34", "--on-station", "{a}"],
        ["radius", "{a}"],
        ["payload-range", "Su-24M", "--base", "Hamadan", "--runway", "{a}"],
        ["radius", "Su-24M", "--base", "{a}"],
        ["compare", "Su-34", "--bases", "{a}", "--target", "Aleppo"],
        ["compare", "Su-24M", "--bases", "Hamadan", "--target", "Aleppo", "--temperature", "{a}"],
        ["route", "Hamadan", "{a}"],
        ["route", "Hamadan", "Aleppo", "--deny", "{a}"],
        ["catalog", "show", "{a}"],
    ]
)


@PROPERTY
@given(template=ARGS, text=TEXTS | st.text(max_size=40))
def test_random_arguments_never_crash(
    template: list[str], text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [a.replace("{a}", text) for a in template]
    code, out = _run(argv, capsys)
    assert code in (0, 1, 2), (argv, out[-800:])
    assert "Traceback" not in out and "internal error" not in out
