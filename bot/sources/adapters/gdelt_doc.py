"""GDELT DOC 2.0 API (`mode=ArtList&format=json`): one item per article.

Fields used: url, title, seendate (`YYYYMMDDTHHMMSSZ`, when GDELT saw the article), domain, language,
sourcecountry. GDELT gives no article text, only titles; titles carry its tokeniser's spaces before
punctuation ("travel , sources say"), which are removed. An empty result is `{}`. A rate-limit
reply is plain text, sometimes with status 200: `parse_source` turns it into a RateLimitedError.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from bot.models import RawItem, SourceConfig
from bot.sources.adapters import _common as c

API = "GDELT DOC API"
RATE_LIMIT_HINT = "limit requests"  # "Please limit requests to one every 5 seconds ..."

_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?%)])")
_SPACE_AFTER_OPEN = re.compile(r"([(])\s+")
_SPLIT_APOSTROPHE = re.compile(r"(\w)\s+'\s*(s|t|re|ve|ll|d|m)\b", re.IGNORECASE)
_SPLIT_CODE = re.compile(r"\b([A-Z]{1,5}) - (\d+[A-Z]?)\b")  # "H - 1B" -> "H-1B", "COVID - 19"


def looks_like(document: Any) -> bool:
    return isinstance(document, dict) and isinstance(document.get("articles"), list)


def tidy_title(title: str) -> str:
    """Undo GDELT's tokeniser spacing: "China ' s rule , explained" -> "China's rule, explained"."""
    title = _SPLIT_APOSTROPHE.sub(r"\1'\2", title)
    title = _SPLIT_CODE.sub(r"\1-\2", title)
    title = _SPACE_BEFORE_PUNCT.sub(r"\1", title)
    return _SPACE_AFTER_OPEN.sub(r"\1", title).strip()


def seen_date(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.strptime(value.strip(), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    except ValueError:
        return c.iso_datetime(value)


def parse(document: Any, source: SourceConfig, base_url: str | None = None) -> list[RawItem]:
    if document == {}:
        return []  # GDELT's answer when nothing matched
    out: list[RawItem] = []
    for raw in c.require_list(document, "articles", API):
        if not isinstance(raw, dict):
            continue
        url = c.text(raw.get("url")) or None
        title = tidy_title(c.text(raw.get("title")))
        if not (url and title):
            continue
        domain = c.text(raw.get("domain"))
        country = c.text(raw.get("sourcecountry"))
        language = c.text(raw.get("language"))
        details = ", ".join(p for p in (domain, country, language) if p)
        out.append(
            c.item(
                source,
                guid=url,
                url=url,
                title=title,
                body=f"{title}. ({details})" if details else title,
                published=seen_date(raw.get("seendate")),
                outlet=domain or "GDELT",
            )
        )
    return out
