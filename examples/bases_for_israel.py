"""From which airfields in Iran can a Su-34 reach all of Israel? And at scale: sweeps,
coverage and screening.

1. Reverse reach: every Iranian airfield (airportsdata and the catalog, runway at least
   2,500 m where known) judged as its own claim against the farthest point of Israel.
2. A sweep: two aircraft, three bases, two targets, three loads, one DataFrame.
3. Coverage: the share of Syria the Su-34 reaches from Hamadan, Mozdok and Khmeimim with
   Turkey, Iraq, Jordan and Israel closed.
4. Screening: a million geodesic reach verdicts, certified on a sphere.

For a cluster, pass ``client=`` (a dask.distributed Client or a scheduler address) to
``rc.sweep``, ``rc.bases_for`` or ``rc.coverage``; the README shows it.
"""

from __future__ import annotations

import time

import numpy as np
import pandas as pd

import rangecalc as rc
from rangecalc import AirspacePolicy, Mission


def main() -> None:
    pd.set_option("display.width", 140)
    pd.set_option("display.max_columns", 20)

    print("1. Su-34 (half its maximum payload) to all of Israel, from airfields in Iran")
    frame = rc.bases_for("Su-34", "country:IL", countries=["IR"], min_runway="2,500 m")
    cols = ["rank", "icao", "name", "runway_m", "distance_km", "verdict", "margin_km"]
    print(frame[[*cols, "max_payload_t"]].head(6).round(1).to_string(index=False))
    counts = frame.verdict.value_counts().to_dict()
    print(f"   verdicts over {len(frame)} fields: {counts}")
    for note in frame.attrs["notes"]:
        print(f"   note: {note}")

    print("\n2. A sweep: each row the verdict its own claim would get")
    sweep = rc.sweep(
        ["Su-34", "Tu-22M3"],
        ["Hamadan", "Mozdok", "Khmeimim"],
        ["Deir ez-Zor", "country:IL"],
        payloads=["2 t", "6 t", "12 t"],
        policy=AirspacePolicy.of(denied=["TR", "GE", "AZ", "AM"]),
    )
    table = sweep.pivot_table(
        index=["aircraft", "payload_t"], columns=["base", "target"], values="verdict",
        aggfunc="first",
    )  # fmt: skip
    print(table.to_string())

    print("\n3. Coverage of Syria, TR, IQ, JO and IL closed, 5 km cells")
    t0 = time.perf_counter()
    c = rc.coverage(
        ["Hamadan", "Mozdok", "Khmeimim"],
        "SY",
        aircraft="Su-34",
        mission=Mission(payload="4 t"),
        policy=AirspacePolicy.of(denied=["TR", "IQ", "JO", "IL"]),
        resolution="5 km",
    )
    print(
        f"   coverage {c.coverage:.1%} in {time.perf_counter() - t0:.1f} s; alone: "
        + ", ".join(f"{b.name} {s:.0%}" for b, s in zip(c.bases, c.per_base, strict=True))
    )

    print("\n4. Screening 1,000 x 1,000 geodesic reach verdicts")
    rng = np.random.default_rng(1)
    o = np.column_stack([rng.uniform(-60, 60, 1000), rng.uniform(-180, 180, 1000)])
    t = np.column_stack([rng.uniform(-60, 60, 1000), rng.uniform(-180, 180, 1000)])
    s = rc.scale.screen_reach(o, t, "3,000 km")
    print(f"   {np.mean(s.codes == 0):.1%} of pairs within reach; {s.notes[0]}")


if __name__ == "__main__":
    main()
