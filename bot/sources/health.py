"""Source health as people read it: pure formatting of the stored fetch state."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from bot.models import SourceConfig
from bot.slack.mrkdwn import escape
from bot.store import SourceState


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if value else "never"


def health_word(state: SourceState | None) -> str:
    if state is None or state.polls == 0:
        return "not polled yet"
    if state.last_error:
        return f"failing ({state.error_count}× in a row): {state.last_error}"
    return "ok"


def sources_table(configs: Sequence[SourceConfig], states: Mapping[str, SourceState]) -> list[dict[str, str]]:
    rows = []
    for cfg in configs:
        state = states.get(cfg.id)
        rows.append(
            {
                "id": cfg.id,
                "kind": cfg.kind,
                "enabled": "yes" if cfg.enabled else "no",
                "health": health_word(state),
                "last_success": _when(state.last_success_at if state else None),
                "next_poll": _when(state.next_poll_at if state else None),
                "items_seen": str(state.items_seen if state else 0),
                "url": str(cfg.url),
            }
        )
    return rows


def sources_summary(configs: Sequence[SourceConfig], states: Mapping[str, SourceState]) -> str:
    """The `/policy sources` answer (mrkdwn)."""
    lines = [f"*{len(configs)} sources watched*"]
    for row in sources_table(configs, states):
        lines.append(
            f"• `{row['id']}` ({row['kind']}) {escape(row['health'])}; last success {row['last_success']}, "
            f"{row['items_seen']} items"
        )
    return "\n".join(lines)
