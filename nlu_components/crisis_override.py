"""Put the deterministic crisis detector inside Rasa's NLU pipeline, after every trained component.

When the rules see a crisis, the intent becomes `crisis_<category>` (or `crisis_check_in` for hyperbole) with
full confidence, whatever the models predicted, so no retraining can remove a rule. When the rules see none,
the trained crisis layer (bot/safety/classifier.py, the same the gateway runs) may still escalate, or ask the
check-in question when it is unsure. When only the intent classifier predicted a crisis intent (a paraphrase the
rules missed), the message gets the safety check-in, which gives 911 and 988 and asks (a yes escalates), if the
crisis layer's score backs it (SECOND_OPINION_FLOOR); otherwise it goes on as its best other intent. The
message carries entities for severity, language and category, which fill the slots that choose the fixed
answer's variant (see data/responses/crisis.yml), so Rasa's answer matches the gateway's word for word.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.safety.classifier import SECOND_OPINION_FLOOR, CrisisClassifier, load_classifier
from bot.safety.detector import CATEGORIES, CrisisDetector, get_detector
from bot.safety.layers import beyond_the_rules, needs_911

CRISIS_PREFIX = "crisis_"
CHECK_IN_INTENT = "crisis_check_in"
FALLBACK_INTENT = "nlu_fallback"
FALLBACK_THRESHOLD = 0.45  # as config.yml's FallbackClassifier (tests/test_config.py keeps them equal)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class CrisisOverride(GraphComponent):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {}

    def __init__(self, detector: Optional[CrisisDetector] = None, classifier: Optional[CrisisClassifier] = None):
        self._detector = detector or get_detector()
        self._classifier = classifier if classifier is not None else load_classifier()

    @classmethod
    def create(
        cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
        execution_context: ExecutionContext,
    ) -> "CrisisOverride":
        return cls()

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            self._process_one(message)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def _process_one(self, message: Message) -> None:
        text = message.get("text") or ""
        detection = self._detector.detect(text)
        if detection.kind == "crisis":
            _set_intent(message, f"{CRISIS_PREFIX}{detection.category}")
            imminent = needs_911(text, detection.imminent, self._classifier)  # as the gateway decides
            _set_entities(message, detection.category, "imminent" if imminent else "urgent", detection.lang)
            return
        layered = beyond_the_rules(text, detection, self._classifier, self._detector)  # as the gateway decides
        if layered.kind == "crisis":
            _set_intent(message, f"{CRISIS_PREFIX}{layered.category}")
            _set_entities(message, layered.category, "imminent" if layered.imminent else "urgent", detection.lang)
            return
        if layered.kind == "check_in":
            _set_intent(message, CHECK_IN_INTENT)
            _set_entities(message, layered.category, None, detection.lang)
            return
        intent = (message.get("intent") or {}).get("name") or ""
        if not intent.startswith(CRISIS_PREFIX):
            return
        # Only the intent classifier saw a crisis (or hyperbole). On safe messages that mention hard topics it is
        # often wrong (README § Safety design), so it asks the check-in (911 and 988 first, a yes escalates in
        # the category it pointed at) only when the crisis layer gives a second opinion; otherwise the message
        # goes on as the best other intent, or to the fallback.
        if layered.score is not None and layered.score < SECOND_OPINION_FLOOR:
            _demote(message)
            return
        category = intent[len(CRISIS_PREFIX):]
        _set_intent(message, CHECK_IN_INTENT)
        _set_entities(message, category if category in CATEGORIES else "suicide_self_harm", None, detection.lang)


def _demote(message: Message) -> None:
    """The best intent that is not a crisis intent, its confidence renormalised over the intents left (the
    crisis intents took most of it), or the fallback when even so it is not confident enough. Crisis intents
    leave the ranking either way."""
    others = [r for r in message.get("intent_ranking") or [] if not str(r.get("name", "")).startswith(CRISIS_PREFIX)]
    total = sum(float(r.get("confidence", 0.0)) for r in others)
    ranking = [{"name": r["name"], "confidence": float(r.get("confidence", 0.0)) / total} for r in others] \
        if total > 0 else []
    ranking.sort(key=lambda r: r["confidence"], reverse=True)
    if not ranking or ranking[0]["confidence"] < FALLBACK_THRESHOLD:
        ranking = [{"name": FALLBACK_INTENT, "confidence": 1.0}] + [r for r in ranking if r["name"] != FALLBACK_INTENT]
    message.set("intent", ranking[0], add_to_output=True)
    message.set("intent_ranking", ranking, add_to_output=True)


def _set_intent(message: Message, name: str) -> None:
    intent = {"name": name, "confidence": 1.0}
    message.set("intent", intent, add_to_output=True)
    ranking = [r for r in message.get("intent_ranking") or [] if r.get("name") != name]
    message.set("intent_ranking", [intent] + ranking, add_to_output=True)


def _set_entities(message: Message, category: str, severity: Optional[str], lang: str) -> None:
    values = {"crisis_category": category, "crisis_lang": lang}
    if severity:
        values["crisis_severity"] = severity
    others = [e for e in message.get("entities") or [] if e.get("entity") not in values]
    ours = [{"entity": name, "value": value, "start": 0, "end": 0, "extractor": "CrisisOverride"}
            for name, value in values.items()]
    message.set("entities", others + ours, add_to_output=True)
