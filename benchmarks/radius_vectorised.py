"""Vectorised combat radius for 100,000 payloads against a scalar loop, in the same run.

Prints the per-payload ratio (target: the vectorised path at least 50x faster). Speed
targets are printed here, never asserted in unit tests.
"""

from __future__ import annotations

import time

import numpy as np

import rangecalc as rc

N_VECTOR = 100_000
N_LOOP = 200


def main() -> None:
    af = rc.default_catalog().airframe("Tu-22M3")
    rng = np.random.default_rng(1)
    payloads = rng.uniform(0.0, af.max_payload.m("kg"), N_VECTOR)
    rc.combat_radius(
        af, rc.Mission(payload=rc.ureg.Quantity(payloads[:10], "kg"))
    )  # warm-up (calibration cache)

    t0 = time.perf_counter()
    res = rc.combat_radius(
        af, rc.Mission(payload=rc.ureg.Quantity(payloads, "kg"), profile="hi-lo-hi")
    )
    per_vec = (time.perf_counter() - t0) / N_VECTOR

    t0 = time.perf_counter()
    for p in payloads[:N_LOOP]:
        rc.combat_radius(
            af, rc.Mission(payload=rc.ureg.Quantity(float(p), "kg"), profile="hi-lo-hi")
        )
    per_loop = (time.perf_counter() - t0) / N_LOOP

    nom = res.radius.magnitudes("km")[1][:N_LOOP]
    one = [
        rc.combat_radius(
            af, rc.Mission(payload=rc.ureg.Quantity(float(p), "kg"), profile="hi-lo-hi")
        ).nominal
        for p in payloads[:5]
    ]
    same = np.allclose([q.to("km").magnitude for q in one], nom[:5], rtol=1e-12)
    print(f"vectorised: {per_vec * 1e6:9.2f} us per payload ({N_VECTOR:,} in one call)")
    print(f"scalar loop: {per_loop * 1e6:9.2f} us per payload ({N_LOOP} calls)")
    print(f"ratio: vectorised is {per_loop / per_vec:,.0f}x faster (target >= 50x)")
    print(f"vectorised equals scalar on a sample: {same}")


if __name__ == "__main__":
    main()
