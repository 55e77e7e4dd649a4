"""The text of an article as the taggers read it, prepared once: the title and the first sentences as
`Unit`s (tokens, and whether each is the title, the lead or the body), traditional Chinese folded onto
simplified (`fold`), and the taggers' vocabularies (`TAG_MATCHERS`), which read the same sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from bot.analysis import lexicon as lx
from bot.analysis.normalization import clean_line
from bot.analysis.page_furniture import strip_date_line
from bot.analysis.phrase_matching import combined_matchers
from bot.analysis.sentence_split import split_sentences
from bot.analysis.tokens import Token, match_tokens

MAX_SENTENCES = 20  # long pages: the lead decides; the tail is mostly background and boilerplate
LEAD_SENTENCES = 3


@dataclass(frozen=True)
class Unit:
    """A title or a sentence, its tokens, and where it sits (title, lead, body)."""

    text: str
    tokens: tuple[Token, ...]
    position: str  # "title" | "lead" | "body"
    key: str = ""  # the text as matched (traditional Chinese folded onto simplified; offsets as in `text`)

    def __post_init__(self) -> None:
        if not self.key:
            object.__setattr__(self, "key", self.text)

    @property
    def weight(self) -> float:
        return {"title": 2.0, "lead": 1.5}.get(self.position, 1.0)


def fold(text: str) -> str:
    """Traditional Chinese characters as simplified ones (one for one, so offsets hold): the lists are
    written in simplified characters."""
    return text.translate(lx.TRADITIONAL_TO_SIMPLIFIED) if _HAN.search(text) else text


_HAN = re.compile("[\u4e00-\u9fff]")


def folded(entries: Iterable[tuple[str, str, float]]) -> list[tuple[str, str, float]]:
    """Matcher entries with their Chinese folded as the text is (Japanese kanji such as 法務省 too)."""
    return [(label, fold(phrase), weight) for label, phrase, weight in entries]


def prepare(title: str, text: str) -> list[Unit]:
    units: list[Unit] = []
    head = clean_line(title)
    if head:
        key = fold(head)
        units.append(Unit(head, tuple(match_tokens(key)), "title", key))
    lead = 0
    seen = {head.casefold()}
    # A gatherer's date line is the page's date, not one the rule applies from (nor a sentence of the lead).
    for sentence in split_sentences(strip_date_line(text), MAX_SENTENCES):
        if sentence.casefold() in seen:
            continue  # the headline repeated by the page (above the story, in a share bar) is one headline
        seen.add(sentence.casefold())
        key = fold(sentence)
        # The lead is the first sentences that say something: a byline, "Share - WeChat", "Skip to
        # Content" or a date line before them is page furniture, not the lead.
        substantive = _is_substantive(sentence)
        position = "lead" if substantive and lead < LEAD_SENTENCES else "body"
        lead += substantive
        units.append(Unit(sentence, tuple(match_tokens(key)), position, key))
    return units


LEAD_MIN_WORDS = 6
LEAD_MIN_CJK = 12


def _is_substantive(sentence: str) -> bool:
    if len(_HAN.findall(sentence)) >= LEAD_MIN_CJK:
        return True
    return len(sentence.split()) >= LEAD_MIN_WORDS


# ---------------------------------------------------------------- vocabularies

# The tagger's vocabularies, scanned once per sentence.
NAMED_PROGRAMME_WEIGHT = 2.5
TAG_MATCHERS = combined_matchers({
    "topic": folded([(t, p, w) for t, cues in lx.TOPIC_TERMS.items() for p, w in cues]),
    "type": folded([(t, p, w) for types in (lx.POLICY_TYPE_CUES, lx.POLICY_TYPE_CUES_EXTRA)
                    for t, cues in types.items() for p, w in cues]
                   # A scheme named is a type named: "the Brain Pool programme", "a Top Talent Pass".
                   + [(t, p, NAMED_PROGRAMME_WEIGHT) for _, t, p in lx.NAMED_PROGRAMMES]),
    "exit": folded([("control", p, 1.0) for p in lx.EXIT_CONTROL_CUES] + [("outbound", p, 1.0) for p in lx.OUTBOUND_CUES]),
    "status": folded([(s, p, w) for cues_by in (lx.STATUS_CUES, lx.STATUS_CUES_EXTRA)
                      for s, cues in cues_by.items() for p, w in cues]),
})


class Tally:
    """Scores per label, and the strongest piece of evidence behind each (what a tagger shows)."""

    def __init__(self) -> None:
        self.scores: dict[str, float] = {}
        self.best: dict[str, tuple[float, str]] = {}

    def add(self, label: str, weight: float, text: str) -> None:
        self.scores[label] = self.scores.get(label, 0.0) + weight
        if weight > self.best.get(label, (0.0, ""))[0]:
            self.best[label] = (weight, text)
