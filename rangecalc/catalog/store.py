"""Loading catalogs from TOML files and looking entries up by name or alias.

A :class:`Catalog` holds airframes, weapons and places keyed by name. Names and aliases
are matched case-, accent- and punctuation-insensitively (``"deir-ez-zor"`` finds
``"Deir ez-Zor"``, ``"TU 22M3"`` finds ``"Tu-22M3"``). Within one kind of entry a name
or alias may belong to one entry only; a clash is an error at load time.

The built-in catalogs live in the repository's top-level ``catalogs/`` folder, which the
wheel carries as ``rangecalc/catalogs``; :func:`builtin_catalog_dir` finds either.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Generic, TypeVar

from rangecalc.catalog.records import Airframe, Place, Weapon
from rangecalc.catalog.schema import BUILDERS, EntryContext
from rangecalc.data.airfields import CODE, code_owner
from rangecalc.data.coordinates import parse_coordinates
from rangecalc.data.errors import CatalogError, InputError, RangecalcError, closest
from rangecalc.data.files import read_toml, toml_files

__all__ = [
    "TABLES",
    "Catalog",
    "UnknownEntryError",
    "builtin_catalog_dir",
    "default_catalog",
    "load_catalog",
    "normalize_name",
]

#: The top-level tables a catalog file may have.
TABLES: tuple[str, ...] = ("airframes", "weapons", "places")

E = TypeVar("E", Airframe, Weapon, Place)


class UnknownEntryError(InputError, LookupError):
    """A name matches no entry (and no alias) of the catalog."""


def normalize_name(name: str) -> str:
    """Key used to match names: accents stripped, case folded, only letters and digits kept.

    >>> normalize_name("Deir ez-Zor") == normalize_name("DEIR EZ ZOR")
    True
    """
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "".join(c for c in stripped.casefold() if c.isalnum())


@dataclass(frozen=True)
class _Index(Generic[E]):
    """Entries of one kind, with their name/alias index."""

    kind: str
    entries: dict[str, E] = field(default_factory=dict)
    keys: dict[str, str] = field(default_factory=dict)  # normalized name or alias -> name

    def add(self, entry: E, ctx: EntryContext, *, override: bool) -> None:
        key = normalize_name(entry.name)
        if not key:
            raise ctx.error(None, "an entry name needs at least one letter or digit")
        if key in self.keys:
            other = self.entries[self.keys[key]]
            if override and normalize_name(other.name) == key:
                self.remove(other.name)  # an inline definition replaces the entry it names
            elif normalize_name(other.name) == key:
                raise ctx.error(
                    None,
                    f"duplicate name: {entry.name!r} is already defined as {other.name!r} "
                    f"{_where(other)} (names are matched ignoring case, accents and punctuation)",
                )
            else:
                raise ctx.error(
                    None,
                    f"duplicate name: {entry.name!r} is already an alias of {self.kind[:-1]} "
                    f"{other.name!r} {_where(other)}"
                    + (
                        f"; to replace that entry, define it under its name {other.name!r}, "
                        "or give this one another name"
                        if override
                        else ""
                    ),
                )
        for alias in entry.aliases:
            akey = normalize_name(alias)
            if akey == key:
                continue
            if akey in self.keys:
                other = self.entries[self.keys[akey]]
                raise ctx.error(
                    "aliases",
                    f"alias {alias!r} clashes with {self.kind[:-1]} {other.name!r} {_where(other)}",
                )
        self.entries[entry.name] = entry
        self.keys[key] = entry.name
        for alias in entry.aliases:
            self.keys.setdefault(normalize_name(alias), entry.name)

    def remove(self, name: str) -> None:
        del self.entries[name]
        for k in [k for k, v in self.keys.items() if v == name]:
            del self.keys[k]

    def find(self, name: str) -> E | None:
        hit = self.keys.get(normalize_name(name))
        return self.entries[hit] if hit is not None else None

    def get(self, name: str) -> E:
        found = self.find(name)
        if found is None:
            candidates = list(self.entries) + [
                alias for e in self.entries.values() for alias in e.aliases
            ]
            hints = closest(name, candidates, n=3)
            hint = f"; closest: {', '.join(repr(h) for h in hints)}" if hints else ""
            raise UnknownEntryError(
                f"unknown {self.kind[:-1]} {name!r}{hint} "
                f"(see 'rangecalc catalog list {self.kind}')"
            )
        return found

    def copy(self) -> _Index[E]:
        return _Index(self.kind, dict(self.entries), dict(self.keys))


def _where(entry: Airframe | Weapon | Place) -> str:
    return f"in {entry.origin}" if entry.origin else "earlier"


class Catalog:
    """Airframes, weapons and places, each looked up by name or alias.

    Build one with :func:`load_catalog` or :func:`default_catalog`; extend it with
    :meth:`extended` (scenario files use this for inline definitions).
    """

    def __init__(self) -> None:
        self._airframes: _Index[Airframe] = _Index("airframes")
        self._weapons: _Index[Weapon] = _Index("weapons")
        self._places: _Index[Place] = _Index("places")
        self.files: tuple[str, ...] = ()
        # ICAO/IATA code -> place name, and exact (case-sensitive) name or alias -> place
        # name: what a code-shaped reference is resolved against, kept as entries are added.
        self._codes: dict[str, str] = {}
        self._exact: dict[str, str] = {}
        #: Results derived from this catalog's entries (the mission model's calibrations),
        #: kept with the catalog so that they never outlive it or serve another one.
        self.derived: dict[str, Any] = {}

    # -- construction ------------------------------------------------------------------

    def _index(self, table: str) -> _Index[Airframe] | _Index[Weapon] | _Index[Place]:
        if table == "airframes":
            return self._airframes
        if table == "weapons":
            return self._weapons
        return self._places

    def _add_tables(
        self,
        data: Mapping[str, object],
        *,
        file: str,
        require_sources: bool,
        override: bool,
        allowed_tables: Iterable[str] = TABLES,
    ) -> None:
        allowed = tuple(allowed_tables)
        for table, entries in data.items():
            if table not in allowed:
                hint = closest(table, allowed, n=1)
                extra = f"did you mean {hint[0]!r}? " if hint else ""
                raise CatalogError(
                    f"unknown top-level table; {extra}a catalog has only "
                    f"{', '.join(repr(t) for t in allowed)}",
                    file=file,
                    entry=table,
                )
            if not isinstance(entries, Mapping):
                raise CatalogError(
                    f'expected a table of entries such as [{table}."NAME"], got {entries!r}',
                    file=file,
                    entry=table,
                )
            index = self._index(table)
            for name, raw in entries.items():
                ctx = EntryContext(file, table, name, require_sources)
                record = BUILDERS[table](ctx, raw)
                if isinstance(record, Place):
                    self._check_codes(record, ctx, override=override)
                index.add(record, ctx, override=override)  # type: ignore[arg-type]
                if isinstance(record, Place):
                    self._index_codes(record)
        self.files = (*self.files, file)

    def _check_codes(self, place: Place, ctx: EntryContext, *, override: bool) -> None:
        """The one rule that keeps names from hiding coordinates or codes, then index codes.

        A reference that reads as coordinates is coordinates, and a code-shaped one (three
        or four letters and digits) is a code unless a name or alias is written exactly so
        (:func:`rangecalc.resolve_place`). So a name or alias may not read as coordinates
        (it could never be reached), and one written in capitals may not be the ICAO/IATA
        code of another catalog place or an ``airportsdata`` airfield (it would hide it);
        likewise a new place's code may not already be another place's exact name.
        """
        key = normalize_name(place.name)
        holder = self._places.keys.get(key) if override else None
        # replaced: the entry of that very name (an alias of another is refused by the index)
        replaced = holder if holder is not None and normalize_name(holder) == key else None
        own = {c for c in (place.icao, place.iata) if c}
        for where, text in [(None, place.name)] + [
            (f"aliases[{i}]", a) for i, a in enumerate(place.aliases)
        ]:
            what = "a place name" if where is None else f"alias {text!r}"
            try:
                coords = parse_coordinates(text)
            except InputError:  # shaped like coordinates, invalid ones
                coords = (0.0, 0.0)
            if coords is not None:
                raise ctx.error(where, f"{what} must not read as coordinates; rename it")
            code = text.strip()
            if not (CODE.fullmatch(code) and code == code.upper()) or code in own:
                continue
            holder = self._codes.get(code)
            if holder is not None and holder != replaced:
                other = self._places.entries[holder]
                raise ctx.error(
                    where,
                    f"{what} must not read as the code {code!r} of {other.name!r} "
                    f"{_where(other)} (it would hide it); rename it",
                )
            field = code_owner(code)
            if field is not None:
                raise ctx.error(
                    where,
                    f"{what} must not read as the code of the airfield {field['name']} "
                    f"({field['icao'] or field['iata']}) (it would hide it); if this place is "
                    "that airfield, give the code as its icao or iata field instead",
                )
        for key in ("icao", "iata"):
            code = getattr(place, key)
            if code is None:
                continue
            holder = self._codes.get(code)
            if holder is not None and holder != replaced:
                other = self._places.entries[holder]
                raise ctx.error(
                    key, f"code {code!r} already belongs to {other.name!r} {_where(other)}"
                )
            holder = self._exact.get(code)
            if holder is not None and holder != replaced:
                other = self._places.entries[holder]
                raise ctx.error(
                    key,
                    f"code {code!r} is already a name or alias of {other.name!r} {_where(other)}",
                )

    def _index_codes(self, place: Place) -> None:
        for table in (self._codes, self._exact):
            for k in [k for k, v in table.items() if v == place.name]:
                del table[k]  # an entry replaced under the same name
        for code in (place.icao, place.iata):
            if code:
                self._codes[code] = place.name
        for text in (place.name, *place.aliases):
            self._exact.setdefault(text.strip(), place.name)

    def add_file(self, path: str | Path, *, require_sources: bool = False) -> None:
        """Read one TOML catalog file into this catalog (duplicates are errors)."""
        label = str(path)
        data = read_toml(path, error=CatalogError)
        self._add_tables(data, file=label, require_sources=require_sources, override=False)

    def extended(
        self,
        data: Mapping[str, object],
        *,
        file: str,
        require_sources: bool = False,
    ) -> Catalog:
        """A copy of this catalog with *data*'s entries added, replacing same-named ones.

        *data* has the catalog layout (``airframes``/``weapons``/``places`` tables); it is
        how a scenario file's inline definitions add to or override the catalogs.
        """
        new = Catalog()
        new._airframes = self._airframes.copy()
        new._weapons = self._weapons.copy()
        new._places = self._places.copy()
        new._codes = dict(self._codes)
        new._exact = dict(self._exact)
        new.files = self.files
        new._add_tables(data, file=file, require_sources=require_sources, override=True)
        return new

    # -- lookup ------------------------------------------------------------------------

    def airframe(self, name: str) -> Airframe:
        """The airframe called *name* (or with that alias)."""
        return self._airframes.get(name)

    def weapon(self, name: str) -> Weapon:
        """The weapon called *name* (or with that alias)."""
        return self._weapons.get(name)

    def place(self, name: str) -> Place:
        """The catalog place called *name* (or with that alias)."""
        return self._places.get(name)

    def find_place(self, name: str) -> Place | None:
        """The catalog place called *name*, or ``None``."""
        return self._places.find(name)

    def find_place_by_code(self, code: str) -> Place | None:
        """The catalog place whose ICAO or IATA code is *code* (upper case), or ``None``."""
        name = self._codes.get(code)
        return None if name is None else self._places.entries[name]

    def find_place_exact(self, text: str) -> Place | None:
        """The catalog place with a name or alias written exactly *text*, or ``None``."""
        name = self._exact.get(text.strip())
        return None if name is None else self._places.entries[name]

    @property
    def airframes(self) -> Mapping[str, Airframe]:
        """All airframes by name."""
        return dict(self._airframes.entries)

    @property
    def weapons(self) -> Mapping[str, Weapon]:
        """All weapons by name."""
        return dict(self._weapons.entries)

    @property
    def places(self) -> Mapping[str, Place]:
        """All places by name."""
        return dict(self._places.entries)

    def names(self, table: str) -> list[str]:
        """Entry names of *table* (``airframes``, ``weapons`` or ``places``)."""
        if table not in TABLES:
            raise InputError(f"unknown catalog table {table!r}; choose one of {', '.join(TABLES)}")
        return list(self._index(table).entries)

    def lookup(self, name: str) -> Airframe | Weapon | Place:
        """Find *name* among airframes, then weapons, then places (also by ICAO/IATA code)."""
        for table in TABLES:
            hit = self._index(table).find(name)
            if hit is not None:
                return hit
        coded = self.find_place_by_code(name.strip().upper())
        if coded is not None:
            return coded
        every = [n for t in TABLES for n in self._index(t).entries]
        hints = closest(name, every, n=3)
        hint = f"; closest: {', '.join(repr(h) for h in hints)}" if hints else ""
        raise UnknownEntryError(f"no airframe, weapon or place called {name!r}{hint}")

    def __iter__(self) -> Iterator[Airframe | Weapon | Place]:
        yield from self._airframes.entries.values()
        yield from self._weapons.entries.values()
        yield from self._places.entries.values()

    def __len__(self) -> int:
        return sum(len(self._index(t).entries) for t in TABLES)

    def __repr__(self) -> str:
        return (
            f"Catalog({len(self._airframes.entries)} airframes, "
            f"{len(self._weapons.entries)} weapons, {len(self._places.entries)} places)"
        )


def load_catalog(*paths: str | Path, require_sources: bool = False) -> Catalog:
    """Load catalog files (or directories of ``*.toml`` files) into one :class:`Catalog`.

    Parameters
    ----------
    paths
        Files or directories, read in order. An entry defined twice is an error.
    require_sources
        Refuse any figure or place without a ``source`` (the rule for shipped catalogs).

    Raises
    ------
    CatalogError
        Naming the file, entry and field of the first problem found.
    """
    catalog = Catalog()
    for path in paths:
        for file in toml_files(path, error=CatalogError):
            catalog.add_file(file, require_sources=require_sources)
    return catalog


def builtin_catalog_dir() -> Path:
    """The folder of built-in catalogs, in an installed wheel or a source checkout."""
    packaged = resources.files("rangecalc") / "catalogs"
    if packaged.is_dir():
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parents[2] / "catalogs"
    if checkout.is_dir():
        return checkout
    raise RangecalcError(
        "the built-in catalogs are missing: neither rangecalc/catalogs (installed) nor "
        "catalogs/ (source checkout) exists; reinstall rangecalc"
    )


@lru_cache(maxsize=1)
def default_catalog() -> Catalog:
    """The built-in catalogs, loaded once and validated with sources required."""
    return load_catalog(builtin_catalog_dir(), require_sources=True)
