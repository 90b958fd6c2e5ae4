"""Encrypt caregivers' contact details at rest (Fernet: AES-128-CBC + HMAC, from `cryptography`).

The key comes from APP_ENCRYPTION_KEY. Without one, a development key is made on first run in
var/dev-encryption.key (never committed); production must set the variable, and with APP_ENV=production nothing
starts without it. Several comma-separated keys
allow rotation: the first encrypts, all decrypt.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Optional

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from bot.settings import ROOT, Settings

logger = logging.getLogger(__name__)
DEV_KEY_FILE = ROOT / "var" / "dev-encryption.key"


class FieldCipher:
    def __init__(self, keys: str):
        self._fernet = MultiFernet([Fernet(k.strip().encode()) for k in keys.split(",") if k.strip()])

    def encrypt(self, value: Optional[str]) -> Optional[str]:
        return None if value is None else self._fernet.encrypt(value.encode("utf-8")).decode("ascii")

    def decrypt(self, token: Optional[str]) -> Optional[str]:
        if token is None:
            return None
        try:
            return self._fernet.decrypt(token.encode("ascii")).decode("utf-8")
        except InvalidToken:
            logger.error("a stored field could not be decrypted with the configured keys")
            raise


def _development_key(path: Path) -> str:
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        # Create with owner-only permissions before writing the key into it.
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as handle:
            handle.write(Fernet.generate_key().decode("ascii"))
        logger.warning("APP_ENCRYPTION_KEY is not set: created a development key in %s", path)
    return path.read_text().strip()


def load_cipher(settings: Settings) -> FieldCipher:
    if not settings.encryption_key and settings.environment == "production":
        # A key made on the machine itself is lost with the machine, and with it every stored contact detail.
        raise RuntimeError("APP_ENCRYPTION_KEY is not set, and APP_ENV=production needs it: make one with "
                           "python -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())'"
                           " and keep it in the clinic's secret store")
    return FieldCipher(settings.encryption_key or _development_key(DEV_KEY_FILE))
