"""scripts/crisis_classifier_cv.py: the threshold sweep and choice, the folds' training sets (nothing of the held-out
set in them), the hold-out sets never opened, and the `name value` output. One real fold, with the development sets
cut to the four smallest (so its training, on ~4,000 texts with the NLU examples, takes seconds, not the minutes of
a full fold): the mechanics are the same at any size. The full run, one fold per development set (about 6 minutes
of training each on 2 cores), is `python scripts/crisis_classifier_cv.py --check`."""
from __future__ import annotations

import math
import sys
from pathlib import Path
from typing import List

import pytest

from bot.safety.classifier import CHECK_IN_FLOOR, IMMINENCE_THRESHOLD, SECOND_OPINION_FLOOR, THRESHOLD
from scripts import crisis_classifier_cv as cv
from scripts import train_crisis_classifier as training

BY_SIZE = sorted(training.DEV_SETS, key=lambda p: len(p.read_text(encoding="utf-8").splitlines()))
SMALLEST = BY_SIZE[0]
FOLD_SETS = BY_SIZE[:4]  # the held-out set and three to train on
opened: List[str] = []
recording = False


def _record(event: str, args: tuple) -> None:
    if recording and event == "open" and args and isinstance(args[0], (str, Path)):
        opened.append(str(args[0]))


sys.addaudithook(_record)  # cannot be removed: it records only while `recording` is set


@pytest.fixture(scope="module")
def one_fold() -> tuple:
    global recording
    opened.clear()
    recording = True
    try:
        with cv._dev_sets(FOLD_SETS):
            return cv.cross_validate(folds=[SMALLEST])
    finally:
        recording = False


def test_thresholds_are_the_briefs_and_include_the_current_one() -> None:
    assert cv.THRESHOLDS[0] == 0.5 and cv.THRESHOLDS[18] == 0.95 and cv.THRESHOLDS[-4:] == (0.96, 0.97, 0.98, 0.99)
    assert list(cv.THRESHOLDS) == sorted(set(cv.THRESHOLDS)) and THRESHOLD in cv.THRESHOLDS


def test_sweep_and_choice_on_a_made_up_fold() -> None:
    fold = cv.Fold("x", 10, labels=["none"] * 4 + ["child_abuse"] * 2 + ["check_in"],
                   rules_escalate=[False, False, False, True, True, False, False],
                   scores=[0.2, 0.86, 0.97, 0.1, 0.0, 0.9, 0.99])
    figures = cv.sweep(fold, [0.85, 0.9, 0.98])
    assert figures["rules.false_alarm_rate"] == 0.25 and figures["rules.recall"] == 0.5
    assert figures["t0.85.combined_false_alarm_rate"] == 0.75 and figures["t0.85.model_added_false_alarms"] == 2
    assert figures["t0.9.combined_false_alarm_rate"] == 0.5 and figures["t0.9.combined_recall"] == 1.0
    assert figures["t0.98.combined_recall"] == 0.5 and figures["t0.98.check_in_escalated"] == 1.0
    assert figures["t0.98.model_alone_recall"] == 0.0
    means = {f"t{t:g}.combined_false_alarm_rate": fa for t, fa in [(0.85, 0.05), (0.9, 0.03), (0.98, 0.01)]}
    assert cv.choose(means, [0.98, 0.9, 0.85]) == 0.9
    assert cv.choose(means, [0.85], budget=0.03) is None


def test_model_alone_on_made_up_folds() -> None:
    """--compare-c: the model without the rules, by fold means (check-in lines count for neither side)."""
    a = cv.Fold("a", 10, labels=["none"] * 4 + ["child_abuse"] * 2 + ["check_in"],
                rules_escalate=[True] * 7, scores=[0.1, 0.2, 0.3, 0.95, 0.9, 0.5, 0.99])
    b = cv.Fold("b", 10, labels=["none"] * 2 + ["suicide_self_harm"] * 2,
                rules_escalate=[False] * 4, scores=[0.1, 0.2, 0.8, 0.96])
    figures = cv.model_alone([a, b])
    assert figures["auc_mean"] == pytest.approx((6 / 8 + 1.0) / 2)
    # Up to 0.95 fold a flags its 0.95 safe line (a quarter): the fold mean 12.5% is over every budget; from
    # 0.96 nothing safe is flagged, and the model finds none of a's crises and half of b's.
    for budget in cv.MODEL_FALSE_ALARM_BUDGETS:
        assert figures[f"threshold_at_fa{budget:g}"] == 0.96
        assert figures[f"recall_at_fa{budget:g}"] == pytest.approx((0 + 0.5) / 2)


def test_check_in_floors_on_a_made_up_fold() -> None:
    fold = cv.Fold("x", 10, labels=["none"] * 4 + ["child_abuse"] * 3,
                   rules_escalate=[False, False, False, False, True, False, False],
                   scores=[0.2, 0.5, 0.7, 0.9, 0.0, 0.65, 0.1],
                   rules_check_in=[True, False, False, False, False, False, False])
    figures = cv.sweep_floors(fold, 0.85, [0.4, 0.6, 0.8])
    assert figures["f0.4.check_in_rate_on_none"] == 0.75   # the rules' check-in, 0.5 and 0.7 (0.9 escalates)
    assert figures["f0.6.check_in_rate_on_none"] == 0.5 and figures["f0.8.check_in_rate_on_none"] == 0.25
    assert figures["f0.6.answer_or_check_in"] == 2 / 3 and figures["f0.8.answer_or_check_in"] == 1 / 3
    means = {f"f{f:g}.check_in_rate_on_none": r for f, r in [(0.4, 0.2), (0.6, 0.1), (0.8, 0.05)]}
    assert cv.choose_floor(means, [0.8, 0.6, 0.4]) == 0.6
    assert cv.choose_floor(means, [0.4], budget=0.1) is None


def test_imminence_sweep_and_choice_on_a_made_up_fold() -> None:
    """Leads over escalated crisis lines: the rules' imminence alone, then raised by the model's p(imminent)."""
    fold = cv.Fold("x", 10,
                   labels=["suicide_self_harm", "suicide_self_harm", "domestic_violence", "child_abuse", "none"],
                   rules_escalate=[True, False, True, False, False], scores=[0.0, 0.9, 0.0, 0.1, 0.99],
                   imminent=[True, False, False, True, False],
                   rules_category=["suicide_self_harm", None, "domestic_violence", None, None],
                   rules_imminent=[False, False, False, False, False],
                   model_category=["suicide_self_harm", "suicide_self_harm", "domestic_violence", "child_abuse",
                                   "suicide_self_harm"],
                   cue_imminent=[False] * 5, imminence=[0.6, 0.2, 0.45, 0.9, 0.9])
    figures = cv.sweep_imminence(fold, 0.75, [0.4, 0.5, 0.7])
    # Escalated: line 0 (rules), 1 (model), 2 (rules); line 3 is not escalated and line 4 is not a crisis.
    assert figures["imminence.escalated_crisis_lines"] == 3
    assert figures["imminence.rules.right_lead"] == 2 / 3 and figures["imminence.rules.missed_911"] == 1 / 3
    assert figures["imminence.i0.5.right_lead"] == 1.0 and figures["imminence.i0.5.needless_911"] == 0.0
    assert figures["imminence.i0.4.right_lead"] == 2 / 3 and figures["imminence.i0.4.needless_911"] == 1 / 3
    assert figures["imminence.i0.7.missed_911"] == 1 / 3
    # Cost = 2 x missed + needless: 0.2 / 0.14 / 0.2 -> 0.5; then a tie between all three -> the lowest.
    rates = {0.4: (0.0, 0.2), 0.5: (0.02, 0.1), 0.7: (0.1, 0.0)}
    means = {f"imminence.i{t:g}.{k}": v
             for t, pair in rates.items() for k, v in zip(("missed_911", "needless_911"), pair)}
    assert cv.MISSED_911_WEIGHT == 2.0 and cv.choose_imminence(means, [0.7, 0.5, 0.4]) == 0.5
    means["imminence.i0.5.missed_911"] = 0.05
    assert cv.choose_imminence(means, [0.7, 0.5, 0.4]) == 0.4
    assert IMMINENCE_THRESHOLD in cv.IMMINENCE_THRESHOLDS


def test_a_folds_training_set_has_nothing_of_the_held_out_set() -> None:
    held_out = cv.dev_lines(SMALLEST)
    keys = {cv.text_key(text) for text, _ in held_out}
    texts, labels = cv.fold_training_set(SMALLEST, keys)
    assert len(texts) == len(labels) > 2000
    assert not keys & {cv.text_key(t) for t in texts}
    assert training.DEV_SETS == sorted(training.DEV_SETS[0].parent.glob("dev_set*.jsonl"))  # restored after


def test_the_guard_refuses_a_hold_out_set() -> None:
    hold_outs = sorted(training.DEV_SETS[0].parent.glob(cv.HOLD_OUT_PATTERN))
    assert hold_outs and not set(hold_outs) & set(training.DEV_SETS)
    with cv.hold_out_guard(), pytest.raises(AssertionError, match="hold-out"):
        hold_outs[0].open().close()


def test_one_fold_end_to_end(one_fold: tuple) -> None:
    results, means, chosen, floor = one_fold
    assert opened and not [p for p in opened if "holdout" in Path(p).name]
    assert [f.name for f in results] == [SMALLEST.stem]
    assert 2000 < results[0].train_lines < 10000  # three small sets and the NLU examples, not every set
    assert training.DEV_SETS == sorted(training.DEV_SETS[0].parent.glob("dev_set*.jsonl"))  # restored after
    figures = results[0].figures
    previous = 1.0
    for t in cv.THRESHOLDS:
        fa = figures[f"t{t:g}.combined_false_alarm_rate"]
        assert fa <= previous and fa >= figures["rules.false_alarm_rate"]  # higher threshold, fewer alarms
        assert figures[f"t{t:g}.combined_recall"] >= figures["rules.recall"]
        previous = fa
    assert chosen is None or chosen in cv.THRESHOLDS

    under = chosen or THRESHOLD
    band = [f for f in cv.FLOORS if f < under]
    assert band and not [f for f in cv.FLOORS if f >= under and f"f{f:g}.check_in_rate_on_none" in figures]
    for f in band:  # escalations count as reached whatever the floor
        assert figures[f"f{f:g}.answer_or_check_in"] >= figures[f"t{under:g}.combined_recall"]
    if floor is not None:  # the lowest floor within the budget: the one below it (if any) is over it
        assert floor in band and means[f"f{floor:g}.check_in_rate_on_none"] <= cv.CHECK_IN_BUDGET + 1e-9
        lower = [f for f in band if f < floor]
        assert not lower or means[f"f{lower[-1]:g}.check_in_rate_on_none"] > cv.CHECK_IN_BUDGET
    assert CHECK_IN_FLOOR in cv.FLOORS and CHECK_IN_FLOOR < THRESHOLD
    assert min(cv.FLOORS) == SECOND_OPINION_FLOOR  # a floor under the second opinion is never chosen

    lines = cv.report(results, means, chosen, floor)
    parsed = dict(line.split() for line in lines)  # exactly `name value`
    assert len(parsed) == len(lines)
    assert all(name.startswith("crisis_cv.") for name in parsed)
    assert parsed["crisis_cv.current_threshold"] == f"{THRESHOLD:g}"
    assert parsed["crisis_cv.chosen_threshold"] == (f"{chosen:g}" if chosen is not None else "none")
    name = f"crisis_cv.fold.{SMALLEST.stem}.t0.875.combined_false_alarm_rate"
    assert 0.0 <= float(parsed[name]) <= 1.0
    for key, value in parsed.items():
        if key.endswith("_rate") or key.endswith("recall") or key.endswith("escalated"):
            assert 0.0 <= float(value) <= 1.0 or math.isnan(float(value)), key
