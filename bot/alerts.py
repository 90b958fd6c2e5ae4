"""Tell staff about new work: the console queue is the database itself; a webhook is optional.

A webhook alert carries only what staff need to open the console (kind, id, category, channel, time), never
the caregiver's words or contact details: those stay in the database, behind the console's sign-in.
"""
from __future__ import annotations

import logging
from typing import Optional

import httpx
from tenacity import AsyncRetrying, retry_if_exception_type, stop_after_attempt, wait_exponential

from bot.db.models import Escalation, Handoff, Referral

logger = logging.getLogger(__name__)


def escalation_alert(escalation: Escalation) -> dict:
    return {"type": "escalation", "id": escalation.id, "category": escalation.category,
            "severity": escalation.severity, "channel": escalation.channel,
            "created_at": escalation.created_at.isoformat()}


def referral_alert(referral: Referral) -> dict:
    return {"type": "referral", "id": referral.id, "channel": referral.channel,
            "created_at": referral.created_at.isoformat()}


def handoff_alert(handoff: Handoff) -> dict:
    return {"type": "handoff", "id": handoff.id, "channel": handoff.channel,
            "created_at": handoff.created_at.isoformat()}


class StaffAlerter:
    def __init__(self, webhook_url: str, http: Optional[httpx.AsyncClient] = None, attempts: int = 4):
        self._url = webhook_url
        self._http = http
        self._attempts = attempts

    @property
    def enabled(self) -> bool:
        return bool(self._url) and self._http is not None

    async def send(self, body: dict) -> bool:
        """POST one alert, retrying with back-off; True when it was delivered. Never raises."""
        if not self.enabled:
            return False
        try:
            async for attempt in AsyncRetrying(stop=stop_after_attempt(self._attempts),
                                               wait=wait_exponential(multiplier=0.5, max=8),
                                               retry=retry_if_exception_type(httpx.HTTPError), reraise=True):
                with attempt:
                    response = await self._http.post(self._url, json=body, timeout=5)
                    response.raise_for_status()
            return True
        except httpx.HTTPError as error:
            logger.error("staff alert webhook failed for %s %s: %s", body["type"], body["id"], type(error).__name__)
            return False

    async def notify(self, escalation: Escalation) -> bool:
        return await self.send(escalation_alert(escalation))

    async def notify_referral(self, referral: Referral) -> bool:
        return await self.send(referral_alert(referral))

    async def notify_handoff(self, handoff: Handoff) -> bool:
        return await self.send(handoff_alert(handoff))
