"""Where documents are processed: in this process, in a pool of local processes, or on a
running Dask distributed cluster. Each executor yields results in input order, with only a
bounded window of documents in flight, so memory stays flat however large the corpus.
"""
from __future__ import annotations

import os
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Iterable, Iterator, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")
IN_FLIGHT_PER_WORKER = 4


def default_workers() -> int:
    """One worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _ordered_window(submit: Callable[[Item], object], result: Callable[[object], Result],
                    items: Iterable[Item], window: int) -> Iterator[Result]:
    pending: deque = deque()
    for item in items:
        pending.append(submit(item))
        if len(pending) >= window:
            yield result(pending.popleft())
    while pending:
        yield result(pending.popleft())



def run_local_pool(function: Callable[[Item], Result], items: Iterable[Item], workers: int,
                   warm_up: Callable[[], None] | None = None) -> Iterator[Result]:
    """``workers`` processes on this machine, each loading the models once."""
    with ProcessPoolExecutor(max_workers=workers, initializer=warm_up) as pool:
        yield from _ordered_window(lambda item: pool.submit(function, item), lambda f: f.result(),
                                   items, workers * IN_FLIGHT_PER_WORKER)


def run_on_dask(function: Callable[[Item], Result], items: Iterable[Item], address: str) -> Iterator[Result]:
    """The same work on a running Dask distributed cluster (``dask scheduler`` /
    ``dask worker``): workers read the input files and return rows."""
    from distributed import Client

    with Client(address, timeout="30s") as client:
        workers = max(1, sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values()))
        yield from _ordered_window(lambda item: client.submit(function, item, pure=False),
                                   lambda f: f.result(), items, workers * IN_FLIGHT_PER_WORKER)
