"""One background worker process, for CPU work that must not hold the event loop's GIL.

A worker thread (`asyncio.to_thread`) is off the loop too, but work that holds the GIL for long stretches
(matplotlib rendering a chart, the Rust feed parser reading a 55 MB archive in one call) then makes the loop's
thread wait for the GIL before every Slack ack. A process shares no GIL with the loop. Used by trends (chart
rendering) and sources (parsing big feed bodies).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import multiprocessing
import os
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

__all__ = ["BrokenProcessPool", "WorkerProcess"]

_T = TypeVar("_T")


def _background() -> None:
    """In the worker: its work is background work, so on a busy host the process acking Slack goes first.
    And it ends with its parent: a bot killed with kill -9 must not leave an orphan worker behind (holding
    the bot's stdout and stderr open, too)."""
    with contextlib.suppress(OSError):
        os.nice(10)
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_with, args=(parent,), daemon=True, name="worker-watchdog").start()


def _exit_with(parent: multiprocessing.process.BaseProcess) -> None:
    parent.join()  # returns when the parent process is gone, however it ended
    os._exit(0)


class WorkerProcess:
    """One worker process, started on first use (or by `start`, at warm-up) and reused; a worker that died
    (killed, out of memory) is replaced by the next call. spawn, not fork: forking a process that runs
    threads (aiosqlite's, the event loop's) is unsafe."""

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=1, mp_context=multiprocessing.get_context("spawn"), initializer=_background
            )
        return self._pool

    def _replace(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)

    async def start(self) -> int:
        """Start the worker now (starting a process holds the loop for tens of milliseconds); its pid."""
        return await self.run(os.getpid)

    async def run(self, work: Callable[..., _T], *args: Any) -> _T:
        """`work(*args)` in the worker. BrokenProcessPool when the worker died meanwhile: the next call
        starts a fresh one."""
        try:
            return await asyncio.get_running_loop().run_in_executor(self._executor(), functools.partial(work, *args))
        except BrokenProcessPool:
            self._replace()
            raise
