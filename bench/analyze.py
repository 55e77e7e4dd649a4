"""Analysis speed: throughput on 2,000-word articles, and the cost of placing one item as the store grows.

    python bench/analyze.py                  # full run (about a minute)
    python bench/analyze.py --quick          # smaller sizes, for a smoke test

1. Throughput: `articles` articles of about 2,000 words each (a relevant lead from the labeled set,
   followed by background paragraphs drawn from other articles, as long reports are), analysed in one
   process exactly as `policybot analyze` does (relevance, tags, summary, story placement).
2. Placement: a real SQLite store is filled with N stored items, each in its own cluster, all inside the
   clustering window (the worst case: every stored story is a candidate), with realistic story features
   (domain words every story shares, plus rarer words drawn from a Zipf-like vocabulary). A
   `StoryPlacer` warms up once (reported separately), then places `--place` new items; the figure is
   the mean wall time of one `place()` call, database writes included, at N = 1k, 10k and 50k.
3. Peak RSS of the process (ru_maxrss), and of the largest worker process with `--jobs`.

The last line printed is one JSON object:
{"articles", "articles_per_s", "per_item_ms_at_1k", "per_item_ms_at_10k", "per_item_ms_at_50k", "peak_rss_mb",
"jobs", "articles_per_s_jobs", "jobs_start_s", "worker_peak_rss_mb"}: the last four measure `policybot analyze --jobs N` (N = `--jobs`,
default 2: the worker processes' start and model loading once, then articles per second), run after the
one-process figure on the same articles.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import resource
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from bot.analysis.analyzer import analyze
from bot.analysis.batch import BatchAnalyzer
from bot.analysis.cluster import new_cluster_key
from bot.analysis.story_features import StoryFeatures
from bot.models import Article, StoredItem
from bot.store import Store
from bot.store.schema import clusters, items
from bot.story import ClusterFeatures, StoryPlacer

# The invented unit-test articles: only their length and vocabulary matter for throughput.
DATA = Path(__file__).parent.parent / "tests" / "fixtures" / "invented"
WORDS_PER_ARTICLE = 2000
NOW = datetime(2026, 6, 1, 12, tzinfo=UTC)
DOMAIN_WORDS = [
    "researcher", "ai", "visa", "travel", "abroad", "immigration", "rule", "company", "talent", "student", "staff",
    "technology", "science", "research", "program", "foreign", "security", "approval", "ban", "restrict",
    "policy", "minister", "fee", "permit", "scientist", "engineer", "university", "government", "ministry",
    "cap", "skilled", "worker",
]


def load_articles() -> list[dict[str, Any]]:
    with (DATA / "dev.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def long_articles(count: int, rng: random.Random) -> list[Article]:
    """Articles of about WORDS_PER_ARTICLE words: a real lead, then other articles' paragraphs."""
    source = load_articles()
    paragraphs = [p for a in source for p in a["text"].split("\n\n") if len(p.split()) > 15]
    out = []
    for i in range(count):
        base = source[i % len(source)]
        body = [_unique(base["text"], i, 0)]
        words = len(base["text"].split())
        while words < WORDS_PER_ARTICLE:
            p = rng.choice(paragraphs)
            body.append(_unique(p, i, len(body)))
            words += len(p.split())
        title = f"{base['title']} ({i})"
        out.append(Article.model_validate({**base, "id": f"long-{i}", "title": title, "text": "\n\n".join(body)}))
    return out


def _unique(paragraph: str, article: int, index: int) -> str:
    """The paragraph with a marker word in each sentence, so no two articles share a sentence: the
    analysis memoises per sentence, and real articles do not repeat each other's sentences."""
    return re.sub(r"([.!?])(\s|$)", lambda m: f" ref{article}x{index}{m.group(1)}{m.group(2)}", paragraph)


def throughput(count: int, rng: random.Random) -> tuple[float, float]:
    """(articles per second of wall time, articles per second of this process's CPU time). The JSON
    reports wall time; CPU time shows what other load on a shared machine took away from it."""
    articles = long_articles(count, rng)
    batch = BatchAnalyzer()
    batch.analyze(articles[0])  # warm caches (regexes, matchers) outside the measurement
    wall, cpu = time.perf_counter(), time.process_time()
    for a in articles:
        batch.analyze(a)
    return count / (time.perf_counter() - wall), count / (time.process_time() - cpu)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def parallel_throughput(count: int, rng: random.Random, jobs: int) -> tuple[float, float, float]:
    """`policybot analyze --jobs N`'s way: the same articles (same seed) analysed by `jobs` worker
    processes, placed here in order. (articles per second of wall time once the first result is back,
    articles per second of all the processes' CPU time, seconds until the first result: the workers'
    start and model loading, paid once per batch.)"""
    articles = long_articles(count, rng)
    batch = BatchAnalyzer()
    start, cpu, children = time.perf_counter(), time.process_time(), _children_cpu()
    first = 0.0
    for done, _ in enumerate(batch.analyze_all(articles, jobs=jobs)):
        if done == 0:
            first = time.perf_counter()
    end = time.perf_counter()  # the generator is exhausted: the pool is shut down, its CPU time counted
    used = (time.process_time() - cpu) + (_children_cpu() - children)
    return (count - 1) / (end - first), count / used, first - start


class Vocabulary:
    """Story-specific words with a Zipf-like frequency: a few recur across many stories, most are rare."""

    def __init__(self, rng: random.Random, size: int = 40_000) -> None:
        self.rng = rng
        self.words = [f"w{i}" for i in range(size)]
        self.weights = [1.0 / (i + 1) ** 1.1 for i in range(size)]

    def features(self, published: datetime) -> StoryFeatures:
        specific = set(self.rng.choices(self.words, weights=self.weights, k=30))
        entities = {f"e{self.rng.randrange(200_000)}" for _ in range(4)}
        common = set(self.rng.sample(DOMAIN_WORDS, 10))
        tokens = tuple(sorted(specific | entities | common))
        return StoryFeatures(
            tokens=tokens, entities=tuple(sorted(entities)), jurisdictions=(self.rng.choice(["US", "CN", "GB", "EU"]),),
            policy_type=self.rng.choice(["visa", "immigration", "travel_restriction", "talent_program"]),
            published=published,
        )


async def fill_store(store: Store, n: int, vocabulary: Vocabulary, rng: random.Random) -> None:
    """N items, each the lead of its own cluster, all updated within the window."""
    batch = 5000
    async with store.engine.begin() as conn:
        for start in range(0, n, batch):
            rows_c, rows_i = [], []
            for i in range(start, min(n, start + batch)):
                when = NOW - timedelta(seconds=rng.randrange(6 * 86400))
                f = vocabulary.features(when)
                rows_c.append({"id": i + 1, "key": new_cluster_key(f"bench:{i}"), "features": ClusterFeatures.dump([f]),
                               "lead_item_id": i + 1, "created_at": when, "updated_at": when})
                rows_i.append({"id": i + 1, "source_id": "bench", "guid": f"g{i}", "dedup_key": f"d{i}",
                               "title": f"story {i}", "text": "", "published": when, "outlet": "Bench Wire",
                               "content_hash": f"h{i}", "first_seen": when, "updated_at": when, "relevant": True,
                               "cluster_id": i + 1})
            await conn.execute(sa.insert(clusters), rows_c)
            await conn.execute(sa.insert(items), rows_i)


async def placement_cost(n: int, places: int, new_items: Sequence[StoredItem], rng: random.Random) -> tuple[float, float]:
    """(mean ms per place() at a store of n items, warm-up seconds)."""
    with tempfile.TemporaryDirectory() as tmp:
        store = await Store.open(f"sqlite+aiosqlite:///{tmp}/bench.db")
        try:
            await fill_store(store, n, Vocabulary(rng), rng)
            ticks = iter(range(10**9))
            # Time moves on between placements (a second each), as it does in a poll cycle.
            placer = StoryPlacer(store, clock=lambda: NOW + timedelta(seconds=next(ticks)))
            started = time.perf_counter()
            await placer.place(new_items[0])  # the first call warms the index from the store
            warmup = time.perf_counter() - started
            timings = []
            for i in range(places):
                item = new_items[(i + 1) % len(new_items)].model_copy(
                    update={"id": n + 10 + i, "guid": f"new-{i}"}
                )
                t0 = time.perf_counter()
                await placer.place(item)
                timings.append(time.perf_counter() - t0)
        finally:
            await store.close()
    timings.sort()
    trimmed = timings[: max(1, int(len(timings) * 0.99))]  # drop the slowest 1 % (GC pauses, fsync)
    return 1000 * sum(trimmed) / len(trimmed), warmup


def stored_items(rng: random.Random) -> list[StoredItem]:
    """Relevant articles of the labeled set as stored items, dated within the window."""
    out = []
    for i, a in enumerate(x for x in load_articles() if x["gold"]["relevant"]):
        when = NOW - timedelta(hours=rng.randrange(48))
        analysis = analyze(a["title"], a["text"], published=when)
        out.append(StoredItem(id=1, source_id="new", guid=f"n{i}", url=a["url"], title=a["title"], text=a["text"],
                              published=when, outlet=a["source"], first_seen=when, analysis=analysis))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="analysis throughput and placement cost")
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--place", type=int, default=300, help="items placed at each store size")
    parser.add_argument("--quick", action="store_true", help="small sizes: 1k/2k/5k stored items")
    parser.add_argument("--jobs", type=int, default=2,
                        help="also measure `policybot analyze --jobs N` (N worker processes); 1 to skip")
    args = parser.parse_args(argv)
    rng = random.Random(20261129)
    rate, cpu_rate = throughput(args.articles, rng)
    print(f"throughput: {rate:.1f} articles/s wall ({cpu_rate:.1f}/s of CPU time; load average "
          f"{os.getloadavg()[0]:.2f}) on {args.articles} articles of ~{WORDS_PER_ARTICLE} words", file=sys.stderr)
    parallel: dict[str, float] = {}
    if args.jobs > 1:
        prate, pcpu, started = parallel_throughput(args.articles, random.Random(20261129), args.jobs)
        worker_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        parallel = {"jobs": args.jobs, "articles_per_s_jobs": round(prate, 1), "jobs_start_s": round(started, 2),
                    "worker_peak_rss_mb": round(worker_mb, 1)}
        print(f"throughput with {args.jobs} worker processes: {prate:.1f} articles/s wall once started "
              f"({prate / rate:.2f} x one process; {pcpu:.1f}/s of all processes' CPU time; workers ready "
              f"and first result after {started:.2f} s; load average {os.getloadavg()[0]:.2f})", file=sys.stderr)
    new = stored_items(rng)
    sizes = (1000, 2000, 5000) if args.quick else (1000, 10_000, 50_000)
    costs = {}
    for n in sizes:
        ms, warm = asyncio.run(placement_cost(n, args.place, new, random.Random(n)))
        costs[n] = ms
        print(f"placement at {n} stored items: {ms:.2f} ms per item (warm-up {warm:.2f} s, once)", file=sys.stderr)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({
        "articles": args.articles,
        "articles_per_s": round(rate, 1),
        "per_item_ms_at_1k": round(costs[sizes[0]], 2),
        "per_item_ms_at_10k": round(costs[sizes[1]], 2),
        "per_item_ms_at_50k": round(costs[sizes[2]], 2),
        "peak_rss_mb": round(peak_mb, 1),
        **parallel,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
