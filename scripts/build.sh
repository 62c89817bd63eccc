#!/bin/sh
# Configures and builds into ./build (Release with debug info). Extra
# arguments go to CMake's configure step.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
cmake --build "$root/build" --parallel
