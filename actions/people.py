"""A caregiver asks for a person: hold the conversation for staff in staffed hours, otherwise say when."""
from __future__ import annotations

from typing import Any, Dict, List, Text

import httpx

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.texts import handoff_text
from bot.alerts import StaffAlerter
from bot.content import cached_content
from bot.conversation_ids import channel_of_conversation
from bot.db.models import utcnow
from bot.db.session import shared_sessionmaker
from bot.handoff import HandoffService
from bot.settings import load_settings
from bot.staff_hours import is_staffed


def channel_of(tracker: Tracker) -> str:
    # From the conversation id, as the gateway's own records: Rasa's input channel is always "rest", since the
    # gateway talks to Rasa over its REST channel whatever the caregiver uses.
    return channel_of_conversation(tracker.sender_id) or (tracker.get_latest_input_channel() or "rest")[:32]


class ActionRequestHuman(Action):
    def name(self) -> Text:
        return "action_request_human"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        settings = load_settings()
        if not is_staffed(settings.staff_hours, settings.staff_timezone, utcnow()):
            dispatcher.utter_message(text=handoff_text("out_of_hours"),
                                     buttons=list(cached_content().handoff["out_of_hours_buttons"]))
            return []
        service = HandoffService(shared_sessionmaker(settings.app_database_url), cached_content())
        handoff, is_new = service.request(tracker.sender_id, channel_of(tracker))
        if not is_new:
            dispatcher.utter_message(text=handoff_text("already_waiting"))
            return []
        dispatcher.utter_message(text=handoff_text("waiting"), json_message={"type": "handoff", "state": "waiting"})
        async with httpx.AsyncClient() as http:
            await StaffAlerter(settings.staff_alert_webhook_url, http).notify_handoff(handoff)
        return []
