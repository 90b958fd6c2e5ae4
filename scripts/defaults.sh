# Default settings for one machine with SQLite and nothing else installed. Sourced by run.sh and test.sh;
# any variable already set in the environment wins. README § Settings documents each one.
ROOT="${ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
export PYTHONPATH="$ROOT${PYTHONPATH:+:$PYTHONPATH}"
export RASA_TELEMETRY_ENABLED=false
export TF_CPP_MIN_LOG_LEVEL="${TF_CPP_MIN_LOG_LEVEL:-2}"
export SQLALCHEMY_SILENCE_UBER_WARNING=1
export RASA_PORT="${RASA_PORT:-5005}"
export ACTION_SERVER_PORT="${ACTION_SERVER_PORT:-5055}"
export GATEWAY_PORT="${GATEWAY_PORT:-8000}"
export GATEWAY_HOST="${GATEWAY_HOST:-127.0.0.1}"
# Rasa and the action server listen on this machine only: neither has authentication, and the gateway is the only
# door (its crisis check, handoff and flood limit). Set 0.0.0.0 only behind a private network (scale-out).
export RASA_INTERFACE="${RASA_INTERFACE:-127.0.0.1}"
export ACTION_SERVER_INTERFACE="${ACTION_SERVER_INTERFACE:-127.0.0.1}"
export RASA_URL="${RASA_URL:-http://127.0.0.1:$RASA_PORT}"
export ACTION_SERVER_URL="${ACTION_SERVER_URL:-http://127.0.0.1:$ACTION_SERVER_PORT/webhook}"
export RASA_TRACKER_DB="${RASA_TRACKER_DB:-$ROOT/var/tracker.db}"
export APP_DATABASE_URL="${APP_DATABASE_URL:-sqlite:///$ROOT/var/app.db}"
export CLINIC_PHONE="${CLINIC_PHONE:-(555) 010-0100}"
# Scale-out (README § Scale-out): RASA_ENDPOINTS=endpoints.scale.yml selects PostgreSQL and Redis for Rasa.
export RASA_ENDPOINTS="${RASA_ENDPOINTS:-endpoints.yml}"
if [ -n "${RASA_TRACKER_STORE_URL:-}" ]; then
  # The staff console reads transcripts from the same tracker store (SQLAlchemy wants the driver named).
  export TRACKER_DATABASE_URL="${TRACKER_DATABASE_URL:-${RASA_TRACKER_STORE_URL/#postgresql:/postgresql+psycopg2:}}"
fi
# Rasa's Redis lock store takes host, port and password; they default to the parts of the gateway's REDIS_URL.
if [ -n "${REDIS_URL:-}" ] && [[ "$REDIS_URL" =~ ^rediss?://(([^:@/]*):([^@/]*)@)?([^:/@]+)(:([0-9]+))? ]]; then
  export REDIS_HOST="${REDIS_HOST:-${BASH_REMATCH[4]}}"
  export REDIS_PORT="${REDIS_PORT:-${BASH_REMATCH[6]:-6379}}"
  export REDIS_PASSWORD="${REDIS_PASSWORD:-${BASH_REMATCH[3]}}"
fi
export REDIS_PASSWORD="${REDIS_PASSWORD:-}"
export RASA_LOCK_STORE_PREFIX="${RASA_LOCK_STORE_PREFIX:-caregiver}"
