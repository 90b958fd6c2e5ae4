#!/usr/bin/env bash
# Run the assistant on one machine: set up .venv, train if the inputs changed, then start the Rasa server
# (5005), the action server (5055) and the gateway (8000). Ctrl-C stops all three.
source "$(dirname "${BASH_SOURCE[0]}")/prelude.sh"
mkdir -p var models
python scripts/build_responses.py
python scripts/train.py
python -m bot.db.migrate   # the app database schema, before any process uses it
echo "run: Rasa http://localhost:$RASA_PORT  actions http://localhost:$ACTION_SERVER_PORT  gateway http://localhost:$GATEWAY_PORT (health: /health)"
# honcho runs the three processes from Procfile, prefixes their logs, and stops them all on Ctrl-C.
exec honcho start -f Procfile
