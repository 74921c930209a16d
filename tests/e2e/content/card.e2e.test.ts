/**
 * The card as people trying it asked for: it shows what will change before it changes, keeps the words
 * before the harsh clause, pages through several findings ("1 of 2"), and the crisis card stays open, with
 * numbers as tel:/sms: links that Tab reaches. The leaf never sits on the text, and the popup lists every
 * finding of the page.
 */
import { expect, test } from 'vitest';
import { OPEN_CARD_SHORTCUT, type SelfkindUi, type UiNode } from '../ui';
import { CRISIS, DIALOG, HARSH, INDICATOR, openFixture, useContentEnv } from './setup';

type Browser = typeof import('webextension-polyfill');

const env = useContentEnv();

async function hrefOf(ui: SelfkindUi, node: UiNode): Promise<string> {
  const { node: described } = await ui.cdp.send('DOM.describeNode', {
    backendNodeId: node.backendNodeId,
  });
  const attributes = described.attributes ?? [];
  return attributes[attributes.indexOf('href') + 1] ?? '';
}

test('the card shows the words it will replace, struck through, beside the new ones', async () => {
  const { page, ui } = await openFixture(env, 'textarea.html');
  await page.click('#entry');
  await page.keyboard.type(HARSH);
  await ui.waitFor(INDICATOR);
  await page.keyboard.press(OPEN_CARD_SHORTCUT);
  await ui.waitFor(DIALOG);
  const struck = await ui.findAll({ role: 'deletion' });
  const added = await ui.findAll({ role: 'insertion' });
  expect(struck.length).toBeGreaterThan(0);
  expect(added.length).toBe(struck.length);
  expect(await ui.find({ role: 'StaticText', name: "I'm such an idiot" })).not.toBeNull();
  await page.close();
});

test('a whole-sentence suggestion keeps the words before the harsh clause, and says it rewrites the rest', async () => {
  const { page, ui } = await openFixture(env, 'textarea.html');
  const before = 'ok so honestly ';
  await page.click('#entry');
  await page.keyboard.type(`${before}I'm such an idiot for missing the train again.`);
  await ui.waitFor(INDICATOR);
  await page.keyboard.press(OPEN_CARD_SHORTCUT);
  await ui.waitFor(DIALOG);
  await ui.waitFor({ role: 'StaticText', name: 'Rewrites the rest of this sentence' });
  const whole = await ui.waitFor({ role: 'button', name: /^Use this: I missed the train/ });
  await ui.click(whole);
  await ui.waitForNone(DIALOG);
  await expect.poll(() => page.inputValue('#entry')).toMatch(/^ok so honestly I missed the train/);
  await page.close();
});

test('"1 of 2": next and previous, by mouse and by keyboard', async () => {
  const { page, ui } = await openFixture(env, 'textarea.html');
  await page.click('#entry');
  await page.keyboard.type(`${HARSH} I always ruin everything.`);
  await ui.waitFor({ role: 'button', name: 'Selfkind: 2 suggestions' });
  // The start of the text, not of the visual line: the textarea wraps differently in each browser.
  await page.keyboard.press('Control+Home');
  await page.keyboard.press(OPEN_CARD_SHORTCUT);
  await ui.waitFor(DIALOG);
  await ui.waitFor({ role: 'StaticText', name: '1 of 2' });
  await ui.click(await ui.waitFor({ role: 'button', name: 'Next' }));
  await ui.waitFor({ role: 'StaticText', name: '2 of 2' });
  await ui.waitFor({ role: 'StaticText', name: 'I always ruin everything' });
  await page.keyboard.press('Alt+ArrowLeft');
  await ui.waitFor({ role: 'StaticText', name: '1 of 2' });
  await page.close();
});

test('the crisis card stays open as the person types; its numbers are tel:/sms: links that Tab reaches', async () => {
  const { page, ui } = await openFixture(env, 'textarea.html');
  await page.click('#entry');
  await page.keyboard.type(CRISIS);
  await ui.waitFor(DIALOG);
  await page.keyboard.type(' I just keep writing here.');
  expect(await page.inputValue('#entry')).toBe(`${CRISIS} I just keep writing here.`);
  // Typing went on, and the card is still there after the next analysis would have run.
  await page.keyboard.press('ArrowLeft');
  await ui.waitFor(DIALOG);
  const call = await ui.waitFor({ role: 'link', name: /^Call 988/ });
  expect(await hrefOf(ui, call)).toBe('tel:988');
  const text = await ui.waitFor({ role: 'link', name: /^Text 988/ });
  expect(await hrefOf(ui, text)).toMatch(/^sms:988/);
  // Keyboard: the shortcut moves focus into the card; Tab walks every link and button.
  await page.keyboard.press(OPEN_CARD_SHORTCUT);
  await ui.waitFor(DIALOG);
  const reached = new Set<string>();
  for (let i = 0; i < 16; i++) {
    const focused = await ui.focused();
    if (focused) reached.add(`${focused.role}:${focused.name}`);
    await page.keyboard.press('Tab');
  }
  const links = await ui.findAll({ role: 'link' });
  const buttons = await ui.findAll({ role: 'button', name: /^(Close|×)$/ });
  for (const control of [...links, ...buttons])
    expect([...reached], control.name).toContain(`${control.role}:${control.name}`);
  await page.close();
});

test('the leaf sits beside the field, never on its text', async () => {
  const { page, ui } = await openFixture(env, 'textarea.html');
  await page.click('#entry');
  // Enough lines to reach the field's last visible line.
  for (let i = 0; i < 6; i++) await page.keyboard.type(`${HARSH} `);
  const leaf = await ui.center(await ui.waitFor(INDICATOR));
  const field = await page.locator('#entry').boundingBox();
  const insideField =
    leaf.x >= field!.x &&
    leaf.x <= field!.x + field!.width &&
    leaf.y >= field!.y &&
    leaf.y <= field!.y + field!.height;
  expect(insideField).toBe(false);
  await page.close();
});

test('the popup lists every finding on the page, opened or not', async () => {
  const { page, ui } = await openFixture(env, 'textarea.html');
  await page.click('#entry');
  await page.keyboard.type(`${HARSH} I always ruin everything.`);
  await ui.waitFor({ role: 'button', name: 'Selfkind: 2 suggestions' });
  const url = page.url();
  const nudges = (await env.browser.worker.evaluate(async (pageUrl: string) => {
    // Firefox's promise-returning API is `browser`; its `chrome` takes callbacks.
    const scope = globalThis as unknown as Record<'browser' | 'chrome', Browser | undefined>;
    const api = (scope.browser ?? scope.chrome)!;
    // Every tab, then by address: Firefox's match patterns take no port.
    const tab = (await api.tabs.query({})).find((t) => t.url === pageUrl);
    return api.tabs.sendMessage(tab!.id!, {
      id: 1,
      type: 'getRecentNudges',
      data: undefined,
      timestamp: Date.now(),
    });
  }, url)) as { res: Array<{ text: string }> };
  expect(nudges.res.map((n) => n.text.trim())).toEqual([HARSH, 'I always ruin everything.']);
  await page.close();
});
