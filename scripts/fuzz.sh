#!/bin/sh
# Builds the libFuzzer harnesses of tests/fuzz with clang (-DSRDI_FUZZ=ON:
# -fsanitize=fuzzer,address,undefined) in ./build-san (the tree that
# scripts/test-sanitizers.sh also uses) and runs each for a fixed time, seeded
# from the test fixtures and the built-in data.
#
#   scripts/fuzz.sh [SECONDS] [HARNESS ...]   SECONDS per harness, default 60
#
# The corpora grow in build-san/corpus/<harness>/ and are reused by the next
# run. A finding (crash-*, leak-*, timeout-*, oom-*) is written to
# build-san/findings/<harness>/ and makes the script fail; reproduce it with
#   build-san/tests/fuzz/<harness> build-san/findings/<harness>/crash-...
# Warnings are errors (clang's set, which differs from GCC's) unless
# SRDI_WARNINGS_AS_ERRORS=OFF is in the environment.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
[ $# -gt 0 ] && shift
harnesses=${*:-"fuzz_profilejson fuzz_rulepack fuzz_awards fuzz_batchcsv"}
build="$root/build-san"

CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DSRDI_FUZZ=ON -DSRDI_BUILD_TESTS=ON -DSRDI_WARNINGS_AS_ERRORS="${SRDI_WARNINGS_AS_ERRORS:-ON}" >/dev/null
# shellcheck disable=SC2086
cmake --build "$build" --parallel --target $harnesses

# The seeds of each harness, and the dictionary that helps it.
seeds() {
    case $1 in
    fuzz_profilejson)
        ls "$root"/tests/fixtures/*.srdi.json "$root"/tests/fixtures/profiles-bad/*.json \
            "$root"/tests/golden/*/input.srdi.json ;;
    fuzz_rulepack) ls "$root"/data/rules/*.json ;;
    fuzz_awards) ls "$root"/data/awards/*.json ;;
    fuzz_batchcsv) ls "$root"/tests/fixtures/batch/*.csv ;;
    esac
}
dictionary() {
    case $1 in
    fuzz_profilejson) echo "$root/tests/fuzz/profile.dict" ;;
    fuzz_rulepack | fuzz_awards) echo "$root/tests/fuzz/data.dict" ;;
    fuzz_batchcsv) echo "$root/tests/fuzz/csv.dict" ;;
    esac
}

# Sanitizer findings abort with a report; leaks are checked too.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:symbolize=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen

failed=""
for h in $harnesses; do
    corpus="$build/corpus/$h"
    findings="$build/findings/$h"
    mkdir -p "$corpus" "$findings"
    for f in $(seeds "$h"); do
        cp -n "$f" "$corpus/seed-$(basename "$f")" 2>/dev/null || true
    done
    log="$build/findings/$h.log"
    echo "fuzz: $h for ${seconds}s (log: $log)"
    if "$build/tests/fuzz/$h" "$corpus" -dict="$(dictionary "$h")" -max_total_time="$seconds" \
        -timeout=10 -rss_limit_mb=2048 -max_len=131072 -print_final_stats=1 \
        -artifact_prefix="$findings/" >"$log" 2>&1; then
        status=ok
    else
        status=FAILED
        failed="$failed $h"
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1)
    echo "fuzz: $h: $status, ${runs:-?} executions, $cov, corpus $(ls "$corpus" | wc -l) inputs," \
        "findings $(ls "$findings" | wc -l)"
done

if [ -n "$failed" ]; then
    echo "fuzz: findings in:$failed (see build-san/findings/)" >&2
    exit 1
fi
