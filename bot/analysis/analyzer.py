"""The per-item analysis: relevance, tags and summary in one call (clustering needs the store)."""

from __future__ import annotations

from datetime import datetime
from urllib.parse import urlsplit

from bot.analysis import lexicon as lx
from bot.analysis import provenance
from bot.analysis.language_detection import detect_language
from bot.analysis.relevance import THRESHOLD, score_relevance
from bot.analysis.summarize import brief_summary, summarize
from bot.analysis.tagging import tag, with_guessed_type
from bot.models import Analysis, Evidence

# The states the gazetteer knows: an outlet's country-code domain names one of them or none.
KNOWN_JURISDICTIONS: frozenset[str] = frozenset(j.code for j in lx.JURISDICTION_LIST)
MAX_EVIDENCE = 12


# What analysis reads of a long page: the news is in its lead (tags read 20 sentences, summaries 10, story
# features 6,000 characters); the rest of a 2,000-word page is background that only costs time to split.
MAX_ANALYSED_CHARS = 8000


def _lead(text: str) -> str:
    if len(text) <= MAX_ANALYSED_CHARS:
        return text
    cut = text[:MAX_ANALYSED_CHARS]
    end = max(cut.rfind(". "), cut.rfind("\n"))
    return cut[: end + 1] if end > MAX_ANALYSED_CHARS // 2 else cut


def warm_up() -> None:
    """Load the shipped models (language identification, word embeddings) now: about 2 s of CPU that
    would otherwise land on the first article, inside a poll's deadline. Call it off the event loop."""
    from bot.analysis import embed
    from bot.analysis.language_detection import detect_language as _detect

    _detect("Warm-up text: the government announced new visa rules for researchers today.")
    embed.available()


def analyze(
    title: str, text: str, *, language: str = "en", published: datetime | None = None, url: str | None = None,
    source_jurisdictions: tuple[str, ...] = (),
) -> Analysis:
    """Analyse one article. Pure and deterministic; `published` resolves relative dates; `url` and the
    source's declared jurisdictions name the government when the text itself names none."""
    title = title or ""
    text = _lead(text or "")
    if not language or language.lower().startswith("en"):
        # Feeds often label everything "en"; the script tells Chinese or Japanese apart.
        language = detect_language(f"{title}\n{text}", default=language or "en")
    score, relevance_evidence = score_relevance(title, text, language)
    tags = tag(title, text, language=language, published=published)
    if not tags.jurisdictions:
        vouched = provenance.source_jurisdictions(url, source_jurisdictions)
        where = urlsplit(url).hostname if url and not source_jurisdictions else "the source's catalogue entry"
        outlet = None if vouched else provenance.outlet_country(url, KNOWN_JURISDICTIONS)
        if outlet:
            vouched, where = (outlet,), f"an outlet on {urlsplit(url or '').hostname}"  # no state read as ruling
        if vouched:
            tags = tags.model_copy(update={
                "jurisdictions": vouched,
                "evidence": (*tags.evidence, Evidence(field="jurisdictions", text=f"published by {where}")),
            })
    # Only relevant items are alerted, shown and asked about: the others get the headline alone.
    relevant = score >= THRESHOLD
    if relevant and tags.policy_type == "other":
        tags = with_guessed_type(tags, title, text, language)
    summary = summarize(title, text, tags, published=published) if relevant else brief_summary(title, text)
    evidence: list[Evidence] = []
    seen: set[tuple[str, str]] = set()
    for e in [*tags.evidence, *relevance_evidence]:
        if (e.field, e.text) not in seen:
            seen.add((e.field, e.text))
            evidence.append(e)
    return Analysis(
        relevant=relevant,
        score=score,
        jurisdictions=tags.jurisdictions,
        topics=tags.topics,
        policy_type=tags.policy_type,
        status=tags.status,
        summary=summary,
        evidence=tuple(evidence[:MAX_EVIDENCE]),
        language=language,
    )
