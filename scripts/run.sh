#!/bin/sh
# The first README command: install what is missing, build, open the app.
# Arguments go to the app (for example --db /path/to/other.sqlite).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "run: no display; starting the app under xvfb-run" >&2
    exec xvfb-run -a "$root/build/srdi-assess" "$@"
fi
exec "$root/build/srdi-assess" "$@"
