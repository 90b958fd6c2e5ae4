"""Store a caregiver's referral request (contact details encrypted) and purge resolved ones after retention.

    python -m bot.referrals purge     # delete referrals resolved more than RETENTION_DAYS ago, conversations
                                      # idle that long with no open case, and the texts of handoffs over that
                                      # long (bot/conversation_retention.py)
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from dataclasses import dataclass
from typing import Optional

from sqlalchemy import delete
from sqlalchemy.orm import sessionmaker

from bot.crypto import FieldCipher
from bot.db.migrate import upgrade
from bot.db.models import Referral, utcnow
from bot.conversation_retention import MIN_RETENTION_DAYS, purge_handoff_texts, purge_idle_conversations
from bot.db.session import make_engine, make_sessionmaker
from bot.db.tracker_events import tracker_engine
from bot.settings import load_settings


@dataclass(frozen=True)
class ReferralRequest:
    conversation_id: str
    channel: str
    caregiver_name: str
    contact_method: str
    contact_value: Optional[str]
    best_time: str
    child_age_months: Optional[int]
    age_note: Optional[str]
    reason: Optional[str]
    preferred_language: str


def store_referral(sessions: sessionmaker, cipher: FieldCipher, request: ReferralRequest) -> Referral:
    """Save the request with status `new`; name, contact and reason are encrypted before they are written."""
    referral = Referral(
        conversation_id=request.conversation_id, channel=request.channel,
        caregiver_name_enc=cipher.encrypt(request.caregiver_name), contact_method=request.contact_method,
        contact_value_enc=cipher.encrypt(request.contact_value), best_time=request.best_time,
        child_age_months=request.child_age_months, age_note=request.age_note,
        reason_enc=cipher.encrypt(request.reason), preferred_language=request.preferred_language, status="new",
    )
    with sessions() as session, session.begin():
        session.add(referral)
    return referral


def purge_resolved(sessions: sessionmaker, retention_days: int, now: Optional[dt.datetime] = None) -> int:
    """Delete referrals (and so their contact details) resolved more than `retention_days` ago."""
    cutoff = (now or utcnow()) - dt.timedelta(days=retention_days)
    with sessions() as session, session.begin():
        result = session.execute(delete(Referral).where(Referral.status == "resolved",
                                                        Referral.resolved_at < cutoff))
    return result.rowcount or 0


def main() -> int:
    parser = argparse.ArgumentParser(description="Referral housekeeping")
    parser.add_argument("command", choices=["purge"])
    parser.add_argument("--retention-days", type=int, help="override RETENTION_DAYS (at least 1)")
    args = parser.parse_args()
    settings = load_settings()
    upgrade(settings.app_database_url)
    sessions = make_sessionmaker(make_engine(settings.app_database_url))
    days = args.retention_days if args.retention_days is not None else settings.retention_days
    if days < MIN_RETENTION_DAYS:
        parser.error(f"retention must be at least {MIN_RETENTION_DAYS} day(s), not {days}")
    removed = purge_resolved(sessions, days)
    print(f"purged {removed} referral(s) resolved more than {days} days ago")
    tracker = tracker_engine(settings.tracker_database_url)
    conversations = purge_idle_conversations(tracker, sessions, days)
    print(f"purged {conversations} conversation(s) idle more than {days} days with no open case")
    messages, outbox = purge_handoff_texts(sessions, days)
    print(f"purged {messages} handoff message(s) and {outbox} outbox reply(ies) from handoffs over more than "
          f"{days} days ago")
    return 0


if __name__ == "__main__":
    sys.exit(main())
