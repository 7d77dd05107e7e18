#!/usr/bin/env bash
# A private, throwaway PostgreSQL cluster for the tests.
#
#   scripts/pg-test-server.sh start   prints the URL of a fresh cluster (loopback only, on a free port
#                                     that is not 5432, its socket in its own folder); connections
#                                     over TCP log in with a password, as on a real server, so a
#                                     wrong one is refused; the URL carries the right one
#   scripts/pg-test-server.sh stop DIR  stops the cluster whose data lives in DIR and removes DIR
#
# `start` prints two lines: the URL, then the folder to pass to `stop`. It exits 3, printing why,
# when no PostgreSQL server binaries are installed (Debian: apt-get install postgresql).
# initdb refuses to run as root, so as root the cluster belongs to the `postgres` user.
set -euo pipefail

bindir() {
  local dir
  if [ -n "${PG_BINDIR:-}" ]; then echo "$PG_BINDIR"; return; fi
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then echo "$dir"; return; fi
  command -v initdb >/dev/null 2>&1 && dirname "$(command -v initdb)"
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  start)
    BIN=$(bindir || true)
    if [ -z "$BIN" ]; then
      echo "no PostgreSQL server binaries (initdb, pg_ctl) found: install Debian's postgresql package" >&2
      exit 3
    fi
    if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
      echo "running as root and there is no postgres user to own the cluster (initdb refuses root)" >&2
      exit 3
    fi
    DIR=$(mktemp -d "${TMPDIR:-/tmp}/stance-pg.XXXXXX")
    [ "$(id -u)" = 0 ] && chown postgres: "$DIR"
    PASSWORD=$(od -An -tx1 -N12 /dev/urandom | tr -d ' \n')
    echo "$PASSWORD" >"$DIR/password"
    as_owner "$BIN/initdb" --no-sync -D "$DIR/data" -U postgres --pwfile="$DIR/password" --auth-local=trust --auth-host=scram-sha-256 \
      -E UTF8 --locale=C >"$DIR/initdb.log" 2>&1 \
      || { echo "initdb failed: $(tail -3 "$DIR/initdb.log")" >&2; rm -rf "$DIR"; exit 1; }
    rm -f "$DIR/password"
    # A port the kernel says is free now, never the default one another server may take; should
    # another process take it before the server binds it, the start fails and another is tried.
    for attempt in 1 2 3; do
      PORT=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
      [ "$PORT" = 5432 ] && continue
      # Throwaway data: no fsync, so the tests do not wait for the disk.
      if as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
        -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100" start >/dev/null; then
        STARTED=1
        break
      fi
    done
    [ -n "${STARTED:-}" ] || { echo "postgres did not start: $(tail -3 "$DIR/server.log")" >&2; rm -rf "$DIR"; exit 1; }
    echo "postgres://postgres:$PASSWORD@127.0.0.1:$PORT/postgres"
    echo "$DIR"
    ;;
  stop)
    DIR=${2:?usage: pg-test-server.sh stop DIR}
    BIN=$(bindir || true)
    [ -n "$BIN" ] && [ -d "$DIR/data" ] && as_owner "$BIN/pg_ctl" -D "$DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$DIR"
    ;;
  *)
    echo "usage: $0 start | stop DIR" >&2
    exit 2
    ;;
esac
