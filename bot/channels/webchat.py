"""Web chat widget: websocket endpoint, widget script and demo page. Placeholder until the widget lands."""
from __future__ import annotations

from typing import List

from starlette.routing import BaseRoute


def routes() -> List[BaseRoute]:
    return []
