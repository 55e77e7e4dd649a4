"""Bounds on what a source's body gives: titles and texts cut on a word, a text's lines kept."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.models import RawItem
from bot.sources.parse import MAX_TEXT_CHARS, bounded, clip, clip_lines


def test_a_long_text_is_cut_with_its_lines_after_the_words_it_kept_on_one_line() -> None:
    text = "\n\n".join(f"Paragraph {n} says the fee rises." for n in range(40))
    cut = clip_lines(text, 300)
    assert cut.startswith("Paragraph 0 says the fee rises.\n\nParagraph 1 says") and cut.endswith("…")
    assert "\n\n" in cut
    assert " ".join(cut.split()) == clip(" ".join(text.split()), 300)  # the words the one-line text kept
    assert clip_lines("Short.\n\nText.", 300) == "Short.\n\nText."
    # Longer than the limit only by its paragraph breaks: nothing is cut.
    assert clip_lines("a\n\n" * 140 + "a", 300) == "a\n\n" * 140 + "a"


def test_bounded_keeps_a_long_items_lines() -> None:
    text = "\n\n".join(["The agency raised the fee for skilled workers."] * 1000)
    item = RawItem(source_id="s", guid="g", url=None, canonical_url=None, title="T", text=text, published=None, outlet="O")
    cut = bounded(item).text
    assert len(" ".join(cut.split())) <= MAX_TEXT_CHARS and "\n\n" in cut
    assert " ".join(cut.split()) == clip(" ".join(text.split()), MAX_TEXT_CHARS)


_WORDS = st.lists(
    st.tuples(st.sampled_from(["a", "fee", "rises", "x" * 150]), st.sampled_from([" ", "\n", "\n\n", " \n  "])),
    max_size=200,
)


@given(_WORDS, st.integers(min_value=1, max_value=900))
@settings(max_examples=300, deadline=None)
def test_on_one_line_a_cut_text_is_the_one_line_texts_cut(words: list[tuple[str, str]], limit: int) -> None:
    text = "".join(word + gap for word, gap in words).strip()
    assert " ".join(clip_lines(text, limit).split()) == clip(" ".join(text.split()), limit)
