#!/bin/sh
# The second README command (and CI's): install what is missing, build with
# warnings as errors, run every test suite.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" -DSRDI_WARNINGS_AS_ERRORS=ON -DSRDI_BUILD_TESTS=ON
cd "$root/build"
ctest --output-on-failure --parallel "$(nproc)"
