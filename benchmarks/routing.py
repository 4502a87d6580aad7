"""Routing speed at the 1:10m boundaries, each figure beside a baseline timed in this run.

Targets (issue "Routing at world scale"):

* Lakenheath to Tripoli with only GB, MA and LY open: under 2 s warm, under 15 s from a
  cold start of a fresh process (boundary loading included);
* Mozdok to Deir ez-Zor with TR, GE, AZ, AM denied: under 50 ms warm;
* the farthest point of Syria from Mozdok (that policy, border every 10 km): under 1 s;
* ``allowed=[]`` answers at once; peak memory under 1 GiB.

Baselines: the same search without the bitangent pruning (every corner tested from every
corner, as a plain visibility graph does), and one route() call per border point instead
of one search for all of them.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import contextmanager
from typing import Any

import numpy as np

import rangecalc as rc
from rangecalc._core import visibility
from rangecalc.airspace import routing
from rangecalc.airspace.policy import AirspacePolicy

DENIED = ["TR", "GE", "AZ", "AM"]
TRIPOLI = "32.87, 13.17"  # Bab al-Azizia, the 1986 raid's target


def timed(f: Callable[[], Any]) -> tuple[float, Any]:
    t0 = time.perf_counter()
    out = f()
    return time.perf_counter() - t0, out


@contextmanager
def no_pruning() -> Any:
    """Test every corner from every corner: the plain visibility graph."""
    real = visibility.tangent
    visibility.tangent = lambda d, at, prev, nxt: np.ones(len(d), dtype=bool)
    routing._router.cache_clear()
    try:
        yield
    finally:
        visibility.tangent = real
        routing._router.cache_clear()


def cold_process() -> float:
    code = (
        "import rangecalc as rc; "
        f"r = rc.route('Lakenheath', '{TRIPOLI}', allowed=['GB', 'MA', 'LY']); "
        "assert r.exists"
    )
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - t0


def main() -> None:
    rc.airspace.builtin_boundaries()
    cold, r = timed(lambda: rc.route("Lakenheath", TRIPOLI, allowed=["GB", "MA", "LY"]))
    warm, r = timed(lambda: rc.route("Lakenheath", TRIPOLI, allowed=["GB", "MA", "LY"]))
    with no_pruning():
        plain, _ = timed(lambda: rc.route("Lakenheath", TRIPOLI, allowed=["GB", "MA", "LY"]))
    process = cold_process()
    print(
        f"Lakenheath -> Tripoli, only GB, MA, LY open: {r.distance:,.0f~P} via "
        f"{', '.join(r.straits) or 'no strait'}; first search {cold:.2f} s, warm "
        f"{warm * 1000:.0f} ms (target < 2 s), fresh process {process:.1f} s (target < 15 s); "
        f"plain visibility graph {plain:.2f} s = {plain / cold:.1f}x the first search"
    )

    first, r = timed(lambda: rc.route("Mozdok", "Deir ez-Zor", denied=DENIED))
    warm, r = timed(lambda: rc.route("Mozdok", "Deir ez-Zor", denied=DENIED))
    with no_pruning():
        plain, _ = timed(lambda: rc.route("Mozdok", "Deir ez-Zor", denied=DENIED))
    print(
        f"Mozdok -> Deir ez-Zor, {','.join(DENIED)} denied: {r.distance:,.0f~P}; warm "
        f"{warm * 1000:.0f} ms (target < 50 ms); first search {first * 1000:.0f} ms, plain "
        f"visibility graph {plain * 1000:.0f} ms = {plain / first:.1f}x"
    )

    mozdok = rc.resolve_place("Mozdok")
    pts = rc.airspace.builtin_boundaries().border_points("SY", spacing_km=10.0)
    policy = AirspacePolicy.of(denied=DENIED)
    router = routing.Router.for_policy(policy, exempt=["RU", "SY"])
    many, d = timed(lambda: router.distances((mozdok.lat, mozdok.lon), pts))
    k = int(np.argmax(d))
    sample = pts[:: max(1, len(pts) // 10)][:10]
    one, _ = timed(lambda: [rc.route("Mozdok", f"{la}, {lo}", denied=DENIED) for la, lo in sample])
    per_target = one / len(sample) * len(pts)
    print(
        f"farthest point of Syria from Mozdok ({len(pts)} border points): {d[k] / 1000:,.0f} km "
        f"at {pts[k, 0]:.2f}, {pts[k, 1]:.2f} in {many:.2f} s (target < 1 s); one route() per "
        f"point would take {per_target:.1f} s = {per_target / many:.0f}x"
    )

    empty, r = timed(lambda: rc.route("Hmeimim", "Deir ez-Zor", allowed=[]))
    shut, s = timed(lambda: rc.route("Kabul", "47.92, 106.92", allowed=[]))
    print(
        f"allowed=[]: Hmeimim -> Deir ez-Zor {r.distance:,.0f~P} in {empty * 1000:.0f} ms; "
        f"Kabul -> Ulaanbaatar '{s.reason}' in {shut:.2f} s"
    )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
    print(f"peak memory {peak:,.0f} MB (target < 1,024 MB)")


if __name__ == "__main__":
    main()
