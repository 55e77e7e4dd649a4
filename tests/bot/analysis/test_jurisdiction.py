"""The jurisdiction is the rule-maker: a CJK country name before a noun of people or firms names whose they
are (the applicants of a visa, the firm the know-how went to), not who makes the rule."""

from __future__ import annotations

import pytest

from bot.analysis.analyzer import analyze
from bot.analysis.jurisdiction import _other_language_mentions, find_jurisdictions
from bot.analysis.prepared_text import prepare


@pytest.mark.parametrize(("title", "text", "language", "expected"), [
    # A visa for Chinese citizens is the issuing state's rule.
    ("众议院提案禁止中国公民申请美国学生签证",
     "共和党议员提出法案，禁止中国公民申请美国学生签证。该法案称，中国公民和中国学生每年有数十万人来到美国。",
     "zh", ("US",)),
    # Prosecutors charging researchers who moved to a Chinese firm: Korea's case, not China's.
    ("중국 기업에 반도체 기술 유출한 전 연구원 기소",
     "서울중앙지검은 중국 기업으로 이직해 국가핵심기술을 유출한 혐의로 전직 연구원을 기소했다. "
     "한국 정부는 산업기술보호법을 강화한다.",
     "ko", ("KR",)),
    # An exit control on a state's own engineers is that state's: the attribute stays its rule-maker.
    ("中方限制中国工程师赴印度工作",
     "据知情人士称，中国政府要求企业限制中国工程师和技术人员前往印度工作，并收紧其出境审批。",
     "zh", ("CN",)),
])
def test_whose_people_are_not_the_rule_maker(title: str, text: str, language: str, expected: tuple[str, ...]) -> None:
    assert analyze(title, text, language=language).jurisdictions == expected


@pytest.mark.parametrize(("title", "text", "language", "expected"), [
    # Korean prosecutors (검찰) charging engineers who moved to a Chinese chipmaker: the case is Korea's.
    ("전직 연구원 3명 구속기소", "검찰은 중국 반도체 업체로 이직해 국가핵심기술을 부정 사용한 혐의로 전직 연구원 3명을 "
     "구속기소했다. 중국 업체는 이 기술로 제품을 개발했다.", "ko", ("KR",)),
    # Korea's police (경찰청 국가수사본부, "국수본") counting leaks of core technology, most of them to China.
    ("올해 해외 기술유출 25건 적발", "경찰청 국가수사본부는 해외 기술 유출 사건 25건을 적발했다고 밝혔다. 유출 국가별로는 "
     "중국이 18건으로 가장 많았다.", "ko", ("KR",)),
    ("첨단기술 대부분 中으로 넘어갔다", "국수본, 반도체 등 해외유출 19건 적발. 중국 회사에 빼돌린 직원들이 유죄를 선고받았다.",
     "ko", ("KR",)),
    # JAXA's screening of foreign researchers is a Japanese agency's rule, whoever it excludes.
    ("宇宙航空研究開発機構、中国の研究者の受け入れを制限", "宇宙航空研究開発機構は技術流出を防ぐため、中国やロシアの研究者の受け入れ審査に"
     "新たな基準を設けた。", "ja", ("JP",)),
])
def test_a_states_own_prosecutors_and_agencies_are_its_own(
    title: str, text: str, language: str, expected: tuple[str, ...]
) -> None:
    assert analyze(title, text, language=language).jurisdictions == expected


@pytest.mark.parametrize(("title", "text", "expected"), [
    ("美国国会众议院议员正在推动一项新立法，全面禁止中国公民获得赴美学生签证",
     "中国共产党被指利用美国高校从事间谍活动。中国留学生和中国公民对此表示担忧。中共外交部批评该法案。", ("US",)),
    ("日本政府决定放宽外国研究人员的签证", "中国和韩国的研究人员也将受益。中国政府对此表示欢迎。", ("JP",)),
])
def test_a_chinese_name_before_its_government_noun_and_verb_acts(title: str, text: str, expected: tuple[str, ...]) -> None:
    assert analyze(title, text, language="zh").jurisdictions == expected


def _mention(text: str, name: str, *, inbound: bool = False) -> tuple[float, bool]:
    from bot.analysis.jurisdiction import JURISDICTION_MATCHER, mention_weight
    from bot.analysis.prepared_text import prepare

    unit = next(u for u in prepare("", text) if name in u.text)
    m = next(m for m in JURISDICTION_MATCHER.find(unit.key, unit.tokens) if m.phrase == name)
    return mention_weight(unit, m, m.label.split(":")[1], inbound=inbound)


def test_a_passive_verb_is_done_to_the_place_not_by_it() -> None:
    # The staff there were told; the place did not tell them.
    assert _mention("Most staff at the plants of northern Vietnam were instructed to fly home.", "Vietnam")[1] is False
    assert _mention("Vietnam has instructed employers to send foreign staff home.", "Vietnam")[1] is True


@pytest.mark.parametrize("text", [
    "According to the filing, China has called back about 200 of its battery engineers from Vietnam.",
    "Last year Beijing recalled hundreds of its technicians from plants in Mexico.",
    "Earlier this year Chinese authorities reportedly advised firms to keep senior engineers at home.",
])
def test_calling_ones_people_home_or_advising_firms_is_acting(text: str) -> None:
    name = next(n for n in ("China", "Beijing", "Chinese") if n in text)
    assert _mention(text, name)[1] is True


def test_the_prosecutors_of_a_place_are_its_government() -> None:
    from bot.analysis.jurisdiction import GOVERNMENT_WEIGHT

    weight, _ = _mention("The Seoul Central District Prosecutors' Office said the pair took thousands of files.", "Seoul")
    assert weight >= GOVERNMENT_WEIGHT


@pytest.mark.parametrize(("title", "text", "expected"), [
    # Taipei's ministries carry the same names as Beijing's: beside the Legislative Yuan they are Taiwan's.
    ("教育部宣布放寬外籍畢業生留台工作",
     "教育部表示，立法院日前三讀通過修正案，在我國大學畢業的外籍學生可留台工作兩年，國發會將於年底前修正相關子法。", ("TW",)),
    ("立法院三讀通過修正案 放寬外籍畢業生留台工作", "教育部與勞動部將在年底前修正相關子法，在我國大學畢業的外籍學生可留台工作兩年。",
     ("TW",)),
    # ... and beside the State Council, Beijing's.
    ("国务院印发通知 放宽外籍毕业生在华工作", "教育部和人力资源和社会保障部将出台细则，在我国高校毕业的外籍学生可留华工作。", ("CN",)),
])
def test_names_beijing_and_taipei_share_go_to_the_state_the_text_names(
    title: str, text: str, expected: tuple[str, ...]
) -> None:
    assert analyze(title, text, language="zh").jurisdictions == expected


def test_a_countrys_visa_is_its_rule_whoever_applies() -> None:
    # "美国学生签证" is the US's student visa, not American students.
    assert _mention("议员提案，中国公民不得再申请美国学生签证。", "美国", inbound=True)[1] is True
    assert _mention("美国学生在中国的人数下降。", "美国", inbound=True)[1] is False
    titles = [("일본 취업비자 요건 완화", "외교부는 일본 취업비자 발급 요건이 완화돼 기술자들의 취업이 쉬워질 것이라고 밝혔다.", "ko")]
    for title, text, language in titles:
        assert analyze(title, text, language=language).jurisdictions == ("JP",)


def test_an_english_name_after_a_preposition_of_origin_in_another_language_is_a_place() -> None:
    # "aus dem UK": where the workers come from, however often; the government admitting them is Bern.
    text = ("Unternehmen in der Schweiz dürfen im nächsten Jahr bis zu 3000 Fachkräfte aus dem UK rekrutieren, hat die "
            "Regierung entschieden. Die Bewilligungen für Fachkräfte aus dem UK gelten ein Jahr. Für Erwerbstätige aus "
            "dem UK gilt ein eigenes Kontingent.")
    assert analyze("Neue Kontingente für Fachkräfte", text, language="de").jurisdictions == ("CH",)


def test_out_of_a_place_is_a_place() -> None:
    # "out of Mexico" is where the engineers leave, not who rules, even at the head of the headline.
    assert _mention("Battery maker pulls engineers out of Mexico as orders slow.", "Mexico")[0] < 1.0


@pytest.mark.parametrize(("title", "text", "language", "expected"), [
    # The only "Department of State" is Washington's, in any language.
    ("El Departamento de Estado revoca visados a estudiantes", "El Departamento de Estado revocará los visados de "
     "estudiantes chinos vinculados al partido, anunció el secretario.", "es", ("US",)),
    ("Госдеп приостановил собеседования", "Госдеп приостановил собеседования на студенческие визы для китайских студентов.",
     "ru", ("US",)),
    # A body written right after another state's name is that state's.
    ("韩国教育部宣布放宽外国留学生签证", "韩国教育部表示，将放宽外国留学生的签证和打工限制。", "zh", ("KR",)),
    ("美国国务院暂停学生签证面试", "美国国务院指示各使领馆暂停新的学生签证面谈。", "zh", ("US",)),
])
def test_a_states_organs_named_in_another_language_are_its_own(
    title: str, text: str, language: str, expected: tuple[str, ...]
) -> None:
    assert analyze(title, text, language=language).jurisdictions == expected


@pytest.mark.parametrize(("title", "text", "owner"), [
    ("韩国教育部宣布放宽外国留学生签证", "韩国教育部表示，将放宽外国留学生的签证和打工限制。", "KR"),
    ("韓國教育部宣布放寬外國留學生簽證", "韓國教育部表示，將放寬外國留學生的簽證和打工限制。", "KR"),
])
def test_a_shared_body_after_a_states_name_is_that_states_in_the_other_language_pass(
    title: str, text: str, owner: str
) -> None:
    # "韩国教育部" is Seoul's ministry in both passes: the name written before a body decides whose it is, after
    # the Beijing/Taipei guess for a name they share (as find_jurisdictions reads it), not before.
    mentions = _other_language_mentions(prepare(title, text), inbound=True)
    assert {code for code, _, _, snippet in mentions if snippet == "教育部"} == {owner}


@pytest.mark.parametrize(("title", "text"), [
    # Modelled on real China Initiative cases: the court and the agents are American, the programme and the
    # city Chinese. The case is the prosecuting state's.
    ("Former university chair convicted of lying about payments from a school in Wuhan, China",
     "The former chair of the chemistry department was convicted Tuesday of lying to federal authorities about his "
     "affiliation with a university in Wuhan, China. He was found guilty on two counts linked to his involvement in "
     "China's Thousand Talents Program. U.S. Senior District Court Judge Ann Smith will sentence him at a later date."),
    ("Professor convicted of lying about ties to China",
     "A jury found the professor lied about money he received as part of a Chinese scheme to recruit scientists, "
     "US prosecutors said. He also met with Chinese government agents and failed to report a bank account in China."),
])
def test_a_research_security_case_is_the_prosecuting_states(title: str, text: str) -> None:
    analysis = analyze(title, text)
    assert analysis.policy_type == "research_security"
    assert analysis.jurisdictions == ("US",)
    assert all(e.text != "U" for e in analysis.evidence)  # an initial's point does not end the evidence


def test_a_country_after_its_city_is_a_place() -> None:
    assert _mention("He took a post at a university in Wuhan, China, in 2012.", "China") == (0.3, False)
    # A clause opening with a city is not an apposition: the country after it may act.
    assert _mention("In Washington, US officials announced new rules for researchers.", "US")[1] is True


@pytest.mark.parametrize(("title", "text", "language", "expected"), [
    # A state's official gazette or its own law's name says whose rule it is, when no country is named.
    ("Estas son las novedades del nuevo Reglamento de Extranjería",
     "El nuevo Reglamento de Extranjería entra en vigor el 20 de mayo e introduce mejoras en los procesos de "
     "regularización de los trabajadores cualificados.", "es", ("ES",)),
    ("O novo incentivo fiscal à investigação científica",
     "A Lei do Orçamento do Estado estabeleceu o novo regime de incentivo fiscal para pessoas altamente "
     "qualificadas; a portaria foi publicada no Diário da República.", "pt", ("PT",)),
])
def test_an_official_gazette_or_a_national_law_names_the_state(
    title: str, text: str, language: str, expected: tuple[str, ...]
) -> None:
    assert analyze(title, text, language=language).jurisdictions == expected


@pytest.mark.parametrize(("text", "language"), [
    ("La directive a été publiée au Journal officiel de l'Union européenne; les États membres doivent la "
     "transposer d'ici deux ans.", "fr"),
    ("La direttiva è stata pubblicata nella Gazzetta ufficiale dell'Unione europea e gli Stati membri devono "
     "recepirla entro due anni.", "it"),
])
def test_the_unions_own_journal_is_the_unions(text: str, language: str) -> None:
    assert analyze("Nouvelle directive / Nuova direttiva", text, language=language).jurisdictions == ("EU",)


def test_a_country_after_a_city_may_still_act() -> None:
    text = "Speaking in Tokyo, Japan's justice minister said the new visa for researchers takes effect in April."
    assert analyze("Japan eases visa rules for researchers", text).jurisdictions == ("JP",)
    assert _mention(text, "Japan")[0] > 0.3


@pytest.mark.parametrize("title", ["高檢署起訴3名工程師", "地檢署起訴工程師"])
def test_taiwans_prosecutors_offices_are_taiwans(title: str) -> None:
    # Written in traditional characters with no place named, a prosecution by Taiwan's prosecutors is
    # Taiwan's, not the Chinese language's default.
    text = "檢方依國家安全法起訴3名前員工,指控他們竊取營業秘密。"
    assert analyze(title, text, language="zh").jurisdictions == ("TW",)


@pytest.mark.parametrize(("title", "text", "language", "expected"), [
    # A particle after the name makes it a place: the know-how went *to* China ("중국에"), Korea's
    # prosecutors charge the case.
    ("반도체 기술 중국에 유출한 직원 기소", "국내 반도체 기업 직원이 핵심 기술을 중국에 유출했다. 검찰은 직원 3명을 기소했다. "
     "중국으로 넘어간 자료는 수백 건이다.", "ko", ("KR",)),
    # ... and a destination owns no government word beside it: the Patent Office and the prosecutors'
    # office that charge a leak "to China" ("중국으로") are Korea's.
    ("승진 탈락하자… 中에 반도체 핵심기술 빼돌린 6명 기소", "특허청 국장이 반도체 기술을 중국으로 유출한 일당 검거 브리핑을 했다. "
     "대전지방검찰청은 3명을 구속기소했다고 밝혔다. 중국 업체에 자료를 넘긴 혐의다. 주범은 중국 업체와 사업을 "
     "약속하고 자료를 중국에 넘겼다.", "ko", ("KR",)),
    # A partner is not the rule-maker: guidance on cooperation "with China" is the ministry's own.
    ("Suositukset akateemiseen yhteistyöhön Kiinan kanssa", "Ministeriö on valmistellut suosituksia korkeakouluille "
     "yhteistyöstä Kiinan kanssa. Suositukset koskevat tutkimusturvallisuutta ja Kiinan kanssa tehtäviä sopimuksia.",
     "fi", ("FI",)),
])
def test_a_country_after_a_particle_or_as_a_partner_is_not_the_actor(
    title: str, text: str, language: str, expected: tuple[str, ...]
) -> None:
    assert analyze(title, text, language=language).jurisdictions == expected


@pytest.mark.parametrize(("title", "text", "language", "expected"), [
    # A foreign rule told in the home language stays the foreign state's: visas and permits are
    # reported for readers who would apply ("米当局", an unnamed "当局" beside the rule's owner).
    ("米国、留学生ビザの審査を強化", "米国務省は学生ビザの申請者にSNSの審査を導入した。当局によると、面接の予約は再開された。",
     "ja", ("US",)),
    # The subject marker keeps the actor: "중국은 ... 금지했다" is China's rule, in a Korean outlet.
    ("중국은 AI 연구자의 출국을 제한했다", "중국 정부는 주요 AI 기업 연구자들에게 출국 전 승인을 받도록 요구했다.",
     "ko", ("CN",)),
    # A preposition or particle that also means "in" leaves the country its government's owner: "В Китае
    # министерство", "중국에서 당국이" are China's, in a Russian or Korean outlet.
    ("В Китае ввели запрет на выезд учёных", "В Китае министерство ввело запрет на выезд учёных за границу.",
     "ru", ("CN",)),
    ("중국, 과학자 출국 금지", "중국에서 당국이 과학자의 출국을 금지하는 규정을 시행했다.", "ko", ("CN",)),
    # A destination particle names the state a visa is for ("미국에 입국"): inbound rules are the
    # destination's.
    ("미국에 입국하는 유학생 비자 심사 강화", "미국 국무부는 유학생 비자 신청자의 소셜미디어를 심사한다고 밝혔다.", "ko", ("US",)),
])
def test_particles_and_the_home_rule_leave_foreign_rules_alone(
    title: str, text: str, language: str, expected: tuple[str, ...]
) -> None:
    assert analyze(title, text, language=language).jurisdictions == expected


def test_an_enforcing_state_acts() -> None:
    title = "South Korea accuses ex-Samsung executive of stealing technology to build China chip factory"
    text = ("Prosecutors said the former executive illegally obtained chip data to build a factory in Xian, China. "
            "The defendant denies the charges.")
    assert analyze(title, text, language="en").jurisdictions == ("KR",)


@pytest.mark.parametrize(("title", "text", "language", "expected"), [
    # Taiwan's own press writes in traditional characters and names its prosecutors and courts unnamed.
    ("台積電工程師涉洩密遭起訴", "高檢署依國家安全法起訴三名工程師，指控他們將機密資料交給日本東京威力科創公司。法院已裁定羈押。",
     "zh", ("TW",)),
    # ... but a US prosecution told in traditional characters stays the US's: the state is named acting.
    ("美國司法部起訴中國籍研究人員竊取商業機密", "美國司法部週二表示，一名中國籍研究人員被控竊取商業機密並將技術帶回中國。"
     "聯邦法院將於下月開庭審理此案。檢方指出，被告曾參與中國的人才計劃。", "zh", ("US",)),
    # A ministry inside a compound ("kulttuuriministeriö") is the home government acting.
    ("Yhteistyö Kiinan kanssa vaatii uusia ohjeita", "Opetus- ja kulttuuriministeriö julkaisi suositukset "
     "korkeakouluille. Kiinan kanssa tehtävässä tutkimusyhteistyössä on arvioitava riskit.", "fi", ("FI",)),
])
def test_the_home_government_in_its_own_script_and_compounds(
    title: str, text: str, language: str, expected: tuple[str, ...]
) -> None:
    assert analyze(title, text, language=language).jurisdictions == expected


@pytest.mark.parametrize(("title", "text"), [
    ("Congressman Moore introduces bill to halt student visas for Chinese nationals",
     "The bill would bar Chinese nationals from obtaining student visas. Chinese students number about 270,000."),
    ("NASA bars Chinese nationals from its programmes",
     "NASA has barred Chinese nationals, even those holding valid visas, from its facilities and networks."),
])
def test_american_bodies_named_bare_are_the_us(title: str, text: str) -> None:
    assert analyze(title, text, language="en").jurisdictions == ("US",)


@pytest.mark.parametrize(("title", "text", "language", "expected"), [
    # "Non-EU" in Italian: the Union is everyone but them, Italy's decree the rule.
    ("Lavoratori extra UE altamente qualificati: procedure semplificate per l'ingresso in Italia",
     "Il decreto del governo semplifica le procedure per i lavoratori extra UE altamente qualificati.", "it", ("IT",)),
    ("Neue Regeln für Nicht-EU Fachkräfte", "Die Bundesregierung erleichtert Fachkräften aus Nicht-EU Staaten die "
     "Einreise.", "de", ("DE",)),
])
def test_non_eu_in_other_languages_is_not_the_union(
    title: str, text: str, language: str, expected: tuple[str, ...]
) -> None:
    assert analyze(title, text, language=language).jurisdictions == expected


def test_the_state_a_person_is_barred_from_leaving_holds_the_exit_ban() -> None:
    title = "U.S. official barred from leaving China"
    text = "A U.S. Commerce Department employee has been barred from leaving China after a personal trip."
    assert analyze(title, text, language="en").jurisdictions == ("CN",)


@pytest.mark.parametrize(("title", "text", "language", "policy_type", "expected"), [
    # Russian "с" is also "from" ("С января"): only right before the name is it "with".
    ("С января Германия запускает программу", "С января Германия запускает программу для учёных из Китая.", "ru",
     "talent_program", ("DE",)),
    # に and 에 의해 also mark the agent of a passive: detained *by* China.
    ("日本人研究者、中国に拘束", "日本人研究者が中国に拘束された。", "ja", "research_security", ("CN",)),
    ("중국에 의해 출국 금지된 한국인 연구원", "중국에 의해 출국 금지된 한국인 연구원이 귀국하지 못하고 있다.", "ko",
     "travel_restriction", ("CN",)),
    # The accused does not act: "China accused of recruiting".
    ("China accused of recruiting US scientists, Washington tightens checks",
     "Washington tightened checks on federally funded scientists.", "en", "research_security", ("US",)),
    # A Hong Kong page says so by its language tag.
    ("前工程師向日本洩露晶片技術 法院判囚", "前工程師向日本洩露晶片技術，法院判囚三年。", "zh-hk", "research_security", ("HK",)),
])
def test_the_reviews_everyday_sentences(
    title: str, text: str, language: str, policy_type: str, expected: tuple[str, ...]
) -> None:
    assert find_jurisdictions(prepare(title, text), language, policy_type)[0] == expected  # type: ignore[arg-type]


def test_a_foreign_cabinet_named_in_the_lead_owns_the_clipped_headline() -> None:
    # "각의 통과" (passed by the cabinet) names no state; the lead says whose cabinet it was.
    units = prepare("산업기술 유출 처벌 강화 법안 각의 통과",
                    "대만 내각은 지난 10일 핵심 기술을 해외로 유출하면 최고 징역 10년에 처하는 개정안을 통과시켰다.")
    assert find_jurisdictions(units, "ko", "research_security")[0] == ("TW",)


def test_the_home_cabinet_stays_when_the_foreign_state_is_where_know_how_goes() -> None:
    units = prepare("기술 유출 처벌 강화 법안 각의 통과",
                    "정부는 각의에서 기술 유출 방지법 개정안을 의결했다. 중국으로 기술을 유출하면 최고 징역 10년에 처한다.")
    assert find_jurisdictions(units, "ko", "research_security")[0] == ("KR",)


@pytest.mark.parametrize(("title", "text", "language", "expected"), [
    # A state's named scheme in the headline is the rule; the universities' countries on its list are content,
    # and "中國科學院大學" is a university, not Beijing acting.
    ("搶人才｜高才通合資格大學增5所至199間　中國科學院大學上榜",
     "政府高端人才通行證計劃更新的合資格大學綜合名單,明年1月1日生效。名單新增美國的University of Massachusetts、"
     "瑞士的Cesar Ritz Colleges Switzerland及中國科學院大學。",
     "zh", ("HK",)),
    # The US's own research-security programme by its Chinese name, ended by the Justice Department.
    ("“中国行动计划”虽告终,疑云未散",
     "当地时间2月23日,“中国行动计划”(China Initiative)被正式终止。司法部承认该计划的命名方式会加剧种族歧视。",
     "zh", ("US",)),
    # Entering a state: its border officers cancel the visa; the students' nationality is whose people.
    ("中國留學生赴美無端遭滋擾或遣返？",
     "多名中國留學生近期自華盛頓杜勒斯國際機場入境美國,遭邊境人員盤查甚至遣返,簽證被注銷。中國駐美國大使館發出警告。",
     "zh", ("US",)),
])
def test_schemes_institutions_and_borders_in_chinese(title: str, text: str, language: str, expected: tuple[str, ...]) -> None:
    assert analyze(title, text, language=language).jurisdictions == expected


def test_a_university_named_after_a_state_does_not_act_and_a_policed_programme_stays_foreign() -> None:
    # Without the scheme, a university named after China beside a Hong Kong body is still no Chinese rule.
    got = analyze("中國科學院大學學生可申請港府計劃",
                  "港府入境處表示，中國科學院大學畢業生可按新安排申請來港工作簽證。", language="zh").jurisdictions
    assert "CN" not in got
    # A foreign talent programme in a US prosecution is what is policed: the court's state rules.
    got = analyze("Professor charged over Thousand Talents Program ties",
                  "US prosecutors charged a professor with hiding his ties to China's Thousand Talents Program, "
                  "the Justice Department said.").jurisdictions
    assert got == ("US",)


@pytest.mark.parametrize(("title", "text", "expected"), [
    # Central Asia and Belarus, as the Russian-language press names them: their own rule, not Moscow's (the
    # home-government fallback reads a Russian text's unnamed ministry as Russia's).
    ("Казахстан утвердил квоту на иностранную рабочую силу",
     "Квота на привлечение иностранной рабочей силы установлена в размере 3%. Приказ вводится в действие с 1 "
     "января.", ("KZ",)),
    ("В Узбекистане упростили выдачу разрешений на работу иностранным специалистам",
     "Министерство занятости Узбекистана сообщило, что приказ вступает в силу с 1 марта.", ("UZ",)),
    ("Беларусь ввела безвизовый режим для учёных",
     "Правительство Беларуси утвердило постановление о въезде иностранных учёных без визы.", ("BY",)),
])
def test_central_asian_states_and_belarus_are_named_in_russian(title: str, text: str, expected: tuple[str, ...]) -> None:
    assert analyze(title, text, language="ru").jurisdictions == expected


def test_a_russian_rule_on_migrants_from_central_asia_stays_russias() -> None:
    result = analyze("Россия ужесточила правила для трудовых мигрантов",
                     "МВД России ввело новые требования для трудовых мигрантов из Таджикистана и Узбекистана.",
                     language="ru")
    assert result.jurisdictions == ("RU",)
