"""Thread questions end to end, in both transports."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

from bot.sandbox.harness import ALERT_CHANNEL, Harness, running_bot
from bot.sandbox.llm import FakeLLM
from bot.sandbox.payloads import message_event
from bot.slack.plaintext import blocks_to_text
from handlers.messages import ANSWERS_PER_MINUTE, TOO_FAST, AnswerThrottle
from tests.conftest import Clock


async def _alert_ts(h: Harness, needle: str = "DeepSeek") -> str:
    await h.runtime.services.pipeline.run_cycle()
    await h.runtime.services.deliverer.deliver_due()
    for msg in h.alerts_in():
        if needle in blocks_to_text(msg["blocks"]):  # type: ignore[arg-type]
            return str(msg["ts"])
    raise AssertionError(f"no alert mentions {needle}")


def _replies(h: Harness, thread_ts: str) -> list[dict[str, object]]:
    return [c.args for c in h.standin.calls_to("chat.postMessage") if c.args.get("thread_ts") == thread_ts]


async def test_question_in_alert_thread_is_answered_with_a_quote(harness: Harness) -> None:
    ts = await _alert_ts(harness)
    event = message_event("Who does this affect?", channel=ALERT_CHANNEL, user="U0ALICE", thread_ts=ts)
    result = await harness.driver.event(event)
    assert result.ok
    await harness.standin.wait_for(lambda: bool(_replies(harness, ts)), what="thread answer")
    (reply,) = _replies(harness, ts)
    shown = blocks_to_text(reply["blocks"])  # type: ignore[arg-type]
    # Either outlet's sentence naming the people affected is a right answer.
    assert ("researchers" in shown or "scientists" in shown) and ("Alibaba" in shown or "DeepSeek" in shown)
    assert "— Asia Tech Wire (https://" in shown or "— The Decoder (https://" in shown  # cites its article


async def test_retried_event_and_double_delivery_are_answered_once(harness: Harness) -> None:
    ts = await _alert_ts(harness)
    event = message_event("Who is affected?", channel=ALERT_CHANNEL, user="U0ALICE", thread_ts=ts)
    first = await harness.driver.event(event, event_id="Ev0RETRY")
    await harness.driver.event(event, event_id="Ev0RETRY", retry_num=1)
    mention = dict(event, type="app_mention", text=f"<@{harness.standin.bot_user_id}> Who is affected?")
    await harness.driver.event(mention)  # the same message, delivered again as an app_mention
    assert first.ok
    await harness.standin.wait_for(lambda: bool(_replies(harness, ts)), what="thread answer")
    await asyncio.sleep(0.3)  # give a wrongly doubled answer the time to arrive
    assert len(_replies(harness, ts)) == 1


async def test_bot_never_answers_itself_or_chit_chat(harness: Harness) -> None:
    ts = await _alert_ts(harness)
    own = message_event(
        "Who is affected?",
        channel=ALERT_CHANNEL,
        user=harness.standin.bot_user_id,
        thread_ts=ts,
        bot_id=harness.standin.bot_id,
    )
    other_bot = message_event(
        "What changed?", channel=ALERT_CHANNEL, user="U0OTHERBOT", thread_ts=ts, bot_id="B0OTHER"
    )
    thanks = message_event("thanks, very useful", channel=ALERT_CHANNEL, user="U0ALICE", thread_ts=ts)
    top_level = message_event("Who is affected?", channel=ALERT_CHANNEL, user="U0ALICE")
    for event in (own, other_bot, thanks, top_level):
        await harness.driver.event(event)
    await asyncio.sleep(0.3)
    assert _replies(harness, ts) == []


async def test_unanswerable_question_says_so(harness: Harness) -> None:
    ts = await _alert_ts(harness)
    event = message_event(
        "What is the capital of France?", channel=ALERT_CHANNEL, user="U0ALICE", thread_ts=ts
    )
    await harness.driver.event(event)
    await harness.standin.wait_for(lambda: bool(_replies(harness, ts)), what="thread answer")
    (reply,) = _replies(harness, ts)
    assert "don't say" in str(reply["text"]) or "do not say" in str(reply["text"])


async def test_follow_up_questions_in_the_same_thread_are_answered_too(harness: Harness) -> None:
    ts = await _alert_ts(harness)
    await harness.driver.message("Who is affected?", channel=ALERT_CHANNEL, thread_ts=ts)
    await harness.standin.wait_for(lambda: len(_replies(harness, ts)) == 1, what="first answer", timeout=15)
    await harness.driver.message("Why is China doing this?", channel=ALERT_CHANNEL, thread_ts=ts)
    await harness.standin.wait_for(lambda: len(_replies(harness, ts)) == 2, what="follow-up answer", timeout=15)
    await harness.driver.mention("what about the passports?", channel=ALERT_CHANNEL, thread_ts=ts)
    await harness.standin.wait_for(lambda: len(_replies(harness, ts)) == 3, what="mention follow-up", timeout=15)
    why, passports = (blocks_to_text(r["blocks"]) for r in _replies(harness, ts)[1:])  # type: ignore[arg-type]
    assert "data leak" in why or "theft" in why or "poaching" in why
    assert "passport" in passports.lower()
    await asyncio.sleep(0.2)
    assert len(_replies(harness, ts)) == 3  # the mention's twin `message` event was not answered again


async def test_slack_retry_of_a_handled_event_is_dropped_but_a_first_sighting_is_answered(harness: Harness) -> None:
    ts = await _alert_ts(harness)
    asked = message_event("Who is affected?", channel=ALERT_CHANNEL, user="U0ALICE", thread_ts=ts)
    await harness.driver.event(asked, event_id="Ev0FIRST")
    await harness.standin.wait_for(lambda: len(_replies(harness, ts)) == 1)
    # X-Slack-Retry-Num: 1 over HTTP, retry_attempt: 1 over Socket Mode: acknowledged, not answered again.
    retry = await harness.driver.event(asked, event_id="Ev0FIRST", retry_num=1, retry_reason="http_timeout")
    assert retry.ok
    # A retry of an event whose first delivery never reached us (the process was down) is answered.
    lost = message_event("When does it take effect?", channel=ALERT_CHANNEL, user="U0ALICE", thread_ts=ts)
    await harness.driver.event(lost, event_id="Ev0LOST", retry_num=2)
    await harness.standin.wait_for(lambda: len(_replies(harness, ts)) == 2, what="answer to a lost event's retry")
    await asyncio.sleep(0.2)
    assert len(_replies(harness, ts)) == 2
    # De-duplicated per message (the event id is not written: see the rule's test below).
    key = f"msg:{ALERT_CHANNEL}:{asked['ts']}"
    assert not await harness.store.first_sighting(key, now=harness.runtime.services.clock())


async def test_mention_outside_an_alert_thread_explains_itself(harness: Harness) -> None:
    await harness.driver.mention("who is affected?", channel=ALERT_CHANNEL)
    await harness.standin.wait_for(lambda: len(harness.standin.calls_to("chat.postMessage")) == 1)
    assert "thread of one of my alerts" in str(harness.standin.calls_to("chat.postMessage")[0].args["text"])


async def test_a_flood_of_mentions_is_throttled_per_user_with_one_note(harness: Harness) -> None:
    ts = await _alert_ts(harness)
    flood = 100
    await asyncio.gather(*(
        harness.driver.mention(f"who is affected, take {n}?", channel=ALERT_CHANNEL, thread_ts=ts)
        for n in range(flood)
    ))
    await harness.standin.wait_for(lambda: len(_replies(harness, ts)) >= ANSWERS_PER_MINUTE, what="answers")
    await asyncio.sleep(0.5)  # give any answer beyond the allowance the time to arrive
    assert len(_replies(harness, ts)) == ANSWERS_PER_MINUTE  # not 100
    (note,) = [c.args for c in harness.standin.calls_to("chat.postEphemeral")]  # one note, not 95
    assert note["user"] == "U0ALICE" and note["text"] == TOO_FAST
    # Someone else in the same thread is still answered.
    await harness.driver.message("Who is affected?", channel=ALERT_CHANNEL, user="U0BOB", thread_ts=ts)
    await harness.standin.wait_for(lambda: len(_replies(harness, ts)) == ANSWERS_PER_MINUTE + 1, what="Bob's answer")


def test_the_throttle_refills_with_time_and_notes_once_a_minute() -> None:
    clock = Clock()
    throttle = AnswerThrottle(clock, per_minute=5)
    assert [throttle.take("U1") for _ in range(6)] == [True] * 5 + [False]
    assert throttle.take("U2")  # per user
    assert throttle.warn("U1") and not throttle.warn("U1")
    clock.now += timedelta(seconds=12)  # one answer back every 12 s
    assert throttle.take("U1") and not throttle.take("U1")
    clock.now += timedelta(minutes=1)
    assert throttle.warn("U1")
    assert [throttle.take("U1") for _ in range(6)] == [True] * 5 + [False]  # never more than the allowance


# ---------------------------------------------------------------- with the optional LLM


@asynccontextmanager
async def fake_llm(reply: Any) -> AsyncIterator[tuple[list[dict[str, Any]], str]]:
    """The local chat-completions stand-in answering `reply` to every request."""
    async with FakeLLM(content=reply) as llm:
        yield llm.requests, llm.url


LLM_SAYS = "Top AI researchers at private firms such as Alibaba and DeepSeek."


def _answer_requests(requests: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The requests for thread answers (the pipeline also asks the LLM to summarise each relevant item)."""
    return [r for r in requests if str(r["messages"][1]["content"]).startswith("Question:")]


async def test_thread_answer_uses_the_llm_from_retrieved_passages_with_citations(tmp_path: Path) -> None:
    async with fake_llm({"answered": True, "answer": LLM_SAYS, "passages": [1]}) as (requests, url), running_bot(
        "http", tmp_path, llm_base_url=url, llm_model="test-model"
    ) as h:
        ts = await _alert_ts(h)
        await h.driver.message("Who does this affect?", channel=ALERT_CHANNEL, thread_ts=ts)
        await h.standin.wait_for(lambda: bool(_replies(h, ts)), what="thread answer", timeout=15)
        (reply,) = _replies(h, ts)
        shown = blocks_to_text(reply["blocks"])  # type: ignore[arg-type]
        assert LLM_SAYS in shown and LLM_SAYS in str(reply["text"])
        # The passage it cited is quoted and linked to its outlet's article, as extractive answers are.
        assert "— Asia Tech Wire (https://" in shown or "— The Decoder (https://" in shown
        assert len(requests) > 1  # the alerts' summaries were asked for too
        (request,) = _answer_requests(requests)
        prompt = request["messages"][1]["content"]
        assert prompt.startswith("Question: Who does this affect?") and "[1] " in prompt
        assert request["model"] == "test-model"

        # A question the sources cannot answer is never sent to the LLM.
        await h.driver.message("What is the capital of France?", channel=ALERT_CHANNEL, thread_ts=ts)
        await h.standin.wait_for(lambda: len(_replies(h, ts)) == 2, what="second answer", timeout=15)
        assert "don't say" in str(_replies(h, ts)[1]["text"]) and len(_answer_requests(requests)) == 1


async def test_thread_answer_falls_back_to_extractive_when_the_llm_fails(tmp_path: Path) -> None:
    async with fake_llm("Sure! The answer is researchers.") as (requests, url), running_bot(
        "http", tmp_path, llm_base_url=url, llm_model="test-model"
    ) as h:
        ts = await _alert_ts(h)
        await h.driver.message("Who does this affect?", channel=ALERT_CHANNEL, thread_ts=ts)
        await h.standin.wait_for(lambda: bool(_replies(h, ts)), what="thread answer", timeout=15)
        (reply,) = _replies(h, ts)
        shown = blocks_to_text(reply["blocks"])  # type: ignore[arg-type]
        assert len(_answer_requests(requests)) == 1 and "Sure!" not in shown
        assert ("researchers" in shown or "scientists" in shown) and ("Alibaba" in shown or "DeepSeek" in shown)


async def test_the_answering_rule_people_can_predict(harness: Harness) -> None:
    """Answered: a reply ending with '?' in the thread of one of my alerts (also when sent to the channel
    too), and any @mention. Not answered: replies that do not end with '?', other threads, edits, bots."""
    ts = await _alert_ts(harness)
    other = harness.standin.add_message(ALERT_CHANNEL, "Lunch plans?")  # someone else's thread
    ignored = [
        message_event("And the UK", channel=ALERT_CHANNEL, user="U0ALICE", thread_ts=ts),
        message_event("Is this final.", channel=ALERT_CHANNEL, user="U0ALICE", thread_ts=ts),
        message_event("any news? no rush, thanks", channel=ALERT_CHANNEL, user="U0ALICE", thread_ts=ts),
        message_event("Who is going?", channel=ALERT_CHANNEL, user="U0ALICE", thread_ts=str(other["ts"])),
        {**message_event("", channel=ALERT_CHANNEL, user=None, subtype="message_changed"),
         "message": {"type": "message", "user": "U0ALICE", "text": "Who is affected?", "ts": ts, "thread_ts": ts},
         "previous_message": {"type": "message", "user": "U0ALICE", "text": "who", "ts": ts}},
        message_event("Who is affected?", channel=ALERT_CHANNEL, user="U0OTHER", thread_ts=ts, subtype="bot_message",
                      bot_id="B0OTHER"),
    ]
    for event in ignored:
        assert (await harness.driver.event(event)).ok
    await asyncio.sleep(0.3)
    assert _replies(harness, ts) == []
    assert _replies(harness, str(other["ts"])) == []
    # Written nothing for them: each would still be a first sighting.
    now = harness.runtime.services.clock()
    for event in ignored[:4]:
        assert await harness.store.first_sighting(f"msg:{ALERT_CHANNEL}:{event['ts']}", now=now)
    # "Also send to channel": a reply that is a thread_broadcast is answered like any reply.
    broadcast = message_event("Who is affected?", channel=ALERT_CHANNEL, user="U0ALICE", thread_ts=ts,
                              subtype="thread_broadcast")
    await harness.driver.event(broadcast)
    await harness.standin.wait_for(lambda: len(_replies(harness, ts)) == 1, what="answer to a broadcast reply")


async def test_a_database_hiccup_never_leaves_other_messages_unacknowledged(harness: Harness) -> None:
    """Every message in every channel the bot is in reaches it: those it will not answer are acknowledged
    without touching the database (before, each wrote a de-duplication row before the ack)."""

    async def down(*_: object, **__: object) -> bool:
        raise ConnectionError("database unavailable")

    harness.store.first_sighting = down  # type: ignore[method-assign]
    harness.store.alerts_for_message = down  # type: ignore[method-assign]
    for text in ("good morning", "see the alert above", "Who is in today?"):
        result = await harness.driver.message(text, channel=ALERT_CHANNEL)
        assert result.ok and result.elapsed < 3.0, result


async def test_a_connection_cut_after_slack_posted_an_answer_never_doubles_it(harness: Harness) -> None:
    ts = await _alert_ts(harness)
    harness.standin.fail_next("chat.postMessage", error=None, drop_after=True)
    await harness.driver.message("Who is affected?", channel=ALERT_CHANNEL, thread_ts=ts)
    await harness.standin.wait_for(lambda: bool(_replies(harness, ts)), what="the answer")
    await asyncio.sleep(1.0)  # slack_sdk's retry handler would re-send within this
    answered = [m for m in harness.standin.messages[ALERT_CHANNEL]
                if m.get("thread_ts") == ts and m["ts"] != ts and m.get("bot_id")]
    assert len(answered) == 1


async def test_help_states_the_answering_rule(harness: Harness) -> None:
    result = await harness.driver.command("help")
    await harness.standin.wait_for(lambda: bool(harness.standin.responses_to(result.response_url)), what="help")
    (shown,) = [r.text or "" for r in harness.standin.responses_to(result.response_url)]
    assert "a reply ending with `?`" in shown and "@mentions me" in shown and "nothing else in threads" in shown


async def test_the_bot_ignores_the_echoes_of_its_own_posts_and_edits(harness: Harness) -> None:
    """Slack sends the bot its own messages back (a `message` with bot_id for each post, a
    `message_changed` for each edit), by the bot's transport: each is acknowledged, never answered, and
    costs no database read or write, even when the bot's text reads as a question in an alert's thread."""
    ts = await _alert_ts(harness)
    await harness.standin.settle_echoes()
    posted = [e for e in harness.standin.echoes if "subtype" not in e.event]
    assert posted and all(e.event["bot_id"] == harness.standin.bot_id for e in posted)
    looked_up: list[str] = []
    first_sighting, alerts_for_message = harness.store.first_sighting, harness.store.alerts_for_message

    async def spy_sighting(key: str, **kwargs: Any) -> bool:
        looked_up.append(key)
        return await first_sighting(key, **kwargs)

    async def spy_alerts(channel: str, ts: str) -> Any:
        looked_up.append(f"alerts:{channel}:{ts}")
        return await alerts_for_message(channel, ts)

    harness.store.first_sighting = spy_sighting  # type: ignore[method-assign]
    harness.store.alerts_for_message = spy_alerts  # type: ignore[method-assign,assignment]
    before = len(harness.standin.echoes)
    client = harness.runtime.services.client
    await client.chat_postMessage(channel=ALERT_CHANNEL, thread_ts=ts, text="Who is affected?")
    await client.chat_update(channel=ALERT_CHANNEL, ts=ts, text="Who is affected by this?")
    await harness.standin.wait_for(lambda: len(harness.standin.echoes) == before + 2, what="two echoes")
    reply, edit = harness.standin.echoes[before:]
    assert reply.via == edit.via == harness.mode and reply.status == edit.status == 200
    assert reply.event["thread_ts"] == ts and reply.event["app_id"] == harness.standin.app_id
    assert edit.event["subtype"] == "message_changed" and edit.event["message"]["ts"] == ts
    await asyncio.sleep(0.3)  # give a wrong answer the time to arrive
    assert [r["text"] for r in _replies(harness, ts)] == ["Who is affected?"]  # its own post only
    assert looked_up == []
