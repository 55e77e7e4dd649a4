"""`policybot sources test URL [--json]`: fetch one URL as a source would be, and say what it is.

It uses the production fetcher (address guard, size cap, timeouts; POLICYBOT_ALLOW_PRIVATE_SOURCES
governs private addresses) and the production parsers, so what it prints is what a catalogue entry
with this URL would yield.
"""

from __future__ import annotations

import json
import re
from datetime import datetime

from pydantic import BaseModel

from bot.config import Settings
from bot.errors import FetchError
from bot.models import RawItem, SourceConfig
from bot.slack.mrkdwn import strip_controls
from bot.sources.fetch import ACCEPT, ACCEPT_HTML, Fetcher
from bot.sources.parse import detect_kind
from bot.sources.scan import Scan, scan_source

__all__ = ["TrialItem", "TrialResult", "sources_test", "trial"]

EXIT_OK = 0
EXIT_FAILED = 1
SHOWN_TITLES = 20
ITEMS_AT_ONCE = 1000  # items made, converted and dropped a chunk at a time: a 60,000-entry feed never holds them all


class TrialItem(BaseModel):
    title: str
    url: str | None
    published: datetime | None


class TrialResult(BaseModel):
    url: str
    kind: str | None = None
    adapter: str | None = None
    status: int | None = None
    count: int = 0  # the items the body yields; `items` holds them all, or only the first shown ones
    items: list[TrialItem] = []
    error: str | None = None


def _source_for(url: str, kind: str, adapter: str | None) -> SourceConfig:
    return SourceConfig.model_validate(
        {"id": "trial", "name": "sources test", "kind": kind, "url": url, "adapter": adapter}
    )


def _items(raw_items: list[RawItem]) -> list[TrialItem]:
    return [TrialItem(title=r.title, url=r.url, published=r.published) for r in raw_items]


def _trial_items(scan: Scan, limit: int | None) -> list[TrialItem]:
    """The first `limit` items in the body's order (all with None), made from the scan a chunk at a time."""
    indices = sorted(index for index, _, _ in scan.entries)[:limit]
    out: list[TrialItem] = []
    for start in range(0, len(indices), ITEMS_AT_ONCE):
        out += _items(scan.items(indices[start : start + ITEMS_AT_ONCE]))
    return out


async def trial(fetcher: Fetcher, url: str, *, shown: int | None = None) -> TrialResult:
    """Fetch, detect and parse `url`; every failure lands in `error`, never raises FetchError. With `shown`,
    only that many items are made (the count is of all of them)."""
    result = TrialResult(url=url)
    try:
        SourceConfig.model_validate({"id": "trial", "name": "t", "kind": "rss", "url": url})
    except ValueError:
        result.error = f"not an http(s) URL: {url!r}"
        return result
    try:
        fetched = await fetcher.fetch(url, accept=f"{ACCEPT}, {ACCEPT_HTML};q=0.4")
        result.status = fetched.status
        detected = detect_kind(fetched.body, fetched.content_type)
        result.kind, result.adapter = detected.kind, detected.adapter
        source = _source_for(url, detected.kind, detected.adapter)
        # One command, one body: memory bounded by the body, not by the fast parser's appetite.
        scan = scan_source(fetched.body, source, content_type=fetched.content_type, base_url=fetched.final_url,
                           lean=True)
        result.count = scan.total
        result.items = _trial_items(scan, shown)
    except FetchError as exc:
        result.error = str(exc)
    except Exception as exc:  # a diagnostic command reports any failure as one line, never a traceback
        result.error = f"cannot read {url}: {type(exc).__name__}: {exc}"[:500]
    return result


def render(result: TrialResult) -> str:
    """The human-readable report."""
    lines = [f"URL:    {strip_controls(result.url)}"]
    if result.status is not None:
        lines.append(f"status: HTTP {result.status}")
    if result.kind:
        lines.append(f"kind:   {result.kind}" + (f" (adapter {result.adapter})" if result.adapter else ""))
    if result.error:
        lines.append(f"error:  {strip_controls(result.error)}")
        return "\n".join(lines)
    lines.append(f"items:  {result.count}")
    for item in result.items[:SHOWN_TITLES]:
        when = f"{item.published:%Y-%m-%d %H:%M} UTC  " if item.published else ""
        lines.append(f"  - {when}{strip_controls(item.title)}")  # a feed's ESC sequences must not reach the terminal
    if result.count > SHOWN_TITLES:
        lines.append(f"  … and {result.count - SHOWN_TITLES} more")
    return "\n".join(lines)


_TERMINAL_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def to_json(result: TrialResult) -> str:
    document = {
        "url": result.url,
        "kind": result.kind,
        "adapter": result.adapter,
        "status": result.status,
        "items": [item.model_dump(mode="json") for item in result.items],
        "error": result.error,
    }
    # Readable UTF-8, except the characters that could act on a terminal (C0/C1 controls, bidi overrides,
    # zero-width marks): those are written as \u escapes, so the JSON still carries them exactly.
    return _TERMINAL_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(document, ensure_ascii=False))


async def sources_test(settings: Settings, url: str, *, as_json: bool) -> int:
    """Print what `url` yields; exit 0 when it gave items (or a valid empty feed), 1 on an error."""
    async with Fetcher(
        allow_private=settings.policybot_allow_private_sources, contact=settings.policybot_contact,
        max_bytes=settings.max_feed_bytes,
    ) as fetcher:
        result = await trial(fetcher, url, shown=None if as_json else SHOWN_TITLES)
    print(to_json(result) if as_json else render(result))
    return EXIT_FAILED if result.error else EXIT_OK
