#!/usr/bin/env bash
# The job summary, in Markdown on stdout: the key figures of the draft build against the base (see base-figures.sh),
# its PDFs, then `oic-report diff` of the incidents and totals that changed.
# Locally: YEAR=2024 OUT=ci-out BASE_DIR=/tmp/base bash scripts/ci/summary.sh > summary.md
set -euo pipefail
cd "$(dirname "$0")/../.."
year=${YEAR:?YEAR names the edition}
base=${BASE_DIR:?BASE_DIR is where the base build went}
figures=()
[[ -f $base/out/figures.json ]] && figures=("$base/out/figures.json" "$(cat "$base/ref")")
node --import tsx scripts/ci/key-figures.ts "${OUT:?}/build-$year.json" "${figures[@]}"
echo
if [[ -f $base/out/figures.json ]]; then
  node bin/oic-report.js diff "$year" --base "$base/out" --format markdown
else
  echo "_No comparison: $(cat "$base/none" 2>/dev/null || echo 'no base was built')._"
fi
