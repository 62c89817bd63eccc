#!/bin/sh
# The second README command (and CI's): install what is missing, build with
# warnings as errors, run every test suite; then the same suites built with
# AddressSanitizer and UndefinedBehaviorSanitizer (clang), and each libFuzzer
# harness for a fixed time (SRDI_FUZZ_SECONDS, default 30 each).
# SRDI_QUICK=1 stops after the first step (for a quick local run).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" -DSRDI_WARNINGS_AS_ERRORS=ON -DSRDI_BUILD_TESTS=ON
# ctest starts a throwaway PostgreSQL server for the suites that need it and
# stops it after them, failed or not (fixture pg_server, tests/CMakeLists.txt);
# should ctest itself be killed, it is stopped here on the way out.
trap 'sh "$root/scripts/pg-test-server.sh" stop "$root/build/tests/pg" >/dev/null 2>&1 || true' EXIT
(cd "$root/build" && ctest --output-on-failure --parallel "$(nproc)")
[ "${SRDI_QUICK:-0}" = 1 ] && exit 0
echo "test: the suites again under ASan and UBSan"
"$root/scripts/test-sanitizers.sh"
echo "test: the fuzzers, ${SRDI_FUZZ_SECONDS:-30} s each"
"$root/scripts/fuzz.sh" "${SRDI_FUZZ_SECONDS:-30}"
