/**
 * Drives Selfkind's in-page UI the way a user does. The nudge lives in a CLOSED shadow root, so
 * Playwright locators cannot see it; this helper finds it through the accessibility tree (CDP
 * `Accessibility.getFullAXTree`), reads boxes with `DOM.getBoxModel`, and acts with real mouse and
 * keyboard input.
 *
 *   const ui = await selfkindUi(page);
 *   const indicator = await ui.waitFor({ role: 'button', name: /^Selfkind/ });
 *   await ui.click(indicator);
 *   const dialog = await ui.waitFor({ role: 'dialog', name: /Selfkind/ });
 *   await ui.click(await ui.waitFor({ role: 'button', name: /^Use this/ }));
 *
 * `OPEN_CARD_SHORTCUT` is the keyboard shortcut that opens the card from inside a field.
 * For a field inside a same-process iframe, pass `{ frame }` (a Playwright Frame) to the queries.
 * In Firefox the same interface is answered by drivers/firefox/ui.ts.
 */
import { expect } from 'vitest';
import type { CDPSession, Frame, Page } from 'playwright-core';
import { BROWSER } from './harness';
import { firefoxUi } from './drivers/firefox/ui';
import type { FirefoxPage } from './drivers/firefox/page';

/** Opens the nudge card from inside the field (documented in the README). */
export const OPEN_CARD_SHORTCUT = 'Alt+Shift+K';

export interface UiNode {
  role: string;
  name: string;
  backendNodeId: number;
  focused: boolean;
}

export interface UiQuery {
  role?: string;
  /** Exact name, or a pattern the name must match. */
  name?: string | RegExp;
  /** Look inside this frame's document (same-process iframes). */
  frame?: Frame;
}

interface RawAxNode {
  ignored?: boolean;
  role?: { value?: unknown };
  name?: { value?: unknown };
  backendDOMNodeId?: number;
  properties?: Array<{ name: string; value: { value?: unknown } }>;
}

export interface SelfkindUi {
  cdp: CDPSession;
  /** Every non-ignored node that matches (empty when none). */
  findAll(query: UiQuery): Promise<UiNode[]>;
  /** The first match, or null. */
  find(query: UiQuery): Promise<UiNode | null>;
  /** Polls until a match exists, then returns it. */
  waitFor(query: UiQuery, timeoutMs?: number): Promise<UiNode>;
  /** Polls until nothing matches. */
  waitForNone(query: UiQuery, timeoutMs?: number): Promise<void>;
  /** The centre of a node's border box, in page viewport coordinates. */
  center(node: UiNode): Promise<{ x: number; y: number }>;
  /** A real mouse click at the node's centre. */
  click(node: UiNode): Promise<void>;
  /** Moves the real mouse to the node's centre (hover). */
  hover(node: UiNode): Promise<void>;
  /** The focused node's role and name (inside closed shadow roots too), or null. */
  focused(frame?: Frame): Promise<UiNode | null>;
  detach(): Promise<void>;
}

export async function selfkindUi(page: Page): Promise<SelfkindUi> {
  if (BROWSER === 'firefox') return firefoxUi(page as unknown as FirefoxPage);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Accessibility.enable');
  await cdp.send('DOM.enable');

  const frameIdOf = async (frame?: Frame): Promise<string | undefined> => {
    if (!frame || frame === page.mainFrame()) return undefined;
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const url = frame.url();
    const stack = [frameTree];
    while (stack.length) {
      const tree = stack.pop()!;
      if (tree.frame.url === url && tree.frame.parentId) return tree.frame.id;
      stack.push(...(tree.childFrames ?? []));
    }
    return undefined;
  };

  const all = async (frame?: Frame): Promise<UiNode[]> => {
    const frameId = await frameIdOf(frame);
    const { nodes } = (await cdp.send(
      'Accessibility.getFullAXTree',
      frameId ? { frameId } : {},
    )) as { nodes: RawAxNode[] };
    return nodes
      .filter((node) => !node.ignored && node.backendDOMNodeId !== undefined)
      .map((node) => ({
        role: String(node.role?.value ?? ''),
        name: String(node.name?.value ?? ''),
        backendNodeId: node.backendDOMNodeId!,
        focused: Boolean(node.properties?.find((p) => p.name === 'focused')?.value.value),
      }));
  };

  const matches = (node: UiNode, query: UiQuery) =>
    (query.role === undefined || node.role === query.role) &&
    (query.name === undefined ||
      (typeof query.name === 'string' ? node.name === query.name : query.name.test(node.name)));

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
      await cdp
        .send('DOM.scrollIntoViewIfNeeded', { backendNodeId: node.backendNodeId })
        .catch(() => undefined);
      const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId });
      const quad = model.border;
      const xs = [quad[0]!, quad[2]!, quad[4]!, quad[6]!];
      const ys = [quad[1]!, quad[3]!, quad[5]!, quad[7]!];
      return {
        x: (Math.min(...xs) + Math.max(...xs)) / 2,
        y: (Math.min(...ys) + Math.max(...ys)) / 2,
      };
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
    async detach() {
      await cdp.detach().catch(() => undefined);
    },
  };
  return ui;
}
