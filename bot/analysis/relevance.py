"""Is an article about a government policy that changes where talent can travel, work, study or move?

Three kinds of cue must all be present, ideally in one sentence:
  * a government actor or a rule ("the State Council", "requires", "visa", "regulation"),
  * talent (researchers, scientists, engineers, students, skilled workers),
  * mobility (travel abroad, leave the country, visa, work permit, immigration, relocate).
An article missing one class can score at most `MISSING_CLASS_CAP` (< the threshold). Hard negatives
(model releases, funding rounds, companies poaching staff with no government involved, export controls
on goods, tourist visas, sports transfers) subtract a penalty unless the text escapes them (for example
an export-control story that is about engineers rather than chips).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from bot.analysis import lexicon as lx
from bot.analysis.tagging import GOVERNMENT_WEIGHT, JURISDICTION_MATCHER, Unit, mention_weight
from bot.analysis.text import (
    PhraseMatch,
    PhraseMatcher,
    Token,
    clean_line,
    match_tokens,
    noisy_or,
    split_sentences,
    truncate,
)
from bot.models import Evidence

THRESHOLD = 0.5
MISSING_CLASS_CAP = 0.45
MAX_SENTENCES = 15  # long pages: the lead decides; the tail is mostly background and boilerplate
EVIDENCE_CHARS = 200

CLASSES = ("government", "talent", "mobility")


def _gov_entries() -> list[tuple[str, str, float]]:
    entries = [("government", p, w) for p, w in lx.GOV_CUES] + [("rule", p, w) for p, w in lx.RULE_CUES]
    for j in lx.JURISDICTION_LIST:
        entries += [("government", b, 1.0) for b in (*j.bodies, *j.zh)]
    # Country names, capitals and demonyms are government evidence only when they act ("Japan to ease",
    # "Beijing curbs", "India's ministry"): see _actor_cues. "Students from India" is not a government.
    return entries


# Movement to or from a named place: "move their labs to the EU", "recruit scientists from Britain".
_MOVE_TO = re.compile(
    r"\b(?:mov(?:e|es|ed|ing)|com(?:e|es|ing)|relocat\w+|bring(?:s|ing)?|brought|return(?:s|ed|ing)?|"
    r"lur(?:e|es|ed|ing)|attract\w*|recruit(?:s|ed|ing)?|draw(?:s|ing)?|win\s+over)\b(?:\s+\S+){0,4}?\s+"
    r"(?:to|into|from)\s+(?:the\s+)?(?:[A-Z][\w-]+|abroad|overseas)"
)
MOVE_WEIGHT = 0.8


def _movement_cues(text: str) -> list[PhraseMatch]:
    return [PhraseMatch("mobility", m.group(0), MOVE_WEIGHT, m.start(), m.end()) for m in _MOVE_TO.finditer(text)]


def _actor_cues(text: str, tokens: Sequence[Token]) -> list[PhraseMatch]:
    """Jurisdictions named as the actor of a rule (or with a government noun) in one sentence."""
    out: list[PhraseMatch] = []
    for m in JURISDICTION_MATCHER.find(text, tokens):
        if m.label == "_none" or m.label.endswith((":body", ":zh")):
            continue  # bodies and Chinese names are in the class matcher already
        unit = Unit(text, tuple(tokens), "body")
        weight, actor = mention_weight(unit, m, m.label.split(":")[1], inbound=True)
        if actor or weight >= GOVERNMENT_WEIGHT:
            out.append(PhraseMatch("government", m.phrase, 1.0 if actor else 0.8, m.start, m.end))
    return out


# Class cues and hard-negative cues in one matcher (one scan per sentence); labels tell them apart.
_CUE_MATCHER = PhraseMatcher(
    _gov_entries()
    + [("talent", p, w) for p, w in lx.TALENT_CUES]
    + [("mobility", p, w) for p, w in lx.MOBILITY_CUES]
    + [(f"neg:{family}", p, w) for family, cues in lx.NEGATIVE_CUES.items() for p, w in cues]
)

# Penalty per negative family (scaled by how strongly the family is present).
_PENALTY: Mapping[str, float] = MappingProxyType({
    "product_release": 0.35,
    "funding": 0.35,
    "poaching": 0.35,
    "goods_export": 0.4,
    "tourist": 0.4,
    "sport": 0.6,
})


@dataclass(frozen=True)
class _Unit:
    """A title or sentence with the cues found in it."""

    text: str
    cues: tuple[PhraseMatch, ...]
    negatives: tuple[PhraseMatch, ...]

    def strength(self, label: str, *, rule_scale: float = 1.0) -> float:
        return _class_strength(self.cues, label, rule_scale=rule_scale)


def _class_strength(cues: Sequence[PhraseMatch], label: str, *, rule_scale: float) -> float:
    """Strength of one class; generic rule words count towards "government", scaled by `rule_scale`."""
    matches = [m for m in cues if m.label == label]
    if label == "government":
        matches += [m._replace(weight=m.weight * rule_scale) for m in cues if m.label == "rule"]
    return _strength(matches)


def _strength(matches: Sequence[PhraseMatch]) -> float:
    """Noisy-or over distinct phrases (repeating one word many times is not more evidence)."""
    best: dict[str, float] = {}
    for m in matches:
        best[m.phrase] = max(best.get(m.phrase, 0.0), m.weight)
    return noisy_or(sorted(best.values(), reverse=True)[:4])


def _units(title: str, text: str) -> list[_Unit]:
    out = []
    for piece in [clean_line(title), *split_sentences(text, MAX_SENTENCES)]:
        if not piece:
            continue
        tokens = match_tokens(piece)
        found = _CUE_MATCHER.find(piece, tokens)
        cues = [m for m in found if not m.label.startswith("neg:")]
        negatives = tuple(m._replace(label=m.label[4:]) for m in found if m.label.startswith("neg:"))
        cues += [*_actor_cues(piece, tokens), *_movement_cues(piece)]
        out.append(_Unit(piece, tuple(cues), negatives))
    return out


def _surface(unit: _Unit, m: PhraseMatch) -> str:
    return unit.text[m.start : m.end]


def score_relevance(title: str, text: str) -> tuple[float, list[Evidence]]:
    """A score in [0, 1] (relevant at >= THRESHOLD) and the evidence behind it."""
    units = _units(title, text)
    if not units:
        return 0.0, []
    has_title = bool(clean_line(title))
    all_cues = [m for u in units for m in u.cues]
    # A company's "policy" or "approval" is not a state's: rule words count only next to a government
    # (a body, an official, a country or capital, or something only states issue, such as a visa).
    rule_scale = 1.0 if any(m.label == "government" for m in all_cues) else 0.0
    doc = {c: _class_strength(all_cues, c, rule_scale=rule_scale) for c in CLASSES}

    # Co-occurrence: the best single sentence (or the title) and how many classes it holds.
    def classes_in(u: _Unit) -> int:
        return sum(1 for c in CLASSES if u.strength(c, rule_scale=rule_scale) > 0)

    # The best sentence: most classes, then a body sentence over the title (evidence should quote the
    # article, and a headline is written to attract), then the strongest.
    best_unit = max(
        units,
        key=lambda u: (classes_in(u), u is not units[0] or not has_title,
                       sum(u.strength(c, rule_scale=rule_scale) for c in CLASSES)),
    )
    best_count = classes_in(best_unit)
    title_count = classes_in(units[0]) if has_title else 0

    score = 0.6 * sum(doc.values()) / 3
    score += 0.25 if best_count == 3 else 0.1 if best_count == 2 else 0.0
    score += 0.15 * title_count / 3
    if not all(doc[c] > 0 for c in CLASSES):
        score = min(score, MISSING_CLASS_CAP)

    evidence: list[Evidence] = []
    if best_count >= 2:
        evidence.append(Evidence(field="relevance", text=truncate(best_unit.text, EVIDENCE_CHARS)))
    for c in CLASSES:
        labels = (c, "rule") if c == "government" else (c,)
        matches = [(m, u) for u in units for m in u.cues if m.label in labels]
        if matches:
            m, u = max(matches, key=lambda mu: mu[0].weight)
            evidence.append(Evidence(field=f"relevance.{c}", text=_surface(u, m)))

    strong_policy_sentence = best_count == 3 and best_unit.strength("government", rule_scale=rule_scale) >= 0.6
    penalty, negative_evidence = _penalties(
        units, doc, strong_policy_sentence=strong_policy_sentence, has_title=has_title
    )
    score -= penalty
    evidence.extend(negative_evidence)
    return round(min(1.0, max(0.0, score)), 3), evidence


def _penalties(
    units: Sequence[_Unit], doc: dict[str, float], *, strong_policy_sentence: bool, has_title: bool
) -> tuple[float, list[Evidence]]:
    total = 0.0
    evidence: list[Evidence] = []
    title_negatives = {m.label for m in units[0].negatives} if has_title else set()
    for family, weight in _PENALTY.items():
        matches = [(m, u) for u in units for m in u.negatives if m.label == family]
        if not matches:
            continue
        strength = _strength([m for m, _ in matches])
        in_title = family in title_negatives
        if family == "sport":
            # One "club" or "season" is nothing; a sports story names several of these.
            applies = len({m.phrase for m, _ in matches}) >= 2
        elif family == "poaching":
            applies = doc["government"] < 0.7  # companies hiring from each other, no state involved
        elif family in ("goods_export", "tourist"):
            applies = doc["talent"] < 0.5 or in_title  # about chips or holidaymakers, not people with skills
        else:
            applies = True
        if not applies:
            continue
        scale = 1.0 if (in_title or not strong_policy_sentence) else 0.3
        if family in ("goods_export", "tourist") and doc["talent"] >= 0.5:
            scale *= 0.4  # a talent story that merely mentions chips or tourists
        penalty = weight * strength * scale
        if penalty >= 0.02:
            total += penalty
            m, u = max(matches, key=lambda mu: mu[0].weight)
            evidence.append(Evidence(field="relevance.negative", text=f"{family}: {_surface(u, m)}"))
    return total, evidence
