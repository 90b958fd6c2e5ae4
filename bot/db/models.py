"""Tables of the app database. Change them only together with a new Alembic migration."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Column, DateTime, Index, Integer, LargeBinary, String, Text
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
    detected_by = Column(String(16), nullable=False)     # "rules" | "model" | "nlu" | "check_in"
    message_enc = Column(Text, nullable=False)           # what the caregiver wrote (encrypted); staff need it
    status = Column(String(16), nullable=False, default="new", index=True)  # new -> in_progress -> resolved
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow, index=True)
    assigned_to = Column(String(64), nullable=True)       # staff username (0005)
    updated_at = Column(DateTime(timezone=True), nullable=True)


#: PendingCheckIn.question: a check-in after hyperbole (a yes escalates), or the "are you safe right now?" that ends
#: every crisis answer (a no, or not knowing, brings the answer again with 911 first).
CHECK_IN_QUESTION = "check_in"
SAFE_NOW_QUESTION = "safe_now"


class PendingCheckIn(Base):
    """A question the bot asked and the caregiver's next message answers (see ``question``)."""

    __tablename__ = "pending_check_ins"

    conversation_id = Column(String(128), primary_key=True)
    category = Column(String(40), nullable=False)
    question = Column(String(16), nullable=False, default=CHECK_IN_QUESTION, server_default=CHECK_IN_QUESTION)
    lang = Column(String(8), nullable=False, default="en", server_default="en")
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
    assigned_to = Column(String(64), nullable=True)       # staff username (0005)
    updated_at = Column(DateTime(timezone=True), nullable=True)


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
    assigned_to = Column(String(64), nullable=True)       # staff username (0005)
    updated_at = Column(DateTime(timezone=True), nullable=True)


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


class StaffUser(Base):
    """A staff console account, created from the command line (`python -m bot.staff`). No default account exists."""

    __tablename__ = "staff_users"

    id = Column(Integer, primary_key=True)
    username = Column(String(64), nullable=False, unique=True)
    display_name = Column(String(80), nullable=False)     # what a caregiver sees when this person joins
    password_hash = Column(String(255), nullable=False)   # Argon2id, argon2-cffi's encoded form
    role = Column(String(16), nullable=False)             # staff | admin
    active = Column(Boolean, nullable=False, default=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    last_login_at = Column(DateTime(timezone=True), nullable=True)


class StaffSession(Base):
    """Server-side session data (starsessions store); the browser holds only the random id."""

    __tablename__ = "staff_sessions"

    id = Column(String(64), primary_key=True)
    data = Column(LargeBinary, nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False, index=True)


class SignInThrottle(Base):
    """Failed sign-ins per key ("user:<name>", "ip:<address>"): back-off, then a lock-out."""

    __tablename__ = "sign_in_throttle"

    key = Column(String(200), primary_key=True)
    failures = Column(Integer, nullable=False)
    last_failure_at = Column(DateTime(timezone=True), nullable=False)
    locked_until = Column(DateTime(timezone=True), nullable=True)


class AuditEntry(Base):
    """Who did what, when. Append-only: the database refuses UPDATE and DELETE (migration 0005)."""

    __tablename__ = "audit_log"

    id = Column(Integer, primary_key=True)
    at = Column(DateTime(timezone=True), nullable=False, default=utcnow, index=True)
    actor = Column(String(64), nullable=False)
    action = Column(String(40), nullable=False, index=True)
    target = Column(String(200), nullable=True)           # e.g. "escalation:12", "conversation:web-abc"
    detail = Column(String(500), nullable=True)           # never caregiver text or contact details
    ip = Column(String(64), nullable=True)


class StaffNote(Base):
    """A staff note on a queue item; encrypted like other caregiver details."""

    __tablename__ = "staff_notes"
    __table_args__ = (Index("ix_staff_notes_item", "kind", "item_id"),)

    id = Column(Integer, primary_key=True)
    kind = Column(String(16), nullable=False)             # escalation | referral | handoff
    item_id = Column(Integer, nullable=False)
    author = Column(String(64), nullable=False)
    text_enc = Column(Text, nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
