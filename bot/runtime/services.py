"""The engine's parts, built once per process and handed to the Slack handlers and the scheduler."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal

from slack_sdk.web.async_client import AsyncWebClient

from bot.analysis.llm import LLMClient
from bot.config import Settings
from bot.models import SourceConfig
from bot.pipeline import Pipeline
from bot.pruner import Pruner, RetentionPolicy
from bot.search.index import SearchIndex
from bot.slack.briefs import Briefs
from bot.slack.delivery import MIN_INTERVAL_PER_CHANNEL_S, Deliverer
from bot.sources.catalogue import load_catalogue
from bot.sources.fetch import Fetcher
from bot.store import Store
from bot.store.db import now_utc
from bot.trends.service import Charts


@dataclass
class Services:
    settings: Settings
    store: Store
    fetcher: Fetcher
    client: AsyncWebClient
    sources: list[SourceConfig]
    pipeline: Pipeline
    deliverer: Deliverer
    clock: Callable[[], datetime] = field(default=now_utc)
    llm: LLMClient | None = None  # the optional LLM (LLM_BASE_URL, LLM_MODEL), one client per process
    finder: SearchIndex = field(init=False)  # the /policy search index over `store`
    charts: Charts = field(init=False)  # trends: counts, rendering off the loop, uploads
    pruner: Pruner = field(init=False)  # retention (bot/pruner.py)

    def __post_init__(self) -> None:
        keep_stories = self.settings.policybot_keep_stories_days
        self.finder = SearchIndex(
            self.store, self.clock, max_items=self.settings.policybot_search_items,
            max_age=timedelta(days=keep_stories) if keep_stories else None,
        )
        self.charts = self.deliverer.briefs.charts if self.deliverer.briefs else Charts(self.store, self.client, self.clock)
        self.pruner = Pruner(
            self.store, RetentionPolicy.from_settings(self.settings), clock=self.clock, owner=self.pipeline.owner,
            writing=self.pipeline.writing,
        )

    async def aclose(self) -> None:
        await self.fetcher.aclose()
        if self.llm is not None:
            await self.llm.aclose()
        await self.store.close()


def make_client(settings: Settings) -> AsyncWebClient:
    """The outbox's client. No retry handlers: slack_sdk's default re-sends a call after a dropped
    connection, and a chat.postMessage that Slack carried out before the cut would be posted twice. The
    outbox retries on its own schedule, looking for its message by metadata first."""
    token = settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else None
    return AsyncWebClient(token=token, base_url=settings.slack_api_url, retry_handlers=[])


async def build_services(
    settings: Settings,
    *,
    client: AsyncWebClient | None = None,
    store: Store | None = None,
    sources: list[SourceConfig] | None = None,
    backfill: timedelta | Literal["settings"] | None = "settings",
    min_post_interval: float | None = None,
    clock: Callable[[], datetime] = now_utc,
) -> Services:
    """Open the store, load the catalogue and build every stage. The caller owns `aclose()`."""
    if backfill == "settings":
        backfill = settings.backfill
    catalogue = sources if sources is not None else load_catalogue(settings.policybot_sources)
    store = store or await Store.open(settings.database_url)
    fetcher = Fetcher(
        allow_private=settings.policybot_allow_private_sources, contact=settings.policybot_contact,
        max_bytes=settings.max_feed_bytes,
    )
    client = client or make_client(settings)
    llm = LLMClient(settings.llm) if settings.llm.enabled else None
    pipeline = Pipeline(
        store, fetcher, catalogue, alert_channels=settings.policybot_alert_channels, backfill=backfill, clock=clock,
        llm=llm,
    )
    briefs = Briefs(
        client, store, Charts(store, client, clock), day=settings.policybot_weekly_brief_day,
        hour=settings.policybot_weekly_brief_hour, channels=settings.policybot_weekly_brief_channels,
    )
    deliverer = Deliverer(
        client, store, clock=clock,
        flood_limit=settings.policybot_flood_limit,
        flood_window=timedelta(minutes=settings.policybot_flood_window_minutes),
        digest_hour=settings.policybot_digest_hour,
        admins=settings.policybot_admins,
        min_interval=MIN_INTERVAL_PER_CHANNEL_S if min_post_interval is None else min_post_interval,
        briefs=briefs,
    )
    return Services(
        settings=settings, store=store, fetcher=fetcher, client=client, sources=catalogue,
        pipeline=pipeline, deliverer=deliverer, clock=clock,
        llm=llm,
    )
