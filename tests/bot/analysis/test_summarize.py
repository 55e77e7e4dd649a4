"""Extractive summaries: faithful, short, structured."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.analysis.normalization import clean_line
from bot.analysis.summarize import SUMMARY_BUDGET, summarize
from bot.analysis.summary_compression import compress, traceable
from bot.analysis.summary_elements import Document
from bot.analysis.summary_headline import HEADLINE_CHARS, clean_headline
from bot.analysis.summary_selection import SENTENCE_CHARS, WHAT_CHARS, what_candidates
from bot.analysis.summary_sentences import Sentence
from bot.analysis.tagging import tag
from bot.analysis.tokens import tokenize
from bot.models import Summary

ARTICLES: dict[str, dict[str, Any]] = json.loads((Path(__file__).parent / "data" / "articles.json").read_text("utf-8"))
POSITIVE = ["decoder_cn", "asia_cn", "later_cn", "us_h1b", "uk_talent", "jp_hsp", "zh_notice"]


def summary_of(key: str) -> Summary:
    a = ARTICLES[key]
    published = datetime.fromisoformat(a["published"])
    tags = tag(a["title"], a["text"], language=a.get("language", "en"), published=published)
    return summarize(a["title"], a["text"], tags, published=published)


def _flat(text: str) -> str:
    return clean_line(text)


@pytest.mark.parametrize("key", POSITIVE)
def test_faithful_and_short(key: str) -> None:
    a = ARTICLES[key]
    s = summary_of(key)
    assert 0 < len(s.headline) <= HEADLINE_CHARS
    assert 2 <= len(s.bullets) <= 3
    title = _flat(a["title"])
    for piece in (*s.bullets, s.what_changed, s.who_is_affected):
        if piece is None:
            continue
        assert len(piece) <= SENTENCE_CHARS
        # Every statement is one sentence of the article with words left out, never new words.
        assert traceable(piece, a["text"]), piece
        assert piece != title
    # A bullet never repeats what changed, and the whole summary stays short.
    assert s.what_changed not in s.bullets
    total = sum(len(x) for x in (s.headline, *s.bullets, s.what_changed, s.who_is_affected, s.effective) if x)
    assert total <= SUMMARY_BUDGET + 200


def test_compress_only_deletes() -> None:
    cases = {
        "Canada will issue 10 per cent fewer study permits in 2027, Immigration Minister Lena Diab announced "
        "on Wednesday, extending a cap introduced two years ago to ease pressure on housing.":
            "Canada will issue 10 per cent fewer study permits in 2027.",
        "Leading engineers at DeepSeek must now seek permission before leaving the country, three people "
        "with knowledge of the matter said.":
            "Leading engineers at DeepSeek must now seek permission before leaving the country.",
        "The European Union will spend half a billion euros to attract researchers from abroad, the European "
        "Commission announced, in a clear pitch to American scientists facing grant cuts.":
            "The European Union will spend half a billion euros to attract researchers from abroad.",
        # When someone spoke ("yesterday", "last week") goes with the attribution.
        "Foreign postdocs will be allowed to change employers without a new permit, a labour ministry "
        "official said yesterday.":
            "Foreign postdocs will be allowed to change employers without a new permit.",
        "The agency will stop accepting paper applications for research visas, officials told reporters "
        "last week.":
            "The agency will stop accepting paper applications for research visas.",
        "Universities must vet visiting scholars from abroad, the education minister said earlier this week, "
        "before the rules are published.":
            "Universities must vet visiting scholars from abroad, before the rules are published.",
    }
    for sentence, expected in cases.items():
        assert compress(sentence) == expected
        assert traceable(compress(sentence), sentence)
    # A trailing clause that holds a figure or a date stays: it may be the fact that matters.
    keep = "The fee applies to new petitions filed after April 24, as part of a plan that runs until March 2026."
    assert "March 2026" in compress(keep)
    lead = ("According to people familiar with the matter, top AI researchers at private companies must now "
            "obtain approval before travelling abroad.")
    assert compress(lead).startswith("Top AI researchers at private companies must now obtain approval")
    dateline = "WASHINGTON—U.S. Citizenship and Immigration Services today announced a final rule on H-1B fees."
    assert compress(dateline).startswith("U.S. Citizenship")
    # Short sentences and Chinese are left as they are.
    assert compress("Officials said so.") == "Officials said so."
    assert compress("本通知自2026年6月1日起施行。") == "本通知自2026年6月1日起施行。"


def test_a_title_case_kicker_before_a_colon_is_dropped_but_not_a_speaker() -> None:
    for kicker in ("Sydney: ", "New Delhi: ", "Details: "):
        sentence = kicker + "The government has decided to limit the number of new international students."
        assert compress(sentence) == "The government has decided to limit the number of new international students."
    # A speaker before their words, a list's label and a lower-case continuation stay.
    speaker = "Rubio: We will revoke the visas of students who support terrorist groups abroad."
    assert compress(speaker) == speaker
    label = "Wealthy pensioners: for retirees aged 50 years and older who have an annual pension of $80,000."
    assert compress(label) == label


def test_aggressive_compression_drops_a_fact_free_leading_frame() -> None:
    frame = "Under the new scheme, the council will fund forty research posts at selected institutes for five years."
    assert compress(frame, aggressive=True) == "The council will fund forty research posts at selected institutes for five years."
    assert traceable(compress(frame, aggressive=True), frame)
    # A frame holding a date or a name is kept: it may be the fact that matters.
    dated = "Since 1 March 2025, applicants for the talent visa must show a job offer from a listed employer."
    assert compress(dated, aggressive=True).startswith("Since 1 March 2025")
    named = "Under the Global Talent Act, applicants for the talent visa must show a job offer from a listed employer."
    assert compress(named, aggressive=True).startswith("Under the Global Talent Act")


def test_compression_never_deletes_words_inside_quoted_speech() -> None:
    # A real page's quote (r-m5-015): cutting ", while traveling ..." inside the quote made the spokesperson
    # say "We can confirm that a U.S. Patent and Trademark Office employee."
    quoted = ("“We can confirm that a U.S. Patent and Trademark Office employee, while traveling to China in a personal "
              "capacity, was made subject to an exit ban in China,” a State Department spokesperson said.")
    for aggressive in (False, True):
        assert "was made subject to an exit ban" in compress(quoted, aggressive=aggressive)
    straight = ('"The ministry will review each application, which may take months, before any researcher leaves," '
                "the deputy minister said.")
    assert "which may take months" in compress(straight, aggressive=True)
    # Outside a quote the same clause still goes.
    plain = ("The ministry will review each application from researchers at the listed universities, which may take "
             "months, before any researcher leaves.")
    assert "which may take months" not in compress(plain, aggressive=True)


def test_traceable() -> None:
    text = "China now requires top AI researchers to obtain approval before travelling abroad."
    assert traceable("China requires AI researchers to obtain approval.", text)
    assert not traceable("China requires all researchers to obtain approval.", text)  # "all" is new
    assert not traceable("approval requires China", text)  # order matters


def test_bullets_do_not_repeat_and_prefer_facts() -> None:
    text = (
        "The government will charge employers a $100,000 fee for each new petition from April 24. "
        "Officials welcomed the plan, analysts said. "
        "The fee does not apply to renewals or to people already holding visas, according to guidance. "
        "Universities said they would lobby for an exemption for postdoctoral researchers."
    )
    title = "US imposes $100,000 fee on new skilled-worker petitions"
    s = summarize(title, text, tag(title, text))
    assert s.what_changed is not None and "$100,000" in s.what_changed
    assert all(s.what_changed != b for b in s.bullets)
    assert any("renewals" in b for b in s.bullets)  # a fact the headline and what_changed lack
    assert not any("welcomed" in b for b in s.bullets)  # reaction, not the rule


def test_month_only_effective_date() -> None:
    text = "The express lane for skilled workers opens in September, the foreign ministry said."
    s = summarize("Germany opens express visa lane", text, tag("T", text), published=datetime(2026, 7, 8, tzinfo=UTC))
    assert s.effective == "2026-09"
    # Without a year or a publication date, a month stays unknown.
    assert summarize("T", text, tag("T", text)).effective is None


def test_who_is_never_the_exempted_group() -> None:
    text = "The fee does not apply to workers who already hold visas. It applies to new applicants only."
    s = summarize("New fee", text, tag("New fee", text))
    assert s.who_is_affected is None or "already hold" not in s.who_is_affected


def test_canonical_summary() -> None:
    s = summary_of("decoder_cn")
    assert s.headline == "China reportedly requires top AI researchers to get approval before traveling abroad"
    assert s.what_changed is not None and "approval before travelling abroad" in s.what_changed
    assert s.who_is_affected == "top AI researchers at private companies such as Alibaba and DeepSeek"
    assert s.effective is None  # the article states no date: none is invented
    assert not any("newsletter" in b for b in s.bullets)


def test_who_keeps_a_list_after_a_comma() -> None:
    who = summary_of("asia_cn").who_is_affected
    assert who is not None and "DeepSeek" in who and "Alibaba" in who


def test_effective_dates() -> None:
    assert summary_of("us_h1b").effective == "2025-09-21"
    assert summary_of("uk_talent").effective == "2025-07-22"
    assert summary_of("jp_hsp").effective == "2026-04-01"
    # "自印发之日起施行": in force from the day of issue, i.e. the publication date.
    assert summary_of("zh_notice").effective == "2025-05-12"


def test_chinese_who() -> None:
    assert summary_of("zh_notice").who_is_affected == "人工智能领域重点企业和科研机构的核心技术人员"


def test_headline_cleaned_and_cut_on_a_word() -> None:
    assert clean_headline("  Beijing tightens travel rules for AI engineers | Asia Tech Brief ") == (
        "Beijing tightens travel rules for AI engineers"
    )
    long = "China " + "requires approval for researchers travelling abroad " * 5
    cut = clean_headline(long)
    assert len(cut) <= HEADLINE_CHARS and cut.endswith("…")
    assert re.fullmatch(r"[\w\s]+…", cut) and long.startswith(cut[:-1])


def test_what_changed_is_never_cut() -> None:
    # What changed is one complete sentence or clause: a sentence too long for the field is cut at a clause
    # boundary or not used, never cut mid-sentence with "…" (the alert would show half a rule).
    text = "The ministry now requires researchers " + "and engineers " * 40 + "to obtain approval before travel abroad."
    s = summarize("Title", text, tag("Title", text))
    assert s.what_changed is None or (len(s.what_changed) <= WHAT_CHARS and not s.what_changed.endswith("…"))
    long = ("The ministry now requires researchers at state laboratories to obtain approval before travelling "
            "abroad for conferences, which officials described as a temporary measure while a broader review of "
            "research security, including the screening of foreign collaborations, visiting scholars and joint "
            "laboratories across every province and municipality of the country, continues into next year. "
            "The rule takes effect on 1 July.")
    s = summarize("Ministry tightens travel rules", long, tag("Ministry tightens travel rules", long))
    assert s.what_changed == ("The ministry now requires researchers at state laboratories to obtain approval before "
                              "travelling abroad for conferences.")


def test_yearless_date_uses_published_year() -> None:
    text = "The new visa fee will take effect on March 1 for all skilled workers."
    assert summarize("T", text, tag("T", text)).effective is None
    s = summarize("T", text, tag("T", text), published=datetime(2025, 12, 20, tzinfo=UTC))
    assert s.effective == "2026-03-01"  # a March date in a December article is next March


def test_empty_text() -> None:
    s = summarize("Only a title here", "", tag("Only a title here", ""))
    assert s == Summary(headline="Only a title here")


def test_when_falls_back_to_the_date_of_the_action() -> None:
    # No effective date: "When" is the date the action was taken, the one next to its verb, not the
    # first date of the text (a date of background).
    text = ("The scheme was first piloted in March 2019 at two universities. "
            "On 27 August 2024, the government announced a cap on new international student enrolments. "
            "Universities said the cap would hurt their finances.")
    s = summarize("Government caps student numbers", text, tag("T", text))
    assert s.effective == "2024-08-27"
    # A yearless date takes the report's year; one months after the report is of the year before.
    text = "The ministry announced the new research visa on Dec 20 after a long consultation with universities."
    published = datetime(2026, 1, 10, tzinfo=UTC)
    assert summarize("New research visa", text, tag("T", text), published=published).effective == "2025-12-20"
    assert summarize("New research visa", text, tag("T", text)).effective is None  # no year to give it


def test_when_reads_the_pages_own_date_line_last() -> None:
    # The page's date line is furniture to the bullets but still says when the news was told.
    text = ("date 2022-02-23 \n\nThe Department of Justice is scrapping its controversial initiative in favour "
            "of a broader programme to confront threats from several foreign countries.")
    s = summarize("DOJ scraps initiative", text, tag("T", text))
    assert s.effective == "2022-02-23"
    assert not any("2022-02-23" in b for b in s.bullets)


def test_what_changed_is_never_a_sentence_the_page_cut_off() -> None:
    text = ("Universities welcomed the talks on the future of research funding this year. "
            "The government will require employers to pay a new levy on skilled worker visas and …")
    s = summarize("Visa levy", text, tag("Visa levy", text))
    assert s.what_changed is None or not s.what_changed.endswith(("…", "..."))


def test_room_left_in_the_budget_takes_the_next_fact() -> None:
    # The coverage choice stops at three bullets; room left goes to the next sentence adding a fact.
    text = ("The government will require foreign researchers to obtain approval before travelling abroad. "
            "The rule covers 12,000 scientists. Some 40 institutes asked for guidance. "
            "The ministry got 3,500 comments. Fines reach 500 euros per breach.")
    title = "Government requires approval for researcher travel"
    s = summarize(title, text, tag(title, text))
    assert "Fines reach 500 euros per breach." in s.bullets
    assert len(s.headline) + sum(len(b) for b in s.bullets) + len(s.what_changed or "") + len(
        s.who_is_affected or "") <= SUMMARY_BUDGET


def test_the_budget_leaves_room_for_a_third_figure() -> None:
    # A report dense in figures: the condition, the validity and the expected numbers all fit (at 410
    # characters the third did not).
    title = "Ruritania opens a new talent visa"
    text = ("Ruritania's interior ministry will open a talent visa for foreign researchers on 1 March 2027, the "
            "ministry said. "
            "Applicants need a doctorate and a job offer paying at least 4,500 euros a month from a Ruritanian "
            "university. The visa is valid for five years and can be renewed once for another three years. "
            "Spouses of holders may work without a separate permit, and children may attend state schools for "
            "free. The ministry expects about 2,000 applications in the first year, Deputy Minister Lena Vask "
            "told reporters. Universities in Ostrava and Belgrava have asked for a faster track for postdoctoral "
            "fellows.")
    s = summarize(title, text, tag(title, text))
    said = " ".join([s.headline, *s.bullets, s.what_changed or ""])
    assert all(figure in said for figure in ("4,500 euros", "five years", "2,000 applications"))


def test_a_long_statement_of_the_change_still_leaves_a_bullet_with_the_figures() -> None:
    # What changed takes most of the budget; the figures of the next sentence still make a bullet, and the
    # whole stays within the slack.
    title = "Ruritania tightens rules for foreign researchers"
    text = ("From 1 March 2027 Ruritania's science ministry will require every one of the 4,300 foreign researchers "
            "in its 28 state laboratories to obtain a security clearance before 30 June 2027, under a decree signed "
            "by Minister Lena Vask that also bans unvetted visiting fellows from sensitive projects. "
            "The new vetting office in Ostrava, led by Director Mira Kolar with a staff of 45 officers, expects about "
            "1,200 clearance requests in its first month and will charge 250 euros for each. "
            "Opposition politicians said the plan would deter talent.")
    s = summarize(title, text, tag(title, text))
    assert s.what_changed is not None and s.what_changed.startswith("From 1 March 2027")
    assert any("1,200 clearance requests" in b for b in s.bullets)
    total = sum(len(x) for x in (s.headline, *s.bullets, s.what_changed, s.who_is_affected, s.effective) if x)
    assert total <= SUMMARY_BUDGET + 200


def test_a_long_rule_is_stated_whole() -> None:
    # A 348-character statement of the rule: cut at its list it would lose the obligation itself.
    title = "Ruritania requires exit approval for state lab researchers"
    rule = ("Ruritania's science ministry will require researchers at its 28 state laboratories, including visiting "
            "fellows, doctoral students on state grants and contract engineers working on quantum, space and chip "
            "projects, to obtain written approval from the ministry's security office at least 30 days before any "
            "trip abroad, for a conference or a holiday.")
    text = rule + " The office was set up in 2019. Some scientists said they had not been consulted."
    s = summarize(title, text, tag(title, text))
    assert s.what_changed == rule


def test_a_photo_caption_is_never_a_bullet() -> None:
    # Room is left, and the caption holds a date and a place: still no fact of the rule.
    title = "Ruritania caps student visas"
    text = ("Ruritania will cap new student visas at 90,000 a year from 2027. "
            "Students rally outside the parliament building in Ostrava, Ruritania, Oct. 12, 2026. "
            "Universities must report enrolments every term.")
    s = summarize(title, text, tag(title, text))
    assert not any("rally" in b for b in s.bullets)
    assert "Universities must report enrolments every term." in s.bullets


def test_a_thai_sentence_is_not_taken_for_the_headline_for_sharing_its_latin_words() -> None:
    from bot.analysis.summarize import repeat_terms

    # Thai has no spaces and no tokens: only "LTR" and "Visa" would be compared, and match.
    headline = repeat_terms("ครม.ไฟเขียว วีซ่า LTR ดึงนักลงทุนเข้าไทย")
    other = repeat_terms("รัฐบาลปรับเกณฑ์วีซ่าระยะยาว LTR Visa ตั้งเป้า 1 ล้านคน")
    assert not other <= headline
    assert repeat_terms("ครม.ไฟเขียว วีซ่า LTR ดึงนักลงทุนเข้าไทย") <= headline  # the same line is still the same
    assert repeat_terms("New visa rules") == frozenset(tokenize("New visa rules"))  # spaced scripts: tokens only


def test_a_long_statement_crowding_out_every_bullet_pays_for_its_overflow(monkeypatch: pytest.MonkeyPatch) -> None:
    # With a long headline and group, the whole long statement alone takes the fields past the budget: its
    # shorter form (no attribution) is chosen; free of the overflow's cost, the whole one was.
    import bot.analysis.summarize as sm

    title = "Ruritania tightens entry rules for foreign students at language schools across the country from next month"
    lead = ("Ruritania has decided to tighten its entry rules for students from five countries including Borduria "
            "and Syldavia from mid-March.")
    long = ("According to the newspaper Ostrava Daily, Ruritania's immigration bureau notified nearly half of the "
            "country's language schools in February, in which at least 10 students were expelled or dropped out in "
            "2025, to adopt stricter rules for students from five countries, namely Borduria, Syldavia, Carpania, "
            "Zembla and Elbonia.")
    text = (lead + " However, the move has been strongly criticized by local language schools as they claim the "
            "standard is unfair. " + long + " These schools are required to ask students to present bank statements "
            "including their card records at the time of application. The bureau stressed that the change was a "
            "policy and not a punishment.")
    s = summarize(title, text, tag(title, text))
    assert s.what_changed is not None and not s.what_changed.startswith("According to")
    monkeypatch.setattr(sm, "WHAT_OVERFLOW_COST", 0.0)
    s = summarize(title, text, tag(title, text))
    assert s.what_changed is not None and s.what_changed.startswith("According to")


def test_a_japanese_summary_quotes_full_width_figures_as_written() -> None:
    title = "架空国、技能ビザの年収要件を引き上げ"
    text = ("架空国の移民庁は、技能ビザの年収要件を３００万円以上から５００万円以上に引き上げると発表した。"
            "新しい要件は２０２７年４月１日から適用される。")
    s = summarize(title, text, tag(title, text, language="ja"))
    pieces = " ".join(x for x in (s.what_changed, *s.bullets) if x)
    assert "５００万円以上" in pieces
    assert "500万円" not in pieces


def test_what_changed_is_weighed_by_what_it_adds_to_the_headline() -> None:
    title = "Ruritania raises fee for skilled worker visas to 900 crowns from 1 March 2027"
    restated = ("Ruritania will raise the fee for skilled worker visas to 900 crowns from 1 March 2027, "
                "the interior ministry said.")
    adds = ("The Ruritanian interior ministry will also require applicants to show a salary of at least "
            "40,000 crowns and a signed contract with an accredited employer.")
    doc = Document.of(title, [restated, adds], None)
    sentences = [Sentence(i, s, frozenset(tokenize(s))) for i, s in enumerate([restated, adds])]
    found = what_candidates(sentences, tag(title, f"{restated} {adds}"), doc, doc.elements(title))
    assert found[0][1] == adds  # the lead restates the headline: the sentence with new facts states the change


def test_short_chinese_sentences_with_figures_fill_a_fifth_bullet() -> None:
    # Each sentence adds a figure and four short bullets leave over a third of the budget: a fifth fits.
    title = "某国调整科研人员出国审批规定"
    text = ("某国科技部宣布，科研人员因公出国须提前30天提交申请。"
            "审批时间由原来的20个工作日缩短为10个工作日。"
            "每年出国次数上限调整为6次。"
            "单次出国时间不得超过90天。"
            "随行人员不得超过3人。"
            "新规定自2027年1月1日起施行。"
            "违反规定者将被暂停出国资格2年。")
    s = summarize(title, text, tag(title, text, language="zh"))
    assert len(s.bullets) == 5
    assert "违反规定者将被暂停出国资格2年。" in s.bullets
    assert "某国科技部宣布，科研人员因公出国须提前30天提交申请。" in s.bullets  # the comma as written


def test_a_lead_repeating_a_cut_title_may_still_give_its_tail() -> None:
    # A title that is the whole lead sentence is cut to HEADLINE_CHARS: the lead repeating it is not "the
    # headline again", since the figures after the cut are shown nowhere else.
    title = ("Australia announced an increase in visa fees for international students, more than doubling the "
             "previous amount to A$1,600 from A$710.")
    text = f"{title} The change applies to applications lodged from 1 July. Universities criticised the move."
    s = summarize(title, text, tag(title, text))
    assert "A$710" not in s.headline
    assert "A$710" in " ".join([*s.bullets, s.what_changed or ""])


def test_a_lead_repeating_a_whole_title_is_not_shown_twice() -> None:
    title = "Australia more than doubles visa fees for international students"
    text = (f"{title}. The fee rises to A$1,600 from A$710 for applications lodged from 1 July. "
            "Universities criticised the move, saying it would deter applicants.")
    s = summarize(title, text, tag(title, text))
    assert not any(x.startswith("Australia more than doubles") for x in [*s.bullets, s.what_changed or ""])


def test_a_figure_outweighs_a_name_and_a_bare_year_does_not() -> None:
    # An amount or a count is the key fact a summary most often drops: a clause holding one is worth more
    # than one naming an official; a bare year ("in 2021") dates the story but says little.
    doc = Document.of("T", ["The ministry set aside 220 million yen, Jane Doe said in 2021."], None)
    figure, name, year = (doc.value(doc.elements(x), frozenset()) for x in ("220 million yen", "Jane Doe", "2021"))
    assert figure > 2 * name
    assert year < name
