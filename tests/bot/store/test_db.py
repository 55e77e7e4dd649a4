from __future__ import annotations

import hashlib
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import create_async_engine

from bot.errors import StorageError, StoreUnavailable
from bot.models import Analysis, RawItem, SourceConfig, Summary
from bot.sandbox.stories import store_item
from bot.store import Store
from bot.store.failures import database_error
from bot.store.items import content_hash
from tests.conftest import NOW


def raw(guid: str = "g1", title: str = "China requires approval", text: str = "Body.", **kw: object) -> RawItem:
    values: dict[str, object] = {
        "source_id": "decoder", "guid": guid, "url": f"https://example.com/{guid}",
        "canonical_url": f"https://example.com/{guid}", "title": title, "text": text,
        "published": NOW - timedelta(hours=1), "outlet": "The Decoder",
    }
    values.update(kw)
    return RawItem.model_validate(values)


def analysis(relevant: bool = True) -> Analysis:
    return Analysis(relevant=relevant, score=0.9 if relevant else 0.1, jurisdictions=("CN",), topics=("ai",),
                    policy_type="travel_restriction", status="reported", summary=Summary(headline="h"))


async def test_new_item_then_unchanged_then_updated(store: Store) -> None:
    item, change = await store_item(store, raw(), "https://example.com/g1", now=NOW)
    assert change == "new"
    assert item.first_seen == NOW
    assert item.published is not None and item.published.tzinfo is not None
    again, change = await store_item(store, raw(), "https://example.com/g1", now=NOW)
    assert (again.id, change) == (item.id, "unchanged")
    retitled, change = await store_item(store, raw(title="China now requires approval"), "https://example.com/g1",
                                        now=NOW)
    assert (retitled.id, change) == (item.id, "updated")
    assert retitled.title == "China now requires approval"
    assert await store.count_items() == 1


async def test_same_story_key_from_another_guid_is_the_same_item(store: Store) -> None:
    first, _ = await store_item(store, raw(guid="a"), "key", now=NOW)
    second, change = await store_item(store, raw(guid="b"), "key", now=NOW)
    assert second.id == first.id and change == "unchanged"


async def test_analysis_round_trip_and_relevant_items(store: Store) -> None:
    item, _ = await store_item(store, raw(), "k1", now=NOW)
    other, _ = await store_item(store, raw(guid="g2", title="Model release"), "k2", now=NOW)
    await store.set_analysis(item.id, analysis())
    await store.set_analysis(other.id, analysis(relevant=False))
    found = await store.relevant_items()
    assert [i.id for i in found] == [item.id]
    assert found[0].analysis == analysis()


async def test_outbox_is_unique_per_cluster_and_channel(store: Store) -> None:
    item, _ = await store_item(store, raw(), "k1", now=NOW)
    cluster = await store.create_cluster("c-1", {"tokens": []}, item.id, now=NOW)
    assert await store.enqueue_alert(cluster, "C1", item.id, now=NOW) is True
    assert await store.enqueue_alert(cluster, "C1", item.id, now=NOW) is False
    assert await store.enqueue_alert(cluster, "C2", item.id, now=NOW) is True
    due = await store.due_alerts(NOW)
    assert [(a.channel, a.state) for a in due] == [("C1", "pending"), ("C2", "pending")]
    # Several channels in one statement: only the new (cluster, channel) pairs are queued.
    assert await store.enqueue_alerts(cluster, item.id, [("C2", "immediate"), ("C3", "daily"), ("C4", "immediate")],
                                      now=NOW) == 2
    assert await store.enqueue_alerts(cluster, item.id, [("C3", "daily")], now=NOW) == 0
    assert await store.enqueue_alerts(cluster, item.id, [], now=NOW) == 0
    assert {(a.channel, a.mode) for a in await store.alerts()} == {
        ("C1", "immediate"), ("C2", "immediate"), ("C3", "daily"), ("C4", "immediate")
    }


async def test_alert_lifecycle(store: Store) -> None:
    item, _ = await store_item(store, raw(), "k1", now=NOW)
    cluster = await store.create_cluster("c-1", {}, item.id, now=NOW)
    await store.enqueue_alert(cluster, "C1", item.id, now=NOW)
    (alert,) = await store.due_alerts(NOW)
    await store.begin_attempt(alert.id)
    await store.mark_retry(alert.id, "ratelimited", retry_at=NOW + timedelta(seconds=30))
    assert await store.due_alerts(NOW) == []
    assert min(a.next_attempt_at for a in await store.alerts() if a.state == "pending") == NOW + timedelta(seconds=30)
    (retry,) = await store.due_alerts(NOW + timedelta(seconds=31))
    assert retry.attempts == 1 and retry.last_error == "ratelimited"
    await store.mark_posted(alert.id, "1700000000.000100", now=NOW)
    (posted,) = await store.alerts_for_message("C1", "1700000000.000100")
    assert posted.state == "posted" and posted.cluster_id == cluster


async def test_cluster_view_lists_members_and_outlets(store: Store) -> None:
    lead, _ = await store_item(store, raw(), "k1", now=NOW)
    other, _ = await store_item(store, raw(guid="x", source_id="wire", outlet="Asia Tech Wire"), "k2", now=NOW)
    cid = await store.create_cluster("c-1", {}, lead.id, now=NOW)
    await store.join_cluster(cid, other.id, now=NOW)
    view = await store.get_cluster(cid)
    assert view is not None
    assert view.lead.id == lead.id
    assert [m.id for m in view.members] == [lead.id, other.id]
    assert view.other_outlets == [("Asia Tech Wire", "https://example.com/x")]
    assert [key for _, key, _, _ in await store.clusters_since(NOW - timedelta(days=1))] == ["c-1"]


async def test_database_failures_reach_callers_as_the_projects_exceptions(store: Store, tmp_path: Path) -> None:
    unusable = Store(create_async_engine(f"sqlite+aiosqlite:///{tmp_path / 'missing' / 'x.db'}"))
    try:
        with pytest.raises(StorageError, match="cannot be written: unable to open database file") as failed:
            await unusable.ping()
        assert failed.value.reason == "unable to open database file"
        with pytest.raises(StorageError):
            await unusable.source_states()
    finally:
        await unusable.close()
    # A bug in SQL keeps its own exception, even when the caller was handling a network error of its own.
    item, _ = await store_item(store, raw(), "k1", now=NOW)
    await store.create_cluster("c-1", {}, item.id, now=NOW)
    try:
        raise ConnectionResetError("Slack went away")
    except OSError as slack:
        with pytest.raises(sa.exc.IntegrityError):
            await store.create_cluster("c-1", {}, item.id, now=NOW)
        try:  # even where the bug's exception is chained to it: the caller's error is not the store's
            raise ValueError("a bug")
        except ValueError as bug:
            assert database_error(bug, outer=slack) is None
            assert isinstance(database_error(bug), StoreUnavailable)  # what `outer` keeps out


async def test_subscriptions(store: Store) -> None:
    sub = await store.add_subscription("C1", "china ai", "U1", now=NOW)
    same = await store.add_subscription("C1", "china ai", "U2", now=NOW)
    assert same.id == sub.id
    await store.add_subscription("C2", "us visa", "U1", now=NOW)
    assert [s.query for s in await store.subscriptions("C1")] == ["china ai"]
    assert await store.remove_subscription(sub.id, "C2") is False  # not that channel's
    assert await store.remove_subscription(sub.id, "C1") is True
    assert [s.channel for s in await store.subscriptions()] == ["C2"]


async def test_source_state_keeps_validators_across_304(store: Store) -> None:
    cfg = SourceConfig(id="decoder", name="The Decoder", kind="rss", url="https://the-decoder.com/feed/")
    await store.sync_sources([cfg])
    await store.record_poll("decoder", now=NOW, next_poll_at=NOW, error=None, etag='"v1"', body_hash="h",
                            new_items=3)
    await store.record_poll("decoder", now=NOW, next_poll_at=NOW, error=None)  # a 304 brings no etag
    await store.record_poll("decoder", now=NOW, next_poll_at=NOW, error="HTTP 500 from the-decoder.com")
    state = (await store.source_states())["decoder"]
    assert state.etag == '"v1"' and state.body_hash == "h"
    assert state.polls == 3 and state.items_seen == 3
    assert state.error_count == 1 and state.last_error == "HTTP 500 from the-decoder.com"
    await store.sync_sources([cfg])  # re-syncing the catalogue keeps the fetch state
    assert (await store.source_states())["decoder"].etag == '"v1"'


async def test_event_dedup(store: Store) -> None:
    assert await store.first_sighting("Ev1", now=NOW) is True
    assert await store.first_sighting("Ev1", now=NOW) is False
    assert await store.first_sighting("Ev2", now=NOW) is True


async def test_database_of_an_earlier_version_gets_the_new_columns(tmp_path: object) -> None:
    import sqlalchemy as sa
    from sqlalchemy.ext.asyncio import create_async_engine

    url = f"sqlite+aiosqlite:///{tmp_path}/old.db"
    engine = create_async_engine(url)
    async with engine.begin() as conn:
        await conn.execute(sa.text(
            "CREATE TABLE subscriptions (id INTEGER PRIMARY KEY, channel VARCHAR(32) NOT NULL, query TEXT NOT NULL, "
            "created_by VARCHAR(32) NOT NULL, created_at DATETIME NOT NULL, UNIQUE (channel, query))"
        ))
        await conn.execute(sa.text(
            "INSERT INTO subscriptions (channel, query, created_by, created_at) VALUES ('C1', 'china', 'U1', '2026-11-28 12:00:00')"
        ))
    await engine.dispose()
    store = await Store.open(url)
    try:
        (old,) = await store.subscriptions()
        assert (old.query, old.mode) == ("china", "immediate")
        await store.add_subscription("C1", "china", "U1", now=NOW, mode="daily")
        assert [s.mode for s in await store.subscriptions()] == ["daily"]
    finally:
        await store.close()


async def test_broken_channels_feedback_and_mutes(store: Store) -> None:
    assert await store.mark_channel_broken("C1", "is_archived", now=NOW)
    assert not await store.mark_channel_broken("C1", "not_in_channel", now=NOW)
    assert await store.claim_broken_notice("C1", now=NOW)
    assert not await store.claim_broken_notice("C1", now=NOW)  # owners are told once
    assert (await store.broken_channels())["C1"].error == "is_archived"
    assert await store.clear_broken_channel("C1") and await store.broken_channels() == {}
    assert await store.add_feedback("C1", 5, "U1", {"tags": ["p:visa"]}, now=NOW)
    assert not await store.add_feedback("C1", 5, "U1", {"tags": ["p:visa"]}, now=NOW)
    assert [f.profile for f in await store.feedback("C1")] == [{"tags": ["p:visa"]}]
    mute = await store.add_mute("C1", "query:jurisdiction:CN", "U1", now=NOW, query="jurisdiction:CN")
    again = await store.add_mute("C1", "query:jurisdiction:CN", "U2", now=NOW, query="jurisdiction:CN")
    assert again.id == mute.id and [m.query for m in await store.mutes("C1")] == ["jurisdiction:CN"]
    assert not await store.remove_mute(mute.id, "C2") and await store.remove_mute(mute.id, "C1")


async def test_an_items_layout_alone_is_no_change(store: Store) -> None:
    """Feed texts once read onto one line now keep their lines: the same words are the same item."""
    item, _ = await store_item(store, raw(text="The fee rises. It applies in May."), "k", now=NOW)
    again, change = await store_item(store, raw(text="The fee rises.\n\nIt applies\nin May."), "k", now=NOW)
    assert (again.id, change, again.text) == (item.id, "unchanged", "The fee rises. It applies in May.")
    edited, change = await store_item(store, raw(text="The fee rises.\n\nIt applies in June."), "k", now=NOW)
    assert (edited.id, change, edited.text) == (item.id, "updated", "The fee rises.\n\nIt applies in June.")


def test_a_text_without_lines_is_hashed_as_it_always_was() -> None:
    """Texts that never had lines (API adapters', pages') keep the hash stored for them, spaces and all."""
    item = raw(text="Rule  text\u00a0with odd  spacing.")
    assert content_hash(item) == hashlib.sha256(f"{item.title}\x00{item.text}".encode()).hexdigest()
