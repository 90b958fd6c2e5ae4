"""Point a caregiver who asks for a person or a referral to the clinic, with its number from configuration.

The texts come from content/conversation.yml; only the clinic's phone number is filled in here, because it
is a deployment setting, not content.
"""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.settings import clinic_phone
from bot.content import cached_content


def clinic_message(key: str) -> str:
    """The content text `key` with the configured clinic phone filled in."""
    return str(cached_content().conversation[key]).strip().replace("{clinic_phone}", clinic_phone())


class ActionRequestHuman(Action):
    def name(self) -> Text:
        return "action_request_human"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        dispatcher.utter_message(text=clinic_message("request_human"))
        return []


class ActionRequestReferral(Action):
    def name(self) -> Text:
        return "action_request_referral"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        dispatcher.utter_message(text=clinic_message("request_referral"))
        return []
