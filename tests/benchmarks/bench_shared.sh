#!/bin/sh
# The shared portfolio beside the embedded one, in one run: a throwaway local
# PostgreSQL server (scripts/pg-test-server.sh: Unix socket, fsync off as in
# the tests — a real server's commit waits for its disk) and an SQLite file
# holding the same N generated companies. For docs/benchmarks.md; not a test.
#   - --batch of N companies into a new database, then again (every company
#     matched, unchanged), alternating the engines, RUNS times each;
#   - one field edit committed (bench_edit: 200 edits, median and p95);
#   - the window opened to its first paint (srdi-assess --quit-after-startup),
#     alternating, 11 times each (needs a display: DISPLAY or QT_QPA_PLATFORM).
#   tests/benchmarks/bench_shared.sh [BUILD_DIR] [N] [RUNS]     default: build 5000 3
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
n=${2:-5000}
runs=${3:-3}
work=$(mktemp -d)
server="$work/server"
cleanup() {
    "$root/scripts/pg-test-server.sh" stop "$server" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
admin=$("$root/scripts/pg-test-server.sh" start "$server")
exe="$build/srdi-assess"
export HOME="$work/home" XDG_CONFIG_HOME="$work/config"
mkdir -p "$HOME"
"$build/tests/benchmarks/gen_companies" "$n" "$work/in" >/dev/null
csv="$work/in/companies.csv"
uri() { echo "postgresql://postgres@/$1?host=$server"; }
fresh_pg() { psql -q "$admin" -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" >/dev/null 2>&1; }
now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.0f", m}'; }

i=0
while [ "$i" -lt "$runs" ]; do
    rm -f "$work/s.sqlite"*
    t0=$(now); "$exe" --batch "$csv" --out "$work/r.csv" --db "$work/s.sqlite" >/dev/null 2>&1; t1=$(now)
    ms "$t0" "$t1" >>"$work/batch.sqlite"
    fresh_pg b
    t0=$(now); "$exe" --batch "$csv" --out "$work/r.csv" --db "$(uri b)" >/dev/null 2>&1; t1=$(now)
    ms "$t0" "$t1" >>"$work/batch.pg"
    t0=$(now); "$exe" --batch "$csv" --out "$work/r.csv" --db "$work/s.sqlite" >/dev/null 2>&1; t1=$(now)
    ms "$t0" "$t1" >>"$work/again.sqlite"
    t0=$(now); "$exe" --batch "$csv" --out "$work/r.csv" --db "$(uri b)" >/dev/null 2>&1; t1=$(now)
    ms "$t0" "$t1" >>"$work/again.pg"
    i=$((i + 1))
done
bs=$(median <"$work/batch.sqlite"); bp=$(median <"$work/batch.pg")
as=$(median <"$work/again.sqlite"); ap=$(median <"$work/again.pg")
echo "$n companies, $runs runs each, medians:"
echo "  --batch, new database:  SQLite $bs ms, PostgreSQL $bp ms: $(awk -v a="$bp" -v b="$bs" 'BEGIN{printf "%.2f", a/b}')x (budget 2x)"
echo "  --batch again (matched): SQLite $as ms, PostgreSQL $ap ms: $(awk -v a="$ap" -v b="$as" 'BEGIN{printf "%.2f", a/b}')x"
echo "  one field edit committed:"
echo "    $("$build/tests/benchmarks/bench_edit" "$work/s.sqlite" 200)"
echo "    $("$build/tests/benchmarks/bench_edit" "$(uri b)" 200)"

if [ -n "${DISPLAY:-}" ] || [ -n "${QT_QPA_PLATFORM:-}" ]; then
    i=0
    while [ "$i" -lt 11 ]; do
        t0=$(now); "$exe" --db "$work/s.sqlite" --quit-after-startup >/dev/null 2>&1; t1=$(now)
        ms "$t0" "$t1" >>"$work/open.sqlite"
        t0=$(now); "$exe" --db "$(uri b)" --quit-after-startup >/dev/null 2>&1; t1=$(now)
        ms "$t0" "$t1" >>"$work/open.pg"
        i=$((i + 1))
    done
    os=$(median <"$work/open.sqlite"); op=$(median <"$work/open.pg")
    echo "  window to first paint (${QT_QPA_PLATFORM:-DISPLAY=$DISPLAY}, 11 runs): SQLite $os ms, PostgreSQL $op ms: $(awk -v a="$op" -v b="$os" 'BEGIN{printf "%.2f", a/b}')x (budget 2x)"
fi
