/** Reads the training data under training/data/ into one shape, and turns each text into scorer instances. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../../lib/engine/split';
import { scorerMaySpeak } from '../../lib/engine/sentence-result';
import { gatherEvidence } from '../../lib/engine/evidence';
import { pairVector } from '../../lib/engine/crisis-context';
import type { FeatureVector } from '../../lib/engine/features';
import { RULE_FILES } from '../../lib/rules/index';
import { CRISIS_PATTERNS } from '../../lib/crisis/index';

export interface Item {
  id: string;
  source: string;
  text: string;
  harsh: boolean;
  category: string | null;
  crisis: boolean;
  crisisLevel: 'clear' | 'possible' | null;
  /** Only the crisis label is known (the harsh head skips it). */
  crisisOnly?: boolean;
}

export interface Instance {
  features: FeatureVector;
  /** Passes the engine's first cut for the harsh head (speaks of the writer, or a rule matched). */
  aboutWriter: boolean;
  /** A trap rule that is not weak matched. */
  ruleHit: boolean;
  /** Only weak trap rules matched (see RulePattern.weak). */
  weakRuleHit: boolean;
  crisisRule: boolean;
  /** The scorer alone may flag this sentence (the engine's gate: a harsh-shaped self-judgement in context). */
  scorerMaySpeak: boolean;
}

export interface Example {
  item: Item;
  /** One per sentence. */
  sentences: Instance[];
  /** Crisis instances: every sentence, and every pair of neighbours. */
  crisisWindows: FeatureVector[];
}

export const DATA_DIR = 'training/data';

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else if (name.endsWith('.jsonl')) out.push(p);
  }
  return out;
}

const yes = (v: unknown): boolean => v === true || v === 'yes';

function toItem(raw: Record<string, unknown>, file: string): Item {
  const categories = Array.isArray(raw.categories)
    ? (raw.categories as string[])
    : typeof raw.category === 'string' && raw.category !== 'none'
      ? [raw.category]
      : [];
  const harsh = yes(raw.harsh);
  const crisis = yes(raw.crisis);
  const level =
    raw.crisisLevel === 'possible' || raw.crisisLevel === 'clear' ? raw.crisisLevel : null;
  return {
    id: String(raw.id),
    source: String(raw.source ?? file.split('/').slice(-2, -1)[0]),
    text: String(raw.text),
    harsh,
    category: harsh ? (categories[0] ?? null) : null,
    crisis,
    crisisLevel: crisis ? level : null,
  };
}

export function readItems(dir = DATA_DIR): Item[] {
  const items: Item[] = [];
  const seen = new Set<string>();
  for (const file of filesUnder(dir)) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const item = toItem(JSON.parse(line) as Record<string, unknown>, file);
      if (seen.has(item.id)) throw new Error(`duplicate training id ${item.id} in ${file}`);
      seen.add(item.id);
      items.push(item);
    }
  }
  return items;
}

/**
 * The team's examples that live beside the rules and the crisis patterns (lib/rules/*.ts, lib/crisis/patterns.ts):
 * must-flag sentences are harsh (or crisis), near-misses are not. Read from the code, not copied, so they stay one
 * list. Kind self-talk examples are negatives for harshness.
 */
export function codeExamples(): Item[] {
  const items: Item[] = [];
  const add = (
    id: string,
    text: string,
    harsh: boolean,
    category: string | null,
    crisis: boolean,
  ) =>
    items.push({
      id,
      source: 'written-in-code',
      text,
      harsh,
      category,
      crisis,
      crisisLevel: crisis ? 'clear' : null,
    });
  for (const file of RULE_FILES) {
    file.examples.flag.forEach((t, i) =>
      file.category === 'kind'
        ? add(`rules-kind-flag-${i}`, t, false, null, false)
        : add(`rules-${file.category}-flag-${i}`, t, true, file.category, false),
    );
    if (file.category !== 'kind')
      file.examples.pass.forEach((t, i) =>
        add(`rules-${file.category}-pass-${i}`, t, false, null, false),
      );
  }
  for (const p of CRISIS_PATTERNS)
    p.flag.forEach((t, i) => add(`crisis-${p.id}-flag-${i}`, t, false, null, true));
  // A crisis pattern's near-misses may be harsh self-talk or crisis by another pattern, so only crisis=false is
  // known for them; they teach the crisis head alone.
  for (const p of CRISIS_PATTERNS)
    p.notFlag.forEach((t, i) =>
      items.push({
        id: `crisis-${p.id}-pass-${i}`,
        source: 'written-in-code',
        text: t,
        harsh: false,
        category: null,
        crisis: false,
        crisisLevel: null,
        crisisOnly: true,
      }),
    );
  return items;
}

export function toExample(item: Item): Example {
  const spans = splitSentences(item.text);
  const sentences: Instance[] = [];
  for (const s of spans) {
    const e = gatherEvidence(item.text.slice(s.start, s.end));
    if (!e.features) continue;
    const traps = e.detection.findings.filter((f) => f.category !== 'kind');
    const ruleHit = traps.some((f) => !f.weak);
    sentences.push({
      features: e.features,
      aboutWriter: e.parse.aboutWriter || traps.length > 0,
      ruleHit,
      weakRuleHit: !ruleHit && traps.length > 0,
      crisisRule: e.detection.crisis !== null,
      scorerMaySpeak: scorerMaySpeak(item.text.slice(s.start, s.end), e.parse) !== null,
    });
  }
  const crisisWindows = sentences.map((s) => s.features);
  for (let i = 1; i < sentences.length; i++)
    crisisWindows.push(pairVector(sentences[i - 1]!.features, sentences[i]!.features));
  return { item, sentences, crisisWindows };
}
