"""Benchmark: `/policy` under a steady open-loop load, against a bare Bolt app side by side.

    .venv/bin/python bench/slack.py [--rate 100] [--seconds 30] [--items 100000]

1. Stores `--items` synthetic items (about 30 % relevant and analysed) in a fresh SQLite database.
2. Starts three processes: the load generator (with the Slack stand-in, which serves auth.test and the
   response URLs), the real bot in HTTP mode on that database, and a bare Bolt app whose `/policy`
   listener only calls ack().
3. The generator sends signed `/policy` commands with varied queries to the bot at `--rate` per second
   and, interleaved, the same to the bare app, open loop: each request leaves on its schedule whether or
   not earlier ones were answered, so queueing shows in the figures. Ack = until the HTTP answer;
   response = until the bot's answer reaches the command's response_url.
4. Prints progress to stderr and, last, one JSON object on stdout.

Errors: a non-200 ack, no ack within Slack's 3 s, a missing answer, or an apology instead of one. Every
request goes to 127.0.0.1; the run is bounded by rate x seconds requests and a deadline.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiohttp
import sqlalchemy as sa

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.sandbox import payloads  # noqa: E402
from bot.sandbox.driver import _sign  # noqa: E402
from bot.sandbox.slack import SlackStandIn  # noqa: E402
from bot.sandbox.stories import synthetic_rows  # noqa: E402
from bot.store import Store  # noqa: E402
from bot.store.schema import items  # noqa: E402

SECRET = "bench-signing-secret"
ACK_DEADLINE_S = 3.0
RESPONSE_WAIT_S = 10.0
QUERIES = [
    "china ai", "visa", "us visa since:30d", "japan semiconductors", "quantum physicists", "travel", "germany ai",
    "export control", "talent programme", "india visa since:7d", "researchers universities", "korea chip engineers",
    "eu immigration", "canada", "france quantum since:2w", "singapore", "australia biotech", "status:proposed",
    "type:research_security china", "approval", "proposed points system", "aerospace engineers", "uk visa enacted",
    "telecom", "china since:24h", "help", "subscriptions", "sources",
]


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


# ---------------------------------------------------------------- the store


async def build_store(path: Path, n: int) -> int:
    store = await Store.open(f"sqlite+aiosqlite:///{path}")
    try:
        batch: list[dict[str, Any]] = []
        now = datetime.now(UTC)
        async with store.engine.begin() as conn:
            for row in synthetic_rows(n, now=now):
                batch.append(row)
                if len(batch) == 5000:
                    await conn.execute(sa.insert(items), batch)
                    batch = []
            if batch:
                await conn.execute(sa.insert(items), batch)
        return await store.count_items()
    finally:
        await store.close()


# ---------------------------------------------------------------- the three processes


async def run_bot(db: Path, api_url: str) -> None:
    from pydantic import SecretStr

    from bot.config import Settings
    from bot.runtime.process import BotRuntime
    from bot.runtime.services import build_services

    settings = Settings(
        _env_file=None, slack_bot_token=SecretStr("xoxb-sandbox"), slack_signing_secret=SecretStr(SECRET),  # type: ignore[call-arg]
        slack_api_url=api_url, policybot_database_url=f"sqlite+aiosqlite:///{db}",
    )
    services = await build_services(settings, sources=[], backfill=None)
    runtime = BotRuntime(services)
    started = time.perf_counter()
    await runtime.start("http", host="127.0.0.1", port=0, schedule=False)
    await runtime.warmed()  # the runtime builds the search index at start; traffic waits for it
    print(f"bot: index of {len(services.finder.entries)} relevant items built in "
          f"{time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    print(f"READY {runtime.http_url}", flush=True)
    await _until_stdin_closes()
    await runtime.stop()


async def run_bare(api_url: str) -> None:
    from aiohttp import web
    from slack_bolt.async_app import AsyncAck, AsyncApp
    from slack_sdk.web.async_client import AsyncWebClient

    app = AsyncApp(client=AsyncWebClient(token="xoxb-sandbox", base_url=api_url), signing_secret=SECRET)

    @app.command("/policy")
    async def policy(ack: AsyncAck) -> None:
        await ack()

    runner = web.AppRunner(app.web_app(path="/slack/events"), access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    print(f"READY http://127.0.0.1:{runner.addresses[0][1]}/slack/events", flush=True)
    await _until_stdin_closes()
    await runner.cleanup()


async def _until_stdin_closes() -> None:
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, sys.stdin.read)


async def run_generator(rate: float, seconds: float) -> None:
    async with SlackStandIn() as standin:
        print(f"READY {standin.api_url}", flush=True)
        line = await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
        _, bot_url, bare_url = line.split()
        result = await _load(standin, bot_url, bare_url, rate, seconds)
        print(json.dumps(result), flush=True)


async def _load(
    standin: SlackStandIn, bot_url: str, bare_url: str | None, rate: float, seconds: float
) -> dict[str, Any]:
    """Send the commands (to the bare app too, interleaved, unless `bare_url` is None) and wait for answers."""
    total = int(rate * seconds)
    interval = 1.0 / rate
    acks: dict[str, list[float]] = {"bot": [], "bare": []}
    sent_at: dict[str, float] = {}  # response url id -> time sent (bot only)
    errors: list[str] = []
    connector = aiohttp.TCPConnector(limit=0, force_close=False)
    timeout = aiohttp.ClientTimeout(total=ACK_DEADLINE_S)

    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:

        async def send(target: str, url: str, text: str, i: int) -> None:
            response_url = standin.new_response_url(channel_id="C0BENCH", user_id=f"U{i % 50:04d}")
            form = payloads.slash_command(text, response_url=response_url, channel_id=f"C0BENCH{i % 7}",
                                          user_id=f"U{i % 50:04d}")
            body = urllib.parse.urlencode(form).encode()
            ts = str(int(time.time()))
            headers = {"Content-Type": "application/x-www-form-urlencoded", "X-Slack-Request-Timestamp": ts,
                       "X-Slack-Signature": _sign(SECRET, ts, body)}
            started = time.time()
            if target == "bot":
                sent_at[response_url.rsplit("/", 1)[-1]] = started
            try:
                async with session.post(url, data=body, headers=headers) as response:
                    await response.read()
                    status = response.status
            except (TimeoutError, aiohttp.ClientError) as exc:
                errors.append(f"{target}: {type(exc).__name__}")
                return
            acks[target].append((time.time() - started) * 1000)
            if status != 200:
                errors.append(f"{target}: HTTP {status}")

        loop = asyncio.get_running_loop()
        tasks: list[asyncio.Task[None]] = []
        start = loop.time() + 0.2
        for i in range(total):
            text = QUERIES[i % len(QUERIES)]
            targets = [("bot", bot_url, 0.0)] + ([("bare", bare_url, interval / 2)] if bare_url else [])
            for target, url, offset in targets:
                delay = start + i * interval + offset - loop.time()
                if delay > 0:
                    await asyncio.sleep(delay)
                tasks.append(asyncio.create_task(send(target, url, text, i)))
        elapsed = loop.time() - start
        await asyncio.gather(*tasks)
        with contextlib.suppress(TimeoutError):  # a missing answer is counted as an error below
            await standin.wait_for(
                lambda: len({r.url_id for r in standin.responses} & set(sent_at)) >= len(sent_at),
                RESPONSE_WAIT_S, interval=0.05,
            )

    arrivals = {r.url_id: r for r in standin.responses}
    response_ms = []
    for url_id, sent in sent_at.items():
        answer = arrivals.get(url_id)
        if answer is None:
            errors.append("bot: no answer at the response URL")
        elif "went wrong" in str(answer.body.get("text", "")):
            errors.append("bot: apology instead of an answer")
        else:
            response_ms.append((answer.at - sent) * 1000)
    return {
        "requests": total, "rate_per_s": round(total / elapsed, 1) if elapsed else None,
        "ack_ms": acks["bot"], "bare_ack_ms": acks["bare"], "response_ms": response_ms, "errors": errors,
    }


# ---------------------------------------------------------------- orchestration


def _spawn(*args: str, script: str = __file__) -> subprocess.Popen[str]:
    """`script` (this benchmark by default) run with `args` in a child, stdin and stdout piped."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(  # noqa: S603 - our own interpreter and script
        [sys.executable, script, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env
    )


def _ready(proc: subprocess.Popen[str]) -> str:
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if not line.startswith("READY "):
        raise RuntimeError(f"a benchmark process failed to start: {line!r}")
    return line.split(" ", 1)[1].strip()


def _stop(procs: list[subprocess.Popen[str]]) -> None:
    """Close every child's stdin (their signal to finish), then wait for each; kill what does not exit."""
    for proc in procs:
        if proc.stdin is not None:
            with contextlib.suppress(BrokenPipeError):
                proc.stdin.close()
    for proc in procs:
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rate", type=float, default=100.0)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("role", nargs="?", default="main", choices=["main", "_bot", "_bare", "_generator"])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--api-url")
    args = parser.parse_args()
    if args.role == "_bot":
        asyncio.run(run_bot(args.db, args.api_url))
        return 0
    if args.role == "_bare":
        asyncio.run(run_bare(args.api_url))
        return 0
    if args.role == "_generator":
        asyncio.run(run_generator(args.rate, args.seconds))
        return 0
    if not 0 < args.rate <= 500 or not 0 < args.seconds <= 300:
        parser.error("--rate must be in (0, 500] and --seconds in (0, 300]: the run stays bounded")

    with tempfile.TemporaryDirectory(prefix="policybot-bench-") as tmp:
        db = Path(tmp) / "bench.db"
        started = time.perf_counter()
        stored = asyncio.run(build_store(db, args.items))
        print(f"stored {stored} items in {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
        generator = _spawn("_generator", "--rate", str(args.rate), "--seconds", str(args.seconds))
        procs = [generator]
        try:
            api_url = _ready(generator)
            bot = _spawn("_bot", "--db", str(db), "--api-url", api_url)
            bare = _spawn("_bare", "--api-url", api_url)
            procs += [bot, bare]
            bot_url, bare_url = _ready(bot), _ready(bare)
            print(f"sending {int(args.rate * args.seconds)} commands to each app at {args.rate:g}/s",
                  file=sys.stderr, flush=True)
            assert generator.stdin is not None and generator.stdout is not None
            generator.stdin.write(f"GO {bot_url} {bare_url}\n")
            generator.stdin.flush()
            raw = json.loads(generator.stdout.readline())
        finally:
            _stop(procs)
    errors = raw["errors"]
    if errors:
        print(f"errors ({len(errors)}): {sorted(set(errors))}", file=sys.stderr)
    result = {
        "items_stored": stored,
        "requests": raw["requests"],
        "rate_per_s": raw["rate_per_s"],
        "ack_p50_ms": round(statistics.median(raw["ack_ms"]), 1) if raw["ack_ms"] else None,
        "ack_p99_ms": round(percentile(raw["ack_ms"], 99), 1),
        "bare_bolt_ack_p99_ms": round(percentile(raw["bare_ack_ms"], 99), 1),
        "response_p50_ms": round(percentile(raw["response_ms"], 50), 1),
        "response_p95_ms": round(percentile(raw["response_ms"], 95), 1),
        "errors": len(errors),
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
