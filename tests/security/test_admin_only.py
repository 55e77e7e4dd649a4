"""Admin-only actions are refused to everyone else, with a clear ephemeral answer, and change nothing.

Admins are the user ids in POLICYBOT_ADMINS. Admin-only: subscribing (or unsubscribing) a channel other than
the one the command is typed in, listing every channel's subscriptions, and retrying a source. The bot runs
in HTTP mode and every request is signed like Slack's, so the user id the bot acts on is the one Slack
vouches for; a request that claims to be an admin's without a valid signature is refused outright. Buttons
and `/policy unmute` act only on the channel they are used in, whatever id a forged value names.
"""

from __future__ import annotations

import json
import time
import urllib.parse
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.sandbox.harness import SIGNING_SECRET, Harness, running_bot
from bot.sandbox.payloads import slash_command
from bot.slack.blocks import MUTE_SIMILAR, MUTE_STORY, NOT_RELEVANT, UNMUTE
from bot.slack.plaintext import blocks_to_text

ADMIN = "U0ADMIN"
MALLORY = "U0MALLORY"  # a member of the workspace, not an admin
MINE = "C0MINE"  # where Mallory types
OTHER = "C0OTHER"  # someone else's channel


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[Harness]:
    async with running_bot("http", tmp_path, policybot_admins=[ADMIN]) as h:
        h.standin.invite_bot(MINE)
        h.standin.invite_bot(OTHER)
        yield h


async def _ask(h: Harness, text: str, *, user: str, channel: str = MINE) -> dict[str, Any]:
    before = len(h.standin.responses)
    result = await h.driver.command(text, channel_id=channel, user_id=user)
    assert result.ok and result.status == 200, result
    await h.standin.wait_for(lambda: len(h.standin.responses) > before, what=f"answer to /policy {text}")
    return h.standin.responses[-1].body


async def _click(h: Harness, action_id: str, value: str, *, user: str, channel: str) -> dict[str, Any]:
    """Click a button carrying any `value` we like: a forged or stale one, as a hostile client could send."""
    blocks = [{"type": "actions", "elements": [{"type": "button", "action_id": action_id, "value": value,
                                                "text": {"type": "plain_text", "text": "x"}}]}]
    result, url = await h.driver.click(blocks, action_id, channel=channel, user=user, message_ts="1700000000.000100")
    assert result.ok, result
    await h.standin.wait_for(lambda: bool(h.standin.responses_to(url)), what=f"answer to a click on {action_id}")
    return h.standin.responses_to(url)[-1].body


async def _state(h: Harness) -> str:
    """Everything an action could change, as one comparable string."""
    store = h.store
    states = {k: v.model_dump(exclude={"lease_owner", "lease_until"}) for k, v in (await store.source_states()).items()}
    value = {
        "subscriptions": [s.model_dump() for s in await store.subscriptions()],
        "mutes": [repr(m) for m in await store.mutes()],
        "feedback": [repr(f) for f in await store.feedback()],
        "alerts": [repr(a) for a in await store.alerts()],
        "sources": states,
        "broken": repr(await store.broken_channels()),
    }
    return json.dumps(value, default=str, sort_keys=True)


def _shown(body: dict[str, Any]) -> str:
    return blocks_to_text(body.get("blocks") or [], str(body.get("text", "")))


async def _setup(h: Harness) -> int:
    """Alerts in ALERT_CHANNEL, and a subscription of OTHER's (made by its own member): returns its id."""
    await h.poll_and_deliver()
    await _ask(h, "subscribe china ai", user="U0OTHERMEMBER", channel=OTHER)
    (sub,) = await h.store.subscriptions(OTHER)
    return sub.id


ADMIN_ONLY = [
    ("subscribe <#C0OTHER|other> us visa", "subscribe channels other than the one they type in"),
    ("subscribe daily <#C0OTHER|other> uk talent", "subscribe channels other than the one they type in"),
    ("unsubscribe {sub}", "remove subscriptions of other channels"),
    ("subscriptions all", "list every channel's subscriptions"),
    ("sources retry the-decoder", "retry sources"),
]


@pytest.mark.parametrize(("command", "what"), ADMIN_ONLY, ids=[c.split(" {")[0] for c, _ in ADMIN_ONLY])
async def test_admin_only_commands_are_refused_to_others_and_change_nothing(
    bot: Harness, command: str, what: str
) -> None:
    sub_id = await _setup(bot)
    text = command.format(sub=sub_id)
    before = await _state(bot)
    posted = len(bot.standin.messages.get(OTHER, []))
    reply = await _ask(bot, text, user=MALLORY)
    shown = _shown(reply)
    assert reply.get("response_type", "ephemeral") == "ephemeral"  # told alone, not the channel
    assert f"Only admins may {what}" in shown and f"@{ADMIN}" in shown, shown
    assert "china ai" not in shown  # `subscriptions all` did not list the other channel's anyway
    assert await _state(bot) == before
    assert len(bot.standin.messages.get(OTHER, [])) == posted  # nothing posted in the other channel either

    # The same command from an admin works: the refusal was about who asked, not a broken command.
    done = _shown(await _ask(bot, text, user=ADMIN))
    assert "Only admins" not in done
    if not text.startswith("subscriptions"):
        assert await _state(bot) != before


async def test_requests_claiming_to_be_an_admin_need_slack_s_signature(bot: Harness) -> None:
    sub_id = await _setup(bot)
    assert bot.runtime.http_url is not None
    before = await _state(bot)
    answered = len(bot.standin.responses)
    for text in ("subscribe <#C0OTHER|other> us visa", f"unsubscribe {sub_id}", "sources retry the-decoder"):
        form = slash_command(text, channel_id=MINE, user_id=ADMIN, response_url=bot.standin.new_response_url())
        body = urllib.parse.urlencode(form).encode()
        for forgery in ({"secret": "guessed-" + SIGNING_SECRET}, {"signature": ""},
                        {"timestamp": str(int(time.time()) - 600)}):
            status, _ = await bot.driver.post_signed(
                bot.runtime.http_url, body, "application/x-www-form-urlencoded", **forgery  # type: ignore[arg-type]
            )
            assert status == 401, (text, forgery)
    assert await _state(bot) == before
    assert len(bot.standin.responses) == answered  # not even an answer


async def test_buttons_and_unmute_act_only_on_their_own_channel(bot: Harness) -> None:
    await _setup(bot)
    now = bot.runtime.services.clock()
    other_mute = await bot.store.add_mute(OTHER, "query:jurisdiction:CN", "U0OTHERMEMBER", now=now,
                                          query="jurisdiction:CN")
    alert_id = str(bot.alerts_in()[0]["metadata"]["event_payload"]["alert_id"])  # an alert of ALERT_CHANNEL
    before = await _state(bot)

    assert "no mute" in _shown(await _ask(bot, f"unmute {other_mute.id}", user=MALLORY))
    answers = [
        await _click(bot, UNMUTE, str(other_mute.id), user=MALLORY, channel=MINE),
        await _click(bot, NOT_RELEVANT, alert_id, user=MALLORY, channel=MINE),
        await _click(bot, MUTE_SIMILAR, alert_id, user=MALLORY, channel=MINE),
        await _click(bot, MUTE_STORY, f"{alert_id}:{other_mute.id}", user=MALLORY, channel=MINE),
        await _click(bot, NOT_RELEVANT, "1 OR 1=1", user=MALLORY, channel=MINE),
    ]
    for answer in answers:
        assert answer.get("response_type", "ephemeral") == "ephemeral"
        assert answer.get("replace_original") in (None, False) or "already gone" in str(answer.get("text"))
    shown = [str(a.get("text")) for a in answers]
    assert shown[0] == "That mute is already gone."
    assert shown[1] == shown[2] == shown[3] == "I no longer know that alert."
    assert shown[4] == "That button is not one of mine."
    assert await _state(bot) == before
