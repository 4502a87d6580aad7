"""Derive the drag of external tanks (loss of specific range per tank) from published ranges.

Run from the repository root:

    python tools/derive_tank_drag.py

No source in reach states a tank's drag directly. What can be had are published ranges
of one airframe with and without tanks, and a rule of thumb; each gives the drag per tank
at which the rangecalc ferry model (rangecalc._core.mission.range_factor, the same
calibration the catalog is read with) reproduces it. tools/build_catalogs.py writes the
results, with these derivations as their sources, into the catalog's tank figures.

* Su-35S: 3,600 km on internal fuel, 4,500 km with two drop tanks (omdertimes.com/216712;
  Rostec via cn.apdnews.com/article/214d16b). The model flies less than 4,500 km even with
  no drag at all, so the pair implies none: the low end, 0 %.
* The rule of thumb that only about half a drop tank's fuel adds range
  (liquisearch.com/drop_tank/overview, weak): solved for two PTB-2000 on the Su-35S and
  two 370 gal tanks on the F-16C, tanks carried throughout.
* F-15: 3,000 mi with three 610 gal tanks (Popular Mechanics via
  sputniknews.jp/amp/20200421/7382390.html), 3,450 mi with conformal tanks as well
  (autoevolution.com, F-15 to Florida): the conformal pair's drag, the 610 gal tanks taken
  at the drop-tank value.
* F-16I: the conformal pair adds about 25 % range (estadao.com.br, 19 Feb 2004), on the
  F-16C's catalog figures.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import rangecalc as rc
from rangecalc._core import mission as m

MI = 1.609344


def brentq(f: object, lo: float, hi: float) -> float:
    """The root of *f* between *lo* and *hi* (signs opposite), by bisection."""
    fn = f  # type: ignore[assignment]
    f_lo = fn(lo)  # type: ignore[operator]
    if f_lo * fn(hi) > 0:  # type: ignore[operator]
        raise ValueError("no sign change")
    for _ in range(80):
        mid = 0.5 * (lo + hi)
        f_mid = fn(mid)  # type: ignore[operator]
        if (f_mid > 0) == (f_lo > 0):
            lo, f_lo = mid, f_mid
        else:
            hi = mid
    return 0.5 * (lo + hi)


def ferry(k: float, oew: float, mtow: float, cap: float, tanks: m.Tanks | None) -> float:
    """Ferry range [km] flown by range factor *k* (the inverse of range_factor)."""
    return k / float(m.range_factor(1.0, oew, mtow, cap, m.RESERVE, tanks))


def figures(name: str) -> tuple[float, float, float]:
    af = rc.default_catalog().airframe(name)
    return af.empty_mass.m("kg"), af.max_takeoff_mass.m("kg"), af.internal_fuel.m("kg")


def half_fuel_rule(name: str, n: int, fuel: float, mass: float) -> float:
    oew, mtow, cap = figures(name)
    k = 10_000.0  # the answer does not depend on it: the ranges scale with K
    target = ferry(k, oew, mtow, cap, m.Tanks(drop_fuel=n * fuel / 2))

    def gap(d: float) -> float:
        t = m.Tanks(drop_fuel=n * fuel, drop_mass=n * mass, drop_drag=n * d, jettison=False)
        return ferry(k, oew, mtow, cap, t) - target

    return float(brentq(gap, 0.0, 0.49 / n))


def su35_pair() -> float:
    oew, mtow, cap = figures("Su-35S")
    k = float(m.range_factor(3_600.0, oew, mtow, cap, m.RESERVE))
    best = ferry(k, oew, mtow, cap, m.Tanks(drop_fuel=2 * 1_400.0, drop_mass=2 * 50.0))
    print(f"Su-35S: with two tanks and no drag the model flies {best:,.0f} km (published 4,500)")
    return 0.0 if best < 4_500.0 else float("nan")


def f15_cft(drop_drag: float) -> float:
    # F-15D catalog figures (USAF ACG-3 fuel; MTOW 68,000 lb): see tools/catalog_additions.py
    oew, mtow, cap = 13_380.0, 30_845.0, 6_103.0
    t610 = m.Tanks(drop_fuel=3 * 1_860.0, drop_mass=3 * 145.0, drop_drag=3 * drop_drag)
    k = float(m.range_factor(3_000.0 * MI, oew, mtow, cap, m.RESERVE, t610))

    def gap(d: float) -> float:
        t = m.Tanks(
            drop_fuel=3 * 1_860.0,
            drop_mass=3 * 145.0,
            drop_drag=3 * drop_drag,
            fixed_fuel=2 * 2_223.0,
            fixed_drag=2 * d,
        )
        return ferry(k, oew, mtow, cap, t) - 3_450.0 * MI

    return float(brentq(gap, 0.0, 0.24))


def f16i_cft() -> float:
    oew, mtow, cap = figures("F-16C")
    k = 10_000.0
    clean = ferry(k, oew, mtow, cap, None)

    def gap(d: float) -> float:
        return (
            ferry(k, oew, mtow, cap, m.Tanks(fixed_fuel=2 * 681.0, fixed_drag=2 * d)) - 1.25 * clean
        )

    return float(brentq(gap, 0.0, 0.24))


def main() -> int:
    low = su35_pair()
    su35 = half_fuel_rule("Su-35S", 2, 1_400.0, 50.0)
    f16 = half_fuel_rule("F-16C", 2, 1_121.0, 215.5)
    print(
        f"drop tank, per tank: low {low:.1%} (Su-35S pair), {su35:.1%} (half-fuel rule, Su-35S), "
        f"{f16:.1%} (half-fuel rule, F-16C)"
    )
    drop = su35
    f15 = f15_cft(drop)
    f16c = f16i_cft()
    print(
        f"conformal tank, per tank: {f15:.1%} (F-15 pair, 610 gal at {drop:.1%}), "
        f"{f15_cft(0.0):.1%}-{f15_cft(f16):.1%} (610 gal at 0-{f16:.1%}), "
        f"{f16c:.1%} (F-16I +25 %)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
