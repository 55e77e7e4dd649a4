"""Reading a question: which kind of fact it asks for (an amount, a date, a person, a reason, yes or
no, ...), the noun it asks about, and its own words (its focus) weighted later against the sources.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.analysis import lexicon as lx
from bot.analysis.language_detection import detect_language
from bot.analysis.normalization import is_cjk
from bot.analysis.qa.vocabulary import (
    _HEAD_STOP,
    _KIND_NOUN_RE,
    _KIND_TERMS,
    _META_TERMS,
    _PEOPLE_NOUN_TERMS,
    _PLACES,
    _POLAR_ADVERBS,
    _QUESTION_TERMS,
    _ZH_QUESTION_CHARS,
    _terms,
)
from bot.analysis.tokens import tokenize

# ---------------------------------------------------------------- the question


@dataclass(frozen=True)
class _Question:
    text: str
    kind: str
    head: tuple[str, ...]  # the thing asked about: "visa" in "how many H-1B visas", "student" in "which students"
    terms: tuple[str, ...]  # every content term, for ranking
    focus: tuple[str, ...]  # the terms an answer must support
    adverbs: tuple[str, ...] = ()  # "still", "also", "yet": what a yes-or-no answer often repeats
    places: tuple[str, ...] = ()  # jurisdictions named: the sources must name them, but any sentence may
    # be about them ("Why is China doing this?" is answered by a sentence that does not repeat "China")
    other_language: bool = False  # read by the question words of another language than English


# A verb right after the noun asked about ("Which chamber gave final approval?", "Which judge decided?").
_VERB_AFTER_NOUN = re.compile(
    r"[a-z]{3,}ed|led|gave|took|made|held|ran|won|set|sent|told|brought|began|wrote|chose|spoke|said|"
    r"(?:run|lead|oversee|manage|handle|decide|store|enforce|administer|chair|fund|pay|issue|approve|sign|"
    r"announce|propose)s"
)


def _noun_phrase_after(text: str, start: int) -> list[str]:
    """The words of the noun phrase starting at `start` ("H-1B visas were issued" -> ["H-1B", "visas"]);
    "of the visas" is skipped into ("how many of the visas")."""
    rest = re.findall(r"[\w'’-]+", text[start:])
    while rest and rest[0].lower() in ("of", "the", "a", "an"):
        rest = rest[1:]
    if len(rest) > 2 and rest[0].lower() in ("kind", "kinds", "type", "types", "sort", "sorts", "form", "forms") \
            and rest[1].lower() == "of":
        rest = rest[2:]  # "what kind of visa category" asks which visa category
    out: list[str] = []
    for w in rest:
        if w.lower() in _HEAD_STOP or (out and _VERB_AFTER_NOUN.fullmatch(w.lower())):
            break  # "which group led the case": the verb ends the noun phrase
        out.append(w)
        if len(out) == 4:
            break
    return out


def _head_terms(phrase: list[str]) -> tuple[str, ...]:
    """The head noun of a question's noun phrase: its first lower-case plural ("Chinese students study"
    -> "students", "Employment Pass holders" -> "holders"), else its last word."""
    if not phrase:
        return ()
    plural = next((w for w in phrase if w.islower() and len(w) > 3 and w.endswith("s") and not w.endswith("ss")),
                  None)
    last = tokenize(plural or phrase[-1])
    return tuple(last[-1:])


# "What prompted the ban?", "What is behind it?": a reason, asked without "why".
_CAUSE_QUESTION = re.compile(
    r"\bwhat(?:'s|\s+is|\s+was)?\s+(?:\w+\s+)?(?:prompted|prompts|caused|causes|triggered|triggers|led\s+to|leads\s+to|drove|"
    r"drives|motivated|sparked|spurred|behind|explains)\b|\b(?:worried|worries|worry|concerned|afraid|fears?)\b"
)
# "Where did this come from?", "Which outlet reported it?": the report the news rests on.
_SOURCE_QUESTION = re.compile(
    r"\bwhere\s+(?:did|does|do)\s+(?:this|it|the\s+\w+)\s+come\s+from\b|\bwhere\s+(?:was|were|is)\s+(?:this|it|the\s+\w+)\s+"
    r"(?:\w+\s+)?(?:reported|published|revealed|first\s+reported)\b|\b(?:which|what)\s+(?:outlet|newspaper|paper|media|"
    r"publication|news\s+agency|agency\s+reported)\b|\bwho\s+(?:first\s+)?(?:reported|broke)\b|\bwhat\s+is\s+the\s+source\b"
)
# "What is the case called?", "What is the scheme nicknamed?", "What is the new visa known as?"
_CALLED_QUESTION = re.compile(
    r"^\W*what\s+(?:is|are|was|were|will\s+be)\s+(?:the|this|that|these|its|their)\s+((?:[\w-]+\s+){0,3}?[\w-]+)\s+"
    r"(?:called|named|nicknamed|dubbed|known\s+as|titled)\s*\??\s*$", re.I)
_WHEN_TERMS = _terms(" ".join(lx.QA_WHEN_WORDS))
_CALLED_TERMS = frozenset(tokenize("called named nicknamed dubbed known titled"))  # they ask for the name
# "Is it in force?", "Does it apply to renewals?", "Can holders bring their families?": yes or no, answered
# by the sentence that decides it.
_POLAR_QUESTION = re.compile(
    r"^\W*(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|must|may|might|shall|isn't|aren't|"
    r"doesn't|don't|didn't|won't|can't)\b"
)


_TIME_UNITS = _terms("year years month months week weeks day days hour hours")
# "What replaces it?", "What happened to the lists?", "What changed?": the word after "what" is a verb.
_VERB_AFTER_WHAT = re.compile(
    r"(?:\w+(?:ed|es)|happened|replaces|means|makes|drives|comes|goes|says|said|led|made|took|gave|went)\b"
    r"(?:\s+(?:it|them|this|that|the|a|an|her|his|their|to|from|in|on|for|with|after|before)\b|\s*\?|\s*$)"
)
# "Who are the defendants?": the people asked for are named by the noun.
_WHO_ARE_THE = re.compile(r"^\W*who\s+(?:is|are|was|were)\s+(?:the|these|those)\s+([\w-]+)\s*\??\s*$", re.I)


_QUANTITY_TERMS = _terms(" ".join(lx.QA_QUANTITY_NOUNS))
# "What was the 2025 cap?", "What share of the population ...?": a figure, not a name.
_QUANTITY_NOUN = re.compile(
    r"\b(?:what|which)(?:'s|\s+(?:is|was|are|were|will\s+be|would\s+be)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?|\s+(?:[\w-]+\s+){0,2}?)"
    r"(?:cap|caps|limit|limits|quota|quotas|target|total|figure|ceiling|(?:share|percentage|proportion|rate)\s+of)\b"
    r"(?!\s+(?:bill|law|rule|policy|season|system)s?\b)"
)


def _question_kind(question: str) -> tuple[str, tuple[str, ...]]:
    """What kind of fact the question asks for, and its head noun (stems)."""
    kind, head, _ = _read_kind(question)
    return kind, head


def _read_kind(question: str) -> tuple[str, tuple[str, ...], bool]:
    """The kind, the head noun and whether the question was read in another language than English: as
    English first, then, when English finds no question word, in the other languages of the lexicon."""
    kind, head = _english_kind(question)
    # An English question with no question word of its own ("How was the fund announced?") is not read
    # for another language's ("was"): only one the language guess does not take for English.
    if kind == "other" and detect_language(question, default="") != "en":
        found = _other_language_kind(question)
        if found is not None:
            return (*found, True)
    # A yes-or-no reading that rests on a word English shares with another language ("Was soll das Gesetz
    # erleichtern?": German "what") yields to that language's when the guess is confidently not English.
    if kind == "polar" and detect_language(question, default="en") != "en":
        found = _other_language_kind(question)
        if found is not None:
            return (*found, True)
    return kind, head, False


# ---------------------------------------------------------------- other languages
#
# "Qui a annoncé la suspension ?", "Wann kommen die Regeln?", "누가 법안을 발의했나요?": a question in the
# article's own language. Its kind is read from that language's question words; those and its other
# function words ("a", "la", "die", "は") are no focus an answer must hold.

_ML_KINDS = tuple((kind, re.compile(pattern)) for kind, pattern in lx.QA_ML_KIND_CUES)
_ML_FUNCTION_TERMS = _terms(" ".join(lx.QA_ML_FUNCTION_WORDS))
_ML_FUNCTION_CHARS = lx.QA_ML_FUNCTION_CHARS
_ML_META_TERMS = _terms(" ".join(lx.QA_ML_META_WORDS))
_ML_ELISION = re.compile(lx.QA_ML_ELISION, re.I)
_ML_COUNTER = re.compile(lx.QA_ML_COUNTERS)
_PEOPLE_COUNTERS = ("人", "名", "位")
_ML_HEAD_WORDS = 2  # "combien de passeports talent": the noun is first in French, last in German


def _other_language_kind(question: str) -> tuple[str, tuple[str, ...]] | None:
    """The kind asked for by a question in another language than English, and for a count or a "which"
    the noun after its question word; None when no question word of the lexicon is found."""
    q = question.lower()
    for kind, pattern in _ML_KINDS:
        m = pattern.search(q)
        if m is None:
            continue
        head: tuple[str, ...] = ()
        if kind in lx.QA_ML_HEAD_AFTER:
            run: list[str] = []
            for w in re.findall(r"[^\W\d_][\w'’-]*", q[m.end():]):
                terms = [t for t in tokenize(w.split("'")[-1].split("’")[-1], keep_stopwords=True)
                         if t not in _ML_FUNCTION_TERMS]
                if not terms or is_cjk(terms[0][0]):
                    if run:
                        break
                    continue
                run.append(terms[-1])
                if len(run) == _ML_HEAD_WORDS:
                    break
            head = tuple(run[:1]) if kind == "which" else tuple(run)
            counter = _ML_COUNTER.search(q) if kind == "count" else None
            if counter:
                head = (counter.group(1),)  # "何件の申請": what is counted is written with 件
            if kind == "which" and head and head[0] in _PEOPLE_NOUN_TERMS:
                return "who", head
        return kind, head
    return None


def _english_kind(question: str) -> tuple[str, tuple[str, ...]]:
    """What kind of fact an English (or Chinese) question asks for, and its head noun (stems)."""
    q = question.lower()
    if re.search(r"\bby\s+how\s+much\b|\bhow\s+much\s+(?:higher|lower|more|less)\b"
                 r"|\bby\s+what\s+(?:percentage|percent|proportion|share|amount|margin|factor)\b", q):
        return "change", ()
    if re.search(r"\bhow\s+much\b.*\b(?:drop|fall|rise|increase|decrease|decline|grow|shrink|cut|reduce)\b", q):
        return "change", ()  # "How much could demand drop?" wants the change: "by about 12,000"
    if re.match(r"\W*how\s+much\s+of\s+(?:the|each|a|an|their|its|every)\b", q) or re.match(
            r"\W*what\s+(?:share|percentage|proportion|fraction)\b", q):
        return "quantity", ()  # "How much of each salary is covered?", "What share were new?": a share
    m = re.search(r"\bhow\s+much\b", q)
    if m:
        # "How much tuition ...?": the thing priced is what the answer must be about.
        head = _head_terms(_noun_phrase_after(question, m.end()))
        return "amount", tuple(h for h in head if h not in _KIND_TERMS["amount"])
    counter = re.search(r"多少\s*(家|个|個|名|位|人|所|間|间|項|项|件|种|種|国|國)", q)
    if counter:
        # "多少家公司" counts companies, written with 家 (even "... that paid the fee": not a sum). People are
        # counted with 人, 名 or 位 alike ("多少人" is answered by "1200名学生").
        if counter.group(1) in _PEOPLE_COUNTERS:
            return "count", _PEOPLE_COUNTERS
        return "count", (counter.group(1),)
    if re.search(r"多少[钱錢]|[费費]用|(?:资助|資助|经费|經費|金额|金額|奖励|獎勵|补贴|補貼)多少|[费費]\S?是?多少", q):
        return "amount", ()
    # "What is the aim?" asks why; "How many visas does it aim to issue?" does not.
    # "When is it meant to apply?" asks when, not why.
    if (re.search(r"\b(?:meant|designed|intended|supposed)\s+to\b|\b(?:purpose|goal)\b|\b(?:the|its|their|main)\s+aim\b|"
                  r"\baims?\s+of\b|\bwhat\s+for\b", q) and not re.match(r"\W*(?:when|where|who|whom)\b", q)) or \
            _CAUSE_QUESTION.search(q):
        return "why", ()
    if re.search(r"\bhow\s+(?:long|far\s+in\s+advance|far\s+ahead|soon|quickly|fast)\b|多久|多长时间", q):
        return "duration", ()
    m = re.search(r"\bhow\s+many\b", q)
    if m:
        head = _head_terms(_noun_phrase_after(question, m.end()))
        # "For how many years can a researcher be backed?" asks how long.
        return ("duration", ()) if head and head[0] in _TIME_UNITS else ("count", head)
    m = re.search(r"\b(?:what|which)\s+is\s+the\s+(?:\w+\s+){0,2}?numbers?\s+of\b|\bwhat\s+number\s+of\b", q)
    if m:
        return "count", _head_terms(_noun_phrase_after(question, m.end()))
    if re.search(r"\b(?:target|total)\s+number\b", q):
        return "count", _head_terms(_noun_phrase_after(question, q.index("number") + len("number")))
    if re.search(r"\bhow\s+(?:big|large|high|low|many|significant)\b", q) or "多少" in q or _QUANTITY_NOUN.search(q):
        return "quantity", ()
    if re.search(r"\b(?:when|what\s+date|which\s+date|until\s+when|by\s+when|what\s+time|from\s+when|what\s+day)\b",
                 q) or re.search("何时|什么时候|哪天|截止", q) or _KIND_NOUN_RE["when"].search(q):
        return "when", ()
    if re.search(r"\bwhat\s+happens\s+(?:to|if)\b|\bwhat\b.*\b(?:do|does|would|will|could)\s+\w+(?:\s+\w+)?\s+face\b", q) \
            or _KIND_NOUN_RE["penalty"].search(q) or re.search("处罚|处分|罚", q):
        return "penalty", ()
    if re.search(r"\b(?:what|how\s+much)\b.*\b(?:cost|costs|spend|spent|pay)\b", q) and not re.search(
        r"\bpay\s+for\b", q
    ):
        return "amount", ()
    if re.search(r"\b(?:what|which)\s+(?:[\w-]+\s+)?(?:fee|fees|salary|salaries|wage|wages|price|budget|levy|income|money|funding|stipends?|allowances?)\b", q) or \
            re.search(r"\bwhat\s+(?:[\w-]+\s+)?(?:capital|investment|loss|losses)\b", q):
        return "amount", ()  # "What salary qualifies for the pass?" ("which capital" asks for a city)
    if re.search(r"\bwhat\s+(?:will|would|is|was|are|were)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,4}?"
                 r"(?:fee|fees|salary|salaries|wage|wages|price|threshold|thresholds|budget|levy)\s+(?:be|now)\b", q):
        return "amount", ()  # "What will the new skilled worker salary threshold be?"
    if re.search(r"\b(?:what\s+(?:is|are|was|were|will\s+be)|is\s+there)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?"
                 r"(?:fee|fees|cost|costs|price|charge|salary|salaries|wage|income|threshold|thresholds|budget|levy|capital|loss|"
                 r"bar|floor|amount|sum)\b", q):
        return "amount", ()
    if _SOURCE_QUESTION.search(q):
        return "source", ()
    m = _CALLED_QUESTION.match(question)
    if m:
        # "What is the case called?", "What are the three pathways called?": a name, next to its noun.
        return "which", _head_terms(m.group(1).split())
    if _POLAR_QUESTION.match(q):
        return "polar", ()
    if re.search(r"\b(?:who|whom|whose)\b", q) or "谁" in q or re.search("哪些(?:人|科研|研究|企业|单位)", q):
        who_are = _WHO_ARE_THE.match(question)
        return "who", tuple(tokenize(who_are.group(1))[-1:]) if who_are else ()
    if re.search(r"\bwhere\b", q) or "哪里" in q:
        return "where", ()
    if re.search(r"\bwhy\b|\breason\b", q) or "为什么" in q:
        return "why", ()
    m = re.search(r"\b(?:which|what)\s+(?!is\b|are\b|was\b|were\b|does\b|do\b|did\b|will\b|would\b|happens\b|can\b|"
                  r"should\b|about\b|if\b|has\b|have\b|must\b|may\b|might\b|could\b|shall\b)", q)
    if m and _VERB_AFTER_WHAT.match(q[m.end():]):
        return "what", ()  # "What replaces it?", "What changed from the first round?": a verb, not a noun
    if m:
        head = _head_terms(_noun_phrase_after(question, m.end()))
        if head and head[0] in _PEOPLE_NOUN_TERMS:
            return "who", head
        return "which", head
    if re.search(r"\b(?:what|which)\b", q) or "什么" in q:
        return "what", ()
    return "other", ()


def _analyse(question: str) -> _Question:
    kind, head, other_language = _read_kind(question)
    terms = [t for t in dict.fromkeys(tokenize(question, keep_stopwords=False)) if t not in _QUESTION_TERMS]
    if other_language:
        # A question in another language: its function words are no terms (English ones never reach here
        # with a kind of their own, so English questions read as before), nor its elided articles.
        unelided = _ML_ELISION.sub(" ", question)
        terms = [t for t in dict.fromkeys(tokenize(unelided, keep_stopwords=False)) if t not in _QUESTION_TERMS]
        terms = [t for t in terms if t not in _ML_FUNCTION_TERMS and not (len(t) == 1 and t in _ML_FUNCTION_CHARS)]
    kind_terms = _KIND_TERMS.get(kind, frozenset()) | (
        _KIND_TERMS["amount"] if kind == "quantity" else frozenset()
    ) | (_QUANTITY_TERMS if kind == "quantity" else frozenset()) | (
        _CALLED_TERMS if kind == "which" and _CALLED_QUESTION.match(question) else frozenset()
    ) | (_WHEN_TERMS if kind == "when" else frozenset())
    focus: list[str] = []
    places: list[str] = []
    for t in terms:
        if t in _META_TERMS or t in kind_terms or (other_language and t in _ML_META_TERMS):
            continue
        if t in _PLACES:
            places.append(t)
            continue
        if is_cjk(t[0]):
            if len(t) == 1 and t not in _ZH_QUESTION_CHARS:
                focus.append(t)
        else:
            focus.append(t)
    adverbs = tuple(a for a in _POLAR_ADVERBS if re.search(rf"\b{a}\b", question, re.I))
    return _Question(question, kind, head, tuple(terms), tuple(focus), adverbs, tuple(places), other_language)
