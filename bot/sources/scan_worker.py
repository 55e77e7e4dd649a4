"""Reading fetched bodies off the event loop: small ones in a thread, big ones in a worker process.

A thread is enough for a feed of a few hundred entries. It is not for a big one: the Rust feed parser holds
the GIL for up to a second in one call on a 55 MB archive, and turning entries into identities is seconds of
Python, so the loop's thread waited for the GIL before every Slack ack (bench/flood.py: `/policy` ack p99
1.8 s). Bodies over `WORKER_OVER_BYTES` are scanned in one worker process (bot.workers), which keeps the
`Scan` until the poll asks for the items it keeps: only the entries' identities (index, GUID, key) and those
few items cross between the processes, never 100,000 parsed entries.
"""

from __future__ import annotations

import asyncio
import itertools
import os
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from bot.errors import FetchError
from bot.models import RawItem, SourceConfig
from bot.sources.scan import FEED_KINDS, Entry, Scan, scan_source
from bot.workers import BrokenProcessPool, WorkerProcess

__all__ = ["WORKER_OVER_BYTES", "BodyReader", "Scanned"]

WORKER_OVER_BYTES = 1_000_000  # about 2,000 feed entries; a thread reads these in well under 100 ms
_KEPT_SCANS = 4  # in the worker: scans whose items a poll has yet to take (a poll cut short never takes them)
_T = TypeVar("_T")
_SCANS: OrderedDict[str, Scan] = OrderedDict()  # in the worker process only


def _scan_here(token: str, body: bytes, source: SourceConfig, content_type: str | None,
               base_url: str | None) -> list[Entry]:
    """In the worker: scan, keep the scan for `_take_here`, return the identities."""
    try:
        scan = scan_source(body, source, content_type=content_type, base_url=base_url)
    except FetchError as exc:  # a subclass's own arguments may not survive the trip: the message does
        raise FetchError(str(exc)) from None
    _SCANS[token] = scan
    while len(_SCANS) > _KEPT_SCANS:
        _SCANS.popitem(last=False)
    return scan.entries


def _take_here(token: str, indices: Sequence[int]) -> list[RawItem]:
    scan = _SCANS.pop(token, None)
    if scan is None:
        raise FetchError("the parsed feed was dropped before its items were taken (too many big feeds at once)")
    try:
        return scan.items(indices)
    except FetchError as exc:
        raise FetchError(str(exc)) from None


@dataclass
class Scanned:
    """A body's entries, newest first; `take` gives the items of some of them."""

    entries: list[Entry]
    _scan: Scan | None  # read in this process
    _token: str | None  # read in the worker, which keeps the scan under this token
    _reader: BodyReader
    _source: SourceConfig

    async def take(self, indices: Sequence[int]) -> list[RawItem]:
        if self._scan is not None:
            return await asyncio.to_thread(self._scan.items, indices)
        assert self._token is not None
        return await self._reader._in_worker(self._source, _take_here, self._token, list(indices))


class BodyReader:
    """Scans fetched bodies: feeds over `worker_over` bytes in the worker process, the rest in a thread."""

    def __init__(self, *, worker_over: int = WORKER_OVER_BYTES) -> None:
        self.worker_over = worker_over
        self._worker = WorkerProcess()
        self._tokens = itertools.count()

    async def scan(
        self, body: bytes, source: SourceConfig, *, content_type: str | None, base_url: str | None
    ) -> Scanned:
        if source.kind not in FEED_KINDS or len(body) <= self.worker_over:
            scan = await asyncio.to_thread(scan_source, body, source, content_type=content_type, base_url=base_url)
            return Scanned(scan.entries, scan, None, self, source)
        token = f"{os.getpid()}-{next(self._tokens)}"
        entries = await self._in_worker(source, _scan_here, token, body, source, content_type, base_url)
        return Scanned(entries, None, token, self, source)

    async def _in_worker(self, source: SourceConfig, work: Callable[..., _T], *args: object) -> _T:
        try:
            return await self._worker.run(work, *args)
        except BrokenProcessPool:
            raise FetchError(
                f"the process reading big feeds died on the body from {source.name} (killed, or out of memory); "
                "a fresh one reads the next poll"
            ) from None
