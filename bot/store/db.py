"""The Store: every read and write the engine does, as async methods returning pydantic models."""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import AsyncIterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

import sqlalchemy as sa
from pydantic import BaseModel, ConfigDict
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine

from bot.models import Analysis, ClusterView, RawItem, SourceConfig, StoredItem, Subscription
from bot.store.migrate import migrate
from bot.store.schema import (
    alert_updates,
    alerts,
    broken_channels,
    clusters,
    feedback,
    items,
    leases,
    mutes,
    seen_events,
    sources,
    subscriptions,
)

ItemChange = Literal["new", "updated", "unchanged"]
STORY_LOCK_KEY = 0x706F6C6963790001  # "policy" + 1: the advisory lock of story placement (story_lock)
_POLL_TS = sa.DateTime(timezone=True)
AlertState = Literal["pending", "posted", "failed"]


def utc(value: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes: everything we store is UTC, so say so."""
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _utc(value: datetime) -> datetime:
    result = utc(value)
    assert result is not None
    return result


def content_hash(raw: RawItem) -> str:
    """What makes an item 'changed': its title and text, not its date or link decorations."""
    return hashlib.sha256(f"{raw.title}\x00{raw.text}".encode()).hexdigest()


class SourceState(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    name: str
    kind: str
    url: str
    etag: str | None
    last_modified: str | None
    body_hash: str | None
    polls: int
    last_polled_at: datetime | None
    last_success_at: datetime | None
    last_error: str | None
    error_count: int
    next_poll_at: datetime | None
    items_seen: int
    failing_since: datetime | None = None
    paused_until: datetime | None = None
    pause_reason: str | None = None
    page_title: str | None = None
    page_text: str | None = None
    page_digest: str | None = None
    lease_owner: str | None = None  # the replica polling it now (until lease_until)
    lease_until: datetime | None = None

    def leased_by_other(self, owner: str, now: datetime) -> bool:
        """Another replica is polling this source (its lease has not expired)."""
        return self.lease_owner not in (None, owner) and self.lease_until is not None and self.lease_until > now

    @property
    def succeeded_before(self) -> bool:
        """False until the first successful poll: that poll's old items are backfill, not news."""
        return self.last_success_at is not None


class ItemInput(BaseModel):
    """One parsed item to store, with its de-duplication key and, when fetched, its article text.

    `quiet`: new but older than the first poll's backfill window: analysed and clustered, never alerted.
    """

    model_config = ConfigDict(frozen=True)

    raw: RawItem
    key: str
    full_text: str | None = None
    quiet: bool = False


class PollRecord(BaseModel):
    """A successful poll, recorded in the same transaction as its items (see `save_items`)."""

    model_config = ConfigDict(frozen=True)

    source_id: str
    next_poll_at: datetime
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    new_items: int = 0


class PollWrite(BaseModel):
    """One source's poll to store: its items (maybe none) and its success record, as of `now`.

    `hold`: (owner, until) when the poll's new or changed items are still to be analysed and routed by
    this replica: the source then stays due and leased to it until `Store.finish_processing`, so that
    if the replica dies in between, whoever takes the source over finishes the job at once rather than
    an interval later. Without `hold` (or when nothing changed) the record ends the lease.
    """

    model_config = ConfigDict(frozen=True)

    batch: tuple[ItemInput, ...] = ()
    poll: PollRecord | None = None
    now: datetime
    hold: tuple[str, datetime] | None = None


PendingKind = Literal["new", "quiet", "updated"]


class AlertRow(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: int
    cluster_id: int
    channel: str
    item_id: int
    state: AlertState
    attempts: int
    next_attempt_at: datetime
    last_error: str | None
    ts: str | None
    created_at: datetime
    posted_at: datetime | None = None
    mode: Literal["immediate", "daily"] = "immediate"
    digest: bool = False


class UpdateRow(BaseModel):
    """A pending change to an alerted story: edit the alert, add one threaded note."""

    model_config = ConfigDict(frozen=True)

    id: int
    alert_id: int
    item_id: int
    state: AlertState
    attempts: int
    next_attempt_at: datetime
    last_error: str | None
    ts: str | None


class BrokenChannel(BaseModel):
    model_config = ConfigDict(frozen=True)

    channel: str
    error: str
    broken_at: datetime
    notified_at: datetime | None


class Mute(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: int
    channel: str
    key: str
    cluster_id: int | None
    query: str | None
    created_by: str
    created_at: datetime


class FeedbackRow(BaseModel):
    model_config = ConfigDict(frozen=True)

    channel: str
    cluster_id: int
    user_id: str
    profile: dict[str, Any]


class IndexRow(BaseModel):
    """What the /policy search index keeps of an item (see bot/search/index.py)."""

    model_config = ConfigDict(frozen=True)

    item: StoredItem
    relevant: bool
    updated_at: datetime


class Store:
    """Async access to the database. One instance per process, shared by every stage."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine

    @classmethod
    async def open(cls, url: str) -> Store:
        if url.startswith("sqlite") and ":memory:" not in url:
            path = url.split("///", 1)[-1]
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_async_engine(url, pool_pre_ping=True)
        if engine.dialect.name == "sqlite":
            # WAL lets readers (Slack handlers) work while a poll writes; NORMAL sync is safe under WAL.
            sa.event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        store = cls(engine)
        try:
            await migrate(engine)  # creates or upgrades the schema in place (bot/store/migrate.py)
        except BaseException:
            await engine.dispose()
            raise
        return store

    async def close(self) -> None:
        await self.engine.dispose()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def _insert(self, table: sa.Table) -> Any:
        """An INSERT that can say ON CONFLICT DO NOTHING on both engines."""
        if self.dialect == "postgresql":
            return postgresql.insert(table)
        return sqlite.insert(table)

    # ------------------------------------------------------------ sources

    async def sync_sources(self, configs: Sequence[SourceConfig]) -> None:
        """Make the catalogue's sources known, keeping their fetch state.

        A source whose URL or kind changed starts afresh: its validators, failure streak, pause and
        page baseline belonged to the old address (an operator fixing a broken URL un-pauses it).
        """
        async with self.engine.begin() as conn:
            known = {
                row.id: (row.url, row.kind, row.name)
                for row in (
                    await conn.execute(sa.select(sources.c.id, sources.c.url, sources.c.kind, sources.c.name))
                ).all()
            }
            for cfg in configs:
                values: dict[str, Any] = {"name": cfg.name, "kind": cfg.kind, "url": str(cfg.url)}
                before = known.get(cfg.id)
                if before == (str(cfg.url), cfg.kind, cfg.name):
                    continue  # unchanged: every cycle re-syncs, and most cycles change nothing
                if before is not None and before[:2] != (str(cfg.url), cfg.kind):
                    values |= {
                        "etag": None, "last_modified": None, "body_hash": None, "error_count": 0,
                        "last_error": None, "failing_since": None, "paused_until": None, "pause_reason": None,
                        "next_poll_at": None, "page_title": None, "page_text": None, "page_digest": None,
                    }
                stmt = self._insert(sources).values(id=cfg.id, name=cfg.name, kind=cfg.kind, url=str(cfg.url))
                await conn.execute(stmt.on_conflict_do_update(index_elements=["id"], set_=values))

    async def source_states(self) -> dict[str, SourceState]:
        async with self.engine.connect() as conn:
            rows = (await conn.execute(sa.select(sources))).mappings().all()
        return {row["id"]: _source_state(row) for row in rows}

    async def source_state(self, source_id: str) -> SourceState | None:
        async with self.engine.connect() as conn:
            row = (await conn.execute(sa.select(sources).where(sources.c.id == source_id))).mappings().first()
        return _source_state(row) if row else None

    async def record_poll(
        self,
        source_id: str,
        *,
        now: datetime,
        next_poll_at: datetime,
        error: str | None,
        etag: str | None = None,
        last_modified: str | None = None,
        body_hash: str | None = None,
        new_items: int = 0,
        paused_until: datetime | None = None,
        pause_reason: str | None = None,
    ) -> None:
        """Record one poll: success (validators kept for the next conditional GET) or failure.

        A failure extends the streak (error_count, failing_since) and may pause the source until
        `paused_until`, with a reason for operators; a success ends streak and pause.
        """
        values: dict[str, Any] = {
            "polls": sources.c.polls + 1,
            "last_polled_at": now,
            "next_poll_at": next_poll_at,
            "items_seen": sources.c.items_seen + new_items,
            "lease_owner": None,
            "lease_until": None,
        }
        if error is None:
            values = _success_values(
                PollRecord(source_id=source_id, next_poll_at=next_poll_at, etag=etag, last_modified=last_modified,
                           body_hash=body_hash, new_items=new_items),
                now,
            )
        else:
            values |= {
                "last_error": error,
                "error_count": sources.c.error_count + 1,
                "failing_since": sa.func.coalesce(sources.c.failing_since, now),
            }
            if paused_until is not None:
                values |= {"paused_until": paused_until, "pause_reason": pause_reason}
        async with self.engine.begin() as conn:
            await conn.execute(sa.update(sources).where(sources.c.id == source_id).values(**values))

    async def defer_source(self, source_id: str, *, until: datetime) -> None:
        """Move a source's next poll without counting a poll (its host asked everyone to wait)."""
        async with self.engine.begin() as conn:
            await conn.execute(
                sa.update(sources)
                .where(sources.c.id == source_id)
                .values(next_poll_at=until, lease_owner=None, lease_until=None)
            )

    async def set_page_baseline(self, source_id: str, *, title: str, text: str, digest: str) -> None:
        """The watched page's main text that later versions are compared with."""
        async with self.engine.begin() as conn:
            await conn.execute(
                sa.update(sources)
                .where(sources.c.id == source_id)
                .values(page_title=title, page_text=text, page_digest=digest)
            )

    # ------------------------------------------------------------ replicas: source leases

    async def claim_sources(
        self,
        owner: str,
        *,
        now: datetime,
        until: datetime,
        ids: Sequence[str] | None = None,
        force: bool = False,
        limit: int | None = None,
    ) -> dict[str, SourceState]:
        """Claim the sources that are due (all of `ids` with force) and not leased by another replica.

        One statement: on PostgreSQL the candidate rows of a batch are locked with FOR UPDATE SKIP
        LOCKED, so replicas claiming at the same moment split the due sources between them instead of
        queueing on each other's row locks; a row another replica just claimed no longer matches. SQLite has
        one writer at a time, which serialises claims by itself. The lease ends when the poll is
        recorded (`save_polls`, `record_poll`, `defer_source`), or expires if its holder dies.
        """
        free = sa.or_(sources.c.lease_until.is_(None), sources.c.lease_until <= now, sources.c.lease_owner == owner)
        conditions = [free]
        if not force:
            conditions.append(sa.or_(sources.c.next_poll_at.is_(None), sources.c.next_poll_at <= now))
        if ids is not None:
            if not ids:
                return {}
            conditions.append(sources.c.id.in_(list(ids)))
        candidates = sa.select(sources.c.id).where(*conditions).order_by(sources.c.next_poll_at, sources.c.id)
        if limit is not None:
            candidates = candidates.limit(limit)
        if self.dialect == "postgresql" and (ids is None or len(ids) > 1):
            # One named source waits for a row lock instead (a catalogue sync may hold it for a moment;
            # skipping would postpone that source's poll by a whole interval).
            candidates = candidates.with_for_update(skip_locked=True)
        stmt = (
            sa.update(sources)
            .where(sources.c.id.in_(candidates.scalar_subquery()), *conditions)
            .values(lease_owner=owner, lease_until=until)
            .returning(*sources.c)
        )
        async with self.engine.begin() as conn:
            rows = (await conn.execute(stmt)).mappings().all()
        return {row["id"]: _source_state(row) for row in rows}

    async def renew_source_leases(self, owner: str, ids: Sequence[str], *, until: datetime) -> set[str]:
        """Extend this replica's leases on sources it is still polling; the ids still held."""
        if not ids:
            return set()
        async with self.engine.begin() as conn:
            rows = (
                await conn.execute(
                    sa.update(sources)
                    .where(sources.c.id.in_(list(ids)), sources.c.lease_owner == owner)
                    .values(lease_until=until)
                    .returning(sources.c.id)
                )
            ).all()
        return {row[0] for row in rows}

    async def release_sources(self, owner: str, ids: Sequence[str] | None = None) -> int:
        """Give up this replica's source leases (all of them when `ids` is None): a clean stop."""
        stmt = sa.update(sources).where(sources.c.lease_owner == owner)
        if ids is not None:
            stmt = stmt.where(sources.c.id.in_(list(ids)))
        async with self.engine.begin() as conn:
            result = await conn.execute(stmt.values(lease_owner=None, lease_until=None))
        return int(result.rowcount or 0)

    @contextlib.asynccontextmanager
    async def story_lock(self) -> AsyncIterator[None]:
        """Story placement one replica at a time (two outlets' items of one story polled by two
        replicas at once must not both start a cluster). A transaction-scoped advisory lock on
        PostgreSQL: it ends with the transaction, so a cancelled placement or a dead replica can never
        leave it held. SQLite needs nothing: it is one process's database, and the placer's own lock
        serialises placements within a process."""
        if self.dialect != "postgresql":
            yield
            return
        async with self.engine.begin() as conn:
            await conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": STORY_LOCK_KEY})
            yield

    # ------------------------------------------------------------ replicas: named leases

    async def claim_lease(self, name: str, owner: str, *, now: datetime, until: datetime) -> bool:
        """Take (or renew) the lease `name` unless another replica holds it unexpired. Atomic."""
        stmt = self._insert(leases).values(name=name, owner=owner, expires_at=until)
        stmt = stmt.on_conflict_do_update(
            index_elements=["name"],
            set_={"owner": owner, "expires_at": until},
            where=sa.or_(leases.c.owner == owner, leases.c.expires_at <= now),
        ).returning(leases.c.name)
        async with self.engine.begin() as conn:
            row = (await conn.execute(stmt)).first()
        return row is not None

    async def renew_lease(self, name: str, owner: str, *, now: datetime, until: datetime) -> bool:
        """Extend a lease this replica still holds; False when it lapsed (another may have taken it)."""
        async with self.engine.begin() as conn:
            result = await conn.execute(
                sa.update(leases)
                .where(leases.c.name == name, leases.c.owner == owner, leases.c.expires_at > now)
                .values(expires_at=until)
            )
        return bool(result.rowcount)

    async def release_lease(self, name: str, owner: str) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(sa.delete(leases).where(leases.c.name == name, leases.c.owner == owner))

    async def release_leases(self, owner: str) -> int:
        async with self.engine.begin() as conn:
            result = await conn.execute(sa.delete(leases).where(leases.c.owner == owner))
        return int(result.rowcount or 0)

    async def lease_holders(self) -> dict[str, tuple[str, datetime]]:
        """Every named lease: name -> (owner, expiry). For operators and tests."""
        async with self.engine.connect() as conn:
            rows = (await conn.execute(sa.select(leases))).all()
        return {row.name: (row.owner, _utc(row.expires_at)) for row in rows}

    # ------------------------------------------------------------ items

    async def save_item(self, raw: RawItem, dedup_key: str, *, now: datetime) -> tuple[StoredItem, ItemChange]:
        """Insert a new item, or recognise it (same source+guid, or same story identity) and update it."""
        digest = content_hash(raw)
        async with self.engine.begin() as conn:
            existing = (
                await conn.execute(
                    sa.select(items)
                    .where(
                        sa.or_(
                            sa.and_(items.c.source_id == raw.source_id, items.c.guid == raw.guid),
                            items.c.dedup_key == dedup_key,
                        )
                    )
                    .order_by(items.c.id)
                    .limit(1)
                )
            ).mappings().first()
            if existing is None:
                result = await conn.execute(
                    sa.insert(items).values(
                        source_id=raw.source_id,
                        guid=raw.guid,
                        dedup_key=dedup_key,
                        # Shown to users: the canonical form, without trackers.
                        url=raw.canonical_url or raw.url,
                        title=raw.title,
                        text=raw.text,
                        published=raw.published,
                        outlet=raw.outlet,
                        language=raw.language,
                        content_hash=digest,
                        first_seen=now,
                        updated_at=now,
                    )
                )
                item_id = _new_id(result)
                row = (await conn.execute(sa.select(items).where(items.c.id == item_id))).mappings().one()
                return _stored_item(row), "new"
            if existing["content_hash"] == digest:
                return _stored_item(existing), "unchanged"
            await conn.execute(
                sa.update(items)
                .where(items.c.id == existing["id"])
                .values(title=raw.title, text=raw.text, content_hash=digest, updated_at=now)
            )
            row = (await conn.execute(sa.select(items).where(items.c.id == existing["id"]))).mappings().one()
            return _stored_item(row), "updated"

    async def set_analysis(self, item_id: int, analysis: Analysis) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(
                sa.update(items)
                .where(items.c.id == item_id)
                .values(analysis=analysis.model_dump(mode="json"), relevant=analysis.relevant)
            )

    async def get_item(self, item_id: int) -> StoredItem | None:
        async with self.engine.connect() as conn:
            row = (await conn.execute(sa.select(items).where(items.c.id == item_id))).mappings().first()
        return _stored_item(row) if row else None

    async def relevant_items(self, *, limit: int = 5000) -> list[StoredItem]:
        """The searchable items, newest first."""
        async with self.engine.connect() as conn:
            rows = (
                await conn.execute(
                    sa.select(items)
                    .where(items.c.relevant.is_(True))
                    .order_by(items.c.first_seen.desc(), items.c.id.desc())
                    .limit(limit)
                )
            ).mappings().all()
        return [_stored_item(r) for r in rows]

    async def count_items(self) -> int:
        async with self.engine.connect() as conn:
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
        async with self.engine.begin() as conn:
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
                params.append(_success_params(record, write.now, write.hold if changed else None))
            if params:
                await conn.execute(_SUCCESS_UPDATE, params)
        return out

    async def _save_items(
        self, conn: AsyncConnection, entries: Sequence[tuple[ItemInput, datetime]]
    ) -> list[ItemChange]:
        batch = [entry for entry, _ in entries]
        existing = await self._matching_items(conn, batch)
        by_guid: dict[tuple[str, str], Any] = {}
        by_key: dict[str, Any] = {}
        for row in existing:  # ordered by id: the oldest row wins, as in save_item
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
        rows: dict[int, Any] = {}
        chunk = 400  # two parameters per item: well under every engine's bound-parameter limit
        for start in range(0, len(batch), chunk):
            part = batch[start:start + chunk]
            by_source: dict[str, list[str]] = {}
            for entry in part:
                by_source.setdefault(entry.raw.source_id, []).append(entry.raw.guid)
            same_guid = [
                sa.and_(items.c.source_id == source_id, items.c.guid.in_(guids))
                for source_id, guids in by_source.items()
            ]
            # Only what matching needs: rows can carry long texts and analyses.
            stmt = sa.select(*_MATCH_COLUMNS).where(sa.or_(*same_guid, items.c.dedup_key.in_([e.key for e in part])))
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

    async def known_guids(self, source_id: str, guids: Sequence[str]) -> set[str]:
        """Which of these GUIDs the source already has stored (to skip work for items seen before)."""
        found: set[str] = set()
        async with self.engine.connect() as conn:
            for start in range(0, len(guids), 500):
                stmt = sa.select(items.c.guid).where(
                    items.c.source_id == source_id, items.c.guid.in_(list(guids[start:start + 500]))
                )
                found.update(str(g) for g in (await conn.execute(stmt)).scalars().all())
        return found

    async def pending_items(self, source_id: str) -> list[tuple[StoredItem, PendingKind]]:
        """The source's items still waiting for analysis and routing, oldest first."""
        async with self.engine.connect() as conn:
            rows = (
                await conn.execute(
                    sa.select(items)
                    .where(items.c.source_id == source_id, items.c.pending.is_not(None))
                    .order_by(items.c.id)
                )
            ).mappings().all()
        return [(_stored_item(row), row["pending"]) for row in rows]

    async def mark_processed(
        self, item_ids: Sequence[int], *, release: tuple[str, str, datetime] | None = None
    ) -> None:
        """These items went through analysis, clustering and routing: nothing is pending for them.

        `release`: (source id, owner, next poll) ends a lease held through processing (PollWrite.hold)
        in the same transaction, and only if this owner still holds it.
        """
        async with self.engine.begin() as conn:
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

    # ------------------------------------------------------------ clusters

    async def recent_clusters(self, since: datetime) -> list[tuple[int, str, dict[str, Any]]]:
        async with self.engine.connect() as conn:
            rows = (
                await conn.execute(
                    sa.select(clusters.c.id, clusters.c.key, clusters.c.features).where(
                        clusters.c.updated_at >= since
                    )
                )
            ).all()
        return [(int(r.id), str(r.key), dict(r.features)) for r in rows]

    async def create_cluster(self, key: str, features: dict[str, Any], item_id: int, *, now: datetime) -> int:
        async with self.engine.begin() as conn:
            result = await conn.execute(
                sa.insert(clusters).values(
                    key=key, features=features, lead_item_id=item_id, created_at=now, updated_at=now
                )
            )
            cluster_id = _new_id(result)
            await conn.execute(sa.update(items).where(items.c.id == item_id).values(cluster_id=cluster_id))
        return cluster_id

    async def clusters_since(
        self, since: datetime, *, after: tuple[datetime, int] | None = None, limit: int | None = None
    ) -> list[tuple[int, str, dict[str, Any], datetime]]:
        """Clusters updated at or after `since` (id, key, features, updated_at), oldest update first:
        how a story placer warms up, then catches up with what other replicas placed. `after` (the
        updated_at and id of the last row read) and `limit` page through a large window."""
        query = sa.select(clusters.c.id, clusters.c.key, clusters.c.features, clusters.c.updated_at).where(
            clusters.c.updated_at >= since
        )
        if after is not None:
            query = query.where(
                sa.or_(
                    clusters.c.updated_at > after[0],
                    sa.and_(clusters.c.updated_at == after[0], clusters.c.id > after[1]),
                )
            )
        query = query.order_by(clusters.c.updated_at, clusters.c.id)
        if limit is not None:
            query = query.limit(limit)
        async with self.engine.connect() as conn:
            rows = (await conn.execute(query)).all()
        return [(int(r.id), str(r.key), dict(r.features), _utc(r.updated_at)) for r in rows]

    async def join_cluster(
        self, cluster_id: int, item_id: int, *, now: datetime, features: dict[str, Any] | None = None
    ) -> None:
        """Put an item into a cluster; `features`, when given, replaces the cluster's stored features."""
        values: dict[str, Any] = {"updated_at": now}
        if features is not None:
            values["features"] = features
        async with self.engine.begin() as conn:
            await conn.execute(sa.update(items).where(items.c.id == item_id).values(cluster_id=cluster_id))
            await conn.execute(sa.update(clusters).where(clusters.c.id == cluster_id).values(**values))

    async def get_cluster(self, cluster_id: int) -> ClusterView | None:
        async with self.engine.connect() as conn:
            crow = (await conn.execute(sa.select(clusters).where(clusters.c.id == cluster_id))).mappings().first()
            if crow is None:
                return None
            rows = (
                await conn.execute(sa.select(items).where(items.c.cluster_id == cluster_id).order_by(items.c.id))
            ).mappings().all()
        members = tuple(_stored_item(r) for r in rows)
        lead = next((m for m in members if m.id == crow["lead_item_id"]), members[0])
        return ClusterView(id=cluster_id, key=crow["key"], lead=lead, members=members)

    # ------------------------------------------------------------ subscriptions

    async def add_subscription(
        self, channel: str, query: str, user: str, *, now: datetime, mode: str = "immediate"
    ) -> Subscription:
        """Subscribe a channel to a query; subscribing again to the same query only changes its mode."""
        async with self.engine.begin() as conn:
            stmt = self._insert(subscriptions).values(
                channel=channel, query=query, created_by=user, created_at=now, mode=mode
            )
            await conn.execute(
                stmt.on_conflict_do_update(index_elements=["channel", "query"], set_={"mode": mode})
            )
            row = (
                await conn.execute(
                    sa.select(subscriptions).where(
                        subscriptions.c.channel == channel, subscriptions.c.query == query
                    )
                )
            ).mappings().one()
        return _subscription(row)

    async def subscriptions(self, channel: str | None = None) -> list[Subscription]:
        stmt = sa.select(subscriptions).order_by(subscriptions.c.id)
        if channel is not None:
            stmt = stmt.where(subscriptions.c.channel == channel)
        async with self.engine.connect() as conn:
            rows = (await conn.execute(stmt)).mappings().all()
        return [_subscription(r) for r in rows]

    async def get_subscription(self, sub_id: int) -> Subscription | None:
        async with self.engine.connect() as conn:
            row = (
                await conn.execute(sa.select(subscriptions).where(subscriptions.c.id == sub_id))
            ).mappings().first()
        return _subscription(row) if row else None

    async def remove_subscription(self, sub_id: int, channel: str) -> bool:
        async with self.engine.begin() as conn:
            result = await conn.execute(
                sa.delete(subscriptions).where(subscriptions.c.id == sub_id, subscriptions.c.channel == channel)
            )
        return bool(result.rowcount)

    # ------------------------------------------------------------ the alert outbox

    async def enqueue_alert(
        self, cluster_id: int, channel: str, item_id: int, *, now: datetime, mode: str = "immediate"
    ) -> bool:
        """Queue one alert for a (cluster, channel); False when it was queued before (never doubled)."""
        async with self.engine.begin() as conn:
            stmt = self._insert(alerts).values(
                cluster_id=cluster_id, channel=channel, item_id=item_id, next_attempt_at=now, created_at=now,
                mode=mode,
            )
            result = await conn.execute(stmt.on_conflict_do_nothing())
        return bool(result.rowcount)

    async def enqueue_alerts(
        self, cluster_id: int, item_id: int, routes: Sequence[tuple[str, str]], *, now: datetime
    ) -> int:
        """Queue a story's alert for several (channel, mode) at once, in one statement; how many were
        new (the others were queued before: never doubled)."""
        if not routes:
            return 0
        rows = [
            {"cluster_id": cluster_id, "channel": channel, "item_id": item_id, "next_attempt_at": now,
             "created_at": now, "mode": mode}
            for channel, mode in routes
        ]
        stmt = self._insert(alerts).values(rows).on_conflict_do_nothing().returning(alerts.c.id)
        async with self.engine.begin() as conn:
            return len((await conn.execute(stmt)).all())

    async def due_alerts(self, now: datetime, *, limit: int = 500, channel: str | None = None) -> list[AlertRow]:
        stmt = sa.select(alerts).where(alerts.c.state == "pending", alerts.c.next_attempt_at <= now)
        if channel is not None:
            stmt = stmt.where(alerts.c.channel == channel)
        async with self.engine.connect() as conn:
            rows = (await conn.execute(stmt.order_by(alerts.c.id).limit(limit))).mappings().all()
        return [_alert(r) for r in rows]

    async def next_alert_due(self) -> datetime | None:
        async with self.engine.connect() as conn:
            value = (
                await conn.execute(
                    sa.select(sa.func.min(alerts.c.next_attempt_at)).where(alerts.c.state == "pending")
                )
            ).scalar_one_or_none()
        return utc(value)

    async def outbox_stats(self) -> tuple[dict[str, int], datetime | None]:
        """For /metrics: alerts by state, and when the oldest pending immediate alert was queued.

        Daily-digest alerts wait for the digest hour by design, so they do not count as delivery lag.
        """
        async with self.engine.connect() as conn:
            counts = (
                await conn.execute(sa.select(alerts.c.state, sa.func.count()).group_by(alerts.c.state))
            ).all()
            oldest = (
                await conn.execute(
                    sa.select(sa.func.min(alerts.c.created_at))
                    .where(alerts.c.state == "pending", alerts.c.mode == "immediate")
                )
            ).scalar_one_or_none()
        return {str(state): int(n) for state, n in counts}, utc(oldest)

    async def mark_posted(self, alert_id: int, ts: str, *, now: datetime, digest: bool = False) -> None:
        await self.mark_many_posted([alert_id], ts, now=now, digest=digest)

    async def mark_many_posted(self, alert_ids: Sequence[int], ts: str, *, now: datetime, digest: bool) -> None:
        """Record alerts as posted in the message `ts` (several share it when posted as one digest)."""
        async with self.engine.begin() as conn:
            await conn.execute(
                sa.update(alerts)
                .where(alerts.c.id.in_(list(alert_ids)))
                .values(state="posted", ts=ts, posted_at=now, last_error=None, digest=digest)
            )

    async def mark_retry(self, alert_id: int, error: str, *, retry_at: datetime) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(
                sa.update(alerts)
                .where(alerts.c.id == alert_id)
                .values(last_error=error, next_attempt_at=retry_at)
            )

    async def mark_failed(self, alert_id: int, error: str) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(
                sa.update(alerts)
                .where(alerts.c.id == alert_id)
                .values(state="failed", last_error=error)
            )

    async def begin_attempt(self, alert_id: int) -> None:
        """Count the attempt before posting, so a crash mid-post is visible at the next try."""
        async with self.engine.begin() as conn:
            await conn.execute(
                sa.update(alerts).where(alerts.c.id == alert_id).values(attempts=alerts.c.attempts + 1)
            )

    async def alerts(self, *, channel: str | None = None) -> list[AlertRow]:
        stmt = sa.select(alerts).order_by(alerts.c.id)
        if channel is not None:
            stmt = stmt.where(alerts.c.channel == channel)
        async with self.engine.connect() as conn:
            rows = (await conn.execute(stmt)).mappings().all()
        return [_alert(r) for r in rows]

    async def alert_for_message(self, channel: str, ts: str) -> AlertRow | None:
        found = await self.alerts_for_message(channel, ts)
        return found[0] if found else None

    async def alerts_for_message(self, channel: str, ts: str) -> list[AlertRow]:
        """The alerts shown by one message: one, or several for a digest."""
        async with self.engine.connect() as conn:
            rows = (
                await conn.execute(
                    sa.select(alerts).where(alerts.c.channel == channel, alerts.c.ts == ts).order_by(alerts.c.id)
                )
            ).mappings().all()
        return [_alert(r) for r in rows]

    async def get_alert(self, alert_id: int) -> AlertRow | None:
        async with self.engine.connect() as conn:
            row = (await conn.execute(sa.select(alerts).where(alerts.c.id == alert_id))).mappings().first()
        return _alert(row) if row else None

    async def alerts_for_cluster(self, cluster_id: int) -> list[AlertRow]:
        async with self.engine.connect() as conn:
            rows = (
                await conn.execute(sa.select(alerts).where(alerts.c.cluster_id == cluster_id).order_by(alerts.c.id))
            ).mappings().all()
        return [_alert(r) for r in rows]

    async def defer_alert(self, alert_id: int, until: datetime) -> None:
        """Hold a daily-digest alert until its digest time (not an attempt, not an error)."""
        async with self.engine.begin() as conn:
            await conn.execute(sa.update(alerts).where(alerts.c.id == alert_id).values(next_attempt_at=until))

    async def count_posted_alone(self, channel: str, since: datetime) -> int:
        """Alerts posted to a channel as messages of their own since `since` (flood control)."""
        async with self.engine.connect() as conn:
            value = (
                await conn.execute(
                    sa.select(sa.func.count()).select_from(alerts).where(
                        alerts.c.channel == channel,
                        alerts.c.state == "posted",
                        alerts.c.digest.is_(False),
                        alerts.c.posted_at >= since,
                    )
                )
            ).scalar_one()
        return int(value)

    async def latest_alerts(self, *, channels: Sequence[str] | None = None, limit: int = 10) -> list[AlertRow]:
        """Posted alerts, newest first (App Home)."""
        stmt = sa.select(alerts).where(alerts.c.state == "posted")
        if channels is not None:
            stmt = stmt.where(alerts.c.channel.in_(list(channels)))
        stmt = stmt.order_by(alerts.c.posted_at.desc(), alerts.c.id.desc()).limit(limit)
        async with self.engine.connect() as conn:
            rows = (await conn.execute(stmt)).mappings().all()
        return [_alert(r) for r in rows]

    async def fail_pending(self, channel: str, error: str) -> int:
        """A channel Slack refused for good: nothing queued for it will ever be posted."""
        async with self.engine.begin() as conn:
            result = await conn.execute(
                sa.update(alerts)
                .where(alerts.c.channel == channel, alerts.c.state == "pending")
                .values(state="failed", last_error=error)
            )
            ids = sa.select(alerts.c.id).where(alerts.c.channel == channel).scalar_subquery()
            await conn.execute(
                sa.update(alert_updates)
                .where(alert_updates.c.alert_id.in_(ids), alert_updates.c.state == "pending")
                .values(state="failed", last_error=error)
            )
        return int(result.rowcount or 0)

    # ------------------------------------------------------------ story updates of posted alerts

    async def enqueue_update(self, alert_id: int, item_id: int, *, now: datetime) -> bool:
        """Queue a change (the item that brought it) for an alert; False when already queued."""
        async with self.engine.begin() as conn:
            stmt = self._insert(alert_updates).values(
                alert_id=alert_id, item_id=item_id, next_attempt_at=now, created_at=now
            )
            result = await conn.execute(stmt.on_conflict_do_nothing())
        return bool(result.rowcount)

    async def due_updates(self, now: datetime, *, limit: int = 500, channel: str | None = None) -> list[UpdateRow]:
        stmt = sa.select(alert_updates).where(alert_updates.c.state == "pending", alert_updates.c.next_attempt_at <= now)
        if channel is not None:
            stmt = stmt.where(alert_updates.c.alert_id.in_(sa.select(alerts.c.id).where(alerts.c.channel == channel)))
        async with self.engine.connect() as conn:
            rows = (await conn.execute(stmt.order_by(alert_updates.c.id).limit(limit))).mappings().all()
        return [_update(r) for r in rows]

    async def due_channels(self, now: datetime) -> list[str]:
        """Channels with an alert or a story update due now: the units of delivery work."""
        with_alerts = (
            sa.select(alerts.c.channel)
            .where(alerts.c.state == "pending", alerts.c.next_attempt_at <= now)
        )
        with_updates = (
            sa.select(alerts.c.channel)
            .join(alert_updates, alert_updates.c.alert_id == alerts.c.id)
            .where(alert_updates.c.state == "pending", alert_updates.c.next_attempt_at <= now)
        )
        async with self.engine.connect() as conn:
            rows = (await conn.execute(sa.union(with_alerts, with_updates))).all()
        return sorted(row[0] for row in rows)

    async def updates_for_alert(self, alert_id: int) -> list[UpdateRow]:
        async with self.engine.connect() as conn:
            rows = (
                await conn.execute(
                    sa.select(alert_updates).where(alert_updates.c.alert_id == alert_id).order_by(alert_updates.c.id)
                )
            ).mappings().all()
        return [_update(r) for r in rows]

    async def set_updates(self, update_ids: Sequence[int], **values: Any) -> None:
        """Move updates on (state, ts, posted_at, last_error, next_attempt_at; attempts=+1 via bump=True)."""
        if values.pop("bump", False):
            values["attempts"] = alert_updates.c.attempts + 1
        async with self.engine.begin() as conn:
            await conn.execute(
                sa.update(alert_updates).where(alert_updates.c.id.in_(list(update_ids))).values(**values)
            )

    # ------------------------------------------------------------ channels Slack refused for good

    async def mark_channel_broken(self, channel: str, error: str, *, now: datetime) -> bool:
        """True when the channel was not already marked broken."""
        async with self.engine.begin() as conn:
            stmt = self._insert(broken_channels).values(channel=channel, error=error, broken_at=now)
            result = await conn.execute(stmt.on_conflict_do_nothing())
        return bool(result.rowcount)

    async def claim_broken_notice(self, channel: str, *, now: datetime) -> bool:
        """Atomically take the one right to tell a broken channel's owners (so they are told once)."""
        async with self.engine.begin() as conn:
            result = await conn.execute(
                sa.update(broken_channels)
                .where(broken_channels.c.channel == channel, broken_channels.c.notified_at.is_(None))
                .values(notified_at=now)
            )
        return bool(result.rowcount)

    async def broken_channels(self) -> dict[str, BrokenChannel]:
        async with self.engine.connect() as conn:
            rows = (await conn.execute(sa.select(broken_channels))).mappings().all()
        return {
            r["channel"]: BrokenChannel(
                channel=r["channel"], error=r["error"], broken_at=_utc(r["broken_at"]),
                notified_at=utc(r["notified_at"]),
            )
            for r in rows
        }

    async def clear_broken_channel(self, channel: str) -> bool:
        async with self.engine.begin() as conn:
            result = await conn.execute(sa.delete(broken_channels).where(broken_channels.c.channel == channel))
        return bool(result.rowcount)

    # ------------------------------------------------------------ feedback and mutes

    async def add_feedback(
        self, channel: str, cluster_id: int, user: str, profile: dict[str, Any], *, now: datetime
    ) -> bool:
        """Record a "Not relevant" click; False when this user already said so for this story here."""
        async with self.engine.begin() as conn:
            stmt = self._insert(feedback).values(
                channel=channel, cluster_id=cluster_id, user_id=user, profile=profile, created_at=now
            )
            result = await conn.execute(stmt.on_conflict_do_nothing())
        return bool(result.rowcount)

    async def feedback(self, channel: str | None = None) -> list[FeedbackRow]:
        stmt = sa.select(feedback).order_by(feedback.c.id)
        if channel is not None:
            stmt = stmt.where(feedback.c.channel == channel)
        async with self.engine.connect() as conn:
            rows = (await conn.execute(stmt)).mappings().all()
        return [
            FeedbackRow(channel=r["channel"], cluster_id=r["cluster_id"], user_id=r["user_id"], profile=r["profile"])
            for r in rows
        ]

    async def add_mute(
        self, channel: str, key: str, user: str, *, now: datetime, cluster_id: int | None = None,
        query: str | None = None,
    ) -> Mute:
        async with self.engine.begin() as conn:
            stmt = self._insert(mutes).values(
                channel=channel, key=key, cluster_id=cluster_id, query=query, created_by=user, created_at=now
            )
            await conn.execute(stmt.on_conflict_do_nothing())
            row = (
                await conn.execute(sa.select(mutes).where(mutes.c.channel == channel, mutes.c.key == key))
            ).mappings().one()
        return _mute(row)

    async def mutes(self, channel: str | None = None) -> list[Mute]:
        stmt = sa.select(mutes).order_by(mutes.c.id)
        if channel is not None:
            stmt = stmt.where(mutes.c.channel == channel)
        async with self.engine.connect() as conn:
            rows = (await conn.execute(stmt)).mappings().all()
        return [_mute(r) for r in rows]

    async def remove_mute(self, mute_id: int, channel: str) -> bool:
        async with self.engine.begin() as conn:
            result = await conn.execute(sa.delete(mutes).where(mutes.c.id == mute_id, mutes.c.channel == channel))
        return bool(result.rowcount)

    # ------------------------------------------------------------ the /policy search index

    async def index_rows(
        self, *, after_id: int, changed_since: datetime | None, limit: int = 5000, relevant_only: bool = False
    ) -> list[IndexRow]:
        """Items newer than `after_id`, or changed since `changed_since`, in id order (index refresh)."""
        cond: Any = items.c.id > after_id
        if changed_since is not None:
            cond = sa.or_(cond, items.c.updated_at >= changed_since)
        if relevant_only:
            cond = sa.and_(cond, items.c.relevant.is_(True))
        async with self.engine.connect() as conn:
            rows = (
                await conn.execute(sa.select(items).where(cond).order_by(items.c.id).limit(limit))
            ).mappings().all()
        return [
            IndexRow(item=_stored_item(r), relevant=bool(r["relevant"]), updated_at=_utc(r["updated_at"]))
            for r in rows
        ]

    async def newest_item_id(self) -> int:
        async with self.engine.connect() as conn:
            value = (await conn.execute(sa.select(sa.func.max(items.c.id)))).scalar_one_or_none()
        return int(value or 0)

    async def poll_source_soon(self, source_id: str, *, now: datetime) -> bool:
        """An admin asked to retry a source: make it due at the next poll cycle, whatever its backoff."""
        async with self.engine.begin() as conn:
            result = await conn.execute(
                sa.update(sources).where(sources.c.id == source_id).values(next_poll_at=now)
            )
        return bool(result.rowcount)

    # ------------------------------------------------------------ Slack event de-duplication

    async def first_sighting(self, event_id: str, *, now: datetime) -> bool:
        """True the first time an event id is seen; Slack's retries of it then return False."""
        async with self.engine.begin() as conn:
            stmt = self._insert(seen_events).values(event_id=event_id, seen_at=now)
            result = await conn.execute(stmt.on_conflict_do_nothing())
        return bool(result.rowcount)

    async def forget_seen_events(self, *, before: datetime) -> int:
        async with self.engine.begin() as conn:
            result = await conn.execute(sa.delete(seen_events).where(seen_events.c.seen_at < before))
        return int(result.rowcount or 0)

    async def connection(self) -> AsyncConnection:
        """For tests and maintenance scripts that need raw SQL."""
        return await self.engine.connect()


def _new_id(result: Any) -> int:
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


# A successful poll, for executemany: validators are kept when a 304 brought none (NULL parameters).
_SUCCESS_UPDATE = (
    sa.update(sources)
    .where(sources.c.id == sa.bindparam("p_id", type_=sa.String))
    .values(
        polls=sources.c.polls + 1,
        last_polled_at=sa.bindparam("p_now", type_=_POLL_TS),
        next_poll_at=sa.bindparam("p_next", type_=_POLL_TS),
        items_seen=sources.c.items_seen + sa.bindparam("p_new", type_=sa.Integer),
        last_success_at=sa.bindparam("p_now2", type_=_POLL_TS),
        # The poll is recorded: its lease ends with it, unless its items are still to be processed
        # (see PollWrite.hold and `claim_sources`).
        lease_owner=sa.bindparam("p_lease_owner", type_=sa.String),
        lease_until=sa.bindparam("p_lease_until", type_=_POLL_TS),
        last_error=None,
        error_count=0,
        failing_since=None,
        paused_until=None,
        pause_reason=None,
        etag=sa.func.coalesce(sa.bindparam("p_etag", type_=sa.Text), sources.c.etag),
        last_modified=sa.func.coalesce(sa.bindparam("p_last_modified", type_=sa.Text), sources.c.last_modified),
        body_hash=sa.func.coalesce(sa.bindparam("p_body_hash", type_=sa.String), sources.c.body_hash),
    )
)


def _success_params(poll: PollRecord, now: datetime, hold: tuple[str, datetime] | None) -> dict[str, Any]:
    owner, until = hold if hold is not None else (None, None)
    return {
        "p_id": poll.source_id, "p_now": now, "p_now2": now, "p_new": poll.new_items,
        # Held: still due (now) until processing is finished; the planned next poll is set then.
        "p_next": now if hold is not None else poll.next_poll_at,
        "p_lease_owner": owner, "p_lease_until": until,
        "p_etag": poll.etag, "p_last_modified": poll.last_modified, "p_body_hash": poll.body_hash,
    }


def _success_values(poll: PollRecord, now: datetime) -> dict[str, Any]:
    """A successful poll: the streak and any pause end; validators are kept when a 304 brought none."""
    values: dict[str, Any] = {
        "polls": sources.c.polls + 1,
        "last_polled_at": now,
        "next_poll_at": poll.next_poll_at,
        "items_seen": sources.c.items_seen + poll.new_items,
        "last_success_at": now,
        "lease_owner": None,
        "lease_until": None,
        "last_error": None,
        "error_count": 0,
        "failing_since": None,
        "paused_until": None,
        "pause_reason": None,
    }
    for key in ("etag", "last_modified", "body_hash"):
        value = getattr(poll, key)
        if value is not None:
            values[key] = value
    return values


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


def _source_state(row: Any) -> SourceState:
    data = dict(row)
    for key in ("last_polled_at", "last_success_at", "next_poll_at", "failing_since", "paused_until", "lease_until"):
        data[key] = utc(data[key])
    return SourceState.model_validate(data)


def _stored_item(row: Any) -> StoredItem:
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
        first_seen=_utc(row["first_seen"]),
        cluster_id=row["cluster_id"],
        analysis=analysis,
    )


def _subscription(row: Any) -> Subscription:
    return Subscription(
        id=row["id"],
        channel=row["channel"],
        query=row["query"],
        created_by=row["created_by"],
        created_at=_utc(row["created_at"]),
        mode=row["mode"],
    )


def _alert(row: Any) -> AlertRow:
    data = dict(row)
    for key in ("next_attempt_at", "created_at", "posted_at"):
        data[key] = utc(data[key])
    return AlertRow.model_validate({k: data[k] for k in AlertRow.model_fields})


def _update(row: Any) -> UpdateRow:
    data = dict(row)
    data["next_attempt_at"] = _utc(data["next_attempt_at"])
    return UpdateRow.model_validate({k: data[k] for k in UpdateRow.model_fields})


def _mute(row: Any) -> Mute:
    data = dict(row)
    data["created_at"] = _utc(data["created_at"])
    return Mute.model_validate({k: data[k] for k in Mute.model_fields})


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def now_utc() -> datetime:
    return datetime.now(UTC)
