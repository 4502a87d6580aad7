"""Vectorised geodesic distances against a scalar loop, measured in the same run.

Prints the ratio; no threshold is asserted here (speed targets are not unit tests).
The scalar loop pays the boundary checks (units, coordinate validation) on every call.
"""

from __future__ import annotations

import time

import numpy as np

import rangecalc as rc

N_VECTOR = 100_000
N_LOOP = 2_000


def main() -> None:
    rng = np.random.default_rng(42)
    lat1, lat2 = rng.uniform(-90, 90, (2, N_VECTOR))
    lon1, lon2 = rng.uniform(-180, 180, (2, N_VECTOR))
    rc.distance(lat1=lat1[:10], lon1=lon1[:10], lat2=lat2[:10], lon2=lon2[:10])  # warm-up

    t0 = time.perf_counter()
    rc.distance(lat1=lat1, lon1=lon1, lat2=lat2, lon2=lon2)
    per_vec = (time.perf_counter() - t0) / N_VECTOR

    t0 = time.perf_counter()
    for k in range(N_LOOP):
        rc.distance(lat1=lat1[k], lon1=lon1[k], lat2=lat2[k], lon2=lon2[k])
    per_loop = (time.perf_counter() - t0) / N_LOOP

    print(f"vectorised: {per_vec * 1e6:8.3f} us per pair ({N_VECTOR:,} pairs in one call)")
    print(f"scalar loop: {per_loop * 1e6:8.3f} us per pair ({N_LOOP:,} calls)")
    print(f"ratio: vectorised is {per_loop / per_vec:,.0f}x faster per pair")


if __name__ == "__main__":
    main()
