"""The counts behind every chart equal a direct count of the stored stories."""

from __future__ import annotations

import random
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from slack_sdk.web.async_client import AsyncWebClient

from bot.models import Analysis
from bot.sandbox.stories import add_story
from bot.store import Store
from bot.store.schema import items
from bot.trends.chart import render_png
from bot.trends.counts import MAX_STACKS, OTHER, WEEK, Series, next_monday, week_starts, weekly_series
from bot.trends.service import Charts

NOW = datetime(2026, 12, 3, 15, 0, tzinfo=UTC)  # a Thursday
TYPES = ("visa", "travel_restriction", "talent_program", "research_security")
PLACES = ("CN", "US", "GB", "JP")


async def _seed(store: Store) -> None:
    rng = random.Random(14)
    for n in range(70):
        first = NOW - timedelta(days=rng.uniform(0, 7 * 14), hours=rng.uniform(0, 23))
        _, cluster = await add_story(
            store, title=f"Story {n} rule", now=first, published=first, url=f"https://example.com/{n}",
            jurisdictions=(rng.choice(PLACES),), policy_type=rng.choice(TYPES), status="proposed",  # type: ignore[arg-type]
        )
        for k in range(rng.choice((0, 0, 1, 2))):  # later outlets of the same story: never counted again
            later = first + timedelta(days=rng.uniform(1, 20))
            await add_story(store, title=f"Story {n} rule, told again {k}", now=later, published=later,
                            url=f"https://example.com/{n}/{k}", outlet=f"Outlet {k}", join=cluster,
                            jurisdictions=("US",), policy_type="visa", status="enacted")


async def _direct(store: Store) -> list[tuple[datetime, Analysis, list[Analysis]]]:
    """Per story (cluster), straight from the items table: its earliest relevant item's date and
    analysis, and the analyses of all its relevant items."""
    when = sa.func.coalesce(items.c.published, items.c.first_seen)
    async with store.engine.connect() as conn:
        firsts = dict((await conn.execute(
            sa.select(items.c.cluster_id, sa.func.min(when))
            .where(items.c.relevant.is_(True), items.c.cluster_id.is_not(None)).group_by(items.c.cluster_id))).all())
        rows = (await conn.execute(sa.select(items.c.cluster_id, when.label("when"), items.c.analysis)
                                   .where(items.c.relevant.is_(True)))).all()

    def aware(value: datetime) -> datetime:
        return value if value.tzinfo else value.replace(tzinfo=UTC)

    out = []
    for cluster_id, first in firsts.items():
        members = [r for r in rows if r.cluster_id == cluster_id]
        lead = next(r for r in members if aware(r.when) == aware(first))
        out.append((aware(first), Analysis.model_validate(lead.analysis),
                    [Analysis.model_validate(r.analysis) for r in members]))
    return out


async def test_chart_counts_equal_a_direct_count_of_stored_stories(store: Store) -> None:
    await _seed(store)
    charts = Charts(store, AsyncWebClient(token="xoxb-unused"), lambda: NOW)
    end = next_monday(NOW)
    starts = week_starts(end)
    stories = await _direct(store)
    predicates: list[tuple[list[str], Callable[[Analysis], bool]]] = [
        ([], lambda a: True), (["china"], lambda a: "CN" in a.jurisdictions),
        (["type:visa"], lambda a: a.policy_type == "visa"),
        (["china", "type:talent_program"], lambda a: "CN" in a.jurisdictions or a.policy_type == "talent_program"),
    ]
    for queries, keep in predicates:
        series, _ = await charts.series(queries, end)
        expected: Counter[tuple[str, int]] = Counter()
        for first, lead, members in stories:
            if starts[0] <= first < end and any(keep(a) for a in members):  # any telling matches
                label = lead.jurisdictions[0] if series.by == "jurisdiction" else lead.policy_type
                expected[(label, int((first - starts[0]) / WEEK))] += 1
        got = Counter({(label, k): c for label, row in zip(series.labels, series.counts, strict=True)
                       for k, c in enumerate(row) if c})
        assert got == expected, queries
        assert sum(series.totals) == sum(expected.values()) > 0
        assert len(series.totals) == 12


def test_weekly_bins_show_empty_weeks_as_zero_and_fold_small_stacks_into_other() -> None:
    end = next_monday(NOW)
    assert end == datetime(2026, 12, 7, tzinfo=UTC) and len(week_starts(end)) == 12
    series = weekly_series([], end)
    assert series.empty and series.totals == (0,) * 12
    assert render_png(series, "nothing") is None  # no chart at all when there is nothing to show


def test_render_is_a_png_big_enough_to_read() -> None:
    end = next_monday(NOW)
    labels = tuple(f"T{n}" for n in range(MAX_STACKS))
    series = Series(tuple(week_starts(end)), end, labels, tuple((n % 3,) * 12 for n in range(MAX_STACKS)), "policy type")
    png = render_png(series, "jurisdiction CN")
    assert png is not None and png.startswith(b"\x89PNG")
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert width >= 600 and height >= 300
    assert OTHER not in labels


def test_importing_the_command_handlers_does_not_import_matplotlib() -> None:
    """`/policy` acks must never wait for matplotlib: it is imported on the first render only."""
    code = "import sys, handlers.commands, handlers.home, bot.slack.delivery; assert 'matplotlib' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)  # noqa: S603
