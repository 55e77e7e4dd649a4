"""Story similarity: the evidence that two items tell one story."""

from __future__ import annotations

from datetime import datetime

from bot.analysis.analyzer import analyze
from bot.analysis.cluster import ClusterIndex
from bot.analysis.story_features import StoryFeatures, story_features
from bot.analysis.story_similarity import same_programme


def _item(title: str, text: str, when: datetime) -> StoryFeatures:
    return story_features(title, text, analyze(title, text, published=when), when)


def test_a_bill_in_committee_and_its_final_vote_quoted_in_a_headline_are_one_story() -> None:
    # The committee reviews articles of a law; fourteen months on, a headline quotes the law as passed.
    committee = _item("立法院委員會聯席會議紀錄",
                      "審查行政院函請審議「海外科技人才引進條例第十二條及第十四條條文」修正草案，延長外籍研究人員"
                      "居留許可。", datetime(2027, 6, 17))
    passed = _item("立法院今天三讀通過「海外科技人才引進條例修正案」",
                   "立法院今天三讀通過「海外科技人才引進條例」修正案，外籍研究人員居留許可延長為五年。",
                   datetime(2028, 8, 29))
    assert same_programme(committee, passed)
    index = ClusterIndex()
    key, _ = index.assign(committee, seed="committee")
    assert index.assign(passed, seed="passed") == (key, False)


def test_a_line_of_speech_quoted_in_two_headlines_is_no_programme() -> None:
    a = _item('Minister warns of "a country that closes its doors to the talent it needs"',
              "The minister spoke about visas for researchers.", datetime(2027, 1, 5))
    b = _item('Critics echo "a country that closes its doors to the talent it needs"',
              "Universities said visa rules for researchers were too strict.", datetime(2028, 3, 5))
    assert not same_programme(a, b)
