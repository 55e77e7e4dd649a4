"""A learned policy-type model over the policy-type rules' evidence, measured out of fold on the real dev split.

    PYTHONPATH=. python bench/train_policy_type_model.py   # the grid, per fold, the nested figure, the decision

Every dev article the gold labels relevant is read as `bot.analysis.tagging.tag` reads it up to the type:
`policy_type.gather_type_cues` (the cues' tally) and `rule_type` (the rules' decision and the step that made
it); `bench/policy_type_features.py` turns both into numbers. A multinomial logistic regression
(bench/learn.fit_linear) is fitted under cross-validation grouped by story, each fold predicted by the model
fitted on the other four, and used three ways:

* `full`: the model's most probable type;
* `cand`: the most probable among the types the rules found a cue for (and the rules' own);
* `over@t`: the rules' type, unless the model gives another one a probability of at least t.

Two feature sets: the cues alone (`cues`), and the cues with the rules' decision and step (`hybrid`). A type
is then named as its government names it (`as_the_government_names_it`, with the jurisdictions the rules'
type finds), as the bot does. The best setting's out-of-fold figure is flattered by choosing it among many
(settings x uses); the nested figure chooses the setting and use inside each outer fold, on the other four
alone, and it is the one the decision reads. The rules' figure is in-sample (they were written from dev),
which favours them: a model is kept only if its nested out-of-fold accuracy beats the rules' dev accuracy.
It did not (December 2026, 462 articles, 150 stories): the rules 0.944 in-sample; out of fold the best full
model 0.937 (hybrid), the best choice among the cued types 0.942 (hybrid), and every gated use that changes
nothing 0.944; nested 0.944 (each outer fold chose `cues` C=0.01 over@0.7 or 0.8, which never overrides the
rules). No setting mends more dev articles than it breaks: of the rules' 26 dev errors, 18 have no cue of
the gold type at all, which no weighing of the cues reaches. Nothing is written to bot/analysis/learned/ and
`find_policy_type` stays the rules'. Held-out articles are never read here.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # bench/ is scripts, not a package
from learn_over_rules import Harness, Row, feature_sets, quiet_args, read_relevant_dev, right
from policy_type_features import FEATURES, policy_type_features

from bot.analysis.jurisdiction import find_jurisdictions
from bot.analysis.multilingual import is_english
from bot.analysis.policy_type import gather_type_cues, rule_type
from bot.analysis.policy_type_names import as_the_government_names_it

HARNESS = Harness("policy_type", feature_sets(FEATURES), thresholds=(0.5, 0.6, 0.7, 0.8, 0.9))


def dev_rows() -> list[Row]:
    """The gold-relevant dev articles, read as `bot.analysis.tagging.tag` reads them up to the type."""
    rows = []
    for a, units, language in read_relevant_dev():
        tally = gather_type_cues(units, language)
        rule, _, step = rule_type(tally)
        jurisdictions, _ = find_jurisdictions(units, language, rule)
        visa_as = as_the_government_names_it("visa", jurisdictions, units)  # the bot's name for "visa" here
        cued = {t for t, s in tally.scores.items() if s > 0}
        rows.append(Row(story=str(a["gold"].get("story") or f"id:{a['id']}"), part=a["part"],
                        gold=a["gold"]["policy_type"], rule=visa_as if rule == "visa" else rule,
                        candidates=frozenset(cued | {rule}),
                        features=policy_type_features(tally, rule, step, is_english(language)),
                        renamed={"visa": visa_as}))
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    quiet_args(argv, __doc__)
    rows = dev_rows()
    _, pred = HARNESS.report(rows)
    keep = right(rows, pred) > right(rows, [r.rule for r in rows])
    print("the nested figure beats the rules' dev figure: ship (fit on all of dev)"
          if keep else "the nested figure does not beat the rules: nothing shipped, find_policy_type stays the rules'")
    return 0


if __name__ == "__main__":
    sys.exit(main())
