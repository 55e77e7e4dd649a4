"""Story clustering: the same event from two outlets joins; a separate event does not."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from bot.analysis.analyzer import analyze
from bot.analysis.cluster import (
    ClusterIndex,
    StoryFeatures,
    amounts,
    idf,
    match_cluster,
    match_score,
    new_cluster_key,
    similarity,
    story_features,
)
from bot.analysis.tagging import tag

ARTICLES: dict[str, dict[str, Any]] = json.loads((Path(__file__).parent / "data" / "articles.json").read_text("utf-8"))


def features(key: str, *, shift: timedelta = timedelta(0)) -> StoryFeatures:
    a = ARTICLES[key]
    published = datetime.fromisoformat(a["published"]) + shift
    return story_features(a["title"], a["text"], tag(a["title"], a["text"], language=a.get("language", "en")), published)


def test_features_are_sorted_and_json_round_trip() -> None:
    f = features("decoder_cn")
    assert list(f.tokens) == sorted(f.tokens)
    assert {"alibaba", "deepseek"} <= set(f.entities) <= set(f.tokens)
    assert "china" not in f.tokens  # jurisdiction names are gated on, not counted
    assert f.jurisdictions == ("CN",) and f.policy_type == "travel_restriction"
    assert StoryFeatures.model_validate_json(f.model_dump_json()) == f
    assert StoryFeatures.model_validate(f.model_dump(mode="json")) == f


def test_same_story_two_outlets_cluster() -> None:
    decoder, asia = features("decoder_cn"), features("asia_cn")
    assert similarity(decoder, asia) == similarity(asia, decoder)
    key = new_cluster_key("decoder")
    assert match_cluster(asia, [(key, decoder)]) == key


def test_later_separate_rule_does_not_join() -> None:
    later = features("later_cn")  # same country, same policy type, four days later, different event
    candidates = [("c-story", features("decoder_cn")), ("c-story", features("asia_cn"))]
    assert match_cluster(later, candidates) is None


def test_time_window_jurisdiction_and_type_gate() -> None:
    decoder = features("decoder_cn")
    assert match_cluster(features("asia_cn", shift=timedelta(days=30)), [("k", decoder)]) is None
    other_country = decoder.model_copy(update={"jurisdictions": ("US",)})
    assert match_cluster(features("asia_cn"), [("k", other_country)]) is None
    # A different policy type only weighs against: two outlets' tags may differ on the same story.
    other_type = decoder.model_copy(update={"policy_type": "visa"})
    same = match_score(features("asia_cn"), decoder)
    other = match_score(features("asia_cn"), other_type)
    assert same is not None and other is not None and other < same
    unknown_type = decoder.model_copy(update={"policy_type": "other", "jurisdictions": ()})
    assert match_cluster(features("asia_cn"), [("k", unknown_type)]) == "k"


def test_naive_and_aware_dates_compare() -> None:
    decoder = features("decoder_cn")
    naive = features("asia_cn").model_copy(update={"published": datetime(2025, 3, 4, 2, 40)})
    assert match_cluster(naive, [("k", decoder)]) == "k"


def test_best_candidate_wins() -> None:
    asia = features("asia_cn")
    candidates = [("a", features("us_h1b")), ("b", features("decoder_cn")), ("c", features("uk_talent"))]
    assert match_cluster(asia, candidates) == "b"


def test_new_cluster_key() -> None:
    key = new_cluster_key("src:guid-1")
    assert key == new_cluster_key("src:guid-1") != new_cluster_key("src:guid-2")
    assert key.startswith("c-") and len(key) == 14


def test_story_features_accepts_an_analysis() -> None:
    a = ARTICLES["us_h1b"]
    analysis = analyze(a["title"], a["text"])
    f = story_features(a["title"], a["text"], analysis, None)
    assert f.jurisdictions == ("US",) and f.policy_type == "visa" and f.published is None


def test_index_assigns_incrementally() -> None:
    index = ClusterIndex()
    order = ["decoder_cn", "us_h1b", "asia_cn", "later_cn", "uk_talent", "jp_hsp", "zh_notice"]
    keys = {k: index.assign(features(k)) for k in order}
    assert keys["decoder_cn"][1] is True
    assert keys["asia_cn"] == (keys["decoder_cn"][0], False)
    assert keys["later_cn"][1] is True and keys["later_cn"][0] != keys["decoder_cn"][0]
    assert len(index) == 6
    assert len(index.members(keys["decoder_cn"][0])) == 2


def test_index_only_compares_clusters_sharing_rare_tokens() -> None:
    index = ClusterIndex(max_posting=10, max_candidates=3)
    # Many stories that share only the common word "visa" (plus each its own number).
    for i in range(50):
        index.add(f"c-{i}", StoryFeatures(tokens=("visa", f"fee{i}", f"city{i}"), jurisdictions=("GB",)))
    index.add("c-target", features("decoder_cn"))
    candidates = index.candidates(features("asia_cn"))
    assert candidates == ["c-target"]
    assert index.candidates(StoryFeatures(tokens=("visa",))) == []  # too common to propose anything
    assert index.match(features("asia_cn")) == "c-target"
    # At most max_candidates stories are compared in full, the best-sharing first.
    assert len(index.candidates(StoryFeatures(tokens=("fee1", "fee2", "fee3", "fee4", "city4")))) == 3
    assert index.candidates(StoryFeatures(tokens=("fee1", "fee2", "fee3", "fee4", "city4")))[0] == "c-4"


def test_idf_is_learned_from_the_index() -> None:
    index = ClusterIndex()
    for i in range(200):
        index.add(f"c-{i}", StoryFeatures(tokens=("visa", "quantum" if i % 2 else f"w{i}")))
    assert index.items == 200 and index.df("visa") == 200
    # "quantum" is in half the items now: it no longer counts as rare.
    assert idf("quantum", is_entity=False, stats=index) < idf("quantum", is_entity=False)
    assert idf("w2", is_entity=False, stats=index) > idf("quantum", is_entity=False, stats=index)


def test_eviction_forgets_old_clusters_but_keeps_recent_ones() -> None:
    index = ClusterIndex()
    old, new = features("decoder_cn"), features("later_cn")
    index.add("c-old", old)
    index.add("c-new", new)
    assert new.published is not None and old.published is not None
    assert index.evict_before(new.published - timedelta(hours=1)) == 1
    assert "c-old" not in index and "c-new" in index
    assert index.match(features("asia_cn")) is None  # its story was forgotten
    assert index.evict_before(new.published - timedelta(hours=1)) == 0


def test_amounts_are_normalised() -> None:
    assert amounts("£54m and £54 million") == ["#54000000", "#54000000"]
    assert amounts("$100,000 or $100K") == ["#100000", "#100000"]
    assert amounts("10 per cent, 10%") == ["#10%", "#10%"]
    # Visa names, years and small counts are not amounts.
    assert amounts("H-1B and O-1 visas in 2026 for 30 days") == []


def test_headline_only_items_join_their_story() -> None:
    # Feed items from news aggregators often carry a headline and nothing else.
    decoder = features("decoder_cn")
    for title in (
        "China requires AI researchers to seek approval for overseas trips - Reuters",
        "China tells top AI talent at DeepSeek, Alibaba to get permission before leaving the country",
        "China restricts foreign travel for AI researchers: report",
    ):
        headline = story_features(title, "", tag(title, ""), decoder.published)
        assert match_cluster(headline, [("k", decoder)]) == "k", title
    for title in (
        "China extends exit approval rules to quantum scientists - SCMP",
        "China bans AI researchers from attending NeurIPS in the US",
    ):
        headline = story_features(title, "", tag(title, ""), decoder.published)
        assert match_cluster(headline, [("k", decoder)]) is None, title


# ---------------------------------------------------------------- stories told in few shared words

def test_acronyms_and_dates_are_story_features() -> None:
    from bot.analysis.cluster import acronyms, dates

    assert "dete" in acronyms("said the Department of Enterprise, Trade and Employment on Monday")
    assert "uscis" in acronyms("U.S. Citizenship and Immigration Services announced")
    assert "doj" in acronyms("the Department of Justice said")
    assert acronyms("Home Office") == []
    assert dates("from 1 January 2028", None) == dates("from January 1, 2028", None) == ["@01-01"]


def _pair(title_a: str, text_a: str, title_b: str, text_b: str, hours: int) -> tuple[StoryFeatures, StoryFeatures]:
    when = datetime(2027, 1, 12, 8)
    out = []
    for title, text, at in ((title_a, text_a, when), (title_b, text_b, when + timedelta(hours=hours))):
        out.append(story_features(title, text, analyze(title, text, published=at), at))
    return out[0], out[1]


IRISH = (
    "Ireland to raise salary floor for Critical Skills work permits to €38,000",
    "Ireland will raise the minimum annual salary for a Critical Skills Employment Permit to €38,000, the "
    "Department of Enterprise, Trade and Employment said. The threshold will apply from 1 January 2028.",
)


def test_outlets_sharing_an_acronym_a_figure_and_a_date_are_one_story() -> None:
    a, b = _pair(*IRISH, "Pay floor for skilled non-EU hires climbs to 38,000 euros",
                 "Companies hiring developers from outside the European Union will have to offer at least 38,000 "
                 "euros a year from January 1, 2028, under revised rules published by DETE.", hours=7)
    assert {"#38000", "@01-01"} <= set(a.tokens) & set(b.tokens)
    assert "dete" in a.aliases and "dete" in b.tokens  # spelled out by one, abbreviated by the other
    index = ClusterIndex()
    first, _ = index.assign(a, seed="a")
    second, is_new = index.assign(b, seed="b")
    assert second == first and not is_new


def test_a_different_rule_of_the_same_government_stays_apart() -> None:
    a, b = _pair(*IRISH, "Ireland opens new visa route for start-up founders",
                 "Ireland will let founders of start-ups backed by investors apply for a new two-year visa, the "
                 "Department of Justice said on Tuesday. The route opens on 1 March.", hours=20)
    index = ClusterIndex()
    first, _ = index.assign(a, seed="a")
    second, is_new = index.assign(b, seed="b")
    assert second != first and is_new
