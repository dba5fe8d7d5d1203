#!/usr/bin/env bash
# Site benchmark (issue: dashboards): loads the samples, then times build-site and prints the
# size of the site folder.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$root/artifacts/bench-site"
rm -rf "$work"
export ANALYTICS_Privacy__PseudonymKey=benchmark-key-of-thirty-two-bytes-or-more
"$root/analytics" ingest --inbox "$root/data-samples" --keep --db "$work/warehouse.duckdb" >/dev/null || true
"$root/analytics" build-site --db "$work/warehouse.duckdb" --out "$work/warm" >/dev/null   # builds the program if needed
start=$(date +%s.%N)
/usr/bin/time -f "build-site: %e s elapsed (process), peak memory %M KB" "$root/analytics" build-site --db "$work/warehouse.duckdb" --out "$work/site"
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" 'BEGIN { printf "wall time: %.2f s\n", e - s }'
echo "site folder: $(du -sh "$work/site" | cut -f1) in $(find "$work/site" -type f | wc -l) files ($(du -sh "$work/site/assets/plotly.min.js" | cut -f1) of it plotly.js)"
