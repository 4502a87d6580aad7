"""The airfield table of the ``airportsdata`` package, loaded once, read only.

About 28,000 airfields, military ones included, keyed by ICAO (4-character) or IATA
(3-character) code. :mod:`rangecalc.data.places` turns records into places; the catalog schema
asks :func:`code_owner` so that no catalog name or alias can hide an airfield's code.
The table is package data that never changes while rangecalc runs, so it is cached here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any, Literal

__all__ = ["CODE", "code_owner", "records", "version"]

#: What an airfield code looks like: three or four letters or digits.
CODE = re.compile(r"[A-Za-z0-9]{3,4}")


@lru_cache(maxsize=2)
def records(key: Literal["ICAO", "IATA"]) -> Mapping[str, Mapping[str, Any]]:
    """The airfield records keyed by ICAO or IATA code."""
    import airportsdata

    return airportsdata.load(key)


@lru_cache(maxsize=1)
def version() -> str:
    """The installed ``airportsdata`` version, for sources."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as _version

    try:
        return _version("airportsdata")
    except PackageNotFoundError:  # pragma: no cover - installed as a dependency
        return "unknown"


def code_owner(text: str) -> Mapping[str, Any] | None:
    """The airfield whose ICAO or IATA code *text* is (any case), or ``None``."""
    code = text.strip().upper()
    if not CODE.fullmatch(code) or code.isdigit():
        return None
    return records("ICAO" if len(code) == 4 else "IATA").get(code)
