"""Password hashing with Argon2id (argon2-cffi's defaults, which follow RFC 9106's recommendations)."""
from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

MIN_LENGTH = 12   # ASVS 2.1.1
MAX_LENGTH = 128  # ASVS 2.1.2: long passphrases are allowed, but not unbounded input to the hasher

_hasher = PasswordHasher()  # type Argon2id by default
# A hash of a random password, verified against when the username does not exist, so that a wrong username
# takes as long as a wrong password and sign-in timing does not reveal which accounts exist.
_DUMMY_HASH = _hasher.hash("not-a-real-password-only-for-timing")


class WeakPassword(ValueError):
    """A password the console refuses to set."""


def check_strength(password: str, username: str) -> None:
    if len(password) < MIN_LENGTH:
        raise WeakPassword(f"a password needs at least {MIN_LENGTH} characters")
    if len(password) > MAX_LENGTH:
        raise WeakPassword(f"a password may have at most {MAX_LENGTH} characters")
    if username.lower() in password.lower():
        raise WeakPassword("a password must not contain the username")
    if len(set(password)) < 5:
        raise WeakPassword("a password needs more different characters")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(encoded: str | None, password: str) -> bool:
    """True when `password` matches; with no stored hash, still spends the same time and returns False."""
    try:
        return _hasher.verify(encoded or _DUMMY_HASH, password[:MAX_LENGTH]) and encoded is not None
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(encoded: str) -> bool:
    return _hasher.check_needs_rehash(encoded)
