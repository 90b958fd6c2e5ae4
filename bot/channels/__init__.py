"""Caregiver channels beyond the JSON API: the web chat widget (websocket) and the Telegram bridge.

Each channel is a thin adapter over `ConversationService.handle` (same crisis guard, handoff and Rasa path) and
delivers the handoff outbox (staff replies) itself. Conversation ids carry the channel as a prefix
(`web-...`, `telegram-<chat id>`), so the staff console can tell where a conversation lives.
"""
from __future__ import annotations

import contextlib
from typing import AsyncIterator, List

from starlette.applications import Starlette
from starlette.routing import BaseRoute

from bot.channels import telegram, webchat


def channel_routes() -> List[BaseRoute]:
    """Routes the channels add to the gateway (widget script, demo page, websocket, Telegram webhook)."""
    return [*webchat.routes(), *telegram.routes()]


@contextlib.asynccontextmanager
async def running_channels(app: Starlette) -> AsyncIterator[None]:
    """Start the channels that need a background task (Telegram polling, outbox delivery); stop them on exit."""
    async with telegram.running(app):
        yield
