"""The staff console end to end in headless Chromium (playwright-core) against the real stack: Rasa, action
server, gateway and their databases."""
from __future__ import annotations

import sqlite3
import subprocess
import sys
import uuid

import pytest

from tests.browser_support import browser_missing, run_browser_script
from tests.servers import ROOT, Stack

PASSWORD = "browser test passphrase"

pytestmark = pytest.mark.skipif(bool(browser_missing()), reason=browser_missing() or "browser present")


def _create_staff(stack: Stack, username: str) -> None:
    done = subprocess.run([sys.executable, "-m", "bot.staff", "create-user", username, "--role", "staff",
                           "--name", "Jordan from the clinic", "--password-stdin"], cwd=ROOT, env=stack.env(),
                          input=PASSWORD + "\n", capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def test_staff_sign_in_see_escalation_take_over_reply_and_hand_back(stack: Stack) -> None:
    username = f"jordan{uuid.uuid4().hex[:6]}"
    _create_staff(stack, username)
    sender = f"browser-{uuid.uuid4().hex[:10]}"  # the JSON API refuses web- and telegram- ids (those channels own them)
    result = run_browser_script("staff_console.mjs", {"GATEWAY_URL": stack.gateway_url, "STAFF_USER": username,
                                                      "STAFF_PASSWORD": PASSWORD, "SENDER": sender})
    assert result["ok"] and result["sender"] == sender
    with sqlite3.connect(stack.workdir / "app.db") as db:
        actions = [row[0] for row in db.execute("SELECT action FROM audit_log WHERE actor = ?", (username,))]
    for expected in ("login", "view_transcript", "takeover", "reply", "hand_back"):
        assert expected in actions, actions
