#!/usr/bin/env bash
# Pack benchmark (issue: collegium documents): loads the samples, then times `pack` for the
# region and for one municipality (aim: under 15 s and 5 s) and prints the files' sizes.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$root/artifacts/bench-pack"
rm -rf "$work"
export ANALYTICS_Privacy__PseudonymKey=benchmark-key-of-thirty-two-bytes-or-more
"$root/analytics" ingest --inbox "$root/data-samples" --keep --now --db "$work/warehouse.duckdb" >/dev/null || true
"$root/analytics" refresh --db "$work/warehouse.duckdb" >/dev/null   # builds the program if needed; marts fresh
municipality="${1:-71601000}"
for target in region "$municipality"; do
  args=(pack --db "$work/warehouse.duckdb" --out "$work/pack")
  [[ "$target" != region ]] && args+=(--municipality "$target")
  start=$(date +%s.%N)
  /usr/bin/time -f "pack ($target): %e s elapsed (process), peak memory %M KB" "$root/analytics" "${args[@]}" >/dev/null
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" -v t="$target" 'BEGIN { printf "pack (%s): wall time %.2f s\n", t, e - s }'
done
ls -la "$work/pack" | awk 'NR > 1 { printf "  %-40s %8.0f KB\n", $9, $5 / 1024 }'
pdfinfo "$work/pack/collegium-"*[0-9].pdf 2>/dev/null | grep Pages || true
