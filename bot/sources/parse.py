"""One entry point from a fetched body to items, whatever the source's kind.

`parse_source` dispatches on the catalogue's kind (and adapter); `detect_kind` sniffs an unknown
body for `policybot sources test URL`. Both are pure: bytes in, items or a FetchError out.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterator
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from bot.errors import FetchError
from bot.models import RawItem, SourceConfig
from bot.sources.adapters import ADAPTERS, detect_adapter
from bot.sources.adapters.gdelt_doc import RATE_LIMIT_HINT
from bot.sources.feeds import parse_feed
from bot.sources.fetch import RateLimitedError
from bot.sources.pages import extract_page

__all__ = [
    "MAX_TEXT_CHARS", "MAX_TITLE_CHARS", "Detected", "DetectedKind", "bounded", "clip", "decode_json", "detect_kind",
    "parse_source", "readable",
]

DetectedKind = Literal["rss", "atom", "json-feed", "json-api", "page"]

# What one item may carry into storage and analysis. A headline is a line (Slack shows 150 characters of
# it); 20,000 characters is a long article (about 3,000 words), and the analysis reads the lead. A feed may
# send megabytes in one title or body: cut here, once, rather than have every later stage pay for it (the
# sentence splitter costs ~1 s at this size and grows with the square of a paragraph's length).
MAX_TITLE_CHARS = 1_000
MAX_TEXT_CHARS = 20_000
_GDELT_RETRY_S = 5.0  # GDELT's published limit: one request every 5 s
_ROOT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(rss|RDF|feed|html)\b", re.IGNORECASE)
_JSON_FEED = "https://jsonfeed.org/version/"


class Detected(BaseModel):
    model_config = ConfigDict(frozen=True)

    kind: DetectedKind
    adapter: str | None = None


def _strip_bom(body: bytes) -> bytes:
    return body[3:] if body.startswith(b"\xef\xbb\xbf") else body


def decode_json(body: bytes, *, api: str) -> Any:
    """Decode a JSON API body. Control characters inside strings are tolerated (GDELT sends them)."""
    head = _strip_bom(body).lstrip()
    if not head:
        raise FetchError(f"{api}: empty body")
    try:
        return json.loads(head.decode("utf-8", errors="replace"), strict=False)
    except RecursionError:
        raise FetchError(f"{api}: JSON nested too deeply") from None
    except ValueError:
        text = " ".join(head[:300].decode("utf-8", errors="replace").split())
        if RATE_LIMIT_HINT in text.lower():
            # GDELT says "slow down" in plain text, often with status 200.
            raise RateLimitedError(
                f"{api} rate limit: {text[:160]}", status=200, retry_after=_GDELT_RETRY_S
            ) from None
        shown = "an HTML page" if head[:15].lower().startswith((b"<!doctype", b"<html")) else repr(text[:120])
        raise FetchError(f"{api}: not JSON: {shown}") from None


def parse_api(body: bytes, source: SourceConfig, *, adapter: str, base_url: str | None) -> list[RawItem]:
    parse = ADAPTERS.get(adapter)
    if parse is None:
        raise FetchError(f"unknown adapter {adapter!r} (known: {', '.join(sorted(ADAPTERS))})")
    return parse(decode_json(body, api=adapter), source, base_url)


def clip(text: str, limit: int) -> str:
    """`text` cut to `limit` characters on a word, marked with …"""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ", max(0, limit - 200))
    return (cut[:space] if space > 0 else cut).rstrip() + "…"


def bounded(item: RawItem) -> RawItem:
    """`item` with its title and text cut to MAX_TITLE_CHARS and MAX_TEXT_CHARS (on a word, marked …)."""
    if len(item.title) <= MAX_TITLE_CHARS and len(item.text) <= MAX_TEXT_CHARS:
        return item
    return item.model_copy(
        update={"title": clip(item.title, MAX_TITLE_CHARS), "text": clip(item.text, MAX_TEXT_CHARS)}
    )


def parse_source(
    body: bytes, source: SourceConfig, *, content_type: str | None = None, base_url: str | None = None
) -> list[RawItem]:
    """Items of a fetched body, read the way the catalogue says the source is written, each `bounded`.

    A page gives one item: its current main text (watching for changes is the pipeline's job,
    because it needs the previous version).
    """
    with readable(source):
        items = _parse_source(body, source, content_type=content_type, base_url=base_url)
    return [bounded(item) for item in items]


@contextlib.contextmanager
def readable(source: SourceConfig) -> Iterator[None]:
    """Reading a source's body raises FetchError and nothing else."""
    try:
        yield
    except FetchError:
        raise
    except (RecursionError, MemoryError, ValueError, TypeError, LookupError) as exc:
        # A source's bytes must never escape as a traceback: say what could not be read instead.
        what = "nested too deeply" if isinstance(exc, RecursionError) else type(exc).__name__
        raise FetchError(f"cannot parse the {source.kind} body from {source.name}: {what}") from exc


def _parse_source(
    body: bytes, source: SourceConfig, *, content_type: str | None = None, base_url: str | None = None
) -> list[RawItem]:
    if source.kind == "json-api":
        return parse_api(body, source, adapter=source.adapter or "", base_url=base_url)
    if source.kind == "page":
        url = base_url or str(source.url)
        page = extract_page(body, url=url, content_type=content_type)
        return [
            RawItem(
                source_id=source.id, guid=url, url=url, canonical_url=None, title=page.title or source.name,
                text=page.text.replace("\n", " "), outlet=source.name, language=source.language,
            )
        ]
    # rss, atom and json-feed: the parser sniffs the actual format, since sites mislabel them.
    return parse_feed(body, source, content_type=content_type, base_url=base_url)


def detect_kind(body: bytes, content_type: str | None = None) -> Detected:
    """What a body is: a feed (which format), a known JSON API, or an HTML page to watch."""
    head = _strip_bom(body).lstrip()
    if not head:
        raise FetchError("empty body")
    if head[:1] in (b"{", b"["):
        try:
            document = json.loads(head.decode("utf-8", errors="replace"), strict=False)
        except RecursionError:
            raise FetchError("JSON nested too deeply to be a feed or an API response") from None
        except ValueError:
            document = None
        if isinstance(document, dict) and str(document.get("version", "")).startswith(_JSON_FEED):
            return Detected(kind="json-feed")
        adapter = detect_adapter(document) if document is not None else None
        if adapter:
            return Detected(kind="json-api", adapter=adapter)
        raise FetchError("JSON that is neither a JSON Feed nor a response of a known API "
                         f"({', '.join(sorted(ADAPTERS))})")
    match = _ROOT.search(head[:4096])
    if match:
        root = match.group(1).decode("ascii").lower()
        if root in ("rss", "rdf"):
            return Detected(kind="rss")
        if root == "feed":
            return Detected(kind="atom")
        return Detected(kind="page")
    if content_type and "html" in content_type.lower():
        return Detected(kind="page")
    if RATE_LIMIT_HINT in head[:300].decode("utf-8", errors="replace").lower():
        raise RateLimitedError("rate limited: " + " ".join(head[:160].decode("utf-8", "replace").split()),
                               status=200, retry_after=_GDELT_RETRY_S)
    raise FetchError(f"not a feed, a known JSON API or an HTML page ({len(body)} bytes"
                     + (f" served as {content_type})" if content_type else ")"))
