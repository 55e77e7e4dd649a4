"""Stories written straight into a store, analysed as given: for tests, the demo and the Slack benchmark.

`add_story` stores one item with the analysis you state (no feed, no analyser: the Slack side is what
is under test) and puts it in a new story or an existing one. `store_item` stores one item as a poll
does (`Store.save_items`), without leaving it for the pipeline. `synthetic_rows` makes many varied items
quickly for the benchmark's 100,000-item store.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta
from typing import Any

from bot.models import Analysis, PolicyType, RawItem, Status, StoredItem, Summary, Topic
from bot.store import Store
from bot.store.items import ItemChange, ItemInput


async def add_story(
    store: Store,
    *,
    title: str,
    now: datetime,
    text: str = "",
    outlet: str = "The Decoder",
    url: str | None = "https://example.com/story",
    jurisdictions: Sequence[str] = ("CN",),
    topics: Sequence[Topic] = ("ai",),
    policy_type: PolicyType = "travel_restriction",
    status: Status = "reported",
    bullets: Sequence[str] = ("A bullet.",),
    what_changed: str | None = None,
    who_is_affected: str | None = None,
    effective: str | None = None,
    published: datetime | None = None,
    score: float = 0.9,
    join: int | None = None,
    guid: str | None = None,
) -> tuple[StoredItem, int]:
    """Store a relevant item with this analysis; a new story, or a member of story `join`."""
    guid = guid or f"{outlet}:{title}:{url}"
    raw = RawItem(
        source_id=outlet.lower().replace(" ", "-")[:60] or "source", guid=guid, url=url, canonical_url=url,
        title=title, text=text or f"{title}.", published=published or now, outlet=outlet,
    )
    item, _ = await store_item(store, raw, guid, now=now)
    analysis = Analysis(
        relevant=True, score=score, jurisdictions=tuple(jurisdictions), topics=tuple(topics),
        policy_type=policy_type, status=status,
        summary=Summary(headline=title, bullets=tuple(bullets), what_changed=what_changed,
                        who_is_affected=who_is_affected, effective=effective),
    )
    await store.set_analysis(item.id, analysis)
    if join is None:
        cluster_id = await store.create_cluster(f"c-{item.id}", {}, item.id, now=now)
    else:
        await store.join_cluster(join, item.id, now=now)
        cluster_id = join
    stored = await store.get_item(item.id)
    assert stored is not None
    return stored, cluster_id


async def store_item(store: Store, raw: RawItem, key: str, *, now: datetime) -> tuple[StoredItem, ItemChange]:
    """Save one item the way a poll does (same source and GUID, or same de-duplication key `key`: the
    same item, "updated" when its title or text changed), then mark it processed: its analysis and
    story are the caller's to state, so the pipeline must not take it up."""
    entry = ItemInput(raw=raw, key=key)
    (change,) = await store.save_items([entry], now=now)
    item = await store.matching_item(entry)
    assert item is not None
    if change != "unchanged":
        await store.mark_processed([item.id])
    return item, change


# ---------------------------------------------------------------- many items, fast (the benchmark)

_PLACES = [("CN", "China", "Beijing"), ("US", "United States", "Washington"), ("GB", "United Kingdom", "London"),
           ("JP", "Japan", "Tokyo"), ("DE", "Germany", "Berlin"), ("IN", "India", "New Delhi"),
           ("CA", "Canada", "Ottawa"), ("AU", "Australia", "Canberra"), ("KR", "South Korea", "Seoul"),
           ("FR", "France", "Paris"), ("SG", "Singapore", "Singapore"), ("EU", "European Union", "Brussels")]
_KINDS: list[tuple[PolicyType, str]] = [
    ("visa", "new visa rules for"), ("travel_restriction", "travel approval requirement for"),
    ("talent_program", "a recruitment programme for"), ("research_security", "screening of collaborations by"),
    ("export_control", "deemed-export controls covering"), ("immigration", "a points system for"),
]
_TOPICS: list[tuple[Topic, str]] = [("ai", "AI researchers"), ("semiconductors", "chip engineers"),
                                    ("quantum", "quantum physicists"), ("biotech", "biotech scientists"),
                                    ("aerospace", "aerospace engineers"), ("telecom", "telecom engineers")]
_STATUSES: list[Status] = ["reported", "proposed", "announced", "enacted", "in_effect"]
_NOISE = ["quarterly earnings beat forecasts", "a new smartphone launch", "the football transfer window",
          "a record heat wave", "a chip factory's output", "an AI model release", "a stock market rally"]
_OUTLETS = ["The Decoder", "Asia Tech Wire", "Reuters", "Nikkei Asia", "South China Morning Post", "Politico",
            "Science", "Nature", "Times Higher Education", "University World News"]
_FILLER = ("Officials said the measure would be reviewed after a consultation with universities and employers. "
           "Critics warned that it could slow hiring and deter international students from applying. ")


def synthetic_rows(n: int, *, now: datetime, relevant_share: float = 0.3, seed: int = 7) -> Iterator[dict[str, Any]]:
    """`n` rows for the items table (ids from 1), about `relevant_share` of them relevant and analysed,
    spread over the last two years, newest last. Deterministic for a seed."""
    rng = random.Random(seed)
    for i in range(1, n + 1):
        when = now - timedelta(minutes=(n - i) * 10 + rng.randint(0, 9))
        outlet = rng.choice(_OUTLETS)
        if rng.random() < relevant_share:
            code, place, capital = rng.choice(_PLACES)
            kind, phrase = rng.choice(_KINDS)
            topic, people = rng.choice(_TOPICS)
            status = rng.choice(_STATUSES)
            title = f"{place} {status.replace('_', ' ')} {phrase} {people} ({i})"
            text = (f"{capital} has {status.replace('_', ' ')} {phrase} {people}. The rule affects {people} "
                    f"at universities and private companies. " + _FILLER)
            analysis = Analysis(
                relevant=True, score=round(rng.uniform(0.55, 0.99), 2), jurisdictions=(code,), topics=(topic,),
                policy_type=kind, status=status,
                summary=Summary(headline=title, bullets=(text.split(". ")[0] + ".",),
                                what_changed=f"{phrase.capitalize()} {people}.", who_is_affected=people),
            ).model_dump(mode="json")
        else:
            title = f"{outlet} on {rng.choice(_NOISE)} ({i})"
            text = f"A report on {rng.choice(_NOISE)}. " + _FILLER
            analysis = None
        yield {
            "id": i, "source_id": outlet.lower().replace(" ", "-"), "guid": f"synthetic-{i}",
            "dedup_key": f"https://synthetic.example/{i}", "url": f"https://synthetic.example/{i}", "title": title,
            "text": text, "published": when, "outlet": outlet, "language": "en", "content_hash": f"{i:064x}",
            "first_seen": when, "updated_at": when, "analysis": analysis, "relevant": analysis is not None,
            "cluster_id": None,
        }
