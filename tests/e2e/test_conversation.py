"""The real Rasa server, action server and gateway, talked to over HTTP as a channel would."""
from __future__ import annotations

import sqlite3
from typing import List

import httpx
import pytest

from bot.content import cached_content
from scripts.build_responses import faq_response
from tests.servers import Stack

pytestmark = pytest.mark.e2e
CONTENT = cached_content()


def rasa_say(stack: Stack, sender: str, message: str) -> List[dict]:
    response = httpx.post(f"{stack.rasa_url}/webhooks/rest/webhook",
                          json={"sender": sender, "message": message}, timeout=30)
    response.raise_for_status()
    return response.json()


def gateway_say(stack: Stack, sender: str, message: str) -> List[dict]:
    response = httpx.post(f"{stack.gateway_url}/api/chat", json={"sender": sender, "message": message}, timeout=30)
    response.raise_for_status()
    return response.json()["replies"]


def expected_answer(topic_id: str) -> dict:
    return faq_response(CONTENT, CONTENT.topics[topic_id])[0]


def test_health_reports_rasa_and_action_server(stack: Stack) -> None:
    body = httpx.get(f"{stack.gateway_url}/health", timeout=10).json()
    assert body["status"] == "ok"
    assert body["rasa"]["up"] and body["action_server"]["up"]
    assert body["crisis"] == {"rules": True, "trained_layer": True}


@pytest.mark.parametrize("question, topic", [
    ("how long does one session last", "session_length"),
    ("what even is child parent psychotherapy", "what_is_cpp"),
    ("do i have to write anything down before the first appointment", "what_to_bring"),
    ("will the therapist report me to cps if i tell them stuff", "mandated_reporting"),
])
def test_rasa_answers_a_question_from_content_with_sources_and_related_buttons(
    stack: Stack, sender: str, question: str, topic: str
) -> None:
    replies = rasa_say(stack, sender, question)
    expected = expected_answer(topic)
    assert replies[0]["text"] == expected["text"]
    assert "Source:" in replies[0]["text"]
    related = [b["payload"] for b in replies[0]["buttons"]]
    assert related == [f"faq:{r}" for r in CONTENT.topics[topic].related]
    assert 2 <= len(related) <= 3


def test_gateway_relays_the_same_answer(stack: Stack, sender: str) -> None:
    replies = gateway_say(stack, sender, "how often are the sessions? every week?")
    assert replies[0]["text"] == expected_answer("session_frequency")["text"]


def test_topic_button_selects_its_topic_whatever_the_classifier_thinks(stack: Stack, sender: str) -> None:
    for topic in ("research_followup", "ppi", "culture_context"):
        replies = rasa_say(stack, sender, f"faq:{topic}")
        assert replies[0]["text"] == expected_answer(topic)["text"]


def test_greeting_says_what_the_bot_is_and_gives_crisis_numbers(stack: Stack, sender: str) -> None:
    reply = rasa_say(stack, sender, "hey there")[0]
    assert "automated" in reply["text"] and "not therapy" in reply["text"]
    assert "911" in reply["text"] and "988" in reply["text"]
    assert any(b["payload"] == "/request_human" for b in reply["buttons"])


@pytest.mark.parametrize("message", ["are you a real person?", "am i talking to a bot rn"])
def test_bot_says_it_is_automated_when_asked(stack: Stack, sender: str, message: str) -> None:
    text = rasa_say(stack, sender, message)[0]["text"]
    assert "automated assistant" in text and "not a person" in text


def test_help_offers_topic_buttons(stack: Stack, sender: str) -> None:
    reply = rasa_say(stack, sender, "menu")[0]
    payloads = [b["payload"] for b in reply["buttons"]]
    assert payloads[0] == "faq:what_is_cpp" and "/request_human" in payloads


def test_fallback_never_leaves_the_caregiver_stuck(stack: Stack, sender: str) -> None:
    reply = rasa_say(stack, sender, "xqzv blorp wugga")[0]
    assert reply["text"] == CONTENT.conversation["fallback"].strip()
    payloads = [b["payload"] for b in reply["buttons"]]
    assert "/request_human" in payloads and any(p.startswith("faq:") for p in payloads)


def test_out_of_scope_is_kind_and_says_what_it_can_do(stack: Stack, sender: str) -> None:
    reply = rasa_say(stack, sender, "whats the weather gonna be tomorrow")[0]
    assert reply["text"] == CONTENT.conversation["out_of_scope"].strip()


def test_asking_for_a_person_goes_through_the_action_server(stack: Stack, sender: str) -> None:
    text = rasa_say(stack, sender, "can i talk to a real human please")[0]["text"]
    assert "asked a person from the clinic to join" in text and "{" not in text


def test_conversation_is_stored_in_the_sqlite_tracker_store(stack: Stack, sender: str) -> None:
    rasa_say(stack, sender, "hi")
    rasa_say(stack, sender, "what ages is cpp for")
    with sqlite3.connect(stack.tracker_db) as db:
        types = [row[0] for row in db.execute(
            "select type_name from events where sender_id = ? order by id", (sender,))]
    assert types.count("user") == 2 and types.count("bot") >= 2


def test_a_restart_resets_the_conversation_quietly_and_the_next_question_is_answered(stack: Stack,
                                                                                      sender: str) -> None:
    gateway_say(stack, sender, "i want to sign my family up for cpp, can you refer us")  # a form starts
    assert gateway_say(stack, sender, "/restart") == [], "a restart answers nothing; it is not 'unavailable'"
    assert gateway_say(stack, sender, "what is cpp")[0]["text"] == expected_answer("what_is_cpp")["text"]
    with sqlite3.connect(stack.tracker_db) as db:
        kinds = [row[0] for row in db.execute("select type_name from events where sender_id = ? order by id",
                                              (sender,))]
    assert "restart" in kinds
