#!/usr/bin/env bash
# Builds and starts the demo: the simulators (INSi...) on loopback and the GUI on an embedded
# SQLite database seeded with a small synthetic lab. Usage: scripts/demo.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash scripts/install-deps.sh demo
build=${SGL_BUILD_DIR:-$root/build-demo}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSGL_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j "$(nproc)" --target sgl sgl-app sgl-insi-sim sgl-dmp-sim sgl-mss-sim sgl-analyzer-sim
exec bash "$root/scripts/run-demo.sh" "$build"
