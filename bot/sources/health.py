"""Source health as people read it: pure formatting of the stored fetch state.

Used by `policybot sources list` (a table) and `/policy sources` (mrkdwn). Every failure is visible
here, with the server's own words, so nothing fails silently.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime

from bot.models import SourceConfig
from bot.slack.mrkdwn import escape, strip_controls
from bot.store import SourceState

__all__ = ["health_word", "is_paused", "sources_summary", "sources_table", "sources_text"]


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if value else "never"


def is_paused(state: SourceState | None, now: datetime) -> bool:
    return bool(state and state.paused_until and state.paused_until > now)


def health_word(state: SourceState | None, now: datetime | None = None) -> str:
    """One phrase: "ok", "not polled yet", "failing (…)" or "paused until … (…)"."""
    now = now or datetime.now(UTC)
    if state is None or state.polls == 0:
        return "not polled yet"
    if is_paused(state, now):
        return f"paused until {_when(state.paused_until)} after {state.pause_reason or state.last_error}"
    if state.last_error:
        since = f" since {_when(state.failing_since)}" if state.failing_since else ""
        return f"failing ({state.error_count}× in a row{since}): {state.last_error}"
    return "ok"


def sources_table(
    configs: Sequence[SourceConfig], states: Mapping[str, SourceState], *, now: datetime | None = None
) -> list[dict[str, str]]:
    now = now or datetime.now(UTC)
    rows = []
    for cfg in configs:
        state = states.get(cfg.id)
        paused = is_paused(state, now)
        rows.append(
            {
                "id": cfg.id,
                "kind": cfg.kind if cfg.kind != "json-api" else f"json-api:{cfg.adapter}",
                "enabled": "yes" if cfg.enabled else "no",
                "health": health_word(state, now) if cfg.enabled else "disabled in the catalogue",
                "last_success": _when(state.last_success_at if state else None),
                "last_error": (state.last_error or "") if state else "",
                "next_poll": _when(state.next_poll_at if state else None) if cfg.enabled else "never",
                "items_seen": str(state.items_seen if state else 0),
                "paused": f"until {_when(state.paused_until)}" if paused and state else "no",
                "url": str(cfg.url),
            }
        )
    return rows


def sources_text(
    configs: Sequence[SourceConfig], states: Mapping[str, SourceState], *, now: datetime | None = None
) -> str:
    """The `policybot sources list` table: one line per source, health last (it is the long one)."""
    rows = sources_table(configs, states, now=now)
    fixed = ("id", "kind", "items_seen", "last_success", "next_poll")
    titles = {"id": "ID", "kind": "KIND", "items_seen": "ITEMS", "last_success": "LAST SUCCESS",
              "next_poll": "NEXT POLL", "health": "HEALTH"}
    widths = {k: max(len(titles[k]), *(len(r[k]) for r in rows)) if rows else len(titles[k]) for k in fixed}
    lines = ["  ".join(titles[k].ljust(widths[k]) for k in fixed) + "  HEALTH"]
    for row in rows:
        # The health holds a server's own words: no control sequence of theirs may reach the terminal.
        lines.append("  ".join(row[k].ljust(widths[k]) for k in fixed) + "  " + strip_controls(row["health"]))
    return "\n".join(lines)


def sources_summary(configs: Sequence[SourceConfig], states: Mapping[str, SourceState]) -> str:
    """The `/policy sources` answer (mrkdwn)."""
    rows = sources_table(configs, states)
    failing = sum(1 for r in rows if r["health"].startswith(("failing", "paused")))
    head = f"*{len(configs)} sources watched*" + (f", {failing} failing or paused" if failing else "")
    lines = [head]
    for row in rows:
        lines.append(
            f"• `{row['id']}` ({row['kind']}) {escape(row['health'])}; last success {row['last_success']}, "
            f"next poll {row['next_poll']}, {row['items_seen']} items"
        )
    return "\n".join(lines)
