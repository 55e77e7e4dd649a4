"""App Home: on `app_home_opened`, publish the user's view (views.publish) of subscriptions, alerts, sources."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.models import Subscription
from bot.runtime.services import Services
from bot.slack.blocks import Block, HomeAlert, home_view
from bot.sources.health import sources_table
from bot.trends.brief import chart_blocks, trends_text
from bot.trends.counts import next_monday
from bot.trends.service import describe
from handlers.access import is_admin
from handlers.trends import UPLOAD_ERRORS

log = logging.getLogger(__name__)

MAX_CHANNELS = 1000  # users.conversations pages; a user in more channels sees the first thousand's


async def user_channels(client: AsyncWebClient, user: str) -> list[str] | None:
    """The channels the user is in (that the bot can see), or None when Slack will not say."""
    channels: list[str] = []
    cursor = None
    try:
        while len(channels) < MAX_CHANNELS:
            response = await client.users_conversations(
                user=user, types="public_channel,private_channel", exclude_archived=True, limit=200, cursor=cursor
            )
            found: list[dict[str, Any]] = response.get("channels", [])
            channels += [str(c["id"]) for c in found]
            cursor = (response.get("response_metadata") or {}).get("next_cursor")
            if not cursor:
                break
    except SlackApiError as exc:
        log.warning("users.conversations for %s failed (%s): Home shows the user's own subscriptions",
                    user, exc.response.get("error"))
        return None
    return channels


async def trend_blocks(services: Services, subs: list[Subscription]) -> list[Block]:
    """The 12-week chart of the user's channels' subscriptions (all their queries together), or a line
    saying there is nothing to chart. The chart is uploaded privately and re-used while counts hold."""
    queries = sorted({s.query for s in subs})
    if not queries:
        return []
    series, _ = await services.charts.series(queries, next_monday(services.clock()))
    description = describe(queries)
    file_id = None
    if not series.empty:
        try:
            file_id = await services.charts.private_chart(("home", *queries), series, description)
        except UPLOAD_ERRORS as exc:
            log.warning("could not upload the Home chart: %s", exc)
    if series.empty:
        return [{"type": "context", "elements": [{"type": "mrkdwn", "text": trends_text(description, series,
                                                                                         has_chart=False)[:3000]}]}]
    total = sum(series.totals)
    text = f"*Stories per week, last {len(series.weeks)} weeks*: {total} matching your channels' subscriptions"
    return chart_blocks(text, file_id, f"Stories per week: {description}")


async def build_home(services: Services, client: AsyncWebClient, user: str) -> dict[str, Any]:
    store = services.store
    channels = await user_channels(client, user)
    subs = await store.subscriptions()
    if channels is not None:
        mine = set(channels)
        subs = [s for s in subs if s.channel in mine]
    else:
        subs = [s for s in subs if s.created_by == user]
    latest = []
    for alert in await store.latest_alerts(channels=channels, limit=10):
        cluster = await store.get_cluster(alert.cluster_id)
        if cluster is not None:
            latest.append(HomeAlert(alert, cluster))
    return home_view(
        user=user,
        channels=channels,
        subs=subs,
        broken=await store.broken_channels(),
        latest=latest,
        health=sources_table(services.sources, await store.source_states()),
        is_admin=is_admin(services, user),
        now=services.clock(),
        trend=await trend_blocks(services, subs),
        paused=pause.reason if (pause := services.deliverer.pause) and pause.active(services.clock()) else None,
    )


def register(app: AsyncApp, services: Services) -> None:
    @app.event("app_home_opened")
    async def on_home_opened(event: dict[str, Any], client: AsyncWebClient) -> None:
        if event.get("tab") != "home":
            return  # the Messages tab
        user = str(event.get("user", ""))
        view = await build_home(services, client, user)
        await client.views_publish(user_id=user, view=view)
