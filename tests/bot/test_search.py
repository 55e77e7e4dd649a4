"""The `/policy` query language and ranked search."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.analysis.analyzer import analyze
from bot.models import Query, StoredItem
from bot.search.query import describe_query, parse_query, rank

ARTICLES: dict[str, dict[str, Any]] = json.loads(
    (Path(__file__).parent / "analysis" / "data" / "articles.json").read_text("utf-8")
)
ARTICLES_NOW = datetime(2025, 11, 20, 12, tzinfo=UTC)  # the sample articles are from 2025


def item(i: int, key: str, *, published: datetime | None, first_seen: datetime = ARTICLES_NOW) -> StoredItem:
    a = ARTICLES[key]
    return StoredItem(
        id=i, source_id="s", guid=key, url=a.get("url"), title=a["title"], text=a["text"], published=published,
        outlet=a.get("source", "x"), first_seen=first_seen,
        analysis=analyze(a["title"], a["text"], language=a.get("language", "en"), published=published),
    )


@pytest.fixture(scope="module")
def items() -> list[StoredItem]:
    return [
        item(1, "decoder_cn", published=ARTICLES_NOW - timedelta(days=2)),
        item(2, "asia_cn", published=ARTICLES_NOW - timedelta(days=1)),
        item(3, "us_h1b", published=ARTICLES_NOW - timedelta(days=20)),
        item(4, "uk_talent", published=None, first_seen=ARTICLES_NOW - timedelta(hours=3)),
        item(5, "jp_hsp", published=ARTICLES_NOW - timedelta(days=9)),
        item(6, "zh_notice", published=(ARTICLES_NOW - timedelta(days=40)).replace(tzinfo=None)),  # naive: taken as UTC
        item(7, "neg_model_release", published=ARTICLES_NOW),
        item(8, "later_cn", published=ARTICLES_NOW - timedelta(days=5)),
    ]


class TestParse:
    def test_canonical(self) -> None:
        q = parse_query("china ai")
        assert (q.jurisdictions, q.topics, q.text) == (("CN",), ("ai",), ())

    @pytest.mark.parametrize(
        ("text", "jurisdictions"),
        [("united states", ("US",)), ("South Korea", ("KR",)), ("new zealand", ("NZ",)), ("United Kingdom", ("GB",)),
         ("chinese", ("CN",)), ("U.S.", ("US",)), ("us uk eu", ("US", "GB", "EU")), ("China's", ("CN",)),
         ("japan, germany", ("JP", "DE")), ("beijing", ("CN",))],
    )
    def test_jurisdictions(self, text: str, jurisdictions: tuple[str, ...]) -> None:
        assert parse_query(text).jurisdictions == jurisdictions

    def test_topics_types_statuses(self) -> None:
        q = parse_query("chips semiconductors quantum visas travel exit talent security export immigration proposed")
        assert q.topics == ("semiconductors", "quantum")
        assert q.policy_types == ("visa", "travel_restriction", "talent_program", "research_security",
                                  "export_control", "immigration")
        assert q.statuses == ("proposed",)
        assert parse_query("uk in effect").statuses == ("in_effect",)

    @pytest.mark.parametrize(
        ("text", "since"),
        [("since:7d", timedelta(days=7)), ("since:24h", timedelta(hours=24)), ("since:2w", timedelta(weeks=2)),
         ("SINCE:3days", timedelta(days=3))],
    )
    def test_since(self, text: str, since: timedelta) -> None:
        assert parse_query(text).since == since

    def test_unparseable_since(self) -> None:
        q = parse_query("since:xyz since:0d eu")
        assert q.since is None and q.unknown == ("since:xyz", "since:0d") and q.jurisdictions == ("EU",)

    def test_explicit_keys(self) -> None:
        q = parse_query("jurisdiction:in type:travel_restriction status:in-effect topic:biotech country:xx")
        assert (q.jurisdictions, q.policy_types, q.statuses, q.topics) == (
            ("IN",), ("travel_restriction",), ("in_effect",), ("biotech",))
        assert q.unknown == ("country:xx",)

    def test_free_text(self) -> None:
        q = parse_query("China DeepSeek, Alibaba! the H-1B")
        assert q.jurisdictions == ("CN",) and q.text == ("deepseek", "alibaba", "h-1b")

    def test_ambiguous_codes_are_words(self) -> None:
        assert parse_query("in it no").jurisdictions == ()

    def test_empty(self) -> None:
        assert parse_query("").is_empty and parse_query("   ").is_empty


class TestRank:
    def test_filters_and_recency(self, items: list[StoredItem]) -> None:
        hits = rank(items, parse_query("china"), now=ARTICLES_NOW)
        assert [h.item.id for h in hits] == [2, 1, 8, 6]  # most recent first, CN only
        assert all(h.score > 0 for h in hits)

    def test_irrelevant_items_never_show(self, items: list[StoredItem]) -> None:
        assert 7 not in {h.item.id for h in rank(items, Query(), now=ARTICLES_NOW, limit=50)}

    def test_topic_type_status_since(self, items: list[StoredItem]) -> None:
        assert [h.item.id for h in rank(items, parse_query("china ai since:7d"), now=ARTICLES_NOW)] == [2, 1]
        assert [h.item.id for h in rank(items, parse_query("visa"), now=ARTICLES_NOW)] == [4, 5, 3]
        assert [h.item.id for h in rank(items, parse_query("reported"), now=ARTICLES_NOW)] == [2, 1]
        assert [h.item.id for h in rank(items, parse_query("quantum"), now=ARTICLES_NOW)] == [8]
        # An item with no published date is placed by first_seen.
        assert [h.item.id for h in rank(items, parse_query("since:12h"), now=ARTICLES_NOW)] == [4]

    def test_free_text_bm25(self, items: list[StoredItem]) -> None:
        hits = rank(items, parse_query("deepseek"), now=ARTICLES_NOW)
        assert [h.item.id for h in hits] == [2, 1]
        hits = rank(items, parse_query("leaks"), now=ARTICLES_NOW)
        assert {h.item.id for h in hits} == {1, 2}
        assert rank(items, parse_query("deepseek fee"), now=ARTICLES_NOW) == []  # every word must occur

    def test_offset_and_limit(self, items: list[StoredItem]) -> None:
        everything = [h.item.id for h in rank(items, Query(), now=ARTICLES_NOW, limit=100)]
        assert [h.item.id for h in rank(items, Query(), now=ARTICLES_NOW, limit=2, offset=1)] == everything[1:3]
        assert rank(items, Query(), now=ARTICLES_NOW, limit=0) == []

    def test_single_item_as_routing_uses_it(self, items: list[StoredItem]) -> None:
        assert rank([items[0]], parse_query("china ai alibaba"), now=ARTICLES_NOW, limit=1)
        assert not rank([items[0]], parse_query("japan"), now=ARTICLES_NOW, limit=1)

    def test_unanalysed_items_are_skipped(self, items: list[StoredItem]) -> None:
        bare = items[0].model_copy(update={"analysis": None})
        assert rank([bare], Query(), now=ARTICLES_NOW) == []


def test_describe_query() -> None:
    assert describe_query(parse_query("china ai since:7d deepseek")) == (
        'jurisdiction CN, topic ai, since 7 days, text: "deepseek"'
    )
    assert describe_query(parse_query("us uk visa in effect since:24h")) == (
        "jurisdiction US or GB, type visa, status in effect, since 24 hours"
    )
    assert describe_query(parse_query("since:2w")) == "since 2 weeks"
    assert describe_query(Query()) == "all relevant stories"
