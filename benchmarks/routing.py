"""Routing speed: one route with four countries denied, and the worst point of Syria.

Prints times next to a naive baseline measured in the same run (the graph rebuilt for
every target); targets from the issue: one route under 200 ms after warm-up, the worst
point of Syria (boundary densified to 10 km) under 2 s.
"""

from __future__ import annotations

import time

import numpy as np

import rangecalc as rc
from rangecalc.airspace import AirspacePolicy
from rangecalc.routing import Router

DENIED = ["TR", "GE", "AZ", "AM"]


def syria_boundary_points(spacing: str = "10 km") -> np.ndarray:
    """Points along Syria's border, 0.02 degrees inside it, every *spacing*."""
    land = rc.builtin_boundaries().land("SY").buffer(-0.02)
    ring = np.asarray(max(getattr(land, "geoms", [land]), key=lambda p: p.area).exterior.coords)
    pts = []
    for k in range(len(ring) - 1):
        la, lo = rc.points_along(
            lat1=ring[k, 1],
            lon1=ring[k, 0],
            lat2=ring[k + 1, 1],
            lon2=ring[k + 1, 0],
            spacing=spacing,
        )
        pts.append(np.column_stack([la[:-1], lo[:-1]]))
    return np.vstack(pts)


def main() -> None:
    mozdok = rc.resolve_place("Mozdok")
    rc.route("Mozdok", "Deir ez-Zor", denied=DENIED)  # warm-up: airspace and graph
    t0 = time.perf_counter()
    r = rc.route("Mozdok", "Deir ez-Zor", denied=DENIED)
    one = time.perf_counter() - t0
    print(
        f"Mozdok -> Deir ez-Zor, {','.join(DENIED)} denied: {r.distance:.0f~P} "
        f"(great circle {r.great_circle:.0f~P}) in {one * 1000:.0f} ms (target < 200 ms)"
    )

    targets = syria_boundary_points()
    policy = AirspacePolicy.of(denied=DENIED)
    t0 = time.perf_counter()
    router = Router.for_policy(policy, exempt=["RU", "SY"])
    d = router.distances((mozdok.lat, mozdok.lon), targets)
    many = time.perf_counter() - t0
    worst = int(np.argmax(d))
    print(
        f"worst point of Syria from Mozdok ({len(targets)} border points): "
        f"{d[worst] / 1000:,.0f} km at {targets[worst, 0]:.2f}, {targets[worst, 1]:.2f} "
        f"in {many:.2f} s (target < 2 s)"
    )

    # Naive baseline: rebuild the graph for each of a few targets.
    sample = targets[:: max(1, len(targets) // 5)][:5]
    t0 = time.perf_counter()
    for lat, lon in sample:
        Router(router.closed, router.territorial_sea_m, router.boundaries).distances(
            (mozdok.lat, mozdok.lon), np.array([[lat, lon]])
        )
    naive = (time.perf_counter() - t0) / len(sample)
    print(
        f"naive rebuild per target: {naive:.2f} s; for all {len(targets)} targets about "
        f"{naive * len(targets):,.0f} s, {naive * len(targets) / many:,.0f}x the cached run"
    )


if __name__ == "__main__":
    main()
