#!/usr/bin/env bash
# First command of the README's quick start: installs what oic-report needs on Debian or Ubuntu
# (Chromium, canvas's build libraries, poppler-utils for the tests), its npm dependencies, and
# builds the 2024 report from the sample data. Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES=(
  chromium                      # prints the PDF (puppeteer cannot download its own browser here)
  build-essential pkg-config python3
  libcairo2-dev libpango1.0-dev libjpeg-dev libgif-dev librsvg2-dev libpixman-1-dev  # canvas, for charts
  poppler-utils                 # pdftotext, pdffonts, pdftoppm: the tests read the PDFs back
  strace                        # the tests check that a build, browser included, makes no network lookup
)

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
else
  echo "setup: not a Debian-based system; install Chromium, poppler-utils and canvas's build libraries by hand" >&2
  echo "       (see https://github.com/Automattic/node-canvas#compiling), then run: npm ci && npx oic-report build 2024" >&2
fi

if ((${#missing[@]} > 0)); then
  echo "setup: installing Debian packages: ${missing[*]}"
  if [[ $EUID -eq 0 ]]; then sudo=(); elif command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
    echo "setup: run as root, or install them first: apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

echo "setup: installing npm dependencies (npm ci; canvas compiles from source, about a minute)"
npm ci --no-audit --no-fund

echo "setup: building the 2024 report from the sample data in data/"
npx --no-install oic-report build 2024
