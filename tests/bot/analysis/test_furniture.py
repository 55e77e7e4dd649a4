"""Page furniture is stripped before anything reads an article; the story's sentences are kept whole."""

from __future__ import annotations

from bot.analysis.page_furniture import clean_article_text
from bot.analysis.sentence_split import split_sentences
from bot.analysis.summarize import summarize
from bot.analysis.tagging import tag

STORY = [
    "The Home Office will require overseas researchers in sensitive subjects to obtain clearance from 1 October.",
    "About 13,000 applicants were affected last year, officials said.",
]


def test_furniture_lines_are_dropped() -> None:
    page = "\n".join([
        "Skip to main content",
        "Home News Articles News Releases Classified Ads Contact US Media Kit",
        "📷 AI-generated image",
        "By Jane Doe",
        "Updated June 20, 2025, at 6:16 p.m.",
        "3 min read",
        "Share",
        "Add us on Google",
        "window.sevioads = window.sevioads || []; var sevioads_preferences = [];",
        "Opening excerpt (first ~120 words) tap to expand",
        STORY[0],
        "Advertisement",
        "★ " + STORY[1],
        "Excerpt limited to ~120 words",
        "Reply",
        "Joined: Mar 2021",
        "Posts: 1,204",
        "Originally Posted by visa_watcher",
        "Sign up for our newsletter to get the latest updates.",
        "Use this button to switch between dark and light mode.",
        "Toggle dark mode",
    ])
    assert split_sentences(clean_article_text(page)) == STORY


def test_fragments_are_cut_and_sentences_kept() -> None:
    page = (
        "date 2025-05-22 <cite index=\"3-1\">" + STORY[0] + "</cite> (Photo: The Canadian Press)\n"
        "▪ " + STORY[1] + "\n"
        "The flag flies over the ministry. PHILIP PACHECO/AFP via Getty Images\n"
        "• Those on Temporary Graduate visas will no longer be eligible.\n"
    )
    cleaned = clean_article_text(page)
    assert split_sentences(cleaned) == [
        *STORY, "The flag flies over the ministry.", "Those on Temporary Graduate visas will no longer be eligible.",
    ]
    assert "cite" not in cleaned and "Photo" not in cleaned and "Getty" not in cleaned and "date 2025" not in cleaned


def test_sentences_that_look_like_furniture_stay() -> None:
    text = "\n".join([
        "By April 2025, anyone wishing to travel to the UK will require permission in advance.",
        "Share prices of visa agencies fell after the ministry said applicants must now wait six months.",
        "Reply forms must be returned within 30 days, the department said.",
        "Workers who switch between light and heavy duties need no new permit, the ministry said.",
        "date | May 23, 2024 |",
    ])
    cleaned = clean_article_text(text)
    for line in text.split("\n")[:4]:
        assert line in cleaned
    assert "May 23, 2024" in cleaned  # a table row's date, not a timestamp line


def test_repeated_captions_are_kept_once() -> None:
    caption = "Karen Andrews, Australia's home affairs minister, says new guidelines will protect universities."
    cleaned = clean_article_text(f"{caption}\n{caption}\nTopic | Australia\n{caption}\nREAD FULL ARTICLE")
    assert cleaned == caption


def test_limit_cleans_only_the_lead() -> None:
    text = "\n".join(f"Sentence number {i} of a long page about visas." for i in range(200))
    lead = clean_article_text(text, limit=300)
    assert lead.startswith("Sentence number 0") and len(lead) < 400


def test_summary_bullets_carry_no_furniture() -> None:
    title = "UK to require clearance for overseas researchers | Reuters"
    page = "\n".join([
        "📷 AI-generated image",
        "By Jane Doe | Updated: 11-04-2025 02:21 IST | Created: 11-04-2025 02:21 IST",
        STORY[0],
        "Share",
        "★ The clearance applies to postdoctoral researchers and visiting scholars in 41 subjects.",
        "Add us on Google",
        STORY[1],
        "window.sevioads = window.sevioads || [];",
    ])
    s = summarize(title, page, tag(title, page))
    assert s.headline == "UK to require clearance for overseas researchers"
    shown = " ".join([*s.bullets, s.what_changed or "", s.who_is_affected or ""])
    for junk in ("📷", "AI-generated", "Jane Doe", "Share", "Google", "sevioads", "★", "IST"):
        assert junk not in shown
    assert "41 subjects" in shown or "13,000" in shown


def test_a_sentence_mentioning_a_newsletter_or_a_subscription_stays() -> None:
    text = "The ministry's newsletter said the rule takes effect on 1 July for all visiting scholars."
    assert clean_article_text(text) == text


def test_photo_credits_in_other_languages_are_dropped() -> None:
    page = "\n".join(["Фото: Екатерина Сычкова / URA.", *STORY, "Foto: dpa", "사진=연합뉴스", "写真:共同通信"])
    assert clean_article_text(page) == "\n".join(STORY)
    assert clean_article_text("Fotos zeigen die neue Regel im Detail.") == "Fotos zeigen die neue Regel im Detail."


_MENU = "\n".join(["Home", "Visas", "Work Permits", "Green Card", "Student Visa", "Tools",
                   "Salary Threshold Calculator Online", "Contact"])


def test_a_site_menu_above_the_story_is_dropped() -> None:
    text = _MENU + "\nThe ministry will lower the salary threshold for researchers' work permits from 1 March, it said."
    assert clean_article_text(text) == (
        "The ministry will lower the salary threshold for researchers' work permits from 1 March, it said."
    )


def test_a_list_the_story_gives_and_short_headings_stay() -> None:
    # Below the first line of prose a run of short lines is the story's own list.
    countries = "\n".join(["Australia", "Canada", "Japan", "New Zealand", "Singapore", "South Korea", "Switzerland"])
    text = "The fee waiver covers graduates from universities in the following countries of the programme:\n" + countries
    assert clean_article_text(text).splitlines()[1:] == countries.splitlines()
    # Fewer than six short lines above the prose (a headline, a date, a section) are not a menu.
    short = "Immigration\nNew rules\nMarch 2026\nThe ministry will lower the salary threshold for work permits next year."
    assert clean_article_text(short).splitlines()[0] == "Immigration"


def test_lines_of_chinese_are_not_menu_items_however_few_spaces_they_hold() -> None:
    lines = ["第一章 总则", "第一条 为加强和规范科研人员因公出国(境)管理工作,根据有关规定,制定本办法。"] * 4
    text = "\n".join(f"{line}{i}" for i, line in enumerate(lines))
    assert len(clean_article_text(text).splitlines()) == len(lines)


def test_timestamp_lines_labelled_in_korean_chinese_and_japanese_are_furniture() -> None:
    text = ("기사승인 2026-03-02 09:15:01 업데이트 2026-03-02 10:20:45\n"
            "정부는 해외 연구자를 위한 새로운 비자를 신설한다.\n"
            "发布时间：2026-03-01 10:00\n"
            "更新日 2026.03.02 09:00\n"
            "수정된 법률은 2026년 1월 1일부터 시행된다.")
    assert clean_article_text(text) == "정부는 해외 연구자를 위한 새로운 비자를 신설한다.\n수정된 법률은 2026년 1월 1일부터 시행된다."


def test_each_line_is_cleaned_once_whichever_text_holds_it() -> None:
    # The summary cleans the lead as written, story features the same lines with blank lines dropped:
    # the second reading costs a look-up per line, and gives the same lines.
    from bot.analysis import page_furniture

    page = "\n\n".join(["Share", f"{STORY[0]} 1 (Photo: Reuters/Jane Doe)", "Advertisement", STORY[1]])
    page_furniture._clean_line.cache_clear()
    as_written = clean_article_text(page)
    cleaned = page_furniture._clean_line.cache_info().misses
    joined = clean_article_text(page.replace("\n\n", "\n"))
    assert page_furniture._clean_line.cache_info().misses == cleaned
    assert joined == as_written.replace("\n\n", "\n") == f"{STORY[0]} 1\n{STORY[1]}"


def test_a_short_line_of_words_without_a_figure_is_no_timestamp() -> None:
    # The digit is looked for first (most short lines hold none), before the dear timestamp pattern.
    assert clean_article_text("Updated June\nUpdated June 20, 2025\nUpdated") == "Updated June\nUpdated"


def test_a_month_only_date_prefix_is_furniture_too() -> None:
    text = "date 2026-03 OSTRAVA (Wire) - Ruritania will cut the salary threshold for skilled workers to 30,000 crowns."
    cleaned = clean_article_text(text)
    assert not cleaned.startswith("date")
    assert cleaned.startswith("OSTRAVA (Wire) - Ruritania will cut")


def test_contact_lines_issue_lines_reading_time_and_reprint_notices_are_furniture() -> None:
    story = "The ministry raises the permit fee to 61,000 crowns from 1 May 2031."
    for line in (
        "Lisätietoja: neuvos Aino Esimerkki, p. 0295 111 222.",
        "Справочная служба: 8 (800) 111-22-33.",
        "Tel. +49 30 1234 5678",
        "Вечерняя газета - Выпуск: №7 (1234).",
        "2031-11-08 15:41 作者:示例留学 浏览: 预计阅读时间1分钟",
        "Dernière édition le : mars 3, 2031.",
        "Jetzt läuft: Ein Lied von einer Band",
        "사진은 설명회 안내물. *재판매 및 DB 금지",
    ):
        assert clean_article_text(f"{line}\n{story}") == story, line
    # A sentence of the story with a figure of many digits stays: it is no phone number after a label.
    kept = "The programme had 1,200 applicants in 2031, up from 950 the year before."
    assert clean_article_text(f"{kept}\n{story}") == f"{kept}\n{story}"
    # Nor do figures and dates after a label, a player's words in prose, an update told as news, an issue of a law.
    for line in (
        "Бюджет программы: 1 500 000 рублей в год.",
        "Le budget du programme : 1 200 000 euros par an.",
        "Period covered: 2025-2030 strategy for international students.",
        "The new rules apply from the following date: 01/05/2031.",
        "实施日期：2031-05-01",
        "Universities are now playing a bigger role in screening foreign researchers.",
        "Jetzt läuft die Übergangsfrist für Fachkräfte aus Drittstaaten aus.",
        "Le registre sera mis à jour le 1er mars 2031.",
        "The scheme covers issue no. 5 of the law.",
    ):
        assert clean_article_text(f"{line}\n{story}") == f"{line}\n{story}", line
    long_line = ("Applicants can call the hotline on 555 1234 5678 before they apply for the new permit, the "
                 "ministry said in its statement on the new rules for researchers.")
    assert clean_article_text(long_line) == long_line


def test_reader_appeals_and_summary_widgets_are_dropped() -> None:
    appeals = [
        "Наше издание живет благодаря тебе, читатель.",
        "Поддержи выход новых статей рублем или криптовалютой.",
        "Please support independent journalism today.",
        "Soutenez-nous : faites un don.",
        "AI 요약 기술은 핵심만 전달합니다.",
        "전체 내용의 이해를 위해 기사 본문을 확인해주세요.",
    ]
    clean = clean_article_text("\n".join([*appeals, *STORY]))
    assert clean.splitlines() == STORY


def test_reports_about_support_and_summaries_stay() -> None:
    kept = [
        "Правительство поддержало законопроект о визах для учёных.",  # the government backed a bill
        "The ministry will support researchers who relocate with a grant of 10,000 euros.",
        "법무부는 이민정책 요약 보고서를 2일 발표했다.",  # a summary report, not a widget
    ]
    assert clean_article_text("\n".join(kept)).splitlines() == kept
