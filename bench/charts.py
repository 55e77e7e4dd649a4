"""Benchmark: chart render time, and `/policy` acks while weekly briefs render for many channels.

    .venv/bin/python bench/charts.py [--channels 100] [--rate 20] [--seconds 60] [--items 20000]

1. Stores `--items` synthetic items (about 30 % relevant, one story each, ten minutes apart) in a fresh
   SQLite database.
2. Gives each of `--channels` channels its own weekly subscription ("china type:visa", "japan topic:ai", ...)
   made before the brief's slot, which has just passed. Starts three processes, as bench/slack.py does: the
   load generator with the Slack stand-in, the real bot in HTTP mode, and a bare Bolt app whose `/policy`
   listener only calls ack().
3. The bot starts one delivery run, which renders and uploads a brief with its chart for every channel
   (files upload v2 against the stand-in); meanwhile the generator sends signed `/policy` commands to the
   bot and, interleaved, to the bare app at `--rate` per second, open loop.
4. Render time: render_p50/p95 are each channel's chart rendered by itself, one after another, in this
   process before the run; worker_render_p50/p95 are the same charts rendered by the bot's (lower-priority)
   render worker during the run, competing with everything else. Ack = until the HTTP answer, counting only
   commands sent while the briefs were being rendered and posted.
Prints progress to stderr and, last, one JSON object on stdout: render_p50_ms, render_p95_ms, ack_p99_ms,
bare_bolt_ack_p99_ms, channels (plus the counts behind them).
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
import urllib.parse
from datetime import UTC, datetime, timedelta
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
from bot.store.schema import clusters, items  # noqa: E402

_spec = importlib.util.spec_from_file_location("bench_slack", ROOT / "bench" / "slack.py")
assert _spec is not None and _spec.loader is not None
bench_slack = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_slack)

SECRET = bench_slack.SECRET
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
QUERIES = ["china ai", "visa", "us visa since:30d", "japan semiconductors", "help", "subscriptions", "canada"]


PLACES = ("china", "us", "uk", "japan", "germany", "india", "canada", "australia", "korea", "france", "singapore", "eu")
KINDS = ("type:visa", "type:travel_restriction", "type:talent_program", "type:research_security",
         "type:export_control", "type:immigration")
TOPICS = ("", " topic:ai", " topic:semiconductors", " topic:quantum")
CHANNEL_QUERIES = [f"{p} {k}{t}" for t in TOPICS for k in KINDS for p in PLACES] + [f"{p}{t}" for t in TOPICS for p in PLACES]


async def build_store(path: Path, n: int, channels: int) -> int:
    store = await Store.open(f"sqlite+aiosqlite:///{path}")
    try:
        now = datetime.now(UTC)
        rows = list(synthetic_rows(n, now=now))
        stories = [{"id": r["id"], "key": f"c{r['id']}", "features": {}, "lead_item_id": r["id"],
                    "created_at": r["first_seen"], "updated_at": r["first_seen"]} for r in rows if r["relevant"]]
        for row in rows:
            row["cluster_id"] = row["id"] if row["relevant"] else None
        async with store.engine.begin() as conn:
            for start in range(0, len(stories), 5000):
                await conn.execute(sa.insert(clusters), stories[start : start + 5000])
            for start in range(0, len(rows), 5000):
                await conn.execute(sa.insert(items), rows[start : start + 5000])
        # Each channel has its own weekly subscription (made before the slot), so each brief is its own chart.
        slot = now.replace(minute=0, second=0, microsecond=0)
        for n, query in enumerate(CHANNEL_QUERIES[:channels]):
            await store.add_subscription(f"C0BRIEF{n:03d}", query, "U0BENCH", now=slot - timedelta(days=1), mode="weekly")
        return len(stories)
    finally:
        await store.close()


async def run_bot(db: Path, api_url: str, channels: int) -> None:
    from pydantic import SecretStr

    from bot.config import Settings
    from bot.runtime.process import BotRuntime
    from bot.runtime.services import build_services

    now = datetime.now(UTC)
    settings = Settings(
        _env_file=None, slack_bot_token=SecretStr("xoxb-sandbox"), slack_signing_secret=SecretStr(SECRET),  # type: ignore[call-arg]
        slack_api_url=api_url, policybot_database_url=f"sqlite+aiosqlite:///{db}",
        policybot_weekly_brief_day=DAYS[now.weekday()], policybot_weekly_brief_hour=now.hour,
    )
    services = await build_services(settings, sources=[], backfill=None, min_post_interval=0.0)
    runtime = BotRuntime(services)
    await runtime.start("http", host="127.0.0.1", port=0, schedule=False)
    await runtime.warmed()
    print(f"READY {runtime.http_url}", flush=True)
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, sys.stdin.readline)  # GO
    started = time.time()
    report = await services.deliverer.deliver_due()
    finished = time.time()
    renders = list(services.charts.render_ms)
    rows = await services.store.briefs()
    errors = sorted({str(r.last_error) for r in rows if r.state != "posted"})
    print(json.dumps({"briefs": report.briefs, "renders_ms": renders, "start": started, "end": finished,
                      "not_posted": len([r for r in rows if r.state != "posted"]), "brief_errors": errors}), flush=True)
    await loop.run_in_executor(None, sys.stdin.read)
    await runtime.stop()


async def run_generator(rate: float, seconds: float) -> None:
    # The bot was invited to every brief channel (the stand-in refuses posts elsewhere, as Slack does).
    invited = [f"C0BRIEF{n:03d}" for n in range(len(CHANNEL_QUERIES))] + ["C0BENCH"]
    async with SlackStandIn(channels=invited) as standin:
        print(f"READY {standin.api_url}", flush=True)
        line = await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
        _, bot_url, bare_url = line.split()
        result = await _load(standin, bot_url, bare_url, rate, seconds)
        result["uploaded"] = len(standin.uploads.stored())
        print(json.dumps(result), flush=True)


async def _load(standin: SlackStandIn, bot_url: str, bare_url: str, rate: float, seconds: float) -> dict[str, Any]:
    acks: dict[str, list[tuple[float, float]]] = {"bot": [], "bare": []}  # (sent at, ack ms)
    errors: list[str] = []
    timeout = aiohttp.ClientTimeout(total=bench_slack.ACK_DEADLINE_S)
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0), timeout=timeout) as session:

        async def send(target: str, url: str, text: str, i: int) -> None:
            response_url = standin.new_response_url(channel_id="C0BENCH", user_id=f"U{i % 50:04d}")
            form = payloads.slash_command(text, response_url=response_url, channel_id="C0BENCH",
                                          user_id=f"U{i % 50:04d}")
            body = urllib.parse.urlencode(form).encode()
            ts = str(int(time.time()))
            headers = {"Content-Type": "application/x-www-form-urlencoded", "X-Slack-Request-Timestamp": ts,
                       "X-Slack-Signature": _sign(SECRET, ts, body)}
            started = time.time()
            try:
                async with session.post(url, data=body, headers=headers) as response:
                    await response.read()
                    if response.status != 200:
                        errors.append(f"{target}: HTTP {response.status}")
            except (TimeoutError, aiohttp.ClientError) as exc:
                errors.append(f"{target}: {type(exc).__name__}")
                return
            acks[target].append((started, (time.time() - started) * 1000))

        loop = asyncio.get_running_loop()
        interval, tasks = 1.0 / rate, []
        start = loop.time() + 0.1
        for i in range(int(rate * seconds)):
            for target, url, offset in (("bot", bot_url, 0.0), ("bare", bare_url, interval / 2)):
                delay = start + i * interval + offset - loop.time()
                if delay > 0:
                    await asyncio.sleep(delay)
                tasks.append(asyncio.create_task(send(target, url, QUERIES[i % len(QUERIES)], i)))
        await asyncio.gather(*tasks)
    return {"acks": acks, "errors": errors}


async def standalone_renders(db: Path, channels: int) -> list[float]:
    """Each channel's chart rendered once more here, one after another with nothing else running in this
    process (after one warm-up render): the cost of a chart by itself."""
    from slack_sdk.web.async_client import AsyncWebClient

    from bot.trends.chart import timed_render
    from bot.trends.counts import next_monday
    from bot.trends.service import Charts, describe

    store = await Store.open(f"sqlite+aiosqlite:///{db}")
    try:
        charts = Charts(store, AsyncWebClient(token="xoxb-unused"), lambda: datetime.now(UTC))
        end = next_monday(datetime.now(UTC))
        times = []
        for n, query in enumerate(CHANNEL_QUERIES[:channels]):
            series, _ = await charts.series([query], end)
            png, ms = timed_render(series, describe([query]))
            if png is not None and n:  # the first one warms up (imports, font cache)
                times.append(ms)
        return times
    finally:
        await store.close()


def _spawn(*args: str) -> subprocess.Popen[str]:
    return bench_slack._spawn(*args, script=__file__)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--channels", type=int, default=100)
    parser.add_argument("--rate", type=float, default=20.0)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--items", type=int, default=20_000)
    parser.add_argument("role", nargs="?", default="main", choices=["main", "_bot", "_bare", "_generator"])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--api-url")
    args = parser.parse_args()
    if args.role == "_bot":
        asyncio.run(run_bot(args.db, args.api_url, args.channels))
        return 0
    if args.role == "_bare":
        asyncio.run(bench_slack.run_bare(args.api_url))
        return 0
    if args.role == "_generator":
        asyncio.run(run_generator(args.rate, args.seconds))
        return 0
    if not 0 < args.rate <= 500 or not 0 < args.seconds <= 300 or not 0 < args.channels <= len(CHANNEL_QUERIES):
        parser.error(f"--rate in (0, 500], --seconds in (0, 300], --channels in (0, {len(CHANNEL_QUERIES)}]: "
                     "the run stays bounded")

    with tempfile.TemporaryDirectory(prefix="policybot-bench-charts-") as tmp:
        db = Path(tmp) / "bench.db"
        stories = asyncio.run(build_store(db, args.items, args.channels))
        print(f"stored {args.items} items, {stories} stories", file=sys.stderr, flush=True)
        alone = asyncio.run(standalone_renders(db, args.channels))
        generator = _spawn("_generator", "--rate", str(args.rate), "--seconds", str(args.seconds))
        procs = [generator]
        try:
            api_url = bench_slack._ready(generator)
            bot = _spawn("_bot", "--db", str(db), "--api-url", api_url, "--channels", str(args.channels))
            bare = _spawn("_bare", "--api-url", api_url)
            procs += [bot, bare]
            bot_url, bare_url = bench_slack._ready(bot), bench_slack._ready(bare)
            assert generator.stdin and generator.stdout and bot.stdin and bot.stdout
            print(f"briefs for {args.channels} channels while sending {int(args.rate * args.seconds)} commands "
                  f"to each app at {args.rate:g}/s", file=sys.stderr, flush=True)
            generator.stdin.write(f"GO {bot_url} {bare_url}\n")
            generator.stdin.flush()
            time.sleep(1.0)  # the load is running before the briefs start
            bot.stdin.write("GO\n")
            bot.stdin.flush()
            briefs = json.loads(bot.stdout.readline())
            raw = json.loads(generator.stdout.readline())
        finally:
            bench_slack._stop(procs)
    during = [(sent, ms) for sent, ms in raw["acks"]["bot"] if briefs["start"] <= sent <= briefs["end"]]
    bare = [(sent, ms) for sent, ms in raw["acks"]["bare"] if briefs["start"] <= sent <= briefs["end"]]
    if briefs["brief_errors"]:
        print(f"briefs not posted ({briefs['not_posted']}): {briefs['brief_errors'][:5]}", file=sys.stderr)
    if raw["errors"]:
        print(f"errors ({len(raw['errors'])}): {sorted(set(raw['errors']))}", file=sys.stderr)
    if briefs["end"] > briefs["start"] + args.seconds:
        print("the briefs outlasted the load: raise --seconds to measure acks over all of them", file=sys.stderr)
    renders = briefs["renders_ms"]
    for name, acks in (("bot", during), ("bare", bare)):
        worst = sorted(ms for _, ms in acks)[-8:]
        print(f"{name}: ack p50 {bench_slack.percentile([ms for _, ms in acks], 50):.1f} ms, slowest "
              + ", ".join(f"{ms:.0f}" for ms in worst), file=sys.stderr)
    result = {
        "briefs_posted": briefs["briefs"], "briefs_s": round(briefs["end"] - briefs["start"], 1),
        "charts_uploaded": raw["uploaded"], "renders": len(renders),
        "acks_during_briefs": len(during), "errors": len(raw["errors"]),
        "render_p50_ms": round(bench_slack.percentile(alone, 50), 1),
        "render_p95_ms": round(bench_slack.percentile(alone, 95), 1),
        "worker_render_p50_ms": round(bench_slack.percentile(renders, 50), 1),
        "worker_render_p95_ms": round(bench_slack.percentile(renders, 95), 1),
        "ack_p99_ms": round(bench_slack.percentile([ms for _, ms in during], 99), 1),
        "bare_bolt_ack_p99_ms": round(bench_slack.percentile([ms for _, ms in bare], 99), 1),
        "channels": args.channels,
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
