"""Re-derive the trained crisis layer's threshold (bot/safety/classifier.py THRESHOLD) by cross-validation.

    python scripts/crisis_classifier_cv.py            # one fold per development set; `name value` lines on stdout
    python scripts/crisis_classifier_cv.py --check    # exit 1 when the chosen threshold or floor differs from the code
    python scripts/crisis_classifier_cv.py --compare-c 3,10,30,100   # the model alone at each regularisation C

What it answers: at which `p(crisis)` should the model escalate a message the rules did not? The gateway
escalates when the rules (bot.safety.detector) say "crisis", and otherwise when the model's score is at or above
the threshold, so a lower threshold finds more crisis messages and raises more false alarms. The brief's budget
is a false-alarm rate of at most 3% on non-crisis messages, rules and model together.

Method: leave-one-development-set-out cross-validation. Each of the development sets (tests/crisis/dev_set*.jsonl)
was written in its own round, by its own writer, so holding one out and training on the rest is a stand-in for
the thing that matters: messages from a writer the model has never seen. For each fold:

* train `CrisisClassifier.train` (the production model, same features and seed) on what
  scripts/train_crisis_classifier.py would train on (`training_examples()`: development lines first, then the NLU
  examples, each normalised text once) with the held-out set's files left out, and then drop every training text
  whose normalised key equals a held-out line (NLU examples copied from a development set would leak it);
* score each held-out line once with `CrisisClassifier.score` and run the rules on it once, then sweep the
  thresholds over those scores: combined recall (crisis lines escalated by either layer), combined false-alarm
  rate (`none` lines escalated), the false alarms the model adds on top of the rules, check-in (hyperbole) lines
  escalated, and the model's recall alone.

The chosen threshold is the lowest whose fold-mean combined false-alarm rate is <= 3%. This is the rule the
prototype (train on all but one development set, choose by fold means, fixed before any hold-out figure was
taken) used to pick 0.875 for LogisticRegression C=10, with a fold-mean combined false-alarm rate of 0.0264.
With those four sets this script reproduced it exactly: the same training lines per fold (3382 / 3280 / 3543 /
2980), scores equal to the prototype's predict_proba to 1e-15, fold-mean combined false alarms 0.0264 at 0.875.
With development sets 5 and 6 added (two more writers) and the rules' false-alarm families from them, the same
rule over six folds chose 0.85 (fold-mean combined false alarms 0.0237 at 0.85, 0.0333 at 0.825); over eight
folds (sets 7 and 8, the rules fitted to them) it chose 0.8 (0.0297 at 0.8); over ten folds (sets 9 and 10, C = 30)
it chose 0.8 again (0.0297; 0.0370 at 0.775), and the check-in floor 0.45 (9.6% of `none` lines asked; 0.55
before). Over twelve folds it then chose 0.75 and 0.775 in turn, and 0.8 was kept (every hold-out set was already
at or over 3% with the layer); over fourteen folds (sets 13 and 14, whose writers the rules had not yet been fitted
to when they were first scored) it chose 0.75 (fold-mean combined false alarms 0.0275, recall 0.987; 0.0220 and
0.986 at 0.8): on sets 13 and 14 before any rule was written from them, 0.75 rather than 0.8 found 0.872 / 0.932 of
crisis lines instead of 0.864 / 0.916 for 0 and 2 of 130 safe lines more. Over nineteen folds (sets 16-19, set 19
mostly everyday Spanish and English) it chose 0.725 (fold-mean combined false alarms 0.0298, recall 0.981; 0.0275
and 0.978 at 0.75); its floor rule chose 0.35 (9.5% of `none` lines asked) and 0.45 was kept (7.5%). Over twenty
folds (set 20: Spanish crises in every category) it chose 0.75 (0.0285, recall 0.963; 0.0304 at 0.725), the floor
0.4 (the sweep now starts at SECOND_OPINION_FLOOR) and imminence 0.4, which are in the code now; re-run with the
round 21 rules (Spanish families in every category) it chose the same three (`--check` passes: 0.0282 and recall
0.983 at 0.75, 0.0301 at 0.725; 8.3% of `none` lines asked at 0.4; missed 911 3.0%, needless 9.6%). Over 22 folds
(sets 21 and 22, with the round 22 rules) it chose 0.725 (0.0275, recall 0.985; 0.0302 at 0.7), the floor 0.4 (7.7%
of `none` lines asked) and imminence 0.5 (missed 911 3.1%, needless 8.9%; 2.8% and 9.9% at 0.4). Over 25 folds
(sets 23-25, written by three more writers, before the rules were fitted to their false alarms) it chose 0.775; over
29 folds (sets 26-29 too, with the rules' round 23 and 24 false-alarm families fitted to sets 23-29) it chose 0.6
(0.0289, recall 0.989; 0.0209 and 0.983 at 0.725), the floor 0.4 (7.1% of `none` lines asked) and imminence 0.4
(missed 911 3.1%, needless 9.5%; 3.6% and 8.8% at 0.5). Over 34 folds (sets 30-34, five writers with a rewritten
brief, scored with the rules as they stood before the fourteenth round's families were fitted to them, so that five
folds at least read a new writer fairly) it chose 0.65 (0.0281, recall 0.984; 0.0331 and 0.986 at 0.6; folds 30-34
at 0.6: 2.9-8.9%), the floor 0.4 (7.0% of `none` lines asked) and imminence 0.4 (missed 911 3.6%, needless 10.1%),
which are in the code now. Re-run after the round's families were fitted to sets 30-34, it chose 0.575 (0.0297,
recall 0.990; 0.0219 and 0.988 at 0.65) and imminence 0.35: the fit alone moved it, so `--check` now fails on
purpose, and the pre-fit choice is kept until the rules' history per fold lets every fold be scored as new. About 23
minutes on two cores with 29 folds (about 65 with 34 folds and other work beside it): each fold is trained once (~45
s) and its lines scored once, and the thresholds are swept over the stored scores.

The check-in floor (CHECK_IN_FLOOR): below the threshold the model is unsure, and between the floor and the
threshold the message gets the safety check-in question instead of an escalation. Under the chosen threshold,
the floors from SECOND_OPINION_FLOOR (0.4) to 0.8 are swept over the same stored scores: the share of crisis lines
escalated or asked (`answer_or_check_in`) and the share of `none` lines asked (`check_in_rate_on_none`, the rules'
hyperbole check-ins included). The chosen floor is the lowest whose fold-mean check-in rate on `none` lines is <= 10%.

The imminence threshold (IMMINENCE_THRESHOLD): each fold also trains the imminence model (the held-out set's
imminent marks never in it) and, over the held-out crisis lines escalated under the chosen threshold, compares the
number each answer leads with against the one its writer's label asks for: as the rules and their cues decide
alone (`imminence.rules.*`) and with the model raising a 911 lead at each threshold (`imminence.i<t>.*`):
`right_lead`, `missed_911` (911 needed, another number first) and `needless_911`. The chosen threshold has the
fewest wrong leads with a missed 911 counted MISSED_911_WEIGHT times a needless one.

Caveats, also printed as figures: the rules were fitted to all the development sets, so on every fold they
already find ~0.99 of crisis lines with ~0.3% false alarms. Combined recall here therefore says little about a
new writer; the false alarms the model adds and the model-alone recall are the informative figures. The mean
over folds can sit under 3% while one fold (dev_set_4) is over it.

`--compare-c` compares the logistic regression's C (bot.safety.classifier.REGULARISATION_C) on the same folds, by
the model alone, so that the rules' fit does not blur it: the fold-mean ROC AUC (crisis against `none` lines) and
the fold-mean model recall at the lowest threshold whose fold-mean share of `none` lines flagged is within 2%, 3%
and 5%. About 3 minutes per value.

The hold-out sets (tests/crisis/holdout_set*.jsonl) are never read: they are the untouched check of the whole
system. `hold_out_guard` makes any attempt to open one fail while the cross-validation runs.
"""
from __future__ import annotations

import argparse
import contextlib
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterator, List, Optional, Sequence, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.safety.classifier import (CHECK_IN_FLOOR, IMMINENCE_THRESHOLD, REGULARISATION_C,  # noqa: E402
                                   SECOND_OPINION_FLOOR, THRESHOLD, CrisisClassifier)
from scripts import train_crisis_classifier as training  # noqa: E402

FALSE_ALARM_BUDGET = 0.03
CHECK_IN_BUDGET = 0.10   # at most one tricky non-crisis message in ten asked "are you safe?" (rules and model)
THRESHOLDS: Tuple[float, ...] = tuple(round(0.5 + 0.025 * i, 3) for i in range(19)) + (0.96, 0.97, 0.98, 0.99)
# 0.4 .. 0.8: never under SECOND_OPINION_FLOOR, where the layer alone would ask wherever Rasa's crisis intent needs
# its backing (over 19 folds, with 0.3 and 0.35 swept too, the rule chose 0.35).
FLOORS: Tuple[float, ...] = tuple(f for f in (round(0.3 + 0.05 * i, 2) for i in range(11))
                                  if f >= SECOND_OPINION_FLOOR)
NOT_CRISIS = ("none", "check_in")
MODEL_FALSE_ALARM_BUDGETS: Tuple[float, ...] = (0.02, 0.03, 0.05)  # for --compare-c
MODEL_THRESHOLDS: Tuple[float, ...] = tuple(round(0.3 + 0.01 * i, 2) for i in range(70))  # 0.30 .. 0.99
IMMINENCE_THRESHOLDS: Tuple[float, ...] = tuple(round(0.3 + 0.05 * i, 2) for i in range(11))  # 0.3 .. 0.8
# Someone with the pills in hand who is sent to 988 first is worse off than someone sent to 911 who did not need it.
MISSED_911_WEIGHT = 2.0
HOLD_OUT_PATTERN = "holdout_set*.jsonl"
PREFIX = "crisis_cv"

assert training.DEV_SETS, "no tests/crisis/dev_set*.jsonl"
assert all("holdout" not in path.name for path in training.DEV_SETS), training.DEV_SETS
assert not set(training.DEV_SETS) & set(training.DEV_SETS[0].parent.glob(HOLD_OUT_PATTERN))

# Only while the cross-validation runs: an audit hook cannot be removed, so it stays installed but idle.
_guard_active = False
_guard_installed = False


def _refuse_hold_out(event: str, args: tuple) -> None:
    if _guard_active and event == "open" and args and isinstance(args[0], (str, bytes, Path)):
        name = Path(args[0].decode() if isinstance(args[0], bytes) else args[0]).name
        if name.startswith("holdout_set"):
            raise AssertionError(f"crisis CV must never read a hold-out set ({name})")


@contextlib.contextmanager
def hold_out_guard() -> Iterator[None]:
    """Any open() of tests/crisis/holdout_set*.jsonl in this process fails inside the block."""
    global _guard_active, _guard_installed
    if not _guard_installed:
        sys.addaudithook(_refuse_hold_out)
        _guard_installed = True
    previous, _guard_active = _guard_active, True
    try:
        yield
    finally:
        _guard_active = previous


text_key = training.text_key  # the normalised key under which training_examples() counts a text once


@contextlib.contextmanager
def _dev_sets(paths: Sequence[Path]) -> Iterator[None]:
    """training_examples()/dev_examples() restricted to `paths` (they read the module's DEV_SETS)."""
    saved = training.DEV_SETS
    training.DEV_SETS = list(paths)
    try:
        yield
    finally:
        training.DEV_SETS = saved


def dev_lines(path: Path) -> List[Tuple[str, str]]:
    """(text, label) of one development set, through the trainer's own loader."""
    with _dev_sets([path]):
        return list(training.dev_examples())


def fold_training_set(held_out: Path, held_out_keys: set) -> Tuple[List[str], List[str]]:
    """What the production trainer would use without `held_out`, minus any text equal to a held-out line."""
    with _dev_sets([p for p in training.DEV_SETS if p != held_out]):
        texts, labels = training.training_examples()
    kept = [(t, lab) for t, lab in zip(texts, labels) if text_key(t) not in held_out_keys]
    return [t for t, _ in kept], [lab for _, lab in kept]


@dataclass
class Fold:
    name: str
    train_lines: int
    labels: List[str]                  # per held-out line
    rules_escalate: List[bool]         # the detector said "crisis"
    scores: List[float]                # the model's p(crisis)
    rules_check_in: List[bool] = field(default_factory=list)  # the detector said "check_in"
    figures: Dict[str, float] = field(default_factory=dict)
    # For the lead of each crisis answer: what the line needs (its writer's label), what the rules said, what the
    # model said (its category, the rules' concrete cues for that category, its p(imminent)).
    imminent: List[bool] = field(default_factory=list)
    rules_category: List[Optional[str]] = field(default_factory=list)
    rules_imminent: List[bool] = field(default_factory=list)
    model_category: List[str] = field(default_factory=list)
    cue_imminent: List[bool] = field(default_factory=list)
    imminence: List[float] = field(default_factory=list)


def _rate(hits: int, total: int) -> float:
    return hits / total if total else float("nan")


def sweep(fold: Fold, thresholds: Sequence[float]) -> Dict[str, float]:
    """Figures per threshold (and the rules alone) from one fold's scores; keys `t<threshold>.<figure>`."""
    crisis = [i for i, lab in enumerate(fold.labels) if lab not in NOT_CRISIS]
    none = [i for i, lab in enumerate(fold.labels) if lab == "none"]
    check_in = [i for i, lab in enumerate(fold.labels) if lab == "check_in"]
    rules = fold.rules_escalate
    out: Dict[str, float] = {
        "lines.crisis": len(crisis), "lines.none": len(none), "lines.check_in": len(check_in),
        "lines.train": fold.train_lines,
        "rules.recall": _rate(sum(rules[i] for i in crisis), len(crisis)),
        "rules.false_alarm_rate": _rate(sum(rules[i] for i in none), len(none)),
        "rules.check_in_escalated": _rate(sum(rules[i] for i in check_in), len(check_in)),
    }
    for t in thresholds:
        model = [s >= t for s in fold.scores]
        both = [r or m for r, m in zip(rules, model)]
        added = sum(model[i] and not rules[i] for i in none)
        tag = f"t{t:g}"
        out[f"{tag}.combined_recall"] = _rate(sum(both[i] for i in crisis), len(crisis))
        out[f"{tag}.combined_false_alarm_rate"] = _rate(sum(both[i] for i in none), len(none))
        out[f"{tag}.model_added_false_alarms"] = added
        out[f"{tag}.model_added_false_alarm_rate"] = _rate(added, len(none))
        out[f"{tag}.check_in_escalated"] = _rate(sum(both[i] for i in check_in), len(check_in))
        out[f"{tag}.model_alone_recall"] = _rate(sum(model[i] for i in crisis), len(crisis))
    return out


def sweep_floors(fold: Fold, threshold: float, floors: Sequence[float]) -> Dict[str, float]:
    """Figures per check-in floor under an escalation threshold; keys `f<floor>.<figure>`. A line is asked the
    check-in question when nothing escalates it and the rules read hyperbole or the score is in [floor, threshold)."""
    crisis = [i for i, lab in enumerate(fold.labels) if lab not in NOT_CRISIS]
    none = [i for i, lab in enumerate(fold.labels) if lab == "none"]
    rules_asks = fold.rules_check_in or [False] * len(fold.labels)
    escalated = [r or s >= threshold for r, s in zip(fold.rules_escalate, fold.scores)]
    out: Dict[str, float] = {}
    for floor in floors:
        asked = [not e and (r or floor <= s < threshold) for e, r, s in zip(escalated, rules_asks, fold.scores)]
        tag = f"f{floor:g}"
        out[f"{tag}.answer_or_check_in"] = _rate(sum(escalated[i] or asked[i] for i in crisis), len(crisis))
        out[f"{tag}.check_in_rate_on_none"] = _rate(sum(asked[i] for i in none), len(none))
    return out


def lead_of(category: str, imminent: bool) -> str:
    """The number a crisis answer leads with (911, 988, Childhelp, the DV Hotline)."""
    from bot.content import cached_content
    from bot.safety.answers import crisis_answer

    lead = crisis_answer(cached_content(), category, imminent).lead
    return lead.get("tel") or lead.get("sms") or lead.get("url", "")


def sweep_imminence(fold: Fold, threshold: float, imminence_thresholds: Sequence[float]) -> Dict[str, float]:
    """Over the crisis lines escalated (rules, or the model at `threshold`): the share whose answer leads with the
    right number, the share that needed 911 and did not get it first, and the share given 911 that needed
    another line; `imminence.rules` without the imminence model, `imminence.i<t>` with it raising at t."""
    rows = []  # (category, imminent as the rules or cues say, p(imminent), the number wanted)
    for i, label in enumerate(fold.labels):
        if label in NOT_CRISIS or not fold.imminent:
            continue
        if fold.rules_escalate[i]:
            category, imminent = fold.rules_category[i] or label, fold.rules_imminent[i]
        elif fold.scores[i] >= threshold:
            category, imminent = fold.model_category[i], fold.cue_imminent[i]
        else:
            continue
        rows.append((category, imminent, fold.imminence[i], lead_of(label, fold.imminent[i])))
    out: Dict[str, float] = {"imminence.escalated_crisis_lines": len(rows)}
    for tag, raise_at in [("rules", None), *[(f"i{t:g}", t) for t in imminence_thresholds]]:
        got = [lead_of(c, imm or (raise_at is not None and p >= raise_at)) for c, imm, p, _ in rows]
        wanted = [w for *_, w in rows]
        out[f"imminence.{tag}.right_lead"] = _rate(sum(g == w for g, w in zip(got, wanted)), len(rows))
        out[f"imminence.{tag}.missed_911"] = _rate(sum(w == "911" != g for g, w in zip(got, wanted)), len(rows))
        out[f"imminence.{tag}.needless_911"] = _rate(sum(g == "911" != w for g, w in zip(got, wanted)), len(rows))
    return out


def run_fold(held_out: Path, detector: object, thresholds: Sequence[float], c: float = REGULARISATION_C) -> Fold:
    from bot.safety.imminence import imminent_without_a_rule

    started = time.monotonic()
    lines = dev_lines(held_out)
    keys = {text_key(text) for text, _ in lines}
    texts, labels = fold_training_set(held_out, keys)
    with _dev_sets([p for p in training.DEV_SETS if p != held_out]):
        imminent = training.imminence_labels(texts)
    print(f"cv: {held_out.stem}: training on {len(texts)} messages (C={c:g})...", file=sys.stderr, flush=True)
    classifier = CrisisClassifier.train(texts, labels, c=c, imminent=imminent)
    trained = time.monotonic()
    detections = [detector.detect(text) for text, _ in lines]  # type: ignore[attr-defined]
    verdicts = [classifier.score(text) for text, _ in lines]
    with _dev_sets([held_out]):
        marked = training.imminence_labels([text for text, _ in lines])
    fold = Fold(
        name=held_out.stem,
        train_lines=len(texts),
        labels=[label for _, label in lines],
        rules_escalate=[d.kind == "crisis" for d in detections],
        scores=[v.score for v in verdicts],
        rules_check_in=[d.kind == "check_in" for d in detections],
        imminent=[bool(m) for m in marked],
        rules_category=[d.category for d in detections],
        rules_imminent=[d.imminent for d in detections],
        model_category=[v.category for v in verdicts],
        cue_imminent=[imminent_without_a_rule(text, v.category, detector)  # type: ignore[arg-type]
                      for (text, _), v in zip(lines, verdicts)],
        imminence=[v.imminence for v in verdicts],
    )
    fold.figures = sweep(fold, thresholds)
    print(f"cv: {held_out.stem}: trained in {trained - started:.1f} s, {len(lines)} held-out lines scored in "
          f"{time.monotonic() - trained:.1f} s", file=sys.stderr, flush=True)
    return fold


def choose(means: Dict[str, float], thresholds: Sequence[float], budget: float = FALSE_ALARM_BUDGET) -> Optional[float]:
    """The lowest threshold whose fold-mean combined false-alarm rate is within the budget."""
    for t in sorted(thresholds):
        if means[f"t{t:g}.combined_false_alarm_rate"] <= budget + 1e-9:
            return t
    return None


def choose_imminence(means: Dict[str, float], thresholds: Sequence[float]) -> Optional[float]:
    """The imminence threshold with the fewest wrong leads when a missed 911 counts MISSED_911_WEIGHT times a
    needless one (fold means); on a tie the lower (more 911 leads)."""
    scored = [(MISSED_911_WEIGHT * means[f"imminence.i{t:g}.missed_911"] + means[f"imminence.i{t:g}.needless_911"], t)
              for t in thresholds if f"imminence.i{t:g}.missed_911" in means]
    return min(scored)[1] if scored else None


def choose_floor(means: Dict[str, float], floors: Sequence[float], budget: float = CHECK_IN_BUDGET) -> Optional[float]:
    """The lowest check-in floor whose fold-mean check-in rate on non-crisis lines is within the budget."""
    for floor in sorted(floors):
        if means[f"f{floor:g}.check_in_rate_on_none"] <= budget + 1e-9:
            return floor
    return None


def _means(results: Sequence[Fold]) -> Dict[str, float]:
    names = list(results[0].figures)
    return {name: sum(f.figures[name] for f in results) / len(results) for name in names
            if not name.startswith("lines.")}


def cross_validate(folds: Optional[Sequence[Path]] = None, thresholds: Sequence[float] = THRESHOLDS,
                   floors: Sequence[float] = FLOORS
                   ) -> Tuple[List[Fold], Dict[str, float], Optional[float], Optional[float]]:
    """Run the held-out folds (default: every development set); return the folds, fold means, the chosen
    threshold and the chosen check-in floor under it (under THRESHOLD when no threshold meets the budget)."""
    from bot.safety.detector import get_detector

    held_out_sets = list(folds) if folds is not None else list(training.DEV_SETS)
    assert all(p in training.DEV_SETS for p in held_out_sets), "folds must be development sets"
    with hold_out_guard():
        detector = get_detector()
        results = [run_fold(path, detector, thresholds) for path in held_out_sets]
    chosen = choose(_means(results), thresholds)
    under = chosen if chosen is not None else THRESHOLD
    band = [f for f in floors if f < under]  # a floor at or above the threshold would ask nothing
    for fold in results:
        fold.figures.update(sweep_floors(fold, under, band))
        fold.figures.update(sweep_imminence(fold, under, IMMINENCE_THRESHOLDS))
    means = _means(results)
    return results, means, chosen, choose_floor(means, band)


def model_alone(results: Sequence[Fold]) -> Dict[str, float]:
    """The model without the rules over the folds: fold-mean ROC AUC (crisis against `none` lines) and, per false-
    alarm budget, the fold-mean recall at the lowest threshold whose fold-mean share of `none` lines flagged fits."""
    from sklearn.metrics import roc_auc_score

    aucs = []
    for fold in results:
        kept = [(lab not in NOT_CRISIS, s) for lab, s in zip(fold.labels, fold.scores) if lab != "check_in"]
        aucs.append(roc_auc_score([y for y, _ in kept], [s for _, s in kept]))
    out: Dict[str, float] = {"auc_mean": sum(aucs) / len(aucs)}
    for budget in MODEL_FALSE_ALARM_BUDGETS:
        for t in MODEL_THRESHOLDS:
            flagged = [_rate(sum(s >= t for lab, s in zip(f.labels, f.scores) if lab == "none"),
                             sum(lab == "none" for lab in f.labels)) for f in results]
            if sum(flagged) / len(flagged) <= budget + 1e-9:
                recall = [_rate(sum(s >= t for lab, s in zip(f.labels, f.scores) if lab not in NOT_CRISIS),
                                sum(lab not in NOT_CRISIS for lab in f.labels)) for f in results]
                out[f"recall_at_fa{budget:g}"] = sum(recall) / len(recall)
                out[f"threshold_at_fa{budget:g}"] = t
                break
    return out


def compare_c(values: Sequence[float]) -> List[str]:
    """`name value` lines of `model_alone` for each regularisation C, every development set a fold."""
    from bot.safety.detector import get_detector

    lines = []
    with hold_out_guard():
        detector = get_detector()
        for c in values:
            results = [run_fold(path, detector, (), c=c) for path in training.DEV_SETS]
            for name, value in model_alone(results).items():
                lines.append(f"{PREFIX + f'.compare.c{c:g}.' + name:<64} {value:.4f}")
            print("\n".join(lines[-7:]), flush=True)
    return lines


def report(results: Sequence[Fold], means: Dict[str, float], chosen: Optional[float],
           chosen_floor: Optional[float] = None, chosen_imminence: Optional[float] = None) -> List[str]:
    """The stable `name value` lines."""
    def line(name: str, value: object) -> str:
        if isinstance(value, float):
            value = f"{value:.4f}"
        return f"{PREFIX + '.' + name:<64} {value}"

    lines = [line("folds", len(results)), line("false_alarm_budget", FALSE_ALARM_BUDGET),
             line("check_in_budget", CHECK_IN_BUDGET)]
    for fold in results:
        for name, value in fold.figures.items():
            lines.append(line(f"fold.{fold.name}.{name}", value if not name.startswith("lines.") else int(value)))
    for name, value in means.items():
        lines.append(line(f"mean.{name}", value))
    lines.append(line("chosen_threshold", f"{chosen:g}" if chosen is not None else "none"))
    lines.append(line("current_threshold", f"{THRESHOLD:g}"))
    lines.append(line("chosen_check_in_floor", f"{chosen_floor:g}" if chosen_floor is not None else "none"))
    lines.append(line("current_check_in_floor", f"{CHECK_IN_FLOOR:g}"))
    lines.append(line("chosen_imminence_threshold",
                      f"{chosen_imminence:g}" if chosen_imminence is not None else "none"))
    lines.append(line("current_imminence_threshold", f"{IMMINENCE_THRESHOLD:g}"))
    return lines


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if the chosen threshold, check-in floor or imminence threshold is not the "
                             "one in use")
    parser.add_argument("--compare-c", metavar="C,C,...",
                        help="instead: compare the model alone at these regularisation strengths")
    args = parser.parse_args(argv)
    started = time.monotonic()
    if args.compare_c:
        compare_c([float(v) for v in args.compare_c.split(",")])
        print(f"cv: done in {time.monotonic() - started:.0f} s", file=sys.stderr)
        return 0
    results, means, chosen, floor = cross_validate()
    imminence = choose_imminence(means, IMMINENCE_THRESHOLDS)
    print("\n".join(report(results, means, chosen, floor, imminence)), flush=True)
    print(f"cv: done in {time.monotonic() - started:.0f} s", file=sys.stderr)
    status = 0
    if args.check and chosen != THRESHOLD:
        print(f"cv: chosen threshold {chosen} differs from bot.safety.classifier.THRESHOLD {THRESHOLD}",
              file=sys.stderr)
        status = 1
    if args.check and floor != CHECK_IN_FLOOR:
        print(f"cv: chosen check-in floor {floor} differs from bot.safety.classifier.CHECK_IN_FLOOR "
              f"{CHECK_IN_FLOOR}", file=sys.stderr)
        status = 1
    if args.check and imminence != IMMINENCE_THRESHOLD:
        print(f"cv: chosen imminence threshold {imminence} differs from bot.safety.classifier.IMMINENCE_THRESHOLD "
              f"{IMMINENCE_THRESHOLD}", file=sys.stderr)
        status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
