"""Every fast path of the analysis gives exactly what the plain computation it replaced gives: screens in
front of slow patterns, substitutions made only where they change something, a long text split by its
prefix. Checked on the real labelled set's texts, cut and joined at random, and on generated text."""

from __future__ import annotations

import json
import random
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.analysis import (
    affected_groups,
    dates,
    effective_dates,
    jurisdiction,
    language_detection,
    page_furniture,
    policy_type,
    relevance,
    sentence_split,
    summary_effective_date,
    summary_elements,
    summary_sentences,
)
from bot.analysis.language_detection import detect_language
from bot.analysis.normalization import LETTER_RE, WORD_CHARS, clean_line, collapse_spaces, normalize
from bot.analysis.phrase_matching import PhraseMatch, PhraseMatcher, _exact_matches, combined_matchers
from bot.analysis.screens import (
    Screened,
    finditer_at_word_starts,
    finditer_before_digits,
    folded,
    folded_twin,
    found_folded,
    holds_any,
    holds_digit,
    required_literals,
)
from bot.analysis.sentence_split import _split_sentences, split_sentences
from bot.analysis.tokens import match_tokens

ROOT = Path(__file__).resolve().parents[3]
REAL = [ROOT / "bench" / "data" / "real" / f"{split}.jsonl" for split in ("dev", "heldout")]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [json.loads(line)["text"] for path in REAL for line in path.read_text(encoding="utf-8").splitlines()]


# Characters that make the edge cases: the four re.I folds onto ASCII, digits of other scripts, spaces.
_TRICKY = st.lists(
    st.sampled_from([*"aAmMyYjJnNsS -\n\t.,1٣", "\u0130", "\u0131", "\u017f", "\u212a", "\u00a0", "May", "mar",
                     "June", "5 ", "2026-01-02", "1月2日"]),
    max_size=20,
).map("".join)


class TestScreens:
    def test_the_folds_re_i_makes_onto_ascii_are_not_screened(self) -> None:
        for ch in "\u0130\u0131\u017f\u212a":
            assert folded(f"visa {ch}") is None
        assert folded("Visa RULES") == "visa rules"
        assert folded("Visa rules – “today”") == "visa rules – “today”"

    @given(_TRICKY)
    @settings(max_examples=500, deadline=None)
    def test_a_screen_never_hides_a_match(self, text: str) -> None:
        pattern = re.compile(r"\b(?:may|jun|s)", re.I)
        if pattern.search(text):
            assert holds_any(text, ("may", "jun", "s"))
        assert holds_digit(text) == bool(re.search(r"\d", text))

    @given(_TRICKY)
    @settings(max_examples=500, deadline=None)
    def test_date_screens_pass_every_text_a_pattern_matches(self, text: str) -> None:
        for pattern, screen in zip(dates._DATE_PATTERNS, dates._SCREENS, strict=True):
            if pattern.search(text):
                assert screen(text)

    def test_date_screens_on_real_texts(self, texts: list[str]) -> None:
        for text in texts:
            for pattern, screen in zip(dates._DATE_PATTERNS, dates._SCREENS, strict=True):
                if pattern.search(text):
                    assert screen(text)


class TestSubstitutions:
    @given(st.text(alphabet=st.sampled_from(list("ab \t\n\r\u00a0\u2009\u200b\x0b\x85")), max_size=30))
    @settings(max_examples=500, deadline=None)
    def test_collapse_spaces_and_clean_line_as_plain_substitutions(self, text: str) -> None:
        assert collapse_spaces(text) == re.sub(r"[^\S\n]+", " ", text)
        plain = re.sub(r"\n{3,}", "\n\n", re.sub(r" *\n *", "\n", re.sub(
            r"[^\S\n]+", " ", re.sub("[\u200b\u200c\u200d\u2060\ufeff\u00ad]", "", unicodedata.normalize(
                "NFKC", text)).replace("\r\n", "\n").replace("\r", "\n")))).strip()
        assert normalize(text) == plain
        assert clean_line(text) == re.sub(r"\s+", " ", plain).strip()


class TestSplitByPrefix:
    def test_a_long_text_splits_as_its_whole(self, texts: list[str]) -> None:
        rng = random.Random(20261206)
        for _ in range(300):
            text = rng.choice(["\n\n", "\n", " "]).join(rng.sample(texts, 6))
            if rng.random() < 0.5:
                text = " ".join(text.split())  # a feed's flat text: no paragraph break to cut at
            for limit in (1, 3, 5, 6, 7, 15, 16, 20, 30):
                assert split_sentences(text, limit) == list(_split_sentences(text))[:limit]


def _plain_detect(text: str, default: str = "en") -> str:
    """detect_language as it was: every letter of the sample counted first."""
    text = text[: language_detection.LANGUAGE_SAMPLE_CHARS]
    letters = len(LETTER_RE.findall(text))
    if letters == 0:
        return default
    han, kana, hangul = (len(p.findall(text)) for p in (language_detection._HAN_RE, language_detection._KANA_RE,
                                                         language_detection._HANGUL_RE))
    if (han + kana + hangul) / letters >= 0.3:
        if kana > 0.05 * (han + kana):
            return "ja"
        return "ko" if hangul > han else "zh"
    if letters < language_detection.LANGUAGE_MIN_LETTERS:
        return default
    return language_detection._identify(text[: language_detection.LANGUAGE_ID_CHARS], default)


class TestLanguage:
    def test_detect_language_as_it_was(self, texts: list[str]) -> None:
        rng = random.Random(11)
        samples = [*texts, "", "12 34 ・・", "ー" * 5, "Visa rules.", "x" * 19, "x" * 20 + " rules", "Überall 19 Buchstaben"]
        samples += [t[: rng.randrange(1, 60)] for t in texts]
        for text in samples:
            assert detect_language(text, default="xx") == _plain_detect(text, default="xx"), text[:80]


class TestPhraseMatcher:
    LITERALS = ("US", "USA", "AI", "A", "Series A", "SA", "S")

    @given(st.lists(st.sampled_from([*"USAIiersx .-é", "Series", "US"]), max_size=16).map("".join))
    @settings(max_examples=1000, deadline=None)
    def test_exact_literals_as_the_look_behind_regex_finds_them(self, text: str) -> None:
        alternation = "|".join(map(re.escape, sorted(self.LITERALS, key=len, reverse=True)))
        plain = re.compile(rf"(?<![{WORD_CHARS}])(?:{alternation})(?![{WORD_CHARS}])")
        fast = re.compile(rf"(?:{alternation})(?![{WORD_CHARS}])")
        assert _exact_matches(fast, text) == [(m.start(), m.end(), m.group()) for m in plain.finditer(text)]

    def test_matches_on_real_sentences_as_before(self, texts: list[str]) -> None:
        # A token scan over the positions whose term starts a phrase finds what a scan of every position does.
        matcher = PhraseMatcher([("x", "visa", 1.0), ("x", "work permit", 1.0), ("y", "=US", 1.0), ("y", "=AI", 0.5),
                                 ("z", "travel abroad", 0.8), ("z", "国务院", 1.0)])
        for text in texts:
            sentence = normalize(text)
            tokens = match_tokens(sentence)
            terms = [t.term for t in tokens]
            expected = [(m.start(), m.end()) for m in re.finditer(rf"(?<![{WORD_CHARS}])(?:US|AI)(?![{WORD_CHARS}])",
                                                                   sentence)]
            expected += [(tokens[i].start, tokens[i].end) for i, t in enumerate(terms) if t == "visa"]
            expected += [(tokens[i].start, tokens[i + 1].end) for i in range(len(terms) - 1)
                         if terms[i : i + 2] == ["work", "permit"]]
            found = [(m.start, m.end) for m in matcher.find(sentence, tokens) if m.label in ("x", "y")]
            assert sorted(found) == sorted(set(expected))


def _screened_patterns() -> list[tuple[str, Screened]]:
    import importlib
    import pkgutil

    import bot.analysis

    out = []
    for info in pkgutil.walk_packages(bot.analysis.__path__, "bot.analysis."):
        module = importlib.import_module(info.name)
        out += [(f"{info.name}.{name}", value) for name, value in vars(module).items() if isinstance(value, Screened)]
    return out


class TestScreenedPatterns:
    def test_the_analysis_screens_its_slow_patterns(self) -> None:
        patterns = _screened_patterns()
        assert len(patterns) >= 15
        assert all(p.needles for _, p in patterns)  # a screen that screens nothing is only a cost

    def test_a_screened_pattern_finds_what_the_pattern_finds(self, texts: list[str]) -> None:
        sentences = [s for text in texts for s in split_sentences(text)]
        for name, screened_pattern in _screened_patterns():
            plain = re.compile(screened_pattern.pattern, screened_pattern.flags)
            for s in sentences:
                found = screened_pattern.search(s)
                expected = plain.search(s)
                assert (found and found.span()) == (expected and expected.span()), (name, s)

    @given(st.lists(st.sampled_from(["Effective", "MONDAY", "today", " ", "in", "force", "\u017f", "\u212a", "ſtart",
                                     "Start", "ing", "即日起", ",", "from", "1", "is", "Banned"]), max_size=12).map("".join))
    @settings(max_examples=800, deadline=None)
    def test_no_screen_hides_a_match(self, text: str) -> None:
        for name, screened_pattern in _screened_patterns():
            plain = re.compile(screened_pattern.pattern, screened_pattern.flags)
            if plain.search(text):
                assert screened_pattern.may_match(text), (name, text)

    def test_required_literals(self) -> None:
        assert required_literals(re.compile(r"\b(?:take[sn]?\s+effect|in\s+force)\b", re.I)) == frozenset({"effect", "force"})
        assert required_literals(re.compile(r"\bfoo|bar?", re.I)) == frozenset({"foo", "ba"})  # "r?" is optional
        assert required_literals(re.compile(r"(?:AB)+c|x{2,}", re.I)) == frozenset({"ab", "x"})
        assert required_literals(re.compile(r"(?i:Visa) rules")) == frozenset({" rules"})  # a group with its own flags: skipped
        assert required_literals(re.compile(r"abc|[ab]")) is None  # a branch that needs no literal
        assert required_literals(re.compile(r"Visa|签证", re.I)) == frozenset({"visa", "签证"})
        assert required_literals(re.compile(r"Visa|σ", re.I)) is None  # re.I folds σ, ς and Σ together


class TestScansWhereAMatchCanStart:
    @given(st.lists(st.sampled_from(["must", "MUST", "signed", "is", " ", "exempt", "须", "不得", "do not apply", "_",
                                     "x", "1", ",", "-", "except for", "in force", "took effect", "é"]),
                    max_size=14).map("".join))
    @settings(max_examples=1000, deadline=None)
    def test_cues_at_word_starts(self, text: str) -> None:
        pattern = summary_elements._CUES
        assert [(m.span(), m.lastgroup) for m in finditer_at_word_starts(pattern, text)] == [
            (m.span(), m.lastgroup) for m in pattern.finditer(text)]

    @given(st.lists(st.sampled_from(["NT$", "$", "AUD", "Rs.", "US", " ", "2", "100", ",000", ".5", "%", "x", "per cent",
                                     "million", "£", "k", "ABCD", "٣", "-", "."]), max_size=14).map("".join))
    @settings(max_examples=1000, deadline=None)
    def test_figures_before_their_digits(self, text: str) -> None:
        pattern = summary_elements._NUMBER
        reach = summary_elements.NUMBER_PREFIX_CHARS
        assert [m.span() for m in finditer_before_digits(pattern, text, reach)] == [
            m.span() for m in pattern.finditer(text)]

    def test_on_real_texts(self, texts: list[str]) -> None:
        for text in texts:
            assert [m.span() for m in finditer_at_word_starts(summary_elements._CUES, text)] == [
                m.span() for m in summary_elements._CUES.finditer(text)]
            assert [m.span() for m in finditer_before_digits(summary_elements._NUMBER, text, 5)] == [
                m.span() for m in summary_elements._NUMBER.finditer(text)]

    @given(st.lists(st.sampled_from(["move", "Moving", "to", "from", " ", "the", "EU", "abroad", "recruit", "win over",
                                     "x", "-", "é", "1", "scientists", "lure"]), max_size=14).map("".join))
    @settings(max_examples=1000, deadline=None)
    def test_movement_at_word_starts(self, text: str) -> None:
        pattern = relevance._MOVE_TO
        assert [m.span() for m in finditer_at_word_starts(pattern, text)] == [m.span() for m in pattern.finditer(text)]

    @given(st.lists(st.sampled_from(["programme", "Schemes", "fund", "m", "bn", "10", "2.5", " ", "million", "crore", "x",
                                     "-", "é", "1,000", "grants", "calls", "visa ", "_"]), max_size=14).map("".join))
    @settings(max_examples=1000, deadline=None)
    def test_schemes_at_word_starts(self, text: str) -> None:
        pattern = policy_type._SCHEME
        assert [m.span() for m in finditer_at_word_starts(pattern, text)] == [m.span() for m in pattern.finditer(text)]

    def test_schemes_on_real_texts(self, texts: list[str]) -> None:
        for text in texts:
            assert [m.span() for m in finditer_at_word_starts(policy_type._SCHEME, text)] == [
                m.span() for m in policy_type._SCHEME.finditer(text)]


def test_a_matcher_view_answers_again_as_the_first_time(texts: list[str]) -> None:
    views = combined_matchers({"a": [("x", "visa", 1.0), ("y", "=US", 1.0)], "b": [("x", "visa", 0.5), ("z", "students", 1.0)]})
    for text in texts[:40]:
        sentence = normalize(text)
        first = views["a"].find(sentence)
        again = views["a"].find(sentence)
        assert first == again and first is not again  # a new list each time: callers may extend it
        again.append(first[0] if first else PhraseMatch("q", "q", 0.0, 0, 0))
        assert views["a"].find(sentence) == first
        assert {m.label for m in first} <= {"x", "y"} and {m.label for m in views["b"].find(sentence)} <= {"x", "z"}


@given(st.lists(st.sampled_from([*"aU.S-—/(\"' \n\t“", "WASHINGTON", "Inc", "\u00a0", "é"]), max_size=12).map("".join))
@settings(max_examples=1000, deadline=None)
def test_the_word_before_a_full_stop_as_the_pattern_reads_it(text: str) -> None:
    m = re.search(r"([^\s(\[\"'“‘—–/]+)$", text)
    assert sentence_split._prev_word(text) == (m.group(1) if m else "")


class TestReadOncePerSentence:
    """Readers several stages share are memoised per sentence (bounded, emptied with the analysis caches):
    asked again, they answer as the first time, in a new list each time (callers may change it)."""

    def test_dates_are_scanned_once_per_sentence(self) -> None:
        sentence = "The rule takes effect on 1 October 2026, after the 15 March consultation."
        dates._find_dates_cached.cache_clear()
        first = dates.find_dates(sentence, default_year=2026)
        again = dates.find_dates(sentence, default_year=2026)
        assert first == again and first is not again and len(first) == 2
        assert dates._find_dates_cached.cache_info().misses == 1
        first.clear()
        assert dates.find_dates(sentence, default_year=2026) == again
        # Another default year is another reading ("15 March" is in it); a text longer than a sentence is
        # read, not kept.
        assert dates.find_dates(sentence, default_year=2025)[1].value.year == 2025
        assert len(dates.find_dates(sentence * 40, default_year=2026)) == 80
        assert dates._find_dates_cached.cache_info().misses == 2

    def test_people_heads_are_found_once_per_sentence(self) -> None:
        sentence = "Foreign researchers and their family members, and 留学生, must register."
        affected_groups._heads_in_cached.cache_clear()
        first = affected_groups.PEOPLE_HEAD.finditer(sentence)
        again = affected_groups.PEOPLE_HEAD.finditer(sentence)
        assert [m.group() for m in first] == [m.group() for m in again] == ["researchers", "family members", "留学生"]
        assert first is not again and affected_groups._heads_in_cached.cache_info().misses == 1

    def test_movement_cues_as_the_word_start_scan_finds_them(self, texts: list[str]) -> None:
        for text in texts:
            assert [(m.start, m.end) for m in relevance._movement_cues(text)] == [
                m.span() for m in finditer_at_word_starts(relevance._MOVE_TO, text)]


_DATEISH = re.compile(summary_effective_date._DATEISH_WORDS.pattern.join([r"\d|(?:", ")"]), re.I)


@given(_TRICKY)
@settings(max_examples=500, deadline=None)
def test_a_sentence_that_may_state_a_date_as_one_pattern_reads_it(text: str) -> None:
    assert summary_effective_date._dateish(text) == bool(_DATEISH.search(text))


def test_sentences_that_may_state_a_date_on_real_texts(texts: list[str]) -> None:
    for text in texts:
        for sentence in split_sentences(text, 30):
            assert summary_effective_date._dateish(sentence) == bool(_DATEISH.search(sentence))


class TestCuesReadFolded:
    """The summary's cue pattern is read case-sensitively over the lower-cased text: the spans re.I gives."""

    @staticmethod
    def _plain(text: str) -> list[tuple[int, int, str | None]]:
        return [(m.start(), m.end(), m.lastgroup) for m in summary_elements._CUES.finditer(text)]

    def test_the_pattern_is_written_in_lower_case(self) -> None:
        # An upper-case letter (or escape such as \S) would read differently without re.I.
        source = re.sub(r"\(\?P<\w+>", "(", summary_elements._CUES.pattern)
        assert not re.search(r"[A-Z]", source)

    @given(st.lists(st.sampled_from([*"aAsS -\n\t.,", "\u0130", "\u0131", "\u017f", "\u212a", "Must", "MUST ", "approved",
                                     "Signed", "not", "APPLY", " does ", "Except", "须"]), max_size=16).map("".join))
    @settings(max_examples=500, deadline=None)
    def test_as_re_i_reads_them(self, text: str) -> None:
        assert summary_elements._cue_spans(text) == self._plain(text)

    def test_on_real_texts(self, texts: list[str]) -> None:
        for text in texts:
            for sentence in split_sentences(text, 30):
                assert summary_elements._cue_spans(sentence) == self._plain(sentence)


def test_a_printable_text_holds_no_whitespace_but_the_space() -> None:
    # collapse_spaces and clean_line skip their whitespace scans for a printable text: no code point that
    # `\s` matches, other than " ", is printable.
    spaces = re.compile(r"\s")
    assert [hex(c) for c in range(0x110000) if chr(c) != " " and spaces.match(chr(c)) and chr(c).isprintable()] == []
    assert collapse_spaces("a\u00a0b\tc") == "a b c" and clean_line("a\u3000 b\nc") == "a b c"


@given(st.lists(st.sampled_from(["travel", "abroad", "ban", "on", "work", "permit", "visa", "x"]), max_size=12))
@settings(max_examples=500, deadline=None)
def test_phrases_of_several_words_as_a_plain_comparison_finds_them(words: list[str]) -> None:
    # The matcher compares a phrase's second word before the rest; a phrase may end the text, or run past it.
    phrases = ["travel", "travel abroad", "travel ban on work", "ban on", "work permit visa", "visa"]
    matcher = PhraseMatcher([(p, p, 1.0) for p in phrases])  # each phrase its own label: none shadows another
    text = " ".join(words)
    tokens = match_tokens(text)
    terms = [t.term for t in tokens]
    expected = sorted((p, i) for p in phrases for i in range(len(terms)) if terms[i : i + len(p.split())] == p.split())
    index = {t.start: i for i, t in enumerate(tokens)}
    assert sorted((m.phrase, index[m.start]) for m in matcher.find(text)) == expected



class TestFoldedTwins:
    """A lower-case re.I pattern read case-sensitively over the lower-cased text finds the same spans."""

    @staticmethod
    def _spans(pattern: re.Pattern[str] | Screened, text: str) -> list[tuple[int, int]]:
        return [m.span() for m in pattern.finditer(text)]

    def test_only_lower_case_re_i_patterns_have_a_twin(self) -> None:
        assert folded_twin(re.compile(r"\b(?P<x>visa|permit)\s+\w+|签证", re.I)).flags & re.I == 0
        for bad in (re.compile("visa"), re.compile("Visa", re.I), re.compile(r"\S+visa", re.I),
                    re.compile("(?-i:visa)", re.I), re.compile("février", re.I)):
            with pytest.raises(ValueError):
                folded_twin(bad)

    @given(_TRICKY)
    @settings(max_examples=500, deadline=None)
    def test_the_twins_in_use_find_what_re_i_finds(self, text: str) -> None:
        for pattern in (effective_dates._EFFECT_WORDS, effective_dates._EFFECTIVE_CUE, page_furniture._TIMESTAMP_WORDS,
                        summary_elements._CUES):
            low = folded(text)
            if low is not None:
                assert self._spans(folded_twin(pattern), low) == self._spans(pattern, text)

    def test_on_real_texts(self, texts: list[str]) -> None:
        timestamps = page_furniture._TIMESTAMP_WORDS
        for text in texts:
            for line in text.splitlines()[:40]:
                low = folded(line)
                if low is None:
                    continue
                for pattern in (effective_dates._EFFECT_WORDS, effective_dates._EFFECTIVE_CUE, timestamps):
                    assert self._spans(folded_twin(pattern), low) == self._spans(pattern, line)
                # What the furniture test asks of it: the line with its timestamp words taken out.
                assert folded_twin(timestamps).sub(" ", low) == timestamps.sub(" ", line).lower()



@given(st.lists(st.sampled_from([*"a |/.:", "http", "https://x.org", "www.", "t.co/", "pic.twitter.com", "\n", "\u00a0"]),
                max_size=12).map("".join))
@settings(max_examples=500, deadline=None)
def test_a_sentence_not_prose_is_looked_for_only_where_it_can_be(text: str) -> None:
    if summary_sentences._NOT_PROSE.search(text):
        assert summary_sentences._may_not_be_prose(text)


@given(st.lists(st.sampled_from([*"aA -", "move to ", "In ", "THE ", "\u0130", "\u212a", "Working For", "such as"]),
                max_size=10).map("".join))
@settings(max_examples=500, deadline=None)
def test_the_window_before_a_mention_read_folded(before: str) -> None:
    low = folded(before)
    for pattern in (jurisdiction._TOWARD_BEFORE, jurisdiction._PLACE_BEFORE):
        assert found_folded(pattern, folded_twin(pattern), before, low) == bool(pattern.search(before))


# ---------------------------------------------------------------- folds, n-grams and phrase views (round 5)


def test_folded_answers_each_text_with_its_own_fold() -> None:
    from bot.analysis import screens

    texts = ["The Ministry Approved it", "the ministry approved it", "İstanbul Visa Office", "ſtudent Visa", "OK"]
    for _ in range(2):
        for text in [*texts, *reversed(texts)]:
            expected = None if not text.isascii() and not {"\u0130", "\u0131", "\u017f", "\u212a"}.isdisjoint(text) \
                else text.lower()
            assert screens.folded(text) == expected
            assert screens.folded(text) == expected  # the same string again: from the last fold
            copy = "".join(list(text))  # an equal string, another object
            assert screens.folded(copy) == expected


def _plain_grams(text: str) -> frozenset[str]:
    from bot.analysis.normalization import is_cjk
    from bot.analysis.story_anchors import _NON_WORD

    squashed = " ".join(_NON_WORD.sub(" ", text.lower()).split())
    grams = {squashed[i : i + n] for n in (3, 4, 5) for i in range(len(squashed) - n + 1)}
    grams.update(squashed[i : i + 2] for i in range(len(squashed) - 1) if is_cjk(squashed[i]) and is_cjk(squashed[i + 1]))
    return frozenset(grams)


@pytest.mark.parametrize("text", [
    "Ministry raises visa fees for foreign researchers by AUD$2,000",
    "Le ministère relève les frais de visa des chercheurs étrangers",
    "教育部 公布 新的 人才 签证 规定, effective 2027",
    "出入国在留管理庁が新しい在留資格を発表した",
    "외국인 연구자 비자 수수료 인상",
    "x", "",
])
def test_grams_without_cjk_pairs_skip_nothing(text: str) -> None:
    from bot.analysis.story_similarity import _grams

    assert _grams.__wrapped__(text) == _plain_grams(text)  # type: ignore[attr-defined]


def test_combined_views_find_what_separate_matchers_find() -> None:
    from bot.analysis.phrase_matching import PhraseMatcher, combined_matchers

    groups = {
        "rule": [("rule", "tighten the rules", 1.0), ("rule", "rule", 0.5), ("ban", "ban", 1.0), ("cjk", "签证", 1.0)],
        "actor": [("actor", "ministry", 1.0), ("actor", "=EU", 0.8), ("actor", "home office", 1.0)],
        "empty": [("never", "zzqx unmatched", 1.0)],
    }
    views = combined_matchers(groups)
    plain = {name: PhraseMatcher(entries) for name, entries in groups.items()}
    sentences = [
        "The Home Office will tighten the rules and ban agents; the EU ministry objects.",
        "Ruled out: the EU's new rule bans nothing, says the ministry (签证 新规).",
        "Nothing here at all.",
    ]
    for _ in range(2):  # the second time from the caches
        for sentence in sentences:
            for name in groups:
                assert views[name].find(sentence) == plain[name].find(sentence)
    with pytest.raises(ValueError):
        combined_matchers({"a\x1fb": [("x", "y", 1.0)]})


def test_a_screen_drops_needles_holding_another_and_screens_the_same() -> None:
    from bot.analysis.screens import required_literals, screened

    source = r"\b(?:bans|ban\w*|curbs|curb|approv(?:ed|al)|approved by)\b"
    assert required_literals(re.compile(source, re.I)) == {"ban", "bans", "curb", "curbs", "approv", "approved by"}
    pattern = screened(source, re.I)
    assert pattern.needles == ("approv", "ban", "curb")
    plain = re.compile(pattern.pattern, re.I)
    for text in ["The law was Approved by the cabinet", "Curb your enthusiasm", "a bane of travel",
                 "They banned outright all trips", "Nothing to see", "BANED", "disapproval abounds"]:
        assert bool(pattern.may_match(text)) or plain.search(text) is None
        assert (pattern.search(text) is None) == (plain.search(text) is None)


def _plain_conflicts(a, b):  # type: ignore[no-untyped-def]
    """story_similarity.conflicts as it was before its shortcuts: every set built for every pair."""
    from bot.analysis.story_names import by_kind, with_stems
    from bot.analysis.story_similarity import CONFLICT_WEIGHT, LEAD_CONFLICT, _figure_kind

    hard = soft = 0.0
    ha, hb = by_kind(a.heads), by_kind(b.heads)
    known_a, known_b = {*a.anchors, *a.tokens}, {*b.anchors, *b.tokens}
    for kind, names in ha.items():
        theirs = hb.get(kind)
        if not theirs:
            continue
        if kind == "who":
            mine = with_stems({n.split(":", 1)[1] for n in names})
            other = with_stems({n.split(":", 1)[1] for n in theirs})
            if not mine & known_b and not other & known_a:
                soft -= CONFLICT_WEIGHT.get(kind, 0.0)
        elif kind == "year" and max(names) != max(theirs):
            hard -= CONFLICT_WEIGHT[kind]  # the latest years named differ: two years' actions
        elif names & theirs:
            continue
        elif kind == "amount":
            for measure in ("%", "#"):
                x = {n for n in names if _figure_kind(n) == measure}
                y = {n for n in theirs if _figure_kind(n) == measure}
                if x and y and not x & y:
                    hard -= CONFLICT_WEIGHT["amount"]
                    break
        elif kind == "year":
            hard -= CONFLICT_WEIGHT[kind]
        elif not names & known_b and not theirs & known_a:
            if kind in ("code", "doc"):
                hard -= CONFLICT_WEIGHT[kind]
            else:
                soft -= CONFLICT_WEIGHT.get(kind, 0.0)
    aa, ab = by_kind(a.anchors), by_kind(b.anchors)
    for title_heads, known, their_anchors, their_heads in ((ha, known_b, ab, hb), (hb, known_a, aa, ha)):
        for kind, names in title_heads.items():
            if kind in their_heads or names & known:
                continue
            if kind in their_anchors or kind in ("amount", "doc"):
                soft -= LEAD_CONFLICT * CONFLICT_WEIGHT.get(kind, 0.0)
    return hard, soft


def test_conflicts_shortcuts_give_what_every_set_gives() -> None:
    from bot.analysis.story_features import StoryFeatures
    from bot.analysis.story_similarity import conflicts

    pool = ["who:acme", "who:zenith", "$1m", "$100k", "35%", "year:2026", "year:2027", "code:h1b", "code:o1",
            "doc:2024/26", "name:gold card", "quote:island of strangers", "@01-01"]
    words_ = ["acme", "zenith", "visa", "fee", "h1b", "gold", "card"]
    rng = random.Random(11)
    for _ in range(3000):
        def item() -> StoryFeatures:
            heads = tuple(sorted(rng.sample(pool, rng.choice([0, 0, 1, 2, 3]))))
            anchors = tuple(sorted({*heads, *rng.sample(pool, rng.randint(0, 4))}))
            return StoryFeatures(heads=heads, anchors=anchors, tokens=tuple(sorted(rng.sample(words_, rng.randint(0, 4)))))
        a, b = item(), item()
        assert conflicts(a, b) == _plain_conflicts(a, b)


@pytest.mark.parametrize("text", [
    "Die Regel gilt ab 1. Januar und 15 März 2027, el 3 de septiembre, le 1er avril, 12월 31일 und 2024월 5일.",
    "Il 31 dicembre; 1.5 ottobre; 123 mai; 7 listopada; 99 janvier; 3월3일; ab 1. Juni 2026 und 2. Juni.",
    "No dates at all here.", "2026", "１２月 ３日", "",
])
def test_foreign_dates_tried_at_digits_find_what_finditer_finds(text: str) -> None:
    from bot.analysis import story_features

    expected = [(m.span(), m.groups()) for m in story_features._FOREIGN_DATE.finditer(text)]
    assert [(m.span(), m.groups()) for m in story_features._foreign_dates(text)] == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789 .ºer월일de marsJuniaprilseptembre", max_size=60))
def test_foreign_dates_on_generated_text(text: str) -> None:
    from bot.analysis import story_features

    expected = [(m.span(), m.groups()) for m in story_features._FOREIGN_DATE.finditer(text)]
    assert [(m.span(), m.groups()) for m in story_features._foreign_dates(text)] == expected


@pytest.mark.parametrize("text", [
    "The fee rises to $100,000 from $1,500, a 10% jump.", "Un millón de dólares y una MILHÃO", "eine Million Euro",
    "one million dollars", "A Million reasons", "No figure in this sentence.", "a MILLION", "İstanbul million",
    "Il costo è di un milione", "1亿元 和 10만 원", "",
])
def test_amounts_screen_finds_what_the_scan_finds(text: str) -> None:
    from bot.analysis import story_anchors

    def plain(text: str, written: bool) -> list[str]:
        original = story_anchors.holds_digit
        story_anchors.holds_digit = lambda _text: True  # type: ignore[assignment]
        try:
            return story_anchors.amounts(text, written=written)
        finally:
            story_anchors.holds_digit = original

    for written in (False, True):
        assert story_anchors.amounts(text, written=written) == plain(text, written)


def test_is_cjk_answers_as_its_pattern_over_every_code_point() -> None:
    from bot.analysis.normalization import CJK_RE, is_cjk

    for code in range(0x110000):
        ch = chr(code)
        assert is_cjk(ch) == bool(CJK_RE.match(ch))
    assert not is_cjk("")
    assert is_cjk("中a") and not is_cjk("a中")
