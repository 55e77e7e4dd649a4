"""Health as operators read it: `sources list` and `/policy sources`."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from bot.models import SourceConfig
from bot.sources.health import health_word, sources_summary, sources_table, sources_text
from bot.store import SourceState
from tests.conftest import NOW

CHECKED_AT = NOW + timedelta(days=1)  # the states below are seen a day after the shared NOW


def _state(source_id: str, **values: Any) -> SourceState:
    base: dict[str, Any] = {
        "id": source_id, "name": source_id, "kind": "rss", "url": "https://x.example/", "etag": None,
        "last_modified": None, "body_hash": None, "polls": 4, "last_polled_at": CHECKED_AT,
        "last_success_at": CHECKED_AT - timedelta(hours=2), "last_error": None, "error_count": 0,
        "next_poll_at": CHECKED_AT + timedelta(minutes=30), "items_seen": 12,
    }
    return SourceState.model_validate(base | values)


CONFIGS = [
    SourceConfig(id="ok", name="OK", kind="rss", url="https://ok.example/feed"),
    SourceConfig(id="failing", name="Failing", kind="atom", url="https://failing.example/feed"),
    SourceConfig(id="paused", name="Paused", kind="json-api", adapter="gdelt_doc", url="https://api.example/doc"),
    SourceConfig(id="new", name="New", kind="page", url="https://page.example/"),
    SourceConfig(id="off", name="Off", kind="rss", url="https://off.example/feed", enabled=False),
]
STATES = {
    "ok": _state("ok"),
    "failing": _state("failing", last_error="HTTP 503 from failing.example", error_count=2,
                      failing_since=CHECKED_AT - timedelta(hours=1)),
    "paused": _state("paused", last_error="HTTP 500 from api.example", error_count=5,
                     paused_until=CHECKED_AT + timedelta(hours=20), next_poll_at=CHECKED_AT + timedelta(hours=20),
                     pause_reason="5 failures in a row since 2026-11-28 09:00 UTC; last: HTTP 500 from api.example"),
}


def test_health_words() -> None:
    assert health_word(STATES["ok"], CHECKED_AT) == "ok"
    assert health_word(None, CHECKED_AT) == "not polled yet"
    assert health_word(STATES["failing"], CHECKED_AT) == (
        "failing (2× in a row since 2026-11-29 11:00 UTC): HTTP 503 from failing.example"
    )
    assert health_word(STATES["paused"], CHECKED_AT) == (
        "paused until 2026-11-30 08:00 UTC after 5 failures in a row since 2026-11-28 09:00 UTC; "
        "last: HTTP 500 from api.example"
    )
    # Once the pause is over (a probe is due) it reads as failing again until the probe answers.
    assert health_word(STATES["paused"], CHECKED_AT + timedelta(days=1)).startswith("failing (5× in a row")


def test_table_has_every_column_operators_need() -> None:
    rows = {r["id"]: r for r in sources_table(CONFIGS, STATES, now=CHECKED_AT)}
    assert (rows["ok"]["last_success"], rows["ok"]["next_poll"], rows["ok"]["items_seen"]) == (
        "2026-11-29 10:00 UTC", "2026-11-29 12:30 UTC", "12"
    )
    assert rows["failing"]["last_error"] == "HTTP 503 from failing.example" and rows["failing"]["paused"] == "no"
    assert rows["paused"]["paused"] == "until 2026-11-30 08:00 UTC" and rows["paused"]["kind"] == "json-api:gdelt_doc"
    assert rows["new"]["health"] == "not polled yet" and rows["new"]["last_success"] == "never"
    assert rows["off"]["health"] == "disabled in the catalogue" and rows["off"]["next_poll"] == "never"


def test_text_table_and_slack_summary() -> None:
    text = sources_text(CONFIGS, STATES, now=CHECKED_AT).splitlines()
    assert text[0].split() == ["ID", "KIND", "ITEMS", "LAST", "SUCCESS", "NEXT", "POLL", "HEALTH"]
    assert len(text) == 1 + len(CONFIGS)
    assert text[3].startswith("paused ") and text[3].endswith("last: HTTP 500 from api.example")
    summary = sources_summary(CONFIGS, STATES)
    assert summary.splitlines()[0] == "*5 sources watched*, 2 failing or paused"
    assert "• `failing` (atom) failing (2× in a row" in summary
