"""Send a turn's replies to one Telegram chat, and show "typing..." while the caregiver waits for them."""
from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import AsyncIterator, List, Mapping, Sequence

from telegram import Bot, LinkPreviewOptions
from telegram.constants import ChatAction
from telegram.error import TelegramError

from bot.channels.telegram_callbacks import CallbackPayloads
from bot.channels.telegram_format import OutgoingMessage, render_replies
from bot.content import Content

logger = logging.getLogger(__name__)
TYPING_REFRESH_SECONDS = 4.0  # Telegram shows a chat action for about 5 s


class TelegramReplies:
    """Renders replies (bot/channels/telegram_format.py) and sends them, one message after the other."""

    def __init__(self, content: Content, callbacks: CallbackPayloads):
        self.callbacks = callbacks
        self._staff_label = str(content.conversation.get("telegram_staff_label") or "")

    def render(self, replies: Sequence[Mapping[str, object]]) -> List[OutgoingMessage]:
        return render_replies(replies, self.callbacks, self._staff_label)

    async def send(self, bot: Bot, chat_id: int, replies: Sequence[Mapping[str, object]]) -> None:
        """Each message waits for the one before it (retries included), so the caregiver reads them in order."""
        for message in self.render(replies):
            # No link previews: a big card for a crisis line's website would push the answer off the screen.
            await bot.send_message(chat_id, message.text, reply_markup=message.reply_markup,
                                   link_preview_options=LinkPreviewOptions(is_disabled=True))


async def _send_typing(bot: Bot, chat_id: int) -> None:
    with contextlib.suppress(TelegramError):  # best effort: a missing "typing..." must not cost an answer
        await bot.send_chat_action(chat_id, ChatAction.TYPING)


@contextlib.asynccontextmanager
async def typing(bot: Bot, chat_id: int) -> AsyncIterator[None]:
    """Show "typing..." now and keep it up until the block ends (Rasa can take seconds, or time out).

    The first chat action is awaited before the block starts, so it cannot arrive after the answer and leave
    "typing..." showing under a conversation that is finished.
    """
    await _send_typing(bot, chat_id)

    async def refresh() -> None:
        while True:
            await asyncio.sleep(TYPING_REFRESH_SECONDS)
            await _send_typing(bot, chat_id)

    task = asyncio.get_running_loop().create_task(refresh())
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
