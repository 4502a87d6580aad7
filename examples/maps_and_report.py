"""The central seed claim as files to look at and share, written to examples/output/.

The Tu-22M3 from Mozdok with Turkey, Georgia, Azerbaijan and Armenia closed:

* ``claim.geojson`` and ``claim.kml``: the claim's bases, target (with its verdict), the
  permitted route, reach rings and closed airspace, for QGIS or Google Earth;
* ``reach.geojson``: the permitted reach areas of that radius interval (10 km grid);
* ``claim.png``: the static map; ``tu22m3.svg``: its payload-range curve;
* ``report.html``: the offline report of the whole seed file.
"""

from __future__ import annotations

from pathlib import Path

import rangecalc as rc
from rangecalc.airspace.policy import AirspacePolicy
from rangecalc.outputs.export import assessment_features, reach_features, write_geojson, write_kml
from rangecalc.outputs.maps import payload_range_figure, save_claim_map
from rangecalc.outputs.report import write_report

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "southern_russia_vs_hamadan_2016.toml"
CLAIM = "004-tu22m3-anywhere-in-syria-from-mozdok"
OUT = Path(__file__).resolve().parent / "output"


def main() -> None:
    OUT.mkdir(exist_ok=True)
    scenario, results = rc.check_scenario(SEED)
    (claim,) = [v for v in results if v.claim.id == CLAIM]
    features = assessment_features(claim, catalog=scenario.catalog)
    write_geojson(features, OUT / "claim.geojson")
    write_kml(features, OUT / "claim.kml")
    if claim.radius is None or claim.available is None or claim.required_km is None:
        raise SystemExit(f"{CLAIM}: no radius or route to draw ({claim.error})")
    area = rc.reach_area(
        claim.best_base or "Mozdok",
        claim.available,
        policy=AirspacePolicy.of(denied=["TR", "GE", "AZ", "AM"]),
    )
    write_geojson(reach_features(area, label="Tu-22M3, 3 t"), OUT / "reach.geojson")
    save_claim_map(claim, OUT / "claim.png", catalog=scenario.catalog)
    payload_range_figure("Tu-22M3", claim.radius.mission).savefig(OUT / "tu22m3.svg")
    write_report(scenario, OUT / "report.html", results=results)
    lo, nom, hi = claim.available.magnitudes("km")
    print(f"{CLAIM}: {claim.verdict}, need {claim.required_km:,.0f} km, reach {nom:,.0f} km")
    print(f"  ({lo:,.0f}-{hi:,.0f}); permitted reach areas: {area.notes[-1]}")
    for path in sorted(OUT.iterdir()):
        print(f"  wrote {path.relative_to(ROOT)} ({path.stat().st_size / 1000:,.0f} kB)")


if __name__ == "__main__":
    main()
