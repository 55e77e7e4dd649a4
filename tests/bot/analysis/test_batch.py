"""Batch analysis (what `policybot analyze` runs) and HTML articles."""

from __future__ import annotations

from bot.analysis.batch import BatchAnalyzer, article_text
from bot.analysis.html import html_to_text
from bot.models import Article

DECODER = Article(id="a", title="China requires top AI researchers to get approval before travelling abroad",
                  text="China now requires top AI researchers at private companies such as Alibaba and DeepSeek "
                       "to obtain approval before travelling abroad, according to people familiar with the matter.",
                  published="2026-03-03T09:00:00Z")
ASIA = Article(id="b", title="Beijing curbs overseas trips for AI engineers at DeepSeek, Alibaba",
               text="Leading AI engineers at DeepSeek and Alibaba must now seek permission before leaving the "
                    "country, people with knowledge of the matter said.",
               published="2026-03-04T02:00:00Z")
LAUNCH = Article(id="c", title="DeepSeek releases a new open-weight reasoning model",
                 text="DeepSeek released a new open-weight reasoning model that tops coding benchmarks.",
                 published="2026-03-04T05:00:00Z")


def test_same_story_same_cluster_and_irrelevant_items_stay_apart() -> None:
    batch = BatchAnalyzer()
    a, b, c = (batch.analyze(x)[0] for x in (DECODER, ASIA, LAUNCH))
    assert a.relevant and b.relevant and not c.relevant
    assert a.cluster == b.cluster != c.cluster
    assert batch.members[a.cluster] == ["a", "b"]


def test_cluster_keys_are_deterministic() -> None:
    first = [BatchAnalyzer().analyze(x)[0].cluster for x in (DECODER, ASIA)]
    again = [BatchAnalyzer().analyze(x)[0].cluster for x in (DECODER, ASIA)]
    assert first == again and first[0].startswith("c-")


def test_naive_published_dates_are_utc() -> None:
    naive = DECODER.model_copy(update={"published": DECODER.published.replace(tzinfo=None)})  # type: ignore[union-attr]
    batch = BatchAnalyzer()
    assert batch.analyze(naive)[0].cluster == batch.analyze(ASIA)[0].cluster


def test_html_keeps_paragraphs_and_drops_page_furniture() -> None:
    html = ("<html><head><title>T</title><style>p{}</style></head><body><nav>Menu</nav><h1>Headline</h1>"
            "<p>First &amp; foremost.</p><p>Second<br>line.</p><aside>Related</aside>"
            "<script>track()</script><footer>©</footer></body></html>")
    assert html_to_text(html) == "T\n\nHeadline\n\nFirst & foremost.\n\nSecond\nline."
    assert article_text(Article(id="x", title="t", html=html)).startswith("T\n\nHeadline")
    assert article_text(Article(id="x", title="t", text="plain", html=html)) == "plain"
    assert article_text(Article(id="x", title="t")) == ""


def test_a_batch_settles_the_collector_once_and_analyses_the_same() -> None:
    import gc

    from bot.analysis.batch import BATCH_GC_THRESHOLDS

    article = Article.model_validate({"id": "g1", "title": "Ministry raises visa fees for researchers",
                                      "text": "The ministry said on Monday that visa fees for foreign researchers rise."})
    first = BatchAnalyzer().analyze(article)[0]
    assert gc.get_threshold() == BATCH_GC_THRESHOLDS
    assert gc.get_freeze_count() > 0
    frozen = gc.get_freeze_count()
    assert BatchAnalyzer().analyze(article)[0] == first
    assert gc.get_freeze_count() == frozen  # once per process
