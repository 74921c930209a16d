/**
 * SelfkindUi for Firefox: the same queries as the Chromium helper (role and name, focus, boxes), read
 * from Selfkind's closed shadow root in the extension's content-script world, with real mouse input.
 * `cdp` answers the two DOM calls the suite's DOM helpers make (DOM.getDocument, DOM.getBoxModel).
 */
import { expect } from 'vitest';
import type { CDPSession } from 'playwright-core';
import type { SelfkindUi, UiNode, UiQuery } from '../../ui';
import { boxOf, snapshotUi, type WorldNode } from './content-world';
import type { FirefoxFrame, FirefoxPage } from './page';

export async function firefoxUi(page: FirefoxPage): Promise<SelfkindUi> {
  const ctx = page.context();
  // Looked up at the first query: the extension may be installed after this helper is made.
  if (page.href === 'about:blank' && ctx.driverTab) await ctx.tabIdOf(page);

  const inFrames = async <R>(func: (...args: never[]) => R, args: unknown[]): Promise<R[]> =>
    ctx.extensionEvaluate(
      `browser.scripting.executeScript({ target: { tabId: ${await ctx.tabIdOf(page)}, allFrames: true }, func: ${func.toString()}, args: ${JSON.stringify(args)} })
        .then((results) => results.map((r) => r.result).filter((r) => r !== null && r !== undefined))`,
    );

  const frameUrl = (frame?: unknown): string | null => {
    const f = frame as FirefoxFrame | undefined;
    return !f || !f.parentFrame() ? null : f.raw.url();
  };

  const snapshot = async (
    frame: unknown,
    withText = true,
    everyFrame = false,
  ): Promise<WorldNode[]> =>
    (
      await inFrames(snapshotUi, [everyFrame ? '*' : frameUrl(frame), withText])
    ).flat() as WorldNode[];

  const all = async (frame?: unknown): Promise<UiNode[]> =>
    (await snapshot(frame)).map((node) => ({
      role: node.role,
      name: node.name,
      backendNodeId: node.id,
      focused: node.focused,
    }));

  const matches = (node: UiNode, query: UiQuery) =>
    (query.role === undefined || node.role === query.role) &&
    (query.name === undefined ||
      (typeof query.name === 'string' ? node.name === query.name : query.name.test(node.name)));

  const box = async (id: number, scroll: boolean) => {
    const [found] = await inFrames(boxOf, [id, scroll]);
    if (!found) throw new Error(`node ${id} is gone`);
    return found as { x: number; y: number; width: number; height: number };
  };

  const cdp = {
    async send(method: string, params: { backendNodeId?: number } = {}) {
      if (method === 'DOM.getDocument') {
        // Like CDP's pierced document: every frame's nodes.
        const nodes = await snapshot(undefined, false, true);
        return {
          root: {
            nodeName: '#document',
            backendNodeId: 0,
            children: nodes.map((node) => ({
              nodeName: node.nodeName,
              backendNodeId: node.id,
              attributes: node.attributes,
            })),
          },
        };
      }
      if (method === 'DOM.describeNode') {
        const nodes = await snapshot(undefined, false, true);
        const node = nodes.find((n) => n.id === params.backendNodeId);
        return { node: { nodeName: node?.nodeName ?? '', attributes: node?.attributes ?? [] } };
      }
      if (method === 'DOM.getBoxModel') {
        const { x, y, width, height } = await box(params.backendNodeId!, false);
        const border = [x, y, x + width, y, x + width, y + height, x, y + height];
        return {
          model: { border, content: border, padding: border, margin: border, width, height },
        };
      }
      if (method === 'Accessibility.enable' || method === 'DOM.enable') return {};
      throw new Error(`${method}: the Firefox driver has no CDP`);
    },
    async detach() {},
  } as unknown as CDPSession;

  const ui: SelfkindUi = {
    cdp,
    async findAll(query) {
      return (await all(query.frame)).filter((node) => matches(node, query));
    },
    async find(query) {
      return (await ui.findAll(query))[0] ?? null;
    },
    async waitFor(query, timeoutMs = 10_000) {
      let found: UiNode | null = null;
      await expect
        .poll(async () => (found = await ui.find(query)) !== null, {
          timeout: timeoutMs,
          interval: 50,
          message: `waiting for ${query.role ?? 'node'} ${String(query.name ?? '')}`,
        })
        .toBe(true);
      return found!;
    },
    async waitForNone(query, timeoutMs = 10_000) {
      await expect
        .poll(async () => (await ui.findAll(query)).length, { timeout: timeoutMs, interval: 50 })
        .toBe(0);
    },
    async center(node) {
      const { x, y, width, height } = await box(node.backendNodeId, true);
      return { x: x + width / 2, y: y + height / 2 };
    },
    async click(node) {
      const { x, y } = await ui.center(node);
      await page.mouse.click(x, y);
    },
    async hover(node) {
      const { x, y } = await ui.center(node);
      await page.mouse.move(x, y, { steps: 4 });
    },
    async focused(frame) {
      const nodes = (await all(frame)).filter((node) => node.focused);
      return nodes[nodes.length - 1] ?? null;
    },
    async detach() {},
  };
  return ui;
}
