"""Replies in order per chat, without one slow chat holding up every other caregiver.

PTB's `concurrent_updates(False)` would keep order by handling one update at a time for the whole bot, so a
caregiver would wait while Rasa thinks about somebody else's message. This update processor instead takes a
per-chat lock: updates of one chat run one after another, in the order Telegram sent them; different chats
run side by side (at most `max_parallel` at once). The outbox delivery takes the same lock, so a staff message
never lands between the pieces of a long answer.

Order within a chat holds because PTB starts one task per update in arrival order and asyncio's locks are
first come, first served; PTB's own semaphore is set far above `max_parallel` so it never queues (and so never
reorders) anything; the real limit is applied after the chat's lock is taken.
"""
from __future__ import annotations

import asyncio
import contextlib
from typing import Any, AsyncIterator, Awaitable, Dict, Optional

from telegram import Update
from telegram.ext import BaseUpdateProcessor

UNQUEUED = 1_000_000  # PTB's semaphore bound: never reached, see the module docstring


class ChatLocks:
    """One asyncio lock per chat, dropped again when nobody holds or waits for it."""

    def __init__(self) -> None:
        self._locks: Dict[int, asyncio.Lock] = {}
        self._users: Dict[int, int] = {}

    @contextlib.asynccontextmanager
    async def hold(self, chat_id: int) -> AsyncIterator[None]:
        lock = self._locks.setdefault(chat_id, asyncio.Lock())
        self._users[chat_id] = self._users.get(chat_id, 0) + 1
        try:
            async with lock:
                yield
        finally:
            self._users[chat_id] -= 1
            if not self._users[chat_id]:
                del self._users[chat_id], self._locks[chat_id]

    def __len__(self) -> int:
        return len(self._locks)


def chat_of(update: object) -> Optional[int]:
    if isinstance(update, Update) and update.effective_chat is not None:
        return update.effective_chat.id
    return None


class PerChatUpdateProcessor(BaseUpdateProcessor):
    def __init__(self, locks: ChatLocks, max_parallel: int = 16):
        super().__init__(UNQUEUED)
        self.locks = locks
        self._parallel = asyncio.Semaphore(max_parallel)

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        chat_id = chat_of(update)
        if chat_id is None:
            async with self._parallel:
                await coroutine
            return
        async with self.locks.hold(chat_id), self._parallel:
            await coroutine

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to free."""
