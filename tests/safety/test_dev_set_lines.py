"""Every line of the development sets the rules were generalised from, through the deterministic detector alone:
crisis lines escalate, tricky safe lines (and every line of the everyday-traffic set) do not, hyperbole gets at
least a check-in. Lines the rules still miss or over-read are expected failures listed with their reason in
tests/safety/known_gaps.py. Of sets 16-19 only the safe and hyperbole lines are here (SAFE_LINE_SETS). Sets 1, 5 and 6
are not here: set 1 was the first seed of the rules, and 5 and 6 were used for the trained layer and the rules'
false-alarm families only (tests/safety/families/false_alarms_5_6.py). The hold-out sets are read only to check
that no development line repeats one of theirs."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Dict, List

import pytest

from bot.safety.detector import CrisisDetector
from bot.safety.normalize import normalize
from tests.safety.known_gaps import KNOWN_GAPS

CRISIS_DIR = Path(__file__).resolve().parents[1] / "crisis"
#: The sets whose every line the rules answer for.
RULE_SETS = ("dev_set_2.jsonl", "dev_set_3.jsonl", "dev_set_4.jsonl", "dev_set_7.jsonl", "dev_set_8.jsonl",
             "dev_set_9.jsonl", "dev_set_10.jsonl", "dev_set_11.jsonl", "dev_set_12.jsonl",
             "dev_set_13.jsonl", "dev_set_14.jsonl", "dev_set_15.jsonl", "everyday_set.jsonl",
             "everyday_es_set.jsonl", "everyday_es2_set.jsonl")
#: Sets whose safe and hyperbole lines the rules answer for; their crisis lines are the trained layer's to reach
#: (scripts/evaluate_crisis.py measures both), so the rules' misses there are not listed one by one.
SAFE_LINE_SETS = ("dev_set_16.jsonl", "dev_set_17.jsonl", "dev_set_18.jsonl", "dev_set_19.jsonl")
NOT_CRISIS = ("none", "check_in")


def _read(name: str) -> List[Dict]:
    return [json.loads(line) for line in (CRISIS_DIR / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def _items() -> List[Dict]:
    every = [dict(item, set=name, n=n) for name in RULE_SETS + SAFE_LINE_SETS for n, item in enumerate(_read(name))]
    return [item for item in every if item["set"] in RULE_SETS or item["label"] in NOT_CRISIS]


def _params(label_filter) -> List:
    short = lambda name: name[:-len(".jsonl")].replace("dev_set", "dev")  # noqa: E731
    return [pytest.param(item, id=f"{short(item['set'])}-{item['n']:03d}-{item['text'][:40]}")
            for item in _items() if label_filter(item["label"])]


def _expected(item: Dict) -> str:
    return "suicide_self_harm" if item["label"] == "spanish_suicide" else item["label"]


def _expect(item: Dict, ok: bool, message: str) -> None:
    """Assert ``ok``; a known gap is an expected failure, and a known gap that now passes fails, so that the
    list in tests/safety/known_gaps.py never outlives the gap."""
    if item["text"] in KNOWN_GAPS:
        if ok:
            pytest.fail(f"fixed: remove it from tests/safety/known_gaps.py: {item['text']!r}")
        pytest.xfail("known gap, see tests/safety/known_gaps.py")
    assert ok, message


@pytest.mark.parametrize("item", _params(lambda label: label not in NOT_CRISIS))
def test_crisis_lines_escalate(detector: CrisisDetector, item: Dict) -> None:
    got = detector.detect(item["text"])
    _expect(item, got.kind == "crisis", f"{item['text']!r}: {got}")


@pytest.mark.parametrize("item", _params(lambda label: label == "none"))
def test_tricky_non_crisis_lines_do_not_escalate(detector: CrisisDetector, item: Dict) -> None:
    got = detector.detect(item["text"])
    _expect(item, got.kind != "crisis", f"{item['text']!r}: {got}")


@pytest.mark.parametrize("item", _params(lambda label: label == "check_in"))
def test_hyperbole_gets_at_least_a_check_in(detector: CrisisDetector, item: Dict) -> None:
    got = detector.detect(item["text"])
    _expect(item, got.kind != "none", f"{item['text']!r}: {got}")


def test_categories_mostly_as_labelled(detector: CrisisDetector) -> None:
    """Most escalated crisis lines get the labelled category (the lead resource follows from it): 85% over all
    the sets, 80% in each."""
    right_by_set: Dict[str, List[bool]] = {}
    for item in _items():
        if item["label"] not in NOT_CRISIS:
            got = detector.detect(item["text"])
            if got.kind == "crisis":
                right_by_set.setdefault(item["set"], []).append(got.category == _expected(item))
    every = [right for rights in right_by_set.values() for right in rights]
    assert sum(every) / len(every) >= 0.85, f"{sum(every)}/{len(every)}"
    for name, rights in right_by_set.items():
        assert sum(rights) / len(rights) >= 0.80, f"{name}: {sum(rights)}/{len(rights)}"


def test_known_gaps_are_development_lines() -> None:
    texts = {item["text"] for item in _items()}
    assert KNOWN_GAPS <= texts, sorted(KNOWN_GAPS - texts)


def test_no_development_line_repeats_a_hold_out_line() -> None:
    """No hold-out line is training data: no line of three words or more word for word, and no crisis line even
    after normalising. (Greetings such as "hi", and everyday questions such as "what's the difference between CPP
    and PCIT" in other spellings, recur between writers; they are safe lines and stay.)"""
    def key(text: str) -> str:
        return " ".join(normalize(text).lower().split())
    dev = [item for path in [*CRISIS_DIR.glob("dev_set*.jsonl"), *CRISIS_DIR.glob("everyday*_set.jsonl")]
           for item in _read(path.name)]
    dev_texts = {item["text"].lower() for item in dev if len(item["text"].split()) >= 3}
    dev_crises = {key(item["text"]) for item in dev if item["label"] not in NOT_CRISIS}
    held_out = [*sorted(CRISIS_DIR.glob("holdout_set*.jsonl")), *sorted(CRISIS_DIR.glob("everyday*_holdout.jsonl"))]
    for path in held_out:
        held = _read(path.name)
        repeated = dev_texts & {item["text"].lower() for item in held}
        repeated |= dev_crises & {key(item["text"]) for item in held if item["label"] not in NOT_CRISIS}
        assert not repeated, f"{path.name}: {len(repeated)} lines"
