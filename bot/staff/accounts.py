"""Staff accounts: create, authenticate, change. There is no default account; the first admin comes from the CLI."""
from __future__ import annotations

import re
from typing import List, Optional

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from bot.db.models import StaffUser, utcnow
from bot.staff.passwords import check_strength, hash_password, needs_rehash, verify_password

ROLES = ("staff", "admin")
USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")


class AccountError(ValueError):
    """A request about accounts that cannot be carried out (the message says why, for the person asking)."""


def normalise_username(username: str) -> str:
    return username.strip().lower()


class Accounts:
    def __init__(self, sessions: sessionmaker):
        self._sessions = sessions

    def create(self, username: str, display_name: str, password: str, role: str) -> StaffUser:
        username = normalise_username(username)
        if not USERNAME.match(username):
            raise AccountError("a username is 2-64 characters: letters, digits, dot, dash, underscore")
        if role not in ROLES:
            raise AccountError(f"role must be one of {', '.join(ROLES)}")
        display_name = display_name.strip()[:80] or username
        check_strength(password, username)
        with self._sessions() as session, session.begin():
            if session.scalars(select(StaffUser).where(StaffUser.username == username)).first():
                raise AccountError(f"the username {username} is taken")
            user = StaffUser(username=username, display_name=display_name, password_hash=hash_password(password),
                             role=role, active=True, created_at=utcnow())
            session.add(user)
        return user

    def authenticate(self, username: str, password: str) -> Optional[StaffUser]:
        """The active account these credentials belong to, or None. Rehashes when the hash parameters changed."""
        username = normalise_username(username)
        with self._sessions() as session, session.begin():
            user = session.scalars(select(StaffUser).where(StaffUser.username == username)).first()
            if not verify_password(user.password_hash if user else None, password):
                return None
            if user is None or not user.active:
                return None
            if needs_rehash(user.password_hash):
                user.password_hash = hash_password(password)
            user.last_login_at = utcnow()
        return user

    def get(self, user_id: int) -> Optional[StaffUser]:
        with self._sessions() as session:
            return session.get(StaffUser, user_id)

    def by_username(self, username: str) -> Optional[StaffUser]:
        with self._sessions() as session:
            return session.scalars(select(StaffUser).where(StaffUser.username == normalise_username(username))).first()

    def all(self) -> List[StaffUser]:
        with self._sessions() as session:
            return list(session.scalars(select(StaffUser).order_by(StaffUser.username)))

    def set_password(self, username: str, password: str) -> None:
        username = normalise_username(username)
        check_strength(password, username)
        with self._sessions() as session, session.begin():
            self._require(session, username).password_hash = hash_password(password)

    def set_active(self, username: str, active: bool) -> None:
        with self._sessions() as session, session.begin():
            self._require(session, normalise_username(username)).active = active

    def set_role(self, username: str, role: str) -> None:
        if role not in ROLES:
            raise AccountError(f"role must be one of {', '.join(ROLES)}")
        with self._sessions() as session, session.begin():
            self._require(session, normalise_username(username)).role = role

    @staticmethod
    def _require(session, username: str) -> StaffUser:  # type: ignore[no-untyped-def]
        user = session.scalars(select(StaffUser).where(StaffUser.username == username)).first()
        if user is None:
            raise AccountError(f"no account named {username}")
        return user
