#!/usr/bin/env bash
# Starts the demo from a build directory (called by scripts/demo.sh):
#  1. seeds the demo SQLite database ~/.local/share/sgl/demo.sqlite with `sgl demo-seed` when it
#     does not exist yet (delete the file to start again from scratch);
#  2. starts, on loopback, the simulators this build produced (INSi...), stopped on exit;
#  3. runs the workstation sgl-app on that database.
# Usage: scripts/run-demo.sh <build dir> [extra sgl-app arguments]
set -euo pipefail
build=$(cd "${1:?usage: run-demo.sh <build dir>}" && pwd)
shift
data_dir=${XDG_DATA_HOME:-$HOME/.local/share}/sgl
db_file=$data_dir/demo.sqlite
db_url=sqlite://$db_file
sgl=$build/src/cli/sgl
app=$build/src/app/sgl-app

[ -x "$app" ] || { echo "sgl-app introuvable dans $build (construire la cible sgl-app)" >&2; exit 1; }
mkdir -p "$data_dir"
if [ ! -f "$db_file" ]; then
    [ -x "$sgl" ] || { echo "commande sgl introuvable dans $build (construire la cible sgl)" >&2; exit 1; }
    echo "Création de la base de démonstration $db_file"
    if ! "$sgl" demo-seed --db "$db_url"; then
        rm -f "$db_file" "$db_file-wal" "$db_file-shm"
        echo "Échec de la création de la base de démonstration" >&2
        exit 1
    fi
fi

pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${pids[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A free loopback TCP port (the kernel picks it; a tiny race with other programs is acceptable
# for a demo).
free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

wait_port() {
    local port=$1 tries=50
    while ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
        tries=$((tries - 1))
        [ $tries -gt 0 ] || return 1
        sleep 0.1
    done
}

app_args=(--db "$db_url")
insi_sim=$build/src/simulators/insi/sgl-insi-sim
if [ -x "$insi_sim" ]; then
    port=$(free_port)
    "$insi_sim" --listen "127.0.0.1:$port" &
    pids+=($!)
    if wait_port "$port"; then
        echo "Simulateur INSi sur http://127.0.0.1:$port"
        app_args+=(--insi-url "http://127.0.0.1:$port/insi")
    else
        echo "Le simulateur INSi n'a pas démarré : qualification INSi indisponible" >&2
    fi
fi

# Not exec: the trap must stop the simulators when the workstation closes.
"$app" "${app_args[@]}" "$@"
