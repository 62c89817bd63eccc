#!/bin/sh
# Times `srdi-assess --batch` (import + assess + result CSV) and
# `--export-portfolio` on generated companies, with peak memory (RSS), for
# docs/benchmarks.md. Not a test.
#   tests/benchmarks/bench_batch.sh [BUILD_DIR] [N ...]     default: build 1000 5000
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
[ $# -gt 0 ] && shift
sizes=${*:-"1000 5000"}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
exe="$build/srdi-assess"
for n in $sizes; do
    "$build/tests/benchmarks/gen_companies" "$n" "$work/$n" >/dev/null
    for input in companies.csv profiles; do
        db="$work/$n/$input.sqlite"
        /usr/bin/time -f "$n companies, $input, new database: %e s, peak RSS %M KB" \
            "$exe" --batch "$work/$n/$input" --out "$work/$n/result.csv" --db "$db" >/dev/null
    done
    /usr/bin/time -f "$n companies, companies.csv again (all updates): %e s, peak RSS %M KB" \
        "$exe" --batch "$work/$n/companies.csv" --out "$work/$n/result.csv" --db "$work/$n/companies.csv.sqlite" >/dev/null
    /usr/bin/time -f "$n companies, --export-portfolio: %e s, peak RSS %M KB" \
        "$exe" --export-portfolio "$work/$n/portfolio.csv" --db "$work/$n/companies.csv.sqlite" >/dev/null
done
