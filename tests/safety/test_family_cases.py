"""Every family module in tests/safety/families/ checked the same way: its variants escalate (in their
category where one is given), its look-alikes do not, its check-ins are check-ins."""
from __future__ import annotations

from typing import Any, List

import pytest

from bot.safety.detector import CrisisDetector
from tests.safety.families import FIELDS, rounds

ROUNDS = rounds()


def _params(field: str) -> List[Any]:
    out = []
    for name, cases in ROUNDS:
        for case in getattr(cases, field):
            values = case if isinstance(case, tuple) else (case,)
            out.append(pytest.param(*values, id=f"{name}:{values[0][:48]}"))
    return out


def test_every_round_module_is_found() -> None:
    # A module that failed to register would silently test nothing.
    names = [name for name, _ in ROUNDS]
    expected = {"round_7_8", "round_9_10", "round_11_12", "voice_4", "false_alarms_5_6", "false_alarms_11_12",
                "false_alarms_13_14", "false_alarms_15", "round_15", "everyday_review_7", "everyday_review_8",
                "everyday_review_9", "round_16", "everyday_review_16", "round_20", "review_21",
                "round_21_violence", "round_21_suicide", "review_22", "round_22_suicide", "round_22_violence",
                "round_23_false_alarms", "round_24_false_alarms", "review_23", "review_25", "round_25_suicide", "round_25_violence", "round_25_children", "round_25_false_alarms",
                "review_26", "round_26_false_alarms", "round_26_violence",
                "round_26_suicide", "round_26_children", "round_27_false_alarms", "round_27_suicide",
                "round_27_violence", "round_27_children", "review_27", "round_28_false_alarms", "round_28_suicide",
                "round_28_violence", "round_28_children", "review_28", "round_29_suicide",
                "round_29_violence", "round_29_children", "round_29_false_alarms", "review_29", "review_30",
                "review_31", "review_32", "review_33", "review_34", "review_35", "review_36", "review_37", "review_38",
                "review_39", "review_40", "review_41", "review_42", "review_43"}
    assert expected <= set(names), names
    assert all(sum(len(getattr(c, f)) for f in FIELDS) for _, c in ROUNDS)


def test_no_case_is_written_twice() -> None:
    seen = {}
    for name, cases in ROUNDS:
        for field in FIELDS:
            for case in getattr(cases, field):
                text = case[0] if isinstance(case, tuple) else case
                assert text not in seen, f"{text!r} in {seen.get(text)} and {name}.{field}"
                seen[text] = f"{name}.{field}"


@pytest.mark.parametrize("text,category", _params("in_category"))
def test_escalates_in_its_category(detector: CrisisDetector, text: str, category: str) -> None:
    got = detector.detect(text)
    assert (got.kind, got.category) == ("crisis", category), f"{text!r}: {got}"


#: What each list allows the detector's verdict to be.
KINDS_ALLOWED = {"any_crisis": ("crisis",), "not_crisis": ("check_in", "none"), "check_in": ("check_in",),
                 "nothing": ("none",)}


@pytest.mark.parametrize("text,allowed", [
    pytest.param(p.values[0], allowed, id=f"{field}-{p.id}")
    for field, allowed in KINDS_ALLOWED.items() for p in _params(field)])
def test_verdict_is_of_the_kind_its_list_says(detector: CrisisDetector, text: str, allowed: tuple) -> None:
    got = detector.detect(text)
    assert got.kind in allowed, f"{text!r}: {got}"
