"""Each sentence is read only by the Matchers its own words open, and long sentences only in windows around each
Matcher's anchor words (bot/safety/detector.py `_units`, `_windows`): speed-ups that must never change a match.
Checked on voice-to-text run-ons built from development lines (their sentence ends turned into commas and "and")
and on several development lines sent as one message, against the same detector with windows off, and against
every Matcher the whole message opens reading every sentence."""
from __future__ import annotations

import dataclasses
import json
import random
from pathlib import Path
from typing import List

import pytest
from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc

import bot.safety.detector as detector_module
from bot.safety.detector import CrisisDetector, get_detector, windows_around
from bot.safety.prefilter import anchor_reach, pattern_anchor

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


def _several_sentences(count: int) -> List[str]:
    lines = [json.loads(line)["text"] for path in sorted(CRISIS_DIR.glob("dev_set*.jsonl"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rnd = random.Random(12)
    return [" ".join(rnd.choice(lines) for _ in range(rnd.randint(2, 6))) for _ in range(count)]


RUN_ONS = _run_ons(150)
SEVERAL = _several_sentences(150)


def test_reach_after_the_first_word() -> None:
    """The whole length of a match counted from its first word: how far a window reaches past an anchor there."""
    i = pattern_anchor([{"LOWER": "i"}])
    assert anchor_reach([{"LOWER": "i"}, {"OP": "{0,3}"}, {"LOWER": "die", "OP": "?"}], i) == (0, 4)
    assert anchor_reach([{"LOWER": "i"}, {"OP": "{2}"}, {"LOWER": "x", "OP": "!"}], i) == (0, 3)
    assert anchor_reach([{"LOWER": "i"}, {"OP": "{,2}"}], i) == (0, 2)
    assert anchor_reach([{"LOWER": "i"}, {"OP": "+"}], i) == (0, None)
    assert anchor_reach([{"LOWER": "i"}, {"OP": "{1,}"}], i) == (0, None)


def test_anchor_reach() -> None:
    pattern = [{"LOWER": "i"}, {"OP": "{0,3}"}, {"LOWER": {"IN": ["die", "dead"]}}, {"LOWER": "now", "OP": "?"}]
    assert pattern_anchor(pattern) is not None
    die = pattern_anchor([pattern[2]])
    assert anchor_reach(pattern, die) == (4, 1)  # up to "i" and three words before it, "now" after it
    assert anchor_reach(pattern, pattern_anchor([pattern[0]])) == (0, 5)
    assert anchor_reach([{"LOWER": "i"}, {"OP": "*"}, pattern[2]], die) == (None, 0)
    assert anchor_reach([{"LOWER": "i"}], die) == (None, None)  # no spec with that anchor


def test_windows_around() -> None:
    assert windows_around([0, 2, 9], 1, 2, 10) == [(0, 5), (8, 10)]  # clipped at both ends, the first two merged
    assert windows_around([3, 7], 1, 1, 20) == [(2, 5), (6, 9)]
    assert windows_around([3, 6], 1, 1, 20) == [(2, 8)]  # touching windows merge
    assert windows_around([], 2, 2, 10) == []


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
        return [(sorted(set(det.matches(t)[1])), det.detect(t)) for t in RUN_ONS + SEVERAL]
    finally:
        detector_module.WINDOW_MIN_TOKENS = saved


@pytest.fixture(scope="module")
def whole_message() -> List[tuple]:
    """Every message's matches and verdict when every Matcher the whole message opens reads every sentence."""
    det = get_detector()

    def whole(doc: Doc) -> list:
        # Every Matcher the whole message opens reads every sentence, each sentence its own unit as in the detector.
        # Over the whole message as one text, spaCy's greedy="LONGEST" would keep a longer match that crosses a
        # sentence end (a pattern ending or starting at one, such as "/^[(]$/ kidding" after "shoot me.") and drop
        # the in-sentence match it overlaps (development lines "...again?" and "dont think ill be aroud much longr"
        # side by side, thirty-second round); the detector reads sentence by sentence, so such matches never count.
        rows = doc.to_array([LOWER, LEMMA])
        gates = det._index.open_gates(rows, det._strings)
        sentences = list(doc.sents)
        return [(doc if len(sentences) == 1 else doc[s.start:s.end], s.start, gates) for s in sentences]

    det._units = whole  # type: ignore[method-assign]
    try:
        return [(sorted(set(det.matches(t)[1])), det.detect(t)) for t in RUN_ONS + SEVERAL]
    finally:
        del det._units


def test_the_several_sentence_messages_have_several_sentences() -> None:
    det = get_detector()
    assert sum(len(list(det.matches(t)[0].sents)) >= 3 for t in SEVERAL) >= 100


@pytest.mark.parametrize("reference", ["whole_sentences", "whole_message"])
def test_windows_find_exactly_what_whole_sentences_find(reference: str, request: pytest.FixtureRequest) -> None:
    det: CrisisDetector = get_detector()
    for text, (matches, verdict) in zip(RUN_ONS + SEVERAL, request.getfixturevalue(reference)):
        assert sorted(set(det.matches(text)[1])) == matches, text
        got = det.detect(text)
        if reference == "whole_message":  # its fired-rule list also names the rules that matched across sentences
            got, verdict = dataclasses.replace(got, rules=()), dataclasses.replace(verdict, rules=())
        assert got == verdict, text
