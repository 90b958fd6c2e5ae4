"""Web chat widget: the websocket (/ws/chat), the widget's script and style sheet, and a demo page at /.

A clinic embeds the widget with one tag, `<script src="https://<gateway>/widget.js" defer></script>`; the script
loads its style sheet and opens the websocket to the origin it was served from. It needs no inline script and
no inline style, so pages with a strict Content-Security-Policy can embed it (README § Web widget).
"""
from __future__ import annotations

import functools
import hashlib
from pathlib import Path
from typing import List, Tuple

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route, WebSocketRoute

from bot.channels.webchat_socket import chat_socket

STATIC = Path(__file__).resolve().parent / "static" / "webchat"
ASSETS = {  # URL path -> (file, media type); a fixed table, so no request names a file
    "/widget.js": ("widget.js", "text/javascript; charset=utf-8"),
    "/widget.css": ("widget.css", "text/css; charset=utf-8"),
    "/widget/demo.css": ("demo.css", "text/css; charset=utf-8"),
}
COMMON_HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}
# The demo page is what a strict host page looks like: nothing inline, nothing from elsewhere.
DEMO_CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
            "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")


@functools.lru_cache(maxsize=None)
def _read(name: str) -> Tuple[bytes, str]:
    body = (STATIC / name).read_bytes()
    return body, '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


def _file_response(request: Request, name: str, media_type: str, headers: dict) -> Response:
    body, etag = _read(name)
    headers = {**COMMON_HEADERS, **headers, "ETag": etag, "Cache-Control": "no-cache"}
    if request.headers.get("if-none-match") == etag:
        return Response(status_code=304, headers=headers)
    return Response(body, media_type=media_type, headers=headers)


async def asset(request: Request) -> Response:
    """The widget's script and style sheets; other sites load them, hence Cross-Origin-Resource-Policy."""
    name, media_type = ASSETS[request.url.path]
    return _file_response(request, name, media_type, {"Cross-Origin-Resource-Policy": "cross-origin"})


async def demo_page(request: Request) -> Response:
    return _file_response(request, "demo.html", "text/html; charset=utf-8", {
        "Content-Security-Policy": DEMO_CSP,
        "X-Frame-Options": "DENY",
        "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
        "Cross-Origin-Opener-Policy": "same-origin",
    })


def routes() -> List[BaseRoute]:
    return [
        Route("/", demo_page),
        *[Route(path, asset) for path in ASSETS],
        WebSocketRoute("/ws/chat", chat_socket),
    ]
