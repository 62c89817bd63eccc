#!/bin/sh
# Builds the app and every test suite with AddressSanitizer and
# UndefinedBehaviorSanitizer in ./build-san (clang; -DSRDI_FUZZ=ON, which also
# builds the libFuzzer harnesses in the same tree for scripts/fuzz.sh) and runs
# them all. Any report fails the test that triggered it: out-of-bounds, use
# after free, undefined behaviour, and leaks (LeakSanitizer). Leaks inside
# system libraries (fontconfig, Qt's plugin loading ...) are suppressed by
# tests/lsan.supp; a leak in our code is never suppressed there.
# Extra arguments go to ctest (for example -R test_batch).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build-san"
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DSRDI_FUZZ=ON -DSRDI_BUILD_TESTS=ON -DSRDI_WARNINGS_AS_ERRORS="${SRDI_WARNINGS_AS_ERRORS:-ON}" >/dev/null
cmake --build "$build" --parallel

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1"
export LSAN_OPTIONS="suppressions=$root/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# The PostgreSQL suites' server: started and stopped by ctest (fixture
# pg_server); stopped here too should ctest be killed.
trap 'sh "$root/scripts/pg-test-server.sh" stop "$build/tests/pg" >/dev/null 2>&1 || true' EXIT
cd "$build"
ctest --output-on-failure --parallel "$(nproc)" "$@"
