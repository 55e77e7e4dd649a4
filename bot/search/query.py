"""The Slack query language and ranked search over stored, analysed items.

`/policy china ai since:7d deepseek`: words that name a jurisdiction ("china", "chinese", "us",
"united states"), a topic ("ai", "chips"), a policy type ("visa", "travel", "export") or a status
("proposed", "in effect") become filters; `since:7d` / `since:24h` / `since:2w` limits time; explicit
`jurisdiction:cn`, `topic:ai`, `type:visa`, `status:proposed` work too; everything else is free text.

Filters combine with AND across kinds and OR within a kind ("china us" means either). Free-text words
must all occur (like Slack's own search); matching items are ranked by BM25 x a recency decay
(bot.search.scoring).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from types import MappingProxyType

from bot.analysis import lexicon as lx
from bot.analysis.tokens import tokenize
from bot.models import (
    POLICY_TYPES,
    STATUSES,
    TOPICS,
    PolicyType,
    Query,
    SearchHit,
    Status,
    StoredItem,
    Topic,
    utc,
)
from bot.search.scoring import bm25, idf, recency, term_counts

MAX_SINCE = timedelta(days=3650)

# ISO codes that are also English words are accepted only as `jurisdiction:xx`.
_WORD_CODES = frozenset({"in", "it", "no", "id", "at", "be", "my", "is", "me", "am", "as", "to", "so", "do", "pe"})


def _jurisdiction_words() -> dict[str, str]:
    words: dict[str, str] = {}
    for j in lx.JURISDICTION_LIST:
        for phrase in (*j.names, *j.exact, *j.demonyms, *j.capitals, *j.zh):
            words.setdefault(phrase.lower().lstrip("="), j.code)
        if j.code.lower() not in _WORD_CODES:
            words.setdefault(j.code.lower(), j.code)
    for key in [k for k in words if "." in k]:
        code = words[key]
        words.setdefault(key.replace(".", ""), code)  # "u.s." also as "us"
        words.setdefault(key.rstrip("."), code)  # and "u.s"
    words.update({"europe": "EU", "britain": "GB", "england": "GB", "america": "US", "usa": "US", "prc": "CN"})
    return words


TOPIC_WORDS: Mapping[str, Topic] = MappingProxyType({
    "ai": "ai", "a.i.": "ai", "artificial intelligence": "ai", "machine learning": "ai", "llm": "ai", "llms": "ai",
    "genai": "ai", "chip": "semiconductors", "chips": "semiconductors", "semiconductor": "semiconductors",
    "semiconductors": "semiconductors", "semis": "semiconductors", "quantum": "quantum", "biotech": "biotech",
    "biotechnology": "biotech", "life sciences": "biotech", "aerospace": "aerospace", "space": "aerospace",
    "telecom": "telecom", "telecoms": "telecom", "telecommunications": "telecom", "5g": "telecom", "6g": "telecom",
    "energy": "energy", "nuclear": "energy", "stem": "stem", "science": "stem",
})
TYPE_WORDS: Mapping[str, PolicyType] = MappingProxyType({
    "visa": "visa", "visas": "visa", "travel": "travel_restriction", "exit": "travel_restriction",
    "passport": "travel_restriction", "passports": "travel_restriction", "travel ban": "travel_restriction",
    "exit ban": "travel_restriction", "talent": "talent_program", "talent program": "talent_program",
    "talent programme": "talent_program", "recruitment": "talent_program", "security": "research_security",
    "research security": "research_security", "espionage": "research_security", "export": "export_control",
    "exports": "export_control", "export control": "export_control", "export controls": "export_control",
    "deemed export": "export_control", "immigration": "immigration", "residence": "immigration",
    "residency": "immigration", "migration": "immigration", "work permit": "immigration",
    "work permits": "immigration", "green card": "immigration", "green cards": "immigration",
    "permit": "immigration", "permits": "immigration",
})
STATUS_WORDS: Mapping[str, Status] = MappingProxyType({
    "reported": "reported", "rumour": "reported", "rumor": "reported", "rumours": "reported", "rumors": "reported",
    "proposed": "proposed", "proposal": "proposed", "proposals": "proposed", "draft": "proposed",
    "announced": "announced", "enacted": "enacted", "final": "enacted", "in effect": "in_effect",
    "in-effect": "in_effect", "in_effect": "in_effect", "in force": "in_effect", "effective": "in_effect",
    "suspended": "suspended", "paused": "suspended", "rescinded": "rescinded", "revoked": "rescinded",
    "repealed": "rescinded",
})

JURISDICTION_WORDS: Mapping[str, str] = MappingProxyType(_jurisdiction_words())
_MAX_PHRASE = max(len(k.split()) for m in (JURISDICTION_WORDS, TOPIC_WORDS, TYPE_WORDS, STATUS_WORDS) for k in m)

_SINCE = re.compile(r"^(\d{1,5})\s*(h|hr|hrs|hours?|d|days?|w|wk|wks|weeks?)$")
_EDGE_PUNCT = re.compile(r"^[\"'“”‘’(\[{<,;!?]+|[\"'“”‘’)\]}>,;:!?]+$")
_KEYS: Mapping[str, str] = MappingProxyType({
    "since": "since", "jurisdiction": "jurisdiction", "country": "jurisdiction", "j": "jurisdiction",
    "topic": "topic", "t": "topic", "type": "type", "policy": "type", "status": "status", "s": "status",
})


def _parse_since(value: str) -> timedelta | None:
    m = _SINCE.match(value.strip().lower())
    if not m:
        return None
    n, unit = int(m.group(1)), m.group(2)
    delta = timedelta(hours=n) if unit.startswith("h") else timedelta(weeks=n) if unit.startswith("w") else timedelta(
        days=n
    )
    return delta if timedelta(0) < delta <= MAX_SINCE else None


def _clean_word(word: str) -> str:
    word = _EDGE_PUNCT.sub("", word.lower())
    return re.sub(r"['’]s$", "", word)


def _add(seq: list[str], value: str) -> None:
    if value not in seq:
        seq.append(value)


def parse_query(text: str) -> Query:
    """Parse `/policy` text into filters, a time limit and free-text words (see the module doc)."""
    jurisdictions: list[str] = []
    topics: list[Topic] = []
    types: list[PolicyType] = []
    statuses: list[Status] = []
    free: list[str] = []
    unknown: list[str] = []
    since: timedelta | None = None

    raw = [w for w in text.split() if w]
    words = [_clean_word(w) for w in raw]
    i = 0
    while i < len(words):
        word = words[i]
        key, sep, value = raw[i].partition(":")
        if sep and key.lower() in _KEYS and not value.startswith("//"):
            kind = _KEYS[key.lower()]
            if not _apply_key(kind, value, jurisdictions, topics, types, statuses):
                if kind == "since" and (parsed := _parse_since(value)) is not None:
                    since = parsed
                else:
                    unknown.append(raw[i])
            i += 1
            continue
        # Longest multiword name first: "united states", "south korea", "in effect".
        for n in range(min(_MAX_PHRASE, len(words) - i), 0, -1):
            phrase = " ".join(words[i : i + n])
            if _apply_word(phrase, jurisdictions, topics, types, statuses):
                i += n
                break
        else:
            if word and tokenize(word):
                _add(free, word)
            i += 1
    return Query(
        jurisdictions=tuple(jurisdictions),
        topics=tuple(topics),
        policy_types=tuple(types),
        statuses=tuple(statuses),
        since=since,
        text=tuple(free),
        unknown=tuple(unknown),
    )


def _apply_word(
    phrase: str, jurisdictions: list[str], topics: list[Topic], types: list[PolicyType], statuses: list[Status]
) -> bool:
    if phrase in JURISDICTION_WORDS:
        _add(jurisdictions, JURISDICTION_WORDS[phrase])
    elif phrase in TOPIC_WORDS:
        if TOPIC_WORDS[phrase] not in topics:
            topics.append(TOPIC_WORDS[phrase])
    elif phrase in TYPE_WORDS:
        if TYPE_WORDS[phrase] not in types:
            types.append(TYPE_WORDS[phrase])
    elif phrase in STATUS_WORDS:
        if STATUS_WORDS[phrase] not in statuses:
            statuses.append(STATUS_WORDS[phrase])
    else:
        return False
    return True


def _apply_key(
    kind: str,
    value: str,
    jurisdictions: list[str],
    topics: list[Topic],
    types: list[PolicyType],
    statuses: list[Status],
) -> bool:
    """`jurisdiction:cn`, `topic:ai`, `type:visa`, `status:in_effect`: False when the value is not known."""
    v = value.strip().lower().replace("-", "_") if kind in ("type", "status") else value.strip().lower()
    if kind == "jurisdiction":
        code = v.upper() if v.upper() in lx.JURISDICTIONS else JURISDICTION_WORDS.get(v.replace("_", " "))
        if code:
            _add(jurisdictions, code)
            return True
    elif kind == "topic":
        topic = next((t for t in TOPICS if t == v), None) or TOPIC_WORDS.get(v)
        if topic:
            if topic not in topics:
                topics.append(topic)
            return True
    elif kind == "type":
        ptype = next((p for p in POLICY_TYPES if p == v), None) or TYPE_WORDS.get(v.replace("_", " "))
        if ptype:
            if ptype not in types:
                types.append(ptype)
            return True
    elif kind == "status":
        status = next((s for s in STATUSES if s == v), None) or STATUS_WORDS.get(v.replace("_", " "))
        if status:
            if status not in statuses:
                statuses.append(status)
            return True
    return False


# ---------------------------------------------------------------- ranking


def item_time(item: StoredItem) -> datetime:
    return utc(item.published or item.first_seen)


def _recency(item: StoredItem, now: datetime) -> float:
    return recency((utc(now) - item_time(item)).total_seconds())


def passes_filters(item: StoredItem, q: Query) -> bool:
    """A relevant item that every filter of `q` admits (AND across kinds, OR within one); not `since:`."""
    a = item.analysis
    if a is None or not a.relevant:
        return False
    if q.jurisdictions and not set(q.jurisdictions) & set(a.jurisdictions):
        return False
    if q.topics and not set(q.topics) & set(a.topics):
        return False
    if q.policy_types and a.policy_type not in q.policy_types:
        return False
    return not (q.statuses and a.status not in q.statuses)


def _passes(item: StoredItem, q: Query, now: datetime) -> bool:
    return passes_filters(item, q) and not (q.since is not None and item_time(item) < utc(now) - q.since)


def search_document(item: StoredItem) -> list[str]:
    """Search text of an item: the title twice (titles say what a story is about), body and summary."""
    title = tokenize(item.title)
    parts = [*title, *title, *tokenize(item.text)]
    if item.analysis is not None:
        s = item.analysis.summary
        parts += tokenize(" ".join(x for x in (s.headline, s.what_changed, s.who_is_affected) if x))
    return parts


def rank(
    items: Sequence[StoredItem], query: Query, *, now: datetime, limit: int = 10, offset: int = 0
) -> list[SearchHit]:
    """Relevant items that pass the query's filters, best first, `limit` of them from `offset`."""
    pool = [it for it in items if _passes(it, query, now)]
    terms = list(dict.fromkeys(t for word in query.text for t in tokenize(word)))
    if terms:
        docs = [term_counts(search_document(it)) for it in pool]
        idfs = {term: idf(len(docs), sum(term in tf for tf, _ in docs)) for term in terms}
        avgdl = sum(length for _, length in docs) / max(1, len(docs))
        scored = [
            (bm25(tf, length, idfs, avgdl) * _recency(it, now), it)
            for it, (tf, length) in zip(pool, docs, strict=True)
            if all(term in tf for term in terms)  # every word must occur, as in Slack's own search
        ]
    else:
        scored = [(_recency(it, now), it) for it in pool]
    scored.sort(key=lambda pair: (-pair[0], -item_time(pair[1]).timestamp(), -pair[1].id))
    start = max(0, offset)
    return [SearchHit(item=it, score=round(score, 4)) for score, it in scored[start : start + max(0, limit)]]


# ---------------------------------------------------------------- description


def _span(delta: timedelta) -> str:
    seconds = int(delta.total_seconds())
    days, rem = divmod(seconds, 86400)
    if rem == 0 and days >= 2:
        if days % 7 == 0 and days >= 14:
            weeks = days // 7
            return f"{weeks} weeks"
        return f"{days} day{'s' if days != 1 else ''}"
    hours = seconds // 3600
    return f"{hours} hour{'s' if hours != 1 else ''}"


def describe_query(q: Query) -> str:
    """A human summary: 'jurisdiction CN, topic ai, since 7 days, text: "deepseek"'."""
    parts: list[str] = []
    for label, values in (
        ("jurisdiction", q.jurisdictions),
        ("topic", q.topics),
        ("type", tuple(v.replace("_", " ") for v in q.policy_types)),
        ("status", tuple(v.replace("_", " ") for v in q.statuses)),
    ):
        if values:
            parts.append(f"{label} {' or '.join(values)}")
    if q.since is not None:
        parts.append(f"since {_span(q.since)}")
    if q.text:
        parts.append(f'text: "{" ".join(q.text)}"')
    return ", ".join(parts) if parts else "all relevant stories"
