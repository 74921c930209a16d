/**
 * Small English verb helpers for turning "for forgetting the meeting" into "I forgot the meeting".
 * Plain tables and suffix rules: good enough for everyday self-talk, and callers fall back to
 * generic wording when a form is unknown.
 */

/** Irregular verbs by gerund: [base, past]. */
const IRREGULAR: Readonly<Record<string, readonly [string, string]>> = {
  being: ['be', 'was'],
  beginning: ['begin', 'began'],
  biting: ['bite', 'bit'],
  blowing: ['blow', 'blew'],
  breaking: ['break', 'broke'],
  bringing: ['bring', 'brought'],
  building: ['build', 'built'],
  buying: ['buy', 'bought'],
  catching: ['catch', 'caught'],
  choosing: ['choose', 'chose'],
  coming: ['come', 'came'],
  cutting: ['cut', 'cut'],
  doing: ['do', 'did'],
  drawing: ['draw', 'drew'],
  drinking: ['drink', 'drank'],
  driving: ['drive', 'drove'],
  eating: ['eat', 'ate'],
  falling: ['fall', 'fell'],
  feeling: ['feel', 'felt'],
  fighting: ['fight', 'fought'],
  finding: ['find', 'found'],
  flying: ['fly', 'flew'],
  forgetting: ['forget', 'forgot'],
  forgiving: ['forgive', 'forgave'],
  freezing: ['freeze', 'froze'],
  getting: ['get', 'got'],
  giving: ['give', 'gave'],
  going: ['go', 'went'],
  growing: ['grow', 'grew'],
  hanging: ['hang', 'hung'],
  having: ['have', 'had'],
  hearing: ['hear', 'heard'],
  hiding: ['hide', 'hid'],
  hitting: ['hit', 'hit'],
  holding: ['hold', 'held'],
  hurting: ['hurt', 'hurt'],
  keeping: ['keep', 'kept'],
  knowing: ['know', 'knew'],
  leading: ['lead', 'led'],
  leaving: ['leave', 'left'],
  lending: ['lend', 'lent'],
  letting: ['let', 'let'],
  losing: ['lose', 'lost'],
  lying: ['lie', 'lied'],
  making: ['make', 'made'],
  meaning: ['mean', 'meant'],
  meeting: ['meet', 'met'],
  paying: ['pay', 'paid'],
  putting: ['put', 'put'],
  quitting: ['quit', 'quit'],
  reading: ['read', 'read'],
  riding: ['ride', 'rode'],
  ringing: ['ring', 'rang'],
  running: ['run', 'ran'],
  saying: ['say', 'said'],
  seeing: ['see', 'saw'],
  selling: ['sell', 'sold'],
  sending: ['send', 'sent'],
  setting: ['set', 'set'],
  shaking: ['shake', 'shook'],
  shutting: ['shut', 'shut'],
  singing: ['sing', 'sang'],
  sitting: ['sit', 'sat'],
  sleeping: ['sleep', 'slept'],
  speaking: ['speak', 'spoke'],
  spending: ['spend', 'spent'],
  standing: ['stand', 'stood'],
  stealing: ['steal', 'stole'],
  sticking: ['stick', 'stuck'],
  swimming: ['swim', 'swam'],
  taking: ['take', 'took'],
  teaching: ['teach', 'taught'],
  telling: ['tell', 'told'],
  thinking: ['think', 'thought'],
  throwing: ['throw', 'threw'],
  understanding: ['understand', 'understood'],
  upsetting: ['upset', 'upset'],
  waking: ['wake', 'woke'],
  wearing: ['wear', 'wore'],
  winning: ['win', 'won'],
  writing: ['write', 'wrote'],
};

/** Simple past forms of the irregular verbs above: "forgot", "left", "said". */
export const IRREGULAR_PAST: Readonly<Record<string, string>> = Object.fromEntries(
  Object.values(IRREGULAR).map(([base, past]) => [base, past]),
);

/** Prefixes that keep an irregular verb irregular: over-sleeping → over-slept. */
const PREFIXES = ['over', 'under', 'mis', 're', 'out', 'for'] as const;

/** Base forms that end in a silent "e" that the gerund dropped, where suffix rules cannot tell. */
const SILENT_E_BASES = new Set([
  'agree',
  'arrange',
  'argue',
  'believe',
  'breathe',
  'challenge',
  'change',
  'continue',
  'leave',
  'please',
  'rescue',
  'sneeze',
  'schedule',
  'reschedule',
]);

/** Splits a known prefix off an irregular gerund ("oversleeping" → ["over", "sleeping"]). */
function irregularOf(gerund: string): readonly [string, string] | null {
  const direct = IRREGULAR[gerund];
  if (direct) return direct;
  for (const prefix of PREFIXES) {
    if (!gerund.startsWith(prefix)) continue;
    const rest = IRREGULAR[gerund.slice(prefix.length)];
    if (rest) return [prefix + rest[0], prefix + rest[1]];
  }
  return null;
}

const VOWEL_GROUPS = /[aeiouy]+/g;

/** Words ending in -ing that are nouns or prepositions, never a verb's gerund. */
const NOT_GERUNDS = new Set([
  'anything',
  'ceiling',
  'clothing',
  'darling',
  'during',
  'evening',
  'everything',
  'lightning',
  'morning',
  'nothing',
  'pudding',
  'sibling',
  'something',
  'spring',
  'string',
  'thing',
  'wedding',
]);

/** Whether a lowercase word looks like a gerund ("-ing" with a real stem, not "thing" or "king"). */
export function isGerund(word: string): boolean {
  const lower = word.toLowerCase();
  if (!/^[a-z]+ing$/.test(lower) || lower.length < 5) return false;
  if (NOT_GERUNDS.has(lower)) return false;
  return /[aeiouy]/.test(lower.slice(0, -3));
}

/** The simple past of a gerund ("forgetting" → "forgot", "missing" → "missed", "crying" → "cried"). */
export function gerundToPast(gerund: string): string {
  const lower = gerund.toLowerCase();
  const irregular = irregularOf(lower);
  if (irregular) return irregular[1];
  const stem = lower.slice(0, -3);
  if (/[^aeiou]y$/.test(stem)) return `${stem.slice(0, -1)}ied`;
  if (stem.endsWith('e')) return `${stem}d`;
  return `${stem}ed`;
}

/** The base form of a gerund when it can be told safely ("calling" → "call"), else null. */
export function gerundToBase(gerund: string): string | null {
  const lower = gerund.toLowerCase();
  const irregular = irregularOf(lower);
  if (irregular) return irregular[0];
  const stem = lower.slice(0, -3);
  if (SILENT_E_BASES.has(`${stem}e`)) return `${stem}e`;
  // Doubled final consonant that English doubles before -ing: stopping → stop, planning → plan.
  if (/([bdgmnprt])\1$/.test(stem)) return stem.slice(0, -1);
  // Consonant clusters and doubled l/s/f/z end the base as they are: texting, calling, missing.
  if (/(?:[^aeiou][^aeiouy]|ll|ss|ff|zz|ck)$/.test(stem) && !/(?:dg|nc|rs|lv|rv|ng)$/.test(stem))
    return stem;
  if (/(?:dg|nc|rs|lv|rv)$/.test(stem)) return `${stem}e`;
  if (
    /(?:at|iz|is|ur|ov|av|iv|uc|ic|ut|ud)$/.test(stem) &&
    (stem.match(VOWEL_GROUPS)?.length ?? 0) >= 2
  ) {
    return `${stem}e`;
  }
  const groups = stem.match(VOWEL_GROUPS) ?? [];
  if (groups.length === 1 && groups[0]!.length === 1) {
    // One short vowel then one consonant: the base had a silent e (hoping → hope, making → make).
    if (/[aeiou][^aeiouwxy]$/.test(stem)) return `${stem}e`;
    return stem;
  }
  if (groups.length === 1) return stem; // vowel pairs: waiting → wait, needing → need
  if (
    /[aeiou]{2}[^aeiou]$|[^aeiou]$/.test(stem) &&
    /(?:en|er|on|el|it|ow|ain|oo[a-z])$/.test(stem)
  ) {
    return stem; // listen, answer, visit, follow, explain
  }
  return null;
}

/** The simple past of a base verb ("burn" → "burned", "lose" → "lost", "stop" → "stopped"). */
export function baseToPast(base: string): string {
  const lower = base.toLowerCase();
  const irregular = IRREGULAR_PAST[lower];
  if (irregular) return irregular;
  if (/[^aeiou]y$/.test(lower)) return `${lower.slice(0, -1)}ied`;
  if (lower.endsWith('e')) return `${lower}d`;
  const groups = lower.match(VOWEL_GROUPS) ?? [];
  if (groups.length === 1 && /[^aeiou][aeiou][bdgmnprt]$/.test(lower))
    return `${lower}${lower.slice(-1)}ed`;
  return `${lower}ed`;
}

const IRREGULAR_GERUND: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(IRREGULAR).map(([gerund, [base]]) => [base, gerund]),
);

/** The gerund of a base verb ("find" → "finding", "make" → "making", "keep" → "keeping", "plan" → "planning"). */
export function baseToGerund(base: string): string {
  const lower = base.toLowerCase();
  const irregular = IRREGULAR_GERUND[lower];
  if (irregular) return irregular;
  if (/ie$/.test(lower)) return `${lower.slice(0, -2)}ying`;
  if (/[^aeioy]e$/.test(lower)) return `${lower.slice(0, -1)}ing`;
  const groups = lower.match(VOWEL_GROUPS) ?? [];
  if (groups.length === 1 && groups[0]!.length === 1 && /[^aeiou][aeiou][bdgmnprt]$/.test(lower))
    return `${lower}${lower.slice(-1)}ing`;
  return `${lower}ing`;
}
