/** Playwright's Locator, for the parts the suite uses, over puppeteer element handles. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Frame as PuppeteerFrame } from 'puppeteer-core';
import { QUERY_PREFIX } from './query-handler';
import { textMatch, type QueryStep } from './query-steps';
import { firefoxScreenshotPath, type FirefoxPage } from './page';

const ACTION_TIMEOUT = 15_000;
type WaitState = 'attached' | 'detached' | 'visible' | 'hidden';

export interface RoleOptions {
  name?: string | RegExp;
  exact?: boolean;
  level?: number;
  checked?: boolean;
}

async function poll<T>(
  what: string,
  timeout: number,
  probe: () => Promise<T | undefined>,
): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const found = await probe().catch(() => undefined);
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms: ${what}`);
    await new Promise((next) => setTimeout(next, 50));
  }
}

export class FirefoxLocator {
  constructor(
    readonly page: FirefoxPage,
    readonly frame: () => PuppeteerFrame | Promise<PuppeteerFrame>,
    readonly steps: QueryStep[],
  ) {}

  private with(step: QueryStep): FirefoxLocator {
    return new FirefoxLocator(this.page, this.frame, [...this.steps, step]);
  }

  toString(): string {
    return JSON.stringify(this.steps);
  }

  async handles(): Promise<ElementHandle<Element>[]> {
    return (await this.frame()).$$(QUERY_PREFIX + JSON.stringify(this.steps));
  }

  locator(selector: string): FirefoxLocator {
    // Playwright's "a >> b": b inside a.
    return selector
      .split(/\s*>>\s*/)
      .reduce<FirefoxLocator>((loc, part) => loc.with({ kind: 'css', selector: part }), this);
  }
  getByRole(role: string, options: RoleOptions = {}): FirefoxLocator {
    return this.with({
      kind: 'role',
      role,
      name: options.name === undefined ? undefined : textMatch(options.name, options.exact),
      level: options.level,
      checked: options.checked,
    });
  }
  getByText(text: string | RegExp, options: { exact?: boolean } = {}): FirefoxLocator {
    return this.with({ kind: 'text', match: textMatch(text, options.exact) });
  }
  getByLabel(text: string | RegExp, options: { exact?: boolean } = {}): FirefoxLocator {
    return this.with({ kind: 'label', match: textMatch(text, options.exact) });
  }
  getByTestId(id: string): FirefoxLocator {
    return this.with({ kind: 'testid', id });
  }
  first(): FirefoxLocator {
    return this.with({ kind: 'nth', index: 0 });
  }
  last(): FirefoxLocator {
    return this.with({ kind: 'nth', index: -1 });
  }
  nth(index: number): FirefoxLocator {
    return this.with({ kind: 'nth', index });
  }
  filter(options: { hasText?: string | RegExp }): FirefoxLocator {
    return options.hasText === undefined
      ? this
      : this.with({ kind: 'hasText', match: textMatch(options.hasText) });
  }

  async count(): Promise<number> {
    const handles = await this.handles();
    await Promise.all(handles.map((h) => h.dispose()));
    return handles.length;
  }

  private async visibleHandle(handle: ElementHandle<Element>): Promise<boolean> {
    return handle.evaluate((el) => {
      const rect = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden';
    });
  }

  async isVisible(): Promise<boolean> {
    const [handle] = await this.handles();
    return handle ? this.visibleHandle(handle) : false;
  }

  async waitFor(options: { state?: WaitState; timeout?: number } = {}): Promise<void> {
    const state = options.state ?? 'visible';
    await poll(`${state}: ${this}`, options.timeout ?? ACTION_TIMEOUT, async () => {
      const handles = await this.handles();
      const visible = handles[0] ? await this.visibleHandle(handles[0]) : false;
      const done =
        state === 'attached'
          ? handles.length > 0
          : state === 'detached'
            ? handles.length === 0
            : state === 'visible'
              ? visible
              : !visible;
      return done ? true : undefined;
    });
  }

  /** The first match once it is visible and enabled (Playwright's actionability, roughly). */
  async actionable(timeout = ACTION_TIMEOUT): Promise<ElementHandle<Element>> {
    return poll(`actionable: ${this}`, timeout, async () => {
      const [handle] = await this.handles();
      if (!handle || !(await this.visibleHandle(handle))) return undefined;
      const disabled = await handle.evaluate(
        (el) =>
          (el as HTMLButtonElement).disabled === true ||
          el.getAttribute('aria-disabled') === 'true',
      );
      return disabled ? undefined : handle;
    });
  }

  async attached(timeout = ACTION_TIMEOUT): Promise<ElementHandle<Element>> {
    return poll(`attached: ${this}`, timeout, async () => (await this.handles())[0]);
  }

  async click(options: { timeout?: number } = {}): Promise<void> {
    await this.page.front();
    const handle = await this.actionable(options.timeout);
    await handle.click();
  }

  async hover(): Promise<void> {
    await this.page.front();
    await (await this.actionable()).hover();
  }

  async focus(): Promise<void> {
    await this.page.front();
    await (await this.attached()).focus();
  }

  async blur(): Promise<void> {
    await (await this.attached()).evaluate((el) => (el as HTMLElement).blur());
  }

  async press(key: string): Promise<void> {
    await this.focus();
    await this.page.keyboard.press(key);
  }

  /** Types into the element key by key, as a person does. */
  async pressSequentially(text: string, options: { delay?: number } = {}): Promise<void> {
    await this.focus();
    await this.page.keyboard.type(text, options);
  }

  async fill(value: string): Promise<void> {
    await this.page.front();
    const handle = await this.actionable();
    // Like Playwright: date and time inputs take their value whole, with input and change events.
    const setWhole = await handle.evaluate((el, value) => {
      const whole = ['date', 'time', 'datetime-local', 'month', 'week', 'color', 'range'];
      if (!(el instanceof HTMLInputElement) || !whole.includes(el.type)) return false;
      el.focus();
      el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    }, value);
    if (setWhole) return;
    await handle.focus();
    await handle.evaluate((el) => {
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) el.select();
      else {
        const range = document.createRange();
        range.selectNodeContents(el);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      }
    });
    if (value === '') await this.page.keyboard.press('Delete');
    else await this.page.keyboard.insertText(value);
  }

  async setChecked(checked: boolean): Promise<void> {
    const handle = await this.actionable();
    const now = await handle.evaluate(
      (el) => (el as HTMLInputElement).checked ?? el.getAttribute('aria-checked') === 'true',
    );
    if (now !== checked) await this.click();
    await poll(`checked=${checked}: ${this}`, ACTION_TIMEOUT, async () =>
      (await this.isChecked()) === checked ? true : undefined,
    );
  }
  check(): Promise<void> {
    return this.setChecked(true);
  }
  uncheck(): Promise<void> {
    return this.setChecked(false);
  }

  async isChecked(): Promise<boolean> {
    return (await this.attached()).evaluate((el) =>
      el instanceof HTMLInputElement ? el.checked : el.getAttribute('aria-checked') === 'true',
    );
  }
  async isDisabled(): Promise<boolean> {
    return (await this.attached()).evaluate((el) => (el as HTMLButtonElement).disabled === true);
  }
  async isEnabled(): Promise<boolean> {
    return !(await this.isDisabled());
  }
  async textContent(): Promise<string | null> {
    return (await this.attached()).evaluate((el) => el.textContent);
  }
  async innerText(): Promise<string> {
    return (await this.attached()).evaluate((el) => (el as HTMLElement).innerText);
  }
  async inputValue(): Promise<string> {
    return (await this.attached()).evaluate((el) => (el as HTMLInputElement).value);
  }
  async getAttribute(name: string): Promise<string | null> {
    return (await this.attached()).evaluate((el, name) => el.getAttribute(name), name);
  }
  async allTextContents(): Promise<string[]> {
    const handles = await this.handles();
    return Promise.all(handles.map((h) => h.evaluate((el) => el.textContent ?? '')));
  }
  async evaluateAll<R, A>(fn: (elements: Element[], arg: A) => R, arg?: A): Promise<R> {
    const handles = await this.handles();
    const array = await (
      await this.frame()
    ).evaluateHandle((...elements: Element[]) => elements, ...handles);
    return array.evaluate(fn as never, arg as never) as Promise<R>;
  }
  async allInnerTexts(): Promise<string[]> {
    const handles = await this.handles();
    return Promise.all(handles.map((h) => h.evaluate((el) => (el as HTMLElement).innerText)));
  }
  async boundingBox(): Promise<{ x: number; y: number; width: number; height: number } | null> {
    return (await this.attached()).boundingBox();
  }
  async evaluate<R, A>(fn: (el: Element, arg: A) => R, arg?: A): Promise<R> {
    return (await this.attached()).evaluate(fn as never, arg as never) as Promise<R>;
  }
  async selectOption(
    value: string | { label?: string; value?: string } | string[],
  ): Promise<string[]> {
    const wanted = (Array.isArray(value) ? value : [value]).map((v) =>
      typeof v === 'string' ? v : (v.value ?? v.label ?? ''),
    );
    const handle = await this.actionable();
    return handle.evaluate((el, wanted) => {
      const select = el as HTMLSelectElement;
      const picked: string[] = [];
      for (const option of Array.from(select.options)) {
        option.selected = wanted.includes(option.value) || wanted.includes(option.label);
        if (option.selected) picked.push(option.value);
      }
      select.dispatchEvent(new Event('input', { bubbles: true }));
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return picked;
    }, wanted);
  }
  /** Playwright's setInputFiles for in-memory files: written to a temporary folder, then chosen. */
  async setInputFiles(file: { name: string; mimeType?: string; buffer: Buffer }): Promise<void> {
    const dir = mkdtempSync(join(tmpdir(), 'selfkind-upload-'));
    const path = join(dir, file.name);
    writeFileSync(path, file.buffer);
    const handle = (await this.attached()) as ElementHandle<HTMLInputElement>;
    await handle.uploadFile(path);
  }

  async screenshot(options: { path?: string } = {}): Promise<Uint8Array> {
    const path = firefoxScreenshotPath(options.path);
    return (await this.actionable()).screenshot({
      ...options,
      path,
    } as never) as unknown as Promise<Uint8Array>;
  }
}
