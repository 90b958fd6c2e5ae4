#!/usr/bin/env bash
# What the browser tests need and set-up does not: Debian's Chromium and playwright-core from the npm lock file.
# Called by scripts/test.sh. Chromium comes from Debian's packages because test tools may not download browsers.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [ ! -x /usr/bin/chromium ]; then
  echo "installing Debian's chromium for the browser tests"
  if [ "$(id -u)" -eq 0 ]; then
    (apt-get install -y --no-install-recommends chromium >/dev/null 2>&1) \
      || (apt-get update >/dev/null && apt-get install -y --no-install-recommends chromium >/dev/null)
  else
    sudo apt-get install -y --no-install-recommends chromium >/dev/null
  fi
fi

if ! command -v node >/dev/null; then
  echo "Node.js is needed for the browser tests (playwright-core). Install it (Debian: apt-get install nodejs npm)." >&2
  exit 1
fi
# npm ci installs exactly what package-lock.json names (one package, about a second).
npm ci --no-audit --no-fund --loglevel=error
