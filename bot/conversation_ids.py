"""Conversation ids carry the channel they belong to as a prefix (`telegram-<chat id>`, `web-<token>`); ids without
one are made up by callers of the JSON API. One place for the prefixes and the channel names the records use: the
channels make the ids, the JSON API refuses them, and the actions read a referral's or handoff's channel from them."""
from __future__ import annotations

from typing import Optional

TELEGRAM_PREFIX = "telegram-"
WEB_PREFIX = "web-"
TELEGRAM_CHANNEL = "telegram"
WEB_CHANNEL = "web"
CHANNEL_BY_PREFIX = {TELEGRAM_PREFIX: TELEGRAM_CHANNEL, WEB_PREFIX: WEB_CHANNEL}


def channel_of_conversation(conversation_id: str) -> Optional[str]:
    """The channel whose id this is, or None for an id of the JSON API's callers."""
    for prefix, channel in CHANNEL_BY_PREFIX.items():
        if conversation_id.startswith(prefix):
            return channel
    return None
