"""Long sentences are matched in windows around each Matcher's anchor words (bot/safety/detector.py `_windows`):
a speed-up that must never change a match. Checked on voice-to-text run-ons built from development lines (their
sentence ends turned into commas and "and"), against the same detector reading whole sentences."""
from __future__ import annotations

import json
import random
from pathlib import Path
from typing import List

import pytest

import bot.safety.detector as detector_module
from bot.safety.detector import CrisisDetector, get_detector, merge_spans, pattern_reach

CRISIS_DIR = Path(__file__).resolve().parents[1] / "crisis"


def _run_ons(count: int) -> List[str]:
    lines = [json.loads(line)["text"] for path in sorted(CRISIS_DIR.glob("dev_set*.jsonl"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rnd = random.Random(11)
    out = []
    for _ in range(count):
        parts = [rnd.choice(lines).rstrip(".!?") for _ in range(rnd.randint(2, 8))]
        out.append(" and ".join(p.replace(".", ",").replace("?", ",").replace("!", ",") for p in parts))
    return out


RUN_ONS = _run_ons(150)


def test_pattern_reach() -> None:
    assert pattern_reach([{"LOWER": "i"}, {"OP": "{0,3}"}, {"LOWER": "die", "OP": "?"}]) == 5
    assert pattern_reach([{"LOWER": "i"}, {"OP": "{2}"}, {"LOWER": "x", "OP": "!"}]) == 4
    assert pattern_reach([{"LOWER": "i"}, {"OP": "{,2}"}]) == 3
    assert pattern_reach([{"LOWER": "i"}, {"OP": "+"}]) is None
    assert pattern_reach([{"LOWER": "i"}, {"OP": "{1,}"}]) is None


def test_merge_spans() -> None:
    assert merge_spans([(5, 8), (0, 3), (3, 4), (7, 10), (12, 13)]) == [(0, 4), (5, 10), (12, 13)]
    assert merge_spans([]) == []


def test_the_run_ons_are_long_enough_to_be_windowed() -> None:
    det = get_detector()
    long_ones = [t for t in RUN_ONS if max(len(s) for s in det.matches(t)[0].sents)
                 >= detector_module.WINDOW_MIN_TOKENS]
    assert len(long_ones) >= 100


@pytest.fixture(scope="module")
def whole_sentences() -> List[tuple]:
    """Every run-on's matches and verdict with windows switched off."""
    det = get_detector()
    saved = detector_module.WINDOW_MIN_TOKENS
    detector_module.WINDOW_MIN_TOKENS = 10 ** 9
    try:
        return [(sorted(set(det.matches(t)[1])), det.detect(t)) for t in RUN_ONS]
    finally:
        detector_module.WINDOW_MIN_TOKENS = saved


def test_windows_find_exactly_what_whole_sentences_find(whole_sentences: List[tuple]) -> None:
    det: CrisisDetector = get_detector()
    for text, (matches, verdict) in zip(RUN_ONS, whole_sentences):
        assert sorted(set(det.matches(text)[1])) == matches
        assert det.detect(text) == verdict
