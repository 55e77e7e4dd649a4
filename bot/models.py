"""Pydantic models that cross module boundaries. Every stage takes and returns these."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Literal, overload

from pydantic import BaseModel, ConfigDict, Field, HttpUrl

SourceKind = Literal["rss", "atom", "json-feed", "json-api", "page"]
Topic = Literal["ai", "semiconductors", "quantum", "biotech", "aerospace", "telecom", "energy", "stem"]
PolicyType = Literal[
    "travel_restriction", "visa", "talent_program", "research_security", "export_control", "immigration", "other"
]
Status = Literal["reported", "proposed", "announced", "enacted", "in_effect", "suspended", "rescinded", "unknown"]

TOPICS: tuple[Topic, ...] = ("ai", "semiconductors", "quantum", "biotech", "aerospace", "telecom", "energy", "stem")
POLICY_TYPES: tuple[PolicyType, ...] = (
    "travel_restriction", "visa", "talent_program", "research_security", "export_control", "immigration", "other",
)
STATUSES: tuple[Status, ...] = (
    "reported", "proposed", "announced", "enacted", "in_effect", "suspended", "rescinded", "unknown",
)


@overload
def utc(when: datetime) -> datetime: ...
@overload
def utc(when: None) -> None: ...
def utc(when: datetime | None) -> datetime | None:
    """`when` in UTC. A naive datetime is taken as UTC already: everything stored is UTC, and SQLite and
    some feeds hand back naive ones."""
    if when is None:
        return None
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# ---------------------------------------------------------------- sources


class SourceConfig(Frozen):
    """One entry of the sources catalogue."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,63}$")
    name: str
    kind: SourceKind
    url: HttpUrl
    adapter: str | None = None  # json-api only: which adapter parses the response
    interval_minutes: int = Field(default=30, ge=1, le=7 * 24 * 60)
    language: str = "en"
    jurisdictions: tuple[str, ...] = ()
    query: str | None = None
    enabled: bool = True
    # When feed items carry only a snippet, fetch each new item's page and extract its text (bounded).
    fetch_article_text: bool = False


class FetchResult(Frozen):
    """What the fetcher got: a body, or a 304, with the validators to send next time."""

    url: str
    final_url: str
    status: int
    body: bytes = b""
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False
    body_hash: str | None = None


class RawItem(Frozen):
    """One entry parsed from a source, before storage."""

    source_id: str
    guid: str
    url: str | None
    canonical_url: str | None
    title: str
    text: str = ""  # plain text: summary or content of the entry
    published: datetime | None = None
    outlet: str  # who tells the story (feed title or the source's name)
    language: str = "en"


# ---------------------------------------------------------------- analysis (docs/ARCHITECTURE.md §4)


class Evidence(Frozen):
    field: str
    text: str


class Summary(Frozen):
    headline: str
    bullets: tuple[str, ...] = ()
    what_changed: str | None = None
    who_is_affected: str | None = None
    effective: str | None = None


class Analysis(Frozen):
    """The per-item analysis, everything except the cluster (which needs the store)."""

    relevant: bool
    score: float = Field(ge=0.0, le=1.0)
    jurisdictions: tuple[str, ...] = ()
    topics: tuple[Topic, ...] = ()
    policy_type: PolicyType = "other"
    status: Status = "unknown"
    summary: Summary
    evidence: tuple[Evidence, ...] = ()
    language: str = "en"  # ISO 639-1, detected from the text (feeds often declare every item "en")


class Article(BaseModel):
    """A line of articles JSONL (input of `analyze` and `ask`)."""

    model_config = ConfigDict(extra="ignore")

    id: str = Field(min_length=1)
    title: str
    url: str | None = None
    published: datetime | None = None
    source: str | None = None
    text: str | None = None
    html: str | None = None
    language: str | None = None


class AnalysisRecord(BaseModel):
    """A line of analysis JSONL (output of `analyze`)."""

    id: str
    relevant: bool
    score: float
    jurisdictions: list[str]
    topics: list[str]
    policy_type: str
    status: str
    summary: Summary
    cluster: str
    evidence: list[Evidence]


class Citation(Frozen):
    id: str
    url: str | None
    quote: str


class Answer(Frozen):
    answered: bool
    answer: str
    citations: tuple[Citation, ...] = ()


# ---------------------------------------------------------------- stored rows seen by other stages


class StoredItem(Frozen):
    """An item as the store holds it, with its analysis and cluster."""

    id: int
    source_id: str
    guid: str
    url: str | None
    title: str
    text: str
    published: datetime | None
    outlet: str
    first_seen: datetime
    cluster_id: int | None = None
    analysis: Analysis | None = None


class ClusterView(Frozen):
    """A story: its lead item and the other outlets that told it."""

    id: int
    key: str
    lead: StoredItem
    members: tuple[StoredItem, ...]

    @property
    def other_outlets(self) -> list[tuple[str, str | None]]:
        seen = {self.lead.outlet}
        out: list[tuple[str, str | None]] = []
        for m in self.members:
            if m.outlet not in seen:
                seen.add(m.outlet)
                out.append((m.outlet, m.url))
        return out


SubscriptionMode = Literal["immediate", "daily", "weekly"]


class Subscription(Frozen):
    id: int
    channel: str
    query: str
    created_by: str
    created_at: datetime
    mode: SubscriptionMode = "immediate"  # "daily": one digest a day; "weekly": only the weekly brief


# ---------------------------------------------------------------- the query language (docs/ARCHITECTURE.md §4)


class Query(Frozen):
    """A parsed `/policy` query: filters plus free text."""

    jurisdictions: tuple[str, ...] = ()
    topics: tuple[Topic, ...] = ()
    policy_types: tuple[PolicyType, ...] = ()
    statuses: tuple[Status, ...] = ()
    since: timedelta | None = None
    text: tuple[str, ...] = ()  # free-text words, lower-cased
    unknown: tuple[str, ...] = ()  # tokens like "since:xyz" that looked like filters but did not parse

    @property
    def is_empty(self) -> bool:
        return not (self.jurisdictions or self.topics or self.policy_types or self.statuses or self.text)


class SearchHit(Frozen):
    item: StoredItem
    score: float
