"""Properties of the `/policy` parsers on any text a user (or an attacker) can type.

`parse_command` turns the whole text into a typed command and never raises: what it cannot run comes back
as verb "invalid" with a problem to show. `parse_query` turns a query into filters that are always values of
the taxonomy (docs/ARCHITECTURE.md §4), never raises, and reads back exactly what an explicit query wrote.
"""

from __future__ import annotations

from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.analysis import lexicon as lx
from bot.models import POLICY_TYPES, STATUSES, TOPICS
from bot.search.grammar import MAX_COMMAND_CHARS, parse_command
from bot.search.query import MAX_SINCE, parse_query

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text that looks like what people (and attackers) type: words of the grammar, Slack's escaped tokens,
# key:value filters, punctuation, and anything else Unicode has.
WORDS = st.sampled_from([
    "subscribe", "sub", "unsubscribe", "unsub", "subscriptions", "all", "sources", "retry", "unmute", "help",
    "daily", "immediate", "china", "us", "united", "states", "ai", "visa", "in", "effect", "since:7d",
    "since:0d", "since:99999w", "jurisdiction:cn", "topic:quantum", "type:travel_restriction", "status:in-effect",
    "country:xx", "<#C0123|hr>", "<#C0123>", "<@U0123>", "<!channel>", "&lt;!here&gt;", "&amp;", "#hr", "42",
    "-1", "0x10", "the-decoder", "https://evil.example", "<https://evil.example|gov.uk>", ":", "::", "",
])
TYPED = st.lists(st.one_of(WORDS, st.text(max_size=12)), max_size=12).map(" ".join)
ANY_TEXT = st.one_of(TYPED, st.text(max_size=MAX_COMMAND_CHARS + 50))


@SETTINGS
@given(ANY_TEXT)
def test_parse_command_never_raises_and_always_says_what_to_do(text: str) -> None:
    command = parse_command(text)
    assert command.verb in ("help", "search", "subscribe", "unsubscribe", "subscriptions", "unmute", "sources",
                            "invalid")
    if command.verb == "invalid":
        assert command.problem, "an invalid command must say what was wrong"
    if command.verb in ("unsubscribe", "unmute"):
        assert command.argument.isdigit() and len(command.argument) <= 9
    if command.verb == "sources" and command.argument:
        assert command.argument == command.argument.lower() and len(command.argument) <= 64
        assert all(c.isascii() and (c.isalnum() or c in "-_") for c in command.argument)
    if command.verb in ("search", "subscribe"):
        # A query never smuggles a person or a channel into what the bot later echoes or stores.
        assert "<@" not in command.argument and "<#" not in command.argument
        assert command.argument.strip(), "an empty query is help, not a search"
    if command.channel is not None:
        assert command.verb == "subscribe" and command.channel[:1] in "CG" and command.channel.isalnum()
    if len(" ".join(text.split())) > MAX_COMMAND_CHARS:
        assert command.verb == "invalid"


JURISDICTION_CODES = frozenset(lx.JURISDICTIONS)


@SETTINGS
@given(ANY_TEXT)
def test_parse_query_never_raises_and_filters_are_taxonomy_values(text: str) -> None:
    query = parse_query(text)
    assert set(query.jurisdictions) <= JURISDICTION_CODES
    assert set(query.topics) <= set(TOPICS)
    assert set(query.policy_types) <= set(POLICY_TYPES)
    assert set(query.statuses) <= set(STATUSES)
    for kind in (query.jurisdictions, query.topics, query.policy_types, query.statuses, query.text):
        assert len(kind) == len(set(kind)), "no duplicates"
    assert query.since is None or timedelta(0) < query.since <= MAX_SINCE
    assert all(word and word == word.lower() for word in query.text)
    raw = text.split()
    assert all(token in raw for token in query.unknown), "unknown tokens are the user's own, unchanged"


@SETTINGS
@given(ANY_TEXT)
def test_parse_query_does_not_depend_on_spacing(text: str) -> None:
    assert parse_query(text).model_dump(exclude={"unknown"}) == parse_query(
        "  " + "\n".join(text.split()) + " \t"
    ).model_dump(exclude={"unknown"})


# Words no vocabulary knows ("zq" starts no English word, no country and no keyword).
FREE_WORDS = st.lists(st.from_regex(r"zq[a-z]{2,8}", fullmatch=True), unique=True, max_size=4)


@SETTINGS
@given(
    jurisdictions=st.lists(st.sampled_from(sorted(JURISDICTION_CODES)), unique=True, max_size=3),
    topics=st.lists(st.sampled_from(TOPICS), unique=True, max_size=3),
    types=st.lists(st.sampled_from(POLICY_TYPES), unique=True, max_size=2),
    statuses=st.lists(st.sampled_from(STATUSES), unique=True, max_size=2),
    since=st.one_of(st.none(), st.tuples(st.integers(1, 500), st.sampled_from(["h", "d", "w"]))),
    words=FREE_WORDS,
)
def test_explicit_queries_round_trip(
    jurisdictions: list[str], topics: list[str], types: list[str], statuses: list[str],
    since: tuple[int, str] | None, words: list[str],
) -> None:
    tokens = ([f"jurisdiction:{j.lower()}" for j in jurisdictions] + [f"topic:{t}" for t in topics]
              + [f"type:{p}" for p in types] + [f"status:{s}" for s in statuses] + words)
    if since is not None:
        tokens.append(f"since:{since[0]}{since[1]}")
    query = parse_query(" ".join(tokens))
    assert list(query.jurisdictions) == jurisdictions
    assert list(query.topics) == topics
    assert list(query.policy_types) == types
    assert list(query.statuses) == statuses
    assert list(query.text) == words
    assert query.unknown == ()
    if since is None:
        assert query.since is None
    else:
        n, unit = since
        expected = {"h": timedelta(hours=n), "d": timedelta(days=n), "w": timedelta(weeks=n)}[unit]
        assert query.since == expected
