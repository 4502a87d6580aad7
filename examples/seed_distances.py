"""Great-circle (geodesic) distances behind the Hamadan deployment of August 2016.

Reproduces the first step of the seed analysis: how far each candidate base is from the
targets on the WGS84 ellipsoid, before airspace is taken into account. Routing around
denied airspace (issue "Airspace and routing") lengthens the Mozdok legs considerably.
"""

from __future__ import annotations

import numpy as np

import rangecalc as rc

BASES = ["Mozdok", "Hamadan", "Khmeimim"]
TARGETS = ["Deir ez-Zor", "Raqqa", "Aleppo", "Palmyra", "Idlib"]


def main() -> None:
    bases = [rc.resolve_place(b) for b in BASES]
    targets = [rc.resolve_place(t) for t in TARGETS]
    # One vectorised call for every base-target pair.
    lat1 = np.repeat([b.lat for b in bases], len(targets))
    lon1 = np.repeat([b.lon for b in bases], len(targets))
    lat2 = np.tile([t.lat for t in targets], len(bases))
    lon2 = np.tile([t.lon for t in targets], len(bases))
    d = rc.distance(lat1=lat1, lon1=lon1, lat2=lat2, lon2=lon2).to("km").magnitude
    table = d.reshape(len(bases), len(targets))
    print(f"{'base':<10}" + "".join(f"{t.name:>13}" for t in targets))
    for base, row in zip(bases, table, strict=True):
        print(f"{base.name:<10}" + "".join(f"{km:>10,.0f} km" for km in row))
    gain = table[0] - table[1]
    print(
        f"\nHamadan is {gain.min():,.0f}-{gain.max():,.0f} km closer than Mozdok to these "
        "targets on the geodesic alone."
    )


if __name__ == "__main__":
    main()
