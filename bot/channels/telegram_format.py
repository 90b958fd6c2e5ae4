"""Turn gateway replies (Rasa's REST shape: `text`, `buttons`, `custom`) into Telegram messages.

Pure functions, no network: what the caregiver sees on Telegram is decided here and unit-tested on its own.
- Buttons become an inline keyboard, one button a row (titles are short, thumbs are big); their payloads go
  through `CallbackPayloads` because Telegram caps callback data at 64 bytes.
- A crisis reply's custom payload (DESIGN.md § Contracts) is honoured: its `url` resources become URL buttons on
  the crisis message, and phone numbers are written the way Telegram recognises and makes tappable
  (`+1-800-422-4453`, the Bot API's own example of a phone_number entity). Telegram refuses `tel:` and `sms:`
  URLs in buttons, and does not link three-digit numbers (911, 988), so those stay in the words of the answer.
- Text longer than Telegram's 4096-character limit is split at paragraph, line, sentence or word boundaries.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import List, Mapping, Optional, Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.channels.telegram_callbacks import CallbackPayloads
from bot.content import fill_placeholders

MAX_MESSAGE_CHARS = 4096  # Telegram's limit, counted here in UTF-16 code units (an emoji counts twice), to be safe
MAX_BUTTON_TITLE = 64

# A North American number with an area code: "1-800-422-4453", "(555) 010-0100", "800.422.4453".
_NANP = re.compile(r"(?<![\d+\w])(?:\+?1[-. ]?)?\(?([2-9]\d{2})\)?[-. ]?(\d{3})[-. ](\d{4})(?![\d\w])")


def tappable_numbers(text: str) -> str:
    """Rewrite North American phone numbers as `+1-AAA-BBB-CCCC`, which Telegram turns into a tap-to-call link."""
    return _NANP.sub(lambda m: f"+1-{m.group(1)}-{m.group(2)}-{m.group(3)}", text)


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _cut_point(text: str, limit: int) -> int:
    """Where to cut `text` so the first piece has at most `limit` UTF-16 units, at the nicest boundary."""
    hard = limit
    while _utf16_len(text[:hard]) > limit:  # characters outside the BMP count twice
        hard -= 1
    window = text[:hard]
    for separator in ("\n\n", "\n", ". ", " "):
        at = window.rfind(separator)
        if at > hard // 2:  # never cut off a tiny first piece just to find a boundary
            return at + len(separator)
    return hard


def split_text(text: str, limit: int = MAX_MESSAGE_CHARS) -> List[str]:
    """Pieces of at most `limit` UTF-16 units, in order; nothing is lost but whitespace at the cuts."""
    pieces: List[str] = []
    rest = text.strip()
    while _utf16_len(rest) > limit:
        cut = _cut_point(rest, limit)
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        pieces.append(rest)
    return pieces


@dataclass
class OutgoingMessage:
    """One Telegram message to send: its text and its inline keyboard rows."""

    text: str
    rows: List[List[InlineKeyboardButton]] = field(default_factory=list)

    @property
    def reply_markup(self) -> Optional[InlineKeyboardMarkup]:
        return InlineKeyboardMarkup(self.rows) if self.rows else None


def _custom(reply: Mapping[str, object]) -> Mapping[str, object]:
    custom = reply.get("custom")
    return custom if isinstance(custom, dict) else {}


def _button_rows(buttons: object, callbacks: CallbackPayloads) -> List[List[InlineKeyboardButton]]:
    rows = []
    for button in buttons if isinstance(buttons, list) else []:
        if not isinstance(button, dict) or not button.get("title") or not button.get("payload"):
            continue
        title = str(button["title"])[:MAX_BUTTON_TITLE]
        rows.append([InlineKeyboardButton(title, callback_data=callbacks.encode(str(button["payload"])))])
    return rows


def _add_crisis_resources(draft: OutgoingMessage, custom: Mapping[str, object]) -> None:
    """URL buttons for the answer's web resources; any long phone number the words do not already give."""
    resources = custom.get("resources")
    for resource in resources if isinstance(resources, list) else []:
        if not isinstance(resource, dict):
            continue
        label = str(resource.get("label") or "")
        url = resource.get("url")
        if isinstance(url, str) and url.startswith(("https://", "http://")) and label:
            draft.rows.append([InlineKeyboardButton(label[:MAX_BUTTON_TITLE], url=url)])
            continue
        number = resource.get("tel") or resource.get("sms")
        digits = re.sub(r"\D", "", str(number or ""))
        if len(digits) >= 10 and digits[-10:] not in re.sub(r"\D", "", draft.text) and label:
            draft.text = f"{draft.text}\n{label}: {number}"


def render_replies(replies: Sequence[Mapping[str, object]], callbacks: CallbackPayloads,
                   staff_label: str = "") -> List[OutgoingMessage]:
    """The Telegram messages for one turn's replies, in order.

    A reply with buttons but no text puts its buttons under the message before it; a crisis payload adds its
    resources to the crisis text it follows; a staff member's message is labelled with their name (`staff_label`,
    with `{staff_name}`), so the caregiver can tell a person wrote it.
    """
    drafts: List[OutgoingMessage] = []
    for reply in replies:
        custom = _custom(reply)
        text = reply.get("text")
        if isinstance(text, str) and text.strip():
            if custom.get("type") == "staff" and staff_label:
                name = str(custom.get("staff_name") or "").strip() or "Clinic staff"
                text = f"{fill_placeholders(staff_label, staff_name=name)}\n{text}"
            drafts.append(OutgoingMessage(text.strip()))
        rows = _button_rows(reply.get("buttons"), callbacks)
        own_text = isinstance(text, str) and bool(text.strip())
        if rows and drafts and (own_text or not drafts[-1].rows):  # a keyboard needs a message to hang on
            drafts[-1].rows.extend(rows)
        if custom.get("type") == "crisis" and drafts:
            _add_crisis_resources(drafts[-1], custom)
    messages: List[OutgoingMessage] = []
    for draft in drafts:
        pieces = split_text(tappable_numbers(draft.text))
        messages.extend(OutgoingMessage(piece) for piece in pieces)
        if messages and draft.rows:
            messages[-1].rows = draft.rows  # the keyboard goes under the last piece, where the reader is
    return messages
