"""The `/policy` sub-command grammar: text in, a typed command out. Pure.

    help | -h | --help | ?
    subscribe [daily|weekly|immediate] [#channel] <query>  (the words may come in any order before the query)
    trends [query]                                      stories per week over 12 weeks, as a chart
    unsubscribe <id>
    subscriptions [all]
    unmute <id>
    sources [retry <source id>]
    <query>                                             a search

The manifest sets `should_escape: true`, so Slack sends a channel typed as `#hr` as `<#C0123|hr>` (that is
how we learn its id) and sends `&`, `<`, `>` typed by the user as entities, which are decoded here.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel

from bot.models import SubscriptionMode

Verb = Literal["help", "search", "trends", "subscribe", "unsubscribe", "subscriptions", "unmute", "sources", "invalid"]

MAX_COMMAND_CHARS = 500

_CHANNEL_REF = re.compile(r"<#([CG][A-Z0-9]+)(?:\|[^>]*)?>")
_USER_REF = re.compile(r"<@([UW][A-Z0-9]+)(?:\|[^>]*)?>")
_SOURCE_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_MODES: dict[str, SubscriptionMode] = {
    "daily": "daily", "digest": "daily", "--daily": "daily",
    "immediate": "immediate", "instant": "immediate", "--immediate": "immediate",
    "weekly": "weekly", "--weekly": "weekly",
}


class Command(BaseModel):
    verb: Verb
    argument: str = ""  # the query (search, subscribe, trends) or the id (unsubscribe, unmute, sources retry)
    channel: str | None = None  # subscribe: another channel than the one typed in (admins only)
    mode: SubscriptionMode = "immediate"
    all_channels: bool = False  # subscriptions all
    problem: str | None = None  # for "invalid": what was wrong, shown to the user with a usage hint


def decode(text: str) -> str:
    """Undo Slack's escaping of what the user typed (only `&`, `<` and `>` are escaped)."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _invalid(problem: str) -> Command:
    return Command(verb="invalid", problem=problem)


def _ident(rest: str, verb: Literal["unsubscribe", "unmute"]) -> Command:
    ident = rest.strip().lstrip("#")
    if not ident.isdigit() or len(ident) > 9:
        what = "subscription" if verb == "unsubscribe" else "mute"
        return _invalid(f"`{verb}` needs a {what} number, e.g. `/policy {verb} 3` (see `/policy subscriptions`)")
    return Command(verb=verb, argument=str(int(ident)))


def parse_command(text: str) -> Command:
    text = " ".join(text.split())
    if len(text) > MAX_COMMAND_CHARS:
        return _invalid(f"the command is longer than {MAX_COMMAND_CHARS} characters")
    if not text:
        return Command(verb="help")
    head, _, rest = text.partition(" ")
    head = head.lower()
    if head in ("help", "-h", "--help", "?"):
        return Command(verb="help")
    if head in ("subscriptions", "subs", "list"):
        if rest.lower() in ("", "here"):
            return Command(verb="subscriptions")
        if rest.lower() == "all":
            return Command(verb="subscriptions", all_channels=True)
        return _invalid("`subscriptions` takes nothing, or `all` (admins)")
    if head == "sources":
        return _sources(rest)
    if head in ("subscribe", "sub"):
        return _subscribe(rest)
    if head in ("unsubscribe", "unsub"):
        return _ident(rest, "unsubscribe")
    if head == "unmute":
        return _ident(rest, "unmute")
    if head in ("trends", "trend", "chart"):
        if _CHANNEL_REF.search(rest) or _USER_REF.search(rest):
            return _invalid("`trends` takes words, not channels or people, e.g. `/policy trends china ai`")
        return Command(verb="trends", argument=decode(rest))
    if _CHANNEL_REF.search(text) or _USER_REF.search(text):
        return _invalid("a search takes words, not channels or people; to subscribe another channel use "
                        "`/policy subscribe #channel <query>`")
    return Command(verb="search", argument=decode(text))


def _sources(rest: str) -> Command:
    words = rest.split()
    if not words:
        return Command(verb="sources")
    if words[0].lower() == "retry" and len(words) == 2 and _SOURCE_ID.match(words[1].lower()):
        return Command(verb="sources", argument=words[1].lower())
    return _invalid("`sources` takes nothing, or `retry <source id>` (admins), e.g. `/policy sources retry the-decoder`")


def _subscribe(rest: str) -> Command:
    mode: SubscriptionMode = "immediate"
    channel: str | None = None
    words = rest.split()
    query: list[str] = []
    for word in words:
        ref = _CHANNEL_REF.fullmatch(word)
        if ref:
            if channel is not None and channel != ref.group(1):
                return _invalid("`subscribe` takes one channel at a time")
            channel = ref.group(1)
        elif not query and word.lower() in _MODES:
            mode = _MODES[word.lower()]
        elif word.startswith("#") and len(word) > 1 and not query:
            return _invalid(f"I could not tell which channel `{decode(word)}` is; pick it from Slack's "
                            "channel suggestions as you type `#`")
        else:
            query.append(word)
    if query and query[-1].lower() in _MODES:  # "subscribe china ai daily"
        mode = _MODES[query.pop().lower()]
    if not query:
        return _invalid("`subscribe` needs a query, e.g. `/policy subscribe china ai`, `/policy subscribe daily us visa` "
                        "or `/policy subscribe weekly china ai`")
    text = decode(" ".join(query))
    if _USER_REF.search(text) or _CHANNEL_REF.search(text):
        return _invalid("a subscription's query takes words, not people or channels")
    return Command(verb="subscribe", argument=text, channel=channel, mode=mode)
