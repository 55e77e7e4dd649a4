"""Which channels an analysed item goes to: pure functions over subscriptions and settings."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from bot.models import StoredItem, Subscription
from bot.search import parse_query, rank


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
