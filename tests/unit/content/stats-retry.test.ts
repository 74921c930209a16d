/**
 * Counts survive a service worker that stops mid-burst: 300 counts sent in small batches while the worker
 * keeps stopping, some batches lost before they arrive, some answered never after they were written.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createStatsQueue } from '../../../entrypoints/content/stats';
import { MAX_EVENTS_PER_MESSAGE } from '../../../lib/messaging/protocol';
import { parseRecordStats } from '../../../lib/messaging/validate';
import { readStats, recordStatEvents } from '../../../lib/storage/stats';

const NOON = Date.parse('2025-06-11T12:00:00Z');

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
afterEach(() => vi.useRealTimers());

/** The background's handler, behind a channel that fails the way a stopping worker does. */
function flakyWorker(seed: number) {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const calls = { lostOnTheWay: 0, answerLost: 0, answered: 0 };
  const send = async (data: unknown) => {
    const roll = random();
    if (roll < 0.2) {
      calls.lostOnTheWay++;
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }
    const message = parseRecordStats(data);
    if (message) await recordStatEvents(message.events, NOON, 'UTC', message.batch);
    if (roll < 0.45) {
      calls.answerLost++;
      throw new Error('The message port closed before a response was received.');
    }
    calls.answered++;
  };
  return { send, calls };
}

test('with the worker stopping mid-burst, 300 counts are stored: none lost, none doubled', async () => {
  const worker = flakyWorker(7);
  const lifetime = new AbortController();
  const queue = createStatsQueue(lifetime.signal, worker.send, 50);
  for (let i = 0; i < 300; i++) {
    queue.record({ kind: 'harsh', category: 'labeling', severity: 3 });
    if (i % 10 === 9) queue.flush();
  }
  queue.flush();
  for (let round = 0; round < 60 && queue.pending() > 0; round++)
    await vi.advanceTimersByTimeAsync(1_000);
  expect(queue.pending()).toBe(0);
  // The channel really failed both ways, many times.
  expect(worker.calls.lostOnTheWay).toBeGreaterThan(3);
  expect(worker.calls.answerLost).toBeGreaterThan(3);
  const stored = (await readStats())['2025-06-11']!;
  expect(stored.counts.harsh).toBe(300);
  expect(stored.byCategory.labeling?.harsh).toBe(300);
  lifetime.abort();
});

test('a batch sent twice is counted once; batches without an id still count', async () => {
  await recordStatEvents([{ kind: 'kind' }], NOON, 'UTC', 'batch-0001');
  await recordStatEvents([{ kind: 'kind' }], NOON, 'UTC', 'batch-0001');
  await recordStatEvents([{ kind: 'kind' }], NOON, 'UTC');
  expect((await readStats())['2025-06-11']!.counts.kind).toBe(2);
});

test('a burst longer than one message allows is sent in several batches, and all of it is counted', async () => {
  const lifetime = new AbortController();
  const sent: number[] = [];
  const queue = createStatsQueue(lifetime.signal, async (data) => {
    sent.push(data.events.length);
    const message = parseRecordStats(data);
    if (message) await recordStatEvents(message.events, NOON, 'UTC', message.batch);
  });
  for (let i = 0; i < 450; i++) queue.record({ kind: 'harsh', category: 'labeling', severity: 3 });
  queue.flush();
  await vi.advanceTimersByTimeAsync(0);
  expect(sent.every((events) => events <= MAX_EVENTS_PER_MESSAGE)).toBe(true);
  expect((await readStats())['2025-06-11']!.counts.harsh).toBe(450);
  lifetime.abort();
});
