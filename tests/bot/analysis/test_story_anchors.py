"""Story anchors: what names the action, across the ways languages write it."""

from __future__ import annotations

from bot.analysis.story_anchors import amounts, anchors, durations


def test_cjk_amounts_follow_a_word_and_count_in_myriads() -> None:
    # A figure written straight after a word, as Chinese, Japanese and Korean do, and counted in myriads.
    assert amounts("申请费为10万美元") == ["#100000"]
    assert amounts("수수료는 10만 달러") == ["#100000"]
    assert amounts("予算は1億円") == ["#100000000"]
    assert amounts("比例达到50%") == ["#50%"]
    assert amounts("自2026年起", written=True) == []  # a year stays a year


def test_latin_amounts_still_need_a_boundary() -> None:
    assert amounts("H-1B and 5G") == []
    assert amounts("abc100,000") == []


def test_a_laws_articles_and_amendments_are_named_after_the_law() -> None:
    from bot.analysis.story_anchors import quoted

    # Traditional characters are read as simplified: the Taipei and the Beijing spelling are one name.
    assert quoted("審查「海外科技人才引進條例第十二條及第十四條條文」") == ["quote:海外科技人才引进条例"]
    assert quoted("「海外科技人才引進條例增訂第二十一條之一條文」") == ["quote:海外科技人才引进条例"]
    assert quoted("《海外科技人才引进条例》修正草案") == ["quote:海外科技人才引进条例"]
    assert quoted("「第十二條」") == ["quote:第十二条"]  # too short to be a law's article: left alone


def test_loanwords_in_korean_and_japanese_letters_read_as_english() -> None:
    from bot.analysis.story_anchors import transliterate

    assert transliterate("K-테크패스를 통해") == "K-Tech Pass 를 통해"
    assert transliterate("セキュリティ・クリアランス制度") == "Security Clearance 制度"
    assert transliterate("텍사스 대학") == "텍사스 대학"  # a word that is not made of loanwords stays
    assert transliterate("Plain English") == "Plain English"


def test_a_programme_named_in_korean_letters_meets_its_english_name() -> None:
    from bot.analysis.story_anchors import anchors

    korean, _ = anchors("해외 연구자 유치 'G-사이언스패스' 시행", "")
    english, _ = anchors("Few firms use the G-Science Pass, data show", "")
    assert "name:g-science pass" in set(korean) & set(english)


def test_a_residency_scheme_is_named_but_permanent_residency_is_a_kind() -> None:
    from bot.analysis.story_anchors import anchors

    found, _ = anchors("Firms approved for the scheme", "More companies joined the Golden Talent Residency this year.")
    assert "name:golden talent residency" in found
    found, _ = anchors("Rules change", "From June, applicants for Permanent Residency face new checks.")
    assert not [a for a in found if a.startswith("name:")]


def test_a_programme_word_first_names_the_programme_as_english_does_last() -> None:
    from bot.analysis.story_anchors import anchors

    spanish, _ = anchors("Nueva edición", "El ministerio aprobó la cuarta edición del programa Faro para investigadores.")
    french, _ = anchors("Nouvelle édition", "Le ministère lance le programme Faro pour les chercheurs.")
    english, _ = anchors("New call", 'The agency opened the call of the "Faro Program" for researchers.')
    assert "name:faro program" in set(spanish) & set(french) & set(english)
    unnamed, _ = anchors("Otro", "Un programa para atraer científicos.")
    assert not [a for a in unnamed if a.startswith("name:")]


def test_amounts_in_european_words_and_thousands_points() -> None:
    # "un millón de dólares" was no figure at all, and "100.000 dólares" read as 100: a Spanish report of the
    # $1m Gold Card then shared no figure with the English ones, and conflicted with nothing.
    assert amounts("La visa de un millón de dólares de Trump", written=True) == ["#1000000"]
    assert amounts("eine Million Euro; fondo da 50 milioni; 600 millones", written=True) == [
        "#1000000", "#50000000", "#600000000"]
    assert amounts("una tasa de 100.000 dólares, USD 1.000.000", written=True) == ["#100000", "#1000000"]
    # English decimals stay decimals, and "a" or "un" alone is no figure.
    assert amounts("a $1.5 million fund, up 2.5 percent", written=True) == ["#1500000", "#2.5%"]
    assert amounts("a visa, un visado", written=True) == []


def test_a_year_written_with_its_month_is_a_date_not_a_rules_edition() -> None:
    # A monthly digest of September 2025 and a report on the 2026 lottery rules are not two editions of a
    # rule: only a year standing alone in a headline ("2025 levels", "places for 2026") conflicts.
    for title in ("2025年9月 アメリカ移民法ダイジェスト", "September 2025 visa bulletin", "Rule from 1 March 2026",
                  "Sept. 21, 2025: fee takes effect", "Update 9/2025"):
        assert not [h for h in anchors(title, "")[1] if h.startswith("year:")], title
    assert "year:2026" in anchors("2026年H-1B抽签规则重大调整", "")[1]
    assert "year:2025" in anchors("2025 Levels For International Students Announced", "")[1]


def test_a_currency_after_the_figure_makes_it_an_amount_not_a_year() -> None:
    # Most languages write the currency after the figure: "2000澳元" is a fee, not the year 2000, and the
    # English report of it ("AUD 2,000") shares the figure.
    assert amounts("签证费提高到2000澳元", written=True) == ["#2000"]
    assert amounts("la tasa sube a 1500 dólares", written=True) == ["#1500"]
    assert "year:2000" not in anchors("签证费提高到2000澳元", "")[1]
    assert "#2000" in anchors("签证费提高到2000澳元", "")[1]
    # A year with no currency after it stays a year, and is no amount.
    assert amounts("the rules of 2000 were kept", written=True) == []
    assert "year:2026" in anchors("2026年签证新规", "")[1]


def test_a_word_that_begins_like_a_currency_after_a_year_leaves_it_a_year() -> None:
    # "Евросоюз" begins like "евро", "원격" and "원자력" like "원", "元旦" like "元": a year, then a word.
    for title in ("В 2027 Евросоюз ужесточит визовые правила", "2027 원격근무 비자 신설", "2027 원자력 인력 비자",
                  "2027元旦起实施签证新规"):
        assert amounts(title, written=True) == [], title
        assert "year:2027" in anchors(title, "")[1], title
    # The currency itself, with its case ending or particle, is still one.
    assert amounts("сбор 5000 евро и 300 рублей", written=True) == ["#5000", "#300"]
    assert amounts("1000만 원을 지원, 500억원대 예산", written=True) == ["#10000000", "#50000000000"]
    assert amounts("签证费500元人民币", written=True) == ["#500"]


def test_millions_and_billions_in_russian_polish_arabic_and_hebrew() -> None:
    # One grant in every language: a Hebrew or Arabic report of it shares its figure with the English one.
    assert amounts("תקציב של 120 מיליון ₪ למחקר", written=True) == ["#120000000"]
    assert amounts("بتكلفة 40 مليون درهم", written=True) == ["#40000000"]
    assert amounts("выделят 3 млрд рублей и 250 млн на гранты", written=True) == ["#3000000000", "#250000000"]
    assert amounts("program za 80 mln zł", written=True) == ["#80000000"]
    # French and Swedish billions: "3 milliards" is no bare 3.
    assert amounts("un fonds de 3 milliards d'euros, un milliard de dollars", written=True) == [
        "#3000000000", "#1000000000"]
    assert amounts("satsar 2 miljarder kronor", written=True) == ["#2000000000"]
    # A bare count in those languages is no amount.
    assert amounts("120 חוקרים", written=True) == []


def test_a_term_of_years_is_one_anchor_in_every_language() -> None:
    assert durations("Ruritania grants 7-year permits to nurses") == ["term:7y"]
    for text in ("منح إقامة لمدة 7 سنوات", "发放7年居留许可", "7년 체류 허가", "Aufenthalt für 7 Jahre",
                 "permiso de 7 años", "вид на жительство на 7 лет", "אשרה ל-7 שנים"):
        assert durations(text) == ["term:7y"], text
    assert "term:7y" in anchors("Ruritania grants 7-year permits", "")[0]
    # Not a year, a fiscal year, a decimal or a date.
    for text in ("2027年起实施", "令和9年度の予算", "1.5 years on", "on 12/7 years", "März 7 2027"):
        assert durations(text) == [], text


def test_a_quoted_name_in_traditional_chinese_is_its_simplified_spelling() -> None:
    from bot.analysis.story_anchors import quoted

    assert quoted("推出「K字簽證」") == quoted("推出「K字签证」") == ["quote:k字签证"]
    assert quoted("推出「K字簽證」") != quoted("推出「高才通」")
