"""An offline HTML report of a scenario: verdicts, explanations, a map, curves, sources.

One self-contained page (:func:`build_report`, :func:`write_report`; CLI ``rangecalc
report FILE --out report.html``) that opens without a network:

* the verdict table, then each claim: statement, verdict against the permitted route and
  the reach interval, the explanation, notes, flip points and its references;
* an interactive map (pan by dragging, zoom with the wheel or the buttons, click a
  feature for its numbers, verdict and sources): the features of
  :func:`rangecalc.outputs.export.scenario_features`, and the permitted reach areas of each
  aircraft claim under closed airspace (25 km grid), drawn as SVG in an azimuthal equidistant
  projection centred on the claims (pyproj), over the shipped country outlines; its
  script and style are written into the page (a few dozen lines of plain JavaScript, no
  library and no tile server);
* the payload-range curve of each aircraft and mission flown (inline SVG by
  :func:`rangecalc.outputs.maps.payload_range_figure`; extra ``plot``);
* a bibliography: every source any claim cites, numbered once.

No asset is fetched: scripts, styles and images are inline; the only external addresses
are the sources' own, as links.
"""

from __future__ import annotations

import html
import io
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from shapely.geometry import box
from shapely.geometry.base import BaseGeometry

from rangecalc._version import __version__
from rangecalc.airspace.boundaries import Boundaries, builtin_boundaries
from rangecalc.claims.claim import Assessment, Scenario, evaluate_all, load_scenario
from rangecalc.data.errors import InputError
from rangecalc.data.geodesy import azimuthal_equidistant
from rangecalc.outputs.export import STYLES, Feature, prepare, reach_features, scenario_features

__all__ = ["build_report", "report_path", "write_report"]

#: Map size in SVG units (the page scales it to its width).
_W, _H = 1000.0, 700.0
_URL = re.compile(r"https?://[^\s;,)\]'\"<>]+")


@dataclass(frozen=True)
class _Sources:
    """Every source cited, numbered in order of first citation."""

    number: dict[str, int]

    @classmethod
    def of(cls, results: Sequence[Assessment]) -> _Sources:
        number: dict[str, int] = {}
        for v in results:
            for text in _cited(v):
                number.setdefault(text, len(number) + 1)
        return cls(number)


def _cited(v: Assessment) -> list[str]:
    out = [v.claim.source] if v.claim.source else []
    out += [f"{k}: {s}" for k, s in v.sources.items() if s]
    return out


def _linked(text: str) -> str:
    """*text* escaped, with its web addresses as links (never loaded by the page)."""
    parts, last = [], 0
    for m in _URL.finditer(text):
        parts.append(html.escape(text[last : m.start()]))
        url = m.group(0)
        parts.append(f'<a href="{html.escape(url)}" rel="noreferrer">{html.escape(url)}</a>')
        last = m.end()
    parts.append(html.escape(text[last:]))
    return "".join(parts)


# ------------------------------------------------------------------------------- map


class _Projection:
    """Azimuthal equidistant projection centred on the claims, scaled to the SVG box."""

    def __init__(self, geoms: Sequence[BaseGeometry]) -> None:
        pts = np.vstack([shapely.get_coordinates(g) for g in geoms if not g.is_empty])
        lon, lat = np.radians(pts[:, 0]), np.radians(pts[:, 1])
        v = np.column_stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)])
        m = v.mean(axis=0)
        self.lat0 = float(np.degrees(np.arctan2(m[2], np.hypot(m[0], m[1]))))
        self.lon0 = float(np.degrees(np.arctan2(m[1], m[0])))
        self._fwd, self._inv = azimuthal_equidistant(self.lat0, self.lon0)
        x, y = self._fwd.transform(pts[:, 0], pts[:, 1])
        x0, x1, y0, y1 = float(np.min(x)), float(np.max(x)), float(np.min(y)), float(np.max(y))
        pad = 0.08 * max(x1 - x0, y1 - y0, 200_000.0)
        x0, x1, y0, y1 = x0 - pad, x1 + pad, y0 - pad, y1 + pad
        self.scale = min(_W / (x1 - x0), _H / (y1 - y0))
        self.cx, self.cy = (x0 + x1) / 2, (y0 + y1) / 2
        self.m_per_unit = 1.0 / self.scale

    def xy(self, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
        x, y = self._fwd.transform(lon, lat)
        sx = _W / 2 + (np.asarray(x) - self.cx) * self.scale
        sy = _H / 2 - (np.asarray(y) - self.cy) * self.scale
        return np.column_stack([sx, sy])

    def lonlat_box(self) -> BaseGeometry:
        """A lon/lat box holding the map (for clipping the country outlines)."""
        t = np.linspace(0.0, 1.0, 41)
        hw, hh = _W / 2 / self.scale, _H / 2 / self.scale
        xs = np.concatenate([self.cx - hw + 2 * hw * t, np.full(41, self.cx + hw)])
        ys = np.concatenate([np.full(41, self.cy - hh), self.cy - hh + 2 * hh * t])
        xs = np.concatenate([xs, self.cx + hw - 2 * hw * t, np.full(41, self.cx - hw)])
        ys = np.concatenate([ys, np.full(41, self.cy + hh), self.cy + hh - 2 * hh * t])
        lon, lat = self._inv.transform(xs, ys)
        ok = np.isfinite(lon) & np.isfinite(lat)
        return box(
            max(-180.0, float(np.min(lon[ok])) - 2),
            max(-90.0, float(np.min(lat[ok])) - 2),
            min(180.0, float(np.max(lon[ok])) + 2),
            min(90.0, float(np.max(lat[ok])) + 2),
        )


def _path(geom: BaseGeometry, proj: _Projection) -> str:
    """SVG path data of a (lon, lat) geometry."""
    out = []
    for part in shapely.get_parts(geom):
        if part.geom_type == "Polygon":
            rings = [part.exterior, *part.interiors]
            for ring in rings:
                c = shapely.get_coordinates(ring)
                p = proj.xy(c[:, 0], c[:, 1])
                out.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in p) + "Z")
        elif part.geom_type in ("LineString", "LinearRing"):
            c = shapely.get_coordinates(part)
            p = proj.xy(c[:, 0], c[:, 1])
            out.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in p))
    return "".join(out)


def _map_svg(features: Sequence[Feature], boundaries: Boundaries) -> str:
    prepared = [(f, prepare(f.geometry, ring=f.style == "ring")) for f in features]
    drawn = [(f, g) for f, g in prepared if not g.is_empty]
    if not drawn:
        return "<p>Nothing to map.</p>"
    proj = _Projection([g for _, g in drawn])
    frame = proj.lonlat_box()
    tol = 0.5 * proj.m_per_unit / 111_000.0  # half an SVG unit, in degrees
    land = []
    for code in boundaries:
        geom = boundaries.polygons[code]
        if not geom.intersects(frame):
            continue
        clipped = shapely.simplify(geom.intersection(frame), tol)
        if not clipped.is_empty:
            land.append(f'<path class="land" d="{_path(clipped, proj)}"/>')
    # areas first (largest first), then lines, then points on top
    order = {"airspace": 0, "ring": 1, "holds": 1, "fails": 1, "uncertain": 1, "route": 3}
    drawn.sort(
        key=lambda fg: (order.get(fg[0].style, 4 if fg[1].geom_type == "Point" else 2), -fg[1].area)
    )
    shapes = []
    for k, (f, g) in enumerate(drawn):
        colour = STYLES.get(f.style, "#000000")
        verdict = f.properties.get("verdict")
        if isinstance(verdict, str) and verdict in STYLES and f.style not in ("airspace",):
            colour = STYLES[verdict]
        title = html.escape(f.name)
        claim = f.properties.get("claim_id") or f.properties.get("claims") or ""
        ids = claim if isinstance(claim, list) else [claim]
        tag = f' data-claim="{html.escape(json.dumps([str(c) for c in ids if c]))}"'
        level = f.properties.get("which") or f.properties.get("level") or ""
        if level:
            tag += f' data-level="{html.escape(str(level))}"'
        if g.geom_type in ("Point", "MultiPoint"):
            for x, y in proj.xy(*shapely.get_coordinates(g).T):
                shapes.append(
                    f'<circle class="pt {f.style}" data-k="{k}"{tag} cx="{x:.1f}" '
                    f'cy="{y:.1f}" r="6" fill="{colour}"><title>{title}</title></circle>'
                )
            continue
        area = g.geom_type in ("Polygon", "MultiPolygon")
        cls = "area" if area else "line"
        fill = colour if area else "none"
        shapes.append(
            f'<path class="{cls} {f.style}" data-k="{k}"{tag} d="{_path(g, proj)}" '
            f'stroke="{colour}" fill="{fill}"><title>{title}</title></path>'
        )
    info = [f.description or f"<h3>{html.escape(f.name)}</h3>" for f, _ in drawn]
    claims = list(
        dict.fromkeys(
            str(f.properties["claim_id"]) for f, _ in drawn if f.properties.get("claim_id")
        )
    )
    scale_km = _nice(0.25 * _W * proj.m_per_unit / 1000.0)
    bar = scale_km * 1000.0 / proj.m_per_unit
    return (
        f'<div class="mapwrap"><svg id="map" viewBox="0 0 {_W:.0f} {_H:.0f}" '
        f'xmlns="http://www.w3.org/2000/svg" role="img" aria-label="map of the claims">'
        f'<rect class="sea" x="-100000" y="-100000" width="200000" height="200000"/>'
        f'<g id="view"><g>{"".join(land)}</g><g>{"".join(shapes)}</g></g>'
        f'<g class="scale"><line x1="20" y1="{_H - 20:.0f}" x2="{20 + bar:.1f}" '
        f'y2="{_H - 20:.0f}"/><text x="20" y="{_H - 28:.0f}">{scale_km:,.0f} km '
        f"(true from the centre, {proj.lat0:.1f}, {proj.lon0:.1f})</text></g></svg>"
        '<div class="mapui"><select id="pick" title="show one claim">'
        '<option value="">every claim</option>'
        + "".join(f'<option value="{html.escape(c)}">{html.escape(c)}</option>' for c in claims)
        + "</select> "
        '<button id="zin" title="zoom in">+</button>'
        '<button id="zout" title="zoom out">&minus;</button>'
        '<button id="zreset" title="whole map">&#8634;</button></div>'
        '<aside id="info"><p>Click a feature on the map for its numbers and sources.</p>'
        "</aside></div>"
        f'<script type="application/json" id="info-data">{_json_for_script(info)}</script>'
    )


def _json_for_script(data: object) -> str:
    """JSON safe inside a <script> element (no '</' can end it early)."""
    return json.dumps(data).replace("</", "<\\/")


def _nice(km: float) -> float:
    e = 10 ** np.floor(np.log10(max(km, 1e-9)))
    return float(max(m * e for m in (1, 2, 5) if m * e <= km))


_SCRIPT = """
(function () {
  var svg = document.getElementById('map'); if (!svg) return;
  var view = document.getElementById('view');
  var info = JSON.parse(document.getElementById('info-data').textContent);
  var panel = document.getElementById('info');
  var s = 1, tx = 0, ty = 0, drag = null;
  svg.setAttribute('data-ready', 'yes');  // the script ran: its controls are live
  var dots = svg.querySelectorAll('circle');
  function apply() { view.setAttribute('transform',
      'translate(' + tx + ',' + ty + ') scale(' + s + ')');
    dots.forEach(function (c) { c.setAttribute('r', 6 / s); }); }
  function point(ev) { var r = svg.getBoundingClientRect(), vb = svg.viewBox.baseVal;
    return [(ev.clientX - r.left) * vb.width / r.width,
            (ev.clientY - r.top) * vb.height / r.height]; }
  function zoom(f, p) { var n = Math.min(64, Math.max(1, s * f)); f = n / s;
    tx = p[0] - (p[0] - tx) * f; ty = p[1] - (p[1] - ty) * f; s = n; apply(); }
  svg.addEventListener('wheel', function (ev) { ev.preventDefault();
    zoom(ev.deltaY < 0 ? 1.25 : 0.8, point(ev)); }, {passive: false});
  svg.addEventListener('pointerdown', function (ev) {
    drag = {p: point(ev), tx: tx, ty: ty, moved: false, target: ev.target};
    svg.setPointerCapture(ev.pointerId); });
  svg.addEventListener('pointercancel', function () { drag = null; });
  svg.addEventListener('pointermove', function (ev) { if (!drag) return;
    var p = point(ev); tx = drag.tx + p[0] - drag.p[0]; ty = drag.ty + p[1] - drag.p[1];
    if (Math.abs(p[0] - drag.p[0]) + Math.abs(p[1] - drag.p[1]) > 3) drag.moved = true;
    apply(); });
  svg.addEventListener('pointerup', function (ev) { var d = drag; drag = null;
    if (!d || d.moved) return;
    var el = d.target, k = el.getAttribute && el.getAttribute('data-k');
    if (k === null) return;
    panel.innerHTML = info[+k];
    var old = svg.querySelector('.picked'); if (old) old.classList.remove('picked');
    el.classList.add('picked'); });
  var vb = svg.viewBox.baseVal, mid = [vb.width / 2, vb.height / 2];
  document.getElementById('zin').onclick = function () { zoom(1.5, mid); };
  document.getElementById('zout').onclick = function () { zoom(1 / 1.5, mid); };
  document.getElementById('zreset').onclick = function () { s = 1; tx = 0; ty = 0; apply(); };
  document.getElementById('pick').onchange = function () { var c = this.value;
    svg.querySelectorAll('[data-claim]').forEach(function (el) {
      var mine = !c || JSON.parse(el.getAttribute('data-claim')).indexOf(c) >= 0;
      el.style.display = mine ? '' : 'none'; }); };
  var pick = document.getElementById('pick');  // open on the first claim: one at a time reads
  if (pick.options.length > 1) { pick.selectedIndex = 1; pick.onchange(); }
})();
"""

_STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 1100px;
       padding: 1em 1.5em; color: #1b1b1b; }
h1 { font-size: 1.6em; } h2 { margin-top: 2em; border-bottom: 1px solid #ccc; }
table.verdicts, table.hinges { border-collapse: collapse; width: 100%; }
table.hinges td, table.hinges th { border-bottom: 1px solid #ddd; padding: 3px 6px;
  font-size: 0.9em; text-align: left; }
figure.tornado svg { max-width: 100%; height: auto; }
table.verdicts td, table.verdicts th { border-bottom: 1px solid #ddd; padding: 4px 6px;
       text-align: left; vertical-align: top; }
td.num { text-align: right; white-space: nowrap; }
.v { font-weight: 600; padding: 1px 6px; border-radius: 3px; color: #fff; }
.v.holds { background: #1a9641; } .v.fails { background: #d7191c; }
.v.uncertain { background: #c7841b; } .v.error { background: #808080; }
.mapwrap { display: grid; grid-template-columns: 3fr 1fr; gap: 10px; position: relative; }
#map { width: 100%; height: auto; border: 1px solid #999; background: #dcebf5;
       touch-action: none; cursor: grab; }
.sea { fill: #dcebf5; } .land { fill: #f1efe6; stroke: #9a9a9a; stroke-width: 0.4; }
.area { fill-opacity: 0.12; stroke-width: 1.6; }
.area[data-level] { fill-opacity: 0.03; stroke-width: 1.2; }
.area[data-level="nominal"] { fill-opacity: 0.08; stroke-width: 2; }
.area[data-level="low"] { stroke-dasharray: 6 4; }
.area[data-level="high"] { stroke-dasharray: 2 3; }
.area.airspace { fill-opacity: 0.25; stroke-width: 0.8; }
.line { stroke-width: 2.4; fill: none; } .pt { stroke: #fff; stroke-width: 1.5; }
path, circle { vector-effect: non-scaling-stroke; }
.picked { stroke: #000 !important; stroke-width: 3 !important; }
.scale line { stroke: #000; stroke-width: 3; } .scale text { font-size: 13px; }
.mapui { position: absolute; top: 8px; left: 8px; } .mapui select { height: 2em; }
.mapui button { width: 2em; height: 2em; margin-right: 2px; }
#info { border: 1px solid #ccc; padding: 0 0.8em; font-size: 13px; overflow: auto;
        max-height: 700px; } #info table { font-size: 12px; }
.curve svg { max-width: 100%; height: auto; }
ol.refs li { margin-bottom: 0.3em; word-break: break-word; }
"""


# ------------------------------------------------------------------------------ page


def _verdict(v: str) -> str:
    return f'<span class="v {html.escape(v)}">{html.escape(v)}</span>'


def _table(results: Sequence[Assessment]) -> str:
    rows = []
    for v in results:
        reach = "-"
        if v.available is not None:
            lo, nom, hi = v.available.magnitudes("km")
            reach = f"{nom:,.0f} ({lo:,.0f}&ndash;{hi:,.0f})"
        need = "no route" if v.required_km is None else f"{v.required_km:,.0f}"
        load = "-" if v.payload_t is None else f"{v.payload_t:,.1f}"
        prob = "-" if v.estimate is None else html.escape(v.estimate.percent())
        rows.append(
            f'<tr><td><a href="#{html.escape(v.claim.id)}">{html.escape(v.claim.id)}</a></td>'
            f"<td>{html.escape(v.claim.statement)}</td><td>{_verdict(v.verdict)}</td>"
            f"<td>{html.escape(v.claim.expect or '-')}</td><td class='num'>{load}</td>"
            f"<td class='num'>{need}</td><td class='num'>{reach}</td>"
            f"<td class='num'>{prob}</td></tr>"
        )
    return (
        '<table class="verdicts"><tr><th>claim</th><th>statement</th><th>verdict</th>'
        "<th>expected</th><th>load t</th><th>need km</th><th>reach km</th>"
        "<th>P(holds)</th></tr>" + "".join(rows) + "</table>"
    )


def _claim_section(v: Assessment, refs: _Sources) -> str:
    c = v.claim
    parts = [
        f'<section id="{html.escape(c.id)}"><h3>{html.escape(c.id)} {_verdict(v.verdict)}</h3>',
        f"<p><b>Claim.</b> {html.escape(c.statement)}</p>",
        f"<p><b>Verdict.</b> {html.escape(v.explanation)}</p>",
    ]
    if c.rationale:
        parts.append(f"<p><b>Why this expectation.</b> {html.escape(c.rationale)}</p>")
    flips = []
    if v.max_payload_t is not None:
        flips.append(
            f"heaviest payload that still reaches at the low end: {v.max_payload_t:,.1f} t"
        )
    if v.min_plan is not None and v.min_plan.total:
        flips.append(f"fewest top-ups with which the low end reaches: {v.min_plan.split}")
    if flips:
        parts.append("<p><b>Where it flips.</b> " + html.escape("; ".join(flips)) + "</p>")
    if v.estimate is not None:
        parts.append(
            f"<p><b>Probability it holds.</b> {html.escape(v.estimate.describe())}, sampling "
            "every figure's spread (triangular on low, nominal, high; figures of one source "
            "together).</p>"
        )
    parts.append(_hinges(v, refs))
    if v.notes:
        parts.append("<ul>" + "".join(f"<li>{html.escape(n)}</li>" for n in v.notes) + "</ul>")
    cited = sorted({refs.number[t] for t in _cited(v)})
    if cited:
        parts.append(
            "<p><b>Sources.</b> "
            + ", ".join(f'<a href="#ref{n}">[{n}]</a>' for n in cited)
            + "</p>"
        )
    parts.append("</section>")
    return "".join(parts)


def _hinges(v: Assessment, refs: _Sources) -> str:
    """What the verdict hinges on: the ranked figures, their flip points and a tornado."""
    ranked = [h for h in v.hinges_on if h.moves]
    if not ranked:
        return ""
    rows = []
    for h in ranked:
        lo, hi = h.values()
        pay = "-"
        if h.max_payload_t is not None:
            pay = " / ".join("none" if x is None else f"{x:,.1f}" for x in h.max_payload_t)
        tops = "-"
        if h.min_refuelings is not None:
            tops = " / ".join("&gt;12" if x is None else str(x) for x in h.min_refuelings)
        ref = refs.number.get(f"{h.key}: {h.figure.source}")
        cite = f' <a href="#ref{ref}">[{ref}]</a>' if ref is not None else ""
        rows.append(
            f"<tr><td>{html.escape(h.label)}{cite}</td><td class='num'>{html.escape(lo)} / "
            f"{html.escape(hi)}</td><td class='num'>{h.reach_km[0]:,.0f} / "
            f"{h.reach_km[1]:,.0f}</td><td>{'yes' if h.flips else 'no'}</td>"
            f"<td class='num'>{pay}</td><td class='num'>{tops}</td></tr>"
        )
    table = (
        "<table class='hinges'><tr><th>figure (low / high end)</th><th>low / high</th>"
        "<th>reach km at low / high</th><th>flips the verdict</th>"
        "<th>heaviest load t at low / high</th><th>fewest top-ups at low / high</th></tr>"
        + "".join(rows)
        + "</table>"
    )
    from rangecalc.outputs.maps import tornado_figure

    svg = _inline_svg(tornado_figure(v))
    return (
        "<p><b>What it hinges on.</b> Each figure at its low and its high end, the rest "
        "nominal, largest swing of the reach first.</p>"
        + table
        + f'<figure class="tornado">{svg}</figure>'
    )


def _inline_svg(fig: Any) -> str:
    """A matplotlib figure as inline SVG: text as text, no declaration, no style sheet."""
    import matplotlib

    buf = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "none"}):  # text as text: no font ids
        fig.savefig(buf, format="svg")
    svg = buf.getvalue()
    svg = svg[svg.index("<svg") :]  # no XML declaration or DOCTYPE (an external DTD)
    # its style sheet would apply to the whole page
    return re.sub(r"<style[^>]*>.*?</style>", "", svg, flags=re.DOTALL)


def _reach(results: Sequence[Assessment], scenario: Scenario) -> list[Feature]:
    """The permitted reach areas of each aircraft claim under closed airspace (25 km)."""
    from rangecalc.outputs.maps import claim_reach

    out = []
    for v in results:
        if v.error is not None:
            continue
        area = claim_reach(v, catalog=scenario.catalog)
        if area is not None:
            label = f"{v.claim.aircraft} from {area.base.name}"
            out += reach_features(
                area, label=label, verdict=v.verdict, properties={"claim_id": v.claim.id}
            )
    return out


def _curves(results: Sequence[Assessment], scenario: Scenario) -> str:
    from rangecalc.outputs.maps import payload_range_figure

    seen: dict[tuple[str, str], None] = {}
    out = []
    for v in results:
        if v.radius is None:
            continue
        key = (v.radius.airframe, v.radius.mission.describe())
        if key in seen:
            continue
        seen[key] = None
        # a refuelled mission costs a search per payload: fewer payloads
        points = 40 if v.radius.mission.refueling.total == 0 else 9
        fig = payload_range_figure(
            v.radius.airframe, v.radius.mission, catalog=scenario.catalog, points=points
        )
        svg = _inline_svg(fig)
        out.append(
            f'<figure class="curve">{svg}<figcaption>{html.escape(key[0])}: '
            f"{html.escape(key[1])}</figcaption></figure>"
        )
    return "".join(out) or "<p>No aircraft claim: no curve.</p>"


def build_report(
    scenario: Scenario | str | Path,
    results: Sequence[Assessment] | None = None,
    *,
    boundaries: Boundaries | None = None,
) -> str:
    """The report of *scenario* (a :class:`~rangecalc.claims.claim.Scenario` or its file) as HTML.

    *results* are its assessments (evaluated here when not given). Needs the ``plot``
    extra (matplotlib) for the payload-range curves.
    """
    sc = scenario if isinstance(scenario, Scenario) else load_scenario(scenario)
    res = list(results) if results is not None else evaluate_all(sc)
    if not res:
        raise InputError(f"{sc.file}: no claim to report")
    b = boundaries or builtin_boundaries()
    refs = _Sources.of(res)
    features = scenario_features(res, catalog=sc.catalog, boundaries=b)
    features += _reach(res, sc)
    bib = "".join(f'<li id="ref{n}">{_linked(text)}</li>' for text, n in refs.number.items())
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    matched = sum(v.matches_expectation for v in res)
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{html.escape(sc.title)}</title>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<style>{_STYLE}</style></head><body>"
        f"<h1>{html.escape(sc.title)}</h1>"
        + (f"<p>{html.escape(sc.description)}</p>" if sc.description else "")
        + f"<p>{len(res)} claims, {matched} as expected. Scenario file "
        f"<code>{html.escape(sc.file)}</code>; rangecalc {html.escape(__version__)}, {stamp}."
        "</p><h2>Verdicts</h2>"
        + _table(res)
        + "<h2>Map</h2>"
        + _map_svg(features, b)
        + "<h2>Claims</h2>"
        + "".join(_claim_section(v, refs) for v in res)
        + "<h2>Payload and radius</h2>"
        + _curves(res, sc)
        + f"<h2>Sources</h2><ol class='refs'>{bib}</ol>"
        + f"<script>{_SCRIPT}</script></body></html>"
    )


def report_path(out: str | Path) -> Path:
    """*out* checked as a place to write a report: an ``.html`` file in a directory."""
    path = Path(out)
    if path.suffix.lower() not in (".html", ".htm"):
        raise InputError(f"{path}: a report is written as an .html file")
    if not path.parent.is_dir():
        raise InputError(f"{path}: no such directory {str(path.parent)!r} to write the report in")
    if path.is_dir():
        raise InputError(f"{path}: is a directory; give a file name")
    return path


def write_report(
    scenario: Scenario | str | Path,
    out: str | Path,
    *,
    results: Sequence[Assessment] | None = None,
    boundaries: Boundaries | None = None,
) -> Path:
    """Write :func:`build_report` to *out* (an ``.html`` file); returns the path."""
    path = report_path(out)
    path.write_text(build_report(scenario, results, boundaries=boundaries), encoding="utf-8")
    return path
