"""Shorter forms of a sentence, by deletions only: without attributions, datelines, weekday adverbials,
fact-free trailing clauses and asides (`compress`, `variants`), or cut into clauses that stand alone
(`clauses`, `fit`); and the check that a piece of a summary is the words of one sentence (`traceable`)."""

from __future__ import annotations

import functools
import re

from bot.analysis.normalization import CJK_RE, clean_line
from bot.analysis.screens import screened
from bot.analysis.sentence_split import split_sentences

# ---------------------------------------------------------------- compression (deletions only)

_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# When a statement was made, relative to the report: "on Tuesday", "yesterday", "last week". Beside an
# attribution it says when someone spoke, not when the rule applies, and goes with the attribution.
_WHEN_SAID = (r"(?:(?:on\s+|last\s+)?" + _WEEKDAY + r"(?:\s+(?:night|morning|evening))?|yesterday|today|tonight|"
              r"(?:earlier\s+)?(?:this|last)\s+(?:week|month)|earlier\s+(?:on|today))")
_SPEECH = (
    r"(?:said|says|say|announced|announces|told\s+reporters|told\s+\w+|confirmed|added|wrote|noted|reported|"
    r"warned|explained|argued|stated|declared|according\s+to\s+[^,]+)"
)
# ", the ministry said on Tuesday." / ", people familiar with the matter said." / ", according to X."
_TRAILING_ATTRIBUTION = re.compile(
    r",\s+(?:according\s+to\b[^;]*|(?:[\w\"“”'’.&-]+\s+){0,9}?" + _SPEECH
    + r"(?:\s+" + _WHEN_SAID + r")?"
    r"(?:\s+(?:in|at|to|during|after|before|via|through)\s+[^,;]{1,60})?)(?P<end>[.!?]?[\"”’]?)$",
    re.I,
)
_LEADING_ATTRIBUTION = re.compile(
    r"^(?:(?i:according\s+to\s+[^,]{3,80},|in\s+a\s+statement,|on\s+" + _WEEKDAY + r",)|"
    # a dateline: "WASHINGTON—", "BEIJING, March 3 (Wire) -", "NEW YORK --", "BEIJING:", "TAIPEI, Taiwan:",
    # "MOSCOW (Sputnik - 15th November, 2020)"
    r"[A-Z][A-Z .'-]{2,30}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}|,\s*[A-Z][\w.'-]+(?:\s[A-Z][\w.'-]+)?,?)?"
    r"(?:\s*\([^)]{1,80}\))?\s*(?:[—–-]+|:(?=\s))|[A-Z]{3,}[A-Z .'-]*\s*\([^)]{1,80}\)(?=\s+[A-Z])|"
    # "New Delhi, Feb 25:", "Abu Dhabi, 12 May -"
    r"[A-Z][\w.'-]+(?:\s[A-Z][\w.'-]+){0,2},\s*(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
    r"(?:\s+\d{1,2})?\s*(?:[—–-]+|:(?=\s))|"
    # a kicker or a place in title case before a colon, the sentence after it ("Sydney: Australian ...",
    # "Details: As the FT said ..."); not a speaker before their words ("Rubio: We will ...")
    r"[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}:(?=\s+[A-Z])(?!\s+(?:I|We|Our|My|Us)\b))\s*",
)
_WEEKDAY_ADVERB = screened(r",?\s+(?:on|last|this)\s+" + _WEEKDAY + r"(?:\s+(?:night|morning|evening))?\b", re.I)
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
    r"(?:\s+" + _WHEN_SAID + r")?(?=,)",
    re.I,
)
# "(MENAFN)", "(UPI) --": a wire tag in front of the sentence; "STEFANI REYNOLDS/AFP/Getty Images": a
# photo's credit run into the text after it.
_WIRE_TAG = re.compile(
    r"^(?:(?:[A-Z][a-z]{2,3}\.?\s+\d{1,2}\s+)?\((?:[A-Z][\w.-]*\s?){1,3}\)\s*(?:[—–-]+\s*)?"
    r"|(?:[A-Z][\w.'’-]*\s+){1,3}?[A-Z][\w.'’-]*/(?:AFP|AP|Reuters|EPA|Xinhua|Bloomberg)"
    r"(?:(?:/|\s+via\s+)Getty\s+Images)?\)?\s+(?=[A-Z]))"
)
_FACT = re.compile(
    r"\d|[$£€¥₹]|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
# A name in an attribution ("..., Secretary of State Marco Rubio said") is who acts: it stays.
_NAMED = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][a-z]+(?:\s+[A-Z][\w.'’-]+)+")
MIN_COMPRESSED = 50


def _holds_fact(clause: str) -> bool:
    """Figures and dates: what a trailing clause must not take with it (names there are context)."""
    return bool(_FACT.search(clause))


_NAME_TAIL = re.compile(r",\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*$")


def _in_quote(text: str, pos: int) -> bool:
    """Does `pos` fall inside quoted speech? Words deleted there would misquote the speaker: "“We can
    confirm that an employee, while traveling ..., was made subject to an exit ban,”" is not "“We can
    confirm that an employee."."""
    before = text[:pos]
    return (before.count("“") > before.count("”") or before.count("«") > before.count("»")
            or before.count('"') % 2 == 1)


def _cut(text: str, m: re.Match[str]) -> str:
    """`text` without the span of `m`, keeping its final punctuation; a closing quote goes with the cut
    part when the kept part has no quote open."""
    kept = text[: m.start()]
    # "..., Immigration, Refugees and Citizenship Canada said": the cut began inside a name with a comma.
    kept = _NAME_TAIL.sub("", kept)
    end = m.group("end") or "."
    if kept.count('"') % 2 == 0 and kept.count("“") <= kept.count("”"):
        end = end.rstrip('"”’') or "."
    return kept + end


def compress(sentence: str, *, keep_names: bool = False, aggressive: bool = False) -> str:
    """The sentence without attributions, weekday adverbials and fact-free trailing clauses.

    Only deletes, and never below MIN_COMPRESSED characters; CJK sentences are returned as they are.
    With `keep_names`, an attribution naming someone ("..., Attorney General Rob Bonta announced") stays:
    who acts may be the fact. With `aggressive`, fact-free asides go too: a leading adverbial or purpose
    ("To facilitate ..., ", "Speaking from Downing Street, "), a framing phrase ("Under the plan, "), a non-restrictive clause or dash aside
    (", which ..., ", " – the most detailed ... – ") and the attribution before a quote.
    """
    s = clean_line(sentence)
    if not s or CJK_RE.search(s, 0, 20):  # CJK among the first 20 characters
        return s
    out = s
    for _ in range(3):  # a deletion can expose another: "..., X announced on Monday, extending ..."
        before = out
        m = _TRAILING_ATTRIBUTION.search(out)
        if m and m.start() >= MIN_COMPRESSED and not (keep_names and _NAMED.search(out[m.start() : m.end()])):
            out = _cut(out, m)
        m = _LEADING_ATTRIBUTION.match(out) or _WIRE_TAG.match(out)
        if m and len(out) - m.end() >= MIN_COMPRESSED:
            out = _capitalise(out[m.end() :])
        shorter = _WEEKDAY_ADVERB.sub("", out)
        if len(shorter) >= MIN_COMPRESSED:
            out = shorter
        m = _MID_ATTRIBUTION.search(out)
        if m and m.start() >= MIN_COMPRESSED and not (keep_names and _NAMED.search(out[m.start() : m.end()])):
            out = out[: m.start()] + out[m.end() :]
        m = _TRAILING_CLAUSE.search(out)
        if (m and m.start() >= MIN_COMPRESSED and not _holds_fact(out[m.start() : m.end()])
                and not _in_quote(out, m.start())):
            out = _cut(out, m)
        if aggressive:
            out = _drop_asides(out)
        if out == before:
            break
    out = _DANGLING_LIST.sub("", out).rstrip(" ,;:")
    if out and out[-1] not in ".!?\"”’…":
        out += "."
    return out


# "..., including:" ends a sentence that introduces a list the page shows below it: the sentence stands
# without the introducer, never as "..., including."
_DANGLING_LIST = re.compile(
    r",?\s+(?:including|includ(?:e|es)|such\s+as|namely|as\s+follows|the\s+following)\s*:\s*$", re.I
)


def _drop_dateline(text: str) -> str:
    """The sentence without a dateline or wire tag in front ("SYDNEY, June 30 (Wire) - "): never a fact."""
    m = _LEADING_ATTRIBUTION.match(text) or _WIRE_TAG.match(text)
    if m and not m.group().lower().startswith(("according", "in a statement", "on ")) and len(text) - m.end() >= MIN_COMPRESSED:
        return _capitalise(text[m.end() :])
    return text


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


# "To facilitate the ... strategy, ", "As a part of ongoing efforts ..., ", "Speaking from Downing Street, ".
_LEADING_ASIDE = re.compile(
    r"^(?:to\s+\w+|as\s+(?:a\s+)?part\s+of|in\s+line\s+with|in\s+(?:a|an)\s+\w+|speaking\s+\w+|amid|"
    r"in\s+(?:response|addition)\s+to|in\s+order\s+to|citing|despite|while|although|with\s+(?:the|this|geopolitical))"
    r"\b[^,]{3,160},\s+(?=[A-Za-z\"“])",
    re.I,
)
# "Under the new plan, ", "With the change, ", "Following the ruling, ": a leading prepositional phrase that
# frames the sentence; its subject and verb follow.
_LEADING_FRAME = re.compile(
    r"^(?:under|with|for|by|through|following|after|before|since|during|given|due\s+to|based\s+on|"
    r"besides|beyond|within|among|unlike|like|in|on|at|from|also|further(?:more)?|moreover|meanwhile|however|"
    r"additionally|in\s+addition|as\s+a\s+result|at\s+the\s+same\s+time)"
    r"\b[^,]{0,100},\s+(?=[A-Za-z\"“])",
    re.I,
)
# ", which was meant to ...,", " – the most detailed security procedures yet – ".
_MID_ASIDE = re.compile(r",\s+(?:which|who|whose)\s+[^,;]{5,120},\s+|\s+[–—]\s+[^–—]{5,120}\s+[–—]\s+")
# "A spokesperson confirmed the increase, stating, “...”": the quote alone.
_QUOTE_INTRO = re.compile(r"^[^“\"]{10,160}?(?:,\s+|\s+)(?:stating|saying|adding|said|says|noted|wrote|told\s+\w+)[,:]?\s+(?=[“\"])")
# " — one he says will ...": a trailing dash aside.
_TRAILING_DASH = re.compile(r"\s+[—–]\s+[^—–]{10,}?(?P<end>[.!?]?[\"”’]?)$")


def _drop_asides(text: str) -> str:
    """Fact-free asides deleted (see `compress`)."""
    out = text
    m = _LEADING_ASIDE.match(out)
    if m and not _holds_fact(m.group()) and not _NAMED.search(m.group()) and len(out) - m.end() >= MIN_COMPRESSED:
        out = _capitalise(out[m.end() :])
    m = _LEADING_FRAME.match(out)
    if m and not _holds_fact(m.group()) and not _NAMED.search(m.group()) and len(out) - m.end() >= MIN_COMPRESSED:
        out = _capitalise(out[m.end() :])
    m = _QUOTE_INTRO.match(out)
    if m and len(out) - m.end() >= MIN_COMPRESSED:
        out = out[m.end() :]
    for m in list(_MID_ASIDE.finditer(out))[::-1]:
        if (not _holds_fact(m.group()) and not _NAMED.search(m.group()) and len(out) - len(m.group()) >= MIN_COMPRESSED
                and not _in_quote(out, m.start())):
            # Between a subject and its verb ("The ban, which was never written down, affected ...") the
            # aside goes with both its commas; after a clause, one comma stays.
            comma = m.group().startswith(",") and FINITE.search(out[: m.start()])
            out = out[: m.start()] + (", " if comma else " ") + out[m.end() :]
    m = _TRAILING_DASH.search(out)
    if m and m.start() >= MIN_COMPRESSED and not _holds_fact(m.group()) and not _in_quote(out, m.start()):
        out = _cut(out, m)
    return out


@functools.lru_cache(maxsize=2048)
def variants(sentence: str) -> tuple[str, ...]:
    """The ways a sentence may be shortened, longest first: whole, without attributions, asides dropped."""
    out: list[str] = []
    whole = _DANGLING_LIST.sub("", _drop_dateline(clean_line(sentence))).rstrip(" ,;:")
    whole = whole if not whole or whole[-1] in ".!?\"”’…。！？" else whole + "."
    for v in (whole, compress(sentence), compress(sentence, aggressive=True)):
        if v not in out:
            out.append(v)
    return tuple(out)


_TRACE_WORD = re.compile(r"[^\W_]+", re.U)


def traceable(piece: str, text: str) -> bool:
    """Is `piece` the words of one sentence of `text` (or of the text, for a title-less field), in order,
    with words left out? CJK pieces must be a substring of one sentence."""
    piece = piece.rstrip("…").strip()
    if not piece:
        return True
    words = [w.lower() for w in _TRACE_WORD.findall(piece)]
    cjk_piece = clean_line(piece) if CJK_RE.search(piece) else None
    for sentence in [*split_sentences(text), clean_line(text)]:
        if cjk_piece is not None:
            if cjk_piece in clean_line(sentence):  # a piece quoted as written ("３０００万円")
                return True
            continue
        it = iter(w.lower() for w in _TRACE_WORD.findall(sentence))
        if all(any(w == x for x in it) for w in words):
            return True
    return False


# ---------------------------------------------------------------- clauses

MIN_CLAUSE = 40
# Where a sentence may be cut into clauses that stand alone: before a new subject after ", and", ", but",
# ", while", ";" (never a shared subject: "..., and move to permanent residence").
_CLAUSE_SPLIT = re.compile(
    r";\s+|,\s+(?:and|but|while|whereas)\s+(?=(?:the|a|an|some|many|most|its|their|his|her|it|they|he|she|we|this|"
    r"these|those)\b)|\s+[—–]\s+(?=[a-z])"
)


_AUXILIARY_START = re.compile(
    r"(?:is|are|was|were|will|would|has|have|had|can|could|may|might|must|should|shall|does|do|did)\b"
)
# A clause has a finite verb; "Minister for Home Affairs and Immigration" does not.
FINITE = re.compile(
    r"\b(?:is|are|was|were|will|would|has|have|had|can|could|may|might|must|should|shall|does|do|did)\b|"
    r"\b[a-z]{3,}(?:ed|es)\b"
)


def clauses(text: str) -> list[str]:
    """A compressed sentence and, when it joins long clauses, each clause as a sentence of its own."""
    out = [text]
    parts = _CLAUSE_SPLIT.split(text)
    # Each part needs its own subject: after a dash, "were denied entry" continues the clause before it.
    if len(parts) > 1 and all(len(p) >= MIN_CLAUSE and FINITE.search(p) and not _AUXILIARY_START.match(p)
                              for p in parts):
        for p in parts:
            p = p.rstrip(" .;,")
            out.append(p[:1].upper() + p[1:] + ".")
    return out


def fit(text: str, limit: int) -> str | None:
    """`text` if it fits, else its first clause that does and stands as a sentence; never a cut word."""
    if len(text) <= limit:
        return text
    for part in clauses(text)[1:]:
        if len(part) <= limit:
            return part
    # A long sentence ending in a relative or participle clause: the main clause alone.
    m = re.search(r",\s*(?:which|who|where|while|including|with|as|after|following|according)\b", text[:limit])
    if m and m.start() >= MIN_CLAUSE:
        return text[: m.start()].rstrip(" ,;") + "."
    # "... for student-visa applicants as it is considering ...": the main clause before a subordinate one.
    m = _SUBORDINATE.search(text[:limit])
    if m and m.start() >= MIN_CLAUSE * 2:
        return text[: m.start()].rstrip(" ,;") + "."
    # Other languages' relative clauses ("..., che ...", "..., qui ...", "..., который ..."), and a colon or a
    # semicolon before a list or a second statement: the main clause before the last that fits.
    cuts = [m.start() for m in _OTHER_CUT.finditer(text[:limit]) if m.start() >= MIN_CLAUSE * 2]
    if cuts:
        return text[: cuts[-1]].rstrip(" ,;:") + "."
    return None


_OTHER_CUT = re.compile(
    r",\s*(?:qui|que|qu['’]|dont|lequel|laquelle|lesquels|lesquelles|où|che|cui|il\s+quale|la\s+quale|quien|quienes|"
    r"cuy[oa]s?|donde|el\s+cual|la\s+cual|o\s+qual|a\s+qual|onde|cujos?|cujas?|welche[rsmn]?|deren|dessen|"
    r"котор\w+|где|który|która|które|którzy|gdzie|waar|welke)\b|\s*[:;]\s+"
)


_SUBORDINATE = re.compile(
    r"\s+(?:as|while|because|since|although|though|after|before|amid|so\s+that|until)\s+"
    r"(?:it|they|he|she|we|the|a|an|its|their|this|these|officials|authorities)\b"
)
