"""Which channels an analysed item goes to: pure functions over subscriptions and settings."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from bot.models import StoredItem, Subscription
from bot.search import parse_query, rank
from bot.store import Store


def matches(item: StoredItem, query_text: str, *, now: datetime) -> bool:
    """Does a stored, analysed item satisfy a subscription's query?"""
    return bool(rank([item], parse_query(query_text), now=now, limit=1))


def route(
    item: StoredItem,
    subscriptions: Sequence[Subscription],
    alert_channels: Sequence[str],
    *,
    now: datetime,
) -> list[str]:
    """Channels that should get an alert for this item, each once, in a stable order."""
    if item.analysis is None or not item.analysis.relevant:
        return []
    channels = list(dict.fromkeys(alert_channels))
    for sub in subscriptions:
        if sub.channel not in channels and matches(item, sub.query, now=now):
            channels.append(sub.channel)
    return channels


async def enqueue_for_story(
    store: Store, item: StoredItem, cluster_id: int, is_new: bool, alert_channels: Sequence[str], *, now: datetime
) -> int:
    """Queue one outbox row per channel that should hear of this story; returns how many were new.

    The outbox's unique (cluster, channel) constraint makes this idempotent: a second outlet telling
    a story already alerted in a channel queues nothing there."""
    lead = item
    if not is_new:
        view = await store.get_cluster(cluster_id)
        lead = view.lead if view else item
    queued = 0
    for channel in route(lead, await store.subscriptions(), alert_channels, now=now):
        if await store.enqueue_alert(cluster_id, channel, lead.id, now=now):
            queued += 1
    return queued
