"""Who is affected, in other languages: the noun phrases naming the people an action acts on
("ausländische Fachkräfte", "chercheurs étrangers", "estudiantes internacionales", "外国人研究者",
"外國青年科技人才", "우수 외국인 인재"), read with the logic of the English finder (`affected_groups`): a
head noun naming people, the modifiers around it, and a score for the cues that the action acts on it
(a "für"/"pour"/"吸引" before it, a "müssen"/"doivent"/"须" after it, modifiers that narrow it).

Every phrase is a span of the sentence as written. A bare abstract head ("Talente", "人才") names no group
and is not offered. The word lists live in `lexicon.affected_multilingual`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from bot.analysis import lexicon as lx

WHO_CHARS = 110  # the field's length, in any language (affected_groups reads it from here)
MAX_LEFT = 3  # modifiers before a head
MAX_RIGHT_ADJECTIVES = 3  # adjectives after it (French, Spanish, Italian, Portuguese)
MAX_PP_WORDS = 4  # words of the phrase a preposition opens after it ("aus Nicht-EU-Staaten")
MIN_FOREIGN_STOPWORDS = 2  # function words of one language a sentence needs to be read in it
FOREIGN_OVER_ENGLISH = 2  # ... and how many times the English ones

# Scores, as the English finder's: a trigger before, a subject after, each modifier, a bare head.
BASE = 0.5
TRIGGER = 1.5
SUBJECT = 1.0
PER_MODIFIER = 0.3
BARE = -0.5
VAGUE = -1.0  # a bare head that names no group in particular ("étrangers", "外国人")


@dataclass(frozen=True)
class Group:
    phrase: str  # as written in the sentence
    score: float
    head: str  # the head noun, lower case (for counting repeats across the article)


@dataclass(frozen=True)
class Reading:
    groups: tuple[Group, ...]
    foreign: bool  # the sentence is in one of the languages read here (not English)


# A word; a full stop inside one only before a lower-case letter or a digit ("étudiant.es", "D.Lgs"), so
# "España.Este" (a missing space) is two.
_WORD = re.compile(r"(?i:qu|[ldjmnst])['’](?=\w)|\w(?:[\w·'’-]*\w)?(?:\.(?=[^\W_A-Z])\w+)*")
_ROMANCE = frozenset({"fr", "es", "it", "pt"})
_INFINITIVES = {"fr": ("er", "ir", "re"), "es": ("ar", "er", "ir"), "it": ("are", "ere", "ire"),
                "pt": ("ar", "er", "ir")}
_OPEN_QUOTES = "«„“\"「『《〈‘"
_CLOSE_QUOTES = "»“”\"」』》〉’"
_QUOTE_SPAN = 30
_SUFFIXES = {
    lang: tuple(sorted((h for h in lx.ML_AFFECTED_HEADS[lang] if len(h) >= 6), key=len, reverse=True))
    for lang in lx.ML_COMPOUND_LANGUAGES
}
_CJK_HEAD = re.compile("|".join(sorted(map(re.escape, lx.ML_CJK_HEADS), key=len, reverse=True)))
_CJK_HEAD_AT_END = re.compile("(?:" + _CJK_HEAD.pattern + ")$")
_CJK_MODS = tuple(sorted(lx.ML_CJK_MODIFIERS, key=len, reverse=True))
_KO_HEADS = tuple(sorted(lx.ML_KO_HEADS, key=len, reverse=True))
_KO_PARTICLES = tuple(sorted(lx.ML_KO_PARTICLES, key=len, reverse=True))
_HANGUL = re.compile("[\uac00-\ud7af]")
_HAN_OR_KANA = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_KO_WORD = re.compile(r"\S+")
_KO_OPEN = "'‘\"“「『"
_KO_CLOSE = "'’\"”」』"
_KO_EDGE = "\"'“”‘’「」『』()[]<>《》·…,.;:!?"


@functools.lru_cache(maxsize=4096)
def read_groups(sentence: str) -> Reading:
    """The groups of people a sentence names in another language than English, scored."""
    if _HANGUL.search(sentence):
        return Reading(tuple(_korean(sentence)), True)
    if _HAN_OR_KANA.search(sentence):
        return Reading(tuple(_chinese_japanese(sentence)), True)
    # The words alone decide the language (`findall`, at C speed); their offsets only for a sentence in one.
    languages = _languages(_WORD.findall(sentence))
    if not languages:
        return Reading((), False)
    tokens = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(sentence)]
    return Reading(tuple(_spaced(sentence, tokens, languages)), True)


def _stopword_languages() -> dict[str, tuple[str, ...]]:
    """Each function word of the other languages, and the languages whose list holds it (in the lists' order)."""
    out: dict[str, tuple[str, ...]] = {}
    for lang, stop in lx.ML_AFFECTED_STOPWORDS.items():
        for w in stop:
            out[w] = (*out.get(w, ()), lang)
    return out


_STOPWORD_LANGUAGES = _stopword_languages()


def _languages(words: list[str]) -> list[str]:
    """The languages whose function words the sentence holds, most first (none when English has as many, or
    when none has MIN_FOREIGN_STOPWORDS): "a", "que", "se" are Spanish and Portuguese alike, so a head is
    looked up in each in turn."""
    english = 0
    counts = dict.fromkeys(lx.ML_AFFECTED_STOPWORDS, 0)
    for word in words:  # one probe a word, not one a word and language
        w = _low(word)
        english += w in lx.ML_ENGLISH_STOPWORDS
        for lang in _STOPWORD_LANGUAGES.get(w, ()):
            counts[lang] += 1
    # Clearly outnumbering English: an English sentence naming a French body ("the Ministère de
    # l'Enseignement supérieur et de la Recherche said ...") holds a few French function words too.
    ranked = sorted((lang for lang, n in counts.items() if n >= MIN_FOREIGN_STOPWORDS and n > FOREIGN_OVER_ENGLISH * english),
                    key=lambda lang: -counts[lang])
    return ranked


def _is_head(word: str, lang: str) -> bool:
    low = _low(word)
    if lang == "de" and not word[:1].isupper():
        return False  # German nouns are capitalised; "erwerbstätige Ausländer" has its head after
    if low in lx.ML_AFFECTED_HEADS[lang]:
        return True
    if lang in _SUFFIXES:  # "Spitzenforscher", "US-Wissenschaftlern", "kenniswerkers"
        return any(low.endswith(s) and len(low) - len(s) >= 3 for s in _SUFFIXES[lang])
    return False


def _head_key(word: str, lang: str) -> str:
    low = _low(word)
    for s in _SUFFIXES.get(lang, ()):
        if low.endswith(s):
            return s
    return low


def _joined(sentence: str, left_end: int, right_start: int) -> bool:
    """Are two words next to each other, with only spaces between?"""
    return sentence[left_end:right_start].strip() == ""


def _in_quote(sentence: str, start: int, end: int) -> bool:
    """Is the span inside a short quoted name («passeport talent», 「外国人材制度」)?"""
    before = sentence[max(0, start - _QUOTE_SPAN) : start]
    opens = max(before.rfind(q) for q in _OPEN_QUOTES)
    if opens < 0 or any(q in before[opens + 1 :] for q in _CLOSE_QUOTES if q not in _OPEN_QUOTES):
        return False
    after = sentence[end : end + _QUOTE_SPAN]
    closes = [after.find(q) for q in _CLOSE_QUOTES if after.find(q) >= 0]
    return bool(closes) and not re.search(r"[.;!?。；]", after[: min(closes)])


def _spaced(sentence: str, tokens: list[tuple[str, int, int]], languages: list[str]) -> list[Group]:
    out: list[Group] = []
    inside: set[int] = set()  # words read as another head's adjectives ("lavoratori stranieri")
    for i, (word, start, end) in enumerate(tokens):
        lang = next((x for x in languages if _is_head(word, x)), None)
        if lang is None or i in inside:
            continue
        stop = lx.ML_AFFECTED_STOPWORDS[lang]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt and _joined(sentence, end, nxt[1]) and (
            _low(nxt[0]) in lx.ML_NOT_PERSON_AFTER or (lang == "de" and nxt[0][:1].isupper() and _is_head(nxt[0], lang))
        ):
            continue  # "Talente Programm", "Ausländer Studierende": a thing or a modifier, not the head
        if _in_quote(sentence, start, end):
            continue
        # Left: adjectives that agree with the head, or the few that stand before it in Romance languages.
        first = i
        while first > 0 and i - first < MAX_LEFT:
            w, s, e = tokens[first - 1]
            if not _joined(sentence, e, tokens[first][1]) or not _left_modifier(w, lang, first - 1 == 0):
                break
            first -= 1
        if (first >= 2 and _low(tokens[first - 1][0]) in lx.ML_CONJUNCTIONS and _is_head(tokens[first - 2][0], lang)
                and _joined(sentence, tokens[first - 2][2], tokens[first - 1][1])
                and _joined(sentence, tokens[first - 1][2], tokens[first][1])):
            first -= 2  # "Forscher und Studierende", "estudiantes e investigadores": two heads, one group
            while first > 0 and i - first < MAX_LEFT + 2:
                w, s, e = tokens[first - 1]
                if not _joined(sentence, e, tokens[first][1]) or not _left_modifier(w, lang, first - 1 == 0):
                    break
                first -= 1
        if first > 0 and _low(tokens[first - 1][0]) in lx.ML_EXCEPT_BEFORE:
            continue
        # Right: adjectives after the head (Romance), then a phrase a preposition opens.
        last = i
        if lang in _ROMANCE:
            adjectives = 0
            while last + 1 < len(tokens) and adjectives < MAX_RIGHT_ADJECTIVES:
                w, s, e = tokens[last + 1]
                if not _joined(sentence, tokens[last][2], s):
                    break
                if w.lower().endswith(("ment", "mente")) and last + 2 < len(tokens) and _post_adjective(
                        tokens[last + 2][0], lang) and _joined(sentence, e, tokens[last + 2][1]):
                    last += 2  # "hautement qualifiés"
                    adjectives += 1
                    continue
                if not _post_adjective(w, lang):
                    break
                last += 1
                adjectives += 1
        inside.update(range(i + 1, last + 1))
        pp_last = _right_phrase(sentence, tokens, last, lang, stop)
        if pp_last == last > i and _low(tokens[last][0]) in lx.ML_NEEDS_COMPLEMENT:
            last = pp_last = last - 1  # "issus" without "de pays tiers" says nothing
        modifiers = (i - first) + (last - i) + (1 if pp_last > last else 0)
        phrase_end = tokens[pp_last][2]
        if phrase_end - tokens[first][1] > WHO_CHARS:
            phrase_end = tokens[last][2]
            modifiers -= 1 if pp_last > last else 0
            pp_last = last
        phrase = sentence[tokens[first][1] : phrase_end]
        if modifiers == 0 and _low(word) in lx.ML_ABSTRACT_HEADS:
            continue  # a bare "Talente", "talents": a quality, not a group
        score = BASE + PER_MODIFIER * min(4, modifiers) + (BARE if modifiers == 0 else 0.0)
        if modifiers == 0 and _low(word) in lx.ML_VAGUE_HEADS:
            score += VAGUE  # "droit des étrangers": foreigners in general
        before = [_low(t[0]) for t in tokens[max(0, first - 2) : first]]
        if any(w in lx.ML_AFFECTED_TRIGGERS for w in before):
            score += TRIGGER
        if pp_last + 1 < len(tokens) and _low(tokens[pp_last + 1][0]) in lx.ML_SUBJECT_AFTER:
            score += SUBJECT
        out.append(Group(phrase, score, _head_key(word, lang)))
    return out


def _left_modifier(word: str, lang: str, at_start: bool) -> bool:
    low = _low(word)
    if low in lx.ML_AFFECTED_STOPWORDS[lang] or low in lx.ML_EXCEPT_BEFORE or low in lx.ML_AFFECTED_TRIGGERS:
        return False
    if word[:1].isdigit():
        return True  # "300 Ingenieure", "12'000 Erwerbstätige"
    if lang in lx.ML_PRE_ADJECTIVES:
        return low in lx.ML_PRE_ADJECTIVES[lang]
    if word[:1].isupper() and not at_start and not (lang == "de" and "-" in word):
        return False  # a capitalised word before the head is a name or another noun ("US-amerikanische" aside)
    return len(low) > 3 and low.endswith(lx.ML_POST_ADJECTIVE_ENDINGS.get(lang, ()))


def _post_adjective(word: str, lang: str) -> bool:
    low = _low(word)
    if low in lx.ML_AFFECTED_STOPWORDS[lang] or not word[:1].islower() or len(low) <= 3:
        return False
    if lang == "it" and low.endswith(_INFINITIVES["it"]):
        return False
    return low.endswith(lx.ML_POST_ADJECTIVE_ENDINGS[lang])


def _right_phrase(sentence: str, tokens: list[tuple[str, int, int]], last: int, lang: str,
                  stop: frozenset[str]) -> int:
    """The index of the last word of a prepositional phrase after the head ("aus Drittstaaten", "à
    distance", "en quête de stabilité"), or `last` when none ends cleanly: at punctuation, or before a
    function word that is no article, preposition or conjunction (or, in German, before a verb)."""
    preps = lx.ML_RIGHT_PREPOSITIONS.get(lang, frozenset())
    k = last + 1
    if k >= len(tokens) or _low(tokens[k][0]) not in preps or not _joined(sentence, tokens[last][2], tokens[k][1]):
        return last
    for j in range(k + 1, min(len(tokens), k + 1 + MAX_PP_WORDS)):
        if not _joined(sentence, tokens[j - 1][2], tokens[j][1]):
            return last
        w = tokens[j][0]
        low = _low(w)
        if low in stop or low in preps or low in lx.ML_CONJUNCTIONS:
            continue  # "aus dem Ausland", "de todo el mundo": the phrase cannot end on it
        if lang == "de" and not (w[:1].isupper() or w[:1].isdigit()):
            return last  # a German phrase ends on a noun
        if lang in _ROMANCE and w[:1].islower() and low.endswith((*_INFINITIVES[lang], *lx.ML_VERB_ENDINGS[lang])):
            return last  # "diplômés d'obtenir", "issus de pays tiers resteront": a verb, not the group's phrase
        if j + 1 >= len(tokens) or not _joined(sentence, tokens[j][2], tokens[j + 1][1]):
            return j
        after = tokens[j + 1][0]
        # Before a preposition only once the phrase has two words: "en quête de stabilité" runs on, "com
        # vistos americanos em programas" ends before "em".
        ends = _low(after) in stop and _low(after) not in lx.ML_ARTICLES and (_low(after) not in preps or j >= k + 2)
        if (ends and _low(after) not in lx.ML_CONJUNCTIONS) or (lang == "de" and after[:1].islower()
                                                                and _low(after) not in stop):
            return j
    return last


def _low(word: str) -> str:
    return word.lower().replace("’", "'")


# ---------------------------------------------------------------- Chinese and Japanese

def _cjk_heads(sentence: str) -> list[re.Match[str]]:
    """The heads of a sentence, where two overlap the one that ends later ("外国人才": "人才", not "外国人";
    "加工人员": "人员", not "工人"): a head is the last noun of its compound."""
    found = [m for i in range(len(sentence)) if (m := _CJK_HEAD.match(sentence, i))]
    kept: list[re.Match[str]] = []
    for m in found:
        if any(o.start() < m.end() and o.end() > m.end() for o in found if o.start() > m.start()):
            continue  # a later head overlaps this one's end
        if kept and kept[-1].end() > m.start():
            continue  # inside the head kept before it
        kept.append(m)
    return kept


def _chinese_japanese(sentence: str) -> list[Group]:
    out: list[Group] = []
    for m in _cjk_heads(sentence):
        after = sentence[m.end() :]
        if after.startswith(lx.ML_CJK_NOT_PERSON_AFTER) or _CJK_HEAD.match(after):
            continue  # "人才引进计划" is a programme; "外国人研究者": "外国人" modifies the next head
        if _in_quote(sentence, m.start(), m.end()) or _inside_word(sentence, m.start(), m.end()):
            continue
        start, modifiers = _cjk_modifiers(sentence, m.start())
        paired, joined = _cjk_pair(sentence, start)
        if joined:
            start, more = _cjk_modifiers(sentence, paired)
            modifiers += joined + more
        if modifiers == 0 and m.group() in lx.ML_ABSTRACT_HEADS | lx.ML_CJK_GENERIC_HEADS:
            continue
        score = BASE + PER_MODIFIER * min(4, modifiers) + (BARE if modifiers == 0 else 0.0)
        if modifiers == 0 and m.group() in lx.ML_VAGUE_HEADS:
            score += VAGUE
        if any(sentence[max(0, start - 6) : start].endswith(t) for t in lx.ML_CJK_TRIGGERS):
            score += TRIGGER
        if after.startswith(lx.ML_CJK_SUBJECT_AFTER):
            score += SUBJECT
        out.append(Group(sentence[start : m.end()], score, cjk_head_key(m.group())))
    return out


def _cjk_modifiers(sentence: str, start: int) -> tuple[int, int]:
    """Where the modifiers before a head start ("外国青年科技" before "人才"), and how many there are."""
    modifiers = 0
    while modifiers < 4:
        before = sentence[:start]
        if before.endswith("な") and before[:-1].endswith(_CJK_MODS):  # "優秀な海外研究者"
            before = before[:-1]
        mod = next((x for x in _CJK_MODS if before.endswith(x)), None)
        if mod is None:
            break
        start = len(before) - len(mod)
        modifiers += 1
    return start, modifiers


def _cjk_pair(sentence: str, start: int) -> tuple[int, int]:
    """Where a group starts when another head is joined to it ("留学生や外国人研究者", "高管与研究人员"), and
    whether one is (counted as a modifier)."""
    before = sentence[:start]
    if before[-1:] in lx.ML_CJK_CONJUNCTIONS:
        head = _CJK_HEAD_AT_END.search(before[:-1])
        if head:
            return head.start(), 1
    return start, 0


def _inside_word(sentence: str, start: int, end: int) -> bool:
    """Is the head part of a longer word that names no group ("大蔵弁護士")?"""
    for word in lx.ML_CJK_NOT_HEAD_INSIDE:
        at = sentence.find(word, max(0, end - len(word)), start + len(word))
        if 0 <= at <= start and at + len(word) >= end:
            return True
    return False


def cjk_head_key(head: str) -> str:
    """A Chinese or Japanese head as a key for counting repeats: its last two characters ("科研人员" and
    "技术人员" are both "人员")."""
    return head[-2:]


def last_cjk_head(phrase: str) -> str | None:
    """The key of the last Chinese or Japanese head in a phrase (None when it holds none)."""
    found = _CJK_HEAD.findall(phrase)
    return cjk_head_key(found[-1]) if found else None


# ---------------------------------------------------------------- Korean

def _korean(sentence: str) -> list[Group]:
    words = [(m.group(), m.start(), m.end()) for m in _KO_WORD.finditer(sentence)]
    out: list[Group] = []
    for i, (raw, start, _) in enumerate(words):
        word = raw.lstrip(_KO_EDGE)
        start += len(raw) - len(word)
        core = word.rstrip(_KO_EDGE)
        found = _korean_head(core)
        if found is None:
            continue
        stem, head, particle = found
        if raw[-1:] in _KO_CLOSE and any(w[0][:1] in _KO_OPEN for w in words[max(0, i - 2) : i + 1]):
            continue  # "'리더급 국가과학자'": a title in quotes
        if head == "외국인" and stem == core and i + 1 < len(words) and _korean_head(words[i + 1][0].strip(_KO_EDGE)):
            continue  # "외국인 유학생": a modifier of the next head
        first = i
        if i >= 1 and word == raw[: len(word)]:
            prev = _korean_head(words[i - 1][0])
            if prev and prev[2] in lx.ML_KO_CONJUNCTIONS:
                first = i - 1  # "교수와 연구원": two heads, one group
            elif i >= 2 and words[i - 1][0] in lx.ML_KO_CONJUNCTIONS and _korean_head(words[i - 2][0]):
                first = i - 2  # "교수 및 연구원"
        while first > 0 and i - first < MAX_LEFT + 2 and word == raw[: len(word)]:  # no quote opens the head
            if words[first - 1][0] not in lx.ML_KO_MODIFIERS:  # a modifier as it stands, no quote or comma on it
                break
            first -= 1
        modifiers = min(i - first, MAX_LEFT) + (1 if len(stem) > len(head) else 0)
        if modifiers == 0 and head in lx.ML_ABSTRACT_HEADS:
            continue
        plural = "들" if particle.startswith("들") else ""
        phrase_start = words[first][1] if first < i else start
        phrase = sentence[phrase_start : start + len(stem) + len(plural)]
        score = BASE + PER_MODIFIER * min(4, modifiers) + (BARE if modifiers == 0 else 0.0)
        if modifiers == 0 and head in lx.ML_VAGUE_HEADS:
            score += VAGUE
        nxt = words[i + 1][0] if i + 1 < len(words) else ""
        if particle.endswith(("에게", "에게는")) or nxt.startswith(lx.ML_KO_TRIGGERS_AFTER):
            score += TRIGGER
        elif particle.endswith(("은", "는", "이", "가")):
            score += SUBJECT
        out.append(Group(phrase, score, head))
    return out


def _korean_head(word: str) -> tuple[str, str, str] | None:
    """(stem, head, particle) when the word is a head with its particle ("연구자들은"), a short compound
    before it allowed ("해외인재에게"); None otherwise."""
    for particle in _KO_PARTICLES:
        if particle and not word.endswith(particle):
            continue
        stem = word[: len(word) - len(particle)] if particle else word
        for head in _KO_HEADS:
            if stem.endswith(head) and len(stem) - len(head) <= 4 and _HANGUL.search(stem[:1] or head):
                return stem, head, particle
    return None
