"""Relevance in other languages (lexicon.MULTILINGUAL_RELEVANCE_CUES): a work status named by its category
names the people who hold it; "brains" are the talent of a brain drain; staff called home are moving."""

from __future__ import annotations

import pytest

from bot.analysis import relevance
from bot.analysis.relevance import THRESHOLD, score_relevance


@pytest.mark.parametrize(("title", "text", "language"), [
    # Japan's status for business managers: its holders are the talent, as in "skilled worker visa".
    ("「経営・管理」の許可基準を厳格化",
     "出入国在留管理庁は、在留資格「経営・管理」の許可基準を改める省令を公布し、資本金の要件を引き上げる。", "ja"),
    ("高度専門職の要件を緩和へ", "政府は高度専門職の在留資格について、年収要件を見直す方針を閣議で決めた。", "ja"),
    # "Brains" coming back or leaving: the researchers and graduates such schemes are for.
    ("Nuovi incentivi per i cervelli", "Il ministero prepara sgravi per i cervelli che tornano dall'estero.", "it"),
    ("Le gouvernement veut retenir ses cerveaux", "Le ministre annonce un plan contre le départ des cerveaux à l'étranger.",
     "fr"),
    # Engineers called home by order of their state.
    ("电池厂召回三百名工程师", "据知情人士透露，当局口头要求企业将派驻越南工厂的工程师召回。", "zh"),
    ("Власти отозвали инженеров", "По данным источников, власти отозвали инженеров госкорпорации из филиалов во Вьетнаме.",
     "ru"),
])
def test_other_languages_name_talent_and_its_moves_in_their_own_words(title: str, text: str, language: str) -> None:
    score, evidence = score_relevance(title, text, language)
    assert score >= THRESHOLD, (score, evidence)


@pytest.mark.parametrize(("title", "text", "language"), [
    # A scheme to bring researchers home: coming back to the country is a move.
    ("El ministerio abre convocatoria para que los investigadores regresen al país",
     "El gobierno ofrecerá contratos a los investigadores que decidan volver al país tras doctorarse fuera.", "es"),
    ("Governo quer cientistas de volta ao país", "O ministério oferece bolsas aos cientistas que decidirem voltar ao país.", "pt"),
    # A Vietnamese ministry by its initials is the state.
    ("Thu hút nhà khoa học về nước", "Bộ KH&CN đang soạn đề án thu hút nhà khoa học ở nước ngoài về làm việc.", "vi"),
])
def test_coming_home_and_ministries_by_initials(title: str, text: str, language: str) -> None:
    score, evidence = score_relevance(title, text, language)
    assert score >= THRESHOLD, (score, evidence)


def test_a_tourist_back_home_is_no_returnee_scheme() -> None:
    score, _ = score_relevance("Turistas de vuelta al país tras las vacaciones", "Miles de turistas regresan al país "
                               "tras las fiestas, según la aerolínea.", "es")
    assert score < THRESHOLD


def test_a_product_recall_is_not_staff_called_home() -> None:
    score, _ = score_relevance("车企召回两万辆汽车", "国家市场监督管理总局表示，某车企将召回两万辆存在安全隐患的汽车。", "zh")
    assert score < THRESHOLD


@pytest.mark.parametrize(("title", "text", "language"), [
    # Only a state grants a tax incentive or classifies a lab as a protected zone: the measure is the state's.
    ("A tax break for researchers who relocate", "Researchers who relocate from abroad will pay a flat 10% rate on their "
     "salaries for five years under the tax break.", "en"),
    ("Incentivo fiscal para cientistas", "Os cientistas que venham do exterior pagam uma taxa reduzida durante dez anos.",
     "pt"),
    ("Laboratoires sous surveillance", "Les laboratoires classés en zone à régime restrictif filtrent les chercheurs "
     "étrangers avant leur arrivée.", "fr"),
])
def test_a_measure_only_a_state_takes_stands_for_the_state(title: str, text: str, language: str) -> None:
    score, evidence = score_relevance(title, text, language)
    assert score >= THRESHOLD, (score, evidence)


def test_a_tax_break_for_firms_names_no_people_moving() -> None:
    score, _ = score_relevance("Tax break for chip plants", "Chipmakers building new fabs will get a 25% tax break.", "en")
    assert score < THRESHOLD


@pytest.mark.parametrize(("title", "text", "language"), [
    # A work permit's salary bar names the workers who hold it, as "work permit" does in English.
    ("Regeringen höjer lönekravet för arbetstillstånd", "Regeringen höjer lönegolvet för arbetstillstånd från och med "
     "hösten, meddelar Migrationsverket.", "sv"),
    ("Neue Gehaltsgrenze für Arbeitserlaubnis", "Die Regierung hebt die Gehaltsgrenze für die Arbeitserlaubnis von "
     "Nicht-EU-Bürgern an.", "de"),
])
def test_a_work_permit_names_the_people_who_work(title: str, text: str, language: str) -> None:
    score, evidence = score_relevance(title, text, language)
    assert score >= THRESHOLD, (score, evidence)


@pytest.mark.parametrize(("title", "text", "language"), [
    ("Guvernul simplifică viza pentru cercetători", "Guvernul a aprobat o viză de lucru pentru cercetătorii străini.", "ro"),
    ("Vlada olakšava radne dozvole", "Vlada je donijela uredbu o radnim dozvolama za strane inženjere.", "hr"),
    ("Νέα βίζα για ερευνητές", "Το υπουργείο ανακοίνωσε νέα βίζα για ξένους ερευνητές.", "el"),
    ("Визи за учени", "Правителството облекчава визите за чуждестранни учени.", "bg"),
    ("Oleskeluluvat nopeammin", "Hallitus nopeuttaa ulkomaisten tutkijoiden oleskelulupia.", "fi"),
    ("Pas kerja baharu", "Kerajaan memperkenalkan pas pekerjaan untuk penyelidik asing.", "ms"),
    ("روادید برای پژوهشگران", "وزارت علوم روادید ویژه برای پژوهشگران خارجی صادر می‌کند.", "fa"),
    ("วีซ่าใหม่สำหรับนักวิจัย", "รัฐบาลออกวีซ่าใหม่สำหรับนักวิจัยต่างชาติ", "th"),
    ("אשרות עבודה למהנדסים", "הממשלה אישרה אשרות עבודה למהנדסים זרים.", "he"),
])
def test_languages_the_main_lists_lack_have_the_three_classes(title: str, text: str, language: str) -> None:
    score, evidence = score_relevance(title, text, language)
    assert score >= THRESHOLD, (score, evidence)


@pytest.mark.parametrize(("title", "text", "language"), [
    ("Χωρίς βίζα οι τουρίστες", "Η κυβέρνηση καταργεί τη βίζα για τους τουρίστες και τους φοιτητές από την Κίνα.", "el"),
    ("ฟรีวีซ่านักท่องเที่ยว", "รัฐบาลยกเว้นวีซ่าให้นักท่องเที่ยวและนักศึกษาจีน", "th"),
    ("Noi reguli pentru azil", "Guvernul a aprobat o ordonanță privind azilul, inclusiv pentru studenți.", "ro"),
])
def test_and_their_tourists_and_asylum_seekers_stay_out(title: str, text: str, language: str) -> None:
    score, evidence = score_relevance(title, text, language)
    assert score < THRESHOLD, (score, evidence)


@pytest.mark.parametrize(("title", "text", "language"), [
    # "Forschende": German's gender-neutral researchers.
    ("Programm für Forschende", "Das Ministerium holt Spitzenforschende aus dem Ausland nach Deutschland.", "de"),
    # Prosecutors and security services act for the state.
    ("Studierende im Visier", "Der Verfassungsschutz warnt Hochschulen vor Spionage durch ausländische Gastwissenschaftler.",
     "de"),
    ("Un chercheur inculpé", "Le parquet national a inculpé un chercheur soupçonné d'espionnage au profit d'un État étranger.",
     "fr"),
])
def test_researchers_prosecutors_and_security_services_in_their_own_words(
    title: str, text: str, language: str
) -> None:
    score, evidence = score_relevance(title, text, language)
    assert score >= THRESHOLD, (score, evidence)


@pytest.mark.parametrize(("text", "language"), [
    ("وقع الرئيس الأمريكي دونالد ترامب إعلانًا جديدًا.", "ar"),
    ("El presidente estadounidense firmó la proclamación.", "es"),
    ("Il presidente americano ha firmato il decreto.", "it"),
    ("Der amerikanische Präsident unterschrieb das Dekret.", "de"),
    ("La presidenta estadounidense firmó la orden.", "es"),
    ("O presidente dos Estados Unidos assinou a proclamação.", "pt"),
    # Japanese "大統領" is only ever a state's (a firm's president is 社長), as Korean "대통령".
    ("トランプ大統領は声明で新たな措置を発表した。", "ja"),
])
def test_a_president_named_by_the_country_is_the_state(text: str, language: str) -> None:
    # "The American president": a state's head, where a bare "president" may be a company's.
    assert "government" in _classes(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("رئيس الشركة الأمريكية قال إن الشركة ستوظف المزيد.", "ar"),
    ("El presidente de la Asociación Americana de Universidades criticó la medida.", "es"),
    ("Il presidente della società ha parlato ai dipendenti.", "it"),
    # A national adjective after "of" belongs to another body: the German Research Foundation's president.
    ("Der Präsident der Deutschen Forschungsgemeinschaft kritisierte die Pläne.", "de"),
])
def test_a_president_of_something_else_is_not(text: str, language: str) -> None:
    assert "government" not in _classes(text, language)


def test_an_arabic_demonym_is_found_whatever_its_ending() -> None:
    # The Arabic lists' "الأمريكي*" is matched as a substring: its "*" was once read as a character.
    from bot.analysis.multilingual import ML_PLACES
    assert [m.label for m in ML_PLACES.find("المسؤولون الأمريكيون")] == ["US:demonym"]


def test_persian_names_the_three_classes() -> None:
    # The White House (Dari spelling) says holders of the H-1B work visa must pay: a Persian page on a US rule.
    title = "قصرسفید: دارندگان ویزۀ کار باید صدهزار دالر بپردازند"
    text = "کاخ سفید اعلام کرد که متخصصان خارجی برای ویزا باید هزینه جدید بپردازند. دولت این قانون را اجرا می‌کند."
    assert {"government", "talent", "mobility"} <= _classes(title + " " + text, "fa")
    score, evidence = score_relevance(title, text, "fa")
    assert score >= THRESHOLD, (score, evidence)


def _classes(text: str, language: str) -> set[str]:
    from bot.analysis import relevance
    return {c.label for u in relevance._units(text, "", language) for c in u.cues}


@pytest.mark.parametrize(("text", "language"), [
    ("Statistikmyndigheten har publicerat en ny medianlön.", "sv"),
    ("Udlændingemyndighederne har skærpet kravene.", "da"),
    ("Die Einwanderungsbehörde prüft die Anträge strenger.", "de"),
])
def test_an_authority_inside_a_compound_is_the_state(text: str, language: str) -> None:
    # Scandinavian "-myndighet(en)", German "-behörde": an agency, whatever its first half.
    assert "government" in _classes(text, language)


def test_a_migrant_inside_a_compound_moves() -> None:
    # Dutch "kennismigranten" (highly skilled migrants): the people and their move in one word.
    assert "mobility" in _classes("De salarisnormen voor kennismigranten zijn bekendgemaakt.", "nl")
    score, _ = score_relevance(
        "Wijziging salarisnormen voor kennismigranten",
        "De Minister van Sociale Zaken heeft de salarisnormen voor de kennismigrantenregeling bekendgemaakt.", "nl",
    )
    assert score >= THRESHOLD


def test_a_country_named_in_chinese_script_is_the_state_only_when_it_owns_the_rule() -> None:
    # "澳大利亚学生签证": Australia's student visa is Australia's rule (a country's visa, as in English).
    assert "government" in _classes("2025年澳大利亚学生签证申请费上涨至2000澳元。", "zh")
    # A country merely named is where things happen.
    assert "government" not in _classes("很多学生在澳大利亚读书，毕业后回国。", "zh")


def test_a_prosecution_for_taking_intellectual_property_is_research_security() -> None:
    # "打着打击盗取知识产权的旗号 ... 起诉": a prosecution for stealing intellectual property, not jewels.
    taking_ip, _ = score_relevance("司法部撤销该计划", "该计划以打击盗取知识产权为名，起诉了多名科学家。", "zh")
    taking_jewels, _ = score_relevance("司法部撤销该计划", "该计划以打击盗取珠宝为名，起诉了多名科学家。", "zh")
    assert taking_ip >= THRESHOLD > taking_jewels
    # "Intellectual" alone is no property: the intellectual elite accused of stealing funds.
    elite, _ = score_relevance("Прокуратура обвинила интеллектуальную элиту в краже средств",
                               "Прокуратура обвинила интеллектуальную элиту в краже средств учёных.", "ru")
    assert elite < THRESHOLD


@pytest.mark.parametrize(("title", "text", "language"), [
    # Asylum by its EU name and by the act of asking for it: not skilled people moving.
    ("Se disparan las peticiones de protección internacional",
     "El Ministerio del Interior registró un récord de peticiones de protección internacional este año.", "es"),
    ("Una de cada tres personas que pidió asilo en España es venezolana",
     "Según el Ministerio, una de cada tres personas que pidió asilo tiene nacionalidad venezolana.", "es"),
    # Raids and people detained; a visa waiver for visitors in Latin American Spanish.
    ("ICE enfoca sus redadas en lugares de trabajo",
     "Las autoridades de inmigración realizaron redadas y hubo cuarenta inmigrantes detenidos.", "es"),
    ("Estados Unidos: el trámite para entrar al país sin visa",
     "Las autoridades permitirán a ciudadanos de 42 países ingresar sin necesidad de visa a partir de 2025.", "es"),
    # Experts quoted on a deportation story are not the people a rule is for.
    ("Trump anunció expulsiones masivas, pero los vuelos de deportación son lentos",
     "El Servicio de Inmigración usa aviones militares para su operativo de deportación, según expertos "
     "que han analizado estas operaciones migratorias.", "es"),
])
def test_asylum_raids_visitors_and_quoted_experts_are_not_talent_mobility(title: str, text: str, language: str) -> None:
    score, evidence = score_relevance(title, text, language)
    assert score < THRESHOLD, (score, evidence)


@pytest.mark.parametrize(("title", "text", "language"), [
    # Polish work permits in any case, and foreigners (cudzoziemcy) as "extranjeros" are.
    ("Praca cudzoziemców w Polsce - zmiany od 1 czerwca",
     "Nowa ustawa zmienia zasady wydawania zezwolenia na pracę dla cudzoziemców od 1 czerwca.", "pl"),
    # "Detiene" is also "halts": a halt to student-visa processing stays in scope.
    ("EE.UU. detiene temporalmente el procesamiento de visas estudiantiles",
     "El Departamento de Estado detiene temporalmente las entrevistas de visas para estudiantes internacionales.", "es"),
    # Border officers in Chinese act for the state that cancels a student's visa.
    ("多名中国留学生入境美国时被注销签证",
     "机场海关在询问留学生所学专业后将其带到询问室盘查，随后告知其F-1签证已被注销，5年内不得入境。", "zh"),
])
def test_permits_halts_and_border_officers_in_other_languages(title: str, text: str, language: str) -> None:
    score, evidence = score_relevance(title, text, language)
    assert score >= THRESHOLD, (score, evidence)


@pytest.mark.parametrize(("title", "text", "language"), [
    # Border formalities every short-stay traveller meets: pre-travel authorisations, the EU's entry/exit
    # register, Schengen visa fees.
    ("La autorización de viaje obligatoria del Reino Unido entra en vigor",
     "El Gobierno británico exige desde hoy una autorización de viaje a los visitantes europeos.", "es"),
    ("UE : déploiement du système d'entrée-sortie aux frontières Schengen",
     "La Commission européenne lance le système d'entrée-sortie qui enregistre les voyageurs.", "fr"),
    ("Schengen-Visa werden ab 11. Juni teurer",
     "Die EU-Kommission erhöht die Gebühren für Schengen-Visa für Reisende aus Drittstaaten.", "de"),
    # Migrants held in detention centres abroad.
    ("Il tribunale non convalida il trattenimento dei migranti in Albania",
     "Il governo Meloni farà ricorso contro la decisione sul trattenimento dei migranti.", "it"),
])
def test_travellers_formalities_and_detention_are_not_talent_mobility(title: str, text: str, language: str) -> None:
    score, evidence = score_relevance(title, text, language)
    assert score < THRESHOLD, (score, evidence)


@pytest.mark.parametrize(("title", "text", "language"), [
    # The Council of the EU and a Commission proposal by its number are the state acting.
    ("Empfehlung zu Forschungssicherheit",
     "Der Rat der EU hat eine Empfehlung zur Stärkung der Forschungssicherheit angenommen, die ausländische "
     "Einflussnahme in internationalen Forschungskooperationen adressiert.", "de"),
    ("COM(2024)26 - Verbetering van de onderzoeksveiligheid",
     "Voorstel COM(2024)26 over onderzoeksveiligheid en buitenlandse inmenging bij onderzoekers.", "nl"),
    # A national research agency recruiting scientists from abroad.
    ("El esfuerzo de CONICYT para atraer investigadores",
     "El programa de CONICYT financia la atracción de investigadores desde el extranjero.", "es"),
])
def test_union_bodies_commission_documents_and_research_agencies_are_the_state(
    title: str, text: str, language: str
) -> None:
    score, evidence = score_relevance(title, text, language)
    assert score >= THRESHOLD, (score, evidence)


def test_a_talent_visa_named_beside_schengen_stays_in_scope() -> None:
    score, evidence = score_relevance(
        "Spain launches digital nomad visa for remote workers",
        "The ministry's new visa lets skilled remote workers and researchers live in Spain, unlike a Schengen "
        "visa, which allows only short stays.")
    assert score >= THRESHOLD, (score, evidence)


@pytest.mark.parametrize(("title", "text"), [
    # A ministry's order ("приказ") is a legal act, and a foreign labour force is the foreign workers it admits.
    ("Утверждена квота на иностранную рабочую силу",
     "Квота на привлечение иностранной рабочей силы на следующий год установлена в размере 3%. Приказ вводится в "
     "действие с 1 января."),
    ("Квота для трудовых иммигрантов", "Согласно приказу министра, квота на привлечение трудовых иммигрантов "
     "и иностранных работников сокращена."),
])
def test_a_russian_order_on_a_foreign_labour_quota_is_in_scope(title: str, text: str) -> None:
    score, evidence = score_relevance(title, text, "ru")
    assert score >= THRESHOLD, (score, evidence)


def test_an_order_word_reads_as_a_legal_act_only_in_its_own_forms() -> None:
    units = relevance._units("Суд назначил наказание за кражу", "", "ru")
    assert not any(m.label == "government" and m.phrase.startswith("наказ") for u in units for m in u.cues)
    units = relevance._units("Приказ министерства вступает в силу", "", "ru")
    assert any(m.label == "government" and m.phrase.startswith("приказ") for u in units for m in u.cues)


def test_a_domestic_labour_force_is_not_foreign_talent() -> None:
    score, _ = score_relevance("Рабочая сила стареет", "По данным статистики, численность рабочей силы в регионе "
                               "сократилась на 2% за год.", "ru")
    assert score < THRESHOLD


def test_the_eus_automated_border_control_in_its_other_french_wording_is_for_visitors() -> None:
    score, evidence = score_relevance(
        "Espace Schengen : lancement du contrôle automatisé des frontières",
        "Un nouveau système automatisé de contrôle aux frontières s'applique aux voyageurs non européens ; le "
        "règlement prévoit l'enregistrement du passeport et le personnel des frontières vérifie les données.", "fr")
    assert score < THRESHOLD, (score, evidence)
    assert any(e.field == "relevance.negative" and e.text.startswith("tourist") for e in evidence)


@pytest.mark.parametrize(("title", "text", "language"), [
    # A court's prison term for taking know-how abroad: the state acting on the accused, as "sentenced" is.
    ("반도체 기술 유출 중국인 직원, 항소심서 징역 5년",
     "반도체 기술을 중국으로 유출한 혐의로 기소된 중국 국적의 전 직원이 항소심에서 징역 5년을 선고받았다. 그는 퇴사 후 "
     "중국 업체로 이직했다.", "ko"),
    ("研究データ漏洩の元研究員に有罪判決",
     "研究所の研究者だった中国籍の元研究員が、研究データ(営業秘密)を中国企業に漏洩したとして罪に問われ、東京地裁は懲役2年6月の"
     "判決を言い渡した。", "ja"),
])
def test_a_prison_term_for_leaking_technology_is_the_state_acting(title: str, text: str, language: str) -> None:
    score, evidence = score_relevance(title, text, language)
    assert score >= THRESHOLD, (score, evidence)


def test_a_prison_term_for_an_ordinary_crime_stays_out() -> None:
    # A court and a sentence alone are no talent-mobility item: no know-how, no skilled people, no border.
    score, _ = score_relevance("사기 혐의 60대 남성, 1심서 징역 3년",
                               "투자자들을 속여 돈을 가로챈 혐의로 기소된 60대 남성이 1심에서 징역 3년을 선고받았다. "
                               "재판부는 피해 회복이 이뤄지지 않았다고 밝혔다.", "ko")
    assert score < THRESHOLD


def test_courts_and_sentences_are_read_as_justice_not_as_a_government_word() -> None:
    # Relevance counts them as the state acting; jurisdiction's government words do not include them, so a
    # sentence beside "중국 국적의" (a Chinese national) does not make China the actor.
    from bot.analysis.multilingual import ML_CUES

    found = ML_CUES.find("중국 국적의 전 직원이 항소심에서 징역 5년을 선고받았다")
    labels = {m.label for m in found if m.phrase in ("징역", "항소심")}
    assert "justice" in labels and "government" not in labels
    assert relevance._ML_LABELS["justice"] == "government"


def test_a_state_research_funder_and_a_science_ministry_by_its_older_name_are_the_state() -> None:
    # The Swedish Research Council inviting researchers from abroad; Korea's science ministry as it was named
    # before 2008 ("과학기술부") selecting scientists from abroad.
    score, evidence = score_relevance(
        "Research council recruits international researchers",
        "The Swedish Research Council will fund prominent international researchers who move to Swedish "
        "universities under a ten-year programme.")
    assert score >= THRESHOLD, (score, evidence)
    score, evidence = score_relevance(
        "해외고급과학두뇌 1차 28명 선정",
        "과학기술부는 1일 해외고급과학두뇌초빙사업의 하나로 해외 연구원 28명을 최종 선정했다고 밝혔다.", "ko")
    assert score >= THRESHOLD, (score, evidence)


def test_a_research_council_funding_labs_at_home_stays_out() -> None:
    score, _ = score_relevance("Research council funds new labs",
                               "The national research council awarded grants to ten university laboratories.")
    assert score < THRESHOLD
