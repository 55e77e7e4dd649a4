"""Which statements make a summary: what changed, the sentence that states the action, fitted whole
(`what_candidates`), and the bullets that cover most of what the other fields lack within the budget
(`candidate_pool`, `choose_bullets`)."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from bot.analysis import lexicon as lx
from bot.analysis.phrase_matching import PhraseMatch, combined_matchers
from bot.analysis.summary_compression import clauses, compress, fit
from bot.analysis.summary_elements import Document, is_covered, sentence_flags, useful_variants
from bot.analysis.summary_sentences import CANDIDATE_SENTENCES, CJK_CHAR, Sentence, position_prior
from bot.analysis.tagging import Tags
from bot.analysis.tokens import tokenize

SENTENCE_CHARS = 360  # no statement of a summary is longer (a rule stated whole may need it)
WHAT_CHARS = SENTENCE_CHARS  # what changed: a complete sentence or clause; a longer one is not chosen (never cut)
BULLET_CHARS = SENTENCE_CHARS

MIN_BULLETS = 2
MAX_BULLETS = 3
MIN_BULLETS_SLACK = 80  # characters past the budget a second bullet may take ...
FIRST_BULLET_SLACK = 200  # ... and the first (the gist is always shown as bullets; a long what changed leaves little)
SHORT_BULLET_CHARS = 90  # a second bullet this short may be added past the slack
OVERFLOW_COST = 0.03  # score per character past the budget
SHORTFALL = 3.0  # score per bullet short of MIN_BULLETS
MIN_BULLET_VALUE = 1.5  # what a bullet must add (elements' weight) to be a candidate
SEARCH_CANDIDATES = 8  # bullets are the best set among the best few candidates by value per character
BULLET_COST = 40  # characters a bullet costs beyond its own, when ranking candidates: a line of the alert
CHAR_COST = 0.005  # score per character: of two sets that cover as much, the shorter
BULLET_PENALTY = 0.1  # score per bullet: of two sets that cover as much, the one with fewer bullets


_SUMMARY_MATCHERS = combined_matchers({
    "rule": [("rule", p, w) for p, w in (*lx.RULE_VERBS, *lx.SUMMARY_ACTION_VERBS)],
    "actor": [("actor", b, 1.0) for j in lx.JURISDICTION_LIST for b in (*j.bodies, *j.capitals, *j.zh)]
    + [("actor", n, 0.6) for j in lx.JURISDICTION_LIST for n in (*j.names, *(f"={e}" for e in j.exact))]
    + [("actor", p, w) for p, w in lx.GOV_CUES if w >= 0.8],
})
_RULE = _SUMMARY_MATCHERS["rule"]
_ACTOR = _SUMMARY_MATCHERS["actor"]


def _rule_find(text: str) -> list[PhraseMatch]:
    """Rule and action verbs in a sentence; Chinese in traditional characters is read as simplified (the
    lexicon's Chinese is simplified)."""
    if CJK_CHAR.search(text):
        text = text.translate(lx.TRADITIONAL_TO_SIMPLIFIED)
    return _RULE.find(text)


def _weight_sum(matches: Sequence[PhraseMatch]) -> float:
    """Sum of weights over distinct phrases."""
    best: dict[str, float] = {}
    for m in matches:
        best[m.phrase] = max(best.get(m.phrase, 0.0), m.weight)
    return math.fsum(best.values())


# ---------------------------------------------------------------- what changed

WHAT_OVERHEAD = 60  # characters added to a statement's length when weighing what it carries per character
WHAT_DENSITY = 20.0  # how much carrying more per character lifts a statement (a 150-character one with five
# checkable details about doubles its score)
MIN_WHAT_SCORE = 1.0
FALLBACK_SENTENCES = 5  # with no statement of a rule, what changed is the best of the lead's first sentences
FALLBACK_MARGIN = 3.0  # how much more a later sentence of the lead must carry to take the first one's place
WHAT_CHOICES = 3  # statements of the change tried, each with the bullets it leaves room for
WHAT_PREFERENCE = 1.5  # how much the best statement is preferred over the next for being the best


def _tag_evidence_hits(sentence: str, tags: Tags) -> float:
    """Whether this sentence holds the tagger's evidence: its policy-type phrase above all (the rule
    itself), its jurisdiction phrase a little (naming the actor is not stating the change)."""
    weight = {"policy_type": 1.0, "jurisdictions": 0.3}
    return sum(weight.get(e.field, 0.0) for e in tags.evidence if e.text and e.text in sentence)


# A sentence the page itself cut off ("... the competitiveness of the UK labour market and …", "[…]"): a
# feed's excerpt or a teaser. Never the statement of the change, which the alert shows as a whole sentence.
_CUT_OFF = re.compile(r"(?:…|\.\.\.|\[…\]|\[\.\.\.\])\W*$")


def cut_off(sentence: str) -> bool:
    """Does the sentence end in an ellipsis, cut by its page?"""
    return bool(_CUT_OFF.search(sentence))


_CAPITALISED = re.compile(r"[^\W\d_][\w'’.-]*")


def _menu_row(text: str) -> bool:
    """Every word capitalised, as a menu's labels are ("Nachrichten Wetter Sport Kultur Mediathek"): prose has
    small words (a verb, an article) even where nouns take capitals."""
    found = _CAPITALISED.findall(text)
    return len(found) >= 3 and all(w[0].isupper() for w in found)


def fallback_statement(sentences: Sequence[Sentence], doc: Document, headline: str = "") -> tuple[str, str] | None:
    """What changed when no sentence has a rule verb or the tagger's evidence: (source sentence, its
    compressed form), or None. Never a line that is no statement (`statement_problem`): a menu, an appeal
    to the reader, a heading or a caption is worse than no what changed."""
    # No rule verb we know (another language, or an unusual wording): the lead states the news. Of its
    # first sentences, the one carrying most (a page's menu, a caption or a phone line carries little).
    # (Valued whole, not past the headline: the lead repeating the headline is the news, and a later sentence
    # takes its place only carrying far more: a menu or a phone line before it carries next to nothing.)
    chosen: tuple[float, str, str] | None = None
    for s in sentences[:FALLBACK_SENTENCES]:
        short = _plain_statement(s, headline)
        if short is not None and not _menu_row(s.text):
            value = doc.value(doc.part_elements(s.text, short), frozenset()) * position_prior(s.index)
            if chosen is None or value > FALLBACK_MARGIN * chosen[0]:
                chosen = (value, s.text, short)
    if chosen is None:
        # The lead is all furniture: the first later sentence that is a statement about the headline's news.
        about = _content_terms(headline)
        for s in sentences[FALLBACK_SENTENCES:CANDIDATE_SENTENCES]:
            short = _plain_statement(s, headline)
            if short is not None and _content_terms(s.text) & about:
                return s.text, short
    return None if chosen is None else (chosen[1], chosen[2])


def _plain_statement(s: Sentence, headline: str) -> str | None:
    """`s` compressed to fit "what changed", or None when it is background, a caption, an address, cut off or
    no statement at all (`statement_problem`)."""
    short = fit(compress(s.text), WHAT_CHARS)
    flags = sentence_flags(s.text)
    if short is None or flags.background or flags.caption or flags.url or cut_off(short):
        return None
    return None if statement_problem(s.text, headline) else short


def what_candidates(sentences: Sequence[Sentence], tags: Tags, doc: Document,
                    covered: frozenset[str] = frozenset(), headline: str = "") -> list[tuple[float, str, str]]:
    """The best few statements of the change: (preference in 0..1, source sentence, compressed form
    fitted to WHAT_CHARS), best first. A statement has a rule verb or the tagger's evidence; its actor,
    its place in the report and what it carries per character make it better."""
    found: list[tuple[float, str, str]] = []
    for s in sentences[:CANDIDATE_SENTENCES]:
        if cut_off(s.text):
            continue
        rule = _weight_sum(_rule_find(s.text))
        hits = _tag_evidence_hits(s.text, tags)
        if rule == 0 and hits == 0:
            continue  # naming an actor is not stating a change
        actor = min(1.5, _weight_sum(_ACTOR.find(s.text)))
        base = (min(rule, 2.0) + actor + 1.5 * hits) * position_prior(s.index)
        flags = sentence_flags(s.text)
        if flags.caption:
            continue  # a photo's caption: who stood where, never the change
        if flags.exception:
            base *= 0.4  # "does not apply to renewals" states what does not change
        if flags.background or flags.first_person:
            base *= 0.5
        if flags.pronoun or flags.url:
            base *= 0.3  # a sentence that needs the one before it, a link: not the change
        for variant in useful_variants(s.text, doc):
            short = fit(variant, WHAT_CHARS)
            if short is None:
                continue
            # What it covers per character: a long sentence must carry more to be worth the field.
            density = doc.value(doc.part_elements(s.text, short), covered) / (len(short) + WHAT_OVERHEAD)
            score = base * (0.5 + WHAT_DENSITY * density)
            if score >= MIN_WHAT_SCORE:
                found.append((score, s.text, short))
    if not found:
        fallback = fallback_statement(sentences, doc, headline)
        if fallback is not None:
            found.append((MIN_WHAT_SCORE, *fallback))
    found.sort(key=lambda x: -x[0])
    top = found[0][0] if found else 1.0
    return [(score / top, text, short) for score, text, short in found[:WHAT_CHOICES]]


# ---------------------------------------------------------------- bullets: greedy coverage

# sentence, text, elements, prior, each element's weight at that prior
Candidate = tuple[Sentence, str, frozenset[str], float, dict[str, float]]


def candidate_pool(sentences: Sequence[Sentence], doc: Document, tags: Tags) -> list[Candidate]:
    """Every compressed sentence (and clause) that could be a bullet, with its elements and prior: its
    place in the report, rule cues up, background and quotes down, captions out."""
    pool: list[Candidate] = []
    for s in sentences[:CANDIDATE_SENTENCES]:
        if not s.terms:
            continue
        prior = position_prior(s.index)
        prior *= 1.0 + min(0.5, 0.25 * _weight_sum(_rule_find(s.text))) + 0.2 * _tag_evidence_hits(s.text, tags)
        flags = sentence_flags(s.text)
        if flags.background:
            prior *= 0.45
        if flags.first_person:
            prior *= 0.7  # a quote or a letter's voice: opinion more often than the rule
        if flags.caption:
            continue  # a photo's caption: who stood where
        if flags.pronoun:
            prior *= 0.7  # a pronoun needs the sentence before it
        if flags.url:
            prior *= 0.3  # a link or an embedded post
        seen: set[str] = set()
        for variant in useful_variants(s.text, doc):
            for short in clauses(variant):
                fitted = fit(short, BULLET_CHARS)
                if fitted is not None and fitted not in seen:
                    seen.add(fitted)
                    elements = doc.part_elements(s.text, fitted)
                    pool.append((s, fitted, elements, prior, {e: doc.weight(e) * prior for e in elements}))
    return pool


def choose_bullets(
    pool: Sequence[Candidate], doc: Document, *, covered: frozenset[str], avoid: str | None, budget: int
) -> tuple[float, list[str]]:
    """The set of up to MAX_BULLETS candidates (not from `avoid`, the sentence what changed came from)
    that covers most of what `covered` lacks, net of its length, within `budget`: (its score, its bullets
    in the article's order). Each element counts once, at the best prior among the bullets holding it."""
    # Candidates worth a look: each must add enough on its own; the best few by value per character.
    scored = []
    for entry in pool:
        if entry[0].text == avoid:
            continue
        if len(entry[1]) > budget + FIRST_BULLET_SLACK:
            continue
        # fsum: exact, so the order a set yields its elements in (it varies by process) cannot tip a tie.
        gain = math.fsum(w for e, w in entry[4].items() if not is_covered(e, covered))
        if gain >= MIN_BULLET_VALUE * entry[3]:
            scored.append((gain / (len(entry[1]) + BULLET_COST), entry))
    top = [e for _, e in sorted(scored, key=lambda x: -x[0])[:SEARCH_CANDIDATES]]
    # What each candidate would add, element by element, at its prior.
    gains = [{e: w for e, w in c[4].items() if not is_covered(e, covered)} for c in top]
    # Every set of up to MAX_BULLETS of them that fits the budget: the one covering most, net of length.
    # A set's coverage is built up one candidate at a time (each element at the best prior holding it).
    # The alert shows the gist as bullets: one always, two when the article has two that add something;
    # a set short of that pays SHORTFALL per missing bullet, and one past the budget (by at most the
    # slack) pays OVERFLOW_COST per character over, so the statement of the change is chosen to leave
    # room for them.
    wanted = min(MIN_BULLETS, len({id(c[0]) for c in pool if c[0].text != avoid}))
    best: tuple[float, tuple[int, ...]] = (-SHORTFALL * wanted, ())

    def extend(chosen: tuple[int, ...], held: dict[str, float], value: float, length: int) -> None:
        nonlocal best
        start = chosen[-1] + 1 if chosen else 0
        for i in range(start, len(top)):
            size = length + len(top[i][1])
            if not chosen:
                limit = budget + FIRST_BULLET_SLACK
            elif len(chosen) < MIN_BULLETS:  # within the slack, or a short one, but never past the first's slack
                limit = max(budget + MIN_BULLETS_SLACK, min(length + SHORT_BULLET_CHARS, budget + FIRST_BULLET_SLACK))
            else:
                limit = budget
            if size > limit or any(top[j][0] is top[i][0] for j in chosen):
                continue
            add = math.fsum(w - held.get(e, 0.0) for e, w in gains[i].items() if w > held.get(e, 0.0))
            combo = (*chosen, i)
            score = (value + add - CHAR_COST * size - BULLET_PENALTY * len(combo)
                     - OVERFLOW_COST * max(0, size - budget) - SHORTFALL * max(0, wanted - len(combo)))
            if score > best[0]:
                best = (score, combo)
            if len(combo) < MAX_BULLETS:
                merged = dict(held)
                for e, w in gains[i].items():
                    if w > merged.get(e, 0.0):
                        merged[e] = w
                extend(combo, merged, value + add, size)

    extend((), {}, 0.0, 0)
    chosen = [(top[i][0].index, top[i][1]) for i in best[1]]
    return best[0], [short for _, short in sorted(chosen)]


# ---------------------------------------------------------------- is it a statement at all

# A sentence's end: a full stop, a question or exclamation mark (any script's), a closing quote or bracket after one.
_SENTENCE_END = re.compile(r"[.!?。！？؟।]['\"”’»)）\]]*\s*$")
# The page talking to its reader rather than reporting: "you", "your", the editors' "we tell you" ("Наше
# издание живет благодаря тебе, читатель", "U kijkt naar een beperkte versie", "Her finner du en oversikt",
# "Рассказываем, как ...", "Riportiamo di seguito ...", "AI 요약 기술은 핵심만 전달합니다"). A report of a rule
# names the people it acts on in the third person.
_READER_ADDRESS = re.compile(
    r"\b(?:you|your|yours|тебе|тебя|тобой|твой|твоя|твоё|читатель|читатели|читателей|рассказываем|расскажем|"
    r"vous|votre|vos|u\s+kijkt|uw|jij|jouw|(?:finner|finder|hittar|får|kan|kann|kannst|findest)\s+du|"
    r"du\s+(?:finner|finder|hittar|får|kan|kannst|findest)|dere|(?:finden|können|lesen)\s+Sie|Sie\s+(?:finden|können|lesen)|"
    r"riportiamo|vi\s+(?:spieghiamo|raccontiamo)|te\s+(?:contamos|explicamos)|le\s+(?:contamos|explicamos)|"
    r"você|vocês|le\s+lecteur|cher\s+lecteur)\b"
    r"|요약\s*기술|핵심만\s*전달|读者|読者",
    re.I,
)
# A Korean news photo's caption: "... 2일 오전 ... 청사에서 ... 브리핑을 하고 있다." (the day, the place, and "is
# giving a briefing"): the present progressive that describes a picture; a report states what was done (했다,
# 밝혔다), and prose in the progressive ("증가세를 보이고 있다") names no day and place.
_KOREAN_CAPTION = re.compile(r"\d{1,2}일\s.*에서\s.*하고\s*있다[.。]?\s*$")
# A news photo's dated tail in any language: "..., в Москве, Россия, 11 июля 2019 года." (place, country, day
# month year as the last words; prose puts a date by its verb).
_CAPTION_DATE_TAIL = re.compile(r",\s+[^\W\d]+(?:\s+[^\W\d]+)?,\s+\d{1,2}\.?\s+[^\W\d]+\.?\s+(?:19|20)\d\d(?:\s+[^\W\d]{1,5}\.?)?\s*[.。]?$")
# A page's timestamp: "08.01.2024 21:15", "05/05/2025 14:02": a day's date with a clock time is meta, not prose.
_TIMESTAMP = re.compile(r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+\d{1,2}:\d\d\b")
_OPENING_QUOTE = "\"“„«「『"
_CLOSING_QUOTE = re.compile(r"[\"”»」』]")


_DIGIT = re.compile(r"(?<![A-Za-z])[0-9０-９]+(?![0-9A-Za-z])")  # a figure, not "365bet" or "A4"


STATEMENT_MIN_WORDS = 4  # a statement names an actor, an action and what it acts on
_HAN_KANA = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def _words(text: str) -> int:
    """Words of a line, two Chinese or Japanese characters counting as one (Korean spaces its words)."""
    return len(text.split()) + len(_HAN_KANA.findall(text)) // 2


def _content_terms(text: str) -> frozenset[str]:
    """Terms two statements share when about the same thing: Chinese, Japanese and Korean character pairs, and
    other words of four letters or more cut to their first five (so inflected forms meet)."""
    out = set()
    for t in tokenize(text):
        if CJK_CHAR.match(t):
            if len(t) == 2:
                out.add(t)
        elif len(t) >= 4 and not t.isdigit():
            out.add(t[:5])
    return frozenset(out)


def statement_problem(text: str, headline: str) -> str:
    """Why a line is not a statement of an action, "" when it may be one: a heading, menu, byline or tagline
    (no sentence end, and under STATEMENT_MIN_WORDS words or with no figure and nothing in common with the
    headline), an appeal to the reader, a photo's caption, a page's timestamp, a quote."""
    line = text.strip()
    if _READER_ADDRESS.search(line):
        return "reader"
    if _KOREAN_CAPTION.search(line) or _CAPTION_DATE_TAIL.search(line):
        return "caption"
    if _TIMESTAMP.search(line):
        return "meta"
    if line[:1] in _OPENING_QUOTE:
        close = _CLOSING_QUOTE.search(line, 1)
        if close is None or close.start() > len(line) / 2:
            return "quote"  # a speaker's words, opinion more often than the action (not a quoted name: “中国行动计划”引发...)
    if _SENTENCE_END.search(line):
        return ""
    if _words(line) < STATEMENT_MIN_WORDS:
        return "heading"  # a name and title, an event's name: "홍석준 국민의힘 의원", "제1회 과학기술관계장관회의"
    if not (_DIGIT.search(line) or _content_terms(line) & _content_terms(headline)):
        return "heading"  # (a line with a figure is a sub-headline's fact: "1심 재판부, 징역 1년 6월 판결")
    return ""
