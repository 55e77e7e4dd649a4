from __future__ import annotations

import pytest

from bot.search.grammar import MAX_COMMAND_CHARS, parse_command


@pytest.mark.parametrize(
    ("text", "verb", "argument"),
    [
        ("", "help", ""),
        ("   ", "help", ""),
        ("help", "help", ""),
        ("HELP", "help", ""),
        ("china ai", "search", "china ai"),
        ("h-1b fee &amp; salary &lt;100k&gt;", "search", "h-1b fee & salary <100k>"),
        ("subscribe  china   ai", "subscribe", "china ai"),
        ("unsubscribe 3", "unsubscribe", "3"),
        ("unsubscribe #12", "unsubscribe", "12"),
        ("unmute 4", "unmute", "4"),
        ("subscriptions", "subscriptions", ""),
        ("sources", "sources", ""),
        ("sources retry the-decoder", "sources", "the-decoder"),
    ],
)
def test_parse_command(text: str, verb: str, argument: str) -> None:
    cmd = parse_command(text)
    assert (cmd.verb, cmd.argument) == (verb, argument)


@pytest.mark.parametrize(
    ("text", "channel", "mode", "query"),
    [
        ("subscribe china ai", None, "immediate", "china ai"),
        ("subscribe daily china ai", None, "daily", "china ai"),
        ("subscribe china ai daily", None, "daily", "china ai"),
        ("subscribe <#C0HR|hr-team> daily us visa", "C0HR", "daily", "us visa"),
        ("subscribe immediate us visa <#C0HR>", "C0HR", "immediate", "us visa"),
    ],
)
def test_subscribe_options(text: str, channel: str | None, mode: str, query: str) -> None:
    cmd = parse_command(text)
    assert (cmd.verb, cmd.channel, cmd.mode, cmd.argument) == ("subscribe", channel, mode, query)


def test_subscriptions_all() -> None:
    assert parse_command("subscriptions all").all_channels


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("subscribe", "needs a query"),
        ("subscribe daily", "needs a query"),
        ("subscribe #general china", "could not tell which channel"),
        ("subscribe <#C1|a> <#C2|b> china", "one channel at a time"),
        ("unsubscribe", "subscription number"),
        ("unsubscribe abc", "subscription number"),
        ("unmute x", "mute number"),
        ("sources delete x", "retry <source id>"),
        ("subscriptions everything", "`all`"),
        ("china <@U123|bob>", "not channels or people"),
        ("x" * (MAX_COMMAND_CHARS + 1), "longer than"),
    ],
)
def test_malformed_commands_explain_the_problem(text: str, problem: str) -> None:
    cmd = parse_command(text)
    assert cmd.verb == "invalid"
    assert cmd.problem is not None and problem in cmd.problem


def test_weekly_subscriptions_and_trends() -> None:
    from bot.search.grammar import parse_command

    weekly = parse_command("subscribe weekly china ai")
    assert (weekly.verb, weekly.mode, weekly.argument) == ("subscribe", "weekly", "china ai")
    assert parse_command("subscribe china ai weekly").mode == "weekly"
    trends = parse_command("trends china &amp; ai")
    assert (trends.verb, trends.argument) == ("trends", "china & ai")
    assert parse_command("trends").argument == ""
    assert parse_command("trends <#C123|hr>").verb == "invalid"
