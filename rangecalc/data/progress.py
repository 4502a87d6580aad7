"""Progress of long runs: a bar on a terminal (tqdm, on stderr), silence otherwise.

Library functions that take a while (sweeps, coverage, bases-for) accept a
:class:`Progress` and report units of work to it; the default is quiet. The CLI passes
``Progress.for_terminal()``, which draws a bar only when stderr is a terminal and tqdm
is installed (extra ``progress``), so piped output and logs stay clean.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import IO, Any

__all__ = ["Progress"]


@dataclass(frozen=True)
class Progress:
    """Where progress goes: nowhere (the default) or a tqdm bar on *stream*."""

    stream: IO[str] | None = None

    @classmethod
    def for_terminal(cls, stream: IO[str] | None = None) -> Progress:
        """A bar on *stream* (stderr) if it is a terminal and tqdm is installed, else quiet."""
        stream = sys.stderr if stream is None else stream
        try:
            import tqdm  # noqa: F401
        except ImportError:
            return cls()
        isatty = getattr(stream, "isatty", None)
        return cls(stream if callable(isatty) and isatty() else None)

    @property
    def shown(self) -> bool:
        """True when a bar is drawn."""
        return self.stream is not None

    @contextmanager
    def task(self, total: int, desc: str) -> Iterator[Callable[[int], None]]:
        """A context giving ``advance(n)``, to call as units of *total* are done."""
        if self.stream is None or total <= 0:
            yield _nothing
            return
        from tqdm import tqdm

        cols, rows = _size(self.stream)
        bar: Any = tqdm(
            total=total,
            desc=desc,
            file=self.stream,
            leave=False,
            unit="task",
            ncols=cols,
            nrows=rows,
        )
        try:
            yield bar.update
        finally:
            bar.close()


def _nothing(n: int = 1) -> None:
    return None


def _size(stream: IO[str]) -> tuple[int, int]:
    """The terminal's columns and rows, 80 x 24 where it reports none.

    A fresh pseudo-terminal reports size 0, with which tqdm would draw nothing.
    """
    try:
        size = os.get_terminal_size(stream.fileno())
    except (OSError, ValueError, AttributeError):
        return 80, 24
    return size.columns or 80, size.lines or 24
