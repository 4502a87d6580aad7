"""What did Hamadan buy? Basing comparison for the Tu-22M3 and the Su-34, August 2016.

With Turkey, Georgia, Azerbaijan and Armenia closed (the airspace of 2015-16), compare
Mozdok in southern Russia with Hamadan in Iran for strikes on Deir ez-Zor and on the
farthest point of Syria: route, payload that still reaches, sorties and tonnes per day.
"""

from __future__ import annotations

import pandas as pd

import rangecalc as rc

DENIED = ["TR", "GE", "AZ", "AM"]


def main() -> None:
    pd.set_option("display.width", 120)
    pd.set_option("display.max_columns", 20)
    for aircraft in ("Tu-22M3", "Su-34"):
        for target in ("Deir ez-Zor", "country:SY"):
            frame = rc.compare_bases(aircraft, ["Mozdok", "Hamadan"], target, denied=DENIED)
            print(f"\n{aircraft} to {target}")
            print(frame.round(2).to_string(index=False))
    print(
        "\nReading: for the Tu-22M3 both bases reach with a full load, so Hamadan buys "
        "shorter sorties and more tonnes per day; the Su-34 cannot reach Syria from Mozdok "
        "at all with this routing, so for it Hamadan is the difference between no mission "
        "and a mission."
    )


if __name__ == "__main__":
    main()
