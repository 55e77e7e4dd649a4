"""Page watching: extract a page's main text, and decide whether it changed materially.

Some sources have no feed (law firms' country pages, a visa's GOV.UK guide). We keep the main text
of the page as it was last time (its *baseline*) and emit an item only when the new main text
differs in substance: menus, cookie banners and footers are dropped by trafilatura, "Last updated"
lines and pure whitespace or punctuation edits are ignored, and the item says what changed.

`extract_page` is CPU work (lxml + trafilatura, tens of ms): call it through `asyncio.to_thread`.
Everything else here is a pure function.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict

from bot.errors import FetchError
from bot.models import RawItem, SourceConfig
from bot.sources.canonical import canonical_url

__all__ = [
    "MIN_CHANGED_WORDS",
    "PageChange",
    "PageSnapshot",
    "diff_pages",
    "extract_main_text",
    "extract_page",
    "page_dedup_key",
    "page_item",
]

MIN_CHANGED_WORDS = 3  # fewer changed words than this is not news, unless a number changed
MAX_SHOWN_CHANGES = 4  # changed paragraphs quoted in the item
MAX_QUOTE_CHARS = 300
MAX_GIST_CHARS = 100
MAX_NOISE_CHARS = 80

# Lines that change on every visit or edit without saying anything.
_NOISE = re.compile(
    r"^\s*(?:(?:last|page)\s+(?:updated|modified|reviewed|changed)|updated|published|modified|printed|"
    r"©|copyright|\(c\)\s*\d{4})\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+(?:[.,'’]\w+)*", re.UNICODE)
_DIGIT = re.compile(r"\d")


class PageSnapshot(BaseModel):
    """The main content of a page at one moment."""

    model_config = ConfigDict(frozen=True)

    title: str
    text: str  # paragraphs separated by "\n"
    digest: str  # of the normalised, noise-free text: equal digests mean no material change


class PageChange(BaseModel):
    """What differs between two versions of a page's main text."""

    model_config = ConfigDict(frozen=True)

    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    changed: tuple[tuple[str, str], ...] = ()  # (before, after) paragraph pairs
    numbers_changed: bool = False

    @property
    def gist(self) -> str:
        """The first change in a few words, for the item's title."""
        if self.changed:
            return _clip(self.changed[0][1], MAX_GIST_CHARS)
        if self.added:
            return _clip(self.added[0], MAX_GIST_CHARS)
        return "removed: " + _clip(self.removed[0], MAX_GIST_CHARS) if self.removed else ""

    def describe(self) -> str:
        """Plain text for the item body: each change quoted, before and after."""
        parts: list[str] = []
        shown = 0
        for before, after in self.changed:
            if shown == MAX_SHOWN_CHANGES:
                break
            parts.append(f"Changed: \"{_clip(before, MAX_QUOTE_CHARS)}\" now reads \"{_clip(after, MAX_QUOTE_CHARS)}\".")
            shown += 1
        for text in self.added:
            if shown == MAX_SHOWN_CHANGES:
                break
            parts.append(f"Added: \"{_clip(text, MAX_QUOTE_CHARS)}\".")
            shown += 1
        for text in self.removed:
            if shown == MAX_SHOWN_CHANGES:
                break
            parts.append(f"Removed: \"{_clip(text, MAX_QUOTE_CHARS)}\".")
            shown += 1
        hidden = len(self.changed) + len(self.added) + len(self.removed) - shown
        if hidden > 0:
            parts.append(f"({hidden} more change{'s' if hidden > 1 else ''}.)")
        return " ".join(parts)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"


def _is_noise(line: str) -> bool:
    """A short "Last updated: 3 May 2026" or "© Crown copyright" line; "Updated guidance on ..." is kept."""
    if len(line) > MAX_NOISE_CHARS or not _NOISE.match(line):
        return False
    return bool(_DIGIT.search(line)) or line.lower().startswith(("©", "copyright", "(c)"))


def _paragraphs(text: str) -> list[str]:
    """Whitespace-collapsed, noise-free paragraphs: the unit of comparison."""
    out = []
    for line in text.splitlines():
        clean = " ".join(line.split())
        if clean and not _is_noise(clean) and _WORD.search(clean):
            out.append(clean)
    return out


def _digest(paragraphs: list[str]) -> str:
    # Case and punctuation-only edits are not news: compare the words.
    words = [w.casefold() for p in paragraphs for w in _WORD.findall(p)]
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()


def snapshot(title: str, text: str) -> PageSnapshot:
    paragraphs = _paragraphs(text)
    return PageSnapshot(title=" ".join(title.split()), text="\n".join(paragraphs), digest=_digest(paragraphs))


def extract_main_text(body: bytes | str, *, url: str | None = None) -> tuple[str, str]:
    """(title, main text) of an HTML document, by trafilatura; ('', '') when it finds no content."""
    import trafilatura  # imported here: it takes ~150 ms, and only page and article fetches need it

    document: Any = trafilatura.bare_extraction(
        body,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_precision=True,
        # We need the title, not the date; htmldate's extensive search costs up to seconds a page.
        date_extraction_params={"extensive_search": False},
    )
    if document is None:
        return "", ""
    return str(getattr(document, "title", "") or ""), str(getattr(document, "text", "") or "")


def extract_page(body: bytes, *, url: str, content_type: str | None = None) -> PageSnapshot:
    """The main content of a watched page. Raises FetchError when there is none to watch."""
    if not body.strip():
        raise FetchError("not a page: empty body")
    if content_type and not any(t in content_type.lower() for t in ("html", "xml", "text/plain")):
        raise FetchError(f"not a page: served as {content_type}")
    title, text = extract_main_text(body, url=url)
    page = snapshot(title, text)
    if not page.text:
        raise FetchError("not a page: no main text found (is the content built by JavaScript?)")
    return page


def diff_pages(old_text: str, new_text: str, *, min_words: int = MIN_CHANGED_WORDS) -> PageChange | None:
    """The material change from `old_text` to `new_text`, or None when there is none.

    Material: at least `min_words` words changed, or any changed word holds a digit (a fee, a date,
    a cap or a quota moving is news however short).
    """
    old = _paragraphs(old_text)
    new = _paragraphs(new_text)
    if _digest(old) == _digest(new):
        return None
    old_words = [w.casefold() for p in old for w in _WORD.findall(p)]
    new_words = [w.casefold() for p in new for w in _WORD.findall(p)]
    changed_words: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old_words, new_words, autojunk=False).get_opcodes():
        if tag != "equal":
            changed_words.extend(old_words[i1:i2])
            changed_words.extend(new_words[j1:j2])
    numbers = any(_DIGIT.search(w) for w in changed_words)
    if len(changed_words) < min_words and not numbers:
        return None

    added: list[str] = []
    removed: list[str] = []
    changed: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "insert":
            added.extend(new[j1:j2])
        elif tag == "delete":
            removed.extend(old[i1:i2])
        elif tag == "replace":
            before, after = old[i1:i2], new[j1:j2]
            pairs = min(len(before), len(after))
            changed.extend(zip(before[:pairs], after[:pairs], strict=True))
            removed.extend(before[pairs:])
            added.extend(after[pairs:])
    return PageChange(
        added=tuple(added),
        removed=tuple(removed),
        changed=tuple(changed),
        numbers_changed=numbers,
    )


def page_dedup_key(source_id: str, page: PageSnapshot) -> str:
    """Each version of a page is its own item: the page URL alone would make every change an update."""
    return f"page:{source_id}:{page.digest[:32]}"


def page_item(source: SourceConfig, page: PageSnapshot, change: PageChange, *, url: str, now: datetime) -> RawItem:
    """The item announcing a material change of a watched page."""
    name = page.title or source.name
    gist = change.gist
    return RawItem(
        source_id=source.id,
        guid=f"{url}#version-{page.digest[:16]}",
        url=url,
        canonical_url=canonical_url(url),
        title=f"{name}: updated: {gist}" if gist else f"{name}: updated",
        text=f"The page \"{name}\" changed. {change.describe()}",
        published=now,
        outlet=source.name,
        language=source.language,
    )
