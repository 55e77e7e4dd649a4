"""The question answering word lists of the lexicon ("question answering") as stemmed term sets, the
synonym and place maps, and the patterns that find a kind of fact in a sentence (an amount, a date, a
duration, a count, a penalty, a reason, a name).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from bot.analysis import lexicon as lx
from bot.analysis.normalization import words
from bot.analysis.phrase_matching import PhraseMatcher
from bot.analysis.tokens import tokenize


def _terms(text: str) -> frozenset[str]:
    return frozenset(t for w in words(text) for t in tokenize(w, keep_stopwords=True))


# The word lists are data in lexicon/question_answering.py; here they become stemmed term sets.
_QUESTION_WORDS = lx.QA_QUESTION_WORDS
_META = lx.QA_META_WORDS
_MODIFIERS = lx.QA_MODIFIERS
_META_TERMS = _terms(" ".join(_META)) | _terms(" ".join(_MODIFIERS))
_QUESTION_TERMS = _terms(" ".join(_QUESTION_WORDS))
_POLAR_ADVERBS = lx.QA_POLAR_ADVERBS
_LIGHT_TERMS = _terms(" ".join(lx.QA_LIGHT_WORDS))
_EVENT_TERMS = _terms(" ".join(lx.QA_EVENT_VERBS))

_KIND_NOUNS = lx.QA_KIND_NOUNS
_AMOUNT_VERBS = lx.QA_AMOUNT_VERBS
_KIND_TERMS: Mapping[str, frozenset[str]] = MappingProxyType({
    kind: _terms(" ".join(ws)) | (_terms(" ".join(_AMOUNT_VERBS)) if kind == "amount" else frozenset())
    for kind, ws in _KIND_NOUNS.items()
})
_AMOUNT_NOUN_TERMS = _terms(" ".join(_KIND_NOUNS["amount"])) - _terms(" ".join(lx.QA_NOT_MEASURES))
_KIND_NOUN_RE = {
    kind: re.compile(r"\b(?:" + "|".join(sorted(ws, key=len, reverse=True)) + r")\b", re.I)
    for kind, ws in _KIND_NOUNS.items()
}

_SYNONYM_GROUPS = lx.QA_SYNONYM_GROUPS


def _synonym_map() -> Mapping[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for group in _SYNONYM_GROUPS:
        stems = {t for w in group for t in tokenize(w, keep_stopwords=True)}
        for s in stems:
            out.setdefault(s, set()).update(stems - {s})
    return MappingProxyType({k: frozenset(v) for k, v in out.items()})


_SYNONYMS = _synonym_map()


def _place_map() -> Mapping[str, frozenset[str]]:
    """One-word names of each jurisdiction ("us", "american", "washington") as one key: a question about
    "the US" is answered by a sentence about "American universities"."""
    out: dict[str, set[str]] = {}
    for j in lx.JURISDICTION_LIST:
        keys = {j.code.lower()}
        for name in (*j.names, *j.exact, *j.demonyms, *j.capitals):
            terms = tokenize(name, keep_stopwords=True)
            if len(terms) == 1:
                keys.add(terms[0])
        for k in keys:
            out.setdefault(k, set()).update(keys - {k})
    return MappingProxyType({k: frozenset(v) for k, v in out.items()})


_PLACES = _place_map()

_RULE = PhraseMatcher([("rule", p, w) for p, w in lx.RULE_VERBS])
_PLACE = PhraseMatcher(
    [(j.code, p, 1.0) for j in lx.JURISDICTION_LIST for p in (*j.names, *(f"={e}" for e in j.exact), *j.capitals)]
)
_EFFECT = re.compile(
    r"\b(?:take[sn]?\s+effect|took\s+effect|effective|into\s+force|into\s+effect|in\s+force|in\s+effect|from|starting|"
    r"beginning|as\s+of|since|until|deadline|by|opens?|begins?|starts?|appl(?:y|ies)|due|launch(?:es)?|close[sd]?)\b"
    r"|施行|实施|生效|起",
    re.I,
)
_REASON = re.compile(
    r"\b(?:because|due\s+to|in\s+order\s+to|aim(?:s|ed)?\s+(?:to|at)|to\s+prevent|to\s+stop|to\s+protect|framed|"
    r"concerns?|amid|intended\s+to|so\s+that|reason|over\s+fears?|to\s+curb|to\s+keep|meant\s+to|designed\s+to|"
    r"needed\s+to|citing|blamed|to\s+ease|to\s+help|to\s+make|in\s+a\s+bid|response\s+to|after\s+a|"
    r"to\s+(?:attract|draw|bring|lure|recruit|fill|compete|secure|safeguard|reduce|cut|address|tackle)|"
    r"claim(?:s|ed|ing)?|accus\w+|alleg\w+|argu\w+|(?:to\s+)?ensure|in\s+preparation\s+for|following|after\s+(?:a|an|the)|"
    r"as\s+part\s+of|fears?|feared|worr\w+|risks?|threats?|potential|precaution\w*|authority\s+to|driven\s+by|"
    r"(?:prompted|triggered|sparked|caused)\s+by|result\s+of|backlash|since|given\s+that|as\s+a\s+result)\b"
    r"|为防范|为了|旨在|防止|为维护",
    re.I,
)
# A reason stated as one: "because", "due to", "in response to", "to ensure", "prompted by". The words
# of _REASON alone ("concerns", "threats", "following", "amid") often only sit next to one.
_STRONG_REASON = re.compile(
    r"\b(?:because|due\s+to|owing\s+to|in\s+order\s+to|so\s+that|(?:the|a|main|key)\s+reasons?|"
    r"(?:in|as\s+a)\s+response\s+to|in\s+preparation\s+for|in\s+(?:the\s+)?wake\s+of|driven\s+by|"
    r"(?:prompted|triggered|sparked|caused|motivated)\s+by|(?:a|the)\s+result\s+of|as\s+a\s+result|given\s+that|"
    r"aim(?:s|ed)?\s+(?:to|at)|intended\s+to|meant\s+to|designed\s+to|to\s+ensure|to\s+prevent|to\s+protect|"
    r"over\s+(?:fears?|concerns?)|in\s+a\s+bid|justif\w+|"
    r"in\s+light\s+of|on\s+the\s+grounds?|"
    # "The idea is to create ...", "with the goal of becoming ...": a purpose stated as one
    r"(?:idea|aim|goal|objective|purpose|intention)\s+(?:is|was|will\s+be)\s+to|"
    r"with\s+the\s+(?:aim|goal|objective|purpose|intention)\s+of)\b"
    r"|为防范|为了|旨在|防止|为维护",
    re.I,
)
_SOURCE = re.compile(
    r"\b(?:(?:a\s+)?report(?:ed|s)?\s+(?:by|in|from)|according\s+to|citing|cited|reported|first\s+reported|revealed|told|"
    r"broke\s+the\s+news|(?:news|media)\s+(?:agency|outlet|report))\b|(?:报道|據|据|報導)",
    re.I,
)
# Words that settle a yes-or-no question: a denial, an exception, a confirmation that it still or also holds.
_DECIDES = re.compile(
    r"\b(?:not|no|never|none|nor|cannot|can't|won't|doesn't|don't|didn't|isn't|aren't|wasn't|without|except|exempt\w*|"
    r"exclud\w*|only|also|still|continu\w*|remain\w*|yet|unless|neither|either|at\s+least|instead|"
    # a condition or a sameness settles it too: "subject to legislation being passed", "unchanged from"
    r"subject\s+to|unchanged|provided\s+that|conditional\s+on|depend(?:s|ing)?\s+on|pending)\b"
    r"|不|无|未|没有|仍|也",
    re.I,
)
# A question about who or what is left out, and the sentences that tell it.
_EXCEPTION = re.compile(
    r"\b(?:not|n't|no\s+longer|except\w*|exempt\w*|exclud\w*|other\s+than|apart\s+from|unless|spared|waived?)\b", re.I
)
# "Where do employers pay it?" - "through pay.gov"; "on embassy and consulate websites".
_ONLINE = re.compile(r"https?://|\bwww\.|\b[\w-]+\.(?:gov|com|org|gov\.\w\w)\b|\b(?:websites?|portals?|online|embass\w+|consulates?)\b", re.I)
_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|"
    r"hundred|thousand|dozen|dozens|hundreds|thousands|several|half|a\s+few"
)
# ISO codes, upper case only whatever the flags of the pattern they sit in ("try 3 times", "500 cop").
_CURRENCY_CODES = (r"(?-i:USD|AUD|SGD|EUR|GBP|CAD|NZD|HKD|INR|JPY|CNY|RMB|KRW|CHF|SAR|AED|TWD|MYR|SEK|NOK|DKK|BRL|ZAR|"
                   r"THB|IDR|PHP|VND|PLN|CZK|HUF|TRY|RUB|ILS|QAR|KWD|BHD|OMR|EGP|MXN|ARS|CLP|COP|NGN|KES|PKR|BDT|LKR)")
# Local abbreviations written before a figure of three digits or more: "Dh30,000", "Dhs 5,000", "RM 2,000"
# ("DH 2" is no sum).
_CURRENCY_MARKS = r"(?:Dhs?|RM|SR|QR|Rp|R\$|HK\$|US\$)"
_AMOUNT = re.compile(
    r"[$£€¥₹₩₽₺₪₱₫]\s?\d|\d[\d,.]*\s*(?:%|per\s*cent|percent|million|billion|trillion|crore|lakh|yen|euros?|dollars?|pounds?|"
    r"won|rupees?|francs?|shekels?|NIS|a\s+(?:year|month))|(?:NIS|S\$|NT\$|A\$|C\$|NZ\$)\s?\d|\d+\s*(?:万|亿)?元"
    # Currencies by their ISO codes and names, before or after the figure: "AUD 2,000", "SGD30,000",
    # "80,000 Saudi Riyals", "5,000 dirhams".
    rf"|\b{_CURRENCY_CODES}\s?\d|\b{_CURRENCY_MARKS}\s?\d[\d,.]{{2,}}|\d[\d,.]*\s*(?:{_CURRENCY_CODES}|(?:saudi\s+)?riyals?|dirhams?|ringgit|yuan|renminbi|"
    r"kronor|kroner|kronur|zloty|rubles?|roubles?|lira|baht|pesos?|reais)\b|\bRs\.?\s?\d"
    r"|\b(?:six|five|seven)-figure\b|\b(?:half\s+a|a|one|two|three|five|ten)\s+(?:million|billion|trillion)\s+\w+"
    # A sum told by its order of magnitude: "tens of billions of won", "hundreds of millions of dollars".
    r"|\b(?:tens|hundreds|thousands)\s+of\s+(?:millions|billions|trillions)\s+of\s+\w+",
    re.I,
)
_PERCENT_OR_CHANGE = re.compile(
    r"\d[\d,.]*\s*(?:%|per\s*cent|percent)|\bby\s+(?:about\s+|around\s+|some\s+|approximately\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|up\s+to\s+)?(?!(?:19|20)\d\d\b)[$£€¥₹]?\d|"
    r"\bfrom\s+[$£€¥₹A-Z]*\$?\d[\d,.]*\s*(?:\w+\s+){0,2}to\s+[$£€¥₹A-Z]*\$?\d|\b(?:doubl|halv|tripl)\w*",
    re.I,
)
_DURATION = re.compile(
    rf"\b(?:\d[\d,.]*|{_NUMBER_WORDS})[\s-]+(?:more\s+)?(?:years?|months?|weeks?|days?|hours?|working\s+days)\b"
    r"|\b(?:until|within|for\s+up\s+to|indefinitely|indefinite\s+(?:duration|period|time))\b|\d+\s*(?:年|个月|天|日)",
    re.I,
)
_MONTHS = (
    r"January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|"
    r"Aug\.|Sept?\.|Oct\.|Nov\.|Dec\."
)
_CALENDAR = re.compile(
    rf"\b(?:{_MONTHS}|today|tomorrow|immediately|next\s+(?:year|month|week)|early\s+next|later\s+this|"
    r"(?:19|20)\d\d)\b|\d{1,2}\s*月|\d{4}\s*年",
)
_WEEKDAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_RELATIVE_TIME = re.compile(
    rf"\b(?:after|in)\s+(?:about\s+|up\s+to\s+)?(?:\d+|{_NUMBER_WORDS})\s+(?:years?|months?|weeks?|days?)\b",
    re.I,
)
# A number after "No.", "Nr.", "#", "Article", "Section", "§" or "numbered" names a law, a gazette or a clause:
# not a count.
_IDENTIFIER_BEFORE = (r"(?<!\bno\.\s)(?<!\bnr\.\s)(?<!#)(?<!#\s)(?<!article\s)(?<!section\s)(?<!§)(?<!§\s)"
                      r"(?<!numbered\s)")
_COUNT = re.compile(
    rf"{_IDENTIFIER_BEFORE}(?<![$£€¥₹\d.,\w-])(?:\d[\d,]*\b|(?:a\s+few\s+)?(?:{_NUMBER_WORDS}))\b(?!\s*(?:%|per\s*cent|percent|million|trillion|"
    r"billion|crore|lakh|yen|euros?|dollars?|pounds?|won|rupees?)\b)(?![.,]\d)|\d+\s*(?:名|人|所)",
    re.I,
)
# "three people with knowledge of the matter said": a count of sources, never an answer.
_ATTRIBUTION_AFTER = re.compile(
    r"^\W*(?:\w+\s+){0,5}?(?:said|say|says|told|familiar|knowledge|briefed|asked\s+not|sources)\b", re.I
)
_ATTRIBUTION_BEFORE = re.compile(r"\baccording\s+to\s+$", re.I)
_MONTH_NEAR = re.compile(rf"(?:{_MONTHS})\s*$|^\s*(?:{_MONTHS})", re.I)
_PENALTY = re.compile(
    r"\b(?:fine[sd]?|penalt\w*|prison|jail\w*|sentenc\w*|sanction\w*|disciplinary|punish\w*|prosecut\w*|"
    r"los(?:e|es|ing)\s+(?:their|the|its|his|her)|barred\s+from|revok\w*|deport\w*|dismiss\w*|fired|"
    r"denied|deny|denies|reject\w*|refused|cancel\w*|annul\w*|invalidat\w*|void)\b"
    r"|罚款|处分|追究|处罚",
    re.I,
)
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b(?:[A-Z][\w.&-]*[A-Za-z0-9]|[A-Z]{2,}(?:-\d+)?)\b|[A-Z]-\d\b")
_LIST = re.compile(r"\b(?:such\s+as|including|like|among\s+them)\b", re.I)
_NAME_IN_QUESTION = re.compile(r"(?<!^)(?<![?.!]\s)\b([A-Z][A-Za-z0-9-]+|[A-Z]{2,})\b")
_ZH_QUESTION_CHARS = lx.QA_ZH_QUESTION_CHARS
_ORGANISATIONS = re.compile(
    r"\b(?:compan(?:y|ies)|firms?|employers?|universit(?:y|ies)|colleges?|start-?ups?|institutes?|institutions?|"
    r"laborator(?:y|ies)|labs?|businesses|groups?|associations?|agenc(?:y|ies)|departments?|ministr(?:y|ies)|"
    r"council|office|chamber|coalition|unions?|schools?|hospitals?)\b",
    re.I,
)
_QUOTED = re.compile(r"^[\"“‘']|[\"”’']\s*,?\s*(?:said|says|told)\b|\b(?:said|says|wrote|writes|tweeted|posted)\s*:\s*[\"“‘]")
_PEOPLE_HEADS = _terms(" ".join(lx.QA_PEOPLE_HEADS))
_PEOPLE_NOUN_TERMS = _terms(" ".join(lx.QA_PEOPLE_NOUNS))
_PLACE_HEADS = _terms(" ".join(lx.QA_PLACE_HEADS))
_HEAD_STOP = lx.QA_HEAD_STOP
