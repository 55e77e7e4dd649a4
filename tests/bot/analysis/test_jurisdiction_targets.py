"""The jurisdiction is who acts, not the target: the state whose nationals a visa is for, the country know-how
leaks to, the Union in the name of a permit a member state issues, a body's name two states share."""

from __future__ import annotations

import pytest

from bot.analysis.analyzer import analyze
from bot.analysis.jurisdiction import _permit_name


@pytest.mark.parametrize(("title", "text", "language", "expected"), [
    # The Union in a permit's name, written after it as member states write it: the state issuing it rules.
    ("Neue Gehaltsgrenzen für die Blaue Karte EU", "Ab Januar steigen die Mindestgehälter für die Blaue Karte EU "
     "in Deutschland. Arbeitgeber sollten die neuen Werte einplanen.", "de", ("DE",)),
    # An Italian decree transposing the Union's directive, no state named: the home government's.
    ("Carta Blu UE, le nuove soglie di reddito", "Il Ministero dell'interno ha pubblicato la circolare sul decreto "
     "legislativo che recepisce la direttiva europea sulla Carta Blu UE per i lavoratori qualificati.", "it", ("IT",)),
    # ... but the Union acting on its permit is the Union's rule.
    ("L'UE adotta la nuova direttiva sulla Carta Blu", "Il Consiglio dell'Unione europea ha adottato la direttiva "
     "riveduta per attirare lavoratori altamente qualificati.", "it", ("EU",)),
    ("EU adopts revised Blue Card directive", "The Council of the EU adopted the revised EU Blue Card directive to "
     "attract highly skilled workers to Europe.", "en", ("EU",)),
])
def test_the_union_in_a_permits_name_is_not_acting(title: str, text: str, language: str, expected: tuple[str, ...]) -> None:
    assert analyze(title, text, language=language).jurisdictions == expected


def test_a_country_after_a_permit_in_english_still_acts() -> None:
    # Only the Union is written after a permit's noun as part of its name; "a work permit Canada introduced" is
    # Canada acting.
    text = "Foreign graduates will need a work permit Canada introduced this week. An Australian scheme is similar."
    assert analyze("New permit for graduates", text, language="en").jurisdictions == ("CA",)


def test_a_permits_name_is_not_a_preposition_away() -> None:
    assert _permit_name("die Blaue Karte ", len("die Blaue Karte "))
    assert _permit_name("la Carta Blu ", len("la Carta Blu "))
    # "a work permit for Italy", "permis pour la France": where the permit is for, not its name.
    assert not _permit_name("a work permit for ", len("a work permit for "))
    assert not _permit_name("un permis pour la ", len("un permis pour la "))


@pytest.mark.parametrize(("title", "text", "expected"), [
    # Know-how leaking to a country ("중국 유출") or to its firms: Korea's prosecutors act on Korea's law.
    ("반도체 기술 중국 유출 잇따라", "검찰은 반도체 핵심기술을 중국의 한 반도체 회사에 넘긴 전직 연구원을 구속기소했다. "
     "그는 중국 측 업체와 계약을 맺었다.", ("KR",)),
    # A bill moved at home against leaks abroad: Korea's, though only China is named.
    ("기술 유출 처벌 강화…산업기술보호법 개정안 대표발의", "국회의원이 산업기술보호법 개정안을 대표발의했다. 최근 반도체 기술을 "
     "중국 경쟁업체에 유출한 사건이 잇따랐다.", ("KR",)),
    # ... but China's own government acting on outflow is China's rule.
    ("중국 정부, 기술 인력 출국 제한", "중국 정부가 첨단 기술 인력의 해외 유출을 막기 위해 출국 승인 제도를 도입했다.", ("CN",)),
])
def test_where_know_how_goes_is_not_the_rule_maker(title: str, text: str, expected: tuple[str, ...]) -> None:
    assert analyze(title, text, language="ko").jurisdictions == expected


@pytest.mark.parametrize(("title", "text", "expected"), [
    # A bill to stop visas for one state's nationals is the rule of the state they would study in, though the
    # other state's party is named (once, with its acronym) more often.
    ("Bill would bar Chinese nationals from studying in US", "Lawmakers introduced a bill to stop student visas "
     "for Chinese nationals. They say the Chinese Communist Party (CCP) uses students to spy, and that the CCP "
     "has exploited the student visa program.", ("US",)),
    # A state's own workers are not the applicants: the rule stays the issuing state's.
    ("Critical skills list published", "The Department of Home Affairs published the critical skills list for "
     "South Africa. It protects the rights of South African workers while admitting skilled foreigners.", ("ZA",)),
    # Not a visa: a state restricting its own nationals' travel is the rule-maker.
    ("China restricts travel by Chinese nationals", "China has ordered state employees and Chinese nationals "
     "working on AI to report travel to the United States.", ("CN",)),
])
def test_whose_nationals_apply_is_not_the_issuer(title: str, text: str, expected: tuple[str, ...]) -> None:
    assert analyze(title, text, language="en").jurisdictions == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Department of Home Affairs issued a revised critical skills visa list for South Africa.", ("ZA",)),
    ("The Department of Home Affairs issued a revised skilled visa list for Australia.", ("AU",)),
])
def test_a_body_two_states_name_alike_is_the_named_states(text: str, expected: tuple[str, ...]) -> None:
    assert analyze("Critical skills visa list revised", text, language="en").jurisdictions == expected


def test_a_possession_through_of_is_another_states_programme() -> None:
    from bot.analysis.jurisdiction import _POSSESSIVE_RULE

    assert _POSSESSIVE_RULE.match("'s new student visa rules")
    assert not _POSSESSIVE_RULE.match("'s exploitation of our student visa program")


@pytest.mark.parametrize(("title", "text", "expected"), [
    # The government a firm registers with runs the permit, though an office elsewhere dates the page.
    ("Tech visa classification clarified", "Boston, US. The ministry clarified which firms may sponsor the tech "
     "visa. Firms must be registered with the Israeli government and operate in a listed sector.", ("IL",)),
    # ... but "with" a bare country is still a partner: the actor is who announces.
    ("Japan eases research visas", "Japan announced faster visas for researchers, citing cooperation with the "
     "United States.", ("JP",)),
])
def test_a_government_registered_with_administers_the_permit(title: str, text: str, expected: tuple[str, ...]) -> None:
    assert analyze(title, text, language="en").jurisdictions == expected


def test_a_laws_own_state_and_travel_to_a_list_of_regions() -> None:
    title = "某大学关于加强因公出国(境)证件管理的通知"
    text = ("根据《中华人民共和国护照法》等文件精神，现就有关事项通知如下。"
            "因公出国(境)证件包括因公往来香港、澳门特别行政区通行证和公务护照。")
    assert analyze(title, text, language="zh").jurisdictions == ("CN",)


@pytest.mark.parametrize(("title", "text", "expected"), [
    # A firm of one state recalling staff under another's pressure: the firm's state does not rule.
    ("Тайваньская компания отозвала инженеров из Индии", "Тайваньская компания отозвала около 300 инженеров "
     "из Индии. Китайские власти призывают ограничить выезд специалистов.", ("CN",)),
    # ... but a state named without a firm after it leads the headline as its actor.
    ("Тайвань ограничил выезд инженеров", "Тайвань ограничил выезд инженеров в Китай.", ("TW",)),
])
def test_whose_firm_it_is_is_not_the_state_acting(title: str, text: str, expected: tuple[str, ...]) -> None:
    assert analyze(title, text, language="ru").jurisdictions == expected


def test_finland_in_its_own_case_forms() -> None:
    title = "Suomessakin laaditaan ohjetta korkeakouluille"
    text = "Yliopistot tekevät yhteistyötä Kiinan kanssa. Suomessa riskitaso on noussut."
    assert analyze(title, text, language="fi").jurisdictions == ("FI",)


@pytest.mark.parametrize(("title", "text", "expected"), [
    # A case tried in a state's court is that state's, whatever foreign programme it polices.
    ("Ex-professor sentenced for hiding ties to foreign talent program", "A former professor convicted of lying "
     "about his ties to a Chinese talent recruitment program was sentenced in U.S. District Court on Wednesday. "
     "He had failed to report payments from a Chinese university.", ("US",)),
    # ... but meeting a state's agents is no trial in its courts.
    ("Engineer charged over contacts with foreign officials", "Taiwanese prosecutors charged an engineer who met "
     "with Chinese prosecutors to pass on chip designs.", ("TW",)),
])
def test_a_case_tried_in_a_states_court_is_its_own(title: str, text: str, expected: tuple[str, ...]) -> None:
    assert analyze(title, text, language="en").jurisdictions == expected


@pytest.mark.parametrize(("title", "text", "expected"), [
    # A ministry a report on another state's visa is sourced to does not make that visa.
    ("한미 비자 실무협의…B-1 비자로 장비 설치 가능", "외교부에 따르면 양국 대표단은 미국 워싱턴에서 회의를 열고 우리 기업 "
     "근로자들이 미국 내에서 B-1 비자로 장비를 설치할 수 있다는 점을 확인했다. 미국 비자 제도 개선도 논의했다.", ("US",)),
    # ... but a ministry acting in the lead on its own visa is its rule.
    ("법무부, 외국인 연구자 비자 발급 요건 완화", "법무부는 외국인 연구자의 비자 발급 요건을 완화한다고 밝혔다.", ("KR",)),
])
def test_a_body_a_report_is_sourced_to_is_not_the_visas_maker(title: str, text: str, expected: tuple[str, ...]) -> None:
    assert analyze(title, text, language="ko").jurisdictions == expected


@pytest.mark.parametrize(("title", "text", "expected"), [
    # Two states acting alike in the headline both make the rule.
    ("US and UK announce joint rules on research security",
     "The US and UK announced joint rules to vet foreign researchers in sensitive labs.", ("GB", "US")),
])
def test_a_second_rule_maker_acts_as_strongly(title: str, text: str, expected: tuple[str, ...]) -> None:
    assert analyze(title, text, language="en").jurisdictions == expected


def test_a_state_acting_less_than_the_first_is_its_partner() -> None:
    # Seoul's ministry reporting what was settled on the US visa: the visa is Washington's alone.
    title = "B-1 비자로 장비 설치 가능…비자 문제 해소"
    text = ("한국 기업 근로자가 B-1 비자로 미국에 입국해 장비를 설치할 수 있다고 외교부가 1일 밝혔다. "
            "양국 정부대표단은 미국 워싱턴에서 미국 비자제도 개선을 논의했다.")
    assert analyze(title, text, language="ko").jurisdictions == ("US",)


def test_an_agreement_with_a_government_names_a_partner() -> None:
    text = "Japan announced faster visas for engineers under an agreement with the Indian government."
    assert analyze("Japan eases visas for engineers", text, language="en").jurisdictions == ("JP",)


def test_chinese_attribution_needs_no_space_but_is_not_under_a_law() -> None:
    from bot.analysis.jurisdiction import _CJK_CONCERN_AFTER, _ML_SOURCE_BEFORE
    assert _ML_SOURCE_BEFORE.search("该消息称，据")  # "according to" after a comma, no space
    assert not _ML_SOURCE_BEFORE.search("根据")  # "under (a law)": the law's state acts
    assert not _ML_SOURCE_BEFORE.search("数据")  # "data"
    # A firm the state owns is no mere destination, written with spaces or without.
    assert not _CJK_CONCERN_AFTER.match("政府控股企业窃取技术")
    assert not _CJK_CONCERN_AFTER.match(" 정부 산하 기업")
    assert _CJK_CONCERN_AFTER.match("的一家企业")


@pytest.mark.parametrize(("title", "text", "language", "expected"), [
    # Ending a programme is the rule-maker's act: the state named before "终止" acts, not the one in its name.
    ("美国终止“中国计划”", "该计划针对中国的科研人员，在中国引发抗议。", "zh", ("US",)),
    # Nor does a state merely named first do it: China's scheme kept, no ending verb.
    ("中国人才计划继续招募", "中国的人才计划今年继续在海外招募科学家。", "zh", ("CN",)),
])
def test_a_chinese_verb_of_ending_makes_the_actor(title: str, text: str, language: str, expected: tuple[str, ...]) -> None:
    assert analyze(title, text, language=language).jurisdictions == expected


@pytest.mark.parametrize(("title", "text", "language", "expected"), [
    # Japanese: "中国政府は" is Beijing's government, not Tokyo's, though the text is Japanese.
    ("中国、技術者に海外渡航の自粛を要請",
     "報道によると、中国政府は技術者に対し海外への渡航を控えるよう求めている。事前の報告も必要となる。",
     "ja", ("CN",)),
    # A Korean court's sentence in a leak to China is Korea's case: "지법 ... 재판부" is a court at home.
    ("반도체 기술 중국에 유출…재판부, 징역 선고",
     "대전지법 형사부는 산업기술보호법 위반 혐의로 기소된 전 연구원에게 징역 2년을 선고했다. "
     "이들은 자료를 중국 업체에 유출했다.",
     "ko", ("KR",)),
    # Without a court or a government word at home, the only state named stays (no home guess from nothing).
    ("반도체 기술 중국에 유출", "반도체 자료가 중국 업체에 유출됐다는 보도가 나왔다.", "ko", ("CN",)),
])
def test_a_government_word_owned_by_a_state_named_in_chinese_script(
        title: str, text: str, language: str, expected: tuple[str, ...]) -> None:
    assert analyze(title, text, language=language).jurisdictions == expected


def test_a_country_opening_a_firms_name_does_not_end_a_rule() -> None:
    # "美国航空" is American Airlines: its suspending a fare is no government act, nor a relevant item.
    a = analyze("美国航空暂停了中国留学生的优惠机票计划", "美国航空公司表示，将暂停该计划。", language="zh")
    assert not a.relevant
