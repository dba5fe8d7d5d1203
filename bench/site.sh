#!/usr/bin/env bash
# Site benchmark.
#   bench/site.sh                 the samples: build-site with the region's collegium pack, timed
#   bench/site.sh N [TEACHERS]    a generated country of N municipalities (2300 is Russia) with
#                                 TEACHERS workers a year (default 1 350 000), 2021-2025: generate,
#                                 ingest and refresh (untimed, kept for the next run), then
#                                 build-site timed as run by default (with the region's pack,
#                                 when Chromium is there) and without the pack, the pages'
#                                 sizes, and a sample of pages opened in headless Chromium
#                                 (charts drawn, no console error, nothing requested outside).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ANALYTICS_Privacy__PseudonymKey=benchmark-key-of-thirty-two-bytes-or-more
municipalities="${1:-}"
"$root/analytics" --help >/dev/null   # builds the program if needed: the timing below is the build-site alone

if [[ -z "$municipalities" ]]; then
  work="$root/artifacts/bench-site"
  rm -rf "$work"
  "$root/analytics" ingest --inbox "$root/data-samples" --keep --db "$work/warehouse.duckdb" --archive "$work/archive" >/dev/null || true
  "$root/analytics" build-site --db "$work/warehouse.duckdb" --out "$work/warm" >/dev/null   # refreshes the marts if needed
  pack=""
else
  teachers="${2:-1350000}"
  work="$root/artifacts/bench-site-$municipalities-$teachers"
  if [[ ! -f "$work/.ready" ]]; then
    rm -rf "$work"
    echo "Generating $teachers workers a year in $municipalities municipalities …"
    /usr/bin/time -f "generate: %e s, peak %M KB" "$root/analytics" generate --out "$work/inbox" --teachers "$teachers" --municipalities "$municipalities" --csv-only --no-errors >/dev/null
    /usr/bin/time -f "ingest (with the marts refresh): %e s, peak %M KB" "$root/analytics" ingest --inbox "$work/inbox" --keep --db "$work/warehouse.duckdb" --archive "$work/archive" | tail -2
    touch "$work/.ready"
  fi
  "$root/analytics" refresh --db "$work/warehouse.duckdb" >/dev/null   # the marts of this build: the timing below is the site alone
  if command -v chromium >/dev/null; then
    # The command as a department runs it: the site with the region's collegium pack in site/pack/.
    rm -rf "$work/site"
    /usr/bin/time -f "build-site (with the collegium pack, the default): %e s elapsed (process), peak memory %M KB" "$root/analytics" build-site --db "$work/warehouse.duckdb" --out "$work/site"
    ls "$work/site/pack"
  fi
  export ANALYTICS_Pack__WithSite=false
  pack=" (without the collegium pack)"
fi

rm -rf "$work/site"
start=$(date +%s.%N)
/usr/bin/time -f "build-site$pack: %e s elapsed (process), peak memory %M KB" "$root/analytics" build-site --db "$work/warehouse.duckdb" --out "$work/site"
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" 'BEGIN { printf "wall time: %.2f s\n", e - s }'
site="$work/site"
echo "site folder: $(du -sh "$site" | cut -f1) in $(find "$site" -type f | wc -l) files ($(du -sh "$site/assets/plotly.min.js" | cut -f1) of it plotly.js); $(find "$site/municipalities" -name '*.html' | wc -l) municipality pages"
echo "largest pages:"
find "$site" -name '*.html' -printf '%s %P\n' | sort -rn | awk 'NR <= 3 { printf "  %6.2f MB  %s\n", $1 / 1048576, $2 }'
over=$(find "$site" -name '*.html' -size +2048k | wc -l)
echo "pages over 2 MB: $over"

if [[ -n "$municipalities" ]] && command -v chromium >/dev/null; then
  echo "browser check on a sample of pages:"
  sample=(index.html collegium.html deficits.html effectiveness.html data.html indicators/diag_coverage.html indicators/route_share.html
          "municipalities/$(ls "$site/municipalities" | sed -n 1p)" "municipalities/$(ls "$site/municipalities" | sed -n '$p')")
  for page in "${sample[@]}"; do
    log=$(mktemp)
    dom=$(timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-background-networking --enable-logging=stderr --v=0 \
          --window-size=1400,1000 --virtual-time-budget=10000 --dump-dom "file://$site/$page" 2>"$log" || true)
    count() { { grep -Eo "$1" <<<"$dom" || true; } | wc -l; }   # no match is a count of 0, not a failure
    charts=$(count 'class="chart[ "]')
    drawn=$(count 'js-plotly-plot')
    errors=$(grep -c ':CONSOLE' "$log" || true)   # every console message (the site writes none; an error or exception shows here)
    outside=$(count '(src|href)="https?://[^"]*"')
    printf "  %-40s chart places %3d (every year), drawn %3d (the selected year), console messages %d, outside links %d\n" "$page" "$charts" "$drawn" "$errors" "$outside"
    rm -f "$log"
  done
fi
