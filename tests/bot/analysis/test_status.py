"""Status (find_status through tag): the README's decision order read from the main action's clause:
unnamed sources report, a court blocking a rule suspends it, a start stated ahead is not in force."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis.prepared_text import prepare
from bot.analysis.status import RULE_STEPS, find_status, gather_cues, rule_status
from bot.analysis.status_grammar import settled_schedule
from bot.analysis.tagging import tag

_PUBLISHED = datetime(2025, 6, 4, tzinfo=UTC)


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("en", "US weighs pause on student visa interviews",
         "The State Department has told embassies to stop scheduling student visa interviews, a person familiar "
         "with the plans said."),
        ("en", "Ministry tightens vetting of foreign researchers",
         "The ministry has begun vetting foreign researchers at national labs, an official who was "
         "not authorized to speak publicly said."),
        ("de", "Regierung verschärft Regeln für ausländische Forscher",
         "Die Regierung will ausländische Forscher strenger überprüfen, wie aus Regierungskreisen verlautete."),
        ("fr", "Le gouvernement restreint les visas des chercheurs",
         "Le gouvernement restreint les visas des chercheurs étrangers, selon une source proche du dossier."),
        ("es", "El Gobierno endurece los visados para investigadores",
         "El Gobierno endurece los visados para investigadores extranjeros, dijo una fuente cercana al ministerio."),
    ],
)
def test_one_unnamed_source_reports(language: str, title: str, text: str) -> None:
    assert tag(title, text, language=language, published=_PUBLISHED).status == "reported"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("H-1B fee rule that took effect in March is now on hold",
         "The $100,000 H-1B fee, which took effect in March, was blocked by a federal judge in California on "
         "Tuesday."),
        ("Student visa cap: ruling for universities",
         "A federal judge on Monday barred the Department of Homeland Security from enforcing the cap on "
         "international students, which took effect last month."),
    ],
)
def test_a_court_blocking_a_rule_in_force_suspends_it(title: str, text: str) -> None:
    assert tag(title, text, published=_PUBLISHED).status == "suspended"


def test_a_court_barring_a_person_from_leaving_suspends_no_rule() -> None:
    tags = tag("Court bars scientist from leaving the country",
               "A court barred the scientist from leaving the country under the exit ban, which took effect in 2024.",
               published=_PUBLISHED)
    assert tags.status != "suspended"


@pytest.mark.parametrize(
    ("language", "title", "text", "expected"),
    [
        ("en", "Government raises skilled worker salary threshold",
         "The new salary threshold for skilled worker permits takes effect from next month, the ministry said.",
         {"announced", "enacted"}),
        ("en", "Parliament passes law on research security screening",
         "The law, passed on Tuesday, applies starting in 2027 to every university.", {"enacted"}),
        ("de", "Neue Regeln für Fachkräfte",
         "Die neuen Regeln für ausländische Fachkräfte gelten ab nächstem Jahr, teilte das Ministerium mit.",
         {"announced", "enacted"}),
    ],
)
def test_a_start_stated_ahead_relative_to_the_date_is_not_in_force(
        language: str, title: str, text: str, expected: set[str]) -> None:
    assert tag(title, text, language=language, published=_PUBLISHED).status in expected


def test_a_pause_known_only_from_a_leak_is_reported_first() -> None:
    # README rule 1 comes before rule 2: a pause told only by unnamed sources is a report.
    tags = tag("US pauses exchange visitor programme for researchers",
               "The State Department has paused the exchange visitor programme for foreign researchers, according "
               "to people familiar with the matter.",
               published=_PUBLISHED)
    assert tags.status == "reported"


def test_a_court_ruling_is_on_record_whoever_declined_to_comment() -> None:
    tags = tag("Judge blocks H-1B fee rule",
               "A federal judge blocked the $100,000 H-1B fee rule on Tuesday. The White House did not respond to a "
               "request for comment.",
               published=_PUBLISHED)
    assert tags.status == "suspended"


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("en", "Research security guidelines for universities",
         "Universities and the minister met in Canberra on Tuesday. The new guidelines on foreign interference "
         "will protect researchers and students."),
        ("de", "Neues Gesetz für Fachkräfte",
         "Experten an den Hochschulen begrüßen das neue Gesetz für ausländische Fachkräfte ausdrücklich. Die "
         "Wirtschaft in Frankfurt und München zeigt sich mit den Regeln für Fachkräfte sehr zufrieden. Auch die "
         "Gewerkschaften sehen in dem Gesetz einen Schritt in die richtige Richtung für den Arbeitsmarkt. Seine "
         "Vorschriften sollen im Frühjahr in Kraft treten."),
    ],
)
def test_a_text_that_speaks_only_of_what_will_be_is_not_in_force(language: str, title: str, text: str) -> None:
    assert tag(title, text, language=language, published=_PUBLISHED).status == "announced"


def test_a_text_silent_on_every_stage_stays_a_rule_at_work() -> None:
    tags = tag("Research security guidelines for universities",
               "Universities and the minister met in Canberra on Tuesday to discuss foreign interference.",
               published=_PUBLISHED)
    assert tags.status == "in_effect"


def test_a_headline_in_the_present_states_a_change_made() -> None:
    tags = tag("Australia toughens rules on foreign interference at universities",
               "The guidelines will protect universities from hostile actors, the minister says.",
               published=_PUBLISHED)
    assert tags.status == "in_effect"


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("it", "Cervelli in fuga: nuove regole per chi rientra",
         "Il governo spiega le nuove regole per i ricercatori che rientrano. Le agevolazioni saranno ridotte per chi "
         "non ha una laurea. Il nuovo decreto in vigore dal 1 gennaio 2025."),
        ("de", "Neue Regeln für Forscher aus dem Ausland",
         "Die Regeln für ausländische Forscher werden strenger. Künftig sollen mehr Forscher überprüft werden. Die "
         "Verordnung gilt ab dem 1. März 2025."),
    ],
)
def test_in_force_since_a_past_date_in_another_language_is_in_effect(language: str, title: str, text: str) -> None:
    assert tag(title, text, language=language, published=_PUBLISHED).status == "in_effect"


def test_in_force_from_a_date_ahead_in_another_language_is_not_in_effect() -> None:
    tags = tag("Cervelli in fuga: nuove regole per chi rientra",
               "Il nuovo decreto per i ricercatori che rientrano entrerà in vigore dal 1 gennaio 2026.",
               language="it", published=_PUBLISHED)
    assert tags.status != "in_effect"


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("en", "Experts welcome lower salary thresholds for skilled workers",
         "Experts said the changes were a step in the right direction for the labour market. The new law will take "
         "effect in stages, the ministry said."),
        ("de", "Experte begrüßt gesenkte Gehaltsanforderungen für Auslandsfachkräfte",
         "Das neue Fachkräfteeinwanderungsgesetz, dessen Vorschriften schrittweise in Kraft treten sollen, senkt "
         "die Verdienstgrenzen für Hochqualifizierte."),
    ],
)
def test_a_law_said_to_take_effect_later_is_enacted(language: str, title: str, text: str) -> None:
    assert tag(title, text, language=language, published=_PUBLISHED).status == "enacted"


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("en", "Lawmakers debate skilled worker bill",
         "If passed, the bill will take effect next year; the new law would lower salary thresholds."),
        ("de", "Bundestag berät über Fachkräfte",
         "Der Gesetzentwurf soll im Frühjahr in Kraft treten und die Verdienstgrenzen senken."),
    ],
)
def test_a_draft_said_to_take_effect_later_is_not_enacted(language: str, title: str, text: str) -> None:
    assert tag(title, text, language=language, published=_PUBLISHED).status != "enacted"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("China curbs travel by AI researchers",
         "Leading AI companies have been told informally to stop their researchers from travelling to the United "
         "States."),
        ("Japan to screen foreign researchers at universities",
         "The government will require universities to screen foreign researchers, Kyodo News said, quoting sources "
         "in the education ministry."),
    ],
)
def test_a_practice_passed_on_informally_or_an_outlet_quoting_sources_reports(title: str, text: str) -> None:
    assert tag(title, text, published=_PUBLISHED).status == "reported"


@pytest.mark.parametrize(
    ("language", "title", "text", "expected"),
    [
        ("de", "Neue Regeln für ausländische Fachkräfte",
         "Die neuen Regeln für ausländische Fachkräfte mit Hochschulabschluss gelten ab sofort.", "in_effect"),
        ("fr", "Nouvelles règles pour les chercheurs étrangers",
         "Les nouvelles règles pour les chercheurs étrangers s'appliquent dès aujourd'hui.", "in_effect"),
        ("de", "Regierung erwägt strengere Regeln für ausländische Forscher",
         "Die Bundesregierung erwägt, ausländische Forscher an Hochschulen strenger zu überprüfen.", "proposed"),
        ("no", "Regjeringen vurderer nye regler for utenlandske forskere",
         "Regjeringen vurderer strengere kontroll av utenlandske forskere ved universitetene.", "proposed"),
    ],
)
def test_from_today_and_considering_in_other_languages(language: str, title: str, text: str, expected: str) -> None:
    assert tag(title, text, language=language, published=_PUBLISHED).status == expected


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        # README rule 7: a bill introduced by a legislator is before its vote, whatever the present tense says.
        ("en", "Senator Smith introduces bill to cap student visas",
         "The bill would cap the number of student visas issued to nationals of some countries."),
        ("en", "Congresswoman introduces Research Security Act",
         "The act bars foreign researchers from federal labs."),
        # A proposal or a proposed rule, in Chinese, even when it was published ("公布").
        ("zh", "政府提出H-1B加权规则", "国土安全部在联邦公报上公布了一项规则提案，公众意见截止日期为10月24日。"),
    ],
)
def test_a_bill_introduced_or_a_rule_proposed_is_proposed(language: str, title: str, text: str) -> None:
    assert tag(title, text, language=language, published=_PUBLISHED).status == "proposed"


def test_an_official_on_record_is_never_reported() -> None:
    # README boundary: an official source speaking on record is never `reported`, whatever else is "said".
    tags = tag("Ruritania toughens rules on foreign interference at universities",
               "The home affairs minister says the new guidelines protect universities. The guidelines cite "
               "cases a neighbour is said to have been involved in.",
               published=_PUBLISHED)
    assert tags.status != "reported"



def test_an_announcement_of_what_will_be_open_is_announced() -> None:
    # README boundary: "announced" is in force only when the action is open or applies the same day.
    tags = tag("Ruritania's new fund to attract foreign scientists",
               "Ruritania is taking a step to lure leading foreign scientists with a new fund. The education minister "
               "announced the initiative in a letter to parliament, although a timeline remains undisclosed. Demand "
               "for scientists is growing worldwide. The fund will be open to scientists of any nationality.",
               published=_PUBLISHED)
    assert tags.status == "announced"


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # A court freezing the order (冻结): suspended (README rule 2).
        ("法院裁定冻结禁收国际学生命令", "联邦法院今日裁定，延长对政府限制大学招收国际学生措施的冻结令。", "suspended"),
        # A third reading passed with amendments (三讀修正通過): adopted, whatever "draft" it is still called.
        ("立法院三讀外國人才法", "立法院會今天三讀修正通過「外國專業人才延攬及僱用法」修正草案，擴大適用對象。", "enacted"),
    ],
)
def test_chinese_court_freezes_and_third_readings(title: str, text: str, expected: str) -> None:
    assert tag(title, text, language="zh", published=_PUBLISHED).status == expected


def test_the_now_repealed_law_is_not_the_main_action() -> None:
    tags = tag("Rules of the Turquoise Card, a new work permit, set out in the recently published directive",
               "The International Labour Force Law introduced a new work permit, which was not found in the now "
               "repealed Law on Work Permits. The directive was published in the Official Gazette in March.",
               published=_PUBLISHED)
    assert tags.status != "rescinded"


def test_a_newspapers_report_retold_in_japanese_is_reported() -> None:
    # README rule 1: known only through the media ("an article in the Asahi said the agency is considering").
    tags = tag("在留資格の要件が厳格化の方向へ",
               "今日の朝日新聞に、在留資格の要件を厳しくすることを出入国在留管理庁が検討しているとの記事がありました。",
               language="ja", published=_PUBLISHED)
    assert tags.status == "reported"


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("zh", "总统签署行政令 暂停部分工作签证持有人入境",
         "总统周五签署一项行政令，暂停部分工作签证持有人入境，白宫称该措施旨在保护本国劳动者。"),
        ("zh", "總統簽署公告 調高技術移民簽證費用", "總統簽署公告，要求技術移民簽證的新申請人繳納更高費用。"),
        ("ja", "大統領、技能ビザの入国制限に関する布告に署名", "大統領は技能ビザ保持者の入国を制限する布告に署名した。"),
        ("ko", "대통령, 취업비자 입국 제한 행정명령 서명", "대통령은 취업비자 소지자의 입국을 제한하는 행정명령에 서명했다."),
        ("ru", "Президент подписал указ о визах для иностранных специалистов",
         "Президент подписал указ об упрощённой выдаче виз иностранным специалистам в области ИИ."),
    ],
)
def test_an_executive_act_signed_in_another_language_applies_at_once(language: str, title: str, text: str) -> None:
    # README rule 4: an executive order or proclamation effective on signing is in force, in any language.
    assert tag(title, text, language=language, published=_PUBLISHED).status == "in_effect"


def test_an_executive_act_signed_to_apply_later_is_enacted() -> None:
    tags = tag("总统签署行政令 限制工作签证", "总统签署一项行政令，限制工作签证持有人入境，该行政令将于明年起生效。",
               language="zh", published=_PUBLISHED)
    assert tags.status == "enacted"


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("zh", "工作签证抽签方式调整", "国土安全部发布了一项新规则，调整工作签证的抽签方式，高薪岗位将获得更高权重。"),
        ("zh", "外籍研究人员工作许可调整", "人社部已印发外籍研究人员工作许可办法，申请人将需提交更多材料。"),
        ("ko", "외국인 연구원 체류 기준 강화", "정부는 외국인 연구원 체류 기준을 담은 시행령을 공포했다. 새 기준은 연구기관에 적용될 예정이다."),
    ],
)
def test_a_rule_issued_told_as_done_in_chinese_or_korean_is_adopted(language: str, title: str, text: str) -> None:
    # The perfective of issuing a rule ("发布了...规则", "已印发...办法", "시행령을 공포했다") says it was adopted,
    # whatever the sentences after it say it will do.
    assert tag(title, text, language=language, published=_PUBLISHED).status == "enacted"


def test_a_draft_rule_issued_in_chinese_is_still_proposed() -> None:
    tags = tag("工作签证抽签方式或将调整", "国土安全部发布了一项规则草案，拟调整工作签证的抽签方式。",
               language="zh", published=_PUBLISHED)
    assert tags.status == "proposed"


def test_a_change_told_done_outweighs_one_future_of_who_will_qualify() -> None:
    # The headline's present and the lead's perfect tell a change made; one "will be eligible" says who it
    # covers, not that it is still to come.
    tags = tag("Ruritania extends its ten-year talent visa",
               "Ruritania has expanded its ten-year talent visa to more professions, the interior minister said on "
               "Monday. Data engineers will also be eligible for the visa.", language="en", published=_PUBLISHED)
    assert tags.status == "in_effect"


@pytest.mark.parametrize(
    ("language", "title", "text", "expected"),
    [
        ("pl", "Nowe przepisy dla zagranicznych naukowców", "Nowe przepisy o wizach dla zagranicznych naukowców weszły w życie.",
         "in_effect"),
        ("hr", "Nova pravila za strane radnike", "Nova pravila za radne dozvole stranih radnika stupila su na snagu.",
         "in_effect"),
        ("ro", "Reguli noi pentru lucrătorii străini", "Noile reguli privind permisele de muncă au intrat în vigoare.",
         "in_effect"),
        ("hr", "Izmjene pravila za strance", "Vlada je uputila prijedlog zakona o strancima u javno savjetovanje.",
         "proposed"),
        ("ro", "Reguli noi pentru lucrătorii străini", "Guvernul a publicat un proiect de lege privind lucrătorii străini.",
         "proposed"),
        ("ar", "تأشيرة جديدة للباحثين", "قدمت الحكومة مشروع قانون لتسهيل منح التأشيرات للباحثين الأجانب.", "proposed"),
        ("ar", "الصين تقيد سفر الباحثين", "قالت مصادر مطلعة إن الصين طلبت من الباحثين الحصول على موافقة قبل السفر.",
         "reported"),
        ("ja", "研究者の受け入れ拡大へ入管法改正案", "政府は研究者の受け入れを広げる入管法改正案を閣議決定し、国会に提出した。",
         "proposed"),
    ],
)
def test_the_stages_in_more_languages(language: str, title: str, text: str, expected: str) -> None:
    # In force, a bill or a consultation, unnamed sources: the same words of each stage in Polish, Croatian,
    # Romanian and Arabic as in the languages listed before.
    assert tag(title, text, language=language, published=_PUBLISHED).status == expected


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Judge declines to block visa fee",
         "A federal judge on Friday declined to block the $5,000 visa fee, allowing the government to keep collecting it."),
        ("Court refuses to halt the new visa rule",
         "The court refused to suspend the visa rule, which has applied since March."),
        ("Appeals court lets visa fee stand",
         "An appeals court lifted an injunction against the visa fee, allowing the rule to take effect immediately."),
    ],
)
def test_a_court_declining_to_stop_a_rule_or_lifting_its_stop_leaves_it_in_force(title: str, text: str) -> None:
    # README rule 2 needs a court blocking the action: one refusing to, or lifting its own stop, does not.
    assert tag(title, text, language="en", published=_PUBLISHED).status == "in_effect"


def test_a_bill_signed_into_law_is_no_longer_a_proposal() -> None:
    tags = tag("President signs skilled visa bill into law",
               "The president signed the skilled visa bill into law on Friday. The new cap applies from 1 January 2026.",
               language="en", published=_PUBLISHED)
    assert tags.status == "enacted"


def test_a_bill_that_could_later_be_signed_into_law_is_still_a_proposal() -> None:
    tags = tag("Lawmakers introduce bill on research visas",
               "Two senators introduced a bill on Tuesday to tighten research visas. The bill would have to pass both "
               "chambers before it could be signed into law.", language="en", published=_PUBLISHED)
    assert tags.status == "proposed"


def test_unnamed_insiders_in_japanese_report() -> None:
    tags = tag("政府、研究者の海外渡航を制限", "政府が研究者に海外渡航を控えるよう求めていることが、関係者の話で分かった。",
               language="ja", published=_PUBLISHED)
    assert tags.status == "reported"


def test_the_russian_perfective_future_of_a_rule_verb_is_announced() -> None:
    tags = tag("Министерство запустит программу для иностранных учёных",
               "Министерство запустит программу привлечения иностранных учёных в следующем году.",
               language="ru", published=_PUBLISHED)
    assert tags.status == "announced"


def test_a_chinese_legislature_adopting_by_vote_enacts_and_one_chamber_does_not() -> None:
    adopted = tag("人大常委会通过外国人入境管理法修正案",
                  "全国人大常委会10日表决通过外国人入境出境管理法修正案，新法将于明年1月1日起施行。",
                  language="zh", published=_PUBLISHED)
    assert adopted.status == "enacted"
    chamber = tag("众议院通过工作签证法案", "美国众议院10日表决通过一项工作签证法案，法案将提交参议院审议。",
                  language="zh", published=_PUBLISHED)
    assert chamber.status != "enacted"


@pytest.mark.parametrize(
    ("title", "text", "step", "status"),
    [
        ("New rules for skilled workers took effect on 1 May 2025",
         "The new salary thresholds for skilled-worker permits took effect on 1 May 2025, the ministry said.",
         "dated_in_force", "in_effect"),
        ("Minister says work permit rules will change",
         "The minister said the government will introduce new rules for work permits for engineers.",
         "coming", "announced"),
        ("Researchers and the visa", "Researchers talked about their work at a conference on Monday.", "default", "in_effect"),
    ],
)
def test_the_rules_name_the_step_of_their_precedence_that_decided(title: str, text: str, step: str, status: str) -> None:
    # The step tells how sure the rules are (a date in force is surer than the silent default): what a
    # learned model over the cues reads beside the status (bench/train_status_model.py).
    units = prepare(title, text)
    verdict = rule_status(gather_cues(units, _PUBLISHED, "en", policy=True))
    assert (verdict.step, verdict.status) == (step, status)
    assert verdict.step in RULE_STEPS
    assert (verdict.status, verdict.evidence) == find_status(units, _PUBLISHED, "en", policy=True)


@pytest.mark.parametrize(
    ("language", "title", "text", "expected"),
    [
        # A law applied to people: arrested or indicted under it is the law in force, whatever follows in the
        # future ("將" of the sentence to come).
        ("zh", "台積電洩密案 3名工程師遭起訴", "檢方依國安法提起公訴，3名前工程師遭羈押，法院將於下月開庭審理。", "in_effect"),
        ("ko", "반도체 기술 유출 연구원 구속 기소", "검찰은 핵심 기술을 유출한 혐의로 전직 연구원을 구속 기소했다.", "in_effect"),
        ("de", "Forscher wegen Spionage angeklagt", "Die Bundesanwaltschaft hat Anklage erhoben; der Prozess soll im Herbst beginnen.",
         "in_effect"),
        # A Russian government approving rules that apply later: adopted, not yet in force.
        ("ru", "Правительство утвердило новые правила для учёных",
         "Правительство РФ утвердило правила, по которым контакты учёных с иностранцами будут согласовываться.",
         "enacted"),
    ],
)
def test_prosecutions_and_approvals_in_other_languages(language: str, title: str, text: str, expected: str) -> None:
    assert tag(title, text, language=language, published=_PUBLISHED).status == expected


def test_words_that_hold_a_case_word_are_no_case() -> None:
    # "구속력" is binding force, "不起訴" a decision not to prosecute: a plan stays a plan.
    plan = tag("한국, 외국인 연구자 비자 개편 추진", "법적 구속력이 없는 가이드라인으로, 정부는 내년 시행을 목표로 비자 제도를 개편할 계획이다.",
               language="ko", published=_PUBLISHED)
    assert plan.status != "in_effect"


# A start ahead stated as fixed (README rule 5), not as what the government will do (rule 6).
_DECEMBER = datetime(2025, 12, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("de", "Neue Mindestgehälter für Fachkräfte 2026",
         "Ab Januar 2026 steigen die Mindestgehälter für ausländische Fachkräfte um fünf Prozent."),
        ("ru", "Иностранным специалистам ужесточили правила",
         "Иностранным специалистам запретили менять работодателя без уведомления с 1 марта 2026 года."),
        ("fr", "Titres de séjour : les seuils de salaire relevés",
         "Les seuils de salaire des titres de séjour pour les chercheurs sont relevés à partir du 1er février 2026."),
        ("en", "Ireland publishes 2026 salary thresholds for work permits",
         "The department set new minimum salaries for skilled foreign workers."),
    ],
)
def test_a_start_ahead_stated_as_fixed_is_enacted(language: str, title: str, text: str) -> None:
    assert tag(title, text, language=language, published=_DECEMBER).status == "enacted"


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        # A modal, a plan or an announcement frames the date as a decision still to be carried out.
        ("de", "Regierung will Mindestgehälter erhöhen",
         "Ab Januar 2026 sollen die Mindestgehälter für ausländische Fachkräfte um fünf Prozent steigen."),
        ("fr", "Titres de séjour : le gouvernement annonce une hausse des seuils",
         "Le gouvernement a annoncé que les seuils de salaire seront relevés à partir du 1er février 2026."),
        ("en", "Minister announces new salary thresholds",
         "The minister announced that salary thresholds for skilled workers will rise from 1 February 2026."),
        # English tells an announced change in the simple present: no act told done, no settled date.
        ("en", "Salary threshold for skilled workers rises",
         "The salary threshold for skilled workers rises to £40,000 from 1 February 2026, the minister said."),
        # A year that is a target or a strategy's name is no start.
        ("es", "Europa lanza un programa para atraer científicos",
         "La Comisión se comprometió a aumentar el gasto en investigación hasta el 3% del PIB para 2030."),
    ],
)
def test_a_start_ahead_framed_as_a_plan_is_not_enacted(language: str, title: str, text: str) -> None:
    assert tag(title, text, language=language, published=_DECEMBER).status != "enacted"


def test_only_the_first_dated_sentence_frames_the_date() -> None:
    cues = gather_cues(prepare(
        "New points system for work passes",
        "The government will start using the new points system from 1 September 2026. Applicants can apply "
        "under it starting 1 September 2026, and renewals from 1 September 2027."), _DECEMBER, "en", policy=True)
    assert cues.dated_fact == ""


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("en", "Regulation on the talent card published",
         "The regulation on the talent card for skilled foreign workers was published in the Official Gazette."),
        ("fr", "Carte de séjour talent : le décret est paru",
         "Un décret publié au Journal officiel modifie les conditions de la carte de séjour talent des chercheurs."),
        ("de", "Neue Verordnung für ausländische Fachkräfte",
         "Die Verordnung über die Beschäftigung ausländischer Fachkräfte wurde im Bundesgesetzblatt verkündet."),
    ],
)
def test_an_act_published_with_no_later_date_is_in_force(language: str, title: str, text: str) -> None:
    assert tag(title, text, language=language, published=_PUBLISHED).status == "in_effect"


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("en", "Regulation on the talent card published",
         "The regulation on the talent card was published in the Official Gazette and takes effect on 1 January 2026."),
        ("fr", "Carte de séjour talent : le décret est paru",
         "Un décret publié au Journal officiel modifie la carte talent ; il entrera en vigueur le 1er mars 2026."),
    ],
)
def test_an_act_published_with_a_later_date_stays_enacted(language: str, title: str, text: str) -> None:
    assert tag(title, text, language=language, published=_PUBLISHED).status == "enacted"


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("en", "Council adopts position on researcher visa directive",
         "The Council adopted its position at first reading on a draft directive on visas for researchers."),
        ("ru", "Госдума приняла законопроект о визах для учёных",
         "Госдума приняла в первом чтении законопроект о визах для иностранных учёных."),
        ("de", "Bundestag berät Gesetz für Fachkräfte",
         "Der Bundestag hat das Gesetz zur Einwanderung von Fachkräften in erster Lesung beraten."),
        ("fr", "Visa talent : le texte adopté en première lecture",
         "Le projet de loi sur le visa talent a été adopté en première lecture par l'Assemblée."),
    ],
)
def test_a_reading_short_of_the_final_vote_is_a_proposal(language: str, title: str, text: str) -> None:
    assert tag(title, text, language=language, published=_PUBLISHED).status == "proposed"


def test_a_third_reading_passes_the_bill() -> None:
    tags = tag("立法院三讀通過外國專業人才延攬法修正案", "立法院今天三讀通過外國專業人才延攬及僱用法修正草案。",
               language="zh", published=_PUBLISHED)
    assert tags.status == "enacted"


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("it", "Carta blu: via libera del governo",
         "Il Consiglio dei Ministri ha approvato lo schema di decreto legislativo sulla carta blu per i lavoratori qualificati."),
        ("fr", "Visa talent : un projet de décret",
         "Le gouvernement a présenté un projet de décret sur le visa talent pour les chercheurs étrangers."),
    ],
)
def test_a_draft_decree_even_approved_by_cabinet_is_a_proposal(language: str, title: str, text: str) -> None:
    assert tag(title, text, language=language, published=_PUBLISHED).status == "proposed"


def test_a_decree_adopted_is_not_a_draft() -> None:
    tags = tag("Carta blu: il decreto è legge", "Il decreto legislativo sulla carta blu è stato approvato in via definitiva.",
               language="it", published=_PUBLISHED)
    assert tags.status != "proposed"


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("fi", "Ministeriö kerää tietoja ulkomaisista tutkijoista",
         "Lehden saamien tietojen mukaan ministeriö on pyytänyt yliopistoilta tietoja ulkomaisista tutkijoista."),
        ("sv", "Migrationsverket granskar utländska forskare",
         "Enligt uppgifter till tidningen granskar myndigheten utländska forskare vid universiteten."),
        ("ja", "外国人研究者の出国を制限",
         "政府が外国人研究者の出国を制限していることが、関係者への取材で分かった。"),
    ],
)
def test_an_outlet_s_own_information_reports(language: str, title: str, text: str) -> None:
    assert tag(title, text, language=language, published=_PUBLISHED).status == "reported"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fi", "Tilastokeskuksen tietojen mukaan ulkomaisten tutkijoiden oleskeluluvat lisääntyivät."),
        ("sv", "Enligt uppgifter från Migrationsverket har arbetstillstånden för forskare ökat."),
    ],
)
def test_an_agency_s_data_is_no_scoop(language: str, text: str) -> None:
    cues = gather_cues(prepare("Oleskeluluvat", text), _PUBLISHED, language, policy=True)
    assert cues.scores.get("reported", 0.0) < 2.0


def test_considered_as_deemed_is_no_proposal() -> None:
    # "considered necessary" (deemed) is not "considering" (deliberating).
    units = prepare("Talent scheme enhanced",
                    "The enhanced scheme lifts the quota. New areas may be added when considered necessary by the minister.")
    assert "proposed" not in gather_cues(units, _PUBLISHED, "en", policy=True).scores


def test_a_government_considering_a_visa_proposes_it() -> None:
    units = prepare("New visa", "The government is considering a new visa for start-up founders, the minister said.")
    assert "proposed" in gather_cues(units, _PUBLISHED, "en", policy=True).scores


def test_an_attribution_below_a_measure_told_at_work_is_a_detail_s() -> None:
    tags = tag("Exit ban traps foreign engineers",
               "Dozens of foreign engineers have been barred from leaving the country under the exit ban. "
               "The authorities defend the practice as lawful. The engineers work for chip firms. "
               "Some were reportedly questioned for days.", published=_PUBLISHED)
    assert tags.status == "in_effect"


def test_an_attribution_with_nothing_told_at_work_still_reports() -> None:
    tags = tag("Engineers and exit controls",
               "Foreign engineers in the country face new scrutiny. Firms are worried about their staff. "
               "Many of them work for chip firms. Their passports are reportedly held by their employers.",
               published=_PUBLISHED)  # the attribution below the lead, as in the case above
    assert tags.status == "reported"


def test_approved_or_confirmed_does_not_fix_a_date_ahead() -> None:
    # "Has approved" a measure whose start is to come is an announcement (README rule 6).
    assert not settled_schedule("the cabinet has approved a new visa for researchers from 1 march 2026.", True)
    assert not settled_schedule("the ministry confirmed the new fee from 1 march 2026.", True)
    assert settled_schedule("the ministry published the new fee, which applies from 1 march 2026.", True)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Prosecutors drop case against engineer accused of hiding foreign ties",
         "Federal prosecutors on Thursday dropped all charges against an engineer accused of hiding ties to a "
         "foreign university, saying they could no longer meet their burden of proof."),
        ("All charges against the researcher have been dismissed",
         "A judge has approved the government's motion to dismiss all charges against the researcher, a year "
         "after he was indicted."),
    ],
)
def test_a_prosecution_dropped_or_dismissed_has_ended(title: str, text: str) -> None:
    # README rule 3: the action told (the prosecution) ended is rescinded, whatever stage it had reached.
    assert tag(title, text, published=_PUBLISHED).status == "rescinded"


def test_a_lawsuit_dismissed_or_a_dismissal_only_sought_ends_nothing() -> None:
    # A challenge thrown out leaves the rule applying; a motion to dismiss is a request, not a case ended.
    assert tag("Judge dismisses lawsuit against the visa fee",
               "A federal judge dismissed the lawsuit against the new visa fee, which employers must now pay.",
               published=_PUBLISHED).status != "rescinded"
    assert tag("Defence seeks to drop charges against researcher",
               "The researcher was indicted under the export law last year. His lawyers filed a motion to dismiss "
               "the charges.", published=_PUBLISHED).status != "rescinded"


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("fr", "Une plainte conteste les frais de visa",
         "Une coalition de syndicats a déposé une plainte devant un tribunal fédéral pour bloquer les nouveaux "
         "frais de visa imposés par le président."),
        ("fr", "Un juge semble réticent à bloquer la taxe sur les visas",
         "Lors d'une audience, la juge fédérale a laissé entendre qu'elle pourrait valider la taxe sur les visas."),
        ("es", "Demanda contra la tasa de visados",
         "Varias empresas presentaron una demanda ante un juez federal para bloquear la nueva tasa de visados."),
    ],
)
def test_a_stop_only_sought_from_a_court_suspends_nothing(language: str, title: str, text: str) -> None:
    # README boundary: a lawsuit filed without a ruling leaves the action's stage as it is.
    assert tag(title, text, language=language, published=_PUBLISHED).status != "suspended"


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("fr", "Un juge bloque la taxe sur les visas", "Le juge fédéral a bloqué la taxe sur les visas de travail."),
        ("de", "Gericht stoppt Visa-Regel", "Das Verwaltungsgericht hat die neue Visa-Regel gestoppt."),
    ],
)
def test_a_court_stop_made_in_another_language_still_suspends(language: str, title: str, text: str) -> None:
    # Not the aim's infinitive: "a bloqué" (French "a" is the auxiliary, not a preposition) is a stop made.
    assert tag(title, text, language=language, published=_PUBLISHED).status == "suspended"


def test_a_rule_s_text_released_with_a_later_start_is_enacted() -> None:
    # README rule 5: published as a final text, with a later date of application.
    tags = tag("New salary table for work passes released",
               "The Ministry of Manpower has released the new salary table for work pass applications. "
               "The new table will apply to applications from 1 January 2026.", published=_PUBLISHED)
    assert tags.status == "enacted"


def test_a_draft_released_with_a_later_start_is_not_enacted() -> None:
    tags = tag("Draft salary table for work passes released",
               "The Ministry of Manpower has released a draft salary table for consultation. "
               "The new table would apply to applications from 1 January 2026.", published=_PUBLISHED)
    assert tags.status != "enacted"


def test_an_official_statement_alone_announces_nothing() -> None:
    # README rule 6 needs what the government *will* do: "said in a statement" is the voice, not a stage.
    units = prepare("Work permit rules", "The ministry said in a statement that the work permit rules apply to all "
                    "employers. Employers must register foreign staff.")
    assert "announced" not in gather_cues(units, _PUBLISHED, "en", policy=True).scores



def test_a_proposal_only_below_a_lead_in_force_does_not_outrank_it() -> None:
    tags = tag("Engineer charged with stealing secrets for foreign talent programme",
               "A former defence engineer has been charged with theft of trade secrets under the export law. "
               "Prosecutors say he joined a foreign talent programme. He was arrested at his home on Tuesday. "
               "In his applications he proposed research projects. His proposals mirrored his work. He sent a "
               "draft of a consultation paper, and a white paper, to the programme.", published=_PUBLISHED)
    assert tags.status == "in_effect"


def test_a_proposal_in_the_lead_beside_a_rule_in_force_is_still_proposed() -> None:
    tags = tag("Ministry publishes draft rule on researcher visas",
               "The ministry published a draft rule that would replace the researcher visa rules in force since "
               "2020. The public consultation runs until July.", published=_PUBLISHED)
    assert tags.status == "proposed"


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("en", "Judge and the visa fee", "A federal judge upheld the visa fee, forcing employers to rethink hiring for 2026."),
        ("fr", "Juge et frais de visa", "Un juge fédéral a confirmé les frais de visa, obligeant les employeurs à revoir "
         "leurs plans de recrutement pour 2026."),
    ],
)
def test_a_later_year_alone_is_no_plan(language: str, title: str, text: str) -> None:
    # README rule 6 asks what the government *will* do: a year named beside a measure at work is not that.
    assert find_status(prepare(title, text), _PUBLISHED, language, policy=True)[0] == "in_effect"


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("fr", "Nouveau visa pour les chercheurs", "Le nouveau visa pour les chercheurs ouvrira ses portes en 2026."),
        ("es", "Nuevo visado para investigadores", "El nuevo visado para investigadores abrirá sus puertas en 2026."),
    ],
)
def test_a_later_year_with_a_verb_in_the_future_is_still_to_come(language: str, title: str, text: str) -> None:
    assert find_status(prepare(title, text), _PUBLISHED, language, policy=True)[0] == "announced"


def test_a_new_rule_said_to_take_effect_later_in_chinese_is_enacted() -> None:
    # README rule 5, as "the new law will take effect on" in English: Chinese puts "将" before the date.
    title, text = ("工作签证抽签规则彻底重写",
                   "国土安全部正式官宣一项重大工作签证改革，抽签将改为加权选择。这项新规将于2026年2月27日正式生效。")
    assert find_status(prepare(title, text), _PUBLISHED, "zh", policy=True)[0] == "enacted"


def test_a_reform_the_government_will_launch_in_chinese_is_announced() -> None:
    title, text = "政府将改革工作签证", "政府表示，将于2026年推出工作签证改革，具体细则尚待制定。"
    assert find_status(prepare(title, text), _PUBLISHED, "zh", policy=True)[0] == "announced"


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("en", "Six engineers indicted for leaking chip secrets",
         "Six engineers were indicted on Tuesday for leaking chip process secrets to a foreign firm. Investigators "
         "say the files were copied over two years, according to people familiar with the case."),
        ("ja", "研究員の男を逮捕 研究内容を外国企業に漏えいした疑い",
         "研究内容を外国企業に漏えいした疑いで研究員の男が逮捕された。関係者によると、男は数年前から情報を送っていた。"),
    ],
)
def test_a_prosecution_step_on_record_is_no_leak_whatever_insiders_add(language: str, title: str, text: str) -> None:
    # README rule 4: a prosecution under a rule is the rule at work; the arrest or indictment is on record.
    assert tag(title, text, language=language, published=_PUBLISHED).status != "reported"


def test_an_arrest_itself_told_by_unnamed_sources_still_reports() -> None:
    tags = tag("Scientist detained at the border",
               "A visiting scientist was reportedly arrested at the border last week, people familiar with the "
               "matter said. The ministry has not confirmed the detention.", published=_PUBLISHED)
    assert tags.status == "reported"


def test_set_aside_by_a_court_is_no_budget_announced() -> None:
    units = prepare("Third court challenge to the visa fee is filed",
                    "Employers filed suit in federal court, which they ask to set aside the visa fee.")
    assert "announced" not in gather_cues(units, _PUBLISHED, "en", policy=True).scores
    units = prepare("Fund for researchers", "The government has set aside 50 million euros for the fund.")
    assert "announced" in gather_cues(units, _PUBLISHED, "en", policy=True).scores


def test_an_act_in_the_official_journal_with_a_later_start_is_enacted() -> None:
    # README rule 5: gazetted, with a later date of application.
    title, text = ("Reforma del reglamento de extranjería",
                   "La reforma del reglamento ha sido publicada en el BOE del 20 de noviembre. Su entrada en vigor "
                   "está pautada para el 20 de mayo de 2026. El texto ha sido anunciado como una mejora.")
    assert find_status(prepare(title, text), _PUBLISHED, "es", policy=True)[0] == "enacted"


def test_an_announced_reform_with_a_later_start_and_no_journal_is_not_enacted() -> None:
    title, text = ("Reforma del reglamento de extranjería",
                   "El Gobierno anunció una reforma del reglamento. Su entrada en vigor está prevista para el 20 de "
                   "mayo de 2026.")
    assert find_status(prepare(title, text), _PUBLISHED, "es", policy=True)[0] != "enacted"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Juíza suspende regra de vistos para pesquisadores",
         "Uma juíza federal bloqueou nesta sexta-feira a nova regra de vistos para pesquisadores estrangeiros."),
        ("Juiz bloqueia taxa de vistos", "O juiz bloqueou a taxa sobre os vistos de trabalho."),
    ],
)
def test_a_portuguese_judge_stopping_a_rule_suspends_it(title: str, text: str) -> None:
    assert tag(title, text, language="pt", published=_PUBLISHED).status == "suspended"


def test_a_portuguese_judge_asked_to_stop_a_rule_suspends_nothing() -> None:
    tags = tag("Universidades recorrem à Justiça contra regra de vistos",
               "As universidades pediram a um juiz para bloquear a nova regra de vistos para pesquisadores.",
               language="pt", published=_PUBLISHED)
    assert tags.status != "suspended"


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("es", "Nuevo visado para investigadores extranjeros",
         "El Ministerio de Ciencia anunció que el nuevo visado para investigadores extranjeros contará con un "
         "fondo de 50 millones de euros."),
        ("it", "Nuovo visto per ricercatori stranieri",
         "Il ministero ha annunciato che il nuovo visto per ricercatori stranieri avrà una durata di cinque anni."),
    ],
)
def test_an_announcement_told_in_the_past_with_a_future_after_it_is_announced(
    language: str, title: str, text: str
) -> None:
    assert tag(title, text, language=language, published=_PUBLISHED).status == "announced"


def test_an_announcement_in_the_past_of_a_fact_done_is_no_plan() -> None:
    # "announced that 300 researchers applied": statistics of a programme at work, not a plan.
    tags = tag("Más solicitudes al programa de visados para investigadores",
               "El Ministerio de Ciencia ha anunciado que 300 investigadores extranjeros solicitaron el visado "
               "de investigación el año pasado.", language="es", published=_PUBLISHED)
    assert tags.status == "in_effect"  # a programme at work, applied to


def test_an_order_signed_with_a_start_on_a_later_weekday_is_enacted() -> None:
    # README rule 5: signed, with a later date of application, though the day is named only below the lead.
    tags = tag(
        "President bans entry of citizens of 12 countries",
        "The president signed a proclamation on Wednesday restricting entry for citizens of 12 countries. "
        "The proclamation applies to citizens of the listed countries. Officials cited vetting gaps. "
        "Several countries protested. The ban is set to take effect on Monday.",
        published=_PUBLISHED,
    )
    assert tags.status == "enacted"


def test_an_order_signed_that_took_effect_on_a_weekday_is_in_force() -> None:
    tags = tag(
        "President bans entry of citizens of 12 countries",
        "The president signed a proclamation restricting entry for citizens of 12 countries. "
        "The proclamation applies to citizens of the listed countries. Officials cited vetting gaps. "
        "Several countries protested. The ban took effect on Monday.",
        published=_PUBLISHED,
    )
    assert tags.status == "in_effect"


def test_revised_figures_told_to_apply_from_a_later_date_are_enacted() -> None:
    # README rule 5: the text is set (revised), and applies later.
    tags = tag(
        "Work permit salary floors rise next year",
        "The ministry has set out higher salary floors for work permits. The revised salary "
        "thresholds will apply to all new applications from 1 January 2026.",
        published=_PUBLISHED,
    )
    assert tags.status == "enacted"


def test_people_told_to_move_to_a_pathway_from_a_later_date_are_no_adopted_text() -> None:
    tags = tag(
        "Nurses to get faster residence pathway",
        "The government announced that nurses will move to the faster residence pathway. From 1 January "
        "2026, nurses will move to the faster residence pathway.",
        published=_PUBLISHED,
    )
    assert tags.status == "announced"


def test_an_act_published_in_the_official_journal_is_adopted_whatever_it_will_do() -> None:
    # README rule 5: gazetted; "will have to" tells what the act asks, not a decision still to come.
    title, text = (
        "Учёным запретили сотрудничать с иностранцами без согласования",
        "Постановление правительства было опубликовано на официальном портале правовой информации. "
        "Научные организации будут обязаны согласовывать участие иностранцев в проектах.",
    )
    verdict = rule_status(gather_cues(prepare(title, text), _PUBLISHED, "ru", policy=True))
    assert (verdict.status, verdict.step) == ("enacted", "gazetted_enacted")


def test_a_plan_with_no_journal_said_in_the_future_is_still_announced() -> None:
    title, text = (
        "Учёным запретят сотрудничать с иностранцами без согласования",
        "Правительство подготовит постановление. Научные организации будут обязаны согласовывать участие "
        "иностранцев в проектах.",
    )
    assert find_status(prepare(title, text), _PUBLISHED, "ru", policy=True)[0] != "enacted"


def test_a_headline_present_with_the_change_told_in_the_future_is_announced() -> None:
    title, text = (
        "Government lowers salary limit for foreign workers",
        "It has been a dispute for years. The government is now lowering the limit for foreign labour. It "
        "will be easier for firms to hire abroad. The salary limit will be lowered from 500,000 to 300,000 "
        "kroner a year. The scheme covers firms with a collective agreement.",
    )
    verdict = rule_status(gather_cues(prepare(title, text), _PUBLISHED, "en", policy=True))
    assert (verdict.status, verdict.step) == ("announced", "present_announced")


def test_a_headline_present_with_the_change_told_done_stays_in_force() -> None:
    title, text = (
        "Government lowers salary limit for foreign workers",
        "It has been a dispute for years. The salary limit was lowered on Monday. It will be easier for "
        "firms to hire abroad. The salary limit will be lowered from 500,000 to 300,000 kroner a year. The "
        "scheme covers firms with a collective agreement.",
    )
    assert find_status(prepare(title, text), _PUBLISHED, "en", policy=True)[0] == "in_effect"


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("ru", "Визы для учёных могут упростить",
         "Министерство экономического развития предложило упростить выдачу виз иностранным учёным. Ведомство "
         "выступило за снижение порога зарплат."),
        ("fr", "Des visas plus simples pour les chercheurs ?",
         "Le ministre a proposé de simplifier les visas des chercheurs étrangers. Le texte doit encore être "
         "examiné."),
    ],
)
def test_a_measure_told_proposed_in_another_language_is_proposed(language: str, title: str, text: str) -> None:
    assert tag(title, text, language=language, published=_PUBLISHED).status == "proposed"


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("ru", "Гранты для иностранных учёных", "Программа предлагает гранты иностранным учёным."),
        ("es", "Becas para investigadores", "El programa ofrece becas a investigadores extranjeros desde 2020."),
    ],
)
def test_a_programme_offering_grants_is_not_a_proposal(language: str, title: str, text: str) -> None:
    assert tag(title, text, language=language, published=_PUBLISHED).status != "proposed"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # The present of force with its own later start: a schedule, not a rule at work.
        ("出入国在留管理庁が審査基準の改正について公表しました。今回の改正は制度の悪用に対応したものです。"
         "同改正は、7月1日から施行され、要件の引き上げが行われます。", "enacted"),
        # The same start on or before the article's day: in force.
        ("出入国在留管理庁が審査基準の改正について公表しました。今回の改正は制度の悪用に対応したものです。"
         "同改正は、6月1日から施行され、要件の引き上げが行われました。", "in_effect"),
    ],
)
def test_force_told_in_the_present_with_a_later_start_is_not_in_effect(text: str, status: str) -> None:
    tags = tag("審査基準の改正について", text, language="ja", published=_PUBLISHED)
    assert tags.status == status


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("sv", "Myndigheten har beslutat att införa en ny modell för arbetstillstånd för forskare."),
        ("it", "Il ministero ha deciso di introdurre un nuovo visto per ricercatori stranieri."),
        ("es", "El ministerio ha decidido crear un visado para investigadores extranjeros."),
    ],
)
def test_a_decision_to_act_told_in_another_language_is_announced(language: str, text: str) -> None:
    # README rule 6: a decision not yet a legal act in force, as "has decided to introduce" in English.
    assert tag("Forskare och visum", text, language=language, published=_PUBLISHED).status == "announced"


def test_a_decision_word_without_an_act_to_come_is_not_a_plan() -> None:
    # "beslutat om" (decided on) names what was decided, not an act to come: no future is read.
    tags = tag("Forskare och visum", "Myndigheten har beslutat om 400 arbetstillstånd för forskare i år.",
               language="sv", published=_PUBLISHED)
    assert tags.status != "announced"


def test_a_bill_reported_by_a_committee_is_proposed_not_a_press_report() -> None:
    cues = gather_cues(prepare("S. 769: Research Security Act",
                               "Reported by Mr. Cruz, without amendment. The Act requires researchers to disclose "
                               "foreign talent programmes."), _PUBLISHED)
    assert cues.scores.get("reported", 0.0) == 0.0
    assert cues.scores.get("proposed", 0.0) >= 2.5


def test_a_newspaper_report_by_sources_stays_reported() -> None:
    cues = gather_cues(prepare("Ministry to cap student visas",
                               "The cap was first disclosed in a report by the newspaper on Monday."), _PUBLISHED)
    assert cues.scores.get("reported", 0.0) > 0.0
    assert cues.scores.get("proposed", 0.0) == 0.0


def test_a_thai_cabinet_resolution_is_announced() -> None:
    # "The cabinet green-lights the LTR visa to draw high-potential foreigners": a decision, rules to come.
    tags = tag("ครม.ไฟเขียว วีซ่า LTR ดึงต่างชาติศักยภาพสูงเข้าไทย", "วีซ่าระยะยาว 10 ปี สำหรับชาวต่างชาติที่มีศักยภาพสูง",
               language="th", published=_PUBLISHED)
    assert tags.status == "announced"


def test_a_thai_visa_without_a_cabinet_decision_is_not_announced() -> None:
    tags = tag("วีซ่า LTR ดึงต่างชาติศักยภาพสูงเข้าไทย", "วีซ่าระยะยาว 10 ปี สำหรับชาวต่างชาติที่มีศักยภาพสูง",
               language="th", published=_PUBLISHED)
    assert tags.status != "announced"


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # A bare future auxiliary tells what the rule in force will ask, not a decision still to come.
        ("it", "Le nuove regole per i lavoratori impatriati sono in vigore. Sarà richiesta una residenza "
               "all'estero di almeno tre anni.", "in_effect"),
        # A decision to act, or an intention, still makes the measure announced.
        ("it", "Il governo ha deciso di cambiare le regole per i lavoratori impatriati. Sarà richiesta una "
               "residenza all'estero di almeno tre anni.", "announced"),
        ("es", "El Gobierno tiene previsto crear un visado para nómadas digitales. Los solicitantes serán "
               "evaluados en un mes.", "announced"),
    ],
)
def test_a_bare_future_auxiliary_weighs_as_little_as_will(language: str, text: str, expected: str) -> None:
    cues = gather_cues(prepare("Nuove regole per i lavoratori", text), _PUBLISHED, language, policy=True)
    assert rule_status(cues).status == expected


def test_a_chinese_notice_is_a_document_not_an_act_of_adoption() -> None:
    # "通知" names the document: a notice telling how a rule at work is run applies as issued, not later.
    tags = tag("关于加强科研人员因公出国证件管理工作的通知", "各单位要严格执行因公出国证件集中保管制度，现通知如下。",
               language="zh", published=_PUBLISHED)
    assert tags.status == "in_effect"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("国务院印发通知 放宽外籍毕业生在华工作", "国务院已印发通知，放宽外籍毕业生在华工作的条件，新规将于明年起施行。"),
        ("人社部颁布外籍人才工作许可新规", "人社部颁布外籍人才工作许可新规，新规将于明年1月1日起施行。"),
    ],
)
def test_a_notice_or_rule_issued_to_apply_later_is_still_enacted(title: str, text: str) -> None:
    # Issuing (印发, 颁布) is the act of adoption, whatever document it issues.
    assert tag(title, text, language="zh", published=_PUBLISHED).status == "enacted"


def test_english_status_cues_in_english_forms_only_on_other_languages_pages() -> None:
    # Turkish "Gazete" (a newspaper, the Official Gazette's name) is not the English "gazetted".
    turkish = gather_cues(prepare("Resmi Gazete yeni vize kuralını yazdı", ""), None, "tr")
    assert "enacted" not in turkish.scores
    english = gather_cues(prepare("The new visa rule was gazetted", ""), None, "en")
    assert english.best["enacted"][1] == "gazetted"
