"""Batch analysis of Articles (docs/ARCHITECTURE.md §4): one `AnalysisRecord` per article, in order, clustered.

This is what `policybot analyze` and `policybot ask` run, and what bench/quality.py measures. Articles
are analysed one at a time as they arrive (so the command can stream) and placed into an in-memory
`ClusterIndex`: an item is compared only with the stories it shares rare words with, never with the
whole batch. Irrelevant items are clustered in a separate index, so two outlets' coverage of one
product launch still share a key, but a product launch never joins a policy story.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Generator, Iterable
from datetime import UTC, datetime

from bot.analysis.analyzer import analyze, warm_up
from bot.analysis.cluster import ClusterIndex, new_cluster_key
from bot.analysis.html import html_to_text
from bot.analysis.parallel import ordered_map
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


# A batch allocates tens of thousands of small tuples an article (tokens, phrase matches), and the memo
# caches keep many of them: with the collector's default thresholds (700, 10, 10) it ran over four
# hundred collections per 300 long articles, several of them over every object of the process. Fewer,
# later collections cost a tenth of that; nothing analysis makes is kept alive only by a cycle.
BATCH_GC_THRESHOLDS = (10_000, 20, 20)


@functools.cache
def settle_collector() -> None:
    """Once per process: what is loaded by now (lexicons, compiled patterns, matchers) lives as long as
    the process, so the collector stops scanning it (`gc.freeze`), and collects less often."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(*BATCH_GC_THRESHOLDS)


def analyse_article(article: Article) -> tuple[Analysis, StoryFeatures]:
    """The pure part of one article's analysis: everything but its placement among the batch's stories."""
    text = article_text(article)
    published = _published(article)
    result = analyze(article.title, text, language=article.language or "en", published=published, url=article.url)
    return result, story_features(article.title, text, result, published)


def _worker_start() -> None:
    """Before the first article (in each worker process): settle the collector and load the models."""
    settle_collector()
    warm_up()


Analysed = tuple[AnalysisRecord, Analysis, StoryFeatures]


class BatchAnalyzer:
    """Analyse articles one by one, giving items of one batch that tell the same story one cluster key."""

    def __init__(self) -> None:
        settle_collector()
        self._relevant = ClusterIndex()
        self._other = ClusterIndex()
        self.members: dict[str, list[str]] = {}  # cluster key -> article ids, in input order

    def analyze(self, article: Article) -> Analysed:
        result, features = analyse_article(article)
        return self.place(article, result, features)

    def analyze_all(
        self, articles: Iterable[Article], *, jobs: int = 1
    ) -> Generator[tuple[Article, Analysed], None, None]:
        """Every article with its analysis, in input order, the pure part done by `jobs` worker processes;
        placement here, in input order, so the stories are the same whatever `jobs` is."""
        pairs = ordered_map(analyse_article, articles, jobs=jobs, initializer=_worker_start)
        try:
            for article, (result, features) in pairs:
                yield article, self.place(article, result, features)
        finally:
            pairs.close()  # a consumer that stops early (a closed pipe) stops the workers too

    def place(self, article: Article, result: Analysis, features: StoryFeatures) -> Analysed:
        """Give an analysed article its story among the batch's, and its record."""
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


__all__ = ["Analysed", "BatchAnalyzer", "analyse_article", "article_text", "new_cluster_key"]
