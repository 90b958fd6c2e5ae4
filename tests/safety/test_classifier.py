"""The trained crisis layer (bot/safety/classifier.py): repeatable, its fast scoring equals scikit-learn's, it
escalates what it was trained on and leaves everyday questions alone, and without it the rules work alone."""
from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from bot.content import cached_content
from bot.safety.classifier import DEFAULT_PATH, ROOT, THRESHOLD, CrisisClassifier, load_classifier
from bot.safety.detector import get_detector
from bot.safety.layers import needs_911
from scripts.train_crisis_classifier import FINGERPRINT, imminence_labels, inputs_fingerprint, training_examples

EVERYDAY = [
    "how long does one session last", "what is cpp", "can my mom come to the sessions too",
    "do i need to bring anything to the first appointment", "is cpp covered by medicaid",
    "my 2 year old has tantrums every night, is cpp for that", "what does the therapist do with the toys",
    "hi", "thanks so much", "can i talk to a real person",
    "my son hit his sister with a toy truck, is that normal at 3",
    "we watched a movie about a kid who got kidnapped and now she cant sleep", "is it ok to miss a session",
]


@pytest.fixture(scope="module")
def classifier() -> CrisisClassifier:
    loaded = load_classifier()
    assert loaded is not None, "models/crisis_classifier.joblib: run scripts/train.py"
    return loaded


@pytest.fixture(scope="module")
def examples() -> tuple:
    return training_examples()


def test_the_stored_model_is_current(classifier: CrisisClassifier) -> None:
    """scripts/train.py retrains whenever the model's inputs changed; the stored fingerprint says it has."""
    stored = FINGERPRINT.read_text(encoding="utf-8").strip() if FINGERPRINT.exists() else ""
    assert stored == inputs_fingerprint(), "models/crisis_classifier.joblib is stale: run scripts/train.py"
    assert classifier.threshold == THRESHOLD


_TRAIN_A_SHARE = """
import sys, joblib
from bot.safety.classifier import CrisisClassifier
from scripts.train_crisis_classifier import imminence_labels, training_examples
texts, labels = (column[::{step}] for column in training_examples())
model = CrisisClassifier.train(texts, labels, imminent=imminence_labels(texts))
joblib.dump((model.model.coef_, model.imminence.coef_), sys.argv[1])
"""


def test_training_repeats_exactly_in_another_process(examples: tuple, tmp_path: Path) -> None:
    """Training gives the same model in another process with another hash seed. On a share of the
    examples (every 8th): the full training takes minutes, and scripts/train.py has just done it once."""
    import joblib

    step = 8
    out = tmp_path / "other.joblib"
    other = subprocess.Popen([sys.executable, "-c", _TRAIN_A_SHARE.format(step=step), str(out)], cwd=ROOT,
                             env={**os.environ, "PYTHONHASHSEED": "4242"})
    texts, labels = (list(column[::step]) for column in examples)
    here = CrisisClassifier.train(texts, labels, imminent=imminence_labels(texts))
    assert other.wait(timeout=600) == 0
    coef, imminence_coef = joblib.load(out)
    assert here.imminence is not None
    assert np.array_equal(here.model.coef_, coef) and np.array_equal(here.imminence.coef_, imminence_coef)


def test_hold_out_sets_are_never_training_data() -> None:
    from scripts.train_crisis_classifier import DEV_SETS

    assert DEV_SETS and not [p for p in DEV_SETS if "holdout" in p.name]


def test_fast_scoring_equals_scikit_learn(classifier: CrisisClassifier, examples: tuple) -> None:
    # Every 30th example: ~1,000 varied texts (each reference score takes ~10 ms), and the edge cases.
    texts = examples[0][::30] + EVERYDAY + ["", "???", "😭😭😭", "ya no puedo más"]
    for text in texts:
        fast, reference = classifier.score(text), classifier.reference_score(text)
        assert abs(fast.score - reference.score) < 1e-9, text
        assert abs(fast.imminence - reference.imminence) < 1e-9, text
        assert fast.category == reference.category, text


def test_it_escalates_most_of_its_crisis_examples_and_few_safe_ones(classifier: CrisisClassifier,
                                                                   examples: tuple) -> None:
    texts, labels = examples
    crisis = [t for t, label in zip(texts, labels) if label not in ("none", "check_in")]
    safe = [t for t, label in zip(texts, labels) if label == "none"]
    assert sum(classifier.flag(t) is not None for t in crisis) / len(crisis) > 0.9
    assert sum(classifier.flag(t) is not None for t in safe) / len(safe) < 0.02


def test_everyday_questions_and_topic_titles_are_not_escalated(classifier: CrisisClassifier) -> None:
    titles = [topic.title for topic in cached_content().topics.values()]
    flagged = [t for t in EVERYDAY + titles if classifier.flag(t) is not None]
    assert flagged == []


# Replies to the assistant's own questions and small talk, none of them in the training data
# (bot/safety/training/everyday_replies.yml holds others): neither escalated nor asked about.
SHORT_REPLIES = [
    "idk tbh", "no clue", "dunno maybe", "i dont know yet", "not sure yet", "idk, weekends?", "ummm idk",
    "i really dont know", "not a clue lol", "Sam", "call me pls", "fridays are best", "like 2 and a half",
    "ok cool", "alright", "yep", "nah", "thx", "wait", "idk what my insurance is",
]


def test_short_everyday_replies_are_neither_escalated_nor_asked_about(classifier: CrisisClassifier) -> None:
    verdicts = {text: classifier.score(text) for text in SHORT_REPLIES}
    assert [text for text, v in verdicts.items() if v.flags(classifier.threshold) or v.asks(classifier.threshold)] == []


def test_without_a_trained_model_the_rules_work_alone(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        assert load_classifier(tmp_path / "missing.joblib") is None
    assert "the rules work alone" in caplog.text
    assert get_detector().detect("i want to kill myself").kind == "crisis"
    assert DEFAULT_PATH.name == "crisis_classifier.joblib"


def test_no_crisis_or_hyperbole_training_text_is_a_hold_out_line(examples: tuple) -> None:
    """The hold-out figures would flatter the layer if it had trained on their crisis lines. (Only their texts are
    compared, as keys; one everyday FAQ question is shared with the NLU data, which cannot raise recall.)"""
    import json

    from bot.safety.normalize import normalize

    def key(text: str) -> str:
        return " ".join(normalize(text).lower().split())

    hold_out = {key(json.loads(line)["text"])
                for path in sorted((ROOT / "tests" / "crisis").glob("holdout_set*.jsonl"))
                for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    assert len(hold_out) > 500
    shared = [label for text, label in zip(*examples) if key(text) in hold_out and label != "none"]
    assert shared == []


def test_imminence_labels_come_from_the_development_sets_crisis_lines(examples: tuple) -> None:
    texts, labels = examples
    marked = imminence_labels(texts)
    crisis_marked = [m for m, label in zip(marked, labels) if label not in ("none", "check_in") and m is not None]
    assert len(crisis_marked) > 3000 and 0.2 < sum(crisis_marked) / len(crisis_marked) < 0.6
    assert all(m is None for m, label in zip(marked, labels) if label in ("none", "check_in"))


# Crisis messages in words none of the training sets hold: danger now against the same crisis later or over.
NEEDS_911 = [
    "i've got the whole bottle of his oxy in front of me and im gonna take them when the baby naps",
    "hes kicking the bathroom door in right now and i have the kids in here with me",
    "my 2 year old drank some of the blue stuff under the sink and shes throwing up",
]
NOT_911 = [
    "some days i think my kids would be better off without me",
    "my daughter told me her uncle touched her at christmas, she is safe at home with me now",
    "my husband controls all the money and checks my phone every night",
]


def test_the_imminence_model_tells_danger_now_from_a_crisis_without_it(classifier: CrisisClassifier) -> None:
    assert [t for t in NEEDS_911 if not classifier.score(t).needs_911()] == []
    assert [t for t in NOT_911 if classifier.score(t).needs_911()] == []


def test_the_imminence_model_only_ever_adds_a_911_lead(classifier: CrisisClassifier) -> None:
    for text in NEEDS_911 + NOT_911:
        assert needs_911(text, True, classifier) is True  # the rules' 911 is never taken back
        assert needs_911(text, False, None) is False      # without the layer, the rules decide alone
    assert needs_911(NEEDS_911[0], False, classifier) is True
    assert needs_911(NOT_911[0], False, classifier) is False


def test_an_older_model_without_imminence_still_loads_and_scores(classifier: CrisisClassifier) -> None:
    older = CrisisClassifier(classifier.vectorizers, classifier.model, classifier.threshold)
    verdict = older.score(NEEDS_911[0])
    assert verdict.imminence == 0.0 and not verdict.needs_911()
    assert abs(verdict.score - classifier.score(NEEDS_911[0]).score) < 1e-12
