#!/usr/bin/env bash
# Sets up everything the test suite needs on a clean Debian machine, then runs it (npm test).
# This is the README's test command and exactly what CI (.ci/run) calls.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v "${CHROMIUM_PATH:-/usr/bin/chromium}" >/dev/null 2>&1 || [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || need_apt+=(chromium)
command -v pdftoppm >/dev/null 2>&1 || need_apt+=(poppler-utils)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing with apt: ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

# Electron's binary cannot be downloaded on offline machines; the tests do not launch it.
export ELECTRON_SKIP_BINARY_DOWNLOAD=1
npm ci --no-audit --no-fund
rm -rf out/test-results
npm test
node scripts/test-summary.mjs
