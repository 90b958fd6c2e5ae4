"""Texts the actions say, from content/ (the single source), with configuration filled in."""
from __future__ import annotations

from typing import List, Mapping

from bot.content import cached_content, fill_placeholders
from bot.settings import load_settings


def fill(text: str, **values: object) -> str:
    """Fill a content text, with the deployment's settings as defaults for its placeholders."""
    settings = load_settings()
    defaults = {"clinic_phone": settings.clinic_phone, "business_days": settings.referral_business_days,
                "wait_minutes": settings.handoff_wait_minutes, "staff_hours": settings.staff_hours}
    return fill_placeholders(text, **{**defaults, **values})


def referral_text(key: str, **values: object) -> str:
    return fill(str(cached_content().referral[key]), **values)


def referral_buttons(key: str) -> List[Mapping[str, str]]:
    return list(cached_content().referral[key])


def handoff_text(key: str, **values: object) -> str:
    return fill(str(cached_content().handoff[key]), **values)
