"""Chat with the running assistant in a terminal, through the gateway (so the crisis guard applies too).

    python -m bot.terminal_chat            # needs ./scripts/run.sh running
Type a message; a number picks one of the buttons shown; /quit leaves.
"""
from __future__ import annotations

import os
import sys
import uuid
from typing import List

import httpx


def show(replies: List[dict]) -> List[dict]:
    buttons: List[dict] = []
    for reply in replies:
        if reply.get("text"):
            print(f"bot> {reply['text']}")
        custom = reply.get("custom") or {}
        for resource in custom.get("resources", []):
            target = resource.get("tel") or resource.get("sms") or resource.get("url")
            print(f"     [{resource['label']}: {target}]")
        for button in reply.get("buttons", []):
            buttons.append(button)
            print(f"     {len(buttons)}. {button['title']}")
    return buttons


def main() -> int:
    url = f"http://localhost:{os.environ.get('GATEWAY_PORT', '8000')}"
    sender = f"terminal-{uuid.uuid4().hex[:8]}"
    buttons: List[dict] = []
    print("Chatting with the assistant (type /quit to leave).")
    with httpx.Client(timeout=30) as http:
        while True:
            try:
                text = input("you> ").strip()
            except (EOFError, KeyboardInterrupt):
                return 0
            if text == "/quit":
                return 0
            if text.isdigit() and 0 < int(text) <= len(buttons):
                text = buttons[int(text) - 1]["payload"]
            try:
                response = http.post(f"{url}/api/chat", json={"sender": sender, "message": text})
                response.raise_for_status()
            except httpx.HTTPError as error:
                print(f"(the gateway at {url} did not answer: {type(error).__name__}; is ./scripts/run.sh running?)")
                continue
            buttons = show(response.json()["replies"])


if __name__ == "__main__":
    sys.exit(main())
