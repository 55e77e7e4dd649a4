"""Hostile bodies from a real local server, through the production fetcher and `policybot sources test`:
compression bombs, stacked encodings, absurd Retry-After values, JSON nested 100,000 deep, invalid UTF-8.
Each ends with one clear line and no traceback, and the process stays small (issue 13)."""

from __future__ import annotations

import asyncio
import gzip
import json
import os
import re
import struct
import sys
import zlib
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import web

from bot.errors import BodyTooLargeError, FetchError
from bot.models import SourceConfig
from bot.sandbox.processes import run_policybot
from bot.sources.decode import BoundedDecoder
from bot.sources.fetch import Fetcher, parse_retry_after
from bot.sources.parse import parse_source

CONTACT = "mailto:tests@example.org"
_PYTHON_ENV = {k: v for k, v in os.environ.items() if k in ("VIRTUAL_ENV", "PYTHONPATH", "OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")}
# Runs the real CLI and prints its own peak RSS (VmHWM, KiB) on stderr, however it ends. Not ru_maxrss:
# Linux carries that over from the parent through fork and exec, so it would count the test runner.
MEASURED_CLI = (
    "import re, sys\n"
    "from bot.cli.main import main\n"
    "try:\n    code = main(sys.argv[1:])\n"
    "finally:\n"
    "    hwm = re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1)\n"
    "    print(f'MAXRSS_KB={hwm}', file=sys.stderr)\n"
    "sys.exit(code)\n"
)
GIB = 1 << 30
FEED = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        b"<item><title>Visa rule</title><link>https://x.example/a</link></item></channel></rss>")


def gzip_of_zeros(size: int) -> bytes:
    """A valid gzip member that inflates to `size` zero bytes, built fast: one fully-flushed deflate
    block of 1 MiB of zeros is independent of what came before, so it can be repeated."""
    mib = 1 << 20
    block = zlib.compressobj(9, zlib.DEFLATED, -15)
    piece = block.compress(b"\0" * mib) + block.flush(zlib.Z_FULL_FLUSH)
    end = zlib.compressobj(9, zlib.DEFLATED, -15).flush()  # an empty final block
    crc = 0
    chunk = b"\0" * mib
    for _ in range(size // mib):
        crc = zlib.crc32(chunk, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"
    return header + piece * (size // mib) + end + struct.pack("<II", crc, size & 0xFFFFFFFF)


# 60,000 items in one feed, just under the 5 MB cap: every one parsed, none of them may cost the process.
MANY_ITEMS = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
    + b"".join(b"<item><title>Visa rule %d</title><link>https://x.example/%d</link></item>" % (i, i) for i in range(60_000))
    + b"</channel></rss>"
)


@pytest.fixture(scope="module")
def bomb() -> bytes:
    body = gzip_of_zeros(GIB)
    assert len(body) < 2 * 1024 * 1024  # about a megabyte on the wire
    return body


class Hostile:
    def __init__(self, bomb: bytes) -> None:
        self.bomb = bomb
        self.runner: web.AppRunner | None = None
        self.base = ""

    async def handle(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"]
        if name == "stacked":
            body = gzip.compress(gzip.compress(b"\0" * (64 << 20)))
            return web.Response(body=body, headers={"Content-Encoding": "gzip, gzip", "Content-Type": "application/rss+xml"})
        if name == "bomb":
            return web.Response(body=self.bomb, headers={"Content-Encoding": "gzip", "Content-Type": "application/rss+xml"})
        if name == "brotli":
            return web.Response(body=b"xx", headers={"Content-Encoding": "br", "Content-Type": "application/rss+xml"})
        if name == "retry":
            return web.Response(status=429, headers={"Retry-After": "9" * 400})
        if name == "deep":
            return web.Response(body=b"[" * 100_000 + b"]" * 100_000, content_type="application/feed+json")
        if name == "badutf8":
            doc = {"version": "https://jsonfeed.org/version/1.1", "title": "T",
                   "items": [{"id": "1", "url": "https://x.example/1", "title": "Visa rule ZZZ", "content_text": "ok"}]}
            body = json.dumps(doc).encode().replace(b"ZZZ", b"\xff\xfe")
            return web.Response(body=body, content_type="application/feed+json")
        if name == "many":
            return web.Response(body=MANY_ITEMS, content_type="application/rss+xml")
        if name == "gzip-ok":
            return web.Response(body=gzip.compress(FEED), headers={"Content-Encoding": "gzip", "Content-Type": "application/rss+xml"})
        raise web.HTTPNotFound()

    async def __aenter__(self) -> Hostile:
        app = web.Application()
        app.router.add_get("/{name}", self.handle)
        self.runner = web.AppRunner(app, access_log=None)
        await self.runner.setup()
        await web.TCPSite(self.runner, "127.0.0.1", 0).start()
        self.base = f"http://127.0.0.1:{self.runner.addresses[0][1]}"
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self.runner is not None
        await self.runner.cleanup()


@pytest.fixture
async def hostile(bomb: bytes) -> AsyncIterator[Hostile]:
    async with Hostile(bomb) as server:
        yield server


async def test_the_fetcher_stops_bombs_at_the_cap_and_refuses_stacked_encodings(hostile: Hostile) -> None:
    async with Fetcher(allow_private=True, contact=CONTACT, max_bytes=5 << 20) as fetcher:
        with pytest.raises(BodyTooLargeError, match="body larger than 5 MB"):
            await fetcher.fetch(f"{hostile.base}/bomb")
        with pytest.raises(FetchError, match="unsupported Content-Encoding 'gzip, gzip'.*one layer"):
            await fetcher.fetch(f"{hostile.base}/stacked")
        with pytest.raises(FetchError, match="unsupported Content-Encoding 'br'"):
            await fetcher.fetch(f"{hostile.base}/brotli")
        ok = await fetcher.fetch(f"{hostile.base}/gzip-ok")
    assert ok.body == FEED


def test_the_decoder_never_holds_more_than_the_cap() -> None:
    decoder = BoundedDecoder("gzip", 1 << 20, host="h")
    out = decoder.feed(gzip.compress(b"a" * 1000))
    assert out == b"a" * 1000
    bomb = gzip_of_zeros(64 << 20)
    decoder = BoundedDecoder("gzip", 1 << 20, host="h")
    produced = 0
    with pytest.raises(Exception) as info:
        for i in range(0, len(bomb), 4096):
            produced += len(decoder.feed(bomb[i:i + 4096]))
    assert type(info.value).__name__ == "BodyCapExceeded"
    assert produced <= 1 << 20
    raw = zlib.compressobj(6, zlib.DEFLATED, -15)
    assert BoundedDecoder("deflate", 100, host="h").feed(raw.compress(b"xyz") + raw.flush()) == b"xyz"
    assert BoundedDecoder("deflate", 100, host="h").feed(zlib.compress(b"xyz")) == b"xyz"


def test_absurd_retry_after_is_capped_not_infinite() -> None:
    assert parse_retry_after("9" * 400) == 86400.0
    assert parse_retry_after("Fri, 31 Dec 9999 23:59:59 GMT") == 86400.0


def test_deep_json_and_invalid_utf8_do_not_escape_as_exceptions() -> None:
    source = SourceConfig(id="s", name="S", url="https://x.example/feed.json", kind="json-feed")  # type: ignore[arg-type]
    with pytest.raises(FetchError, match="nested too deeply"):
        parse_source(b"[" * 100_000 + b"]" * 100_000, source, content_type="application/feed+json")
    api = SourceConfig(id="a", name="A", url="https://x.example/api", kind="json-api", adapter="federal_register")  # type: ignore[arg-type]
    with pytest.raises(FetchError, match="nested too deeply"):
        parse_source(b'{"results": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", api)


async def _measured_sources_test(url: str, tmp_path: Path) -> tuple[int | None, str, str, int]:
    """`policybot sources test URL` in a child that reports its own peak memory (KiB) when it ends."""
    # Only what the command needs: the measurement must not depend on what earlier tests left in os.environ.
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(tmp_path), "POLICYBOT_ALLOW_PRIVATE_SOURCES": "true",
           "POLICYBOT_DATA_DIR": str(tmp_path), **_PYTHON_ENV}
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", MEASURED_CLI, "sources", "test", url, env=env, cwd=tmp_path,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    raw_out, raw_err = await asyncio.wait_for(proc.communicate(), 120)
    out, err = raw_out.decode(), raw_err.decode()
    (peak,) = [int(line.split("=")[1]) for line in err.splitlines() if line.startswith("MAXRSS_KB=")]
    return proc.returncode, out, err, peak


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("bomb", "body larger than 5 MB"),
        ("stacked", "unsupported Content-Encoding 'gzip, gzip'"),
        ("retry", "HTTP 429 from 127.0.0.1 (retry after 86400 s)"),
        ("deep", "nested too deeply"),
    ],
)
async def test_policybot_sources_test_ends_with_one_clear_line(
    hostile: Hostile, tmp_path: Path, name: str, expected: str
) -> None:
    code, out, err, peak = await _measured_sources_test(f"{hostile.base}/{name}", tmp_path)
    assert code == 1, (out, err)
    assert "Traceback" not in out + err
    (error_line,) = [line for line in out.splitlines() if line.startswith("error:")]
    assert expected in error_line
    assert peak < 300 * 1024, f"peak RSS {peak // 1024} MB"


async def test_a_60000_item_feed_is_read_by_sources_test_in_bounded_memory(hostile: Hostile, tmp_path: Path) -> None:
    assert len(MANY_ITEMS) < 5 << 20
    code, out, err, peak = await _measured_sources_test(f"{hostile.base}/many", tmp_path)
    assert code == 0, (out, err)
    assert "Traceback" not in out + err
    assert re.search(r"^items:\s+60000$", out, re.M) and "and 59980 more" in out, out  # a summary, not 60,000 lines
    assert peak < 300 * 1024, f"peak RSS {peak // 1024} MB"


async def test_invalid_utf8_costs_characters_not_the_feed(hostile: Hostile, tmp_path: Path) -> None:
    env = {**os.environ, "POLICYBOT_ALLOW_PRIVATE_SOURCES": "true", "POLICYBOT_DATA_DIR": str(tmp_path)}
    code, out, err = await run_policybot("sources", "test", f"{hostile.base}/badutf8", "--json", env=env, cwd=tmp_path)
    assert code == 0, (out, err)
    (item,) = json.loads(out)["items"]
    assert item["title"].startswith("Visa rule")
