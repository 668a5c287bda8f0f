#!/usr/bin/env bash
# Starts (or stops) the shared services the second run of the test suite needs:
# PostgreSQL on 127.0.0.1:25432 and redis-server on 127.0.0.1:26380 (or the next free
# port above each, when something else holds it), each on a throwaway directory under
# /tmp, loopback only, trust auth, no persistence. The ports are below the ephemeral
# range (32768-60999), from which the suite's many client sockets take their own: a
# listener there can find its port taken by one of them.
#
#   bash scripts/test-services.sh start    # prints the variables to export (already running: just prints them)
#   bash scripts/test-services.sh stop
#
# Then: eval "$(bash scripts/test-services.sh start)" && npm run test:shared
set -euo pipefail

PG_PORT="${TEST_PG_PORT:-25432}"
REDIS_PORT="${TEST_REDIS_PORT:-26380}"
STATE="${TEST_SERVICES_DIR:-/tmp/verycloud-gateway-test-services}"
PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"

# PostgreSQL refuses to run as root: its files belong to `postgres` and its tools run as that user.
as_postgres () {
  # From /: the caller's directory may be one `postgres` cannot enter (CI's mktemp copy).
  if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

say () { echo "$*" >&2; }

# True when nothing accepts connections on 127.0.0.1:$1.
port_free () { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# The first free port from $1 on (20 tried): a port held by another program must not fail
# the run, and must not be mistaken for our service.
first_free_port () {
  local port="$1"
  for _ in $(seq 20); do
    if port_free "$port"; then echo "$port"; return; fi
    say "port $port is taken, trying $((port + 1))"
    port=$((port + 1))
  done
  say "no free port in $1-$port"; exit 1
}

# The ports of services already started from $STATE are kept there, so `start` run twice
# prints the same variables.
choose_ports () {
  if [ -f "$STATE/ports" ]; then
    # shellcheck disable=SC1091
    . "$STATE/ports"
    return
  fi
  PG_PORT="$(first_free_port "$PG_PORT")"
  REDIS_PORT="$(first_free_port "$REDIS_PORT")"
  printf 'PG_PORT=%s\nREDIS_PORT=%s\n' "$PG_PORT" "$REDIS_PORT" >"$STATE/ports"
}

start_postgres () {
  [ -x "$PG_BIN/initdb" ] || { say "PostgreSQL not found (apt-get install postgresql)"; exit 1; }
  local data="$STATE/postgres"
  if [ ! -f "$data/PG_VERSION" ]; then
    mkdir -p "$data"
    [ "$(id -u)" = 0 ] && chown -R postgres "$STATE"
    as_postgres "$PG_BIN/initdb" -D "$data" -U postgres --auth=trust --no-sync >"$STATE/initdb.log" 2>&1 \
      || { cat "$STATE/initdb.log" >&2; exit 1; }
  fi
  if as_postgres "$PG_BIN/pg_ctl" -D "$data" status >/dev/null 2>&1; then return; fi
  # fsync off: the data is thrown away, and the suite runs faster without waiting on the disk.
  as_postgres "$PG_BIN/pg_ctl" -D "$data" -l "$STATE/postgres.log" -w -t 60 \
    -o "-h 127.0.0.1 -p $PG_PORT -k $STATE -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null \
    || { cat "$STATE/postgres.log" >&2; exit 1; }
}

start_redis () {
  command -v redis-server >/dev/null || { say "redis-server not found (apt-get install redis-server)"; exit 1; }
  mkdir -p "$STATE/redis"
  if redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1; then return; fi
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --dir "$STATE/redis" --save '' --appendonly no \
    --daemonize yes --pidfile "$STATE/redis.pid" --logfile "$STATE/redis.log"
  for _ in $(seq 50); do
    redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1 && return
    sleep 0.1
  done
  say "redis-server did not answer on port $REDIS_PORT"; cat "$STATE/redis.log" >&2; exit 1
}

stop_all () {
  if [ -f "$STATE/postgres/postmaster.pid" ]; then
    as_postgres "$PG_BIN/pg_ctl" -D "$STATE/postgres" -m fast -w stop >/dev/null || true
  fi
  if [ -f "$STATE/redis.pid" ]; then
    kill "$(cat "$STATE/redis.pid")" 2>/dev/null || true
    for _ in $(seq 50); do [ -f "$STATE/redis.pid" ] || break; sleep 0.1; done
  fi
  rm -rf "$STATE"
}

case "${1:-}" in
  start)
    mkdir -p "$STATE"
    choose_ports
    start_postgres
    start_redis
    echo "export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$PG_PORT/postgres"
    echo "export TEST_REDIS_URL=redis://127.0.0.1:$REDIS_PORT"
    ;;
  stop)
    stop_all
    ;;
  *)
    say "usage: $0 start|stop"; exit 64
    ;;
esac
