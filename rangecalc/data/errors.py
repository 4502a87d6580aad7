"""One exception hierarchy for every error rangecalc raises on purpose.

Every error a user can cause (bad catalog, bad scenario, unknown place, wrong unit) is a
:class:`RangecalcError`. The command-line interface catches exactly this class, prints the
message and exits with status 2; anything else escaping is a bug in rangecalc.

Errors that come from a file carry the *file*, the *entry* and the *field* they concern, so
that the message can name all three, for example::

    catalogs/airframes.toml: airframes."Tu-22M3".empty_mass: expected a mass such as
    '54 t', got '54 km' (a length)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from difflib import get_close_matches

__all__ = [
    "CatalogError",
    "InputError",
    "PlaceNotFoundError",
    "RangecalcError",
    "UnitError",
    "closest",
]


class RangecalcError(Exception):
    """Base class of every error rangecalc raises deliberately."""


class InputError(RangecalcError, ValueError):
    """A value given to rangecalc is malformed, out of range or of the wrong kind.

    Parameters
    ----------
    message
        What is wrong and what was expected.
    file, entry, field
        Where the value came from, when it came from a file. Each is optional; those given
        are prefixed to the message as ``file: entry.field: message``.
    """

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        entry: str | None = None,
        field: str | None = None,
    ) -> None:
        self.message = message
        self.file = file
        self.entry = entry
        self.field = field
        super().__init__(self._render())

    def _render(self) -> str:
        where = ".".join(part for part in (self.entry, self.field) if part)
        prefix = ": ".join(part for part in (self.file, where) if part)
        return f"{prefix}: {self.message}" if prefix else self.message

    def located(
        self,
        *,
        file: str | None = None,
        entry: str | None = None,
        field: str | None = None,
    ) -> InputError:
        """Return a copy of this error with missing location parts filled in."""
        err = type(self).__new__(type(self))
        err.__dict__.update(self.__dict__)
        err.file = self.file or file
        err.entry = self.entry or entry
        err.field = self.field or field
        Exception.__init__(err, err._render())
        return err

    def __str__(self) -> str:
        return self._render()


class UnitError(InputError):
    """A quantity is missing its unit, has the wrong dimension, or cannot be parsed."""


class CatalogError(InputError):
    """A catalog (or an inline definition in a scenario) is malformed or inconsistent."""


class PlaceNotFoundError(InputError, LookupError):
    """A place reference matches no catalog entry, airfield code or coordinate format."""

    def __init__(self, reference: str, suggestions: Sequence[str] = ()) -> None:
        self.reference = reference
        self.suggestions = tuple(suggestions)
        hint = (
            "; closest matches: " + ", ".join(repr(s) for s in self.suggestions)
            if self.suggestions
            else ""
        )
        super().__init__(
            f"unknown place {reference!r}: not a catalog name or alias, an ICAO/IATA code, "
            f"an airfield name, or coordinates such as '35.21, 48.65' or "
            f"'35°12′42″N 48°39′12″E'{hint}"
        )


def closest(word: str, candidates: Iterable[str], n: int = 3) -> list[str]:
    """Return up to *n* candidates that look like *word* (for 'did you mean' hints)."""
    pool = list(candidates)
    lowered = {c.casefold(): c for c in pool}
    hits = get_close_matches(word.casefold(), list(lowered), n=n, cutoff=0.6)
    return [lowered[h] for h in hits]
