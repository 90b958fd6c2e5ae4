"""Deliver the handoff outbox (staff replies, "you're back with the bot") to Telegram chats, exactly once.

Each row is claimed before it is sent, by setting `delivered_at` only where it is still empty (one atomic
UPDATE, so two gateway processes can never both send it), and the claim is undone when the send fails (the
attempt is counted; after `MAX_ATTEMPTS` the row is left for staff to see). A row stays delivered across a
gateway restart, so nothing is sent twice; rows written while the gateway was down are sent when it is back.
A chat whose message failed gets nothing more in that round, so its messages keep their order.
"""
from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import dataclass
from typing import List, Optional, Set

from sqlalchemy import select, update
from sqlalchemy.orm import sessionmaker
from starlette.concurrency import run_in_threadpool
from telegram import Bot

from bot.channels.telegram_handlers import chat_id_of
from bot.channels.telegram_order import ChatLocks
from bot.channels.telegram_send import TelegramReplies
from bot.conversation_ids import TELEGRAM_PREFIX
from bot.db.models import OutboxMessage, utcnow
from bot.outbox_signal import ANY, OutboxSignal

logger = logging.getLogger(__name__)
MAX_ATTEMPTS = 8
BATCH = 100


@dataclass(frozen=True)
class Pending:
    id: int
    conversation_id: str
    payload: str


class OutboxDelivery:
    def __init__(self, sessions: sessionmaker, replies: TelegramReplies, locks: ChatLocks,
                 interval_seconds: float = 1.0, signal: Optional[OutboxSignal] = None):
        self._sessions = sessions
        self._replies = replies
        self._locks = locks
        self._interval = interval_seconds
        self._signal = signal or OutboxSignal()  # unbound, it just waits out the interval

    # ------------------------------------------------------------------ database (worker threads)
    def pending(self) -> List[Pending]:
        with self._sessions() as session:
            rows = session.scalars(select(OutboxMessage).where(
                OutboxMessage.conversation_id.like(f"{TELEGRAM_PREFIX}%"),
                OutboxMessage.delivered_at.is_(None),
                OutboxMessage.delivery_attempts < MAX_ATTEMPTS).order_by(OutboxMessage.id).limit(BATCH)).all()
            return [Pending(r.id, r.conversation_id, r.payload) for r in rows]

    def _claim(self, row_id: int) -> bool:
        with self._sessions() as session, session.begin():
            result = session.execute(update(OutboxMessage)
                                     .where(OutboxMessage.id == row_id, OutboxMessage.delivered_at.is_(None))
                                     .values(delivered_at=utcnow()))
            return result.rowcount == 1

    def _unclaim(self, row_id: int, attempts: int = 1) -> None:
        with self._sessions() as session, session.begin():
            session.execute(update(OutboxMessage).where(OutboxMessage.id == row_id)
                            .values(delivered_at=None,
                                    delivery_attempts=OutboxMessage.delivery_attempts + attempts))

    # ------------------------------------------------------------------ delivering
    async def deliver_pending(self, bot: Bot) -> int:
        """Send what is waiting; returns how many rows were delivered."""
        delivered = 0
        failed_chats: Set[int] = set()
        for row in await run_in_threadpool(self.pending):
            chat_id = chat_id_of(row.conversation_id)
            if chat_id is None:  # "telegram-" but no chat id: nobody to send it to
                await run_in_threadpool(self._unclaim, row.id, MAX_ATTEMPTS)
                continue
            if chat_id in failed_chats or not await run_in_threadpool(self._claim, row.id):
                continue
            try:
                async with self._locks.hold(chat_id):
                    await self._replies.send(bot, chat_id, [json.loads(row.payload)])
            except asyncio.CancelledError:
                self._unclaim(row.id, 0)  # shutting down mid-send: it goes out after the restart
                raise
            except Exception as error:  # noqa: BLE001 - one chat's failure must not stop the others
                logger.warning("telegram: outbox message %s not delivered (%s)", row.id, type(error).__name__)
                failed_chats.add(chat_id)
                await run_in_threadpool(self._unclaim, row.id)
                continue
            delivered += 1
        return delivered

    async def run(self, bot: Bot) -> None:
        """Poll the outbox until cancelled."""
        while True:
            try:
                await self.deliver_pending(bot)
            except asyncio.CancelledError:
                raise
            except Exception:  # noqa: BLE001 - a database hiccup: try again next round
                logger.exception("telegram: outbox delivery round failed")
            # Woken at once when staff write to any conversation (bot/outbox_signal.py), else polls.
            await self._signal.wait(ANY, self._interval)
