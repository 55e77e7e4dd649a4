"""An ordered map across worker processes, for batch analysis on every core.

An article's analysis (relevance, tags, summary, story features) is pure and takes tens of milliseconds of
CPU, almost all of it in Python holding the GIL, so threads cannot share it out: processes can. Story
placement depends on the order articles arrive in, so it stays with the caller, which gets the results
back in input order. The input is read lazily with a bounded number of articles in flight, so a batch
streams (stdin, a pipe) and memory stays flat however long the input is.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Generator, Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

__all__ = ["IN_FLIGHT_PER_WORKER", "ordered_map", "resolve_jobs"]

_In = TypeVar("_In")
_Out = TypeVar("_Out")

# Enough queued work per worker that none waits for the parent between two articles, few enough that a
# slow consumer (the output pipe) does not let the input run far ahead.
IN_FLIGHT_PER_WORKER = 8


def resolve_jobs(jobs: int) -> int:
    """`jobs` worker processes; 0 means one per core this process may run on."""
    if jobs < 0:
        raise ValueError(f"jobs must be 0 (one per core) or more, not {jobs}")
    if jobs == 0:
        try:
            return max(1, len(os.sched_getaffinity(0)))
        except AttributeError:  # not on Linux
            return max(1, os.cpu_count() or 1)
    return jobs


def ordered_map(
    work: Callable[[_In], _Out], items: Iterable[_In], *, jobs: int, initializer: Callable[[], None] | None = None,
) -> Generator[tuple[_In, _Out], None, None]:
    """`(item, work(item))` for every item, in the items' order, the work done by `jobs` processes (in this
    one when `jobs` is 1); the items themselves never go back and forth.

    `work` and `initializer` must be importable module-level functions (the workers are spawned, not
    forked: forking a process that runs threads is unsafe). An exception raised by `work` is raised here,
    at that item's turn; the pool is shut down when the iterator is closed or exhausted."""
    if jobs <= 1:
        if initializer is not None:
            initializer()
        for item in items:
            yield item, work(item)
        return
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"), initializer=initializer)
    pending: deque[tuple[_In, Future[_Out]]] = deque()
    in_flight = jobs * IN_FLIGHT_PER_WORKER
    input_error: Exception | None = None
    try:
        source = iter(items)
        while True:
            try:
                item = next(source)
            except StopIteration:
                break
            except Exception as exc:  # a malformed input line: what was read before it still comes out first
                input_error = exc
                break
            pending.append((item, pool.submit(work, item)))
            # Out as soon as the head is done (a slow pipe still streams), and never more than the window.
            while pending and (len(pending) >= in_flight or pending[0][1].done()):
                done, future = pending.popleft()
                yield done, future.result()
        while pending:
            done, future = pending.popleft()
            yield done, future.result()
        if input_error is not None:
            raise input_error
    finally:
        for _, future in pending:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)
