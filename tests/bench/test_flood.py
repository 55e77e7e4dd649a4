"""bench/flood.py: its feeds, its summary, and a short run end to end (the flood itself is a benchmark)."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta

from bot.models import SourceConfig
from bot.sources.parse import parse_source
from tests.bench.conftest import BENCH, load_bench

flood = load_bench("flood")
SOURCE = SourceConfig.model_validate({"id": "archive", "name": "Archive", "kind": "rss", "url": "http://127.0.1.1/feed.xml"})
ARTICLES = [(f"Report {i}", f"Text of report {i}.") for i in range(8)]


def test_the_archive_is_all_older_than_the_backfill_and_story_windows() -> None:
    now = datetime.now(UTC)
    items = parse_source(flood.archive_body(500, now), SOURCE)
    assert len(items) == 500 == len({i.guid for i in items})
    assert all(i.published is not None and now - i.published > timedelta(days=400) for i in items)


def test_the_healthy_feed_lists_its_newest_three_as_they_are_published() -> None:
    def listed(now: float) -> list[str]:
        return [i.guid.rsplit("/", 1)[1] for i in parse_source(flood.healthy_body(ARTICLES, 1000.0, 10.0, now), SOURCE)]

    assert listed(1009.9) == ["h-1", "h-2", "h-3"]  # before the first publication: the three from before
    assert listed(1010.0) == ["h0", "h-1", "h-2"]
    assert listed(1045.0) == ["h3", "h2", "h1"]
    assert parse_source(flood.healthy_body(ARTICLES, 1000.0, 10.0, 1010.0), SOURCE)[0].title == "Report 3"


def test_the_summary_times_each_item_and_counts_what_went_wrong() -> None:
    args = argparse.Namespace(items=100, archive_bytes=2**20, seconds=30.0, publish_seconds=10.0, poll_seconds=10.0)
    t0 = 1000.0
    raw = {
        "requests": 4, "rate_per_s": 1.0, "ack_ms": [10.0, 20.0, 1500.0], "response_ms": [30.0, 40.0],
        "errors": ["bot: TimeoutError"],
        # item 0 published at 1010, alerted 3 s later; item 1 (1020) 20 s later, past 16 s; item 2 twice.
        "alerts": [{"ts": 1013.0, "healthy": [0]}, {"ts": 1040.0, "healthy": [1]}, {"ts": 1031.0, "healthy": [2]},
                   {"ts": 1032.0, "healthy": [2]}, {"ts": 1005.0, "healthy": [-1]}],
    }
    bot = {"archive_stored": 400, "archive_analysed": 350, "peak_rss_mb": 500.0, "warnings": ["bot.pipeline: x"],
           "workers_peak_rss_mb": [900.0, 80.0], "sources": {"archive": {"polls": 2}}}
    result = flood.summarise(raw, bot, t0, args)
    assert result["on_time_s"] == 16.0
    assert (result["healthy_published"], result["healthy_alerted"], result["healthy_on_time"]) == (3, 3, 2)
    assert (result["alert_latency_p50_s"], result["alert_latency_max_s"]) == (3.0, 20.0)
    assert result["ack_max_ms"] == 1500.0
    assert (result["bot_peak_rss_mb"], result["workers_peak_rss_mb"]) == (500.0, [900.0, 80.0])
    assert result["errors_by_kind"] == {"no ack within 3 s": 1, "bot logged: bot.pipeline: x": 1,
                                        "healthy item alerted late": 1, "healthy item alerted twice": 1,
                                        "ack of 1 s or more": 1}
    assert result["errors"] == 5


def test_a_short_run_end_to_end() -> None:
    run = subprocess.run(  # noqa: S603 - our own interpreter and benchmark
        [sys.executable, str(BENCH / "flood.py"), "--items", "300", "--seconds", "8", "--poll-seconds", "2",
         "--publish-seconds", "3", "--rate", "5"],
        capture_output=True, text=True, timeout=240, check=True,
    )
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["archive_items"] == 300 and result["archive_stored"] >= 200  # 200 a poll
    assert result["requests"] == 40 and result["ack_p50_ms"] is not None
    assert result["healthy_published"] == 2 and result["healthy_alerted"] >= 1
    # The render worker starts at warm-up (a 300-item archive is read in a thread, not the feed worker).
    assert len(result["workers_peak_rss_mb"]) >= 1 and all(mb > 0 for mb in result["workers_peak_rss_mb"])
