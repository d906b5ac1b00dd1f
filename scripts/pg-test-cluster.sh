#!/usr/bin/env bash
# Throwaway PostgreSQL cluster on a loopback port for the storage tests.
#   scripts/pg-test-cluster.sh start <dir> [port]   -> prints the SGL_TEST_PG_URL to use
#   scripts/pg-test-cluster.sh stop <dir>
# PostgreSQL refuses to run as root, so as root the cluster belongs to the 'postgres' user.
set -euo pipefail
cmd=${1:?start|stop}; dir=${2:?data dir}; port=${3:-55432}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bindir/initdb" ] || { echo "PostgreSQL introuvable (paquet postgresql)" >&2; exit 2; }
run() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "$cmd" in
start)
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres:postgres "$dir"
        chmod o+x "$(dirname "$dir")"  # mktemp makes the parent 0700; postgres must traverse it
    fi
    if [ ! -f "$dir/PG_VERSION" ]; then
        run "$bindir/initdb" -D "$dir" -U sgl --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir.initdb.log" 2>&1 \
            || { cat "$dir.initdb.log" >&2; exit 1; }
    fi
    run "$bindir/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null
    run "$bindir/createdb" -h 127.0.0.1 -p "$port" -U sgl sgl_test 2>/dev/null || true
    echo "postgresql://sgl@127.0.0.1:$port/sgl_test"
    ;;
stop)
    [ -f "$dir/postmaster.pid" ] && run "$bindir/pg_ctl" -D "$dir" -m fast -w stop >/dev/null || true
    ;;
*) echo "usage: $0 start|stop <dir> [port]" >&2; exit 2 ;;
esac
