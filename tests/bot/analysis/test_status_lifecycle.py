"""Status from a lifecycle verb on a rule noun: a phrase among the rule nouns stands by its head noun."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis.prepared_text import prepare
from bot.analysis.status_lifecycle import lifecycle_cues, ml_lifecycle
from bot.analysis.tagging import tag

_PUBLISHED = datetime(2025, 6, 4, tzinfo=UTC)


def test_halting_travel_is_not_suspending_a_rule() -> None:
    # "travel ban" is among the rule nouns; "travel" alone is not a rule.
    tags = tag("Bank halts all travel to China after exit ban on banker",
               "The bank told staff to halt all travel to China after one of its managers was barred from leaving "
               "the country, officials said.", published=_PUBLISHED)
    assert tags.status == "in_effect"


def test_lifting_a_travel_ban_still_rescinds_it() -> None:
    tags = tag("Government lifts travel ban on researchers",
               "The government lifted the travel ban on state researchers on Monday, officials said.",
               published=_PUBLISHED)
    assert tags.status == "rescinded"


def test_a_rule_that_is_to_be_scrapped_is_not_yet_rescinded() -> None:
    tags = tag("Graduate route: what changes for students",
               "The graduate route is to be scrapped for new applicants, the Home Office said on Monday.",
               published=_PUBLISHED)
    assert tags.status != "rescinded"


def test_another_rules_earlier_state_is_background() -> None:
    units = prepare("New work permit directive published",
                    "The law introduced a new work permit, not found in the now repealed Law on Work Permits.")
    assert not [c for c in lifecycle_cues(units) if c[0] == "rescinded"]


def test_a_headline_passive_without_its_auxiliary_and_a_distant_passive_subject() -> None:
    # "Travel ban on scientists lifted" is "was lifted"; "the ban on ... was lifted" reaches back to "ban".
    assert [c for c in lifecycle_cues(prepare("Travel ban on state scientists lifted", "Officials spoke on Monday."))
            if c[0] == "rescinded"]
    units = prepare("Scientists may travel again",
                    "The ban on official travel by government scientists was lifted on Monday, the ministry said.")
    assert [c for c in lifecycle_cues(units) if c[0] == "rescinded"]


def test_lifting_a_courts_injunction_against_a_rule_does_not_rescind_the_rule() -> None:
    units = prepare("Appeals court ruling", "An appeals court lifted an injunction against the visa fee on Friday.")
    assert not [c for c in lifecycle_cues(units) if c[0] == "rescinded"]


@pytest.mark.parametrize(
    ("language", "title", "text", "expected"),
    [
        ("de", "Regierung schafft Visum für Forscher ab", "Die Regierung hat das Sondervisum für ausländische Forscher abgeschafft.",
         "rescinded"),
        ("de", "Regierung setzt Visaprogramm aus", "Die Regierung hat das Visaprogramm für Fachkräfte vorläufig ausgesetzt.",
         "suspended"),
        ("fr", "Le gouvernement supprime le visa pour les chercheurs", "Le gouvernement a supprimé le visa spécial des chercheurs.",
         "rescinded"),
        ("es", "El Gobierno suspende el programa de visados", "El Gobierno ha suspendido el programa de visados para investigadores.",
         "suspended"),
        ("ru", "Правительство отменило визы для учёных", "Правительство отменило упрощённый визовый режим для учёных.",
         "rescinded"),
        ("ja", "高度人材ビザ制度を廃止", "政府は高度人材向けのビザ制度を廃止した。", "rescinded"),
        ("ko", "해외 인재 비자 제도 폐지", "법무부는 해외 인재 비자 제도를 폐지했다.", "rescinded"),
        ("pt", "Governo revoga visto para pesquisadores", "O governo revogou o visto especial para pesquisadores estrangeiros.",
         "rescinded"),
    ],
)
def test_a_rule_abolished_or_suspended_in_another_language(language: str, title: str, text: str, expected: str) -> None:
    assert tag(title, text, language=language, published=_PUBLISHED).status == expected


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        # Meant, not done: an infinitive after a plan or a future.
        ("fr", "Le gouvernement veut supprimer le visa des chercheurs", "Le gouvernement va supprimer le visa spécial des chercheurs."),
        # The issuance of visas paused is a measure of its own, in force.
        ("ja", "研究者ビザの発給を一時停止", "政府は研究者向けビザの発給を一時停止した。"),
    ],
)
def test_a_rule_meant_to_be_abolished_or_visas_paused_is_not_rescinded_or_suspended(
        language: str, title: str, text: str) -> None:
    assert tag(title, text, language=language, published=_PUBLISHED).status not in ("rescinded", "suspended")


def test_abolishing_a_visa_category_rescinds_it_with_immediate_effect() -> None:
    tags = tag("Government scraps graduate visa",
               "The government has scrapped the graduate visa with immediate effect, the home secretary said on Monday.",
               published=_PUBLISHED)
    assert tags.status == "rescinded"


def test_revoking_visas_is_no_category_abolished() -> None:
    units = prepare("Ministry revokes visas of researchers", "The ministry revoked the visas of 40 researchers.")
    assert not [c for c in lifecycle_cues(units) if c[0] == "rescinded"]


@pytest.mark.parametrize("verb", ["didn't", "didn’t", "did not", "declined to"])
def test_not_suspending_the_rule_is_no_suspension(verb: str) -> None:
    # "n't" is inside its word: no word boundary before it.
    units = prepare("Visa fee stands", f"The government {verb} suspend the visa fee rule on Monday.")
    assert not [c for c in lifecycle_cues(units) if c[0] == "suspended"]


def test_lifting_a_requirement_amends_the_scheme_rather_than_withdrawing_it() -> None:
    # Modelled on Hong Kong's enhanced TechTAS: the scheme is enhanced, one of its conditions lifted.
    units = prepare("Government launches enhanced talent admission scheme",
                    "The commission today launched enhancement measures to the talent admission scheme. The enhanced "
                    "scheme lifts the local employment requirement and extends the quota validity period to two years.")
    assert "rescinded" not in {status for status, *_ in lifecycle_cues(units)}
    # Named in the headline, the requirement is the story: withdrawing it rescinds it.
    headline = prepare("Exit approval requirement for researchers withdrawn", "The ministry confirmed the change.")
    assert "rescinded" in {status for status, *_ in lifecycle_cues(headline)}


@pytest.mark.parametrize(("title", "text", "language"), [
    ("Suspension du programme de sélection des diplômés",
     "Le gouvernement annonce la suspension du programme de sélection des diplômés jusqu'en juin.", "fr"),
    ("Loi immigration : le Conseil constitutionnel censure largement la loi",
     "Les sages ont censuré une partie des mesures visant les étudiants étrangers.", "fr"),
])
def test_a_suspension_or_a_constitutional_court_striking_down_in_french(title: str, text: str, language: str) -> None:
    assert tag(title, text, language=language, published=_PUBLISHED).status == "suspended"


def test_a_motion_of_censure_is_no_court_striking_a_law_down() -> None:
    tags = tag("Loi immigration : le gouvernement adopte la loi malgré une motion de censure",
               "Le Parlement a adopté la loi immigration; les mesures sur les étudiants étrangers entrent en vigueur "
               "en janvier.", language="fr", published=_PUBLISHED)
    assert tags.status != "suspended"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("President removes travel ban on researchers",
         "In his first order, the president removed the travel ban on researchers from six nations."),
        ("Ministry eliminates the cap on postdoc visas", "The ministry eliminated the cap on postdoc visas on Monday."),
    ],
)
def test_removing_or_eliminating_a_rule_rescinds_it(title: str, text: str) -> None:
    assert tag(title, text, published=_PUBLISHED).status == "rescinded"


@pytest.mark.parametrize(
    "sentence",
    [
        # A modal two words off, a verb of proposing with a gerund, the content of a proposal.
        "Under the new law, this obligation will be completely removed next year.",
        "The ministry proposes scrapping the cap on student visas.",
        "The agency is considering ending the programme for new applicants.",
        "The department is proposing a regulation that would set fixed periods of stay, eliminating the policy.",
        "If adopted, the bill would repeal the rule on foreign researchers.",
    ],
)
def test_a_withdrawal_intended_or_proposed_is_not_done(sentence: str) -> None:
    units = prepare("Visa rules", sentence)
    assert not [c for c in lifecycle_cues(units) if c[0] == "rescinded"]


def test_a_rule_removed_after_a_proposal_elsewhere_is_still_done() -> None:
    # The proposal is another sentence: the removal told here is done.
    units = prepare("Visa rules", "Last year the ministry proposed changes. On Monday it removed the cap on visas.")
    assert [c for c in lifecycle_cues(units) if c[0] == "rescinded"]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("A law restricting graduate students is challenged in court",
         "Two doctoral students and a professor are suing to block a new state law that restricts universities "
         "from hiring graduate assistants from countries of concern."),
        ("States sue over visa policies",
         "The plaintiff states seek a declaratory judgment and ask the court to set aside and enjoin the policies "
         "implementing the proclamation."),
    ],
)
def test_a_stop_only_asked_of_a_court_suspends_nothing(title: str, text: str) -> None:
    # README boundary: a lawsuit filed without a ruling leaves the action's stage as it is.
    assert tag(title, text, published=_PUBLISHED).status != "suspended"


def test_a_stop_made_after_a_suit_still_suspends() -> None:
    # (A neutral headline: the stop is read from the body's sentence.)
    tags = tag("State law on graduate assistants",
               "After two students sued, a federal judge blocked the new state law that restricts universities "
               "from hiring graduate assistants from countries of concern.", published=_PUBLISHED)
    assert tags.status == "suspended"


def test_a_court_deciding_to_stop_a_rule_suspends_it_in_german() -> None:
    published = datetime(2025, 6, 4, tzinfo=UTC)
    decided = tag("Neue Visa-Regel", "Das Verwaltungsgericht hat beschlossen, die neue Visa-Regel zu stoppen.",
                  language="de", published=published)
    assert decided.status == "suspended"
    # States suing in order to stop it have stopped nothing yet.
    sought = tag("Neue Visa-Regel", "Die Länder klagen, um die neue Visa-Regel zu stoppen.", language="de",
                 published=published)
    assert sought.status != "suspended"


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("司法部正式撤销该人才计划", ("rescinded", "撤销")),
        ("政府宣布终止这项签证政策", ("rescinded", "终止")),
        ("教育部宣布终止备受批评的“海外学者交流计划”", ("rescinded", "终止")),
        # A person's visa revoked or cancelled is a measure at work, not a rule withdrawn.
        ("美国撤销了一名中国留学生的签证", ("", "")),
        ("大使馆取消了他的签证面谈", ("", "")),
        # The rule word in another clause, not the verb's object.
        ("航空公司取消航班，新规定下月实施", ("", "")),
        ("机场取消了部分国际航班，该计划仍在讨论", ("", "")),
    ],
)
def test_chinese_ending_verbs_rescind_only_a_rule(key: str, expected: tuple[str, str]) -> None:
    assert ml_lifecycle(key) == expected


@pytest.mark.parametrize(
    "text",
    ["After the travel ban is lifted, the passport could be returned.",
     "The passport stays with the authorities until the travel ban is lifted.",
     "Once the cap is removed, universities may enrol more students."],
)
def test_a_clause_of_time_in_the_present_rescinds_nothing(text: str) -> None:
    assert not [c for c in lifecycle_cues(prepare("Passports and the exit rules", text)) if c[0] == "rescinded"]


def test_a_clause_of_time_in_the_past_tells_the_ban_lifted() -> None:
    cues = lifecycle_cues(prepare("Passports and the exit rules", "After the travel ban was lifted, applications rose."))
    assert [c for c in cues if c[0] == "rescinded"]
