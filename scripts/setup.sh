#!/usr/bin/env bash
# Sets up a fresh Debian machine for Plainly MS: the browsers the tests use, from Debian's packages
# when they are missing, then the npm packages from the lock file.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages the tests need: Chromium (demo and e2e tests) and Firefox ESR (the Firefox build is
# installed into it as a temporary add-on by web-ext).
missing=""
if ! command -v chromium >/dev/null 2>&1 && [ -z "${CHROMIUM_PATH:-}" ]; then missing="$missing chromium"; fi
if ! command -v firefox-esr >/dev/null 2>&1 && ! command -v firefox >/dev/null 2>&1; then missing="$missing firefox-esr"; fi
if [ -n "$missing" ]; then
  echo "Installing Debian packages:$missing"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  # shellcheck disable=SC2086 # the list is meant to split into package names
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi

npm ci --no-audit --no-fund
