"""Status: something done to the rule itself, a lifecycle verb close to a rule noun ("suspends the H-1B fee
rule", "the ban was lifted"), unless someone only means to do it ("vows to scrap the cap").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType

from bot.analysis import lexicon as lx
from bot.analysis.prepared_text import Unit
from bot.analysis.status_grammar import sought_stop
from bot.analysis.tokens import tokenize

LIFECYCLE_WEIGHT = 3.0
LIFECYCLE_WINDOW = 4  # words between the verb and the rule noun ("suspends the H-1B fee rule")
PASSIVE_WINDOW = 8  # back from "was lifted" to the subject's head noun
_PARTICIPLE_ENDINGS = ("ed", "en", "wn")
_LIFECYCLE_STEMS: Mapping[str, frozenset[str]] = MappingProxyType({
    status: frozenset(t for v in (*verbs, *lx.LIFECYCLE_VERBS_EXTRA.get(status, ())) for t in tokenize(v))
    for status, verbs in lx.LIFECYCLE_VERBS.items()
})
_ANY_LIFECYCLE_STEM = frozenset(t for stems in _LIFECYCLE_STEMS.values() for t in stems)
# A phrase stands by its head noun ("travel ban" is a ban): "halt all travel" is no rule suspended.
_RULE_OBJECT_STEMS = frozenset(tokenize(w)[-1] for w in (*lx.RULE_OBJECTS, *lx.RULE_OBJECTS_EXTRA) if tokenize(w))
# A requirement is a condition inside a scheme: lifting one in the lead or the text ("the enhanced scheme lifts
# the local employment requirement") amends the scheme, it does not withdraw it. Named in the headline, the
# requirement is the story ("Requirement to obtain exit approval withdrawn").
_COMPONENT_STEMS = frozenset(tokenize("requirement requirements"))
_ABOLISH_STEMS = frozenset(t for v in lx.ABOLISH_VERBS for t in tokenize(v))
_PASSIVE = frozenset({"was", "were", "been", "be", "is", "are", "being"})
# A participle naming an earlier state of another rule: "the now repealed Law on Work Permits", "the
# since-rescinded policy" describe background, not what is done to the main action.
EARLIER_STATE = re.compile(r"\b(?:now|since|previously|formerly|long|already)[\s-]+$", re.I)


def lifecycle_cues(units: Sequence[Unit]) -> list[tuple[str, float, str, str]]:
    """(status, weight, text, position) where a lifecycle verb and a rule noun are close (the strongest
    one per status)."""
    found: dict[str, tuple[float, str, str]] = {}
    for unit in units:
        if not any(t.term in _ANY_LIFECYCLE_STEM for t in unit.tokens):
            continue  # most sentences have no lifecycle verb at all
        # A hyphenated compound is one word ("fast-track", "High-end"): its first part stands for it, so
        # that it neither counts twice towards the window nor offers its parts as verbs.
        tokens = [t for k, t in enumerate(unit.tokens) if k == 0 or t.start != unit.tokens[k - 1].start]
        terms = [t.term for t in tokens]
        for status, verbs in _LIFECYCLE_STEMS.items():
            for i, term in enumerate(terms):
                if term not in verbs or "-" in unit.text[tokens[i].start : tokens[i].end]:
                    continue  # "end-to-end", "lift-off": a compound, not the verb
                if _INTENDED.search(unit.text[max(0, tokens[i].start - 30) : tokens[i].start]) or (
                        unit.position == "title" and _TO_BEFORE.search(unit.text[max(0, tokens[i].start - 12) : tokens[i].start])):
                    continue  # "vows to scrap the cap", "Opposition to Block Student Caps": intended, not done
                if _PROPOSED_BEFORE.search(unit.text[: tokens[i].start]):
                    continue  # "is proposing a rule that would ..., eliminating the policy": the proposal's content
                if EARLIER_STATE.search(unit.text[max(0, tokens[i].start - 15) : tokens[i].start]):
                    continue  # "the now repealed law": another rule's past, background
                if _PENDING_CLAUSE.search(unit.text[max(0, tokens[i].start - 70) : tokens[i].start]):
                    continue  # "after the travel ban is lifted, the passport is returned": a time to come, not done
                if _REFUSED.search(unit.text[max(0, tokens[i].start - 30) : tokens[i].start]):
                    continue  # "the judge declined to block the fee", "did not suspend the rule": not done
                if status == "suspended" and sought_stop(unit.text, tokens[i].start):
                    continue  # "the lawsuit asks a judge to block the law": a stop sought, not made
                # Active: "suspends the H-1B fee rule"; passive: "the ban was lifted". Not "the
                # proclamation suspends entry", where the rule is the subject doing the suspending.
                # Abolishing acts on a category too: "scraps the graduate visa" (a route), not "revokes visas".
                after = [j for j in range(i + 1, min(len(terms), i + LIFECYCLE_WINDOW + 1))
                         if terms[j] in _RULE_OBJECT_STEMS or (
                             term in _ABOLISH_STEMS
                             and unit.text[tokens[j].start : tokens[j].end].lower() in lx.ABOLISHED_CATEGORIES)]
                # The passive: an auxiliary right before the verb reaches a subject further back ("the ban on
                # official travel by scientists was lifted"); a headline drops it ("Travel ban lifted").
                word = unit.text[tokens[i].start : tokens[i].end].lower()
                headline_passive = unit.position == "title" and word.endswith(_PARTICIPLE_ENDINGS)
                reach = PASSIVE_WINDOW if i > 0 and terms[i - 1] in _PASSIVE else LIFECYCLE_WINDOW
                before = [j for j in range(max(0, i - reach), i)
                          if terms[j] in _RULE_OBJECT_STEMS and (headline_passive or _PASSIVE & set(terms[j + 1 : i]))]
                if after and any(t in _COURT_ORDER_STEMS for t in terms[i + 1 : after[0]]):
                    continue  # "lifted an injunction against the fee": the court's stop ends, the rule applies
                if status == "rescinded" and unit.position != "title":
                    after = [j for j in after if terms[j] not in _COMPONENT_STEMS]
                    before = [j for j in before if terms[j] not in _COMPONENT_STEMS]
                if after or before:
                    j = after[0] if after else before[-1]
                    a, b = sorted((i, j))
                    weight = LIFECYCLE_WEIGHT * STATUS_POSITION[unit.position]
                    if weight > found.get(status, (0.0, "", ""))[0]:
                        found[status] = (weight, unit.text[tokens[a].start : tokens[b].end], unit.position)
    return [(status, w, text, position) for status, (w, text, position) in sorted(found.items())]


def _alternation(patterns: Sequence[str]) -> re.Pattern[str]:
    """Patterns as one, those in the alphabets (below U+0900) starting a word, the others anywhere."""
    return re.compile("|".join(f"(?<!\\w)(?:{p})" if p[0] == "\\" or p[0] < "\u0900" else p for p in patterns), re.I)


_ML_VERBS = {status: _alternation(verbs) for status, verbs in lx.ML_LIFECYCLE_VERBS.items()}
_ML_RULES = _alternation(lx.ML_LIFECYCLE_OBJECTS["rule"])
_ML_VISAS = _alternation(lx.ML_LIFECYCLE_OBJECTS["visa"])
# The Chinese ending verbs take the rule as their object, a few characters on ("撤销该人才计划", "终止备受争议的某某计划"): a rule word
# elsewhere in the sentence is another clause's ("国航取消航班，新规定下月实施").
_ML_RESCIND_RULE_ONLY = re.compile(
    "(" + "|".join(lx.ML_RESCIND_RULE_ONLY) + r")[^，。,;；：:、！？!?]{0,12}?(?:"
    + "|".join(w for w in lx.ML_LIFECYCLE_OBJECTS["rule"] if w[0] >= "\u3000") + ")"
)


def ml_lifecycle(key: str) -> tuple[str, str]:
    """(status, the verb as written) when a sentence in another language tells a rule abolished or suspended
    ("das Visaprogramm wurde ausgesetzt", "政府は制度を廃止した"); ("", "") otherwise. Abolishing may act on
    a visa (a category); suspending a visa is the issuance paused, a measure of its own."""
    for status, verbs in _ML_VERBS.items():
        if (verb := verbs.search(key)) and (_ML_RULES.search(key) or (status == "rescinded" and _ML_VISAS.search(key))):
            return status, verb.group(0)
    if verb := _ML_RESCIND_RULE_ONLY.search(key):
        return "rescinded", verb.group(1)
    return "", ""


# Someone means to act on the rule: not yet done ("plans to repeal", "would suspend"); in a headline any
# infinitive is a plan ("Opposition to Block Student Caps"). "Voted to repeal" is done, so not a bare "to".
# A modal may stand two words off ("will be completely removed", "would no longer be"); a verb of proposing
# takes the gerund ("proposes eliminating the policy", "is considering scrapping the cap").
_INTENDED = re.compile(
    r"\b(?:will|would|shall|could|may|might|(?:is|are|expected|set|due|scheduled|going|plans?|planning|vows?|vowed|seeks?|seeking|wants?|"
    r"threatens?|threatened|aims?|bid|push(?:es)?|efforts?|attempts?|moves?|calls?\s+on\s+\w+|urged?\s+\w+)\s+to)"
    r"\s+(?:\w+\s+){0,2}$"
    r"|\b(?:propos(?:e|es|ed|ing)|consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?|suggest(?:s|ed|ing)?)\s+"
    r"(?:\w+\s+)?$",
    re.I,
)
# A clause of time or condition in the present tells what happens then, not what was done: "after the ban
# is lifted", "until the cap is removed", "once the rule is repealed" ("after the ban was lifted" is done).
_PENDING_CLAUSE = re.compile(
    r"\b(?:after|until|till|once|when|whenever|unless|if|before)\s+(?:[\w'’-]+\s+){0,6}?(?:is|are|gets?)\s+(?:\w+ly\s+)?$",
    re.I,
)
_TO_BEFORE = re.compile(r"\bto\s+$", re.I)
# Earlier in the sentence, a proposal or a condition whose content the verb tells: "DHS is proposing a rule
# that would ..., eliminating the policy", "if adopted, the bill would repeal the cap".
_PROPOSED_BEFORE = re.compile(r"\b(?:propos(?:e|es|ed|ing|al|als)|draft|would|if)\b", re.I)
# Refusing or failing to act on the rule: "declined to block", "refused to suspend", "did not halt",
# "didn't suspend" ("n't" is inside its word, so outside the word-start group, as NEGATED has it).
_REFUSED = re.compile(
    r"(?:\b(?:declin\w*|refus\w*|reject\w*|den(?:y|ies|ied|ying)|fail\w*|not|never)|n['’]t)\s+(?:to\s+)?(?:\w+\s+)?$",
    re.I,
)
# A court's stop, lifted or reversed: the verb's object is the court's order, not the rule.
_COURT_ORDER_STEMS = frozenset(t for w in lx.COURT_ORDERS for t in tokenize(w))
# Status is read from the sentences that state the main action: the headline and the lead weigh most.
STATUS_POSITION: Mapping[str, float] = MappingProxyType({"title": 2.0, "lead": 1.5, "body": 0.75})
