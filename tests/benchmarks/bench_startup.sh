#!/bin/sh
# Start-up to the first painted window, whole process, against a bare Qt
# window (bench_gui --bare: a QMainWindow with a label, shown and painted)
# measured in the same run, alternating the two. Prints the medians and the
# ratio. Not a test.
#
#   tests/benchmarks/bench_startup.sh [--backup-due] [BUILD_DIR] DB.sqlite [RUNS]
#
# --backup-due: every run is the first start of a day. The daily backup is
# due when the backups folder beside the database (DB's folder/backups) has
# no backup of the database named with today's date (Backup::dailyBackupDue:
# <name>-<identity tag>-YYYYMMDD-HHMMSS.sqlite); today's are removed before
# each run of the app. Without it, the first run makes the day's backup
# (after its first paint) and the others find it.
#
# The platform is Qt's choice: set DISPLAY for a real (or Xvfb) X server, or
# QT_QPA_PLATFORM=offscreen for no display at all.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
due=0
if [ "${1:-}" = "--backup-due" ]; then due=1; shift; fi
if [ $# -ge 2 ] && [ -d "$1" ]; then build=$1; shift; else build="$root/build"; fi
db=${1:?usage: bench_startup.sh [--backup-due] [BUILD_DIR] DB.sqlite [RUNS]}
runs=${2:-11}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The settings of a fresh user, the same for every run.
export XDG_CONFIG_HOME="$work/config"
backups="$(cd "$(dirname "$db")" && pwd)/backups"
stem=$(basename "$db"); stem=${stem%.*}

now() { date +%s%N; }
time_one() { # command ... -> elapsed ns
    t0=$(now)
    "$@" >/dev/null 2>&1
    t1=$(now)
    echo $((t1 - t0))
}
forget_todays_backup() {
    [ "$due" = 1 ] || return 0
    rm -f "$backups/$stem"-*-"$(date +%Y%m%d)"-*.sqlite
}
i=0
while [ "$i" -lt "$runs" ]; do
    time_one "$build/tests/benchmarks/bench_gui" --bare >>"$work/bare"
    forget_todays_backup
    time_one "$build/srdi-assess" --db "$db" --quit-after-startup >>"$work/app"
    i=$((i + 1))
done
median() { sort -n "$1" | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.1f", m/1e6}'; }
bare=$(median "$work/bare")
app=$(median "$work/app")
echo "platform ${QT_QPA_PLATFORM:-default (DISPLAY=${DISPLAY:-none})}, $runs runs each$( [ "$due" = 1 ] && echo ', daily backup due every run')"
echo "bare window: median $bare ms"
echo "srdi-assess --db $(basename "$db"): median $app ms"
awk -v a="$app" -v b="$bare" 'BEGIN {printf "ratio: %.2f (budget: at most 2 at 100,000 companies; goal 1.5)\n", a / b}'
