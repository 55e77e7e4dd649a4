"""The status rules' evidence as numbers, for a learned status model (bench/train_status_model.py fits
and cross-validates it): per stage its summed score, the part said in the headline or the lead, its
strongest single cue and its number of cues; the tenses and voices; the dates against the publication
date; and the rules' own decision. Few and meaningful: about 450 labelled articles fit a few dozen
weights, not a bag of words.
"""

from __future__ import annotations

import math

from learn_over_rules import decision_features, decision_names

from bot.analysis.status import RULE_STEPS, StatusCues
from bot.models import STATUSES

# The stages the rules find cues for, and the tenses and voices they weigh them with.
STAGES = ("reported", "proposed", "announced", "enacted", "in_effect", "suspended", "rescinded")
TENSES = ("future", "done", "past", "perfect", "present", "official", "executive")


def status_features(cues: StatusCues, rule: str, step: str) -> dict[str, float]:
    """The features of one article: `rule` is the rules' decision over the same cues, `step` the step of
    their precedence that made it (`status.RULE_STEPS`)."""
    scores, raw, counts = cues.scores, cues.raw, cues.counts
    out: dict[str, float] = {}
    for label in STAGES + TENSES:
        # log1p: a cue said five times is more than one, not five times one.
        out[f"score:{label}"] = math.log1p(scores.get(label, 0.0))
        out[f"lead:{label}"] = math.log1p(scores.get(f"{label}@lead", 0.0))
        out[f"raw:{label}"] = raw.get(label, 0.0)
        out[f"count:{label}"] = float(min(counts.get(label, 0), 5))
    out["date:in_force"] = float(cues.in_force_date)
    out["date:ahead"] = float(cues.ahead)
    out["passed"] = float(cues.passed)
    out["body_futures"] = float(min(len(cues.body_futures), 3))
    out["body_done"] = float(cues.body_done)
    out["english"] = float(cues.english)
    out["policy"] = float(cues.policy)
    out["unconfirmed"] = float(scores.get("official", 0.0) == 0)
    out.update(decision_features(rule, STATUSES, step, RULE_STEPS))
    return out


FEATURES: tuple[str, ...] = tuple(
    [f"{kind}:{label}" for label in STAGES + TENSES for kind in ("score", "lead", "raw", "count")]
    + ["date:in_force", "date:ahead", "passed", "body_futures", "body_done", "english", "policy", "unconfirmed"]
    + decision_names(STATUSES, RULE_STEPS)
)
