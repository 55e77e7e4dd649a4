"""Polling benchmark: our ingestion cycle against the `reader` library and a naive feedparser loop.

    /work/.venv/bin/pip install -r bench/requirements.txt
    /work/.venv/bin/python bench/poll.py [--sources 1000] [--concurrency 50] [--sqlite-wal] [--skip-reader]

`--sqlite-wal` opens our SQLite store in WAL mode with synchronous=NORMAL (what this benchmark
recommends for Store.open); without it the store is opened exactly as the bot opens it.

A feed server runs in a separate process on 127.0.0.1 and serves N realistic RSS feeds (20 items,
strong ETags), each response delayed by a latency drawn between 50 and 300 ms. In one run we measure:

- cycle1_s: our first full cycle over the N feeds (fetch, parse, de-duplicate, store; concurrency 50);
- cycle2_s: our second cycle, where every feed answers 304 to our conditional requests;
- ideal_s: the sum of the latencies the server applied in cycle 1, divided by the concurrency (the
  network-bound floor: no client can do better with that many requests in flight);
- parse_cpu_s: CPU time our parser alone needs for the same N bodies;
- reader_cycle1_s: the `reader` library's update of the same feeds with 50 workers;
- naive_per_feed_s: a sequential `feedparser.parse(url)` loop over 100 of the feeds, per feed;
- bytes_cycle1 / bytes_cycle2: bytes the server sent in our two cycles;
- peak_rss_mb: this process's peak resident memory after our two cycles (before `reader` runs).

"Our cycle" stops after storing (Pipeline(process_items=False)): the same work `reader` does. The
analysis stage (relevance, tags, clustering) runs only on new items and is measured separately by the
analysis benchmarks. The per-host politeness limits are raised for the run (every feed is on
127.0.0.1, which the limiter would otherwise treat as one host with 2 slots). The last line printed is
one JSON object.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # poll_support
sys.path.insert(0, str(HERE.parent))  # the project, when not installed

from poll_support.feedgen import feed_body  # noqa: E402
from sqlalchemy import event  # noqa: E402
from sqlalchemy.ext.asyncio import create_async_engine  # noqa: E402

from bot.models import SourceConfig  # noqa: E402
from bot.pipeline import Pipeline  # noqa: E402
from bot.sources.feeds import FAST_PARSER, parse_feed  # noqa: E402
from bot.sources.fetch import Fetcher  # noqa: E402
from bot.sources.limits import HostLimiter  # noqa: E402
from bot.store import Store  # noqa: E402
from bot.store.schema import metadata  # noqa: E402

CYCLE_LIMIT_S = 300.0  # any single measured phase is abandoned after this
NAIVE_FEEDS = 100
SERVER_START_S = 60.0


class FeedServer:
    """The feed server process: started here, stopped here (by its own pid), bounded by --lifetime."""

    def __init__(self, feeds: int, seed: int) -> None:
        self.feeds = feeds
        self.seed = seed
        self.process: subprocess.Popen[str] | None = None
        self.port = 0

    def __enter__(self) -> FeedServer:
        self.process = subprocess.Popen(  # noqa: S603 - our own interpreter and module, fixed arguments
            [sys.executable, "-m", "poll_support.feed_server", "--feeds", str(self.feeds), "--seed",
             str(self.seed), "--lifetime", "1800"],
            cwd=HERE, stdout=subprocess.PIPE, text=True,
        )
        assert self.process.stdout is not None
        deadline = time.monotonic() + SERVER_START_S
        line = ""
        while time.monotonic() < deadline and not line.startswith("READY"):
            line = self.process.stdout.readline()
            if not line and self.process.poll() is not None:
                raise RuntimeError("the feed server exited before it was ready")
        if not line.startswith("READY"):
            raise RuntimeError("the feed server did not start in time")
        self.port = int(line.split()[1])
        return self

    def __exit__(self, *exc: object) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()

    def url(self, index: int) -> str:
        return f"http://127.0.0.1:{self.port}/feed/{index}.xml"

    def stats(self) -> dict[str, float]:
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/_stats", timeout=10) as response:
            return dict(json.load(response))

    def reset(self) -> None:
        request = urllib.request.Request(f"http://127.0.0.1:{self.port}/_stats/reset", method="POST")
        with urllib.request.urlopen(request, timeout=10):  # noqa: S310
            pass


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


async def open_store(url: str, *, wal: bool) -> Store:
    """Store.open as shipped, or with SQLite's write-ahead log (the setting this benchmark recommends)."""
    if not wal:
        return await Store.open(url)
    engine = create_async_engine(url)

    @event.listens_for(engine.sync_engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")  # readers never block the writer
        cursor.execute("PRAGMA synchronous=NORMAL")  # fsync at checkpoints, not at every commit
        cursor.close()

    async with engine.begin() as conn:
        await conn.run_sync(metadata.create_all)
    return Store(engine)


async def our_cycles(server: FeedServer, n: int, concurrency: int, workdir: Path, *, wal: bool) -> dict[str, Any]:
    sources = [
        SourceConfig(id=f"feed-{i}", name=f"Outlet {i}", kind="rss", url=server.url(i), interval_minutes=60)
        for i in range(n)
    ]
    store = await open_store(f"sqlite+aiosqlite:///{workdir / 'ours.db'}", wal=wal)
    limiter = HostLimiter(per_host=concurrency, interval=0)
    fetcher = Fetcher(allow_private=True, contact="mailto:bench@example.org", limiter=limiter,
                      max_connections=concurrency)
    pipeline = Pipeline(store, fetcher, sources, concurrency=concurrency, backfill=None, process_items=False)
    try:
        await pipeline.sync()
        server.reset()
        started = time.perf_counter()
        first = await asyncio.wait_for(pipeline.run_cycle(force=True), CYCLE_LIMIT_S)
        cycle1 = time.perf_counter() - started
        stats1 = server.stats()
        server.reset()
        started = time.perf_counter()
        second = await asyncio.wait_for(pipeline.run_cycle(force=True), CYCLE_LIMIT_S)
        cycle2 = time.perf_counter() - started
        stats2 = server.stats()
        items = await store.count_items()
    finally:
        await fetcher.aclose()
        await store.close()
    return {
        "cycle1_s": cycle1, "cycle2_s": cycle2, "stats1": stats1, "stats2": stats2,
        "errors1": first.errors, "errors2": second.errors, "items": items,
        "new1": sum(s.new for s in first.sources), "not_modified2": sum(1 for s in second.sources if s.not_modified),
    }


def parse_cpu(n: int, seed: int) -> float:
    source = SourceConfig(id="bench", name="Bench", kind="rss", url="https://bench.example/feed")
    bodies = [feed_body(i, seed=seed) for i in range(n)]
    started = time.process_time()
    for body in bodies:
        parse_feed(body, source, content_type="application/rss+xml; charset=utf-8")
    return time.process_time() - started


def reader_cycle(server: FeedServer, n: int, workers: int, workdir: Path) -> float:
    from reader import make_reader

    reader = make_reader(str(workdir / "reader.sqlite"))
    try:
        for i in range(n):
            reader.add_feed(server.url(i))
        started = time.perf_counter()
        reader.update_feeds(workers=workers, scheduled=False)
        elapsed = time.perf_counter() - started
        entries = reader.get_entry_counts().total
        if entries != n * 20:
            print(f"reader stored {entries} entries, expected {n * 20}", file=sys.stderr)
        return elapsed
    finally:
        reader.close()


def naive_loop(server: FeedServer, count: int) -> float:
    import feedparser

    started = time.perf_counter()
    for i in range(count):
        parsed = feedparser.parse(server.url(i))
        if len(parsed.entries) != 20:
            print(f"naive: feed {i} gave {len(parsed.entries)} entries", file=sys.stderr)
    return (time.perf_counter() - started) / count


def main() -> None:
    parser = argparse.ArgumentParser(description="Polling benchmark (prints one JSON object last).")
    parser.add_argument("--sources", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--skip-reader", action="store_true", help="skip the reader library (not installed?)")
    parser.add_argument("--sqlite-wal", action="store_true",
                        help="open our SQLite store in WAL mode with synchronous=NORMAL")
    args = parser.parse_args()
    n, concurrency = args.sources, args.concurrency

    with tempfile.TemporaryDirectory(prefix="policybot-bench-") as tmp, FeedServer(n, args.seed) as server:
        workdir = Path(tmp)
        ours = asyncio.run(our_cycles(server, n, concurrency, workdir, wal=args.sqlite_wal))
        rss = peak_rss_mb()
        print(f"ours: cycle 1 {ours['cycle1_s']:.2f} s ({ours['new1']} items, {ours['errors1']} errors), "
              f"cycle 2 {ours['cycle2_s']:.2f} s ({ours['not_modified2']} not modified, {ours['errors2']} errors)",
              file=sys.stderr)
        cpu = parse_cpu(n, args.seed)
        print(f"parser: {cpu:.2f} s CPU for {n} bodies (fast path {'on' if FAST_PARSER else 'off'})", file=sys.stderr)
        reader_s = None if args.skip_reader else reader_cycle(server, n, concurrency, workdir)
        if reader_s is not None:
            print(f"reader: {reader_s:.2f} s", file=sys.stderr)
        naive = naive_loop(server, min(NAIVE_FEEDS, n))
        print(f"naive: {naive:.3f} s per feed", file=sys.stderr)

    result = {
        "sources": n,
        "concurrency": concurrency,
        "cycle1_s": round(ours["cycle1_s"], 3),
        "cycle2_s": round(ours["cycle2_s"], 3),
        "ideal_s": round(ours["stats1"]["latency_sum"] / concurrency, 3),
        "parse_cpu_s": round(cpu, 3),
        "reader_cycle1_s": round(reader_s, 3) if reader_s is not None else None,
        "naive_per_feed_s": round(naive, 4),
        "bytes_cycle1": int(ours["stats1"]["bytes_sent"]),
        "bytes_cycle2": int(ours["stats2"]["bytes_sent"]),
        "peak_rss_mb": round(rss, 1),
        # Context for the figures above.
        "items_stored": ours["items"],
        "errors": ours["errors1"] + ours["errors2"],
        "fast_parser": FAST_PARSER,
        "sqlite_wal": args.sqlite_wal,
        "cpus": os.cpu_count(),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
