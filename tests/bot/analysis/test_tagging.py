"""Tags: the acting jurisdiction, topics, policy type, status."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from bot.analysis.effective_dates import find_effective_date
from bot.analysis.tagging import Tags, tag

ARTICLES: dict[str, dict[str, Any]] = json.loads((Path(__file__).parent / "data" / "articles.json").read_text("utf-8"))


def tags_of(key: str) -> Tags:
    a = ARTICLES[key]
    return tag(a["title"], a["text"], language=a.get("language", "en"), published=datetime.fromisoformat(a["published"]))


def test_canonical_example() -> None:
    t = tags_of("decoder_cn")
    # The article also names the U.S. (as a destination and for its companies): not the actor.
    assert t.jurisdictions == ("CN",)
    assert "ai" in t.topics
    assert t.policy_type == "travel_restriction"
    assert t.status == "reported"
    by_field = {e.field: e.text for e in t.evidence}
    assert "approval before traveling abroad" in by_field["policy_type"]


def test_second_outlet_uses_a_capital_as_metonym() -> None:
    t = tags_of("asia_cn")
    assert (t.jurisdictions, t.policy_type, t.status) == (("CN",), "travel_restriction", "reported")
    assert "ai" in t.topics


@pytest.mark.parametrize(
    ("key", "jurisdictions", "policy_type", "status"),
    [
        ("us_h1b", ("US",), "visa", "enacted"),
        ("uk_talent", ("GB",), "visa", "announced"),
        ("jp_hsp", ("JP",), "visa", "announced"),
        ("later_cn", ("CN",), "travel_restriction", "enacted"),
        ("zh_notice", ("CN",), "travel_restriction", "in_effect"),
    ],
)
def test_fixtures(key: str, jurisdictions: tuple[str, ...], policy_type: str, status: str) -> None:
    t = tags_of(key)
    assert (t.jurisdictions, t.policy_type, t.status) == (jurisdictions, policy_type, status)


def test_chinese_notice_topics() -> None:
    assert tags_of("zh_notice").topics == ("ai",)
    assert tags_of("later_cn").topics == ("quantum",)
    assert set(tags_of("jp_hsp").topics) == {"ai", "semiconductors"}


def test_actor_not_the_country_most_talked_about() -> None:
    t = tag(
        "Indian IT workers face uncertainty after US H-1B fee hike",
        "Thousands of Indian software engineers on H-1B visas are rethinking plans after Washington imposed a "
        "$100,000 fee on new petitions. India's Ministry of External Affairs said it was studying the implications. "
        "Indian IT firms such as Infosys rely heavily on the visa program.",
    )
    assert t.jurisdictions == ("US",)


def test_outlet_names_are_not_jurisdictions() -> None:
    t = tag(
        "Home Office raises Skilled Worker salary threshold",
        "The Home Office said the Skilled Worker visa threshold will rise, the Washington Post and the South China "
        "Morning Post reported.",
    )
    assert t.jurisdictions == ("GB",)


def test_two_actors() -> None:
    t = tag(
        "US and UK announce joint research security rules",
        "The US and UK announced joint research security guidance for universities on Monday.",
    )
    assert set(t.jurisdictions) == {"US", "GB"}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("DHS published a proposed rule that would change the H-1B lottery; the comment period ends soon.", "proposed"),
        ("The new visa fee takes effect today for all applicants, the ministry said.", "in_effect"),
        ("A federal judge blocked the visa rule; the injunction applies nationwide.", "suspended"),
        ("The government rescinded the rule that required researchers to report trips abroad.", "rescinded"),
        ("The ministry announced that the scheme will launch next year.", "announced"),
        ("The president signed a proclamation restricting visas for students.", "enacted"),
        ("Researchers like the new rule.", "unknown"),
        ("The travel ban on researchers was lifted on Monday.", "rescinded"),
    ],
)
def test_status_cues(text: str, status: str) -> None:
    assert tag("", text).status == status


def test_lifecycle_verbs_need_the_rule_as_their_object() -> None:
    assert tag("Court suspends H-1B fee rule", "").status == "suspended"
    # Here suspending and revoking are the policy itself, not something done to it.
    assert tag("Proclamation suspends entry of foreign students", "").status != "suspended"
    assert tag("Administration to revoke visas of Chinese students", "").status != "rescinded"


def test_effective_date_in_the_past_means_in_effect() -> None:
    text = "The ministry said the rules take effect on March 1, 2025 and apply to all scientists."
    assert tag("", text, published=datetime(2025, 3, 10, tzinfo=UTC)).status == "in_effect"
    assert tag("", text, published=datetime(2025, 2, 10, tzinfo=UTC)).status != "in_effect"


def test_find_effective_date_ignores_other_dates() -> None:
    sentences = ["Comments are due by October 24, 2025.", "The rule was published on May 2, 2025.",
                 "It will take effect on January 1, 2026."]
    found = find_effective_date(sentences)
    assert found is not None and found[0].isoformat() == "2026-01-01"


def test_find_effective_date_today_needs_published() -> None:
    assert find_effective_date(["The fee takes effect today."]) is None
    found = find_effective_date(["The fee takes effect today."], datetime(2025, 9, 21, 8, tzinfo=UTC))
    assert found is not None and found[0].isoformat() == "2025-09-21"


@pytest.mark.parametrize(
    ("title", "policy_type"),
    [
        ("Congress weighs deemed export rules for foreign researchers in US labs", "export_control"),
        ("Canada opens a new work permit stream and permanent residence pathway for tech workers", "immigration"),
        ("Brussels launches Choose Europe talent programme to attract US scientists", "talent_program"),
        ("UK expands Trusted Research vetting of academics working with foreign partners", "research_security"),
        ("Beijing orders state lab staff to hand over passports", "travel_restriction"),
        ("A story about nothing in particular", "other"),
    ],
)
def test_policy_types(title: str, policy_type: str) -> None:
    assert tag(title, "").policy_type == policy_type


def test_travel_ban_on_nationals_is_a_travel_restriction() -> None:
    # The real labelled set calls a travel ban on whole nationalities a travel restriction, entry or not;
    # suspending the entry of one kind of worker is a visa measure.
    assert tag("Travel ban bars entry of nationals of 12 countries", "").policy_type == "travel_restriction"
    assert tag("Proclamation suspends entry of H-1B workers", "").policy_type == "visa"


def test_language_fallback_only_for_official_text() -> None:
    assert tag("关于加强科研人员出境审批管理的通知", "", language="zh").jurisdictions == ("CN",)
    assert tag("关于加强科研人员出境审批管理的通知", "", language="zh-TW").jurisdictions == ("TW",)
    assert tag("天气很好", "", language="zh").jurisdictions == ()


def test_tags_are_frozen() -> None:
    t = Tags()
    with pytest.raises(ValidationError):
        t.status = "reported"  # type: ignore[misc]


# ---------------------------------------------------------------- status: tense, modality, who says so

PUBLISHED = datetime(2026, 6, 1, 9, tzinfo=UTC)


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        ("Ruritania will offer open work permits to foreign AI engineers",
         "The government will offer the permits to up to 5,000 engineers, the labour ministry said.", "announced"),
        ("Ruritania raises salary bar for skilled-worker visas",
         "The new threshold will apply from October 1, the immigration ministry said on Monday.", "announced"),
        ("Ruritania's new researcher visa came into effect on Monday",
         "Applications are now open online for foreign scientists.", "in_effect"),
        ("Ruritania proposes rule on foreign researchers' access to labs",
         "The proposed rule is open for public comment for 60 days.", "proposed"),
        ("Ruritania tells chip engineers to seek approval before trips abroad",
         "Engineers were told to hand in their passports, according to researchers at two institutes. "
         "Officials have not confirmed any change.", "reported"),
        ("Ruritania signs proclamation imposing fee on work visas",
         "The president signed the proclamation on Friday. It was published in the Federal Register and will "
         "take effect on July 1, officials said.", "enacted"),
        ("鲁里塔尼亚拟收紧科研人员出境审批", "据报道，有关部门拟要求核心技术人员出境前报批。", "reported"),
        ("关于科研人员因私出境管理的通知", "本通知自2026年3月1日起施行。", "in_effect"),
    ],
)
def test_status_from_tense_modality_and_attribution(title: str, text: str, status: str) -> None:
    assert tag(title, text, published=PUBLISHED).status == status


def test_a_visa_count_is_not_an_enactment() -> None:
    # "permits will be issued" is about permits, not a rule being issued.
    t = tag("Canada trims study permits again", "About 400,000 permits will be issued in 2027, the government said.",
            published=PUBLISHED)
    assert t.status == "announced"


def test_vetting_visa_applicants_is_a_visa_measure() -> None:
    t = tag("State Department pauses student visa interviews to widen social media vetting",
            "Embassies must stop scheduling visa interviews while the vetting of applicants is expanded.")
    assert t.policy_type == "visa"


def test_outside_the_eu_is_a_place_not_the_actor() -> None:
    t = tag("Pay floor for skilled non-EU hires climbs", "Companies hiring researchers from outside the European "
            "Union will have to pay more under rules published by DETE, the Irish enterprise department.")
    assert t.jurisdictions == ("IE",)


# ---------------------------------------------------------------- the real set's conventions


def test_bodies_of_taiwan_and_macao() -> None:
    t = tag("Core technology personnel now need permission for China travel",
            "An amendment requiring government permission for people working with state-funded core technologies "
            "to travel to China took effect yesterday after the Executive Yuan announced the changes.")
    assert t.jurisdictions == ("TW",)
    t = tag("New round of talent recruitment programmes opens",
            "The Government of the Macao Special Administrative Region launches its new round of talent "
            "recruitment programmes.")
    assert t.jurisdictions == ("MO",)


def test_the_only_country_named_is_the_one() -> None:
    t = tag("Chinese chipmaker asks R&D staff to hand in passports",
            "The company asked engineers to hand in their passports so they cannot travel abroad.")
    assert t.jurisdictions == ("CN",)


@pytest.mark.parametrize(
    ("title", "text", "policy_type"),
    [
        # "入境出境管理条例" is the entry and exit regulation, not an exit control.
        ("国务院修改外国人入境出境管理条例 增设K字签证", "新增K字签证，发给外国青年科技人才。", "visa"),
        # Colleagues from abroad come in: contact rules are research security, not an exit control.
        ("Russia restricts contact with foreign researchers",
         "Institutes must notify the ministry about any planned meetings with colleagues from abroad.",
         "research_security"),
        ("Revised EU Blue Card to attract highly skilled workers", "The EU adopted the revised Blue Card directive.",
         "immigration"),
        ("UAE extends 10-year golden visa system", "The authorities expanded the Golden Visa system that grants "
         "10-year residency to professionals.", "visa"),
        ("Government withdraws order on online seminars", "Scientists had needed political clearance from the "
         "ministry before taking part in international online seminars.", "research_security"),
    ],
)
def test_policy_types_as_the_real_set_labels_them(title: str, text: str, policy_type: str) -> None:
    assert tag(title, text).policy_type == policy_type


@pytest.mark.parametrize(
    ("title", "text", "published", "status"),
    [
        # Announcing without a future: the initiative exists from now on.
        ("Justice Department unveils new China Initiative", "The Attorney General announced the creation of an "
         "initiative to prioritise trade theft cases.", datetime(2018, 11, 2, tzinfo=UTC), "in_effect"),
        # ... with a future (a year after the article's) it is coming.
        ("Government announces 295,000 international student places for 2026", "The education minister "
         "announced the national planning level for 2026.", datetime(2025, 8, 4, tzinfo=UTC), "announced"),
        # A leaked document.
        ("US pauses student visa interviews", "The administration is halting student visa interviews, according "
         "to an order to all U.S. embassies reviewed by Politico. Effective immediately, consular sections should "
         "not add appointment capacity.", datetime(2025, 5, 27, tzinfo=UTC), "reported"),
        # Signed, and applies from a later date.
        ("China to launch new type of visa for young professionals", "Premier Li Qiang has signed a State Council "
         "decree to amend the regulation. The new rules will take effect on Oct 1.",
         datetime(2025, 8, 14, tzinfo=UTC), "enacted"),
        # A headline in the present: in force.
        ("EU | Immigration | Amended EU Blue Card Directive Takes Effect", "The deadline for member states to "
         "transpose the directive passed.", datetime(2023, 11, 23, tzinfo=UTC), "in_effect"),
        ("DOJ terminates China Initiative", "The Justice Department announced the termination of the program.",
         datetime(2022, 2, 23, tzinfo=UTC), "rescinded"),
        ("Rule linking wages to H-1B cap bites the dust", "DHS has formally withdrawn the H-1B Selection Final "
         "Rule.", datetime(2021, 12, 22, tzinfo=UTC), "rescinded"),
        ("UK unveils immigration plans", "The Immigration White Paper sets out plans to cut overseas care workers.",
         datetime(2025, 5, 12, tzinfo=UTC), "proposed"),
        ("Taiwan professionals barred from working for Chinese agencies", "The draft bill was approved by the "
         "Cabinet yesterday but the details still have to be finalized.", datetime(2002, 7, 24, tzinfo=UTC),
         "proposed"),
        # A government acting, with no word of stage: a rule in force.
        ("Pakistan stops nuclear scientists from travelling abroad", "Pakistan has stopped all scientists working "
         "on its weapons programme from leaving the country.", datetime(2004, 1, 21, tzinfo=UTC), "in_effect"),
    ],
)
def test_status_as_the_real_set_labels_it(title: str, text: str, published: datetime, status: str) -> None:
    assert tag(title, text, published=published).status == status


def test_boilerplate_does_not_make_a_report_or_an_enactment() -> None:
    text = ("The ministry raised the visa fee for international students on Monday. Sign up now for our newsletter. "
            "About 3,000 One passes were granted. The department did not immediately respond to a request for comment.")
    assert tag("Australia hikes student visa fee", text, published=PUBLISHED).status == "in_effect"


def test_a_capitalised_demonym_names_poland_and_the_verb_does_not() -> None:
    t = tag(
        "Changes to the employment of foreigners",
        "The Polish President signed a new law removing the labour market test from work permit applications.",
    )
    assert t.jurisdictions == ("PL",)
    assert "PL" not in tag(
        "Ministry to polish visa rules for researchers",
        "Officials will polish the draft rules for researchers before the Swedish Migration Agency publishes them.",
    ).jurisdictions


def test_where_people_would_work_is_not_the_rule_maker() -> None:
    t = tag(
        "Taiwan's chip engineers barred from working for Chinese government agencies",
        "Taiwan's chip engineers will not be allowed to work for Chinese government agencies, a Taiwan official "
        "said yesterday. The draft bill was approved by the Cabinet.",
    )
    assert t.jurisdictions == ("TW",)


def test_japans_diet_and_cabinet_are_japans_government() -> None:
    t = tag(
        "ハーバード大学の留学生受入れに関する質問に対する答弁書",
        "参議院議員提出の質問に対し、答弁書を送付する。内閣総理大臣。米国の政策については、お答えする立場にない。"
        "留学生の受入れ審査を強化する。",
        language="ja",
    )
    assert t.jurisdictions == ("JP",)
