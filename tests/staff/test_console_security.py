"""The staff console's access rules, against the real gateway app and a real SQLite database (no mocks):
anonymous requests refused everywhere, CSRF on every form, lock-out, roles, sessions, headers, audit."""
from __future__ import annotations

import csv
import io
import sqlite3
import time
from pathlib import Path

import pytest
from starlette.routing import Mount, Route
from starlette.testclient import TestClient

from bot.crypto import load_cipher
from bot.db.models import Escalation
from bot.db.session import shared_sessionmaker
from bot.referrals import ReferralRequest, store_referral
from bot.settings import load_settings
from bot.staff import auth as staff_auth
from bot.staff.throttle import SignInGuard, ThrottlePolicy
from bot.staff.web import SESSION_COOKIE, build_staff_app

_START = time.time()
from tests.staff.conftest import ADMIN_PASSWORD, STAFF_PASSWORD, create_account, csrf_token


def _seed_cases() -> tuple[int, int]:
    settings = load_settings()
    sessions, cipher = shared_sessionmaker(settings.app_database_url), load_cipher(settings)
    with sessions() as session, session.begin():
        escalation = Escalation(conversation_id="web-abc", channel="web", category="domestic_violence",
                                severity="urgent", lang="en", detected_by="rules",
                                message_enc=cipher.encrypt("he hit me again"), status="new")
        session.add(escalation)
    referral = store_referral(sessions, cipher, ReferralRequest(
        conversation_id="web-def", channel="web", caregiver_name="=HYPERLINK(\"http://x\")", contact_method="phone",
        contact_value="(555) 010-0199", best_time="mornings", child_age_months=30, age_note=None,
        reason="+tantrums", preferred_language="English"))
    return escalation.id, referral.id


def _console(client: TestClient):  # type: ignore[no-untyped-def]
    mount = next(r for r in client.app.routes if isinstance(r, Mount) and r.path == "/staff")  # type: ignore[attr-defined]
    return mount.app.state.console


def _console_endpoints() -> list[tuple[str, str]]:
    """Every console route with sample path values, as (method, path)."""
    app = build_staff_app(load_settings(), shared_sessionmaker(load_settings().app_database_url),
                          load_cipher(load_settings()))
    endpoints = []
    for route in app.routes:
        if isinstance(route, Mount) or not isinstance(route, Route):
            continue
        path = "/staff" + route.path.replace("{kind}", "escalation").replace("{case_id:int}", "1") \
            .replace("{username}", "sam")
        for method in sorted(route.methods - {"HEAD"}):
            endpoints.append((method, path))
    return endpoints


def test_every_page_and_action_refuses_an_anonymous_request(client: TestClient) -> None:
    _seed_cases()
    endpoints = [(m, p) for m, p in _console_endpoints() if p != "/staff/login"]
    assert len(endpoints) >= 16
    for method, path in endpoints:
        response = client.request(method, path, follow_redirects=False)
        if method == "GET" and not path.endswith(".json") and not path.endswith(".csv"):
            assert response.status_code == 303 and response.headers["location"].startswith("/staff/login"), path
        else:
            assert response.status_code in (401, 403, 303), (method, path, response.status_code)
        assert "he hit me" not in response.text and "010-0199" not in response.text, path
    # The CSV export is a GET too: an anonymous browser is sent to sign in, nothing leaks.
    assert client.get("/staff/admin/referrals.csv", follow_redirects=False).status_code == 303


def test_a_form_without_its_csrf_token_is_refused(client: TestClient, sign_in) -> None:  # type: ignore[no-untyped-def]
    escalation_id, _ = _seed_cases()
    sign_in("ada", ADMIN_PASSWORD)
    page = client.get(f"/staff/cases/escalation/{escalation_id}")
    token = csrf_token(page.text)
    for path, data in [(f"/staff/cases/escalation/{escalation_id}/note", {"text": "called back"}),
                       (f"/staff/cases/escalation/{escalation_id}/status", {"status": "in_progress"}),
                       ("/staff/admin/accounts", {"username": "eve", "password": "x" * 20, "role": "admin"}),
                       ("/staff/logout", {})]:
        refused = client.post(path, data=data, follow_redirects=False)
        assert refused.status_code == 403, path
        wrong = client.post(path, data={**data, "csrftoken": token[:-2] + "xx"}, follow_redirects=False)
        assert wrong.status_code == 403, path
    ok = client.post(f"/staff/cases/escalation/{escalation_id}/note", data={"text": "called back", "csrftoken": token},
                     follow_redirects=False)
    assert ok.status_code == 303
    assert "called back" in client.get(f"/staff/cases/escalation/{escalation_id}").text


def test_sign_in_itself_needs_the_csrf_token(client: TestClient) -> None:
    response = client.post("/staff/login", data={"username": "ada", "password": ADMIN_PASSWORD},
                           follow_redirects=False)
    assert response.status_code == 403


def test_repeated_wrong_passwords_lock_the_account_out(client: TestClient) -> None:
    console = _console(client)
    console.sign_in_guard.policy = ThrottlePolicy(base_delay_seconds=0.0, max_delay_seconds=0.0)
    token = csrf_token(client.get("/staff/login").text)
    for _ in range(5):
        wrong = client.post("/staff/login", data={"username": "sam", "password": "not the password",
                                                  "csrftoken": token})
        assert wrong.status_code == 401
        assert "do not match an active account" in wrong.text
    locked = client.post("/staff/login", data={"username": "sam", "password": STAFF_PASSWORD, "csrftoken": token},
                         follow_redirects=False)
    assert locked.status_code == 429 and "Too many failed attempts" in locked.text
    # A name that is no account's (a password typed into the name box) is never written to the append-only log.
    client.post("/staff/login", data={"username": "MyS3cretPassw0rd!", "password": "x", "csrftoken": token})
    rows = _audit_rows()
    assert ("sam", "login_failed") in [(r[1], r[2]) for r in rows]
    assert ("(no such account)", "login_failed") in [(r[1], r[2]) for r in rows]
    assert not any("MyS3cret" in str(row) for row in rows)
    # Another account is not locked by sam's failures.
    other = client.post("/staff/login", data={"username": "ada", "password": ADMIN_PASSWORD, "csrftoken": token},
                        follow_redirects=False)
    assert other.status_code == 303


def test_back_off_doubles_with_each_failure(console_env: Path) -> None:
    guard = SignInGuard(shared_sessionmaker(load_settings().app_database_url), ThrottlePolicy())
    delays = [guard.record_failure(guard.keys("nobody", "10.0.0.9")) for _ in range(6)]
    assert delays == [0.25, 0.5, 1.0, 2.0, 4.0, 4.0]
    assert guard.locked_until(guard.keys("nobody", "10.0.0.9")) is not None


def test_staff_cannot_read_the_audit_log_export_or_manage_accounts(client: TestClient, sign_in) -> None:  # type: ignore[no-untyped-def]
    _seed_cases()
    sign_in("sam", STAFF_PASSWORD)
    token = csrf_token(client.get("/staff/").text)
    assert client.get("/staff/admin/audit").status_code == 403
    export = client.get("/staff/admin/referrals.csv")
    assert export.status_code == 403 and "010-0199" not in export.text
    assert client.get("/staff/admin/accounts").status_code == 403
    created = client.post("/staff/admin/accounts", data={"username": "eve", "password": "long enough pass 1",
                                                          "role": "admin", "csrftoken": token})
    assert created.status_code == 403
    rows = _audit_rows()
    assert [r for r in rows if r[1] == "sam" and r[2] == "denied"]


def _audit_rows() -> list[tuple]:
    path = load_settings().app_database_url[len("sqlite:///"):]
    with sqlite3.connect(path) as db:
        return db.execute("SELECT id, actor, action, target, detail FROM audit_log ORDER BY id").fetchall()


def test_the_session_id_is_rotated_at_sign_in_and_dead_after_sign_out(client: TestClient) -> None:
    client.cookies.set(SESSION_COOKIE, "attacker-chosen-id", domain="testserver.local", path="/staff")
    token = csrf_token(client.get("/staff/login").text)
    response = client.post("/staff/login", data={"username": "ada", "password": ADMIN_PASSWORD, "csrftoken": token},
                           follow_redirects=False)
    assert response.status_code == 303
    cookie = response.headers["set-cookie"]
    new_id = cookie.split(";")[0].split("=", 1)[1]
    assert new_id not in ("attacker-chosen-id", "''") and len(new_id) >= 32
    assert "httponly" in cookie.lower() and "samesite=strict" in cookie.lower() and "path=/staff" in cookie
    assert client.get("/staff/", follow_redirects=False).status_code == 200
    token = csrf_token(client.get("/staff/").text)
    assert client.post("/staff/logout", data={"csrftoken": token}, follow_redirects=False).status_code == 303
    # Replaying the old cookie after sign-out gets nothing: the server-side session is gone.
    replay = TestClient(client.app, base_url="http://testserver")
    replay.cookies.set(SESSION_COOKIE, new_id, domain="testserver.local", path="/staff")
    assert replay.get("/staff/", follow_redirects=False).status_code == 303


def test_idle_and_absolute_timeouts_end_the_session(client: TestClient, sign_in,  # type: ignore[no-untyped-def]
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    offset = {"seconds": 0.0}   # a clock the test moves forward
    monkeypatch.setattr(staff_auth.time, "time", lambda: _START + offset["seconds"])
    sign_in("sam", STAFF_PASSWORD)
    offset["seconds"] += 29 * 60
    assert client.get("/staff/", follow_redirects=False).status_code == 200   # active within the idle limit
    offset["seconds"] += 31 * 60
    assert client.get("/staff/", follow_redirects=False).status_code == 303   # idle too long
    sign_in("sam", STAFF_PASSWORD)
    for _ in range(25):   # busy all day, a request every 29 minutes: the absolute limit (12 h) still ends it
        offset["seconds"] += 29 * 60
        status = client.get("/staff/", follow_redirects=False).status_code
        if status == 303:
            break
    assert status == 303 and offset["seconds"] > 12 * 3600


def test_security_headers_on_console_pages(client: TestClient) -> None:
    response = client.get("/staff/login")
    csp = response.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["cache-control"] == "no-store"
    assert response.headers["referrer-policy"] == "no-referrer"


def test_sign_in_never_redirects_off_the_console(client: TestClient) -> None:
    token = csrf_token(client.get("/staff/login").text)
    for target in ("https://evil.example/", "//evil.example/", "/staff/../../x", "/\\evil.example"):
        response = client.post("/staff/login", data={"username": "ada", "password": ADMIN_PASSWORD,
                                                     "csrftoken": token, "next": target}, follow_redirects=False)
        assert response.headers["location"] in ("/staff/", "/staff/../../x") and "evil" not in response.headers["location"]
        client.cookies.clear()
        token = csrf_token(client.get("/staff/login").text)


def test_a_disabled_account_loses_its_session(client: TestClient, sign_in) -> None:  # type: ignore[no-untyped-def]
    sign_in("sam", STAFF_PASSWORD)
    assert client.get("/staff/", follow_redirects=False).status_code == 200
    from bot.staff.cli import main as staff_cli
    assert staff_cli(["disable", "sam"]) == 0
    assert client.get("/staff/", follow_redirects=False).status_code == 303


def test_the_audit_log_records_actions_and_refuses_changes(client: TestClient, sign_in) -> None:  # type: ignore[no-untyped-def]
    escalation_id, _ = _seed_cases()
    sign_in("ada", ADMIN_PASSWORD)
    page = client.get(f"/staff/cases/escalation/{escalation_id}")
    assert "he hit me again" in page.text   # decrypted for signed-in staff only
    token = csrf_token(page.text)
    client.post(f"/staff/cases/escalation/{escalation_id}/status", data={"status": "in_progress", "csrftoken": token})
    client.get("/staff/admin/referrals.csv")
    actions = [(row[1], row[2]) for row in _audit_rows()]
    for expected in [("ada", "login"), ("ada", "view_transcript"), ("ada", "status_change"),
                     ("ada", "export_referrals"), ("cli", "account_create")]:
        assert expected in actions
    assert not any("he hit me" in str(row) for row in _audit_rows())   # never caregiver words
    audit_page = client.get("/staff/admin/audit")
    assert audit_page.status_code == 200 and "status_change" in audit_page.text
    path = load_settings().app_database_url[len("sqlite:///"):]
    with sqlite3.connect(path) as db:
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            db.execute("UPDATE audit_log SET actor = 'someone else'")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            db.execute("DELETE FROM audit_log")


def test_refused_replies_and_hand_backs_are_audited(client: TestClient, sign_in) -> None:  # type: ignore[no-untyped-def]
    escalation_id, _ = _seed_cases()
    sign_in("ada", ADMIN_PASSWORD)
    token = csrf_token(client.get(f"/staff/cases/escalation/{escalation_id}").text)
    # No handoff is under way: the console refuses both, and the log says who tried what on which case.
    sent = client.post(f"/staff/cases/escalation/{escalation_id}/reply", data={"text": "hello", "csrftoken": token})
    back = client.post(f"/staff/cases/escalation/{escalation_id}/release", data={"csrftoken": token})
    assert (sent.status_code, back.status_code) == (409, 409)
    refused = [(row[1], row[2], row[3]) for row in _audit_rows() if row[2].startswith("refused_")]
    assert refused == [("ada", "refused_reply", f"escalation:{escalation_id}"),
                       ("ada", "refused_hand_back", f"escalation:{escalation_id}")]
    assert not any("hello" in str(row) for row in _audit_rows())   # never the words the staff member typed


def test_referral_export_is_complete_and_spreadsheet_safe(client: TestClient, sign_in) -> None:  # type: ignore[no-untyped-def]
    _seed_cases()
    sign_in("ada", ADMIN_PASSWORD)
    response = client.get("/staff/admin/referrals.csv")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 1
    assert rows[0]["contact"] == "(555) 010-0199" and rows[0]["child_age_months"] == "30"
    assert rows[0]["name"].startswith("'=") and rows[0]["reason"] == "'+tantrums"   # no formula runs


def test_no_account_exists_until_one_is_created(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("APP_DATABASE_URL", f"sqlite:///{tmp_path / 'fresh.db'}")
    from bot.staff.cli import main as staff_cli
    out = io.StringIO()
    monkeypatch.setattr("sys.stdout", out)
    assert staff_cli(["list"]) == 0
    assert out.getvalue() == ""
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert staff_cli(["create-user", "newbie", "--password-stdin"]) == 2   # too short: refused


def test_admin_manages_accounts_in_the_console(client: TestClient, sign_in) -> None:  # type: ignore[no-untyped-def]
    sign_in("ada", ADMIN_PASSWORD)
    token = csrf_token(client.get("/staff/admin/accounts").text)
    weak = client.post("/staff/admin/accounts", data={"username": "kim", "password": "kim12345",
                                                       "role": "staff", "csrftoken": token})
    assert weak.status_code == 400 and "at least 12" in weak.text
    made = client.post("/staff/admin/accounts", data={"username": "kim", "display_name": "Kim",
                                                       "password": "a long pass phrase", "role": "staff",
                                                       "csrftoken": token})
    assert made.status_code == 200 and "Account kim created" in made.text
    create_account("lee", "another long phrase", "staff")
    client.post("/staff/admin/accounts/lee", data={"change": "role", "role": "admin", "csrftoken": token})
    assert "lee\tadmin" in _cli_list()


def _cli_list() -> str:
    from contextlib import redirect_stdout
    from bot.staff.cli import main as staff_cli
    out = io.StringIO()
    with redirect_stdout(out):
        staff_cli(["list"])
    return out.getvalue()
