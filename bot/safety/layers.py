"""What the crisis layers make of a message the rules did not escalate: one decision for the gateway
(bot/safety/guard.py), Rasa's last NLU step (nlu_components/crisis_override.py) and the evaluation
(scripts/evaluate_crisis.py), so that all three decide alike.

In order: the trained layer escalates when it is confident (leading with 911 when the rules' concrete cues are
in the message, bot/safety/imminence.py, or its imminence model says so); else the rules' hyperbole gets the
check-in question in the rules' category; else the trained layer asks it when unsure; else nothing.

`needs_911` is the one place where a crisis the rules escalated gets its lead: the rules' imminence, raised (never
lowered) by the trained imminence model.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from bot.safety.classifier import THRESHOLD, CrisisClassifier, ModelVerdict
from bot.safety.detector import CrisisDetector, Detection
from bot.safety.imminence import imminent_without_a_rule


@dataclass(frozen=True)
class LayeredVerdict:
    kind: str                      # "crisis" | "check_in" | "none"
    category: Optional[str] = None
    imminent: bool = False
    detected_by: str = "rules"     # "rules" | "model"
    score: Optional[float] = None  # the trained layer's p(crisis); None without a layer


def needs_911(text: str, imminent: bool, classifier: Optional[CrisisClassifier],
              verdict: Optional[ModelVerdict] = None) -> bool:
    """Whether a crisis answer leads with 911: when the rules (or their cues) say so, or when the trained
    imminence model does. The model only ever adds a 911 lead; `verdict` saves scoring the text twice."""
    if imminent or classifier is None:
        return imminent
    return (verdict or classifier.score(text)).needs_911()


def beyond_the_rules(text: str, detection: Detection, classifier: Optional[CrisisClassifier],
                     detector: CrisisDetector) -> LayeredVerdict:
    """For a message whose `detection` (the rules') is not a crisis."""
    verdict = classifier.score(text) if classifier is not None else None
    threshold = classifier.threshold if classifier is not None else THRESHOLD
    score = verdict.score if verdict is not None else None
    if verdict is not None and verdict.flags(threshold):
        imminent = needs_911(text, imminent_without_a_rule(text, verdict.category, detector), classifier, verdict)
        return LayeredVerdict("crisis", verdict.category, imminent, "model", score)
    if detection.kind == "check_in":
        return LayeredVerdict("check_in", detection.category or "suicide_self_harm", score=score)
    if verdict is not None and verdict.asks(threshold):
        return LayeredVerdict("check_in", verdict.category, detected_by="model", score=score)
    return LayeredVerdict("none", score=score)
