"""Recompute the default spreads of rangecalc.catalog.spread from the built-in catalog.

Run from the repository root:

    python tools/default_spreads.py

For each kind of figure, prints the median relative half-width ``(high - low) / 2 /
value`` over the catalog figures whose sources disagree (those not marked ``assumed``),
which is what ``DEFAULT_SPREAD`` holds, rounded to a percent. The sample is the airframes
and weapons of the team's reference data (../shared/reference/domain_data.json): the
airframes added later from proxies and game data (tools/catalog_additions.py) would
teach the defaults their own, narrower, disagreements.
"""

from __future__ import annotations

import json
import statistics
from pathlib import Path

import rangecalc as rc
from rangecalc.catalog.spread import DEFAULT_SPREAD, KIND_OF_FIELD

REF = Path(__file__).resolve().parents[1].parent / "shared" / "reference" / "domain_data.json"


def main() -> int:
    cat = rc.default_catalog()
    reference = json.loads(REF.read_text())
    sample = set(reference["aircraft"])
    widths: dict[str, list[float]] = {k: [] for k in DEFAULT_SPREAD}
    for (table, field), kind in KIND_OF_FIELD.items():
        if "." in field or field == "offload":
            continue  # tanks and offload curves: too few figures to learn from
        records = cat.airframes if table == "airframes" else cat.weapons
        for rec in records.values():
            if table == "airframes" and rec.name not in sample:
                continue
            value = getattr(rec, field, None)
            # a combat radius is a list of published points, each its own figure
            figs = [p.radius for p in value] if field == "combat_radius" else [value]
            for fig in figs:
                if fig is None or fig.assumed or not fig.has_spread:
                    continue
                widths[kind].append(fig.assumed_spread)
    for kind, w in widths.items():
        median = statistics.median(w) if w else float("nan")
        print(
            f"{kind:6s} {len(w):3d} figures with a published spread: median half-width "
            f"{median:.2%} (DEFAULT_SPREAD {DEFAULT_SPREAD[kind]:.0%})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
