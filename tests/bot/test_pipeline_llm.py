"""The optional LLM in the poll pipeline: a relevant item's alert carries the model's summary; an
irrelevant one costs no request; a broken endpoint leaves the extractive summary (and loses nothing)."""

from __future__ import annotations

import random
from collections.abc import AsyncIterator

import pytest

from bot.analysis.llm import LLMClient, LLMSettings
from bot.models import SourceConfig
from bot.pipeline import Pipeline, PollPolicy
from bot.sandbox.llm import FakeLLM
from bot.sandbox.sources_server import SampleSourcesServer
from bot.slack.blocks import alert_message
from bot.sources.fetch import Fetcher
from bot.store import Store
from tests.bot.analysis import test_enrich
from tests.bot.analysis.test_enrich import GOOD, TEXT, TITLE
from tests.conftest import NOW

fake = test_enrich.fake  # the local fake chat-completions endpoint, a fixture shared with those tests

NOISE = "Chipmaker unveils a faster AI accelerator"


def _feed(extra: str = "") -> bytes:
    items = [("h1b", TITLE, TEXT + extra), ("chip", NOISE, "The company said the new chip doubles training speed.")]
    body = "".join(
        f"<item><guid>{g}</guid><title>{t}</title><link>https://news.example/{g}</link>"
        f"<pubDate>Sat, 28 Nov 2026 09:00:00 GMT</pubDate><description>{d}</description></item>"
        for g, t, d in items
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{body}</channel></rss>'.encode()


@pytest.fixture
async def server() -> AsyncIterator[SampleSourcesServer]:
    async with SampleSourcesServer() as s:
        s.set_route("/wire.xml", _feed(), headers={"Content-Type": "application/rss+xml"})
        yield s


async def _run(store: Store, server: SampleSourcesServer, llm: LLMClient) -> None:
    source = SourceConfig.model_validate({"id": "wire", "name": "Wire", "kind": "rss", "url": server.url("/wire.xml")})
    async with Fetcher(allow_private=True, contact="mailto:t@example.org") as fetcher:
        pipeline = Pipeline(
            store, fetcher, [source], alert_channels=["C1"], backfill=None, clock=lambda: NOW,
            policy=PollPolicy(jitter=0), rng=random.Random(1), llm=llm,
        )
        report = await pipeline.run_cycle()
    assert [s.error for s in report.sources] == [None]


async def test_the_alert_carries_the_models_summary(store: Store, server: SampleSourcesServer, fake: tuple[FakeLLM, str]) -> None:
    state, url = fake
    async with LLMClient(LLMSettings(base_url=url, model="test-model")) as llm:
        await _run(store, server, llm)
    assert len(state.requests) == 1  # the relevant item only
    assert TITLE in str(state.requests[0])
    (alert,) = await store.alerts()
    cluster = await store.get_cluster(alert.cluster_id)
    assert cluster is not None
    _, blocks, _ = alert_message(cluster, alert.id)
    assert GOOD["headline"] in str(blocks)


async def test_a_broken_endpoint_keeps_the_extractive_summary(
    store: Store, server: SampleSourcesServer, fake: tuple[FakeLLM, str]
) -> None:
    state, url = fake
    state.content = "this is not JSON"
    # New text: summaries are cached by content for the life of the process (the first test's is valid).
    server.set_route("/wire.xml", _feed(" Employers reacted."), headers={"Content-Type": "application/rss+xml"})
    async with LLMClient(LLMSettings(base_url=url, model="test-model")) as llm:
        await _run(store, server, llm)
    (alert,) = await store.alerts()
    item = await store.get_item(alert.item_id)
    assert item is not None and item.analysis is not None
    assert len(state.requests) == 1
    assert item.analysis.summary.headline and item.analysis.summary.headline != GOOD["headline"]
