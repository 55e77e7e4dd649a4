"""Relevance and tags of text that is not in English: named entities, cues and stages in other languages."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis.analyzer import analyze
from bot.analysis.multilingual import FormMatcher
from bot.analysis.prepared_text import fold
from bot.analysis.relevance import THRESHOLD, score_relevance
from bot.analysis.tagging import tag

PUBLISHED = datetime(2026, 6, 1, 9, tzinfo=UTC)


def test_form_matcher_words_stems_acronyms_and_substrings() -> None:
    m = FormMatcher([
        ("t", "chercheu*", 1.0), ("m", "à l'étranger", 1.0), ("US", "USA", 1.0), ("CN", "chine", 1.0),
        ("v", "वीज़ा", 1.0), ("law", "*gesetz*", 1.0), ("x", "запрет* выезд*", 1.0),
    ])
    found = {(f.label, f.phrase) for f in m.find(
        "Les chercheurs partent à l’étranger; l'usage; usa; USA; d'Chine; वीज़ा; Fachkräfteeinwanderungsgesetz; "
        "запретили выезд"
    )}
    assert ("t", "chercheu*") in found
    assert ("m", "à l'étranger") in found  # typographic apostrophe
    assert ("CN", "chine") in found  # the elided article is not part of the word
    assert ("US", "USA") in found and sum(1 for label, _ in found if label == "US") == 1  # "usa" is not the USA
    assert ("v", "वीज़ा") in found
    assert ("law", "*gesetz*") in found  # inside a compound
    assert ("x", "запрет* выезд*") in found


def test_traditional_chinese_is_folded_onto_the_simplified_lists() -> None:
    assert fold("國務院修改外國人入境出境管理條例") == "国务院修改外国人入境出境管理条例"
    assert fold("visa") == "visa"
    a = analyze("國務院修改外國人入境出境管理條例 增設「K字簽證」",
                "國務院總理李強簽署國務院令，新增K字簽證，發給外國青年科技人才，自2025年10月1日起實施。",
                language="zh", published=datetime(2025, 8, 15, tzinfo=UTC))
    assert a.relevant
    assert (a.jurisdictions, a.policy_type, a.status) == (("CN",), "visa", "enacted")


@pytest.mark.parametrize(
    ("language", "title", "text", "jurisdiction", "policy_type", "status"),
    [
        ("ru", "В Китае запретили выезд ключевым инженерам DeepSeek",
         "Китайские власти ввели ограничения на выезд из страны для ведущих специалистов компании. "
         "По данным СМИ, инженерам запретили покидать страну.", "CN", "travel_restriction", "reported"),
        ("no", "Kina krever at forskere leverer inn passet",
         "Kinesiske myndigheter har pålagt ledende forskere ved statlige laboratorier å levere inn passene sine. "
         "Forskerne må nå søke om tillatelse før de reiser til utlandet, ifølge kilder.",
         "CN", "travel_restriction", "reported"),
        ("fr", "La Chine interdit à ses chercheurs en IA de voyager aux États-Unis",
         "Les autorités chinoises ont demandé aux chercheurs des grandes entreprises d'intelligence artificielle "
         "d'éviter les voyages aux États-Unis, selon des sources proches du dossier.",
         "CN", "travel_restriction", "reported"),
        ("hi", "चीन ने एआई शोधकर्ताओं की विदेश यात्रा पर रोक लगाई",
         "चीन सरकार ने शीर्ष एआई शोधकर्ताओं को विदेश यात्रा से पहले अनुमति लेने का निर्देश दिया है, सूत्रों के अनुसार।",
         "CN", "travel_restriction", "reported"),
        ("de", "Chancenkarte für Fachkräfte gilt seit 1. Juni",
         "Mit der Chancenkarte ist die letzte Stufe des Fachkräfteeinwanderungsgesetzes in Kraft getreten. "
         "Die Bundesregierung will so mehr Fachkräfte nach Deutschland holen.", "DE", "immigration", "in_effect"),
        ("es", "El Gobierno de España aprueba un programa para atraer científicos",
         "El Consejo de Ministros aprobó el programa, que busca atraer a investigadores y científicos extranjeros "
         "a centros españoles.", "ES", "talent_program", "enacted"),
    ],
)
def test_other_languages(language: str, title: str, text: str, jurisdiction: str, policy_type: str,
                         status: str) -> None:
    a = analyze(title, text, language=language, published=PUBLISHED)
    assert a.relevant, a.evidence
    assert (a.jurisdictions, a.policy_type, a.status) == ((jurisdiction,), policy_type, status)


def test_a_country_named_first_in_a_headline_acts_and_a_destination_does_not() -> None:
    t = tag("La Chine interdit à ses chercheurs de voyager aux États-Unis", "", language="fr")
    assert t.jurisdictions == ("CN",)
    t = tag("传中共要求其顶尖AI高管勿前往美国", "据知情人士透露，中共当局要求相关人士出国前需报备。", language="zh")
    assert t.jurisdictions == ("CN",)


def test_official_text_without_a_country_name_falls_back_on_its_language() -> None:
    text = "Regjeringen har sendt på høring et forslag om at forskere må søke om tillatelse før de reiser til utlandet."
    assert tag("Nye regler for forskere", text, language="no").jurisdictions == ("NO",)
    # No government word: the language alone says nothing.
    assert tag("Forskere reiser mye", "Mange forskere reiser til utlandet hvert år.", language="no").jurisdictions == ()


def test_tourist_visa_waivers_stay_out_in_other_languages() -> None:
    title = "Россия отменила визы для граждан Китая на месяц"
    text = ("Президент подписал указ о безвизовом въезде граждан Китая. Они смогут приехать в гости, "
            "по делам или с туристическими целями без визы.")
    score, _ = score_relevance(title, text, "ru")
    assert score < THRESHOLD


def test_english_text_is_not_read_with_the_multilingual_lists() -> None:
    # ("Visa" is Swedish for "show", "pas" French for "not": the lists are for text in those languages.)
    title, text = "Regjeringen: forskere", "The regjeringen said forskere and studenter like Oslo."
    assert not any(e.field == "relevance.talent" for e in score_relevance(title, text, "en")[1])
    assert any(e.field == "relevance.talent" for e in score_relevance(title, text, "no")[1])


def test_a_short_indic_form_is_a_whole_word_not_a_piece_of_one() -> None:
    # "कर" (tax) used to be found inside "कर्मचारी" (employee) and "सरकार" (government): Devanagari is
    # matched by substring, since `\w` stops at its vowel signs and viramas.
    from bot.analysis.multilingual import FormMatcher

    matcher = FormMatcher([("tax", "कर", 1.0), ("government", "सरकार", 1.0), ("staff", "कर्मचारी", 1.0)])
    found = matcher.find("सरकार ने कर्मचारी पर नया कर लगाया")
    assert [(m.label, m.start) for m in found] == [("government", 0), ("staff", 9), ("tax", 25)]
    assert matcher.find("करना") == []
    # A longer form still matches where a word starts, whatever ending follows ("विदेश" in "विदेशी").
    assert [m.label for m in FormMatcher([("abroad", "विदेश", 1.0)]).find("विदेशी छात्र")] == ["abroad"]


def test_a_bundesrat_is_the_government_of_the_state_the_text_names() -> None:
    # Switzerland's Federal Council is the "Bundesrat" too: it was read as Germany's.
    swiss = tag(
        "Bundesrat legt unveränderte Drittstaatenkontingente für 2026 fest",
        "Bern, 19.11.2025 — Die Schweizer Wirtschaft soll weiterhin die von ihr benötigten, qualifizierten "
        "Fachkräfte rekrutieren können. An seiner Sitzung vom 19. November 2025 hat der Bundesrat deshalb "
        "unveränderte Kontingente für erwerbstätige Drittstaatsangehörige beschlossen.",
        language="de", published=PUBLISHED,
    )
    assert swiss.jurisdictions == ("CH",)
    german = tag(
        "Bundesrat billigt Fachkräfteeinwanderungsgesetz",
        "Der Bundesrat hat am Freitag das Gesetz gebilligt. Deutschland will so mehr Fachkräfte gewinnen.",
        language="de", published=PUBLISHED,
    )
    assert german.jurisdictions == ("DE",)


def test_turkish_dotted_capital_i_lowers_to_the_lists_i() -> None:
    # Python lowers "İ" to "i" and a combining dot: "TÜBİTAK" must still be the body the lists name.
    from bot.analysis.multilingual import ML_PLACES

    assert [m.label for m in ML_PLACES.find("TÜBİTAK Bülten: yurt dışındaki araştırmacılar")] == ["TR:body"]
    assert ML_PLACES.find("İLKBAHAR BÜLTENİ") == []
