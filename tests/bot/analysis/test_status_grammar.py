"""Status from grammar: one chamber passing a bill leaves a bill; a court ruling a measure unlawful (or the
government losing its case) suspends it; a headline infinitive after a scheme noun states a purpose."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import status_grammar as sg
from bot.analysis.prepared_text import prepare
from bot.analysis.status import gather_cues
from bot.analysis.status_grammar import TO_CREATE
from bot.analysis.tagging import tag

_PUBLISHED = datetime(2025, 6, 4, tzinfo=UTC)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Senate passes bill to screen foreign researchers at national labs",
         "The Senate on Tuesday passed a bill that would require background checks for foreign researchers at "
         "national laboratories. The House has yet to vote."),
        ("Taiwan's Legislative Yuan approves first reading of talent bill",
         "The Legislative Yuan approved a bill that will give foreign engineers a faster route to residence."),
    ],
)
def test_one_chamber_passing_a_bill_is_a_proposal(title: str, text: str) -> None:
    assert tag(title, text, published=_PUBLISHED).status == "proposed"


def test_a_bill_signed_into_law_is_not_a_proposal() -> None:
    tags = tag(
        "President signs research security bill",
        "The President signed into law the bill the Senate passed last month, requiring universities to "
        "disclose foreign funding from 1 January 2026.",
        published=_PUBLISHED,
    )
    assert tags.status == "enacted"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Government loses court case over student visa cap",
         "A federal judge ruled the Home Affairs department exceeded its authority when it capped student visas."),
        ("Court finds wage rule for skilled workers unlawful",
         "The court held that the labour ministry's new wage rule for skilled-worker permits was unlawful."),
    ],
)
def test_a_ruling_against_the_measure_suspends_it(title: str, text: str) -> None:
    assert tag(title, text, published=_PUBLISHED).status == "suspended"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("New Fellowship Call To Attract Researchers From Abroad",
         "The research council has launched a fellowship call for scientists moving to the country, with a "
         "budget of 20 million euros."),
        ("Talent scheme to lure engineers opens for applications",
         "The ministry has opened the scheme, which offers relocation grants to foreign engineers."),
    ],
)
def test_a_purpose_infinitive_after_a_scheme_noun_is_not_a_plan(title: str, text: str) -> None:
    assert tag(title, text, published=_PUBLISHED).status == "in_effect"


def test_a_headline_infinitive_after_a_government_is_still_a_plan() -> None:
    tags = tag("Japan to launch new visa for AI researchers",
               "Japan will launch a new visa for AI researchers, the justice ministry said.", published=_PUBLISHED)
    assert tags.status == "announced"


def test_a_silent_lead_over_a_body_in_the_future_is_announced() -> None:
    tags = tag(
        "'Study in Nordics': a new talent initiative for researchers",
        "The initiative rests on three pillars. It is run by the research council. Its office is in Oslo.\n\n"
        "- Its board meets twice a year.\n"
        "- The council is putting forward a fund for researchers who choose the region.\n"
        "- It will offer five-year grants to researchers moving from abroad.\n"
        "- Universities will be eligible for top-ups in 2027 and 2028.",
        published=_PUBLISHED,
    )
    assert tags.status == "announced"


def test_a_silent_lead_over_a_body_with_a_rule_applied_stays_in_effect() -> None:
    tags = tag(
        "A talent initiative for researchers",
        "The initiative rests on three pillars. It is run by the research council. Its office is in Oslo.\n\n"
        "- Its board meets twice a year.\n"
        "- The council has introduced a fund for researchers who choose the region.\n"
        "- It will offer five-year grants to researchers moving from abroad.\n"
        "- Universities will be eligible for top-ups.",
        published=_PUBLISHED,
    )
    assert tags.status == "in_effect"


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("en", "Research council publishes 2025 call for applications for visiting professors",
         "The council has approved the 2025 funding call, published in the Official Gazette, for universities "
         "hosting professors from abroad."),
        ("es", "Publicada la convocatoria 2025 del programa de atracción de investigadores",
         "El Boletín Oficial del Estado publica hoy la convocatoria del programa para contratar investigadores."),
        ("de", "Neue Ausschreibung für internationale Spitzenforscher",
         "Die Stiftung hat die Ausschreibung für Professuren für Forscher aus dem Ausland veröffentlicht."),
    ],
)
def test_a_call_for_applications_being_run_is_in_effect(language: str, title: str, text: str) -> None:
    assert tag(title, text, language=language, published=_PUBLISHED).status == "in_effect"


def test_a_call_said_to_come_or_a_previous_round_is_not_an_open_call() -> None:
    tags = tag(
        "Government will approve a bigger talent programme",
        "The cabinet will approve the third edition of the programme, 15 million euros more than the "
        "previous call, next week.",
        published=_PUBLISHED,
    )
    assert tags.status == "announced"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Qatar residence scheme for specialists",
         "Data scientists and AI engineers will be also eligible for the ten-year permit, the interior ministry "
         "said on Sunday."),
        ("Singapore tech pass criteria",
         "Start-up founders will be now eligible to apply for the Tech.Pass, officials said."),
    ],
)
def test_an_adverb_after_will_be_still_states_the_future(title: str, text: str) -> None:
    # (Beside a change told as made, "has widened" and a headline's "widens", one such future says whom the
    # change covers and no longer makes it an announcement: see test_status.py.)
    assert tag(title, text, published=_PUBLISHED).status == "announced"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Opposition vows to scrap the graduate visa cap",
         "The opposition leader said on Monday that a government led by her party would scrap the cap on graduate "
         "visas. The cap applies to applications lodged since January."),
        ("Senators to Block New Limits on Foreign Student Numbers",
         "A group of senators said they would vote against the bill that caps foreign student numbers, which the "
         "government introduced in May."),
    ],
)
def test_meaning_to_scrap_or_block_a_rule_is_not_doing_it(title: str, text: str) -> None:
    status = tag(title, text, published=_PUBLISHED).status
    assert status not in ("rescinded", "suspended"), status


@pytest.mark.parametrize(
    ("title", "text", "language"),
    [
        ("研究人員延攬條例修正草案 立法院三讀通過",
         "立法院今天三讀通過研究人員延攬條例修正草案,放寬外籍研究人員的居留期限,行政院將另定施行日期。", "zh"),
        ("외국인 연구자 비자 특례법 개정안 국회 본회의 통과",
         "외국인 연구자의 체류 기간을 늘리는 개정안이 오늘 국회 본회의를 통과했다. 정부는 하위 법령을 정비할 예정이다.", "ko"),
    ],
)
def test_a_legislature_s_final_vote_enacts_the_draft_it_names(title: str, text: str, language: str) -> None:
    # The bill is still called a draft (草案, 개정안) in the news of its passing: passed is enacted.
    assert tag(title, text, published=_PUBLISHED, language=language).status == "enacted"


@pytest.mark.parametrize(
    "sentence",
    [
        "The new salary threshold for skilled worker visas may not be finalized before the autumn, officials said.",
        "The new salary threshold for skilled worker visas will not be finalized before the autumn, officials said.",
    ],
)
def test_a_negated_modal_keeps_an_adoption_ahead(sentence: str) -> None:
    # "may not be finalized": nothing is adopted yet, whatever words stand between the modal and the verb.
    tags = tag("Skilled worker visa threshold delayed", sentence + " Employers have asked for more time.",
               published=_PUBLISHED)
    assert tags.status != "enacted", tags.status


@pytest.mark.parametrize(
    "sentence",
    [
        "The science minister instructed the research council to set up a fund to attract foreign researchers.",
        "The science minister has asked the research council to create a fund to attract foreign researchers.",
        "The science minister wants to establish a fund to attract foreign researchers.",
    ],
)
def test_told_or_meaning_to_create_a_scheme_is_announced(sentence: str) -> None:
    # The fund does not exist yet: an order to set it up is not a rule at work.
    tags = tag("Minister wants fund for foreign researchers", sentence + " The council said it needs 20 million euros.",
               published=_PUBLISHED)
    assert tags.status == "announced", tags.status


@pytest.mark.parametrize("verb", ["broaden", "widen", "relax", "simplify"])
def test_more_rule_verbs_in_the_future(verb: str) -> None:
    tags = tag("Talent visa for data scientists",
               f"The government will {verb} the talent visa for data scientists. Applicants have welcomed the change.",
               published=_PUBLISHED)
    assert tags.status == "announced", tags.status


def test_an_executive_order_signed_with_no_later_start_is_in_effect() -> None:
    tags = tag("Entry ban leaves visiting researchers stranded",
               "On Friday the president signed an executive order barring citizens of five countries from entering "
               "on any visa. Two postdocs were denied boarding at the airport on Saturday.", published=_PUBLISHED)
    assert tags.status == "in_effect", tags.status


def test_an_executive_order_with_a_later_start_stays_enacted() -> None:
    tags = tag("President signs order on visiting researchers",
               "The president signed an executive order barring citizens of five countries from entering on any "
               "visa. The order will take effect on 1 September 2025.", published=_PUBLISHED)
    assert tags.status == "enacted", tags.status


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Senate committee recommends passage of student cap bill",
         "A Senate committee has recommended that the bill capping new international students go ahead. The cap "
         "will occur without extra funding for universities."),
        ("Opposition set to block foreign student cap",
         "The government's plan to cap foreign students looks set to fail after the opposition said it would vote "
         "against a bill that limits enrolments."),
        # A bill's name may run to several words, commas included.
        ("Durbin, Grassley Introduce Bipartisan H-1B, L-1 Visa Reform Legislation",
         "Durbin and Grassley today introduced bipartisan H-1B, L-1 visa reform legislation that overhauls the "
         "programs and requires employers to pay prevailing wages."),
    ],
)
def test_a_bill_not_yet_passed_is_a_proposal(title: str, text: str) -> None:
    assert tag(title, text, published=_PUBLISHED).status == "proposed"


def test_a_legislature_enacting_a_bill_enacts_it() -> None:
    tags = tag("Parliament enacts security clearance bill",
               "Parliament enacted the bill on Friday, creating a clearance system for researchers handling "
               "sensitive economic information.", published=_PUBLISHED)
    assert tags.status == "enacted"


def test_news_of_an_executive_order_signed_stays_enacted() -> None:
    # The signing is the news and nothing is yet told at work.
    tags = tag("President signs proclamation on student visas",
               "The president signed a proclamation restricting visas for students.", published=_PUBLISHED)
    assert tags.status == "enacted"


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        # README rule 4: an executive order applies on signing, unless the text says otherwise.
        ("Governor issues executive order on research security",
         "The governor today issued an executive order requiring state universities to screen foreign gifts.",
         "in_effect"),
        # ... not one whose start is told ahead or in the future.
        ("Governor issues executive order on research security",
         "The governor today issued an executive order that will require state universities to screen foreign "
         "gifts from 1 September.", "enacted"),
    ],
)
def test_an_executive_order_applies_on_signing(title: str, text: str, status: str) -> None:
    assert tag(title, text, published=_PUBLISHED).status == status


def test_a_plane_is_not_a_plan() -> None:
    # "plane" and "plans" share a stem; the plan cue is read literally.
    tags = tag("Visa ban strands researcher",
               "A researcher boarding her plane to Boston was stopped at the gate on Saturday. Officials denied "
               "her entry.", published=_PUBLISHED)
    assert tags.status == "in_effect"


def test_a_plan_to_act_is_still_read() -> None:
    tags = tag("Ministry weighs new researcher visa",
               "The ministry plans to create a visa for researchers, a spokesperson said.", published=_PUBLISHED)
    assert tags.status in ("proposed", "announced")


def test_issues_as_a_noun_adopt_nothing() -> None:
    # "issued" (a notice, rules) is read literally: "visa issues" is a problem, not an act.
    tags = tag("Visa issues pile up for foreign researchers",
               "Processing issues at the consulate have left researchers waiting for months.", published=_PUBLISHED)
    assert tags.status != "enacted", tags.status


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("ja", "政府、外国人研究者のビザ審査を厳格化",
         "政府が外国人研究者のビザ審査を厳しくすることが分かった。技術流出を防ぐ狙いがある。"),
        ("ko", "정부, 외국인 연구자 비자 심사 강화",
         "정부가 외국인 연구자에 대한 비자 심사를 강화한 것으로 알려졌다. 기술 유출을 막기 위한 조치다."),
    ],
)
def test_the_scoop_constructions_of_japanese_and_korean_report(language: str, title: str, text: str) -> None:
    # "ことが分かった" (it has emerged that), "것으로 알려졌다" (it is said that), with no official voice.
    assert tag(title, text, language=language, published=_PUBLISHED).status == "reported"


@pytest.mark.parametrize(
    "sentence",
    [
        "In order to create jobs, the government has introduced a visa for engineers.",
        "The European Commission has launched a call to create research posts.",
        "The scheme, which aims to create 1,000 research jobs, is open.",
    ],
)
def test_a_purpose_to_create_is_no_plan(sentence: str) -> None:
    assert TO_CREATE.search(sentence) is None


def test_footing_the_bill_is_no_proposal() -> None:
    tags = tag("Universities foot the bill for visa fee rise",
               "Universities have to foot the bill as the visa fee for foreign researchers doubled this month.",
               published=_PUBLISHED)
    assert tags.status != "proposed", tags.status


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("it", "Emendamento sul regime per i ricercatori che rientrano",
         "Un gruppo di deputati chiede di rafforzare le agevolazioni fiscali per i ricercatori che tornano in Italia."),
        ("fr", "Un amendement sur le visa des chercheurs étrangers",
         "Des députés veulent élargir le visa des chercheurs étrangers aux doctorants."),
        ("es", "Una enmienda sobre el visado de investigadores extranjeros",
         "Varios diputados piden ampliar el visado de investigadores extranjeros a los doctorandos."),
    ],
)
def test_an_amendment_tabled_in_another_language_is_a_proposal(language: str, title: str, text: str) -> None:
    # An amendment to a bill is put forward, not adopted: proposed, not a rule in force.
    assert tag(title, text, language=language, published=_PUBLISHED).status == "proposed"


@pytest.mark.parametrize(
    "title",
    [
        "Il disegno della legge di bilancio approvato dal Consiglio dei ministri taglia gli sgravi per chi rientra",
        "Il ddl approvato dal Consiglio dei ministri taglia gli sgravi per i ricercatori che rientrano",
    ],
)
def test_a_bill_approved_by_cabinet_is_still_proposed(title: str) -> None:
    # The cabinet sends the bill to parliament: a draft before its final vote, not a law adopted.
    text = "Le nuove regole passano ora all'esame del Parlamento, che avrà l'ultima parola."
    assert tag(title, text, language="it", published=_PUBLISHED).status == "proposed"


def test_a_government_declining_to_confirm_is_no_official_voice() -> None:
    assert sg.official_voice("Officials have not confirmed any change.") == ""
    assert sg.official_voice("The ministry declined to confirm the order.") == ""
    assert sg.official_voice("The ministry said the order applies to all engineers.") != ""


def test_an_adopted_act_ahead_in_japanese_and_not_a_draft() -> None:
    # README rule 5: adopted, applies later. Substrings: no spaces between Japanese words.
    assert sg.adopted_act_ahead("2026年4月1日から施行される新ルールにより、抽選は加重方式へ移行します。", False) == "新ルール"
    assert sg.adopted_act_ahead("改正法は来年4月から施行される。", False) == "改正法"
    assert sg.adopted_act_ahead("改正案が成立すれば、新ルールは来年から施行される。", False) == ""


def test_a_court_ordering_the_rule_not_enforced_stays_it() -> None:
    # The match's own "not to enforce" is the stay, not a court declining one.
    assert sg.court_stays("The judge ordered the agency not to enforce the new fee.") is not None
    assert sg.court_stays("A federal court barred the department from enforcing the rule.") is not None
    # Declining still counts: "did not block", "won't halt", "refused to stay".
    assert sg.court_stays("The judge did not block the new fee.") is None
    assert sg.court_stays("The court won't halt the rule.") is None
    assert sg.court_stays("The court won’t halt the rule.") is None  # the typographic apostrophe, as pages print it
    assert sg.court_stays("The judge refused to stay the order.") is None


@pytest.mark.parametrize("text", [
    "Australia introduced the caps last year, before a bill to legislate them failed in the Senate.",
    "The UK introduced the rule in 2023, and a new bill now extends it.",
])
def test_a_bill_named_in_another_clause_was_not_introduced(text: str) -> None:
    from bot.analysis.status_grammar import BILL_INTRODUCED

    assert BILL_INTRODUCED.search(text) is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh", "人才签证新规已正式实施,外国专家可在线申请。"),
        ("ja", "出入国在留管理庁は新しい在留資格の運用を開始した。"),
        ("ko", "정부는 인공지능 분야 인재 유출을 막기 위해 해외 박사후연구원 400명을 채용했다."),
        ("ko", "과학기술정보통신부는 4개 과학기술원과 함께 해외 우수 연구원 임용을 완료했다고 29일 밝혔다."),
    ],
)
def test_a_measure_put_to_work_in_cjk_is_done(language: str, text: str) -> None:
    cues = gather_cues(prepare("人才", text), _PUBLISHED, language, policy=True)
    assert cues.scores.get("past", 0.0) > 0


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # Saying, announcing, deciding to act, planning: not a measure at work.
        ("ko", "법무부는 해외 우수 인재 유치를 위한 새 비자 제도를 3일 발표했다."),
        ("ko", "정부는 내년부터 외국인 연구원의 비자 심사를 강화하기로 했다고 밝혔다."),
        ("ja", "政府は新しい在留資格を導入する方針を発表した。"),
        ("zh", "教育部将于明年实施新的留学生政策。"),
    ],
)
def test_saying_or_deciding_in_cjk_is_not_done(language: str, text: str) -> None:
    units = prepare("人才", text)
    assert units[1].position == "lead"  # read where the done form would count
    cues = gather_cues(units, _PUBLISHED, language, policy=True)
    assert cues.scores.get("past", 0.0) == 0


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("en", "New salary limit for foreign workers",
         "Parliament is set to vote on the amendment next week. If the bill is passed, it will apply from 1 July."),
        ("da", "Ny beløbsordning for udenlandske medarbejdere",
         "Folketinget skal stemme om ændringen af udlændingeloven. Hvis den stemmes igennem, vil den gælde fra 1. juli."),
        ("fr", "Un nouveau titre de séjour pour les chercheurs",
         "S'il est adopté, le texte créera un titre de séjour pour les chercheurs étrangers dès le 1er juillet."),
        ("ru", "Новые правила для иностранных учёных",
         "В случае принятия закона иностранные учёные будут получать визу за пять дней."),
    ],
)
def test_an_adoption_still_to_come_is_a_proposal(language: str, title: str, text: str) -> None:
    assert tag(title, text, language=language, published=_PUBLISHED).status == "proposed"


@pytest.mark.parametrize(
    "sentence",
    [
        "If approved, the applicant receives a visa valid for five years.",  # an application's approval
        "The bill was passed by parliament last month and took effect on Monday.",
        "Once the visa is issued, holders may work for any employer.",
    ],
)
def test_an_application_approved_or_a_bill_passed_is_not_pending(sentence: str) -> None:
    assert not sg.PENDING.search(sentence)


@pytest.mark.parametrize(
    ("sentence", "done"),
    [
        ("the government has announced a significant increase to the charge", False),  # "sign" in "significant"
        ("the minister has signalled a change to the route", False),
        ("the president has signed the order on visas", True),
    ],
)
def test_the_perfect_of_signing_is_not_a_word_that_starts_alike(sentence: str, done: bool) -> None:
    assert bool(sg.PERFECT_ACTION.search(sentence)) is done


@pytest.mark.parametrize(
    ("sentence", "settled"),
    [
        # Dutch "van" is "of", not Spanish "(they) go (to)": a Dutch schedule stays settled.
        ("de salarisgrens van kennismigranten stijgt per 1 januari 2026.", True),
        ("los salarios van a subir a partir del 1 de enero de 2026.", False),
        ("the thresholds published today may rise again from 1 march 2026.", False),
        ("salary thresholds for may 1, 2026 were published.", True),  # "May" the month, not the modal
    ],
)
def test_unsettled_words_are_whole_words_of_their_language(sentence: str, settled: bool) -> None:
    assert sg.settled_schedule(sentence, english=sentence.startswith(("the ", "salary"))) is settled


@pytest.mark.parametrize(
    ("sentence", "language", "settled"),
    [
        # "para", "primera", "ahora", "agora" end like a French future but are no verbs.
        ("el umbral salarial para profesionales se aplica desde el 1 de enero de 2026.", "es", True),
        ("la primera convocatoria ahora abre el 1 de marzo de 2026.", "es", True),
        ("agora o visto para pesquisadores vale a partir de 1 de março de 2026.", "pt", True),
        # ... nor "padrão" (standard), nor Italian "concrete", though they end like a future.
        ("o novo padrão salarial vale a partir de 1 de janeiro de 2026.", "pt", True),
        ("le misure concrete si applicano dal 1 marzo 2026.", "it", True),
        # The futures themselves still read as a plan, in each language.
        ("el gobierno creará el visado el 1 de marzo de 2026.", "es", False),
        ("o governo criará o visto em 1 de março de 2026.", "pt", False),
        ("il governo introdurrà il visto dal 1 marzo 2026.", "it", False),
        ("la france introduira le visa le 1er mars 2026.", "fr", False),
        ("les nouvelles règles entreront en vigueur le 1er mars 2026.", "fr", False),
    ],
)
def test_the_french_future_ending_is_read_only_in_french(sentence: str, language: str, settled: bool) -> None:
    assert sg.settled_schedule(sentence, english=False, language=language) is settled


def test_a_prosecution_ended_is_told_done_not_sought() -> None:
    assert sg.prosecution_ended("prosecutors drop china initiative case against mit’s professor") is not None
    assert sg.prosecution_ended("the justice department dropped all charges against the professor") is not None
    assert sg.prosecution_ended("all charges against the researcher have been dismissed") is not None
    assert sg.prosecution_ended("prosecutors are seeking to drop charges against the professor") is None
    assert sg.prosecution_ended("his lawyers filed a motion to dismiss the charges") is None
    assert sg.prosecution_ended("the judge dismissed the lawsuit against the rule") is None  # a challenge, not a case
    assert sg.prosecution_ended("the judge dismissed the case against the administration's visa fee") is None
    assert sg.prosecution_ended("the ministry drops the charge for visa renewals") is None  # a fee, not charges
    assert sg.prosecution_ended("charges were filed against him, but his appeal was dismissed") is None


def test_an_infinitive_of_aim_is_told_apart_from_a_stop_made() -> None:
    text = "une plainte pour bloquer les frais"
    assert sg.ml_aimed(text, text.index("bloquer"))
    text = "la juge semble réticente à bloquer la taxe"
    assert sg.ml_aimed(text, text.index("bloquer"))
    text = "le juge a bloqué la taxe"  # French's auxiliary "a", not a preposition
    assert not sg.ml_aimed(text, text.index("bloqué"))


def test_a_rule_s_text_published_is_told_apart_from_a_draft_s() -> None:
    assert sg.published_done("the ministry has released the new salary benchmarking table")
    assert sg.published_done("new salary table released")
    assert not sg.published_done("the ministry has released a draft salary table for consultation")
    assert not sg.published_done("the agency has released a report on the visa")


def test_a_purpose_infinitive_after_a_plural_scheme_noun_is_not_a_plan() -> None:
    assert sg.headline_plan("Schemes to bring back scientists working abroad") is None
    assert sg.headline_plan("New visas to attract engineers") is None
    # The noun must stand right before the infinitive: a government's infinitive is still a plan.
    assert sg.headline_plan("Government to bring back scientists under new schemes") is not None


def test_a_future_verb_in_another_language() -> None:
    assert sg.ml_future_verb("le nouveau visa ouvrira ses portes en 2026", "fr")
    assert sg.ml_future_verb("el nuevo visado abrirá sus puertas en 2026", "es")
    assert not sg.ml_future_verb("un juge a confirmé les frais de visa", "fr")
    assert not sg.ml_future_verb("la nueva ley entra en vigor", "es")  # French's -ra endings only in French


def test_a_stop_asked_of_a_court_is_no_stay() -> None:
    assert sg.court_stays("the lawsuit asks a federal judge to block the fee") is None
    assert sg.court_stays("the states urged the court to set aside the rule") is None
    assert sg.court_stays("a federal judge blocked the fee after the chamber sued") is not None
    assert sg.court_stays("the chamber sued; a federal judge blocked the fee") is not None


def test_chinese_future_of_taking_effect() -> None:
    assert sg.ML_FUTURE_IN_FORCE.search("这项新规将于2026年2月27日正式生效")
    assert sg.adopted_act_ahead("这项新规将于2026年2月27日正式生效", False) == "新规"
    assert not sg.ML_FUTURE_IN_FORCE.search("政府将于明年推出工作签证改革")  # a launch to come, no taking effect


def test_a_prosecution_step_on_record_unless_hedged() -> None:
    assert sg.prosecution_step("six engineers were indicted on tuesday for leaking secrets") == "indicted"
    assert sg.prosecution_step("検察は元研究員を起訴した") == "起訴"
    assert sg.prosecution_step("the scientist was reportedly arrested at the border") == ""
    assert sg.prosecution_step("知情人士称，该工程师已被收押") == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "beijing dismissed the charges as politically motivated",  # a rebuttal, not a case ended
        "the ministry dismissed the charges against the scientists as a smear campaign",
        "the charges were not dropped",
        "charges against him were never dismissed, his lawyer said",
    ],
)
def test_charges_rebutted_or_not_dropped_end_no_prosecution(sentence: str) -> None:
    assert sg.prosecution_ended(sentence) is None


def test_charges_dismissed_by_a_court_or_dropped_in_a_deal_still_end_the_prosecution() -> None:
    assert sg.prosecution_ended("the judge dismissed the charges as unfounded") is not None
    assert sg.prosecution_ended("prosecutors dropped the charges as part of a plea deal") is not None


def test_a_rebuttal_of_the_charges_is_no_prosecution_ended() -> None:
    tags = tag("China rejects US accusations against researchers",
               "Beijing dismissed the charges as politically motivated.", published=_PUBLISHED)
    assert tags.status != "rescinded"


@pytest.mark.parametrize(
    "sentence",
    [
        "the ministry has not published the new salary table",
        "the department has never released the list",
        "the researcher was released on bail",
        "the professor was released on tuesday",  # a person, no text named
    ],
)
def test_a_text_not_published_or_a_person_released_is_no_publication(sentence: str) -> None:
    assert sg.published_done(sentence) == ""


def test_a_text_released_or_published_is_still_put_out() -> None:
    assert sg.published_done("the ministry has released the new salary table") == "has released"
    assert sg.published_done("the thresholds were published") == "were published"


def test_a_body_charged_with_a_duty_is_no_prosecution() -> None:
    assert sg.prosecution_step("the agency charged with vetting student visas will hire more staff") == ""
    assert sg.prosecution_step("the office is charged with overseeing the scheme") == ""
    assert sg.prosecution_step("two officials were charged with taking bribes") == "charged with"
    assert sg.prosecution_step("chinese researcher charged with smuggling pathogen") == "charged with"
    units = prepare("Visa vetting agency", "The agency charged with vetting student visas has hired more staff.")
    cues = gather_cues(units, _PUBLISHED, "en")
    assert "official" not in cues.scores and "in_effect" not in cues.scores and "past" not in cues.scores


def test_source_code_is_no_hedge() -> None:
    assert sg.prosecution_step("six engineers were indicted for stealing source code") == "indicted"
    assert sg.prosecution_step("an open-source developer was arrested at the airport") == "arrested"
    assert sg.prosecution_step("sources said the engineer was arrested") == ""
    assert sg.prosecution_step("the engineer was arrested, according to sources") == ""


def test_nearly_is_no_chinese_future() -> None:
    # 将近 is "nearly": no future marker.
    assert not sg.ML_FUTURE_IN_FORCE.search("将近一半的留学生受影响，新规已生效")
    assert not sg.FUTURE_RULE.search("将近一千名学者受影响")
    assert sg.ML_FUTURE_IN_FORCE.search("新规将于2026年2月27日正式生效")


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Le tribunal administratif a décidé de suspendre l'arrêté.", "suspendre"),
        ("Il tribunale ha deciso di sospendere il decreto.", "sospendere"),
        ("Das Gericht hat beschlossen, die neue Visa-Regel zu stoppen.", "stoppen"),
        ("Le tribunal a ordonné à l’État de suspendre le décret.", "suspendre"),
    ],
)
def test_a_stop_decided_or_ordered_is_made_not_sought(text: str, verb: str) -> None:
    assert not sg.ml_aimed(text, text.index(verb))


def test_a_stop_asked_or_refused_stays_aimed_after_a_decision_verb() -> None:
    text = "Les syndicats ont demandé au tribunal de suspendre le décret."
    assert sg.ml_aimed(text, text.index("suspendre"))
    text = "Le juge a refusé de suspendre le décret."
    assert sg.ml_aimed(text, text.index("suspendre"))
    text = "Die Kläger haben beschlossen, vor Gericht zu ziehen, um die Regel zu stoppen."
    assert sg.ml_aimed(text, text.index("stoppen"))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le tribunal administratif a décidé de suspendre l'arrêté sur les visas."),
        ("it", "Il tribunale ha deciso di sospendere il decreto sui visti."),
    ],
)
def test_a_court_deciding_to_suspend_suspends(language: str, text: str) -> None:
    assert tag("Visas", text, language=language, published=_PUBLISHED).status == "suspended"


def test_a_court_ordering_a_halt_after_a_suit_suspends() -> None:
    text = "After the states sued, a federal judge ordered the administration to halt the new H-1B fee."
    assert not sg.sought_stop(text, text.index("halt"))
    assert sg.court_stays(text) is not None
    assert tag("H-1B fee update", text, published=_PUBLISHED).status == "suspended"
    asked = "The states asked the court to order the administration to halt the fee."
    assert sg.sought_stop(asked, asked.index("halt"))


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        ("The revised salary thresholds will apply to new permit applications from 1 March 2026.",
         "The revised salary thresholds"),
        ("From 1 May 2026, the amended scoring requirements will go into effect for all applicants.",
         "the amended scoring requirements"),
        ("Revised salary benchmarks will apply to all initial applications starting 1 May 2026.",
         "Revised salary benchmarks"),
        # Not a text told changed: people moving, a draft's figures, a plan's change.
        ("From 1 May 2026, nurses will move to the faster residence pathway.", ""),
        ("The revised thresholds in the draft will apply from 1 May 2026.", ""),
        ("The government will revise the thresholds, which will apply from 1 May 2026.", ""),
    ],
)
def test_a_rule_s_text_told_revised_with_a_later_start_is_an_adopted_act(sentence: str, act: str) -> None:
    assert sg.adopted_act_ahead(sentence.lower(), True).lower() == act.lower()


def test_a_text_told_revised_in_chinese_with_a_later_start_is_an_adopted_act() -> None:
    assert sg.adopted_act_ahead("更新版名单将于2026年1月1日生效。", False) == "更新版"
    # Not the list still to be revised: no text told revised takes effect.
    assert sg.adopted_act_ahead("名单将于2026年1月1日更新。", False) == ""


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        ("The new law will apply to all students enrolled from September.", "The new law"),
        ("Under the new decree, which will apply to all universities, quotas are capped.", "the new decree"),
        ("The amended act will apply from 1 January 2026.", "The amended act"),
        # People applying to an office, not the act taking effect.
        ("Under the law, universities will apply to the ministry for quotas.", ""),
        ("Under the new act, students will apply to a central portal.", ""),
    ],
)
def test_apply_to_is_a_rule_taking_effect_only_with_the_act_as_subject(sentence: str, act: str) -> None:
    assert sg.adopted_act_ahead(sentence.lower(), True).lower() == act.lower()


def test_people_applying_under_a_planned_law_is_no_law_adopted() -> None:
    tags = tag("Minister unveils plan for new visa law",
               "The minister unveiled plans for a new law on talent visas. Under the law, universities will "
               "apply to the ministry for quotas, she said.", published=_PUBLISHED)
    assert tags.status == "announced"


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        ("Under the revised rules, which will take effect in May, students pay a higher fee.", "the revised rules"),
        ("An updated list of fields will take effect in May.", "An updated list"),
        # A verb with its object, a text still to come, or not yet revised: no text told changed.
        ("Officials said they had not revised the fees, which will take effect in May.", ""),
        ("The ministry will publish an updated list of fields that will come into force in May.", ""),
        ("The agency has not yet released the amended criteria, which will apply from May.", ""),
    ],
)
def test_a_text_told_revised_needs_an_article_and_no_negation_or_future_before(sentence: str, act: str) -> None:
    assert sg.adopted_act_ahead(sentence.lower(), True).lower() == act.lower()


@pytest.mark.parametrize(
    ("sentence", "journal"),
    [
        ("The decree was published in the Official Gazette on Monday.", "published in the Official Gazette"),
        ("Постановление было опубликовано на официальном портале правовой информации.", "официальном портале"),
        ("官報に掲載された。", "官報"),
        # The journal only named, the publishing negated or still to come.
        ("Постановление будет опубликовано на официальном портале правовой информации.", ""),
        ("The decree has not yet been published in the Official Gazette.", ""),
        ("The fees will be gazetted after the consultation ends.", ""),
        ("该规定将在公报上公布。", ""),
        ("官報に掲載される予定だ。", ""),
    ],
)
def test_an_act_told_published_in_a_journal_needs_a_publishing_done(sentence: str, journal: str) -> None:
    assert sg.journal_published(sentence) == journal


def test_an_act_to_be_published_in_the_journal_is_not_adopted() -> None:
    cues = gather_cues(prepare("Учёным запретят сотрудничать с иностранцами без согласования",
                               "Постановление будет опубликовано на официальном портале правовой информации. "
                               "Научные организации будут обязаны согласовывать участие иностранцев."),
                       _PUBLISHED, "ru", policy=True)
    assert cues.gazetted == ""


def test_an_act_not_yet_published_in_the_journal_is_not_enacted() -> None:
    assert sg.journal_pending("The decree has not yet been published in the Official Gazette.")
    assert not sg.journal_pending("The decree was published in the Official Gazette.")
    cues = gather_cues(prepare("Universities wait for new rules on foreign researchers",
                               "The new rules on foreign researchers have not yet been published in the Official "
                               "Gazette, officials said."), _PUBLISHED, "en", policy=True)
    assert "enacted" not in cues.scores


def test_what_a_rule_applies_to_named_after_it_is_a_rule_taking_effect() -> None:
    # "will apply to new applications": the rule's reach, whoever its subject; not people applying to an office.
    assert sg.EN_FUTURE_IN_FORCE.search("The revised salary will apply to new applications from 1 January.")
    assert not sg.EN_FUTURE_IN_FORCE.search("Under the law, universities will apply to the ministry for quotas.")
