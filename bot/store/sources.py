"""Sources: the catalogue's entries and their fetch state (validators, failure streaks, pauses, the
watched page's baseline), and the record of each poll."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from pydantic import BaseModel, ConfigDict

from bot.models import SourceConfig
from bot.store.base import StoreBase, utc
from bot.store.schema import sources

_POLL_TS = sa.DateTime(timezone=True)


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


class PollRecord(BaseModel):
    """A successful poll, recorded in the same transaction as its items (see `save_items`)."""

    model_config = ConfigDict(frozen=True)

    source_id: str
    next_poll_at: datetime
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    new_items: int = 0
    # More new items than one poll stores (see Pipeline): the validators are cleared, so the next poll
    # fetches and parses the whole body again and stores the rest (a 304 or an unchanged body hash
    # would otherwise hide them for good).
    backlog: bool = False


class SourceQueries(StoreBase):
    """The sources table: what the catalogue says, and how each source's polls went."""

    async def sync_sources(self, configs: Sequence[SourceConfig]) -> None:
        """Make the catalogue's sources known, keeping their fetch state.

        A source whose URL or kind changed starts afresh: its validators, failure streak, pause and
        page baseline belonged to the old address (an operator fixing a broken URL un-pauses it).
        """
        async with self._begin() as conn:
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
        async with self._connect() as conn:
            rows = (await conn.execute(sa.select(sources))).mappings().all()
        return {row["id"]: source_state_of(row) for row in rows}

    async def source_state(self, source_id: str) -> SourceState | None:
        async with self._connect() as conn:
            row = (await conn.execute(sa.select(sources).where(sources.c.id == source_id))).mappings().first()
        return source_state_of(row) if row else None

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
        streak: tuple[int, datetime] | None = None,
    ) -> None:
        """Record one poll: success (validators kept for the next conditional GET) or failure.

        A failure extends the streak (error_count, failing_since) and may pause the source until
        `paused_until`, with a reason for operators; a success ends streak and pause. `streak`:
        (failures in a row, failing since) as of the poll's claim, set as is: a poll whose fetch was
        recorded as a success and whose processing then ran out of time is still one more failure.
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
            if streak is not None:
                values |= {"error_count": streak[0], "failing_since": streak[1]}
            if paused_until is not None:
                values |= {"paused_until": paused_until, "pause_reason": pause_reason}
        async with self._begin() as conn:
            await conn.execute(sa.update(sources).where(sources.c.id == source_id).values(**values))

    async def defer_source(self, source_id: str, *, until: datetime) -> None:
        """Move a source's next poll without counting a poll (its host asked everyone to wait)."""
        async with self._begin() as conn:
            await conn.execute(
                sa.update(sources)
                .where(sources.c.id == source_id)
                .values(next_poll_at=until, lease_owner=None, lease_until=None)
            )

    async def set_page_baseline(self, source_id: str, *, title: str, text: str, digest: str) -> None:
        """The watched page's main text that later versions are compared with."""
        async with self._begin() as conn:
            await conn.execute(
                sa.update(sources)
                .where(sources.c.id == source_id)
                .values(page_title=title, page_text=text, page_digest=digest)
            )

    async def poll_source_soon(self, source_id: str, *, now: datetime) -> bool:
        """An admin asked to retry a source: make it due at the next poll cycle, whatever its backoff."""
        async with self._begin() as conn:
            result = await conn.execute(
                sa.update(sources).where(sources.c.id == source_id).values(next_poll_at=now)
            )
        return bool(result.rowcount)


def source_state_of(row: Any) -> SourceState:
    data = dict(row)
    for key in ("last_polled_at", "last_success_at", "next_poll_at", "failing_since", "paused_until", "lease_until"):
        data[key] = utc(data[key])
    return SourceState.model_validate(data)


def _validator(name: str, type_: Any, column: Any) -> Any:
    """The new validator, else the stored one; none at all after a poll that left a backlog."""
    clear = sa.bindparam(f"{name}_clear", type_=sa.Boolean)
    return sa.case((clear, sa.null()), else_=sa.func.coalesce(sa.bindparam(name, type_=type_), column))


# A successful poll, for executemany: validators are kept when a 304 brought none (NULL parameters).
SUCCESS_UPDATE = (
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
        etag=_validator("p_etag", sa.Text(), sources.c.etag),
        last_modified=_validator("p_last_modified", sa.Text(), sources.c.last_modified),
        body_hash=_validator("p_body_hash", sa.String(), sources.c.body_hash),
    )
)


def success_params(poll: PollRecord, now: datetime, hold: tuple[str, datetime] | None) -> dict[str, Any]:
    owner, until = hold if hold is not None else (None, None)
    return {
        "p_id": poll.source_id, "p_now": now, "p_now2": now, "p_new": poll.new_items,
        # Held: still due (now) until processing is finished; the planned next poll is set then.
        "p_next": now if hold is not None else poll.next_poll_at,
        "p_lease_owner": owner, "p_lease_until": until,
        "p_etag": poll.etag, "p_last_modified": poll.last_modified, "p_body_hash": poll.body_hash,
        "p_etag_clear": poll.backlog, "p_last_modified_clear": poll.backlog, "p_body_hash_clear": poll.backlog,
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
