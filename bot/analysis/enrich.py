"""Optional LLM enrichment of an analysis: the summary, rewritten by the model when one is configured.

The extractive analysis always comes first (`bot.analysis.analyzer.analyze`); this only *replaces* its
summary, for relevant items, with a model summary that `LLMClient` validated (JSON of the right shape,
no figure the article lacks, no effective date the extractive pass did not find). Anything else — no
LLM configured, an irrelevant item, a network error, a timeout, invalid output — returns the analysis
unchanged. Summaries are cached by a hash of the model and the article's content, so re-analysing an
unchanged article (a re-poll, a retitled copy with the same text) costs no request.

The pipeline calls it between analysis and storage:

    analysis = analyze(
        item.title, item.text, language=source.language, published=item.published, url=item.url,
        source_jurisdictions=source.jurisdictions,
    )
    analysis = await llm_summary(item.title, item.text, analysis, llm)
"""

from __future__ import annotations

import hashlib
import logging
from collections import OrderedDict

from bot.analysis.llm import LLMClient
from bot.models import Analysis, Summary

CACHE_SIZE = 4096

log = logging.getLogger(__name__)


class SummaryCache:
    """Model summaries by content hash, least recently used first out."""

    def __init__(self, size: int = CACHE_SIZE) -> None:
        self.size = size
        self._items: OrderedDict[str, Summary] = OrderedDict()

    def __len__(self) -> int:
        return len(self._items)

    def get(self, key: str) -> Summary | None:
        summary = self._items.get(key)
        if summary is not None:
            self._items.move_to_end(key)
        return summary

    def put(self, key: str, summary: Summary) -> None:
        self._items[key] = summary
        self._items.move_to_end(key)
        while len(self._items) > self.size:
            self._items.popitem(last=False)


_CACHE = SummaryCache()


def content_key(model: str | None, title: str, text: str, extractive: Summary) -> str:
    """What a model summary depends on: the model, the article, and the extractive summary (whose
    effective date the model's must match)."""
    h = hashlib.sha256()
    for part in (model or "", title, text, extractive.model_dump_json()):
        h.update(part.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()


async def llm_summary(
    item_title: str,
    item_text: str,
    analysis: Analysis,
    llm: LLMClient | None,
    *,
    cache: SummaryCache | None = None,
) -> Analysis:
    """`analysis` with the LLM's summary when an LLM is configured, the item is relevant and the model's
    summary is valid; else `analysis` unchanged. Never raises for the LLM's sake."""
    if llm is None or not llm.settings.enabled or not analysis.relevant:
        return analysis
    store = _CACHE if cache is None else cache
    key = content_key(llm.settings.model, item_title, item_text, analysis.summary)
    summary = store.get(key)
    if summary is None:
        try:
            summary = await llm.summarize_or_none(item_title, item_text, analysis.summary)
        except Exception:  # the LLM is optional: whatever goes wrong, the extractive summary stands
            log.warning("LLM summary failed, keeping the extractive one", exc_info=True)
            summary = None
        if summary is None:
            return analysis  # failures are not cached: a timeout now may be an answer later
        store.put(key, summary)
    return analysis.model_copy(update={"summary": summary})
