"""What the crisis layers make of a message the rules did not escalate: one decision for the gateway
(bot/safety/guard.py), Rasa's last NLU step (nlu_components/crisis_override.py) and the evaluation
(scripts/evaluate_crisis.py), so that all three decide alike.

In order: the trained layer escalates when it is confident (leading with 911 when the rules' concrete cues are
in the message, bot/safety/imminence.py); else the rules' hyperbole gets the check-in question in the rules'
category; else the trained layer asks it when unsure; else nothing.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from bot.safety.classifier import THRESHOLD, CrisisClassifier
from bot.safety.detector import CrisisDetector, Detection
from bot.safety.imminence import imminent_without_a_rule


@dataclass(frozen=True)
class LayeredVerdict:
    kind: str                      # "crisis" | "check_in" | "none"
    category: Optional[str] = None
    imminent: bool = False
    detected_by: str = "rules"     # "rules" | "model"
    score: Optional[float] = None  # the trained layer's p(crisis); None without a layer


def beyond_the_rules(text: str, detection: Detection, classifier: Optional[CrisisClassifier],
                     detector: CrisisDetector) -> LayeredVerdict:
    """For a message whose `detection` (the rules') is not a crisis."""
    verdict = classifier.score(text) if classifier is not None else None
    threshold = classifier.threshold if classifier is not None else THRESHOLD
    score = verdict.score if verdict is not None else None
    if verdict is not None and verdict.flags(threshold):
        return LayeredVerdict("crisis", verdict.category,
                              imminent_without_a_rule(text, verdict.category, detector), "model", score)
    if detection.kind == "check_in":
        return LayeredVerdict("check_in", detection.category or "suicide_self_harm", score=score)
    if verdict is not None and verdict.asks(threshold):
        return LayeredVerdict("check_in", verdict.category, detected_by="model", score=score)
    return LayeredVerdict("none", score=score)
