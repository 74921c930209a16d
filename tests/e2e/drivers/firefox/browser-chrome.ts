/**
 * What a user does in Firefox's own window rather than in a page: a browser-wide keyboard shortcut and
 * a context-menu item. BiDi input reaches only the page, where extension shortcuts are not handled, so
 * these go through Firefox's privileged window script (--remote-allow-system-access): keys through the
 * text input processor, as Firefox's own tests press them; the menu opened by a real right click.
 */
import type { FirefoxContext } from './context';
import type { FirefoxPage } from './page';

const KEYS: Record<string, { key: string; code: string; keyCode: number }> = {
  Alt: { key: 'Alt', code: 'AltLeft', keyCode: 18 },
  Shift: { key: 'Shift', code: 'ShiftLeft', keyCode: 16 },
  Control: { key: 'Control', code: 'ControlLeft', keyCode: 17 },
};

/** Presses a shortcut such as "Alt+Shift+Y" in the browser window, with the page's tab in front. */
export async function pressInBrowserWindow(page: FirefoxPage, combo: string): Promise<void> {
  await page.bringToFront();
  const parts = combo.split('+');
  const last = parts.pop()!;
  const keys = [
    ...parts.map((name) => KEYS[name]!),
    { key: last, code: `Key${last.toUpperCase()}`, keyCode: last.toUpperCase().charCodeAt(0) },
  ];
  const sent = await page.context().chromeEvaluate(`(() => {
    const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
    if (!tip.beginInputTransactionForTests(window)) return false;
    const keys = ${JSON.stringify(keys)};
    for (const k of keys) tip.keydown(new KeyboardEvent('', k));
    for (const k of keys.reverse()) tip.keyup(new KeyboardEvent('', k));
    return true;
  })()`);
  if (sent !== true) throw new Error('Firefox did not take the key presses');
}

/** Right-clicks at (x, y) in the page, then picks the context-menu item with this label. */
export async function chooseFromContextMenu(
  page: FirefoxPage,
  at: { x: number; y: number },
  label: string,
): Promise<void> {
  const ctx: FirefoxContext = page.context();
  await page.mouse.click(at.x, at.y, { button: 'right' });
  const deadline = Date.now() + 10_000;
  for (;;) {
    const picked = await ctx.chromeEvaluate(`(() => {
      const menu = document.getElementById('contentAreaContextMenu');
      if (menu.state !== 'open') return 'closed';
      const item = [...menu.querySelectorAll('menuitem')].find((i) => !i.hidden && i.label === ${JSON.stringify(label)});
      if (!item) return 'missing';
      menu.activateItem(item);
      return 'picked';
    })()`);
    if (picked === 'picked') return;
    if (Date.now() > deadline) throw new Error(`context menu item "${label}": ${String(picked)}`);
    await new Promise((next) => setTimeout(next, 50));
  }
}

/**
 * What "Run in Private Windows: Allow" on about:addons does: grant the permission, then reload the
 * add-on (its pages close and open again). Resolves once the extension answers again.
 */
export async function allowInPrivateWindows(ctx: FirefoxContext, addonId: string): Promise<void> {
  await ctx.chromeEvaluate(`(async () => {
    const { ExtensionPermissions } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
    const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
    await ExtensionPermissions.add(${JSON.stringify(addonId)}, { permissions: ['internal:privateBrowsingAllowed'], origins: [] });
    await (await AddonManager.getAddonByID(${JSON.stringify(addonId)})).reload();
    return true;
  })()`);
  await ctx.reopenDriverTab();
}
