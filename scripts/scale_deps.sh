#!/usr/bin/env bash
# What the scale-out tests and the load benchmark need and set-up does not: a real PostgreSQL and a real Redis.
# Called by scripts/test.sh (and by tests/scale/conftest.py when they are not running yet). Idempotent and quick
# when both already run: it installs Debian's packages only when missing, and starts private servers on
# non-default ports with their data under SCALE_DEPS_DIR, as an unprivileged user (never the system clusters).
#
#   PostgreSQL: postgresql://postgres@127.0.0.1:$SCALE_PG_PORT/postgres (trust auth on 127.0.0.1 only)
#   Redis:      redis://127.0.0.1:$SCALE_REDIS_PORT/0 (no persistence)
set -euo pipefail

SCALE_DEPS_DIR="${SCALE_DEPS_DIR:-${TMPDIR:-/tmp}/caregiver-scale-deps}"
# Below Linux's ephemeral range (32768-60999): a client connection's source port can never hold these.
SCALE_PG_PORT="${SCALE_PG_PORT:-25432}"
SCALE_REDIS_PORT="${SCALE_REDIS_PORT:-26379}"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

pg_bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

install_packages() {
  local missing=()
  [ -n "$(pg_bindir)" ] && [ -x "$(pg_bindir)/postgres" ] || missing+=(postgresql)
  command -v redis-server >/dev/null || missing+=(redis-server)
  [ "${#missing[@]}" -eq 0 ] && return 0
  echo "installing Debian's ${missing[*]} for the scale-out tests"
  (as_root apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null 2>&1) \
    || { as_root apt-get update >/dev/null && as_root apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null; }
}

# PostgreSQL refuses to run as root: when we are root, its files belong to the `postgres` user the package made.
PG_USER="$(id -un)"
if [ "$(id -u)" -eq 0 ]; then PG_USER=postgres; fi
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

start_postgres() {
  local bin data="$SCALE_DEPS_DIR/pg"
  bin="$(pg_bindir)"
  if as_pg "$bin/pg_isready" -q -h 127.0.0.1 -p "$SCALE_PG_PORT"; then return 0; fi
  mkdir -p "$SCALE_DEPS_DIR"
  chmod 755 "$SCALE_DEPS_DIR"
  if [ ! -f "$data/PG_VERSION" ]; then
    rm -rf "$data"
    mkdir -p "$data"
    [ "$(id -u)" -eq 0 ] && chown "$PG_USER" "$data"
    as_pg "$bin/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    # A test server: the socket lives in its data folder (no /run/postgresql needed), TCP on loopback only.
    cat >>"$data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $SCALE_PG_PORT
unix_socket_directories = '$data'
max_connections = 200
EOF
  fi
  as_pg "$bin/pg_ctl" -D "$data" -o "-p $SCALE_PG_PORT" -l "$data/server.log" -w -t 60 start >/dev/null \
    || { tail -n 20 "$data/server.log" >&2; exit 1; }
}

start_redis() {
  if redis-cli -h 127.0.0.1 -p "$SCALE_REDIS_PORT" ping 2>/dev/null | grep -q PONG; then return 0; fi
  mkdir -p "$SCALE_DEPS_DIR/redis"
  redis-server --bind 127.0.0.1 --port "$SCALE_REDIS_PORT" --daemonize yes --dir "$SCALE_DEPS_DIR/redis" \
    --pidfile "$SCALE_DEPS_DIR/redis/redis.pid" --logfile "$SCALE_DEPS_DIR/redis/redis.log" \
    --save "" --appendonly no
  for _ in $(seq 1 50); do
    redis-cli -h 127.0.0.1 -p "$SCALE_REDIS_PORT" ping 2>/dev/null | grep -q PONG && return 0
    sleep 0.1
  done
  echo "redis-server did not start (see $SCALE_DEPS_DIR/redis/redis.log)" >&2
  exit 1
}

install_packages
start_postgres
start_redis
echo "scale-out deps: PostgreSQL 127.0.0.1:$SCALE_PG_PORT, Redis 127.0.0.1:$SCALE_REDIS_PORT (data in $SCALE_DEPS_DIR)"
