#!/bin/sh
# Configures and builds into ./build (Release with debug info). Extra
# arguments go to CMake's configure step.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
# ccache, when installed, makes a rebuild after a small change quick.
launcher=""
command -v ccache >/dev/null 2>&1 && launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo $launcher "$@"
cmake --build "$root/build" --parallel
