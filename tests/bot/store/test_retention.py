"""Retention on both engines: what the pruner deletes and compacts, what it must keep (pending work, live
stories, alerts that keep a story from being alerted twice), one pruner at a time, space given back."""

from __future__ import annotations

from datetime import datetime, timedelta

import sqlalchemy as sa

from bot.models import Analysis, RawItem, Summary
from bot.pruner import LEASE_NAME, Pruner, RetentionPolicy
from bot.sandbox.stories import add_story, store_item
from bot.store import Store
from bot.store.items import ItemInput
from bot.store.retention import COMPACT_CHARS
from bot.store.schema import alert_updates, alerts, clusters, feedback, items, mutes
from tests.conftest import NOW

OLD = NOW - timedelta(days=40)
CUT = NOW - timedelta(days=30)


def raw(guid: str, text: str = "Body.", **kw: object) -> RawItem:
    values: dict[str, object] = {
        "source_id": "decoder", "guid": guid, "url": f"https://example.com/{guid}",
        "canonical_url": f"https://example.com/{guid}", "title": f"Title {guid}",
        "text": text, "published": OLD, "outlet": "The Decoder",
    }
    values.update(kw)
    return RawItem.model_validate(values)


async def irrelevant(store: Store, guid: str, *, now: datetime) -> int:
    item, _ = await store_item(store, raw(guid), guid, now=now)
    await store.set_analysis(item.id, Analysis(relevant=False, score=0.1, summary=Summary(headline="h")))
    return item.id


async def ids(store: Store, table: sa.Table) -> set[int]:
    async with store.engine.connect() as conn:
        return {int(r[0]) for r in (await conn.execute(sa.select(table.c.id))).all()}


async def test_old_irrelevant_items_go_and_everything_else_stays(store: Store) -> None:
    old = await irrelevant(store, "old", now=OLD)
    recent = await irrelevant(store, "recent", now=NOW)
    story, _ = await add_story(store, title="China requires exit approval", now=OLD)
    # Stored by a poll and not yet analysed: pending, so the analysis stage still needs it.
    await store.save_items([ItemInput(raw=raw("waiting"), key="waiting")], now=OLD)
    # Irrelevant now, but once placed in a story (a re-analysis turned it down): its story keeps it.
    placed, cluster = await add_story(store, title="Visa fee rises", now=OLD, guid="placed")
    await store.set_analysis(placed.id, Analysis(relevant=False, score=0.1, summary=Summary(headline="h")))
    assert await store.enqueue_alert(cluster, "C1", placed.id, now=OLD)

    assert await store.delete_irrelevant_items(before=CUT, limit=10) == 1

    left = await ids(store, items)
    assert old not in left
    assert {recent, story.id, placed.id} <= left and len(left) == 4  # the pending one too


async def test_irrelevant_items_go_in_batches_of_the_limit(store: Store) -> None:
    for n in range(5):
        await irrelevant(store, f"g{n}", now=OLD)
    assert await store.delete_irrelevant_items(before=CUT, limit=2) == 2
    assert await store.delete_irrelevant_items(before=CUT, limit=2) == 2
    assert await store.delete_irrelevant_items(before=CUT, limit=2) == 1
    assert await ids(store, items) == set()


async def test_compaction_cuts_old_texts_once_and_polls_see_no_change(store: Store) -> None:
    long_text = "Exit approval. " * 400  # 6,000 characters
    old, _ = await store_item(store, raw("old", text=long_text), "old", now=OLD)
    recent, _ = await store_item(store, raw("recent", text=long_text), "recent", now=NOW)

    assert await store.compact_texts(before=CUT, now=NOW, limit=10) == 1
    assert await store.compact_texts(before=CUT, now=NOW, limit=10) == 0  # each item once

    compacted = await store.get_item(old.id)
    kept = await store.get_item(recent.id)
    assert compacted is not None and kept is not None
    assert compacted.text == long_text[:COMPACT_CHARS]
    assert kept.text == long_text
    # The feed still carries the whole text: the item is the same, not an update to re-analyse.
    _, change = await store_item(store, raw("old", text=long_text), "old", now=NOW)
    assert change == "unchanged"


async def test_posted_update_notes_go_pending_ones_stay(store: Store) -> None:
    lead, cluster = await add_story(store, title="China requires exit approval", now=OLD)
    second, _ = await add_story(store, title="China exit approval widened", now=OLD, join=cluster, guid="2")
    third, _ = await add_story(store, title="China exit approval in force", now=OLD, join=cluster, guid="3")
    await store.enqueue_alert(cluster, "C1", lead.id, now=OLD)
    (alert,) = await store.alerts()
    await store.mark_posted(alert.id, "1.0", now=OLD)
    await store.enqueue_update(alert.id, second.id, now=OLD)
    await store.enqueue_update(alert.id, third.id, now=OLD)
    first_note, second_note = await store.due_updates(NOW)
    await store.set_updates([first_note.id], state="posted", ts="1.1", posted_at=OLD)

    assert await store.delete_delivered_updates(before=CUT, limit=10) == 1

    assert await ids(store, alert_updates) == {second_note.id}
    assert await ids(store, alerts) == {alert.id}  # the alert stays with its story


async def test_stale_stories_go_whole_unless_something_is_pending(store: Store) -> None:
    # A story finished long ago: posted alert, a posted note, feedback and a mute on it.
    gone, gone_cluster = await add_story(store, title="China requires exit approval", now=OLD)
    member, _ = await add_story(store, title="China exit approval widened", now=OLD, join=gone_cluster, guid="m")
    await store.enqueue_alert(gone_cluster, "C1", gone.id, now=OLD)
    (alert,) = await store.alerts()
    await store.mark_posted(alert.id, "1.0", now=OLD)
    await store.enqueue_update(alert.id, member.id, now=OLD)
    (note,) = await store.due_updates(NOW)
    await store.set_updates([note.id], state="posted", ts="1.1", posted_at=OLD)
    await store.add_feedback("C1", gone_cluster, "U1", {"tags": []}, now=OLD)
    await store.add_mute("C1", f"cluster:{gone_cluster}", "U1", now=OLD, cluster_id=gone_cluster)
    # Just as old, but its alert was never posted: the outbox still needs the story.
    waiting, waiting_cluster = await add_story(store, title="Visa fee rises", now=OLD, guid="w")
    await store.enqueue_alert(waiting_cluster, "C1", waiting.id, now=OLD)
    # Recent.
    fresh, fresh_cluster = await add_story(store, title="Talent route opens", now=NOW, guid="f")

    assert await store.delete_stories(before=CUT, limit=10) == 1

    assert await ids(store, clusters) == {waiting_cluster, fresh_cluster}
    assert await ids(store, items) == {waiting.id, fresh.id}
    assert [a.cluster_id for a in await store.alerts()] == [waiting_cluster]
    assert await ids(store, alert_updates) == set()
    assert await ids(store, feedback) == set()
    assert await ids(store, mutes) == set()


def pruner(store: Store, *, owner: str, **policy: timedelta | None) -> Pruner:
    return Pruner(store, RetentionPolicy(**policy), clock=lambda: NOW, owner=owner, batch=2, pause_s=0)


async def test_pruner_works_through_a_backlog_in_batches(store: Store) -> None:
    for n in range(7):
        await irrelevant(store, f"g{n}", now=OLD)
    await store.first_sighting("ev:old", now=NOW - timedelta(days=3))
    await store.first_sighting("ev:new", now=NOW)

    report = await pruner(store, owner="a", irrelevant=timedelta(days=30)).run()

    assert report is not None
    assert (report.irrelevant, report.events) == (7, 1)
    assert await ids(store, items) == set()
    assert LEASE_NAME not in await store.lease_holders()  # handed back at the end
    assert await store.first_sighting("ev:new", now=NOW) is False  # still remembered


async def test_one_pruner_at_a_time(store: Store) -> None:
    await irrelevant(store, "old", now=OLD)
    assert await store.claim_lease(LEASE_NAME, "other", now=NOW, until=NOW + timedelta(minutes=5))

    assert await pruner(store, owner="me", irrelevant=timedelta(days=30)).run() is None
    assert len(await ids(store, items)) == 1

    await store.release_lease(LEASE_NAME, "other")
    report = await pruner(store, owner="me", irrelevant=timedelta(days=30)).run()
    assert report is not None and report.irrelevant == 1


async def test_stories_are_never_deleted_while_they_are_open_to_new_reports(store: Store) -> None:
    """POLICYBOT_KEEP_STORIES_DAYS below the placer's window would let a late report join a deleted story:
    the pruner never goes below it."""
    _, cluster = await add_story(store, title="China requires exit approval", now=NOW - timedelta(days=400))
    report = await pruner(store, owner="a", stories=timedelta(days=30)).run()
    assert report is not None and report.stories == 0
    assert await ids(store, clusters) == {cluster}


async def test_space_is_given_back_on_sqlite(store: Store) -> None:
    if store.dialect != "sqlite":
        # PostgreSQL: autovacuum's job; where it is off, the pruner vacuums the tables it wrote to.
        assert await store.reclaim_space(max_pages=100) == 0
        async with store.engine.connect() as conn:
            autovacuum = (await conn.exec_driver_sql("SHOW autovacuum")).scalar_one()
            vacuumed = (
                await conn.exec_driver_sql("SELECT last_vacuum FROM pg_stat_user_tables WHERE relname = 'items'")
            ).scalar_one()
        assert (vacuumed is not None) == (autovacuum == "off")
        return
    for n in range(300):
        await store_item(store, raw(f"g{n}", text="x" * 4000), f"g{n}", now=OLD)
    before = await store.database_bytes()
    async with store.engine.begin() as conn:
        await conn.execute(sa.delete(items))

    freed = 0
    while (pages := await store.reclaim_space(max_pages=50)) > 0:
        assert pages <= 50
        freed += pages
    assert freed > 200
    assert await store.database_bytes() < before / 3


async def test_table_sizes(store: Store) -> None:
    for n in range(3):
        await store_item(store, raw(f"g{n}", text="x" * 2000), f"g{n}", now=OLD)
    sizes = {t.table: t for t in await store.table_sizes()}
    assert sizes["items"].rows == 3 and sizes["alerts"].rows == 0
    assert sizes["items"].bytes is not None and sizes["items"].bytes >= 6000
    assert await store.database_bytes() >= sizes["items"].bytes
