"""Story similarity: the evidence that two items tell one story."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.analysis import embed
from bot.analysis.analyzer import analyze
from bot.analysis.cluster import ClusterIndex
from bot.analysis.story_features import StoryFeatures, story_features
from bot.analysis.story_similarity import (
    _other_languages,
    compatible,
    named_across,
    named_each_other,
    same_programme,
)


def _item(title: str, text: str, when: datetime) -> StoryFeatures:
    return story_features(title, text, analyze(title, text, published=when), when)


def test_a_bill_in_committee_and_its_final_vote_quoted_in_a_headline_are_one_story() -> None:
    # The committee reviews articles of a law; fourteen months on, a headline quotes the law as passed.
    committee = _item("立法院委員會聯席會議紀錄",
                      "審查行政院函請審議「海外科技人才引進條例第十二條及第十四條條文」修正草案，延長外籍研究人員"
                      "居留許可。", datetime(2027, 6, 17))
    passed = _item("立法院今天三讀通過「海外科技人才引進條例修正案」",
                   "立法院今天三讀通過「海外科技人才引進條例」修正案，外籍研究人員居留許可延長為五年。",
                   datetime(2028, 8, 29))
    assert same_programme(committee, passed)
    index = ClusterIndex()
    key, _ = index.assign(committee, seed="committee")
    assert index.assign(passed, seed="passed") == (key, False)


def test_a_line_of_speech_quoted_in_two_headlines_is_no_programme() -> None:
    a = _item('Minister warns of "a country that closes its doors to the talent it needs"',
              "The minister spoke about visas for researchers.", datetime(2027, 1, 5))
    b = _item('Critics echo "a country that closes its doors to the talent it needs"',
              "Universities said visa rules for researchers were too strict.", datetime(2028, 3, 5))
    assert not same_programme(a, b)


def test_a_programme_named_in_a_headline_months_later_joins_its_story() -> None:
    # The launch briefing, then figures half a year on that big firms take most: little wording in common
    # but the programme's name, in the later headline.
    launch = _item("과기부, 해외 첨단인재 유치 Frontier Scholar Pass 설명회 개최",
                   "과학기술정보통신부는 해외 우수 연구자에게 비자와 정주를 지원하는 Frontier Scholar Pass 설명회를 "
                   "열었다. 반도체, 인공지능, 바이오 분야 석박사급 인재가 대상이며 배우자 취업과 자녀 교육도 돕는다.",
                   datetime(2027, 4, 3))
    figures = _item("Frontier Scholar Pass, 특정 대기업 쏠림 심각…지방 발급 0건",
                    "국회 자료에 따르면 발급자의 83%가 수도권 대기업 세 곳에 몰렸다.", datetime(2027, 10, 16))
    assert same_programme(launch, figures)
    index = ClusterIndex()
    key, _ = index.assign(launch, seed="launch")
    assert index.assign(figures, seed="figures") == (key, False)


def test_a_lead_recalling_another_programme_does_not_make_its_story() -> None:
    # A new pass's launch recalls last year's visa in its lead; the visa's own story is another.
    visa = _item("Ministry creates Summit Researcher Visa for top scientists",
                 "The Summit Researcher Visa lets foreign scientists stay five years with their families.",
                 datetime(2027, 1, 10))
    new_pass = _item("Ministry launches the new Horizon Engineer Pass for engineers abroad",
                     "After the Summit Researcher Visa, the Horizon Engineer Pass offers engineers fast residence.",
                     datetime(2027, 4, 2))
    assert not same_programme(visa, new_pass)
    later = _item("Summit Researcher Visa draws 300 applicants",
                  "Applications for the visa came mostly from universities.", datetime(2027, 6, 1))
    assert same_programme(visa, later)


def test_english_and_spanish_are_other_languages_where_english_is_embedded() -> None:
    if not embed.available():
        pytest.skip("no embedding model")
    english = StoryFeatures(tokens=("grant",), vector=embed.embed("Grants for researchers"))
    spanish = StoryFeatures(tokens=("ayuda",))
    assert _other_languages(english, spanish)
    assert not _other_languages(english, english)


def test_japanese_chinese_and_korean_are_other_languages_though_they_share_characters() -> None:
    when = datetime(2027, 8, 26)
    japanese = _item("経営・管理ビザの要件が厳格化へ", "出入国在留管理庁は資本金の要件を引き上げる。", when)
    chinese = _item("日本擬提高經營管理簽證門檻", "日本出入國在留管理廳公布新的審查基準，資本要求大增。", when)
    korean = _item("일본 경영관리 비자 요건 강화", "일본 정부가 경영관리 비자의 자본금 요건을 높인다.", when)
    russian = _item("Япония ужесточает требования к бизнес-визам", "Требования к капиталу повышаются.", when)
    assert _other_languages(japanese, chinese) and _other_languages(chinese, korean)
    assert _other_languages(japanese, korean) and _other_languages(chinese, russian)
    assert not _other_languages(chinese, chinese) and not _other_languages(japanese, japanese)


def test_arabic_russian_hebrew_and_hindi_are_other_languages_though_none_is_latin() -> None:
    when = datetime(2027, 8, 26)
    arabic = _item("الحكومة تشدد شروط تأشيرات الطلاب", "أعلنت الحكومة تشديد شروط تأشيرات الطلاب الأجانب.", when)
    russian = _item("Правительство ужесточает условия студенческих виз",
                    "Правительство объявило об ужесточении условий виз для иностранных студентов.", when)
    hebrew = _item("הממשלה מחמירה את תנאי אשרות הסטודנטים", "הממשלה הודיעה על החמרת תנאי האשרות לסטודנטים זרים.", when)
    hindi = _item("सरकार ने छात्र वीज़ा की शर्तें सख्त कीं", "सरकार ने विदेशी छात्रों के वीज़ा की शर्तें सख्त करने की घोषणा की।", when)
    assert _other_languages(arabic, russian) and _other_languages(hebrew, hindi)
    assert _other_languages(arabic, hebrew) and _other_languages(russian, hindi)
    assert not _other_languages(arabic, arabic) and not _other_languages(russian, russian)


def test_a_matter_between_two_states_joins_whichever_government_each_outlet_tags() -> None:
    # One bill, two outlets: one tags the state that passes it, the other the state whose people it
    # targets. Each names both in its headline or lead.
    when = datetime(2027, 3, 10)
    bill = StoryFeatures(tokens=("bill", "student", "visa"), jurisdictions=("US",), places=("CN", "US"), published=when)
    report = StoryFeatures(tokens=("bill", "student", "visa"), jurisdictions=("CN",), places=("CN", "US"),
                           published=when)
    assert named_each_other(bill, report) and compatible(bill, report)
    # The baseline of before issue 11 keeps the plain gate.
    assert not compatible(bill, report, across=False)
    # A report of China's own rule that never names the US is another government's action, whatever a
    # US-tagged item says of China.
    own = report.model_copy(update={"places": ("CN",)})
    assert not named_each_other(bill, own) and not compatible(bill, own)
    # Time still gates: a year and a half apart they are two matters.
    later = report.model_copy(update={"published": datetime(2028, 9, 1)})
    assert not compatible(bill, later)


def test_one_outlet_naming_the_others_state_joins_it_only_through_a_shared_anchor() -> None:
    # A tag gone wrong (or a second government in one matter): one outlet names the other's state, the
    # other does not. A shared anchor (the proclamation's number) says they are one matter.
    when = datetime(2027, 3, 10)
    rule = StoryFeatures(tokens=("proclamation", "visa"), jurisdictions=("US",), places=("CN", "US"),
                         anchors=("num:10043",), published=when)
    report = StoryFeatures(tokens=("proclamation", "visa"), jurisdictions=("CN",), places=("CN",),
                           anchors=("num:10043",), published=when)
    assert not named_each_other(rule, report)
    assert named_across(rule, report) and compatible(rule, report)
    # Without one, a state's own rule that another's report merely cites stays apart.
    unanchored = report.model_copy(update={"anchors": ()})
    assert not named_across(rule, unanchored) and not compatible(rule, unanchored)
    # Neither naming the other's state: no anchor opens the gate.
    elsewhere = report.model_copy(update={"jurisdictions": ("GB",), "places": ("GB",)})
    assert not named_across(rule, elsewhere) and not compatible(rule, elsewhere)



def test_the_pair_score_weighs_the_pair_features_and_is_symmetric() -> None:
    from bot.analysis.story_similarity import TITLE_NAME_WEIGHT, match_score, pair_features, rule_score

    a = _item("Trump imposes $100,000 annual fee on H-1B visas",
              "President Trump signed a proclamation requiring employers to pay $100,000 a year for each H-1B "
              "worker they sponsor.", datetime(2027, 9, 19))
    b = _item("White House says $100,000 H-1B fee applies to new petitions only",
              "The $100,000 fee on H-1B visas applies to new petitions, not renewals, the White House said.",
              datetime(2027, 9, 21))
    x = pair_features(a, b)
    assert x == pair_features(b, a)  # symmetric: a placement does not depend on which came first
    assert x["anchor_amount"] == 1.0 and "other_languages" not in x
    assert match_score(a, b) == rule_score(x) == match_score(b, a)
    gained = rule_score({**x, "title_name": 1.0}) - rule_score({**x, "title_name": 0.0})
    assert abs(gained - TITLE_NAME_WEIGHT) < 1e-9


def test_headlines_sharing_distinctive_words_outside_english_weigh_for_one_story() -> None:
    from bot.analysis.story_similarity import TITLE_WORDS_WEIGHT, pair_features, rule_score

    a = _item("Rimpatrio ricercatori, legge di bilancio 2028",
              "La manovra riduce gli sgravi per chi rientra in Italia a lavorare.", datetime(2027, 10, 19))
    b = _item("Manovra, emendamento Bianchi sul rimpatrio ricercatori",
              "Un emendamento propone di ripristinare le agevolazioni precedenti.", datetime(2027, 11, 22))
    x = pair_features(a, b)
    assert x["title_words"] == pair_features(b, a)["title_words"] >= 1.0  # "rimpatrio", "ricercatori"
    gained = rule_score(x) - rule_score({**x, "title_words": 0.0})
    assert abs(gained - TITLE_WORDS_WEIGHT * x["title_words"]) < 1e-9
    # In English the embedding reads the headlines' meaning already.
    english = {**x, "english": 1.0}
    assert rule_score(english) == rule_score({**english, "title_words": 0.0})


def test_a_term_of_years_both_reports_state_counts_across_languages() -> None:
    from bot.analysis.story_similarity import pair_features, rule_score

    when = datetime(2027, 3, 4)
    english = StoryFeatures(tokens=("nurse", "permit"), anchors=("term:7y",), jurisdictions=("QA",),
                            policy_type="visa", published=when, title="Qatar grants 7-year permits to nurses")
    arabic = StoryFeatures(tokens=("ممرض",), anchors=("term:7y",), jurisdictions=("QA",), policy_type="visa", published=when,
                           title="قطر تمنح إقامة لمدة 7 سنوات للممرضين")
    x = pair_features(english, arabic)
    assert x["anchor_term"] == 1.0 and x["other_languages"] == 1.0
    # Another term is no shared anchor (nor a conflict: a permit and its renewal may differ in length).
    other = arabic.model_copy(update={"anchors": ("term:3y",)})
    y = pair_features(english, other)
    assert y["anchor_term"] == 0.0 and y["soft_conflict"] == 0.0
    assert rule_score(x) > rule_score(y)


def test_across_languages_concepts_shared_beyond_a_fifth_add_evidence() -> None:
    # Two reports in other languages naming a quarter of their concepts alike: beyond what two reports of one
    # country and field share anyway (CONCEPT_FLOOR), each report's concepts add to the score.
    from bot.analysis.story_similarity import CONCEPT_FLOOR, rule_score

    base = {"words": 0.0, "soft_conflict": 0.0, "title_name": 0.0, "other_languages": 1.0, "xl_names": 0.0,
            "anchor_code": 0.0, **{f"anchor_{k}": 0.0 for k in ("doc", "name", "amount", "date", "quote", "term")}}
    assert CONCEPT_FLOOR < 0.25
    assert rule_score({**base, "xl_concepts": 0.25}) > rule_score({**base, "xl_concepts": 0.0})
    assert rule_score({**base, "xl_concepts": CONCEPT_FLOOR}) == rule_score({**base, "xl_concepts": 0.0})


def test_months_apart_without_a_shared_anchor_cost_less_than_the_threshold() -> None:
    # A year apart, a report naming nothing the story's first one names still pays for the time between
    # them, but less than a whole placement threshold (the action's later stage reworded by another outlet).
    from bot.analysis.cluster import DEFAULT_THRESHOLD
    from bot.analysis.story_similarity import rule_score

    base = {"words": 0.0, "soft_conflict": 0.0, "title_name": 0.0, "anchor_code": 0.0,
            **{f"anchor_{k}": 0.0 for k in ("doc", "name", "amount", "date", "quote", "term")}}
    cost = rule_score(base) - rule_score({**base, "stale_unnamed": 1.0})
    assert 0 < cost < DEFAULT_THRESHOLD + 0.1
    assert rule_score({**base, "stale_named": 1.0}) > rule_score({**base, "stale_unnamed": 1.0})


def test_the_same_governments_same_kind_of_policy_in_the_same_days_weighs_for_one_story() -> None:
    # Agreeing tags in a burst, with something specific shared, add beyond the burst alone; agreeing tags
    # months apart, a burst with tags that do not agree, or nothing shared but a visa class, add nothing more.
    from bot.analysis.story_similarity import (
        AGREE_BURST_BONUS,
        AGREE_BURST_WORDS,
        AGREEMENT_BONUS,
        BURST_BONUS,
        rule_score,
    )

    base = {"words": AGREE_BURST_WORDS, "soft_conflict": 0.0, "title_name": 0.0, "anchor_code": 0.0,
            **{f"anchor_{k}": 0.0 for k in ("doc", "name", "amount", "date", "quote", "term")}}
    burst, agree = {**base, "burst": 1.0}, {**base, "agree": 1.0}
    both = {**burst, "agree": 1.0}
    assert rule_score(both) - rule_score(agree) == pytest.approx(BURST_BONUS + AGREE_BURST_BONUS)
    assert rule_score(burst) - rule_score(base) == pytest.approx(BURST_BONUS)
    assert rule_score({**agree, "burst": 0.0}) == rule_score(agree)
    # Words below the floor: only a shared anchor other than a visa class, or concepts across languages, count.
    few = {**both, "words": 0.0}
    assert rule_score(few) == pytest.approx(rule_score({**few, "agree": 0.0}) + AGREEMENT_BONUS)
    assert rule_score({**few, "anchor_code": 1.0, "anchor_kinds": 1.0}) == pytest.approx(
        rule_score({**few, "agree": 0.0, "anchor_code": 1.0, "anchor_kinds": 1.0}) + AGREEMENT_BONUS)
    dated = {**few, "anchor_date": 1.0, "anchor_kinds": 1.0}
    assert rule_score(dated) - rule_score({**dated, "agree": 0.0}) == pytest.approx(AGREEMENT_BONUS + AGREE_BURST_BONUS)
    across = {**few, "other_languages": 1.0, "xl_names": 0.0, "xl_concepts": 0.5}
    assert rule_score(across) - rule_score({**across, "agree": 0.0}) == pytest.approx(AGREEMENT_BONUS + AGREE_BURST_BONUS)


def test_a_head_of_government_named_across_languages_is_no_shared_name() -> None:
    # "Trump" heads the reports of most US actions: across languages it says nothing about which one.
    from bot.analysis.story_similarity import pair_features

    russian = _item("Суд заблокировал решение Trump против студентов Harvard",
                    "Федеральный судья приостановил решение администрации Trump в отношении Harvard.",
                    datetime(2025, 5, 23))
    ban = _item("Trump bans citizens of 12 countries from entering the U.S.",
                "President Trump signed a proclamation barring citizens of 12 countries.", datetime(2025, 6, 4))
    assert pair_features(ban, russian)["xl_names"] == 0.0
    # Another name both write is still one: the university each report is about.
    harvard = _item("Trump administration bars Harvard from enrolling international students",
                    "Harvard can no longer enrol students from abroad, the Trump administration said.",
                    datetime(2025, 5, 22))
    assert pair_features(harvard, russian)["xl_names"] == 1.0


def test_headlines_whose_latest_years_differ_are_two_actions() -> None:
    # Each year's quotas are a decision of their own, though the later headline recalls the earlier year.
    from bot.analysis.story_similarity import conflicts

    first = _item("Kontingente für Fachleute aus Drittstaaten bleiben 2024 unverändert",
                  "Der Bundesrat hat die Höchstzahlen für Fachkräfte aus Drittstaaten festgelegt.", datetime(2023, 11, 1))
    later = _item("Kontingente für Fachkräfte aus Drittstaaten 2025 mit denselben Höchstzahlen wie 2024",
                  "Der Bundesrat hat die Höchstzahlen für Fachkräfte aus Drittstaaten festgelegt.", datetime(2024, 11, 27))
    assert conflicts(first, later)[0] < 0
    # The same latest year in both: no conflict, whatever else one of them recalls.
    again = _item("Kontingente für Fachkräfte 2025: wie 2024",
                  "Der Bundesrat hat die Höchstzahlen für Fachkräfte aus Drittstaaten festgelegt.", datetime(2024, 11, 28))
    assert conflicts(again, later)[0] == 0


def test_across_languages_a_title_name_the_other_never_writes_is_no_conflict() -> None:
    # The Russian report writes the ministry and the country in its own script: the English title's "DHS" is
    # no evidence of another action there, though it is between two English reports.
    from bot.analysis.story_similarity import conflicts, pair_features

    when = datetime(2027, 8, 28)
    english = StoryFeatures(tokens=("dhs", "student", "stay"), heads=("who:dhs",), jurisdictions=("US",),
                            policy_type="visa", published=when, title="DHS proposes fixed stays for students")
    russian = StoryFeatures(tokens=("министерство", "студент", "срок"), heads=("who:сша",),
                            jurisdictions=("US",), policy_type="visa", published=when,
                            title="США ограничат срок пребывания студентов")
    assert conflicts(english, russian)[1] < 0  # the rule as such still weighs the names
    assert conflicts(english, russian, who=False)[1] == 0
    x = pair_features(english, russian)
    assert x["other_languages"] == 1.0 and x["soft_conflict"] == 0.0
    # Two English reports: a title's name the other never mentions still counts against them.
    other = english.model_copy(update={"tokens": ("governor", "student", "stay"), "heads": ("who:governor",),
                                       "title": "Governor limits stays of students"})
    y = pair_features(english, other)
    assert "other_languages" not in y and y["soft_conflict"] < 0


def test_a_figure_one_writes_as_an_amount_and_the_other_bare_is_shared() -> None:
    # English writes "3,484 entities" (an amount, an anchor); Arabic "3484 منشأة" (a bare number, a token).
    from bot.analysis.story_similarity import pair_features, shared_evidence

    when = datetime(2027, 2, 1)
    english = StoryFeatures(tokens=("#3484", "residency", "entity"), anchors=("#3484",), jurisdictions=("SA",),
                            policy_type="immigration", published=when, title="3,484 entities approved")
    arabic = StoryFeatures(tokens=("#3484", "منشأة"), jurisdictions=("SA",), policy_type="immigration",
                           published=when, title="اعتماد 3484 منشأة")
    assert shared_evidence(english, arabic) > 0
    assert pair_features(arabic, english)["anchor_amount"] == 1.0
    # A figure neither states as an amount is no anchor of either.
    bare = english.model_copy(update={"anchors": ()})
    assert shared_evidence(bare, arabic) == 0
    assert pair_features(bare, arabic)["anchor_amount"] == 0.0


def test_two_reports_in_chinese_are_compared_by_their_character_pairs() -> None:
    from bot.analysis.story_similarity import CJK_WORDING_FLOOR, cjk_overlap, pair_features, text_overlap

    when = datetime(2027, 3, 14)
    one = "众议院共和党提案禁止中国公民申请美国学生签证 议员提出法案,禁止中国公民获得学生签证。"
    two = "美国共和党议员推动立法禁止中国公民在美国获得学生签证 法案引发批评。"
    unrelated = "澳洲政府宣布技术移民职业清单更新 新清单增加护士和工程师。"
    assert cjk_overlap(one, two) > text_overlap(one, two)
    assert cjk_overlap(one, two) > CJK_WORDING_FLOOR > cjk_overlap(one, unrelated)

    def item(text: str) -> StoryFeatures:
        title, lead = text.split(" ", 1)
        return StoryFeatures(tokens=("签证",), jurisdictions=("US",), policy_type="visa", published=when,
                             title=title, lead=lead)

    assert pair_features(item(one), item(two))["wording"] > 0
    assert pair_features(item(one), item(unrelated))["wording"] == 0


def test_traditional_and_simplified_chinese_are_one_wording() -> None:
    from bot.analysis.story_similarity import cjk_overlap, text_overlap

    traditional = "中國留學生持全額獎學金赴美，入境被關36小時，5年不得入境美國"
    simplified = "中国留学生持全额奖学金赴美，入境被关36小时，5年不得入境美国"
    assert cjk_overlap(traditional, simplified) == pytest.approx(1.0)
    assert text_overlap(traditional, simplified) == pytest.approx(1.0)
    # Folding spells alike; it does not make other words alike.
    assert cjk_overlap(traditional, "香港更新高才通計劃合資格大學名單") < 0.15


def test_a_concept_word_in_two_names_is_no_name_shared_across_languages() -> None:
    from bot.analysis.story_similarity import pair_features

    when = datetime(2027, 5, 29)
    english = _item("Judge blocks order against Harvard University's students",
                    "A federal judge at Boston blocked the order barring Harvard University from enrolling students.",
                    when)
    chinese = _item("留學生在機場被拘 George Bush Intercontinental Airport",
                    "一名就讀於 Houston University 的中國留學生在入境時被拘留並遣返。", when)
    harvard = _item("哈佛大學 Harvard University 留學生禁令被法院凍結",
                    "法院裁定凍結 Harvard University 禁收國際生的命令。", when)
    # "university" names both as part of a name, and both name the concept: it counts once, as a concept.
    assert pair_features(english, chinese).get("xl_names", 0.0) == 0.0
    assert pair_features(english, harvard)["xl_names"] >= 1.0
