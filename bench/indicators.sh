#!/usr/bin/env bash
# Indicator benchmark (issue: indicators and gaps): times the computation of every indicator
# and the gap metrics for all years and levels, on the samples and, when present, on the
# national-scale warehouse that bench/ingest.sh leaves behind; then checks on each that the
# previous engine (one query per indicator, bench/Analytics.Bench/PreviousEngine) computes the
# same figures (exit 1 if not).
#   bench/indicators.sh [NATIONAL_WAREHOUSE]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
national="${1:-$root/artifacts/bench-ingest/out/warehouse.duckdb}"
dotnet build "$root/bench/Analytics.Bench" -c Release -o "$root/artifacts/bench" -nologo -v quiet >/dev/null
samples="$root/artifacts/bench-samples"
rm -rf "$samples"
ANALYTICS_Privacy__PseudonymKey=benchmark-key-of-thirty-two-bytes-or-more "$root/analytics" ingest --inbox "$root/data-samples" --keep --db "$samples/warehouse.duckdb" >/dev/null || true
echo "== samples ($(du -h "$samples/warehouse.duckdb" | cut -f1))"
/usr/bin/time -f "peak memory %M KB" dotnet "$root/artifacts/bench/Analytics.Bench.dll" indicators "$samples/warehouse.duckdb"
dotnet "$root/artifacts/bench/Analytics.Bench.dll" compare "$samples/warehouse.duckdb" | tail -2
if [[ -f "$national" ]]; then
  echo "== national scale ($(du -h "$national" | cut -f1))"
  /usr/bin/time -f "peak memory %M KB" dotnet "$root/artifacts/bench/Analytics.Bench.dll" indicators "$national"
  echo "-- the same figures as the previous engine (which takes a minute and about 4.5 GB here)"
  dotnet "$root/artifacts/bench/Analytics.Bench.dll" compare "$national" | tail -2
else
  echo "(no national-scale warehouse at $national: run bench/ingest.sh first)"
fi
