"""The ``rangecalc`` command line.

Exit status: 0 on success, 2 on bad input (one paragraph on stderr naming the file, entry
and field where there is one; never a traceback; for ``check``, nothing was evaluated), 1
when an answer is "no" (``route`` finds no permitted route; ``check`` finds a verdict that
differs from its expectation, or a claim it could not evaluate, marked ``error`` with its
reason while every other claim is evaluated), 3 on an internal error (a bug in rangecalc;
the traceback is shown when the environment variable ``RANGECALC_DEBUG`` is set).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from rangecalc._version import __version__
from rangecalc.cli import (
    bases_for,
    catalog,
    check,
    compare,
    coverage,
    distance,
    maps,
    payload_range,
    radius,
    report,
    route,
    sweep,
)
from rangecalc.cli._shared import EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK, _Parser
from rangecalc.data.errors import RangecalcError

__all__ = ["main"]

#: The commands, each a module with ``register(subparsers)`` and ``run(args)``.
COMMANDS = (
    distance,
    radius,
    payload_range,
    route,
    check,
    maps,
    report,
    compare,
    sweep,
    bases_for,
    coverage,
    catalog,
)


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="rangecalc",
        description=(
            "Can this aircraft, from these bases, reach these targets? Sourced figures, "
            "WGS84 geodesics, quantities with units."
        ),
        epilog="Run 'rangecalc COMMAND --help' for the options of one command.",
    )
    parser.add_argument("--version", action="version", version=f"rangecalc {__version__}")
    parser.add_argument(
        "--catalog",
        action="append",
        default=[],
        metavar="PATH",
        help="extra catalog file or folder, added to the built-in catalogs (repeatable)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for command in COMMANDS:
        command.register(sub)
    return parser


#: A value that starts with a minus sign and a digit: a southern or western coordinate
#: ("-33.9,18.4") or a negative quantity ("-5 nmi"), never an option of ours.
_NEGATIVE = re.compile(r"-\d")


def _negative_values(argv: Sequence[str]) -> list[str]:
    """Arguments with a leading space where argparse would take "-33.9,18.4" for an option.

    argparse reads only plain negative numbers as values; places and quantities are
    stripped of surrounding spaces when parsed, so the space changes nothing else.
    """
    return [f" {a}" if _NEGATIVE.match(a) else a for a in argv]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = _build_parser()
    args = parser.parse_args(_negative_values(sys.argv[1:] if argv is None else argv))
    if args.command is None:
        parser.print_help()
        return EXIT_BAD_INPUT
    try:
        for extra in args.catalog:
            if not Path(extra).exists():
                raise RangecalcError(f"--catalog {extra}: no such file or directory")
        # NaN where a mission cannot be flown is an answer, reported in words; numpy's
        # warnings about it are not for the terminal.
        with warnings.catch_warnings(), np.errstate(all="ignore"):
            warnings.simplefilter("ignore", RuntimeWarning)
            return int(args.run(args))
    except RangecalcError as exc:
        print(f"rangecalc: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # e.g. piped into head
        return EXIT_OK
    except RecursionError:
        print("rangecalc: error: the input is nested too deeply to read", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as exc:  # a bug in rangecalc, not the user's input
        if os.environ.get("RANGECALC_DEBUG"):
            raise
        print(
            f"rangecalc: internal error: {type(exc).__name__}: {exc}\n"
            "This is a bug in rangecalc; please report it with the command line "
            "(set RANGECALC_DEBUG=1 for the traceback).",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
