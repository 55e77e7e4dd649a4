"""`/policy` end to end, in Socket Mode and signed HTTP mode, through the Slack stand-in: every sub-command,
every refusal, and paging and sharing of results."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from bot.sandbox.harness import ALERT_CHANNEL, Harness
from bot.sandbox.stories import add_story
from bot.slack.blocks import SEARCH_MORE, SEARCH_SHARE
from bot.slack.plaintext import blocks_to_text

ADMIN = "U0ADMIN"


async def _ask(h: Harness, text: str, channel: str = ALERT_CHANNEL, user: str = "U0ALICE") -> dict[str, Any]:
    before = len(h.standin.responses)
    result = await h.driver.command(text, channel_id=channel, user_id=user)
    assert result.ok, result
    assert result.elapsed < 3.0  # Slack's acknowledgement deadline
    assert result.body in ("", "null") or result.ack_payload in (None, {})  # an empty ack: the answer comes after
    await h.standin.wait_for(lambda: len(h.standin.responses) > before, what=f"answer to /policy {text}")
    return h.standin.responses[-1].body


def _shown(body: dict[str, Any]) -> str:
    return blocks_to_text(body.get("blocks") or [], str(body.get("text", "")))


async def _many_stories(h: Harness, n: int) -> None:
    now = h.runtime.services.clock()
    for i in range(n):
        await add_story(h.store, title=f"China visa rule number {i} for AI researchers", now=now,
                        published=now - timedelta(hours=i), url=f"https://example.com/{i}", policy_type="visa")


async def test_search_lists_the_canonical_story(harness: Harness) -> None:
    await harness.runtime.services.pipeline.run_cycle()
    body = await _ask(harness, "china ai")
    assert body.get("response_type", "ephemeral") == "ephemeral"
    shown = _shown(body)
    # Two outlets told the story: it is one result.
    assert shown.startswith("1 result for jurisdiction CN, topic ai")
    assert "China now requires top AI researchers" in shown or "Beijing tightens" in shown
    assert "status: reported" in shown and "[Share]" not in shown  # accessories are not shown as text
    assert "Global Talent" not in shown  # a UK item must not match a China filter
    assert [b["accessory"]["action_id"] for b in body["blocks"] if "accessory" in b] == [SEARCH_SHARE]


async def test_more_pages_through_results_in_place(harness: Harness) -> None:
    await _many_stories(harness, 12)
    body = await _ask(harness, "china visa")
    assert _shown(body).startswith("Results 1–5 for jurisdiction CN, type visa")
    seen = [b["block_id"] for b in body["blocks"] if b.get("block_id", "").startswith("result-")]
    for expected in ("Results 6–10", "Results 11–12"):
        result, url = await harness.driver.click(body["blocks"], SEARCH_MORE, channel=ALERT_CHANNEL)
        assert result.ok
        await harness.standin.wait_for(lambda u=url: bool(harness.standin.responses_to(u)), what="next page")
        (page,) = harness.standin.responses_to(url)
        body = page.body
        assert body["replace_original"] is True and _shown(body).startswith(expected)
        seen += [b["block_id"] for b in body["blocks"] if b.get("block_id", "").startswith("result-")]
    assert len(seen) == len(set(seen)) == 12
    assert all(b["type"] != "actions" for b in body["blocks"])  # the last page has no More


async def test_share_posts_one_result_in_the_channel(harness: Harness) -> None:
    await _many_stories(harness, 2)
    body = await _ask(harness, "china visa")
    result, url = await harness.driver.click(body["blocks"], SEARCH_SHARE, channel=ALERT_CHANNEL, user="U0BOB", index=1)
    assert result.ok
    await harness.standin.wait_for(lambda: bool(harness.standin.responses_to(url)), what="shared")
    (shared,) = harness.standin.responses_to(url)
    assert shared.body["response_type"] == "in_channel" and shared.body["replace_original"] is False
    shown = blocks_to_text(harness.standin.messages[ALERT_CHANNEL][-1]["blocks"])
    assert "China visa rule number 1" in shown and "Shared by @U0BOB" in shown


async def test_empty_and_help_answer_with_usage(harness: Harness) -> None:
    for text in ("", "help", "?"):
        assert "/policy subscribe" in _shown(await _ask(harness, text))


async def test_malformed_commands_say_what_was_wrong(harness: Harness) -> None:
    for text, problem in [("unsubscribe banana", "subscription number"), ("unmute x", "mute number"),
                          ("subscribe", "needs a query"), ("sources drop x", "retry <source id>"),
                          ("subscribe #general china", "could not tell which channel")]:
        body = await _ask(harness, text)
        shown = _shown(body)
        assert "could not run that" in shown and problem in shown, text
        assert "<source id>" not in body["text"]  # as mrkdwn, Slack would read it as a link token


async def test_what_was_typed_is_echoed_inert(harness: Harness) -> None:
    """Slack sends `<` as `&lt;`; quoting the command back must not turn `<!here>` into a ping."""
    body = await _ask(harness, "subscribe #x&lt;!here&gt; china")
    assert "could not tell which channel" in body["text"]
    assert "<!here>" not in body["text"] and "&lt;!here&gt;" in body["text"]


async def test_unparseable_search_says_what_was_understood(harness: Harness) -> None:
    await harness.runtime.services.pipeline.run_cycle()
    shown = _shown(await _ask(harness, "china zzzunknownword since:banana"))
    assert 'No stored stories match jurisdiction CN, text: "zzzunknownword".' in shown
    assert "Understood: jurisdiction CN" in shown and "Ignored: since:banana" in shown
    assert "subscribe" in _shown(await _ask(harness, "subscribe the of"))  # matches everything: refused with help


async def test_subscribe_list_unsubscribe(harness: Harness) -> None:
    harness.standin.invite_bot("C0HR")
    body = await _ask(harness, "subscribe china ai", channel="C0HR")
    assert body["response_type"] == "in_channel"
    assert "subscribed this channel to an alert for each new story matching jurisdiction CN, topic ai" in _shown(body)
    (sub,) = await harness.store.subscriptions("C0HR")
    assert (sub.query, sub.created_by, sub.mode) == ("china ai", "U0ALICE", "immediate")
    daily = _shown(await _ask(harness, "subscribe daily us visa", channel="C0HR"))
    assert "one digest a day at 08:00 UTC" in daily
    listed = _shown(await _ask(harness, "subscriptions", channel="C0HR"))
    assert f"`{sub.id}` china ai (immediate" in listed and "us visa (daily digest" in listed
    refused = _shown(await _ask(harness, f"unsubscribe {sub.id}", channel=ALERT_CHANNEL))
    assert "Only admins may remove subscriptions of other channels" in refused
    assert "no subscription `999`" in _shown(await _ask(harness, "unsubscribe 999", channel="C0HR"))
    assert "Removed subscription" in _shown(await _ask(harness, f"unsubscribe {sub.id}", channel="C0HR"))
    assert [s.query for s in await harness.store.subscriptions("C0HR")] == ["us visa"]
    assert "has no subscriptions" in _shown(await _ask(harness, "subscriptions", channel="C0EMPTY"))


async def test_subscription_routes_new_alerts_to_the_channel(harness: Harness) -> None:
    harness.standin.invite_bot("C0HR")
    await _ask(harness, "subscribe china ai", channel="C0HR")
    await harness.poll_and_deliver()
    hr_alerts = harness.alerts_in("C0HR")
    assert hr_alerts, "the subscribed channel got no alert"
    assert all("China" in blocks_to_text(m["blocks"]) for m in hr_alerts)
    assert len(harness.alerts_in(ALERT_CHANNEL)) > len(hr_alerts)  # the catch-all channel gets more


async def test_subscribing_checks_that_i_can_post_there(harness: Harness) -> None:
    """A subscription where the bot can never post would only fail at its first alert: refused, saying
    what to do instead (conversations.info, as Slack answers it)."""
    standin = harness.standin
    standin.add_channel("C0HR", is_member=False)  # a public channel nobody invited the bot to
    standin.add_channel("C0SECRET", kind="private", is_member=False)  # private, with a C id
    standin.add_channel("C0OLD")
    standin.archive_channel("C0OLD")
    standin.add_channel("C0GROUP", kind="mpim", is_member=True)  # a group DM the bot is in
    refusals = {
        "C0HR": "I am not a member of this channel: `/invite @policybot` there first",
        "C0SECRET": "I cannot see this channel: if it is a private channel, `/invite @policybot` in it first",
        "C0OLD": "This channel is archived",
        "C0GROUP": "I post alerts only in channels, not in direct or group messages",
        standin.dm_channel("U0ALICE"): "I post alerts only in channels, not in direct or group messages",
    }
    for channel, refusal in refusals.items():
        body = await _ask(harness, "subscribe china ai", channel=channel)
        assert refusal in _shown(body) and body["response_type"] == "ephemeral", channel
        assert await harness.store.subscriptions(channel) == []
    assert "`/invite @policybot`" in _shown(await _ask(harness, "subscribe china ai", channel=standin.dm_channel("U0ALICE")))
    # An admin subscribing another channel is told about that channel, by its link.
    harness.runtime.services.settings.policybot_admins = [ADMIN]
    refused = await _ask(harness, "subscribe <#C0OLD|old> china ai", user=ADMIN)
    assert refused["text"].startswith("<#C0OLD> is archived")
    # Slack unreachable: not accepted blind either.
    standin.fail_next("conversations.info", status=500, error="internal_error", retry_after=None)
    standin.invite_bot("C0HR")
    assert "Try again in a minute" in _shown(await _ask(harness, "subscribe china ai", channel="C0HR"))
    assert await harness.store.subscriptions("C0HR") == []
    # Invited: accepted, and the check asked Slack about this very channel.
    body = await _ask(harness, "subscribe china ai", channel="C0HR")
    assert "subscribed this channel" in _shown(body) and len(await harness.store.subscriptions("C0HR")) == 1
    assert standin.calls_to("conversations.info")[-1].args["channel"] == "C0HR"


async def test_admin_only_actions_are_refused_to_others_and_done_for_admins(harness: Harness) -> None:
    harness.runtime.services.settings.policybot_admins = [ADMIN]
    harness.standin.invite_bot("C0OTHER")
    refused = _shown(await _ask(harness, "subscribe <#C0OTHER|other> china ai", channel="C0MINE"))
    assert "Only admins may subscribe channels other than the one they type in" in refused and "@U0ADMIN" in refused
    assert await harness.store.subscriptions("C0OTHER") == []
    done = await _ask(harness, "subscribe <#C0OTHER|other> daily china ai", channel="C0MINE", user=ADMIN)
    assert done["response_type"] == "ephemeral" and "subscribed <#C0OTHER>" in done["text"]
    (sub,) = await harness.store.subscriptions("C0OTHER")
    assert sub.mode == "daily"
    assert "Only admins may list every channel" in _shown(await _ask(harness, "subscriptions all"))
    assert "in #C0OTHER" in _shown(await _ask(harness, "subscriptions all", user=ADMIN))
    assert "Only admins may retry sources" in _shown(await _ask(harness, "sources retry the-decoder"))
    assert "no source `nope`" in _shown(await _ask(harness, "sources retry nope", user=ADMIN))
    assert "will be polled in the next cycle" in _shown(await _ask(harness, "sources retry the-decoder", user=ADMIN))
    assert "Removed subscription" in _shown(await _ask(harness, f"unsubscribe {sub.id}", user=ADMIN))


async def test_nobody_is_admin_when_none_are_configured(harness: Harness) -> None:
    shown = _shown(await _ask(harness, "sources retry the-decoder"))
    assert "Only admins may retry sources" in shown and "POLICYBOT_ADMINS is empty" in shown


async def test_sources_shows_health(harness: Harness) -> None:
    await harness.runtime.services.pipeline.run_cycle()
    shown = _shown(await _ask(harness, "sources"))
    assert "the-decoder" in shown and "ok" in shown


async def test_unmute(harness: Harness) -> None:
    mute = await harness.store.add_mute(ALERT_CHANNEL, "query:jurisdiction:CN", "U0ALICE",
                                        now=harness.runtime.services.clock(), query="jurisdiction:CN")
    assert f"`{mute.id}` stories matching “jurisdiction:CN”" in _shown(await _ask(harness, "subscriptions"))
    assert "no mute" in _shown(await _ask(harness, f"unmute {mute.id}", channel="C0ELSE"))
    assert "Unmuted" in _shown(await _ask(harness, f"unmute {mute.id}"))
    assert await harness.store.mutes() == []


async def test_a_bug_is_an_apology_never_silence(harness: Harness) -> None:
    async def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("database on fire")

    harness.store.subscriptions = broken  # type: ignore[method-assign]
    assert "Something went wrong on my side" in _shown(await _ask(harness, "subscriptions"))


async def test_a_failure_never_replaces_the_clicked_message() -> None:
    """Sent to a button's response_url, the apology must leave the channel's alert alone."""
    from handlers.commands import guarded

    async def broken() -> dict[str, object]:
        raise RuntimeError("boom")

    reply = await guarded("a click", broken())
    assert reply["replace_original"] is False and reply["response_type"] == "ephemeral"
