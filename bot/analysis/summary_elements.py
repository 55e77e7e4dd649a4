"""What a summary should cover: a sentence's checkable details (figures, dates, names, the action's stage,
obligations, exceptions, the people it names, short quoted terms) and content words, as elements weighted per article
(`Document`); what kind of sentence it is (`sentence_flags`); the shortened forms of a sentence worth
offering (`useful_variants`)."""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from bot.analysis import lexicon as lx
from bot.analysis.affected_groups import PEOPLE_HEAD, VAGUE_PEOPLE
from bot.analysis.dates import MONTHS, find_dates
from bot.analysis.normalization import CJK_CHARS, words
from bot.analysis.screens import (
    finditer_at_heads,
    finditer_at_word_starts,
    finditer_before_digits,
    folded,
    folded_twin,
    screened,
    word_heads,
)
from bot.analysis.summary_compression import variants
from bot.analysis.summary_sentences import CJK_CHAR
from bot.analysis.tokens import tokenize

# Figures with their unit: "$100,000", "AUD 2,000", "SGD30,000" (a currency code glued on), "35 per cent",
# "NT$2 million", "270,000"; in Chinese, Japanese and Korean, a figure glued to the word before it ("在30天内",
# "1人あたり215ドル").
_NUMBER = re.compile(
    r"(?:(?:[A-Z]{1,3})?[$€£¥₹]\s?|\b(?:AUD|USD|CAD|NZD|EUR|GBP|Rs\.?|INR|RMB|CNY)\s?)?"
    rf"(?:(?<=\b[A-Z]{{3}})|(?<![^\W{CJK_CHARS}])(?<![.,]))\d+(?:[,.]\d+)*(?:\s?(?:%|per\s?cent\b|percent\b|million\b|billion\b|bn\b|lakh\b|crore\b|[km]\b))?"
)
NUMBER_PREFIX_CHARS = 5  # "NT$ " or "AUD ": the most a figure's currency puts before its first digit
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_WORD_QUANTITY = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|sixty|"
    r"hundred|thousand|dozen|half|double|triple|several)[\s-]+(?:hundred\s+|thousand\s+)?"
    r"(?:additional\s+|more\s+|new\s+|business\s+|working\s+|calendar\s+|consecutive\s+)?(?:years?|months?|weeks?|days?|hours?|times|per\s*cent|percent|million|"
    r"billion|countries|nations|states|universities|institutions|citizens|researchers|scientists|"
    r"students|workers|programmes|programs|counts|charges|categories|companies|firms|projects|people|"
    r"applicants|applications|visas|permits|sectors|fields|occupations|professions|languages|points|stages|"
    r"phases|tiers|groups|agencies|ministries|members|experts|engineers|doctors|posts|positions|jobs|seats)\b",
    re.I,
)
_MONTH_YEAR = re.compile(
    r"\b(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+(?P<year>(?:19|20)\d\d)\b"
)
# A run of capitalised words (a name): "Secretary of State Marco Rubio", "Ministry of External Affairs".
# Capitals: Latin (with its accented forms: "Émilie", "Ørsted") and Cyrillic ("Александра Шиплюка").
_UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁ"
_ALNUM = "A-Za-z0-9À-ÖØ-öø-ÿА-яЁё"  # a name ends in a letter or digit of these scripts
_NAME_RUN = re.compile(
    rf"\b[{_UPPER}][\w.'’-]*[{_ALNUM}](?:\s+(?:of\s+(?:the\s+)?|and\s+|for\s+|de\s+|von\s+|der\s+|"
    # other languages' "of the", inside a ministry's or a programme's name ("Ministero del Lavoro")
    r"(?:del|della|delle|dei|degli|di|des|du|de\s+la|da|do|dos|das|e|y|et|und|für)\s+|(?:dell|de\s+l|d)['’])?"
    rf"[{_UPPER}][\w.'’-]*[{_ALNUM}])*"
    rf"|\b[{_UPPER}]{{2,}}\b"
)
# Capitalised words that are not names on their own at the start of a sentence.
_NOT_NAMES = words(
    """the a an this that these those it its in on at for from under after before since as by with while when
    if but and or however meanwhile also according earlier later last next new other some many most all each
    any both such there here what who why how he she they we i you his her their our one two three mr ms mrs
    dr sir monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december today yesterday currently previously specifically
    accordingly further furthermore additionally despite although though because until unless where"""
)
_STATUS_EVENT = re.compile(
    r"\b(?:approv(?:ed|es|al)|sign(?:ed|s)|pass(?:ed|es)|adopt(?:ed|s)|enact(?:ed|s)|publish(?:ed|es)|"
    r"propos(?:ed|es|al)|draft|withdr(?:aw|awn|ew)|revok(?:ed|es)|rescind(?:ed|s)|repeal(?:ed|s)|scrap(?:ped|s)|"
    r"suspend(?:ed|s)|paus(?:ed|es)|halt(?:ed|s|ing)|lift(?:ed|s)|revers(?:ed|es)|resum(?:ed|es|e)|"
    r"block(?:ed|s)|struck\s+down|injunction|dismiss(?:ed|es)|upheld|uph[oe]ld|charg(?:ed|es)|"
    r"took\s+effect|takes?\s+effect|in\s+effect|into\s+force|effective|launch(?:ed|es)|open(?:ed|s)\s+for|"
    r"finaliz(?:ed|es)|finalis(?:ed|es)|issued|ordered|terminat(?:ed|es|ion)|end(?:ed|s|ing)\s+(?:the|its))\b",
    re.I,
)
_OBLIGATION = re.compile(
    r"\b(?:must|shall|required\s+to|requires?|requiring|will\s+(?:need|have)\s+to|need\s+to|have\s+to|"
    r"(?:is|are|be)\s+(?:banned|barred|prohibited|exempt(?:ed)?|eligible|allowed|not\s+allowed)|"
    r"can\s+no\s+longer|cannot|no\s+longer|only\s+if|unless|at\s+least|up\s+to|at\s+most|"
    r"须|需|应当|不得|不需要|不要求)\b",
    re.I,
)
_EXCEPTION = screened(
    r"\b(?:does|do|will|would|did)\s+not\s+(?:apply|affect|cover|change)|\bnot\s+(?:be\s+)?affected\b|"
    r"\b(?:are|is|will\s+be)\s+exempt|\bexcept(?:\s+for)?\b|\bexcluded?\b",
    re.I,
)


# The same cues in the other European languages (the lexicon's `summary_cues_multilingual`), and their
# quantities in words: a number word and the noun after it ("cinco anos", "quatre ans").
_ML_CUES = re.compile(
    rf"\b(?:(?P<s>{lx.ML_STAGE})|(?P<o>{lx.ML_OBLIGATION})|(?P<q>(?:{lx.ML_QUANTITY_NUMBERS})\s+(?:de\s+)?[^\W\d_]{{3,}}))\b",
    re.I,
)
# Its words' openings: `re` tries the whole alternation at every word of every sentence (most of them English),
# where a look-up of the word's first letters rules nearly all of them out.
_ML_CUE_HEADS = word_heads(_ML_CUES)


# The cue elements of a text in one pattern (see `_details`): stage, obligation, exception.
_CUES = re.compile(
    f"(?P<s>{_STATUS_EVENT.pattern})|(?P<o>{_OBLIGATION.pattern})|(?P<x>{_EXCEPTION.pattern})",
    re.I,
)


# The same pattern read case-sensitively over the lower-cased text (`folded_twin`): the spans re.I finds, for
# a third less than trying the re.I alternation at each word start.
_CUES_FOLDED = folded_twin(_CUES)


def _cue_spans(text: str) -> list[tuple[int, int, str | None]]:
    """Each cue's span and kind ("s" stage, "o" obligation, "x" exception), left to right."""
    low = folded(text)
    if low is None:  # each cue starts a word: only word starts are tried
        return [(m.start(), m.end(), m.lastgroup) for m in finditer_at_word_starts(_CUES, text)]
    return [(m.start(), m.end(), m.lastgroup) for m in _CUES_FOLDED.finditer(low)]


# Reactions, non-comments and background say less about the rule than the rule's own details do.
_BACKGROUND = screened(
    r"\b(?:welcomed|criticis|criticiz|critics|analysts?|opposition|warned|did\s+not\s+(?:respond|reply|comment)|"
    r"declined\s+to\s+comment|could\s+not\s+be\s+reached|not\s+immediately|yet\s+to\s+comment|has\s+long|have\s+long|"
    r"in\s+recent\s+years|follows\s+a|comes\s+as|comes\s+amid|draws?\s+(?:comparisons|parallels)|lobbied|"
    r"complained|said\s+the\s+(?:move|decision|change)|shares?\s+(?:rose|fell)|stock|we\s+welcome|"
    r"at\s+the\s+time|history|historically|remains?\s+(?:a\s+)?subject|continuing\s+debate|had\s+earlier|"
    r"previously|mainly\s+as\s+a\s+result|was\s+meant\s+to|accus\w+|NASDAQ|NYSE|shareholder)",
    re.I,
)
# A photo caption's present tense: "... flies behind barbed wire", "X speaking during a press conference".
_CAPTION = screened(
    r"\b(?:is|are)\s+(?:seen|pictured|shown)\b|\bspeaking\s+(?:during|at|to|in)\b|\blooks\s+on\b|\bposes?\s+for\b|"
    r"\bflies\b|\bwaves?\s+(?:to|at)\b|\bgestures\b|\bfile\s+(?:photo|picture)\b|\bin\s+this\s+(?:photo|picture|image)\b|"
    r"\bstands?\s+(?:outside|in\s+front)\b|\bwalks?\s+(?:past|out|into)\b",
    re.I,
)
# A news photo's dated tail: "... march beside the campus Thursday, Feb. 9, 2017.", "... in Sydney,
# Australia, Feb. 25, 2020.", "The Labor Department building on March 26, 2020, in Washington, DC." Prose
# puts a date by its verb ("took effect on 1 July"), not a full date with its year as the last words.
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_CAPTION_DATE = re.compile(
    r"(?:,\s+|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)" + _MONTH_ABBR + r"\s+\d{1,2},\s+(?:19|20)\d\d\.?$"
    r"|\bon\s+" + _MONTH_ABBR + r"\s+\d{1,2},\s+(?:19|20)\d\d,\s+in\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*(?:,\s+[A-Z][\w.]*)?\.?$"
)
# A witness in a hearing's photo: "X testifies remotely before the Senate Judiciary Committee".
_CAPTION_TESTIFY = re.compile(r"\btestifies\s+(?:\w+\s+)?before\b")
# A wire photo's caption ends in its date and agency, with no verb between: "... battery plant in Georgia,
# US, Sept 11 Yonhap." / "... in Seoul on Monday. AFP".
_CAPTION_AGENCY = re.compile(
    _MONTH_ABBR + r"\s+\d{1,2},?\s+\(?(?:Yonhap|AFP|AP|Reuters|Xinhua|EPA|Kyodo|Newsis|News1|Getty\s+Images)\)?\.?$"
)
# A photo's caption places its people ("Jill Biden (second right)", "(L)") or ends in its agency's credit
# after a dash or slash ("... White House.—AFP.", "/Reuters"): prose does neither.
_CAPTION_MARK = re.compile(
    r"\((?:(?:second|third|far|centre|center|front|back|top|bottom)\s+)?(?:left|right|centre|center|front|L|R|C)\)"
    r"|[—–/-]\s*(?:AFP|AP|Reuters|Xinhua|EPA|Getty\s+Images|Yonhap|Kyodo|Bloomberg|PTI|ANI)\.?$"
)
_PRONOUN_START = re.compile(r"(?:They|It|He|She|This|These|That|Those|Its|Their|His|Her|In\s+(?:her|his|their)\s+\w+,)\b")
_URL = screened(r"https?://|\bwww\.|\bt\.co/")
_FIRST_PERSON = re.compile(r"^[\"“‘']|\b(?:I|we|We|our|Our|us)\b")  # a quote, or a letter's voice
# A quoted phrase inside a reported sentence ('... vowing to be “relentless in defending our country”'):
# the speaker's words, not the sentence's voice.
_INNER_QUOTE = re.compile(r"(?<=\s)[\"“][^\"“”]{1,60}(?:[\"”]|$)")


class _Flags(NamedTuple):
    background: bool
    first_person: bool
    caption: bool
    pronoun: bool
    url: bool
    exception: bool


@functools.lru_cache(maxsize=4096)
def sentence_flags(sentence: str) -> _Flags:
    """What kind of sentence it is, read once for the statement of the change and the bullets alike."""
    return _Flags(
        background=bool(_BACKGROUND.search(sentence)),
        first_person=bool(_FIRST_PERSON.search(_INNER_QUOTE.sub(" ", sentence))),
        caption=bool(_CAPTION.search(sentence) or _CAPTION_DATE.search(sentence.rstrip())
                     or _CAPTION_TESTIFY.search(sentence) or _CAPTION_AGENCY.search(sentence.rstrip())
                     or _CAPTION_MARK.search(sentence.rstrip())), pronoun=bool(_PRONOUN_START.match(sentence)),
        url=bool(_URL.search(sentence)), exception=bool(_EXCEPTION.search(sentence)),
    )



# Weights of element kinds: figures and dates are what readers check (an amount, a count, a threshold above
# all: most often a key fact a summary drops); names say who acts and who is hit; a bare year dates little.
CJK_TERM_SHARE = 0.3
SINGLE_NAME = 0.3  # a one-word name is often a place, a nationality or an item of a list
_KIND_WEIGHT: Mapping[str, float] = {
    "n": 2.5, "d": 2.0, "m": 1.2, "y": 0.8, "q": 1.2, "p": 1.0, "s": 1.5, "o": 0.8, "x": 0.8, "g": 0.7,
    "k": 1.0, "t": 0.16, "w": 0.0,
}


@dataclass(frozen=True)
class Document:
    """Element weights of one article: how much covering each element is worth."""

    weights: Mapping[str, float]
    year: int | None

    @classmethod
    def of(cls, title: str, sentences: Sequence[str], published: datetime | None) -> Document:
        year = published.year if published else None
        counts: dict[str, int] = {}
        for s in (title, *sentences):
            for e in _elements(s, year):
                counts[e] = counts.get(e, 0) + 1
        weights: dict[str, float] = {}
        for e, n in counts.items():
            kind = e[0]
            w = _KIND_WEIGHT.get(kind, 0.3)
            if kind == "t":
                w *= min(3.0, 1.0 + math.log(n))  # a word the article repeats is what it is about
                if CJK_CHAR.match(e[2:3]):
                    w *= CJK_TERM_SHARE  # a Chinese bigram is a fraction of a word
            elif kind == "p":
                # A name of several words ("Marco Rubio", "Wall Street Journal") or an acronym is who acts;
                # a single word is often a place or a nationality. Named again, a player in the story.
                w *= (1.0 if " " in e else 0.8 if e[2:].upper() == e[2:] else SINGLE_NAME) * (1.3 if n > 1 else 1.0)
            weights[e] = w
        return cls(weights, year)

    def elements(self, text: str) -> frozenset[str]:
        return _elements(text, self.year)

    def part_elements(self, whole: str, part: str) -> frozenset[str]:
        return _part_elements(whole, part, self.year)

    def weight(self, element: str) -> float:
        return self.weights.get(element) or _KIND_WEIGHT.get(element[0], 0.3)

    def value(self, elements: frozenset[str], covered: frozenset[str] | set[str]) -> float:
        # fsum: exact, so the order a set yields its elements in (it varies by process) cannot tip a tie.
        return math.fsum(self.weight(e) for e in elements if not is_covered(e, covered))


def is_covered(element: str, covered: frozenset[str] | set[str]) -> bool:
    """An element is covered when the summary holds it; a name, when it holds each of its words (a
    title-case headline runs names together: "Trump Freezes ... Interviews")."""
    if element in covered:
        return True
    return element[0] == "p" and all(f"w:{w}" in covered for w in element[2:].split())


@functools.lru_cache(maxsize=4096)
def _elements(text: str, year: int | None) -> frozenset[str]:
    """The checkable details and content words of a text, as keys: "n:100000" (a figure), "d:2025-09-21"
    (a date), "m:2026-03" (a month), "y:2026" (a year), "q:six months" (a quantity in words), "p:marco
    rubio" (a name), "s:" (a stage: approved, signed, took effect), "o:" (an obligation), "x:" (an
    exception), "g:" (a group of people), "k:gold pass" (a short quoted term), "t:visa" (a content word),
    "w:marco" (a capitalised word, which covers a name only)."""
    return frozenset(_details(text, year)) | _words(text)


@functools.lru_cache(maxsize=4096)  # the statement of the change and the bullets ask about the same forms
def _part_elements(whole: str, part: str, year: int | None) -> frozenset[str]:
    """The elements of `part`, a shortened form of the sentence `whole`: the whole's details whose words
    the part kept (found once per sentence, not again for each way of shortening it), and its own words."""
    return frozenset(e for e, surface in _details(whole, year).items() if surface in part) | _words(part)


@functools.lru_cache(maxsize=4096)
def _words(text: str) -> frozenset[str]:
    out = {f"t:{t}" for t in tokenize(text) if (len(t) > 2 or CJK_CHAR.match(t)) and not t.isdigit()}
    out.update(f"w:{w.lower()}" for w in _CAPITAL_WORD.findall(text))
    return frozenset(out)


_CAPITAL_WORD = re.compile(rf"\b[{_UPPER}][\w.'’-]*")


@functools.lru_cache(maxsize=4096)
def _details(text: str, year: int | None) -> dict[str, str]:
    """Figures, dates, names and cues of a text (see `_elements`), each with the words it stands on."""
    out: dict[str, str] = {}
    spans: list[tuple[int, int]] = []
    has_digit = _DIGIT.search(text) is not None  # dates, months and figures all need one: most clauses have none
    for d in find_dates(text, default_year=year) if has_digit else ():
        out.setdefault(f"d:{d.value.isoformat()}", text[d.start : d.end])
        spans.append((d.start, d.end))
    for m in _MONTH_YEAR.finditer(text) if has_digit else ():
        if not any(s <= m.start() < e for s, e in spans):
            out.setdefault(f"m:{int(m.group('year')):04d}-{MONTHS[m.group('month').lower()]:02d}", m.group())
            spans.append(m.span())
    for m in finditer_before_digits(_NUMBER, text, NUMBER_PREFIX_CHARS) if has_digit else ():
        if any(s <= m.start() < e for s, e in spans):
            continue
        digits = _NOT_DIGIT.sub("", m.group()).rstrip(".")
        if not digits:
            continue
        # A figure with a thousands separator ("2,000 applications", "2.000 Anträge") is a count, never a year.
        if _YEAR.match(digits) and not _AMOUNT_UNIT.search(m.group()) and not _GROUPED.search(m.group()):
            out.setdefault(f"y:{digits}", m.group())
        else:
            unit = "%" if _PERCENT.search(m.group()) else ""
            out.setdefault(f"n:{digits.replace(',', '')}{unit}", m.group())
    low = text.lower()
    if any(w in low for w in _NUMBER_WORDS):  # a cheap look first: most sentences spell out no quantity
        for m in _WORD_QUANTITY.finditer(text):
            out.setdefault(f"q:{m.group().lower()}", m.group())
    for m in _NAME_RUN.finditer(text):
        name = m.group()
        initial = m.start() == 0 or bool(_AFTER_SENTENCE_END.search(text[max(0, m.start() - 3) : m.start()]))
        parts = name.split(maxsplit=1)
        if initial and not name.isupper():
            # A sentence's first word is capitalised anyway: "Students applying ..." is no name.
            if len(parts) < 2 or parts[0].lower().rstrip(".") in _NOT_NAMES:
                if len(parts) < 2:
                    continue
                name = parts[1]
        elif parts[0].lower().rstrip(".") in _NOT_NAMES:
            if len(parts) < 2:
                continue
            name = parts[1]
        name = _POSSESSIVE.sub("", name)
        if len(name) >= 2 and name.lower() not in _NOT_NAMES:
            out.setdefault(f"p:{name.lower()}", name)
    # Cues, in one pass: the action's stage, obligations, exceptions, the people it names.
    for start, end, kind in _cue_spans(text):
        word = text[start:end]
        if kind == "s":
            out.setdefault("s:" + word.lower().split()[0][:5], word)
        elif kind == "o":
            out.setdefault("o:" + word.lower()[:6], word)
        else:
            out.setdefault("x:", word)
    for m in finditer_at_heads(_ML_CUES, text, _ML_CUE_HEADS) if _ML_CUE_HEADS else _ML_CUES.finditer(text):
        word, kind = m.group(), m.lastgroup
        if kind == "q":
            out.setdefault(f"q:{word.lower()}", word)
        elif kind == "s":
            out.setdefault("s:" + word.lower().split()[0][:5], word)
        else:
            out.setdefault("o:" + word.lower()[:6], word)
    if _QUOTE_OPEN.search(text):  # a cheap look first: most sentences quote nothing
        for m in _QUOTED_TERM.finditer(text):
            term = m.group("term").strip()
            if len(term.split()) <= QUOTED_TERM_WORDS and not term.endswith((".", ",", "!", "?")):
                out.setdefault("k:" + term.lower(), term)
    for m in PEOPLE_HEAD.finditer(text):
        if m.group().lower() not in VAGUE_PEOPLE:
            out.setdefault("g:" + m.group().lower()[:6], m.group())
    return out


# A short quoted term is a name the report coins or cites for the measure or its effect ("super grant",
# "rientro dei cervelli", “harmful perception”, 「出访申请表」): what a reader will look for. A longer quote is
# someone's words, not a term.
_QUOTE_OPEN = re.compile("[\"“«‘「『]")
_QUOTED_TERM = re.compile("(?:(?:(?<=\\s)|^|(?<=\\())\"|[“«‘「『])(?P<term>[^\"“”«»‘’「」『』\\n]{3,40})[\"”»’」』]")
QUOTED_TERM_WORDS = 4
_NOT_DIGIT = re.compile(r"[^\d.]")
_DIGIT = re.compile(r"\d")
_GROUPED = re.compile(r"\d[,.]\d")
_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                 "fifteen", "twenty", "thirty", "fifty", "sixty", "hundred", "thousand", "dozen", "half", "double",
                 "triple", "several")
_AMOUNT_UNIT = re.compile(r"[$€£¥₹]|%|cent|million|billion")
_PERCENT = re.compile(r"%|cent")
_AFTER_SENTENCE_END = re.compile(r"[.!?:\"“”]\s*$")
_POSSESSIVE = re.compile(r"['’]s$")


_FACT_KINDS = frozenset("ndmqpsoxgk")


def useful_variants(sentence: str, doc: Document) -> tuple[str, ...]:
    """The sentence's shortened forms, without a longer one that holds no detail a shorter one lacks (an
    attribution naming no one, an aside without a figure)."""
    return _useful_variants_of(sentence, doc.year)


@functools.lru_cache(maxsize=2048)
def _useful_variants_of(sentence: str, year: int | None) -> tuple[str, ...]:
    out: list[str] = []
    kept: list[frozenset[str]] = []
    for v in reversed(variants(sentence)):  # shortest first
        facts = frozenset(e for e in _part_elements(sentence, v, year) if e[0] in _FACT_KINDS)
        if any(facts <= k for k in kept):
            continue
        kept.append(facts)
        out.append(v)
    return tuple(out[::-1])
