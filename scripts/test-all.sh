#!/usr/bin/env bash
# Every test: unit and rule tests, then the built extension end to end in Chromium.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .tmp
rm -f .tmp/unit.json .tmp/e2e.json
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=.tmp/unit.json || status=1
bash scripts/ensure-chromium.sh || status=1
if npx wxt build >.tmp/build.log 2>&1; then
  npx vitest run -c vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=.tmp/e2e.json || status=1
else
  cat .tmp/build.log
  echo "The extension did not build; end-to-end tests not run." >&2
  status=1
fi
node scripts/test-summary.mjs .tmp/unit.json .tmp/e2e.json || status=1
exit $status
