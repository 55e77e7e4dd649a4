"""Story clustering: the same event from two outlets joins; a separate event does not."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from bot.analysis.analyzer import analyze
from bot.analysis.cluster import (
    BRIDGE_MARGIN,
    DEFAULT_THRESHOLD,
    SUPPORT_FLOOR,
    SUPPORT_WEIGHT,
    ClusterIndex,
    match_cluster,
    new_cluster_key,
    story_score,
)
from bot.analysis.story_anchors import amounts, quoted
from bot.analysis.story_features import StoryFeatures, story_features
from bot.analysis.story_similarity import DEFAULT_WINDOW, idf, match_score, near_duplicate, similarity
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
    # One action's coverage spans months, not years: the same report more than a year later is not it.
    assert match_cluster(features("asia_cn", shift=DEFAULT_WINDOW + timedelta(days=1)), [("k", decoder)]) is None
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


def test_index_retrieves_a_story_in_another_language_by_its_country_and_concepts() -> None:
    index = ClusterIndex(max_posting=10, max_candidates=3, max_topics=2)
    # Stories sharing more words with the item crowd the best-sharing candidates.
    for i in range(5):
        index.add(f"c-{i}", StoryFeatures(tokens=("grant", "lab", f"w{i}"), jurisdictions=("FR",)))
    index.add("c-en", StoryFeatures(tokens=("residency", "decade"), jurisdictions=("FR",), concepts=("residence", "visa")))
    item = StoryFeatures(tokens=("grant", "lab"), jurisdictions=("FR",), concepts=("residence", "visa"))
    found = index.candidates(item)
    assert "c-en" in found and len(found) == 4  # three by words, one by its country's concepts
    # Not another country's story naming the same concepts, nor one of this country naming other ones.
    index.add("c-de", StoryFeatures(tokens=("aufenthalt",), jurisdictions=("DE",), concepts=("residence", "visa")))
    index.add("c-court", StoryFeatures(tokens=("tribunal",), jurisdictions=("FR",), concepts=("court",)))
    found = index.candidates(item)
    assert "c-de" not in found and "c-court" not in found
    # A pairing too common to tell stories apart proposes nothing.
    for i in range(11):
        index.add(f"c-v{i}", StoryFeatures(tokens=(f"x{i}",), jurisdictions=("IT",), concepts=("visa",)))
    assert index.candidates(StoryFeatures(tokens=("zz",), jurisdictions=("IT",), concepts=("visa",))) == []


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
    from bot.analysis.story_features import acronyms, dates

    assert "dete" in acronyms("said the Department of Enterprise, Trade and Employment on Monday")
    assert "uscis" in acronyms("U.S. Citizenship and Immigration Services announced")
    assert "doj" in acronyms("the Department of Justice said")
    assert acronyms("Home Office") == []
    # A byline with a space before its comma (a real page's) has a lone "," word: no crash.
    assert acronyms("By Asheesh Moosapeta , Janice Rodrigues\n\nMONTREAL, Canada") == ["bamjrmc"]
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


# ---------------------------------------------------------------- issue 11: stories over their whole life


def _item(title: str, text: str, when: datetime) -> StoryFeatures:
    return story_features(title, text, analyze(title, text, published=when), when)


FEE_DAY = datetime(2027, 9, 19, 18)
H1B_FEE = (
    "Trump imposes $100,000 annual fee on H-1B visas",
    "President Trump signed a proclamation on Friday requiring employers to pay $100,000 a year for each "
    "H-1B worker they sponsor. The fee applies to new petitions filed after 21 September.",
)
GOLD_CARD = (
    "Trump creates $1 million Gold Card visa for wealthy foreigners",
    "President Trump signed an executive order on Friday creating a Gold Card visa: foreigners who pay $1 "
    "million to the Treasury get expedited residency, and companies can sponsor them for $2 million.",
)


def test_anchors_name_the_instrument() -> None:
    from bot.analysis.story_anchors import anchors

    found, heads = anchors("China to launch K visa for young STEM talent", "Proclamation 10043 and MD 111 apply. "
                           "The Top Talent Pass and the China Initiative cost $100,000 each.")
    assert {"code:k", "doc:10043", "doc:111", "#100000"} <= set(found)
    assert {"name:top talent pass", "name:china initiativ"} <= set(found)
    assert heads == ["code:k"]
    assert "code:h1b" in anchors("H1B签证费暴增", "")[0] and "code:k" in anchors("增设「Ｋ字簽證」", "")[0]
    # Kinds of things, years and bare numbers name nothing: "Student Visa", "COVID-19", "Document 52024".
    found, _ = anchors("x", "The New Student Visa rules. COVID-19 rules. Document 52024 of 2025.")
    assert found == []
    assert "year:2026" in anchors("Australia announces 295,000 study places for 2026", "")[1]


def test_the_same_day_two_instruments_are_two_stories_and_a_later_ruling_joins_its_own() -> None:
    index = ClusterIndex()
    fee, _ = index.assign(_item(*H1B_FEE, FEE_DAY), seed="fee")
    card, is_new = index.assign(_item(*GOLD_CARD, FEE_DAY + timedelta(hours=2)), seed="card")
    assert is_new and card != fee  # one president, one day, one word "visa" apart: the titles' figures differ
    ruling = _item("Federal judge dismisses challenge to Trump's $100,000 H-1B visa fee",
                   "A federal judge dismissed the Chamber of Commerce's lawsuit against the $100,000 fee on new "
                   "H-1B petitions, ruling the proclamation was within the president's authority.",
                   FEE_DAY + timedelta(days=95))
    assert index.assign(ruling, seed="ruling") == (fee, False)  # three months on, it names the fee


def test_another_years_rule_of_the_same_kind_is_another_story() -> None:
    index = ClusterIndex()
    first, _ = index.assign(_item(
        "2025 levels for international students announced",
        "The government set a National Planning Level for new international students at 270,000 places "
        "for the 2025 calendar year.", datetime(2024, 9, 3)), seed="a")
    second, is_new = index.assign(_item(
        "Government announces 295,000 international student places for 2026",
        "The government set its National Planning Level at 295,000 international student places for 2026.",
        datetime(2025, 8, 4)), seed="b")
    assert is_new and second != first


def test_a_report_in_another_language_joins_on_the_instrument_it_names() -> None:
    en = _item("China to launch new K visa for young science and technology talent",
               "China will add a K visa to its ordinary visa categories for young science and technology "
               "professionals from October 1, the State Council said.", datetime(2027, 8, 14, 9))
    zh = _item("中国新增K字签证吸引外国青年科技人才", "国务院决定在普通签证类别中新增K字签证，发给入境的外国青年科技人才，"
               "自10月1日起施行。", datetime(2027, 8, 14, 15))
    index = ClusterIndex()
    key, _ = index.assign(en, seed="en")
    assert index.assign(zh, seed="zh") == (key, False)


def test_members_are_kept_in_publication_order_and_the_index_is_bounded() -> None:
    base = features("decoder_cn")
    assert base.published is not None
    items = [base.model_copy(update={"published": base.published + timedelta(days=d), "vector": ""}) for d in range(10)]
    forward, backward = ClusterIndex(max_members=4), ClusterIndex(max_members=4)
    for f in items:
        forward.add("k", f)
    for f in reversed(items):
        backward.add("k", f)
    assert forward.members("k") == backward.members("k")  # whatever order they arrived in
    assert [m.published for m in forward.members("k")] == [items[i].published for i in (0, 7, 8, 9)]
    bounded = ClusterIndex(max_clusters=3)
    for n, f in enumerate(items):
        bounded.add(f"c-{n}", f)
    assert len(bounded) == 3 and "c-9" in bounded and "c-0" not in bounded  # the least recently updated go


def test_embeddings_round_trip_and_compare() -> None:
    from bot.analysis import embed

    a = embed.embed("China launches a K visa for young scientists")
    b = embed.embed("Beijing creates new visa category for young STEM talent")
    c = embed.embed("Striker completes transfer to Madrid")
    assert embed.available() and a and embed.decode(a) is not None
    ab, ac = embed.cosine(a, b), embed.cosine(a, c)
    assert ab is not None and ac is not None and ab > ac
    assert embed.cosine(a, "") is None and embed.decode("not base64!") is None and embed.embed("  ") == ""


def test_a_dropped_members_tokens_never_point_at_an_evicted_story() -> None:
    """Regression (found by bench/replay.py): a member dropped past max_members left its tokens in the
    postings; once its story was evicted, the next item sharing them raised KeyError."""
    index = ClusterIndex(max_members=2)
    base = features("decoder_cn")
    for day in range(3):
        index.add("k", base.model_copy(update={
            "published": base.published + timedelta(days=day) if base.published else None,
            "tokens": tuple(sorted({*base.tokens, f"only{day}"})),
        }))
    assert base.published is not None
    assert index.evict_before(base.published + timedelta(days=3000)) == 1
    probe = base.model_copy(update={"tokens": ("only1",)})
    assert index.candidates(probe) == []
    assert index.match(probe) is None


# ---------------------------------------------------------------- issue 11, second round: general cues


def test_a_feed_and_a_page_give_the_same_features() -> None:
    # A feed reader's text has no line breaks where the page had them: the story must not change.
    title = "Ireland to raise salary floor for Critical Skills work permits to €38,000"
    page = "Ireland to raise salary floor\n\nIreland will raise the minimum salary.\nThe threshold applies from 2028."
    feed = " ".join(page.split())
    when = datetime(2027, 1, 12, 8)
    tags = analyze(title, page, published=when)
    assert story_features(title, page, tags, when) == story_features(title, feed, tags, when)


def test_a_visa_class_alone_does_not_join_two_actions_across_languages() -> None:
    # Many actions concern one visa class: across languages the class counts once (as an anchor, not a
    # second time as a shared name), so it takes a figure, a date or a name of the action to join them.
    vetting = _item("Consulates cancel H-1B interview appointments over new online presence review",
                    "US consulates in India have cancelled H-1B visa interview appointments after the State "
                    "Department extended its online presence review to H-1B applicants and their families.",
                    datetime(2027, 12, 8))
    lottery = _item("美国国土安全部公布H-1B加权抽签新规 高薪申请人中签率上升",
                    "美国国土安全部公布H-1B工作签证抽签新规，改为按工资级别加权抽签，高薪申请人中签机会更大。"
                    "新规将于明年的抽签季适用。", datetime(2027, 12, 10))
    score = match_score(vetting, lottery)
    assert score is None or score < DEFAULT_THRESHOLD
    # The fee itself, reported in Chinese, still joins the English report of it: the figure is shared.
    fee_zh = _item("川普签署公告 H-1B签证每年收费10万美元",
                   "美国总统川普签署公告，要求雇主为每名H-1B员工每年支付10万美元费用，新规适用于9月21日之后提交的申请。",
                   FEE_DAY + timedelta(hours=20))
    fee_score = match_score(_item(*H1B_FEE, FEE_DAY), fee_zh)
    assert fee_score is not None and fee_score >= DEFAULT_THRESHOLD


def test_only_english_items_carry_an_embedding() -> None:
    # WordLlama puts any two Russian (or Japanese, Chinese) texts at a cosine of 0.8-0.95: no evidence.
    ru = _item("В России вступили в силу правила сдачи загранпаспортов",
               "С 11 декабря россияне, которым запрещён выезд, обязаны сдать загранпаспорт в течение пяти дней.",
               datetime(2027, 12, 11))
    en = _item(*H1B_FEE, FEE_DAY)
    assert ru.vector == "" and en.vector != ""
    assert ru.lead and ru.title.startswith("В России")
    # Their function words are not story words.
    de = _item("Die Chancenkarte startet", "Die Chancenkarte gilt seit dem 1. Juni für Fachkräfte aus dem Ausland.",
               datetime(2027, 6, 1))
    assert not {"die", "dem", "für"} & set(de.tokens) and "chancenkart" in de.tokens


def test_copies_of_one_report_join_whatever_their_tags_say() -> None:
    when = datetime(2027, 3, 1, 9)
    title = "China tells top AI researchers to avoid travel to the United States"
    text = ("Chinese authorities have told leading artificial intelligence researchers and entrepreneurs to avoid "
            "visiting the United States, citing security concerns, people familiar with the matter said.")
    original = _item(title, text, when)
    copy = _item(f"{title} - report", "By a staff reporter. " + text, when + timedelta(hours=5)).model_copy(
        update={"jurisdictions": ("US",), "policy_type": "travel_restriction"})
    assert near_duplicate(original, copy)
    index = ClusterIndex()
    key, _ = index.assign(original, seed="a")
    assert index.assign(copy, seed="b") == (key, False)  # the tagger read the copy's country differently
    # A week on, or with another figure in the headline, nearly the same words are not a copy.
    assert not near_duplicate(original, copy.model_copy(update={"published": when + timedelta(days=8)}))
    fee_a = _item("Australia raises student visa fee to A$2,000", "The fee rises from 1 July.", when)
    fee_b = _item("Australia raises student visa fee to A$1,600", "The fee rises from 1 July.", when)
    assert not near_duplicate(fee_a, fee_b)


def test_quoted_phrases_name_the_thing_in_any_script() -> None:
    from bot.analysis.story_anchors import quoted

    assert quoted("EU launches ‘Choose Europe for Science’ drive") == ["quote:choose europe for science"]
    # Traditional Chinese is read as simplified: Taipei's and Beijing's spellings are one name.
    assert quoted("中國新增「K字簽證」吸引外國青年科技人才") == ["quote:k字签证"]
    assert quoted("법무부 ‘톱티어 비자’ 시행") == ["quote:톱티어 비자"]
    assert quoted("In line with the government’s strategy, the minister’s office said") == []
    assert quoted("Harvard's 'travel ban' case") == ["quote:travel ban"]


def test_a_fee_rise_a_year_on_is_another_story_though_it_recalls_the_old_fee() -> None:
    index = ClusterIndex()
    first, _ = index.assign(_item(
        "Australia doubles student visa fee to A$1,600 from today",
        "The non-refundable fee for international student visas rose from A$710 to A$1,600 on 1 July.",
        datetime(2026, 7, 1)), seed="2026")
    later, is_new = index.assign(_item(
        "Australia hikes student visa fee to A$2,000",
        "The student visa application fee rises to A$2,000 from A$1,600 on 1 July, the second rise in a year.",
        datetime(2027, 6, 30)), seed="2027")
    assert is_new and later != first
    # The figure a headline replaces ("from A$1,600") is not the one it names.
    from bot.analysis.story_anchors import anchors

    assert anchors("Fee rises to A$2,000 from A$1,600", "")[1] == ["#2000"]


def test_a_later_expansion_of_a_scheme_is_a_new_action() -> None:
    from bot.analysis.story_features import title_actions

    assert title_actions("IRCC further tightens rules for international students") == ("expand", "cut")
    assert title_actions("법무부 톱티어 비자 대상 확대") == ("expand",)
    assert title_actions("China launches K visa for young STEM talent") == ()
    # A parliament's "Lower House" passing a bill lowers nothing; "to lower" still cuts.
    assert title_actions("Japan's Lower House Passes Security Clearance Bill") == ()
    assert title_actions("Canada to lower the cap on study permits") == ("cut",)
    launch = _item("Singapore launches ONE Pass for top talent",
                   "Singapore's Ministry of Manpower will launch the Overseas Networks and Expertise Pass, a "
                   "five-year work pass for top talent in business, arts, sports and research.", datetime(2027, 1, 10))
    expansion = ("Singapore expands ONE Pass to researchers at universities",
                 "The Ministry of Manpower will extend the Overseas Networks and Expertise Pass to researchers "
                 "at universities and research institutes.")
    index = ClusterIndex()
    key, _ = index.assign(launch, seed="launch")
    later, is_new = index.assign(_item(*expansion, datetime(2027, 8, 1)), seed="expansion")
    assert is_new and later != key
    # Within weeks outlets word one action each their own way: "expands" is then no new action.
    assert match_score(_item(*expansion, datetime(2027, 1, 12)), launch) is not None


def test_a_notice_of_the_date_and_a_report_on_that_date_share_it() -> None:
    notice = _item("Presidential proclamation restricts entry from 19 countries",
                   "The proclamation takes effect on June 9, 2027, for nationals outside the United States.",
                   datetime(2027, 6, 5))
    report = _item("Entry restrictions for 19 countries begin",
                   "Beginning on June 9, 2027, no new visas will be issued to nationals of the listed countries.",
                   datetime(2027, 6, 9))
    assert "@06-09" in notice.anchors and "@06-09" not in report.anchors  # the report's own dateline
    from bot.analysis.story_similarity import shared_evidence

    assert shared_evidence(notice, report) > 0


PASS_OPENS = ("Singapore opens applications for the new Global Innovator Pass",
              "Singapore's Ministry of Manpower opened applications for the Global Innovator Pass, a five-year "
              "work pass for researchers and company founders with an established record.")
PASS_FIGURES = ("About 2,100 researchers and founders granted the Global Innovator Pass, ministry says",
                "Singapore's Ministry of Manpower said 2,100 people have received the Global Innovator Pass "
                "since applications opened, most of them researchers.")


def test_a_named_programme_keeps_its_story_beyond_one_actions_window() -> None:
    from bot.analysis.story_similarity import PROGRAMME_WINDOW, same_programme

    opened = datetime(2027, 3, 1)
    later = opened + DEFAULT_WINDOW + timedelta(days=300)  # its first figures, nearly two years on
    first, figures = _item(*PASS_OPENS, opened), _item(*PASS_FIGURES, later)
    assert same_programme(first, figures)
    index = ClusterIndex()
    key, _ = index.assign(first, seed="opens")
    assert index.assign(figures, seed="figures") == (key, False)
    # Beyond a programme's window, or on the same topic without naming the programme: another story.
    too_late = _item(*PASS_FIGURES, opened + PROGRAMME_WINDOW + timedelta(days=1))
    assert match_score(too_late, first) is None
    unnamed = _item("About 2,100 researchers and founders granted work passes, ministry says",
                    "Singapore's Ministry of Manpower said 2,100 researchers and company founders received "
                    "five-year work passes last year.", later)
    assert not same_programme(unnamed, first) and match_score(unnamed, first) is None


def test_another_rule_on_the_same_topic_in_another_language_stays_apart() -> None:
    # Exit bans in one country, one week: shared topic words and wording, two different laws.
    passports = _item("С 11 декабря россиянам с запретом на выезд придётся сдавать загранпаспорта",
                      "Закон обязывает граждан, которым запрещён выезд за границу, сдать загранпаспорта на хранение "
                      "в течение пяти дней после решения о запрете.", datetime(2027, 11, 29))
    conscripts = _item("Призывникам запретят выезд из России после получения повестки",
                       "Госдума приняла закон, по которому гражданам, получившим повестку в военкомат, будет "
                       "запрещено покидать страну.", datetime(2027, 12, 3))
    assert not passports.vector and not conscripts.vector  # compared on words and wording, not the embedding
    index = ClusterIndex()
    key, _ = index.assign(passports, seed="passports")
    other, is_new = index.assign(conscripts, seed="conscripts")
    assert is_new and other != key


def test_a_name_both_headlines_carry_is_evidence_of_one_story() -> None:
    from bot.analysis.story_similarity import TITLE_NAME_WEIGHT

    when = datetime(2027, 5, 31)
    start = _item("Die Chancenkarte für mehr Erwerbsmigration startet",
                  "Ab Samstag können Fachkräfte aus Drittstaaten mit einer Chancenkarte zur Arbeitssuche nach "
                  "Deutschland kommen.", when)
    later = _item("Migranten sollen über Chancenkarte in den Arbeitsmarkt gebracht werden",
                  "Die Bundesregierung will mit der Chancenkarte mehr ausländische Fachkräfte gewinnen.",
                  when + timedelta(days=1))
    assert "who:chancenkart" in set(start.heads) & set(later.heads)
    unnamed = later.model_copy(update={"heads": tuple(h for h in later.heads if not h.startswith("who:"))})
    with_name, without = match_score(start, later), match_score(start, unnamed)
    assert with_name is not None and without is not None
    assert abs(with_name - without - TITLE_NAME_WEIGHT) < 1e-9


def test_a_scheme_introduced_in_quotes_keeps_its_story_when_later_headlines_name_it() -> None:
    from bot.analysis.story_similarity import same_programme

    law = _item("Einwanderung nach Deutschland wird erleichtert",
                "Das Kabinett hat ein Gesetz beschlossen, das eine sogenannte „Fachkräftekarte“ einführt. Mit der "
                "Fachkräftekarte sollen Menschen aus Drittstaaten zur Arbeitssuche einreisen können.",
                datetime(2027, 3, 29))
    start = _item("Die Fachkräftekarte für mehr Arbeitsmigration startet heute",
                  "Ab heute können Menschen aus Drittstaaten mit der Fachkräftekarte nach Deutschland kommen, um "
                  "Arbeit zu suchen.", datetime(2028, 6, 1))  # 14 months on, beyond one action's window
    assert same_programme(law, start)
    index = ClusterIndex()
    key, _ = index.assign(law, seed="law")
    assert index.assign(start, seed="start") == (key, False)
    # A common word in quotes is no scheme's name.
    word = law.model_copy(update={"entities": tuple(e for e in law.entities if not e.startswith("fachkräftekart"))})
    assert not same_programme(word, start)


def test_a_country_named_in_any_language_is_no_title_name() -> None:
    # Matching already requires the same jurisdiction: "Deutschland" or "России" in two headlines says nothing more.
    german = _item("In Deutschland startet die Chancenkarte für Fachkräfte",
                   "Fachkräfte aus Drittstaaten können mit der Chancenkarte zur Arbeitssuche einreisen.", datetime(2027, 6, 1))
    russian = _item("В России вступили в силу новые правила для загранпаспортов",
                    "Граждане с запретом на выезд обязаны сдать загранпаспорта.", datetime(2027, 12, 11))
    assert "who:chancenkart" in german.heads
    assert not {h for h in (*german.heads, *russian.heads) if h in ("who:deutschland", "who:россии")}


def test_dates_are_read_in_other_languages() -> None:
    from bot.analysis.story_features import dates

    when = datetime(2027, 1, 1)
    assert dates("С 11 декабря россиянам придётся сдавать загранпаспорта", when) == ["@12-11"]
    assert dates("Die Chancenkarte gilt seit 1. Juni 2024", when) == ["@06-01"]
    assert dates("a partir del 1 de enero de 2026", when) == ["@01-01"]
    assert dates("entrera en vigueur le 1er janvier", when) == ["@01-01"]
    assert dates("2025년 10월 1일부터 시행", when) == ["@10-01"]
    assert dates("from 1 April, and 3 September", when) == ["@04-01", "@09-03"]  # English, counted once
    assert dates("am 31. Februar", when) == []


def test_a_date_the_lead_states_is_an_anchor_however_many_words_come_before_it() -> None:
    # A Chinese lead is many character pairs, each a token; the date it states still names the action.
    report = _item("日本擬提高創業簽證門檻 資本要求大增 外國人經營者須聘用全職員工",
                   "日本出入國在留管理廳公布經營管理簽證的新審查基準，申請人的資本金門檻將大幅提高。申請人並須聘用至少一名"
                   "全職員工，具備相關學歷或三年以上經營經驗。申請文件也須經中小企業診斷士等專家確認，日媒指此舉旨在"
                   "防止外國人以開設空殼公司取得在留資格。已持有簽證者在更新時亦須符合新基準。"
                   "新基準預計自10月16日起施行。", datetime(2027, 8, 26))
    assert "@10-16" in report.anchors


def test_a_rule_in_force_on_the_day_its_notice_named_joins_it_in_any_language() -> None:
    notice = _item("С 11 декабря россиянам с запретом на выезд придётся сдавать загранпаспорта",
                   "Закон обязывает граждан, которым запрещён выезд за границу, сдать загранпаспорта на хранение "
                   "в течение пяти дней после решения о запрете.", datetime(2027, 11, 29))
    in_force = _item("В России вступили в силу новые правила хранения загранпаспортов",
                     "С 11 декабря паспорта невыездных граждан хранятся в ведомствах, выдавших их; сдать документ "
                     "нужно в пятидневный срок.", datetime(2027, 12, 11))
    assert "@12-11" in notice.anchors and "@12-11" in in_force.tokens
    index = ClusterIndex()
    key, _ = index.assign(notice, seed="notice")
    assert index.assign(in_force, seed="in-force") == (key, False)


def test_a_law_in_title_marks_and_its_amendment_are_one_name() -> None:
    # 《…》 marks a law's title as 「…」 marks a name; "X修正案" and "X修正草案" are the amendment of X.
    names = {*quoted("立法院三讀通過《科學技術基本法》修正草案"), *quoted("「科學技術基本法修正案」今天公布"),
             *quoted("〈科學技術基本法〉施行細則")}
    assert names == {"quote:科学技术基本法"}  # read in simplified characters, as every quoted name
    # A short quoted name keeps its ending: 「草案」 alone is a word, not a law.
    assert quoted("這是「修正草案」") == ["quote:修正草案"]


def test_a_second_member_alike_the_item_supports_the_best() -> None:
    # One member alone: its score. A second member alike the item adds to it, beyond the floor only.
    assert story_score([0.5]) == 0.5
    assert story_score([None, None]) is None
    assert story_score([0.5, None]) == 0.5
    assert story_score([0.5, SUPPORT_FLOOR - 0.1]) == 0.5
    assert story_score([0.4, 0.5, None]) == 0.5 + SUPPORT_WEIGHT * (0.4 - SUPPORT_FLOOR)
    # Only the second best counts: a story of many faint members gains no more than one of two.
    assert story_score([0.5, 0.4, 0.4, 0.4]) == story_score([0.4, 0.5])
    # Two reports each a little short of the threshold: together they place the item in their story.
    assert (score := story_score([DEFAULT_THRESHOLD - 0.05, DEFAULT_THRESHOLD - 0.1])) is not None
    assert score >= DEFAULT_THRESHOLD


def test_an_injected_scorer_weighs_a_story_as_the_shipped_one_does() -> None:
    # Two members each a little short of the threshold place the item, whichever scorer rates them.
    day = datetime(2025, 3, 1)
    first = StoryFeatures(tokens=("quokka", "permit"), published=day)
    second = StoryFeatures(tokens=("quokka", "permit", "zeta"), published=day)
    item = StoryFeatures(tokens=("quokka", "permit", "omega"), published=day)
    index = ClusterIndex(scorer=lambda a, b, _stats: DEFAULT_THRESHOLD - 0.05)
    index.add("c-1", first)
    index.add("c-1", second)
    assert index.match(item) == "c-1"
    # One such member alone is not enough.
    single = ClusterIndex(scorer=lambda a, b, _stats: DEFAULT_THRESHOLD - 0.05)
    single.add("c-2", first)
    assert single.match(item) is None


def test_a_bridge_merges_the_stories_an_item_could_join_when_asked() -> None:
    day = datetime(2025, 3, 1)

    def shares(a: StoryFeatures, b: StoryFeatures, _stats: object) -> float | None:
        return 1.0 if set(a.tokens) & set(b.tokens) else None

    first = StoryFeatures(tokens=("quokka", "levy"), published=day)
    second = StoryFeatures(tokens=("wombat", "permit"), published=day)
    both = StoryFeatures(tokens=("quokka", "wombat"), published=day + timedelta(days=1))
    for bridge in (False, True):
        index = ClusterIndex(scorer=shares, bridge=bridge)
        a, _ = index.assign(first, seed="a")
        b, _ = index.assign(second, seed="b")
        key, is_new = index.assign(both, seed="c")
        assert (key, is_new) == (a, False)  # the older story, on a tie
        assert (index.resolve(b) == a) is bridge
        assert len(index) == (1 if bridge else 2)
    assert set(index.members(a)) == {first, second, both}
    assert index.candidates(StoryFeatures(tokens=("permit",))) == [a]  # the merged story's words find it
    # Stories whose members' titles name different visa classes stay apart, though an item fits both.
    h1b = StoryFeatures(tokens=("quokka",), heads=("code:h1b",), anchors=("code:h1b",), published=day)
    o1 = StoryFeatures(tokens=("wombat",), heads=("code:o1",), anchors=("code:o1",), published=day)
    index = ClusterIndex(scorer=shares, bridge=True)
    a, _ = index.assign(h1b, seed="a")
    b, _ = index.assign(o1, seed="b")
    index.assign(both, seed="c")
    assert index.resolve(b) == b and len(index) == 2



def test_a_bridge_asks_more_than_a_join() -> None:
    # The item joins the story it fits best; one it fits just above the threshold is not merged into it.
    day = datetime(2025, 3, 1)
    strong, weak = StoryFeatures(tokens=("quokka",), published=day), StoryFeatures(tokens=("wombat",), published=day)
    item = StoryFeatures(tokens=("quokka", "wombat"), published=day)

    def scorer(a: StoryFeatures, b: StoryFeatures, _stats: object) -> float | None:
        if not set(a.tokens) & set(b.tokens):
            return None
        return 1.0 if strong in (a, b) else DEFAULT_THRESHOLD + BRIDGE_MARGIN / 2

    index = ClusterIndex(scorer=scorer, bridge=True)
    a, _ = index.assign(strong, seed="a")
    b, _ = index.assign(weak, seed="b")
    assert index.assign(item, seed="c") == (a, False)
    assert index.resolve(b) == b and len(index) == 2


def test_a_story_naming_the_items_anchor_is_a_candidate_however_many_share_more_words() -> None:
    # A report in another language shares the programme's name and little else; stories of the index's
    # language sharing common words must not crowd its story out of the candidates.
    when = datetime(2027, 4, 8)
    index = ClusterIndex(max_candidates=4)
    for i in range(10):
        index.add(f"k{i}", StoryFeatures(tokens=("grant", "incorpor", "talent", f"x{i}"), published=when))
    index.add("spanish", StoryFeatures(tokens=("científico", "talent"), anchors=("name:atra program",),
                                       published=when))
    item = StoryFeatures(tokens=("grant", "incorpor", "talent"), anchors=("@04-11", "name:atra program"),
                         published=when + timedelta(days=7))
    found = index.candidates(item)
    assert "spanish" in found and len(found) == 5
    assert "spanish" not in index.candidates(item.model_copy(update={"anchors": ("@04-11",)}))
