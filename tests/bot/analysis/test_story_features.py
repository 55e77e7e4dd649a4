"""Story features: what clustering reads of one item, alike from a page and from a feed."""

from __future__ import annotations

from datetime import datetime

from bot.analysis.analyzer import analyze
from bot.analysis.story_features import places, story_features

MENU = "\n".join(f"  • {w}" for w in (
    "Home", "News", "Visa", "H1B", "Green Card", "Tools", "H-1B Cost Calculator Online", "I-94 Expiry Checker Online",
    "O-1 Eligibility Quiz", "Travel", "Passport", "Guides", "Questions", "Legal",
))
BODY = ("Agency proposes fixed stay for foreign students\n\nThe agency published a draft rule to end open-ended stays "
        "for F-1 and J-1 students, capping most at four years.")


def test_a_sites_menu_is_left_out_whether_the_page_comes_with_lines_or_flattened_by_a_feed() -> None:
    title, when = "Agency proposes fixed stay for foreign students", datetime(2027, 12, 13)
    page = f"Site Logo\n{MENU}\n{BODY}"
    feed = " ".join(page.split())  # a feed reader's text: one line
    tags = analyze(title, page, published=when)
    from_page, from_feed = story_features(title, page, tags, when), story_features(title, feed, tags, when)
    assert "code:h1b" not in from_page.anchors
    assert from_feed.anchors == from_page.anchors


def test_the_headline_and_lead_name_their_places_in_any_language() -> None:
    assert places("Congressman introduces bill to bar Chinese nationals from US student visas") == ("CN", "US")
    assert places("富士康再一次從印度召回300名中國工程師") == ("CN", "IN")
    assert places("Тайваньская компания отозвала инженеров из Индии") == ("IN", "TW")
    assert places("A new fee for skilled workers") == ()
    # Only the headline and lead: a country the body names further down is not what the item is about.
    title = "Agency caps student stays in the United States"
    lead = "The agency published a draft rule to end open-ended stays for students. " * 5
    f = story_features(title, lead + "Officials in Canada watched closely.", analyze(title, lead), datetime(2027, 1, 5))
    assert "US" in f.places and "CA" not in f.places


def test_a_headlines_first_word_is_a_name_only_when_the_text_writes_it_as_one() -> None:
    when = datetime(2028, 7, 7)
    title = "Kompasskarte für Ausländer aus Nicht-EU-Staaten"
    text = "Seit dem 1. Juni können Fachkräfte mit der Kompasskarte zur Arbeitssuche einreisen."
    named = story_features(title, text, analyze(title, text, published=when), when)
    assert "first:kompasskart" in named.heads
    assert "who:kompasskart" not in named.heads  # evidence for a shared name, never against
    title = "Travel rules tightened for students"
    text = "The ministry said travel would need approval from next month."
    plain = story_features(title, text, analyze(title, text, published=when), when)
    assert not any(h.startswith("first:") for h in plain.heads)


def test_traditional_chinese_words_are_the_simplified_tokens() -> None:
    when = datetime(2025, 9, 1)
    title_t, text_t = "中國留學生遭拘36小時", "中國留學生在休士頓機場入境時遭拘留，並被遣返。"
    title_s, text_s = "中国留学生遭拘36小时", "中国留学生在休士顿机场入境时遭拘留，并被遣返。"
    traditional = story_features(title_t, text_t, analyze(title_t, text_t, published=when), when)
    simplified = story_features(title_s, text_s, analyze(title_s, text_s, published=when), when)
    assert "留学" in traditional.tokens and "留學" not in traditional.tokens
    assert set(traditional.tokens) == set(simplified.tokens)
    # The headline as written is kept for copies and wording.
    assert traditional.title == title_t
