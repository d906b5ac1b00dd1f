#!/usr/bin/env bash
# Builds everything with warnings as errors and runs every test: unit, integration (SQLite and a
# throwaway PostgreSQL on loopback), GUI offscreen, and the ANS CDA kit on generated reports.
# Usage: scripts/test.sh            (from the checkout; installs missing Debian packages)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash scripts/install-deps.sh test
build=${SGL_BUILD_DIR:-$root/build-test}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSGL_WERROR=ON >/dev/null
cmake --build "$build" -j "$(nproc)"

pgdir=$(mktemp -d /tmp/sgl-pg.XXXXXX)
port=${SGL_TEST_PG_PORT:-55432}
cleanup() { bash "$root/scripts/pg-test-cluster.sh" stop "$pgdir/data" || true; rm -rf "$pgdir"; }
trap cleanup EXIT
SGL_TEST_PG_URL=$(bash scripts/pg-test-cluster.sh start "$pgdir/data" "$port")
export SGL_TEST_PG_URL
echo "PostgreSQL de test : $SGL_TEST_PG_URL"
export QT_QPA_PLATFORM=offscreen
cd "$build"
ctest --output-on-failure -j "$(nproc)" --timeout 900
