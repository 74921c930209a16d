/**
 * Measures, per editor fixture page, the time from the last typed key to the Selfkind indicator
 * (the pause setting plus analysis and drawing; the first run on a page includes loading the
 * engine). Not a test: prints figures for the notes.
 *
 *   node tests/e2e/fixtures/build.mjs && npx wxt build
 *   npx tsx tests/e2e/editors/indicator-latency.mts [runs]
 */
import { launchWithExtension, serveFixtures } from '../harness';
import { selfkindUi } from '../ui';
import { EDITOR_PAGES } from './behaviour-pages';
import { FIXTURES_ROOT, fixtureReady } from './fixture-pages';

const RUNS = Number(process.argv[2] ?? 3);
const HARSH = " Honestly I'm such a loser for missing the deadline.";
const TIMEOUT_MS = 10_000;

const browser = await launchWithExtension();
const server = await serveFixtures(FIXTURES_ROOT);
try {
  for (const fixture of EDITOR_PAGES) {
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.context.newPage();
      await page.goto(server.url(fixture.path));
      await fixtureReady(page);
      const ui = await selfkindUi(page);
      await page.locator(fixture.field).click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(HARSH);
      const typedAt = performance.now();
      let found = false;
      while (!found && performance.now() - typedAt < TIMEOUT_MS) {
        found = (await ui.find({ role: 'button', name: /^Selfkind/ })) !== null;
      }
      times.push(found ? Math.round(performance.now() - typedAt) : Number.NaN);
      await ui.detach();
      await page.close();
    }
    const sorted = [...times].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    console.log(`${fixture.name.padEnd(28)} median ${median} ms  (runs: ${times.join(', ')})`);
  }
} finally {
  await browser.close();
  await server.close();
}
