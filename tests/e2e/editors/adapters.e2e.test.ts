/**
 * The editor adapters, run directly in each real editor's fixture page (bundled by build.mjs as
 * dist/adapter-harness.js): the text they read, the ranges they map, and that replace() goes
 * through a path the EDITOR'S OWN MODEL follows, as one undo step, with the caret after the new
 * words. The full extension flow over the same pages is tests/e2e/behaviour.e2e.test.ts.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serveFixtures, type FixtureServer } from '../harness';
import { FIXTURES_ROOT, RICH_EDITORS, fixtureReady, modelText } from './fixture-pages';
import type { AdapterProbe } from './adapter-harness';

const FIRST_LINE = 'Notes from today.';
/** The fixture's second paragraph: "really" is bold in the editor's model. */
const FORMATTED_LINE = 'Felt really tired.';
/** Crosses from plain text into the bold word. */
const ACROSS_MARK = { from: 'Felt really', to: 'Was quite' };
const TYPED = "I'm such a failure at keeping plans.";
const FLAGGED = 'a failure';
const KINDER = 'someone still learning';

let browser: Browser;
let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures(FIXTURES_ROOT);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type ProbeCall = <K extends keyof AdapterProbe>(
  method: K,
  ...args: Parameters<AdapterProbe[K]>
) => Promise<Awaited<ReturnType<AdapterProbe[K]>>>;

function probe(page: Page): ProbeCall {
  return (method, ...args) =>
    page.evaluate(
      ([name, params]) => {
        const target = window.adapterProbe!;
        return (target[name] as (...a: unknown[]) => unknown)(...params);
      },
      [method, args] as const,
    ) as never;
}

describe.each(RICH_EDITORS)('$name adapter', (editor) => {
  let page: Page;
  let call: ProbeCall;
  const separator = editor.modelBlockSeparator;
  const original = `${FIRST_LINE}\n${FORMATTED_LINE}\n${TYPED}`;
  const start = original.indexOf(FLAGGED);
  const end = start + FLAGGED.length;
  const replaced = original.slice(0, start) + KINDER + original.slice(end);
  const asModel = (text: string) => text.replaceAll('\n', separator);

  /** Moves focus out of the editor, as clicking the nudge card does. */
  const focusElsewhere = () => page.evaluate(() => (document.activeElement as HTMLElement).blur());

  beforeAll(async () => {
    page = await browser.newPage();
    call = probe(page);
    await page.goto(server.url(editor.path));
    await fixtureReady(page);
    await page.addScriptTag({ url: server.url('/dist/adapter-harness.js') });
    await page.click(editor.editable);
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type(TYPED);
  });
  afterAll(async () => {
    await page?.close();
  });

  test('matches the editor root and reads the text the user sees, blocks as "\\n"', async () => {
    expect(await call('attach')).toBe(editor.adapterKind);
    expect(await call('text')).toBe(original);
    expect(await modelText(page)).toBe(asModel(original));
    expect(await call('selection')).toEqual({ start: original.length, end: original.length });
  });

  test('maps offsets to a DOM range and on-screen rectangles', async () => {
    expect(await call('rangeText', start, end)).toBe(FLAGGED);
    const rects = await call('rects', start, end);
    expect(rects.length).toBeGreaterThan(0);
    const box = (await page.locator(editor.editable).boundingBox())!;
    for (const rect of rects) {
      expect(rect.width).toBeGreaterThan(0);
      expect(rect.x).toBeGreaterThanOrEqual(box.x - 1);
      expect(rect.x + rect.width).toBeLessThanOrEqual(box.x + box.width + 1);
    }
  });

  test("replace() updates the editor's model; one Ctrl+Z restores the original", async () => {
    await focusElsewhere();
    expect(await call('replace', start, end, KINDER)).toBe(true);
    expect(await call('text')).toBe(replaced);
    await expect.poll(() => modelText(page)).toBe(asModel(replaced));
    const caret = start + KINDER.length;
    expect(await call('selection')).toEqual({ start: caret, end: caret });

    await page.keyboard.press('Control+z');
    await expect.poll(() => modelText(page)).toBe(asModel(original));
    expect(await call('text')).toBe(original);
  });

  test('replace() across a bold mark updates the model as one undo step', async () => {
    await focusElsewhere();
    const at = original.indexOf(ACROSS_MARK.from);
    const across =
      original.slice(0, at) + ACROSS_MARK.to + original.slice(at + ACROSS_MARK.from.length);
    expect(await call('replace', at, at + ACROSS_MARK.from.length, ACROSS_MARK.to)).toBe(true);
    await expect.poll(() => modelText(page)).toBe(asModel(across));
    expect(await call('text')).toBe(across);
    await page.keyboard.press('Control+z');
    await expect.poll(() => modelText(page)).toBe(asModel(original));
  });

  test('after replace() the caret sits right after the new words', async () => {
    await focusElsewhere();
    expect(await call('replace', start, end, KINDER)).toBe(true);
    await page.keyboard.type('~');
    const withMark = original.slice(0, start) + KINDER + '~' + original.slice(end);
    await expect.poll(() => modelText(page)).toBe(asModel(withMark));
  });

  // Editors whose history joins quick edits make replace() wait; typing meanwhile must win.
  test.runIf(['prosemirror', 'tiptap', 'quill'].includes(editor.adapterKind))(
    'typing while replace() waits out the undo-merge window cancels it, text untouched',
    async () => {
      const before = await call('text');
      await page.keyboard.type('#');
      await call('startReplace', start, end, KINDER);
      await page.keyboard.press('Backspace');
      expect(await call('pending')).toBe(false);
      expect(await call('text')).toBe(before);
      expect(await modelText(page)).toBe(asModel(before));
    },
  );

  test('a blank line between blocks reads like the model; an emptied editor reads as ""', async () => {
    const before = await call('text');
    await focusElsewhere();
    await call('select', before.length, before.length);
    expect(await call('selection')).toEqual({ start: before.length, end: before.length });
    // Editors that read the DOM selection into their model later (Slate, Draft) must have it before a key.
    await expect
      .poll(() => page.evaluate(() => window.fixture?.modelCaretAtEnd?.() ?? true))
      .toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Still here.');
    const withBlank = `${before}\n\nStill here.`;
    await expect.poll(() => call('text')).toBe(withBlank);
    expect(await modelText(page)).toBe(asModel(withBlank));

    await page.keyboard.press('Control+a');
    await expect
      .poll(() => page.evaluate(() => window.fixture?.modelSelectsAll?.() ?? true))
      .toBe(true);
    await page.keyboard.press('Backspace');
    await expect.poll(() => modelText(page)).toBe('');
    expect(await call('text')).toBe('');
  });

  test('a range outside the text is refused and nothing changes', async () => {
    const before = await modelText(page);
    const length = (await call('text')).length;
    expect(await call('replace', length - 2, length + 5, 'x')).toBe(false);
    expect(await modelText(page)).toBe(before);
  });
});
