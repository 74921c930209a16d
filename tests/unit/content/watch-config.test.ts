import { afterEach, expect, test, vi } from 'vitest';
import type { ContentConfig } from '../../../lib/messaging/protocol';

const sendBare = vi.fn();
vi.mock('@/lib/messaging/bare-send', () => ({
  sendBare: (...args: unknown[]) => sendBare(...args),
  bareExtensionApi: () => undefined,
  extensionGone: () => false,
}));

const WATCHING = Symbol.for('selfkind.watch.v1');
const ENGINE = Symbol.for('selfkind.engine.v1');
type Scope = Record<symbol, unknown>;

afterEach(() => {
  delete (globalThis as Scope)[WATCHING];
  delete (globalThis as Scope)[ENGINE];
  document.body.innerHTML = '';
  sendBare.mockReset();
});

/** A focus the browser moved: only those start Selfkind (a page's made-up focusin does nothing). */
function userFocus(field: HTMLElement) {
  const event = new FocusEvent('focusin', { bubbles: true, composed: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  field.dispatchEvent(event);
}

test('when the background gives no settings (its worker stopped mid-answer), the next focus asks again', async () => {
  const attach = vi.fn();
  (globalThis as Scope)[ENGINE] = {
    start: () => ({ attach, setConfig: vi.fn() }),
  };
  const config = { active: true } as ContentConfig;
  sendBare.mockImplementation((type: string) => {
    if (type !== 'getContentConfig') return Promise.resolve(true);
    const calls = sendBare.mock.calls.filter(([t]) => t === 'getContentConfig').length;
    return calls === 1
      ? Promise.reject(new Error('The message channel closed before a response was received'))
      : Promise.resolve(config);
  });
  const field = document.createElement('textarea');
  document.body.append(field);
  const { watchFields } = await import('../../../entrypoints/content/watch');
  watchFields();

  userFocus(field);
  await vi.waitFor(() => expect(sendBare).toHaveBeenCalledTimes(1));
  await Promise.resolve();
  expect(attach).not.toHaveBeenCalled();

  userFocus(field);
  await vi.waitFor(() => expect(attach).toHaveBeenCalledWith(field, config));
  expect(sendBare.mock.calls.filter(([t]) => t === 'getContentConfig')).toHaveLength(2);
});
