from __future__ import annotations

import pytest

from bot.demo import run_demo


@pytest.mark.parametrize("mode", ["socket", "http"])
async def test_demo_shows_the_whole_loop(mode: str) -> None:
    lines: list[str] = []
    assert await run_demo(mode=mode, out=lines.append) == 0  # type: ignore[arg-type]
    transcript = "\n".join(lines)
    alerts = transcript.split("## 2.")[1].split("## 3.")[0]
    # The canonical story: one alert, China, travel restriction, the firms named, with its sources.
    assert alerts.count("DeepSeek, Alibaba") + alerts.count("Alibaba and DeepSeek") >= 1
    assert "🇨🇳 China · Travel restriction · status: reported" in alerts
    assert "Also reported by: " in alerts
    assert "https://the-decoder.com/" in alerts
    assert "striker" not in alerts and "Aster-3" not in alerts  # noise never reaches the channel
    search = transcript.split("## 3.")[1].split("## 4.")[0]
    assert "jurisdiction CN, topic ai" in search and "China now requires top AI researchers" in search
    thread = transcript.split("## 5.")[1].split("## 6.")[0]
    assert "DeepSeek" in thread and "> " in thread
    assert "0 alerts queued, 0 posted" in transcript.split("## 6.")[1]
