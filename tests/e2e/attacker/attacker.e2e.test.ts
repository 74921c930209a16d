/**
 * A hostile page learns nothing and can do nothing. Each test is something a page could do before
 * (audit, issue 14), done the way the page would do it, with the user's own input as the control.
 */
import { afterEach, expect, test } from 'vitest';
import { OPEN_CARD_SHORTCUT } from '../ui';

import {
  CRISIS,
  DIALOG,
  HARSH,
  INDICATOR,
  openFixture,
  startEnv,
  stopEnv,
  useContentEnv,
  type Env,
} from '../content/setup';
import {
  fakeEscape,
  fakeOpenShortcut,
  firstWordPoint,
  neverWithin,
  probe,
  storedCounts,
} from './page-tricks';

const env = useContentEnv();
/** Tests that read the week's counts get a browser of their own. */
let own: Env | undefined;
afterEach(async () => {
  if (own) expect(own.browser.outsideRequests()).toEqual([]);
  await stopEnv(own);
  own = undefined;
});

/** Longer than the pause before analysis plus the hover delay, with room for a loaded machine. */
const LOOK_MS = 2_000;

test('1. a script-made Alt+Shift+K opens nothing and takes no focus: the next Space stays a space', async () => {
  const { page, ui } = await openFixture(env, 'textarea.html');
  await page.click('#entry');
  await page.keyboard.type(HARSH);
  await ui.waitFor(INDICATOR);
  await fakeOpenShortcut(page);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('entry');
  await page.keyboard.type(' ');
  expect(await page.inputValue('#entry')).toBe(`${HARSH} `);
  expect(await ui.find(DIALOG)).toBeNull();
  // The user's own shortcut still opens the card.
  await page.keyboard.press(OPEN_CARD_SHORTCUT);
  await ui.waitFor(DIALOG);
  await page.close();
});

test('2. hit-testing, focus and layout look the same for ordinary, harsh and crisis text', async () => {
  const results: Record<string, Awaited<ReturnType<typeof probe>>> = {};
  for (const [name, text] of [
    ['ordinary', 'We walked by the river and had soup for lunch.'],
    ['harsh', HARSH],
    ['crisis', CRISIS],
  ] as const) {
    const { page, ui } = await openFixture(env, 'textarea.html');
    await page.click('#entry');
    await page.keyboard.type(text);
    // Probe once Selfkind has drawn what it found (the leaf; for a crisis, the card that opens by itself).
    if (name === 'harsh') await ui.waitFor(INDICATOR);
    if (name === 'crisis') await ui.waitFor(DIALOG);
    results[name] = await probe(page);
    await page.close();
  }
  const { ordinary, harsh, crisis } = results as Record<string, Awaited<ReturnType<typeof probe>>>;
  console.log(
    `grid probe (${ordinary!.points} points): host hits ordinary ${ordinary!.hostHits}, harsh ${harsh!.hostHits}, crisis ${crisis!.hostHits}`,
  );
  expect(ordinary!.points).toBeGreaterThan(1000);
  expect(harsh!.hostHits).toBe(0);
  expect(crisis!.hostHits).toBe(0);
  expect(harsh).toEqual(ordinary);
  expect(crisis).toEqual(ordinary);
  expect(ordinary!.active).toBe('TEXTAREA#entry');
});

test('3a. a script-made focusin loads nothing', async () => {
  const { page } = await openFixture(env, 'textarea.html');
  // Focus the page made up: Selfkind does not even start.
  await page.evaluate(() =>
    document
      .getElementById('entry')!
      .dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true })),
  );
  // Loading the engine takes a moment on a busy machine: look for longer.
  await neverWithin(
    3 * LOOK_MS,
    () => page.evaluate(() => document.querySelector('selfkind-ui') !== null),
    'the engine started on a made-up focusin',
  );
  // The browser's own focus does.
  await page.click('#entry');
  await page.waitForFunction(() => document.querySelector('selfkind-ui') !== null);
  await page.close();
});

test('3b. a script-made mousemove over the flagged words opens nothing', async () => {
  const { page, ui } = await openFixture(env, 'textarea.html');
  await page.click('#entry');
  await page.keyboard.type(HARSH);
  await ui.waitFor(INDICATOR);
  const { x, y } = await firstWordPoint(page);
  // One move the page made up, over the flagged words, then nothing: no card.
  await page.evaluate(
    ([x, y]) =>
      document
        .getElementById('entry')!
        .dispatchEvent(
          new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true, composed: true }),
        ),
    [x, y] as const,
  );
  await neverWithin(
    LOOK_MS,
    async () => (await ui.find(DIALOG)) !== null,
    'a made-up hover opened the card',
  );
  // The user's own pointer over the same point opens it.
  await page.mouse.move(x, y);
  await ui.waitFor(DIALOG);
  await page.close();
});

test('4. text the page puts in a focused field never opens the crisis card and is never counted', async () => {
  own = await startEnv();
  const { page, ui } = await openFixture(own, 'textarea.html');
  await page.focus('#entry');
  await page.waitForFunction(() => document.querySelector('selfkind-ui') !== null);
  await page.evaluate((text) => {
    const field = document.getElementById('entry') as HTMLTextAreaElement;
    field.value = text;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
  }, CRISIS);
  // Highlights may follow the page's text: the leaf says support is here, one click away...
  const leaf = await ui.waitFor(INDICATOR);
  expect(leaf.name).toMatch(/support/i);
  // ...but nothing opens by itself.
  await neverWithin(
    LOOK_MS,
    async () => (await ui.find(DIALOG)) !== null,
    'the crisis card opened',
  );
  // The user writes something of their own, which is counted; then the page goes away and stats flush.
  await page.click('#entry');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(HARSH);
  await ui.waitFor({ role: 'button', name: /^Selfkind: a kinder/ });
  await page.close();
  await expect.poll(async () => (await storedCounts(own!.browser)).harsh ?? 0).toBe(1);
  expect((await storedCounts(own.browser)).crisis_shown ?? 0).toBe(0);
});

test('5. thirty script-made open/Escape cycles do not inflate the week: one harsh sentence, one shown', async () => {
  own = await startEnv();
  const { page, ui } = await openFixture(own, 'textarea.html');
  await page.click('#entry');
  await page.keyboard.type(HARSH);
  await ui.waitFor(INDICATOR);
  for (let i = 0; i < 30; i++) {
    await fakeOpenShortcut(page);
    await fakeEscape(page);
  }
  // The user opens and closes it twice themselves.
  for (let i = 0; i < 2; i++) {
    await page.keyboard.press(OPEN_CARD_SHORTCUT);
    await ui.waitFor(DIALOG);
    await page.keyboard.press('Escape');
    await ui.waitForNone(DIALOG);
  }
  await page.close();
  await expect.poll(async () => (await storedCounts(own!.browser)).shown ?? 0).toBeGreaterThan(0);
  expect(await storedCounts(own.browser)).toMatchObject({ harsh: 1, shown: 1 });
});

test('6. a page that removes or restyles the host gets a fresh one, and Selfkind still works', async () => {
  const { page, ui } = await openFixture(env, 'textarea.html');
  await page.click('#entry');
  await page.waitForFunction(() => document.querySelector('selfkind-ui') !== null);
  await page.evaluate(() => document.querySelector('selfkind-ui')!.remove());
  await page.keyboard.type(HARSH);
  await ui.click(await ui.waitFor(INDICATOR));
  await ui.waitFor(DIALOG);
  await page.keyboard.press('Escape');
  await ui.waitForNone(DIALOG);

  await page.evaluate(() =>
    document
      .querySelector('selfkind-ui')!
      .setAttribute('style', 'opacity: 0 !important; pointer-events: auto !important'),
  );
  await expect
    .poll(() =>
      page.evaluate(() =>
        Array.from(document.querySelectorAll('selfkind-ui')).map((host) => {
          const style = getComputedStyle(host);
          return `${style.opacity} ${style.pointerEvents}`;
        }),
      ),
    )
    .toEqual(['1 none']);
  await ui.click(await ui.waitFor(INDICATOR));
  await ui.waitFor(DIALOG);
  await ui.click(await ui.waitFor({ role: 'button', name: /^Use this: / }));
  await expect.poll(() => page.inputValue('#entry')).not.toBe(HARSH);
  await page.close();
});

test("7. the page's phone numbers and addresses never come back in Selfkind's voice", async () => {
  const { page, ui } = await openFixture(env, 'textarea.html');
  await page.click('#entry');
  await page.keyboard.type(
    "I forgot to call 1-900-555-0199 at scam-support.example about the refund, I'm such an idiot.",
  );
  await ui.waitFor(INDICATOR);
  await page.keyboard.press(OPEN_CARD_SHORTCUT);
  await ui.waitFor(DIALOG);
  const uses = await ui.findAll({ role: 'button', name: /^Use this: / });
  expect(uses.length).toBeGreaterThan(0);
  for (const use of uses) expect(use.name).not.toMatch(/1-900|555|scam|support\.example|@/);
  await page.close();
});
