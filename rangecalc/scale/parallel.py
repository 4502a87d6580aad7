"""Chunked work, in this process or on a Dask cluster (extra ``scale``).

Sweeps and coverage split their work into tasks, each a pure function of small,
picklable inputs: the airspace *policy* (an :class:`~rangecalc.AirspacePolicy`), places
and coordinate arrays, never a :class:`~rangecalc.airspace.Router`, whose graphs are large and
rebuilt cheaply where they are needed (each worker process keeps the routers it built,
:meth:`Router.for_policy` caches them). Without a client the tasks run one after another
here, chunk by chunk, so memory holds one task's arrays at a time; with a
``dask.distributed`` client, or a scheduler address, they run on its workers and the
results come back in task order: the same numbers either way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from rangecalc.data.errors import InputError
from rangecalc.data.progress import Progress

__all__ = ["run_tasks"]

T = TypeVar("T")
R = TypeVar("R")


def _client(client: object) -> tuple[Any, bool]:
    """The dask.distributed client for *client* (a client or an address) and whether we own it."""
    try:
        from dask.distributed import Client
    except ImportError as exc:  # pragma: no cover - the scale extra is installed under test
        raise InputError(
            "client: Dask is not installed; install the extra with "
            "python3 -m pip install 'rangecalc[scale]'"
        ) from exc
    if isinstance(client, str):
        return Client(client), True  # type: ignore[no-untyped-call]
    if not isinstance(client, Client):
        raise InputError(
            f"client: expected a dask.distributed.Client or a scheduler address such as "
            f"'tcp://10.0.0.5:8786', got {type(client).__name__}"
        )
    return client, False


def run_tasks(
    fn: Callable[[T], R],
    tasks: Sequence[T],
    *,
    client: object = None,
    progress: Progress | None = None,
    desc: str = "tasks",
) -> list[R]:
    """``[fn(t) for t in tasks]``, here or on a Dask cluster, with progress.

    Parameters
    ----------
    fn
        A module-level function (workers import it by name).
    tasks
        Its inputs, each small and picklable.
    client
        ``None`` (run here), a ``dask.distributed.Client`` or a scheduler address.
    progress
        Where to report each finished task (default: nowhere).
    """
    progress = progress or Progress()
    with progress.task(len(tasks), desc) as advance:
        if client is None:
            out = []
            for t in tasks:
                out.append(fn(t))
                advance(1)
            return out
        from dask.distributed import as_completed

        cl, owned = _client(client)
        try:
            futures = cl.map(fn, list(tasks), pure=False)
            for _ in as_completed(futures):  # type: ignore[no-untyped-call]
                advance(1)
            results: list[R] = cl.gather(futures)
            return results
        finally:
            if owned:
                cl.close()
