"""``rangecalc sweep``: aircraft x bases x targets x loads, one verdict a row."""

from __future__ import annotations

import argparse

from rangecalc.cli._shared import (
    EXIT_OK,
    Subcommands,
    _add_policy,
    _catalog,
    _dumps,
    _mission_kwargs,
    _policy,
    _print_notes,
    _table,
    mission_options,
)
from rangecalc.data.progress import Progress
from rangecalc.model.plan import Mission


def _list(text: str) -> list[str]:
    sep = ";" if ";" in text else ","  # ';' lets places be given as coordinates
    return [t.strip() for t in text.split(sep) if t.strip()]


def register(sub: Subcommands) -> None:
    """Add the command's parser to *sub* (the subparsers of ``rangecalc``)."""
    p = sub.add_parser(
        "sweep",
        help="every aircraft x base x target x payload, each row judged as its own claim",
        description=(
            "Evaluates each combination as a one-base, one-target claim would be: "
            "permitted-route distance, reach interval, verdict and margin."
        ),
    )
    p.add_argument("name", metavar="AIRCRAFT", help="one aircraft, or several as A,B")
    p.add_argument("--bases", required=True, metavar="A;B;...", help="bases (';' or ',')")
    p.add_argument(
        "--targets", required=True, metavar="A;B;...", help="places or country:XX (';' or ',')"
    )
    p.add_argument("--payloads", metavar="M;M;...", help="payloads to sweep, e.g. '0 t;4 t;8 t'")
    p.add_argument(
        "--max-payload", action="store_true", help="also the heaviest payload that still reaches"
    )
    mission_options(p, takeoff=False)
    _add_policy(p)
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Run the command on the parsed *args*; return the exit status."""
    from rangecalc.scale.sweeps import sweep

    catalog = _catalog(args.catalog)
    args.payload = None
    kwargs, _ = _mission_kwargs(args, catalog)
    policy = _policy(args)
    frame = sweep(
        [a.strip() for a in args.name.split(",") if a.strip()],
        _list(args.bases),
        _list(args.targets),
        payloads=None if args.payloads is None else _list(args.payloads),
        mission=Mission(**kwargs),
        policy=policy,
        max_payload=args.max_payload,
        catalog=catalog,
        progress=Progress.for_terminal(),
    )
    if args.format == "csv":
        print(frame.to_csv(index=False, float_format="%.3f"), end="")
        return EXIT_OK
    records = frame.astype(object).where(frame.notna(), None).to_dict(orient="records")
    if args.format == "json":
        print(_dumps({"rows": records, "notes": frame.attrs.get("notes", [])}))
        return EXIT_OK

    def f(x: object, fmt: str) -> str:
        return "-" if x is None else format(float(x), fmt)  # type: ignore[arg-type]

    rows = [
        [
            str(r["aircraft"]),
            f(r["payload_t"], ".1f"),
            str(r["base"])[:20],
            str(r["target"])[:20],
            f(r["distance_km"], ",.0f"),
            "-"
            if r["reach_low_km"] is None
            else f"{r['reach_low_km']:,.0f}–{r['reach_high_km']:,.0f}",
            str(r["verdict"]),
            f(r["margin_km"], ",.0f"),
        ]
        for r in records
    ]
    header = ["aircraft", "load t", "base", "target", "route km", "reach km", "verdict", "margin"]
    if args.max_payload:
        header.append("max t")
        for row, r in zip(rows, records, strict=True):
            row.append(f(r["max_payload_t"], ".1f"))
    print(_table(rows, header=header))
    _print_notes(frame.attrs.get("notes", []))
    errors = {str(r["error"]) for r in records if r["error"] is not None}
    for e in sorted(errors):
        print(f"error: {e}")
    print("margin: low end of the reach less the route, km ('-': no permitted route)")
    if args.max_payload:
        print("max t: heaviest payload that still reaches at the low end ('-': not even empty)")
    return EXIT_OK
