"""Text primitives: sentences, tokens, phrases, dates, BM25."""

from __future__ import annotations

from collections import OrderedDict
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.analysis.dates import find_dates
from bot.analysis.language_detection import detect_language
from bot.analysis.normalization import as_written, clean_line, normalize, strip_outlet, truncate
from bot.analysis.phrase_matching import PhraseMatcher
from bot.analysis.sentence_split import split_sentences
from bot.analysis.tokens import bm25_scores, stem, tokenize


class TestSentences:
    def test_abbreviations_and_decimals_do_not_split(self) -> None:
        text = (
            "The U.S. State Department said on Sept. 21 that Dr. Smith would lead it. "
            "Fees rose 3.5% to $1.5bn, according to J. Doe of Acme Inc. in Washington. "
            "Prices rose in the U.S. The rule applies from Monday. WASHINGTON—U.S. Citizenship and Immigration "
            "Services announced it."
        )
        assert split_sentences(text) == [
            "The U.S. State Department said on Sept. 21 that Dr. Smith would lead it.",
            "Fees rose 3.5% to $1.5bn, according to J. Doe of Acme Inc. in Washington.",
            "Prices rose in the U.S.",
            "The rule applies from Monday.",
            "WASHINGTON—U.S. Citizenship and Immigration Services announced it.",
        ]

    def test_quotes_question_and_exclamation(self) -> None:
        text = 'He said: "It is over." Is it? Yes! e.g. this stays. Then “done.” End'
        assert split_sentences(text) == ['He said: "It is over."', "Is it?", "Yes! e.g. this stays.", "Then “done.”", "End"]

    def test_chinese_terminators_without_spaces(self) -> None:
        text = "关于加强出境审批管理的通知。本通知自印发之日起施行！是否适用？适用"
        assert split_sentences(text) == ["关于加强出境审批管理的通知。", "本通知自印发之日起施行!", "是否适用?", "适用"]

    def test_lines_headings_and_bullets(self) -> None:
        text = (
            "New rules for researchers\nThe ministry issued a notice.\n\n- First point here.\n"
            "- Second point\n"
            "This is a long hard-wrapped line of text that goes on and on without\nstopping at all."
        )
        assert split_sentences(text) == [
            "New rules for researchers",
            "The ministry issued a notice.",
            "First point here.",
            "Second point",
            "This is a long hard-wrapped line of text that goes on and on without stopping at all.",
        ]

    def test_empty(self) -> None:
        assert split_sentences("") == []
        assert split_sentences("   \n\n ") == []

    @settings(max_examples=150, deadline=None)
    @given(st.lists(st.sampled_from(["a", "b", " ", ".", "!", "?", "。", "\n", '"', "U.S.", "-", "1", "Dr.", "中", "”",
                                     "The", "\n\n", "• "]), max_size=40).map("".join))
    def test_sentences_are_pieces_of_the_text(self, text: str) -> None:
        flat = clean_line(text)
        for sentence in split_sentences(text):
            assert sentence
            assert sentence in flat


class TestTokens:
    def test_lowercase_stem_stopwords(self) -> None:
        assert tokenize("The researchers are travelling abroad") == ["researcher", "travel", "abroad"]

    def test_inflections_share_a_stem(self) -> None:
        for group in (("travel", "travels", "travelling", "traveled"), ("require", "requires", "required", "requiring"),
                      ("policy", "policies"), ("visa", "visas"), ("leave", "leaving", "leaves")):
            assert len({stem(w) for w in group}) == 1, group

    def test_acronyms_are_not_stopwords(self) -> None:
        assert tokenize("US and U.S. rules apply to us") == ["us", "us", "rul", "apply"]

    def test_hyphenated_codes_and_numbers(self) -> None:
        assert tokenize("H-1B fee of $100,000 for high-skilled workers") == ["h1b", "fee", "100000", "high", "skil", "worker"]

    def test_cjk_unigrams_and_bigrams(self) -> None:
        assert tokenize("出境审批") == ["出", "出境", "境", "境审", "审", "审批", "批"]

    def test_normalize(self) -> None:
        assert normalize("Ｈ－１Ｂ\u00a0visa\u200b  fee \r\n\n\n\nnext") == "H-1B visa fee\n\nnext"

    def test_detect_language(self) -> None:
        assert detect_language("关于加强人工智能领域科研人员出境审批管理的通知") == "zh"
        assert detect_language("高度外国人材の受け入れ拡大へ") == "ja"
        assert detect_language("China requires approval", default="en") == "en"


class TestPhraseMatcher:
    def test_inflection_articles_case_and_cjk(self) -> None:
        matcher = PhraseMatcher([
            ("m", "travel abroad", 1.0), ("p", "hand over passport", 1.0), ("j", "=US", 1.0), ("c", "出境", 1.0),
        ])
        text = "They hand over their passports before travelling abroad to the US; us too. 出境"
        found = {(m.label, text[m.start : m.end]) for m in matcher.find(text)}
        assert found == {("m", "travelling abroad"), ("p", "hand over their passports"), ("j", "US"), ("c", "出境")}

    def test_function_words_matter(self) -> None:
        matcher = PhraseMatcher([("s", "will apply from", 1.0)])
        assert matcher.find("The rules apply to everyone.") == []
        assert len(matcher.find("The rules will apply from May.")) == 1

    def test_exclusive_longest_wins(self) -> None:
        matcher = PhraseMatcher([("CN", "China", 1.0), ("_none", "South China Morning Post", 0.0)], exclusive=True)
        labels = [m.label for m in matcher.find("The South China Morning Post reported on China.")]
        assert labels == ["_none", "CN"]

    def test_an_entry_evicted_by_another_thread_mid_look_up_is_still_the_answer(self) -> None:
        # The pipeline's analysis thread and the event loop share matchers: the other thread may evict a
        # text's entry between this one's look-up and its move to the recent end.
        class EvictedAfterLookUp(OrderedDict[str, Any]):
            def get(self, key: str, default: Any = None) -> Any:
                value = super().get(key, default)
                self.pop(key, None)
                return value

        matcher = PhraseMatcher([("a\x1fm", "travel abroad", 1.0)])
        text = "Researchers travelling abroad need approval."
        first, grouped = matcher.find(text), matcher.grouped(text)
        matcher._cache, matcher._groups = EvictedAfterLookUp(matcher._cache), EvictedAfterLookUp(matcher._groups)
        assert matcher.find(text) == first and len(first) == 1
        assert matcher.grouped(text) == grouped and list(grouped) == ["a\x1f"]


class TestDates:
    def test_formats(self) -> None:
        text = "Sept. 21, 2025; 1 January 2026; 2025-10-01; 2026年3月1日; March 5"
        assert [d.value for d in find_dates(text)] == [
            date(2025, 9, 21), date(2026, 1, 1), date(2025, 10, 1), date(2026, 3, 1),
        ]

    def test_yearless_needs_a_default(self) -> None:
        assert find_dates("from March 5") == []
        assert [d.value for d in find_dates("from March 5", default_year=2026)] == [date(2026, 3, 5)]

    def test_invalid_dates_are_skipped(self) -> None:
        assert find_dates("February 30, 2025") == []


def test_truncate_on_word_boundary() -> None:
    assert truncate("short", 10) == "short"
    cut = truncate("China requires top AI researchers to get approval", 30)
    assert cut == "China requires top AI…"
    assert len(cut) <= 30


def test_strip_outlet() -> None:
    assert strip_outlet("Beijing tightens travel rules for AI engineers | Asia Tech Brief") == (
        "Beijing tightens travel rules for AI engineers"
    )
    assert strip_outlet("Global Talent visa expanded to attract researchers - GOV.UK") == (
        "Global Talent visa expanded to attract researchers"
    )
    assert strip_outlet("China tightens exit rules for researchers - report") == (
        "China tightens exit rules for researchers - report"
    )


def test_bm25_never_negative_in_tiny_corpora() -> None:
    assert bm25_scores([["visa", "fee"]], ["visa"])[0] > 0
    two = bm25_scores([["visa", "fee"], ["visa", "rule"]], ["visa", "fee"])
    assert two[0] > two[1] > 0
    assert bm25_scores([], ["visa"]) == []
    assert bm25_scores([["a"]], []) == [0.0]


def test_detect_language_beyond_scripts() -> None:
    from bot.analysis.language_detection import detect_language

    norwegian = "Regjeringen strammer inn på forskningssamarbeid med Kina og krever sikkerhetsvurdering av forskere."
    german = "Die Bundesregierung führt eine Chancenkarte für Fachkräfte aus Drittstaaten ein."
    assert detect_language(norwegian) == "no"
    assert detect_language(german) == "de"
    assert detect_language("भारत सरकार ने वैज्ञानिकों के लिए नई वीज़ा नीति की घोषणा की है।") == "hi"
    assert detect_language("中国要求顶尖人工智能研究人员出国前须获批准") == "zh"
    # Too little text to tell: what the source declared stands.
    assert detect_language("Visa news", default="fr") == "fr"


def test_devanagari_danda_ends_a_sentence() -> None:
    text = "सरकार ने नई फेलोशिप योजना शुरू की है। इसके लिए लगभग ८० करोड़ रुपए का प्रावधान किया गया है।"
    assert split_sentences(text) == [
        "सरकार ने नई फेलोशिप योजना शुरू की है।", "इसके लिए लगभग ८० करोड़ रुपए का प्रावधान किया गया है।",
    ]


def test_a_german_ordinal_day_does_not_end_a_sentence() -> None:
    from bot.analysis.sentence_split import split_sentences

    assert split_sentences("Seit dem 1. Juni 2024 gilt die Chancenkarte. Sie ist neu.") == [
        "Seit dem 1. Juni 2024 gilt die Chancenkarte.", "Sie ist neu."]
    assert split_sentences("The count rose to 15. April was busy.") == ["The count rose to 15.", "April was busy."]


def test_a_case_name_and_a_spaced_spanish_abbreviation_do_not_split() -> None:
    # "v." (versus) after "et al." and "EE. UU." (Estados Unidos) used to end sentences mid-name.
    assert split_sentences("In Smith et al. v. Jones, the court held the rule void. It applies now.") == [
        "In Smith et al. v. Jones, the court held the rule void.", "It applies now."]
    assert split_sentences("Los EE. UU. y la UE firmaron el acuerdo. Entra en vigor hoy.") == [
        "Los EE. UU. y la UE firmaron el acuerdo.", "Entra en vigor hoy."]
    # A doubled-letter word that is not half of one still ends its sentence.
    assert split_sentences("The plant is called AA. The rule is new.") == ["The plant is called AA.", "The rule is new."]


def test_a_normalised_piece_is_quoted_as_written() -> None:
    # Full-width digits and punctuation are what a Japanese or Chinese page says: a quote keeps them.
    source = "架空県は来年から、留学生の奨学金を月額１２万円に引き上げる。\n申請は４月１日から受け付ける。"
    assert as_written(normalize("留学生の奨学金を月額１２万円に引き上げる。"), source) == "留学生の奨学金を月額１２万円に引き上げる。"
    assert as_written(clean_line("申請は４月１日から受け付ける") + ".", source) == "申請は４月１日から受け付ける."
    # Already as written, or not one span of the source (words deleted): returned as it is.
    assert as_written("架空県は来年から", source) == "架空県は来年から"
    assert as_written("奨学金を12万円に", source) == "奨学金を12万円に"
    assert as_written("The fee rises to 12 dollars.", "The fee, officials said, rises to １２ dollars.") == (
        "The fee rises to 12 dollars.")


def test_a_latin_piece_is_quoted_as_written_when_nfkc_changed_it() -> None:
    source = "A Portaria n.º 12/2026, publicada ontem, fixa o limite."
    assert as_written(normalize("A Portaria n.º 12/2026, publicada ontem, fixa o limite."), source) == source


def test_sentences_glued_without_a_space_are_two() -> None:
    text = ("Limits are expected on a program for students on their student visas.The Wall Street Journal quoted "
            "officials. See uscis.gov for details. The U.S.Government and Node.js stay whole.")
    assert split_sentences(text) == [
        "Limits are expected on a program for students on their student visas.",
        "The Wall Street Journal quoted officials.",
        "See uscis.gov for details.",
        "The U.S.Government and Node.js stay whole.",
    ]


@pytest.mark.parametrize(("text", "expected"), [
    ("قررت الحكومة منح تأشيرة", ["قررت", "الحكومة", "منح", "تأشيرة"]),  # Arabic
    ("הממשלה החליטה על אשרות", ["הממשלה", "החליטה", "אשרות"]),  # Hebrew ("על", on: a function word)
    ("सरकार ने नया वीज़ा।", ["सरकार", "नया", "वीज़ा"]),  # Hindi: the danda is no letter, "ने" a function word
    ("Chính phủ cấp thị thực mới", ["chính", "phủ", "cấp", "thị", "thực", "mới"]),  # Vietnamese, whole words
])
def test_words_of_other_scripts_are_tokens(text: str, expected: list[str]) -> None:
    # Without these scripts' letters a sentence in Arabic or Hindi had no words: nothing to match on.
    assert tokenize(text) == expected


def test_other_scripts_punctuation_and_function_words_are_no_keys() -> None:
    assert tokenize("التأشيرة، والإقامة؟") == ["التأشيرة", "والإقامة"]
    assert tokenize("կառավարությունը՝") == ["կառավարությունը"]  # Armenian comma
    assert tokenize("করেছে৷") == ["করেছে"]  # Bengali danda
    # Function words two unrelated stories share are no keys: "في", "من"; "की", "के", "ने".
    assert tokenize("قررت الحكومة في من على") == ["قررت", "الحكومة"]
    assert tokenize("सरकार की नीति के लिए") == ["सरकार", "नीति"]
    # Thai is written without spaces: no clause-long words.
    assert tokenize("รัฐบาลไทยประกาศวีซ่าใหม่") == []


def test_a_citation_number_after_an_abbreviation_does_not_split() -> None:
    # "n. 45", "Nr. 7/2031", "Ab.Cd. 2031 r. poz. 88": the number of a (made-up) decree, not a new sentence.
    assert split_sentences("Il decreto n. 45 del 2031 cambia le regole. Entra in vigore oggi.") == [
        "Il decreto n. 45 del 2031 cambia le regole.", "Entra in vigore oggi."]
    assert split_sentences("Die Verordnung Nr. 7/2031 gilt ab Mai. Sie ist neu.") == [
        "Die Verordnung Nr. 7/2031 gilt ab Mai.", "Sie ist neu."]
    assert split_sentences("Ustawa (Ab.Cd. 2031 r. poz. 88) weszła w życie. To nowe.") == [
        "Ustawa (Ab.Cd. 2031 r. poz. 88) weszła w życie.", "To nowe."]
    # A word of prose before a figure still ends its sentence.
    assert split_sentences("The fee went up. 30 students applied.") == ["The fee went up.", "30 students applied."]
    assert split_sentences("The plan was set in 2031. 12 firms signed it.") == [
        "The plan was set in 2031.", "12 firms signed it."]
    # Nor does a decimal, an amount or a domain before it.
    assert split_sentences("Unemployment stood at 4.2%. 12 states saw increases.") == [
        "Unemployment stood at 4.2%.", "12 states saw increases."]
    assert split_sentences("It was raised to €1.5bn. 40,000 students applied.") == [
        "It was raised to €1.5bn.", "40,000 students applied."]
    assert split_sentences("The form is published on gov.uk. 30 firms signed.") == [
        "The form is published on gov.uk.", "30 firms signed."]
