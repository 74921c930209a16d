/**
 * The in-memory handoff in the real extension: a sentence sent with openPractice reaches the practice
 * page, is taken once, and never lands in storage or in the address the page keeps.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { chromiumOnly, launchWithExtension, type ExtensionBrowser } from '../harness';

/** The extension APIs as extension contexts see them (the callbacks below run there). */
declare const chrome: (typeof import('wxt/browser'))['browser'];

// Written for this test; the rare word makes a leak easy to spot.
const SENTENCE = 'I never finish anything, like the Marrowgate project.';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

/** Sends one BackgroundProtocol message from an extension page, in @webext-core/messaging's format. */
function sendFromPage(
  page: import('playwright-core').Page,
  type: string,
  data: unknown,
): Promise<{ res?: unknown; err?: unknown } | undefined> {
  return page.evaluate(
    ([type, data]) => chrome.runtime.sendMessage({ id: 1, type, data, timestamp: Date.now() }),
    [type, data] as const,
  );
}

test.skipIf(
  chromiumOnly("Firefox's tabs.onCreated has no pendingUrl: the address a tab opens comes later"),
)('openPractice hands the sentence to the practice page once, in memory only', async () => {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);

  // Remember the URL the background opens (the page drops the token from its address at once).
  await browser.worker.evaluate(() => {
    const opened: string[] = [];
    (globalThis as { openedForTest?: string[] }).openedForTest = opened;
    chrome.tabs.onCreated.addListener((tab) => opened.push(tab.pendingUrl ?? tab.url ?? ''));
  });
  await sendFromPage(options, 'openPractice', { exercise: 'break', sentence: SENTENCE });
  const practicePage = () =>
    browser.context.pages().find((page) => page.url().includes('/practice.html'));
  await expect.poll(practicePage, { timeout: 10_000 }).toBeDefined();
  const practice = practicePage()!;

  // The welcome page of the first install may open in the same moment: only the practice tab counts.
  const opened = (
    await browser.worker.evaluate(
      () => (globalThis as { openedForTest?: string[] }).openedForTest ?? [],
    )
  ).find((address) => address.includes('/practice.html'));
  const url = new URL(opened!);
  expect(url.pathname).toBe('/practice.html');
  expect(url.hash).toMatch(/^#break&[0-9a-f-]{36}$/);
  expect(opened).not.toContain('Marrowgate');
  const token = url.hash.split('&')[1]!;

  // The exercise shows the sentence, or starts from it in a field.
  const shown = () =>
    practice.evaluate(() =>
      [
        document.body.innerText,
        ...[...document.querySelectorAll('textarea, input')].map(
          (field) => (field as HTMLTextAreaElement).value,
        ),
      ].join('\n'),
    );
  await expect.poll(shown, { timeout: 10_000 }).toContain('Marrowgate');
  expect(new URL(practice.url()).hash).not.toContain(token);

  // Taken once: asking again gets null.
  expect(await sendFromPage(options, 'takeHandoff', { token })).toEqual({ res: null });

  const stored = await browser.worker.evaluate(async () =>
    JSON.stringify([
      await chrome.storage.local.get(null),
      await chrome.storage.sync.get(null),
      await chrome.storage.session.get(null),
    ]),
  );
  expect(stored).not.toContain('Marrowgate');
  expect(browser.outsideRequests()).toEqual([]);
});

test('malformed messages from a page get no answer and the worker keeps working', async () => {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  // No answer: Chrome resolves the message with {}, Firefox with undefined.
  expect(
    (await sendFromPage(page, 'recordStats', { events: [{ kind: 'typed', text: 'x' }] })) ?? {},
  ).toEqual({});
  expect((await sendFromPage(page, 'snooze', { until: 'forever' })) ?? {}).toEqual({});
  expect(await sendFromPage(page, 'getContentConfig', { host: 'calm.example' })).toMatchObject({
    res: { active: true },
  });
});
