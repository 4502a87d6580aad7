"""Coverage of Syria from three bases at 5 km under a four-country denial, cold and warm.

Target (issue "Scale"): under 5 s. The Su-34 with 4 t from Hamadan, Mozdok and Khmeimim,
TR, IQ, JO and IL closed, on a 5 km equal-area grid (~7,400 cells). Cold: the first call
in this process, routers and graphs built from nothing. Baseline measured in the same run:
one rc.route() per cell and base, timed on a sample and scaled to the whole grid (what
coverage would cost without the reach brackets).
"""

from __future__ import annotations

import time

import numpy as np
import shapely

import rangecalc as rc
from rangecalc import AirspacePolicy, Mission

BASES = ["Hamadan", "Mozdok", "Khmeimim"]
DENIED = ["TR", "IQ", "JO", "IL"]


def main() -> None:
    policy = AirspacePolicy.of(denied=DENIED)
    kw = {"aircraft": "Su-34", "mission": Mission(payload="4 t"), "policy": policy}
    t0 = time.perf_counter()
    c = rc.coverage(BASES, "SY", resolution="5 km", **kw)  # type: ignore[arg-type]
    cold = time.perf_counter() - t0
    t0 = time.perf_counter()
    rc.coverage(BASES, "SY", resolution="5 km", **kw)  # type: ignore[arg-type]
    warm = time.perf_counter() - t0

    rng = np.random.default_rng(4)
    land = rc.airspace.builtin_boundaries().land("SY")
    x0, y0, x1, y1 = land.bounds
    pts: list[tuple[float, float]] = []
    while len(pts) < 20:
        lon, lat = rng.uniform(x0, x1), rng.uniform(y0, y1)
        if shapely.contains_xy(land, lon, lat):
            pts.append((lat, lon))
    t0 = time.perf_counter()
    for base in BASES:
        for lat, lon in pts:
            rc.route(base, f"{lat:.5f}, {lon:.5f}", denied=DENIED)
    per_pair = (time.perf_counter() - t0) / (len(pts) * len(BASES))
    baseline = per_pair * c.cells * len(BASES)
    print(
        f"Su-34 4 t from {', '.join(BASES)} over SY, {','.join(DENIED)} closed: "
        f"{c.cells:,} cells of 5 km, coverage {c.coverage:.1%} "
        f"(per base {', '.join(f'{s:.1%}' for s in c.per_base)})"
    )
    print(f"coverage: {cold:.2f} s cold, {warm:.2f} s warm (target < 5 s)")
    print(
        f"per-cell route() baseline: {per_pair * 1000:.1f} ms a cell and base, "
        f"{baseline:,.0f} s for the grid; ratio: coverage is {baseline / cold:,.0f}x faster"
    )


if __name__ == "__main__":
    main()
