"""Permitted reach area at 10 km, beside a per-cell route() baseline timed in this run.

Target (issue "Maps, exports and a report"): the Tu-22M3 from Mozdok with TR, GE, AZ and
AM closed, its radius interval with 3 t aboard, at 10 km resolution, in under 5 s.

Baseline: one rc.route() per grid point, timed on a sample of the same grid and scaled
to all of its points (what a reach area costs without the refinement).
"""

from __future__ import annotations

import time

import numpy as np
import shapely

import rangecalc as rc
from rangecalc.airspace.policy import AirspacePolicy

DENIED = ["TR", "GE", "AZ", "AM"]


def main() -> None:
    policy = AirspacePolicy.of(denied=DENIED)
    radius = rc.combat_radius("Tu-22M3", rc.Mission(payload="3 t")).radius
    t0 = time.perf_counter()
    area = rc.reach_area("Mozdok", radius, policy=policy, resolution="10 km")
    cold = time.perf_counter() - t0
    t0 = time.perf_counter()
    rc.reach_area("Mozdok", radius, policy=policy, resolution="10 km")
    warm = time.perf_counter() - t0

    # baseline: route() to a sample of grid points inside the high radius
    rng = np.random.default_rng(3)
    ring = rc.data.range_ring(lat=area.base.lat, lon=area.base.lon, radius=radius.high)
    x0, y0, x1, y1 = ring.bounds
    pts: list[tuple[float, float]] = []
    while len(pts) < 60:
        lon, lat = rng.uniform(x0, x1), rng.uniform(y0, y1)
        if shapely.contains_xy(ring, lon, lat):
            pts.append((lat, lon))
    t0 = time.perf_counter()
    for lat, lon in pts:
        rc.route("Mozdok", f"{lat:.5f}, {lon:.5f}", denied=DENIED)
    per_cell = (time.perf_counter() - t0) / len(pts)
    baseline = per_cell * area.grid_points
    print(
        f"Tu-22M3 3 t from Mozdok, {','.join(DENIED)} closed, radius "
        f"{radius.format('km')}, 10 km grid of {area.grid_points:,} points "
        f"({area.exact_points:,} routed exactly)"
    )
    print(f"reach_area: {cold:.2f} s cold, {warm:.2f} s warm (target < 5 s)")
    print(
        f"per-cell route() baseline: {per_cell * 1000:.1f} ms a point, {baseline:,.0f} s for "
        f"the grid; ratio: reach_area is {baseline / cold:,.0f}x faster"
    )
    for name, geom in area.areas.items():
        print(f"  {name:8s} area {geom.area:8.1f} square degrees, valid {geom.is_valid}")


if __name__ == "__main__":
    main()
