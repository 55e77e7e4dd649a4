"""The benchmark's feed server: N feeds on 127.0.0.1, each response delayed 50-300 ms.

Run in its own process (`python -m poll_support.feed_server` from bench/), so that serving does not
share the benchmark's event loop or GIL. Prints `READY <port>` when listening. Honours If-None-Match
(strong ETags). GET /_stats returns the latencies and bytes served since the last POST /_stats/reset.
Stops by itself after --lifetime seconds, whatever happens to its parent.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import random
import sys
from pathlib import Path

from aiohttp import web

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # bench/ on the path for poll_support
from poll_support.feedgen import feed_body

MIN_LATENCY_S = 0.05
MAX_LATENCY_S = 0.30


class Stats:
    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.responses = 0
        self.not_modified = 0
        self.latency_sum = 0.0
        self.bytes_sent = 0

    def as_dict(self) -> dict[str, float]:
        return {"responses": self.responses, "not_modified": self.not_modified,
                "latency_sum": self.latency_sum, "bytes_sent": self.bytes_sent}


def _wire_size(status: int, headers: dict[str, str], body: bytes) -> int:
    """Bytes on the wire: status line, headers, blank line, body (no compression)."""
    head = len(f"HTTP/1.1 {status} X\r\n") + sum(len(k) + len(v) + 4 for k, v in headers.items()) + 2
    return head + len(body)


def build_app(count: int, seed: int) -> web.Application:
    bodies = [feed_body(i, seed=seed) for i in range(count)]
    etags = ['"' + hashlib.sha256(b).hexdigest()[:32] + '"' for b in bodies]
    rng = random.Random(seed)
    stats = Stats()

    async def feed(request: web.Request) -> web.StreamResponse:
        try:
            index = int(request.match_info["n"])
            body, etag = bodies[index], etags[index]
        except (ValueError, IndexError):
            raise web.HTTPNotFound() from None
        latency = rng.uniform(MIN_LATENCY_S, MAX_LATENCY_S)
        await asyncio.sleep(latency)
        stats.responses += 1
        stats.latency_sum += latency
        fixed = {"ETag": etag, "Last-Modified": "Sat, 28 Nov 2026 08:00:00 GMT", "Server": "bench",
                 "Date": "Sat, 28 Nov 2026 08:00:00 GMT"}
        if request.headers.get("If-None-Match") == etag:
            stats.not_modified += 1
            stats.bytes_sent += _wire_size(304, fixed, b"")
            return web.Response(status=304, headers=fixed)
        headers = fixed | {"Content-Type": "application/rss+xml; charset=utf-8", "Content-Length": str(len(body))}
        stats.bytes_sent += _wire_size(200, headers, body)
        return web.Response(body=body, headers=fixed | {"Content-Type": "application/rss+xml; charset=utf-8"})

    async def get_stats(request: web.Request) -> web.StreamResponse:
        return web.json_response(stats.as_dict())

    async def reset_stats(request: web.Request) -> web.StreamResponse:
        stats.reset()
        return web.json_response({"ok": True})

    app = web.Application()
    app.router.add_get("/feed/{n}.xml", feed)
    app.router.add_get("/_stats", get_stats)
    app.router.add_post("/_stats/reset", reset_stats)
    return app


async def serve(count: int, seed: int, lifetime: float) -> None:
    runner = web.AppRunner(build_app(count, seed), access_log=None, shutdown_timeout=1.0)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0, backlog=1024)
    await site.start()
    print(f"READY {runner.addresses[0][1]}", flush=True)
    try:
        await asyncio.sleep(lifetime)  # the server never outlives a forgotten benchmark for long
    finally:
        await runner.cleanup()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--lifetime", type=float, default=1800.0)
    args = parser.parse_args()
    asyncio.run(serve(args.feeds, args.seed, args.lifetime))


if __name__ == "__main__":
    main()
