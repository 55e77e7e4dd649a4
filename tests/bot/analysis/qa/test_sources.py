"""The sources' sentences (`bot.analysis.qa.sources`): what each holds besides its own words."""

from __future__ import annotations

from bot.analysis.qa import QADocument, answer_question
from bot.analysis.qa.sources import _sentences


def test_who_does_not_need_something_is_exempt_from_it() -> None:
    doc = QADocument(id="v", title="Country V requires a security certificate for engineering students",
                     text=("From October, postgraduate engineering students need a security certificate. "
                           "Nationals of Canada, Japan and Norway do not need the certificate."))
    held = [s for s in _sentences([doc]) if "exempt" in s.terms]
    assert [s.text for s in held] == ["Nationals of Canada, Japan and Norway do not need the certificate."]
    answer = answer_question("Which nationalities are exempt?", [doc])
    assert answer.answered and "Canada, Japan and Norway" in answer.answer


def test_what_is_no_longer_on_a_list_was_dropped_from_it() -> None:
    doc = QADocument(id="x", title="Country X revises its travel ban",
                     text=("The first order barred travellers from seven countries. Those countries include Oskia, "
                           "where the student is from. Under the revised order, Velmar is no longer on the list of "
                           "restricted countries, but the other six remain."))
    answer = answer_question("Which country was dropped from the revised list?", [doc])
    assert answer.answered and "Velmar is no longer on the list" in answer.answer.split("\n")[0]


def test_a_sentence_run_together_with_links_to_other_stories_is_no_candidate() -> None:
    doc = QADocument(id="ko", url=None, title="톱티어 비자 신설",
                     text=("정부는 톱티어 비자를 신설한다고 밝혔다. "
                           "뉴스1 김기성 기자관련 키워드법무부출입국 관련 기사내년부터 이민자 프로그램 일부 유료화."))
    texts = [s.text for s in _sentences([doc])]
    assert "정부는 톱티어 비자를 신설한다고 밝혔다." in texts
    assert not any("키워드" in t for t in texts)


def test_a_sentence_about_related_rules_is_kept() -> None:
    doc = QADocument(id="en", url=None, title="New visa rules",
                     text="The related rules take effect in May. Applicants must hold a degree.")
    assert "The related rules take effect in May." in [s.text for s in _sentences([doc])]
