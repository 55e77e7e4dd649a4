"""Benchmark: a 100,000-item feed beside a healthy source (issue 13). Do the healthy source's alerts arrive on
time, and do `/policy` acks stay under 1 s, while the bot works through the big feed?

    .venv/bin/python bench/flood.py [--items 100000] [--seconds 150] [--poll-seconds 10] [--publish-seconds 12]
        [--rate 20]

Three processes besides this one (started and stopped with bench/slack.py's helpers):

1. The feeds (role _feeds), each on a loopback address of its own (politeness is per host, and two sites are
   two hosts): the archive, one RSS body of `--items` relevant-looking items (talent-mobility stories, each
   with a programme name of its own), dated from 401 days back, ten minutes apart; and the healthy feed,
   which lists its newest 3 items and publishes a new one every `--publish-seconds`: real reports, a new
   story each time (see `healthy_articles`).
2. The Slack side (role _generator): the Slack stand-in (the bot is a member of the alert channel) and the
   load generator, which sends signed `/policy` commands at `--rate` a second, open loop, for `--seconds`
   (bench/slack.py's `_load`, without the bare app); then it waits `on_time_s` more for the last alerts.
3. The real bot (role _bot) in HTTP mode with its scheduler, on a fresh SQLite database, both sources polled
   every `--poll-seconds` (a fast clock: sources' intervals are minutes in the catalogue), the body cap
   raised to fit the archive (POLICYBOT_MAX_FEED_MB), flood control raised to 100 alerts a window so every
   healthy item gets an alert of its own (the archive's items are older than the backfill window: stored,
   analysed and placed in stories, never alerted).

Measured: for each healthy item published during the run, the time from when the feed first lists it to
when its alert is posted in the stand-in (the message's ts), p50 and max; an item is on time when that is
within `on_time_s` = one poll interval with its jitter (1.1 x `--poll-seconds`: the longest an item can wait
for the next poll) plus 5 s for fetching, analysing, routing and posting it. `/policy` acks p50/p99/max (the
goal: every one under 1 s), answers at the response URL, how many of the archive's items were stored and
analysed, the bot's peak RSS (and its worker processes'), and errors (WARNING or worse logged by the bot,
failed or slow acks, missing answers, healthy items late, never alerted or alerted twice), by kind. The last line printed is one JSON
object.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib.util
import json
import logging
import math
import multiprocessing
import re
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))  # scale_support
sys.path.insert(0, str(ROOT))

import sqlalchemy as sa  # noqa: E402
from aiohttp import web  # noqa: E402
from scale_support.feeds import address, story  # noqa: E402

from bot.sandbox.slack import SlackStandIn  # noqa: E402

_spec = importlib.util.spec_from_file_location("bench_slack", HERE / "slack.py")
assert _spec is not None and _spec.loader is not None
bench_slack = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_slack)

CHANNEL = "C0FLOOD"
ARCHIVE_HOST, HEALTHY_HOST = address(0), address(1)
ARCHIVE_NEWEST_DAYS = 401  # beyond the backfill window, and beyond the 400 days two reports of one story span
ARCHIVE_STEP = timedelta(minutes=10)
HEALTHY_LISTED = 3
HEALTHY_LINK = "https://healthy.example/h"
HEALTHY_TEXT_CHARS = 2000
JITTER = 0.1  # PollPolicy.jitter: the next poll is one interval away, give or take this share
WORK_ALLOWANCE_S = 5.0  # fetch, analyse, route and post one item, on a machine shared with the archive's work
ACK_GOAL_MS = 1000.0
_HEALTHY_RE = re.compile(re.escape(HEALTHY_LINK) + r"(-?\d+)")


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def on_time_s(poll_s: float) -> float:
    return round(poll_s * (1 + JITTER) + WORK_ALLOWANCE_S, 1)


# ---------------------------------------------------------------- the feeds


def _item(link: str, title: str, text: str, published: datetime) -> str:
    return (f"<item><guid>{link}</guid><title>{escape(title)}</title><link>{link}</link>"
            f"<pubDate>{format_datetime(published)}</pubDate><description>{escape(text)}</description></item>")


def _rss(name: str, entries: list[str]) -> bytes:
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>{name}</title><link>https://{name.lower()}.example/</link><description>News</description>"
            + "".join(entries) + "</channel></rss>").encode()


def archive_body(n: int, now: datetime) -> bytes:
    newest = now - timedelta(days=ARCHIVE_NEWEST_DAYS)
    far = now + timedelta(days=3650)
    entries = []
    for i in range(n):
        title, text, _ = story(i, far)
        entries.append(_item(f"https://archive.example/{i}", title, text, newest - i * ARCHIVE_STEP))
    return _rss("Archive", entries)


def healthy_articles(n: int) -> list[tuple[str, str]]:
    """(title, text) of `n` real reports (bench/data/real/dev.jsonl: English, about policy, one per labelled
    story) that the bot's own analysis finds relevant and tells apart, in file order: each healthy item is
    then a story of its own, with an alert of its own (two reports the analysis joined would make one alert
    and an update, and the benchmark would time clustering instead of scheduling)."""
    from bot.analysis.batch import BatchAnalyzer
    from bot.models import Article

    batch, now, seen, out = BatchAnalyzer(), datetime.now(UTC), set(), []
    for line in (HERE / "data" / "real" / "dev.jsonl").read_text().splitlines():
        row = json.loads(line)
        if row["language"] != "en" or not row["gold"]["relevant"] or row["gold"]["story"] in seen:
            continue
        seen.add(row["gold"]["story"])
        text = row["text"][:HEALTHY_TEXT_CHARS]
        record, _, _ = batch.analyze(Article(id=row["id"], title=row["title"], text=text, published=now, language="en"))
        if record.relevant and len(batch.members[record.cluster]) == 1:
            out.append((row["title"], text))
            if len(out) == n:
                return out
    raise SystemExit(f"only {len(out)} distinct healthy reports in the labelled set; ask for fewer")


def healthy_body(articles: list[tuple[str, str]], t0: float | None, publish_s: float, now: float) -> bytes:
    """The newest HEALTHY_LISTED items: three from an hour before the run, then one every `publish_s` from
    `t0` (item k is listed from t0 + (k + 1) x publish_s on)."""
    published = [(k, now - 3600 + k) for k in range(-HEALTHY_LISTED, 0)]
    if t0 is not None:
        published += [(k, t0 + (k + 1) * publish_s) for k in range(max(0, int((now - t0) / publish_s)))]
    entries = []
    for k, at in published[-HEALTHY_LISTED:][::-1]:
        title, text = articles[(k + HEALTHY_LISTED) % len(articles)]
        entries.append(_item(f"{HEALTHY_LINK}{k}", title, text, datetime.fromtimestamp(at, UTC)))
    return _rss("Healthy", entries)


async def run_feeds(items: int, publish_s: float, seconds: float) -> None:
    started = time.perf_counter()
    archive = archive_body(items, datetime.now(UTC))
    articles = healthy_articles(HEALTHY_LISTED + math.ceil(seconds / publish_s) + 1)
    log(f"feeds: archive of {items} items, {len(archive) / 2**20:.1f} MB, and {len(articles)} healthy reports, "
        f"built in {time.perf_counter() - started:.1f} s")
    state: dict[str, float | None] = {"t0": None}

    async def feed(request: web.Request) -> web.Response:
        host = (request.host or "").rsplit(":", 1)[0]
        body = archive if host == ARCHIVE_HOST else healthy_body(articles, state["t0"], publish_s, time.time())
        return web.Response(body=body, content_type="application/rss+xml")

    app = web.Application()
    app.router.add_get("/feed.xml", feed)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, ARCHIVE_HOST, 0).start()
    port = runner.addresses[0][1]
    await web.TCPSite(runner, HEALTHY_HOST, port).start()
    print(f"READY {port} {len(archive)}", flush=True)
    loop = asyncio.get_running_loop()
    line = await loop.run_in_executor(None, sys.stdin.readline)  # "GO <t0>": the healthy feed starts publishing
    if line.startswith("GO "):
        state["t0"] = float(line.split()[1])
        await loop.run_in_executor(None, sys.stdin.read)  # until the run is over
    await runner.cleanup()


# ---------------------------------------------------------------- the Slack side


async def run_generator(rate: float, seconds: float, tail_s: float) -> None:
    async with SlackStandIn(channels=[CHANNEL]) as standin:  # the bot is a member of its alert channel
        print(f"READY {standin.api_url}", flush=True)
        line = await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
        result = await bench_slack._load(standin, line.split()[1], None, rate, seconds)
        await asyncio.sleep(tail_s)  # the last healthy items' alerts
        alerts = []
        for message in standin.messages.get(CHANNEL, []):
            if message.get("thread_ts") not in (None, message["ts"]):
                continue  # an update note in an alert's thread
            found = {int(k) for k in _HEALTHY_RE.findall(json.dumps(message))}
            alerts.append({"ts": float(message["ts"]), "healthy": sorted(found)})
        result["alerts"] = alerts
        print(json.dumps(result), flush=True)


# ---------------------------------------------------------------- the bot


def peak_rss_kb(pid: int | str = "self") -> int:
    with open(f"/proc/{pid}/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))


def workers_peak_rss_mb() -> list[float]:
    """Peak RSS of the bot's worker processes (the big-feed reader's, the chart renderer's), largest first:
    a big body is parsed there, so that memory is the bot's too."""
    peaks = []
    for child in multiprocessing.active_children():
        with contextlib.suppress(OSError, StopIteration):
            peaks.append(round(peak_rss_kb(child.pid or 0) / 1024, 1))
    return sorted(peaks, reverse=True)


class _Warnings(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(f"{record.name}: {record.getMessage()}"[:300])


async def run_bot(db: Path, api_url: str, port: int, cap_mb: int, poll_s: float) -> None:
    from pydantic import SecretStr

    from bot.config import Settings
    from bot.models import SourceConfig
    from bot.runtime.process import BotRuntime
    from bot.runtime.services import build_services
    from bot.store.schema import items

    warnings = _Warnings()
    logging.getLogger("bot").addHandler(warnings)
    settings = Settings(
        _env_file=None, slack_bot_token=SecretStr("xoxb-sandbox"), slack_signing_secret=SecretStr(bench_slack.SECRET),  # type: ignore[call-arg]
        slack_api_url=api_url, policybot_database_url=f"sqlite+aiosqlite:///{db}",
        policybot_allow_private_sources=True, policybot_alert_channels=[CHANNEL], policybot_max_feed_mb=cap_mb,
        policybot_flood_limit=100, policybot_startup_spread_seconds=0,
    )
    sources = [
        # A fast clock: the catalogue counts intervals in whole minutes (model_copy does not validate).
        SourceConfig.model_validate({"id": sid, "name": sid.title(), "kind": "rss", "url": f"http://{host}:{port}/feed.xml",
                                     "interval_minutes": 1}).model_copy(update={"interval_minutes": poll_s / 60})
        for sid, host in (("archive", ARCHIVE_HOST), ("healthy", HEALTHY_HOST))
    ]
    services = await build_services(settings, sources=sources)
    runtime = BotRuntime(services)
    await runtime.start("http", host="127.0.0.1", port=0, schedule=True)
    await runtime.warmed()
    print(f"READY {runtime.http_url}", flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)  # "STOP"
    async with services.store.engine.connect() as conn:
        archive = items.c.source_id == "archive"
        stored = (await conn.execute(sa.select(sa.func.count()).where(archive))).scalar_one()
        analysed = (await conn.execute(
            sa.select(sa.func.count()).where(archive, items.c.analysis.is_not(None), items.c.pending.is_(None))
        )).scalar_one()
    states = await services.store.source_states()
    peak_kb = peak_rss_kb()
    report = {
        "archive_stored": stored, "archive_analysed": analysed, "peak_rss_mb": round(peak_kb / 1024, 1),
        "workers_peak_rss_mb": workers_peak_rss_mb(),
        "sources": {sid: {"polls": s.polls, "error_count": s.error_count, "last_error": s.last_error}
                    for sid, s in states.items()},
        "warnings": warnings.messages,
    }
    print(json.dumps(report), flush=True)
    await runtime.stop()


# ---------------------------------------------------------------- orchestration


def _spawn(*args: str) -> Any:
    return bench_slack._spawn(*args, script=__file__)


def summarise(raw: dict[str, Any], bot: dict[str, Any], t0: float, args: argparse.Namespace) -> dict[str, Any]:
    percentile = bench_slack.percentile
    bound = on_time_s(args.poll_seconds)
    # Healthy items published while commands were sent; the last ones' alerts had `bound` more to arrive.
    published = {k: t0 + (k + 1) * args.publish_seconds for k in range(int(args.seconds / args.publish_seconds))}
    seen: Counter[int] = Counter(k for alert in raw["alerts"] for k in alert["healthy"])
    first = {}
    for alert in sorted(raw["alerts"], key=lambda a: a["ts"]):
        for k in alert["healthy"]:
            first.setdefault(k, alert["ts"])
    latency = [first[k] - at for k, at in published.items() if k in first]
    missing = [k for k in published if k not in first]
    acks = raw["ack_ms"]
    kinds: Counter[str] = Counter()
    for error in raw["errors"]:  # from bench/slack.py's generator: no ack within 3 s, non-200, no answer
        kinds["no ack within 3 s" if "Timeout" in error else error] += 1
    kinds.update(f"bot logged: {w}" for w in bot["warnings"])
    kinds["healthy item never alerted"] += len(missing)
    kinds["healthy item alerted late"] += sum(1 for s in latency if s > bound)
    kinds["healthy item alerted twice"] += sum(1 for n in seen.values() if n > 1)
    kinds["ack of 1 s or more"] += sum(1 for ms in acks if ms >= ACK_GOAL_MS)
    errors = +kinds  # the kinds that happened
    for error, count in errors.most_common(10):
        log(f"errors: {count} x {error}")
    return {
        "archive_items": args.items,
        "archive_mb": round(args.archive_bytes / 2**20, 1),
        "archive_stored": bot["archive_stored"],
        "archive_analysed": bot["archive_analysed"],
        "archive_polls": bot["sources"]["archive"]["polls"],
        "healthy_published": len(published),
        "healthy_alerted": len(latency),
        "alert_latency_p50_s": round(percentile(latency, 50), 2) if latency else None,
        "alert_latency_max_s": round(max(latency), 2) if latency else None,
        "on_time_s": bound,
        "healthy_on_time": sum(1 for s in latency if s <= bound),
        "requests": raw["requests"],
        "rate_per_s": raw["rate_per_s"],
        "ack_p50_ms": round(percentile(acks, 50), 1) if acks else None,
        "ack_p99_ms": round(percentile(acks, 99), 1) if acks else None,
        "ack_max_ms": round(max(acks), 1) if acks else None,
        "response_p95_ms": round(percentile(raw["response_ms"], 95), 1) if raw["response_ms"] else None,
        "bot_peak_rss_mb": bot["peak_rss_mb"],
        "workers_peak_rss_mb": bot["workers_peak_rss_mb"],
        "errors": sum(errors.values()),
        "errors_by_kind": dict(errors.most_common(5)),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=150.0, help="how long commands are sent and items published")
    parser.add_argument("--poll-seconds", type=float, default=10.0, help="both sources' poll interval")
    parser.add_argument("--publish-seconds", type=float, default=12.0, help="a new healthy item every this many seconds")
    parser.add_argument("--rate", type=float, default=20.0, help="/policy commands a second")
    parser.add_argument("role", nargs="?", default="main", choices=["main", "_feeds", "_generator", "_bot"])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--api-url")
    parser.add_argument("--port", type=int)
    parser.add_argument("--cap-mb", type=int)
    args = parser.parse_args()
    if args.role == "_feeds":
        asyncio.run(run_feeds(args.items, args.publish_seconds, args.seconds))
        return 0
    if args.role == "_generator":
        asyncio.run(run_generator(args.rate, args.seconds, on_time_s(args.poll_seconds)))
        return 0
    if args.role == "_bot":
        asyncio.run(run_bot(args.db, args.api_url, args.port, args.cap_mb, args.poll_seconds))
        return 0
    if not (1 <= args.items <= 1_000_000 and 0 < args.seconds <= 300 and 0 < args.rate <= 200
            and args.poll_seconds >= 1 and args.publish_seconds >= 1):
        parser.error("out of range: --items 1..1,000,000, --seconds (0, 300], --rate (0, 200], intervals >= 1 s")

    common = ("--seconds", str(args.seconds), "--poll-seconds", str(args.poll_seconds),
              "--publish-seconds", str(args.publish_seconds))
    with tempfile.TemporaryDirectory(prefix="policybot-flood-") as tmp:
        feeds = _spawn("_feeds", "--items", str(args.items), *common)
        procs = [feeds]
        try:
            port, size = bench_slack._ready(feeds).split()
            args.archive_bytes = int(size)
            generator = _spawn("_generator", "--rate", str(args.rate), *common)
            procs.append(generator)
            api_url = bench_slack._ready(generator)
            cap_mb = math.ceil(args.archive_bytes / 2**20) + 1  # what an operator would set for this source
            bot = _spawn("_bot", "--db", str(Path(tmp) / "flood.db"), "--api-url", api_url, "--port", port,
                         "--cap-mb", str(cap_mb), *common)
            procs.append(bot)
            bot_url = bench_slack._ready(bot)
            log(f"bot ready (POLICYBOT_MAX_FEED_MB={cap_mb}); {args.rate:g} commands a second for {args.seconds:g} s, "
                f"a healthy item every {args.publish_seconds:g} s, polls every {args.poll_seconds:g} s")
            t0 = time.time()
            for proc, line in ((feeds, f"GO {t0}\n"), (generator, f"GO {bot_url}\n")):
                assert proc.stdin is not None
                proc.stdin.write(line)
                proc.stdin.flush()
            assert generator.stdout is not None and bot.stdin is not None and bot.stdout is not None
            raw = json.loads(generator.stdout.readline())
            bot.stdin.write("STOP\n")
            bot.stdin.flush()
            report = json.loads(bot.stdout.readline())
        finally:
            bench_slack._stop(procs)
    result = summarise(raw, report, t0, args)
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
