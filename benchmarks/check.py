"""The claim pipeline: ``check`` of the seeds and of the history table, whole and verdict-only.

Times, warm (routers and calibrations built by a first pass), in the same run:

* every step of the pipeline on ``seeds/`` and on ``tests/data/missions/history.toml``
  (targets: history under 10 s, seeds under 3 s);
* the verdict alone (``steps=("verdict",)``; target: history under 3 s), and its ratio
  to the whole pipeline;
* mission models built per claim (target: one, plus one with the tanker's figures for a
  claim that asks for no top-up and whose refuelling flip point is searched).

and the differences, each against an independent answer (target 0):

* verdicts of the verdict-only pipeline against those of the whole one;
* the heaviest payload of each claim against a scalar bisection, to 10 kg, on
  :func:`rangecalc.model.mission.reaches` (one mission built per trial, as a user would);
* the fewest top-ups against a scalar search over every out+back split with
  :func:`rangecalc.model.mission.reaches`.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np

import rangecalc as rc
import rangecalc.model.mission as mission_module
from rangecalc.claims.claim import MAX_PLAN_SEARCH, Assessment, check
from rangecalc.model.mission import reaches

ROOT = Path(__file__).resolve().parent.parent
FILES = {
    "seeds": sorted((ROOT / "seeds").glob("*.toml")),
    "history": [ROOT / "tests/data/missions/history.toml"],
}


def _check(files: list[Path], steps: tuple[str, ...] | None) -> tuple[float, list[Assessment]]:
    t0 = time.perf_counter()
    out = [a for f in files for a in check(f, steps=steps)[1]]
    return time.perf_counter() - t0, out


def _models(files: list[Path]) -> list[int]:
    """Mission models built by each claim's whole evaluation."""
    counts: list[int] = []
    original = mission_module._Model.__init__

    def counted(self: mission_module._Model, *args: object) -> None:
        counts[-1] += 1
        original(self, *args)  # type: ignore[arg-type]

    scenarios = [rc.load_scenario(f) for f in files]
    for scenario in scenarios:  # the catalog's calibrations (its own models) come first
        for claim in scenario.claims:
            rc.evaluate(claim, scenario.catalog, rc.Sampling(0), steps=("verdict",))
    mission_module._Model.__init__ = counted  # type: ignore[method-assign]
    try:
        for scenario in scenarios:
            for claim in scenario.claims:
                counts.append(0)
                rc.evaluate(claim, scenario.catalog, rc.Sampling(0))
    finally:
        mission_module._Model.__init__ = original  # type: ignore[method-assign]
    return counts


def _mission(a: Assessment) -> rc.Mission:
    assert a.radius is not None
    return a.radius.mission


def _scalar_payload(a: Assessment, need: float) -> float | None:
    """Heaviest payload [t] by bisection on rc.reaches (low end), to 1 kg."""
    af = rc.default_catalog().airframe(a.claim.aircraft or "")
    mission = _mission(a)
    routes_tracks = None  # the history and seed claims name no tanker base or diversion

    def low(kg: float) -> bool:
        m = mission.with_payload(rc.ureg.Quantity(kg, "kg"))
        return reaches(af, f"{need} km", m, tracks=routes_tracks)[0]

    if not low(0.0):
        return None
    lo, hi = 0.0, af.max_payload.m("kg")
    if low(hi):
        return hi / 1000
    while hi - lo > 1.0:
        mid = 0.5 * (lo + hi)
        lo, hi = (mid, hi) if low(mid) else (lo, mid)
    return lo / 1000


def _scalar_top_ups(a: Assessment, need: float) -> int | None:
    af = rc.default_catalog().airframe(a.claim.aircraft or "")
    for total in range(MAX_PLAN_SEARCH + 1):
        for back in range(total + 1):
            m = _mission(a).with_refueling(rc.Refueling(out=total - back, back=back))
            if reaches(af, f"{need} km", m)[0]:
                return total
    return None


def main() -> None:
    every = FILES["seeds"] + FILES["history"]
    _check(every, None)  # warm: routers, calibrations
    print(f"{'file':<8} {'claims':>6} {'all steps s':>12} {'verdict s':>10} {'ratio':>6} differ")
    whole: list[Assessment] = []
    for name, files in FILES.items():
        t_all, full = _check(files, None)
        t_one, alone = _check(files, ("verdict",))
        differ = sum(a.verdict != b.verdict for a, b in zip(full, alone, strict=True))
        print(
            f"{name:<8} {len(full):>6} {t_all:>12.2f} {t_one:>10.2f} "
            f"{t_all / t_one:>5.1f}x {differ}"
        )
        whole += full
    counts = _models(every)
    print(f"mission models per claim: {', '.join(map(str, counts))} (most {max(counts)})")
    print("  (a weapon claim flies none; two: the claim's, and one with its tanker's figures)")

    payload_diff = refuel_diff = compared = 0
    worst_kg = 0.0
    for a in whole:
        if a.claim.kind != "aircraft" or a.required_km is None or a.radius is None:
            continue
        compared += 1
        scalar = _scalar_payload(a, a.required_km)
        if (scalar is None) != (a.max_payload_t is None):
            payload_diff += 1
        elif scalar is not None and a.max_payload_t is not None:
            kg = abs(scalar - a.max_payload_t) * 1000
            worst_kg = max(worst_kg, kg)
            payload_diff += kg > 10.0
        if rc.default_catalog().airframe(a.claim.aircraft or "").aerial_refueling != "none":
            refuel_diff += _scalar_top_ups(a, a.required_km) != a.min_refuelings
    print(
        f"flip points against scalar searches on mission.reaches, {compared} claims: "
        f"{payload_diff} heaviest payloads differ by more than 10 kg (largest "
        f"{worst_kg:.1f} kg), {refuel_diff} fewest top-ups differ"
    )
    assert np.isfinite(worst_kg)


if __name__ == "__main__":
    main()
