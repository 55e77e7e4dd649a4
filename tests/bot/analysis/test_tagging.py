"""Tags: the acting jurisdiction, topics, policy type, status."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from bot.analysis.tagging import Tags, find_effective_date, tag

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


def test_entry_travel_ban_is_a_visa_measure() -> None:
    assert tag("Travel ban bars entry of nationals of 12 countries", "").policy_type == "visa"


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
