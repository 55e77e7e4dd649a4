"""Extractive summary: every statement is a sentence of the article, or that sentence with words deleted.

* headline: the title, cleaned (outlet suffix dropped) and cut on a word boundary;
* what_changed: the sentence that states the rule (an actor or rule cue plus a rule verb), compressed;
* who_is_affected: the clause naming the affected people ("top AI researchers at private companies
  such as Alibaba and DeepSeek"), or the whole sentence when no clean clause can be cut out;
* effective: the ISO date on which the rule takes effect, when a sentence says so;
* bullets: 2–3 compressed sentences chosen for what they *add*: each must bring facts (figures, dates,
  names) and words that the headline, what_changed and the bullets before it do not already carry, per
  character, so the summary stays short (SUMMARY_BUDGET characters in all) without dropping facts.

Compression only deletes: attributions ("..., people familiar with the matter said"), weekday
adverbials ("on Tuesday") and trailing clauses that hold no fact (", as the country tries to ..."). So
every piece of a summary is the words of one article sentence, in order (`traceable` checks that).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from types import MappingProxyType

from bot.analysis import lexicon as lx
from bot.analysis.tagging import MAX_SENTENCES as EFFECTIVE_SENTENCES
from bot.analysis.tagging import Tags, find_effective_date, find_effective_month
from bot.analysis.text import (
    CJK_CHARS,
    PhraseMatch,
    PhraseMatcher,
    clean_line,
    combined_matchers,
    is_cjk,
    split_sentences,
    strip_outlet,
    tokenize,
    truncate,
)
from bot.models import Summary

HEADLINE_CHARS = 120
SENTENCE_CHARS = 300
WHAT_CHARS = 220  # what changed: one compressed sentence
WHO_CHARS = 120
BULLET_CHARS = 200
MIN_BULLETS = 2
MAX_BULLETS = 3
MAX_SENTENCES = 20  # key facts sit in the first part of a report; the tail is background
CANDIDATE_SENTENCES = 14  # ... and the statements worth a field or a bullet within its first dozen
# Characters for the whole summary (headline, bullets and fields): bullets fill what the others leave,
# but two bullets are always given when the article has them (then shorter ones are preferred).
SUMMARY_BUDGET = 430
EXTRA_BULLET_MIN = 1.0  # a third bullet must add real information, not a reaction

_SUMMARY_MATCHERS = combined_matchers({
    "talent": [("talent", p, w) for p, w in lx.TALENT_CUES],
    "rule": [("rule", p, w) for p, w in lx.RULE_VERBS],
    "actor": [("actor", b, 1.0) for j in lx.JURISDICTION_LIST for b in (*j.bodies, *j.capitals, *j.zh)]
    + [("actor", n, 0.6) for j in lx.JURISDICTION_LIST for n in (*j.names, *(f"={e}" for e in j.exact))]
    + [("actor", p, w) for p, w in lx.GOV_CUES if w >= 0.8],
})
_TALENT = _SUMMARY_MATCHERS["talent"]
_RULE = _SUMMARY_MATCHERS["rule"]
_ACTOR = _SUMMARY_MATCHERS["actor"]

_BOILERPLATE = re.compile(
    r"^(?:image|photo|picture|video|credit|source|read more|read also|also read|related|subscribe|sign up|"
    r"advertisement|share this|click here|follow us|copyright|©|listen to)\b|cookies?\b|newsletter|"
    r"all rights reserved|this article (?:was|has been) (?:updated|corrected)|terms of (?:use|service)",
    re.I,
)


def clean_headline(title: str, limit: int = HEADLINE_CHARS) -> str:
    """The title without an outlet suffix ("... - Reuters", "... | The Decoder"), cut to `limit`."""
    return truncate(strip_outlet(clean_line(title)), limit)


@dataclass(frozen=True)
class _Sentence:
    index: int
    text: str
    terms: frozenset[str]


_CJK_CHAR = re.compile(f"[{CJK_CHARS}]")
_LETTER = re.compile(r"[^\W\d_]")


def _usable(sentence: str) -> bool:
    if _BOILERPLATE.search(sentence) or sentence.rstrip().endswith(":"):  # boilerplate, or a salutation
        return False
    if not _CJK_CHAR.search(sentence):  # the common case: no need to count
        return len(sentence) >= 30 and len(sentence.split()) >= 5
    cjk = len(_CJK_CHAR.findall(sentence))
    letters = len(_LETTER.findall(sentence))
    return cjk >= 8 if cjk > letters / 2 else (len(sentence) >= 30 and len(sentence.split()) >= 5)


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _weight_sum(matches: Sequence[PhraseMatch]) -> float:
    """Sum of weights over distinct phrases."""
    best: dict[str, float] = {}
    for m in matches:
        best[m.phrase] = max(best.get(m.phrase, 0.0), m.weight)
    return sum(best.values())


def brief_summary(title: str, text: str) -> Summary:
    """The headline only: what an irrelevant item needs (it is stored and searchable by its title, never
    alerted), at a fraction of the cost of a full summary."""
    return Summary(headline=clean_headline(title) or truncate(clean_line(text), HEADLINE_CHARS))


def summarize(title: str, text: str, tags: Tags, *, published: datetime | None = None) -> Summary:
    """An extractive summary of one article; `published` resolves "takes effect today" and yearless dates."""
    headline = clean_headline(title) or truncate(clean_line(text), HEADLINE_CHARS)
    title_terms = frozenset(tokenize(title))
    raw = split_sentences(text, MAX_SENTENCES)
    sentences = []
    for i, s in enumerate(raw):
        if _usable(s):
            terms = frozenset(tokenize(s))
            if _jaccard(terms, title_terms) < 0.7:  # the headline again, in other words
                sentences.append(_Sentence(i, s, terms))
    what_source = _what_changed(sentences, tags)
    what = truncate(compress(what_source), WHAT_CHARS) if what_source else None
    who = _who_is_affected(sentences)
    who_text = truncate(who[0], WHO_CHARS) if who else None
    # The same sentences the tagger read (title first), so the date is found once for both.
    lead = [clean_line(title), *split_sentences(text, EFFECTIVE_SENTENCES)] if clean_line(title) else raw
    effective = find_effective_date(lead, published)
    month = None if effective else find_effective_month(raw, published)
    effective_text = effective[0].isoformat() if effective else month[0] if month else None
    used = sum(len(x) for x in (headline, what, who_text, effective_text) if x)
    bullets = _bullets(
        sentences,
        covered=" ".join(x for x in (headline, what, who_text) if x),
        tags=tags,
        avoid={what_source} if what_source else set(),
        budget=SUMMARY_BUDGET - used,
    )
    return Summary(
        headline=headline,
        bullets=tuple(bullets),
        what_changed=what,
        who_is_affected=who_text,
        effective=effective_text,
    )


# ---------------------------------------------------------------- compression (deletions only)

_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_SPEECH = (
    r"(?:said|says|say|announced|announces|told\s+reporters|told\s+\w+|confirmed|added|wrote|noted|reported|"
    r"warned|explained|argued|stated|declared|according\s+to\s+[^,]+)"
)
# ", the ministry said on Tuesday." / ", people familiar with the matter said." / ", according to X."
_TRAILING_ATTRIBUTION = re.compile(
    r",\s+(?:according\s+to\b[^;]*|(?:[\w\"“”'’.&-]+\s+){0,9}?" + _SPEECH
    + r"(?:\s+(?:on\s+)?" + _WEEKDAY + r"(?:\s+(?:night|morning|evening))?)?"
    r"(?:\s+(?:in|at|to|during|after|before|via|through)\s+[^,;]{1,60})?)(?P<end>[.!?]?[\"”’]?)$",
    re.I,
)
_LEADING_ATTRIBUTION = re.compile(
    r"^(?:(?i:according\s+to\s+[^,]{3,80},|in\s+a\s+statement,|on\s+" + _WEEKDAY + r",)|"
    # a dateline: "WASHINGTON—", "BEIJING, March 3 (Wire) -"
    r"[A-Z][A-Z .'-]{2,30}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?(?:\s*\([^)]{1,30}\))?\s*[—–-]+)\s*",
)
_WEEKDAY_ADVERB = re.compile(r",?\s+(?:on|last|this)\s+" + _WEEKDAY + r"(?:\s+(?:night|morning|evening))?\b", re.I)
# Trailing clauses that give background or purpose: dropped when they hold no fact.
_TRAILING_CLAUSE = re.compile(
    r"(?:,\s+(?:as|amid|while|whereas|in\s+what|which|extending|adding|citing|saying|following|after|meaning|"
    r"giving|bringing|making|marking|something|a\s+(?:move|step|decision|change|dramatic|significant|sharp|clear)|"
    r"the\s+(?:latest|first|third|second)|part\s+of|officials\s+said)"
    r"|,?\s+in\s+an?\s+(?:\w+\s+)?(?:bid|move|sign|step|effort|attempt|pitch|response))\b[^;]*?"
    r"(?P<end>[.!?]?[\"”’]?)$",
    re.I,
)
# ", the European Commission announced, in a clear pitch ...": an attribution in the middle.
_MID_ATTRIBUTION = re.compile(
    r",\s+(?:[\w\"“”'’.&-]+\s+){0,8}?(?:said|says|announced|told\s+reporters|confirmed|added)"
    r"(?:\s+(?:on\s+)?" + _WEEKDAY + r")?(?=,)",
    re.I,
)
_FACT = re.compile(
    r"\d|[$£€¥₹]|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
MIN_COMPRESSED = 50


def _holds_fact(clause: str) -> bool:
    """Figures and dates: what a trailing clause must not take with it (names there are context)."""
    return bool(_FACT.search(clause))


def _cut(text: str, m: re.Match[str]) -> str:
    """`text` without the span of `m`, keeping its final punctuation; a closing quote goes with the cut
    part when the kept part has no quote open."""
    kept = text[: m.start()]
    end = m.group("end") or "."
    if kept.count('"') % 2 == 0 and kept.count("“") <= kept.count("”"):
        end = end.rstrip('"”’') or "."
    return kept + end


def compress(sentence: str) -> str:
    """The sentence without attributions, weekday adverbials and fact-free trailing clauses.

    Only deletes, and never below MIN_COMPRESSED characters; CJK sentences are returned as they are.
    """
    s = clean_line(sentence)
    if not s or any(is_cjk(ch) for ch in s[:20]):
        return s
    out = s
    for _ in range(3):  # a deletion can expose another: "..., X announced on Monday, extending ..."
        before = out
        m = _TRAILING_ATTRIBUTION.search(out)
        if m and m.start() >= MIN_COMPRESSED:
            out = _cut(out, m)
        m = _LEADING_ATTRIBUTION.match(out)
        if m and len(out) - m.end() >= MIN_COMPRESSED:
            rest = out[m.end() :]
            out = rest[:1].upper() + rest[1:]
        shorter = _WEEKDAY_ADVERB.sub("", out)
        if len(shorter) >= MIN_COMPRESSED:
            out = shorter
        m = _MID_ATTRIBUTION.search(out)
        if m and m.start() >= MIN_COMPRESSED:
            out = out[: m.start()] + out[m.end() :]
        m = _TRAILING_CLAUSE.search(out)
        if m and m.start() >= MIN_COMPRESSED and not _holds_fact(out[m.start() : m.end()]):
            out = _cut(out, m)
        if out == before:
            break
    out = out.rstrip(" ,;")
    if out and out[-1] not in ".!?\"”’…":
        out += "."
    return out


_TRACE_WORD = re.compile(r"[^\W_]+", re.U)


def traceable(piece: str, text: str) -> bool:
    """Is `piece` the words of one sentence of `text` (or of the text, for a title-less field), in order,
    with words left out? CJK pieces must be a substring of one sentence."""
    piece = piece.rstrip("…").strip()
    if not piece:
        return True
    words = [w.lower() for w in _TRACE_WORD.findall(piece)]
    for sentence in [*split_sentences(text), clean_line(text)]:
        if any(is_cjk(ch) for ch in piece):
            if piece in clean_line(sentence):
                return True
            continue
        it = iter(w.lower() for w in _TRACE_WORD.findall(sentence))
        if all(any(w == x for x in it) for w in words):
            return True
    return False


def _position_prior(index: int) -> float:
    return 1.0 / (1.0 + 0.12 * index)


_EVIDENCE_WEIGHT = MappingProxyType({"policy_type": 1.0, "jurisdictions": 0.3})


def _tag_evidence_hits(sentence: str, tags: Tags) -> float:
    """Whether this sentence holds the tagger's evidence: its policy-type phrase above all (the rule
    itself), its jurisdiction phrase a little (naming the actor is not stating the change)."""
    return sum(_EVIDENCE_WEIGHT.get(e.field, 0.0) for e in tags.evidence if e.text and e.text in sentence)


_EXCEPTION = re.compile(
    r"\b(?:does|do|will|would|did)\s+not\s+(?:apply|affect|cover|change)|\bnot\s+(?:be\s+)?affected\b|"
    r"\b(?:are|is|will\s+be)\s+exempt",
    re.I,
)


def _what_changed(sentences: Sequence[_Sentence], tags: Tags) -> str | None:
    best: tuple[float, str] | None = None
    for s in sentences[:CANDIDATE_SENTENCES]:
        rule = _weight_sum(_RULE.find(s.text))
        hits = _tag_evidence_hits(s.text, tags)
        if rule == 0 and hits == 0:
            continue  # naming an actor is not stating a change
        actor = min(1.5, _weight_sum(_ACTOR.find(s.text)))
        score = (min(rule, 2.0) + actor + 1.5 * hits) * _position_prior(s.index)
        if _EXCEPTION.search(s.text):
            score *= 0.4  # "does not apply to renewals" states what does not change
        if best is None or score > best[0]:
            best = (score, s.text)
    return best[1] if best and best[0] >= 1.0 else None


_TRIGGER = re.compile(
    r"\b(?:" + "|".join(sorted((re.escape(t) for t in lx.AFFECTED_TRIGGERS), key=len, reverse=True)) + r")\s+",
    re.I,
)
_NP_END = re.compile(
    r"\s+(?:to|from|before|after|who|that|which|if|when|unless|until|so\s+that|in\s+order|must|will|would|"
    r"can|could|may|should|are|were|is|was|have|has|had|need|needs|starting|beginning|effective|"
    r"for\s+the\s+first\s+time|this\s+year|next\s+year|last\s+year)\b"
    r"|[;:.!?(—]|\s[-–]\s|$",
    re.I,
)
# A sentence whose subject is the affected group: "Researchers who have won prizes ... will be able to".
_SUBJECT = re.compile(
    r"^(?P<np>.{3,220}?)\s+(?:will|must|can|would|may|are|need\s+to|have\s+to|now\s+must|now\s+need|"
    r"have\s+been|had\s+been|should)\b",
    re.I,
)
_PARTICIPLE_END = re.compile(r"\s+(?:under|with|for|from|after|before|until|unless|who|which)\b|[,;:.!?(]|$", re.I)
_LIST_WORDS = re.compile(r"\b(?:such as|including|like|among them)\b", re.I)
_CAPITALISED = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][a-zA-Z]+")
_PEOPLE = PhraseMatcher([("people", p, 1.0) for p in lx.PEOPLE_NOUNS])
_WORD_AFTER = re.compile(r"^\W*([A-Za-z]+)")


def names_people(phrase: str) -> bool:
    """Does the phrase name people (not a thing named after them, like "Highly Skilled Professional visa")?"""
    for m in _PEOPLE.find(phrase):
        after = _WORD_AFTER.match(phrase[m.end :])
        if not after or after.group(1).lower() not in lx.NON_PERSON_HEADS:
            return True
    return False


def _who_is_affected(sentences: Sequence[_Sentence]) -> tuple[str, str] | None:
    """(the clause or sentence naming the affected people, the sentence it came from)."""
    best: tuple[float, str, str] | None = None
    for s in sentences[:CANDIDATE_SENTENCES]:
        if not names_people(s.text):
            continue
        talent = min(1.5, _weight_sum(_TALENT.find(s.text)))
        rule = min(0.5, _weight_sum(_RULE.find(s.text)))
        clause = affected_clause(s.text)
        score = talent + rule
        if clause is not None:
            # Names and "such as" lists make a clause specific; a whole sentence's capitals do not.
            phrase, strength = clause
            specific = len(set(_CAPITALISED.findall(phrase))) * 0.3 + (0.8 if _LIST_WORDS.search(phrase) else 0.0)
            score += strength + min(specific, 1.5)
        score *= _position_prior(s.index)
        if clause is not None and (best is None or score > best[0]):
            best = (score, clause[0], s.text)
    # No clean clause: better no field than a whole sentence repeating what changed.
    return (best[1], best[2]) if best else None


def _trim_np(phrase: str) -> str:
    """A noun phrase ends at its first comma, unless the comma opens a "such as"/"including" list,
    which then runs to the comma after its "and X" / "or X"."""
    phrase = _LEADING_ADVERBIAL.sub("", phrase)
    listed = _LIST_WORDS.search(phrase)
    first_comma = phrase.find(",")
    if first_comma >= 0:
        if listed and listed.start() <= first_comma + 3:
            tail = phrase[listed.end() :]
            ends = [m.start() for m in re.finditer(",", tail) if re.search(r"\b(?:and|or)\b", tail[: m.start()])]
            phrase = phrase[: listed.end() + ends[0]] if ends else phrase
        elif not listed or first_comma < listed.start():
            phrase = phrase[:first_comma]
    return phrase.strip(" ,")


_VERB_IN_NP = re.compile(
    r"\b(?:requir\w*|appl(?:y|ies|ied)\s+to|affect\w*|order(?:s|ed)|forc\w*|bar(?:s|red)|bans?|banned|"
    r"restrict(?:s|ed)|announc\w*|said|says|told|complain\w*|warn\w*|argu\w*|welcom\w*|lobb\w*|"
    r"(?:had|has|have|was|were|is)\s+\w+(?:ed|en|ing))\b",
    re.I,
)
_NEGATED = re.compile(r"\b(?:not|n't|never|no\s+longer|exempt(?:s|ed)?|except|excluding|spares?|spared)\s*(?:\w+\s+)?$", re.I)
_PRONOUN = re.compile(r"^(?:it|this|that|these|those|they|he|she|we|there|which)\b", re.I)
_LEADING_ADVERBIAL = re.compile(
    r"^(?:under|from|in|starting|beginning|as\s+of|after|before|since|according\s+to|with|for\s+now)\b[^,]{0,80},\s*",
    re.I,
)
_STRONG_TRIGGER = re.compile(
    r"^(?:requir|order|forc|bar|ban|restrict|ask|instruct|told|tell|appl|affect|target|cover|open\s+to|allow|let|"
    r"make|entry)",
    re.I,
)
# Chinese: the subject before the obligation ("……的核心技术人员因私出境，须……").
_ZH_SUBJECT = re.compile(
    r"^(?:[一二三四五六七八九十]+、)?(?P<np>[^,，。;；:：]{2,40}?(?:人员|人才|科学家|工程师|学生|专家|学者|员工))"
    r"(?=因|须|需|应|不得|均|在|出境|出国|赴)"
)


def affected_clause(sentence: str) -> tuple[str, float] | None:
    """Cut "top AI researchers at private companies such as Alibaba and DeepSeek" out of
    "China now requires top AI researchers at private companies such as Alibaba and DeepSeek to ...",
    with how sure we are (a "requires X" or subject clause more than a "for X")."""
    candidates: list[tuple[str, float]] = []
    zh = _ZH_SUBJECT.match(sentence)
    if zh:
        return zh.group("np"), 1.5
    subject = _SUBJECT.match(_LEADING_ADVERBIAL.sub("", sentence))
    if subject and not _PRONOUN.match(subject.group("np")) and not _VERB_IN_NP.search(subject.group("np")):
        candidates.append((subject.group("np"), 1.0))
    for trigger in _TRIGGER.finditer(sentence):
        if _NEGATED.search(sentence[max(0, trigger.start() - 25) : trigger.start()]):
            continue  # "does not apply to workers who already hold visas": the people *not* affected
        rest = sentence[trigger.end() :]
        end = _NP_END.search(rest)
        if end and len(rest[: end.start()].split()) == 1 and re.match(r"\s+who\b", rest[end.start() :]):
            # "requires researchers who receive federal grants to ...": keep the relative clause.
            end = re.compile(r"\s+to\s|[,;:.!?]|$").search(rest, end.end())
        elif end and re.search(r"\w+ing$", rest[: end.start()]) and re.match(r"\s+to\s", rest[end.start() :]):
            # "foreign nationals seeking to study at Harvard": keep the participle's purpose.
            end = _PARTICIPLE_END.search(rest, end.end())
        strength = 1.5 if _STRONG_TRIGGER.match(trigger.group().strip()) else 0.5
        candidates.append((rest[: end.start()] if end else rest, strength))
    for raw, strength in candidates:
        phrase = _trim_np(raw)
        if 2 <= len(phrase.split()) <= 25 and names_people(phrase) and not _TRIGGER.match(phrase):
            return phrase, strength
    return None


_NAME_RUN = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w.-]*[A-Za-z0-9](?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w.-]*[A-Za-z0-9])*")


# Quantities written in words: "five years", "a seven-year grant", "three weeks ahead", "half".
_WORD_QUANTITY = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|hundred|"
    r"thousand|dozen|half|double|triple|several)[\s-]+(?:hundred\s+|thousand\s+)?"
    r"(?:years?|months?|weeks?|days?|hours?|times|per\s*cent|percent|million|billion)\b",
    re.I,
)


def _facts(text: str) -> set[str]:
    """The checkable details of a text: figures, quantities, dates and names (a run of capitalised words
    is one)."""
    found = {m.group(0).lower() for m in re.finditer(r"[$£€¥₹]?\d[\d,.]*%?", text)}
    found |= {m.group(0).lower() for m in _WORD_QUANTITY.finditer(text)}
    found |= {m.group(0).lower() for m in _NAME_RUN.finditer(text)}
    return found


# Reactions, non-comments and background say less about the rule than the rule's own details do.
_BACKGROUND = re.compile(
    r"\b(?:welcomed|criticis|criticiz|critics|analysts?|opposition|warned|did\s+not\s+(?:respond|reply|comment)|"
    r"declined\s+to\s+comment|could\s+not\s+be\s+reached|not\s+immediately|has\s+long|have\s+long|"
    r"in\s+recent\s+years|follows\s+a|comes\s+as|since\s+(?:19|20)\d\d|last\s+year|lobbied|complained|"
    r"said\s+the\s+(?:move|decision|change)|shares?\s+(?:rose|fell))",
    re.I,
)
# The details of a rule: who qualifies, what it costs, from when, how long, how many.
_DETAIL = re.compile(
    r"\b(?:will|must|would|need\s+to|eligible|qualif\w+|appl(?:y|ies)|exempt\w*|from|starting|until|takes?\s+effect|"
    r"into\s+force|cap|fee|threshold|salary|income|valid|within|up\s+to|at\s+least|per\s+cent|percent)\b",
    re.I,
)
MIN_CLAUSE = 40


def _clauses(text: str) -> list[str]:
    """A compressed sentence and, when it joins two long clauses (", and ", "; ", ", but "), each clause."""
    out = [text]
    # Split only before a new subject ("..., and the government will ..."), never a shared one
    # ("..., and move to permanent residence"): a determiner, a pronoun or a name starts the clause.
    parts = re.split(
        r";\s+|,\s+(?:and|but|while)\s+(?=(?:the|a|an|some|many|most|its|their|his|her|it|they|he|she|we|this|"
        r"these|those|[A-Z])\b)",
        text,
    )
    if len(parts) > 1 and all(len(p) >= MIN_CLAUSE for p in parts):
        for p in parts:
            p = p.rstrip(" .;,")
            out.append(p[:1].upper() + p[1:] + ".")
    return out


_Candidate = tuple[_Sentence, str, frozenset[str], set[str], float]  # sentence, text, terms, facts, cue score


def _bullet_value(entry: _Candidate, covered_terms: set[str], covered_facts: set[str]) -> float:
    """New facts and words a bullet adds, per character, weighted by cues and position."""
    s, short, terms, facts, cues = entry
    new_facts = len(facts - covered_facts)
    new_terms = len(terms - covered_terms)
    if new_terms < 2 and new_facts == 0:
        return 0.0  # says nothing the summary does not already say
    gain = 1.5 * new_facts + 0.4 * new_terms + cues
    return max(0.0, gain) / (0.5 + len(short) / 100) * _position_prior(s.index)


def _bullets(
    sentences: Sequence[_Sentence], *, covered: str, tags: Tags, avoid: set[str], budget: int
) -> list[str]:
    """Greedy: the compressed sentence that adds the most new facts and words per character, again and
    again, while it fits the budget (always MIN_BULLETS when there are enough sentences)."""
    if not sentences:
        return []
    covered_terms = set(tokenize(covered))
    covered_facts = _facts(covered)
    pool: list[_Candidate] = []
    for s in sentences[:CANDIDATE_SENTENCES]:
        if s.text in avoid or not s.terms:
            continue
        cues = min(1.0, 0.5 * _weight_sum(_RULE.find(s.text))) + min(0.5, 0.5 * _weight_sum(_TALENT.find(s.text)))
        cues += 0.3 * _tag_evidence_hits(s.text, tags)
        cues += 0.5 * min(2, len(_DETAIL.findall(s.text))) - (1.5 if _BACKGROUND.search(s.text) else 0.0)
        for short in _clauses(truncate(compress(s.text), BULLET_CHARS)):
            pool.append((s, short, frozenset(tokenize(short)), _facts(short), cues))
    chosen: list[tuple[int, str]] = []
    remaining = budget
    while pool and len(chosen) < MAX_BULLETS:

        def value(entry: _Candidate, terms_done: set[str] = covered_terms, facts_done: set[str] = covered_facts) -> float:
            return _bullet_value(entry, terms_done, facts_done)

        ranked = sorted(pool, key=lambda e: (-value(e), e[0].index))
        # Within the budget if anything useful fits; past it only to reach MIN_BULLETS.
        floor = 0.0 if len(chosen) < MIN_BULLETS else EXTRA_BULLET_MIN
        fitting = [e for e in ranked if len(e[1]) <= remaining and value(e) > floor]
        if fitting:
            best = fitting[0]
        elif len(chosen) < MIN_BULLETS and ranked and value(ranked[0]) > 0:
            best = min((e for e in ranked[:5] if value(e) > 0), key=lambda e: len(e[1]))
        else:
            break
        s, short, terms, facts, _ = best
        chosen.append((s.index, short))
        remaining -= len(short)
        covered_terms |= terms
        covered_facts |= facts
        pool = [e for e in pool if e[0] is not s and _jaccard(e[2], terms) < 0.6]
    return [short for _, short in sorted(chosen)]
