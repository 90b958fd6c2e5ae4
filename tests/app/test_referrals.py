"""Referral storage on a real (SQLite) database migrated by Alembic: encryption at rest and the purge."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from cryptography.fernet import Fernet

from bot import crypto
from bot.crypto import FieldCipher
from bot.db.models import Referral
from bot.db.session import make_engine, make_sessionmaker
from bot.db.migrate import upgrade
from bot.referrals import ReferralRequest, purge_resolved, store_referral


@pytest.fixture
def db(tmp_path):  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'app.db'}"
    upgrade(url)
    return url, make_sessionmaker(make_engine(url))


REQUEST = ReferralRequest(conversation_id="c1", channel="telegram", caregiver_name="Ana Lopez", contact_method="phone",
                          contact_value="(212) 555-0199", best_time="mornings", child_age_months=30, age_note=None,
                          reason="bad nightmares", preferred_language="Spanish")


def test_contact_details_are_encrypted_at_rest(db) -> None:  # type: ignore[no-untyped-def]
    url, sessions = db
    cipher = FieldCipher(Fernet.generate_key().decode())
    store_referral(sessions, cipher, REQUEST)
    raw = sqlite3.connect(url[len("sqlite:///"):]).execute(
        "select caregiver_name_enc, contact_value_enc, reason_enc, status from referrals").fetchone()
    # Each value has a space or a bracket, which Fernet's URL-safe base64 never holds: a match is a real leak.
    assert not any(secret in "".join(raw[:3]) for secret in ("Ana Lopez", "(212) 555-0199", "bad nightmares"))
    assert [cipher.decrypt(v) for v in raw[:3]] == ["Ana Lopez", "(212) 555-0199", "bad nightmares"] and raw[3] == "new"


def test_key_rotation_old_tokens_still_decrypt() -> None:
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    token = FieldCipher(old).encrypt("Ana")
    assert FieldCipher(f"{new},{old}").decrypt(token) == "Ana"


def test_development_key_is_created_once_with_owner_only_permissions(tmp_path, monkeypatch) -> None:
    path = tmp_path / "var" / "dev.key"
    first = crypto._development_key(path)
    assert crypto._development_key(path) == first
    assert oct(path.stat().st_mode & 0o777) == "0o600"


def test_purge_deletes_only_referrals_resolved_longer_ago_than_retention(db) -> None:  # type: ignore[no-untyped-def]
    _, sessions = db
    cipher = FieldCipher(Fernet.generate_key().decode())
    now = dt.datetime(2026, 11, 21, tzinfo=dt.timezone.utc)
    ids = [store_referral(sessions, cipher, REQUEST).id for _ in range(3)]
    with sessions() as session, session.begin():
        old, recent, open_one = (session.get(Referral, i) for i in ids)
        old.status, old.resolved_at = "resolved", now - dt.timedelta(days=100)
        recent.status, recent.resolved_at = "resolved", now - dt.timedelta(days=10)
    assert purge_resolved(sessions, retention_days=90, now=now) == 1
    with sessions() as session:
        assert {r.id for r in session.query(Referral)} == {ids[1], ids[2]}


def test_idle_conversations_without_an_open_case_leave_the_tracker_store(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Rasa's tracker store kept every conversation in plain text for good, a phone number typed into the referral
    form included. Idle longer than the retention period and with no open case, a conversation goes whole."""
    from bot.conversation_retention import purge_idle_conversations
    from bot.db.models import Escalation, Handoff
    from bot.db.tracker_events import tracker_engine

    _, sessions = db
    now = dt.datetime(2026, 11, 21, tzinfo=dt.timezone.utc)
    old, recent = (now - dt.timedelta(days=120)).timestamp(), (now - dt.timedelta(days=5)).timestamp()
    path = tmp_path / "tracker.db"
    with sqlite3.connect(path) as tracker_db:   # the columns of Rasa's SQLTrackerStore table that matter here
        tracker_db.execute("create table events (id integer primary key, sender_id varchar(255), type_name "
                           "varchar(255), timestamp float, intent_name varchar(255), action_name varchar(255), "
                           "data text)")
        rows = [("idle", old), ("idle", old + 60), ("came_back", old), ("came_back", recent),
                ("open_escalation", old), ("open_handoff", old), ("resolved_escalation", old)]
        tracker_db.executemany("insert into events (sender_id, type_name, timestamp, data) values (?, 'user', ?, "
                               "'{\"text\": \"my number is (212) 555-0199\"}')", rows)
    with sessions() as session, session.begin():
        for conversation, status in (("open_escalation", "in_progress"), ("resolved_escalation", "resolved")):
            session.add(Escalation(conversation_id=conversation, channel="rest", category="domestic_violence",
                                   severity="urgent", lang="en", detected_by="rules", message_enc="x", status=status))
        session.add(Handoff(conversation_id="open_handoff", channel="rest", status="active"))
    engine = tracker_engine(f"sqlite:///{path}")
    assert purge_idle_conversations(engine, sessions, retention_days=90, now=now) == 2
    with sqlite3.connect(path) as tracker_db:
        left = sorted({row[0] for row in tracker_db.execute("select sender_id from events")})
    assert left == ["came_back", "open_escalation", "open_handoff"]
    assert purge_idle_conversations(engine, sessions, retention_days=90, now=now) == 0


def test_the_purge_is_a_no_op_before_rasa_has_made_its_table(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from bot.conversation_retention import purge_idle_conversations
    from bot.db.tracker_events import tracker_engine

    _, sessions = db
    assert purge_idle_conversations(tracker_engine(f"sqlite:///{tmp_path / 'none.db'}"), sessions, 90) == 0


def test_the_purge_refuses_a_retention_under_a_day(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from bot.conversation_retention import purge_idle_conversations
    from bot.db.tracker_events import tracker_engine

    _, sessions = db
    with pytest.raises(ValueError, match="at least 1 day"):
        purge_idle_conversations(tracker_engine(f"sqlite:///{tmp_path / 't.db'}"), sessions, 0)


def test_the_texts_of_handoffs_over_longer_than_retention_are_purged(db) -> None:  # type: ignore[no-untyped-def]
    """What caregiver and staff wrote during a handoff, and staff's replies in the outbox, were kept for good."""
    from bot.conversation_retention import purge_handoff_texts
    from bot.db.models import Handoff, HandoffMessage, OutboxMessage

    _, sessions = db
    now = dt.datetime(2026, 11, 21, tzinfo=dt.timezone.utc)
    old, recent = now - dt.timedelta(days=120), now - dt.timedelta(days=5)
    with sessions() as session, session.begin():
        handoffs = {name: Handoff(conversation_id=name, channel="rest", status=status, ended_at=ended, created_at=old)
                    for name, status, ended in (("over_long_ago", "ended", old), ("over_lately", "ended", recent),
                                                ("under_way", "active", None))}
        session.add_all(handoffs.values())
        session.flush()
        for name, handoff in handoffs.items():
            session.add(HandoffMessage(handoff_id=handoff.id, author="caregiver", text="my number is 212 555 0199",
                                       created_at=old))
            session.add(OutboxMessage(conversation_id=name, payload='{"text": "hi"}', created_at=old))
        session.add(OutboxMessage(conversation_id="over_long_ago", payload='{"text": "new"}', created_at=recent))
        ids = {name: handoff.id for name, handoff in handoffs.items()}
    assert purge_handoff_texts(sessions, retention_days=90, now=now) == (1, 2)
    with sessions() as session:
        assert sorted(m.handoff_id for m in session.query(HandoffMessage)) == sorted([ids["over_lately"],
                                                                                      ids["under_way"]])
        left = sorted((m.conversation_id, m.payload) for m in session.query(OutboxMessage))
        assert left == [("over_long_ago", '{"text": "new"}'), ("under_way", '{"text": "hi"}')]
        assert session.query(Handoff).count() == 3, "who held which conversation stays on record"
    assert purge_handoff_texts(sessions, retention_days=90, now=now) == (0, 0)
    with pytest.raises(ValueError, match="at least 1 day"):
        purge_handoff_texts(sessions, 0)


def test_an_open_case_keeps_its_handoff_texts_and_outbox_ids_are_never_handed_out_again(db) -> None:  # type: ignore[no-untyped-def]
    """Staff work from the transcript of an open escalation; and SQLite gives a new row the highest id + 1, so an
    emptied outbox would reuse ids and a poller waiting after an old id would miss the new reply."""
    from bot.conversation_retention import purge_handoff_texts
    from bot.db.models import Escalation, Handoff, HandoffMessage, OutboxMessage

    _, sessions = db
    now = dt.datetime(2026, 11, 21, tzinfo=dt.timezone.utc)
    old = now - dt.timedelta(days=120)
    with sessions() as session, session.begin():
        for name in ("open_escalation", "no_case"):
            handoff = Handoff(conversation_id=name, channel="rest", status="ended", ended_at=old, created_at=old)
            session.add(handoff)
            session.flush()
            session.add(HandoffMessage(handoff_id=handoff.id, author="caregiver", text="words", created_at=old))
            session.add(OutboxMessage(conversation_id=name, payload='{"text": "hi"}', created_at=old))
        session.add(Escalation(conversation_id="open_escalation", channel="rest", category="domestic_violence",
                               severity="urgent", lang="en", detected_by="rules", message_enc="x", status="new"))
    assert purge_handoff_texts(sessions, retention_days=90, now=now) == (1, 0), "no_case's outbox row is the newest"
    with sessions() as session:
        newest = max(m.id for m in session.query(OutboxMessage))
        session.add(OutboxMessage(conversation_id="later", payload='{"text": "new"}', created_at=now))
        session.commit()
        assert max(m.id for m in session.query(OutboxMessage)) == newest + 1
        assert [m.text for m in session.query(HandoffMessage)] == ["words"], "the open escalation's transcript stays"
