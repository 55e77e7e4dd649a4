"""GOV.UK search API (`/api/search.json`): one item per result.

Fields used: title, link (relative to www.gov.uk for GOV.UK pages), description, public_timestamp,
display_type / format, organisations[].title. The item's id is the link path (`_id`), which GOV.UK
keeps stable for a page across edits.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin

from bot.models import RawItem, SourceConfig
from bot.sources.adapters import _common as c

API = "GOV.UK search API"
SITE = "https://www.gov.uk/"


def looks_like(document: Any) -> bool:
    results = document.get("results") if isinstance(document, dict) else None
    return (
        isinstance(results, list)
        and any(isinstance(r, dict) and "link" in r and ("public_timestamp" in r or "format" in r) for r in results)
    ) or (isinstance(results, list) and not results and "suggested_queries" in document)


def parse(document: Any, source: SourceConfig, base_url: str | None = None) -> list[RawItem]:
    out: list[RawItem] = []
    for raw in c.require_list(document, "results", API):
        if not isinstance(raw, dict):
            continue
        link = c.text(raw.get("link"))
        url = urljoin(SITE, link) if link else None
        title = c.text(raw.get("title"))
        if not (url or title):
            continue
        kind = c.text(raw.get("display_type")) or c.text(raw.get("format")).replace("_", " ").capitalize()
        organisations = [c.text(o.get("title")) for o in raw.get("organisations") or () if isinstance(o, dict)]
        organisations = [o for o in organisations if o]
        description = c.text(raw.get("description"))
        parts = [f"{kind}." if kind else "", description]
        if organisations:
            parts.append(f"From: {', '.join(organisations)}.")
        ident = c.text(raw.get("_id")) or link
        out.append(
            c.item(
                source,
                guid=f"govuk:{ident}" if ident else c.hash_guid(title),
                url=url,
                title=title,
                body=" ".join(p for p in parts if p),
                published=c.iso_datetime(raw.get("public_timestamp")),
                outlet=f"{organisations[0]} - GOV.UK" if organisations else "GOV.UK",
            )
        )
    return out
