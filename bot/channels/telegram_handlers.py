"""What the Telegram bot does with each kind of update: commands, text, button presses, everything else.

Every caregiver message goes through `ConversationService.handle` (crisis guard, handoff hold, Rasa, fallback
when Rasa is down), as on every other channel; the conversation id is `telegram-<chat id>`. Only private chats
are served: a caregiver's questions do not belong in a group, and a group is where bots could talk to bots.
"""
from __future__ import annotations

import contextlib
import logging
from typing import List, Optional

from starlette.concurrency import run_in_threadpool
from telegram import BotCommand, InlineKeyboardMarkup, Update
from telegram.error import TelegramError
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes, MessageHandler, filters

from bot.channels.telegram_send import TelegramReplies, typing
from bot.content import Content, menu_topics
from bot.conversation import ConversationService
from bot.conversation_ids import TELEGRAM_CHANNEL, TELEGRAM_PREFIX
from bot.handoff import HandoffService
from bot.safety.detector import get_detector

logger = logging.getLogger(__name__)
COMMANDS = ("start", "help", "restart", "human")
RESTART_PAYLOAD = "/restart"        # Rasa's built-in intent: resets the tracker
HUMAN_PAYLOAD = "/request_human"    # what "I want to talk to a person" is classified as (data/nlu/chitchat.yml)
HUMAN_BUTTON = {"title": "Talk to a person", "payload": HUMAN_PAYLOAD}  # as in Rasa's utter_greet and utter_help


def conversation_id(chat_id: int) -> str:
    return f"{TELEGRAM_PREFIX}{chat_id}"


def chat_id_of(conversation: str) -> Optional[int]:
    """The chat of a `telegram-<chat id>` conversation; None for other channels' conversations."""
    if not conversation.startswith(TELEGRAM_PREFIX):
        return None
    try:
        return int(conversation[len(TELEGRAM_PREFIX):])
    except ValueError:
        return None


def _pressed_title(markup: Optional[InlineKeyboardMarkup], data: str) -> Optional[str]:
    for row in markup.inline_keyboard if markup else ():
        for button in row:
            if button.callback_data == data:
                return button.text
    return None


class TelegramHandlers:
    def __init__(self, conversations: ConversationService, handoffs: HandoffService, content: Content,
                 replies: TelegramReplies):
        self._conversations = conversations
        self._handoffs = handoffs
        self._content = content
        self._replies = replies
        self._menu = [{"title": t.title, "payload": t.payload} for t in menu_topics(content)] + [HUMAN_BUTTON]

    def _text(self, key: str) -> str:
        return str(self._content.conversation[key]).strip()

    def register(self, application: Application) -> None:
        private = filters.ChatType.PRIVATE
        application.add_handler(CommandHandler("start", self.start, filters=private))
        application.add_handler(CommandHandler("help", self.help, filters=private))
        application.add_handler(CommandHandler("restart", self.restart, filters=private))
        application.add_handler(CommandHandler("human", self.human, filters=private))
        new_message = private & filters.UpdateType.MESSAGE
        application.add_handler(MessageHandler(new_message & filters.COMMAND, self.help))  # unknown command
        application.add_handler(MessageHandler(new_message & filters.TEXT, self.text))
        application.add_handler(MessageHandler(new_message & ~filters.StatusUpdate.ALL, self.not_text))
        application.add_handler(MessageHandler(private & filters.UpdateType.EDITED_MESSAGE, self.edited))
        application.add_handler(CallbackQueryHandler(self.button))
        application.add_error_handler(self.error)

    def commands(self) -> List[BotCommand]:
        """The menu beside the message box; descriptions from content (conversation.yml telegram_commands)."""
        described = self._content.conversation.get("telegram_commands") or {}
        return [BotCommand(name, str(described.get(name, name))) for name in COMMANDS]

    # ------------------------------------------------------------------ answering
    async def _answer(self, update: Update, context: ContextTypes.DEFAULT_TYPE, text: str,
                      before: Optional[List[dict]] = None) -> None:
        """Pass the caregiver's words through the conversation service and send what comes back."""
        chat_id = update.effective_chat.id  # type: ignore[union-attr]
        replies = await self._ask(context, chat_id, text)
        await self._replies.send(context.bot, chat_id, (before or []) + replies)

    async def _ask(self, context: ContextTypes.DEFAULT_TYPE, chat_id: int, text: str) -> List[dict]:
        async with typing(context.bot, chat_id):
            try:
                return await self._conversations.handle(conversation_id(chat_id), text, channel=TELEGRAM_CHANNEL)
            except Exception:  # noqa: BLE001 - the caregiver gets an answer whatever broke
                logger.exception("telegram: handling a message failed")
                return [self._conversations.unavailable_reply()]

    async def _say(self, update: Update, context: ContextTypes.DEFAULT_TYPE, replies: List[dict]) -> None:
        await self._replies.send(context.bot, update.effective_chat.id, replies)  # type: ignore[union-attr]

    async def _held_notice(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
        """While staff hold the conversation a command must not pretend the bot is listening: say so."""
        held = await run_in_threadpool(self._handoffs.held, conversation_id(update.effective_chat.id))  # type: ignore[union-attr]
        if held is None:
            return False
        await self._say(update, context, [{"text": str(self._content.handoff["already_waiting"]).strip()}])
        return True

    def welcome(self) -> List[dict]:
        """What the bot is and is not, the crisis numbers and the topics: Rasa's utter_greet (a test holds them
        equal), built here from content so /start works even while Rasa is down."""
        return [{"text": self._text("greet"), "buttons": list(self._menu)}]

    def menu(self) -> List[dict]:
        """Rasa's utter_help, from content."""
        return [{"text": self._text("help"), "buttons": list(self._menu)}]

    # ------------------------------------------------------------------ handlers
    async def start(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self._say(update, context, self.welcome())

    async def help(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self._say(update, context, self.menu())

    async def restart(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if await self._held_notice(update, context):
            return
        replies = await self._ask(context, update.effective_chat.id, RESTART_PAYLOAD)  # type: ignore[union-attr]
        if replies == [self._conversations.unavailable_reply()]:
            await self._say(update, context, replies)  # Rasa is down: nothing was reset, and it says so
            return
        await self._say(update, context, [{"text": self._text("telegram_restarted"), "buttons": self._menu}] + replies)

    async def human(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if await self._held_notice(update, context):
            return
        await self._answer(update, context, HUMAN_PAYLOAD)

    async def text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        # A leading "/" would make Rasa read the words as an intent payload: typed text is only ever text.
        words = (update.message.text or "").lstrip("/ ")  # type: ignore[union-attr]
        if words:
            await self._answer(update, context, words)

    async def button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        if query is None or update.effective_chat is None or update.effective_chat.type != "private":
            return
        with contextlib.suppress(TelegramError):  # stops the spinner; an old query may refuse, the press still counts
            await query.answer()
        payload = self._replies.callbacks.decode(query.data or "")
        if payload is None:
            # A long payload's key from before a restart: the button's own words are the next best thing.
            message = query.message
            markup = message.reply_markup if message is not None and hasattr(message, "reply_markup") else None
            payload = _pressed_title(markup, query.data or "")
        if payload:
            await self._answer(update, context, payload)

    async def not_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Photos, stickers, voice and the like: say kindly that only text is read; a caption is text."""
        notice = [{"text": self._text("telegram_text_only")}]
        caption = (update.message.caption or "").strip() if update.message else ""  # type: ignore[union-attr]
        if caption:
            await self._answer(update, context, caption, before=notice)
        else:
            await self._say(update, context, notice)

    async def edited(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """An edit is not a new turn (Rasa would take it as the answer to its next question), but its words
        still pass the crisis detector: when the edit says something worrying, it is answered in full."""
        edited = update.edited_message
        words = ((edited.text or edited.caption or "") if edited else "").lstrip("/ ")
        if words and (await run_in_threadpool(get_detector().detect, words)).kind != "none":
            await self._answer(update, context, words)
            return
        await self._say(update, context, [{"text": self._text("telegram_edited")}])

    async def error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        # The error's type and traceback, never the update: it holds what the caregiver wrote.
        logger.error("telegram: an update failed: %s", type(context.error).__name__, exc_info=context.error)
