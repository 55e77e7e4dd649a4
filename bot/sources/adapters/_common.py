"""Small pure helpers shared by the JSON adapters."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, time

from bot.errors import FetchError
from bot.models import RawItem, SourceConfig, utc
from bot.sources.canonical import canonical_url

MAX_TITLE_FROM_TEXT = 120


def text(value: object) -> str:
    """A JSON value as one line of text ('' for null, numbers and anything else)."""
    return " ".join(value.split()) if isinstance(value, str) else ""


def iso_datetime(value: object) -> datetime | None:
    """An ISO 8601 timestamp in UTC; a missing offset means UTC."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        when = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return utc(when)


def iso_date(value: object) -> date | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def midnight_utc(day: date | None) -> datetime | None:
    return datetime.combine(day, time(0, 0), tzinfo=UTC) if day else None


def title_from_text(body: str) -> str:
    if len(body) <= MAX_TITLE_FROM_TEXT:
        return body
    return body[:MAX_TITLE_FROM_TEXT].rsplit(" ", 1)[0] + "…"


def hash_guid(*parts: str) -> str:
    return "sha256:" + hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:40]


def item(
    source: SourceConfig,
    *,
    guid: str,
    url: str | None,
    title: str,
    body: str,
    published: datetime | None,
    outlet: str,
) -> RawItem:
    return RawItem(
        source_id=source.id,
        guid=guid,
        url=url,
        canonical_url=canonical_url(url) if url else None,
        title=title or (title_from_text(body) if body else (url or "(untitled)")),
        text=body,
        published=published,
        outlet=outlet,
        language=source.language,
    )


def require_list(document: object, key: str, api: str) -> list[object]:
    """The list under `key`, or a FetchError that says what the API sent instead."""
    if not isinstance(document, dict):
        raise FetchError(f"not a {api} response: top level is not an object")
    value = document.get(key)
    if isinstance(value, list):
        return value
    errors = document.get("errors") or document.get("error") or document.get("message")
    if errors:
        raise FetchError(f"{api} error: {str(errors)[:200]}")
    raise FetchError(f"not a {api} response: no {key!r} list")
