#!/usr/bin/env bash
# keep_running.sh NAME COMMAND...: run COMMAND, and start it again whenever it exits on its own (after 1 s, doubling
# up to 30 s while it keeps failing within a minute of starting). honcho stops every process as soon as one exits;
# Rasa and the action server run under this so that one of them crashing never takes the gateway, and with it the
# crisis answers that must work while Rasa is down, with it. SIGTERM or SIGINT (honcho's stop, Ctrl-C) stops the
# command and this loop.
set -u
name="$1"
shift
child=0
stop() {
  trap - TERM INT
  if [ "$child" -gt 0 ]; then
    kill -TERM "$child" 2>/dev/null
    wait "$child" 2>/dev/null
  fi
  exit 0
}
trap stop TERM INT
delay=1
while true; do
  started=$SECONDS
  "$@" &
  child=$!
  wait "$child"
  code=$?
  child=0
  if [ $((SECONDS - started)) -ge 60 ]; then delay=1; fi
  echo "keep_running: $name exited (status $code); starting it again in ${delay} s" >&2
  sleep "$delay" &
  wait $!
  delay=$((delay * 2 > 30 ? 30 : delay * 2))
done
