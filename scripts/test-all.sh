#!/usr/bin/env bash
# Every test: unit and rule tests, a check that the committed model matches the training data, then the built extension end to end in Chromium, then in Firefox.
# Each half's time is printed (CI keeps the whole run under 30 minutes on 2 cores).
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .tmp
rm -f .tmp/unit.json .tmp/e2e.json .tmp/e2e-firefox.json
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=.tmp/unit.json || status=1
node scripts/check-model.mjs || status=1
started=$SECONDS
bash scripts/ensure-chromium.sh || status=1
if npx wxt build >.tmp/build.log 2>&1; then
  npx vitest run -c vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=.tmp/e2e.json || status=1
else
  cat .tmp/build.log
  echo "The extension did not build; end-to-end tests not run." >&2
  status=1
fi
chromium_took=$((SECONDS - started))
started=$SECONDS
bash scripts/ensure-firefox.sh || status=1
if npx wxt build -b firefox >.tmp/build-firefox.log 2>&1; then
  npx vitest run -c vitest.firefox.config.ts --reporter=default --reporter=json --outputFile.json=.tmp/e2e-firefox.json || status=1
else
  cat .tmp/build-firefox.log
  echo "The Firefox extension did not build; its end-to-end tests not run." >&2
  status=1
fi
firefox_took=$((SECONDS - started))
echo "end to end: Chromium ${chromium_took}s, Firefox ${firefox_took}s"
node scripts/test-summary.mjs .tmp/unit.json .tmp/e2e.json .tmp/e2e-firefox.json || status=1
exit $status
