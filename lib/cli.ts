/**
 * The engine's command line.
 *   npm run --silent analyze -- "I'm such an idiot for missing the bus"
 *   npm run --silent analyze -- --jsonl < texts.jsonl      ({"id","text"} per line in, one result per line out)
 * Flags: --sensitivity gentle|standard|thorough (default standard), --variant N.
 */
import { createInterface } from 'node:readline';
import { analyze } from './engine/index';
import type { Analysis, AnalyzeOptions, Sensitivity } from './engine/index';
import { countryFromEnvironment, formatReport } from './engine/report';

interface CliArgs {
  jsonl: boolean;
  options: AnalyzeOptions;
  texts: string[];
}

const SENSITIVITIES: readonly Sensitivity[] = ['gentle', 'standard', 'thorough'];

function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { jsonl: false, options: { sensitivity: 'standard' }, texts: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--jsonl') args.jsonl = true;
    else if (a === '--sensitivity') {
      const v = argv[++i] as Sensitivity;
      if (!SENSITIVITIES.includes(v))
        throw new Error(`--sensitivity must be one of ${SENSITIVITIES.join(', ')}`);
      args.options.sensitivity = v;
    } else if (a === '--variant') args.options.variant = Number(argv[++i] ?? 0);
    else args.texts.push(a);
  }
  return args;
}

/** The line written for one input in --jsonl mode. */
export function jsonlResult(id: unknown, analysis: Analysis): string {
  return JSON.stringify({
    id,
    crisis: analysis.crisis,
    crisisLevel: analysis.crisisLevel ?? null,
    findings: analysis.findings.map((f) => ({
      category: f.category,
      start: f.start,
      end: f.end,
      severity: f.severity,
      rule: f.rule,
      suggestions: f.suggestions,
    })),
    kind: analysis.kind,
    parts: analysis.parts ?? [],
  });
}

async function runJsonl(options: AnalyzeOptions): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    process.stdout.write(analyzeLine(line, options) + '\n');
  }
}

function analyzeLine(line: string, options: AnalyzeOptions): string {
  let item: unknown;
  try {
    item = JSON.parse(line);
  } catch (e) {
    return JSON.stringify({ id: null, error: `not JSON: ${(e as Error).message}` });
  }
  if (
    typeof item !== 'object' ||
    item === null ||
    typeof (item as { text?: unknown }).text !== 'string'
  ) {
    return JSON.stringify({ id: null, error: 'expected an object with a string "text"' });
  }
  const { id, text } = item as { id?: unknown; text: string };
  try {
    return jsonlResult(id ?? null, analyze(text, options));
  } catch (e) {
    return JSON.stringify({ id: null, error: `analysis failed: ${(e as Error).message}` });
  }
}

async function main(): Promise<void> {
  let args: CliArgs;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exitCode = 2;
    return;
  }
  if (args.jsonl) return runJsonl(args.options);
  if (args.texts.length === 0) {
    process.stderr.write('usage: analyze "some text"  |  analyze --jsonl < items.jsonl\n');
    process.exitCode = 2;
    return;
  }
  const text = args.texts.join(' ');
  process.stdout.write(
    formatReport(text, analyze(text, args.options), countryFromEnvironment(process.env)),
  );
}

void main();
