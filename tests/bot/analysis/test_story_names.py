"""Names two items share: a programme both name, a quoted name written bare, capitals and stems, the EU."""

from __future__ import annotations

from datetime import datetime

from bot.analysis.analyzer import analyze
from bot.analysis.story_features import StoryFeatures, story_features
from bot.analysis.story_names import same_programme
from bot.analysis.story_similarity import compatible, conflicts


def _item(title: str, text: str, when: datetime) -> StoryFeatures:
    return story_features(title, text, analyze(title, text, published=when), when)


def test_a_name_quoted_in_one_report_and_bare_in_anothers_headline_is_one_programme() -> None:
    # A Korean report quotes the plan's English name; the ministry's English release, two years earlier,
    # names it bare in its headline.
    release = _item("Campus Korea 500K Plan unveiled",
                    "The Ministry of Education announced a plan to attract 500,000 international students.",
                    datetime(2027, 8, 2))
    report = _item("대학 국제화 가속… ‘Campus Korea 500K’ 목표 달성 앞당겨",
                   "정부는 ‘Campus Korea 500K’ 전략으로 유학생 50만 명 유치를 목표로 하고 있다.",
                   datetime(2029, 9, 20))
    assert same_programme(release, report)
    assert compatible(release, report)


def test_a_one_word_quote_bare_in_another_headline_is_no_programme() -> None:
    a = _item('Ministry promises "reform" of student visas', "The ministry spoke about visas.", datetime(2027, 1, 5))
    b = _item("Reform of the work permit passes", "Parliament passed the bill.", datetime(2029, 3, 5))
    assert not same_programme(a, b)


def test_a_name_in_capitals_meets_the_same_name_in_lower_case() -> None:
    # The tokenizer keeps a word in capitals whole and stems it in lower case: still one name.
    gazette = _item("Grants to attract established talent ACOGE",
                    "The State Research Agency opens the call of the ACOGE programme for leading researchers.",
                    datetime(2027, 4, 15))
    news = _item("El Gobierno aprueba la nueva edición del programa Acoge",
                 "El Consejo de Ministros autoriza la tercera edición del programa Acoge para contratar científicos.",
                 datetime(2027, 4, 9))
    assert conflicts(gazette, news)[1] == 0.0


def test_an_eu_programme_tagged_with_a_member_state_is_no_contradiction() -> None:
    when = datetime(2027, 5, 5)
    eu = StoryFeatures(jurisdictions=("EU",), published=when, anchors=("quote:choose horizon",),
                       heads=("quote:choose horizon",), title='The Commission launches "Choose Horizon"')
    french = StoryFeatures(jurisdictions=("FR",), published=when, anchors=("quote:choose horizon",),
                           title='"Choose Horizon" : l’Europe tend la main aux chercheurs')
    assert compatible(eu, french)
    other = french.model_copy(update={"anchors": ("quote:bienvenue",), "title": "Bienvenue aux chercheurs"})
    assert not compatible(eu, other)  # without the programme, the tags contradict
    japanese = french.model_copy(update={"jurisdictions": ("JP",)})
    assert not compatible(eu, japanese)  # not a member state


def test_a_term_quoted_in_lower_case_bare_in_another_headline_is_no_programme() -> None:
    # 'an "exit ban"' quotes a term every report of such bans uses, not the name of one scheme.
    a = _item("Officials barred from leaving the country",
              'Two officials were placed under an "exit ban" after a court hearing.', datetime(2027, 1, 5))
    b = _item("Exit ban on a banker confirmed", "The ministry confirmed the measure.", datetime(2029, 3, 5))
    assert not same_programme(a, b)


def test_a_term_quoted_in_a_title_case_headline_is_no_name() -> None:
    # A Title Case headline capitalises the term it quotes: capitals alone do not make it a name.
    notice = _item("Campus Update – “Exit Ban” Announcement", "The university explains the new rules for staff.",
                   datetime(2027, 2, 1))
    report = _item("Agency Lifts Conference Exit Ban Amid Backlash", "Staff may travel to meetings again.",
                   datetime(2029, 6, 1))
    assert not same_programme(notice, report)


def test_a_headline_naming_a_programme_by_its_short_name_is_that_programme() -> None:
    # A launch names the visa in full; a report over a year later calls it by its distinctive words.
    launch = _item("Government unveils the Maple Harbour Visa for skilled workers",
                   "The new Maple Harbour Visa will replace the temporary skills visa for engineers from next year.",
                   datetime(2027, 2, 27))
    later = _item("From temporary skills to Maple Harbour: how the visa changes affect engineers",
                  "Employers sponsoring engineers face new salary thresholds under the reform, the department said.",
                  datetime(2028, 6, 7))
    assert same_programme(launch, later) and same_programme(later, launch)
    assert compatible(launch, later)


def test_a_shared_programme_name_with_one_distinctive_word_in_a_headline_is_that_programme() -> None:
    # Both leads name the pass in full; one headline names it by one word, the other not at all.
    launch = _item("Penang and Langkawi join the first phase of the Coral Nomad programme",
                   "The minister said the Coral Nomad Pass would open to remote workers in technology from October.",
                   datetime(2027, 9, 13))
    figures = _item("Nearly 2,000 digital nomads approved",
                    "The agency has approved 1,924 applicants under the Coral Nomad Pass since launch, it said.",
                    datetime(2029, 10, 12))
    assert same_programme(launch, figures)


def test_one_word_of_a_programme_name_in_an_unrelated_headline_is_no_programme() -> None:
    launch = _item("Government unveils the Maple Harbour Visa for skilled workers",
                   "The new Maple Harbour Visa will replace the temporary skills visa for engineers from next year.",
                   datetime(2027, 2, 27))
    other = _item("Harbour engineers strike over pay", "Port engineers walked out on Monday.", datetime(2027, 6, 7))
    assert not same_programme(launch, other)


def test_a_name_introduced_in_quotes_meets_a_headline_that_opens_with_it() -> None:
    # The law's report introduces the card's name in quotes; a guide a year on opens its headline with it.
    law = _item("Einwanderung nach Deutschland erleichtert",
                'Mit der sogenannten "Kompasskarte" sollen Fachkräfte aus Drittstaaten leichter einreisen können, '
                "beschloss der Bundestag.", datetime(2027, 3, 29))
    guide = _item("Kompasskarte für Ausländer aus Nicht-EU-Staaten",
                  "Seit dem 1. Juni können Fachkräfte mit der Kompasskarte zur Arbeitssuche einreisen.",
                  datetime(2028, 7, 7))
    assert same_programme(law, guide) and same_programme(guide, law)


def test_a_name_introduced_in_quotes_meets_a_headline_that_capitalises_every_word() -> None:
    # A German headline capitalises its nouns, so capitals there do not mark the card's name as one: the
    # name the law's report introduced in quotes is still found among the headline's words.
    law = _item("Einwanderung nach Deutschland erleichtert",
                'Mit der sogenannten "Kompasskarte" sollen Fachkräfte aus Drittstaaten leichter einreisen können, '
                "beschloss der Bundestag.", datetime(2027, 3, 29))
    figures = _item("Ein Jahr Kompasskarte: Über 9.000 Visa Erteilt",
                    "Das Auswärtige Amt hat seit dem Start rund 9.000 Visa zur Arbeitssuche vergeben.",
                    datetime(2028, 5, 13))
    assert same_programme(law, figures) and same_programme(figures, law)


def test_a_word_quoted_in_english_is_no_name_for_an_english_title_case_headline() -> None:
    # An English headline in Title Case capitalises every word: a word another report quoted as a term
    # (what it called "Misuse") is no programme's name there, and the two are not one story.
    report = _item("Ministry tightens rules for overseas graduates",
                   'The ministry said the change would end what it called "Misuse" of the graduate route.',
                   datetime(2027, 1, 10))
    other = _item("Misuse Of Seasonal Worker Permits By Farm Agencies Prompts Review",
                  "The labour office will revoke licences of farm agencies that misused seasonal permits.",
                  datetime(2027, 9, 10))
    assert not same_programme(report, other) and not same_programme(other, report)


def test_a_word_quoted_as_a_term_in_a_title_case_headline_is_no_programme() -> None:
    # A word in quotes written in lower case is a term, not a name: a headline using it is no programme's.
    report = _item("Universities review partnerships",
                   'The ministry issued a "recommendation" to universities on foreign partnerships on Monday.',
                   datetime(2027, 3, 29))
    other = _item("Ein Jahr Recommendation: Hochschulen Ziehen Bilanz",
                  "Die Hochschulen haben ihre Partnerschaften überprüft, teilte die Rektorenkonferenz mit.",
                  datetime(2028, 5, 13))
    unrelated = _item("Ein Jahr Fachkräfte: Über 9.000 Visa Erteilt",
                      "Das Auswärtige Amt hat seit dem Start rund 9.000 Visa zur Arbeitssuche vergeben.",
                      datetime(2028, 5, 13))
    law = _item("Einwanderung nach Deutschland erleichtert",
                'Mit der sogenannten "Kompasskarte" sollen Fachkräfte aus Drittstaaten leichter einreisen können, '
                "beschloss der Bundestag.", datetime(2027, 3, 29))
    assert not same_programme(report, other)
    assert not same_programme(law, unrelated)


def test_a_name_quoted_in_japanese_loanwords_meets_its_english_headline() -> None:
    # 「セキュリティークリアランス」 is read back as "security clearance": the Japanese report's quoted name of
    # the law meets the English headline that writes it bare (in Title Case, so no name there of its own).
    from bot.analysis.story_names import bare_in_title

    when = datetime(2027, 5, 10)
    japanese = _item("「セキュリティークリアランス」法律 参院本会議で可決 成立",
                     "重要な経済安保情報を扱う人の信頼性を国が確認する制度を創設する法律が成立した。", when)
    english = _item("Japan Diet Enacts Security Clearance Bill",
                    "The Diet enacted a bill to introduce a security clearance system for economic information.", when)
    assert "quote:security clearance" in bare_in_title(japanese, english)


def test_a_term_quoted_in_english_is_no_loanword_name() -> None:
    # The same words quoted in Latin letters are a term like any other (not capitalised, no name in them).
    from bot.analysis.story_names import bare_in_title

    when = datetime(2027, 5, 10)
    quoting = _item('Ministry reviews the "security clearance" of researchers',
                    'The ministry said the "security clearance" would be reviewed.', when)
    english = _item("Japan Diet Enacts Security Clearance Bill",
                    "The Diet enacted a bill to introduce a security clearance system for economic information.", when)
    assert not bare_in_title(quoting, english)
