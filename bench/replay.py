"""Replay the real labelled articles day by day through the real pipeline and delivery into the local
Slack stand-in, and score what the channel received.

    .venv/bin/python bench/replay.py                    # the real set's held-out split
    .venv/bin/python bench/replay.py --split dev        # dev | heldout | all
    .venv/bin/python bench/replay.py --split fit -v     # two thirds of dev, by story (read these errors)
    .venv/bin/python bench/replay.py --split check      # the other third (read only the figures)
    .venv/bin/python bench/replay.py --file tests/fixtures/invented/dev.jsonl -v   # any articles JSONL with gold labels
    .venv/bin/python bench/replay.py --file bench/data/real/parts/*.jsonl    # several, replayed together

How: every outlet (`source`) gets an RSS 2.0 feed on a local HTTP server (127.0.0.1, a free port) holding
its articles published up to the replay's current moment (title, link = the article's real address,
guid = the article id, pubDate, description = the full text as HTML), so the bot never asks the real
sites for anything (article-page fetching is a per-source switch, `fetch_article_text`, off here). The
bot is the real one: `build_services` with one SourceConfig per outlet, a temporary SQLite database, no
LLM, one alert channel on `bot.sandbox.slack.SlackStandIn`, no back-fill cut-off, no posting interval
and a fake clock. For every calendar day (UTC) with at least one article, from the first to the last,
the clock is set to that day 23:59 UTC, which makes every outlet due (its interval is 30 minutes), and:

1. the outlets that published that day are polled (`pipeline.poll_source`), one at a time, in the order
   of their first article of the day, so a day's articles reach story placement in publication order
   and in the same order on every run (the pipeline's concurrent `run_cycle` finishes polls in whatever
   order the sockets answer, so which of two same-day articles leads a story would vary);
2. the outlets left with work by a failed poll (an error, or items stored but not yet analysed and
   routed) are polled again once due, as the scheduler would after its backoff;
3. with `--sweep`, `pipeline.run_cycle()` then polls every other outlet as well. They have nothing new
   (the feed server answers 304), so the result is the same; it only costs time (a few milliseconds of
   database work per outlet and day: ~4x slower on the held-out split), so it is off by default;
4. `deliverer.deliver_due()` posts what was queued: alerts, and threaded update notes for stories that
   grew after their alert.

Flood control is lifted (Settings caps POLICYBOT_FLOOD_LIMIT at 100; the deliverer's limit is set far
above any day's alerts), so every story is posted as an alert of its own, never batched into a digest.
The output (but `seconds`) is the same for the same input and the same bot.

The last line printed is one JSON object; the definitions are in bench/replay_support/score.py:
`policy_stories`, `alerts`, `extra_alerts`, `mixed_alerts`, `missed_stories`, `noise_alerts`, `updates`,
`wrong_updates`, `when_present`, `cut_off`, then `when_expected` (the denominator of `when_present`),
`stories_alerted`, `stories_covered`, `split_stories` (stories alerted more than once), `digests`,
`articles`, `relevant_articles`, `relevant_in_alerts`, `negatives_in_alerts`, `days`, `outlets` and
`seconds`. Diagnostics go to stderr; `-v` lists every extra, mixed, missed, noise, wrong, cut-off and
date-without-When item with article ids and titles.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from datetime import time as day_time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # replay_support
sys.path.insert(0, str(HERE.parent))  # the project, when not installed

import sqlalchemy as sa  # noqa: E402
from pydantic import SecretStr  # noqa: E402
from quality import dev_part  # noqa: E402
from replay_support.feeds import ReplayFeeds, outlets_of, published_utc  # noqa: E402
from replay_support.score import AlertSeen, Scored, UpdateSeen, alert_fields, gold_story, score  # noqa: E402

from bot.config import Settings  # noqa: E402
from bot.errors import FetchError  # noqa: E402
from bot.models import FetchResult  # noqa: E402
from bot.pipeline import SourceReport  # noqa: E402
from bot.runtime.services import Services, build_services  # noqa: E402
from bot.sandbox.slack import SlackStandIn  # noqa: E402
from bot.slack.blocks import ALERT_EVENT_TYPE, UPDATE_EVENT_TYPE, payload_ids  # noqa: E402
from bot.sources.canonical import dedup_key  # noqa: E402
from bot.store.schema import alert_updates, items, sources  # noqa: E402

REAL = HERE / "data" / "real"
CHANNEL = "C0REPLAY"
# Settings caps POLICYBOT_FLOOD_LIMIT at 100; the deliverer itself takes any number.
NO_FLOOD_LIMIT = 1_000_000
DAY_END = day_time(23, 59, tzinfo=UTC)

log = logging.getLogger("replay")


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    missing = [r.get("id") for r in rows if not r.get("published") or "gold" not in r]
    if missing:
        raise SystemExit(f"{path}: articles without `published` or `gold`: {missing[:5]}")
    return sorted(rows, key=lambda a: (published_utc(a), str(a["id"])))


def input_files(args: argparse.Namespace) -> list[Path]:
    if args.file:
        return list(args.file)
    names = {"all": ["dev", "heldout"], "fit": ["dev"], "check": ["dev"]}.get(args.split, [args.split])
    return [REAL / f"{name}.jsonl" for name in names]


def in_split(article: dict[str, Any], split: str | None) -> bool:
    """`fit` and `check` are dev cut by story as bench/quality.py cuts it (`dev_part`); others take all."""
    return split not in ("fit", "check") or dev_part(article) == split


@dataclass
class Clock:
    now: datetime = datetime(2000, 1, 1, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


# ---------------------------------------------------------------- running the bot


async def unfinished(services: Services) -> list[str]:
    """Sources whose last poll failed, or left items not yet analysed and routed (a failure midway)."""
    async with services.store.engine.connect() as conn:
        rows = (await conn.execute(
            sa.select(sources.c.id).where(sources.c.error_count > 0)
            .union(sa.select(items.c.source_id).where(items.c.pending.is_not(None)))
        )).scalars().all()
    return sorted(rows)


def keep_local(services: Services) -> list[str]:
    """Make the fetcher refuse any address but the local feeds (the bot has no reason to ask for one:
    should it, the replay must not reach the real sites). Returns the list the refused addresses go to."""
    refused: list[str] = []
    fetch = services.fetcher.fetch

    async def local_only(url: str, **kwargs: Any) -> FetchResult:
        if urlsplit(url).hostname != "127.0.0.1":
            refused.append(url)
            log.warning("the bot asked for %s: refused (the replay serves only its feeds)", url)
            raise FetchError(f"replay: not fetching {url}")
        return await fetch(url, **kwargs)

    services.fetcher.fetch = local_only  # type: ignore[method-assign]
    return refused


async def replay(
    articles: Sequence[dict[str, Any]], workdir: Path, *, sweep: bool
) -> tuple[SlackStandIn, Services, dict[str, Any]]:
    """Run the whole replay; the caller scores and then closes the services and stand-in."""
    outlets = outlets_of(articles)
    feeds = ReplayFeeds(outlets)
    await feeds.start()
    clock = Clock()
    # Slack's rate limits run on the replayed days, not on the seconds the replay takes.
    standin = SlackStandIn(channels=[CHANNEL], clock=lambda: clock().timestamp())
    await standin.start()
    settings = Settings(
        _env_file=None,
        slack_bot_token=SecretStr(standin.bot_token),
        slack_api_url=standin.api_url,
        policybot_data_dir=workdir,
        policybot_database_url=f"sqlite+aiosqlite:///{workdir / 'replay.db'}",
        policybot_allow_private_sources=True,  # the feeds live on 127.0.0.1
        policybot_alert_channels=[CHANNEL],
        policybot_admins=[],
        policybot_flood_limit=100,
        policybot_flood_window_minutes=60,
        policybot_metrics_port=0,
        llm_base_url=None,
        llm_model=None,
    )
    services = await build_services(settings, sources=feeds.sources(), backfill=None, min_post_interval=0.0, clock=clock)
    services.deliverer.flood_limit = NO_FLOOD_LIMIT
    outside = keep_local(services)
    days = sorted({published_utc(a).date() for a in articles})
    errors = 0

    def failed(day: object, reports: Sequence[SourceReport | None]) -> int:
        bad = [r for r in reports if r is not None and (r.error or r.deferred)]
        for r in bad:
            log.warning("%s: polling %s: %s", day, r.source_id, r.error or r.deferred)
        return len(bad)

    try:
        for day in days:
            clock.now = datetime.combine(day, DAY_END)
            feeds.until = clock.now
            # The outlets with something new, one at a time, in the order of their first new article;
            # then those with work left from a failed poll (the scheduler retries them on their backoff).
            fresh = [await services.pipeline.poll_source(o.id) for o in feeds.changed()]
            fresh += [await services.pipeline.poll_source(sid) for sid in await unfinished(services)]
            errors += failed(day, fresh)
            if sweep:  # every other outlet too: all due, nothing new (304), so nothing changes but time
                report = await services.pipeline.run_cycle()
                errors += failed(day, report.sources)
                fresh += report.sources
            delivery = await services.deliverer.deliver_due()
            if delivery.failed or delivery.retried:
                log.warning("%s: delivery failed %d, retried %d", day, delivery.failed, delivery.retried)
            log.debug("%s: %d polls, %d new items, %d posted, %d updates", day, sum(r is not None for r in fresh),
                      sum(r.new for r in fresh if r is not None), delivery.posted, delivery.updated)
    finally:
        await feeds.stop()
    stats, _ = await services.store.outbox_stats()
    return standin, services, {"days": len(days), "outlets": len(outlets), "poll_errors": errors,
                               "feed_requests": feeds.requests, "outbox": stats, "refused": outside}


# ---------------------------------------------------------------- what reached Slack


async def collect(
    articles: Sequence[dict[str, Any]], standin: SlackStandIn, services: Services
) -> tuple[list[AlertSeen], list[UpdateSeen], dict[str, Any]]:
    """Alerts and update notes posted in the channel, each mapped to the articles it carries; and each
    article's stored row (its analysis), for the diagnostics."""
    store = services.store
    async with store.engine.connect() as conn:
        rows = (await conn.execute(
            sa.select(items.c.id, items.c.guid, items.c.dedup_key, items.c.cluster_id, items.c.relevant,
                      items.c.analysis).order_by(items.c.id)
        )).mappings().all()
        update_rows = (await conn.execute(sa.select(alert_updates.c.id, alert_updates.c.alert_id,
                                                    alert_updates.c.item_id))).all()
    by_guid = {str(r["guid"]): r["id"] for r in rows}
    by_key = {str(r["dedup_key"]): r["id"] for r in rows}
    item_articles: dict[int, list[str]] = defaultdict(list)
    for a in articles:  # the feed's guid is the article id; a twin of a stored article shares its address
        item_id = by_guid.get(str(a["id"])) or by_key.get(dedup_key({"url": a.get("url"), "title": a.get("title"),
                                                                     "outlet": a.get("source")}))
        if item_id is None:
            log.warning("article %s was never stored", a["id"])
        else:
            item_articles[item_id].append(str(a["id"]))
    cluster_items: dict[int, list[int]] = defaultdict(list)
    for r in rows:
        if r["cluster_id"] is not None:
            cluster_items[r["cluster_id"]].append(r["id"])
    alert_rows = {a.id: a for a in await store.alerts(channel=CHANNEL)}
    updates_by_id = {u[0]: (u[1], u[2]) for u in update_rows}

    alerts: list[AlertSeen] = []
    notes: list[UpdateSeen] = []
    for message in standin.messages.get(CHANNEL, []):
        meta = message.get("metadata") or {}
        payload = meta.get("event_payload") or {}
        top = message.get("thread_ts") in (None, message["ts"])
        if top and meta.get("event_type") == ALERT_EVENT_TYPE:
            ids = sorted(payload_ids(payload["alert_ids"])) if "alert_ids" in payload else [payload["alert_id"]]
            for alert_id in ids:
                row = alert_rows[int(alert_id)]
                lead = item_articles.get(row.item_id)
                alerts.append(AlertSeen(
                    alert_id=row.id, ts=message["ts"], first=lead[0] if lead else None,
                    articles=[a for i in cluster_items.get(row.cluster_id, []) for a in item_articles.get(i, [])],
                    fields=alert_fields(message.get("blocks") or []), digest="alert_ids" in payload,
                ))
        elif not top and meta.get("event_type") == UPDATE_EVENT_TYPE:
            found = [updates_by_id[u] for u in sorted(payload_ids(payload.get("update_ids")))]
            notes.append(UpdateSeen(
                ts=message["ts"], alert_id=found[0][0] if found else -1,
                articles=[a for _, item_id in found for a in item_articles.get(item_id, [])],
            ))
        else:
            log.warning("unexpected message in the channel: %s", str(message.get("text"))[:120])
    judged = {a: r for r in rows for a in item_articles.get(r["id"], [])}
    return alerts, notes, judged


# ---------------------------------------------------------------- diagnostics


def describe(scored: Scored, articles: Sequence[dict[str, Any]], judged: dict[str, Any]) -> None:
    by_id = {str(a["id"]): a for a in articles}

    def line(aid: str | None) -> str:
        if aid is None:
            return "(unknown article)"
        a = by_id[aid]
        tag = gold_story(a) or f"negative:{(a.get('gold') or {}).get('negative_kind', '?')}"
        return f"{aid} [{tag}] {str(a.get('published'))[:10]} {a.get('source')}: {str(a.get('title'))[:100]}"

    def alert_lines(alert: AlertSeen) -> list[str]:
        return [f"    alert {alert.alert_id}: first {line(alert.first)}"] + [
            f"      + {line(a)}" for a in alert.articles if a != alert.first
        ]

    out: list[str] = []
    for story, found in scored.extra.items():
        out.append(f"EXTRA {story}: {len(found)} alerts")
        for alert in found:
            out += alert_lines(alert)
    for alert, stories in scored.mixed:
        out.append(f"MIXED alert {alert.alert_id}: {', '.join(stories)}")
        out += alert_lines(alert)
    for story in scored.missed:
        out.append(f"MISSED {story}")
        for a in articles:
            if gold_story(a) == story:
                row = judged.get(str(a["id"]))
                analysis = (row["analysis"] if row is not None else None) or {}
                why = f"score {analysis.get('score', '?')}" if row is not None else "never stored"
                out.append(f"    {line(str(a['id']))} ({why})")
    for alert in scored.noise:
        out.append(f"NOISE alert {alert.alert_id}")
        out += alert_lines(alert)
    for note, home in scored.wrong:
        out.append(f"WRONG update on alert {note.alert_id} (its story: {home or 'a negative'})")
        out += [f"      + {line(a)}" for a in note.articles]
    for alert in scored.cut:
        out.append(f"CUT alert {alert.alert_id} {line(alert.first)}\n    What changed: {alert.fields.get('What changed')}")
    for alert, stated in scored.when_missing:
        out.append(f"NO WHEN alert {alert.alert_id} (article states {stated!r}) {line(alert.first)}")
    print("\n".join(out), file=sys.stderr)


# ---------------------------------------------------------------- main


async def run(args: argparse.Namespace) -> dict[str, Any]:
    by_id: dict[str, dict[str, Any]] = {}
    for path in input_files(args):
        if not path.exists():
            raise SystemExit(f"{path} does not exist (bench/data/real/split.py builds the splits)")
        for article in load(path):
            if not in_split(article, None if args.file else args.split):
                continue
            if str(article["id"]) in by_id:
                log.warning("%s: article id %s seen before: the first one is kept", path, article["id"])
            else:
                by_id[str(article["id"])] = article
    articles = list(by_id.values())
    articles.sort(key=lambda a: (published_utc(a), str(a["id"])))
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="policybot-replay-") as tmp:
        standin, services, info = await replay(articles, Path(tmp), sweep=args.sweep)
        try:
            alerts, notes, judged = await collect(articles, standin, services)
        finally:
            await services.aclose()
            await standin.stop()
    scored = score(articles, alerts, notes)
    seconds = round(time.perf_counter() - started, 1)
    if args.verbose:
        describe(scored, articles, judged)
    log.info("%d articles from %d outlets over %d days; %d feed requests, %d poll errors, %d outside "
             "addresses refused, outbox %s; %.1f s", len(articles), info["outlets"], info["days"],
             info["feed_requests"], info["poll_errors"], len(info["refused"]), info["outbox"], seconds)
    return scored.result | {"days": info["days"], "outlets": info["outlets"], "seconds": seconds}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=["dev", "heldout", "all", "fit", "check"], default="heldout",
                        help="fit / check: the two parts of dev, cut by story as bench/quality.py cuts them")
    parser.add_argument("--file", type=Path, nargs="+",
                        help="articles JSONL file(s) with gold labels, replayed together (overrides --split)")
    parser.add_argument("--sweep", action="store_true",
                        help="also run a poll cycle over every outlet each day (slow; the same result)")
    parser.add_argument("-v", "--verbose", action="count", default=0,
                        help="list every wrong item (-vv: also a line per day)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")
    log.setLevel(logging.DEBUG if args.verbose > 1 else logging.INFO)
    result = asyncio.run(run(args))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
