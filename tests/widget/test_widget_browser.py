"""The web widget in a real browser (Debian's Chromium driven by playwright-core) against the real stack.

Each test runs one script from tests/browser/widget_*.mjs; the script asserts in the page and prints a JSON
result. Screenshots (desktop, phone, crisis, staff joined) go to tests/artifacts/.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser_support import ARTIFACTS, browser_missing, run_browser_script
from tests.conftest import STAFF_TOKEN
from tests.servers import Stack, free_port

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(bool(browser_missing()), reason=browser_missing() or "ok")]


def test_chat_on_the_demo_page(stack: Stack) -> None:
    """One script tag; keyboard and labels; question and answer; quick reply; typing indicator; no HTML
    injection; a reload keeps the conversation and its history; the panel fits a phone."""
    result = run_browser_script("widget_chat.mjs", {"GATEWAY_URL": stack.gateway_url})
    assert result["conversation"].startswith("web-")
    assert (ARTIFACTS / "widget-desktop.png").stat().st_size > 0
    assert (ARTIFACTS / "widget-phone.png").stat().st_size > 0


def test_crisis_answer_has_tap_to_call_and_tap_to_text(stack: Stack) -> None:
    result = run_browser_script("widget_crisis.mjs", {"GATEWAY_URL": stack.gateway_url})
    hrefs = [a["href"] for a in result["actions"]]
    assert hrefs[0] == "tel:988" and "sms:988" in hrefs and "tel:911" in hrefs
    assert "sms:88788?body=START" in result["dv"]


def test_staff_join_and_reply_show_in_the_page(stack: Stack) -> None:
    result = run_browser_script("widget_handoff.mjs", {"GATEWAY_URL": stack.gateway_url, "STAFF_TOKEN": STAFF_TOKEN})
    assert result["cursor"] > 0


def test_quick_exit_leaves_and_clears_the_browser(stack: Stack) -> None:
    result = run_browser_script("widget_exit.mjs", {"GATEWAY_URL": stack.gateway_url})
    assert result["button"]["session"] is None and result["escape"]["session"] is None


def test_reconnects_by_itself_after_a_dropped_socket(stack: Stack) -> None:
    result = run_browser_script("widget_reconnect.mjs", {"GATEWAY_URL": stack.gateway_url})
    assert result["connections"] >= 3



def test_another_site_not_allowed_is_refused(stack: Stack) -> None:
    """Cross-origin embedding under a strict CSP; the test gateway does not allow that site's origin."""
    result = run_browser_script("widget_embed.mjs", {"GATEWAY_URL": stack.gateway_url})
    assert result["closed"] >= 1


def test_another_site_allowed_by_settings_can_chat(stack: Stack, tmp_path: Path) -> None:
    """A second gateway beside the same Rasa, with WIDGET_ALLOWED_ORIGINS naming the clinic's site."""
    clinic_port = free_port()
    gateway = Stack(workdir=tmp_path, rasa_port=stack.rasa_port, action_port=stack.action_port,
                    extra_env={"WIDGET_ALLOWED_ORIGINS": f"https://other.example, http://127.0.0.1:{clinic_port}"})
    gateway.start_gateway()
    try:
        result = run_browser_script("widget_embed.mjs", {"GATEWAY_URL": gateway.gateway_url, "EXPECT_ALLOWED": "1",
                                                         "CLINIC_PORT": str(clinic_port)})
    finally:
        gateway.stop_all()
    assert result["allowed"] is True
