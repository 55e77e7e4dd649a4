"""The near-duplicate n-grams of cached texts share their strings (memory), with the same overlap."""

from bot.analysis.story_similarity import _grams, text_overlap


def test_grams_of_two_texts_share_one_copy_of_each_common_gram() -> None:
    a = _grams("Ministry raises visa fees for foreign researchers")
    b = _grams("The ministry raises visa fees for students")
    common = a & b
    assert common
    by_value = {g: g for g in a}
    assert all(by_value[g] is g for g in b if g in by_value)


def test_overlap_is_the_cosine_of_the_gram_sets() -> None:
    a, b = "visa fees rise", "visa fees rise"
    assert text_overlap(a, b) == 1.0
    assert text_overlap("visa fees rise", "quantum chips") < 0.1
