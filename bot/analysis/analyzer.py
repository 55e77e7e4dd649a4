"""The per-item analysis: relevance, tags and summary in one call (clustering needs the store)."""

from __future__ import annotations

from datetime import datetime

from bot.analysis.relevance import THRESHOLD, score_relevance
from bot.analysis.summarize import brief_summary, summarize
from bot.analysis.tagging import tag
from bot.analysis.text import detect_language
from bot.models import Analysis, Evidence

MAX_EVIDENCE = 12


def analyze(title: str, text: str, *, language: str = "en", published: datetime | None = None) -> Analysis:
    """Analyse one article. Pure and deterministic; `published` resolves relative dates."""
    title = title or ""
    text = text or ""
    if not language or language.lower().startswith("en"):
        # Feeds often label everything "en"; the script tells Chinese or Japanese apart.
        language = detect_language(f"{title}\n{text}", default=language or "en")
    score, relevance_evidence = score_relevance(title, text)
    tags = tag(title, text, language=language, published=published)
    # Only relevant items are alerted, shown and asked about: the others get the headline alone.
    relevant = score >= THRESHOLD
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
    )
