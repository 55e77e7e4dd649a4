from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli.demo import ARCHIVE, run_demo


@pytest.mark.parametrize("mode", ["socket", "http"])
async def test_demo_shows_the_whole_loop(mode: str) -> None:
    lines: list[str] = []
    assert await run_demo(mode=mode, out=lines.append) == 0  # type: ignore[arg-type]
    transcript = "\n".join(lines)

    def step(n: int) -> str:
        return transcript.split(f"## {n}.")[1].split(f"## {n + 1}.")[0]

    alerts = step(2)
    # The canonical story: one alert, China, travel restriction, the firms named, with its sources and buttons.
    assert alerts.count("DeepSeek, Alibaba") + alerts.count("Alibaba and DeepSeek") >= 1
    assert "🇨🇳 China · Travel restriction · status: reported" in alerts
    assert "Also reported by: " in alerts and "https://the-decoder.com/" in alerts
    assert "[Not relevant] [Mute similar]" in alerts
    assert "striker" not in alerts and "Aster-3" not in alerts  # noise never reaches the channel
    search = step(3)
    assert "jurisdiction CN, topic ai" in search and "China now requires top AI researchers" in search
    paged = step(4)
    assert "Results 1–5 for type visa" in paged and "[More]" in paged
    second_page = paged.split("[clicks More]")[1].split("[clicks Share")[0]
    assert "Results 6–" in second_page and any(title in second_page for title, *_ in ARCHIVE)
    assert "Shared by @U0ANALYST" in paged.split("[clicks Share")[1]
    subscription = step(5)
    assert "subscribed this channel to one digest a day" in subscription and "(subscription `1`)" in subscription
    assert "`1` us visa (daily digest" in subscription
    thread = step(6)
    who, why = thread.split("Why is China doing this?")[0], thread.split("Why is China doing this?")[1]
    assert "DeepSeek" in who and "> " in who and "— " in who  # quoted and cited
    assert "> " in why and ("theft" in why or "poaching" in why or "leak" in why)
    home = step(7)
    assert "#C0HRTEAM · `1` us visa (daily digest)" in home and "Latest alerts" in home and "Sources:" in home
    assert "0 alerts queued, 0 posted" in step(8)


def _charts(folder: Path) -> dict[str, bytes]:
    return {png.name: png.read_bytes() for png in sorted(folder.glob("*.png"))}


async def test_demo_artifacts_are_the_uploaded_charts(tmp_path: Path) -> None:
    lines: list[str] = []
    assert await run_demo(mode="http", out=lines.append, artifacts=tmp_path) == 0
    charts = _charts(tmp_path)
    assert len(charts) >= 2
    for name, data in charts.items():
        assert data.startswith(b"\x89PNG")
        assert int.from_bytes(data[16:20], "big") >= 600 and int.from_bytes(data[20:24], "big") >= 300
        assert any(name in line for line in lines)  # the transcript names every saved chart
    text = "\n".join(lines)
    assert "Weekly brief" in text and "/policy trends china" in text
