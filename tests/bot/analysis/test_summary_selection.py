"""Which lines may state what changed: never a menu, an appeal to the reader, a heading or a caption."""

from __future__ import annotations

import pytest

from bot.analysis.summary_elements import Document
from bot.analysis.summary_headline import clean_headline
from bot.analysis.summary_selection import fallback_statement, statement_problem
from bot.analysis.summary_sentences import Sentence
from bot.analysis.tokens import tokenize


@pytest.mark.parametrize(("line", "headline", "problem"), [
    ("首 页 365bet体育投注地址 政府信息公开 服务大厅 领事保护 民意互动", "中国加强因公出国管理", "heading"),
    ("뉴스 트렌드 생활정보 International edition 매체", "정부, 톱티어 비자 신설", "heading"),
    ("内閣参質二一七第一三六号", "留学生の受け入れ審査を厳格化", "heading"),
    # a name and title, an event's name: no statement even where the headline shares its words
    ("홍석준 국민의힘 의원", "홍석준 의원, 기술유출 방지법 발의", "heading"),
    ("제1회 과학기술관계장관회의", "과학기술관계장관회의, 인재 전략 발표", "heading"),
    ("Наше издание живет благодаря тебе, читатель.", "ФСБ изымает паспорта", "reader"),
    ("U kijkt naar een beperkte versie van dit dossier in de EU Monitor.", "Kennisveiligheid", "reader"),
    ("Her finner du en oversikt over føringer i eksportkontrollforskriften.", "Eksportkontroll", "reader"),
    ("Riportiamo di seguito, in sintesi, le principali indicazioni ministeriali.", "Decreto flussi", "reader"),
    ("The De Rantau Digital Nomad Pass could be your ticket.", "Malaysia opens nomad pass", "reader"),
    ("김석우 법무부 장관 직무대행이 2일 오전 과천시 법무부 청사에서 브리핑을 하고 있다.", "톱티어 비자 시행", "caption"),
    ("Российские паспорта на типографии Гознака в Москве, Россия, 11 июля 2019 года.", "ФСБ изымает паспорта", "caption"),
    ("Cervelli in fuga: nuove regole per chi rientra COSMO italiano 08.01.2024 21:15 Min.", "Cervelli in fuga", "meta"),
    ("“This report is a major event, and we think it contains good proposals.”", "Inquiry on researchers", "quote"),
])
def test_lines_that_are_no_statement(line: str, headline: str, problem: str) -> None:
    assert statement_problem(line, headline) == problem


@pytest.mark.parametrize(("line", "headline"), [
    ("The government will cap study permits at 360,000 from January.", "Canada caps study permits"),
    ("우수 외국인 인재 유치를 위한 ‘톱티어(Top-Tier)’ 비자 제도가 2일 시행됐다.", "톱티어 비자 시행"),
    ("Ученым в России запретили работать с иностранными коллегами без согласия ФСБ.", "ФСБ и учёные"),
    ("Die Gehaltsschwellen für die Blaue Karte EU werden deutlich abgesenkt.", "Blaue Karte"),
    ("政府が大学などに研究費を支出する際の指針の改定案の全容が16日、判明した。", "研究費の指針改定"),
    # a sub-headline without a full stop that restates the headline's news is a statement
    ("과기부 협력…세계 수준 박사후연구원 400명 채용", "박사후연구원 400명 채용"),
    # ... and one carrying a figure: a sub-headline's fact, not a menu
    ("국가 핵심 기술 유출 적발 건수는 2022년 4건, 지난해 2건으로 매년 증가세를 보이고 있다.", "기술 유출"),
    ("유학생 수가 사상 최고치를 기록하고 있다.", "유학생 유치"),
    ("“中国行动计划”引发了中美两国学界的强烈抗议,司法部宣布做出调整。", "中国行动计划"),
    ("The law was signed in Berlin on 11 June 2024 and takes effect in 2025.", "Germany law"),
    ("1심 재판부, 지난 7일 징역 1년 6월·벌금 2천만원 판결", "중국인 직원 항소"),
    ("전문-기능인력 5년내 10만명 확보", "톱티어 비자 신설"),
    ("留学生の受け入れ審査を厳格化", "留学生の受け入れ審査"),
    ("Il Governo semplifica l'ingresso dei lavoratori stranieri qualificati", "Governo semplifica ingresso"),
])
def test_statements_pass(line: str, headline: str) -> None:
    assert statement_problem(line, headline) == ""


def _sentences(lines: list[str]) -> list[Sentence]:
    return [Sentence(i, s, frozenset(tokenize(s))) for i, s in enumerate(lines)]


def test_fallback_skips_lines_that_are_no_statement() -> None:
    title = "Noen ganger ligner virkeligheten en TV-serie: PST advarer universitetene"
    lines = [
        "Her finner du en oversikt over føringer i eksportkontrollforskriften.",
        "Noen ganger ligner virkeligheten mer på en TV-serie enn andre.",
    ]
    doc = Document.of(title, lines, None)
    found = fallback_statement(_sentences(lines), doc, clean_headline(title) or title)
    assert found is not None and found[0] == lines[1]


def test_fallback_takes_a_later_statement_about_the_headline_over_junk() -> None:
    title = "Government caps study permits for foreign students"
    lines = [*(f"Menu {w} Sections" for w in ("one", "two", "three", "four", "five")),
               "The cap on study permits will cut new foreign students by a third next year."]
    doc = Document.of(title, lines, None)
    found = fallback_statement(_sentences(lines), doc, clean_headline(title) or title)
    assert found is not None and found[0] == lines[-1]
    # ... and none at all when nothing is a statement: an empty field, not a menu
    assert fallback_statement(_sentences(lines[:5]), Document.of(title, lines[:5], None), title) is None
