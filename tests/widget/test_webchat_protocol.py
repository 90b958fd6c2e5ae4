"""The widget's websocket protocol and assets, against the real routes with stand-ins for Rasa and the database.

Fast (no Rasa): frame validation, the Origin check, conversation ids, the outbox cursor, and the rules the
served files must keep (no inline script or style on the demo page, no HTML injection APIs in the widget).
"""
from __future__ import annotations

import dataclasses
import re
from typing import Iterator, List, Tuple

import pytest
import yaml
from starlette.applications import Starlette
from starlette.testclient import TestClient
from starlette.websockets import WebSocketDisconnect

from bot.channels import webchat
from bot.outbox_signal import OutboxSignal
from bot.channels.webchat_protocol import (MAX_TEXT_CHARS, FrameError, Hello, Message, new_conversation_id,
                                           origin_allowed, parse_frame, valid_conversation_id)
from bot.channels.webchat_socket import greeting
from bot.content import cached_content
from bot.settings import ROOT, load_settings

ORIGIN = {"origin": "http://testserver"}  # TestClient sends Host: testserver


class FakeConversations:
    def __init__(self) -> None:
        self.calls: List[Tuple[str, str, str]] = []
        self.fail = False

    async def handle(self, sender: str, text: str, channel: str = "rest") -> List[dict]:
        self.calls.append((sender, text, channel))
        if self.fail:
            raise RuntimeError("boom")
        return [{"text": f"echo: {text}", "buttons": [{"title": "More", "payload": "faq:more"}]}]

    def unavailable_reply(self) -> dict:
        return {"text": "Sorry, I can't answer right now."}


class FakeHandoffs:
    def __init__(self) -> None:
        self.outbox: List[Tuple[str, dict]] = []

    def updates(self, conversation_id: str, after_id: int = 0) -> List[dict]:
        return [dict(reply, id=i) for i, (cid, reply) in enumerate(self.outbox, 1)
                if cid == conversation_id and i > after_id]


def make_app(**settings: object) -> Starlette:
    app = Starlette(routes=webchat.routes())
    app.state.settings = dataclasses.replace(load_settings(), widget_poll_seconds=0.05, **settings)
    app.state.conversations = FakeConversations()
    app.state.handoffs = FakeHandoffs()
    app.state.outbox_signal = OutboxSignal()  # as create_app sets it; nothing notifies here, so it polls
    return app


@pytest.fixture
def app() -> Starlette:
    return make_app()


@pytest.fixture
def client(app: Starlette) -> Iterator[TestClient]:
    with TestClient(app) as test_client:
        yield test_client


def hello(ws, conversation_id=None, cursor=0) -> dict:  # type: ignore[no-untyped-def]
    ws.send_json({"type": "hello", "conversation_id": conversation_id, "cursor": cursor})
    return ws.receive_json()


def ask(ws, text: str, ref: str = "r1") -> List[dict]:  # type: ignore[no-untyped-def]
    ws.send_json({"type": "message", "text": text, "ref": ref})
    return [ws.receive_json(), ws.receive_json()]


# ---- pure rules -----------------------------------------------------------------------------------------

def test_conversation_ids_are_random_and_only_the_web_format_is_valid() -> None:
    a, b = new_conversation_id(), new_conversation_id()
    assert a != b and valid_conversation_id(a) and valid_conversation_id(b)
    for bad in ["", "web-", "web-short", "telegram-12345", "web-" + "a" * 21 + "/", "web-" + "a" * 23,
                " web-" + "a" * 22, "web-" + "a" * 21 + "\n", 42, None, ["web-" + "a" * 22]]:
        assert not valid_conversation_id(bad), bad


def test_origin_check() -> None:
    assert origin_allowed("http://127.0.0.1:8000", "127.0.0.1:8000", ())
    assert origin_allowed("https://clinic.example.org", "gateway.internal:8000", ("https://clinic.example.org/",))
    assert origin_allowed("HTTPS://Clinic.Example.org", "x", ("https://clinic.example.org",))
    assert not origin_allowed("https://evil.example", "127.0.0.1:8000", ("https://clinic.example.org",))
    assert not origin_allowed("http://clinic.example.org", "x", ("https://clinic.example.org",)), "scheme counts"
    assert not origin_allowed(None, "127.0.0.1:8000", ())
    assert not origin_allowed("null", "127.0.0.1:8000", ())
    assert not origin_allowed("file://", "127.0.0.1:8000", ())


def test_frames_are_validated() -> None:
    assert parse_frame('{"type": "hello", "conversation_id": null}') == Hello(None, 0)
    assert parse_frame('{"type": "hello", "conversation_id": "telegram-1", "cursor": 3}') == Hello(None, 3)
    assert parse_frame('{"type": "message", "text": "  hi  "}') == Message("hi", "")
    assert parse_frame(f'{{"type": "message", "text": "{"x" * MAX_TEXT_CHARS}"}}').text == "x" * MAX_TEXT_CHARS
    cases = {
        None: "bad_frame", "not json": "bad_frame", "[]": "bad_frame", '{"type": 1}': "bad_frame",
        '{"type": "shout"}': "bad_frame", '{"type": "message"}': "bad_frame",
        '{"type": "message", "text": ["hi"]}': "bad_frame", '{"type": "message", "text": "   "}': "empty",
        f'{{"type": "message", "text": "{"x" * (MAX_TEXT_CHARS + 1)}"}}': "too_long",
        '{"type": "message", "text": "hi", "ref": 5}': "bad_frame",
        '{"type": "hello", "cursor": -1}': "bad_frame", '{"type": "hello", "cursor": true}': "bad_frame",
        '{"type": "hello", "conversation_id": 7}': "bad_frame", "x" * 40_000: "too_long",
    }
    for raw, code in cases.items():
        with pytest.raises(FrameError) as caught:
            parse_frame(raw)
        assert caught.value.code == code, raw and raw[:60]


def test_the_greeting_is_rasas_utter_greet() -> None:
    responses = yaml.safe_load((ROOT / "data" / "responses" / "conversation.yml").read_text())["responses"]
    assert greeting(cached_content()) == responses["utter_greet"]


# ---- the websocket ----------------------------------------------------------------------------------------

def test_a_new_conversation_gets_an_id_and_the_greeting(client: TestClient) -> None:
    with client.websocket_connect("/ws/chat", headers=ORIGIN) as ws:
        welcome = hello(ws)
    assert welcome["type"] == "welcome" and welcome["new"] is True and welcome["cursor"] == 0
    assert valid_conversation_id(welcome["conversation_id"])
    assert "automated assistant" in welcome["greeting"][0]["text"]
    assert all(b["payload"].startswith(("faq:", "/request_human")) for b in welcome["greeting"][0]["buttons"])


def test_a_message_is_answered_after_a_typing_frame(client: TestClient, app: Starlette) -> None:
    with client.websocket_connect("/ws/chat", headers=ORIGIN) as ws:
        cid = hello(ws)["conversation_id"]
        typing, replies = ask(ws, "what is cpp", ref="abc")
    assert typing == {"type": "typing"}
    assert replies == {"type": "replies", "ref": "abc", "replies": [
        {"text": "echo: what is cpp", "buttons": [{"title": "More", "payload": "faq:more"}]}]}
    assert app.state.conversations.calls == [(cid, "what is cpp", "web")]


def test_a_known_id_is_kept_and_an_invalid_one_is_replaced(client: TestClient) -> None:
    known = new_conversation_id()
    with client.websocket_connect("/ws/chat", headers=ORIGIN) as ws:
        welcome = hello(ws, known, cursor=5)
    assert (welcome["conversation_id"], welcome["cursor"], welcome["new"]) == (known, 5, False)
    assert "greeting" not in welcome
    for invalid in ["telegram-123", "web-../../admin", "rest-user", "web-" + "x" * 40]:
        with client.websocket_connect("/ws/chat", headers=ORIGIN) as ws:
            welcome = hello(ws, invalid, cursor=9)
        assert welcome["conversation_id"] != invalid and welcome["new"] is True and welcome["cursor"] == 0


@pytest.mark.parametrize("origin", [{"origin": "https://evil.example"}, {}, {"origin": "null"}])
def test_other_origins_are_refused_before_the_handshake(client: TestClient, origin: dict) -> None:
    with pytest.raises(WebSocketDisconnect) as refused:
        with client.websocket_connect("/ws/chat", headers=origin):
            pass
    assert refused.value.code == 1008


def test_a_configured_origin_is_accepted() -> None:
    with TestClient(make_app(widget_allowed_origins=("https://clinic.example.org",))) as client:
        with client.websocket_connect("/ws/chat", headers={"origin": "https://clinic.example.org"}) as ws:
            assert hello(ws)["type"] == "welcome"


def test_bad_frames_get_an_error_and_the_conversation_goes_on(client: TestClient, app: Starlette) -> None:
    with client.websocket_connect("/ws/chat", headers=ORIGIN) as ws:
        hello(ws)
        for raw, code in [("nope", "bad_frame"), ('{"type": "message", "text": 3}', "bad_frame"),
                          ('{"type": "message", "text": "' + "a" * 4001 + '"}', "too_long"),
                          ('{"type": "message", "text": "  "}', "empty"), ('{"type": "hello"}', "bad_frame")]:
            ws.send_text(raw)
            error = ws.receive_json()
            assert (error["type"], error["code"]) == ("error", code), raw[:40]
        ws.send_bytes(b'{"type": "ping"}')
        assert ws.receive_json()["code"] == "bad_frame"
        ws.send_json({"type": "ping"})
        assert ws.receive_json() == {"type": "pong"}
        assert ask(ws, "still there?")[1]["replies"][0]["text"] == "echo: still there?"
    assert [c[1] for c in app.state.conversations.calls] == ["still there?"], "refused frames never reach the bot"


def test_the_first_frame_must_be_a_hello(client: TestClient) -> None:
    with client.websocket_connect("/ws/chat", headers=ORIGIN) as ws:
        ws.send_json({"type": "message", "text": "hi"})
        assert ws.receive_json()["code"] == "bad_frame"
        with pytest.raises(WebSocketDisconnect) as closed:
            ws.receive_json()
    assert closed.value.code == 1008


def test_a_failing_handler_still_answers(client: TestClient, app: Starlette) -> None:
    app.state.conversations.fail = True
    with client.websocket_connect("/ws/chat", headers=ORIGIN) as ws:
        hello(ws)
        assert ask(ws, "hello")[1]["replies"] == [{"text": "Sorry, I can't answer right now."}]


def test_staff_messages_are_pushed_once_with_a_cursor(client: TestClient, app: Starlette) -> None:
    outbox = app.state.handoffs.outbox
    with client.websocket_connect("/ws/chat", headers=ORIGIN) as ws:
        cid = hello(ws)["conversation_id"]
        outbox.append(("web-someone-else", {"text": "not yours"}))
        outbox.append((cid, {"text": "Maria joined", "custom": {"type": "handoff", "state": "active"}}))
        outbox.append((cid, {"text": "Hi, I'm Maria", "custom": {"type": "staff", "staff_name": "Maria"}}))
        pushed = ws.receive_json()
    assert pushed["type"] == "updates" and pushed["cursor"] == 3
    assert [r["text"] for r in pushed["replies"]] == ["Maria joined", "Hi, I'm Maria"]
    # A reload: the browser comes back with its cursor and gets only what is newer.
    outbox.append((cid, {"text": "Are you still there?", "custom": {"type": "staff", "staff_name": "Maria"}}))
    with client.websocket_connect("/ws/chat", headers=ORIGIN) as ws:
        assert hello(ws, cid, cursor=3)["cursor"] == 3
        pushed = ws.receive_json()
    assert [r["text"] for r in pushed["replies"]] == ["Are you still there?"] and pushed["cursor"] == 4


# ---- the served files -------------------------------------------------------------------------------------

def test_demo_page_sends_a_strict_policy_and_embeds_the_widget_with_one_tag(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "style-src 'self'" in csp and "unsafe-inline" not in csp
    assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
    assert page.headers["x-content-type-options"] == "nosniff"
    assert page.headers["referrer-policy"] == "no-referrer"
    scripts = re.findall(r"<script\b[^>]*>", page.text)
    assert scripts == ['<script src="/widget.js" defer data-exit-url="https://www.weather.gov/">']
    assert "<style" not in page.text and not re.search(r"<[^>]*\s(style|on\w+)\s*=", page.text), "nothing inline"


def test_widget_assets_are_served_for_other_sites(client: TestClient) -> None:
    script = client.get("/widget.js")
    assert script.status_code == 200 and script.headers["content-type"].startswith("text/javascript")
    assert script.headers["cross-origin-resource-policy"] == "cross-origin"
    assert client.get("/widget.js", headers={"if-none-match": script.headers["etag"]}).status_code == 304
    assert client.get("/widget.css").headers["content-type"].startswith("text/css")
    assert client.get("/widget/demo.css").status_code == 200
    assert client.get("/widget/../bot/settings.py").status_code == 404


def test_widget_script_never_injects_html_or_evaluates_code(client: TestClient) -> None:
    source = re.sub(r"/\*.*?\*/", "", client.get("/widget.js").text, flags=re.S)
    source = re.sub(r"(^|\s)//.*$", "", source, flags=re.M)  # comments may name what the code avoids
    for api in ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function",
                "setAttribute(\"style\"", ".style.", "createContextualFragment"]:
        assert api not in source, api
