"""How much of a question a sentence holds, and the prior of a sentence by its place (`bot.analysis.qa.matching`)."""

from __future__ import annotations

from bot.analysis.qa import QADocument
from bot.analysis.qa.matching import _fragment, _fragment_subject, _position
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


def test_a_bare_figure_is_about_its_label_and_a_heading_about_what_it_introduces() -> None:
    doc = QADocument(id="f", title="Country F lists its permit fees",
                     text=("Fees rose for every permit this spring.\n\nStudent permit, first issue\n\n"
                           "F$ 210 per application\n\nStage two, August 2028:\n\nArt.4: Online renewal for all permits."))
    sentences = _sentences([doc])
    by_text = {s.text: i for i, s in enumerate(sentences)}
    value, heading = by_text["F$ 210 per application"], by_text["Stage two, August 2028:"]
    assert _fragment_subject(sentences, value) == sentences[value - 1].terms  # the label before it
    assert _fragment_subject(sentences, heading) == sentences[heading + 1].terms  # what the heading introduces
    whole = by_text["Fees rose for every permit this spring."]
    assert not _fragment(sentences[whole]) and not _fragment_subject(sentences, whole)
    assert not _fragment(sentences[0])  # a title is read as a title, however short


def test_a_fragment_whose_own_label_repeats_an_earlier_line_borrows_no_other_rows_label() -> None:
    # The second table's "Work permit" repeats the first's and is read once: "D$ 250" has no line of its own
    # left before it, and the line the list puts there ("D$ 150 per application") is another row's.
    text = ("Fees for 2025.\nWork permit\nD$ 100 per application\nStudent permit\nD$ 150 per application\n"
            "Fees for 2026.\nWork permit\nD$ 250\n")
    sentences = _sentences([QADocument(id="a", title="Permit fees", text=text)])
    value = next(i for i, s in enumerate(sentences) if s.text.startswith("D$ 250"))
    assert _fragment(sentences[value])
    assert _fragment_subject(sentences, value) == frozenset()
