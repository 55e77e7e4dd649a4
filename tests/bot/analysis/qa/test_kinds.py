"""Kinds of fact in a sentence (`bot.analysis.qa.kinds`), through the answers they decide (invented text)."""

from __future__ import annotations

from bot.analysis.qa import QADocument, _analyse, answer_question
from bot.analysis.qa.kinds import _has_type, _when


def test_a_question_about_a_date_to_come_is_not_answered_by_the_day_something_was_done() -> None:
    doc = QADocument(
        id="f", title="Country F launches a grant for returning engineers",
        text=("HARBOURTON, May 7 (Wire) -- Country F on Sunday launched a grant scheme to bring engineers home. "
              "The ministry of science, which ran a pilot on March 28, will pay a third of each salary."),
    )
    assert not answer_question("When can engineers start applying?", [doc]).answered
    assert not answer_question("When will the scheme take effect?", [doc]).answered


def test_a_date_to_come_answers_a_question_about_the_future() -> None:
    doc = QADocument(
        id="g", title="Country G caps student visas",
        text="Country G capped student visas on Monday. The cap will be reassessed in 2027, officials said.",
    )
    answer = answer_question("When will the cap be reassessed?", [doc])
    assert answer.answered and "2027" in answer.answer


def test_a_wire_dateline_is_when_the_report_was_filed() -> None:
    q = _analyse("When was it announced?")
    assert _when("June 19 (Wire) -- The ministry announced a new visa.", q) < _when(
        "The ministry announced a new visa on June 19.", q)
    assert _when("PORTVILLE, June 19 (Wire) -- The ministry announced a new visa.", q) < 0.5


def test_a_reason_stated_as_one_beats_a_sentence_that_only_mentions_concerns() -> None:
    doc = QADocument(
        id="r", title="Country R raises the salary bar for skilled visas",
        text=("The ministry raised the salary bar amid concerns from business groups about rising costs. "
              "The higher bar is meant to ensure that foreign hires are not paid less than local staff."),
    )
    answer = answer_question("Why is the bar being raised?", [doc])
    assert answer.answered and "not paid less" in answer.answer.split("\n")[0]


def test_when_does_it_take_effect_is_not_answered_by_the_date_of_another_act() -> None:
    doc = QADocument(
        id="e", title="Country E revises its entry order",
        text="On 6 March, the president issued a revised order barring entry from four countries.",
    )
    assert not answer_question("On what date does the revised order take effect?", [doc]).answered
    planned = QADocument(id="p", title="Country P plans a researcher visa",
                         text="The government hopes to implement the new visa in April after public comments.")
    answer = answer_question("When does the government want the visa to start?", [planned])
    assert answer.answered and "April" in answer.answer


def test_what_must_they_do_is_answered_by_what_they_have_to_do() -> None:
    doc = QADocument(
        id="o", title="Country O tightens research visas",
        text=("A researcher who skipped the procedure last year was refused a visa, officials said. "
              "From now on, an applicant has to send a short note on the planned project before arriving."),
    )
    assert _analyse("What must applicants send now?").kind == "what"
    answer = answer_question("What must applicants send now?", [doc])
    assert answer.answered and "short note" in answer.answer.split("\n")[0]


def test_who_is_quoted_is_answered_by_the_statement_and_whom_it_is_put_to() -> None:
    doc = QADocument(
        id="q", title="Country Q vets research visas",
        text=("Applicants must send a note on their project to the interior ministry in advance. "
              "\"Only projects that benefit the country will be approved,\" a senior ministry official said."),
    )
    answer = answer_question("Who is quoted on the change?", [doc])
    assert answer.answered and "a senior ministry official said" in answer.answer.split("\n")[0]


def test_which_countries_is_answered_by_places_not_by_a_number_of_countries() -> None:
    q = _analyse("Which countries face the full ban?")
    counted = "Affected Countries: Under the Order, twelve countries will face a full ban on entry."
    named = "The full ban countries are: Afghanistan, Chad, Haiti, Iran and Yemen."
    assert _has_type("which", named, q) > _has_type("which", counted, q)


def test_what_prompted_it_is_answered_by_a_cause_not_a_purpose() -> None:
    doc = QADocument(
        id="p", title="Country P ends its engineer visa pilot",
        text=("Country P ended its engineer visa pilot on Monday. "
              "The decision is aimed to cut the backlog of visa applications by a third. "
              "The decision followed a ministry audit of the pilot's costs."),
    )
    answer = answer_question("What prompted the decision?", [doc])
    assert answer.answered and "followed a ministry audit" in answer.answer.split("\n")[0]


def test_a_number_of_other_things_does_not_count_the_thing_asked_about() -> None:
    doc = QADocument(
        id="r", title="Country R opens a residency for skilled talent",
        text=("HARBOURTON — Country R's Residency Office has approved 2,150 technology firms whose staff may "
              "apply for the Skilled Talent Residency, the office said."),
    )
    assert not answer_question("How many Skilled Talent residencies have been granted?", [doc]).answered
    permits = QADocument(id="s", title="Country S cuts study permits",
                         text="Country S will cut the number of study permits it issues next year to 364,000.")
    answer = answer_question("How many study permits will be issued?", [permits])
    assert answer.answered and "364,000" in answer.answer


def test_people_named_by_age_or_sex_answer_who() -> None:
    doc = QADocument(id="w", title="Country W to let young men travel abroad",
                     text=("Prime Minister Anna Vey told journalists about the plan, the state broadcaster reports. "
                           "The government plans a resolution allowing men aged 18 to 22 to travel abroad."))
    answer = answer_question("Who would be allowed to leave Country W?", [doc])
    assert answer.answered and "men aged 18 to 22" in answer.answer.split("\n")[0]


def test_a_date_naming_a_past_event_is_not_a_date_to_come() -> None:
    q = _analyse("When will the court issue a final decision?")
    named = "The injunction will block the ministry's May 22 revocation of the licence until the court decides."
    to_come = "The injunction will last until the court decides, expected on May 22."
    assert _when(named, q) < _when(to_come, q)
    doc = QADocument(id="y", title="Court blocks Country Y's revocation of a university licence",
                     text=("A judge on Friday granted the university an injunction. " + named))
    assert not answer_question("When will the court issue a final decision?", [doc]).answered


def test_a_question_about_what_will_be_is_decided_by_what_is_to_come() -> None:
    doc = QADocument(id="aa", title="Country AA extends its talent visa to doctors and engineers",
                     text=("Country AA granted its ten-year talent visa to doctors and engineers on Sunday. "
                           "\"This is the first batch and it will be followed by other categories,\" the minister wrote."))
    answer = answer_question("Will more categories be added?", [doc])
    assert answer.answered and "it will be followed by other categories" in answer.answer


def test_how_many_without_a_noun_is_answered_by_a_number_of_people() -> None:
    doc = QADocument(
        id="c1", title="Country C charges chip engineers over leaked designs",
        text=("Prosecutors in Country C said on Tuesday they had charged seven people, among them two former "
              "lab managers, with leaking wafer designs. The company declined to comment."),
    )
    answer = answer_question("How many were charged?", [doc])
    assert answer.answered and "seven people" in answer.answer


def test_a_sum_told_by_its_order_of_magnitude_is_an_amount() -> None:
    doc = QADocument(
        id="c2", title="Country D counts the cost of stolen battery know-how",
        text=("Investigators put the cost of the stolen battery know-how at hundreds of billions of pesos. "
              "The suspects deny the charges."),
    )
    q = _analyse("How large is the estimated cost?")
    assert _has_type("quantity", "The cost was put at hundreds of billions of pesos.", q) == 1.0
    answer = answer_question("How large is the cost of the stolen know-how?", [doc])
    assert answer.answered and "hundreds of billions of pesos" in answer.answer


def test_an_indefinite_stay_answers_how_long() -> None:
    doc = QADocument(
        id="c3", title="Country E creates a permanent card for star researchers",
        text=("The Lilac Card lets its holder live and teach in Country E for an indefinite period. "
              "Applicants need a doctorate."),
    )
    answer = answer_question("How long may a Lilac Card holder live in Country E?", [doc])
    assert answer.answered and "indefinite period" in answer.answer


def test_staff_who_left_are_personnel_who_departed() -> None:
    doc = QADocument(
        id="c4", title="Maker recalls its engineers from Country F plant",
        text=("The maker began the recall in May. Since then, about 120 personnel have departed the plant, "
              "people familiar with the matter said."),
    )
    answer = answer_question("How many staff have left?", [doc])
    assert answer.answered and "120 personnel" in answer.answer


def test_a_question_in_another_language_finds_its_kind_of_fact_in_that_languages_forms() -> None:
    amount = _analyse("研究者はどれだけの年収が必要ですか？")
    assert _has_type("amount", "研究者は年収2,000万円以上が必要です。", amount) == 1.0
    when = _analyse("Quand l'annonce a-t-elle été faite ?")
    assert _has_type("when", "L'annonce a été faite le 31 octobre 2024.", when) >= 0.8
    count = _analyse("Wie viele Visa wurden erteilt?")
    assert _has_type("count", "Bis Juni wurden 11.497 Visa erteilt.", count) > 0.0
    who = _analyse("누가 법안을 발의했나요?")
    assert _has_type("who", "홍석준 국회의원이 개정안을 대표 발의했다.", who) == 1.0
    why = _analyse("Wozu dient die Karte?")
    assert _has_type("why", "Es gibt die Karte, damit Fachkräfte hier Arbeit suchen.", why) == 1.0


def test_an_english_question_reads_sentences_as_before() -> None:
    # "2,000万円" is no amount to the English patterns: the forms of other languages are not tried.
    assert _has_type("amount", "研究者は年収2,000万円以上が必要です。", _analyse("How much must researchers earn?")) == 0.0


def test_a_count_asked_with_a_counter_wants_a_number_written_with_it() -> None:
    q = _analyse("改正後、何件の申請が不許可になりましたか？")
    assert q.head == ("件",)
    assert _has_type("count", "改正後、120件の申請が不許可となった。", q) == 1.0
    assert _has_type("count", "常勤職員(1名以上)の雇用が義務化される。", q) == 0.0


def test_which_people_is_answered_by_the_people_said_to_be_which_ones() -> None:
    q = _analyse("Which engineers are included?")
    assert q.kind == "who" and q.head == ("engineer",)
    narrowed = "Physicians, engineers in the fields of computer science and electronics are also included."
    listed = "Computer, electronics and biotechnology engineers are also eligible."
    bare = "The residency is open to doctors, engineers and brilliant students."
    assert _has_type("who", narrowed, q) > _has_type("who", bare, q)
    assert _has_type("who", listed, q) > _has_type("who", bare, q)
    # Another noun narrowed says nothing of which engineers; nor does the noun with a plain "and".
    other = "Specialists in the fields of computer science and electronics are also included."
    assert _has_type("who", other, q) < _has_type("who", narrowed, q)
    doc = QADocument(
        id="e", title="Country E widens its long-term residency",
        text=("Country E has approved long-term residency for doctors, engineers and brilliant students. "
              "Physicians, engineers in the fields of computer science, electronics and biotechnology are also "
              "included."),
    )
    answer = answer_question("Which engineers are included?", [doc])
    assert answer.answered and "engineers in the fields of computer science" in answer.answer.split("\n")[0]


def test_people_subject_to_the_action_answer_who_will_undergo_it() -> None:
    q = _analyse("Who will be screened?")
    subject = "Principal researchers, students and visiting scholars will all be subject to screening."
    about = "The screening will start in April, the ministry said."
    # "subject to" with nobody named before it, or another action, is no answer.
    nobody = "All projects will be subject to screening from April."
    other = "Principal researchers and students will be subject to new reporting rules."
    assert _has_type("who", subject, q) >= 1.0 + _has_type("who", about, q)
    assert _has_type("who", nobody, q) < 1.0
    assert _has_type("who", other, q) < _has_type("who", subject, q)


def test_a_purpose_stated_as_the_idea_or_the_goal_is_a_reason() -> None:
    q = _analyse("What is the aim of the scheme?")
    assert q.kind == "why"
    for stated in ("The idea is to create an attractive investment environment.",
                   "The ministry prepared the plan with the goal of becoming a top-10 study destination."):
        assert _has_type("why", stated, q) == 1.0
    assert _has_type("why", "The goal of the ministry was not disclosed.", q) < 1.0


def test_a_headline_in_title_case_names_nothing_for_which() -> None:
    q = _analyse("Which bodies clarified the process?")
    headline = "Hi-Tech Company Classification Process Clarified"
    told = "The Ministry of Interior and the Innovation Authority have further clarified the process."
    assert _has_type("which", headline, q) < _has_type("which", told, q)
    # A sentence with a few names in it is no headline.
    assert _has_type("which", "The Innovation Authority clarified the Process for Hi-Tech firms.", q) > 0.3


def test_people_followed_by_a_list_after_a_comma_are_said_to_be_which_ones() -> None:
    q = _analyse("Which professionals are newly eligible?")
    listed = "The residency now covers certain professionals, including doctorate holders and engineers."
    bare = "The residency now covers professionals, who must apply online."
    assert _has_type("who", listed, q) >= 1.3 > _has_type("who", bare, q)
    assert _has_type("who", "Professionals, in a first, may apply online.", q) < 1.3


def test_a_list_of_names_is_not_a_title_case_headline() -> None:
    from bot.analysis.qa.kinds import _title_case

    assert _title_case("Hi-Tech Company Classification Process Clarified")
    assert not _title_case("Affected agencies: National Science Foundation, National Institutes of Health, Department "
                           "of Energy.")


def test_a_chinese_question_is_answered_by_chinese_numerals_counters_and_currencies() -> None:
    doc = QADocument(
        id="zh", title="某国调整签证规定",
        text=("该国移民局周一公布新规。持证人须在回国后五天内交回证件。"
              "名单新增12所大学。学生签证申请费提高到1800澳元。"),
    )
    assert "五天内" in answer_question("回国后多久须交回证件?", [doc]).answer
    assert "12所大学" in answer_question("名单新增多少所大学?", [doc]).answer
    assert "1800澳元" in answer_question("申请费提高到多少?", [doc]).answer


def test_a_chinese_count_is_not_answered_by_a_sum_or_a_number_of_something_else() -> None:
    doc = QADocument(
        id="zh2", title="某国提高签证费用",
        text="该国宣布雇主须为每份申请支付2万美元费用。新规适用于3类签证。",
    )
    assert not answer_question("已有多少家公司支付了这笔费用?", [doc]).answered


def test_how_many_times_is_answered_by_a_number_of_times_and_only_that_question() -> None:
    doc = QADocument(
        id="t", title="Country T changes its visa lottery",
        text=("The agency changed the visa lottery on Monday. "
              "A top-level registration will be entered in the pool four times."),
    )
    answer = answer_question("How many times is a top-level registration entered?", [doc])
    assert answer.answered and "four times" in answer.answer
    assert not answer_question("How many registrations are entered in the pool?", [doc]).answered


def test_a_day_of_the_month_alone_dates_an_event_for_a_question_in_korean_or_japanese() -> None:
    ko = QADocument(id="ko", title="개정안 통과",
                    text="대만 행정원은 지난 17일 국가안전법 개정안을 통과시켰다. 개정안은 입법원 심의를 거쳐야 한다.")
    answer = answer_question("행정원은 언제 개정안을 통과시켰나?", [ko])
    assert answer.answered and "17일" in answer.answer
    assert _has_type("when", "参議院は10日の本会議で法律を可決した。", _analyse("法律はいつ成立したか?")) >= 0.5


def test_a_number_of_days_is_no_day_of_the_month() -> None:
    q = _analyse("신청은 언제 하나?")
    assert _has_type("when", "신청은 통지를 받은 뒤 30일 이내에 해야 한다.", q) < 0.6
    assert _has_type("when", "심사에는 14일 동안 걸린다.", q) < 0.6
