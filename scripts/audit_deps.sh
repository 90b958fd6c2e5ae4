#!/usr/bin/env bash
# pip-audit on requirements.lock (scripts/audit_deps.py), from its own environment .venv-audit/ made from
# requirements-audit.lock, so the audit tool never shares the assistant's pins.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PY="${PYTHON310:-.venv/bin/python}"
lock_sum="$(sha256sum requirements-audit.lock | cut -d' ' -f1)"
if [ "$(cat .venv-audit/.lock-sha256 2>/dev/null)" != "$lock_sum" ]; then
  rm -rf .venv-audit
  "$PY" -m venv .venv-audit
  # The venv's own pip (23.0.1 from ensurepip) ignores a plain "cachecontrol==" pin for pip-audit's
  # "CacheControl[filecache]" requirement and takes the newest release, which hash mode refuses; so the lock
  # pins the package with that extra: "cachecontrol[filecache]==".
  .venv-audit/bin/python -m pip install --disable-pip-version-check -q --require-hashes \
    -r requirements-audit.lock > .venv-audit/install.log 2>&1 \
    || { tail -n 20 .venv-audit/install.log >&2; echo "audit: installing pip-audit failed" >&2; exit 1; }
  echo "$lock_sum" > .venv-audit/.lock-sha256
fi
exec .venv/bin/python scripts/audit_deps.py
