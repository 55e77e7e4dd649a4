"""Scoring of a replay: what reached the Slack channel, held against the gold labels. Pure functions over
plain data, so the definitions can be tested without running the bot.

An article's gold story is `gold.story` when it is relevant, and None when it is a negative ("noise";
a negative's own `story`, if any, is ignored). Definitions (every count is over what was posted):

* `alerts`: top-level alert messages. A flood digest would be one message holding several alerts; every
  other figure below counts each alert id on its own (with the replay's flood limit there are none).
* an alert's articles: every article of the story (cluster) it was posted for, including those that
  joined later and came as updates. Its first article: the item it was queued for (the story's lead).
* `mixed_alerts`: alerts whose articles belong to 2+ gold stories.
* `noise_alerts`: alerts whose articles are all negatives.
* `extra_alerts`: over gold stories, the alerts whose first article belongs to that story, minus one.
* `missed_stories`: gold stories none of whose articles is in any alert or update.
* `updates`: threaded update notes; `wrong_updates`: notes carrying an article that is a negative or
  belongs to another gold story than the alert's first article (a note on a noise alert is wrong).
* `when_expected`: alerts whose first article states a date in its title or text (`DATE` below);
  `when_present`: those of them whose rendered alert has its "When" field filled.
* `cut_off`: alerts whose rendered "What changed" field ends with "…".
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from bot.slack.plaintext import mrkdwn_to_text

_EN_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_FR_MONTH = (
    r"(?i:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)"
)
_ORD = r"(?:st|nd|rd|th)?"
# A date stated in an article, in the forms the set's pages use. English month names must be capitalised
# ("may" the verb is not a month), French ones may not be:
#   2026-05-12, 2026/5/12                     ISO and slashed year-first dates
#   12 May 2026, 1 October, 3rd of March      day month [year]
#   May 12, 2026, Sept. 3                      month day [, year]
#   May 2026                                   month year
#   1er janvier 2026, 12 mai, mars 2026        the same in French
#   2026年5月12日, 2026年5月, 5月12日            Chinese
DATE = re.compile(
    r"\b\d{4}[-/]\d{1,2}[-/]\d{1,2}\b"
    rf"|\b\d{{1,2}}{_ORD}\s+(?:of\s+)?{_EN_MONTH}(?![a-z])(?:,?\s+\d{{4}}\b)?"
    rf"|\b{_EN_MONTH}\s+\d{{1,2}}{_ORD}\b(?:,?\s+\d{{4}}\b)?"
    rf"|\b{_EN_MONTH}\s+\d{{4}}\b"
    rf"|\b\d{{1,2}}(?:er)?\s+{_FR_MONTH}\b(?:\s+\d{{4}}\b)?"
    rf"|\b{_FR_MONTH}\s+\d{{4}}\b"
    r"|\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?"
    r"|\d{1,2}\s*月\s*\d{1,2}\s*日"
)


def states_date(text: str) -> str | None:
    """The first date the text states (see DATE), or None."""
    found = DATE.search(text)
    return found.group(0) if found else None


def gold_story(article: Mapping[str, Any]) -> str | None:
    gold = article.get("gold") or {}
    return str(gold["story"]) if gold.get("relevant") and gold.get("story") else None


_LABELS = ("What changed", "Who is affected", "When")
_LABELLED_LINE = re.compile(rf"^\s*({'|'.join(_LABELS)})\s*[:：]\s*(\S.*)$")


def alert_fields(blocks: Sequence[Mapping[str, Any]]) -> dict[str, str]:
    """The labelled parts of a rendered alert ("What changed", "Who is affected", "When") as plain text:
    section fields ("*When*\\n2026-06-01"), or lines of a section or context ("When: 2026-06-01")."""
    out: dict[str, str] = {}
    for block in blocks:
        texts: list[str] = []
        if block.get("type") == "section":
            for f in block.get("fields") or ():
                label, _, value = str(f.get("text", "")).partition("\n")
                out.setdefault(mrkdwn_to_text(label).strip(), mrkdwn_to_text(value).strip())
            texts.append(str((block.get("text") or {}).get("text", "")))
        elif block.get("type") == "context":
            texts += [str(e.get("text", "")) for e in block.get("elements") or ()]
        for text in texts:
            for line in mrkdwn_to_text(text).splitlines():
                found = _LABELLED_LINE.match(line)
                if found:
                    out.setdefault(found.group(1), found.group(2).strip())
    return out


@dataclass
class AlertSeen:
    """One alert id as posted (a digest message holds several)."""

    alert_id: int
    ts: str
    first: str | None  # the article of the item it was queued for
    articles: list[str]  # every article of its story, including later updates, in arrival order
    fields: dict[str, str] = field(default_factory=dict)
    digest: bool = False


@dataclass
class UpdateSeen:
    """One threaded update note."""

    ts: str
    alert_id: int
    articles: list[str]  # the new articles it reports


@dataclass
class Scored:
    result: dict[str, Any]
    extra: dict[str, list[AlertSeen]]  # story -> its alerts, for stories alerted more than once
    mixed: list[tuple[AlertSeen, list[str]]]  # alert, its gold stories
    missed: list[str]  # gold stories
    noise: list[AlertSeen]
    wrong: list[tuple[UpdateSeen, str | None]]  # note, the story of the alert it was attached to
    cut: list[AlertSeen]
    when_missing: list[tuple[AlertSeen, str]]  # alert, the date its first article states


def score(
    articles: Iterable[Mapping[str, Any]], alerts: Sequence[AlertSeen], updates: Sequence[UpdateSeen]
) -> Scored:
    by_id = {str(a["id"]): a for a in articles}
    story_of = {aid: gold_story(a) for aid, a in by_id.items()}
    policy_stories = {s for s in story_of.values() if s is not None}

    covered: set[str] = set()
    first_story: dict[str, list[AlertSeen]] = defaultdict(list)
    mixed: list[tuple[AlertSeen, list[str]]] = []
    noise: list[AlertSeen] = []
    cut: list[AlertSeen] = []
    when_missing: list[tuple[AlertSeen, str]] = []
    when_expected = when_present = 0
    for alert in alerts:
        stories = sorted({s for a in alert.articles if (s := story_of.get(a)) is not None})
        covered.update(stories)
        if len(stories) >= 2:
            mixed.append((alert, stories))
        if not stories:
            noise.append(alert)
        lead = story_of.get(alert.first) if alert.first else None
        if lead is not None:
            first_story[lead].append(alert)
        if alert.digest or alert.first is None:
            continue
        article = by_id.get(alert.first, {})
        stated = states_date(f"{article.get('title') or ''}\n{article.get('text') or ''}")
        if stated:
            when_expected += 1
            if alert.fields.get("When"):
                when_present += 1
            else:
                when_missing.append((alert, stated))
        if alert.fields.get("What changed", "").endswith("…"):
            cut.append(alert)

    alert_story = {a.alert_id: story_of.get(a.first) if a.first else None for a in alerts}
    wrong: list[tuple[UpdateSeen, str | None]] = []
    for note in updates:
        covered.update(s for a in note.articles if (s := story_of.get(a)) is not None)
        home = alert_story.get(note.alert_id)
        if any(story_of.get(a) is None or story_of.get(a) != home for a in note.articles):
            wrong.append((note, home))

    extra = {s: found for s, found in sorted(first_story.items()) if len(found) > 1}
    missed = sorted(policy_stories - covered)
    relevant = [aid for aid, s in story_of.items() if s is not None]
    in_alerts = {a for alert in alerts for a in alert.articles}
    result: dict[str, Any] = {
        "policy_stories": len(policy_stories),
        "alerts": len({a.ts for a in alerts}),
        "extra_alerts": sum(len(found) - 1 for found in extra.values()),
        "mixed_alerts": len(mixed),
        "missed_stories": len(missed),
        "noise_alerts": len(noise),
        "updates": len(updates),
        "wrong_updates": len(wrong),
        "when_present": when_present,
        "cut_off": len(cut),
        "when_expected": when_expected,
        "stories_alerted": len(first_story),
        "stories_covered": len(policy_stories & covered),
        "split_stories": len(extra),
        "digests": len({a.ts for a in alerts if a.digest}),
        "articles": len(by_id),
        "relevant_articles": len(relevant),
        "relevant_in_alerts": sum(1 for a in relevant if a in in_alerts),
        "negatives_in_alerts": sum(1 for a in in_alerts if a in story_of and story_of[a] is None),
    }
    return Scored(result, extra, mixed, missed, noise, wrong, cut, when_missing)
