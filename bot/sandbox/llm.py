"""A local stand-in for an OpenAI-compatible chat-completions endpoint (`POST {url}/chat/completions`).

It answers every request with `content` (JSON-encoded unless it is a string) after `delay` seconds, or
HTTP 500 while `fail` is set, and records each request's JSON body and headers. Tests change these
attributes between calls to play a valid model, a broken one or a slow one.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any, Self

from aiohttp import web


@dataclass
class FakeLLM:
    content: Any = None
    delay: float = 0.0
    fail: bool = False
    requests: list[dict[str, Any]] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)
    url: str = ""  # the base URL (…/v1) once started: LLM_BASE_URL
    _runner: web.AppRunner | None = field(default=None, repr=False)

    async def _completions(self, request: web.Request) -> web.Response:
        self.requests.append(await request.json())
        self.headers.append(dict(request.headers))
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.fail:
            return web.Response(status=500, text="upstream exploded")
        content = self.content if isinstance(self.content, str) else json.dumps(self.content)
        return web.json_response({"choices": [{"message": {"role": "assistant", "content": content}}]})

    async def __aenter__(self) -> Self:
        app = web.Application()
        app.router.add_post("/v1/chat/completions", self._completions)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.url = f"http://127.0.0.1:{self._runner.addresses[0][1]}/v1"
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
