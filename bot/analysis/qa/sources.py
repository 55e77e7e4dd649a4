"""The documents a question is answered from (`QADocument`, a Slack mention stripped from the question
by `MENTION`), split into the sentences that are the candidate answers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict

from bot.analysis import lexicon as lx
from bot.analysis.normalization import clean_line
from bot.analysis.page_furniture import clean_article_text
from bot.analysis.sentence_split import split_sentences
from bot.analysis.tokens import tokenize

MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")
# A list of links to other stories run together with a sentence ("…이재명 기자관련 키워드…관련 기사…").
_RELATED = re.compile("|".join(
    re.escape(w.strip()).replace(r"\ ", r"\s*") for w in lx.QA_RELATED_LABELS.split(",") if w.strip()), re.I)
# Who "does not need" something, "is not required to" or "is not subject to" it is exempt from it: such a
# sentence holds the word "exempt" that a question uses ("Which nationalities are exempt?").
_NOT_NEEDED = re.compile(
    r"\b(?:do|does|did|will|would|shall|need)\s*(?:not|n't)\s+(?:need|have\s+to|require)\b"
    r"|\b(?:not|no\s+longer|never)\s+(?:be\s+)?(?:required|needed|subject\s+to|obliged)\b|\bno\s+need\s+(?:for|to)\b",
    re.I,
)
# What is "no longer on the list", "no longer included" was dropped or removed from it.
_NO_LONGER = re.compile(
    r"\bno\s+longer\s+(?:be\s+)?(?:on|in|part\s+of|among|included|listed|covered|eligible|subject\s+to)\b", re.I)
# Constructions and the words they imply, which a question may use instead.
_IMPLIED: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = (
    (_NOT_NEEDED, frozenset(tokenize("exempt"))),
    (_NO_LONGER, frozenset(tokenize("dropped removed excluded"))),
)


# "l'annonce", "d'articles", "dell'Unione": the word is held with its elided article and without it, as a
# question in that language is read (question._analyse).
_ELISION = re.compile(lx.QA_ML_ELISION, re.I)


class QADocument(BaseModel):
    """One source a question can be answered from."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    url: str | None = None
    title: str = ""
    text: str = ""


# ---------------------------------------------------------------- the sources


@dataclass(frozen=True)
class _Sentence:
    doc: QADocument
    text: str
    index: int  # 0 is the title
    terms: frozenset[str]
    tokens: tuple[str, ...]


def _sentences(documents: Sequence[QADocument]) -> list[_Sentence]:
    out: list[_Sentence] = []
    seen: set[str] = set()
    for doc in documents:
        # Page furniture ("To print this article, all you need is to register") is no evidence.
        pieces = [clean_line(doc.title), *split_sentences(clean_article_text(doc.text))]
        for i, text in enumerate(pieces):
            key = text.lower()
            if not text or key in seen or _RELATED.search(text):
                continue  # the same sentence from two outlets is one piece of evidence; links are none
            seen.add(key)
            tokens = tuple(tokenize(text))
            terms = frozenset(tokens).union(*(implied for pattern, implied in _IMPLIED if pattern.search(text)))
            if _ELISION.search(text):
                terms |= frozenset(tokenize(_ELISION.sub(" ", text)))
            out.append(_Sentence(doc, text, i, terms, tokens))
    return out
