"""Gateway settings, all from the environment (README § Settings lists each with its default).

Secrets never have a default here: they come from the environment or the feature that needs them stays off.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _env(name: str, default: str) -> str:
    value = os.environ.get(name, "").strip()
    return value or default


@dataclass(frozen=True)
class Settings:
    host: str
    port: int
    rasa_url: str               # Rasa server base URL (REST channel + root health)
    action_server_url: str      # action server webhook URL, as Rasa's endpoints.yml uses it
    app_database_url: str       # SQLAlchemy URL of the app database (escalations, referrals, ...)
    rasa_timeout_seconds: float  # how long a caregiver waits for Rasa before the gateway answers itself
    clinic_phone: str
    staff_alert_webhook_url: str  # optional: POSTed a JSON alert for each escalation; empty = off
    encryption_key: str         # Fernet key for contact details at rest; empty = a development key in var/
    referral_business_days: int  # what the caregiver is told about when to expect contact
    retention_days: int         # resolved referrals are purged this long after they were resolved
    staff_hours: str            # e.g. "Mon-Fri 09:00-17:00": when a person can take a conversation over
    staff_timezone: str         # IANA zone the staff hours are in
    handoff_wait_minutes: int   # what the caregiver is told about how soon a person joins
    staff_api_token: str        # bearer token for the staff API; empty = staff API off
    flood_max_messages: int     # per conversation per window; more get a "slow down" answer (crisis still answered)
    flood_window_seconds: int
    # Telegram (bot/channels/telegram.py): off unless TELEGRAM_TOKEN is set.
    telegram_token: str         # bot token from @BotFather; empty = Telegram off
    telegram_api_base_url: str  # Bot API base; tests point it at a local stand-in
    telegram_webhook_url: str   # public https URL for webhook mode; empty = long polling
    telegram_webhook_secret: str  # Telegram's secret_token for webhook mode (checked on every update)
    # Staff console (bot/staff/): sessions and sign-in limits.
    tracker_database_url: str   # SQLAlchemy URL of Rasa's tracker store, read for transcripts
    staff_session_idle_minutes: int
    staff_session_absolute_hours: int
    staff_cookie_secure: bool   # Secure flag on the session cookie; on behind https
    staff_csrf_secret: str      # signs CSRF tokens; set it when several gateway processes serve the console
    # Web widget (bot/channels/webchat*.py): the gateway's own origin is always allowed.
    widget_allowed_origins: tuple[str, ...] = ()  # other sites that may embed the widget ("https://clinic.org")
    widget_poll_seconds: float = 1.0             # how often a web chat checks the outbox for staff replies
    # Scale-out (README § Scale-out): several Rasa servers in RASA_URL (comma-separated), Redis shared by replicas.
    redis_url: str = ""                          # e.g. redis://host:6379/0; flood limit and outbox signal; empty = off
    # "production" refuses to start without the secrets a clinic must set itself (APP_ENCRYPTION_KEY), instead of
    # falling back to a development key with a warning.
    environment: str = "development"

    @property
    def action_server_health_url(self) -> str:
        base = self.action_server_url.rsplit("/webhook", 1)[0]
        return f"{base}/health"


def load_settings() -> Settings:
    """Read settings from the environment, falling back to the one-machine SQLite defaults."""
    return Settings(
        host=_env("GATEWAY_HOST", "127.0.0.1"),
        port=int(_env("GATEWAY_PORT", "8000")),
        rasa_url=_env("RASA_URL", "http://localhost:5005").rstrip("/"),
        action_server_url=_env("ACTION_SERVER_URL", "http://localhost:5055/webhook"),
        app_database_url=_env("APP_DATABASE_URL", f"sqlite:///{ROOT / 'var' / 'app.db'}"),
        rasa_timeout_seconds=float(_env("RASA_TIMEOUT_SECONDS", "10")),
        clinic_phone=_env("CLINIC_PHONE", "(555) 010-0100"),
        staff_alert_webhook_url=_env("STAFF_ALERT_WEBHOOK_URL", ""),
        encryption_key=_env("APP_ENCRYPTION_KEY", ""),
        referral_business_days=int(_env("REFERRAL_BUSINESS_DAYS", "2")),
        retention_days=int(_env("RETENTION_DAYS", "90")),
        staff_hours=_env("STAFF_HOURS", "Mon-Fri 09:00-17:00"),
        staff_timezone=_env("STAFF_TIMEZONE", "America/New_York"),
        handoff_wait_minutes=int(_env("HANDOFF_WAIT_MINUTES", "10")),
        staff_api_token=_env("STAFF_API_TOKEN", ""),
        flood_max_messages=int(_env("FLOOD_MAX_MESSAGES", "30")),
        flood_window_seconds=int(_env("FLOOD_WINDOW_SECONDS", "60")),
        telegram_token=_env("TELEGRAM_TOKEN", ""),
        telegram_api_base_url=_env("TELEGRAM_API_BASE_URL", "https://api.telegram.org/bot").rstrip("/"),
        telegram_webhook_url=_env("TELEGRAM_WEBHOOK_URL", ""),
        telegram_webhook_secret=_env("TELEGRAM_WEBHOOK_SECRET", ""),
        tracker_database_url=_env("TRACKER_DATABASE_URL",
                                  f"sqlite:///{_env('RASA_TRACKER_DB', str(ROOT / 'var' / 'tracker.db'))}"),
        staff_session_idle_minutes=int(_env("STAFF_SESSION_IDLE_MINUTES", "30")),
        staff_session_absolute_hours=int(_env("STAFF_SESSION_ABSOLUTE_HOURS", "12")),
        staff_cookie_secure=_env("STAFF_COOKIE_SECURE", "false").lower() in ("1", "true", "yes"),
        staff_csrf_secret=_env("STAFF_CSRF_SECRET", ""),
        # Web widget
        widget_allowed_origins=tuple(o.strip().rstrip("/").lower()
                                     for o in _env("WIDGET_ALLOWED_ORIGINS", "").split(",") if o.strip()),
        widget_poll_seconds=float(_env("WIDGET_POLL_SECONDS", "1")),
        # Scale-out
        redis_url=_env("REDIS_URL", ""),
        # Only "production" is strict; anything else a platform sets ("staging", "dev") runs as development.
        environment="production" if _env("APP_ENV", "development").lower() == "production" else "development",
    )
