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
    run "$bindir/pg_ctl" -D "$dir" status >/dev/null 2>&1 || \
    run "$bindir/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null
    run "$bindir/createdb" -h 127.0.0.1 -p "$port" -U sgl sgl_test 2>/dev/null || true
    # A second role that must give its password (scram), so the tests can check that a wrong
    # password is refused with a clear message. The main role 'sgl' stays trust-authenticated.
    if ! grep -q '^host all sgl_pwcheck' "$dir/pg_hba.conf"; then
        run sed -i '1i host all sgl_pwcheck 127.0.0.1/32 scram-sha-256' "$dir/pg_hba.conf"
        run "$bindir/pg_ctl" -D "$dir" reload >/dev/null
    fi
    run "$bindir/psql" -h 127.0.0.1 -p "$port" -U sgl -d sgl_test -qtA -c \
        "DO \$\$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sgl_pwcheck') THEN
         CREATE ROLE sgl_pwcheck LOGIN PASSWORD 'sgl-pwcheck-2026'; END IF; END \$\$;" >/dev/null
    echo "postgresql://sgl@127.0.0.1:$port/sgl_test"
    ;;
stop)
    [ -f "$dir/postmaster.pid" ] && run "$bindir/pg_ctl" -D "$dir" -m fast -w stop >/dev/null || true
    ;;
*) echo "usage: $0 start|stop <dir> [port]" >&2; exit 2 ;;
esac
