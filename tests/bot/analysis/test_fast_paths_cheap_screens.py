"""Cheap screens and leaner loops give exactly what the plain computation gives: the glued-sentence repair,
the in-force date ahead, a text's character n-grams and the summary's multilingual cues."""

from __future__ import annotations

import math
import re
import sys
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.analysis import screens, sentence_split, status_dates, story_similarity, summary_elements
from bot.analysis.normalization import CJK_RE, is_cjk
from bot.analysis.story_anchors import _NON_WORD

_PIECES = ["visas.", "The", "Wall", "said!", "”", "\"", "U.S.", "gov.uk", "Ab", "entra en vigor el", "1 de marzo de",
           "2027", "1927", "12", "enero", " ", "\n", "中国", "签证。", "Über", "abc?Def", "2026年"]


def _plain_glued(text: str) -> str:
    return sentence_split._GLUED.sub(r"\1 ", text)


def test_unglued_puts_the_space_back_between_glued_sentences() -> None:
    assert sentence_split._unglued("on their student visas.The Wall Street") == "on their student visas. The Wall Street"
    assert sentence_split._unglued("it said.”Then more") == "it said.” Then more"


def test_unglued_leaves_abbreviations_and_domains_alone() -> None:
    for text in ("the U.S.Army said", "see gov.uk for more", "on their student visas. The Wall", "e.g.Ab"):
        assert sentence_split._unglued(text) == _plain_glued(text) == text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_unglued_is_the_plain_substitution(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert sentence_split._unglued(text) == _plain_glued(text)


def _plain_in_force(key: str, today: date) -> str:
    for m in status_dates._IN_FORCE_DATE.finditer(key):
        month = status_dates._month_of(m.group("month"))
        try:
            when = date(int(m.group("year")), month, int(m.group("day"))) if month else None
        except ValueError:
            when = None
        if when is not None and when > today:
            return m.group(0)
    return ""


def test_in_force_date_ahead_needs_a_year() -> None:
    today = date(2026, 1, 15)
    assert status_dates.in_force_date_ahead("su entrada en vigor está pautada para el 20 de mayo de 2026", today)
    assert status_dates.in_force_date_ahead("su entrada en vigor está pautada para el 20 de mayo", today) == ""


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_in_force_date_ahead_is_the_plain_scan(pieces: list[str]) -> None:
    key = " ".join(pieces)
    assert status_dates.in_force_date_ahead(key, date(2026, 1, 15)) == _plain_in_force(key, date(2026, 1, 15))


def _plain_grams(text: str) -> frozenset[str]:
    squashed = " ".join(_NON_WORD.sub(" ", text.lower()).split())
    grams = {squashed[i : i + n] for n in (3, 4, 5) for i in range(len(squashed) - n + 1)}
    if CJK_RE.search(squashed):
        grams.update(squashed[i : i + 2] for i in range(len(squashed) - 1)
                     if is_cjk(squashed[i]) and is_cjk(squashed[i + 1]))
    return frozenset(grams)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_grams_are_the_plain_ones(pieces: list[str]) -> None:
    text = " ".join(pieces)
    assert story_similarity._grams.__wrapped__(text) == _plain_grams(text)


def test_grams_are_interned_and_hold_cjk_pairs() -> None:
    grams = story_similarity._grams.__wrapped__("美国 签证 新规 visa fee")
    assert "签证" in grams and "visa" in grams and "vi" not in grams
    assert all(sys.intern(g) is g for g in grams)
    assert story_similarity._grams.__wrapped__("ab") == frozenset()


def test_future_in_force_is_screened_and_reads_as_the_plain_pattern() -> None:
    from bot.analysis import status_grammar
    from bot.analysis.screens import Screened

    assert isinstance(status_grammar.EN_FUTURE_IN_FORCE, Screened) and status_grammar.EN_FUTURE_IN_FORCE.needles
    plain = re.compile(status_grammar.EN_FUTURE_IN_FORCE.pattern, re.I)
    for key in ("The rules will take effect on 1 May.", "THE LAW IS SET TO COME INTO FORCE IN JUNE",
                "It will apply to new applications.", "The minister said the visa rules were tightened.",
                "The rules wİll take effect.", "Universities will apply to the ministry for quotas."):
        assert bool(status_grammar.EN_FUTURE_IN_FORCE.search(key)) == bool(plain.search(key))
    assert status_grammar.EN_FUTURE_IN_FORCE.search("The minister said the visa rules were tightened.") is None


def test_position_prior_is_the_formula_cached_or_not() -> None:
    from bot.analysis import summary_sentences as ss

    for i in (0, 1, 3, 40):
        expected = ss.POSITION_FLOOR + (1.0 - ss.POSITION_FLOOR) * math.exp(-i / ss.POSITION_SCALE)
        assert ss.position_prior(i) == ss.position_prior.__wrapped__(i) == expected
    assert ss.position_prior(0) > ss.position_prior(1) > ss.position_prior(40) > ss.POSITION_FLOOR


# ---------------------------------------------------------------- a long alternation tried only at words opening a match

_ML_PIECES = ["Aprobado", "aprobó", "firmó", " ", "\n", "\u00a0", "entra en vigor", "ENTRA EN\nVIGOR", "tritt am 1. Mai in Kraft",
              "Tritt", "al menos", "AL MENOS", "alles", "à condition", "À CONDITION", "muszą", "MUSZĄ", "cinco anos",
              "dwa lata", "Dwie", "the", "in deroga", "Indeed", "ın", "İn", "\u212araft", "ſeis", "xdue", "due anni", ".",
              "-", "obbligo", "OBBLIGO", "Van kracht", "élu", "Zwölf Monate", "ZWÖLF MONATE", "ref1x2", "przyjęła"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_ML_PIECES), max_size=14))
def test_multilingual_cues_tried_at_their_openings_find_what_finditer_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    heads = summary_elements._ML_CUE_HEADS
    assert heads is not None
    plain = [(m.span(), m.lastgroup) for m in summary_elements._ML_CUES.finditer(text)]
    assert [(m.span(), m.lastgroup) for m in screens.finditer_at_heads(summary_elements._ML_CUES, text, heads)] == plain


def test_multilingual_cues_at_openings_on_examples() -> None:
    heads = summary_elements._ML_CUE_HEADS
    assert heads is not None and "apr" in heads and "à" in heads
    found = screens.finditer_at_heads(summary_elements._ML_CUES, "La ley fue APROBADA y entra en vigor.", heads)
    assert [m.group() for m in found] == ["APROBADA", "entra en vigor"]
    assert list(screens.finditer_at_heads(summary_elements._ML_CUES, "The rule was approved in May.", heads)) == []


def test_word_heads_stop_at_a_class_or_a_repeat() -> None:
    assert screens.word_heads(re.compile(r"\b(?:ab\s+c|de)f", re.I)) == {"ab", "def"}  # not "abf"
    assert screens.word_heads(re.compile(r"\b(?:visa|vi)\b", re.I), size=3) == {"vis", "vi"}


def test_word_heads_none_where_a_look_up_could_miss_a_match() -> None:
    assert screens.word_heads(re.compile(r"\bvisa")) is None  # case-sensitive: read as it stands
    assert screens.word_heads(re.compile(r"\b(?:Visa|pass)", re.I)) is None  # an upper-case letter
    assert screens.word_heads(re.compile(r"\b(?:σκ|visa)", re.I)) is None  # σ is also ς and Σ under re.I
    assert screens.word_heads(re.compile(r"\b\w+visa", re.I)) is None  # any word can open it
