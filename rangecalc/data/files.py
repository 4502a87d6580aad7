"""Reading the files users give: catalogs, scenarios and boundary sets.

Every file rangecalc reads goes through :func:`read_text`, so that each gets the same
checks and the same one-sentence errors, whatever kind of file it is:

* the path must name a regular file: not empty, not a directory, not a device such as
  ``/dev/zero`` or a FIFO (reading one would never end);
* it must be at most :data:`MAX_FILE_BYTES` (10 MB; boundary sets may be larger, see
  :data:`MAX_GEOJSON_BYTES`): a scenario or catalog that big is a mistake;
* it must be UTF-8 text; a byte-order mark at the start is accepted and dropped.

:func:`read_toml` adds TOML parsing, where nesting so deep that the parser would exhaust
the interpreter's stack is refused with an error rather than a ``RecursionError``.
:func:`toml_files` expands a folder into its ``*.toml`` files.
"""

from __future__ import annotations

import json
import os
import stat
import tomllib
from pathlib import Path
from typing import Any

from rangecalc.data.errors import InputError

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_GEOJSON_BYTES",
    "read_json",
    "read_text",
    "read_toml",
    "toml_files",
]

#: Largest catalog or scenario file read [bytes].
MAX_FILE_BYTES = 10 * 1024 * 1024
#: Largest boundary file read [bytes]: Natural Earth admin-0 at 1:10m is about 25 MB.
MAX_GEOJSON_BYTES = 500 * 1024 * 1024


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:,.0f} MB ({n:,} bytes)"


def read_text(
    path: str | Path,
    *,
    error: type[InputError] = InputError,
    max_bytes: int = MAX_FILE_BYTES,
) -> str:
    """The text of the regular file *path*, checked as the module docstring says.

    Raises
    ------
    InputError
        (or the subclass *error*) with the file named, for every reason a file cannot be
        read.
    """
    label = str(path)
    if not label.strip():
        raise error("an empty path names no file")
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise error("no such file", file=label) from None
    except OSError as exc:
        raise error(f"cannot read the file: {exc.strerror or exc}", file=label) from None
    if stat.S_ISDIR(info.st_mode):
        raise error("is a directory, not a file", file=label)
    if not stat.S_ISREG(info.st_mode):
        raise error(
            "is not a regular file (a device, FIFO or socket); give the path of a file",
            file=label,
        )
    if info.st_size > max_bytes:
        raise error(
            f"is {info.st_size:,} bytes, larger than the {_mb(max_bytes)} a file may have",
            file=label,
        )
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise error(f"cannot read the file: {exc.strerror or exc}", file=label) from None
    if len(data) > max_bytes:  # grew while we looked
        raise error(f"is larger than the {_mb(max_bytes)} a file may have", file=label)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise error(
            f"is not UTF-8 text (byte {exc.start} cannot be decoded); save it as UTF-8",
            file=label,
        ) from None


def read_toml(path: str | Path, *, error: type[InputError] = InputError) -> dict[str, Any]:
    """Parse the TOML file *path* (see :func:`read_text` for the checks)."""
    text = read_text(path, error=error)
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise error(f"malformed TOML: {exc}", file=str(path)) from None
    except RecursionError:
        raise error("malformed TOML: arrays or tables nested too deeply", file=str(path)) from None


def read_json(
    path: str | Path, *, error: type[InputError] = InputError, max_bytes: int = MAX_GEOJSON_BYTES
) -> Any:
    """Parse the JSON (GeoJSON) file *path* (see :func:`read_text` for the checks)."""
    text = read_text(path, error=error, max_bytes=max_bytes)
    try:
        return json.loads(text)
    except ValueError as exc:
        raise error(f"not readable JSON: {exc}", file=str(path)) from None
    except RecursionError:
        raise error("not readable JSON: nested too deeply", file=str(path)) from None


def toml_files(path: str | Path, *, error: type[InputError] = InputError) -> list[Path]:
    """*path* itself if it is not a folder; else the ``*.toml`` files in it, sorted."""
    label = str(path)
    if not label.strip():
        raise error("an empty path names no file or folder")
    p = Path(path)
    if p.is_dir():
        found = sorted(f for f in p.glob("*.toml") if not f.is_dir())
        if not found:
            raise error("no *.toml files in this folder", file=label)
        return found
    return [p]
