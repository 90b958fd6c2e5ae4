"""Answer a tapped topic button by its id, bypassing the classifiers.

A button's payload is `faq:<topic id>` (see bot.content.Topic.payload). Rasa's own `/intent` payloads cannot
name a retrieval sub-intent, and the regex handler would drop the response selector's output, so this
component sets the intent and the selection itself. A tap therefore always gets the topic it names, whatever
the models predict; typed text is left untouched.
"""
from __future__ import annotations

import json
import re
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

RETRIEVAL_INTENT = "faq"
PAYLOAD = re.compile(r"^faq:(?P<topic>[a-z][a-z0-9_]*)$")
_TOPICS_FILE = "topics.json"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class TopicButtonHandler(GraphComponent):
    """Maps `faq:<id>` payloads to the `faq/<id>` response; knows the ids from training."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {}

    def __init__(self, model_storage: ModelStorage, resource: Resource, topics: Optional[List[str]] = None):
        self._model_storage = model_storage
        self._resource = resource
        self.topics = set(topics or ())

    @classmethod
    def create(
        cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
        execution_context: ExecutionContext,
    ) -> "TopicButtonHandler":
        return cls(model_storage, resource)

    @classmethod
    def load(
        cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
        execution_context: ExecutionContext, **kwargs: Any,
    ) -> "TopicButtonHandler":
        try:
            with model_storage.read_from(resource) as directory:
                topics = json.loads((directory / _TOPICS_FILE).read_text(encoding="utf-8"))
        except (ValueError, FileNotFoundError):
            topics = []
        return cls(model_storage, resource, topics)

    def train(self, training_data: TrainingData) -> Resource:
        prefix = f"utter_{RETRIEVAL_INTENT}/"
        topics = sorted(key[len(prefix):] for key in training_data.responses if key.startswith(prefix))
        with self._model_storage.write_to(self._resource) as directory:
            (directory / _TOPICS_FILE).write_text(json.dumps(topics), encoding="utf-8")
        self.topics = set(topics)
        return self._resource

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            match = PAYLOAD.match((message.get("text") or "").strip())
            if match and match.group("topic") in self.topics:
                _select_topic(message, match.group("topic"))
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data


def _select_topic(message: Message, topic: str) -> None:
    intent = {"name": RETRIEVAL_INTENT, "confidence": 1.0}
    key = f"{RETRIEVAL_INTENT}/{topic}"
    message.set("intent", intent, add_to_output=True)
    message.set("intent_ranking", [intent], add_to_output=True)
    message.set(
        "response_selector",
        {
            "all_retrieval_intents": [RETRIEVAL_INTENT],
            RETRIEVAL_INTENT: {
                "response": {
                    "responses": [],
                    "confidence": 1.0,
                    "intent_response_key": key,
                    "utter_action": f"utter_{key}",
                },
                "ranking": [{"intent_response_key": key, "confidence": 1.0}],
            },
        },
        add_to_output=True,
    )
