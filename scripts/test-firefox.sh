#!/usr/bin/env bash
# The Firefox half alone: the built Firefox extension, end to end in Debian's firefox-esr.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .tmp
rm -f .tmp/e2e-firefox.json
status=0
bash scripts/ensure-firefox.sh || status=1
if npx wxt build -b firefox >.tmp/build-firefox.log 2>&1; then
  npx vitest run -c vitest.firefox.config.ts --reporter=default --reporter=json --outputFile.json=.tmp/e2e-firefox.json || status=1
else
  cat .tmp/build-firefox.log
  echo "The Firefox extension did not build; its end-to-end tests not run." >&2
  status=1
fi
node scripts/test-summary.mjs .tmp/e2e-firefox.json || status=1
exit $status
