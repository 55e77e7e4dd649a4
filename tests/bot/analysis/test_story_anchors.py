"""Story anchors: what names the action, across the ways languages write it."""

from __future__ import annotations

from bot.analysis.story_anchors import amounts


def test_cjk_amounts_follow_a_word_and_count_in_myriads() -> None:
    # A figure written straight after a word, as Chinese, Japanese and Korean do, and counted in myriads.
    assert amounts("申请费为10万美元") == ["#100000"]
    assert amounts("수수료는 10만 달러") == ["#100000"]
    assert amounts("予算は1億円") == ["#100000000"]
    assert amounts("比例达到50%") == ["#50%"]
    assert amounts("自2026年起", written=True) == []  # a year stays a year


def test_latin_amounts_still_need_a_boundary() -> None:
    assert amounts("H-1B and 5G") == []
    assert amounts("abc100,000") == []


def test_a_laws_articles_and_amendments_are_named_after_the_law() -> None:
    from bot.analysis.story_anchors import quoted

    assert quoted("審查「海外科技人才引進條例第十二條及第十四條條文」") == ["quote:海外科技人才引進條例"]
    assert quoted("「海外科技人才引進條例增訂第二十一條之一條文」") == ["quote:海外科技人才引進條例"]
    assert quoted("《海外科技人才引进条例》修正草案") == ["quote:海外科技人才引进条例"]
    assert quoted("「第十二條」") == ["quote:第十二條"]  # too short to be a law's article: left alone
