#!/usr/bin/env bash
# The base the job summary compares with: the data/ of the pull request's base branch (GITHUB_BASE_REF), or of the
# commit before a push (BASE_SHA), or HEAD^; built by this checkout's oic-report into figures only (no browser), so
# that `oic-report diff` compares data with data. Writes $BASE_DIR/out/ (figures.json, incident-index.csv) and
# $BASE_DIR/ref, or $BASE_DIR/none saying why there is no base; never fails the job for a missing base.
# Locally: YEAR=2024 BASE_DIR=/tmp/base GITHUB_BASE_REF=main bash scripts/ci/base-figures.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
year=${YEAR:?YEAR names the edition}
base=${BASE_DIR:?BASE_DIR is where the base build goes}
# In a container the checkout may belong to another user: trust it for these reads only.
git=(git -c "safe.directory=$PWD")
commit() { "${git[@]}" rev-parse --verify --quiet "$1^{commit}" >/dev/null 2>&1; }

ref=""
if [[ -n ${GITHUB_BASE_REF:-} ]]; then
  for candidate in "origin/$GITHUB_BASE_REF" "$GITHUB_BASE_REF"; do
    if commit "$candidate"; then ref=$candidate; break; fi
  done
elif [[ -n ${BASE_SHA:-} && ! $BASE_SHA =~ ^0+$ ]] && commit "$BASE_SHA"; then
  ref=$BASE_SHA
elif commit HEAD^; then
  ref=HEAD^
fi

rm -rf "$base"
mkdir -p "$base"
none() {
  echo "$1" >"$base/none"
  echo "base-figures: $1" >&2
  echo "base_ref=" >>"${GITHUB_OUTPUT:-/dev/null}"
  exit 0
}
[[ -n $ref ]] || none "no base branch or earlier commit to compare with"
"${git[@]}" archive "$ref" data 2>/dev/null | tar -x -C "$base" 2>/dev/null || none "$ref has no data/ folder"
[[ -f $base/data/$year/incidents.csv ]] || none "$ref has no data/$year/incidents.csv (a new edition)"
node bin/oic-report.js build "$year" --data "$base/data" --out "$base/out" --format figures --draft --allow-invalid --quiet >"$base/build.log" 2>&1 ||
  none "the data of $ref did not build (see $base/build.log)"
echo "$ref" >"$base/ref"
echo "base_ref=$ref" >>"${GITHUB_OUTPUT:-/dev/null}"
echo "base-figures: $ref built into $base/out"
