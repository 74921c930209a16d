import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../../..');
const tsx = resolve(root, 'node_modules/.bin/tsx');

function cli(args: string[], input = ''): { stdout: string; status: number | null } {
  const r = spawnSync(tsx, ['lib/cli.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { stdout: r.stdout, status: r.status };
}

describe('CLI', () => {
  it(
    '--jsonl answers every line, malformed ones included, and goes on',
    { timeout: 60_000 },
    () => {
      const input = [
        JSON.stringify({ id: 'a', text: "I'm such an idiot for missing the bus." }),
        '{not json',
        JSON.stringify({ id: 'b', text: 'The soup was lovely.' }),
        JSON.stringify({ id: 'c' }),
        '',
        JSON.stringify({ id: 7, text: 'I did my best.' }),
      ].join('\n');
      const { stdout, status } = cli(['--jsonl'], input);
      expect(status).toBe(0);
      const lines = stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(lines).toHaveLength(5);
      expect(lines[0]).toMatchObject({ id: 'a', crisis: false, kind: [] });
      expect(lines[0].findings[0]).toMatchObject({
        category: 'labeling',
        start: 0,
        end: 17,
        severity: 3,
      });
      expect(Object.keys(lines[0].findings[0]).sort()).toEqual([
        'category',
        'end',
        'rule',
        'severity',
        'start',
        'suggestions',
      ]);
      expect(lines[1]).toMatchObject({ id: null });
      expect(lines[1].error).toEqual(expect.any(String));
      expect(lines[2]).toEqual({
        id: 'b',
        crisis: false,
        crisisLevel: null,
        findings: [],
        kind: [],
        parts: [],
      });
      expect(lines[3]).toMatchObject({ id: null, error: expect.any(String) });
      expect(lines[4].id).toBe(7);
      expect(lines[4].kind).toHaveLength(1);
    },
  );

  it('defaults to standard sensitivity and accepts --sensitivity', { timeout: 60_000 }, () => {
    const input = JSON.stringify({ id: 'q', text: 'Am I an idiot?' }) + '\n';
    expect(JSON.parse(cli(['--jsonl'], input).stdout).findings).toEqual([]);
    expect(
      JSON.parse(cli(['--jsonl', '--sensitivity', 'thorough'], input).stdout).findings,
    ).toHaveLength(1);
  });

  it(
    'prints crisis resources and no rephrasings for a sentence in crisis',
    { timeout: 60_000 },
    () => {
      const { stdout } = cli(["I want to die, I'm such a burden"]);
      expect(stdout).toMatch(/988|Samaritans|emergency/);
      expect(stdout).not.toContain('→');
    },
  );

  it('prints a readable report', { timeout: 60_000 }, () => {
    const { stdout, status } = cli([
      "I'm such an idiot for missing the bus. I did my best though.",
    ]);
    expect(status).toBe(0);
    expect(stdout).toContain('labeling');
    expect(stdout).toContain('"I\'m such an idiot"');
    expect(stdout).toContain('kind self-talk');
  });
});
