"""The web widget's websocket protocol: conversation ids, the Origin check, and validation of every frame.

Pure functions, so the rules a browser (or anyone else) must follow are tested without a server.

Client -> server frames (JSON text):
  {"type": "hello", "conversation_id": "web-..." | null, "cursor": int}   first frame, once
  {"type": "message", "text": str, "ref": str?}                           a caregiver message or button payload
  {"type": "ping"}                                                        keep-alive through proxies
Server -> client frames:
  {"type": "welcome", "conversation_id", "cursor", "new": bool, "greeting": [reply]?}
  {"type": "typing"}                                  the message was taken; replies are on their way
  {"type": "replies", "replies": [reply], "ref"}      answers to one message, in Rasa's REST reply shape
  {"type": "updates", "replies": [reply + id], "cursor"}  staff messages and handoff notices from the outbox
  {"type": "error", "code", "message"}                a frame was refused; the connection stays open
  {"type": "pong"}
"""
from __future__ import annotations

import json
import re
import secrets
from dataclasses import dataclass
from typing import Iterable, Optional, Union
from urllib.parse import urlsplit

from bot.conversation_ids import WEB_PREFIX

MAX_TEXT_CHARS = 4000        # what one caregiver message may hold (Rasa gets this much too)
MAX_FRAME_CHARS = 32_000     # a raw frame: room for 4000 characters even when JSON escapes each one
MAX_REF_CHARS = 64
CONVERSATION_ID = re.compile(rf"^{WEB_PREFIX}[A-Za-z0-9_-]{{22}}$")  # "web-" + secrets.token_urlsafe(16)


def new_conversation_id() -> str:
    """A fresh, unguessable web conversation id; the browser keeps it, so it is also its bearer secret."""
    return f"{WEB_PREFIX}{secrets.token_urlsafe(16)}"


def valid_conversation_id(value: object) -> bool:
    return isinstance(value, str) and CONVERSATION_ID.fullmatch(value) is not None


def origin_allowed(origin: Optional[str], host: Optional[str], allowed: Iterable[str]) -> bool:
    """Same origin as the gateway (Origin's host:port equals the Host header) or one the settings list.

    Browsers always send Origin on a websocket handshake; one that sends none is not a browser embedding the
    widget, and the JSON API is there for other clients.
    """
    if not origin or origin == "null":
        return False
    origin = origin.strip().rstrip("/").lower()
    parts = urlsplit(origin)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return False
    if host and parts.netloc == host.strip().lower():
        return True
    return origin in {a.strip().rstrip("/").lower() for a in allowed}


class FrameError(ValueError):
    """A frame the server refuses; `code` is what the client is told (it never echoes the frame)."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Hello:
    conversation_id: Optional[str]  # None: the client has none yet, or sent one not in the web-... format
    cursor: int


@dataclass(frozen=True)
class Message:
    text: str
    ref: str


@dataclass(frozen=True)
class Ping:
    pass


Frame = Union[Hello, Message, Ping]


def parse_frame(raw: Optional[str]) -> Frame:
    """Parse and validate one client frame; raises FrameError saying what is wrong."""
    if raw is None:
        raise FrameError("bad_frame", "frames must be JSON text, not binary")
    if len(raw) > MAX_FRAME_CHARS:
        raise FrameError("too_long", "frame too large")
    try:
        data = json.loads(raw)
    except ValueError:
        raise FrameError("bad_frame", "frame is not JSON") from None
    if not isinstance(data, dict) or not isinstance(data.get("type"), str):
        raise FrameError("bad_frame", "frame must be a JSON object with a string 'type'")
    kind = data["type"]
    if kind == "hello":
        return _hello(data)
    if kind == "message":
        return _message(data)
    if kind == "ping":
        return Ping()
    raise FrameError("bad_frame", "unknown frame type")


def _hello(data: dict) -> Hello:
    given = data.get("conversation_id")
    if given is not None and not isinstance(given, str):
        raise FrameError("bad_frame", "conversation_id must be a string or null")
    cursor = data.get("cursor", 0)
    if isinstance(cursor, bool) or not isinstance(cursor, int) or cursor < 0:
        raise FrameError("bad_frame", "cursor must be a non-negative integer")
    # An id not in our format is never used: the server starts a new conversation instead.
    return Hello(conversation_id=given if valid_conversation_id(given) else None, cursor=cursor)


def _message(data: dict) -> Message:
    text = data.get("text")
    if not isinstance(text, str):
        raise FrameError("bad_frame", "text must be a string")
    if len(text) > MAX_TEXT_CHARS:
        raise FrameError("too_long", f"messages can be at most {MAX_TEXT_CHARS} characters")
    text = text.strip()
    if not text:
        raise FrameError("empty", "message is empty")
    ref = data.get("ref", "")
    if not isinstance(ref, str) or len(ref) > MAX_REF_CHARS:
        raise FrameError("bad_frame", f"ref must be a string of at most {MAX_REF_CHARS} characters")
    return Message(text=text, ref=ref)


def error_frame(code: str, message: str) -> dict:
    return {"type": "error", "code": code, "message": message}
