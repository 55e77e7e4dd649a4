"""Stories per week, counted from stored items. Pure: items in, counts out.

A story (a cluster) is counted once, in the week of its first relevant item (published date, else the
day it was first seen), when at least one of its relevant items matches the query (the same filters
and words as `/policy` search). Its policy type and jurisdiction, for stacking, are those of that first
item. Weeks are 7-day bins ending at `end` (a weekly brief's slot, or next Monday 00:00 UTC for
`/policy trends`); the last bin is "the week" a chart marks. Empty weeks count zero.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.analysis.tokens import tokenize
from bot.models import Query, StoredItem, utc
from bot.search.query import item_time, passes_filters, search_document

WEEKS = 12
WEEK = timedelta(days=7)
MAX_STACKS = 6  # more series than this are unreadable in a stacked bar: the smallest go into "Other"
OTHER = "Other"


def next_monday(now: datetime) -> datetime:
    """00:00 UTC of the Monday after `now`: the end of the current calendar week."""
    day = utc(now).replace(hour=0, minute=0, second=0, microsecond=0)
    return day + timedelta(days=7 - day.weekday())


def week_starts(end: datetime, weeks: int = WEEKS) -> list[datetime]:
    """The start of each of the `weeks` 7-day bins before `end`, oldest first."""
    return [end - WEEK * (weeks - k) for k in range(weeks)]


def item_matches(item: StoredItem, query: Query) -> bool:
    """`/policy` search's rules for one item, without `since:` (the window is the chart's): filters AND
    across kinds and OR within one, and every free-text word present."""
    if not passes_filters(item, query):
        return False
    terms = {t for word in query.text for t in tokenize(word)}
    return not terms or terms <= set(search_document(item))


@dataclass(frozen=True)
class Story:
    """One story as trends see it: its relevant items oldest first, and what counting reads of them,
    worked out once (a hundred briefs read the same stories)."""

    cluster_id: int
    items: tuple[StoredItem, ...]
    when: datetime  # its first item's date: the week it is counted in
    last: datetime  # its latest item's date
    policy_type: str  # of its first item
    jurisdiction: str  # of its first item ("??" when it names none)
    timeline: tuple[tuple[datetime, str], ...]  # (date, status) of each analysed item, oldest first

    @property
    def first(self) -> StoredItem:
        return self.items[0]


def story_of(cluster_id: int, members: Sequence[StoredItem]) -> Story:
    """One story from its relevant items (in any order)."""
    dated = sorted(((item_time(i), i) for i in members), key=lambda pair: (pair[0], pair[1].id))
    first = dated[0][1].analysis
    return Story(
        cluster_id=cluster_id, items=tuple(i for _, i in dated), when=dated[0][0], last=dated[-1][0],
        policy_type=first.policy_type if first else "other",
        jurisdiction=first.jurisdictions[0] if first and first.jurisdictions else "??",
        timeline=tuple((when, i.analysis.status) for when, i in dated if i.analysis is not None),
    )


def group_by_story(items: Iterable[StoredItem], into: dict[int, list[StoredItem]]) -> None:
    """Add the relevant, clustered items to their story's list in `into` (cluster id -> items): a read may
    arrive in batches."""
    for item in items:
        if item.cluster_id is not None and item.analysis is not None and item.analysis.relevant:
            into.setdefault(item.cluster_id, []).append(item)


def in_story_order(stories: Iterable[Story]) -> list[Story]:
    """Oldest first (then by cluster id): the order counting and briefs read them in."""
    return sorted(stories, key=lambda s: (s.when, s.cluster_id))


def matching(stories: Iterable[Story], queries: Sequence[Query]) -> list[Story]:
    """Stories with an item matching any of `queries` (no query: every story)."""
    if not queries:
        return list(stories)
    return [s for s in stories if any(item_matches(i, q) for i in s.items for q in queries)]


@dataclass(frozen=True)
class Series:
    """What a chart shows: per week (oldest first), per stack label, how many stories."""

    weeks: tuple[datetime, ...]  # start of each bin; the last one is the marked week
    end: datetime
    labels: tuple[str, ...]  # stack labels, biggest first ("Other" last)
    counts: tuple[tuple[int, ...], ...]  # counts[label index][week index]
    by: str  # "policy type" or "jurisdiction"

    @property
    def totals(self) -> tuple[int, ...]:
        return tuple(sum(column) for column in zip(*self.counts, strict=True)) if self.counts else (0,) * len(self.weeks)

    @property
    def empty(self) -> bool:
        return not any(self.totals)


def stack_key(stories: Sequence[Story]) -> str:
    """Stack by policy type, or by jurisdiction when the stories span many jurisdictions (then the
    jurisdiction says more than the type)."""
    return "jurisdiction" if len({s.jurisdiction for s in stories}) > 3 else "policy type"


def weekly_series(stories: Sequence[Story], end: datetime, *, weeks: int = WEEKS, by: str | None = None) -> Series:
    """Count stories per week over the `weeks` bins before `end`, stacked by type or jurisdiction."""
    starts = week_starts(end, weeks)
    window = [s for s in stories if starts[0] <= s.when < end]
    by = by or stack_key(window)
    per: dict[str, Counter[int]] = {}
    for story in window:
        label = story.jurisdiction if by == "jurisdiction" else story.policy_type
        if label not in per:
            per[label] = Counter()
        per[label][int((story.when - starts[0]) / WEEK)] += 1
    ranked = sorted(per, key=lambda k: (-sum(per[k].values()), k))
    if len(ranked) > MAX_STACKS:
        other: Counter[int] = Counter()
        for label in ranked[MAX_STACKS - 1 :]:
            other.update(per.pop(label))
        ranked = [*ranked[: MAX_STACKS - 1], OTHER]
        per[OTHER] = other
    counts = tuple(tuple(per[label][k] for k in range(weeks)) for label in ranked)
    return Series(tuple(starts), end, tuple(ranked), counts, by)


def table_text(series: Series, *, label_of: dict[str, str] | None = None) -> str:
    """The counts as a small monospaced table (week, total, then each stack)."""
    label_of = label_of or {}
    names = [label_of.get(label, label)[:14] for label in series.labels]
    head = "week of      total  " + "  ".join(f"{n:>{max(5, len(n))}}" for n in names)
    lines = [head.rstrip()]
    for k, start in enumerate(series.weeks):
        cells = "  ".join(f"{series.counts[j][k]:>{max(5, len(n))}}" for j, n in enumerate(names))
        mark = " ◀" if k == len(series.weeks) - 1 else ""
        lines.append(f"{start:%Y-%m-%d}  {series.totals[k]:>5}  {cells}".rstrip() + mark)
    return "\n".join(lines)
