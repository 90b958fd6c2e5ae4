# Sourced first by run.sh and test.sh: fail fast, go to the project root, make .venv from the lock file when it
# is missing or stale, load the default settings and activate the environment.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
"$ROOT/scripts/setup_env.sh"
source "$ROOT/scripts/defaults.sh"
source "$ROOT/.venv/bin/activate"
