"""Staff messages reach a caregiver's web chat held by another gateway at once, through Redis publish/subscribe
(bot/outbox_signal.py), on the real Redis and the real two-gateway stack."""
from __future__ import annotations

import asyncio
import json
import threading
import time
import uuid

import httpx
import websockets

from bot.outbox_signal import OutboxSignal, RedisOutboxSignal
from tests.scale.conftest import REDIS_PORT, STAFF_TOKEN, WIDGET_POLL_SECONDS
from tests.servers import Stack

REDIS_URL = f"redis://127.0.0.1:{REDIS_PORT}/0"


def test_a_notification_from_a_worker_thread_wakes_the_waiting_reader() -> None:
    async def scenario() -> tuple:
        signal = OutboxSignal()
        async with signal.running():
            later = threading.Timer(0.2, signal.notify, args=("web-a",))
            later.start()
            woke = await signal.wait("web-a", 10)
            quiet = await signal.wait("web-b", 0.3)  # nothing written for it: times out, as a poll would
        return woke, quiet

    assert asyncio.run(scenario()) == (True, False)


def test_a_notification_on_one_gateway_wakes_a_reader_on_another_through_redis(scale_services: None) -> None:
    prefix = f"test:outbox:{uuid.uuid4().hex[:8]}:"

    async def scenario() -> tuple:
        writer, reader = RedisOutboxSignal(REDIS_URL, prefix), RedisOutboxSignal(REDIS_URL, prefix)
        async with writer.running(), reader.running():
            await asyncio.sleep(0.5)  # the reader's subscription is in place
            waiting = asyncio.get_running_loop().create_task(reader.wait("web-x", 10))
            await asyncio.sleep(0.1)
            started = time.monotonic()
            await asyncio.get_running_loop().run_in_executor(None, writer.notify, "web-x")
            woke = await waiting
            other = await reader.wait("web-y", 0.3)
        return woke, time.monotonic() - started, other

    woke, seconds, other = asyncio.run(scenario())
    assert woke and seconds < 5 and not other


def test_a_staff_reply_through_one_gateway_reaches_the_web_chat_on_the_other(scale_stack: Stack) -> None:
    first, second = scale_stack.gateway_urls[:2]
    staff = {"Authorization": f"Bearer {STAFF_TOKEN}"}

    async def scenario() -> list:
        async with websockets.connect(second.replace("http://", "ws://") + "/ws/chat", origin=second) as ws:
            await ws.send(json.dumps({"type": "hello", "conversation_id": None, "cursor": 0}))
            conversation = json.loads(await asyncio.wait_for(ws.recv(), 30))["conversation_id"]
            await ws.send(json.dumps({"type": "message", "text": "can i please talk to a real person", "ref": "1"}))
            while json.loads(await asyncio.wait_for(ws.recv(), 30))["type"] != "replies":
                pass
            async with httpx.AsyncClient(base_url=f"{first}/staff/api", headers=staff, timeout=10) as http:
                assert (await http.post(f"/handoffs/{conversation}/join", json={"staff_name": "Maria"})).is_success
                assert (await http.post(f"/handoffs/{conversation}/reply", json={"text": "Hi, I'm Maria."})).is_success
            texts: list = []
            deadline = time.monotonic() + WIDGET_POLL_SECONDS / 4
            while "Hi, I'm Maria." not in texts:
                frame = json.loads(await asyncio.wait_for(ws.recv(), max(0.1, deadline - time.monotonic())))
                if frame["type"] == "updates":
                    texts += [reply["text"] for reply in frame["replies"]]
            return texts

    # Polling alone would take up to WIDGET_POLL_SECONDS (60 s here); a timeout above means Redis did not fan out.
    assert asyncio.run(scenario()) == ["Maria from the clinic has joined the chat.", "Hi, I'm Maria."]
