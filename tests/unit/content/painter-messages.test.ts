import { afterEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Painter, type Scene } from '../../../entrypoints/content/overlay/painter';

const stop = new AbortController();
afterEach(() => stop.abort());

test("the UI's messages are loaded in an idle moment once the host is made, before anything is drawn", async () => {
  const getMessage = vi.spyOn(fakeBrowser.i18n, 'getMessage');
  const scene = (): Scene => ({
    session: null,
    active: true,
    findings: () => [],
    card: null,
    onLeaf: () => undefined,
  });
  const painter = new Painter(stop.signal, scene);
  painter.ensureHost();
  // Not inside the focus that made the host: the first load of the bundle is a synchronous 17-23 ms.
  expect(getMessage).not.toHaveBeenCalled();
  await vi.waitFor(() => expect(getMessage).toHaveBeenCalled());
});
