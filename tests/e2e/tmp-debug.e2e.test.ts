import { test } from 'vitest';
import { launchWithExtension } from './harness';
import type { FirefoxPage } from './drivers/firefox/page';

test('debug query', async () => {
  const browser = await launchWithExtension();
  const page = (await browser.context.newPage()) as unknown as FirefoxPage;
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await new Promise((r) => setTimeout(r, 1500));
  console.log('h2', await page.evaluate('JSON.stringify([...document.querySelectorAll("h2")].map(h => h.textContent))'));
  for (const sel of ['skq/[{"kind":"css","selector":"h2"}]', 'skq/[{"kind":"role","role":"heading"}]']) {
    try { console.log(sel, (await page.raw.$$(sel)).length); } catch (e) { console.log(sel, 'ERR', String(e).slice(0, 500)); }
  }
  await page.goto('data:text/html,<h2>General</h2>');
  for (const sel of ['skq/[{"kind":"css","selector":"h2"}]', 'skq/[{"kind":"role","role":"heading"}]']) {
    try { console.log('data', sel, (await page.raw.$$(sel)).length); } catch (e) { console.log(sel, 'ERR', String(e).slice(0, 500)); }
  }
  await browser.close();
});
