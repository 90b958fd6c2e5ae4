"""A whole referral conversation over Rasa's real REST channel, ending in a stored, encrypted record."""
from __future__ import annotations

import sqlite3
import time
import uuid
from typing import List

import httpx
import pytest
from cryptography.fernet import Fernet

from bot.content import cached_content
from bot.safety.answers import check_in_replies, crisis_answer
from tests.conftest import ENCRYPTION_KEY
from tests.servers import Stack
from tests.webhook_receiver import WebhookReceiver

pytestmark = pytest.mark.e2e
CONTENT = cached_content()
TEXT = {k: str(v).strip() for k, v in CONTENT.referral.items() if isinstance(v, str)}


def replies(stack: Stack, sender: str, message: str) -> List[dict]:
    response = httpx.post(f"{stack.rasa_url}/webhooks/rest/webhook", json={"sender": sender, "message": message},
                          timeout=30)
    response.raise_for_status()
    return response.json()


def say(stack: Stack, sender: str, message: str) -> List[str]:
    return [r.get("text", "") for r in replies(stack, sender, message)]


def button_payloads(reply: dict) -> List[str]:
    return [b["payload"] for b in reply.get("buttons", [])]


def referrals(stack: Stack, sender: str) -> List[sqlite3.Row]:
    with sqlite3.connect(stack.app_database_url[len("sqlite:///"):]) as db:
        db.row_factory = sqlite3.Row
        return db.execute("select * from referrals where conversation_id = ?", (sender,)).fetchall()


def start_with_consent(stack: Stack, sender: str) -> None:
    texts = say(stack, sender, "i want to sign my family up for cpp, can you refer us")
    assert texts[1].startswith(TEXT["consent"][:40])
    assert say(stack, sender, "/affirm") == [TEXT["ask_caregiver_name"]]


def test_whole_referral_with_every_re_prompt_ends_in_an_encrypted_record(
    stack: Stack, alerts: WebhookReceiver, sender: str
) -> None:
    start_with_consent(stack, sender)
    assert say(stack, sender, "Jane") == [TEXT["ask_contact_method"]]
    assert say(stack, sender, "carrier pigeon") == [TEXT["invalid_contact_method"], TEXT["ask_contact_method"]]
    assert say(stack, sender, "text message") == [TEXT["ask_phone"]]
    assert say(stack, sender, "555-12") == [TEXT["invalid_phone"], TEXT["ask_phone"]]
    assert say(stack, sender, "its (212) 555-0199 thx") == [TEXT["ask_best_time"]]
    assert say(stack, sender, "weekday mornings") == [TEXT["ask_child_age"]]
    assert say(stack, sender, "dunno") == [TEXT["invalid_child_age"], TEXT["ask_child_age"]]
    assert say(stack, sender, "3 years") == [TEXT["ask_reason"]]
    assert say(stack, sender, "skip") == [TEXT["ask_preferred_language"]]
    [summary] = say(stack, sender, "english")
    assert "Jane" in summary and "(212) 555-0199" in summary and "3 years" in summary
    [submitted] = say(stack, sender, "/affirm")
    assert "Someone will contact you within 2 business days" in submitted
    [row] = referrals(stack, sender)
    assert row["status"] == "new" and row["contact_method"] == "text" and row["child_age_months"] == 36
    assert "555-0199" not in row["contact_value_enc"] and "Jane" not in row["caregiver_name_enc"]
    fernet = Fernet(ENCRYPTION_KEY.encode())
    assert fernet.decrypt(row["contact_value_enc"].encode()).decode() == "(212) 555-0199"
    assert fernet.decrypt(row["caregiver_name_enc"].encode()).decode() == "Jane"
    assert row["reason_enc"] is None
    deadline = time.monotonic() + 10
    while not any(a == {**a, "type": "referral", "id": row["id"]} for a in alerts.received):
        assert time.monotonic() < deadline, "staff were not alerted about the referral"
        time.sleep(0.1)
    assert not any("555-0199" in str(a) or "Jane" in str(a) for a in alerts.received), "alerts carry no contact"


def test_email_re_prompt_older_child_note_and_correction_at_the_summary(stack: Stack, sender: str) -> None:
    start_with_consent(stack, sender)
    say(stack, sender, "Sam")
    assert say(stack, sender, "email") == [TEXT["ask_email"]]
    assert say(stack, sender, "sam@") == [TEXT["invalid_email"], TEXT["ask_email"]]
    say(stack, sender, "you can email me at Sam.Doe@Example.com")
    say(stack, sender, "after 5pm")
    assert say(stack, sender, "she's 7") == [TEXT["older_child_note"], TEXT["ask_reason"]]
    say(stack, sender, "nightmares since the accident")
    [summary] = say(stack, sender, "spanish")
    assert "Sam.Doe@example.com" in summary and "Spanish" in summary
    assert say(stack, sender, "/deny") == [TEXT["which_to_change"]]
    assert say(stack, sender, '/correct_referral{"referral_field": "best_time"}') == [TEXT["ask_best_time"]]
    [summary] = say(stack, sender, "saturday mornings")
    assert "saturday mornings" in summary
    say(stack, sender, "/affirm")
    [row] = referrals(stack, sender)
    assert row["age_note"] and "older" in row["age_note"] and row["best_time"] == "saturday mornings"


def test_consent_declined_stores_nothing_and_offers_other_ways(stack: Stack, sender: str) -> None:
    say(stack, sender, "how do i get a referral for my son")
    [declined] = say(stack, sender, "/deny")
    assert "Nothing has been saved" in declined and "childparentpsychotherapy.com" in declined
    assert "(555) 010-0100" in declined
    assert referrals(stack, sender) == []


def test_stop_mid_form_stores_nothing(stack: Stack, sender: str) -> None:
    start_with_consent(stack, sender)
    say(stack, sender, "Alex")
    assert say(stack, sender, "stop") == [TEXT["cancelled"]]
    assert say(stack, sender, "how long is each session")[0] != TEXT["ask_contact_method"]
    assert referrals(stack, sender) == []


def test_a_crisis_mid_form_is_answered_as_a_crisis_first(stack: Stack, sender: str) -> None:
    start_with_consent(stack, sender)
    say(stack, sender, "Robin")
    texts = say(stack, sender, "honestly i dont want to live anymore")
    # Rasa's REST channel sends a text without buttons as one message per paragraph.
    assert texts[:3] == crisis_answer(CONTENT, "suicide_self_harm", False).text.split("\n\n")
    assert TEXT["ask_contact_method"] not in texts, "the form does not carry on over a crisis"
    assert texts[-1] == TEXT["stopped_by_crisis"], "the caregiver is told the request was not sent"
    assert referrals(stack, sender) == []


def test_a_check_in_mid_form_stops_the_form_and_a_yes_escalates(stack: Stack, sender: str) -> None:
    start_with_consent(stack, sender)
    say(stack, sender, "Robin")
    texts = say(stack, sender, "ugh this form is gonna make me kms lol")
    question = check_in_replies(CONTENT)[0]["text"]
    assert texts[0].split("\n\n")[0] == question.split("\n\n")[0]
    assert TEXT["ask_contact_method"] not in texts, "the form does not carry on over the question"
    after_yes = say(stack, sender, "yes")
    assert any("988" in text for text in after_yes) and TEXT["ask_contact_method"] not in after_yes
    assert referrals(stack, sender) == []


def test_this_chat_as_the_contact_is_only_taken_on_telegram(stack: Stack) -> None:
    """On the web widget "This Telegram chat" was stored as a referral with no way to reach the caregiver."""
    chat_button = CONTENT.referral["chat_contact_button"]["payload"]
    web = "web-" + uuid.uuid4().hex[:22]
    start_with_consent(stack, web)
    [question] = replies(stack, web, "Robin")
    assert question["text"] == TEXT["ask_contact_method"]
    assert button_payloads(question) == ["phone call", "text message", "email"], "the web is not offered this chat"
    refused = replies(stack, web, "this telegram chat")
    assert [r["text"] for r in refused] == [TEXT["chat_contact_not_here"], TEXT["ask_contact_method"]]
    assert [button_payloads(r) for r in refused] == [[], ["phone call", "text message", "email"]]
    assert say(stack, web, "text message") == [TEXT["ask_phone"]]
    telegram = f"telegram-{uuid.uuid4().int % 10**9}"
    start_with_consent(stack, telegram)
    [question] = replies(stack, telegram, "Robin")
    assert button_payloads(question) == ["phone call", "text message", "email", chat_button]
    assert say(stack, telegram, "this telegram chat") == [TEXT["ask_best_time"]]
