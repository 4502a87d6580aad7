"""The Kalibr route of October 2015: from the southern Caspian over Iran and Iraq to Syria.

The launch point is the illustrative southern-Caspian point of the catalog (no launch
coordinates were published). Compares the permitted route with the great circle and with
the missile's published range.
"""

from __future__ import annotations

import rangecalc as rc

TARGETS = ["Raqqa", "Aleppo", "Idlib"]


def main() -> None:
    reach = rc.weapon_range("3M-14 Kalibr")
    lo, nom, hi = reach.magnitudes("km")
    print(f"3M-14 Kalibr range: {nom:,.0f} km ({lo:,.0f}-{hi:,.0f})")
    for target in TARGETS:
        r = rc.route("Southern Caspian launch area", target, denied=["TR", "GE", "AZ", "AM"])
        km = r.distance.to("km").magnitude
        path = " > ".join(c for c, _ in r.overflown)
        verdict = "within" if km <= lo else ("beyond" if km > hi else "uncertain")
        print(
            f"  to {target:7s} {km:6,.0f} km by route (great circle "
            f"{r.great_circle.to('km').magnitude:,.0f} km) over {path}: {verdict} range"
        )


if __name__ == "__main__":
    main()
