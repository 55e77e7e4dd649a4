"""Judgement on wording no labelled article has: talent schemes, visas and permits across many
jurisdictions and languages, bans on nationalities, and hard negatives (raids, asylum). Each case is
an invented headline and lead of the kind real outlets write; none is taken from the labelled set."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis.analyzer import analyze
from bot.analysis.multilingual import ML_PLACES
from bot.analysis.prepared_text import prepare

PUBLISHED = datetime(2025, 6, 15, tzinfo=UTC)

# (title, lead, language, jurisdictions, policy type)
POSITIVES = [
    ("China quietly revives Thousand Talents under new name Qiming",
     "China has been recruiting overseas-trained scientists through a programme called Qiming, offering signing "
     "bonuses of up to 5 million yuan, according to people familiar with the matter.", "en", ("CN",), "talent_program"),
    ("South Korea expands Brain Pool programme to lure foreign researchers",
     "The Ministry of Science and ICT said on Tuesday it will expand the Brain Pool program, which invites overseas "
     "scientists to work at Korean universities, adding 200 places next year.", "en", ("KR",), "talent_program"),
    ("Canada unveils $1.7-billion plan to recruit world's top researchers",
     "Ottawa will spend $1.7 billion over 13 years to recruit more than 1,000 leading international researchers to "
     "Canadian universities, the industry minister announced Thursday.", "en", ("CA",), "talent_program"),
    ("France launches 'Choose France for Science' platform to host US scientists",
     "The French government on Friday launched a platform to help universities host foreign researchers whose work "
     "is threatened by funding cuts.", "en", ("FR",), "talent_program"),
    ("India's VAJRA scheme invites overseas scientists to work in Indian institutions",
     "The Visiting Advanced Joint Research faculty scheme offers overseas scientists US$15,000 in the first month "
     "to collaborate with Indian public institutions.", "en", ("IN",), "talent_program"),
    ("Norway sets aside NOK 100 million to attract international researchers",
     "The Norwegian government will set aside 100 million kroner to recruit leading international researchers to "
     "Norwegian universities, the research minister said.", "en", ("NO",), "talent_program"),
    ("Quebec creates fund to recruit researchers fleeing US cuts",
     "The Quebec government announced a $5-million fund on Wednesday to help universities hire scientists leaving "
     "the United States.", "en", ("CA",), "talent_program"),
    ("Hong Kong's Top Talent Pass Scheme admits 100,000 applicants",
     "The Hong Kong government said more than 100,000 applications had been approved under the Top Talent Pass "
     "Scheme since it was launched in December 2022.", "en", ("HK",), "immigration"),
    ("Saudi Arabia offers premium residency to scientists and researchers",
     "Saudi Arabia has introduced new premium residency products for exceptional talent, including scientists and "
     "researchers, allowing them to live and work in the kingdom without a sponsor.", "en", ("SA",), "immigration"),
    ("Ireland's new Critical Skills Employment Permit rules took effect on 1 January",
     "New rules for the Critical Skills Employment Permit took effect on 1 January, raising the minimum salary "
     "threshold for skilled workers to €38,000.", "en", ("IE",), "immigration"),
    ("Sweden signs law raising work permit salary threshold",
     "The Swedish government signed a law raising the salary threshold for work permits to 80 per cent of the "
     "median wage.", "en", ("SE",), "immigration"),
    ("Travel ban bars entry of nationals of 12 countries",
     "President Trump's proclamation suspends the entry of nationals of the following countries, including students on F-1 and "
     "J-1 visas.", "en", ("US",), "travel_restriction"),
    ("Deutschland will Forscher aus den USA anwerben",
     "Die Bundesregierung plant ein Programm, um 1000 Wissenschaftler aus dem Ausland nach Deutschland zu holen, "
     "sagte die Forschungsministerin am Montag.", "de", ("DE",), "talent_program"),
    ("La France lance un programme pour attirer les chercheurs américains",
     "Le gouvernement français a annoncé vendredi un programme de 100 millions d'euros pour accueillir des "
     "chercheurs étrangers dans les universités françaises.", "fr", ("FR",), "talent_program"),
    ("Norge vil rekruttere forskere fra USA",
     "Regjeringen vil bruke 100 millioner kroner på å tiltrekke seg internasjonale forskere, sier "
     "forskningsministeren.", "no", ("NO",), "talent_program"),
    ("Polska uruchamia program przyciągania naukowców z zagranicy",
     "Ministerstwo Nauki uruchomiło program, który ma przyciągnąć do Polski naukowców z zagranicy.", "pl", ("PL",),
     "talent_program"),
    ("Правительство России утвердило новые правила выезда за границу для учёных",
     "Правительство России утвердило постановление, по которому сотрудники научных организаций, имеющие доступ к "
     "государственной тайне, должны сдать загранпаспорта.", "ru", ("RU",), "travel_restriction"),
    ("과기정통부, 해외 우수 과학자 유치 '브레인풀' 사업 확대",
     "과학기술정보통신부는 해외 우수 연구자를 국내로 유치하기 위한 브레인풀 사업을 확대한다고 밝혔다.", "ko", ("KR",),
     "talent_program"),
    ("中国科技部启动青年海外高层次人才引进计划",
     "科技部近日印发通知，启动2025年度青年海外高层次人才引进计划申报工作，面向海外优秀青年科学家。", "zh", ("CN",),
     "talent_program"),
]


@pytest.mark.parametrize(("title", "lead", "language", "jurisdictions", "policy_type"), POSITIVES)
def test_positives_across_jurisdictions_and_languages(
    title: str, lead: str, language: str, jurisdictions: tuple[str, ...], policy_type: str
) -> None:
    a = analyze(title, lead, language=language, published=PUBLISHED)
    assert a.relevant, a.score
    assert a.jurisdictions == jurisdictions
    assert a.policy_type == policy_type


NEGATIVES = [
    ("ICE raids meatpacking plant, arrests 100 workers",
     "Immigration agents raided a meatpacking plant in Nebraska and arrested about 100 workers suspected of being "
     "in the country illegally."),
    ("Court rejects asylum appeal of family facing deportation",
     "An immigration court rejected the asylum appeal of a family from Honduras, who now face deportation."),
    ("Meta hires top OpenAI researchers with $100 million pay packages",
     "Meta has poached several researchers from OpenAI, offering compensation packages worth up to $100 million."),
    ("Thailand extends visa-free stays for tourists from 93 countries",
     "Thailand will extend visa-free entry for tourists from 93 countries to 60 days to boost tourism."),
]


@pytest.mark.parametrize(("title", "lead"), NEGATIVES)
def test_hard_negatives(title: str, lead: str) -> None:
    assert not analyze(title, lead, published=PUBLISHED).relevant


def test_a_raid_on_researchers_is_still_about_researchers() -> None:
    # The enforcement penalty is for people with no named skills; a scientist's arrest is research security.
    a = analyze("FBI arrests Chinese researcher accused of hiding ties to Thousand Talents",
                "Federal prosecutors charged a university researcher with concealing his participation in a Chinese "
                "talent program, the Justice Department said.", published=PUBLISHED)
    assert a.relevant
    assert a.jurisdictions == ("US",)


def test_a_country_name_beats_a_demonym_stem_on_the_same_word() -> None:
    (m,) = [m for m in ML_PLACES.find("Deutschland will Forscher anwerben") if m.start == 0]
    assert m.label == "DE:name"


def test_a_headline_repeated_by_the_page_counts_once() -> None:
    units = prepare("UK visa fees rise", "UK visa fees rise\nThe Home Office said fees for skilled workers rise in April.")
    assert [u.position for u in units] == ["title", "lead"]


def test_non_immigrant_visas_are_not_immigration() -> None:
    a = analyze("State Department pauses non-immigrant visas for students",
                "The State Department paused interviews for non-immigrant visas for students and exchange visitors.",
                published=PUBLISHED)
    assert a.policy_type == "visa"


# (title, lead, language, published, status): the stage read from grammar and dates, in several languages.
STATUSES = [
    ("С 11 декабря 2023 россиянам придётся сдавать загранпаспорта",
     "Согласно поправкам к закону, передать паспорт на хранение нужно в течение пяти рабочих дней после уведомления "
     "о запрете на выезд за рубеж.", "ru", datetime(2023, 11, 29, tzinfo=UTC), "enacted"),
    ("Die Chancenkarte für Fachkräfte startet",
     "Fachkräfte aus dem Ausland können sich ab diesem Samstag um eine Chancenkarte bemühen. Damit tritt der dritte "
     "Teil des Fachkräfteeinwanderungsgesetzes in Kraft, das der Bundestag im vergangenen Jahr beschlossen hatte.",
     "de", datetime(2024, 5, 31, tzinfo=UTC), "enacted"),
    ("Sweden signs law raising work permit salary threshold",
     "The Swedish government signed a law raising the salary threshold for work permits for skilled workers. The "
     "rule will take effect on November 1.", "en", datetime(2025, 6, 15, tzinfo=UTC), "enacted"),
    ("Japan's new visa for researchers takes effect Monday",
     "Japan's Immigration Services Agency said the new residence status for foreign researchers takes effect "
     "starting Monday.", "en", datetime(2025, 6, 13, tzinfo=UTC), "announced"),
    ("Judge blocks Trump's $100,000 H-1B fee",
     "A federal judge on Tuesday temporarily blocked the administration from enforcing the $100,000 fee on new H-1B "
     "petitions.", "en", datetime(2025, 10, 15, tzinfo=UTC), "suspended"),
    ("US to suspend new student visa interviews, cable shows",
     "The State Department has ordered US embassies to stop scheduling new visa interviews for international "
     "students, according to an internal cable seen by Politico.", "en", datetime(2025, 5, 27, tzinfo=UTC),
     "reported"),
    ("Visa interviews for students restart after three-week pause",
     "US consulates will restart visa interviews for international students after a three-week pause, the State "
     "Department said.", "en", datetime(2025, 6, 18, tzinfo=UTC), "rescinded"),
    ("Government lifts freeze on foreign researcher hiring at national labs",
     "The Department of Energy has lifted the freeze on hiring foreign researchers at national laboratories.", "en",
     datetime(2025, 6, 18, tzinfo=UTC), "rescinded"),
    ("Minister sets out safeguards for the upcoming talent pass",
     "Holders of the upcoming pass for top researchers and scientists will not need a job offer, the manpower "
     "minister said in parliament.", "en", datetime(2022, 9, 12, tzinfo=UTC), "announced"),
    ("Lawyers weigh in on the new talent visa",
     "The new visa for highly skilled researchers was announced by the immigration minister on 29 August.", "en",
     datetime(2022, 8, 31, tzinfo=UTC), "announced"),
    ("Ireland's new Critical Skills Employment Permit rules took effect on 1 January",
     "New rules for the Critical Skills Employment Permit took effect on 1 January, raising the minimum salary "
     "threshold for skilled workers.", "en", datetime(2025, 1, 20, tzinfo=UTC), "in_effect"),
]


@pytest.mark.parametrize(("title", "lead", "language", "published", "status"), STATUSES)
def test_status_from_grammar_and_dates(title: str, lead: str, language: str, published: datetime, status: str) -> None:
    assert analyze(title, lead, language=language, published=published).status == status


# (title, lead, language, status): one of each stage, worded as outlets and governments word them.
STAGES = [
    ("China tells AI researchers to avoid US travel",
     "Chinese authorities have instructed top artificial intelligence researchers to avoid travelling to the United "
     "States, people familiar with the matter said.", "en", "reported"),
    ("Home Office launches consultation on Graduate visa changes",
     "The Home Office has launched a 12-week consultation on proposals to shorten the Graduate visa for international "
     "students to 18 months.", "en", "proposed"),
    ("Japan to introduce new visa for top researchers from April",
     "Japan will introduce a new residence status for top foreign researchers from April 2026, the Justice Ministry "
     "said on Friday.", "en", "announced"),
    ("Trump signs proclamation imposing $100,000 fee on H-1B visas",
     "President Donald Trump signed a proclamation on Friday requiring companies to pay a $100,000 fee for each new "
     "H-1B visa petition.", "en", "enacted"),
    ("New UK skilled worker salary thresholds take effect",
     "New salary thresholds for the Skilled Worker visa took effect on 22 July, raising the general threshold.", "en",
     "in_effect"),
    ("Court halts Trump ban on Harvard international students",
     "A federal judge on Friday issued a temporary restraining order halting the administration's revocation of "
     "Harvard's certification to enroll international students.", "en", "suspended"),
    ("DOJ ends China Initiative",
     "The Justice Department said on Wednesday it was ending the China Initiative, a programme aimed at countering "
     "Chinese espionage at universities.", "en", "rescinded"),
    ("Le gouvernement va durcir les conditions du visa étudiant",
     "Le gouvernement français durcira les conditions d'obtention du visa étudiant à partir de la rentrée 2026, a "
     "annoncé le ministre de l'Intérieur.", "fr", "announced"),
    ("Gericht stoppt Visa-Regel für ausländische Forscher",
     "Ein Gericht hat die neue Visa-Regel für ausländische Forscher vorläufig gestoppt.", "de", "suspended"),
    ("El Gobierno aprueba el anteproyecto de ley para atraer investigadores",
     "El Consejo de Ministros ha aprobado el anteproyecto de ley que facilitará los visados para investigadores "
     "extranjeros.", "es", "proposed"),
    ("国务院印发《外国人才签证管理办法》", "国务院近日印发《外国人才签证管理办法》，自2025年10月1日起施行。", "zh", "enacted"),
    ("政府、研究者ビザの審査厳格化を検討", "政府は外国人研究者のビザ審査を厳格化する方向で検討に入った。", "ja", "proposed"),
    ("법무부, 외국인 연구자 비자 요건 완화 시행", "법무부는 외국인 연구자 비자 요건을 완화한 개정안이 1일부터 시행됐다고 밝혔다.", "ko",
     "in_effect"),
    ("В России запретили выезд за границу учёным с допуском к гостайне",
     "Власти запретили выезд за границу сотрудникам научных институтов, имеющим доступ к государственной тайне, "
     "сообщают источники.", "ru", "reported"),
]


@pytest.mark.parametrize(("title", "lead", "language", "status"), STAGES)
def test_each_stage_in_several_languages(title: str, lead: str, language: str, status: str) -> None:
    a = analyze(title, lead, language=language, published=PUBLISHED)
    assert a.relevant
    assert a.status == status


def test_a_compound_is_not_a_lifecycle_verb() -> None:
    a = analyze("Macao opens applications for its High-end Talents Programme",
                "Macao's talent recruitment programmes, including the High-end Talents Programme for researchers from "
                "abroad, open for applications from today.", published=PUBLISHED)
    assert a.status == "in_effect"


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("IRCC caps study permits for 2026", "CA"),
        ("Carney government to recruit 1,000 researchers", "CA"),
        ("Albanese government caps international student numbers", "AU"),
        ("Merz government plans faster work visas for researchers", "DE"),
        ("DFG launches programme to attract researchers from US", "DE"),
        ("CNRS opens positions for American scientists", "FR"),
        ("IND changes highly skilled migrant rules", "NL"),
        ("Migrationsverket raises work permit threshold", "SE"),
        ("Lee Jae-myung government expands visas for foreign engineers", "KR"),
        ("JSPS invites US researchers with new fellowships", "JP"),
        ("Lawrence Wong unveils new talent pass", "SG"),
        ("Erdoğan announces incentives for returning scientists", "TR"),
        ("Prabowo launches golden visa for global talent", "ID"),
        ("Quebec creates fund to recruit researchers", "CA"),
    ],
)
def test_governments_named_by_their_leaders_agencies_and_funders(title: str, code: str) -> None:
    assert analyze(title, "", published=PUBLISHED).jurisdictions == (code,)


# (title, lead, language, jurisdiction): relevance and the rule-maker from names and bodies in other languages.
OTHER_LANGUAGES = [
    ("भारत सरकार ने विदेशी वैज्ञानिकों के लिए नया वीज़ा शुरू किया",
     "गृह मंत्रालय ने विदेशी शोधकर्ताओं के लिए नई वीज़ा श्रेणी की घोषणा की है।", "hi", "IN"),
    ("अमेरिका ने एच-1बी वीज़ा शुल्क बढ़ाया",
     "अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने एच-1बी वीज़ा पर 100,000 डॉलर का शुल्क लगाया है, जिससे भारतीय पेशेवर प्रभावित "
     "होंगे।", "hi", "US"),
    ("Regjeringen strammer inn reglene for utenlandske forskere",
     "Kunnskapsdepartementet innfører nye regler for eksportkontroll av kunnskap til utenlandske forskere og "
     "studenter.", "no", "NO"),
    ("Kabinet wil aantal internationale studenten beperken",
     "Het kabinet wil het aantal internationale studenten aan Nederlandse universiteiten beperken, zei de minister.",
     "nl", "NL"),
    ("Governo lança programa para atrair cientistas estrangeiros",
     "O governo brasileiro lançou um programa para atrair pesquisadores estrangeiros para universidades do país.",
     "pt", "BR"),
    ("Le Canada réduit les permis d'études pour les étudiants étrangers",
     "Ottawa a annoncé une réduction de 10 % des permis d'études accordés aux étudiants étrangers.", "fr", "CA"),
    ("Les États-Unis suspendent les visas étudiants",
     "Le département d'État américain a suspendu les entretiens de visa pour les étudiants étrangers.", "fr", "US"),
    ("EE.UU. suspende las entrevistas de visado para estudiantes",
     "El Departamento de Estado de EE.UU. ha suspendido las entrevistas de visado para estudiantes extranjeros.", "es",
     "US"),
    ("Se duplican las solicitudes de científicos de EE UU para trasladarse a España",
     "El Ministerio de Ciencia, Innovación y Universidades ha anunciado que uno de cada tres solicitantes del "
     "programa para atraer investigadores provenía de Estados Unidos.", "es", "ES"),
    ("美國宣布暫停外國學生簽證面談", "美國國務院宣布暫停安排外國學生的簽證面談。", "zh", "US"),
    ("Polska wprowadza nowe wizy dla naukowców", "Rząd wprowadza nowe zasady wydawania wiz dla zagranicznych naukowców i "
     "studentów.", "pl", "PL"),
]


@pytest.mark.parametrize(("title", "lead", "language", "code"), OTHER_LANGUAGES)
def test_relevance_and_jurisdiction_in_other_languages(title: str, lead: str, language: str, code: str) -> None:
    a = analyze(title, lead, language=language, published=PUBLISHED)
    assert a.relevant, a.score
    assert a.jurisdictions == (code,)


def test_a_foreign_talent_programme_in_a_prosecution_is_research_security_of_the_prosecuting_state() -> None:
    a = analyze("Former Harvard chemist sentenced for lying about China ties",
                "Charles Lieber, a former Harvard chemistry professor, was sentenced to time served for concealing his "
                "participation in China's Thousand Talents Plan, the Justice Department said.", published=PUBLISHED)
    assert a.relevant
    assert (a.jurisdictions, a.policy_type) == (("US",), "research_security")


def test_the_same_programme_recruiting_is_a_talent_programme_of_its_state() -> None:
    a = analyze("China expands Thousand Talents Plan to lure scientists from abroad",
                "China's Ministry of Science and Technology will add 500 places to the Thousand Talents Plan to attract "
                "overseas scientists, offering research grants and housing.", published=PUBLISHED)
    assert (a.jurisdictions, a.policy_type) == (("CN",), "talent_program")


def test_state_media_speak_for_the_state() -> None:
    a = analyze("Iran imposes exit ban on nuclear scientists",
                "Iranian authorities have barred several nuclear scientists from leaving the country, state media "
                "reported.", published=PUBLISHED)
    assert (a.jurisdictions, a.policy_type, a.status) == (("IR",), "travel_restriction", "in_effect")


def test_ending_a_named_study_route_rescinds_it_whatever_compounds_sit_between() -> None:
    a = analyze("Canada ends fast-track study visa program",
                "Canada has ended the Student Direct Stream, a fast-track study permit program for students from 14 "
                "countries, effective immediately.", published=PUBLISHED)
    assert a.relevant
    assert (a.jurisdictions, a.status) == (("CA",), "rescinded")


def test_a_court_order_stopping_the_government_suspends_the_measure() -> None:
    a = analyze("Harvard can keep enrolling foreign students for now, judge rules",
                "A federal judge extended an order blocking the Trump administration from stopping Harvard from hosting "
                "international students.", published=PUBLISHED)
    assert (a.policy_type, a.status) == ("immigration", "suspended")  # a school's sponsorship status


def test_industry_sources_report() -> None:
    a = analyze("Samsung engineers barred from traveling to China for six months",
                "South Korea has told engineers at chipmakers who handle core technology to avoid travel to China, "
                "according to industry sources.", published=PUBLISHED)
    assert (a.jurisdictions, a.policy_type, a.status) == (("KR",), "travel_restriction", "reported")


@pytest.mark.parametrize(
    ("title", "policy_type"),
    [
        ("UK raises Skilled Worker salary threshold to £38,700", "immigration"),
        ("Denmark raises pay limit scheme threshold for foreign workers", "immigration"),
        ("Ireland expands Critical Skills Occupations List", "immigration"),
        ("Japan to grant permanent residency after one year to top researchers", "immigration"),
        ("Germany lowers Blue Card salary threshold", "immigration"),
        ("State Department expands social media vetting to all student visa applicants", "visa"),
        ("Korea launches top-tier visa for AI engineers", "visa"),
        ("UK launches new visa scheme to attract top tech talent", "visa"),
        ("Germany offers €1 million packages to lure US scientists", "talent_program"),
        ("Singapore unveils scheme to bring home overseas Singaporean researchers", "talent_program"),
        ("Korea offers research grants to lure overseas Korean scientists home", "talent_program"),
        ("Russia requires scientists to report foreign trips", "travel_restriction"),
        ("Sweden to screen foreign PhD students for security risks", "research_security"),
        ("Commerce rule requires license for foreign engineers to access chip technology", "export_control"),
    ],
)
def test_policy_type_boundaries(title: str, policy_type: str) -> None:
    assert analyze(title, "", published=PUBLISHED).policy_type == policy_type


@pytest.mark.parametrize(
    ("title", "lead", "status"),
    [
        ("New visa rules for researchers take effect July 1",
         "The Home Office announced that new rules for researchers on the Global Talent visa will take effect on July 1.",
         "announced"),
        ("Parliament passes law tightening work permits for foreign engineers",
         "The law, passed on Thursday, will apply from January 1, 2026.", "enacted"),
        ("China's exit rules for researchers in force since March",
         "Rules requiring researchers in key fields to obtain approval before travelling abroad have been in force since "
         "March 1.", "in_effect"),
        ("Government considering exit approvals for AI engineers, sources say",
         "The government is considering requiring AI engineers to obtain approval before leaving the country, three "
         "people familiar with the discussions said.", "reported"),
        ("Visa fee hike postponed to 2026",
         "The government has postponed the increase in student visa fees to January 2026, the immigration minister "
         "said.", "suspended"),
        ("Government withdraws plan to cut post-study work rights",
         "The government has withdrawn its plan to shorten post-study work visas for international students after "
         "consultation.", "rescinded"),
    ],
)
def test_status_against_the_publication_date(title: str, lead: str, status: str) -> None:
    assert analyze(title, lead, published=PUBLISHED).status == status


@pytest.mark.parametrize(
    ("title", "lead", "language"),
    [
        ("La Thaïlande prolonge l'exemption de visa pour les touristes français",
         "Les touristes français pourront séjourner 60 jours sans visa en Thaïlande, a annoncé le gouvernement.", "fr"),
        ("KI-Startup sammelt 500 Millionen Euro ein",
         "Das Heidelberger KI-Unternehmen hat in einer Finanzierungsrunde 500 Millionen Euro von Investoren "
         "eingesammelt.", "de"),
        ("Meta débauche des chercheurs d'OpenAI",
         "Meta a recruté plusieurs chercheurs d'OpenAI avec des rémunérations de plusieurs millions de dollars.", "fr"),
        ("美国扩大对华芯片出口管制", "美国商务部宣布扩大对中国的先进芯片出口管制，限制英伟达向中国出售H20芯片。", "zh"),
    ],
)
def test_hard_negatives_in_other_languages(title: str, lead: str, language: str) -> None:
    assert not analyze(title, lead, language=language, published=PUBLISHED).relevant
