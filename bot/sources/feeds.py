"""Parse RSS (0.9x, 1.0, 2.0), Atom and JSON Feed 1.1 bodies into RawItems.

Pure functions: bytes in, items out. The XML formats go first to feedparser-rs (a Rust parser with
feedparser's API, about 7x faster, see ../shared/sources.md) when it is installed and the document is
well-formed and self-describing; anything it is unsure of (a parse error, no entries, an encoding only
the HTTP header names, a replacement character in the text) goes to feedparser, the most forgiving
parser on ill-formed and mislabelled feeds. JSON Feed is plain JSON and parsed with `json`.
"""

from __future__ import annotations

import calendar
import hashlib
import html
import importlib
import io
import json
import re
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, overload
from urllib.parse import urljoin

import feedparser

from bot.errors import FetchError
from bot.models import RawItem, SourceConfig
from bot.sources.adapters._common import iso_datetime  # JSON Feed dates are RFC 3339
from bot.sources.canonical import canonical_url, strip_outlet_suffix
from bot.sources.fragment import fragment_to_text, plain_to_text
from bot.sources.fragment import one_line as _collapse

__all__ = ["FAST_PARSER", "FeedEntries", "feed_entries", "fragment_to_text", "parse_feed", "parse_json_feed"]

try:  # optional: the fast path; without it every feed goes through feedparser
    _feedparser_rs: Any = importlib.import_module("feedparser_rs")
except ImportError:  # pragma: no cover - depends on the environment
    _feedparser_rs = None
FAST_PARSER = _feedparser_rs is not None

_MAX_TITLE_FROM_TEXT = 120
def _detail_text(value: str, content_type: str | None) -> str:
    """Text of a feedparser value, decoded according to its declared type, its paragraphs and lines kept."""
    if content_type and ("html" in content_type or "xml" in content_type):
        return fragment_to_text(value)
    # text/plain: no tags to strip, but feeds routinely double-escape entities ("&amp;amp;").
    return plain_to_text(html.unescape(value))


def _title_text(value: str, content_type: str | None) -> str:
    """A title's text: one line, whatever its markup."""
    return _collapse(_detail_text(value, content_type))


def _title_from_text(text: str) -> str:
    text = _collapse(text)  # one line, and the words the GUID of an untitled item was always hashed from
    if len(text) <= _MAX_TITLE_FROM_TEXT:
        return text
    return text[:_MAX_TITLE_FROM_TEXT].rsplit(" ", 1)[0] + "…"


def _hash_guid(*parts: str) -> str:
    return "sha256:" + hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:40]


# ---------------------------------------------------------------- XML feeds (feedparser)

_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def _declares_encoding(body: bytes) -> bool:
    return body.startswith(_BOMS) or _XML_DECL.match(body[:512]) is not None


_FIRST_ELEMENT = re.compile(rb"<[A-Za-z_]")
_DECLARATION_STOP = re.compile(rb"[\"'>]")
_CHAR_REF_ENTITY = re.compile(rb"""<!ENTITY\s+[\w.-]+\s+(["'])&#(?:[0-9]{1,7}|x[0-9A-Fa-f]{1,6});\1\s*>""")


def _declaration_end(prolog: bytes, i: int) -> int:
    """Index just past the `>` ending the declaration that runs from `i`, skipping quoted values."""
    while (stop := _DECLARATION_STOP.search(prolog, i)) is not None:
        if stop.group() == b">":
            return stop.end()
        close = prolog.find(stop.group(), stop.end())
        if close == -1:
            break
        i = close + 1
    return len(prolog)


def _without_entity_declarations(body: bytes) -> bytes:
    """The feed with the DTD's entity declarations removed, but those naming one character (`&#160;`).

    feedparser keeps a DTD's plain-text entities and lets expat expand them: a 3 MB feed declaring a
    100-character entity and referring to it a million times became a 100 MB title (expat's own
    billion-laughs guard only stops far larger factors). Feeds have no use for text entities, so none
    is ever expanded; their references stay as literal text. External entities (SYSTEM/PUBLIC) were
    already never resolved; they go too. One pass, linear in the prolog however it is malformed.
    """
    first = _FIRST_ELEMENT.search(body)
    prolog_end = first.start() if first else len(body)
    prolog = body[:prolog_end]
    if b"<!ENTITY" not in prolog:
        return body
    kept: list[bytes] = []
    pos = 0
    while (start := prolog.find(b"<!ENTITY", pos)) != -1:
        kept.append(prolog[pos:start])
        pos = _declaration_end(prolog, start + len(b"<!ENTITY"))
        declaration = prolog[start:pos]
        if _CHAR_REF_ENTITY.fullmatch(declaration):
            kept.append(declaration)
    kept.append(prolog[pos:])
    return b"".join(kept) + body[prolog_end:]


def _feedparser_headers(body: bytes, content_type: str | None, base_url: str | None) -> dict[str, str]:
    """Response headers for feedparser.

    The content type lets feedparser apply its RFC 3023 rules, but servers often send a wrong charset
    (utf-8 on a latin-1 file). When the document names its own encoding (XML prolog or BOM), drop the
    HTTP charset so the document's declaration wins; feedparser still falls back if it fails.
    """
    headers: dict[str, str] = {}
    if content_type:
        mime, _, params = content_type.partition(";")
        if _declares_encoding(body):
            kept = [p for p in params.split(";") if p.strip() and not p.strip().lower().startswith("charset")]
            headers["content-type"] = "; ".join([mime.strip(), *[p.strip() for p in kept]])
        else:
            headers["content-type"] = content_type
    if base_url:
        headers["content-location"] = base_url  # feedparser resolves relative links against it
    return headers


def _published(entry: Mapping[str, Any]) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            # feedparser normalises to UTC struct_time; timegm keeps it in UTC.
            return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
    return None


def _entry_text(entry: Mapping[str, Any]) -> str:
    # content:encoded / atom:content is the full text; summary/description is often a teaser.
    best = ""
    for content in entry.get("content") or ():
        text = _detail_text(str(content.get("value") or ""), content.get("type"))
        if len(text) > len(best):
            best = text
    if best:
        return best
    summary = entry.get("summary")
    if summary:
        detail = entry.get("summary_detail") or {}
        return _detail_text(str(summary), detail.get("type", "text/html"))
    return ""


def _entry_outlet(entry: Mapping[str, Any], feed_title: str, source: SourceConfig) -> str:
    # <source> names the channel the item came from: on Google News, the real outlet.
    origin = entry.get("source")
    if isinstance(origin, Mapping):
        title = _collapse(html.unescape(str(origin.get("title") or "")))
        if title:
            return title
    return feed_title or source.name


def _entry_link(entry: Mapping[str, Any], base_url: str | None) -> str | None:
    link = str(entry.get("link") or "").strip() or None
    if link and base_url and not link.startswith(("https://", "http://")):
        link = urljoin(base_url, link)  # only relative links need it; urljoin is slow per item
    return link


def _entry_to_item(
    entry: Mapping[str, Any], source: SourceConfig, feed_title: str, base_url: str | None
) -> RawItem | None:
    title_detail = entry.get("title_detail") or {}
    title = _title_text(str(entry.get("title") or ""), title_detail.get("type"))
    text = _entry_text(entry)
    link = _entry_link(entry, base_url)
    if not (title or text or link):
        return None

    outlet = _entry_outlet(entry, feed_title, source)
    if entry.get("source"):
        title = strip_outlet_suffix(title, outlet)  # Google News appends " - Outlet" to titles
    if not title:
        title = _title_from_text(text) if text else (link or "(untitled)")

    guid = str(entry.get("id") or "").strip() or link or _hash_guid(title)
    return RawItem(
        source_id=source.id,
        guid=guid,
        url=link,
        canonical_url=canonical_url(link) if link else None,
        title=title,
        text=text,
        published=_published(entry),
        outlet=outlet,
        language=source.language,
    )


def _http_charset(content_type: str | None) -> str | None:
    if not content_type:
        return None
    for param in content_type.split(";")[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            return value.strip().strip('"').lower()
    return None


def _text_of(value: Any) -> dict[str, str] | None:
    """feedparser-rs TextConstruct/Content/Source -> the plain dict shape feedparser gives."""
    if value is None:
        return None
    return {
        "value": str(getattr(value, "value", "") or ""),
        "type": str(getattr(value, "type", "") or "text/html"),
        "title": str(getattr(value, "title", "") or ""),
    }


def _rs_entry(entry: Any) -> dict[str, Any]:
    """The fields `_entry_to_item` reads. Each `get` builds Python objects from Rust: ask only for
    what is used (the summary only without content, the other dates only without a published one)."""
    out: dict[str, Any] = {
        "title": entry.get("title"),
        "link": entry.get("link"),
        "id": entry.get("id"),
        "published_parsed": entry.get("published_parsed"),
        "title_detail": _text_of(entry.get("title_detail")),
        "content": [_text_of(c) for c in entry.get("content") or ()],
        "source": _text_of(entry.get("source")),
    }
    if out["published_parsed"] is None:
        out["updated_parsed"] = entry.get("updated_parsed")
        out["created_parsed"] = entry.get("created_parsed")
    if not out["content"]:
        out["summary"] = entry.get("summary")
        out["summary_detail"] = _text_of(entry.get("summary_detail"))
    return out


RS_DEFAULT_MAX_ENTRIES = 10_000  # feedparser-rs's own limit (ParserLimits().max_entries)


def _entry_tags(body: bytes) -> int:
    """How many RSS items or Atom entries the body can hold at most: its opening tags, prefixed or not."""
    return sum(body.count(tag) for tag in (b"<item", b"<entry", b":item", b":entry"))


def _fast_parse(body: bytes, content_type: str | None) -> tuple[Sequence[Mapping[str, Any]], str] | None:
    """(entries, feed title) from feedparser-rs, or None when feedparser should decide."""
    if _feedparser_rs is None:
        return None
    charset = _http_charset(content_type)
    if charset and charset not in ("utf-8", "utf8") and not _declares_encoding(body):
        return None  # only the HTTP header names the encoding: feedparser-rs cannot be told it
    # Bytes, never str: feedparser-rs treats a str that looks like a URL as something to fetch.
    # No sanitising: we keep plain text only, and fragment_to_text drops scripts and styles itself.
    entries_in_body = _entry_tags(body)
    if entries_in_body <= RS_DEFAULT_MAX_ENTRIES:
        parsed = _feedparser_rs.parse(bytes(body), sanitize_html=False)
    else:
        # Its default limit stops at 10,000 entries (marked bozo), and feedparser would then parse the whole
        # body again, in Python, 60 times slower (84 s for a 100,000-item archive: past a poll's deadline,
        # every poll). It reserves room for its limit up front (about 1.8 KB of address space an entry), so
        # the limit is the entries this body holds, not a large constant; the fetcher's body cap
        # (POLICYBOT_MAX_FEED_MB) is what bounds a feed.
        limits = _feedparser_rs.ParserLimits(max_entries=entries_in_body, max_feed_size_bytes=len(body) + 1)
        parsed = _feedparser_rs.parse_with_limits(bytes(body), limits=limits, sanitize_html=False)
    if parsed.bozo or not parsed.version or not parsed.entries:
        return None
    if any(e.get("link") == "" for e in parsed.entries):
        # feedparser-rs blanks links to private addresses (its own SSRF rule). Our fetcher guards
        # every request instead, and the sandbox and tests serve from 127.0.0.1: keep the links.
        return None
    rs_entries = parsed.entries  # read once: each read of the attribute builds the list anew
    feed = parsed.feed
    title_detail = _text_of(feed.get("title_detail"))
    feed_title = _title_text(str(feed.get("title") or ""), title_detail["type"] if title_detail else None)
    for e in rs_entries:
        # The summary even beside content (a wrong encoding garbles both; asking for the content here
        # would build its text objects once more).
        if "\ufffd" in str(e.get("title") or "") or "\ufffd" in str(e.get("summary") or ""):
            return None  # the declared encoding was wrong: feedparser's detection does better
    if "\ufffd" in feed_title:
        return None
    return _RsEntries(rs_entries), feed_title


class _RsEntries(Sequence[Mapping[str, Any]]):
    """feedparser-rs entries, each made into the dict `_entry_to_item` reads when it is read. Made all at
    once, the dicts of a 100,000-entry archive held every text twice more (hundreds of MB) while a poll
    reads the texts of 200 of them."""

    def __init__(self, entries: Sequence[Any]) -> None:
        self._entries = entries

    def __len__(self) -> int:
        return len(self._entries)

    @overload
    def __getitem__(self, index: int) -> Mapping[str, Any]: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Mapping[str, Any]]: ...

    def __getitem__(self, index: int | slice) -> Mapping[str, Any] | Sequence[Mapping[str, Any]]:
        if isinstance(index, slice):
            return [_rs_entry(entry) for entry in self._entries[index]]
        return _rs_entry(self._entries[index])


@dataclass(frozen=True, slots=True)
class FeedEntries:
    """A parsed XML feed whose entries are not yet items. Making an item (text extraction, canonical URL, a
    pydantic model) is most of the cost of a big feed, and a poll stores at most a few hundred new items:
    it glances at every entry and makes items of only those it keeps (bot.sources.scan)."""

    source: SourceConfig
    feed_title: str
    base_url: str | None
    entries: Sequence[Mapping[str, Any]]

    def __len__(self) -> int:
        return len(self.entries)

    def item(self, index: int) -> RawItem | None:
        """The entry's item, exactly as `parse_feed` gives it; None for an entry with nothing in it."""
        return _entry_to_item(self.entries[index], self.source, self.feed_title, self.base_url)

    def glance(self, index: int) -> tuple[str, str, datetime | None] | None:
        """(GUID, link, published) of an entry with a link, read without making its item; None without a
        link (its GUID may be a hash of its title: only the item can tell)."""
        entry = self.entries[index]
        link = _entry_link(entry, self.base_url)
        if link is None:
            return None
        return str(entry.get("id") or "").strip() or link, link, _published(entry)


def _xml_entries(
    body: bytes, source: SourceConfig, content_type: str | None, base_url: str | None, *, lean: bool = False
) -> FeedEntries:
    body = _without_entity_declarations(body)
    # feedparser-rs holds about 6 KB an entry (360 MB for 60,000), feedparser about 1.2 KB at a twelfth of
    # the speed: `lean` readers (a one-shot diagnostic) take feedparser past the fast parser's default limit.
    too_many = lean and _entry_tags(body) > RS_DEFAULT_MAX_ENTRIES
    fast = None if too_many else _fast_parse(body, content_type)
    if fast is not None:
        entries, feed_title = fast
    else:
        entries, feed_title = _slow_parse(body, content_type, base_url)
    return FeedEntries(source, feed_title, base_url, entries)


def _slow_parse(
    body: bytes, content_type: str | None, base_url: str | None
) -> tuple[list[Mapping[str, Any]], str]:
    parsed = feedparser.parse(
        # A stream, never bytes: feedparser opens a bytes argument as a local file name when it can
        # (a server answering "/etc/passwd" would have us read that file), and fetches URL strings.
        io.BytesIO(body),
        response_headers=_feedparser_headers(body, content_type, base_url),
        sanitize_html=True,
        resolve_relative_uris=True,
    )
    entries = parsed.get("entries") or []
    feed = parsed.get("feed") or {}
    feed_title = _title_text(str(feed.get("title") or ""), (feed.get("title_detail") or {}).get("type"))
    if not entries and (not parsed.get("version") or (parsed.get("bozo") and not feed_title)):
        # HTML error pages, login walls and plain text land here (feedparser did not see a feed).
        problem = parsed.get("bozo_exception")
        reason = f"{type(problem).__name__}: {problem}" if problem else "no feed element found"
        raise FetchError(f"not a feed: {_describe(body, content_type)} ({reason})")
    return list(entries), feed_title


def _describe(body: bytes, content_type: str | None) -> str:
    head = body[:200].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
        kind = "an HTML page"
    else:
        kind = f"{len(body)} bytes"
    return f"{kind} served as {content_type}" if content_type else kind


# ---------------------------------------------------------------- JSON Feed 1.1

_JSON_FEED_VERSION = "https://jsonfeed.org/version/"


def _str(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def parse_json_feed(
    document: Mapping[str, Any], source: SourceConfig, *, base_url: str | None = None
) -> list[RawItem]:
    """RawItems of a decoded JSON Feed (https://jsonfeed.org/version/1.1)."""
    version = document.get("version")
    items = document.get("items")
    is_json_feed = isinstance(version, str) and version.startswith(_JSON_FEED_VERSION)
    if not is_json_feed or not isinstance(items, list):
        raise FetchError("not a feed: JSON document is not a JSON Feed (no version/items)")
    feed_title = _collapse(_str(document.get("title")))
    base = _str(document.get("home_page_url")) or base_url
    out: list[RawItem] = []
    for raw in items:
        if not isinstance(raw, Mapping):
            continue
        link = _str(raw.get("url")) or _str(raw.get("external_url")) or None
        if link and base:
            link = urljoin(base, link)
        text = (
            plain_to_text(_str(raw.get("content_text")))
            or fragment_to_text(_str(raw.get("content_html")))
            or plain_to_text(_str(raw.get("summary")))
        )
        title = _collapse(_str(raw.get("title")))
        if not (title or text or link):
            continue
        if not title:
            title = _title_from_text(text) if text else (link or "(untitled)")
        raw_id = raw.get("id")
        ident = str(raw_id).strip() if isinstance(raw_id, str | int) and not isinstance(raw_id, bool) else ""
        out.append(
            RawItem(
                source_id=source.id,
                guid=ident or link or _hash_guid(title),
                url=link,
                canonical_url=canonical_url(link) if link else None,
                title=title,
                text=text,
                published=iso_datetime(raw.get("date_published")) or iso_datetime(raw.get("date_modified")),
                outlet=feed_title or source.name,
                language=source.language,
            )
        )
    return out


def _looks_like_json(body: bytes, content_type: str | None) -> bool:
    head = body.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    return head == b"{" or bool(content_type and "json" in content_type.lower() and head in (b"{", b"["))


# ---------------------------------------------------------------- entry point


def _load_json(body: bytes) -> Any:
    """JSON in UTF-8/16/32; a few invalid UTF-8 bytes cost those characters, not the whole feed."""
    try:
        return json.loads(body)
    except UnicodeDecodeError:
        return json.loads(body.decode("utf-8", errors="replace"))


def parse_feed(
    body: bytes,
    source: SourceConfig,
    *,
    content_type: str | None = None,
    base_url: str | None = None,
) -> list[RawItem]:
    """Parse a feed body into items, in document order.

    `content_type` is the HTTP Content-Type (its charset is only a hint); `base_url` resolves
    relative links. Raises FetchError("not a feed: ...") for empty bodies, HTML pages and JSON that
    is not a JSON Feed.
    """
    parsed = feed_entries(body, source, content_type=content_type, base_url=base_url)
    if isinstance(parsed, list):
        return parsed
    return [item for index in range(len(parsed)) if (item := parsed.item(index)) is not None]


def feed_entries(
    body: bytes,
    source: SourceConfig,
    *,
    content_type: str | None = None,
    base_url: str | None = None,
    lean: bool = False,
) -> FeedEntries | list[RawItem]:
    """`parse_feed` before the entries of an XML feed become items; a JSON Feed's items (JSON is cheap).
    `lean`: bounded memory over speed for a body of very many entries (see `_xml_entries`)."""
    if not body.strip():
        raise FetchError("not a feed: empty body")
    if _looks_like_json(body, content_type):
        try:
            document = _load_json(body)
        except RecursionError:
            raise FetchError("not a feed: JSON nested too deeply") from None
        except ValueError:
            document = None  # not JSON after all: let feedparser have a go
        if isinstance(document, Mapping):
            return parse_json_feed(document, source, base_url=base_url)
        if document is not None:
            raise FetchError("not a feed: JSON document is not a JSON Feed (top level is not an object)")
    return _xml_entries(body, source, content_type, base_url, lean=lean)
