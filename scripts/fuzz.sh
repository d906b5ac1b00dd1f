#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang in their own build dir and runs each for a
# bounded time on a seed corpus copied from ../shared/analyzer-traces (never committed).
# Usage: scripts/fuzz.sh [seconds-per-target] [extra libFuzzer options, e.g. -runs=10000000]
# Inputs are capped at SGL_FUZZ_MAX_LEN bytes (default 1024) so the fuzzer mutates fast; the whole
# traces, up to 32 KiB, are replayed by test_fuzz_corpus in every build. SGL_FUZZ_TARGETS picks
# targets (default: "e1381 e1394 hl7 mllp").
# clang 16, not 14: Debian 12's libstdc++ only exposes std::expected to a compiler announcing
# C++20 concepts (202002L); clang 16 handles the header once told so (-D__cpp_concepts), 14 cannot.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
shift || true
bash "$root/scripts/install-deps.sh" fuzz
build=${SGL_FUZZ_BUILD_DIR:-$root/build-fuzz}
flags="-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -Wno-macro-redefined -D__cpp_concepts=202002L"
CC=clang-16 CXX=clang++-16 cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DSGL_FUZZ=ON -DSGL_BUILD_BENCHMARKS=OFF -DCMAKE_CXX_FLAGS="$flags" >/dev/null
# The build log is kept quiet unless it fails: then its end says which source clang refused.
if ! cmake --build "$build" -j "$(nproc)" --target fuzz_e1381 fuzz_e1394 fuzz_hl7 fuzz_mllp >"$build/build.log" 2>&1; then
    grep -E -A8 'error:|FAILED' "$build/build.log" | head -n 60 >&2
    echo "ERREUR : la construction des cibles de fuzzing (clang) a échoué ; journal complet : $build/build.log" >&2
    exit 1
fi
shared=$root/../shared/analyzer-traces
for t in ${SGL_FUZZ_TARGETS:-e1381 e1394 hl7 mllp}; do
    corpus=$build/corpus/$t
    mkdir -p "$corpus" "$build/artifacts/$t"
    if [ -d "$shared" ]; then
        case $t in
            e1381|e1394) cp "$shared"/astm/*.astm "$corpus"/ ;;
            hl7) cp "$shared"/hl7/*.hl7 "$corpus"/ ;;
            mllp) for f in "$shared"/hl7/*.hl7; do printf '\x0b%s\x1c\x0d' "$(cat "$f")" > "$corpus/$(basename "$f").mllp"; done ;;
        esac
        chmod u+w "$corpus"/*
    else
        echo "../shared absent : corpus vide pour $t" >&2
    fi
    echo "== fuzz_$t ($seconds s)"
    # Short allocation stacks: unwinding each malloc cost more than the code under test.
    ASAN_OPTIONS=malloc_context_size=3:detect_leaks=1 "$build/tests/fuzz/fuzz_$t" "$corpus" -max_total_time="$seconds" -max_len="${SGL_FUZZ_MAX_LEN:-1024}" -timeout=10 \
        -artifact_prefix="$build/artifacts/$t/" -print_final_stats=1 "$@" 2>&1 | tail -n 25
done
