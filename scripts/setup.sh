#!/usr/bin/env bash
# Sets up a fresh Debian machine for Plainly MS: Chromium (for the demo and the end-to-end tests)
# from Debian's packages when it is missing, then the npm packages from the lock file.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1 && [ -z "${CHROMIUM_PATH:-}" ]; then
  echo "Installing Debian's chromium (needed for the demo and the e2e tests)..."
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

npm ci --no-audit --no-fund
