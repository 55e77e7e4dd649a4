"""The /policy index: the query language's semantics, paging, freshness, and per-channel feedback."""

from __future__ import annotations

from datetime import timedelta

from bot.routing import profile
from bot.sandbox.stories import add_story
from bot.search.index import SearchIndex
from bot.search.query import parse_query, rank
from bot.store import Store
from tests.conftest import NOW, Clock


async def _corpus(store: Store) -> None:
    rows = [
        ("China requires top AI researchers to get approval before travelling abroad", ("CN",), ("ai",), "travel_restriction", "reported", 2),
        ("Japan opens fast-track visa for semiconductor engineers", ("JP",), ("semiconductors",), "visa", "announced", 1),
        ("US raises H-1B fee for AI and chip specialists", ("US",), ("ai", "semiconductors"), "visa", "enacted", 3),
        ("UK Global Talent visa gets faster for AI and quantum researchers", ("GB",), ("ai", "quantum"), "visa", "enacted", 1),
        ("China screens quantum collaborations with foreign universities", ("CN",), ("quantum",), "research_security", "proposed", 20),
        ("China tells AI researchers at DeepSeek to hand over passports", ("CN",), ("ai",), "travel_restriction", "reported", 40),
    ]
    for i, (title, juris, topics, kind, status, days) in enumerate(rows):
        await add_story(store, title=title, now=NOW, published=NOW - timedelta(days=days), jurisdictions=juris,
                        topics=topics, policy_type=kind, status=status, url=f"https://example.com/{i}")  # type: ignore[arg-type]


async def test_same_results_as_the_reference_ranking(store: Store) -> None:
    await _corpus(store)
    index = SearchIndex(store, Clock())
    everything = await store.relevant_items()
    for text in ["china ai", "visa", "ai", "china", "researchers", "china since:7d", "ai researchers", "quantum",
                 "status:enacted", "type:visa ai", "deepseek passports", "nothing-matches-this"]:
        q = parse_query(text)
        expected = [h.item.id for h in rank(everything, q, now=NOW, limit=10)]
        page = await index.search(q, limit=10)
        assert [i.id for i in page.items] == expected, text


async def test_pages_and_one_result_per_story(store: Store) -> None:
    await _corpus(store)
    first, cluster = await add_story(store, title="China AI approval, told again", now=NOW, published=NOW)
    await add_story(store, title="China AI approval, a third telling", now=NOW, published=NOW, outlet="Reuters",
                    join=cluster)
    index = SearchIndex(store, Clock())
    q = parse_query("ai")
    page1 = await index.search(q, limit=2)
    page2 = await index.search(q, offset=2, limit=2)
    page3 = await index.search(q, offset=4, limit=2)
    ids = [i.id for p in (page1, page2, page3) for i in p.items]
    assert page1.has_more and page2.has_more and not page3.has_more
    assert len(ids) == len(set(ids)) == 5  # five stories mention ai; the two-outlet story counts once
    assert first.id in ids or first.id + 1 in ids


async def test_new_items_are_found_at_once(store: Store) -> None:
    await _corpus(store)
    index = SearchIndex(store, Clock())
    assert (await index.search(parse_query("canada"))).items == ()
    await add_story(store, title="Canada caps study permits", now=NOW, jurisdictions=("CA",), topics=(),
                    policy_type="immigration")
    (found,) = (await index.search(parse_query("canada"))).items
    assert found.title == "Canada caps study permits"


async def test_channel_feedback_lowers_similar_results(store: Store) -> None:
    await _corpus(store)
    index = SearchIndex(store, Clock())
    q = parse_query("visa")
    plain = [i.title for i in (await index.search(q)).items]
    japan = next(i for i in await store.relevant_items() if i.title.startswith("Japan"))
    lowered = [i.title for i in (await index.search(q, negatives=[profile(japan)])).items]
    rank_of = [next(i for i, t in enumerate(titles) if t.startswith("Japan")) for titles in (plain, lowered)]
    assert sorted(plain) == sorted(lowered) and len(plain) == 3
    assert rank_of[0] < 2 and rank_of[1] == 2  # lowered to the bottom, not removed


async def test_the_index_holds_a_bounded_window_of_the_newest_items(store: Store) -> None:
    for day in reversed(range(30)):  # stored as published: the oldest first
        await add_story(store, title=f"Visa rule number {day} for AI researchers", now=NOW,
                        published=NOW - timedelta(days=day), url=f"https://example.com/w{day}")
    # At most 10 items (trimmed once 5 % over), none older than 20 days.
    index = SearchIndex(store, Clock(), max_items=10, max_age=timedelta(days=20))
    page = await index.search(parse_query("rule"), limit=50)
    assert len(index.entries) == 10
    assert [i.title for i in page.items] == [f"Visa rule number {day} for AI researchers" for day in range(10)]
    # New items push the oldest out; the first load read only the newest ones.
    fresh = set()
    for day in range(12):
        item, _ = await add_story(store, title=f"Fresh rule {day}", now=NOW, published=NOW + timedelta(hours=day),
                                  url=f"https://example.com/f{day}")
        fresh.add(item.id)
    await index.search(parse_query("rule"))
    assert len(index.entries) == 10 and set(index.entries) < fresh
    assert all(e.item.title.startswith("Fresh") for e in index.entries.values())

    aged = SearchIndex(store, Clock(NOW + timedelta(days=15)), max_items=1000, max_age=timedelta(days=20))
    await aged.search(parse_query("rule"))
    assert min(e.when for e in aged.entries.values()) >= (NOW - timedelta(days=5)).timestamp()
