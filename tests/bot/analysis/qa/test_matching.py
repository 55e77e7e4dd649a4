"""How much of a question a sentence holds, and the prior of a sentence by its place (`bot.analysis.qa.matching`)."""

from __future__ import annotations

from bot.analysis.qa import QADocument
from bot.analysis.qa.matching import _position
from bot.analysis.qa.sources import _sentences


def test_another_outlets_sentence_must_be_clearly_better_than_the_asked_articles() -> None:
    # The reader asks about the alert's article: another outlet's version of a sentence counts at most three
    # quarters of it, so it wins only when it answers clearly better.
    asked = QADocument(id="a", title="Country K ends a programme", text="The programme ended on Tuesday.")
    other = QADocument(id="b", title="Programme over in Country K", text="The programme ended on Tuesday, officials said.")
    sentences = _sentences([asked, other])
    own = next(s for s in sentences if s.doc is asked and s.index == 1)
    theirs = next(s for s in sentences if s.doc is other and s.index == 1)
    assert _position(theirs, asked) <= 0.75 * _position(own, asked)
