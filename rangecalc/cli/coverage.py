"""``rangecalc coverage``: how much of a country a set of bases reaches."""

from __future__ import annotations

import argparse

from rangecalc.cli._shared import (
    EXIT_OK,
    MAP_FORMATS,
    Subcommands,
    _add_policy,
    _catalog,
    _dumps,
    _mission_kwargs,
    _policy,
    _print_notes,
    mission_options,
)
from rangecalc.data.progress import Progress
from rangecalc.model.plan import Mission


def register(sub: Subcommands) -> None:
    """Add the command's parser to *sub* (the subparsers of ``rangecalc``)."""
    p = sub.add_parser(
        "coverage",
        help="the share of a country's area that a set of bases reaches",
        description=(
            "Lays the country on an equal-area grid and counts the cells some base reaches "
            "by a permitted route within the radius (low, nominal, high); gives the share as "
            "'coverage' (nominal, 0 to 1) and the uncovered part as a polygon."
        ),
    )
    p.add_argument("name", metavar="AIRCRAFT")
    p.add_argument("--bases", required=True, metavar="A;B;...", help="bases (';' or ',')")
    p.add_argument("--country", required=True, metavar="XX", help="ISO code of the country")
    p.add_argument("--resolution", default="10 km", metavar="LENGTH", help="cell side (10 km)")
    p.add_argument("--payload", metavar="MASS", help="payload (default half the maximum)")
    mission_options(p, takeoff=False)
    _add_policy(p)
    p.add_argument("--format", choices=("text", "json", *MAP_FORMATS), default="text")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Run the command on the parsed *args*; return the exit status."""
    from rangecalc.scale.coverage import coverage

    catalog = _catalog(args.catalog)
    kwargs, _ = _mission_kwargs(args, catalog)
    sep = ";" if ";" in args.bases else ","
    bases = [b.strip() for b in args.bases.split(sep) if b.strip()]
    policy = _policy(args)
    c = coverage(
        bases,
        args.country,
        aircraft=args.name,
        mission=Mission(**kwargs),
        policy=policy,
        resolution=args.resolution,
        catalog=catalog,
        progress=Progress.for_terminal(),
    )
    lo, nom, hi = c.radius.magnitudes("km")
    if args.format == "json":
        from rangecalc.outputs.export import Feature, to_geojson

        gap = Feature(c.uncovered["nominal"], {}, name="not covered", style="fails")
        print(
            _dumps(
                {
                    "aircraft": args.name,
                    "country": c.country,
                    "bases": [{"name": b.name, "icao": b.icao} for b in c.bases],
                    "coverage": c.coverage,
                    "coverage_low": c.shares["low"],
                    "coverage_high": c.shares["high"],
                    "per_base": {b.name: s for b, s in zip(c.bases, c.per_base, strict=True)},
                    "radius_km": {"low": lo, "nominal": nom, "high": hi},
                    "cells": c.cells,
                    "resolution_km": float(c.resolution.to("km").magnitude),
                    "uncovered": to_geojson([gap])["features"][0]["geometry"],
                    "notes": list(c.notes),
                }
            )
        )
        return EXIT_OK
    if args.format in MAP_FORMATS:
        from rangecalc.cli._shared import _emit_features
        from rangecalc.outputs.export import Feature, place_feature

        feats = [
            place_feature(b, "base", coverage=s) for b, s in zip(c.bases, c.per_base, strict=True)
        ]
        for level in ("low", "nominal", "high"):
            feats.append(
                Feature(
                    c.uncovered[level],
                    {"level": level, "coverage": c.shares[level], "country": c.country},
                    name=f"{c.country} not covered ({level} radius)",
                    style="fails",
                )
            )
        _emit_features(feats, args.format, f"{args.name} coverage of {c.country}")
        return EXIT_OK
    print(
        f"{args.name} from {', '.join(b.name for b in c.bases)} over {c.country}: coverage "
        f"{c.coverage:.1%} (low radius {c.shares['low']:.1%}, high {c.shares['high']:.1%})"
    )
    print(f"radius {nom:,.0f} km ({lo:,.0f}-{hi:,.0f}); {c.cells:,} cells")
    for b, s in zip(c.bases, c.per_base, strict=True):
        print(f"  {b.name}: {s:.1%} alone")
    _print_notes(c.notes)
    return EXIT_OK
