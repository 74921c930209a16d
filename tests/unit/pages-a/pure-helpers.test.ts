import { describe, expect, test } from 'vitest';
import { analyze, offersFor } from '../../../lib/engine';
import { applyEdit } from '../../../components/analysis/apply';
import { tokenFromHash, takeHandoff } from '../../../components/analysis/handoff';
import { segmentText } from '../../../components/analysis/segments';
import { parseHostInput } from '../../../components/options/hosts';
import { describeUrl } from '../../../components/popup/active-tab';
import { loadNudges, parseNudges } from '../../../components/popup/nudges';
import {
  formatSnoozeEnd,
  inOneHour,
  isSnoozed,
  tomorrowMorning,
} from '../../../components/popup/snooze-times';
import { glanceLine } from '../../../components/popup/week-glance';
import { HARSH_TEXT, harshAnalysis, labelingFinding } from './fixtures';

describe('segmentText', () => {
  test('cuts plain, harsh and kind runs that join back to the text', () => {
    const segments = segmentText(HARSH_TEXT, harshAnalysis());
    expect(segments.map((s) => s.text).join('')).toBe(HARSH_TEXT);
    expect(segments.filter((s) => s.tone === 'harsh').map((s) => s.text)).toEqual(['a mess']);
    expect(segments.filter((s) => s.tone === 'kind').map((s) => s.text)).toEqual(['I did fine']);
    expect(segments.find((s) => s.tone === 'harsh')?.finding).toBe(0);
  });

  test.each([
    [
      'overlapping spans keep the earlier one',
      [
        [2, 8],
        [4, 10],
      ],
      ['cdefgh'],
    ],
    ['out-of-range offsets are clamped', [[8, 99]], ['ij']],
    ['empty spans are dropped', [[3, 3]], []],
  ] as const)('%s', (_name, spans, harsh) => {
    const text = 'abcdefghij';
    const analysis = {
      findings: spans.map(([start, end]) => ({ ...labelingFinding(), start, end })),
      kind: [],
    };
    const segments = segmentText(text, analysis);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.tone === 'harsh').map((s) => s.text)).toEqual(harsh);
  });
});

describe('replacements', () => {
  test('the pages apply an offer as the card does: only its range, words before the harsh clause kept', () => {
    const text = "ok so honestly, I'm such an idiot for missing the train again.";
    const { findings } = analyze(text);
    expect(findings).toHaveLength(1);
    const offers = offersFor(findings[0]!, text);
    expect(offers.some((offer) => offer.replaces === 'span')).toBe(true);
    for (const offer of offers) {
      expect(text.slice(offer.start, offer.end)).toBe(offer.original);
      expect(applyEdit(text, offer).startsWith('ok so honestly, ')).toBe(true);
    }
  });
});

describe('parseHostInput', () => {
  test.each([
    ['example.com', 'example.com'],
    ['  Mail.Example.COM ', 'mail.example.com'],
    ['https://mail.example.com/inbox?x=1', 'mail.example.com'],
    ['example.com:8080/path', 'example.com'],
    ['localhost', 'localhost'],
    ['www.site.org.', 'www.site.org'],
  ])('%s → %s', (input, host) => {
    expect(parseHostInput(input)).toEqual({ ok: true, host });
  });

  test.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['not a site', 'invalid'],
    ['justaword', 'invalid'],
    ['-bad-.com', 'invalid'],
    ['exa mple.com', 'invalid'],
  ])('%j is refused (%s)', (input, reason) => {
    expect(parseHostInput(input)).toEqual({ ok: false, reason });
  });
});

describe('describeUrl', () => {
  test.each([
    ['https://mail.example.com/x', 'mail.example.com', true],
    ['http://127.0.0.1:8080/', '127.0.0.1', true],
    ['file:///home/me/notes.html', '', true],
    ['chrome://extensions/', '', false],
    ['about:blank', '', false],
    ['chrome-extension://abc/popup.html', '', false],
    ['https://chromewebstore.google.com/detail/x', 'chromewebstore.google.com', false],
    ['https://chrome.google.com/webstore/category', 'chrome.google.com', false],
    ['https://chrome.google.com/other', 'chrome.google.com', true],
    ['https://addons.mozilla.org/en-US/', 'addons.mozilla.org', false],
    [undefined, '', false],
    ['not a url', '', false],
  ])('%s', (url, host, scriptable) => {
    expect(describeUrl(url)).toEqual({ host, scriptable });
  });
});

describe('snooze times', () => {
  test('an hour from now, and 08:00 the next local day even across a month end', () => {
    const now = new Date(2026, 0, 31, 23, 10).getTime();
    expect(inOneHour(now) - now).toBe(60 * 60 * 1000);
    const morning = new Date(tomorrowMorning(now));
    expect([
      morning.getMonth(),
      morning.getDate(),
      morning.getHours(),
      morning.getMinutes(),
    ]).toEqual([1, 1, 8, 0]);
  });

  test('snoozed only while the end is in the future', () => {
    expect(isSnoozed(null, 1000)).toBe(false);
    expect(isSnoozed(999, 1000)).toBe(false);
    expect(isSnoozed(1001, 1000)).toBe(true);
  });

  test('the end shows a weekday only when it is not today', () => {
    const now = new Date(2026, 4, 4, 10, 0).getTime();
    expect(formatSnoozeEnd(new Date(2026, 4, 4, 11, 0).getTime(), now, 'en-GB')).toBe('11:00');
    expect(formatSnoozeEnd(new Date(2026, 4, 5, 8, 0).getTime(), now, 'en-GB')).toBe('Tue 08:00');
  });
});

describe('recent nudges from the tab', () => {
  const good = { category: 'labeling', text: 'I am a mess', explanation: 'A name.', at: 5 };

  test('keeps only well-formed nudges, newest first, bounded', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ ...good, at: i }));
    const parsed = parseNudges([...many, { ...good, at: 'x' }, null, 'text', { text: 1 }]);
    expect(parsed).toHaveLength(20);
    expect(parsed[0]!.at).toBe(29);
    expect(parseNudges({ not: 'a list' })).toEqual([]);
    expect(parseNudges([{ ...good, text: 'x'.repeat(5000) }])[0]!.text).toHaveLength(2000);
  });

  test('unavailable without a scriptable tab, silent when nobody answers, ready otherwise', async () => {
    const tab = { id: 3, host: 'example.com', scriptable: true };
    expect(await loadNudges(null)).toEqual({ status: 'unavailable' });
    expect(await loadNudges({ ...tab, scriptable: false }, () => Promise.resolve([good]))).toEqual({
      status: 'unavailable',
    });
    expect(await loadNudges(tab, () => Promise.reject(new Error('no receiver')))).toEqual({
      status: 'silent',
    });
    const asked: number[] = [];
    const ready = await loadNudges(tab, (id) => {
      asked.push(id);
      return Promise.resolve([good]);
    });
    expect(asked).toEqual([3]);
    expect(ready).toEqual({ status: 'ready', nudges: [good] });
  });
});

describe('hand-off tokens', () => {
  test.each([
    ['#0b7a9c1e-1234-4abc-9def-001122334455', '0b7a9c1e-1234-4abc-9def-001122334455'],
    ['', ''],
    ['#', ''],
    ['#a b', ''],
    ['#<script>', ''],
  ])('%j → %j', (hash, token) => {
    expect(tokenFromHash(hash)).toBe(token);
  });

  test('none without a token, ready with text, expired when gone or unreachable', async () => {
    expect(await takeHandoff('', () => Promise.resolve({ text: 'x' }))).toEqual({ status: 'none' });
    expect(await takeHandoff('#abc', () => Promise.resolve({ text: 'Some words' }))).toEqual({
      status: 'ready',
      text: 'Some words',
    });
    expect(await takeHandoff('#abc', () => Promise.resolve(null))).toEqual({ status: 'expired' });
    expect(await takeHandoff('#abc', () => Promise.resolve({ text: '  ' }))).toEqual({
      status: 'expired',
    });
    expect(await takeHandoff('#abc', () => Promise.reject(new Error('gone')))).toEqual({
      status: 'expired',
    });
  });
});

describe('week glance', () => {
  test('the first sentence of the narrative, or a calm line for an empty week', () => {
    expect(glanceLine({ state: 'empty', narrative: 'Anything.' })).toBe(
      'Your week will take shape here as you write.',
    );
    expect(glanceLine({ state: 'regular', narrative: 'You were kinder. Try a letter.' })).toBe(
      'You were kinder.',
    );
    expect(glanceLine({ state: 'first_week', narrative: 'One sentence only' })).toBe(
      'One sentence only',
    );
  });
});
