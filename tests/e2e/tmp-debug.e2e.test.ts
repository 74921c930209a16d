import { test } from 'vitest';
import { launchWithExtension, serveFixtures } from './harness';
import type { FirefoxContext } from './drivers/firefox/context';
import { resolve } from 'node:path';

test('debug menu', async () => {
  const [browser, server] = await Promise.all([launchWithExtension(), serveFixtures(resolve('tests/e2e/fixtures/pages'))]);
  const ctx = browser.context as unknown as FirefoxContext;
  const page = await browser.context.newPage();
  await page.goto(server.url('/textarea.html'));
  await page.evaluate(() => { const r = document.createRange(); r.selectNodeContents(document.querySelector('.lead')!); getSelection()!.addRange(r); });
  await page.bringToFront();
  console.log('tip', await ctx.chromeEvaluate(`(() => {
    const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
    if (!tip.beginInputTransactionForTests(window)) return 'no transaction';
    const ev = (key, code, keyCode) => new KeyboardEvent('', { key, code, keyCode });
    tip.keydown(ev('Alt', 'AltLeft', 18)); tip.keydown(ev('Shift', 'ShiftLeft', 16));
    tip.keydown(ev('Y', 'KeyY', 89)); tip.keyup(ev('Y', 'KeyY', 89));
    tip.keyup(ev('Shift', 'ShiftLeft', 16)); tip.keyup(ev('Alt', 'AltLeft', 18));
    return 'sent ' + document.activeElement?.localName;
  })()`));
  await new Promise((r) => setTimeout(r, 2000));
  console.log('after alt-shift-y', browser.context.pages().map((p) => p.url()));
  const box = await page.locator('.lead').boundingBox();
  await page.mouse.click(box!.x + 20, box!.y + 5, { button: 'right' });
  await new Promise((r) => setTimeout(r, 1000));
  console.log('menu', await ctx.chromeEvaluate(`(() => { const m = document.getElementById('contentAreaContextMenu'); const item = [...m.querySelectorAll('menuitem')].find(i => i.label === 'Check with Selfkind'); m.activateItem(item); return m.state; })()`));
  await new Promise((r) => setTimeout(r, 2000));
  console.log('after menu', browser.context.pages().map((p) => p.url()));
  await browser.close(); await server.close();
});
