"""One web widget connection: the hello handshake, caregiver messages, and the staff outbox pushed as it fills.

The browser keeps the conversation id and the outbox cursor (the id of the last outbox reply it has shown) and
sends both in its hello, so a reload or a reconnect neither replays nor loses a staff message.
"""
from __future__ import annotations

import asyncio
import logging
from typing import List

from starlette.concurrency import run_in_threadpool
from starlette.websockets import WebSocket, WebSocketDisconnect

from bot.channels.webchat_protocol import (FrameError, Hello, Message, Ping, error_frame, new_conversation_id,
                                           origin_allowed, parse_frame)
from bot.content import Content, cached_content, menu_topics
from bot.conversation_ids import WEB_CHANNEL

logger = logging.getLogger(__name__)
HELLO_TIMEOUT_SECONDS = 10.0
POLICY_VIOLATION = 1008


HUMAN_BUTTON = {"title": "Talk to a person", "payload": "/request_human"}  # as in Rasa's utter_greet


def greeting(content: Content) -> List[dict]:
    """What a new conversation shows first: Rasa's utter_greet (tests hold them equal), built from content/
    here so that opening the chat costs no Rasa round trip and starts no tracker."""
    buttons = [{"title": t.title, "payload": t.payload} for t in menu_topics(content)] + [HUMAN_BUTTON]
    return [{"text": str(content.conversation["greet"]).strip(), "buttons": buttons}]


class ChatConnection:
    """Messages are not rate-limited here: ConversationService's flood limit does it for every channel and,
    unlike a limit at the socket, still answers a crisis message."""

    def __init__(self, websocket: WebSocket):
        self._ws = websocket
        state = websocket.app.state
        self._settings = state.settings
        self._conversations = state.conversations
        self._handoffs = state.handoffs
        self._signal = state.outbox_signal
        self._send_lock = asyncio.Lock()  # the outbox task and the reply path share the socket
        self.conversation_id = ""
        self.cursor = 0

    async def send(self, frame: dict) -> None:
        async with self._send_lock:
            await self._ws.send_json(frame)

    async def receive(self) -> str:
        message = await self._ws.receive()
        if message["type"] == "websocket.disconnect":
            raise WebSocketDisconnect(message.get("code", 1000))
        if message.get("text") is None:
            raise FrameError("bad_frame", "frames must be JSON text, not binary")
        return message["text"]

    async def run(self) -> None:
        try:
            if await self._handshake():
                poller = asyncio.get_running_loop().create_task(self._push_outbox())
                try:
                    await self._serve()
                finally:
                    poller.cancel()
        except (WebSocketDisconnect, OSError, RuntimeError):
            pass  # the browser went away (reload, network); it reconnects with its id and cursor
        logger.debug("web chat %s closed", self.conversation_id or "(no hello)")

    async def _handshake(self) -> bool:
        try:
            raw = await asyncio.wait_for(self.receive(), HELLO_TIMEOUT_SECONDS)
            hello = parse_frame(raw)
            if not isinstance(hello, Hello):
                raise FrameError("bad_frame", "the first frame must be a hello")
        except (FrameError, asyncio.TimeoutError) as error:
            code, text = (error.code, error.message) if isinstance(error, FrameError) else ("timeout", "no hello")
            await self.send(error_frame(code, text))
            await self._ws.close(code=POLICY_VIOLATION)
            return False
        is_new = hello.conversation_id is None
        self.conversation_id = hello.conversation_id or new_conversation_id()
        self.cursor = 0 if is_new else hello.cursor
        frame: dict = {"type": "welcome", "conversation_id": self.conversation_id, "cursor": self.cursor,
                       "new": is_new}
        if is_new:
            frame["greeting"] = greeting(cached_content())
        await self.send(frame)
        logger.debug("web chat %s open (new=%s)", self.conversation_id, is_new)
        return True

    async def _serve(self) -> None:
        while True:
            try:
                frame = parse_frame(await self.receive())
            except FrameError as error:
                await self.send(error_frame(error.code, error.message))
                continue
            if isinstance(frame, Ping):
                await self.send({"type": "pong"})
            elif isinstance(frame, Hello):
                await self.send(error_frame("bad_frame", "hello was already received"))
            elif isinstance(frame, Message):
                await self._answer(frame)

    async def _answer(self, message: Message) -> None:
        await self.send({"type": "typing"})
        try:
            replies = await self._conversations.handle(self.conversation_id, message.text, channel=WEB_CHANNEL)
        except Exception:  # the caregiver still gets an answer; the log gets the error, never the message
            logger.exception("web chat %s: handling a message failed", self.conversation_id)
            replies = [self._conversations.unavailable_reply()]
        await self.send({"type": "replies", "replies": replies, "ref": message.ref})

    async def _push_outbox(self) -> None:
        interval = max(0.1, float(self._settings.widget_poll_seconds))
        while True:
            try:
                updates = await run_in_threadpool(self._handoffs.updates, self.conversation_id, self.cursor)
            except Exception:  # a database hiccup: the next poll catches up from the same cursor
                logger.warning("web chat %s: reading the outbox failed", self.conversation_id, exc_info=True)
                updates = []
            if updates:
                try:
                    await self.send({"type": "updates", "replies": updates,
                                     "cursor": max(int(u["id"]) for u in updates)})
                except (WebSocketDisconnect, OSError, RuntimeError):
                    return  # gone: the browser asks again from its own cursor when it reconnects
                self.cursor = max(int(u["id"]) for u in updates)
            # Woken at once when staff write to this conversation (bot/outbox_signal.py), else polls.
            await self._signal.wait(self.conversation_id, interval)


async def chat_socket(websocket: WebSocket) -> None:
    """The widget's websocket: refuse other origins before the handshake, then serve one connection."""
    settings = websocket.app.state.settings
    origin = websocket.headers.get("origin")
    if not origin_allowed(origin, websocket.headers.get("host"), settings.widget_allowed_origins):
        logger.info("web chat: refused a websocket from origin %r", (origin or "")[:200])
        await websocket.close(code=POLICY_VIOLATION)  # before accept(): the client gets HTTP 403
        return
    await websocket.accept()
    await ChatConnection(websocket).run()
