"""Article text: when a feed item carries only a snippet, fetch its page and extract the main text.

Per-source switch (`fetch_article_text = true` in the catalogue) and bounded on every axis: only new
items whose text is short, at most `MAX_ARTICLES_PER_POLL` per poll, a smaller body cap, and a failure
only costs the item its full text (the snippet stays), never the source its poll.
"""

from __future__ import annotations

import asyncio
import logging

from bot.errors import FetchError
from bot.models import RawItem
from bot.sources.canonical import is_google_news_link
from bot.sources.fetch import ACCEPT_HTML, Fetcher
from bot.sources.fragment import plain_to_text
from bot.sources.pages import extract_main_text
from bot.sources.parse import MAX_TEXT_CHARS, clip

__all__ = ["ARTICLE_MAX_BYTES", "MAX_ARTICLES_PER_POLL", "SNIPPET_CHARS", "fetch_article_text", "wants_article"]

log = logging.getLogger(__name__)

SNIPPET_CHARS = 400  # feed text shorter than this is a teaser, not the article
MAX_ARTICLES_PER_POLL = 5  # article fetches per source and poll: a feed of 100 teasers is not 100 requests
ARTICLE_MAX_BYTES = 2 * 1024 * 1024


def wants_article(raw: RawItem) -> bool:
    """Worth fetching: a real link (Google News redirects lead to a JavaScript page) and a short text."""
    return bool(raw.url) and not is_google_news_link(raw.url) and len(raw.text) < SNIPPET_CHARS


async def fetch_article_text(fetcher: Fetcher, url: str) -> str | None:
    """The article's main text, or None when it cannot be had or is no longer than a snippet."""
    try:
        result = await fetcher.fetch(url, accept=ACCEPT_HTML, max_bytes=ARTICLE_MAX_BYTES)
    except FetchError as exc:
        log.info("article text for %s not fetched: %s", url, exc)
        return None
    if not result.body.strip():
        return None
    _, text = await asyncio.to_thread(extract_main_text, result.body, url=result.final_url)
    clean = clip(plain_to_text(text), MAX_TEXT_CHARS)  # its lines kept, as a feed's text keeps them
    return clean if len(clean) >= SNIPPET_CHARS else None
