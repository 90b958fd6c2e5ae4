"""Two Rasa servers and two gateways sharing PostgreSQL (tracker store, app database) and Redis (Rasa's lock store,
the gateways' flood limit): a conversation can move between gateways and servers and nothing is lost."""
from __future__ import annotations

import zlib
from concurrent.futures import ThreadPoolExecutor
from typing import List

import httpx
import psycopg2
import pytest

from bot.content import cached_content
from tests.scale.conftest import FLOOD_MAX, PG_ADMIN_DSN
from tests.servers import Stack, wait_until

pytestmark = pytest.mark.e2e
CONTENT = cached_content()
REFERRAL = {k: str(v).strip() for k, v in CONTENT.referral.items() if isinstance(v, str)}
SLOW_DOWN = str(CONTENT.conversation["slow_down"]).strip()


def say(base_url: str, sender: str, message: str) -> List[dict]:
    response = httpx.post(f"{base_url}/api/chat", json={"sender": sender, "message": message}, timeout=30)
    response.raise_for_status()
    return response.json()["replies"]


def texts(replies: List[dict]) -> List[str]:
    return [r.get("text", "") for r in replies]


def crisis_payload(replies: List[dict]) -> dict:
    return next(r["custom"] for r in replies if r.get("custom", {}).get("type") == "crisis")


def query(database: str, sql: str, *args: object) -> list:
    with psycopg2.connect(PG_ADMIN_DSN.replace("dbname=postgres", f"dbname={database}")) as connection:
        with connection.cursor() as cursor:
            cursor.execute(sql, args)
            return cursor.fetchall()


def user_events(stack: Stack, sender: str) -> List[str]:
    rows = query(stack.tracker_database, "select data from events where sender_id = %s and type_name = 'user' "  # type: ignore[attr-defined]
                 "order by id", sender)
    return [row[0] for row in rows]


def app_database(stack: Stack) -> str:
    return stack.app_database_url.rsplit("/", 1)[1]


def test_health_reports_each_rasa_server_from_both_gateways(scale_stack: Stack) -> None:
    for gateway in scale_stack.gateway_urls:
        response = httpx.get(f"{gateway}/health", timeout=10)
        body = response.json()
        assert response.status_code == 200 and body["status"] == "ok", body
        assert [s["up"] for s in body["rasa_servers"]] == [True, True]
        assert all("127.0.0.1" not in str(s) for s in body["rasa_servers"]), "health does not publish addresses"


def test_a_referral_moves_between_gateways_and_keeps_its_state_in_postgresql(scale_stack: Stack, sender: str) -> None:
    first, second = scale_stack.gateway_urls
    assert texts(say(first, sender, "i want to sign my family up for cpp, can you refer us"))[1] \
        .startswith(REFERRAL["consent"][:40])
    assert texts(say(second, sender, "/affirm")) == [REFERRAL["ask_caregiver_name"]]
    assert texts(say(first, sender, "Jane")) == [REFERRAL["ask_contact_method"]]
    assert texts(say(second, sender, "text message")) == [REFERRAL["ask_phone"]]
    assert len(user_events(scale_stack, sender)) == 4, "every message is in the shared tracker store"


def test_a_crisis_through_the_second_gateway_is_answered_and_recorded_in_postgresql(
    scale_stack: Stack, sender: str
) -> None:
    replies = say(scale_stack.gateway_urls[1], sender, "i have the pills in my hand rn and im taking all of them tonight")
    assert crisis_payload(replies)["category"] == "suicide_self_harm"
    rows = query(app_database(scale_stack), "select category, status from escalations where conversation_id = %s",
                 sender)
    assert rows == [("suicide_self_harm", "new")]


def test_the_flood_limit_is_shared_by_both_gateways_through_redis(scale_stack: Stack, sender: str) -> None:
    gateways = scale_stack.gateway_urls
    for number in range(FLOOD_MAX):
        assert texts(say(gateways[number % 2], sender, "what is cpp")) != [SLOW_DOWN]
    # Each gateway has seen only half the limit; together they have seen all of it.
    assert texts(say(gateways[0], sender, "what is cpp")) == [SLOW_DOWN]
    assert texts(say(gateways[1], sender, "what is cpp")) == [SLOW_DOWN]
    crisis = say(gateways[1], sender, "my husband choked me last night and said he'd kill me if i leave")
    assert crisis_payload(crisis)["category"] == "domestic_violence", "a crisis is answered over the limit"


def test_one_conversations_messages_through_both_gateways_at_once_are_all_answered_and_stored(
    scale_stack: Stack, sender: str
) -> None:
    """Both gateways send a conversation to the same Rasa server (bot/rasa_client.py), where the lock store
    queues its messages: none is lost or answered twice. (Sent straight to two Rasa servers at once, Rasa 3.6's
    Redis lock store, a read-then-write, can lose a ticket and stall a message for its 60 s lifetime.)"""
    messages = ["what is cpp", "how long is a session", "who is cpp for", "what happens in the first session",
                "is it free", "do i need a referral"]

    def post(index: int) -> List[dict]:
        return say(scale_stack.gateway_urls[index % 2], sender, messages[index])

    with ThreadPoolExecutor(max_workers=len(messages)) as pool:
        answers = list(pool.map(post, range(len(messages))))
    assert all(answers) and not any(SLOW_DOWN in texts(a) for a in answers)
    stored = user_events(scale_stack, sender)
    assert len(stored) == len(messages)
    assert sorted(m for m in messages if any(f'"text": "{m}"' in event for event in stored)) == sorted(messages)


def test_when_a_conversations_rasa_server_stops_the_other_server_continues_it(scale_stack: Stack, sender: str) -> None:
    """Last in this file: it leaves one Rasa server down (a restart costs a model load; tests/faults covers it)."""
    gateway = scale_stack.gateway_urls[0]
    assert texts(say(gateway, sender, "i want to sign my family up for cpp, can you refer us"))[1] \
        .startswith(REFERRAL["consent"][:40])
    assert texts(say(gateway, sender, "/affirm")) == [REFERRAL["ask_caregiver_name"]]
    own = zlib.crc32(sender.encode()) % 2  # the server bot/rasa_client.py routes this conversation to
    scale_stack.stop(Stack.rasa_name(own))
    assert texts(say(gateway, sender, "Jane")) == [REFERRAL["ask_contact_method"]]
    assert texts(say(scale_stack.gateway_urls[1], sender, "text message")) == [REFERRAL["ask_phone"]]
    assert len(user_events(scale_stack, sender)) == 4
    health = httpx.get(f"{gateway}/health", timeout=10)
    assert health.status_code == 200 and health.json()["status"] == "degraded"
    assert [s["up"] for s in health.json()["rasa_servers"]] == [own != 0, own != 1]
    wait_until(f"{scale_stack.rasa_urls[1 - own]}/", 5)
