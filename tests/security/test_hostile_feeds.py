"""Hostile feed content, end to end: served over real HTTP, parsed, analysed, stored, routed and rendered by
the real code, posted to the Slack stand-in. Whatever a feed says, what reaches Slack is inert (no live
mention, broadcast, channel or user-group token, no link we did not make, no invisible or direction-changing
characters) and within Slack's limits; what cannot be parsed is refused with an error recorded on the source.
Nothing hangs and nothing blows up memory: XML entities are never expanded.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xml_escape

import pytest

from bot.models import SourceConfig
from bot.sandbox.harness import ALERT_CHANNEL, Harness, running_bot
from bot.sandbox.payloads import app_home_opened_event, message_event
from bot.sources.feeds import parse_feed
from bot.sources.parse import MAX_TEXT_CHARS, MAX_TITLE_CHARS

# Everything a feed could try in Slack's mrkdwn, plus invisible and bidirectional-override characters.
MENTIONS = "<!channel> <!here> <!everyone> <@U123> <#C123> <!subteam^S1> <!date^1392734382^{date}|x>"
LINKS = "<https://evil.example|gov.uk> <https://evil.example> [gov.uk](https://evil.example/login) <javascript:alert(1)|gov.uk>"
INVISIBLE = "zero\u200bwidth word\u2060joiner bom\ufeff rtl\u202eexe.pdf\u202c iso\u2066x\u2069 alm\u061c"
CONTROLS = "bell\x07 esc\x1b[31mred csi\x9b2J nul\x00 del\x7f"
HOSTILE_TEXT = f"{MENTIONS} {LINKS} {INVISIBLE}"

# Characters no rendered text may carry: C0/C1 controls (but tab and newlines), zero-width and bidi controls.
FORBIDDEN_CHARS = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
LIVE_TOKEN = re.compile(r"<[!@#]")  # <!channel>, <!here>, <!subteam^…>, <@U…>, <#C…>
LINK_TOKEN = re.compile(r"<([^>]*)>")

# Slack's limits (shared/slack-protocol.md, and the header/context limits Block Kit documents).
MAX_BLOCKS = 50
MAX_SECTION_TEXT = 3000
MAX_FIELD_TEXT = 2000
MAX_FIELDS = 10
MAX_HEADER_TEXT = 150
MAX_BLOCK_ID = 255
MAX_MESSAGE_TEXT = 40_000
MAX_BUTTON_VALUE = 2000


def _rss(items: list[tuple[str, str, str]], *, title: str = "Policy News", doctype: str = "") -> bytes:
    entries = "".join(
        f"<item><title>{xml_escape(t)}</title><link>{xml_escape(link)}</link>"
        f"<guid>{xml_escape(link)}</guid><pubDate>Sat, 28 Nov 2026 07:30:00 +0000</pubDate>"
        f"<description>{xml_escape(d)}</description></item>"
        for t, link, d in items
    )
    return (f'<?xml version="1.0" encoding="UTF-8"?>{doctype}<rss version="2.0"><channel>'
            f"<title>{xml_escape(title)}</title><link>https://policy-news.example/</link>{entries}"
            "</channel></rss>").encode()


STORY = ("China now requires top AI researchers at private companies such as Alibaba and DeepSeek to obtain "
         "official approval before travelling abroad, a tightening of exit controls framed around data leaks "
         "and talent poaching.")


def hostile_rss() -> bytes:
    return _rss([
        (f"China requires AI researchers to get approval before travelling abroad {HOSTILE_TEXT}",
         "https://policy-news.example/china-ai-travel",
         f"{STORY} {HOSTILE_TEXT} <p>In HTML too: &lt;!channel&gt; <a href='https://evil.example'>gov.uk</a></p>"),
    ], title=f"Policy News {MENTIONS} <https://evil.example|gov.uk>")


def hostile_json_feed() -> bytes:
    """JSON Feed can carry what XML 1.0 cannot: raw control characters."""
    return json.dumps({
        "version": "https://jsonfeed.org/version/1.1",
        "title": f"Mobility Wire {MENTIONS} {CONTROLS}",
        "items": [{
            "id": "hostile-json-1",
            "url": "https://policy-news.example/us-visa-pause",
            "title": f"US pauses H-1B visas for AI researchers from China {HOSTILE_TEXT} {CONTROLS}",
            "content_text": f"The United States paused new H-1B visas for AI researchers. {HOSTILE_TEXT} {CONTROLS}",
            "date_published": "2026-11-28T07:00:00+00:00",
        }],
    }).encode()


def huge_rss() -> bytes:
    """A 1 MB title and a 3 MB body (in paragraphs) in one item: under the 5 MB fetch cap, far over any limit."""
    title = "China bars AI researchers from travelling abroad without approval " + "&lt;@U123&gt; travel ban " * 40_000
    paragraph = "Exit approval rules tighten for AI researchers in China, officials said on Friday. " * 8
    body = STORY + "".join(f"<p>{paragraph} &lt;!channel&gt;</p>" for _ in range(4_500))
    return _rss([(title, "https://policy-news.example/huge", body)])


# ---------------------------------------------------------------- what Slack got


def _texts(value: Any) -> Iterator[str]:
    """Every string under a "text" key (blocks, elements, fields, fallbacks), at any depth."""
    if isinstance(value, dict):
        for key, inner in value.items():
            if key == "text" and isinstance(inner, str):
                yield inner
            else:
                yield from _texts(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _texts(inner)


def assert_inert_and_within_limits(message: dict[str, Any]) -> None:
    texts = list(_texts(message))
    assert texts, message
    for text in texts:
        assert not LIVE_TOKEN.search(text), f"live mention/broadcast token in {text[:300]!r}"
        for match in LINK_TOKEN.finditer(text):
            target = match.group(1)
            url, sep, _label = target.partition("|")
            assert sep and re.fullmatch(r"https?://[^|<>\s]+", url), f"not a link we made: <{target[:200]}>"
            # The feed's own text may name evil.example (shown as text); only a link we made may point.
            assert "evil.example" not in url, f"a disguised link: <{target[:200]}>"
        bad = FORBIDDEN_CHARS.search(text)
        assert bad is None, f"invisible/control character {bad.group()!r} in {text[:300]!r}"
    assert len(str(message.get("text") or "")) <= MAX_MESSAGE_TEXT
    blocks = message.get("blocks") or []
    assert len(blocks) <= MAX_BLOCKS
    for block in blocks:
        assert len(str(block.get("block_id", ""))) <= MAX_BLOCK_ID
        if block["type"] == "header":
            assert 0 < len(block["text"]["text"]) <= MAX_HEADER_TEXT
        if block["type"] == "section":
            if block.get("text"):
                assert 0 < len(block["text"]["text"]) <= MAX_SECTION_TEXT
            assert len(block.get("fields", [])) <= MAX_FIELDS
            assert all(len(f["text"]) <= MAX_FIELD_TEXT for f in block.get("fields", []))
        if block["type"] == "context":
            assert all(0 < len(e.get("text", "")) <= MAX_SECTION_TEXT for e in block["elements"])
        for element in [*block.get("elements", []), block.get("accessory") or {}]:
            assert len(str(element.get("value", ""))) <= MAX_BUTTON_VALUE


def _bot_messages(h: Harness) -> list[dict[str, Any]]:
    posted = [m for msgs in h.standin.messages.values() for m in msgs if m.get("bot_id")]
    return posted + list(h.standin.ephemerals) + [r.body for r in h.standin.responses] + list(h.standin.views.values())


# ---------------------------------------------------------------- end to end


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[Harness]:
    async with running_bot("socket", tmp_path) as h:
        yield h


async def test_hostile_feeds_are_inert_in_alerts_search_answers_and_home(bot: Harness) -> None:
    bot.sources.set_sample("/the-decoder.xml", hostile_rss(), content_type="application/rss+xml")
    bot.sources.set_sample("/uscis-news.xml", hostile_json_feed(), content_type="application/feed+json")
    report = await bot.runtime.services.pipeline.run_cycle()
    by_id = {s.source_id: s for s in report.sources}
    assert by_id["the-decoder"].error is None and by_id["the-decoder"].items == 1
    assert by_id["uscis-news"].error is None and by_id["uscis-news"].items == 1
    await bot.runtime.services.deliverer.deliver_due()

    alerts = bot.alerts_in()
    # A hostile title's mention survives in the headline even when no bullet quotes the junk.
    hostile = [m for m in alerts if any(word in json.dumps(m) for word in ("evil", "subteam", "@U123"))]
    assert len(hostile) >= 2, "both hostile stories should have been alerted (the check below is not vacuous)"

    # Search results, the thread answer and the Home tab render the same stored text.
    await bot.driver.command("china ai researchers", channel_id=ALERT_CHANNEL)
    await bot.driver.command("visa researchers", channel_id=ALERT_CHANNEL)
    ts = str(hostile[0]["ts"])
    await bot.driver.event(message_event("Who is affected?", channel=ALERT_CHANNEL, user="U0A", thread_ts=ts))
    await bot.driver.event(app_home_opened_event("U0A"))
    await bot.standin.wait_for(lambda: len(bot.standin.responses) >= 2 and bool(bot.standin.views)
                               and any(m.get("thread_ts") == ts and m["ts"] != ts
                                       for m in bot.standin.messages[ALERT_CHANNEL]),
                               what="search answers, thread answer and Home tab")
    messages = _bot_messages(bot)
    assert "evil" in json.dumps(bot.standin.responses[0].body) or "subteam" in json.dumps(bot.standin.responses[0].body)
    for message in messages:
        assert_inert_and_within_limits(message)
    # Inert, not deleted: people can still read what the feed said.
    shown = json.dumps(hostile)
    assert "&lt;!channel&gt;" in shown and "&lt;@U123&gt;" in shown


async def test_a_one_megabyte_title_and_huge_body_are_cut_to_slack_limits_quickly(bot: Harness) -> None:
    bot.sources.set_sample("/the-decoder.xml", huge_rss(), content_type="application/rss+xml")
    started = time.monotonic()
    report = await bot.runtime.services.pipeline.run_cycle()
    await bot.runtime.services.deliverer.deliver_due()
    elapsed = time.monotonic() - started
    decoder = next(s for s in report.sources if s.source_id == "the-decoder")
    huge = [m for m in bot.alerts_in() if "policy-news.example/huge" in json.dumps(m)]  # lead or "also reported"
    # Alerted (cut to size) or refused with a recorded error: never an alert Slack would reject.
    assert huge or decoder.error, decoder
    for message in _bot_messages(bot):
        assert_inert_and_within_limits(message)
    # Cut once, at ingestion: nothing downstream (storage, analysis, search, Q&A) holds megabytes.
    (stored,) = [i for i in await bot.store.relevant_items() if i.url == "https://policy-news.example/huge"]
    assert len(stored.title) <= MAX_TITLE_CHARS and len(stored.text) <= MAX_TEXT_CHARS
    assert stored.title.startswith("China bars AI researchers") and stored.title.endswith("…")
    assert elapsed < 20, f"a 4.5 MB feed took {elapsed:.1f} s to poll, analyse and deliver"


# ---------------------------------------------------------------- XML entities

SOURCE = SourceConfig.model_validate({"id": "x", "name": "X", "kind": "rss", "url": "https://feeds.example/rss"})


def _billion_laughs() -> bytes:
    decls = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    )
    return _rss_raw(f"<!DOCTYPE rss [{decls}]>", "&lol9;")


def _rss_raw(doctype: str, payload: str) -> bytes:
    return (f'<?xml version="1.0"?>{doctype}<rss version="2.0"><channel><title>T</title><item>'
            f"<title>China AI researchers {payload}</title><link>https://policy-news.example/e</link>"
            f"<description>Exit approval {payload}</description></item></channel></rss>").encode()


ENTITY_BOMBS = {
    "billion-laughs": _billion_laughs(),
    # One 100-character entity referred to 100,000 times: 300 KB on the wire, 20 MB of text if expanded
    # (a factor expat's own billion-laughs guard lets through).
    "quadratic-blowup": _rss_raw(f'<!DOCTYPE rss [<!ENTITY a "{"A" * 100}">]>', "&a;" * 100_000),
    "character-entity": _rss_raw('<!DOCTYPE rss [<!ENTITY nbsp "&#160;">]>', "&nbsp;" * 10),
    "unterminated-declarations": _rss_raw("<!DOCTYPE rss [" + "<!ENTITY " * 100_000 + "]>", "x"),
    "external-file": _rss_raw('<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', "&xxe;"),
    "external-parameter": _rss_raw(
        '<!DOCTYPE rss [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>', "x"
    ),
    "external-http": _rss_raw('<!DOCTYPE rss [<!ENTITY net SYSTEM "http://127.0.0.1:9/x">]>', "&net;"),
}


@pytest.mark.parametrize("name", list(ENTITY_BOMBS))
def test_xml_entities_are_never_expanded(name: str) -> None:
    body = ENTITY_BOMBS[name]
    started = time.monotonic()
    try:
        items = parse_feed(body, SOURCE, content_type="application/rss+xml")
    except Exception as exc:  # refusing is fine, if it is our clear error
        from bot.errors import FetchError

        assert isinstance(exc, FetchError), exc
        items = []
    elapsed = time.monotonic() - started
    assert elapsed < 10, f"{name}: parsing took {elapsed:.1f} s"
    for item in items:
        for text in (item.title, item.text):
            assert "lollol" not in text and "A" * 200 not in text, f"{name}: an entity was expanded"
            assert "root:" not in text, f"{name}: a local file was read into the feed"
            assert len(text) <= len(body), f"{name}: the text grew past the document ({len(text)} > {len(body)})"


# ---------------------------------------------------------------- the operator's terminal

TERMINAL_CONTROLS = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


async def test_sources_test_prints_no_terminal_escape_sequences(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`policybot sources test URL` prints a feed's titles: its ESC/CSI sequences must not reach the terminal."""
    from bot.config import Settings
    from bot.sandbox.sources_server import SampleSourcesServer
    from bot.sources.trial import sources_test

    async with SampleSourcesServer() as server:
        server.set_route("/hostile.json", hostile_json_feed(), headers={"Content-Type": "application/feed+json"})
        settings = Settings(_env_file=None, policybot_allow_private_sources=True)  # type: ignore[call-arg]
        assert await sources_test(settings, server.url("/hostile.json"), as_json=False) == 0
    out = capsys.readouterr().out
    assert "US pauses H-1B visas" in out
    assert TERMINAL_CONTROLS.search(out) is None, repr(out)


def test_sources_list_prints_no_terminal_escape_sequences() -> None:
    from datetime import UTC, datetime

    from bot.sources.health import sources_text
    from bot.store import SourceState

    now = datetime(2026, 11, 28, tzinfo=UTC)
    state = SourceState(
        id="x", name="X", kind="rss", url="https://feeds.example/rss", etag=None, last_modified=None,
        body_hash=None, polls=3, last_polled_at=now, last_success_at=None, error_count=3, next_poll_at=now,
        items_seen=0, last_error="rate limited: \x1b]0;owned\x07\x1b[2J please \u202eslow down",
    )
    shown = sources_text([SOURCE], {"x": state}, now=now)
    assert "please slow down" in shown
    assert TERMINAL_CONTROLS.search(shown) is None, repr(shown)


# ---------------------------------------------------------------- a hole outside this suite's reach


def test_sentence_splitting_looks_at_a_bounded_window_around_each_full_stop(monkeypatch: pytest.MonkeyPatch) -> None:
    """A hostile (or just long) one-paragraph text must not make splitting quadratic: the splitter once
    sliced the whole paragraph before and after every full stop. Checked by what it reads, not by timing
    (performance is measured in bench/, never in timed tests)."""
    from bot.analysis import sentence_split as text_module

    seen: list[int] = []
    real = text_module._prev_word

    def spy(before: str) -> str:
        seen.append(len(before))
        return real(before)

    monkeypatch.setattr(text_module, "_prev_word", spy)
    sentence = "Exit approval rules tighten for AI researchers in China, officials said. "
    sentences = text_module.split_sentences(sentence * 2_000)  # 150,000 characters, one paragraph
    assert len(sentences) == 2_000
    assert seen and max(seen) <= 64
