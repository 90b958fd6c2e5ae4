"""Button payloads as Telegram callback data, which Telegram limits to 64 bytes.

A payload that fits travels as itself (`p:<payload>`), so it needs no state and survives a gateway restart.
A longer one (a Rasa `/intent{...}` payload can be) travels as a key (`k:<digest of the payload>`), and the
gateway remembers which payload each key stands for. The key is a digest, not a counter, so the same payload
always gets the same key and the table never holds duplicates. After a restart the table is empty; a press on
an old long button then falls back to the button's title as the caregiver's message (see `TelegramHandlers`).
"""
from __future__ import annotations

import base64
import hashlib
from collections import OrderedDict
from typing import Iterable, Optional

MAX_CALLBACK_BYTES = 64
LITERAL = "p:"
KEYED = "k:"


def payload_key(payload: str) -> str:
    """A short, stable key: 120 bits of SHA-256, URL-safe base64 (20 characters)."""
    digest = hashlib.sha256(payload.encode("utf-8")).digest()[:15]
    return base64.urlsafe_b64encode(digest).decode("ascii")


class CallbackPayloads:
    """Encodes button payloads into callback data and back; remembers the long ones (bounded, newest kept)."""

    def __init__(self, known: Iterable[str] = (), capacity: int = 10_000):
        self._capacity = capacity
        self._long: "OrderedDict[str, str]" = OrderedDict()
        for payload in known:
            self.encode(payload)

    def encode(self, payload: str) -> str:
        literal = LITERAL + payload
        if len(literal.encode("utf-8")) <= MAX_CALLBACK_BYTES:
            return literal
        key = payload_key(payload)
        self._long[key] = payload
        self._long.move_to_end(key)
        while len(self._long) > self._capacity:
            self._long.popitem(last=False)
        return KEYED + key

    def decode(self, data: str) -> Optional[str]:
        """The payload behind callback data, or None when it is not ours or the key was forgotten."""
        if data.startswith(LITERAL):
            return data[len(LITERAL):]
        if data.startswith(KEYED):
            return self._long.get(data[len(KEYED):])
        return None
