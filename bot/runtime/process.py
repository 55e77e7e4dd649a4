"""A running bot: services, the Bolt app, one transport (Socket Mode or HTTP) and the scheduler."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import signal
import sqlite3
import traceback
from typing import Literal, NamedTuple

import sqlalchemy as sa
from aiohttp import web
from apscheduler.events import EVENT_JOB_ERROR, JobExecutionEvent
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp

from bot.errors import StorageError
from bot.runtime.app import create_app
from bot.runtime.ops import SideServer, add_routes
from bot.runtime.scheduler import create_scheduler
from bot.runtime.scheduler import shutdown as shutdown_scheduler
from bot.runtime.services import Services

log = logging.getLogger(__name__)

Transport = Literal["socket", "http"]

# SQLite's answers for a file that cannot be written at all (disk full, read-only file or mount, failing
# disk, a missing directory): no retry can help, so `policybot run` stops with one line saying so.
_SQLITE_UNUSABLE = ("SQLITE_FULL", "SQLITE_READONLY", "SQLITE_IOERR", "SQLITE_CANTOPEN", "SQLITE_CORRUPT",
                    "SQLITE_NOTADB", "SQLITE_PERM")
_DRIVER_MODULES = ("sqlalchemy", "asyncpg", "aiosqlite", "sqlite3")


class DatabaseProblem(NamedTuple):
    reason: str  # one line, e.g. "database or disk is full", "[Errno 111] Connect call failed (...)"
    fatal: bool  # a local SQLite file that cannot be written (stop), rather than a server away (retry)


def database_problem(exc: BaseException, *, opening: bool = False) -> DatabaseProblem | None:
    """What `exc` (or anything in its chain) says about the database when it says the database cannot
    be used right now: unreachable, full, read-only, failing. None for anything else, including SQL a
    bug got wrong (IntegrityError, ProgrammingError): those keep their tracebacks. `opening`: the error
    came from opening the database, where any driver error (unknown database, bad password) counts."""
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    problem: DatabaseProblem | None = None
    while todo:
        e = todo.pop()
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        if isinstance(e, sqlite3.Error) and str(getattr(e, "sqlite_errorname", "")).startswith(_SQLITE_UNUSABLE):
            return DatabaseProblem(_one_line(e), fatal=True)
        if problem is None and (_unreachable(e) or (opening and isinstance(e, sa.exc.DBAPIError))):
            problem = DatabaseProblem(_one_line(e), fatal=False)
        todo += [e.__cause__, e.__context__, getattr(e, "orig", None)]
    return problem


def _unreachable(e: BaseException) -> bool:
    if isinstance(e, sa.exc.DBAPIError):
        return e.connection_invalidated or isinstance(e, sa.exc.OperationalError | sa.exc.InterfaceError)
    if isinstance(e, OSError):  # refused, reset, unknown host... raised by the driver itself
        return any(
            str(frame.f_globals.get("__name__", "")).startswith(_DRIVER_MODULES)
            for frame, _ in traceback.walk_tb(e.__traceback__)
        )
    return type(e).__module__.startswith("asyncpg") and type(e).__name__.endswith(
        ("ConnectionError", "ConnectionDoesNotExistError", "CannotConnectNowError", "InterfaceError")
    )


def _one_line(e: BaseException) -> str:
    if isinstance(e, sa.exc.DBAPIError) and e.orig is not None:
        e = e.orig  # without SQLAlchemy's "(driver.Class)" prefix and "Background on this error" line
    text = str(e).strip().splitlines()
    return text[0] if text else type(e).__name__


def safe_database_url(url: str) -> str:
    """The database URL as it may be shown: without its password."""
    try:
        return sa.make_url(url).render_as_string(hide_password=True)
    except sa.exc.ArgumentError:
        return "(the configured database)"


class _DatabaseJobErrors(logging.Filter):
    """A job that failed because the database is away logs one line, not a traceback: it is an
    operating condition (the job runs again on its schedule), not a bug."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        problem = database_problem(exc) if exc is not None else None
        if problem is not None:
            what = "the database cannot be written" if problem.fatal else "database unavailable"
            record.msg = f"{record.getMessage()}: {what}: {problem.reason}"
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
        problem = database_problem(event.exception) if event.exception is not None else None
        if problem is None or not problem.fatal or self.fatal is not None:
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
        # The index is a million long-lived objects: without this, every full garbage collection walks
        # them all, a pause of tens of milliseconds that lands on whatever ack is in flight.
        gc.freeze()

    async def warmed(self) -> None:
        """Wait until the search index is built (benchmarks start their clocks after it)."""
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
