"""A stand-in for the Telegram Bot API on localhost, for end-to-end tests of the Telegram bridge.

It serves `/bot<token>/<method>` the way api.telegram.org does (python-telegram-bot's `base_url` points here),
records every call, queues updates for getUpdates (a long poll with a short timeout), and can be told to fail
the next calls of a method with a 429 flood-control answer (with `retry_after`) or a 5xx error.
"""
from __future__ import annotations

import asyncio
import itertools
import json
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Optional
from urllib.parse import parse_qsl

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from tests.servers import free_port

BOT_USER = {"id": 4242, "is_bot": True, "first_name": "CPP helper", "username": "cpp_helper_bot"}
MAX_LONG_POLL_SECONDS = 1.0


@dataclass
class Call:
    token: str
    method: str
    params: Dict[str, Any]
    at: float = field(default_factory=time.monotonic)
    result: Any = None

    @property
    def chat_id(self) -> Optional[int]:
        value = self.params.get("chat_id")
        return int(value) if value not in (None, "") else None

    @property
    def text(self) -> str:
        return str(self.params.get("text") or "")

    @property
    def keyboard(self) -> List[List[dict]]:
        markup = self.params.get("reply_markup") or {}
        return markup.get("inline_keyboard", []) if isinstance(markup, dict) else []

    @property
    def buttons(self) -> List[dict]:
        return [button for row in self.keyboard for button in row]


@dataclass
class Fault:
    status: int
    retry_after: Optional[int] = None


def _decode(raw: bytes, content_type: str) -> Dict[str, Any]:
    if not raw:
        return {}
    if content_type.startswith("application/json"):
        return json.loads(raw)
    params: Dict[str, Any] = {}
    for key, value in parse_qsl(raw.decode(), keep_blank_values=True):
        try:
            params[key] = json.loads(value) if value[:1] in "[{" else value
        except ValueError:
            params[key] = value
    return params


class StubTelegramApi:
    def __init__(self) -> None:
        self.port = free_port()
        self._lock = threading.Lock()
        self.calls: List[Call] = []
        self._updates: List[dict] = []
        self._faults: Dict[str, List[Fault]] = {}
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._user_message_ids = itertools.count(1)
        app = Starlette(routes=[Route("/bot{token}/{method}", self._endpoint, methods=["GET", "POST"])])
        self._server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning",
                                                     lifespan="off"))
        self._thread = threading.Thread(target=self._server.run, daemon=True)

    @property
    def base_url(self) -> str:
        """What TELEGRAM_API_BASE_URL should be: PTB appends the token."""
        return f"http://127.0.0.1:{self.port}/bot"

    def __enter__(self) -> "StubTelegramApi":
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline:
                raise TimeoutError("stub Telegram API did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)

    # ------------------------------------------------------------------ the API
    async def _endpoint(self, request: Request) -> JSONResponse:
        token, method = request.path_params["token"], request.path_params["method"]
        params = _decode(await request.body(), request.headers.get("content-type", ""))
        call = Call(token, method, params)
        with self._lock:
            self.calls.append(call)
            faults = self._faults.get(method)
            fault = faults.pop(0) if faults else None
        if fault is not None:
            body: Dict[str, Any] = {"ok": False, "error_code": fault.status,
                                    "description": "Too Many Requests" if fault.status == 429 else "Internal error"}
            if fault.retry_after is not None:
                body["description"] += f": retry after {fault.retry_after}"
                body["parameters"] = {"retry_after": fault.retry_after}
            return JSONResponse(body, status_code=fault.status)
        if method == "getUpdates":
            return JSONResponse({"ok": True, "result": await self._get_updates(params)})
        call.result = self._result(method, params)
        return JSONResponse({"ok": True, "result": call.result})

    async def _get_updates(self, params: Dict[str, Any]) -> List[dict]:
        offset = int(params.get("offset") or 0)
        timeout = min(float(params.get("timeout") or 0), MAX_LONG_POLL_SECONDS)
        deadline = time.monotonic() + timeout
        while True:
            with self._lock:
                self._updates = [u for u in self._updates if u["update_id"] >= offset]  # offset confirms
                ready = list(self._updates)
            if ready or time.monotonic() >= deadline:
                return ready
            await asyncio.sleep(0.02)

    def _result(self, method: str, params: Dict[str, Any]) -> Any:
        if method == "getMe":
            return BOT_USER
        if method in ("sendMessage", "editMessageText"):
            message = {"message_id": next(self._message_ids), "date": int(time.time()),
                       "chat": {"id": int(params["chat_id"]), "type": "private"}, "from": BOT_USER,
                       "text": params.get("text", "")}
            if params.get("reply_markup"):
                message["reply_markup"] = params["reply_markup"]
            return message
        return True  # sendChatAction, answerCallbackQuery, setWebhook, deleteWebhook, setMyCommands, ...

    # ------------------------------------------------------------------ test controls
    def fail_next(self, method: str, status: int, times: int = 1, retry_after: Optional[int] = None) -> None:
        with self._lock:
            self._faults.setdefault(method, []).extend(Fault(status, retry_after) for _ in range(times))

    def push(self, kind: str, body: dict) -> int:
        """Queue an update (`message`, `edited_message`, `callback_query`); returns its update_id."""
        with self._lock:
            update_id = next(self._update_ids)
            self._updates.append({"update_id": update_id, kind: body})
        return update_id

    def update_json(self, kind: str, body: dict) -> dict:
        """An update as Telegram would POST it to a webhook (not queued for getUpdates)."""
        return {"update_id": next(self._update_ids), kind: body}

    def message_body(self, chat_id: int, text: Optional[str] = None, **extra: Any) -> dict:
        user = {"id": chat_id, "is_bot": False, "first_name": "Caregiver"}
        body = {"message_id": next(self._user_message_ids), "date": int(time.time()), "from": user,
                "chat": {"id": chat_id, "type": "private", "first_name": "Caregiver"}, **extra}
        if text is not None:
            body["text"] = text
            if text.startswith("/"):
                command = text.split()[0]
                body["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        return body

    def send_text(self, chat_id: int, text: str) -> int:
        return self.push("message", self.message_body(chat_id, text))

    def send_photo(self, chat_id: int, caption: Optional[str] = None) -> int:
        photo = [{"file_id": "photo-1", "file_unique_id": "p1", "width": 90, "height": 90}]
        extra: Dict[str, Any] = {"photo": photo}
        if caption:
            extra["caption"] = caption
        return self.push("message", self.message_body(chat_id, **extra))

    def send_sticker(self, chat_id: int) -> int:
        sticker = {"file_id": "sticker-1", "file_unique_id": "s1", "type": "regular", "width": 512, "height": 512,
                   "is_animated": False, "is_video": False}
        return self.push("message", self.message_body(chat_id, sticker=sticker))

    def send_voice(self, chat_id: int) -> int:
        voice = {"file_id": "voice-1", "file_unique_id": "v1", "duration": 3}
        return self.push("message", self.message_body(chat_id, voice=voice))

    def edit_text(self, chat_id: int, text: str) -> int:
        body = self.message_body(chat_id, text, edit_date=int(time.time()))
        return self.push("edited_message", body)

    def press(self, chat_id: int, sent: Call, title: str) -> int:
        """Press the button called `title` under a message the bot sent (`sent`, a sendMessage call)."""
        button = next(b for b in sent.buttons if b["text"] == title)
        message_id = sent.result["message_id"] if isinstance(sent.result, dict) else 1
        message = {"message_id": message_id, "date": int(time.time()),
                   "chat": {"id": chat_id, "type": "private"}, "from": BOT_USER, "text": sent.text,
                   "reply_markup": sent.params.get("reply_markup")}
        query = {"id": f"cq-{time.monotonic_ns()}", "chat_instance": str(chat_id), "data": button["callback_data"],
                 "from": {"id": chat_id, "is_bot": False, "first_name": "Caregiver"}, "message": message}
        return self.push("callback_query", query)

    # ------------------------------------------------------------------ reading what happened
    def calls_of(self, method: str, chat_id: Optional[int] = None, token: Optional[str] = None) -> List[Call]:
        with self._lock:
            return [c for c in self.calls if c.method == method and (chat_id is None or c.chat_id == chat_id)
                    and (token is None or c.token == token)]

    def sent(self, chat_id: int) -> List[Call]:
        return self.calls_of("sendMessage", chat_id)

    def wait_for(self, condition: Callable[[], Any], timeout: float = 30.0, what: str = "condition") -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            result = condition()
            if result:
                return result
            time.sleep(0.05)
        raise AssertionError(f"timed out after {timeout} s waiting for {what}")

    def wait_sent(self, chat_id: int, count: int, timeout: float = 30.0) -> List[Call]:
        """Wait until the bot has sent at least `count` messages to the chat, and return them all."""
        return self.wait_for(lambda: (lambda s: s if len(s) >= count else None)(self.sent(chat_id)), timeout,
                             f"{count} messages to chat {chat_id}")
