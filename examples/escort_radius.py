"""Escorts from Khmeimim: how far Su-30SM and Su-35S can escort bombers over Syria.

Escort fighters keep their missiles (payload not released) and spend time on station.
Prints the radius interval for 0 to 1.5 h on station and the distance to Deir ez-Zor.
"""

from __future__ import annotations

import rangecalc as rc


def main() -> None:
    need = rc.route("Khmeimim", "Deir ez-Zor").distance.to("km").magnitude
    print(f"Khmeimim to Deir ez-Zor: {need:,.0f} km")
    for aircraft in ("Su-30SM", "Su-35S"):
        for hours in (0.0, 0.5, 1.0, 1.5):
            escort = rc.Mission(
                payload="2 t", on_station=rc.ureg.Quantity(hours, "h"), release_payload=False
            )
            r = rc.combat_radius(aircraft, escort)
            lo, nom, hi = r.radius.magnitudes("km")
            ok = "reaches" if need <= lo else ("does not reach" if need > hi else "uncertain")
            print(
                f"  {aircraft} {hours:.1f} h on station: {nom:,.0f} km ({lo:,.0f}-{hi:,.0f}), {ok}"
            )


if __name__ == "__main__":
    main()
