"""Tables of the app database. Change them only together with a new Alembic migration."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, DateTime, Integer, String, Text
from sqlalchemy.orm import declarative_base

Base = declarative_base()


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class Escalation(Base):
    """One crisis message that staff must see. Append-only for the caregiver side: never cancelled by them."""

    __tablename__ = "escalations"

    id = Column(Integer, primary_key=True)
    conversation_id = Column(String(128), nullable=False, index=True)
    channel = Column(String(32), nullable=False)
    category = Column(String(40), nullable=False)
    severity = Column(String(16), nullable=False)        # "imminent" | "urgent"
    lang = Column(String(8), nullable=False, default="en")
    detected_by = Column(String(16), nullable=False)     # "rules" | "nlu" | "check_in"
    message_enc = Column(Text, nullable=False)           # what the caregiver wrote (encrypted); staff need it
    status = Column(String(16), nullable=False, default="new", index=True)  # new -> in_progress -> resolved
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow, index=True)


class PendingCheckIn(Base):
    """A check-in question the bot asked after hyperbole; the caregiver's next message answers it."""

    __tablename__ = "pending_check_ins"

    conversation_id = Column(String(128), primary_key=True)
    category = Column(String(40), nullable=False)
    asked_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class Referral(Base):
    """A caregiver's request to be contacted about CPP. Contact details are encrypted (bot/crypto.py)."""

    __tablename__ = "referrals"

    id = Column(Integer, primary_key=True)
    conversation_id = Column(String(128), nullable=False, index=True)
    channel = Column(String(32), nullable=False)
    caregiver_name_enc = Column(Text, nullable=False)
    contact_method = Column(String(16), nullable=False)   # phone | text | email | telegram
    contact_value_enc = Column(Text, nullable=True)       # empty for "this Telegram chat"
    best_time = Column(String(100), nullable=False)
    child_age_months = Column(Integer, nullable=True)
    age_note = Column(String(200), nullable=True)         # set when the child is older than CPP's range
    reason_enc = Column(Text, nullable=True)              # optional, short
    preferred_language = Column(String(40), nullable=False)
    status = Column(String(16), nullable=False, default="new", index=True)  # new -> in_progress -> resolved
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow, index=True)
    resolved_at = Column(DateTime(timezone=True), nullable=True)


class Handoff(Base):
    """A conversation held for staff: `waiting` for a person, `active` while one holds it, `ended` after."""

    __tablename__ = "handoffs"

    id = Column(Integer, primary_key=True)
    conversation_id = Column(String(128), nullable=False, index=True)
    channel = Column(String(32), nullable=False)
    status = Column(String(16), nullable=False, default="waiting", index=True)
    staff_name = Column(String(80), nullable=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    ended_at = Column(DateTime(timezone=True), nullable=True)


class HandoffMessage(Base):
    """What the caregiver and staff wrote while staff held the conversation (the bot did not see it)."""

    __tablename__ = "handoff_messages"

    id = Column(Integer, primary_key=True)
    handoff_id = Column(Integer, nullable=False, index=True)
    author = Column(String(16), nullable=False)           # caregiver | staff
    text = Column(Text, nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class OutboxMessage(Base):
    """A reply for a caregiver that did not come as the answer to their own message (staff, hand-back).

    Channels deliver it: the REST API by polling, the widget and Telegram by pushing (see bot/handoff.py).
    """

    __tablename__ = "outbox"

    id = Column(Integer, primary_key=True)
    conversation_id = Column(String(128), nullable=False, index=True)
    payload = Column(Text, nullable=False)                # JSON, in the REST reply shape
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    # Set by a channel that pushes (Telegram) once the caregiver has it: delivered exactly once (0004).
    delivered_at = Column(DateTime(timezone=True), nullable=True, index=True)
    delivery_attempts = Column(Integer, nullable=False, default=0, server_default="0")  # failed pushes so far
