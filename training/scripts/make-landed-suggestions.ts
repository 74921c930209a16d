/**
 * Hard negatives from our own suggestions: each team-written harsh example with a suggestion put in place, the
 * way "Use this" leaves its sentence. Kind wordings ("I'm being hard on myself about it", "I can let that count") look
 * like self-talk, so the scorer must learn that they are not harsh. Writes
 * training/data/written/suggestions-landed.jsonl; every line names the example it came from.
 *   npx tsx training/scripts/make-landed-suggestions.ts
 */
import { writeFileSync } from 'node:fs';
import { analyze } from '../../lib/engine/index';
import { offersFor } from '../../lib/engine/suggestions';
import { hashFeature } from '../../lib/engine/features';
import { readItems } from './data';

const OUT = 'training/data/written/suggestions-landed.jsonl';
const VARIANTS = [0, 1, 2];
const LIMIT = 3000;

const written = readItems()
  .filter((i) => i.source === 'written' && i.harsh && !i.crisis)
  .sort((a, b) => a.id.localeCompare(b.id));

const landed = new Map<string, { from: string; text: string }>();
for (const item of written) {
  const analysis = analyze(item.text);
  if (analysis.crisis) continue;
  for (const finding of analysis.findings) {
    // Only the sentence the suggestion lands in, and only when it held this one finding: nothing harsh is left.
    const alone = analysis.findings.filter((f) => f.sentenceStart === finding.sentenceStart);
    if (alone.length !== 1) continue;
    for (const variant of VARIANTS)
      for (const offer of offersFor(finding, item.text, variant)) {
        const text = (
          item.text.slice(finding.sentenceStart, offer.start) +
          offer.text +
          item.text.slice(offer.end, finding.sentenceEnd)
        ).trim();
        if (!landed.has(text)) landed.set(text, { from: item.id, text });
      }
  }
}

// A deterministic sample, spread over the examples by a hash of the text.
const picked = [...landed.values()]
  .map((x) => ({ ...x, key: hashFeature(`landed:${x.text}`) }))
  .sort((a, b) => a.key - b.key || a.text.localeCompare(b.text))
  .slice(0, LIMIT)
  .sort((a, b) => a.from.localeCompare(b.from) || a.text.localeCompare(b.text));

writeFileSync(
  OUT,
  picked
    .map((x) =>
      JSON.stringify({
        id: `sl-${x.key.toString(16).padStart(8, '0')}`,
        source: 'written-suggestions',
        derivedFrom: x.from,
        text: x.text,
        harsh: false,
        category: 'none',
        crisis: false,
        crisisLevel: null,
      }),
    )
    .join('\n') + '\n',
);
console.log(
  `${landed.size} distinct landed suggestions from ${written.length} examples; kept ${picked.length} in ${OUT}`,
);
