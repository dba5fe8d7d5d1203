#!/usr/bin/env bash
# Pack benchmark (issue: collegium documents): times `pack` for the region and for one
# municipality (aim on the samples: under 15 s and 5 s) and prints the files' sizes and pages.
#   bench/pack.sh [MUNICIPALITY] [WAREHOUSE]
# Without WAREHOUSE it loads the samples; with one (for example the national warehouse that
# bench/site.sh 2300 leaves in artifacts/bench-site-2300-1350000/) it packs that, the marts
# refreshed first (not timed). The default municipality, 71601000, is in both (a national
# warehouse keeps the region's 26 municipalities beside the synthetic ones).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$root/artifacts/bench-pack"
rm -rf "$work"; mkdir -p "$work"
export ANALYTICS_Privacy__PseudonymKey=benchmark-key-of-thirty-two-bytes-or-more
warehouse="${2:-}"
if [[ -z "$warehouse" ]]; then
  warehouse="$work/warehouse.duckdb"
  "$root/analytics" ingest --inbox "$root/data-samples" --keep --now --db "$warehouse" >/dev/null || true
fi
"$root/analytics" refresh --db "$warehouse" >/dev/null   # builds the program if needed; marts fresh
municipality="${1:-71601000}"
echo "Warehouse: $warehouse ($(du -h "$warehouse" | cut -f1))"
for target in region "$municipality"; do
  args=(pack --db "$warehouse" --out "$work/pack")
  [[ "$target" != region ]] && args+=(--municipality "$target")
  start=$(date +%s.%N)
  /usr/bin/time -f "pack ($target): %e s elapsed (process), peak memory %M KB" "$root/analytics" "${args[@]}" >/dev/null
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" -v t="$target" 'BEGIN { printf "pack (%s): wall time %.2f s\n", t, e - s }'
done
ls -la "$work/pack" | awk 'NR > 3 { printf "  %-40s %8.0f KB\n", $9, $5 / 1024 }'
for pdf in "$work/pack/"*.pdf; do echo "  $(basename "$pdf"): $(pdfinfo "$pdf" 2>/dev/null | sed -n 's/^Pages: *//p') pages"; done
