"""Federal Register API (`/api/v1/documents.json`): one item per document.

Fields used: document_number (the stable id), title, type (Rule, Proposed Rule, Notice, Presidential
Document), abstract, html_url, publication_date, agencies[].name, and, when the query asks for them
with `fields[]=`, effective_on and comments_close_on. The dates matter to readers (when a rule bites,
until when one can comment), so they are written into the text.
"""

from __future__ import annotations

import html
from typing import Any

from bot.models import RawItem, SourceConfig
from bot.sources.adapters import _common as c

API = "Federal Register API"
OUTLET = "Federal Register"


def looks_like(document: Any) -> bool:
    results = document.get("results") if isinstance(document, dict) else None
    return isinstance(results, list) and any(isinstance(r, dict) and "document_number" in r for r in results)


def parse(document: Any, source: SourceConfig, base_url: str | None = None) -> list[RawItem]:
    out: list[RawItem] = []
    if isinstance(document, dict) and document.get("count") == 0 and "results" not in document:
        return out  # the API omits `results` when nothing matches
    for raw in c.require_list(document, "results", API):
        if not isinstance(raw, dict):
            continue
        number = c.text(raw.get("document_number"))
        url = c.text(raw.get("html_url")) or None
        title = c.text(raw.get("title"))
        if not (number or url or title):
            continue
        doc_type = c.text(raw.get("type"))
        agencies = [c.text(a.get("name")) for a in raw.get("agencies") or () if isinstance(a, dict)]
        abstract = c.text(raw.get("abstract")) or html.unescape(c.text(raw.get("excerpts"))).replace("…", "").strip()
        parts = []
        if doc_type:
            parts.append(f"{doc_type}.")
        if agencies:
            parts.append(f"Agencies: {', '.join(a for a in agencies if a)}.")
        if abstract:
            parts.append(abstract)
        effective = c.iso_date(raw.get("effective_on"))
        if effective:
            parts.append(f"Effective on {effective.isoformat()}.")
        comments = c.iso_date(raw.get("comments_close_on"))
        if comments:
            parts.append(f"Comments close on {comments.isoformat()}.")
        out.append(
            c.item(
                source,
                guid=f"federalregister:{number}" if number else (url or c.hash_guid(title)),
                url=url,
                title=title,
                body=" ".join(parts),
                published=c.midnight_utc(c.iso_date(raw.get("publication_date"))),
                outlet=OUTLET,
            )
        )
    return out
