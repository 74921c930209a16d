import { browser } from 'wxt/browser';

/** The analysis engine and nudge UI, built from entrypoints/engine.ts; never web-accessible. */
export const ENGINE_SCRIPT = '/engine.js';

/** Runs the engine script in one frame's isolated world, where web pages cannot read it. */
export async function loadEngineInto(tabId: number, frameId: number): Promise<boolean> {
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    files: [ENGINE_SCRIPT],
  });
  return true;
}
