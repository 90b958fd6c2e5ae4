"""Human handoff: a conversation held for staff, staff replies sent to the caregiver, and the hand-back.

While a handoff is `waiting` or `active`, the gateway stores the caregiver's messages for staff instead of
sending them to Rasa (the crisis guard still reads each one). Replies that do not answer the caregiver's own
message (staff messages, "you're back with the bot") go to the outbox, from which each channel delivers them.
"""
from __future__ import annotations

import json
from typing import Callable, List, Optional

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from bot.content import Content, fill_placeholders
from bot.db.models import Handoff, HandoffMessage, OutboxMessage, utcnow

HELD = ("waiting", "active")


class HandoffError(LookupError):
    """No handoff in the state the request needs (for example a reply to a conversation nobody holds)."""


def nobody_listens(conversation_id: str) -> None:
    """The default when no channel waits on the outbox (tests, tools)."""


class HandoffService:
    def __init__(self, sessions: sessionmaker, content: Content,
                 outbox_written: Callable[[str], None] = nobody_listens):
        self._sessions = sessions
        self._content = content
        self._outbox_written = outbox_written  # bot.outbox_signal: wakes the channels' readers after each commit

    def held(self, conversation_id: str) -> Optional[Handoff]:
        """The handoff holding this conversation now, if any."""
        with self._sessions() as session:
            return session.scalars(select(Handoff).where(Handoff.conversation_id == conversation_id,
                                                         Handoff.status.in_(HELD))
                                   .order_by(Handoff.id.desc())).first()

    def request(self, conversation_id: str, channel: str) -> tuple[Handoff, bool]:
        """Hold the conversation for staff; returns the handoff and whether it is new."""
        with self._sessions() as session, session.begin():
            existing = session.scalars(select(Handoff).where(Handoff.conversation_id == conversation_id,
                                                             Handoff.status.in_(HELD))).first()
            if existing is not None:
                return existing, False
            handoff = Handoff(conversation_id=conversation_id, channel=channel, status="waiting")
            session.add(handoff)
        return handoff, True

    def waiting_and_active(self) -> List[Handoff]:
        with self._sessions() as session:
            return list(session.scalars(select(Handoff).where(Handoff.status.in_(HELD)).order_by(Handoff.id)))

    def record_caregiver_message(self, handoff: Handoff, text: str) -> None:
        with self._sessions() as session, session.begin():
            session.add(HandoffMessage(handoff_id=handoff.id, author="caregiver", text=text))

    def messages(self, conversation_id: str) -> List[HandoffMessage]:
        with self._sessions() as session:
            ids = select(Handoff.id).where(Handoff.conversation_id == conversation_id)
            return list(session.scalars(select(HandoffMessage).where(HandoffMessage.handoff_id.in_(ids))
                                        .order_by(HandoffMessage.id)))

    def _require_held(self, session, conversation_id: str) -> Handoff:  # type: ignore[no-untyped-def]
        handoff = session.scalars(select(Handoff).where(Handoff.conversation_id == conversation_id,
                                                        Handoff.status.in_(HELD))).first()
        if handoff is None:
            raise HandoffError(f"no handoff holds conversation {conversation_id}")
        return handoff

    def join(self, conversation_id: str, staff_name: str) -> Handoff:
        with self._sessions() as session, session.begin():
            handoff = self._require_held(session, conversation_id)
            handoff.status, handoff.staff_name = "active", staff_name
            text = fill_placeholders(str(self._content.handoff["staff_joined"]), staff_name=staff_name)
            session.add(_outbox(conversation_id, {"text": text, "custom": {"type": "handoff", "state": "active",
                                                                         "staff_name": staff_name}}))
        self._outbox_written(conversation_id)
        return handoff

    def staff_reply(self, conversation_id: str, text: str) -> None:
        with self._sessions() as session, session.begin():
            handoff = self._require_held(session, conversation_id)
            session.add(HandoffMessage(handoff_id=handoff.id, author="staff", text=text))
            session.add(_outbox(conversation_id, {"text": text, "custom": {"type": "staff",
                                                                           "staff_name": handoff.staff_name}}))
        self._outbox_written(conversation_id)

    def release(self, conversation_id: str) -> None:
        """Hand the conversation back to the bot and tell the caregiver."""
        with self._sessions() as session, session.begin():
            handoff = self._require_held(session, conversation_id)
            handoff.status, handoff.ended_at = "ended", utcnow()
            text = str(self._content.handoff["returned_to_bot"]).strip()
            session.add(_outbox(conversation_id, {"text": text, "custom": {"type": "handoff", "state": "ended"}}))
        self._outbox_written(conversation_id)

    def updates(self, conversation_id: str, after_id: int = 0) -> List[dict]:
        """Outbox replies for a conversation newer than `after_id`, each with its `id` for the next poll."""
        with self._sessions() as session:
            rows = session.scalars(select(OutboxMessage).where(OutboxMessage.conversation_id == conversation_id,
                                                               OutboxMessage.id > after_id)
                                   .order_by(OutboxMessage.id)).all()
        return [dict(json.loads(row.payload), id=row.id) for row in rows]


def _outbox(conversation_id: str, reply: dict) -> OutboxMessage:
    return OutboxMessage(conversation_id=conversation_id, payload=json.dumps(reply), created_at=utcnow())

