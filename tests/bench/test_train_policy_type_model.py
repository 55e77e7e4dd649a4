"""bench/train_policy_type_model.py and bench/policy_type_features.py: the features a learned policy-type model
reads, and the uses of its probabilities."""

from __future__ import annotations

from bot.analysis.policy_type import gather_type_cues, rule_type
from bot.analysis.prepared_text import prepare
from tests.bench.conftest import load_bench

features = load_bench("policy_type_features")
train = load_bench("train_policy_type_model")


def test_the_features_are_the_named_ones_and_say_the_rules_decision() -> None:
    tally = gather_type_cues(prepare("Government suspends visas for Iranian researchers", "The ban starts Monday."))
    rule, _, step = rule_type(tally)
    row = features.policy_type_features(tally, rule, step, True)
    assert tuple(row) == features.FEATURES
    assert row["rule:visa"] == 1.0 and row["step:top_score"] == 1.0 and row["first:visa"] == 1.0
    assert row["margin:visa"] == 0.0 and row["score:export_control"] == 0.0


def test_the_rules_stand_unless_the_model_is_sure_and_visas_are_named_as_the_government_names_them() -> None:
    row = train.Row(story="s", part="fit", gold="immigration", rule="immigration",
                    candidates=frozenset({"visa", "talent_program"}), features={}, renamed={"visa": "immigration"})
    uses = train.HARNESS.uses(row, {"visa": 0.55, "talent_program": 0.3, "research_security": 0.15})
    assert uses["full"] == "immigration"  # the model's visa, in a country whose visas are statuses of residence
    assert uses["over@0.6"] == "immigration"  # the rules' own, the model not sure enough
    row = train.Row(story="s", part="fit", gold="visa", rule="visa",
                    candidates=frozenset({"visa", "talent_program"}), features={})
    uses = train.HARNESS.uses(row, {"research_security": 0.6, "talent_program": 0.3, "visa": 0.1})
    assert uses["full"] == "research_security" and uses["cand"] == "talent_program" and uses["over@0.5"] == "research_security"
