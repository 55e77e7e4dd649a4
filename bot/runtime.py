"""A running bot: services, the Bolt app, one transport (Socket Mode or HTTP) and the scheduler."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import signal
from typing import Literal

from aiohttp import web
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp

from bot.app import create_app
from bot.ops import SideServer, add_routes
from bot.scheduler import create_scheduler
from bot.scheduler import shutdown as shutdown_scheduler
from bot.services import Services

log = logging.getLogger(__name__)

Transport = Literal["socket", "http"]


class BotRuntime:
    def __init__(self, services: Services) -> None:
        self.services = services
        self.app: AsyncApp = create_app(services)
        self._runner: web.AppRunner | None = None
        self._socket: AsyncSocketModeHandler | None = None
        self._ops: SideServer | None = None  # Socket Mode's /healthz and /metrics server
        self._scheduler: AsyncIOScheduler | None = None
        self._warm: asyncio.Task[None] | None = None
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
            self._scheduler = create_scheduler(self.services)
            self._scheduler.start()
        # Build the /policy search index now rather than on the first command (seconds for 100,000 items).
        self._warm = asyncio.create_task(self._warm_up(), name="search-index-warm-up")

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
        """Run until SIGTERM or SIGINT, then stop cleanly: polls drained, connections closed."""
        stopping = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stopping.set)
        await self.start(transport, port=port)
        try:
            await stopping.wait()
            log.info("stopping on signal")
        finally:
            await self.stop()
            for sig in (signal.SIGTERM, signal.SIGINT):
                loop.remove_signal_handler(sig)
