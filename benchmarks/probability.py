"""Probability of a claim: 10,000 samples through the kernel against a per-sample loop.

For each seed claim, and three refuelled missions, the probability step
(``ClaimChain.probability``: draw every figure, fly every sample at once) with 10,000
samples. Baseline, measured in the same run: the same samples flown one at a time, each
sample's radius by the scalar path (``combat_radius`` of the airframe with that sample's
figures), on 20 samples and scaled to 10,000. Prints the time per claim (target: under
1 s), the ratio, and how many of the 20 verdicts differ between the two (target 0).
"""

from __future__ import annotations

import dataclasses
import time

import numpy as np

import rangecalc as rc
from rangecalc.catalog import Figure
from rangecalc.claims.claim import STEPS, ClaimChain, Evaluation, check
from rangecalc.data.units import ureg
from rangecalc.model.mission import radius_rows, sampled_figures
from rangecalc.model.sampling import Sampling

SAMPLES = 10_000
LOOP = 20
_FIELDS = {
    "empty_mass": "kg",
    "max_takeoff_mass": "kg",
    "internal_fuel": "kg",
    "ferry_range": "km",
    "cruise_speed": "km/h",
}


def _exact(af: rc.Airframe, values: dict[str, float]) -> rc.Airframe:
    """The airframe with its figures exact at one sample (the calibration point only)."""
    changes: dict[str, object] = {
        f: Figure.exact(ureg.Quantity(values[f], u), "sample")
        for f, u in _FIELDS.items()
        if f in values
    }
    points = []
    for i, p in enumerate(af.combat_radius):
        key = f"combat_radius[{i}]"
        if key in values:
            payload = p.payload
            if key + ".payload" in values:
                payload = Figure.exact(ureg.Quantity(values[key + ".payload"], "kg"), "sample")
            radius = Figure.exact(ureg.Quantity(values[key], "km"), "sample")
            points.append(dataclasses.replace(p, radius=radius, payload=payload))
    return dataclasses.replace(af, combat_radius=tuple(points), **changes)


def _loop(af: rc.Airframe, mission: rc.Mission, need_km: float) -> tuple[float, np.ndarray]:
    """Seconds per sample of the scalar path, and its verdict on each of LOOP samples."""
    rows = sampled_figures(af, mission, sampling=Sampling(LOOP, seed=0))
    t0 = time.perf_counter()
    ok = []
    for i in range(LOOP):
        values = {n: float(v[i]) for n, v in rows.values.items()}
        res = rc.combat_radius(_exact(af, values), mission)
        fitted = res.calibration.allowance_source != "clipped"
        # where the sample's figures cannot fly the calibration point at all, the scalar
        # path falls back to the median allowance and the kernel to the nearest bound:
        # those samples are not compared (None)
        ok.append(res.nominal.m_as("km") >= need_km if fitted else None)
    return (time.perf_counter() - t0) / LOOP, np.array(ok, dtype=object)


def main() -> None:
    cat = rc.default_catalog()
    cases = []
    for f in ("seeds/hamadan_deployment_2016.toml", "seeds/southern_russia_vs_hamadan_2016.toml"):
        scenario, results = check(f, sampling=Sampling(0))
        cases += [(v.claim, scenario.catalog) for v in results]
    for tanker, plan in (("Il-78M", (1, 0)), ("KC-135R", (1, 1)), (None, (2, 1))):
        af = "Su-34" if tanker == "Il-78M" else "F-15E"
        refuel = rc.Refueling(out=plan[0], back=plan[1], tanker=tanker)
        claim = rc.Claim(
            id=f"{af}-{refuel.split}-{tanker or 'any tanker'}", statement="", kind="aircraft",
            aircraft=af, bases=("Hamadan",), target=("Latakia air base",),
            mission=rc.Mission(payload="4 t", refueling=refuel),
        )  # fmt: skip
        cases.append((claim, cat))
    print(f"{'claim':<44} {'P':>6} {'vector s':>9} {'loop s':>8} {'ratio':>7} differ")
    worst = 0.0
    for claim, catalog in cases:
        chain = ClaimChain(claim, catalog, Sampling(SAMPLES, seed=0))
        ev = Evaluation(claim, STEPS)
        for step in ("resolve", "legs", "reach"):
            getattr(chain, step)(ev)
        assert ev.legs is not None
        assert ev.reach is not None
        required, reach = ev.legs.required, ev.reach
        t0 = time.perf_counter()
        chain.probability(ev)
        fast = time.perf_counter() - t0
        worst = max(worst, fast)
        est = ev.estimate
        assert est is not None
        if reach.mission is None or claim.aircraft is None or claim.weapon is not None:
            # a weapon claim samples the range alone; a stand-off one adds it to the radius
            print(f"{claim.id[:44]:<44} {est.percent():>6} {fast:9.3f} {'-':>8} {'-':>7} -")
            continue
        af = catalog.airframe(claim.aircraft)
        per, ok = _loop(af, reach.mission, required)
        rows = sampled_figures(af, reach.mission, sampling=Sampling(LOOP, seed=0))
        vec = radius_rows(af, reach.mission, rows) >= required
        baseline = per * SAMPLES
        kept = np.array([x is not None for x in ok])
        differ = int(np.sum(ok[kept].astype(bool) != vec[kept]))
        print(f"{claim.id[:44]:<44} {est.percent():>6} {fast:9.3f} {baseline:8.1f} "
              f"{baseline / fast:6.0f}x {differ} of {int(kept.sum())}")  # fmt: skip
    print(f"slowest claim: {worst:.2f} s for {SAMPLES:,} samples (target: under 1 s)")


if __name__ == "__main__":
    main()
