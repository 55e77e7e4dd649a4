"""The entry points: `answer_question` (extractive, in the question's language or across languages),
`retrieve` (the passages an LLM may answer from) and `answer_with_llm` (the extractive answer rephrased by
the optional LLM from those passages).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

from bot.analysis.language_detection import detect_language
from bot.analysis.llm import LLMClient
from bot.analysis.normalization import clean_line
from bot.analysis.qa.across import _LATIN, XL_KINDS, _answer_across, _document_language, _foreign
from bot.analysis.qa.question import _analyse, _Question
from bot.analysis.qa.quotes import _answer_same_language, _excerpt
from bot.analysis.qa.ranking import _rank
from bot.analysis.qa.sources import MENTION, QADocument, _Sentence
from bot.models import Answer, Citation

log = logging.getLogger(__name__)

PASSAGES = 6  # passages retrieved for an LLM to answer from


def answer_question(question: str, documents: Sequence[QADocument]) -> Answer:
    """Quote the sentence(s) of `documents` that answer `question`, or say the sources don't say."""
    shown = clean_line(MENTION.sub(" ", question))
    if shown and documents:
        languages = [_document_language(d.title, d.text) for d in documents]
        if _foreign(shown, languages[0]):
            q = _analyse(shown)
            if _own_language(shown, languages[0], q):
                # Its refusal of a date or a figure stands: the across path would give any sentence holding
                # one (on dev it gave more wrong answers to unanswerable questions than right ones).
                same = _answer_same_language(shown, documents)
                if same.answered or q.kind in XL_KINDS:
                    return same
            return _answer_across(shown, documents, languages)
    return _answer_same_language(shown, documents)


def _own_language(question: str, language: str, q: _Question | None = None) -> bool:
    """A question in Latin script too short for a language guess but read by another language's question
    words ("¿Cuándo ...?", "Qui a ...?") about an article not in English: most likely asked in the article's
    own language. (In other scripts the across-language readers know more of a date's forms: "مطلع مارس".)"""
    letters = re.findall(r"[^\W\d_]", question)
    latin = sum(1 for ch in letters if _LATIN.match(ch))
    return (not language.startswith("en") and 2 * latin > len(letters) and not detect_language(question, default="")
            and (q if q is not None else _analyse(question)).other_language)


def retrieve(question: str, documents: Sequence[QADocument], limit: int = PASSAGES) -> list[Citation]:
    """The passages most likely to answer `question` (candidate answers first, then by BM25), quoted and
    cited: what an LLM may answer from. Empty when the sources cannot hold an answer at all, or when the
    extractive path would refuse for low confidence (the rules' and the learned gate's, `ranking._weigh`):
    the LLM is given what the quote would be given, no more."""
    ranked = _rank(question, documents)
    if ranked is None:
        return []
    out: list[_Sentence] = []
    for _, s in [*ranked.scored, *ranked.lexical]:
        if s not in out:
            out.append(s)
        if len(out) == limit:
            break
    return [Citation(id=s.doc.id, url=s.doc.url, quote=_excerpt(s.text, ranked.question)) for s in out]


async def answer_with_llm(question: str, documents: Sequence[QADocument], llm: LLMClient | None) -> Answer:
    """The answer of `policybot ask` and of thread replies: extractive, then, when an LLM is configured,
    rephrased by it from the retrieved passages only (the extractive answer's quotes first), citing them
    by number; our citations are kept. A question the sources cannot answer is never sent, and any
    failure (network, timeout, invalid output, a figure the passages lack, a bug) keeps the extractive
    answer."""
    extractive = answer_question(question, documents)
    if llm is None or not llm.settings.enabled or not extractive.answered:
        return extractive
    passages = list(extractive.citations)
    seen = {(c.id, c.quote) for c in passages}
    for c in retrieve(question, documents):
        if (c.id, c.quote) not in seen:
            seen.add((c.id, c.quote))
            passages.append(c)
    try:
        return await llm.answer(clean_line(MENTION.sub(" ", question)), extractive, passages=passages[:PASSAGES])
    except Exception:  # the LLM is optional: whatever goes wrong, the extractive answer stands
        log.warning("LLM answer failed, keeping the extractive one", exc_info=True)
        return extractive
