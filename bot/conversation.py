"""What happens to one caregiver message in the gateway, whatever channel it came from.

Channels (REST API, web widget, Telegram) call `ConversationService.handle`; it returns the replies to show, in
Rasa's REST reply shape (`text`, `buttons`, `custom`), so every channel renders the same thing.
"""
from __future__ import annotations

import logging
from typing import List

from bot.content import Content
from bot.rasa_client import RasaClient, RasaUnavailable

logger = logging.getLogger(__name__)


class ConversationService:
    def __init__(self, rasa: RasaClient, content: Content):
        self._rasa = rasa
        self._content = content

    def unavailable_reply(self) -> dict:
        return {"text": str(self._content.conversation["unavailable"]).strip()}

    async def handle(self, sender: str, text: str) -> List[dict]:
        """Forward the message to Rasa; if Rasa cannot answer, say so kindly instead of failing."""
        try:
            return await self._rasa.send(sender, text)
        except RasaUnavailable:
            return [self.unavailable_reply()]
