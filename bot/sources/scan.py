"""A fetched body's entries, known by their identity before any becomes an item.

A poll stores at most a few hundred new items (bot.pipeline's cap), but a feed may list 100,000. Turning
every entry into an item (text extraction, canonical URL, a pydantic model) just to keep 200 of them cost
seconds of CPU and about 2 GB at the peak on every poll of such a feed. A `Scan` instead reads each entry's
identity (GUID and de-duplication key: the link's canonical form, or the item's key when the entry has no
plain link) and its date, and makes items of only the entries the poll asks for.

Pure: bytes in, a `Scan` out; the same result in this process or in the worker (bot.sources.scan_worker).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from bot.models import RawItem, SourceConfig
from bot.sources.canonical import canonical_url, dedup_key, is_google_news_link
from bot.sources.feeds import FeedEntries, feed_entries
from bot.sources.parse import bounded, parse_source, readable

__all__ = ["FEED_KINDS", "Entry", "Scan", "scan_source"]

FEED_KINDS = frozenset({"rss", "atom", "json-feed"})
Entry = tuple[int, str, str]  # (index in the document, GUID, de-duplication key)


class Scan:
    """A parsed body: its entries' identities, newest first, and the items of the entries asked for."""

    def __init__(self, source: SourceConfig, parsed: FeedEntries | list[RawItem]) -> None:
        self.source = source
        self._parsed = parsed
        self.entries = _newest_first([(index, *ident) for index in range(len(parsed)) if (ident := self._identity(index))])

    @property
    def total(self) -> int:
        """The body's entries that make an item (an entry with no title, text or link makes none)."""
        return len(self.entries)

    def items(self, indices: Sequence[int]) -> list[RawItem]:
        """The items of these entries, in the order asked, each `bounded` as `parse_source` gives them."""
        parsed = self._parsed
        if isinstance(parsed, list):
            return [parsed[index] for index in indices]
        with readable(self.source):
            made = (parsed.item(index) for index in indices)
            return [bounded(item) for item in made if item is not None]

    def _identity(self, index: int) -> tuple[str, str, datetime | None] | None:
        parsed = self._parsed
        if isinstance(parsed, FeedEntries):
            glance = parsed.glance(index)
            if glance is not None and not is_google_news_link(glance[1]):
                guid, link, published = glance
                return guid, "url:" + canonical_url(link), published  # what dedup_key gives its item
            made = parsed.item(index)  # no plain link: the key is the item's title, and so is the GUID perhaps
            if made is None:
                return None
            item = bounded(made)
        else:
            item = parsed[index]
        return item.guid, dedup_key(item), item.published


def _newest_first(entries: list[tuple[int, str, str, datetime | None]]) -> list[Entry]:
    """By published date, newest first; undated entries last, in document order ."""
    dated = [entry for entry in entries if entry[3] is not None]
    dated.sort(key=lambda entry: entry[3], reverse=True)  # type: ignore[arg-type,return-value]  # dated only
    undated = [entry for entry in entries if entry[3] is None]
    return [(index, guid, key) for index, guid, key, _ in dated + undated]


def scan_source(
    body: bytes, source: SourceConfig, *, content_type: str | None = None, base_url: str | None = None,
    lean: bool = False,
) -> Scan:
    """The body's `Scan`. Feeds are glanced at entry by entry; other kinds (an API's JSON, which is small) are
    made into items by `parse_source` at once. Raises FetchError as `parse_source` does. `lean`: bounded
    memory over speed for a feed of very many entries (`feed_entries`)."""
    with readable(source):
        if source.kind in FEED_KINDS:
            parsed = feed_entries(body, source, content_type=content_type, base_url=base_url, lean=lean)
            if isinstance(parsed, list):
                parsed = [bounded(item) for item in parsed]
        else:
            parsed = parse_source(body, source, content_type=content_type, base_url=base_url)
        return Scan(source, parsed)
