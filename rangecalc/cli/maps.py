"""``rangecalc map``: a static map of each claim of a scenario file, as PNG or SVG."""

from __future__ import annotations

import argparse

from rangecalc.claims.claim import evaluate_all, load_scenario
from rangecalc.cli._shared import EXIT_NO, EXIT_OK, Subcommands, _catalog
from rangecalc.data.errors import InputError


def register(sub: Subcommands) -> None:
    """Add the command's parser to *sub* (the subparsers of ``rangecalc``)."""
    p = sub.add_parser(
        "map",
        help="draw each claim of a scenario file on a map (PNG or SVG)",
        description=(
            "A map per claim: country outlines, closed airspace, bases, targets coloured by "
            "verdict, the permitted route and the reach rings, in an azimuthal equidistant "
            "projection centred on the best base. One file per claim (the claim's id added "
            "to the name), or the claim chosen with --claim. Needs the 'plot' extra."
        ),
    )
    p.add_argument("path", metavar="FILE", help="a scenario file")
    p.add_argument("--out", required=True, metavar="PATH", help="map.png or map.svg")
    p.add_argument("--claim", metavar="ID", help="draw only this claim")
    p.add_argument(
        "--reach-resolution",
        default="25 km",
        metavar="LENGTH",
        help="grid of the permitted reach areas drawn under closed airspace (default 25 km)",
    )
    p.add_argument(
        "--no-reach",
        action="store_true",
        help="draw the geodesic rings only, not the permitted reach areas (faster)",
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Run the command on the parsed *args*; return the exit status."""
    from rangecalc.outputs.maps import claim_reach, figure_format, save_claim_map

    out, _ = figure_format(args.out)  # refused before any claim is evaluated
    scenario = load_scenario(args.path, catalog=_catalog(args.catalog))
    claims = scenario.claims
    if args.claim is not None:
        claims = tuple(c for c in claims if c.id == args.claim)
        if not claims:
            ids = ", ".join(c.id for c in scenario.claims)
            raise InputError(f"--claim {args.claim}: no such claim in {args.path} (it has {ids})")
    chosen = {c.id for c in claims}
    results = [v for v in evaluate_all(scenario) if v.claim.id in chosen]
    code = EXIT_OK
    for v in results:
        path = out if len(results) == 1 else out.with_name(f"{out.stem}-{v.claim.id}{out.suffix}")
        if v.error is not None:
            print(f"{v.claim.id}: not drawn: {v.error}")
            code = EXIT_NO
            continue
        reach = (
            None
            if args.no_reach
            else claim_reach(v, resolution=args.reach_resolution, catalog=scenario.catalog)
        )
        save_claim_map(v, path, catalog=scenario.catalog, reach=reach)
        print(f"{v.claim.id}: {v.verdict}, map written to {path}")
    return code
