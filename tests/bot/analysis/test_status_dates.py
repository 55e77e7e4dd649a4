"""Status read from dates against the publication date: a deadline is not a start, and a year-less
date a few weeks back is the recent past, not next year's."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.analysis.effective_dates import find_effective_date
from bot.analysis.prepared_text import prepare
from bot.analysis.status_dates import (
    background,
    dated_ahead,
    in_force_date_ahead,
    later_date,
    later_year,
    own_start_ahead,
    start_ahead,
    start_in_force,
    weekday_start_ahead,
)
from bot.analysis.tagging import tag


def _at(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


@pytest.mark.parametrize(
    "sentence",
    [
        "Nominations from member universities must reach the agency by June 30, 2024.",
        "Letters of support from host labs are accepted until 30 June 2024.",
        "Applications from early-career researchers are due no later than June 30, 2024.",
    ],
)
def test_a_deadline_is_not_a_start(sentence: str) -> None:
    assert find_effective_date([sentence], _at(2024, 5, 2)) is None


def test_a_start_after_from_is_still_read() -> None:
    found = find_effective_date(["The new fee applies from 1 July 2024."], _at(2024, 5, 2))
    assert found is not None and found[0] == date(2024, 7, 1)


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # A few weeks back, told in the past tense: this year.
        ("About 900 people applied for the pass from August 15 to September 30.", _at(2023, 10, 12), date(2023, 8, 15)),
        ("The portal opened from September 4 and has drawn hundreds of requests.", _at(2023, 10, 12), date(2023, 9, 4)),
        # Months back and not in the past: next year's.
        ("The new salary threshold applies from March 1.", _at(2023, 12, 5), date(2024, 3, 1)),
        # A few weeks back but stated for the future: next year's.
        ("The quota will apply from September 1.", _at(2023, 10, 12), date(2024, 9, 1)),
        # Months back, nearer this year's than next year's, with no future said: this year's (not next).
        ("The new fee applies from July 1.", _at(2023, 11, 8), date(2023, 7, 1)),
        ("新规自7月1日起施行。", _at(2023, 11, 8), date(2023, 7, 1)),
        # ... but one nearer next year's is next year's.
        ("The new fee applies from May 1.", _at(2023, 12, 5), date(2024, 5, 1)),
        ("The new fee applies from February 1.", _at(2023, 11, 8), date(2024, 2, 1)),
    ],
)
def test_year_less_dates_against_publication(sentence: str, published: datetime, expected: date) -> None:
    found = find_effective_date([sentence], published)
    assert found is not None and found[0] == expected


def test_a_programme_taking_applications_until_a_deadline_is_in_effect() -> None:
    tags = tag(
        "Visiting Scientist Fellowship 2024 - call for applications",
        "The ministry welcomes applications from host institutes that wish to invite overseas researchers. "
        "Endorsements from host institutes: by June 30, 2024.",
        published=_at(2024, 5, 2),
    )
    assert tags.status == "in_effect"


def test_applications_received_weeks_ago_do_not_make_the_visa_announced() -> None:
    tags = tag(
        "Malaysia counts first applicants for its new tech talent visa",
        "Some 700 skilled workers applied for the visa from August 15 to September 30, the immigration "
        "department said on Tuesday.",
        published=_at(2023, 10, 12),
    )
    assert tags.status == "in_effect"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Oman: 1,200 firms cleared for the skilled-worker residence card",
         "MUSCAT — Oman's Labour Ministry has approved 1,200 companies whose engineers may apply for the new "
         "skilled-worker residence card, the Times of Oman newspaper reported."),
        ("Korea issues more than 5,000 top-talent visas",
         "SEOUL — The Ministry of Justice has issued more than 5,000 top-tier talent visas since the route opened, "
         "Yonhap first reported on Monday."),
    ],
)
def test_a_public_body_s_act_retold_by_a_newspaper_is_in_effect(title: str, text: str) -> None:
    assert tag(title, text, published=_at(2025, 3, 4)).status == "in_effect"


def test_a_scoop_credited_to_an_outlet_stays_reported() -> None:
    tags = tag(
        "Beijing tells AI researchers to avoid US trips",
        "China has told its top AI researchers to avoid travelling to the United States, according to people "
        "familiar with the matter, the Wall Street Journal reported.",
        published=_at(2025, 3, 4),
    )
    assert tags.status == "reported"


def test_approving_a_law_is_still_enacted() -> None:
    tags = tag(
        "Parliament passes skilled-migration law",
        "The parliament has approved the amended Skilled Immigration Act, which takes effect on 1 March 2026.",
        published=_at(2025, 6, 4),
    )
    assert tags.status == "enacted"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Norway lifts the salary floor for skilled-worker permits",
         "The labour ministry told employers about higher minimum pay for skilled-worker permits. The new threshold, taking "
         "effect in February 2027, will apply to first applications."),
        ("Chile tightens its tech-visa rules",
         "The interior ministry published the changes on Monday. The tighter checks, coming into force in "
         "March 2027, will cover every applicant for the tech visa."),
    ],
)
def test_a_month_ahead_after_a_progressive_effect_verb_is_not_yet_in_force(title: str, text: str) -> None:
    # "taking effect in <a later month>" dates the rule ahead as "takes effect in" does.
    assert tag(title, text, published=_at(2026, 10, 5)).status == "announced"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("New Zealand closes its graduate work route, effective immediately",
         "Immigration New Zealand stopped taking applications for the graduate work route on Tuesday. "
         "Applications already lodged will still be processed."),
        ("Ireland terminates the researcher fast-track stream with immediate effect",
         "The justice department has terminated the researcher fast-track stream with immediate effect, "
         "officials said. Researchers must now apply through the general permit."),
    ],
)
def test_closing_a_scheme_with_immediate_effect_rescinds_it(title: str, text: str) -> None:
    # "with immediate effect" dates the closing, not a rule coming into force.
    assert tag(title, text, published=_at(2026, 3, 10)).status == "rescinded"


def test_closing_borders_is_a_restriction_in_force_not_a_rescinded_rule() -> None:
    tags = tag(
        "Japan closes its borders to foreign researchers",
        "Japan closed its borders to foreign researchers on Monday, the interior ministry said. The "
        "restriction applies to every arrival from abroad.",
        published=_at(2026, 3, 10),
    )
    assert tags.status == "in_effect"


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("es", "Nuevo visado para investigadores extranjeros",
         "El nuevo visado para investigadores extranjeros entrará en vigor en otoño, según el ministerio."),
        ("de", "Neue Regeln für ausländische Fachkräfte",
         "Die neuen Regeln für ausländische Fachkräfte sollen im Herbst in Kraft treten."),
        ("ru", "Новые правила для иностранных специалистов",
         "Новые правила для иностранных специалистов вступят в силу осенью."),
    ],
)
def test_in_force_stated_ahead_in_another_language_is_not_in_effect(language: str, title: str, text: str) -> None:
    # The verb puts "in force" ahead, with no date to compare: announced, not in effect.
    assert tag(title, text, language=language, published=_at(2025, 6, 4)).status == "announced"


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("de", "Neue Regeln für ausländische Fachkräfte",
         "Die neuen Regeln für ausländische Fachkräfte sind seit Montag in Kraft."),
        ("es", "Nuevo visado para investigadores extranjeros",
         "El nuevo visado para investigadores extranjeros está en vigor desde el lunes, según el ministerio."),
    ],
)
def test_in_force_now_in_another_language_stays_in_effect(language: str, title: str, text: str) -> None:
    assert tag(title, text, language=language, published=_at(2025, 6, 4)).status == "in_effect"


def test_a_lead_sentence_dated_to_the_rule_s_origin_is_background() -> None:
    # "first introduced in 2019 ... in force since": where the visa came from, not the news, which is a widening.
    tags = tag("Talent visa to cover data scientists",
               "The government will widen the talent visa to data scientists. The visa was first introduced in "
               "2019 and has been in force since.", published=_at(2025, 6, 4))
    assert tags.status == "announced"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The visa was first introduced in 2019 and has been in force since.", True),
        ("Since its launch in January 2023, the pass has drawn 4,000 people.", True),
        ("About 3,000 passes were granted in 2024.", False),  # the scheme at work, not its origin
        ("The scheme launched in 2019 is now open to engineers.", False),
        ("The fund, set up in 2021, will double in 2026.", False),
    ],
)
def test_background_is_a_rule_s_origin_dated_before_the_article(sentence: str, expected: bool) -> None:
    assert background(sentence, _at(2025, 6, 4)) is expected


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("ja", "外国人研究者の受け入れ審査 厳格化へ", "政府は外国人研究者の受け入れ審査を厳しくする。技術流出を防ぐ狙いがある。"),
        ("ko", "정부, 외국인 연구자 전용 비자 신설키로", "정부는 해외 우수 연구자를 위한 전용 비자를 만든다. 연구자들은 환영했다."),
    ],
)
def test_a_plan_by_its_own_construction_in_japanese_and_korean(language: str, title: str, text: str) -> None:
    # "厳格化へ" (towards tightening), "신설키로" (decided to create): still to come.
    assert tag(title, text, language=language, published=_at(2025, 6, 4)).status == "announced"


def test_a_german_present_passive_beside_in_force_is_not_ahead() -> None:
    tags = tag("Neue Regeln für ausländische Fachkräfte",
               "Die Regel ist seit Januar in Kraft und wird von den Behörden angewendet.", language="de",
               published=_at(2025, 6, 4))
    assert tags.status == "in_effect"


@pytest.mark.parametrize(
    "text",
    [
        "Le gouvernement veut doubler le nombre de chercheurs étrangers d'ici 2030.",
        "Die Regierung will die Zahl ausländischer Fachkräfte bis 2030 verdoppeln.",
        "정부는 2030년까지 외국인 연구자 수를 두 배로 늘린다는 목표다.",
        "政府は2030年までに外国人研究者を倍増させる目標を掲げる。",
    ],
)
def test_a_target_year_in_another_language_is_not_a_start(text: str) -> None:
    # A goal for a year ahead says nothing of when the rule itself applies.
    assert later_year(text, _at(2025, 6, 4)) == ""


def test_a_start_year_in_another_language_is_still_ahead() -> None:
    assert later_year("Le visa sera délivré à partir de la rentrée 2026.", _at(2025, 6, 4)) == "2026"


@pytest.mark.parametrize(
    "text",
    [
        "The ministry aims to double the number of foreign researchers by 2030.",
        "The quota stays at its present level until 2027.",
    ],
)
def test_a_target_or_end_year_is_not_a_later_start(text: str) -> None:
    assert later_date(text, _at(2025, 6, 4)) == ""


def test_a_year_the_rule_starts_in_is_still_a_later_start() -> None:
    assert later_date("The new visa fee applies from 2026.", _at(2025, 6, 4)) == "from 2026"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ab Januar 2026 steigen die Gehaltsgrenzen.", "2026"),
        ("Salaries apply as of 1 January 2026.", "1 January 2026"),
        ("Kontingente für Fachkräfte 2026", "2026"),
    ],
)
def test_dated_ahead_finds_a_start_after_the_article(text: str, expected: str) -> None:
    assert expected in dated_ahead(text, text, datetime(2025, 12, 10, tzinfo=UTC))


@pytest.mark.parametrize(
    "text",
    [
        "The ministry aims to double the number of researchers by 2030.",  # a target
        "Saudi Vision 2030 aims to attract researchers.",  # a name
        "법무부는 ‘2030 이민정책 전략’을 발표했다.",  # a strategy's name, quoted
        "This article first appeared in The Weekly on December 8, 2025 - December 14, 2026.",  # furniture
        "The rule took effect in January 2025.",  # the past
    ],
)
def test_dated_ahead_ignores_targets_names_and_the_past(text: str) -> None:
    assert dated_ahead(text, text, datetime(2025, 12, 10, tzinfo=UTC)) == ""


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("ja", "就労ビザの審査基準を厳格化", "出入国在留管理庁は2025年10月16日(木)から高度専門職の審査を厳格化します。"),
        ("ko", "연구원 비자 심사 강화", "법무부는 2025년 10월 16일부터 외국인 연구원 비자 심사를 강화한다."),
        ("zh", "人才签证新规", "自10月16日起,外国高端人才签证申请须提交新材料。"),
        ("de", "Neue Regeln für Fachkräfte", "Ab dem 16. Oktober 2025 müssen ausländische Fachkräfte ein neues Formular vorlegen."),
    ],
)
def test_a_start_on_the_article_s_own_date_is_in_force(language: str, title: str, text: str) -> None:
    assert tag(title, text, language=language, published=_at(2025, 10, 16)).status == "in_effect"


@pytest.mark.parametrize(
    ("text", "ahead"),
    [
        ("出入国在留管理庁は2025年11月1日から高度専門職の審査を厳格化します。", True),
        ("법무부는 2025년 11월 1일부터 외국인 연구원 비자 심사를 강화한다.", True),
        # A day reported, with no start word after it: neither a start ahead nor one today.
        ("2025年10月16日に出入国在留管理庁が審査基準の見直しを発表した。", False),
        ("法務省は2025年10月16日、審査基準を公表した。", False),
    ],
)
def test_a_cjk_start_ahead_or_a_bare_date_is_not_in_force_from_today(text: str, ahead: bool) -> None:
    units = prepare("審査基準", text)
    assert start_in_force(units, _at(2025, 10, 16)) == ""
    assert bool(start_ahead(units, _at(2025, 10, 16))) is ahead


@pytest.mark.parametrize(
    "text",
    ["تسعى المملكة إلى تحقيق رؤية 2030", "법무부는 ‘2030 이민정책 전략’을 발표했다", "Die Agenda 2030 der Regierung"],
)
def test_a_year_that_names_a_plan_is_no_year_ahead(text: str) -> None:
    assert later_year(text, _at(2025, 3, 6)) == ""


def test_a_year_ahead_in_another_language_still_counts() -> None:
    assert later_year("Neue Gehaltsgrenzen für die Blaue Karte 2026", _at(2025, 12, 1)) == "2026"


def test_a_date_the_in_force_words_lead_to_in_another_language() -> None:
    today = date(2025, 6, 4)
    assert in_force_date_ahead("su entrada en vigor está pautada para el 20 de mayo de 2026.", today)
    assert in_force_date_ahead("l'entrée en vigueur est fixée au 1er mars 2026.", today)
    assert not in_force_date_ahead("la ley está en vigor desde el 20 de mayo de 2024.", today)  # a past date
    assert not in_force_date_ahead("el 20 de mayo de 2026 se celebrará la conferencia.", today)  # no in-force words


@pytest.mark.parametrize(
    "text",
    [
        "La norma sigue en vigor hasta el 31 de diciembre de 2026.",
        "Le décret reste en vigueur jusqu'au 31 décembre 2026.",
        "Die Regel gilt bis zum 31. Dezember 2026.",
        "Il decreto resta in vigore fino al 31 dicembre 2026.",
        "A regra fica em vigor até 31 de dezembro de 2026.",
        "De regeling blijft in werking tot 31 december 2026.",
    ],
)
def test_an_end_of_force_is_no_start(text: str) -> None:
    assert in_force_date_ahead(text, date(2025, 6, 4)) == ""
    assert dated_ahead(text, text, _at(2025, 6, 4)) == ""
    assert start_ahead(prepare("Visa", text), _at(2025, 6, 4)) == ""


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "La norma sigue en vigor hasta el 31 de diciembre de 2026."),
        ("fr", "Le décret reste en vigueur jusqu'au 31 décembre 2026."),
        ("de", "Die Regel gilt bis zum 31. Dezember 2026."),
    ],
)
def test_a_rule_in_force_until_a_later_date_is_not_enacted_ahead(language: str, text: str) -> None:
    assert tag("Visa", text, language=language, published=_at(2025, 6, 4)).status != "enacted"


def test_an_in_force_start_ahead_is_still_read() -> None:
    assert in_force_date_ahead("l'entrée en vigueur est fixée au 1er mars 2026", date(2025, 6, 4))


@pytest.mark.parametrize(
    ("text", "ahead"),
    [
        ("The visa ban is set to take effect on Monday at 12:01 a.m.", True),
        ("The new fee takes effect Friday.", True),
        # Not a start told done, nor one on the article's own day (4 June 2025 is a Wednesday).
        ("The visa ban took effect on Monday.", False),
        ("The new fee takes effect on Wednesday.", False),
        ("Ministers will meet on Monday to discuss the visa ban.", False),
        ("The ban is set to begin on Friday.", True),
        # Any event's start, not the rule's: a hearing, talks, people applying.
        ("The hearing in the lawsuit will begin on Friday.", False),
        ("Talks with the unions will start Thursday.", False),
        ("Students will apply on Friday for the lottery.", False),
    ],
)
def test_a_start_on_a_later_weekday_anywhere_is_ahead(text: str, ahead: bool) -> None:
    units = prepare("Visa ban", "The ministry published the order. It covers 12 countries. " + text)
    assert bool(weekday_start_ahead(units, _at(2025, 6, 4))) is ahead


@pytest.mark.parametrize(
    ("text", "ahead"),
    [
        # English month names: a start date written in English is read as the other languages' are.
        ("Starting 1 March 2026, the ministry will require a bond from every new sponsor.", True),
        ("From 3 October the agency will charge a higher fee for work visas.", True),
        ("From 1 July 2025 the agency charges a higher fee for work visas.", False),  # before the article
    ],
)
def test_an_english_start_date_is_read_by_start_ahead(text: str, ahead: bool) -> None:
    units = prepare("Fees", text)
    assert bool(start_ahead(units, _at(2025, 9, 2))) is ahead


@pytest.mark.parametrize(
    ("text", "ahead"),
    [
        ("同規則は、11月1日から施行され、審査が厳しくなります。", True),
        ("La nouvelle règle entre en vigueur le 1er décembre 2025 pour tous les chercheurs.", True),
        # The start on or before the article's day, or told in the past: no schedule ahead.
        ("同規則は、10月1日から施行され、審査が厳しくなりました。", False),
        ("La règle est entrée en vigueur le 1er décembre 2025.", False),
    ],
)
def test_a_sentences_own_start_ahead(text: str, ahead: bool) -> None:
    assert bool(own_start_ahead(text, _at(2025, 10, 10))) is ahead


def test_next_weekday_is_ahead_even_on_that_weekday() -> None:
    # 2 June 2025 is a Monday: "next Monday" is a week on, not today; a bare "Monday" is today.
    units = prepare("Visa ban", "The ministry published the order. The ban will take effect next Monday.")
    assert weekday_start_ahead(units, _at(2025, 6, 2)) == "will take effect next Monday"
    units = prepare("Visa ban", "The ministry published the order. The ban will take effect on Monday.")
    assert weekday_start_ahead(units, _at(2025, 6, 2)) == ""


@pytest.mark.parametrize("text", ["The higher fee applies from 1 Sept. 2026.", "The cap applies from 1 Oct 2026."])
def test_an_english_month_abbreviated_is_a_start(text: str) -> None:
    assert own_start_ahead(text.lower(), _at(2026, 5, 2))


def test_may_abbreviated_or_not_is_no_month() -> None:
    """"from 18 may apply" is people of 18 who may apply, not the 18th of May."""
    assert own_start_ahead("applicants from 18 may apply for the new pass.", _at(2026, 1, 2)) == ""


@pytest.mark.parametrize(
    ("title", "text", "published", "since"),
    [
        # A recent start told in the lead with no future: the change applies since then.
        ("Impatriati, cambiano le regole", "Cambiano le regole per i lavoratori impatriati dal 1° marzo.",
         _at(2025, 3, 20), "dal 1° marzo."),
        # Not a start told with a future or a plan, nor one long past (background, not news).
        ("Impatriati, nuove regole", "Dal 1° marzo sarà richiesta una residenza all'estero di tre anni.",
         _at(2025, 3, 20), ""),
        ("Impatriati, nuove regole", "Cambiano le regole per i lavoratori impatriati dal 1° marzo 2024.",
         _at(2025, 3, 20), ""),
    ],
)
def test_a_recent_start_told_without_a_future_is_in_force(title: str, text: str, published: datetime,
                                                          since: str) -> None:
    assert start_in_force(prepare(title, text), published) == since
