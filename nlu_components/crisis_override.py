"""Put the deterministic crisis detector inside Rasa's NLU pipeline, after every trained component.

When the rules see a crisis, the intent becomes `crisis_<category>` (or `crisis_check_in` for hyperbole) with
full confidence, whatever the models predicted, so no retraining can remove a rule. When the rules see none,
the trained crisis layer (bot/safety/classifier.py, the same the gateway runs) may still escalate, or ask the
check-in question when it is unsure. When only the
intent classifier predicted a crisis intent (a paraphrase the rules missed), the message gets the safety check-in,
which gives 911 and 988 and asks; a yes escalates. The message carries entities for severity, language and
category, which fill the slots that choose the fixed answer's variant (see data/responses/crisis.yml), so
Rasa's answer matches the gateway's word for word.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.safety.classifier import CrisisClassifier, load_classifier
from bot.safety.detector import CATEGORIES, CrisisDetector, get_detector

CRISIS_PREFIX = "crisis_"
CHECK_IN_INTENT = "crisis_check_in"


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
            _set_entities(message, detection.category, "imminent" if detection.imminent else "urgent",
                          detection.lang)
            return
        model, category = self._classifier.judge(text) if self._classifier is not None else ("none", None)
        if model == "crisis":  # as the gateway decides (bot/safety/guard.py): the category's urgent answer
            _set_intent(message, f"{CRISIS_PREFIX}{category}")
            _set_entities(message, category, "urgent", detection.lang)
            return
        intent = (message.get("intent") or {}).get("name") or ""
        if detection.kind == "check_in" and not (intent.startswith(CRISIS_PREFIX) and intent != CHECK_IN_INTENT):
            _set_intent(message, CHECK_IN_INTENT)
            _set_entities(message, detection.category or "suicide_self_harm", None, detection.lang)
            return
        if model == "check_in":  # the trained layer is unsure: ask, as the gateway does
            _set_intent(message, CHECK_IN_INTENT)
            _set_entities(message, category or "suicide_self_harm", None, detection.lang)
            return
        if intent == CHECK_IN_INTENT:
            _set_entities(message, "suicide_self_harm", None, detection.lang)
        elif intent.startswith(CRISIS_PREFIX) and intent[len(CRISIS_PREFIX):] in CATEGORIES:
            # Only the trained classifier saw a crisis: ask (with the crisis lines in the question) instead of
            # escalating. On safe messages that mention hard topics the classifier is often wrong (README §
            # Safety design); a yes to the check-in escalates in the category it pointed at.
            _set_intent(message, CHECK_IN_INTENT)
            _set_entities(message, intent[len(CRISIS_PREFIX):], None, detection.lang)


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
