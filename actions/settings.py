"""Settings the actions read from the environment (README § Settings lists them with their defaults)."""
from __future__ import annotations

import os

DEFAULT_CLINIC_PHONE = "(555) 010-0100"


def clinic_phone() -> str:
    """The clinic's public phone number; the default is a placeholder a clinic must replace."""
    return os.environ.get("CLINIC_PHONE", DEFAULT_CLINIC_PHONE)
