#!/bin/sh
# Times `srdi-assess --batch` (import + assess + result) and
# `--export-portfolio` (CSV and .xlsx) on generated companies, with peak
# memory (RSS), each beside its reference in the same run: sqlite3 writing the
# same rows (the `.dump` of the database the batch made: every company, its
# years, lists and summary row) in one transaction, and sqlite3 reading every
# company's rows out. For docs/benchmarks.md; not a test.
#   tests/benchmarks/bench_batch.sh [BUILD_DIR] [N ...]     default: build 1000 5000
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
[ $# -gt 0 ] && shift
sizes=${*:-"1000 5000"}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
exe="$build/srdi-assess"
export HOME="$work/home"
mkdir -p "$HOME"
for n in $sizes; do
    "$build/tests/benchmarks/gen_companies" "$n" "$work/$n" >/dev/null
    db="$work/$n/companies.csv.sqlite"
    /usr/bin/time -a -o "$work/times" -f "$n companies, --batch companies.csv, new database: %e s, peak RSS %M KB" \
        "$exe" --batch "$work/$n/companies.csv" --out "$work/$n/result.csv" --db "$db" >/dev/null 2>&1
    sqlite3 "$db" .dump >"$work/$n/dump.sql" # BEGIN TRANSACTION; ... COMMIT;
    /usr/bin/time -a -o "$work/times" -f "$n companies, reference: sqlite3 writing the same rows (.dump) in one transaction: %e s, peak RSS %M KB" \
        sqlite3 "$work/$n/ref.sqlite" <"$work/$n/dump.sql"
    /usr/bin/time -a -o "$work/times" -f "$n companies, --batch profiles folder, new database: %e s, peak RSS %M KB" \
        "$exe" --batch "$work/$n/profiles" --out "$work/$n/result.csv" --db "$work/$n/profiles.sqlite" >/dev/null 2>&1
    /usr/bin/time -a -o "$work/times" -f "$n companies, --batch companies.csv again (all matched): %e s, peak RSS %M KB" \
        "$exe" --batch "$work/$n/companies.csv" --out "$work/$n/result.csv" --db "$db" >/dev/null 2>&1
    /usr/bin/time -a -o "$work/times" -f "$n companies, reference: sqlite3 read-out of every company's rows: %e s, peak RSS %M KB" \
        sqlite3 "$db" "SELECT * FROM companies c LEFT JOIN fiscal_years f ON f.company_id = c.id LEFT JOIN recognitions r ON r.company_id = c.id" >/dev/null
    /usr/bin/time -a -o "$work/times" -f "$n companies, --export-portfolio CSV: %e s, peak RSS %M KB" \
        "$exe" --export-portfolio "$work/$n/portfolio.csv" --db "$db" >/dev/null
    /usr/bin/time -a -o "$work/times" -f "$n companies, --export-portfolio .xlsx: %e s, peak RSS %M KB" \
        "$exe" --export-portfolio "$work/$n/portfolio.xlsx" --db "$db" --lang zh_CN >/dev/null
done
cat "$work/times"
