"""Soak benchmark: one long-lived bot process, many cycles of changing feeds, retention inside the run.

    .venv/bin/python bench/soak.py [--cycles 300] [--feeds 25] [--per-cycle 1] [--stories 2] [--step-days 12]
        [--database-url sqlite+aiosqlite:////tmp/soak.db] [--search-items 20000]

Two processes. The world (this script with --role world): F feeds, each on a loopback address of its own,
each publishing N new items a cycle (85 % about talent-mobility policy, each a story of its own with a
made-up programme name; the rest unrelated news; now and then one feed carries the previous cycle's
story of another, which joins that story and brings an update note), listing the last FEED_CYCLES cycles'
items; and the local Slack stand-in. The bot (this process): the project's own services (fetch, parse,
store, analyse, place, route, deliver, the pruner, the /policy index searched a few times a cycle) on a
fast clock: each cycle is `--step-days` days later, and runs the scheduler's hourly retention job once (the
pruner, and the analysis caches emptied), so retention (stories deleted after STORY_DAYS_MIN days, irrelevant
items after 30, texts compacted after 90, notes after 30) engages within the run, as months would.

Measured in the bot process: RSS after every cycle (rss_mb_first after the first, rss_mb_last, and
rss_slope_kb_per_cycle, the least-squares slope over the second half), the database on disk (db_mb_last:
the file and its WAL), cycle times (first and second half means; the first half without cycle 0, which
loads the analysis models), `errors` (failed polls, deliveries,
searches, prunes), and from the Slack stand-in's channel: `lost` (alerts the bot queued that no message
carries, once what the last cycle queued has been delivered: at most 30 s for a rate limit's retries) and
`duplicates` (messages beyond one per alert). The last line printed is one JSON object.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import random
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections import Counter, defaultdict
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # scale_support
sys.path.insert(0, str(HERE.parent))  # the project, when not installed

import aiohttp  # noqa: E402
import sqlalchemy as sa  # noqa: E402
from aiohttp import web  # noqa: E402
from scale_support.feeds import address, story  # noqa: E402

from bot.config import STORY_DAYS_MIN  # noqa: E402
from bot.sandbox.processes import alert_ids_of  # noqa: E402
from bot.sandbox.slack import SlackStandIn  # noqa: E402

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
_FAR = datetime(2100, 1, 1, tzinfo=UTC)
CHANNEL = "C0SOAK"
FEED_CYCLES = 2  # cycles of items a feed lists (2 x 12 days: less than irrelevant items are kept)
RELEVANT_SHARE = 0.85
JOIN_SHARE = 0.15  # items that retell another feed's story of the previous cycle
QUERIES = ["visa", "china researchers", "residence permits since:30d", "work permits", "status:announced"]
_NOISE = ["a record heat wave", "a chip factory's quarterly output", "a football transfer", "a stock market rally",
          "a new smartphone model", "a film festival", "a bridge reopening", "a bakery chain's expansion"]


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------- the world: feeds and Slack


def item_of(feed: int, cycle: int, n: int, stories: int) -> tuple[str, str, str]:
    """(guid, title, text) of feed `feed`'s n-th item of `cycle`. Deterministic.

    Each cycle brings `stories` new stories, each told word for word by several feeds (one story, many
    outlets); a few items retell a story of the previous cycle (its alert is out: an update note)."""
    rng = random.Random(f"{feed}:{cycle}:{n}")
    guid = f"w{feed}-{cycle}-{n}"
    if rng.random() >= RELEVANT_SHARE:
        noise = rng.choice(_NOISE)
        title = f"Wire {feed} on {noise}, part {cycle}-{n}"
        text = (f"A report on {noise}. Local officials said attendance was up on last year, and organisers "
                f"plan to return next season with a larger programme (cycle {cycle}, item {n}).")
        return guid, title, text
    told = cycle - 1 if cycle > 0 and rng.random() < JOIN_SHARE else cycle
    # Story numbers run through the scale benchmark's 80 country x policy combinations: one comes back
    # only 80 / stories cycles later, by then (at 12 days a cycle) past the year two reports of one story
    # can be apart, so it is another story.
    title, text, _ = story(told * stories + (feed + n) % stories, _FAR)
    return guid, title, text


def feed_body(feed: int, cycle: int, per_cycle: int, stories: int, step: timedelta) -> bytes:
    entries = []
    for k in range(cycle, max(-1, cycle - FEED_CYCLES), -1):
        published = format_datetime(T0 + k * step)
        for n in range(per_cycle):
            guid, title, text = item_of(feed, k, n, stories)
            link = f"https://wire{feed}.example/{guid}"
            entries.append(
                f"<item><guid>{link}</guid><title>{escape(title)}</title><link>{link}</link>"
                f"<pubDate>{published}</pubDate><description>{escape(text)}</description></item>"
            )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Policy Wire {feed}</title><link>https://wire{feed}.example/</link><description>News</description>"
        + "".join(entries) + "</channel></rss>"
    ).encode()


async def run_world(feeds: int, per_cycle: int, stories: int, step_days: float) -> None:
    step = timedelta(days=step_days)
    state = {"cycle": 0}

    async def feed(request: web.Request) -> web.Response:
        host = (request.host or "").rsplit(":", 1)[0]
        index = next((i for i in range(feeds) if address(i) == host), None)
        if index is None:
            raise web.HTTPNotFound()
        return web.Response(body=feed_body(index, state["cycle"], per_cycle, stories, step), content_type="application/rss+xml")

    async def set_cycle(request: web.Request) -> web.Response:
        state["cycle"] = int(request.query["cycle"])
        return web.json_response({"cycle": state["cycle"]})

    async with SlackStandIn(channels=[CHANNEL]) as standin:  # the bot was invited to its alert channel

        async def delivered(_: web.Request) -> web.Response:
            ids = [i for m in standin.messages.get(CHANNEL, []) for i in alert_ids_of(m)]
            return web.json_response({"alert_ids": ids, "messages": len(standin.messages.get(CHANNEL, []))})

        app = web.Application()
        app.router.add_get("/feed.xml", feed)
        app.router.add_post("/control/cycle", set_cycle)
        app.router.add_get("/control/delivered", delivered)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        await web.TCPSite(runner, address(0), 0).start()
        port = runner.addresses[0][1]
        for i in range(1, feeds):
            await web.TCPSite(runner, address(i), port).start()
        print(f"READY {standin.api_url} {port}", flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)  # until the bot is done
        await runner.cleanup()


# ---------------------------------------------------------------- the bot


def rss_kb() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def slope(values: list[float]) -> float:
    """Least-squares slope of values against their index."""
    n = len(values)
    if n < 2:
        return 0.0
    mean_x, mean_y = (n - 1) / 2, statistics.fmean(values)
    num = sum((x - mean_x) * (y - mean_y) for x, y in enumerate(values))
    return num / sum((x - mean_x) ** 2 for x in range(n))


async def db_bytes(url: str, store: Any) -> int:
    """SQLite: the file and its WAL; PostgreSQL: pg_database_size."""
    if not url.startswith("sqlite"):
        return int(await store.database_bytes())
    return file_bytes(url.split("///", 1)[-1])


def file_bytes(path: str) -> int:
    return sum(os.path.getsize(p) for p in (path, path + "-wal") if os.path.exists(p))


class FastClock:
    """Cycle k runs at T0 + k x step, plus the real time spent in it (so time still moves within a cycle)."""

    def __init__(self, step: timedelta) -> None:
        self.step = step
        self.cycle = 0
        self._started = time.monotonic()

    def start(self, cycle: int) -> None:
        self.cycle, self._started = cycle, time.monotonic()

    def __call__(self) -> datetime:
        return T0 + self.cycle * self.step + timedelta(seconds=time.monotonic() - self._started)


async def run_bot(args: argparse.Namespace) -> dict[str, Any]:
    world = await asyncio.create_subprocess_exec(
        sys.executable, __file__, "--role", "world", "--feeds", str(args.feeds), "--per-cycle", str(args.per_cycle),
        "--stories", str(args.stories), "--step-days", str(args.step_days), stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
    )
    assert world.stdout is not None and world.stdin is not None
    _, api_url, port = (await world.stdout.readline()).decode().split()
    try:
        return await _soak(args, api_url, int(port))
    finally:
        world.stdin.close()
        await world.wait()


async def _soak(args: argparse.Namespace, api_url: str, port: int) -> dict[str, Any]:
    from pydantic import SecretStr

    from bot.config import Settings
    from bot.models import SourceConfig
    from bot.runtime.caches import text_cache_stats
    from bot.runtime.scheduler import prune
    from bot.runtime.services import build_services
    from bot.search.query import parse_query

    clock = FastClock(timedelta(days=args.step_days))
    settings = Settings(
        _env_file=None, slack_bot_token=SecretStr("xoxb-sandbox"), slack_api_url=api_url,  # type: ignore[call-arg]
        policybot_database_url=args.database_url, policybot_allow_private_sources=True,
        policybot_alert_channels=[CHANNEL], policybot_flood_limit=100, policybot_flood_window_minutes=1,
        policybot_keep_stories_days=args.keep_stories_days, policybot_search_items=args.search_items,
    )
    sources = [
        SourceConfig.model_validate({
            "id": f"wire-{i:03d}", "name": f"Policy Wire {i}", "kind": "rss",
            "url": f"http://{address(i)}:{port}/feed.xml", "interval_minutes": 60,
        })
        for i in range(args.feeds)
    ]
    services = await build_services(settings, sources=sources, backfill=None, min_post_interval=0, clock=clock)
    services.pruner.pause_s = 0.0
    from bot.store.schema import alerts

    control = aiohttp.ClientSession()
    rss: list[int] = []
    times: list[float] = []
    phases: list[tuple[float, float, float, float]] = []
    db: list[int] = []  # the file and its WAL after each cycle
    errors: Counter[str] = Counter()
    queued: set[int] = set()
    snapshots: list[tracemalloc.Snapshot] = []
    cache_use: defaultdict[str, Counter[str]] = defaultdict(Counter)
    stored = 0
    last_alert = 0
    try:
        for cycle in range(args.cycles):
            await control.post(f"http://{address(0)}:{port}/control/cycle", params={"cycle": cycle})
            clock.start(cycle)
            started = time.perf_counter()
            report = await services.pipeline.run_cycle(force=True)
            stored += sum(s.new for s in report.sources)
            errors["poll"] += report.errors
            for s in report.sources:
                if s.error and errors["poll"] <= 3:
                    log(f"cycle {cycle}: {s.source_id}: {s.error}")
            polled = time.perf_counter()
            errors["delivery"] += await _deliver_all(services)
            delivered_at = time.perf_counter()
            for q in QUERIES:
                try:
                    await services.finder.search(parse_query(q))
                except Exception as exc:  # counted, and the soak goes on
                    errors["search"] += 1
                    log(f"search {q!r}: {type(exc).__name__}: {exc}")
            searched = time.perf_counter()
            # The scheduler's hourly retention job, once a cycle (a cycle is days on this clock).
            if args.cache_stats:  # read before the job empties them
                for stat in text_cache_stats():
                    cache_use[stat.name] += Counter(hits=stat.hits, misses=stat.misses, entries=stat.size)
                    cache_use[stat.name]["peak"] = max(cache_use[stat.name]["peak"], stat.size)
                    cache_use[stat.name]["maxsize"] = stat.maxsize
            async with count_warnings(errors, "prune", "bot.runtime.scheduler"):
                await prune(services)
            pruned = time.perf_counter()
            phases.append((polled - started, delivered_at - polled, searched - delivered_at, pruned - searched))
            times.append(pruned - started)
            # Alerts queued this cycle (read before a later prune could delete their story).
            async with services.store.engine.connect() as conn:
                new = (await conn.execute(sa.select(alerts.c.id).where(alerts.c.id > last_alert))).scalars().all()
            queued.update(new)
            last_alert = max([last_alert, *new])
            rss.append(rss_kb())
            db.append(await db_bytes(args.database_url, services.store))
            if args.tracemalloc and cycle == args.cycles // 2:
                tracemalloc.start(1)  # from here only: tracing slows every allocation down
                snapshots.append(tracemalloc.take_snapshot())
            elif args.tracemalloc and cycle == args.cycles - 1:
                snapshots.append(tracemalloc.take_snapshot())
            if cycle % args.report_every == 0 or cycle == args.cycles - 1:
                kept = await services.store.count_items()
                log(f"cycle {cycle}: {times[-1]:.2f} s, {stored} stored, {kept} kept, index "
                    f"{len(services.finder.entries)}, rss {rss[-1] / 1024:.0f} MB, "
                    f"db {db[-1] / 2**20:.1f} MB, errors {dict(errors)}")
        # The last cycle's alerts may be waiting out Slack's rate limit (a retry a second later): delivered
        # before counting, as the bot would a moment later (an alert still queued is late, not lost).
        for _ in range(60):
            if not (await services.store.outbox_stats())[0].get("pending"):
                break
            await asyncio.sleep(0.5)
            errors["delivery"] += await _deliver_all(services)
        async with control.get(f"http://{address(0)}:{port}/control/delivered") as response:
            delivered = (await response.json())["alert_ids"]
    finally:
        await control.close()
        await services.aclose()
    if cache_use:
        log("analysis caches between emptyings (hit rate, lookups, peak entries of maxsize):")
        for name, use in sorted(cache_use.items(), key=lambda kv: -kv[1]["hits"] - kv[1]["misses"]):
            looked = use["hits"] + use["misses"]
            if looked:
                log(f"    {name}: {use['hits'] / looked:.1%} of {looked}, peak {use['peak']} of {use['maxsize']}")
    if len(snapshots) == 2:
        log("tracemalloc: growth over the second half, by source line")
        for stat in snapshots[1].compare_to(snapshots[0], "lineno")[:15]:
            log(f"    {stat}")
    half = len(times) // 2
    for name, part in (("first", phases[1:half]), ("second", phases[half:])):
        means = [statistics.fmean(p[k] for p in part) for k in range(4)] if part else [0.0] * 4
        log(f"{name} half: poll {means[0]:.3f} s, deliver {means[1]:.3f} s, search {means[2]:.3f} s, "
            f"prune {means[3]:.3f} s a cycle")
    shown = Counter(delivered)
    return {
        "cycles": len(times),
        "items_stored": stored,
        "rss_mb_first": round(rss[0] / 1024, 1),
        "rss_mb_last": round(rss[-1] / 1024, 1),
        "rss_slope_kb_per_cycle": round(slope([float(v) for v in rss[half:]]), 1),
        "db_mb_half": round(db[half] / 2**20, 1),
        "db_mb_last": round(db[-1] / 2**20, 1),
        # Without cycle 0, which loads the analysis models: the halves compare steady states.
        "cycle_s_first_half": round(statistics.fmean(times[1:half]), 3),
        "cycle_s_second_half": round(statistics.fmean(times[half:]), 3),
        "errors": sum(errors.values()),
        "lost": len(queued - set(shown)),
        "duplicates": sum(count - 1 for count in shown.values()),
        "alerts": len(queued),
    }


@contextlib.asynccontextmanager
async def count_warnings(errors: Counter[str], key: str, logger: str) -> AsyncIterator[None]:
    """Count the warnings `logger` logs in the block as errors (the scheduler's jobs log failures, never raise)."""
    counted = _Counting(errors, key)
    target = logging.getLogger(logger)
    target.addHandler(counted)
    try:
        yield
    finally:
        target.removeHandler(counted)


class _Counting(logging.Handler):
    def __init__(self, errors: Counter[str], key: str) -> None:
        super().__init__(logging.WARNING)
        self.errors, self.key = errors, key

    def emit(self, record: logging.LogRecord) -> None:
        self.errors[self.key] += 1
        log(f"{self.key}: {record.getMessage()}")


async def _deliver_all(services: Any) -> int:
    """Deliver until nothing is due (each run posts what was due when it started); the failures."""
    failed = 0
    for _ in range(20):
        report = await services.deliverer.deliver_due()
        failed += report.failed
        if not (report.posted or report.updated or report.retried):
            break
    return failed


async def empty_database(url: str) -> None:
    """Drop policybot's tables (never the tests' database): each run starts from an empty schema."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.ext.asyncio import create_async_engine

    from bot.store.schema import metadata

    if make_url(url).database in (None, "test", "postgres", "root"):
        raise SystemExit("bench/soak.py needs a PostgreSQL database of its own")
    engine = create_async_engine(url)
    async with engine.begin() as conn:
        await conn.run_sync(metadata.drop_all)
        await conn.execute(sa.text("DROP TABLE IF EXISTS alembic_version"))
    await engine.dispose()


def main(argv: list[str] | None = None, *, on_result: Callable[[dict[str, Any]], None] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--role", choices=["bot", "world"], default="bot")
    parser.add_argument("--cycles", type=int, default=300, choices=range(2, 1000), metavar="2..999")
    parser.add_argument("--feeds", type=int, default=25)
    parser.add_argument("--per-cycle", type=int, default=1, choices=range(1, 10), help="new items per feed per cycle")
    parser.add_argument("--stories", type=int, default=2, help="new stories per cycle")
    parser.add_argument("--step-days", type=float, default=12.0, help="fake days per cycle")
    parser.add_argument("--keep-stories-days", type=int, default=STORY_DAYS_MIN)
    parser.add_argument("--search-items", type=int, default=20_000)
    parser.add_argument("--database-url", default=None,
                        help="default: a SQLite file in a scratch directory; a PostgreSQL one is emptied first")
    parser.add_argument("--report-every", type=int, default=25)
    parser.add_argument("--cache-stats", action="store_true",
                        help="print each analysis cache's hit rate and peak size between emptyings")
    parser.add_argument("--tracemalloc", action="store_true",
                        help="profile the heap (slower): print what grew over the second half")
    args = parser.parse_args(argv)
    if args.role == "world":
        asyncio.run(run_world(args.feeds, args.per_cycle, args.stories, args.step_days))
        return
    with tempfile.TemporaryDirectory(prefix="soak-") as tmp:
        args.database_url = args.database_url or f"sqlite+aiosqlite:///{tmp}/soak.db"
        if args.database_url.startswith("postgresql"):
            asyncio.run(empty_database(args.database_url))
        result = asyncio.run(run_bot(args))
    if on_result is not None:
        on_result(result)
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
