#!/usr/bin/env bash
# The Firefox half of the end-to-end tests drives Debian's firefox-esr; install it when missing (as root, from Debian's packages).
set -euo pipefail
if [ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's firefox-esr for the end-to-end tests..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr >/dev/null
else
  echo "The Firefox end-to-end tests need firefox-esr at /usr/bin/firefox-esr: sudo apt-get install firefox-esr" >&2
  exit 1
fi
