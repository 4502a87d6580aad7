"""The wheel carries the catalogs, and an installed copy finds them outside the repository."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_installed_wheel_finds_its_catalogs(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert build.returncode == 0, build.stderr
    (wheel,) = wheels.glob("rangecalc-*.whl")
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
        zf.extractall(tmp_path / "site")
    shipped = sorted(p.name for p in (ROOT / "catalogs").glob("*.toml"))
    assert shipped and all(f"rangecalc/catalogs/{n}" in names for n in shipped)
    assert "rangecalc/py.typed" in names

    # Run from a directory outside the repository, importing only the unpacked wheel.
    site = tmp_path / "site"
    code = (
        "import rangecalc, pathlib;"
        "d = rangecalc.builtin_catalog_dir();"
        "print(pathlib.Path(rangecalc.__file__).resolve());"
        "print(d.resolve());"
        "print(len(rangecalc.default_catalog().airframes))"
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    run = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    module_file, catalog_dir, n_airframes = run.stdout.split("\n")[:3]
    assert module_file.startswith(str(site.resolve()))
    assert catalog_dir == str((site / "rangecalc" / "catalogs").resolve())
    assert int(n_airframes) >= 18
