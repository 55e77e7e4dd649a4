"""A feed item's text reaches the store with its paragraphs and lines, through a real local HTTP server, and
items stored before texts kept their lines are not taken for changed ones."""

from __future__ import annotations

import hashlib
import random
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import pytest
import sqlalchemy as sa

from bot.models import RawItem, SourceConfig
from bot.pipeline import Pipeline, PollPolicy
from bot.sandbox.sources_server import SampleSourcesServer
from bot.sandbox.stories import store_item
from bot.sources.canonical import dedup_key
from bot.sources.fetch import Fetcher
from bot.store import Store
from bot.store.schema import items
from tests.conftest import Clock

POLICY = PollPolicy(
    jitter=0, max_backoff=timedelta(hours=1), pause_after=3, pause_for=timedelta(hours=12), source_deadline_s=3
)
LINK = "https://wire.example/2026/fee"
TITLE = "Agency raises the visa fee"
FEED = f"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Wire</title>
<item><guid>fee-1</guid><title>{TITLE}</title><link>{LINK}</link><pubDate>Thu, 26 Nov 2026 11:00:00 GMT</pubDate>
<description><![CDATA[<ul><li><a href="/">Home</a></li><li><a href="/tools">Fee Calculator</a></li></ul>
<p>The agency   raised the visa fee
for skilled workers.</p><p>It applies from May.<br>Officials confirmed it.</p>]]></description></item>
</channel></rss>""".encode()
LINED = "Home\n\nFee Calculator\n\nThe agency raised the visa fee for skilled workers.\n\nIt applies from May.\nOfficials confirmed it."


@pytest.fixture
async def served(store: Store) -> AsyncIterator[tuple[Store, SampleSourcesServer, Pipeline, SourceConfig]]:
    async with SampleSourcesServer() as server, Fetcher(
        allow_private=True, contact="mailto:test@example.org", total_timeout=1.0, read_timeout=0.8, connect_timeout=0.5
    ) as fetcher:
        server.set_sample("/wire.xml", FEED)
        source = SourceConfig.model_validate({"id": "wire", "name": "Wire", "kind": "rss", "url": server.url("/wire.xml")})
        pipeline = Pipeline(store, fetcher, [source], alert_channels=["C0ALERTS"], backfill=None, clock=Clock(),
                            policy=POLICY, rng=random.Random(7))
        yield store, server, pipeline, source


async def _rows(store: Store) -> list[Any]:
    async with store.engine.connect() as conn:
        return list((await conn.execute(sa.select(items).order_by(items.c.id))).mappings().all())


async def test_a_polled_items_text_keeps_its_paragraphs_and_its_menu_lines(served: Any) -> None:
    store, _, pipeline, _ = served
    report = await pipeline.run_cycle()
    assert report.errors == 0
    (row,) = await _rows(store)
    assert row["title"] == TITLE
    assert row["text"] == LINED


async def test_an_item_stored_on_one_line_before_the_upgrade_is_unchanged_after_it(served: Any) -> None:
    store, _, pipeline, source = served
    one_line = " ".join(LINED.split())  # what the feed reader stored before texts kept their lines
    old = RawItem(source_id=source.id, guid="fee-1", url=LINK, canonical_url=LINK, title=TITLE, text=one_line,
                  published=None, outlet="Wire")
    stored, change = await store_item(store, old, dedup_key(old), now=Clock()())
    assert change == "new"
    (row,) = await _rows(store)
    # The hash the earlier version wrote for this row (title and text as they were, nothing collapsed).
    assert row["content_hash"] == hashlib.sha256(f"{TITLE}\x00{one_line}".encode()).hexdigest()

    (report,) = (await pipeline.run_cycle()).sources
    assert (report.error, report.new, report.updated, report.queued) == (None, 0, 0, 0)
    (row,) = await _rows(store)
    assert (row["id"], row["text"], row["pending"]) == (stored.id, one_line, None)  # not re-analysed, no update note


async def test_an_article_pages_text_keeps_its_paragraphs(served: Any) -> None:
    store, server, _, _ = served
    first = "The ministry confirmed that engineers at private laboratories must now obtain approval before any trip. " * 3
    second = "The rule applies at once, and employers must keep a register of the trips approved. " * 3
    page = (f"<html><head><title>Approval</title></head><body><article><h1>Approval rule</h1><p>{first}</p>"
            f"<p>{second}</p><p>Officials declined to comment.</p></article></body></html>")
    server.set_route("/article.html", page.encode(), headers={"Content-Type": "text/html; charset=utf-8"})
    server.set_sample("/teaser.xml", f"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>
<title>Wire</title><item><guid>a-1</guid><title>Approval rule</title><link>{server.url("/article.html")}</link>
<description>A teaser.</description></item></channel></rss>""".encode())
    source = SourceConfig.model_validate({"id": "teaser", "name": "Teaser", "kind": "rss", "url": server.url("/teaser.xml"),
                                          "fetch_article_text": True})
    async with Fetcher(allow_private=True, contact="mailto:test@example.org") as fetcher:
        pipeline = Pipeline(store, fetcher, [source], alert_channels=["C0ALERTS"], backfill=None, clock=Clock(),
                            policy=POLICY, rng=random.Random(7))
        (report,) = (await pipeline.run_cycle()).sources
    assert report.articles == 1
    (row,) = await _rows(store)
    assert row["text_source"] == "article"
    assert f"{first.strip()}\n{second.strip()}" in row["text"]  # one paragraph a line, as the page has them
