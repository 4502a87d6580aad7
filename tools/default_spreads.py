"""Recompute the default spreads of rangecalc.catalog.spread from the built-in catalog.

Run from the repository root:

    python tools/default_spreads.py

For each kind of figure, prints the median relative half-width ``(high - low) / 2 /
value`` over the catalog figures whose sources disagree (those not marked ``assumed``),
which is what ``DEFAULT_SPREAD`` holds, rounded to a percent.
"""

from __future__ import annotations

import statistics

import rangecalc as rc
from rangecalc.catalog.spread import DEFAULT_SPREAD, KIND_OF_FIELD


def main() -> int:
    cat = rc.default_catalog()
    widths: dict[str, list[float]] = {k: [] for k in DEFAULT_SPREAD}
    for (table, field), kind in KIND_OF_FIELD.items():
        if "." in field or field == "offload":
            continue  # tanks and offload curves: too few figures to learn from
        records = cat.airframes if table == "airframes" else cat.weapons
        for rec in records.values():
            fig = getattr(rec, field, None)
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
