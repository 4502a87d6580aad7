"""How likely is it that a Tu-22M3 from Mozdok strikes anywhere in Syria, by load?

The central claim of the 2016 seed article, evaluated at growing payloads: the verdict,
its probability (10,000 samples of the catalog spreads, seed 0) and the figure it hinges
on most, with that figure's ends and the reach at each. With the same seed the samples are
shared, so the probability can only fall as the load grows.
"""

from __future__ import annotations

import rangecalc as rc


def main() -> None:
    cat = rc.default_catalog()
    sampling = rc.Sampling(samples=10_000, seed=0)
    print(f"{'load':>6}  {'verdict':<9}  {'P(holds)':>8}  hinges most on")
    last = 1.0
    for tonnes in (12, 18, 21, 24):
        claim = rc.Claim(
            id=f"tu22m3-{tonnes}t", statement="", kind="aircraft", aircraft="Tu-22M3",
            bases=("Mozdok",), target="country:SY", mission=rc.Mission(payload=f"{tonnes} t"),
            airspace=rc.AirspacePolicy.of(denied=["TR", "GE", "AZ", "AM"]),
        )  # fmt: skip
        v = rc.evaluate(claim, cat, sampling)
        assert v.estimate is not None
        assert v.probability is not None
        assert v.probability <= last, "a heavier load never makes the claim more likely"
        last = v.probability
        top = v.hinges_on[0]
        lo, hi = top.values()
        print(
            f"{tonnes:>4} t  {v.verdict:<9}  {v.estimate.percent():>8}  {top.label} "
            f"({lo} to {hi}: reach {top.reach_km[0]:,.0f} to {top.reach_km[1]:,.0f} km, "
            f"need {v.required_km:,.0f})"
        )


if __name__ == "__main__":
    main()
