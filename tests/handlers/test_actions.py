"""Alert buttons end to end, in both transports: *Not relevant* and *Mute similar* change what the channel gets."""

from __future__ import annotations

from typing import Any

from bot.routing import enqueue_for_story
from bot.sandbox import payloads
from bot.sandbox.harness import ALERT_CHANNEL, Harness
from bot.sandbox.stories import add_story
from bot.slack.blocks import DIGEST_MENU, MUTE_SIMILAR, MUTE_STORY, NOT_RELEVANT, SEARCH_SHARE, UNMUTE
from bot.slack.plaintext import blocks_to_text

JAPAN = dict(jurisdictions=("JP",), topics=("semiconductors",), policy_type="visa", status="announced")


async def _alerted(h: Harness, title: str, channels: tuple[str, ...] = (ALERT_CHANNEL,), **kw: Any) -> int:
    now = h.runtime.services.clock()
    item, cluster = await add_story(h.store, title=title, now=now, url=f"https://example.com/{abs(hash(title))}", **kw)
    await enqueue_for_story(h.store, item, cluster, True, list(channels), now=now)
    await h.runtime.services.deliverer.deliver_due()
    return cluster


async def _click(h: Harness, message: dict[str, Any], action_id: str, **kw: Any) -> dict[str, Any]:
    result, url = await h.driver.click(message["blocks"], action_id, channel=ALERT_CHANNEL,
                                       message_ts=message.get("ts"), **kw)
    assert result.ok and result.elapsed < 3.0
    await h.standin.wait_for(lambda: bool(h.standin.responses_to(url)), what=action_id)
    (response,) = h.standin.responses_to(url)
    return response.body


async def test_not_relevant_lowers_similar_stories_for_that_channel_only(harness: Harness) -> None:
    harness.standin.invite_bot("C0OTHER")
    await _alerted(harness, "Japan opens fast-track visa for semiconductor engineers", (ALERT_CHANNEL, "C0OTHER"), **JAPAN)
    (alert,) = harness.alerts_in()
    body = await _click(harness, alert, NOT_RELEVANT, user="U0BOB")
    assert body["response_type"] == "ephemeral" and body["replace_original"] is False
    assert "will rank lower in this channel" in body["text"]
    (row,) = await harness.store.feedback(ALERT_CHANNEL)
    assert row.user_id == "U0BOB" and "p:visa" in row.profile["tags"]
    assert "already marked" in (await _click(harness, alert, NOT_RELEVANT, user="U0BOB"))["text"]
    # A very similar story is no longer alerted here, but still is in the other channel.
    await _alerted(harness, "Japan widens fast-track visa for semiconductor engineers", (ALERT_CHANNEL, "C0OTHER"), **JAPAN)
    assert len(harness.alerts_in()) == 1 and len(harness.alerts_in("C0OTHER")) == 2
    # A different story still is.
    await _alerted(harness, "China requires approval before AI researchers travel abroad")
    assert len(harness.alerts_in()) == 2


async def test_mute_similar_then_undo_or_narrow_to_the_story(harness: Harness) -> None:
    await _alerted(harness, "Japan opens fast-track visa for semiconductor engineers", **JAPAN)
    (alert,) = harness.alerts_in()
    body = await _click(harness, alert, MUTE_SIMILAR)
    assert "muted stories matching “jurisdiction:JP type:visa topic:semiconductors”" in body["text"]
    (mute,) = await harness.store.mutes(ALERT_CHANNEL)
    await _alerted(harness, "Japan adds chip engineers to its points visa", **JAPAN)
    assert len(harness.alerts_in()) == 1  # muted
    narrowed = await _click(harness, body, MUTE_STORY)  # "Mute only this story instead" on the ephemeral note
    assert narrowed["replace_original"] is True and "Muted only story" in narrowed["text"]
    (story_mute,) = await harness.store.mutes(ALERT_CHANNEL)
    assert story_mute.cluster_id is not None and story_mute.query is None
    await _alerted(harness, "Japan grants chip engineers permanent residency faster", **JAPAN)
    assert len(harness.alerts_in()) == 2  # similar stories come again; only that story is muted
    undo_note = {"blocks": [{"type": "actions", "elements": [
        {"type": "button", "text": {"type": "plain_text", "text": "Undo"}, "action_id": UNMUTE, "value": str(story_mute.id)}
    ]}]}
    assert "Unmuted" in (await _click(harness, undo_note, UNMUTE))["text"]
    assert await harness.store.mutes() == [] and mute.query is not None


async def test_digest_menu_offers_the_same_actions(harness: Harness) -> None:
    harness.runtime.services.deliverer.flood_limit = 0
    await _alerted(harness, "Japan opens fast-track visa for semiconductor engineers", **JAPAN)
    (digest,) = harness.alerts_in()
    assert "1 story more" in digest["text"]
    body = await _click(harness, digest, DIGEST_MENU, option="mute:")
    assert "muted stories matching" in body["text"]
    body = await _click(harness, digest, DIGEST_MENU, option="nr:")
    assert "will rank lower" in body["text"]


async def test_forged_or_stale_buttons_are_answered_not_obeyed(harness: Harness) -> None:
    await _alerted(harness, "China requires approval")
    (alert,) = harness.alerts_in()
    for value in ("999999", "abc"):
        url = harness.standin.new_response_url(channel_id=ALERT_CHANNEL, message_ts=alert["ts"])
        payload = payloads.block_action(MUTE_SIMILAR, value, channel=ALERT_CHANNEL, user="U0EVE",
                                        message_ts=alert["ts"], response_url=url)
        assert (await harness.driver.action(payload)).ok
        await harness.standin.wait_for(lambda u=url: bool(harness.standin.responses_to(u)))
        assert "no longer know" in str(harness.standin.responses_to(url)[0].body["text"]) or "not one of mine" in str(
            harness.standin.responses_to(url)[0].body["text"])
    # An alert of another channel cannot be muted from here.
    (other,) = await harness.store.alerts()
    url = harness.standin.new_response_url(channel_id="C0ELSE")
    payload = payloads.block_action(MUTE_SIMILAR, str(other.id), channel="C0ELSE", user="U0EVE",
                                    message_ts=alert["ts"], response_url=url)
    await harness.driver.action(payload)
    await harness.standin.wait_for(lambda: bool(harness.standin.responses_to(url)))
    assert await harness.store.mutes() == []
    share = payloads.block_action(SEARCH_SHARE, "424242", channel=ALERT_CHANNEL, user="U0EVE",
                                  message_ts=alert["ts"], response_url=url, ephemeral=True)
    await harness.driver.action(share)
    await harness.standin.wait_for(lambda: len(harness.standin.responses_to(url)) == 2)
    assert "no longer have that story" in blocks_to_text([], str(harness.standin.responses_to(url)[1].body["text"]))
