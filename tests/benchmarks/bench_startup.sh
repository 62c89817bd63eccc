#!/bin/sh
# Start-up to the first painted window, whole processes, against a bare Qt
# window (bench_bare: a QMainWindow with a label, shown and painted, linked
# with Qt Widgets only; before 2026-12-03 it was bench_gui --bare, which
# loads the product's libraries too)
# measured in the same run, alternating the two. Prints the medians and the
# ratios: from exec to the first painted frame (the budget's measure), and
# from exec to the exit. Not a test.
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
# Runs one process; appends to $work/<name> the nanoseconds from exec to its
# exit, and to $work/<name>.paint those from exec to its first paint (each
# process prints the clock of its first paint, SRDI_PRINT_FIRST_PAINT).
time_one() { # name command ...
    name=$1; shift
    t0=$(now)
    SRDI_PRINT_FIRST_PAINT=1 "$@" >/dev/null 2>"$work/stderr"
    t1=$(now)
    echo $((t1 - t0)) >>"$work/$name"
    painted=$(sed -n 's/^first paint at \([0-9]*\)$/\1/p' "$work/stderr" | head -n 1)
    if [ -z "$painted" ]; then
        echo "bench_startup: $name printed no first paint" >&2
        cat "$work/stderr" >&2
        exit 1
    fi
    echo $((painted - t0)) >>"$work/$name.paint"
}
forget_todays_backup() {
    [ "$due" = 1 ] || return 0
    rm -f "$backups/$stem"-*-"$(date +%Y%m%d)"-*.sqlite
}
i=0
while [ "$i" -lt "$runs" ]; do
    time_one bare "$build/tests/benchmarks/bench_bare"
    forget_todays_backup
    time_one app "$build/srdi-assess" --db "$db" --quit-after-startup
    i=$((i + 1))
done
median() { sort -n "$1" | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.1f", m/1e6}'; }
echo "platform ${QT_QPA_PLATFORM:-default (DISPLAY=${DISPLAY:-none})}, $runs runs each$( [ "$due" = 1 ] && echo ', daily backup due every run')"
# The budget's measure: from exec to the first painted frame.
bare=$(median "$work/bare.paint")
app=$(median "$work/app.paint")
echo "to the first paint: bare window median $bare ms, srdi-assess --db $(basename "$db") median $app ms"
awk -v a="$app" -v b="$bare" 'BEGIN {printf "ratio: %.2f (budget: at most 2 at 100,000 companies; goal 1.5)\n", a / b}'
# The whole process, its exit included (the measure before 2026-12-03).
bare=$(median "$work/bare")
app=$(median "$work/app")
echo "to the exit: bare window median $bare ms, srdi-assess median $app ms"
awk -v a="$app" -v b="$bare" 'BEGIN {printf "whole-process ratio: %.2f\n", a / b}'
