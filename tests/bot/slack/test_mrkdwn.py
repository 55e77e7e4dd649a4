from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.slack.mrkdwn import escape, link, safe_url, truncate_mrkdwn


@pytest.mark.parametrize(
    ("hostile", "expected"),
    [
        ("<!channel> visa news", "&lt;!channel&gt; visa news"),
        ("Hi <@U123>", "Hi &lt;@U123&gt;"),
        ("<https://evil.example|your bank>", "&lt;https://evil.example|your bank&gt;"),
        ("R&D visas", "R&amp;D visas"),
        ("bell\x07 and \u202eright-to-left", "bell and right-to-left"),
    ],
)
def test_escape_makes_hostile_text_inert(hostile: str, expected: str) -> None:
    assert escape(hostile) == expected


@given(st.text())
def test_escaped_text_never_contains_control_characters(text: str) -> None:
    out = escape(text)
    assert "<" not in out and ">" not in out
    assert "&" not in out.replace("&amp;", "").replace("&lt;", "").replace("&gt;", "")


def test_link_only_for_http_urls() -> None:
    assert link("https://the-decoder.com/a?b=1", "The <Decoder>") == "<https://the-decoder.com/a?b=1|The &lt;Decoder&gt;>"
    assert link("javascript:alert(1)", "click") == "click"
    assert link(None, "no url") == "no url"
    assert link("https://x.example/a|b>c", "x") == "<https://x.example/a%7Cb%3Ec|x>"
    assert link("https://x.example/", "a|b") == "<https://x.example/|a¦b>"


def test_safe_url_refuses_non_web_schemes() -> None:
    assert safe_url("slack://open") is None
    assert safe_url("https://") is None
    assert safe_url("http://example.com/x") == "http://example.com/x"


def test_truncate_never_splits_an_entity() -> None:
    assert truncate_mrkdwn("short", 10) == "short"
    cut = truncate_mrkdwn("a" * 8 + "&amp;" + "b" * 10, 11)
    assert cut.endswith("…") and "&am" not in cut
    assert len(truncate_mrkdwn("word " * 100, 50)) <= 50


def test_truncate_never_cuts_a_link_token_in_half() -> None:
    text = "Reported by " + link("https://example.com/a/very/long/path", "Asia Tech Wire and partners") + " today"
    for limit in range(10, len(text)):
        cut = truncate_mrkdwn(text, limit)
        assert len(cut) <= limit and cut.endswith("…")
        assert cut.count("<") == cut.count(">"), (limit, cut)  # a token is whole or gone


@given(st.lists(st.sampled_from(["word", "&amp;", "R&amp;D", "<https://x.example/p|a label>", "<#C1>", " "]),
                min_size=1, max_size=40), st.integers(min_value=2, max_value=200))
def test_truncate_leaves_no_token_or_entity_open(parts: list[str], limit: int) -> None:
    cut = truncate_mrkdwn("".join(parts), limit)
    assert len(cut) <= limit
    lt, amp = cut.rfind("<"), cut.rfind("&")
    assert lt == -1 or ">" in cut[lt:]
    assert amp == -1 or ";" in cut[amp:]
