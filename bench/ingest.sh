#!/usr/bin/env bash
# Ingest benchmark (issue: foundation). Generates a CSV inbox at national scale (default
# 1,350,000 workers a year, 2021-2025), ingests it with the product and with DuckDB's own
# read_csv, and prints rows/s, elapsed time and peak memory of each.
#   bench/ingest.sh [TEACHERS] [WORKDIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
teachers="${1:-1350000}"
work="${2:-$root/artifacts/bench-ingest}"
inbox="$work/inbox"
rm -rf "$work/out"; mkdir -p "$work/out"
if [[ ! -f "$inbox/.teachers-$teachers" ]]; then
  rm -rf "$inbox"
  echo "Generating $teachers workers a year into $inbox …"
  /usr/bin/time -f "generate: %e s, peak %M KB" "$root/analytics" generate --out "$inbox" --teachers "$teachers" --csv-only --no-errors
  touch "$inbox/.teachers-$teachers"
fi
echo "Inbox: $(ls "$inbox" | wc -l) files, $(du -sh --apparent-size "$inbox" | cut -f1)"
dotnet build "$root/bench/Analytics.Bench" -c Release -o "$root/artifacts/bench" -nologo -v quiet >/dev/null

"$root/analytics" --help >/dev/null  # build first: the timing below is the ingest alone

echo "== product: analytics ingest"
export ANALYTICS_Privacy__PseudonymKey=benchmark-key-of-thirty-two-bytes-or-more
/usr/bin/time -f "ingest: %e s elapsed, peak memory %M KB, user %U s, sys %S s" -o "$work/out/time.txt" \
  "$root/analytics" ingest --trace --inbox "$inbox" --keep --db "$work/out/warehouse.duckdb" --archive "$work/out/archive" > "$work/out/console.txt"
tail -1 "$work/out/console.txt" | tee "$work/out/summary.txt"
cat "$work/out/time.txt"
read rows secs < <(sed -n 's/.*rows read \([0-9]*\).*; \([0-9.]*\) s$/\1 \2/p' "$work/out/summary.txt")
wall=$(sed -n 's/ingest: \([0-9.]*\) s.*/\1/p' "$work/out/time.txt")
marts=$(sed -n 's/^Indicator marts refreshed in \([0-9.]*\) s$/\1/p' "$work/out/console.txt")
awk -v r="$rows" -v s="$wall" -v m="${marts:-0}" 'BEGIN {
  printf "product: %d rows in %.1f s (whole command: load, archive copies, then the marts refresh of %.1f s)\n", r, s, m
  printf "product load alone: %.1f s = %.0f rows/s\n", s - m, r / (s - m) }'

echo "== the product's phases, summed per kind (ingest --trace), seconds"
awk '
  /^  loaded  / { kind = $3; files[kind]++; rows[kind] += $5; next }
  /^      phases: / {
    sub(/^      phases: /, "")
    n = split($0, parts, ", ")
    for (i = 1; i <= n; i++) { split(parts[i], p, " "); if (!(p[1] in seen)) { seen[p[1]] = 1; order[++phases] = p[1] } sum[kind, p[1]] += p[2]; total[p[1]] += p[2] }
  }
  END {
    printf "%-15s %5s %9s", "kind", "files", "rows"; for (i = 1; i <= phases; i++) printf " %8s", order[i]; printf "\n"
    for (k in files) { printf "%-15s %5d %9d", k, files[k], rows[k]; for (i = 1; i <= phases; i++) printf " %8.2f", sum[k, order[i]]; printf "\n" }
    printf "%-15s %5s %9s", "all", "", ""; for (i = 1; i <= phases; i++) printf " %8.2f", total[order[i]]; printf "\n"
  }' "$work/out/console.txt"

echo "== baseline: DuckDB read_csv"
/usr/bin/time -f "read_csv: %e s elapsed, peak memory %M KB" dotnet "$root/artifacts/bench/Analytics.Bench.dll" "$inbox" 2>&1 | tee "$work/out/baseline.txt"
baseline=$(sed -n 's/.*: \([0-9]*\) rows\/s with it).*/\1/p' "$work/out/baseline.txt")
awk -v r="$rows" -v s="$wall" -v m="${marts:-0}" -v b="$baseline" 'BEGIN {
  printf "ratio: the product'"'"'s load %.0f rows/s / read_csv with the conversion %d rows/s = %.2f (aim: >= 0.5)\n", r / (s - m), b, r / (s - m) / b }'
