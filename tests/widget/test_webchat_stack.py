"""The widget's websocket on the real gateway (real Rasa behind it), with a plain websocket client."""
from __future__ import annotations

import asyncio
import json
from typing import List

import pytest
import websockets

from tests.servers import Stack

pytestmark = pytest.mark.e2e


def ws_url(stack: Stack) -> str:
    return stack.gateway_url.replace("http://", "ws://") + "/ws/chat"


async def _conversation(stack: Stack, messages: List[str]) -> List[dict]:
    frames = []
    async with websockets.connect(ws_url(stack), origin=stack.gateway_url) as ws:
        await ws.send(json.dumps({"type": "hello", "conversation_id": None, "cursor": 0}))
        frames.append(json.loads(await ws.recv()))
        for text in messages:
            await ws.send(json.dumps({"type": "message", "text": text, "ref": "x"}))
            while True:
                frame = json.loads(await asyncio.wait_for(ws.recv(), 30))
                frames.append(frame)
                if frame["type"] in ("replies", "error"):
                    break
    return frames


def test_questions_and_crisis_over_the_websocket(stack: Stack) -> None:
    frames = asyncio.run(_conversation(stack, ["what is cpp", "i want to kill myself", "x" * 4001]))
    welcome, *rest = frames
    assert welcome["type"] == "welcome" and welcome["conversation_id"].startswith("web-")
    replies = [f["replies"] for f in rest if f["type"] == "replies"]
    assert "Child-Parent Psychotherapy" in replies[0][0]["text"]
    crisis = [r["custom"] for r in replies[1] if r.get("custom", {}).get("type") == "crisis"]
    assert crisis and crisis[0]["resources"][0] == {"label": "Call 988", "tel": "988"}
    assert rest[-1]["type"] == "error" and rest[-1]["code"] == "too_long"
    log = stack.log("gateway")
    assert "what is cpp" not in log and "kill myself" not in log, "message text is never logged"


def test_the_real_gateway_refuses_other_origins(stack: Stack) -> None:
    async def connect() -> None:
        async with websockets.connect(ws_url(stack), origin="https://evil.example"):
            pass

    with pytest.raises(websockets.exceptions.InvalidStatusCode) as refused:
        asyncio.run(connect())
    assert refused.value.status_code == 403
    assert "evil.example" in stack.log("gateway")  # refused origins are logged; message text never is
