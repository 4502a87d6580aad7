"""Static maps: every seed claim renders, and pixels sit where the projection puts them.

The pixel checks are not snapshots: each expected position is computed here, with an
azimuthal equidistant projection built by this file from the best base's coordinates and
with points placed by geodesy (not by the map's own code), and the drawn image must show
the base's marker colour at the base and the ring's colour on the nominal ring. A map
drawn with (lat, lon) swapped, off-centre, or with rings of the wrong radius fails them.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from io import BytesIO
from pathlib import Path
from typing import Any

import numpy as np
import pytest

# matplotlib comes with the test extra: these tests run wherever the tests run
from matplotlib.colors import to_rgb
from pyproj import Transformer
from shapely.geometry import Point

import rangecalc as rc
from rangecalc.claims.claim import Assessment
from rangecalc.outputs import maps

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.toml"))
#: The seed article's central claim: Tu-22M3s from Mozdok reach anywhere in Syria.
CENTRAL = "004-tu22m3-anywhere-in-syria-from-mozdok"
CLAIM_IDS = [c.id for path in SEEDS for c in rc.load_scenario(path).claims]
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def assessed() -> dict[str, tuple[rc.Scenario, Assessment]]:
    """Every seed claim evaluated once, by id."""
    out = {}
    for path in SEEDS:
        scenario, assessments = rc.check_scenario(path)
        out.update({a.claim.id: (scenario, a) for a in assessments})
    return out


@pytest.fixture(scope="module")
def central(assessed: dict[str, tuple[rc.Scenario, Assessment]]) -> tuple[Any, np.ndarray]:
    """The central claim's map at the default 150 dpi, drawn, and its RGB pixels."""
    scenario, a = assessed[CENTRAL]
    fig = maps.claim_map(a, catalog=scenario.catalog)
    return fig, pixels(fig)


def pixels(fig: Any) -> np.ndarray:
    """The drawn figure as (rows, columns, RGB) integers 0-255, row 0 at the top."""
    fig.canvas.draw()
    return np.asarray(fig.canvas.buffer_rgba())[..., :3].astype(int)


def rgb255(colour: str) -> np.ndarray:
    return np.round(np.array(to_rgb(colour)) * 255).astype(int)


def expected_pixel(fig: Any, base: rc.Place, *, lat: Any, lon: Any) -> tuple[Any, Any]:
    """(column, row from the top) of (lat, lon), projected independently of outputs.maps."""
    aeqd = Transformer.from_crs(
        "EPSG:4326",
        f"+proj=aeqd +lat_0={base.lat} +lon_0={base.lon} +datum=WGS84 +units=m",
        always_xy=True,
    )
    x, y = aeqd.transform(np.atleast_1d(lon), np.atleast_1d(lat))
    display = maps.map_frame(fig).axes.transData.transform(np.column_stack([x, y]))
    return display[:, 0], fig.bbox.height - display[:, 1]


def shows(img: np.ndarray, col: float, row: float, colour: str, *, within: int = 2) -> bool:
    """True if a pixel within *within* px of (col, row) has *colour* (to 12/255 a channel)."""
    r, c = int(row), int(col)
    patch = img[max(r - within, 0) : r + within + 1, max(c - within, 0) : c + within + 1]
    return bool((np.abs(patch - rgb255(colour)).max(axis=-1) <= 12).any())


def solid(img: np.ndarray, col: float, row: float, colour: str) -> bool:
    """True if the 3 x 3 pixels centred on (col, row) all have *colour*: a marker's core.

    Thin lines and label glyphs in the same colour do not fill such a block.
    """
    r, c = int(row), int(col)
    return bool(np.abs(img[r - 1 : r + 2, c - 1 : c + 2] - rgb255(colour)).max() <= 12)


def base_of(a: Assessment) -> rc.Place:
    base = a.routes[0].origin
    assert base.name == a.best_base
    return base


@pytest.mark.parametrize("claim_id", CLAIM_IDS)
def test_every_seed_claim_renders(
    assessed: dict[str, tuple[rc.Scenario, Assessment]], claim_id: str
) -> None:
    scenario, a = assessed[claim_id]
    fig = maps.claim_map(a, catalog=scenario.catalog, dpi=72)
    buf = BytesIO()
    fig.savefig(buf, format="png")
    assert buf.getvalue().startswith(PNG_SIGNATURE)
    assert len(buf.getvalue()) > 20_000  # a map, not an empty canvas
    img = pixels(fig)
    base, target = base_of(a), a.worst_target
    assert target is not None
    (bc,), (br,) = expected_pixel(fig, base, lat=base.lat, lon=base.lon)
    (tc,), (tr,) = expected_pixel(fig, base, lat=target.lat, lon=target.lon)
    assert solid(img, bc, br, maps.BASE_COLOUR), f"{claim_id}: no base at its pixel"
    assert solid(img, tc, tr, maps.VERDICT_COLOURS[a.verdict]), (
        f"{claim_id}: the worst target is not drawn in the colour of '{a.verdict}'"
    )
    texts = " ".join(t.get_text() for t in fig.texts)
    assert a.verdict.upper() in texts
    assert f"required {a.required_km:,.0f} km" in texts


def test_project_agrees_with_an_independent_projection(
    assessed: dict[str, tuple[rc.Scenario, Assessment]], central: tuple[Any, np.ndarray]
) -> None:
    fig, _ = central
    _, a = assessed[CENTRAL]
    base = base_of(a)
    frame = maps.map_frame(fig)
    assert (frame.lat, frame.lon) == (base.lat, base.lon)
    for lat, lon in ((base.lat, base.lon), (32.75, 35.79), (60.0, 30.0)):
        (col,), (row,) = expected_pixel(fig, base, lat=lat, lon=lon)
        assert maps.project(fig, lat=lat, lon=lon) == pytest.approx((col, row), abs=0.01)


def test_base_pixel_has_the_base_marker_colour(
    assessed: dict[str, tuple[rc.Scenario, Assessment]], central: tuple[Any, np.ndarray]
) -> None:
    fig, img = central
    base = base_of(assessed[CENTRAL][1])
    (col,), (row,) = expected_pixel(fig, base, lat=base.lat, lon=base.lon)
    assert solid(img, col, row, maps.BASE_COLOUR)
    # and not where a (lat, lon) mix-up would put it: 112 km (some 18 px) away, beyond
    # the marker's half-width of 9 px
    (sc,), (sr,) = expected_pixel(fig, base, lat=base.lon, lon=base.lat)
    assert np.hypot(sc - col, sr - row) > 12
    assert not solid(img, sc, sr, maps.BASE_COLOUR)


def test_nominal_ring_is_drawn_at_its_radius(
    assessed: dict[str, tuple[rc.Scenario, Assessment]], central: tuple[Any, np.ndarray]
) -> None:
    fig, img = central
    _, a = assessed[CENTRAL]
    assert a.available is not None
    base = base_of(a)
    ring = maps.VERDICT_COLOURS[a.verdict]
    _, nominal, _ = a.available.magnitudes("km")

    def on_ring(km: float) -> tuple[np.ndarray, np.ndarray]:
        bearings = rc.ureg.Quantity(np.arange(0.0, 360.0, 20.0) + 5.0, "degree")
        d = rc.data.destination(lat=base.lat, lon=base.lon, bearing=bearings, distance=f"{km} km")
        return expected_pixel(fig, base, lat=d.lat, lon=d.lon)

    cols, rows = on_ring(nominal)
    box = maps.map_frame(fig).axes.bbox
    h = fig.bbox.height
    visible = [
        (c, r)
        for c, r in zip(cols, rows, strict=True)
        if box.x0 + 3 < c < box.x1 - 3 and h - box.y1 + 3 < r < h - box.y0 - 3
    ]
    assert len(visible) >= 12
    hits = sum(shows(img, c, r, ring) for c, r in visible)
    assert hits >= 0.8 * len(visible), f"ring colour at {hits} of {len(visible)} points"
    # a ring 8 % too small or too large would miss (a 2 px tolerance is 0.3 % here)
    for wrong in (0.92 * nominal, 1.08 * nominal):
        c2, r2 = on_ring(wrong)
        assert sum(shows(img, c, r, ring, within=1) for c, r in zip(c2, r2, strict=True)) <= 3
    (bc,), (br,) = expected_pixel(fig, base, lat=base.lat, lon=base.lon)
    assert cols.min() < bc < cols.max() and rows.min() < br < rows.max()
    assert not shows(img, bc, br, ring, within=2)


def test_svg_is_valid_xml_with_named_layers(
    assessed: dict[str, tuple[rc.Scenario, Assessment]], tmp_path: Path
) -> None:
    scenario, a = assessed["004-su34-hamadan-deir-ez-zor"]
    out = maps.save_claim_map(a, tmp_path / "map.svg", catalog=scenario.catalog, dpi=72)
    assert out == tmp_path / "map.svg"
    root = ET.parse(out).getroot()
    assert root.tag.endswith("svg")
    ids = {el.get("id") for el in root.iter()}
    assert {"best-base", "worst-target", "route", "ring-nominal", "closed-airspace"} <= ids


def test_png_is_chosen_by_suffix(
    assessed: dict[str, tuple[rc.Scenario, Assessment]], tmp_path: Path
) -> None:
    scenario, a = assessed["004-su34-hamadan-deir-ez-zor"]
    out = maps.save_claim_map(a, tmp_path / "map.PNG", catalog=scenario.catalog, dpi=50)
    assert out.read_bytes().startswith(PNG_SIGNATURE)


@pytest.mark.parametrize("name", ["map.jpg", "map", "map.png.txt"])
def test_unknown_suffix_is_refused_before_drawing(
    assessed: dict[str, tuple[rc.Scenario, Assessment]], tmp_path: Path, name: str
) -> None:
    _, a = assessed[CENTRAL]
    with pytest.raises(rc.InputError, match=r"PNG or SVG.*\.png or \.svg"):
        maps.save_claim_map(a, tmp_path / name)
    assert not (tmp_path / name).exists()


def test_a_claim_that_could_not_be_evaluated_has_no_map(
    assessed: dict[str, tuple[rc.Scenario, Assessment]],
) -> None:
    _, a = assessed[CENTRAL]
    failed = Assessment.failed(a.claim, "route search over its budget")
    with pytest.raises(rc.InputError, match="could not be evaluated"):
        maps.claim_map(failed)


def test_map_frame_refuses_other_figures() -> None:
    fig = maps.payload_range_figure("Tu-22M3", points=3)
    with pytest.raises(rc.InputError, match="not made by"):
        maps.map_frame(fig)


def test_payload_range_figure_for_tu22m3() -> None:
    mission = rc.Mission(profile="hi-lo-hi")
    fig = maps.payload_range_figure("Tu-22M3", mission, points=30)
    fig.savefig(BytesIO(), format="png")
    (ax,) = fig.axes
    lines = {line.get_gid(): line for line in ax.get_lines()}
    payload = np.asarray(lines["radius-nominal"].get_xdata(), float)
    nominal = np.asarray(lines["radius-nominal"].get_ydata(), float)
    low = np.asarray(lines["radius-low"].get_ydata(), float)
    high = np.asarray(lines["radius-high"].get_ydata(), float)
    assert len(payload) == 30 and payload[0] == 0.0
    assert payload[-1] == pytest.approx(24.0)  # the Tu-22M3's maximum payload [t]
    assert np.all(np.diff(nominal) < 0), "radius must fall as payload grows"
    assert np.all(low <= nominal) and np.all(nominal <= high)
    assert "[t]" in ax.get_xlabel() and "[km]" in ax.get_ylabel()
    texts = " ".join(t.get_text() for t in fig.texts)
    assert "Tu-22M3" in texts and mission.describe() in texts


def test_without_matplotlib_the_error_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(rc.InputError, match=r'pip install "rangecalc\[plot\]"'):
        maps.payload_range_figure("Tu-22M3")


def test_permitted_reach_areas_are_drawn_under_closed_airspace() -> None:
    """The central claim's map with its permitted reach: the nominal area's fill shows in
    its verdict colour at a point inside it, and is absent from the map without it."""
    scenario, results = rc.check_scenario(ROOT / "seeds" / "southern_russia_vs_hamadan_2016.toml")
    (v,) = [r for r in results if r.claim.id == "004-tu22m3-anywhere-in-syria-from-mozdok"]
    area = maps.claim_reach(v, resolution="50 km", catalog=scenario.catalog)
    assert area is not None and area.closed == frozenset({"TR", "GE", "AZ", "AM"})
    with_area = maps.claim_map(v, catalog=scenario.catalog, reach=area)
    plain = maps.claim_map(v, catalog=scenario.catalog)
    # a point inside the nominal area but outside the low ring: over Kazakhstan, 2,800 km out
    d = rc.data.destination(
        lat=v.routes[0].origin.lat,
        lon=v.routes[0].origin.lon,
        bearing="80 degree",
        distance="2,800 km",
    )
    assert area.areas["nominal"].contains(Point(d.lon, d.lat))
    svg_with = BytesIO()
    with_area.savefig(svg_with, format="svg")
    assert b'id="reach-nominal"' in svg_with.getvalue()
    svg_plain = BytesIO()
    plain.savefig(svg_plain, format="svg")
    assert b'id="reach-nominal"' not in svg_plain.getvalue()
    # and its fill changes the pixels there
    a, b = (np.asarray(_pixels(f, d.lat, d.lon)) for f in (with_area, plain))
    assert np.abs(a - b).max() > 0.05


def _pixels(fig: Any, lat: float, lon: float) -> np.ndarray:
    fig.canvas.draw()
    buf = np.asarray(fig.canvas.buffer_rgba())[:, :, :3] / 255.0
    col, row = maps.project(fig, lat=lat, lon=lon)
    return buf[round(row), round(col)]
