import hashlib

from tests.bench.conftest import load_bench

learn = load_bench("learn")
FOLDS, fit_linear, fold_of, grouped_predictions = learn.FOLDS, learn.fit_linear, learn.fold_of, learn.grouped_predictions
# Written out, not called: a change to the cut (its salt, its count) must show here.
PINNED_FOLD = int(hashlib.sha1(b"fold:cn-ai-travel-approval-2026", usedforsecurity=False).hexdigest(), 16) % 5


def test_folds_keep_a_story_together_and_use_every_fold() -> None:
    stories = [f"s{i}" for i in range(200)]
    # The cut is a hash of the story id, fixed: every model's cross-validated figure is on these folds.
    assert [fold_of(s) for s in ("s1", "s2", "s3")] == [fold_of("s1"), fold_of("s2"), fold_of("s3")]
    assert fold_of("cn-ai-travel-approval-2026") == PINNED_FOLD
    assert {fold_of(s) for s in stories} == set(range(FOLDS))


def test_a_fitted_model_separates_what_its_feature_separates() -> None:
    rows = [{"x": float(i), "noise": float(i % 3)} for i in range(40)]
    labels = ["yes" if i >= 20 else "no" for i in range(40)]
    model = fit_linear("t", rows, labels, ["x", "noise"], c=10.0, trained_on="unit test")
    assert model.classes == ("no", "yes")
    assert model.probability({"x": 39.0}) > 0.9 > 0.1 > model.probability({"x": 0.0})
    assert abs(model.coef[0][0]) > abs(model.coef[0][1])


def test_grouped_predictions_fit_each_fold_without_its_own_stories() -> None:
    stories = [f"s{i // 2}" for i in range(60)]
    rows = [{"x": float(i)} for i in range(60)]
    labels = ["yes" if i % 4 < 2 else "no" for i in range(60)]
    seen: list[int] = []

    def fit(r, y):  # type: ignore[no-untyped-def]
        seen.append(len(r))
        return fit_linear("t", r, y, ["x"])

    models = grouped_predictions(rows, labels, stories, fit)
    assert len(models) == FOLDS
    held = [sum(1 for s in stories if fold_of(s) == k) for k in range(FOLDS)]
    assert seen == [60 - h for h in held]
