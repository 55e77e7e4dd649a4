"""A running bot: services, the Bolt app, one transport (Socket Mode or HTTP) and the scheduler."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import signal
from typing import Literal

from aiohttp import web
from apscheduler.events import EVENT_JOB_ERROR, JobExecutionEvent
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp

from bot.errors import StorageError, StoreError, exception_chain
from bot.runtime.app import create_app
from bot.runtime.ops import SideServer, add_routes
from bot.runtime.scheduler import create_scheduler
from bot.runtime.scheduler import shutdown as shutdown_scheduler
from bot.runtime.services import Services
from bot.store.failures import safe_database_url

log = logging.getLogger(__name__)

Transport = Literal["socket", "http"]


def database_failure(exc: BaseException) -> StoreError | None:
    """The store's report that the database cannot be used right now, in `exc` or its chain (a
    StorageError first: it stops the bot). None for anything else, bugs included."""
    found: StoreError | None = None
    for e in exception_chain(exc):
        if isinstance(e, StorageError):
            return e
        if found is None and isinstance(e, StoreError):
            found = e
    return found


class _DatabaseJobErrors(logging.Filter):
    """A job that failed because the database is away logs one line, not a traceback: it is an
    operating condition (the job runs again on its schedule), not a bug."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        problem = database_failure(exc) if exc is not None else None
        if problem is not None:  # says "database unavailable: <reason>" or "the database cannot be written: ..."
            record.msg = f"{record.getMessage()}: {problem}"
            record.args = None
            record.exc_info = None
            record.exc_text = None
        return True


_JOB_ERRORS_FILTER = _DatabaseJobErrors()


class BotRuntime:
    def __init__(self, services: Services) -> None:
        self.services = services
        self.app: AsyncApp = create_app(services)
        self._runner: web.AppRunner | None = None
        self._socket: AsyncSocketModeHandler | None = None
        self._ops: SideServer | None = None  # Socket Mode's /healthz and /metrics server
        self._scheduler: AsyncIOScheduler | None = None
        self._warm: asyncio.Task[None] | None = None
        self._stopping: asyncio.Event | None = None
        self.fatal: str | None = None  # why the bot stopped by itself (the database cannot be written)
        self.http_url: str | None = None

    async def start(self, transport: Transport, *, host: str = "0.0.0.0", port: int = 3000,  # noqa: S104
                    schedule: bool = True) -> None:
        if transport == "socket":
            token = self.services.settings.slack_app_token
            assert token is not None
            self._socket = AsyncSocketModeHandler(self.app, token.get_secret_value())
            metrics_port = self.services.settings.policybot_metrics_port
            if metrics_port:
                # Started first: a port already taken stops start-up before anything else is running.
                self._ops = SideServer(self.services, self._socket_connected)
                await self._ops.start(host, metrics_port)
            try:
                await self._socket.connect_async()  # type: ignore[no-untyped-call]
            except BaseException:
                if self._ops is not None:
                    await self._ops.stop()
                    self._ops = None
                raise
        else:
            web_app = self.app.web_app(path="/slack/events")
            add_routes(web_app, self.services)
            self._runner = web.AppRunner(web_app)
            await self._runner.setup()
            site = web.TCPSite(self._runner, host=host, port=port)
            await site.start()
            bound = self._runner.addresses[0]
            self.http_url = f"http://{'127.0.0.1' if host in ('0.0.0.0', '127.0.0.1') else host}:{bound[1]}/slack/events"  # noqa: S104
            log.info("listening for Slack requests on %s", self.http_url)
        if schedule:
            self._scheduler = create_scheduler(
                self.services, startup_spread_s=self.services.settings.policybot_startup_spread_seconds
            )
            self._scheduler.add_listener(self._on_job_error, EVENT_JOB_ERROR)
            logging.getLogger("apscheduler.executors.default").addFilter(_JOB_ERRORS_FILTER)
            self._scheduler.start()
        # Build the /policy search index now rather than on the first command (seconds for 100,000 items).
        self._warm = asyncio.create_task(self._warm_up(), name="search-index-warm-up")

    def _on_job_error(self, event: JobExecutionEvent) -> None:
        """A job failed: if the SQLite file cannot be written, stop rather than fail every job forever."""
        problem = database_failure(event.exception) if event.exception is not None else None
        if not isinstance(problem, StorageError) or self.fatal is not None:
            return
        url = safe_database_url(self.services.settings.database_url)
        self.fatal = (
            f"stopped: the database {url} cannot be written ({problem.reason}). Free disk space or make the "
            "file and its directory writable, then start policybot again: what was not recorded is fetched "
            "or posted then, and nothing queued is lost"
        )
        log.error("%s", self.fatal)
        if self._stopping is not None:
            self._stopping.set()

    async def _socket_connected(self) -> bool:
        if self._socket is None:
            return False
        return await self._socket.client.is_connected()

    @property
    def ops_url(self) -> str | None:
        """Base URL of the Socket Mode side server (/healthz, /metrics), when it runs."""
        return self._ops.url if self._ops is not None else None

    async def _warm_up(self) -> None:
        await self.services.finder.warm()
        await self.services.charts.warm()
        # The index is a million long-lived objects: without this, every full garbage collection walks
        # them all, a pause of tens of milliseconds that lands on whatever ack is in flight.
        gc.freeze()

    async def warmed(self) -> None:
        """Wait until the search index is built and the chart worker started (benchmarks start their clocks
        after it)."""
        if self._warm is not None:
            await asyncio.shield(self._warm)

    async def stop(self) -> None:
        """Stop taking work, let running jobs finish, then close connections."""
        if self._warm is not None and not self._warm.done():
            self._warm.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._warm
        elif self._warm is not None and not self._warm.cancelled() and self._warm.exception() is not None:
            log.error("building the search index failed", exc_info=self._warm.exception())
        if self._scheduler is not None and self._scheduler.running:
            # Running polls are cancelled and waited for: a poll's rows are written in one transaction.
            await shutdown_scheduler(self._scheduler, self.services)
        if self._socket is not None:
            await self._socket.close_async()  # type: ignore[no-untyped-call]
            self._socket = None
        if self._ops is not None:
            await self._ops.stop()
            self._ops = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        await self.services.aclose()

    async def serve_forever(self, transport: Transport, *, port: int) -> None:
        """Run until SIGTERM or SIGINT, then stop cleanly: polls drained, connections closed.

        Raises StorageError, after stopping, when the bot stopped by itself because the database cannot
        be written."""
        stopping = self._stopping = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stopping.set)
        await self.start(transport, port=port)
        try:
            await stopping.wait()
            if self.fatal is None:
                log.info("stopping on signal")
        finally:
            await self.stop()
            for sig in (signal.SIGTERM, signal.SIGINT):
                loop.remove_signal_handler(sig)
        if self.fatal is not None:
            raise StorageError(self.fatal)
