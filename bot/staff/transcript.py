"""A conversation's whole transcript for staff: Rasa's tracker store (caregiver and bot turns), the messages held
for staff during a handoff, and the gateway's crisis answers (which it sends itself, even when Rasa is down).

The tracker store is read directly with SQLAlchemy (read-only): Rasa's HTTP API stays closed.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import List, Optional

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.orm import sessionmaker

from bot.db.models import Escalation, Handoff, HandoffMessage
from bot.db.tracker_events import EVENTS

_events = EVENTS


@dataclass(frozen=True)
class Line:
    at: dt.datetime
    author: str        # caregiver | bot | staff | system
    text: str
    crisis: bool = False
    note: str = ""     # e.g. "held for staff", "crisis answer (domestic_violence, imminent)"

    def as_json(self) -> dict:
        return {"at": self.at.isoformat(), "author": self.author, "text": self.text, "crisis": self.crisis,
                "note": self.note}


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)


def _tracker_lines(tracker: Engine, conversation_id: str) -> List[Line]:
    try:
        with tracker.connect() as connection:
            rows = connection.execute(select(_events.c.type_name, _events.c.timestamp, _events.c.data)
                                      .where(_events.c.sender_id == conversation_id,
                                             _events.c.type_name.in_(("user", "bot")))
                                      .order_by(_events.c.id)).all()
    except (OperationalError, ProgrammingError):
        return []  # no tracker store yet (Rasa has not written anything): the app database still has lines
    lines = []
    for type_name, timestamp, data in rows:
        event = json.loads(data or "{}")
        at = dt.datetime.fromtimestamp(timestamp or 0, tz=dt.timezone.utc)
        if type_name == "user":
            lines.append(Line(at, "caregiver", str(event.get("text") or "")))
            continue
        custom = (event.get("data") or {}).get("custom") or {}
        action = str((event.get("metadata") or {}).get("utter_action") or "")
        crisis = (isinstance(custom, dict) and custom.get("type") == "crisis") or action.startswith("utter_crisis")
        lines.append(Line(at, "bot", str(event.get("text") or ""), crisis=crisis))
    return lines


def transcript(app_sessions: sessionmaker, tracker: Engine, conversation_id: str,
               decrypt: Optional[callable] = None) -> List[Line]:  # type: ignore[valid-type]
    """Every line of the conversation in time order."""
    lines = _tracker_lines(tracker, conversation_id)
    with app_sessions() as session:
        handoff_ids = select(Handoff.id).where(Handoff.conversation_id == conversation_id)
        for message in session.scalars(select(HandoffMessage).where(HandoffMessage.handoff_id.in_(handoff_ids))):
            author = "staff" if message.author == "staff" else "caregiver"
            lines.append(Line(_aware(message.created_at), author, message.text,
                              note="" if author == "staff" else "held for staff (the bot did not see it)"))
        for escalation in session.scalars(select(Escalation).where(Escalation.conversation_id == conversation_id)):
            lines.append(Line(_aware(escalation.created_at), "system", "Crisis answer sent by the gateway",
                              crisis=True, note=f"{escalation.category}, {escalation.severity}"))
    return sorted(lines, key=lambda line: line.at)
