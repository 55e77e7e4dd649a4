"""bench/soak.py: its feeds, its slope, and a few cycles end to end (the soak itself is a benchmark, not a test)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from bot.models import SourceConfig
from bot.sources.parse import parse_source
from tests.bench.conftest import load_bench

soak = load_bench("soak")
SOURCE = SourceConfig.model_validate({"id": "wire-000", "name": "Wire", "kind": "rss", "url": "http://127.0.1.1/feed.xml"})


def test_slope_is_the_least_squares_one() -> None:
    assert soak.slope([5.0, 7.0, 9.0, 11.0]) == 2.0
    assert soak.slope([3.0, 1.0, 3.0, 1.0]) == -0.4
    assert soak.slope([4.0]) == 0.0


def test_feeds_change_every_cycle_and_list_the_last_cycles() -> None:
    step = timedelta(days=12)
    first = parse_source(soak.feed_body(3, 10, 2, 2, step), SOURCE)
    again = parse_source(soak.feed_body(3, 10, 2, 2, step), SOURCE)
    later = parse_source(soak.feed_body(3, 11, 2, 2, step), SOURCE)
    assert [i.guid for i in first] == [i.guid for i in again]  # deterministic
    assert len(first) == len(later) == soak.FEED_CYCLES * 2
    assert len({i.guid for i in later} - {i.guid for i in first}) == 2  # two new items a cycle
    assert max(i.published for i in later) - max(i.published for i in first) == step


def test_stories_are_told_by_several_feeds_and_some_items_are_unrelated() -> None:
    titles = [soak.item_of(feed, 7, 0, 2)[1] for feed in range(40)]
    unrelated = [t for t in titles if t.startswith("Wire ")]
    told = [t for t in titles if not t.startswith("Wire ")]
    assert 0 < len(unrelated) < len(told)
    assert len(set(told)) <= 4  # this cycle's two stories, and a few retellings of the last cycle's
    assert any(told.count(t) >= 5 for t in told)


def test_a_few_cycles_end_to_end(tmp_path: Path) -> None:
    results: list[dict[str, Any]] = []
    soak.main(["--cycles", "4", "--feeds", "3", "--database-url", f"sqlite+aiosqlite:///{tmp_path}/soak.db"],
              on_result=results.append)
    (result,) = results
    assert result["cycles"] == 4 and result["items_stored"] >= 3 * 4 * 0.5
    assert result["alerts"] >= 4 and (result["errors"], result["lost"], result["duplicates"]) == (0, 0, 0)
    for key in ("rss_mb_first", "rss_mb_last", "rss_slope_kb_per_cycle", "db_mb_last", "cycle_s_first_half",
                "cycle_s_second_half"):
        assert isinstance(result[key], float)
