"""``rangecalc catalog``: list, show and validate catalogs."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from rangecalc.catalog import (
    TABLES,
    Airframe,
    Catalog,
    Figure,
    Place,
    Weapon,
    builtin_catalog_dir,
    load_catalog,
)
from rangecalc.cli._shared import (
    EXIT_OK,
    Subcommands,
    _catalog,
    _dumps,
    _fit,
    _Parser,
    _table,
    _wrap,
)
from rangecalc.data.errors import RangecalcError


def register(sub: Subcommands) -> None:
    """Add the command's parser to *sub* (the subparsers of ``rangecalc``)."""
    p = sub.add_parser("catalog", help="list, show and validate catalogs")
    csub = p.add_subparsers(dest="catalog_command", metavar="ACTION", parser_class=_Parser)
    q = csub.add_parser("list", help="list entries of the catalogs")
    q.add_argument("table", nargs="?", choices=TABLES, help="only this kind of entry")
    q.add_argument("--format", choices=("table", "json"), default="table")
    q = csub.add_parser("show", help="show one entry with every figure and its source")
    q.add_argument("name", help="name or alias of an airframe, weapon or place")
    q.add_argument("--format", choices=("table", "json"), default="table")
    q = csub.add_parser("validate", help="check catalog files against the schema")
    q.add_argument("paths", nargs="+", metavar="PATH", help="TOML files or folders of them")
    q.add_argument(
        "--allow-unsourced",
        action="store_true",
        help="accept figures without a source (by default every figure needs one)",
    )
    p.set_defaults(run=run)


def _entries(catalog: Catalog, table: str) -> list[Airframe | Weapon | Place]:
    if table == "airframes":
        return list(catalog.airframes.values())
    if table == "weapons":
        return list(catalog.weapons.values())
    return list(catalog.places.values())


def _summary(entry: Airframe | Weapon | Place) -> str:
    if isinstance(entry, Airframe):
        return (
            f"ferry {entry.ferry_range.m('km'):,.0f} km, max payload "
            f"{entry.max_payload.m('t'):,.1f} t, refuelling: {entry.aerial_refueling}"
        )
    if isinstance(entry, Weapon):
        rng = f", range {entry.range.format('km')}" if entry.range else ""
        return f"{entry.kind}{rng}"
    return f"{entry.kind}, {entry.country or 'no country'}, {entry.lat:.4f}, {entry.lon:.4f}"


def _figure_json(fig: Figure) -> dict[str, Any]:
    unit = f"{fig.value.units:~P}"
    return {
        "value": float(fig.value.magnitude),
        "low": float(fig.low.to(fig.value.units).magnitude),
        "high": float(fig.high.to(fig.value.units).magnitude),
        "unit": unit,
        "source": fig.source,
        "note": fig.note,
    }


def _entry_json(entry: Airframe | Weapon | Place) -> dict[str, Any]:
    out: dict[str, Any] = {"type": type(entry).__name__.lower()}
    for key, value in vars(entry).items():
        if isinstance(value, Figure):
            out[key] = _figure_json(value)
        elif key == "combat_radius":
            out[key] = [
                {
                    "radius": _figure_json(p.radius),
                    "payload": _figure_json(p.payload) if p.payload else None,
                    "profile": p.profile,
                    "tanks": [f"{c} x {n}" for c, n in p.tanks],
                }
                for p in value
            ]
        elif key == "offload":
            out[key] = [
                {"offload": _figure_json(p.offload), "distance": _figure_json(p.distance)}
                for p in value
            ]
        elif key == "tanks":
            out[key] = {
                t.name: {
                    "fuel": _figure_json(t.fuel),
                    "drag": _figure_json(t.drag),
                    "mass": _figure_json(t.mass) if t.mass else None,
                    "conformal": t.conformal,
                }
                for t in value
            }
        elif key == "ferry_tanks":
            out[key] = [[f"{c} x {n}" for c, n in config] for config in value]
        elif isinstance(value, tuple):
            out[key] = list(value)
        else:
            out[key] = value
    return out


def run(args: argparse.Namespace) -> int:
    """Run the command on the parsed *args*; return the exit status."""
    action = args.catalog_command
    if action is None:
        raise RangecalcError("catalog needs an action: list, show or validate")
    if action == "validate":
        builtin = builtin_catalog_dir().resolve()
        for path in args.paths:
            catalog = load_catalog(path, require_sources=not args.allow_unsourced)
            # What validates must also load beside the built-in catalogs, as --catalog does.
            if Path(path).resolve() != builtin and builtin not in Path(path).resolve().parents:
                load_catalog(builtin, path, require_sources=False)
            print(f"{path}: ok ({catalog!r})")
        return EXIT_OK
    catalog = _catalog(args.catalog)
    if action == "list":
        tables = [args.table] if args.table else list(TABLES)
        if args.format == "json":
            out = {t: {e.name: _entry_json(e) for e in _entries(catalog, t)} for t in tables}
            print(_dumps(out))
            return EXIT_OK
        for t in tables:
            entries = _entries(catalog, t)
            print(f"{t} ({len(entries)})")
            listed = [[_fit(e.name, 28), _summary(e)] for e in entries]
            width = max(len(r[0]) for r in listed)
            print(_table([[name, _fit(summary, 78 - width)] for name, summary in listed]))
            print()
        return EXIT_OK
    entry = catalog.lookup(args.name)
    if args.format == "json":
        print(_dumps(_entry_json(entry)))
        return EXIT_OK
    print(f"{entry.name}  [{type(entry).__name__.lower()}, from {entry.origin}]")
    rows: list[list[str]] = []
    sources: list[str] = []
    for key, value in vars(entry).items():
        if key in ("name", "origin") or value in (None, ()):
            continue
        if isinstance(value, Figure):
            sources.append(f"{key}: {value.source or 'no source given'}")
            rows.append([key, value.format()])
        elif key == "combat_radius":
            for k, point in enumerate(value):
                extra = ", ".join(
                    x
                    for x in (
                        f"payload {point.payload.format()}" if point.payload else "",
                        point.profile or "",
                        ", ".join(f"{c} x {n}" for c, n in point.tanks),
                    )
                    if x
                )
                rows.append([f"combat_radius[{k}]", point.radius.format()])
                if extra:  # on a line of its own, so that the table keeps to 80 columns
                    rows.append(["", f"  ({extra})"])
                sources.append(f"combat_radius[{k}]: {point.radius.source or 'no source given'}")
                if point.payload is not None and point.payload.source != point.radius.source:
                    sources.append(f"combat_radius[{k}].payload: {point.payload.source}")
        elif key == "offload":
            for k, point in enumerate(value):
                rows.append(
                    [f"offload[{k}]", f"{point.offload.format()} at {point.distance.format()}"]
                )
                sources.append(f"offload[{k}]: {point.offload.source or 'no source given'}")
        elif key == "tanks":
            for tank in value:
                kind = "conformal, fixed" if tank.conformal else "drop tank"
                rows.append([f"tanks[{tank.name}]", kind])
                for what, fig in (("fuel", tank.fuel), ("drag", tank.drag), ("mass", tank.mass)):
                    if fig is None:
                        continue
                    shown = fig.format("percent", 1) if what == "drag" else fig.format()
                    rows.append([f"  .{what}", shown])
                    sources.append(f"tanks[{tank.name}].{what}: {fig.source or 'no source given'}")
        elif key == "ferry_tanks":
            configs = [
                ", ".join(f"{c} x {n}" for c, n in config) or "internal fuel only"
                for config in value
            ]
            if len(configs) > 1:
                rows.append([key, f"{configs[0]}, or (not stated which)"])
                rows.append(["", configs[1]])
            else:
                rows.append([key, configs[0]])
        elif isinstance(value, tuple):
            rows.append([key, ", ".join(value)])
        elif key in ("note", "source"):
            sources.append(f"{key}: {value}")
        else:
            rows.append([key, str(value)])
    print(_table(rows))
    if sources:
        print("\nSources and notes")
        for line in sources:
            print(_wrap(line))
    return EXIT_OK
