#!/usr/bin/env bash
# Line and branch coverage of the whole test suite, per layer, with gcovr (Debian package). Not part
# of CI (an instrumented build and a full run take about twice the normal test time).
# Usage: scripts/coverage.sh [output dir]     (default: build-coverage/report)
# Writes <out>/summary.md (one row per layer), <out>/coverage.json (gcovr's data, for
# `gcovr -a coverage.json ...`), <out>/uncovered-parsers.txt (the lines of parsers and importers
# that no test reaches) and <out>/index.html (browsable, per file).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash scripts/install-deps.sh test
if ! command -v gcovr >/dev/null; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get install -y -qq --no-install-recommends gcovr
fi
build=${SGL_COVERAGE_BUILD_DIR:-$root/build-coverage}
out=${1:-$build/report}
mkdir -p "$out"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSGL_BUILD_BENCHMARKS=OFF \
      -DCMAKE_CXX_FLAGS="--coverage -O0" -DCMAKE_EXE_LINKER_FLAGS=--coverage >/dev/null
cmake --build "$build" -j "$(nproc)"
find "$build" -name '*.gcda' -delete

pgdir=$(mktemp -d /tmp/sgl-pg.XXXXXX)
port=${SGL_TEST_PG_PORT:-55433}
cleanup() { bash "$root/scripts/pg-test-cluster.sh" stop "$pgdir/data" || true; rm -rf "$pgdir"; }
trap cleanup EXIT
SGL_TEST_PG_URL=$(bash scripts/pg-test-cluster.sh start "$pgdir/data" "$port")
export SGL_TEST_PG_URL QT_QPA_PLATFORM=offscreen SGL_TEST_STRICT=1
(cd "$build" && ctest -j "$(nproc)" --timeout 900 --output-on-failure) || echo "ATTENTION : des tests ont échoué ; couverture mesurée quand même" >&2

common=(--exclude-throw-branches --exclude-unreachable-branches)
gcovr -r "$root" "$build" -j "$(nproc)" "${common[@]}" --filter 'src/' --json "$out/coverage.json" \
      --html-details "$out/index.html" >/dev/null

layers=(domain storage interop/xml interop/hl7v2 interop/insi interop/catalogue interop/cda interop/pdf)
for extra in src/interop/*/; do
    name=${extra#src/}; name=${name%/}
    [[ " ${layers[*]} " == *" $name "* ]] || layers+=("$name")
done
layers+=(workflow app cli simulators)
{
    echo "| Couche | Lignes | Couverture lignes | Branches | Couverture branches |"
    echo "| --- | ---: | ---: | ---: | ---: |"
    for layer in "${layers[@]}"; do
        [ -d "src/$layer" ] || continue
        gcovr -a "$out/coverage.json" -r "$root" --filter "src/$layer/" --json-summary "$out/tmp.json" >/dev/null
        python3 - "$layer" "$out/tmp.json" <<'EOF'
import json, sys
d = json.load(open(sys.argv[2]))
print("| %s | %d | %.1f %% | %d | %.1f %% |" % (sys.argv[1], d["line_total"], d["line_percent"],
      d["branch_total"], d["branch_percent"]))
EOF
    done
    gcovr -a "$out/coverage.json" -r "$root" --filter 'src/' --json-summary "$out/tmp.json" >/dev/null
    python3 - "$out/tmp.json" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
print("| **total** | %d | %.1f %% | %d | %.1f %% |" % (d["line_total"], d["line_percent"], d["branch_total"], d["branch_percent"]))
EOF
} > "$out/summary.md"
rm -f "$out/tmp.json"
# Parsers and importers: everything that reads outside input. Their uncovered lines are listed
# file by file ("Missing" column) so that each gets a test.
gcovr -a "$out/coverage.json" -r "$root" \
      --filter 'src/interop/.*(Parser|Reader|Codec|Import|Csv|Fhir|Decoder|Record).*' \
      --filter 'src/workflow/.*(Import|Process|Ingest).*' \
      --txt "$out/uncovered-parsers.txt" >/dev/null
cat "$out/summary.md"
echo
echo "Détail : $out/index.html ; lignes non couvertes des analyseurs : $out/uncovered-parsers.txt"
