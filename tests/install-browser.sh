#!/usr/bin/env bash
# Makes sure a Chromium is on the machine for the end-to-end tests: Debian's package, installed if missing.
# Tests never download a browser of their own; set CHROMIUM_PATH to use another build.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] || command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "No Chromium found and no apt-get to install it: install Chromium and put it on the PATH, or set CHROMIUM_PATH." >&2
  exit 1
fi
sudo=''
[ "$(id -u)" -eq 0 ] || sudo='sudo'
echo "Installing Debian's Chromium for the browser tests…"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
