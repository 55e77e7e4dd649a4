"""English questions asking for a figure or a date about articles in other languages
(`bot.analysis.qa.across`): the figure must stand with what the question is about, and a question about
taking effect needs a start or effect word next to its date. The articles are written for these tests;
none is a sentence of the labelled set."""

from __future__ import annotations

import pytest

from bot.analysis.qa import QADocument, answer_question
from bot.analysis.qa.bridge import _CONCEPTS, _held, _is_name


def _doc(text: str, title: str, doc_id: str = "x") -> QADocument:
    return QADocument(id=doc_id, url=f"https://example.org/{doc_id}", title=title, text=text)


DE_ANNOUNCED = _doc(
    "Berlin. Das Ministerium stellte die neuen Regeln für ausländische Fachkräfte am 3. März 2025 in Berlin vor. "
    "Die Opposition kritisierte den Entwurf als zu zaghaft und forderte mehr Personal in den Behörden.",
    "Neue Regeln für Fachkräfte vorgestellt",
)
DE_IN_FORCE = _doc(
    "Berlin. Das Ministerium stellte die neuen Regeln für ausländische Fachkräfte am 3. März 2025 in Berlin vor. "
    "Die neuen Regeln treten am 1. Juli 2025 für alle Antragsteller in Kraft.",
    "Neue Regeln für Fachkräfte",
)
ZH_IN_FORCE = _doc(
    "国务院新闻办公室3月5日举行发布会,介绍外国人才签证的新规定。新规定自2025年10月1日起施行,适用于所有申请人。",
    "外国人才签证新规定",
)


def test_taking_effect_needs_an_effect_word_next_to_the_date() -> None:
    answer = answer_question("When will the new rules take effect?", [DE_ANNOUNCED])
    assert not answer.answered  # the date the rules were presented is not when they apply


@pytest.mark.parametrize(("doc", "date"), [(DE_IN_FORCE, "1. Juli 2025"), (ZH_IN_FORCE, "2025年10月1日")])
def test_taking_effect_is_answered_by_the_date_with_its_effect_word(doc: QADocument, date: str) -> None:
    answer = answer_question("When will the new rules take effect?", [doc])
    assert answer.answered and date in answer.answer.split("\n")[0]


def test_a_figure_must_stand_with_what_the_question_is_about() -> None:
    doc = _doc(
        "Rom. Die Konferenz über Forschungspolitik dauerte drei Tage und fand an der Universität statt. "
        "Die Teilnehmer diskutierten über neue Programme für junge Forscher aus dem Ausland.",
        "Konferenz in Rom",
    )
    # Nothing near the three days is a tax: the article does not say how long the tax relief lasts.
    assert not answer_question("For how many years does the tax relief last?", [doc]).answered
    relief = _doc(
        "Berlin. Forscher, die aus dem Ausland nach Deutschland ziehen, erhalten eine Steuerermäßigung. "
        "Die Steuerermäßigung gilt für fünf Jahre ab dem Umzug und wird vom Finanzamt gewährt.",
        "Steuerermäßigung für Rückkehrer",
    )
    assert "fünf Jahre" in answer_question("For how many years does the tax relief last?", [relief]).answer


def test_a_figure_in_the_next_sentence_of_its_subject_still_answers() -> None:
    doc = _doc(
        "Madrid. El Gobierno aprobó una nueva convocatoria para atraer investigadores del extranjero. "
        "Contará con un presupuesto de hasta 40 millones de euros según el ministerio.",
        "Nueva convocatoria",
    )
    assert "40 millones de euros" in answer_question("How much money does the new call have?", [doc]).answer


@pytest.mark.parametrize(("text", "label"), [
    ("उनके संस्थानों में", "institution"), ("विश्वविद्यालयों में", "university"),  # Devanagari endings
    ("Die Mitarbeiter des Instituts", "staff"), ("сотрудники института", "institution"),
    ("La convocatoria se abre en mayo", "call"), ("国务院常务会议通过", "cabinet"),
])
def test_the_glossary_finds_its_concepts(text: str, label: str) -> None:
    assert label in {m.label for m in _CONCEPTS.find(text)}
    assert f"c:{label}" in _held(text)


def test_a_penalty_of_those_who_do_not_comply_may_come_two_sentences_after_who_they_are() -> None:
    doc = QADocument(id="ru3", title="Сотрудникам госкомпаний велели сдать загранпаспорта",
                     text=("Журналисты выяснили, что у сотрудников госкомпаний забирают загранпаспорта. "
                           "По словам источников, документы передают на хранение ФСБ. "
                           "Тем, кто этого не сделает, предлагают уволиться, утверждает источник."))
    answer = answer_question("What happens to staff who refuse?", [doc])
    assert answer.answered and "предлагают уволиться" in answer.answer


def test_a_figure_for_each_year_is_not_answered_by_a_total_in_another_language() -> None:
    question = "How many research visas will be issued each year?"
    total = QADocument(id="ko", title="정부, 연구자 전용 비자 신설",
                       text=("정부는 해외 우수 연구자를 유치하기 위해 연구자 전용 비자를 신설한다고 밝혔다. "
                             "지난해 전국 10곳에서 4420명에게 유학 비자가 발급됐다."))
    assert not answer_question(question, [total]).answered
    yearly = QADocument(id="ko2", title=total.title, text=total.text + " 정부는 이 비자를 매년 500명에게 발급할 계획이다.")
    answer = answer_question(question, [yearly])
    assert answer.answered and "4420" not in answer.answer and "매년 500명" in answer.answer


def test_a_cjk_count_is_of_the_counter_right_after_its_number() -> None:
    # "3つの段階に分けて技術者の経歴を確認する": the 3 counts stages; the engineers come later in the sentence.
    doc = _doc(
        "経済産業省は新しい審査の方針を発表した。審査では3つの段階に分けて技術者らの経歴と国籍を確認する。",
        "技術者の審査を強化",
    )
    assert not answer_question("How many engineers have been refused so far?", [doc]).answered
    counted = _doc(
        "経済産業省は新しい審査の方針を発表した。これまでに技術者120人が審査を受けた。",
        "技術者の審査を強化",
    )
    answer = answer_question("How many engineers have been screened so far?", [counted])
    assert answer.answered and "120人" in answer.answer


def test_a_page_stamp_line_is_not_a_statement_of_a_date() -> None:
    doc = _doc(
        "发布 : 2026-3-14 来源 : 北方晨报即时新闻网\n教育部表示,将研究外国学者签证的新安排,具体方案尚未公布。",
        "外国学者签证新安排",
    )
    assert not answer_question("When will the visa rules for scholars be published?", [doc]).answered


def test_one_of_something_is_a_condition_not_how_many() -> None:
    doc = _doc(
        "出入国在留管理庁は起業ビザの要件を見直す。新しい要件では、1人以上の常勤職員の雇用が義務化される。",
        "起業ビザの要件を厳格化",
    )
    assert not answer_question("How many people hold the visa?", [doc]).answered


def test_a_rank_or_a_clause_number_is_not_how_many() -> None:
    doc = _doc(
        "勞動部表示,新制放寬至世界排名前300名大學之畢業生,可申請工作簽證。依第12條規定,申請人須有學士學位。",
        "工作簽證新制放寬",
    )
    assert not answer_question("How many work visas were issued last year?", [doc]).answered


def test_the_day_something_was_said_is_not_when_it_happens() -> None:
    doc = _doc(
        "《东方评论》星期二(4月8日)引述学者协会的声明说,这项法案将损害学术交流。众议院尚未安排对该法案的表决。",
        "学者协会批评留学生签证法案",
    )
    assert not answer_question("When will the House vote on the visa bill?", [doc]).answered
    answer = answer_question("When did the scholars' association issue its statement?", [doc])
    assert answer.answered and "4月8日" in answer.answer


RU_FSB = _doc(
    "Москва. Институты обязаны передавать сведения об иностранных участниках в ФСБ в течение десяти дней. "
    "Решение о допуске принимается после проверки.",
    "Новые правила для иностранных учёных",
)


def test_an_acronym_is_found_in_cyrillic_capitals() -> None:
    # "FSB" is written "ФСБ" in Russian: the name is in the sources, and the sentence holding it answers.
    answer = answer_question("How long do institutes have to pass the data to the FSB?", [RU_FSB])
    assert answer.answered and "в течение десяти дней" in answer.answer.split("\n")[0]
    assert "n:fsb" in _held("передавать сведения в ФСБ") and "n:mvd" in _held("МВД сообщило")


def test_an_acronym_no_source_names_still_refuses() -> None:
    # "CIA" is in no source, in Latin or in Cyrillic capitals: the name the question uses is missing.
    assert not answer_question("How long does the CIA have to pass the data on?", [RU_FSB]).answered
    assert not _is_name("Moscow") and not _is_name("PhDs") and _is_name("FSB") and _is_name("J-Find")


def test_a_glossary_word_in_capitals_is_not_a_name_the_sources_must_hold() -> None:
    doc = _doc("서울. 올해 국내 대학에서 박사학위를 받은 연구자 120명이 신규 채용됐다. 나머지는 해외 출신이다.",
               "박사후연구원 채용 완료")
    answer = answer_question("How many new PhDs were hired?", [doc])
    assert answer.answered and "120명" in answer.answer


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        ("يشترط أن يكون لدى المتقدم خبرة مهنية لا تقل عن ثلاث سنوات في مجال البحث العلمي. ويقدم الطلب إلكترونيا.",
         "شروط الإقامة الجديدة", "ثلاث سنوات"),
        ("Hakijalla on oltava vähintään kolme vuotta työkokemusta alalta. Hakemus jätetään sähköisesti.",
         "Uudet vaatimukset työluvalle", "kolme vuotta"),
    ],
)
def test_a_duration_in_arabic_or_finnish_words_answers_how_long(text: str, title: str, expected: str) -> None:
    answer = answer_question("How many years of experience are required?", [_doc(text, title)])
    assert answer.answered and expected in answer.answer


def test_a_duration_of_something_else_does_not_answer_how_long() -> None:
    doc = _doc("Hakemus käsitellään viidessä viikossa. Hakijalla on oltava yliopistotutkinto.", "Uudet säännöt")
    assert not answer_question("How many years of experience are required?", [doc]).answered


ZH_K = _doc("新华社北京电。外国青年科技人才可申请K字签证,每次入境可停留180天。申请人无需境内单位邀请。",
            "K字签证10月1日起施行", "zh-k")
JA_K = _doc("北京。中国はKビザを新設する。Kビザの保有者は、入国ごとに最長180日間滞在できる。申請には招聘状が不要だ。",
            "中国、Kビザを新設", "ja-k")


def test_the_asked_articles_language_is_quoted_before_a_third_ones() -> None:
    # The other outlet, in Japanese, states the stay as well: the asked Chinese article's sentence is quoted.
    answer = answer_question("How long can a K visa holder stay per entry?", [ZH_K, JA_K])
    assert answer.answered and answer.answer.startswith("(quoted in Chinese)") and "180天" in answer.answer
    assert "(quoted in Japanese)" not in answer.answer


def test_a_third_languages_outlet_still_answers_what_the_asked_article_does_not() -> None:
    zh = _doc("新华社北京电。外国青年科技人才可申请K字签证。申请人无需境内单位邀请。", "K字签证10月1日起施行", "zh-k2")
    answer = answer_question("How long can a K visa holder stay per entry?", [zh, JA_K])
    assert answer.answered and "(quoted in Japanese)" in answer.answer and "180日間" in answer.answer


KO_HIRED = _doc("서울. 올해 신규 박사후연구원 120명이 채용됐다. 해외 대학에서 연구하던 35명이 귀국해 합류했다. "
                "사업 예산은 내년에 늘어난다.", "박사후연구원 채용 완료", "ko-hired")


@pytest.mark.parametrize(("question", "expected", "other"), [
    ("How many researchers returned from abroad?", "35명", "120명"),
    ("How many new postdocs were hired?", "120명", "35명"),
])
def test_of_two_counts_the_one_with_what_the_question_is_about_answers(question: str, expected: str, other: str) -> None:
    answer = answer_question(question, [KO_HIRED])
    assert answer.answered and expected in answer.answer.split("\n")[0] and other not in answer.answer.split("\n")[0]


KO_DAMAGE = _doc(
    "정부는 산업기술 보호 대책을 발표했다. 최근 5년간 기술 유출로 인한 피해액은 약 10조원에 달하는 것으로 추산됐다.",
    "기술 유출 피해 대책",
)
KO_CASES = _doc(
    "정부는 산업기술 보호 대책을 발표했다. 최근 5년간 적발된 기술 유출 사건은 모두 90건에 달하는 것으로 집계됐다.",
    "기술 유출 사건 집계",
)


def test_a_sum_in_korean_trillions_is_an_amount() -> None:
    answer = answer_question("How much damage have technology leaks caused?", [KO_DAMAGE])
    assert answer.answered and "10조원" in answer.answer


def test_a_count_of_cases_is_no_amount() -> None:
    assert not answer_question("How much damage have technology leaks caused?", [KO_CASES]).answered


JA_STARTED = _doc("研究所は留学生の受け入れについて新しい審査基準を定めた。研究所は昨年9月に新しい基準の運用を始めた。",
                  "新しい審査基準")
JA_DECIDED = _doc("研究所は留学生の受け入れについて新しい審査基準を定めた。研究所は昨年9月に新しい基準を発表した。",
                  "新しい審査基準")


def test_starting_in_japanese_is_a_start_word_next_to_its_date() -> None:
    answer = answer_question("When did the institute start applying the new criteria?", [JA_STARTED])
    assert answer.answered and "昨年9月" in answer.answer


def test_the_date_of_an_announcement_does_not_answer_when_it_started() -> None:
    assert not answer_question("When did the institute start applying the new criteria?", [JA_DECIDED]).answered


@pytest.mark.parametrize(("text", "answered"), [
    ("Im Jahr 2025 können bis zu 9000 qualifizierte Fachleute aus Drittstaaten rekrutiert werden.", True),
    ("Im Jahr 2025 können bis zu 9000 Anträge aus Drittstaaten bearbeitet werden.", False),
])
def test_german_fachleute_are_people_counted(text: str, answered: bool) -> None:
    doc = _doc("Der Bundesrat hat die Kontingente für Fachkräfte festgelegt. " + text, "Kontingente festgelegt")
    answer = answer_question("How many skilled workers from third countries may be recruited in 2025?", [doc])
    assert answer.answered is answered and (not answered or "9000" in answer.answer)
