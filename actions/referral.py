"""The referral conversation: consent first, then a form that asks only what staff need, then a summary.

Every prompt and re-prompt is read from content/referral.yml. Nothing is stored until the caregiver confirms
the summary; declining consent or typing "stop" stores nothing.
"""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Text

import httpx
from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.people import channel_of
from actions.texts import referral_buttons, referral_text
from actions.validators import (child_age_note, clean_free_text, is_skip, parse_child_age_months,
                                parse_contact_method, parse_email, parse_language, parse_us_phone)
from bot.alerts import StaffAlerter
from bot.conversation_ids import TELEGRAM_CHANNEL, channel_of_conversation
from bot.crypto import load_cipher
from bot.db.session import shared_sessionmaker
from bot.referrals import ReferralRequest, store_referral
from bot.settings import load_settings

logger = logging.getLogger(__name__)
FORM_SLOTS = ["caregiver_name", "contact_method", "contact_value", "best_time", "child_age", "reason",
              "preferred_language"]
RESET = [SlotSet(slot, None) for slot in FORM_SLOTS + ["child_age_months", "requested_slot"]]
METHOD_LABELS = {"phone": "phone call", "text": "text message", "email": "email", "telegram": "this Telegram chat"}
SKIPPED = "(skipped)"


def describe_age(months: int) -> str:
    if months < 24:
        return f"{months} month{'s' if months != 1 else ''}"
    years, rest = divmod(months, 12)
    return f"{years} years" + (f" {rest} months" if rest else "")


def chat_is_contact_option(tracker: Tracker) -> SlotSet:
    """Whether the contact question offers "This Telegram chat": set by every action that opens the form, so a
    restarted conversation that goes straight to "change my phone number" is asked the right way too."""
    return SlotSet("chat_is_contact_option", channel_of_conversation(tracker.sender_id) == TELEGRAM_CHANNEL)


class ActionReferralStart(Action):
    """Say what happens next and ask consent before asking for any detail."""

    def name(self) -> Text:
        return "action_referral_start"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        dispatcher.utter_message(text=referral_text("explain"))
        dispatcher.utter_message(text=referral_text("consent"), buttons=referral_buttons("consent_buttons"))
        return list(RESET) + [chat_is_contact_option(tracker)]


class ActionReferralDeclined(Action):
    def name(self) -> Text:
        return "action_referral_declined"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        dispatcher.utter_message(text=referral_text("declined"))
        return list(RESET)


class ValidateReferralForm(FormValidationAction):
    def name(self) -> Text:
        return "validate_referral_form"

    async def required_slots(self, domain_slots: List[Text], dispatcher: CollectingDispatcher, tracker: Tracker,
                             domain: DomainDict) -> List[Text]:
        # "This Telegram chat" needs no phone or email: the chat itself is the contact.
        if tracker.get_slot("contact_method") == "telegram":
            return [s for s in domain_slots if s != "contact_value"]
        return domain_slots

    def validate_caregiver_name(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                domain: DomainDict) -> Dict[Text, Any]:
        name = clean_free_text(str(value or ""), 60)
        return {"caregiver_name": name or None}

    def validate_contact_method(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                domain: DomainDict) -> Dict[Text, Any]:
        method = parse_contact_method(str(value or ""))
        # The form asks again right after each refusal, with the buttons that fit the channel
        # (utter_ask_contact_method), so the refusals carry none.
        if method is None:
            dispatcher.utter_message(text=referral_text("invalid_contact_method"))
            return {"contact_method": None}
        if method == "telegram" and channel_of_conversation(tracker.sender_id) != TELEGRAM_CHANNEL:
            # Only a Telegram chat can be answered later; a web chat ends when the page closes, and a referral with
            # no way back to the caregiver was stored with no contact at all.
            dispatcher.utter_message(text=referral_text("chat_contact_not_here"))
            return {"contact_method": None}
        return {"contact_method": method, "contact_value": None if method == "telegram" else tracker.get_slot(
            "contact_value")}

    def validate_contact_value(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                               domain: DomainDict) -> Dict[Text, Any]:
        text = str(value or "")
        if tracker.get_slot("contact_method") == "email":
            email = parse_email(text)
            if email is None:
                dispatcher.utter_message(text=referral_text("invalid_email"))
            return {"contact_value": email}
        phone = parse_us_phone(text)
        if phone is None:
            dispatcher.utter_message(text=referral_text("invalid_phone"))
        return {"contact_value": phone}

    def validate_best_time(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                           domain: DomainDict) -> Dict[Text, Any]:
        return {"best_time": clean_free_text(str(value or ""), 100) or None}

    def validate_child_age(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                           domain: DomainDict) -> Dict[Text, Any]:
        months = parse_child_age_months(str(value or ""))
        if months is None:
            dispatcher.utter_message(text=referral_text("invalid_child_age"))
            return {"child_age": None, "child_age_months": None}
        # Only when the age was just asked: the form re-validates filled slots when it restarts for a correction.
        if child_age_note(months) and tracker.get_slot("requested_slot") == "child_age":
            dispatcher.utter_message(text=referral_text("older_child_note"))
        return {"child_age": describe_age(months), "child_age_months": months}

    def validate_reason(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                        domain: DomainDict) -> Dict[Text, Any]:
        text = str(value or "")
        return {"reason": SKIPPED if is_skip(text) else (clean_free_text(text, 300) or SKIPPED)}

    def validate_preferred_language(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                    domain: DomainDict) -> Dict[Text, Any]:
        return {"preferred_language": parse_language(str(value or "")) or None}


class ActionReferralSummary(Action):
    def name(self) -> Text:
        return "action_referral_summary"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        slot = tracker.get_slot
        dispatcher.utter_message(
            text=referral_text("summary", caregiver_name=slot("caregiver_name"),
                               contact_method=METHOD_LABELS.get(slot("contact_method"), ""),
                               contact_value=slot("contact_value") or "", best_time=slot("best_time"),
                               child_age=slot("child_age"), reason=slot("reason"),
                               preferred_language=slot("preferred_language")),
            buttons=referral_buttons("summary_buttons"))
        return []


class ActionReferralWhichToChange(Action):
    def name(self) -> Text:
        return "action_referral_which_to_change"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        dispatcher.utter_message(text=referral_text("which_to_change"), buttons=referral_buttons("change_buttons"))
        return []


class ActionReferralCorrect(Action):
    """Clear the field the caregiver wants to change; the form then asks for it again."""

    def name(self) -> Text:
        return "action_referral_correct"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        field = next(tracker.get_latest_entity_values("referral_field"), None)
        if field not in FORM_SLOTS:
            field = "caregiver_name"
        cleared = [field, "contact_value"] if field == "contact_method" else [field]
        return [SlotSet(slot, None) for slot in cleared] + [chat_is_contact_option(tracker)]


class ActionCancelReferral(Action):
    def name(self) -> Text:
        return "action_cancel_referral"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        dispatcher.utter_message(text=referral_text("cancelled"))
        return [ActiveLoop(None)] + list(RESET)


class ActionSubmitReferral(Action):
    def name(self) -> Text:
        return "action_submit_referral"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[EventType]:
        settings = load_settings()
        slot = tracker.get_slot
        months: Optional[int] = int(slot("child_age_months")) if slot("child_age_months") is not None else None
        reason = slot("reason")
        request = ReferralRequest(
            conversation_id=tracker.sender_id, channel=channel_of(tracker), caregiver_name=slot("caregiver_name"),
            contact_method=slot("contact_method"), contact_value=slot("contact_value"),
            best_time=slot("best_time"), child_age_months=months,
            age_note=child_age_note(months) if months is not None else None,
            reason=None if reason in (None, SKIPPED) else reason, preferred_language=slot("preferred_language"))
        try:
            referral = store_referral(shared_sessionmaker(settings.app_database_url), load_cipher(settings), request)
        except Exception:  # the caregiver must hear that it failed rather than believe it was sent
            logger.exception("could not store a referral")
            dispatcher.utter_message(text=referral_text("not_saved"))
            return []
        dispatcher.utter_message(text=referral_text("submitted", caregiver_name=slot("caregiver_name")))
        async with httpx.AsyncClient() as http:
            await StaffAlerter(settings.staff_alert_webhook_url, http).notify_referral(referral)
        return list(RESET)
