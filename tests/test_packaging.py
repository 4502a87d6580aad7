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
        "d = rangecalc.catalog.builtin_catalog_dir();"
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


def test_the_names_and_modules_that_moved_still_work_with_a_warning() -> None:
    """0.1's top-level names and module paths give the same objects for one release,
    each with a DeprecationWarning that names the new place."""
    import importlib
    import importlib.util
    import sys

    import rangecalc
    from rangecalc import _moved
    from rangecalc.airspace.routing import Router
    from rangecalc.model.mission import combat_radius

    assert len(rangecalc.__all__) < 40
    for name, where in _moved.NAMES.items():
        with pytest.warns(DeprecationWarning, match=f"moved to {where}.{name}"):
            got = getattr(rangecalc, name)
        assert got is getattr(importlib.import_module(where), name)
    for old in ("rangecalc.mission", "rangecalc.routing"):
        sys.modules.pop(old, None)
    with pytest.warns(DeprecationWarning, match="rangecalc.model.mission"):
        old_mission = importlib.import_module("rangecalc.mission")
    assert old_mission.combat_radius is combat_radius
    # the module keeps its own spec (its file), whatever name it was imported by
    assert old_mission.__spec__.name == "rangecalc.model.mission"
    assert importlib.util.find_spec("rangecalc.model.mission").origin is not None
    with pytest.warns(DeprecationWarning, match="rangecalc.airspace.routing"):
        from rangecalc.routing import Router as OldRouter  # type: ignore[import-not-found]
    assert OldRouter is Router
    with pytest.warns(DeprecationWarning, match="rangecalc.Assessment"):
        assert rangecalc.Verdict is rangecalc.Assessment
    with pytest.warns(DeprecationWarning, match="it is rangecalc.claims.Assessment"):
        assert rangecalc.claims.Verdict is rangecalc.Assessment
    with pytest.raises(AttributeError):
        rangecalc.no_such_name  # noqa: B018
