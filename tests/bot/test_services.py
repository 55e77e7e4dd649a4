"""`build_services`: the settings reach the parts they configure (here, through a real local feed server)."""

from __future__ import annotations

from pathlib import Path

from bot.config import Settings
from bot.models import SourceConfig
from bot.runtime.services import build_services
from bot.sandbox.sources_server import SampleSourcesServer
from tests.bot.sources.test_trial import _big_feed


async def test_the_pipeline_fetches_feeds_up_to_the_configured_cap(tmp_path: Path) -> None:
    body = _big_feed(600, 10_000)  # about 6 MB
    source = {"id": "archive", "name": "Archive", "kind": "rss", "interval_minutes": 60}
    async with SampleSourcesServer() as server:
        server.set_route("/archive.xml", body, headers={"Content-Type": "application/rss+xml"})
        sources = [SourceConfig.model_validate({**source, "url": server.url("/archive.xml")})]
        for mb, new, error in ((5, 0, "body larger than 5 MB from 127.0.0.1"), (8, 200, None)):
            settings = Settings(  # type: ignore[call-arg]
                _env_file=None, policybot_data_dir=tmp_path / str(mb), policybot_allow_private_sources=True,
                policybot_max_feed_mb=mb,
            )
            (tmp_path / str(mb)).mkdir()
            services = await build_services(settings, sources=sources, backfill=None)
            try:
                report = await services.pipeline.run_cycle(force=True)
            finally:
                await services.aclose()
            (polled,) = report.sources
            # At most 200 new items a poll (the rest wait for the next): the body was read and parsed.
            assert (polled.error, polled.new, polled.items) == (error, new, 600 if error is None else 0)
