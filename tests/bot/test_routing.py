"""Routing: who hears of a story and how; the pipeline's hook for stories that grow."""

from __future__ import annotations

from datetime import timedelta

from bot.models import Subscription
from bot.routing import enqueue_for_story, feedback_factor, profile, profile_similarity, route
from bot.sandbox.stories import add_story
from bot.store import Store
from tests.conftest import NOW


def sub(channel: str, query: str, mode: str = "immediate", i: int = 1) -> Subscription:
    return Subscription(id=i, channel=channel, query=query, created_by="U1", created_at=NOW, mode=mode)  # type: ignore[arg-type]


async def test_route_modes_mutes_broken_and_feedback(store: Store) -> None:
    china, cluster = await add_story(store, title="China requires AI researchers to seek approval", now=NOW)
    subs = [sub("C0DAILY", "china ai", "daily"), sub("C0BOTH", "china", "daily", 2), sub("C0BOTH", "ai", i=3),
            sub("C0US", "us visa", i=4), sub("C0GONE", "china", i=5)]
    routes = route(china, subs, ["C0ALL"], now=NOW, cluster_id=cluster, broken={"C0GONE"})
    assert [(r.channel, r.mode) for r in routes] == [("C0ALL", "immediate"), ("C0DAILY", "daily"), ("C0BOTH", "immediate")]
    mutes = {"C0ALL": [await store.add_mute("C0ALL", f"cluster:{cluster}", "U1", now=NOW, cluster_id=cluster)],
             "C0DAILY": [await store.add_mute("C0DAILY", "q", "U1", now=NOW, query="jurisdiction:CN type:travel")]}
    muted = route(china, subs, ["C0ALL"], now=NOW, cluster_id=cluster, mutes=mutes, broken={"C0GONE"})
    assert [r.channel for r in muted] == ["C0BOTH"]
    negatives = {"C0BOTH": [profile(china)]}
    lowered = route(china, subs, ["C0ALL"], now=NOW, negatives=negatives, broken={"C0GONE"})
    assert [r.channel for r in lowered] == ["C0ALL", "C0DAILY"]


async def test_feedback_lowers_similar_stories_more_than_different_ones(store: Store) -> None:
    japan, _ = await add_story(store, title="Japan opens fast-track visa for semiconductor engineers", now=NOW,
                               jurisdictions=("JP",), topics=("semiconductors",), policy_type="visa")
    japan2, _ = await add_story(store, title="Japan extends visa fast track to more semiconductor engineers",
                                now=NOW, jurisdictions=("JP",), topics=("semiconductors",), policy_type="visa")
    china, _ = await add_story(store, title="China requires AI researchers to seek approval", now=NOW)
    p = profile(japan)
    assert profile_similarity(p, profile(japan2)) > 0.8
    assert profile_similarity(p, profile(china)) == 0.0
    assert feedback_factor(profile(japan2), [p]) < 0.5 < feedback_factor(profile(china), [p]) == 1.0


async def test_a_new_outlet_on_an_alerted_story_queues_an_update_not_an_alert(store: Store) -> None:
    first, cluster = await add_story(store, title="China requires approval", now=NOW)
    assert await enqueue_for_story(store, first, cluster, True, ["C0ALL"], now=NOW) == 1
    (alert,) = await store.alerts()
    second, _ = await add_story(store, title="Beijing tightens travel", now=NOW, outlet="Asia Tech Wire",
                                url="https://asiatechwire.example/a", join=cluster)
    # Not posted yet: the pending alert will show both outlets when posted; nothing else to queue.
    assert await enqueue_for_story(store, second, cluster, False, ["C0ALL"], now=NOW) == 0
    await store.mark_posted(alert.id, "1700000000.000100", now=NOW)
    third, _ = await add_story(store, title="Reuters: China travel approval", now=NOW, outlet="Reuters",
                               url="https://reuters.example/b", join=cluster)
    assert await enqueue_for_story(store, third, cluster, False, ["C0ALL"], now=NOW) == 1
    assert await enqueue_for_story(store, third, cluster, False, ["C0ALL"], now=NOW) == 0  # idempotent
    assert len(await store.alerts()) == 1
    assert [(u.alert_id, u.item_id) for u in await store.due_updates(NOW + timedelta(seconds=1))] == [(alert.id, third.id)]


async def test_routing_skips_broken_and_muted_channels_and_updates_skip_muted_stories(store: Store) -> None:
    first, cluster = await add_story(store, title="China requires approval", now=NOW)
    await store.mark_channel_broken("C0GONE", "is_archived", now=NOW)
    await store.add_subscription("C0SUB", "china", "U1", now=NOW, mode="daily")
    assert await enqueue_for_story(store, first, cluster, True, ["C0ALL", "C0GONE"], now=NOW) == 2
    assert sorted((a.channel, a.mode) for a in await store.alerts()) == [("C0ALL", "immediate"), ("C0SUB", "daily")]
    for alert in await store.alerts():
        await store.mark_posted(alert.id, f"17000000{alert.id}.000100", now=NOW)
    await store.add_mute("C0ALL", f"cluster:{cluster}", "U1", now=NOW, cluster_id=cluster)
    second, _ = await add_story(store, title="More", now=NOW, outlet="Reuters", url="https://r.example/", join=cluster)
    assert await enqueue_for_story(store, second, cluster, False, ["C0ALL"], now=NOW) == 1  # C0SUB's only
