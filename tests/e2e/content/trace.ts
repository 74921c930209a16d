/** Main-thread task timings from a Chromium trace (CDP Tracing), for the content-script bench. */
import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { url?: string } };
}

export interface TraceSummary {
  /** Top-level tasks on renderer main threads, in ms. */
  tasks: number[];
  /** The longest tasks with their start (ms after the first event) and what ran inside them. */
  top: Array<{ at: number; ms: number; inside: string[] }>;
  /** Script evaluations whose URL contains the filter, in ms. */
  scripts: number[];
  /** Top-level JS calls (event handlers, timers, animation frames) into scripts matching the filter, in ms. */
  calls: number[];
}

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        '__metadata',
      ],
    },
  });
}

export async function stopTrace(cdp: CDPSession, scriptFilter = ''): Promise<TraceSummary> {
  const complete = new Promise<string>((resolve) =>
    cdp.once('Tracing.tracingComplete', (event: { stream?: string }) => resolve(event.stream!)),
  );
  await cdp.send('Tracing.end');
  const stream = await complete;
  let raw = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    raw += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(raw) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const mainThreads = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = (e: TraceEvent) => mainThreads.has(`${e.pid}:${e.tid}`);
  const runTasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && onMain(e));
  const t0 = Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
  const top = [...runTasks]
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
    .slice(0, 4)
    .map((task) => ({
      at: Math.round((task.ts - t0) / 1000),
      ms: Math.round((task.dur ?? 0) / 1000),
      inside: [
        ...new Set(
          events
            .filter(
              (e) =>
                e.ph === 'X' &&
                e.pid === task.pid &&
                e.tid === task.tid &&
                e.ts >= task.ts &&
                e.ts < task.ts + (task.dur ?? 0) &&
                (e.dur ?? 0) > (task.dur ?? 0) / 5 &&
                e !== task,
            )
            .map(
              (e) => `${e.name}${e.args?.data?.url ? ' ' + e.args.data.url.split('/').pop() : ''}`,
            ),
        ),
      ].slice(0, 6),
    }));
  /** Durations (ms) of main-thread events of one kind in scripts whose URL contains the filter. */
  const durations = (name: string) =>
    events
      .filter(
        (e) =>
          e.name === name &&
          e.ph === 'X' &&
          onMain(e) &&
          (e.args?.data?.url ?? '').includes(scriptFilter),
      )
      .map((e) => (e.dur ?? 0) / 1000);
  return {
    top,
    tasks: events
      .filter((e) => e.name === 'RunTask' && e.ph === 'X' && onMain(e))
      .map((e) => (e.dur ?? 0) / 1000),
    calls: scriptFilter === '' ? [] : durations('FunctionCall'),
    scripts: durations('EvaluateScript'),
  };
}

export const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
export const max = (values: number[]) => values.reduce((a, b) => Math.max(a, b), 0);
export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};
