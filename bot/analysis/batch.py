"""Batch analysis of Articles (docs/ARCHITECTURE.md §4): one `AnalysisRecord` per article, in order, clustered.

This is what `policybot analyze` and `policybot ask` run, and what bench/quality.py measures. Articles
are analysed one at a time as they arrive (so the command can stream) and placed into an in-memory
`ClusterIndex`: an item is compared only with the stories it shares rare words with, never with the
whole batch. Irrelevant items are clustered in a separate index, so two outlets' coverage of one
product launch still share a key, but a product launch never joins a policy story.
"""

from __future__ import annotations

from datetime import UTC, datetime

from bot.analysis.analyzer import analyze
from bot.analysis.cluster import ClusterIndex, new_cluster_key
from bot.analysis.html import html_to_text
from bot.analysis.story_features import StoryFeatures, story_features
from bot.models import Analysis, AnalysisRecord, Article


def article_text(article: Article) -> str:
    """Plain text of an article: `text` if given, else the text of `html`."""
    if article.text and article.text.strip():
        return article.text
    return html_to_text(article.html) if article.html else ""


def _published(article: Article) -> datetime | None:
    when = article.published
    if when is not None and when.tzinfo is None:
        when = when.replace(tzinfo=UTC)  # ISO 8601 without an offset: read as UTC, as feeds mean it
    return when


class BatchAnalyzer:
    """Analyse articles one by one, giving items of one batch that tell the same story one cluster key."""

    def __init__(self) -> None:
        self._relevant = ClusterIndex()
        self._other = ClusterIndex()
        self.members: dict[str, list[str]] = {}  # cluster key -> article ids, in input order

    def analyze(self, article: Article) -> tuple[AnalysisRecord, Analysis, StoryFeatures]:
        text = article_text(article)
        published = _published(article)
        result = analyze(article.title, text, language=article.language or "en", published=published, url=article.url)
        features = story_features(article.title, text, result, published)
        index = self._relevant if result.relevant else self._other
        key, _ = index.assign(features, seed=article.id)
        self.members.setdefault(key, []).append(article.id)
        record = AnalysisRecord(
            id=article.id,
            relevant=result.relevant,
            score=result.score,
            jurisdictions=list(result.jurisdictions),
            topics=list(result.topics),
            policy_type=result.policy_type,
            status=result.status,
            summary=result.summary,
            cluster=key,
            evidence=list(result.evidence),
        )
        return record, result, features


__all__ = ["BatchAnalyzer", "article_text", "new_cluster_key"]
