"""Scale benchmark: 1 then 3 replicas of `policybot run` on one PostgreSQL database, one killed.

    /work/.venv/bin/python bench/scale.py [--sources 500] [--channels 5] [--replicas 3]
        [--database-url postgresql+asyncpg://root@127.0.0.1:5432/policybot_bench]

N local sources (one loopback address each, answering after 0.2-0.6 s) each tell one distinct story;
every story is alerted in C channels through the Slack stand-in. Two runs, each on a fresh database:

1. one replica: `cycle_s_1` is the time from start until every source has been polled once, and
   `delivered_s_1` until every alert reached Slack. Its clustering (which items form one story) is
   the reference for the second run.
2. R replicas started together; once the busiest one holds source leases it is killed with SIGKILL
   (kill -9). `failover_s` is the time from the kill until every source and channel it held has been
   taken over by a live replica (the source claimed or already polled again; the channel's lease held
   by a live replica, or its queue empty), and `recovered_s` until every one of its sources has been
   polled successfully again. `cycle_s_3` / `delivered_s_3` as above.

`expected_alerts` = stories x channels; `delivered` counts distinct (channel, story) pairs that reached
Slack in the replicated run, `lost` the expected pairs that never did, and `duplicates` every message
beyond the first for a pair: the same alert posted twice, or one story split into two clusters (each
alerted). The last line printed is one JSON object.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # scale_support
sys.path.insert(0, str(HERE.parent))  # the project, when not installed

import asyncpg  # type: ignore[import-untyped]  # noqa: E402
import sqlalchemy as sa  # noqa: E402
from scale_support.feeds import FeedServer  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine  # noqa: E402

from bot.sandbox.processes import ReplicaProcess, alert_ids_of, free_port, replica_env  # noqa: E402
from bot.sandbox.slack import SlackStandIn  # noqa: E402

DEFAULT_URL = "postgresql+asyncpg://root@127.0.0.1:5432/policybot_bench"
RUN_LIMIT_S = 600.0  # a run that has not delivered everything by then is reported as it stands


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


async def fresh_database(url: str) -> None:
    """Drop and re-create the benchmark's own database (never the tests' one)."""
    parsed = make_url(url)
    name = parsed.database
    if not name or name in ("test", "postgres", "root"):
        raise SystemExit(f"bench/scale.py needs a database of its own, not {name!r}")
    conn = await asyncpg.connect(
        host=parsed.host, port=parsed.port or 5432, user=parsed.username, password=parsed.password, database="postgres"
    )
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()


class Run:
    """One run: R replicas on a fresh database and a fresh Slack stand-in."""

    def __init__(self, args: argparse.Namespace, catalogue: Path, workdir: Path, replicas: int) -> None:
        self.args = args
        self.catalogue = catalogue
        self.workdir = workdir
        self.replicas = replicas
        self.channels = [f"CSCALE{c}" for c in range(args.channels)]

    async def __call__(self, *, kill_one: bool) -> dict[str, Any]:
        await fresh_database(self.args.database_url)
        engine = create_async_engine(self.args.database_url)
        slack = SlackStandIn(channels=self.channels)
        await slack.start()
        procs = [
            ReplicaProcess(
                replica_env(
                    slack=slack, database_url=self.args.database_url, catalogue=self.catalogue,
                    channels=self.channels, mode="http", port=free_port(),
                    data_dir=self.workdir / f"data{n}", log_level=self.args.log_level,
                ),
                cwd=self.workdir, log_path=self.workdir / f"replicas{self.replicas}-{n}.log",
            )
            for n in range(self.replicas)
        ]
        out: dict[str, Any] = {}
        try:
            started = time.perf_counter()
            for proc in procs:
                await proc.start()
            if kill_one:
                out["failover_s"], out["recovered_s"] = await self._kill_busiest(engine, procs, started)
            out["cycle_s"] = await self._until(lambda: self._all_polled(engine), started, "every source polled")
            out["stories"], out["expected"] = await self._expected(engine)
            out["delivered_s"] = await self._until(
                lambda: self._delivered_enough(engine, out["expected"]), started, "every alert delivered"
            )
            await asyncio.sleep(self.args.settle)  # late duplicates, if any, would land now
            out |= await self._count(engine, slack)
            out["partition"] = await self._partition(engine)
            for proc in procs:
                if proc.running:
                    await proc.terminate(30)
        finally:
            for proc in procs:
                proc.kill()
            await slack.stop()
            await engine.dispose()
        return out

    async def _until(self, check: Callable[[], Awaitable[bool]], started: float, what: str) -> float:
        while time.perf_counter() - started < RUN_LIMIT_S:
            if await check():
                return round(time.perf_counter() - started, 2)
            await asyncio.sleep(0.2)
        log(f"gave up waiting for {what} after {RUN_LIMIT_S:g} s")
        return float("nan")

    async def _all_polled(self, engine: AsyncEngine) -> bool:
        try:
            async with engine.connect() as conn:
                done = (await conn.execute(sa.text("SELECT count(*) FROM sources WHERE last_success_at IS NOT NULL"))).scalar_one()
        except Exception:  # the schema is still being created by the replicas
            return False
        return bool(int(done) >= int(self.args.sources))

    async def _expected(self, engine: AsyncEngine) -> tuple[int, int]:
        async with engine.connect() as conn:
            stories = (await conn.execute(sa.text("SELECT count(DISTINCT cluster_id) FROM items WHERE relevant"))).scalar_one()
        return int(stories), int(stories) * len(self.channels)

    async def _delivered_enough(self, engine: AsyncEngine, expected: int) -> bool:
        async with engine.connect() as conn:
            pending = (await conn.execute(sa.text("SELECT count(*) FROM alerts WHERE state = 'pending'"))).scalar_one()
            queued = (await conn.execute(sa.text("SELECT count(*) FROM alerts"))).scalar_one()
        return int(queued) >= expected and int(pending) == 0

    async def _count(self, engine: AsyncEngine, slack: SlackStandIn) -> dict[str, int]:
        """Per (channel, story): how many times it reached Slack. A story is named by its lead item."""
        async with engine.connect() as conn:
            rows = (await conn.execute(sa.text(
                "SELECT a.id, a.channel, i.source_id, i.guid FROM alerts a JOIN items i ON i.id = a.item_id"
            ))).all()
        story_of = {row[0]: (row[1], f"{row[2]}:{row[3]}") for row in rows}
        shown = Counter(
            story_of.get(alert_id, (channel, f"unknown alert {alert_id}"))
            for channel, messages in slack.messages.items()
            for message in messages
            for alert_id in alert_ids_of(message)
        )
        return {"shown_pairs": len(shown), "duplicate_messages": sum(n - 1 for n in shown.values())}

    async def _partition(self, engine: AsyncEngine) -> set[frozenset[str]]:
        async with engine.connect() as conn:
            rows = (await conn.execute(sa.text(
                "SELECT cluster_id, source_id || ':' || guid FROM items WHERE relevant AND cluster_id IS NOT NULL"
            ))).all()
        stories: dict[int, set[str]] = {}
        for cluster_id, member in rows:
            stories.setdefault(cluster_id, set()).add(member)
        return {frozenset(m) for m in stories.values()}

    async def _kill_busiest(
        self, engine: AsyncEngine, procs: list[ReplicaProcess], started: float
    ) -> tuple[float, float]:
        """Kill -9 the replica holding the most source leases once polls are under way. Returns the
        seconds until all it held (sources and channels) was taken over by a live replica (claimed, or
        already done), and until all its sources had been polled successfully."""
        victim: ReplicaProcess | None = None
        held_sources: list[str] = []
        while time.perf_counter() - started < RUN_LIMIT_S and victim is None:
            await asyncio.sleep(0.1)
            try:
                async with engine.connect() as conn:
                    rows = (await conn.execute(sa.text(
                        "SELECT id, lease_owner FROM sources WHERE lease_owner IS NOT NULL"
                    ))).all()
            except Exception:  # noqa: S112 - the replicas are still creating the schema
                continue
            for proc in procs:
                mine = [row[0] for row in rows if proc.owns(row[1])]
                if len(mine) >= 8 and len(mine) > len(held_sources):
                    victim, held_sources = proc, mine
        if victim is None:
            raise SystemExit("no replica ever held source leases: nothing to fail over")
        async with engine.connect() as conn:
            channel_rows = (await conn.execute(sa.text("SELECT name, owner FROM leases"))).all()
        held_channels = [row[0].removeprefix("deliver:") for row in channel_rows if victim.owns(row[1])]
        victim.kill()
        killed_at = time.perf_counter()
        killed_wall = datetime.now(UTC)
        await victim.wait(10)
        log(f"killed pid {victim.pid} holding {len(held_sources)} sources and channels {held_channels}")
        taken_over: float | None = None
        while time.perf_counter() - killed_at < RUN_LIMIT_S:
            async with engine.connect() as conn:
                rows = (await conn.execute(sa.text(
                    "SELECT lease_owner, last_success_at >= :t FROM sources WHERE id = ANY(:ids)"
                ), {"ids": held_sources, "t": killed_wall})).all()
                sources_left = sum(1 for owner, polled in rows if not polled)
                unclaimed = sum(1 for owner, polled in rows if not polled and (owner is None or victim.owns(owner)))
                channels_left = 0
                for channel in held_channels:
                    owner = (await conn.execute(sa.text("SELECT owner FROM leases WHERE name = :n"),
                                                {"n": f"deliver:{channel}"})).scalar_one_or_none()
                    pending = (await conn.execute(sa.text(
                        "SELECT count(*) FROM alerts WHERE channel = :c AND state = 'pending'"), {"c": channel}
                    )).scalar_one()
                    if victim.owns(owner) and pending:
                        channels_left += 1
            if taken_over is None and unclaimed == 0 and channels_left == 0:
                taken_over = round(time.perf_counter() - killed_at, 2)
            if taken_over is not None and sources_left == 0:
                return taken_over, round(time.perf_counter() - killed_at, 2)
            await asyncio.sleep(0.1)
        return taken_over or float("nan"), float("nan")


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sources", type=int, default=500)
    parser.add_argument("--channels", type=int, default=5)
    parser.add_argument("--replicas", type=int, default=3)
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument("--settle", type=float, default=5.0, help="seconds to wait for late duplicates")
    parser.add_argument("--log-level", default="WARNING", help="the replicas' LOG_LEVEL")
    parser.add_argument("--keep", type=Path, help="keep the replicas' logs in this directory")
    args = parser.parse_args()

    feeds = FeedServer(args.sources)
    await feeds.start()
    try:
        with tempfile.TemporaryDirectory(prefix="policybot-scale-") as tmp:
            workdir = args.keep or Path(tmp)
            workdir.mkdir(parents=True, exist_ok=True)
            catalogue = workdir / "sources.toml"
            catalogue.write_text(feeds.catalogue_toml())
            log(f"{args.sources} sources on {args.sources} loopback addresses, {args.channels} channels")
            one = await Run(args, catalogue, workdir, 1)(kill_one=False)
            log(f"1 replica: {one['cycle_s']} s to poll all, {one['delivered_s']} s to deliver all; "
                f"{one['stories']} stories")
            many = await Run(args, catalogue, workdir, args.replicas)(kill_one=True)
            log(f"{args.replicas} replicas: {many['cycle_s']} s to poll all, {many['delivered_s']} s to deliver "
                f"all; failover {many['failover_s']} s")
    finally:
        await feeds.stop()

    expected = one["expected"]
    # Story boundaries must not depend on how many replicas placed the items: a story split in two
    # is one alert too many per channel (counted as duplicates), two stories merged one too few (lost).
    split = len(many["partition"]) - len(one["partition"]) if many["partition"] != one["partition"] else 0
    result = {
        "sources": args.sources,
        "channels": args.channels,
        "replicas": args.replicas,
        "stories": one["stories"],
        "expected_alerts": expected,
        "delivered": min(many["shown_pairs"], expected),
        "duplicates": many["duplicate_messages"] + max(split, 0) * args.channels,
        "lost": max(0, expected - many["shown_pairs"]) + max(-split, 0) * args.channels,
        "same_stories_as_1_replica": many["partition"] == one["partition"],
        "cycle_s_1": one["cycle_s"],
        "cycle_s_3": many["cycle_s"],
        "cycle_ratio_3_vs_1": round(many["cycle_s"] / one["cycle_s"], 2) if one["cycle_s"] else None,
        "delivered_s_1": one["delivered_s"],
        "delivered_s_3": many["delivered_s"],
        "failover_s": many["failover_s"],
        "recovered_s": many["recovered_s"],
    }
    print(json.dumps(result))


if __name__ == "__main__":
    asyncio.run(main())
