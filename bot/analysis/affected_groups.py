"""Who is affected: the noun phrases naming the people an action acts on ("top AI researchers at private
firms", "H-1B workers"), for the summary's field (`affected_groups`, `who_is_affected`) and for the
answers to "who" questions (`affected_clause`, `names_people`)."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.analysis import lexicon as lx
from bot.analysis.affected_multilingual import WHO_CHARS, last_cjk_head, read_groups
from bot.analysis.normalization import words
from bot.analysis.phrase_matching import PhraseMatcher
from bot.analysis.screens import screened
from bot.analysis.summary_sentences import (
    CANDIDATE_SENTENCES,
    CJK_CHAR,
    COMMON_VERB,
    Sentence,
    position_prior,
)
from bot.analysis.tokens import tokenize

_PEOPLE_WORDS = "|".join(lx.AFFECTED_HEADS)
_PEOPLE_HEAD_RE = re.compile(rf"\b(?:{_PEOPLE_WORDS})\b", re.I)
_HEAD_WORD = re.compile(r"[A-Za-z]+")
_FAMILY = re.compile(r"\bfamily\s+members\b", re.I)
_CJK_HEADS = re.compile("|".join(h for h in lx.AFFECTED_HEADS if CJK_CHAR.search(h)))


@functools.lru_cache(maxsize=8192)
def _is_head(word: str) -> bool:
    return bool(_PEOPLE_HEAD_RE.fullmatch(word))


class _PeopleHeads:
    """The head nouns naming people in a text, found word by word (a set lookup per word is many times
    faster than one alternation of seventy words at every position): `finditer`, `findall`, `fullmatch`
    and `search` as the pattern `_PEOPLE_HEAD_RE` would answer them."""

    def finditer(self, text: str) -> list[re.Match[str]]:
        return list(_heads_in_cached(text) if len(text) <= _CACHE_CHARS else _heads_in(text))

    def findall(self, text: str) -> list[str]:
        return [m.group() for m in self.finditer(text)]

    def search(self, text: str) -> re.Match[str] | None:
        found = self.finditer(text)
        return found[0] if found else None

    def fullmatch(self, text: str) -> bool:
        return _is_head(text) or bool(CJK_CHAR.search(text) and _CJK_HEADS.fullmatch(text))


PEOPLE_HEAD = _PeopleHeads()


# The summary's elements, its affected groups and its mentions ask about the same sentences: each is read
# once (about three times fewer reads on long articles). Longer texts than sentences are read uncached.
_CACHE_CHARS = 2000


@functools.lru_cache(maxsize=4096)
def _heads_in_cached(text: str) -> tuple[re.Match[str], ...]:
    return _heads_in(text)


def _heads_in(text: str) -> tuple[re.Match[str], ...]:
    found = [m for m in _HEAD_WORD.finditer(text) if _is_head(m.group())]
    extra = list(_FAMILY.finditer(text)) if "members" in text else []  # the one two-word head
    if CJK_CHAR.search(text):
        extra += _CJK_HEADS.finditer(text)
    if extra:
        found = sorted([*found, *extra], key=lambda m: m.start())
    return tuple(found)


# Left modifiers: words that may stand before the head ("top AI", "young science and technology").
_DETERMINER = words(
    """the a an its their his her our your my this that these those such some any no every each which what
    whose to of in on at for from by with as than into onto over about against between among and or but nor
    where is are was were be been being has have had do does did will would can could may might must shall should
    not also who that says said told asked and/or"""
)
_VERBS = lx.VERBS_BEFORE_OBJECT
_PARTICLES = words("away back out up off down over")  # "luring away top talent"
_QUANTIFIERS = words("other all some many most several certain both each every few")
# Nouns that head a noun phrase of their own: "the time international graduates can stay".
_NOT_MODIFIERS = words("time number amount share proportion percentage rate way impact")
_TIME_WORDS = words(
    """monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow january february march
    april may june july august september october november december week month year"""
)
_ADJ_ED = words(
    """skilled qualified talented educated trained funded based affected sponsored accredited employed enrolled
    licensed certified registered detained accused retired experienced specialised specialized advanced
    selected named listed exempted"""
)
_ADJ_ING = words(
    """leading existing incoming visiting emerging aspiring remaining returning practising practicing working
    teaching outstanding promising rising accompanying incoming prospective"""
)
_NEG_BEFORE = screened(
    r"\b(?:not|n't|never|no\s+longer|exempts?|exempted|except|excluding|spares?|spared|other\s+than|"
    r"unlike)\b[^.;]{0,30}$",
    re.I,
)
_ACTOR_AFTER = re.compile(r"^\s*(?:said|says|say|announced|told|argued|warned|wrote|added|confirmed)\b", re.I)
_TRIGGER_BEFORE = re.compile(
    r"\b(?:requir\w*|order\w*|forc\w*|bar(?:s|red|ring)?|ban(?:s|ned|ning)?|restrict\w*|ask\w*|instruct\w*|told|"
    r"tell\w*|advis\w*|urg\w*|appl(?:y|ies|ying)\s+to|affect\w*|target\w*|cover\w*|open\s+to|allow\w*|let|"
    r"lets|permit\w*|for|aimed\s+at|attract\w*|lure|recruit\w*|hold\w*|seiz\w*|confiscat\w*|prohibit\w*|"
    r"stop\w*|prevent\w*|block\w*|exclud\w*|limit\w*|keep\w*|discourag\w*|impos\w*\s+on|charg\w*|"
    r"(?:make|makes|made|making)\s+it\s+(?:easier|harder)\s+for)\s+(?:\w+\s+){0,2}$",
    re.I,
)
_SUBJECT_AFTER = re.compile(
    r"^\s*(?:will|must|would|can|cannot|may|need|needs|have\s+to|has\s+to|are|were|now|face|faced|risk|"
    r"should|shall)\b",
    re.I,
)
_RIGHT_PP = re.compile(
    r"^\s+(?:(?:at|in|from|with|on|of|outside|without|under|inside|across|within)\s+"
    r"(?!(?:the\s+)?(?:moment|time|same|end|start|request|behest|instructions?|order)\b)"
    r"(?:(?:\d{1,3}(?:,\d{3})+|[\w$.'’&/-]+)\s+){0,5}?(?:\d{1,3}(?:,\d{3})+|[\w$.'’&/-]+)"
    r"|(?:working|taking|seeking|applying|studying|coming|living|holding|travell?ing|participating|employed|based|"
    r"enrolled|sponsored|involved|engaged|wishing|looking|planning|who\s+(?:are|were|have|hold|work|study|"
    r"receive|apply|seek|want|wish|plan))\s+(?:[\w$.'’&/-]+\s+){0,7}?[\w$.'’&/-]+)"
    r"(?=\s*(?:[.;:!?)]|,(?!\d)|\s(?:to|and|but|who|which|that|will|must|are|is|were|was|have|has|can|may|would|from)\b|$))",
    re.I,
)
WHO_MAX_LEFT = 7
VAGUE_PEOPLE = lx.VAGUE_AFFECTED_HEADS


def _left_modifiers(before: str) -> str:
    """The words right before a head noun that modify it: up to a determiner, a verb or punctuation."""
    tokens = before.split()
    kept: list[str] = []
    while tokens and len(kept) < WHO_MAX_LEFT:
        w = tokens[-1]
        bare = w.strip("\"“”‘’'()").lower()
        if not w or re.search(r"[,;:.!?()\"“”]$", w) or w.endswith(("'s", "’s", "s'")):
            break
        if bare in ("and", "or"):
            # "science and technology professionals", "F and J status students": a pair of modifiers;
            # "entrepreneurs and researchers": two heads. "Lieber and other scientists": "other" starts it.
            prev = tokens[-2].strip("\"“”‘’'(),") if len(tokens) >= 2 else ""
            if not prev or prev.lower() in _DETERMINER or (not kept and not PEOPLE_HEAD.fullmatch(prev)):
                break
            if kept and kept[0].lower() in _QUANTIFIERS:
                break
        elif _ends_modifiers(w, bare, kept):
            break
        kept.insert(0, w)
        tokens.pop()
    while kept and kept[0].lower() in ("and", "or"):
        kept.pop(0)
    return " ".join(kept)


_ADVERBS_IN_NP = words("highly newly internationally recently early only")


def _ends_modifiers(w: str, bare: str, kept: Sequence[str]) -> bool:
    """Is this word (read right to left) outside the noun phrase: a determiner, a verb, an adverb?"""
    if bare in _DETERMINER or bare in _VERBS or bare in _TIME_WORDS or bare in _NOT_MODIFIERS or bare in _PARTICLES:
        return True
    if bare.endswith("ed") and bare not in _ADJ_ED and not (kept and bare.endswith("-based")):
        return True  # "required", "barred"; but "skilled", "qualified"
    if bare.endswith("ing") and bare not in _ADJ_ING:
        return True  # "requiring"; but "leading", "visiting"
    if bare.endswith("ly") and bare not in _ADVERBS_IN_NP:
        return True  # "would mainly impact students"
    return not re.match(r"^[\w$.&/+-]+$", w) or bool(COMMON_VERB.fullmatch(bare))


# Words that may follow a head noun naming people: function words, verbs, adverbs. Any other lowercase
# word is a noun the head modifies ("student commencement numbers", "professional careers").
_FOLLOWERS = words(
    """to and or but nor who whose whom that which will would must can could may might should shall are were is
    was be been have has had do does did not no at in on of for from with without under outside inside across
    within into onto by as than like such including especially abroad overseas here there now already also only
    alike themselves whether if when where while because so who've who'd need needs face faced say said says
    get got remain remained became become continue continued"""
)
_DANGLING_END = re.compile(r"\s(?:the|a|an|their|its|his|her|our|these|this|those|of|and|or)$", re.I)


def _modifies_a_noun(after: str) -> bool:
    m = re.match(r"^\s+([a-z][\w'’-]*)", after)
    if not m:
        return False
    word = m.group(1)
    if word in lx.NON_PERSON_HEADS:
        return True
    return word not in _FOLLOWERS and not word.endswith(("ing", "ed", "ly", "en"))


def _inside_name(sentence: str, start: int, end: int) -> bool:
    """Is a capitalised head word part of a longer capitalised name?"""
    if not sentence[start : start + 1].isupper():
        return False
    after = re.match(r"^\s+(?:of\s+|and\s+|for\s+)?([A-Z])", sentence[end:])
    before = re.search(r"([A-Z][\w'’.-]*)\s+$", sentence[:start])
    return bool(after) or bool(before and not _at_sentence_start(sentence, start - len(before.group(0))))


def _at_sentence_start(sentence: str, index: int) -> bool:
    return index <= 0 or bool(re.search(r"[.!?:\"“]\s*$", sentence[max(0, index - 3) : index]))


def _right_phrase(after: str, *, lists: bool = True) -> str:
    """The prepositional or participle phrase after a head ("at private firms", "seeking to study in the
    United States"), run on to the end of a name it stops inside ("at the U.S. National Institutes of
    Health"); empty when it would end on a loose word ("holding the")."""
    m = _RIGHT_PP.match(after)
    if not m:
        return ""
    phrase = m.group()
    if phrase.rstrip()[-1:].isupper():
        rest = re.match(r"^\.?(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w.'’-]*){0,6}", after[m.end() :])
        if rest:
            phrase += rest.group()  # "U.S." keeps its full stop, "U.S. National Institutes of Health" its words
    if not lists:
        pass
    elif _LIST_WORDS.search(phrase):
        # "at private companies such as Alibaba and DeepSeek": the list runs to its last item.
        more = _LIST_TAIL.match(after[len(phrase) :])
        if more:
            phrase += more.group()
    else:
        # "at Chinese private firms, including DeepSeek and Alibaba,": a list of names after a comma.
        more = _NAMED_LIST.match(after[len(phrase) :])
        if more and re.search(r"\s(?:and|or)\s", more.group()):
            phrase += more.group()
    return "" if _DANGLING_END.search(phrase) else phrase


_NAME_WORD = r"[A-Z][\w.&'’-]*"
_LIST_TAIL = re.compile(rf"^,?\s+(?:and|or)\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}")
_NAMED_LIST = re.compile(
    rf"^,?\s+(?:such\s+as|including|like|among\s+them)\s+{_NAME_WORD}(?:(?:,\s+|\s+(?:and|or)\s+|\s+){_NAME_WORD}){{0,6}}"
)


# The subject of a Chinese obligation is the group the rule acts on, above any other mention of people
# (the groups the multilingual reading finds in the same text among them).
ZH_SUBJECT_SCORE = 3.0


def affected_groups(sentence: str) -> list[tuple[str, float]]:
    """Noun phrases naming people in a sentence, with how likely each is the group the action hits:
    a phrase after "requires", "bars", "for" or before "will", "must" more than a bare mention; one
    after "not", "except" or before "said" not at all."""
    out: list[tuple[str, float]] = []
    # Chinese: the subject of an obligation ("……的核心技术人员因私出境，须……"); traditional characters are
    # read as simplified, one for one, so the phrase is cut from the sentence as written.
    zh = _ZH_SUBJECT.match(sentence.translate(lx.TRADITIONAL_TO_SIMPLIFIED)) if CJK_CHAR.search(sentence) else None
    if zh:
        out.append((sentence[zh.start("np") : zh.end("np")], ZH_SUBJECT_SCORE))
    # Other languages: their own heads and modifiers (a sentence in one of them is not read in English).
    ml = read_groups(sentence)
    out += [(g.phrase, g.score) for g in ml.groups]
    for m in PEOPLE_HEAD.finditer(sentence):
        if ml.foreign or CJK_CHAR.search(m.group()):
            continue  # read above
        before = sentence[: m.start()]
        after = sentence[m.end() :]
        if re.match(r"^[\w-]", after) or _modifies_a_noun(after):
            continue  # "student visa", "talent programme", "professional careers": a thing named after people
        if _inside_name(sentence, m.start(), m.end()):
            continue  # "Academic Technology Approval Scheme", "The Entry of Foreign Nationals": a name
        left = _left_modifiers(before)
        gap = " " if left and before[-1:].isspace() else ""  # "degree-holders": the head glued to its modifier
        core = f"{left}{gap}{m.group()}".strip()
        start = m.start() - len(left) - len(gap)
        pp = _right_phrase(after)
        if pp and len(core) + len(pp) > WHO_CHARS:
            pp = _right_phrase(after, lists=False)
        phrase = core + (pp if pp and len(core) + len(pp) <= WHO_CHARS else "")
        right = bool(pp)
        context_before = sentence[: max(0, start)]
        if _NEG_BEFORE.search(context_before[-40:]) or _ACTOR_AFTER.match(after):
            continue
        score = 0.5
        if _TRIGGER_BEFORE.search(context_before[-60:]):
            score += 1.5
        if _SUBJECT_AFTER.match(sentence[start + len(core) :] if start >= 0 else after):
            score += 1.0
        modifiers = len(core.split()) - 1 + (1 if right else 0)
        score += 0.3 * min(4, modifiers)
        if m.group().lower() in VAGUE_PEOPLE:
            score -= 0.6 if modifiers >= 2 else 1.5  # "people" says nothing; "Indian tech people" a little
        if len(phrase.split()) < 2 and not right:
            score -= 0.5  # "students": true, but says less than "international students"
        out.append((phrase.strip(), score))
    return out


@dataclass(frozen=True)
class _Mention:
    phrase: str
    score: float  # before the bonus for standing in the sentence that states the change
    source: str


def affected_mentions(title: str, sentences: Sequence[Sentence]) -> list[_Mention]:
    """Every phrase naming people the action may act on, scored: its own cues (see `affected_groups`), a
    head the article repeats or the headline names, and its place in the report."""
    heads: dict[str, int] = {}
    for text in (title, *(x.text for x in sentences[:CANDIDATE_SENTENCES])):
        for key in _head_keys(text):
            heads[key] = heads.get(key, 0) + 1
    in_title = set(_head_keys(title))
    out: list[_Mention] = []
    for s in sentences[:WHO_SENTENCES]:
        foreign = {g.phrase: g.head for g in read_groups(s.text).groups}
        for phrase, score in affected_groups(s.text):
            if phrase in foreign:
                key = "ml:" + foreign[phrase]
            elif CJK_CHAR.search(phrase):
                key = "ml:" + (last_cjk_head(phrase) or phrase)  # the Chinese subject of an obligation
            elif not names_people(phrase):
                continue
            else:
                found = PEOPLE_HEAD.findall(phrase)
                key = _head_key(found[-1]) if found else ""
            if _is_junk(phrase):
                continue
            score += 0.25 * min(4, heads.get(key, 1) - 1)
            if key and key in in_title:
                score += 0.6  # the group the headline names
            out.append(_Mention(phrase, score, s.text))
    return out


def _head_keys(text: str) -> list[str]:
    """The heads naming people in a text, as keys for counting: English heads by their stem, the heads of
    other languages as written."""
    keys = [_head_key(m.group()) for m in PEOPLE_HEAD.finditer(text) if not CJK_CHAR.search(m.group())]
    return keys + ["ml:" + g.head for g in read_groups(text).groups]


def _is_junk(phrase: str) -> bool:
    """A bare abstract head ("Talent") or a verb before the group ("cultivate ... talent") names no group."""
    tokens = phrase.split()
    if len(tokens) == 1 and tokens[0].lower() in lx.ML_ABSTRACT_HEADS:
        return True
    return len(tokens) > 1 and (tokens[0].lower() in _VERBS or tokens[0].lower() in lx.AFFECTED_JUNK_VERBS)


def _head_key(head: str) -> str:
    terms = tokenize(head)
    return terms[0] if terms else head.lower()


def who_is_affected(mentions: Sequence[_Mention], sentences: Sequence[Sentence], what_source: str | None) -> str | None:
    """The affected group: the best-placed, most specific phrase naming people the action acts on, a
    phrase of the sentence that states the change above all."""
    rank = {s.text: s.index for s in sentences}
    best: tuple[float, str] | None = None
    for m in mentions:
        score = (m.score + (0.8 if m.source == what_source else 0.0)) * position_prior(rank.get(m.source, 0))
        if best is None or score > best[0]:
            best = (score, m.phrase)
    if best is None or best[0] < MIN_WHO_SCORE:
        return None
    phrase = _with_examples(best[1].strip(" ,;:"), mentions)
    if not re.search(r"\b(?:[A-Z]\.)+$", phrase):  # "U.S." ends on its own full stop
        phrase = phrase.rstrip(".")
    return phrase[:1].lower() + phrase[1:] if _starts_with_common_word(phrase) else phrase


def _with_examples(phrase: str, mentions: Sequence[_Mention]) -> str:
    """The chosen group with the examples the article gives of it elsewhere: "top AI researchers at private
    companies" becomes "... such as Alibaba and DeepSeek" when a later sentence names them (a reader
    needs to know which firms)."""
    for m in mentions:
        longer = m.phrase.strip(" ,;:")
        if (len(phrase) < len(longer) <= MAX_WHO_CHARS and longer.lower().startswith(phrase.lower())
                and _LIST_WORDS.search(longer[len(phrase):])):
            return longer
    return phrase


MAX_WHO_CHARS = 160
MIN_WHO_SCORE = 0.9
WHO_SENTENCES = 10  # the group is named early; later mentions are background or reactions


def _starts_with_common_word(phrase: str) -> bool:
    """"Top AI researchers" reads as a field value in lower case; "Chinese researchers" keeps its capital."""
    first = phrase.split()[0] if phrase.split() else ""
    return bool(first) and first[0].isupper() and first[1:].islower() and first.lower() in _COMMON_MODIFIERS


_COMMON_MODIFIERS = words(
    """top leading key senior young foreign international highly skilled certain some all many most new current
    existing incoming overseas prospective eligible qualified talented primary additional visiting academic
    scientific research technical tech students researchers scientists workers employees staff applicants
    individuals professionals experts engineers executives graduates"""
)


# Kept for the QA module, which reads "who" questions the same way.
_TRIGGER = re.compile(
    r"\b(?:" + "|".join(sorted((re.escape(t) for t in lx.AFFECTED_TRIGGERS), key=len, reverse=True)) + r")\s+",
    re.I,
)
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?)")
_NP_END = re.compile(
    r"\s+(?:to|from|before|after|who|that|which|if|when|unless|until|so\s+that|in\s+order|must|will|would|"
    r"can|could|may|should|are|were|is|was|have|has|had|need|needs|starting|beginning|effective|"
    r"for\s+the\s+first\s+time|this\s+year|next\s+year|last\s+year)\b"
    # a date after the group ("foreign researchers on 1 March 2027"), not "workers on 12-month contracts"
    r"|\s+(?:on|by|in|as\s+of|through)\s+(?:\d{1,2}\s+" + _MONTH + r"|" + _MONTH + r"\s+\d|(?:19|20)\d\d(?=\s*(?:[,.;:!?)]|$)|\s+(?:to|and|or|when|if|will|must|who)\b))"
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
_LIST_WORDS = screened(r"\b(?:such as|including|like|among them)\b", re.I)
_PEOPLE = PhraseMatcher([("people", p, 1.0) for p in lx.PEOPLE_NOUNS])
_WORD_AFTER = re.compile(r"^\W*([A-Za-z]+)")


def names_people(phrase: str) -> bool:
    """Does the phrase name people (not a thing named after them, like "Highly Skilled Professional visa")?"""
    for m in _PEOPLE.find(phrase):
        after = _WORD_AFTER.match(phrase[m.end :])
        if not after or after.group(1).lower() not in lx.NON_PERSON_HEADS:
            return True
    return False


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
_NEGATED = screened(r"\b(?:not|n't|never|no\s+longer|exempt(?:s|ed)?|except|excluding|spares?|spared)\s*(?:\w+\s+)?$", re.I)
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
