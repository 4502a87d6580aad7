"""bases-for, sweep and coverage on the command line; progress bars only on a terminal."""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rangecalc.cli import main
from rangecalc.data.progress import Progress

ROOT = Path(__file__).resolve().parents[1]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


BASES_FOR = ("bases-for", "Su-34", "--target", "Deir ez-Zor", "--countries", "IR")


def test_bases_for_json_names_each_field_by_icao(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, *BASES_FOR, "--payload", "4 t", "--format", "json")
    assert code == 0 and err == ""
    data = json.loads(out)
    rows = data["bases"]
    assert all("icao" in r and r["icao"] for r in rows)
    hamadan = next(r for r in rows if r["icao"] == "OIHS")
    assert hamadan["verdict"] == "holds"
    margins = [r["margin_km"] for r in rows if r["margin_km"] is not None]
    assert margins == sorted(margins, reverse=True)


def test_bases_for_csv_and_geojson(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, *BASES_FOR, "--min-runway", "2,500 m", "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and {"icao", "verdict", "margin_km", "max_payload_t"} <= set(rows[0])
    assert all(not r["runway_m"] or float(r["runway_m"]) >= 2500 for r in rows)
    code, out, _ = run(capsys, *BASES_FOR, "--format", "geojson")
    fc = json.loads(out)
    assert fc["type"] == "FeatureCollection"
    assert {f["geometry"]["type"] for f in fc["features"]} == {"Point"}
    assert all(f["properties"]["icao"] for f in fc["features"])


def test_bases_for_table_top(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, *BASES_FOR, "--top", "3")
    assert code == 0
    assert "more (drop --top" in out
    assert len([ln for ln in out.splitlines() if ln[:1].isdigit()]) == 3


def test_coverage_json_gives_the_share(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "coverage", "Su-34", "--bases", "Khmeimim;Hamadan", "--country", "SY",
        "--deny", "TR,IQ,JO,IL", "--resolution", "20 km", "--format", "json",
    )  # fmt: skip
    assert code == 0 and err == ""
    data = json.loads(out)
    assert data["coverage"] == 1.0
    assert 0 <= data["coverage_low"] <= data["coverage"] <= data["coverage_high"] <= 1
    assert data["per_base"]["Hamadan"] == 0.0


def test_coverage_geojson_has_the_uncovered_part(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "coverage", "Su-34", "--bases", "Hamadan", "--country", "SY",
        "--resolution", "20 km", "--format", "geojson",
    )  # fmt: skip
    assert code == 0
    feats = json.loads(out)["features"]
    gaps = [f for f in feats if f["properties"].get("level") == "nominal"]
    assert gaps and gaps[0]["geometry"]["type"] in ("Polygon", "MultiPolygon")


def test_sweep_json_rows(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "sweep", "Su-34,Su-30SM", "--bases", "Khmeimim", "--targets", "Raqqa;Aleppo",
        "--payloads", "2 t;6 t", "--format", "json",
    )  # fmt: skip
    assert code == 0
    rows = json.loads(out)["rows"]
    assert len(rows) == 2 * 2 * 2
    assert {r["verdict"] for r in rows} == {"holds"}


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (("bases-for", "Su-34", "--target", "Raqqa", "--countries", "XX"), "XX"),
        (("bases-for", "Su-34", "--target", "Raqqa", "--countries", "IR", "--min-runway", "3 kg"),
         "min_runway"),
        (("bases-for", "Su-34", "--target", "Atlantis", "--countries", "IR"), "Atlantis"),
        (("coverage", "Su-34", "--bases", "Khmeimim", "--country", "ZZ"), "ZZ"),
        (("coverage", "Su-34", "--bases", "Khmeimim", "--country", "SY", "--resolution", "nan km"),
         "resolution"),
        (("sweep", "Su-34", "--bases", "91, 0;Mozdok", "--targets", "Raqqa"), "latitude 91"),
        (("bases-for", "Su-34", "--target", "Raqqa", "--countries", "IR", "--payload", "12 t"),
         "maximum payload"),
    ],
)  # fmt: skip
def test_bad_input_exits_2_without_traceback(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], words: str
) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert words in err and "Traceback" not in err


def test_sweep_table_shows_a_load_the_aircraft_cannot_fly(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(
        capsys, "sweep", "Su-34,Tu-22M3", "--bases", "Mozdok", "--targets", "Raqqa",
        "--payloads", "12 t",
    )  # fmt: skip
    assert code == 0 and err == ""
    assert "error" in out and "maximum payload" in out
    assert "holds" in out or "uncertain" in out  # the Tu-22M3 row


# ------------------------------------------------------------------------------ progress


def test_progress_is_quiet_unless_stderr_is_a_terminal() -> None:
    assert not Progress.for_terminal(io.StringIO()).shown
    assert not Progress().shown
    with Progress().task(10, "x") as advance:
        advance(3)  # nothing drawn, nothing raised


ARGS = ["coverage", "Su-34", "--bases", "Khmeimim;Hamadan", "--country", "SY",
        "--resolution", "50 km"]  # fmt: skip


@pytest.mark.slow
def test_no_bar_when_piped() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "rangecalc", *ARGS],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )  # fmt: skip
    assert proc.returncode == 0
    assert proc.stderr == ""


@pytest.mark.slow
def test_a_bar_on_a_terminal() -> None:
    """stderr a pseudo-terminal: tqdm draws its bar there (stdout stays a pipe)."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "rangecalc", *ARGS],
        stdout=subprocess.PIPE, stderr=follower, cwd=ROOT, env={**os.environ, "COLUMNS": "100"},
    )  # fmt: skip
    os.close(follower)
    seen = b""
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        ready, _, _ = select.select([leader], [], [], 1.0)
        if ready:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the child closed its end
                break
            if not chunk:
                break
            seen += chunk
        elif proc.poll() is not None:
            break
    out, _ = proc.communicate(timeout=300)
    os.close(leader)
    assert proc.returncode == 0
    assert b"coverage" in seen and b"task" in seen  # tqdm's "coverage: ... task/s" line
    assert b"coverage" in out  # the answer itself went to stdout
