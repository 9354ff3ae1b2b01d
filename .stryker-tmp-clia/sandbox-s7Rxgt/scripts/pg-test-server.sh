#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the store contract and distributed tests, on loopback only.
#   bash scripts/pg-test-server.sh start   # prints: export MARSAD_TEST_PG=postgres://…
#   bash scripts/pg-test-server.sh stop
# Env: MARSAD_PG_PORT (default 55432), MARSAD_PG_DIR (default /tmp/marsad-pg-test).
# Runs the server as the `postgres` user when started as root (PostgreSQL refuses to run as root).
set -euo pipefail
PORT="${MARSAD_PG_PORT:-55432}"
DIR="${MARSAD_PG_DIR:-/tmp/marsad-pg-test}"
BIN="${MARSAD_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"
if [ -z "$BIN" ] || [ ! -x "$BIN/pg_ctl" ]; then
  echo "pg-test-server: PostgreSQL binaries not found (apt-get install postgresql, or set MARSAD_PG_BIN)" >&2
  exit 1
fi
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
url="postgres://postgres@127.0.0.1:${PORT}/postgres"
case "${1:-}" in
  start)
    if [ ! -f "$DIR/data/PG_VERSION" ]; then
      mkdir -p "$DIR"
      [ "$(id -u)" = 0 ] && chown postgres: "$DIR"
      as_pg "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 ||
        { cat "$DIR/initdb.log" >&2; exit 1; }
    fi
    if ! as_pg "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
      as_pg "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p ${PORT} -k ${DIR} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null || { cat "$DIR/server.log" >&2; exit 1; }
    fi
    echo "export MARSAD_TEST_PG=${url}"
    ;;
  stop)
    if [ -f "$DIR/data/PG_VERSION" ]; then
      as_pg "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$DIR"
    ;;
  status)
    as_pg "$BIN/pg_ctl" -D "$DIR/data" status
    ;;
  *)
    echo "usage: $0 start|stop|status" >&2
    exit 2
    ;;
esac
