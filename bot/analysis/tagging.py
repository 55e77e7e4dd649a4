"""Tags of an article: the jurisdiction that makes the rule, topics, policy type and status.

The jurisdiction (`jurisdiction`), the policy type (`policy_type`) and the status (`status`, with
`effective_dates`) are read by their own modules from the text prepared once (`prepared_text`); this one
finds the topics and puts the tags together.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from pydantic import BaseModel, ConfigDict

from bot.analysis import lexicon as lx
from bot.analysis.jurisdiction import find_jurisdictions
from bot.analysis.language_detection import detect_language
from bot.analysis.policy_type import find_policy_type
from bot.analysis.policy_type_fallback import guess_policy_type
from bot.analysis.policy_type_names import as_the_government_names_it
from bot.analysis.prepared_text import TAG_MATCHERS, Unit, prepare
from bot.analysis.status import find_status
from bot.models import Evidence, PolicyType, Status, Topic


class Tags(BaseModel):
    """What `tag` found, with the phrases that made it decide."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    jurisdictions: tuple[str, ...] = ()
    topics: tuple[Topic, ...] = ()
    policy_type: PolicyType = "other"
    status: Status = "unknown"
    evidence: tuple[Evidence, ...] = ()


# ---------------------------------------------------------------- topics

_TOPIC_MATCHER = TAG_MATCHERS["topic"]


def _topics(units: Sequence[Unit]) -> tuple[tuple[Topic, ...], list[Evidence]]:
    scores: dict[str, float] = {}
    counts: dict[tuple[str, str], int] = {}
    first: dict[str, str] = {}
    explicit_stem = False
    for unit in units:
        for m in _TOPIC_MATCHER.find(unit.key, unit.tokens):
            key = (m.label, m.phrase)
            counts[key] = counts.get(key, 0) + 1
            if counts[key] > 3:
                continue  # one word repeated is one piece of evidence, not ten
            scores[m.label] = scores.get(m.label, 0.0) + m.weight * unit.weight
            first.setdefault(m.label, unit.text[m.start : m.end])
            explicit_stem = explicit_stem or m.phrase == "STEM"
    specific = {t: s for t, s in scores.items() if t in lx.SPECIFIC_TOPICS}
    chosen: list[Topic] = []
    if specific:
        top = max(specific.values())
        chosen = [t for t in lx.SPECIFIC_TOPICS if specific.get(t, 0.0) >= max(1.0, 0.34 * top)]
    if explicit_stem or (not chosen and scores.get("stem", 0.0) >= 1.0):
        chosen.append("stem")
    return tuple(chosen), [Evidence(field="topics", text=first[t]) for t in chosen]


# ---------------------------------------------------------------- all together


def tag(title: str, text: str, *, language: str = "en", published: datetime | None = None) -> Tags:
    """Jurisdictions (actors), topics, policy type and status of one article."""
    if language.lower().startswith("en") or not language:
        language = detect_language(f"{title}\n{text}", default=language or "en")
    units = prepare(title, text)
    # The policy type first: it tells whether a country people move *to* is the rule-maker.
    policy_type, p_ev = find_policy_type(units, language)
    jurisdictions, j_ev = find_jurisdictions(units, language, policy_type)
    policy_type = as_the_government_names_it(policy_type, jurisdictions, units)
    topics, t_ev = _topics(units)
    status, s_ev = find_status(units, published, language, policy=policy_type != "other" or bool(jurisdictions))
    return Tags(
        jurisdictions=jurisdictions,
        topics=topics,
        policy_type=policy_type,
        status=status,
        evidence=tuple(j_ev + t_ev + p_ev + s_ev),
    )


def with_guessed_type(tags: Tags, title: str, text: str, language: str = "en") -> Tags:
    """A relevant item's tags with the type the headline and lead's meaning names where the rules found no
    type cue (`other` is rarely right for a policy item; `policy_type_fallback`), and the jurisdictions read
    again for that type (for a rule on coming in, the country people move to makes it), kept when that
    reading finds none."""
    guess = guess_policy_type(title, text) if tags.policy_type == "other" else None
    if guess is None:
        return tags
    units = prepare(title, text)
    jurisdictions, j_ev = find_jurisdictions(units, language, guess[0])
    reread = bool(jurisdictions) and jurisdictions != tags.jurisdictions
    if not reread:
        jurisdictions, j_ev = tags.jurisdictions, []
    kept = [e for e in tags.evidence if e.field != "policy_type" and not (reread and e.field == "jurisdictions")]
    return tags.model_copy(update={
        "jurisdictions": jurisdictions,
        "policy_type": as_the_government_names_it(guess[0], jurisdictions, units),
        "evidence": (*kept, *guess[1], *j_ev),
    })
