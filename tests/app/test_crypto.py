"""The encryption key: a development key on a developer's machine, a refusal to start in production without one."""
from __future__ import annotations

import dataclasses

import pytest
from cryptography.fernet import Fernet

from bot.crypto import load_cipher
from bot.settings import load_settings


def test_production_refuses_to_run_without_a_key() -> None:
    settings = dataclasses.replace(load_settings(), environment="production", encryption_key="")
    with pytest.raises(RuntimeError, match="APP_ENCRYPTION_KEY"):
        load_cipher(settings)


def test_production_with_a_key_encrypts_with_it() -> None:
    key = Fernet.generate_key().decode()
    cipher = load_cipher(dataclasses.replace(load_settings(), environment="production", encryption_key=key))
    token = cipher.encrypt("(212) 555-0199")
    assert Fernet(key.encode()).decrypt(token.encode()).decode() == "(212) 555-0199"


def test_only_production_is_strict(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("APP_ENV", "staging")  # what platforms often set: it must not stop every process
    assert load_settings().environment == "development"
    monkeypatch.setenv("APP_ENV", "Production")
    assert load_settings().environment == "production"
