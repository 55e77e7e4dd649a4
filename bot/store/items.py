"""Items: what the sources published, written a poll (or a group of polls) at a time, with their
analyses, their place in the pipeline (pending) and what the /policy search index reads."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime
from typing import Any, Literal

import sqlalchemy as sa
from pydantic import BaseModel, ConfigDict
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.models import Analysis, RawItem, StoredItem
from bot.store.base import StoreBase, utc, utc_required
from bot.store.schema import items, sources
from bot.store.sources import SUCCESS_UPDATE, PollRecord, success_params

ItemChange = Literal["new", "updated", "unchanged"]
PendingKind = Literal["new", "quiet", "updated"]


def content_hash(raw: RawItem) -> str:
    """What makes an item 'changed': the words of its title and text, not its date, link decorations or
    layout. Feed texts were once read onto one line and now keep their lines: hashed on one line, an item
    stored before that upgrade is still 'unchanged' (not re-analysed, no update note) when polled after it."""
    text = raw.text
    if "\n" in text:  # only a text with lines differs from its one-line form (and a text without is hashed as before)
        text = " ".join(text.split())
    return hashlib.sha256(f"{raw.title}\x00{text}".encode()).hexdigest()


Identity = tuple[str, str, str]  # (source id, GUID, de-duplication key): what makes a stored item the same


class ItemInput(BaseModel):
    """One parsed item to store, with its de-duplication key and, when fetched, its article text.

    `quiet`: new but older than the first poll's backfill window: analysed and clustered, never alerted.
    """

    model_config = ConfigDict(frozen=True)

    raw: RawItem
    key: str
    full_text: str | None = None
    quiet: bool = False


class PollWrite(BaseModel):
    """One source's poll to store: its items (maybe none) and its success record, as of `now`.

    `hold`: (owner, until) when the poll's new or changed items are still to be analysed and routed by
    this replica: the source then stays due and leased to it until `mark_processed` releases it, so that
    if the replica dies in between, whoever takes the source over finishes the job at once rather than
    an interval later. Without `hold` (or when nothing changed) the record ends the lease.
    """

    model_config = ConfigDict(frozen=True)

    batch: tuple[ItemInput, ...] = ()
    poll: PollRecord | None = None
    now: datetime
    hold: tuple[str, datetime] | None = None


class IndexRow(BaseModel):
    """What the /policy search index keeps of an item (see bot/search/index.py)."""

    model_config = ConfigDict(frozen=True)

    item: StoredItem
    relevant: bool
    updated_at: datetime


class ItemQueries(StoreBase):
    """The items table: saving polls' items, their analyses, and reading them back."""

    async def set_analysis(self, item_id: int, analysis: Analysis) -> None:
        async with self._begin() as conn:
            await conn.execute(
                sa.update(items)
                .where(items.c.id == item_id)
                .values(analysis=analysis.model_dump(mode="json"), relevant=analysis.relevant)
            )

    async def get_item(self, item_id: int) -> StoredItem | None:
        async with self._connect() as conn:
            row = (await conn.execute(sa.select(items).where(items.c.id == item_id))).mappings().first()
        return stored_item_of(row) if row else None

    async def relevant_items(self, *, limit: int = 5000) -> list[StoredItem]:
        """The searchable items, newest first."""
        async with self._connect() as conn:
            rows = (
                await conn.execute(
                    sa.select(items)
                    .where(items.c.relevant.is_(True))
                    .order_by(items.c.first_seen.desc(), items.c.id.desc())
                    .limit(limit)
                )
            ).mappings().all()
        return [stored_item_of(r) for r in rows]

    async def count_items(self) -> int:
        async with self._connect() as conn:
            return int((await conn.execute(sa.select(sa.func.count()).select_from(items))).scalar_one())

    async def save_items(
        self, batch: Sequence[ItemInput], *, now: datetime, poll: PollRecord | None = None,
        hold: tuple[str, datetime] | None = None,
    ) -> list[ItemChange]:
        """Store one poll's items, and the poll itself, in one transaction (see `save_polls`)."""
        if not batch and poll is None:
            return []
        return (await self.save_polls([PollWrite(batch=tuple(batch), poll=poll, now=now, hold=hold)]))[0]

    async def save_polls(self, writes: Sequence[PollWrite]) -> list[list[ItemChange]]:
        """Store several polls' items and success records in one transaction (group commit).

        Each item comes back as new, updated or unchanged, per poll in the given order. An item is
        the same as a stored one when it has the same source and GUID, or the same de-duplication
        key (the same article reached through another feed, maybe in the same group). "updated"
        means its title or text changed: never a new alert. New and updated items are marked pending
        for the analysis stage (`pending_items`). A poll's `items_seen` grows by the items it added.
        """
        entries = [(entry, write.now) for write in writes for entry in write.batch]
        async with self._begin() as conn:
            flat = await self._save_items(conn, entries) if entries else []
            out: list[list[ItemChange]] = []
            position = 0
            for write in writes:
                out.append(flat[position:position + len(write.batch)])
                position += len(write.batch)
            params = []
            for write, saved in zip(writes, out, strict=True):
                if write.poll is None:
                    continue
                record = write.poll.model_copy(update={"new_items": write.poll.new_items + saved.count("new")})
                changed = record.new_items > 0 or "updated" in saved
                params.append(success_params(record, write.now, write.hold if changed else None))
            if params:
                await conn.execute(SUCCESS_UPDATE, params)
        return out

    async def _save_items(
        self, conn: AsyncConnection, entries: Sequence[tuple[ItemInput, datetime]]
    ) -> list[ItemChange]:
        batch = [entry for entry, _ in entries]
        existing = await self._matching_items(conn, batch)
        by_guid: dict[tuple[str, str], Any] = {}
        by_key: dict[str, Any] = {}
        for row in existing:  # ordered by id: the oldest row wins
            by_guid.setdefault((row["source_id"], row["guid"]), row)
            by_key.setdefault(row["dedup_key"], row)

        plan: list[tuple[str, Any]] = []  # (action, row or insert index)
        inserts: list[dict[str, Any]] = []
        pending_guid: dict[tuple[str, str], int] = {}
        pending_key: dict[str, int] = {}
        for entry, now in entries:
            raw = entry.raw
            row = by_guid.get((raw.source_id, raw.guid)) or by_key.get(entry.key)
            if row is not None:
                plan.append(("existing", row))
                continue
            twin = pending_guid.get((raw.source_id, raw.guid), pending_key.get(entry.key))
            if twin is not None:
                plan.append(("twin", twin))
                continue
            index = len(inserts)
            inserts.append(_item_values(entry, now))
            pending_guid[(raw.source_id, raw.guid)] = index
            pending_key[entry.key] = index
            plan.append(("insert", index))

        if inserts:
            # One executemany (no RETURNING: in parameter order it is row-at-a-time on SQLite).
            await conn.execute(sa.insert(items), inserts)

        out: list[ItemChange] = []
        for (action, ref), (entry, now) in zip(plan, entries, strict=True):
            if action == "insert":
                out.append("new")
            elif action == "twin":
                out.append("unchanged")
            else:
                out.append(await self._refresh_item(conn, ref, entry, now))
        return out

    async def _matching_items(self, conn: AsyncConnection, batch: Sequence[ItemInput]) -> list[Any]:
        """Stored rows sharing a (source, GUID) or a de-duplication key with the batch, oldest first."""
        return await self._matching_identities(conn, [(e.raw.source_id, e.raw.guid, e.key) for e in batch])

    async def _matching_identities(self, conn: AsyncConnection, batch: Sequence[Identity]) -> list[Any]:
        rows: dict[int, Any] = {}
        chunk = 400  # two parameters per item: well under every engine's bound-parameter limit
        for start in range(0, len(batch), chunk):
            part = batch[start:start + chunk]
            by_source: dict[str, list[str]] = {}
            for source_id, guid, _ in part:
                by_source.setdefault(source_id, []).append(guid)
            same_guid = [
                sa.and_(items.c.source_id == source_id, items.c.guid.in_(guids))
                for source_id, guids in by_source.items()
            ]
            # Only what matching needs: rows can carry long texts and analyses.
            stmt = sa.select(*_MATCH_COLUMNS).where(sa.or_(*same_guid, items.c.dedup_key.in_([key for _, _, key in part])))
            for row in (await conn.execute(stmt)).mappings().all():
                rows[row["id"]] = row
        return [rows[i] for i in sorted(rows)]

    async def _refresh_item(self, conn: AsyncConnection, row: Any, entry: ItemInput, now: datetime) -> ItemChange:
        raw = entry.raw
        digest = content_hash(raw)
        if row["content_hash"] == digest:
            return "unchanged"
        values: dict[str, Any] = {"title": raw.title, "content_hash": digest, "updated_at": now}
        if row["pending"] is None:  # a change to an item still waiting as "new" keeps it new
            values["pending"] = "updated"
        if entry.full_text:
            values |= {"text": entry.full_text, "text_source": "article"}
        elif row["text_source"] != "article":  # keep a fetched article's text over the feed's snippet
            values["text"] = raw.text
        await conn.execute(sa.update(items).where(items.c.id == row["id"]).values(**values))
        return "updated"

    async def matching_item(self, entry: ItemInput) -> StoredItem | None:
        """The stored item `entry` is saved as (see `save_polls`): the one with its source and GUID,
        else the oldest with its de-duplication key; None when it would be new."""
        async with self._connect() as conn:
            rows = await self._matching_items(conn, [entry])
            same = [r for r in rows if (r["source_id"], r["guid"]) == (entry.raw.source_id, entry.raw.guid)]
            match = (same or rows or [None])[0]
            if match is None:
                return None
            row = (await conn.execute(sa.select(items).where(items.c.id == match["id"]))).mappings().one()
        return stored_item_of(row)

    async def known_guids(self, source_id: str, guids: Sequence[str]) -> set[str]:
        """Which of these GUIDs the source already has stored (to skip work for items seen before)."""
        found: set[str] = set()
        async with self._connect() as conn:
            for start in range(0, len(guids), 500):
                stmt = sa.select(items.c.guid).where(
                    items.c.source_id == source_id, items.c.guid.in_(list(guids[start:start + 500]))
                )
                found.update(str(g) for g in (await conn.execute(stmt)).scalars().all())
        return found

    async def pending_items(self, source_id: str, *, limit: int | None = None) -> list[tuple[StoredItem, PendingKind]]:
        """The source's items still waiting for analysis and routing, oldest first (by published date,
        else first seen, ties by id): at most `limit`, so a large backlog is worked through in batches."""
        when = sa.func.coalesce(items.c.published, items.c.first_seen)
        stmt = (
            sa.select(items)
            .where(items.c.source_id == source_id, items.c.pending.is_not(None))
            .order_by(when, items.c.id)
        )
        if limit is not None:
            stmt = stmt.limit(limit)
        async with self._connect() as conn:
            rows = (await conn.execute(stmt)).mappings().all()
        return [(stored_item_of(row), row["pending"]) for row in rows]

    async def unseen(self, batch: Sequence[Identity]) -> list[bool]:
        """For each (source id, GUID, de-duplication key), whether `save_polls` would store an item of that
        identity as new: no stored row has its source and GUID or its key (nothing is written: what is not
        stored stays unseen). Identities, not items: a big feed's entries are looked up before any is built."""
        async with self._connect() as conn:
            rows = await self._matching_identities(conn, batch)
        guids = {(r["source_id"], r["guid"]) for r in rows}
        keys = {r["dedup_key"] for r in rows}
        return [(source_id, guid) not in guids and key not in keys for source_id, guid, key in batch]

    async def mark_processed(
        self, item_ids: Sequence[int], *, release: tuple[str, str, datetime] | None = None
    ) -> None:
        """These items went through analysis, clustering and routing: nothing is pending for them.

        `release`: (source id, owner, next poll) ends a lease held through processing (PollWrite.hold)
        in the same transaction, and only if this owner still holds it.
        """
        async with self._begin() as conn:
            for start in range(0, len(item_ids), 500):
                chunk = list(item_ids[start:start + 500])
                await conn.execute(sa.update(items).where(items.c.id.in_(chunk)).values(pending=None))
            if release is not None:
                source_id, owner, next_poll_at = release
                await conn.execute(
                    sa.update(sources)
                    .where(sources.c.id == source_id, sources.c.lease_owner == owner)
                    .values(lease_owner=None, lease_until=None, next_poll_at=next_poll_at)
                )

    async def index_rows(
        self, *, after_id: int, changed_since: datetime | None, limit: int = 5000, relevant_only: bool = False
    ) -> list[IndexRow]:
        """Items newer than `after_id`, or changed since `changed_since`, in id order (index refresh)."""
        cond: Any = items.c.id > after_id
        if changed_since is not None:
            cond = sa.or_(cond, items.c.updated_at >= changed_since)
        if relevant_only:
            cond = sa.and_(cond, items.c.relevant.is_(True))
        async with self._connect() as conn:
            rows = (
                await conn.execute(sa.select(items).where(cond).order_by(items.c.id).limit(limit))
            ).mappings().all()
        return [
            IndexRow(item=stored_item_of(r), relevant=bool(r["relevant"]), updated_at=utc_required(r["updated_at"]))
            for r in rows
        ]

    async def relevant_id_floor(self, newest: int) -> int:
        """The id below the newest `newest` relevant items (0 when there are fewer): where a bounded
        search index starts reading."""
        async with self._connect() as conn:
            value = (
                await conn.execute(
                    sa.select(items.c.id)
                    .where(items.c.relevant.is_(True))
                    .order_by(items.c.id.desc())
                    .offset(newest)
                    .limit(1)
                )
            ).scalar_one_or_none()
        return int(value or 0)

    async def newest_item_id(self) -> int:
        async with self._connect() as conn:
            value = (await conn.execute(sa.select(sa.func.max(items.c.id)))).scalar_one_or_none()
        return int(value or 0)


def _item_values(entry: ItemInput, now: datetime) -> dict[str, Any]:
    raw = entry.raw
    return {
        "source_id": raw.source_id,
        "guid": raw.guid,
        "dedup_key": entry.key,
        # Shown to users: the canonical form, without trackers.
        "url": raw.canonical_url or raw.url,
        "title": raw.title,
        "text": entry.full_text or raw.text,
        "text_source": "article" if entry.full_text else "feed",
        "pending": "quiet" if entry.quiet else "new",
        "published": raw.published,
        "outlet": raw.outlet,
        "language": raw.language,
        "content_hash": content_hash(raw),
        "first_seen": now,
        "updated_at": now,
    }


_MATCH_COLUMNS = (
    items.c.id, items.c.source_id, items.c.guid, items.c.dedup_key, items.c.content_hash, items.c.pending,
    items.c.text_source,
)


def stored_item_of(row: Any) -> StoredItem:
    analysis = Analysis.model_validate(row["analysis"]) if row["analysis"] else None
    return StoredItem(
        id=row["id"],
        source_id=row["source_id"],
        guid=row["guid"],
        url=row["url"],
        title=row["title"],
        text=row["text"],
        published=utc(row["published"]),
        outlet=row["outlet"],
        first_seen=utc_required(row["first_seen"]),
        cluster_id=row["cluster_id"],
        analysis=analysis,
    )
