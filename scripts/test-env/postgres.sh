#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: `postgres.sh start DIR PORT` initialises DIR
# (trust auth, loopback only), starts the server and prints its URL; `postgres.sh stop DIR`.
# Runs the server as the `postgres` user when started as root (PostgreSQL refuses root).
set -euo pipefail
cmd="$1"; dir="$2"; port="${3:-54329}"
bin="$(dirname "$(compgen -G "/usr/lib/postgresql/*/bin/postgres" | sort -V | tail -1)")"
as=()
if [ "$(id -u)" -eq 0 ]; then as=(runuser -u postgres --); fi
case "$cmd" in
  start)
    rm -rf "$dir"; mkdir -p "$dir"
    [ ${#as[@]} -eq 0 ] || chown postgres "$dir"
    "${as[@]}" "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 >/dev/null
    "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
    "${as[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres vigie_test
    echo "postgres://postgres@127.0.0.1:$port/vigie_test"
    ;;
  stop)
    "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *) echo "usage: postgres.sh start|stop DIR [PORT]" >&2; exit 2 ;;
esac
