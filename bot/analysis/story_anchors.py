"""Story anchors: what names the action an item reports (`anchors`), read from its title and lead.

A visa class ("H-1B", "K visa", "K字签证"), a numbered instrument ("Proclamation 10043", "MD 111",
"COM(2024) 26"), a named programme ("China Initiative", "Top Talent Pass"), a phrase in quotation marks in
any script (「K字簽證」, ‘톱티어 비자’), a written amount ("$100,000"), a term of years in any language (`durations`); and those of the title alone (`heads`),
with the title's years. Also the text tools both anchors and `bot.analysis.story_features` need: amounts
as canonical tokens (`amounts`) and the beginning of a text on one line (`flat`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from types import MappingProxyType

from bot.analysis import lexicon as lx
from bot.analysis.normalization import clean_line, strip_outlet
from bot.analysis.prepared_text import fold
from bot.analysis.screens import holds_any, holds_digit, screened
from bot.analysis.sentence_split import split_sentences
from bot.analysis.tokens import stem, tokenize

FLAT_CHARS = 6000  # the beginning of a text that clustering reads (the lead: 5 sentences, 1,500 characters)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_NON_WORD = re.compile(r"[\W_]+")
_CONNECTORS = frozenset({"of", "and", "for", "the", "&"})

# Amounts as outlets write them: "£54m", "£54 million", "$100,000", "$100K", "10 per cent", "10%"; and
# in Chinese, Japanese and Korean, where a figure follows a word with no space ("费用为10万美元") and counts
# in myriads ("10万", "10萬", "10만" are 100,000; "1亿", "1億", "1억" 100 million): so a Chinese page and an
# English report of one fee share its figure.
# European pages write thousands with points ("100.000 dólares", "1.000.000 Euro") and millions in their own
# words ("un millón de dólares", "eine Million Euro", "600 milioni"): one fee is one figure in every language.
_AMOUNT = re.compile(
    r"(?:(?<![\w.\-])|(?<=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]))"
    r"(?P<cur>[$£€¥₹]\s?)?(?P<num>\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3}){2,}|\d{1,3}\.000(?![\d.,])|\d+(?:\.\d+)?"
    r"|(?<![\w-])(?:un|una|um|uma|une|eine?|one|a)"
    r"(?=\s+(?:million|millón|milhão|milione|miljoen|miljon|milliard|miljard)\b))\s*"
    r"(?P<unit>%|per\s*cent|percent|thousand\b|million(?:s|en|er)?\b|mill(?:ón|ones)\b|milh(?:ão|ões)\b|"
    r"milion[ei]\b|miljoen(?:en)?\b|miljon(?:er|en)?\b|billion\b|trillion\b|crore\b|lakh\b|"
    r"млн\b|миллион(?:а|ов)?\b|mln\b|milion(?:y|ów)\b|مليون|ملايين|מיליון|"
    r"млрд\b|миллиард(?:а|ов)?\b|mld\b|miliard(?:y|ów|i|o)?\b|Milliarde(?:n)?\b|milliards?\b|"
    r"miljard(?:er|en)?\b|مليار|מיליארד|"
    r"(?<=\d)(?:k|m|bn|b)\b|万|萬|만|亿|億|억)?",
    re.I,
)
_MILLION_STEMS = ("mil",)  # million, millón, milhão, milione, miljoen, miljon: what "one" must stand before
# Millions and billions in scripts and languages whose words do not start "mil": Russian, Polish's
# abbreviations, Arabic, Hebrew.
_MILLION_WORDS = frozenset({"млн", "mln", "مليون", "ملايين", "מיליון"})
_BILLION_WORDS = frozenset({"млрд", "mld", "مليار", "מיליארד"})
# A currency after the figure, as most languages but English write it. It must end there ("В 2025 Евросоюз",
# "2026 원격근무", "2025 원자력" are a year, then a word): Russian's currency words end in their case endings
# or an abbreviation's point, Korean's in a particle ("100만 원을"), and 元/円 begin words of their own
# (元旦 New Year's Day, 元首, 円滑, 円満).
_KO_END = "(?:{}|대|씩|화)?(?![\\w가-힣])".format("|".join(lx.CLUSTER_KOREAN_PARTICLES))
_CURRENCY_AFTER = re.compile(
    r"\s?(?:[$£€¥₹₪₽]|(?:澳|美|欧|歐|加|港|新|日|人民)?元(?![旦年首素老帅帥宵])|英[镑鎊]|円(?![滑満形卓盤周])|"
    rf"(?:원|달러|유로){_KO_END}|"
    r"(?:dollars?|euros?|pounds?|dólares|dollari|yuan|rupees|rubles?|roubles?|kronor|kroner|złotych|zł|"
    r"aud|usd|eur|gbp|cad|nzd|sgd|hkd|cny|rmb|inr|jpy|chf|sek|nok|dkk|pln|rub)\b|"
    r"(?:руб(?:л\w*)?|долл(?:ар\w*)?|евро)(?!\w)|دولار|درهم|ريال|יורו|דולר|שקל)",
    re.I,
)
_ONE = frozenset({"un", "una", "um", "uma", "une", "ein", "eine", "one", "a"})
_SCALE: Mapping[str, float] = MappingProxyType({
    "k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9, "billion": 1e9,
    "trillion": 1e12, "crore": 1e7, "lakh": 1e5, "万": 1e4, "萬": 1e4, "만": 1e4, "亿": 1e8, "億": 1e8, "억": 1e8,
})


def amounts(text: str, *, written: bool = False) -> list[str]:
    """Amounts and percentages of a text as canonical tokens ("#54000000", "#10%"); small bare numbers
    (days, counts under 100, years) are left out: they recur across unrelated stories. `written`: only
    amounts written as amounts (a currency, a unit, or thousands separators), not bare numbers such as
    "Document 52024" or "403"."""
    out: list[str] = []
    # Every amount holds a digit, or is "one million" in some language (each of whose words starts "mil"):
    # a text with neither (most sentences) is not scanned.
    if not holds_digit(text) and not holds_any(text, _MILLION_STEMS):
        return out
    for m in _AMOUNT.finditer(text):
        raw, unit = m.group("num"), (m.group("unit") or "").lower().replace(" ", "")
        if raw.lower() in _ONE:
            if not unit:
                continue
            raw = "1"
        # A currency written after the figure ("2000澳元", "500 euros", "116 מיליון ₪") makes it an amount,
        # however much it looks like a year.
        after = bool(_CURRENCY_AFTER.match(text, m.end()))
        cur = m.group("cur") or after
        if written and not (cur or unit or "," in raw or raw.count(".") > 1 or raw.endswith(".000")):
            continue
        if unit in ("k", "m", "b", "bn") and not cur:
            continue  # "H-1B", "5G", "3m" (metres): a short unit counts only after a currency sign
        if unit in _BILLION_WORDS or unit.startswith(("miliard", "milliard", "miljard", "миллиард")):
            unit = "billion"
        elif unit[:3] in ("mil", "mij") or unit in _MILLION_WORDS or unit.startswith("million"):
            unit = "million"
        if raw.count(".") > 1 or raw.endswith(".000"):
            raw = raw.replace(".", ",")  # "100.000": a European page's thousands
        value = float(raw.replace(",", ""))
        if unit == "%" or unit.startswith("per"):
            out.append(f"#{value:g}%")
            continue
        value *= _SCALE.get(unit, 1.0)
        if value < 100 or (not unit and not after and _YEAR.match(raw)):
            continue
        out.append(f"#{value:.0f}")
    return out




# ---------------------------------------------------------------- anchors: what names the action

# What makes two reports one *action* is the instrument they name: a visa class ("H-1B", "K visa"), a
# numbered instrument ("Proclamation 10043", "MD 111", "Directive 2021/1883"), a named programme ("China
# Initiative", "Top Talent Pass"), a figure ("$100,000"). Shared, they are strong evidence; when both
# titles name one and they differ, the two are different actions (the $1m Gold Card and the $100,000
# H-1B fee were signed the same day by the same president).
_CODE = re.compile(r"(?<![A-Za-z0-9-])([A-Z]{1,3})-?(\d{1,2}[A-Z]?)(?![A-Za-z0-9-])")
_LETTER_VISA = re.compile(r"(?<![A-Za-z0-9-])([B-HJ-Z])(?:[ -]?(?:visas?|Visas?|VISAS?)\b|字?(?:签证|簽證|簽))")
_DOC = re.compile(
    r"\b(?:Proclamation|Executive\s+Order|EO|Order|Directive|Direction|Regulation|Decree|Bill|Notice|Circular|"
    r"MD|No\.)\s*(?:No\.?\s*|\(EU\)\s*|\()?(\d{2,5}(?:/\d{2,5})?)\b"
    r"|第\s*(\d{2,5})\s*[号號]"
    r"|\bCOM\s*\(\s*(\d{4}\)\s*\d{1,4})"
)
_NAME_HEADS = frozenset(stem(w) for w in lx.CLUSTER_NAME_HEADS)
_NAME_GENERIC = frozenset(stem(w) for w in lx.CLUSTER_NAME_GENERIC)
_CAPITAL_RUN = re.compile(
    r"[A-Z][\w’'-]*(?:\s+(?:(?:of|for|the|and|in)\s+)?[A-Z][\w’'-]*)+"
)
_YEAR_IN_TEXT = re.compile(r"(?<![\d/.,-])((?:19[89]|20[0-4])\d)(?![\d%])")
# A year written with its month is a date ("September 2025", "2025年9月", "9/2025": a digest's month, a
# start), not the edition of a rule ("2025 levels", "places for 2026"), which is what a title's year tells.
_MONTH_YEAR = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr"
    r"|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+(?:\d{1,2},?\s+)?((?:19|20)\d\d)\b"
    r"|((?:19|20)\d\d)\s*年\s*\d{1,2}\s*月|(?<![\d/])\d{1,2}/((?:19|20)\d\d)\b"
)


def _title_years(title: str) -> list[str]:
    dated = {y for m in _MONTH_YEAR.finditer(title) for y in m.groups() if y}
    # "2000澳元" is a fee, not the year 2000.
    return [m.group(1) for m in _YEAR_IN_TEXT.finditer(title)
            if m.group(1) not in dated and not _CURRENCY_AFTER.match(title, m.end())]


ANCHOR_CHARS = 1500  # the lead: what a page says first names its subject; the rest wanders


def _codes(text: str) -> list[str]:
    out = []
    for m in _CODE.finditer(text):
        letters, digits = m.groups()
        # "COVID-19", "G20", "Q1": a class code is short, and has a hyphen or a letter after the digit.
        if "-" in m.group() or digits[-1].isalpha():
            out.append(f"code:{letters.lower()}{digits.lower()}")
    out += [f"code:{m.group(1).lower()}" for m in _LETTER_VISA.finditer(text)]
    return out


def _doc(groups: tuple[str, ...]) -> str:
    number = next(g for g in groups if g)
    return re.sub(r"\W+", "/", number)  # "COM(2024) 26" and "COM(2024)26" are "2024/26"


def _names(piece: str) -> list[str]:
    """Named programmes and instruments: a run of capitalised words ending in a programme word ("Top Talent
    Pass", "China Initiative", "EU Blue Card"), every sub-run of two or more words that ends in one, so
    "Blue Card Directive" meets "EU Blue Card" on "blue card"."""
    out: list[str] = []
    for m in _CAPITAL_RUN.finditer(piece):
        run = [re.sub(r"[’']s?$", "", w).lower() for w in m.group().split()]
        while run and not tokenize(run[0]):
            run.pop(0)  # "Under Proclamation", "After Harvard's ...": a sentence's first word, not the name's
        for end, word in enumerate(run):
            if stem(word) not in _NAME_HEADS or end == 0:
                continue
            for start in range(end):
                words_ = [w for w in run[start : end + 1] if w not in _CONNECTORS and w != "in"]
                if run[start] in _CONNECTORS or len(words_) < 2:
                    continue
                if all(stem(w) in _NAME_GENERIC or stem(w) in _NAME_HEADS for w in words_):
                    continue  # "Student Visa", "New Visa Program": a kind of thing, not a name
                out.append("name:" + " ".join(stem(w) for w in words_))
    return out


# Spanish, French, Italian and Portuguese put the programme word first ("el programa Atrae", "Programa
# ATRAE", "le programme Choose France"): the name then meets the English "ATRAE Program". A head word
# in any of those languages, then one to three capitalised words.
_HEAD_FIRST = re.compile(
    r"(?<!\w)(?:[Pp]rograma|[Pp]rogramme|[Pp]rogramma|PROGRAMA)\s+(?:(?:de|del|della|du|des|do|da)\s+)?"
    r"([A-ZÀ-Ý][\w’'-]*(?:\s+[A-ZÀ-Ý][\w’'-]*){0,2})"
)


def _head_first_names(piece: str) -> list[str]:
    out = []
    for m in _HEAD_FIRST.finditer(piece):
        words_ = [re.sub(r"[’']s?$", "", w).lower() for w in m.group(1).split()]
        if all(stem(w) in _NAME_GENERIC or stem(w) in _NAME_HEADS for w in words_):
            continue
        out.append("name:" + " ".join(stem(w) for w in words_) + " program")
    return out


# Words in Korean or Japanese letters (a run of Hangul, or of katakana), and what separates the words of a
# Japanese name (セキュリティ・クリアランス). Korean writes its particles onto the word ("패스를", "비자의").
_LOAN_RUN = re.compile(r"[\uac00-\ud7af]+|[\u30a0-\u30ff]+")
_KANA_HANGUL = re.compile(r"[\u30a0-\u30ff\uac00-\ud7af]")
_NAME_DOT = re.compile(r"(?<=[\u30a0-\u30ff])[・·](?=[\u30a0-\u30ff])")
_PARTICLES = ("", *lx.CLUSTER_KOREAN_PARTICLES)
_LOAN_LENGTHS = sorted({len(f) for f in lx.CLUSTER_LOANWORDS}, reverse=True)


def _loan_words(run: str) -> list[str] | None:
    """The English words a run is made of, when it is made of loanwords only (and a particle), longest
    first; else None ("텍사스" is Texas, not "tech" and something)."""
    for particle in _PARTICLES:
        body = run[: len(run) - len(particle)] if particle else run
        if not body or (particle and not run.endswith(particle)):
            continue
        out: list[str] = []
        i = 0
        while i < len(body):
            n = next((n for n in _LOAN_LENGTHS if i + n <= len(body) and body[i : i + n] in lx.CLUSTER_LOANWORDS), 0)
            if not n:
                break
            out.append(lx.CLUSTER_LOANWORDS[body[i : i + n]].title())
            i += n
        if i == len(body):
            return out + ([particle] if particle else [])
    return None


def transliterate(piece: str) -> str:
    """Korean and Japanese loanwords read back as the English words they sound like ("K-테크패스를" is
    "K-Tech Pass 를", "セキュリティ・クリアランス制度" is "Security Clearance 制度"), each a word of its own, so a
    programme's name meets its English spelling (lexicon.CLUSTER_LOANWORDS). Other words stay as written."""
    if not _KANA_HANGUL.search(piece):
        return piece

    def english(m: re.Match[str]) -> str:
        found = _loan_words(m.group())
        return f" {' '.join(found)} " if found else m.group()

    out = _LOAN_RUN.sub(english, _NAME_DOT.sub(" ", piece))
    return " ".join(out.split()).replace("- ", "-")


# A term of years ("10-year visa", "10 سنوات", "10年", "10 Jahre", "10 лет"): the length of a permit or a
# ban, told in every language with the same digits, where the words around them share nothing. One or two
# digits only: "2020年" is a year, not a term; a hyphen only after a letter (Hebrew's "ל-10"), not a range.
_TERM = re.compile(
    r"(?<![\d.,:/])(?<!\d-)(\d{1,2})(?:\s?-\s?|\s)?"
    r"(?:(?:years?|yrs?|ans|années|jahre?n?|jährige[nmrs]?|años|anni|anos|jaar|jarige|år|lat|лет|год(?:а|ов)?|"
    r"років|роки|שנים)\b|-?year\b|سنوات|سنة|سنين|أعوام|عاما|عامًا|年(?![度月代])|년)",
    re.I,
)


def durations(piece: str) -> list[str]:
    """The terms of years a text states, as "term:10y"."""
    return [f"term:{int(m.group(1))}y" for m in _TERM.finditer(piece) if int(m.group(1)) > 0]


def anchors(title: str, text: str, *, title_case: bool | None = None) -> tuple[list[str], list[str]]:
    """(anchors of the title and lead, anchors of the title alone): visa classes, numbered instruments,
    programme names, amounts, and (title only) years."""
    title = unicodedata.normalize("NFKC", title)
    lead = unicodedata.normalize("NFKC", flat(text)[:ANCHOR_CHARS])
    headline = flat(strip_outlet(clean_line(title)))
    if len(headline) >= 20:
        # Pages repeat their headline above the text; run into the first sentence, a Title Case
        # headline reads as one long name ("Consulates Cancelling Some H-1B and H-4 Visa").
        lead = lead.replace(headline, " ")
    found: list[str] = []
    heads: list[str] = []
    for raw, is_title in ((title, True), *((s, False) for s in split_sentences(lead))):
        piece = transliterate(raw)
        words_ = piece.split()
        in_title_case = sum(1 for w in words_ if w[:1].isupper()) > 0.6 * max(1, len(words_))
        got = _codes(piece) + [f"doc:{_doc(m)}" for m in _DOC.findall(piece)] + amounts(piece, written=True)
        if not in_title_case or title_case is False:
            got += _names(piece)  # In Title Case Headlines every run of words looks like a name
        got += _head_first_names(piece)
        found += got + quoted(piece) + durations(piece)
        if is_title:
            # "... to AUD 2,000 from AUD 1,600": the figure the action sets, not the one it replaces.
            old = set(amounts(" ".join(m.group() for m in _OLD_FIGURE.finditer(piece)), written=True))
            heads += [a for a in got if a not in old] + [f"year:{y}" for y in _title_years(piece)]
    return sorted(set(found)), sorted(set(heads))


# A phrase in quotation marks names the thing in any language and script ("Choose Europe for Science",
# 「K字簽證」, 《外國專業人才延攬及僱用法》, ‘톱티어 비자’, „Chancenkarte"), or repeats a line every report of the event quotes ("island of
# strangers"). An ASCII apostrophe opens one only after a space and closes one only before a non-letter.
_QUOTED = re.compile(
    r"[“„«「『《〈]([^“”„«»「」『』《》〈〉\"\n]{2,40}?)[”“»」』》〉]"
    r"|‘([^‘’\n]{2,40}?)’(?!\w)"  # not "‘In line with the government’s ..."
    r"|(?<!\w)[\"']([^“”„«»「」『』‘’\"'\n]{2,40}?)[\"'](?!\w)"
)
_OLD_FIGURE = screened(
    r"\b(?:up\s+from|down\s+from|from|previously|instead\s+of)\s+(?:[A-Z]{1,3}\s?)?[$£€¥₹]\s?[\d.,]+\s*"
    r"(?:k|m|bn|million|billion|thousand)?\b",
    re.I,
)


# A law's amendment or draft is named after the law: 《X法》修正草案, 「X法修正案」 are the story of X法.
_AMENDMENT_SUFFIX = re.compile(r"(?:部分[条條]文)?(?:修正草案|修正案|修正|草案|改正案|개정안|법률안)$")
# So are its articles, added or amended: 「X法第十二條及第十四條條文」, 「X法增訂第二十一條之一條文」, X法第3条.
_ARTICLE_SUFFIX = re.compile(
    r"(?:增訂|增订|修正|刪除|删除)?(?:[及、與与和]?第[\d〇零一二三四五六七八九十百千]+[條条](?:之[\d一二三四五六七八九十]+)?)+"
    r"(?:[條条]文)?$"
)


def quoted(piece: str) -> list[str]:
    """Phrases in quotation marks (or Chinese title marks), of one to six words ("quote:choose europe for
    science")."""
    out = []
    for m in _QUOTED.finditer(piece):
        # Traditional Chinese as simplified: 「K字簽證」 and 「K字签证」 are one name.
        phrase = " ".join(_NON_WORD.sub(" ", fold(next(g for g in m.groups() if g)).lower()).split())
        if len(phrase) > 6:
            phrase = _ARTICLE_SUFFIX.sub("", _AMENDMENT_SUFFIX.sub("", phrase).strip()).strip()
        if phrase and len(phrase.split()) <= 6 and any(ch.isalpha() for ch in phrase):
            out.append(f"quote:{phrase}")
    return out


def flat(text: str) -> str:
    """The text's beginning on one line. Feeds flatten an article's paragraphs (a feed reader's text has
    no line breaks where the page had them), so clustering reads every text flat: the pipeline and a batch
    run then see the same sentences and place an item alike. Only the beginning is read (`FLAT_CHARS`, far
    more than the lead needs), so a 2,000-word report costs what its lead costs."""
    return " ".join(text[:FLAT_CHARS].split())
