"""The offline HTML report: self-contained, cites every source, renders without a network."""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pytest
from matplotlib.image import imread

import rangecalc as rc
from rangecalc.cli import main
from rangecalc.outputs.report import build_report, write_report

SEEDS = sorted((Path(__file__).parents[1] / "seeds").glob("*.toml"))
EXTERNAL = re.compile(r"^\s*(https?:)?//", re.IGNORECASE)


class _Assets(HTMLParser):
    """Every address the page would load by itself (not the links a reader may follow)."""

    def __init__(self) -> None:
        super().__init__()
        self.loads: list[str] = []
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        for key in ("src", "srcset", "data", "poster"):
            if a.get(key):
                self.loads.append(str(a[key]))
        if tag in ("link", "use", "image", "script", "iframe") and a.get("href"):
            self.loads.append(str(a["href"]))
        if a.get("xlink:href"):
            self.loads.append(str(a["xlink:href"]))
        if a.get("style"):
            self.styles.append(str(a["style"]))
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.styles.append(data)


@pytest.fixture(scope="module")
def reports() -> dict[Path, tuple[str, list[rc.claims.Assessment]]]:
    out = {}
    for path in SEEDS:
        scenario, results = rc.check_scenario(path)
        out[path] = (build_report(scenario, results), results)
    return out


@pytest.mark.slow
def test_the_report_loads_nothing_from_outside(reports: dict) -> None:
    for path, (page, _) in reports.items():
        p = _Assets()
        p.feed(page)
        assert [u for u in p.loads if EXTERNAL.match(u)] == [], path
        assert not any(re.search(r"url\(\s*['\"]?(https?:)?//", s) for s in p.styles), path
        assert "<!DOCTYPE svg" not in page  # no external DTD from the inline figures


def test_the_report_lists_every_source_it_cites(reports: dict) -> None:
    for path, (page, results) in reports.items():
        refs = page[page.index("<ol class='refs'>") :]
        text = html.unescape(re.sub(r"<[^>]+>", "", refs))
        for v in results:
            cited = ([v.claim.source] if v.claim.source else []) + [
                f"{k}: {s}" for k, s in v.sources.items() if s
            ]
            assert cited, v.claim.id
            for c in cited:
                assert c in text, (path.name, v.claim.id, c[:60])
        # and each claim's section points at its references
        for v in results:
            section = page[page.index(f'<section id="{v.claim.id}">') :]
            assert '<a href="#ref' in section[: section.index("</section>")], v.claim.id


def test_report_files_and_mistakes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = write_report(SEEDS[0], tmp_path / "r.html")
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert main(["report", str(SEEDS[0]), "--out", str(tmp_path / "x.pdf")]) == 2
    assert main(["report", str(SEEDS[0]), "--out", str(tmp_path / "no" / "r.html")]) == 2
    err = capsys.readouterr().err
    assert ".html" in err and "no such directory" in err and "Traceback" not in err


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


OFFLINE = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    # networking off: every request goes to a closed port, every name resolves to nothing
    "--proxy-server=127.0.0.1:9",
    "--host-resolver-rules=MAP * ~NOTFOUND",
]


@pytest.mark.skipif(
    _chromium() is None and not os.environ.get("CI"),
    reason="headless Chromium not installed (.ci/run installs the Debian package)",
)
def test_the_report_renders_offline_with_its_map(tmp_path: Path) -> None:
    chromium = _chromium()
    assert chromium is not None, "CI must have headless Chromium (the Debian package)"
    page = write_report(SEEDS[-1], tmp_path / "report.html")
    shot = tmp_path / "shot.png"
    run = subprocess.run(
        [chromium, *OFFLINE, "--window-size=1200,1400", f"--screenshot={shot}", page.as_uri()],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert shot.exists(), run.stderr.decode(errors="replace")[-2000:]
    img = imread(shot)[:, :, :3]

    # the map's features: verdict green strokes and points, land, closed airspace
    def share(rgb: str) -> float:
        c = np.array([int(rgb[i : i + 2], 16) / 255 for i in (1, 3, 5)])
        return float(np.mean(np.all(np.abs(img - c) < 0.06, axis=2)))

    assert share("#1a9641") > 0.001  # a ring or route in the verdict's green
    assert share("#f1efe6") > 0.01  # land drawn
    dom = subprocess.run(
        [chromium, *OFFLINE, "--dump-dom", page.as_uri()],
        capture_output=True,
        timeout=120,
        check=False,
    ).stdout.decode(errors="replace")
    assert 'data-ready="yes"' in dom  # the embedded script ran, offline
