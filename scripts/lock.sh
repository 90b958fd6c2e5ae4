#!/usr/bin/env bash
# Re-make requirements.lock (exact versions with hashes) from requirements.in, for Python 3.10 on Linux.
# Needs uv (https://github.com/astral-sh/uv): `pip install uv` anywhere, or set UV=/path/to/uv.
# scripts/run.sh and scripts/test.sh then reinstall .venv/ because the lock file changed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
UV="${UV:-$(command -v uv || true)}"
if [ -z "$UV" ]; then
  echo "lock: uv not found; install it (pip install uv) or set UV=/path/to/uv" >&2
  exit 1
fi
"$UV" pip compile requirements.in --python-version 3.10 --python-platform x86_64-manylinux_2_28 \
  --generate-hashes --no-header -o requirements.lock
