/**
 * The page must not be able to tell what Selfkind found. A page script installed before anything
 * else records every DOM mutation, every event on window/document (capture), new globals, CSS
 * highlights, adopted stylesheets and the fields' attributes. After a nudge and a used suggestion,
 * the only trace is the one inert host element added when the field was first focused.
 */
import { expect, test } from 'vitest';
import { DIALOG, HARSH, INDICATOR, openFixture, useContentEnv } from './setup';

const env = useContentEnv();

interface Probe {
  mutations: Array<{
    type: string;
    target: string;
    added: string[];
    removed: string[];
    attribute: string | null;
  }>;
  events: Array<{ type: string; target: string; trusted: boolean; detail: string }>;
  baselineGlobals: string[];
  fieldAttributes: string;
}

function installProbe() {
  const describe = (node: unknown): string => {
    if (node === window) return 'window';
    if (node === document) return 'document';
    if (node instanceof Element) return node.tagName + (node.id ? '#' + node.id : '');
    if (node instanceof Node) return node.nodeName;
    return String(node);
  };
  const probe: Probe = {
    mutations: [],
    events: [],
    baselineGlobals: Object.getOwnPropertyNames(window),
    fieldAttributes: '',
  };
  Object.defineProperty(window, '__probe', { value: probe, enumerable: false });
  new MutationObserver((records) => {
    for (const r of records) {
      probe.mutations.push({
        type: r.type,
        target: describe(r.target),
        added: Array.from(r.addedNodes).map(describe),
        removed: Array.from(r.removedNodes).map(describe),
        attribute: r.attributeName,
      });
    }
  }).observe(document, { attributes: true, childList: true, subtree: true, characterData: true });
  // The parser building the page is the page's own doing: count from the parsed document on.
  document.addEventListener('DOMContentLoaded', () => (probe.mutations.length = 0), { once: true });
  const types = new Set<string>();
  for (const target of [window, document, HTMLElement.prototype, Document.prototype]) {
    for (const key in target) if (key.startsWith('on')) types.add(key.slice(2));
  }
  // Plus WXT's content-script start-up handshake, which pages could see if Selfkind ever used WXT's runtime.
  const extra = [
    'focusin',
    'focusout',
    'beforeinput',
    'textInput',
    'selectionchange',
    'wxt:content-script-started',
  ];
  for (const type of [...types, ...extra]) {
    for (const target of [window, document]) {
      target.addEventListener(
        type,
        (event) =>
          probe.events.push({
            type: event.type,
            target: describe(event.target),
            trusted: event.isTrusted,
            detail: event instanceof MessageEvent ? JSON.stringify(event.data) : '',
          }),
        { capture: true },
      );
    }
  }
  // Custom event types cannot be listed up front: catch dispatches of any type.
  const dispatch = EventTarget.prototype.dispatchEvent;
  EventTarget.prototype.dispatchEvent = function (event: Event) {
    if (!types.has(event.type)) {
      probe.events.push({
        type: event.type,
        target: describe(this),
        trusted: false,
        detail: 'dispatched',
      });
    }
    return dispatch.call(this, event);
  };
}

/** The service worker's `chrome` (promise-based in MV3, the same shape as the polyfill's types). */
declare const chrome: import('webextension-polyfill').Browser;

test('after a nudge and a used suggestion, the page sees only the one inert host', async () => {
  const page = await env.browser.context.newPage();
  await page.addInitScript(installProbe);
  const { ui } = await openFixture(env, 'privacy.html', page);
  const attributes = () =>
    page.evaluate(() =>
      ['entry', 'rich'].map((id) => {
        const el = document.getElementById(id)!;
        return (
          el
            .getAttributeNames()
            .map((n) => `${n}=${el.getAttribute(n)}`)
            .join(' ') +
          '|' +
          el.className
        );
      }),
    );
  const before = await attributes();

  await page.click('#entry');
  await page.keyboard.type(HARSH);
  await ui.click(await ui.waitFor(INDICATOR));
  await ui.waitFor(DIALOG);
  await ui.click(await ui.waitFor({ role: 'button', name: /^Use this: / }));
  await ui.waitForNone(DIALOG);
  await expect.poll(() => page.inputValue('#entry')).not.toBe(HARSH);

  const probe = await page.evaluate(() => {
    const p = (window as unknown as { __probe: Probe }).__probe;
    return {
      mutations: p.mutations,
      events: p.events,
      newGlobals: Object.getOwnPropertyNames(window).filter(
        (name) => name !== '__probe' && !p.baselineGlobals.includes(name),
      ),
      highlights: (CSS as unknown as { highlights?: Map<unknown, unknown> }).highlights?.size ?? 0,
      adopted: document.adoptedStyleSheets.length,
      styleSheets: document.styleSheets.length,
      hostAttributes: Array.from(document.querySelectorAll('selfkind-ui')).map((h) =>
        h.getAttributeNames().join(','),
      ),
    };
  });

  // Exactly one mutation: the host element, added once to <html>; no attribute or text changes.
  expect(probe.mutations).toEqual([
    { type: 'childList', target: 'HTML', added: ['SELFKIND-UI'], removed: [], attribute: null },
  ]);
  expect(probe.hostAttributes).toEqual(['style']);
  expect(await attributes()).toEqual(before);
  expect(probe.newGlobals).toEqual([]);
  expect(probe.highlights).toBe(0);
  expect(probe.adopted).toBe(0);
  expect(probe.styleSheets).toBe(1);
  // No event was made up by the extension, and no message was posted to the page: not even that an
  // extension is there.
  expect(probe.events.some((e) => e.type === 'keydown' && e.trusted)).toBe(true);
  expect(probe.events.filter((e) => !e.trusted)).toEqual([]);
  expect(probe.events.filter((e) => e.type === 'message')).toEqual([]);
  expect(probe.events.some((e) => /selfkind|finding|nudge/i.test(e.type))).toBe(false);
  await page.close();
});

test('nothing typed is stored; the popup gets recent nudges from this tab only', async () => {
  const { page, ui } = await openFixture(env, 'textarea.html');
  await page.click('#entry');
  await page.keyboard.type(HARSH);
  await ui.click(await ui.waitFor(INDICATOR));
  await ui.waitFor(DIALOG);
  await page.keyboard.press('Escape');
  const url = page.url();
  const nudges = await env.browser.worker.evaluate(async (pageUrl: string) => {
    const [tab] = await chrome.tabs.query({ url: pageUrl });
    return chrome.tabs.sendMessage(tab!.id!, {
      id: 1,
      type: 'getRecentNudges',
      data: undefined,
      timestamp: Date.now(),
    });
  }, url);
  expect(nudges).toMatchObject({ res: [{ category: 'labeling', text: HARSH }] });
  // Stats are flushed when the page goes away; then nothing in storage holds the text.
  await page.close();
  await expect
    .poll(() =>
      env.browser.worker.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null))),
    )
    .toMatch(/labeling/);
  const stored = await env.browser.worker.evaluate(async () =>
    JSON.stringify([await chrome.storage.local.get(null), await chrome.storage.sync.get(null)]),
  );
  expect(stored).not.toMatch(/idiot|forgetting|meeting/i);
});
