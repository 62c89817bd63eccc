#!/bin/sh
# Start-up to the first painted window, whole process, against a bare Qt
# window (bench_gui --bare: a QMainWindow with a label, shown and painted)
# measured in the same run, alternating the two. Prints the medians and the
# ratio. Not a test.
#
#   tests/benchmarks/bench_startup.sh [BUILD_DIR] DB.sqlite [RUNS]
#
# The platform is Qt's choice: set DISPLAY for a real (or Xvfb) X server, or
# QT_QPA_PLATFORM=offscreen for no display at all.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
if [ $# -ge 2 ] && [ -d "$1" ]; then build=$1; shift; else build="$root/build"; fi
db=${1:?usage: bench_startup.sh [BUILD_DIR] DB.sqlite [RUNS]}
runs=${2:-11}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The settings of a fresh user, the same for every run.
export XDG_CONFIG_HOME="$work/config"

now() { date +%s%N; }
time_one() { # command ... -> elapsed ns
    t0=$(now)
    "$@" >/dev/null 2>&1
    t1=$(now)
    echo $((t1 - t0))
}
i=0
while [ "$i" -lt "$runs" ]; do
    time_one "$build/tests/benchmarks/bench_gui" --bare >>"$work/bare"
    time_one "$build/srdi-assess" --db "$db" --quit-after-startup >>"$work/app"
    i=$((i + 1))
done
median() { sort -n "$1" | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.1f", m/1e6}'; }
bare=$(median "$work/bare")
app=$(median "$work/app")
echo "platform ${QT_QPA_PLATFORM:-default (DISPLAY=${DISPLAY:-none})}, $runs runs each"
echo "bare window: median $bare ms"
echo "srdi-assess --db $(basename "$db"): median $app ms"
awk -v a="$app" -v b="$bare" 'BEGIN {printf "ratio: %.2f (budget: at most 3)\n", a / b}'
