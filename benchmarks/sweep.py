"""A sweep against the same claims evaluated one by one, measured in the same run.

Three bases x 12 targets x 2 loads of the Su-34, Turkey and Iraq closed (most routes from
Iran bend). Baseline: rc.evaluate on each claim (a sample of them, scaled to all), which
also finds each claim's flip points; the sweep is run with max_payload=True so that it
finds the payload flip point too. Prints both times, the ratio, and how many verdicts and
margins differ (target 0).
"""

from __future__ import annotations

import time

import numpy as np

import rangecalc as rc
from rangecalc import AirspacePolicy, Claim

BASES = ["Hamadan", "Khmeimim", "Mozdok"]
LOADS = ["2 t", "6 t"]
POLICY = AirspacePolicy.of(denied=["TR", "IQ"])


def main() -> None:
    rng = np.random.default_rng(8)
    targets = [f"{la:.4f}, {lo:.4f}" for la, lo in zip(
        rng.uniform(32.5, 37.0, 12), rng.uniform(35.8, 42.0, 12), strict=True
    )]  # fmt: skip
    rc.route("Hamadan", targets[0], denied=["TR", "IQ"])  # warm the routers for both
    t0 = time.perf_counter()
    frame = rc.sweep("Su-34", BASES, targets, payloads=LOADS, policy=POLICY, max_payload=True)
    swept = time.perf_counter() - t0

    cat = rc.default_catalog()
    sample = frame.sample(12, random_state=1)
    differ = 0
    t0 = time.perf_counter()
    for row in sample.itertuples():
        claim = Claim(
            id="x", statement="", kind="aircraft", aircraft="Su-34", bases=(row.base,),
            target=(row.target,), mission=rc.Mission(payload=f"{row.payload_t} t"), airspace=POLICY,
        )  # fmt: skip
        alone = rc.evaluate(claim, cat, rc.Sampling(0))  # the sweep estimates no probability
        margin = alone.margin_km if alone.margin_km is not None else float("nan")
        same_margin = abs(margin - row.margin_km) <= 1e-6 or (
            np.isnan(margin) and np.isnan(row.margin_km)
        )
        differ += (alone.verdict != row.verdict) or not same_margin
    per_claim = (time.perf_counter() - t0) / len(sample)
    baseline = per_claim * len(frame)
    bent = int((frame.distance_km > frame.great_circle_km + 1).sum())
    print(f"Su-34 x {len(BASES)} bases x {len(targets)} targets x {len(LOADS)} loads = "
          f"{len(frame)} rows ({bent} routes bend), TR and IQ closed")  # fmt: skip
    print(f"sweep: {swept:.2f} s; one by one: {per_claim * 1000:.0f} ms a claim, "
          f"{baseline:.1f} s for all")  # fmt: skip
    print(f"ratio: the sweep is {baseline / swept:.1f}x faster")
    print(f"verdicts or margins that differ from the claim's, on {len(sample)} claims: {differ} "
          "(target 0)")  # fmt: skip


if __name__ == "__main__":
    main()
