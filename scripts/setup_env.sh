#!/usr/bin/env bash
# Make .venv/ from requirements.lock with a Python 3.10 interpreter (Rasa 3.6.21 needs >=3.8,<3.11).
# Sourced by scripts/run.sh and scripts/test.sh; safe to run on its own. Re-installs only when the lock changed.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
LOCK="$ROOT/requirements.lock"

is_python310() {
  # A pyenv shim can be on PATH yet refuse to run, so try each candidate for real.
  [ -n "$1" ] && "$1" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 10) else 1)' >/dev/null 2>&1
}

find_python310() {
  local candidate candidates=("${PYTHON310:-}")
  if command -v pyenv >/dev/null 2>&1; then
    for version in $(pyenv versions --bare 2>/dev/null | grep -E '^3\.10(\.[0-9]+)?$' | sort -rV); do
      candidates+=("$(pyenv root)/versions/$version/bin/python3.10")
    done
  fi
  candidates+=("$(command -v python3.10 2>/dev/null || true)" "$HOME"/.pyenv/versions/3.10*/bin/python3.10
               /usr/local/bin/python3.10 /usr/bin/python3.10)
  for candidate in "${candidates[@]}"; do
    if is_python310 "$candidate"; then echo "$candidate"; return 0; fi
  done
  return 1
}

if [ ! -x "$VENV/bin/python" ]; then
  if ! PY="$(find_python310)"; then
    cat >&2 <<'MSG'
error: no Python 3.10 interpreter found.
Rasa 3.6.21 runs on Python 3.8-3.10 only. Install 3.10 and run this again, for example:
  pyenv install 3.10        (if you use pyenv)
  sudo apt-get install python3.10 python3.10-venv   (Debian/Ubuntu with 3.10 packages)
Or point PYTHON310=/path/to/python3.10 at one you already have.
MSG
    exit 1
  fi
  echo "setup: creating .venv with $PY"
  "$PY" -m venv "$VENV"
fi

lock_sum="$(sha256sum "$LOCK" | cut -d' ' -f1)"
if [ "$(cat "$VENV/.lock-sha256" 2>/dev/null)" != "$lock_sum" ]; then
  echo "setup: installing from requirements.lock (first time takes a few minutes; log: .venv/install.log)"
  if ! { "$VENV/bin/python" -m pip install --disable-pip-version-check --upgrade pip &&
         "$VENV/bin/python" -m pip install --disable-pip-version-check --require-hashes -r "$LOCK"; } \
       > "$VENV/install.log" 2>&1; then
    grep -v "is ignored: it is neither" "$VENV/install.log" | tail -n 30 >&2
    echo "error: installing from requirements.lock failed (full log: .venv/install.log)" >&2
    exit 1
  fi
  "$VENV/bin/python" -m pip check
  echo "$lock_sum" > "$VENV/.lock-sha256"
fi
