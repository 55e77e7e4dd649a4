"""A running bot: services, the Bolt app, one transport (Socket Mode or HTTP) and the scheduler."""

from __future__ import annotations

import asyncio
import logging
from typing import Literal

from aiohttp import web
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp

from bot.app import create_app
from bot.scheduler import create_scheduler
from bot.services import Services

log = logging.getLogger(__name__)

Transport = Literal["socket", "http"]


class BotRuntime:
    def __init__(self, services: Services) -> None:
        self.services = services
        self.app: AsyncApp = create_app(services)
        self._runner: web.AppRunner | None = None
        self._socket: AsyncSocketModeHandler | None = None
        self._scheduler: AsyncIOScheduler | None = None
        self.http_url: str | None = None

    async def start(self, transport: Transport, *, host: str = "0.0.0.0", port: int = 3000,  # noqa: S104
                    schedule: bool = True) -> None:
        if transport == "socket":
            token = self.services.settings.slack_app_token
            assert token is not None
            self._socket = AsyncSocketModeHandler(self.app, token.get_secret_value())
            await self._socket.connect_async()  # type: ignore[no-untyped-call]
        else:
            self._runner = web.AppRunner(self.app.web_app(path="/slack/events"))
            await self._runner.setup()
            site = web.TCPSite(self._runner, host=host, port=port)
            await site.start()
            bound = self._runner.addresses[0]
            self.http_url = f"http://{'127.0.0.1' if host in ('0.0.0.0', '127.0.0.1') else host}:{bound[1]}/slack/events"  # noqa: S104
            log.info("listening for Slack requests on %s", self.http_url)
        if schedule:
            self._scheduler = create_scheduler(self.services)
            self._scheduler.start()

    async def stop(self) -> None:
        """Stop taking work, let running jobs finish, then close connections."""
        if self._scheduler is not None and self._scheduler.running:
            self._scheduler.shutdown(wait=False)
        if self._socket is not None:
            await self._socket.close_async()  # type: ignore[no-untyped-call]
            self._socket = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        await self.services.aclose()

    async def serve_forever(self, transport: Transport, *, port: int) -> None:
        await self.start(transport, port=port)
        try:
            await asyncio.Event().wait()
        finally:
            await self.stop()
