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
export RASA_URL="${RASA_URL:-http://localhost:$RASA_PORT}"
export ACTION_SERVER_URL="${ACTION_SERVER_URL:-http://localhost:$ACTION_SERVER_PORT/webhook}"
export RASA_TRACKER_DB="${RASA_TRACKER_DB:-$ROOT/var/tracker.db}"
export APP_DATABASE_URL="${APP_DATABASE_URL:-sqlite:///$ROOT/var/app.db}"
export CLINIC_PHONE="${CLINIC_PHONE:-(555) 010-0100}"
