"""The fault suite's laboratory: real `policybot run` processes (bot/sandbox/processes.py) against the
real PostgreSQL server (POLICYBOT_TEST_DATABASE_URL), the Slack stand-in and local feed servers.

Every test gets a `Lab` (`pg_lab` resets the PostgreSQL tables first and skips, saying why, when no
server is configured; `lab` is for SQLite tests). The lab starts processes, kills whatever is still
running at the end, and prints the tail of every process's log when a test fails (pytest shows a
failing test's captured output).

Timing facts the tests rely on (none of them configurable, on purpose: the tests run the product as
shipped): source leases last 15 s and channel leases 20 s (bot/store/leases.py); delivery runs every 15 s
and whenever a poll queued alerts (bot/runtime/scheduler.py); a fetch gives up after 15 s of silence; a post
after 10 s (bot/slack/delivery.py POST_TIMEOUT_S). First polls start at once
(POLICYBOT_STARTUP_SPREAD_SECONDS=0) and the sweep runs 30 s after start.
"""

from __future__ import annotations

import asyncio
import inspect
import re
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from bot.pipeline import Pipeline
from bot.sandbox.processes import AlertDeliveries, ReplicaProcess, alert_deliveries, alert_ids_of, replica_env
from bot.sandbox.slack import SlackStandIn
from bot.sandbox.sources_server import RouteHandler, SampleSourcesServer
from bot.sources.catalogue import load_catalogue
from bot.sources.fetch import Fetcher
from bot.store import AlertRow, Store
from tests.conftest import _reset_postgres, pg_url

CHANNEL = "C0FAULTS"
# Misbehaving sources live on another loopback address: politeness limits (2 requests at a time) are per
# host, so a source hung on the well-behaved sources' host would hold one of their slots by design.
OTHER_HOST = "127.0.0.2"
SETTLE_S = 2.0  # after the last expected alert: time for a duplicate to show up, if one were coming
_NOISE = re.compile(r" INFO (apscheduler|alembic)\.")  # left out of the log tails shown on failure


def catalogue_entry(source_id: str, url: str, *, kind: str = "rss", name: str | None = None) -> str:
    return "\n".join([
        "[[source]]", f'id = "{source_id}"', f'name = "{name or source_id}"', f'kind = "{kind}"',
        f'url = "{url}"', "interval_minutes = 15", 'language = "en"', "enabled = true",
    ]) + "\n"


def hang_once(server: SampleSourcesServer, hang_s: float = 60.0) -> RouteHandler:
    """A route whose first request hangs (until the client goes away); later ones get the sample."""

    async def handler(request: web.Request) -> web.StreamResponse:
        server.clear_route(request.path)
        await asyncio.sleep(hang_s)
        return web.Response(status=503)

    return handler


@dataclass
class Lab:
    tmp: Path
    slack: SlackStandIn
    server: SampleSourcesServer
    database_url: str
    store: Store
    procs: list[tuple[str, ReplicaProcess]] = field(default_factory=list)

    # ------------------------------------------------------------ set-up

    def catalogue(self, *parts: str, name: str = "sources.toml") -> Path:
        path = self.tmp / name
        path.write_text("\n".join(parts))
        return path

    def env(self, catalogue: Path, *, database_url: str | None = None, **kw: Any) -> dict[str, str]:
        kw.setdefault("channels", [CHANNEL])
        return replica_env(slack=self.slack, database_url=database_url or self.database_url, catalogue=catalogue,
                           data_dir=self.tmp / "data", **kw)

    async def start(self, env: dict[str, str], *, name: str, args: Sequence[str] = ("run",),
                    **popen: Any) -> ReplicaProcess:
        proc = ReplicaProcess(env, cwd=self.tmp, log_path=self.tmp / f"{name}.log", args=args, **popen)
        self.procs.append((name, proc))
        await proc.start()
        return proc

    # ------------------------------------------------------------ waiting and looking

    async def until(self, predicate: Callable[[], object | Awaitable[object]], *, within: float, what: str) -> float:
        """Poll `predicate` (sync or async) until truthy; the seconds it took. Fails with every log's tail."""
        started = time.monotonic()
        while True:
            result = predicate()
            if inspect.isawaitable(result):
                result = await result
            if result:
                return time.monotonic() - started
            if time.monotonic() - started > within:
                raise AssertionError(f"timed out after {within:g} s waiting for {what}\n{self.report()}")
            await asyncio.sleep(0.2)

    def deliveries(self) -> AlertDeliveries:
        return alert_deliveries(self.slack, [CHANNEL])

    async def all_delivered(self, expected: int) -> bool:
        """`expected` alerts in the outbox, every one posted, and every one shown in the channel."""
        alerts = await self.store.alerts()
        return (len(alerts) >= expected and all(a.state == "posted" for a in alerts)
                and {a.id for a in alerts} <= self.deliveries().delivered)

    async def assert_exactly_once(self, expected: int) -> list[AlertRow]:
        """Every expected alert shown once in the channel, recorded as posted with the ts Slack gave it."""
        shown = self.deliveries()
        alerts = await self.store.alerts()
        assert shown.duplicates == 0, f"alerts shown more than once: {shown.duplicated}\n{self.report()}"
        assert shown.delivered == {a.id for a in alerts}, "the channel and the outbox disagree"
        assert len(alerts) == expected, f"{len(alerts)} alerts where a single clean run makes {expected}"
        ts_of = {i: m["ts"] for m in self.slack.messages.get(CHANNEL, []) for i in alert_ids_of(m)}
        for alert in alerts:
            assert alert.state == "posted" and alert.ts == ts_of[alert.id], alert
        return alerts

    def report(self) -> str:
        parts = []
        for name, proc in self.procs:
            lines = [line for line in proc.log_text().splitlines() if not _NOISE.search(line)]
            state = "running" if proc.running else f"exit {proc.returncode}" if proc.started else "not started"
            parts.append(f"----- {name} ({state}), last lines of {proc.log_path}:\n" + "\n".join(lines[-40:]))
        return "\n".join(parts)


async def reference_alerts(catalogue: Path) -> int:
    """How many alerts one clean, uninterrupted poll of `catalogue` makes (in this process, on SQLite):
    what "nothing lost" is measured against. Call it while the sources serve what the replicas saw."""
    with tempfile.TemporaryDirectory(prefix="policybot-reference-") as scratch:
        store = await Store.open(f"sqlite+aiosqlite:///{scratch}/reference.db")
        try:
            async with Fetcher(allow_private=True, contact="mailto:faults@example.org") as fetcher:
                pipeline = Pipeline(store, fetcher, load_catalogue(catalogue), alert_channels=[CHANNEL], backfill=None)
                report = await pipeline.run_cycle()
            assert not report.errors, report
            return len(await store.alerts())
        finally:
            await store.close()


@pytest.fixture
async def pg_lab(tmp_path: Path) -> AsyncIterator[Lab]:
    url = pg_url()
    if not url:
        pytest.skip("POLICYBOT_TEST_DATABASE_URL is not set (no PostgreSQL server configured)")
    await _reset_postgres(url)
    async with _lab(tmp_path, url) as lab:
        yield lab


@pytest.fixture
async def lab(tmp_path: Path) -> AsyncIterator[Lab]:
    async with _lab(tmp_path, f"sqlite+aiosqlite:///{tmp_path / 'data' / 'policybot.db'}") as lab:
        yield lab


class _LabContext:
    def __init__(self, tmp: Path, url: str) -> None:
        self.tmp, self.url = tmp, url
        self.lab: Lab | None = None

    async def __aenter__(self) -> Lab:
        self.server = SampleSourcesServer()
        self.slack = SlackStandIn(channels=[CHANNEL])
        await self.server.start()
        await self.slack.start()
        store = await Store.open(self.url)  # creates the schema, as the first replica would
        self.lab = Lab(self.tmp, self.slack, self.server, self.url, store)
        return self.lab

    async def __aexit__(self, *exc: object) -> None:
        assert self.lab is not None
        for _, proc in self.lab.procs:
            proc.kill()
        for _, proc in self.lab.procs:
            if proc.started:
                await proc.wait(10)
        print(self.lab.report())  # shown by pytest for a failing test only
        await self.lab.store.close()
        await self.slack.stop()
        await self.server.stop()


def _lab(tmp: Path, url: str) -> _LabContext:
    return _LabContext(tmp, url)
