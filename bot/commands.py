"""The `/policy` sub-command grammar: text in, a typed command out. Pure."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

Verb = Literal["help", "search", "subscribe", "unsubscribe", "subscriptions", "sources", "invalid"]

MAX_COMMAND_CHARS = 500


class Command(BaseModel):
    verb: Verb
    argument: str = ""
    problem: str | None = None  # for "invalid": what was wrong, shown to the user with a usage hint


def parse_command(text: str) -> Command:
    """`help`, `subscribe <query>`, `unsubscribe <id>`, `subscriptions`, `sources`, or a search query."""
    text = " ".join(text.split())
    if len(text) > MAX_COMMAND_CHARS:
        return Command(verb="invalid", problem=f"the command is longer than {MAX_COMMAND_CHARS} characters")
    if not text:
        return Command(verb="help")
    head, _, rest = text.partition(" ")
    head = head.lower()
    if head in ("help", "-h", "--help", "?"):
        return Command(verb="help")
    if head in ("subscriptions", "subs", "list"):
        return Command(verb="subscriptions")
    if head == "sources":
        return Command(verb="sources")
    if head in ("subscribe", "sub"):
        if not rest:
            return Command(verb="invalid", problem="`subscribe` needs a query, e.g. `/policy subscribe china ai`")
        return Command(verb="subscribe", argument=rest)
    if head in ("unsubscribe", "unsub"):
        ident = rest.lstrip("#")
        if not ident.isdigit():
            return Command(
                verb="invalid",
                problem="`unsubscribe` needs a subscription number, e.g. `/policy unsubscribe 3` "
                "(see `/policy subscriptions`)",
            )
        return Command(verb="unsubscribe", argument=ident)
    return Command(verb="search", argument=text)
