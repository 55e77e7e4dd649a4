"""The policy-type rules' evidence as numbers, for a learned policy-type model (bench/train_policy_type_model.py
fits and cross-validates it): per type its summed score, the part said in the headline or the lead, its
strongest single cue, its number of cues, the sentence of its first cue and its share of all the scores; the
rules' decision and the step of their decision order that made it; the language. Few and meaningful: about
450 labelled articles fit a few dozen weights, not a bag of words.
"""

from __future__ import annotations

import math

from learn_over_rules import decision_features, decision_names

from bot.analysis.policy_type import RULE_STEPS, TypeTally
from bot.models import POLICY_TYPES

# The types the rules find cues for ("other" is what is left when none is found).
CUED = tuple(t for t in POLICY_TYPES if t != "other")


def policy_type_features(tally: TypeTally, rule: str, step: str, english: bool) -> dict[str, float]:
    """The features of one article: `rule` is the rules' decision over the same tally, `step` the step of
    their decision order that made it (`policy_type.RULE_STEPS`)."""
    total = sum(tally.scores.values())
    top = max(tally.scores.values(), default=0.0)
    out: dict[str, float] = {}
    for label in CUED:
        score = tally.scores.get(label, 0.0)
        # log1p: a cue said five times is more than one, not five times one.
        out[f"score:{label}"] = math.log1p(score)
        out[f"lead:{label}"] = math.log1p(tally.lead.get(label, 0.0))
        out[f"best:{label}"] = tally.best.get(label, (0.0, ""))[0]
        out[f"count:{label}"] = float(min(tally.counts.get(label, 0), 5))
        # The first cue's sentence: the headline is 1, the fifth sentence 0.2, never cued 0.
        out[f"first:{label}"] = 1.0 / (1 + tally.first[label]) if label in tally.first else 0.0
        out[f"share:{label}"] = score / total if total > 0 else 0.0
        out[f"margin:{label}"] = math.log1p(score) - math.log1p(top)
    out["english"] = float(english)
    out["title_visa"] = float(tally.title_visa)
    out["cued_types"] = float(sum(1 for s in tally.scores.values() if s > 0))
    out.update(decision_features(rule, POLICY_TYPES, step, RULE_STEPS))
    return out


FEATURES: tuple[str, ...] = tuple(
    [f"{kind}:{label}" for label in CUED for kind in ("score", "lead", "best", "count", "first", "share", "margin")]
    + ["english", "title_visa", "cued_types"]
    + decision_names(POLICY_TYPES, RULE_STEPS)
)
