#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium; install it when missing (as root, from Debian's packages).
set -euo pipefail
if [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium for the end-to-end tests..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "The end-to-end tests need Chromium at /usr/bin/chromium: sudo apt-get install chromium" >&2
  exit 1
fi
