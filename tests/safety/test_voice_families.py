"""The dev_set_4 round's checks that are not plain family cases (those are in tests/safety/families/voice_4.py):
Spanish language tags, one threat in Spanish, ideation against a child who will not wake, in-laws and exes in
the normaliser. The hold-out sets are never used here."""
from __future__ import annotations

import pytest

from bot.safety.detector import CrisisDetector
from bot.safety.normalize import normalize


@pytest.mark.parametrize("text", [
    "ojala no despertar nunca mas", "mi familia estaria mejor sin mi", "me volvi a cortar los brazos",
])
def test_spanish_and_spanglish_variants(detector: CrisisDetector, text: str) -> None:
    got = detector.detect(text)
    assert (got.kind, got.category, got.lang) == ("crisis", "suicide_self_harm", "es"), f"{text!r}: {got}"


def test_spanish_threat_to_someone_else(detector: CrisisDetector) -> None:
    got = detector.detect("tengo ganas de matar a mi cunado")
    assert (got.kind, got.category) == ("crisis", "harm_to_others"), got


def test_thinking_about_not_waking_up_is_ideation_not_a_child_who_will_not_wake(detector: CrisisDetector) -> None:
    got = detector.detect("is it normal to think about not waking up")
    assert (got.kind, got.category, got.imminent) == ("crisis", "suicide_self_harm", False), got


@pytest.mark.parametrize("text, expected", [
    ("my mother-in-law", "my mil"),
    ("her brother in law", "her bil"),
    ("my sister in law and my daughter in law", "my sil and my dil"),
    ("my in laws", "my in laws"),
    ("going to my exes house", "going to my ex's house"),
    ("all my exes are the same", "all my exes are the same"),
    ("ima kill that n***a", "i am going to kill that dude"),
])
def test_normalize_in_laws_and_exes(text: str, expected: str) -> None:
    assert normalize(text) == expected
