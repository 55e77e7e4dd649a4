"""Which channels hear of a story, and how: pure functions over subscriptions, mutes and feedback,
plus the one store-facing entry point the pipeline calls, `enqueue_for_story`.

A channel gets a story when it is one of POLICYBOT_ALERT_CHANNELS or has a matching subscription,
unless it is broken (Slack refused it for good), has muted the story or a query the story matches, or
has said "Not relevant" to stories so similar that this one's score, lowered by that feedback, falls
below the relevance threshold. Immediate subscriptions (and alert channels) win over daily ones.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from bot.analysis.summarize import jaccard
from bot.analysis.tokens import tokenize
from bot.models import StoredItem, Subscription
from bot.search.query import parse_query, rank
from bot.store import Store
from bot.store.db import Mute

Mode = Literal["immediate", "daily"]

# An item this similar to one a channel called "Not relevant" loses FEEDBACK_WEIGHT x similarity of its score
# there (search ranks it lower; an alert is sent only while the lowered score stays >= RELEVANT_SCORE).
FEEDBACK_WEIGHT = 0.6
RELEVANT_SCORE = 0.5  # bot.analysis.relevance.THRESHOLD: the bar every alert already cleared
TITLE_TERMS = 12


@dataclass(frozen=True)
class Route:
    channel: str
    mode: Mode


# ---------------------------------------------------------------- "Not relevant" profiles


def profile(item: StoredItem) -> dict[str, Any]:
    """What "Not relevant" remembers of a story: its tags and the salient words of its headline."""
    a = item.analysis
    tags = set()
    if a is not None:
        tags |= {f"j:{j}" for j in a.jurisdictions} | {f"t:{t}" for t in a.topics} | {f"p:{a.policy_type}"}
    headline = a.summary.headline if a is not None else item.title
    terms = list(dict.fromkeys(tokenize(f"{item.title} {headline}")))[:TITLE_TERMS]
    return {"tags": sorted(tags), "terms": sorted(terms)}


def profile_similarity(a: Mapping[str, Any], b: Mapping[str, Any]) -> float:
    """0..1: same policy type (0.4), jurisdictions and topics (0.15 each, Jaccard), headline words (0.3)."""
    tags_a, tags_b = frozenset(a.get("tags", ())), frozenset(b.get("tags", ()))

    def kind(tags: frozenset[str], prefix: str) -> frozenset[str]:
        return frozenset(t for t in tags if t.startswith(prefix))

    same_type = bool(kind(tags_a, "p:") & kind(tags_b, "p:") - {"p:other"})
    return (
        0.4 * same_type
        + 0.15 * jaccard(kind(tags_a, "j:"), kind(tags_b, "j:"))
        + 0.15 * jaccard(kind(tags_a, "t:"), kind(tags_b, "t:"))
        + 0.3 * jaccard(frozenset(a.get("terms", ())), frozenset(b.get("terms", ())))
    )


def feedback_factor(item_profile: Mapping[str, Any], negatives: Sequence[Mapping[str, Any]]) -> float:
    """Multiplier (<= 1) for an item's score in a channel, from that channel's "Not relevant" profiles."""
    if not negatives:
        return 1.0
    return 1.0 - FEEDBACK_WEIGHT * max(profile_similarity(item_profile, n) for n in negatives)


# ---------------------------------------------------------------- routing


def matches(item: StoredItem, query_text: str, *, now: datetime) -> bool:
    """Does a stored, analysed item satisfy a subscription's (or a mute's) query?"""
    return bool(rank([item], parse_query(query_text), now=now, limit=1))


def is_muted(item: StoredItem, cluster_id: int | None, mutes: Sequence[Mute], *, now: datetime) -> bool:
    return any(
        (m.cluster_id is not None and m.cluster_id == cluster_id) or (m.query and matches(item, m.query, now=now))
        for m in mutes
    )


def route(
    item: StoredItem,
    subscriptions: Sequence[Subscription],
    alert_channels: Sequence[str],
    *,
    now: datetime,
    cluster_id: int | None = None,
    broken: Collection[str] = (),
    mutes: Mapping[str, Sequence[Mute]] | None = None,
    negatives: Mapping[str, Sequence[Mapping[str, Any]]] | None = None,
) -> list[Route]:
    """The channels that should hear of this item, each once, in a stable order, with how."""
    if item.analysis is None or not item.analysis.relevant:
        return []
    modes: dict[str, Mode] = {c: "immediate" for c in alert_channels}
    for sub in subscriptions:
        # Weekly subscriptions hear of stories only in the weekly brief (bot/slack/briefs.py).
        if sub.mode == "weekly" or modes.get(sub.channel) == "immediate" or not matches(item, sub.query, now=now):
            continue
        modes[sub.channel] = "immediate" if sub.mode == "immediate" else modes.get(sub.channel, "daily")
    mutes = mutes or {}
    negatives = negatives or {}
    item_profile = profile(item) if negatives else {}
    routes = []
    for channel, mode in modes.items():
        if channel in broken or is_muted(item, cluster_id, mutes.get(channel, ()), now=now):
            continue
        if item.analysis.score * feedback_factor(item_profile, negatives.get(channel, ())) < RELEVANT_SCORE:
            continue
        routes.append(Route(channel, mode))
    return routes


async def enqueue_for_story(
    store: Store, item: StoredItem, cluster_id: int, is_new: bool, alert_channels: Sequence[str], *, now: datetime
) -> int:
    """Queue what the channels should hear of a new relevant item; returns how many outbox rows were new.

    A new story queues one alert per routed channel. An item joining a story (is_new=False: another
    outlet, maybe a new status) queues, for each channel where the story was already alerted, an update
    that edits that alert and adds one threaded note — never a second top-level alert. Both are
    idempotent: the outbox is unique per (story, channel) and updates per (alert, item)."""
    view = None if is_new else await store.get_cluster(cluster_id)
    lead = view.lead if view is not None else item
    alerted = {a.channel: a for a in await store.alerts_for_cluster(cluster_id)} if not is_new else {}
    mutes: dict[str, list[Mute]] = {}
    for mute in await store.mutes():
        mutes.setdefault(mute.channel, []).append(mute)
    queued = 0
    for channel, alert in alerted.items():
        # A pending alert renders the whole story when it is posted: only a posted one needs an edit.
        if alert.state != "posted" or not alert.ts or is_muted(lead, cluster_id, mutes.get(channel, ()), now=now):
            continue
        if await store.enqueue_update(alert.id, item.id, now=now):
            queued += 1
    negatives: dict[str, list[dict[str, Any]]] = {}
    for row in await store.feedback():
        negatives.setdefault(row.channel, []).append(row.profile)
    routes = route(
        lead, await store.subscriptions(), alert_channels, now=now, cluster_id=cluster_id,
        broken=set(await store.broken_channels()), mutes=mutes, negatives=negatives,
    )
    fresh = [(r.channel, r.mode) for r in routes if r.channel not in alerted]
    queued += await store.enqueue_alerts(cluster_id, lead.id, fresh, now=now)
    return queued
