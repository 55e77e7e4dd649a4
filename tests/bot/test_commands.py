from __future__ import annotations

import pytest

from bot.commands import MAX_COMMAND_CHARS, parse_command


@pytest.mark.parametrize(
    ("text", "verb", "argument"),
    [
        ("", "help", ""),
        ("   ", "help", ""),
        ("help", "help", ""),
        ("HELP", "help", ""),
        ("china ai", "search", "china ai"),
        ("subscribe  china   ai", "subscribe", "china ai"),
        ("unsubscribe 3", "unsubscribe", "3"),
        ("unsubscribe #12", "unsubscribe", "12"),
        ("subscriptions", "subscriptions", ""),
        ("sources", "sources", ""),
    ],
)
def test_parse_command(text: str, verb: str, argument: str) -> None:
    cmd = parse_command(text)
    assert (cmd.verb, cmd.argument) == (verb, argument)


@pytest.mark.parametrize("text", ["subscribe", "unsubscribe", "unsubscribe abc", "x" * (MAX_COMMAND_CHARS + 1)])
def test_malformed_commands_explain_the_problem(text: str) -> None:
    cmd = parse_command(text)
    assert cmd.verb == "invalid"
    assert cmd.problem
