"""Rendering is pure: the alert's anatomy, Slack's limits, and no feed can ping anyone or disguise a link."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.models import Analysis, Answer, Citation, ClusterView, StoredItem, Subscription, Summary
from bot.sandbox.slack import _blocks_error
from bot.slack.blocks import (
    HELP_TEXT,
    MUTE_SIMILAR,
    NOT_RELEVANT,
    SEARCH_MORE,
    SEARCH_SHARE,
    DigestEntry,
    alert_message,
    answer_message,
    broken_channel_notice,
    digest_message,
    search_page,
    story_status,
    update_note,
)
from bot.slack.plaintext import blocks_to_text
from tests.conftest import NOW

HOSTILE = "<!channel> <@U123> <https://evil.example|bank> & <!here> <#C999|x> &amp;"


def item(i: int = 1, *, title: str = "China requires approval", outlet: str = "The Decoder",
         url: str | None = "https://the-decoder.com/x", status: str = "reported", **summary: Any) -> StoredItem:
    values: dict[str, Any] = {"headline": title, "bullets": ("First bullet.", "Second bullet."),
                              "what_changed": "Approval needed before travel abroad.",
                              "who_is_affected": "Top AI researchers at Alibaba and DeepSeek.", "effective": None}
    values.update(summary)
    analysis = Analysis(relevant=True, score=0.9, jurisdictions=("CN",), topics=("ai",),
                        policy_type="travel_restriction", status=status, summary=Summary(**values))  # type: ignore[arg-type]
    return StoredItem(id=i, source_id="s", guid=str(i), url=url, title=title, text="", published=NOW,
                      outlet=outlet, first_seen=NOW, cluster_id=7, analysis=analysis)


def cluster(*members: StoredItem) -> ClusterView:
    return ClusterView(id=7, key="c-7", lead=members[0], members=members)


def mrkdwn_texts(blocks: list[dict[str, Any]]) -> list[str]:
    out = []
    for block in blocks:
        for obj in [block.get("text"), *block.get("fields", []), *block.get("elements", [])]:
            if isinstance(obj, dict) and "text" in obj and isinstance(obj["text"], str):
                out.append(obj["text"])
    return out


def assert_inert(texts: list[str]) -> None:
    """Every `<` left is the start of a link we made to an http(s) URL: no mention, no command, no label trick."""
    for text in texts:
        for match in re.finditer(r"<([^>]*)>", text):
            target = match.group(1)
            assert re.match(r"^https?://[^|<>\s]+\|[^|<>]*$", target), (target, text)
        assert "<!" not in text and "<@U123" not in text and "<#C999" not in text


def test_alert_anatomy_answers_what_where_who_when_and_source() -> None:
    story = cluster(item(), item(2, outlet="Asia Tech Wire", url="https://asiatechwire.example/y", status="announced"))
    text, blocks, metadata = alert_message(story, 42)
    kinds = [b["type"] for b in blocks]
    assert kinds == ["header", "context", "section", "section", "context", "actions"]
    assert blocks[0]["text"]["text"] == "China requires approval"
    # The story's status is the furthest any outlet reports.
    assert blocks[1]["elements"][0]["text"] == "🇨🇳 China · Travel restriction · status: announced · topics: ai · 2026-11-28"
    fields = [f["text"] for f in blocks[3]["fields"]]
    assert fields == ["*What changed*\nApproval needed before travel abroad.",
                      "*Who is affected*\nTop AI researchers at Alibaba and DeepSeek."]
    sources = blocks[4]["elements"][0]["text"]
    assert sources == ("Source: <https://the-decoder.com/x|The Decoder>\n"
                       "Also reported by: <https://asiatechwire.example/y|Asia Tech Wire>")
    actions = blocks[5]["elements"]
    assert [(a["action_id"], a["value"]) for a in actions] == [(NOT_RELEVANT, "42"), (MUTE_SIMILAR, "42")]
    assert text == "China requires approval (CN · Travel restriction · announced)"
    assert metadata == {"event_type": "policybot_alert", "event_payload": {"alert_id": 42, "cluster": "c-7"}}
    assert not _blocks_error(blocks, 50)


def test_hostile_and_huge_item_stays_inert_and_within_limits() -> None:
    huge = item(
        title=HOSTILE * 40, outlet=HOSTILE, url="javascript:alert(1)",
        bullets=tuple(f"{HOSTILE} bullet {i} " + "x" * 5000 for i in range(60)),
        what_changed=HOSTILE * 500, who_is_affected=HOSTILE * 500, effective=HOSTILE,
    )
    others = [item(i, outlet=f"{HOSTILE} {i}", url=f"https://ok.example/{i}|<!channel>") for i in range(2, 40)]
    text, blocks, _ = alert_message(cluster(huge, *others), 1)
    assert not _blocks_error(blocks, 50), "the stand-in (Slack's limits) would refuse this"
    assert len(blocks) <= 50 and len(blocks[0]["text"]["text"]) <= 150
    assert all(len(t) <= 3000 for t in mrkdwn_texts(blocks))
    assert all(len(f["text"]) <= 2000 for b in blocks for f in b.get("fields", []))
    assert len(text) <= 3000 and "<" not in text
    assert_inert(mrkdwn_texts(blocks))
    shown = blocks_to_text(blocks)
    assert "<javascript" not in str(blocks)  # the non-http(s) URL was not made a link
    assert "and 30 more" in shown  # 38 other outlets: 8 shown, the rest counted
    assert "<!channel>" in shown  # people see the title as it was written, as text


def test_escaping_of_each_hostile_token() -> None:
    _, blocks, _ = alert_message(cluster(item(title=HOSTILE, outlet="A & B")), 1)
    header = blocks[0]["text"]["text"]
    assert header.startswith("&lt;!channel&gt; &lt;@U123&gt; &lt;https://evil.example|bank&gt; &amp; ")
    assert header.endswith("&amp;amp;")  # already-escaped text is escaped again: shown literally
    assert "<https://the-decoder.com/x|A &amp; B>" in mrkdwn_texts(blocks)[-1]


@settings(max_examples=150, deadline=None)
@given(
    title=st.text(min_size=1, max_size=400),
    outlet=st.text(min_size=1, max_size=80),
    url=st.one_of(st.none(), st.text(max_size=80), st.from_regex(r"https?://[a-z.]{1,20}/[\x21-\x7e]{0,40}", fullmatch=True)),
    bullet=st.text(max_size=300),
)
def test_any_outside_text_renders_valid_and_inert(title: str, outlet: str, url: str | None, bullet: str) -> None:
    story = cluster(item(title=title, outlet=outlet, url=url, bullets=(bullet,) if bullet else ()),
                    item(2, title=title, outlet=outlet + "2", url=url))
    _, blocks, _ = alert_message(story, 1)
    assert not _blocks_error(blocks, 50)
    assert_inert(mrkdwn_texts(blocks))
    _, digest, _ = digest_message([DigestEntry(1, story)], daily=True, now=NOW)
    assert not _blocks_error(digest, 50)
    assert_inert(mrkdwn_texts(digest))


def test_digest_lists_each_story_with_its_menu_and_names_every_alert() -> None:
    entries = [DigestEntry(i, cluster(item(i, title=f"Story {i}"))) for i in range(1, 4)]
    text, blocks, metadata = digest_message(entries, daily=False, now=NOW)
    assert text == "3 stories more, in one message"
    stories = [b for b in blocks if b.get("block_id", "").startswith("digest-")]
    assert [b["accessory"]["options"][0]["value"] for b in stories] == ["nr:1", "nr:2", "nr:3"]
    assert metadata["event_payload"] == {"alert_ids": "1,2,3", "digest": "flood"}
    daily_text, _, daily_meta = digest_message(entries[:1], daily=True, now=NOW)
    assert daily_text == "Daily digest, 2026-11-28: 1 story" and daily_meta["event_payload"]["digest"] == "daily"


def test_update_note_says_status_change_what_is_new_and_new_outlets() -> None:
    first = item(what_changed="A fee of $100,000 applies to new petitions.")
    second = item(2, title="Fee takes effect", outlet="Reuters", url="https://reuters.example/z", status="announced",
                  what_changed="The $100,000 fee applies from 21 September; 85,000 visas are affected.",
                  effective="2025-09-21")
    third = item(3, outlet="AP", url="https://ap.example/y", status="announced")
    third = third.model_copy(update={"published": NOW - timedelta(hours=1)})
    after = cluster(first, second, third)
    assert story_status(cluster(first)) == "reported"
    text, blocks, metadata = update_note(after, [second, third], "reported", [5, 6])
    assert blocks[0]["text"]["text"] == (
        "*Update:* Status: reported → *announced*. When: 2025-09-21. New figures: 85,000. "
        "“Fee takes effect” (<https://reuters.example/z|Reuters>). Also reported now by <https://ap.example/y|AP>."
    )
    assert metadata == {"event_type": "policybot_update", "event_payload": {"update_ids": "5,6"}}
    assert "*" not in text


def test_search_page_has_share_on_each_result_and_more_when_there_is_more() -> None:
    items = [item(i, title=f"Story {i}") for i in range(1, 6)]
    text, blocks = search_page("jurisdiction CN", items, query_text="china <b>", offset=5, has_more=True)
    assert text == "Results 6–10 for jurisdiction CN"
    shares = [b["accessory"] for b in blocks if "accessory" in b]
    assert [(s["action_id"], s["value"]) for s in shares] == [(SEARCH_SHARE, str(i)) for i in range(1, 6)]
    more = blocks[-1]["elements"][0]
    assert more["action_id"] == SEARCH_MORE and more["value"] == '{"q": "china <b>", "o": 10}'
    _, last = search_page("jurisdiction CN", items[:2], query_text="x", offset=0, has_more=False)
    assert all(b["type"] != "actions" for b in last)
    empty_text, empty = search_page('text: "zzz"', [], query_text="zzz", offset=0, has_more=False, ignored=["since:x"])
    assert empty_text == 'No stored stories match text: "zzz".'
    assert "Understood: text: &quot;zzz&quot;" not in str(empty)  # only &, <, > are escaped
    assert "Ignored: since:x" in blocks_to_text(empty)


def test_long_what_changed_keeps_whole_sentences() -> None:
    sentence = "The ministry requires researchers at state laboratories to obtain approval before travel. "
    _, blocks, _ = alert_message(cluster(item(what_changed=sentence * 40)), 1)
    field = next(f["text"] for b in blocks for f in b.get("fields", []) if f["text"].startswith("*What changed*"))
    assert len(field) <= 2000 and field.endswith("before travel.") and "…" not in field


def test_update_note_fallback_text_is_escaped_once() -> None:
    first = item()
    second = item(2, title="Visas for R&D staff <now> cost more", outlet="A & B", url="https://ab.example/z")
    text, _, _ = update_note(cluster(first, second), [second], "reported", [1])
    assert "R&amp;D staff &lt;now&gt;" in text and "A &amp; B" in text
    assert "&amp;amp;" not in text and "&amp;lt;" not in text


def test_help_and_notices_show_placeholders_slack_will_not_read_as_links() -> None:
    """In mrkdwn `<query>` is a link token (Slack shows it blank or as a broken link): write `&lt;query&gt;`."""
    sub = Subscription(id=3, channel="C1", query="china ai", mode="immediate", created_by="U1", created_at=NOW)
    for text in (HELP_TEXT, broken_channel_notice("C1", "not_in_channel", [sub])):
        assert not re.search(r"<(?![#@!]|https?://)[^>]*>", text), text
    assert "`/policy sources retry &lt;id&gt;`" in HELP_TEXT
    assert "`/policy subscribe &lt;query&gt;`" in broken_channel_notice("C1", "not_in_channel", [sub])


def test_a_quote_from_a_text_with_lines_stays_one_quoted_line_and_inert() -> None:
    quote = "The fee rises\nto <!here> £500\n\nin May."
    answer = Answer(answered=True, answer=f"“{quote}”", citations=(Citation(id="1", url="https://a.example/1", quote=quote),))
    _, blocks = answer_message(answer, {"1": "Wire"})
    body = blocks[0]["text"]["text"]
    assert body.split("\n")[0] == "> The fee rises to &lt;!here&gt; £500 in May."
    assert body.split("\n")[1].startswith("— <https://a.example/1|Wire>")


def _dated(i: int, status: str, days: int) -> StoredItem:
    return item(i, status=status).model_copy(update={"published": NOW + timedelta(days=days)})


def test_a_rule_reported_at_work_after_a_court_suspended_it_is_in_effect_again() -> None:
    signed, blocked, lifted = _dated(1, "in_effect", 0), _dated(2, "suspended", 30), _dated(3, "in_effect", 90)
    assert story_status(cluster(signed, blocked)) == "suspended"
    assert story_status(cluster(signed, blocked, lifted)) == "in_effect"
    # A report dated before the halt (an outlet late to the story) does not lift it.
    assert story_status(cluster(blocked, _dated(4, "in_effect", 10))) == "suspended"
    # Rescinded after the suspension: the newest halt stands; a rumour after it is no restart.
    assert story_status(cluster(signed, blocked, _dated(5, "rescinded", 60), _dated(6, "reported", 70))) == "rescinded"
    # With no halt the furthest stage stands, whatever the order of the reports.
    assert story_status(cluster(_dated(7, "announced", 5), _dated(8, "reported", 9))) == "announced"
