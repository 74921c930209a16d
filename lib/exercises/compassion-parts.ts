/**
 * Recognises the three parts of self-compassion, plus a next step, in what a person writes:
 * - mindfulness: they name a feeling or a hard moment of their own ("I'm worried", "that's scary", "I notice I'm…");
 * - common humanity: the experience is shared ("lots of people feel…", "I'm not alone", "we all…");
 * - self-kindness: warmth towards themselves ("it's okay", "go easy on myself", "I did my best");
 * - next step: a plan ("I'll…", "tomorrow I can…"), not a prediction ("I'll fail").
 * Pure and English-only: it teaches by pointing out what is already there, it does not grade. The table tests in
 * tests/unit/practice/part-examples.ts say what counts; the engine reports the same parts as `Analysis.parts`.
 */
import type { CompassionPart } from '../engine/types';

export interface PartMatch {
  part: CompassionPart;
  start: number;
  end: number;
}

const FEELINGS = [
  'worried',
  'scared',
  'afraid',
  'frightened',
  'terrified',
  'anxious',
  'nervous',
  'tense',
  'uneasy',
  'on edge',
  'panicky',
  'sad',
  'low',
  'down',
  'upset',
  'hurt',
  'heartbroken',
  'grieving',
  'lonely',
  'homesick',
  'lost',
  'confused',
  'frustrated',
  'annoyed',
  'irritated',
  'angry',
  'furious',
  'fed up',
  'ashamed',
  'embarrassed',
  'guilty',
  'jealous',
  'insecure',
  'disappointed',
  'discouraged',
  'overwhelmed',
  'stressed',
  'stressed out',
  'tired',
  'exhausted',
  'drained',
  'worn out',
  'burnt out',
  'burned out',
  'struggling',
  'helpless',
  'rejected',
].join('|');

/** Words that may stand between "I'm" or "feel" and the feeling without changing who feels it. */
const DEGREE = String.raw`(?: (?:so|really|very|quite|pretty|rather|a bit|a little|a little bit|kind of|sort of|incredibly|extremely|super|deeply|also|still|too|just|honestly))*`;

/** Hard moments named as such ("that's scary", "this is hard"). */
const HARD = [
  'scary',
  'frightening',
  'painful',
  'hard',
  'tough',
  'difficult',
  'stressful',
  'upsetting',
  'overwhelming',
  'heavy',
  'sad',
  'lonely',
  'disappointing',
  'frustrating',
  'exhausting',
  'a lot',
].join('|');

/** Verbs of shared experience after "lots of people", "everyone", "we all"… ("everyone hates me" is not one). */
const SHARED_VERB = String.raw`(?:feel|feels|felt|find|finds|found|struggle|struggles|struggled|are struggling|get|gets|got|go through|goes through|went through|have been|'ve been|have|has|had|make|makes|made|miss|misses|missed|fail|fails|failed|forget|forgets|forgot|mess|messes|worry|worries|stumble|stumbles|slip|slips|trip|trips|fall|falls|need|needs|deal with|deals with|experience|experiences|face|faces|are|do)`;

/** What must not follow a shared verb: a comparison ("other people have it easy", "are better"). */
const NOT_COMPARISON = String.raw`(?! (?:it|things|life) (?:so |much |way )?easy| (?:so |much |way )?better| (?:smarter|happier|faster|ahead))`;

/** "would feel", "might struggle": a modal before the shared verb. */
const MODAL = String.raw`(?: (?:would|might|could|can|do|often|sometimes|also|too))?`;

const QUANTIFIED_GROUP = String.raw`(?:lots of|a lot of|loads of|plenty of|so many|many|most|other|countless)(?: other)?(?: [\w-]+)? (?:people|folk|folks|us|others|[\w-]+s)`;

/** Plain phrases for each part, matched case-insensitively on text whose apostrophes are straightened. */
const PATTERNS: Record<CompassionPart, RegExp[]> = {
  mindfulness: [
    new RegExp(
      String.raw`\bI(?:'m| am|'ve been| have been| was| feel| felt|'m feeling| am feeling| was feeling| keep feeling| can feel)${DEGREE}(?: how)? (?:${FEELINGS})\b`,
      'gi',
    ),
    new RegExp(String.raw`\b(?:to|and) feel${DEGREE} (?:${FEELINGS})\b`, 'gi'),
    new RegExp(
      String.raw`\b(?:that|this|it)(?:'s| is| was| feels)${DEGREE} (?:${HARD})\b(?! (?:for|to) (?:him|her|them|you|other|others|people))`,
      'gi',
    ),
    /\b(?:a|this is a|it's a|what a) (?:really )?(?:hard|tough|difficult|painful|sad|heavy|lonely|stressful) (?:moment|day|time|week|night|morning|evening)\b/gi,
    /\b(?:that|this|it) (?:hurts|hurt|stings)\b/gi,
    /\bI can feel\b/gi,
    /\b(?:I(?:'m| am)? )?notic(?:e|ing) (?:I|that|a|the|some|my|how|what|this)\b/gi,
    /\b(?:it's|that's|it is|that is|just|only) (?:just |only )?a thought\b/gi,
    /\bnot a fact\b/gi,
    /\bpart of me (?:is|feels|wants|thinks|says)\b/gi,
    /\b(?:a lot of|some|so much) (?:fear|sadness|anger|shame|worry|grief|stress|tension|anxiety|guilt|hurt|frustration)\b/gi,
  ],
  common_humanity: [
    new RegExp(
      String.raw`\b${QUANTIFIED_GROUP}(?: (?:also|too|often|sometimes|really|probably|usually|in (?:my|their|the same) [\w ]{1,20}?))?${MODAL} ${SHARED_VERB}\b${NOT_COMPARISON}`,
      'gi',
    ),
    new RegExp(
      String.raw`\b(?:everyone|everybody|anyone|we all|all of us|lots of us|many of us|most of us)(?: (?:also|sometimes|often|at some point))?${MODAL} ${SHARED_VERB}\b${NOT_COMPARISON}`,
      'gi',
    ),
    new RegExp(
      String.raw`\bothers(?: in [\w ]{1,20}?)?${MODAL} ${SHARED_VERB}\b${NOT_COMPARISON}`,
      'gi',
    ),
    /\banyone (?:would|could|might)\b/gi,
    /\blike (?:a lot of|lots of|many|most|so many|plenty of) (?:people|others|us)\b/gi,
    /\bhappens? to (?:everyone|everybody|anyone|all of us|the best of us|lots of|a lot of|many|most|plenty of|other|people)\b/gi,
    /\b(?:I'm|I am) not (?:alone|the only one|the only person)\b/gi,
    /\bnot the only (?:one|person)\b/gi,
    /\b(?:only|just) human\b/gi,
    /\bpart of (?:being human|life|learning)\b/gi,
    /\b(?:it's|that's|it is|that is|is) (?:totally |completely |very |so |really |pretty |quite )?(?:human|normal|common)\b/gi,
    /\b(?:a |very |really |so |pretty |quite )?common (?:thing|experience|feeling|struggle)\b/gi,
    /\bno ?(?:one|body) (?:gets|is|does) (?:everything |it |this |things )?(?:right|perfect)\b/gi,
    /\bno ?(?:one|body)'s perfect\b/gi,
    /\bevery (?!time\b|day\b|week\b|single\b)[\w-]+ (?:gets|has|makes|feels|struggles|goes through|fails|forgets|misses)\b/gi,
    /\beven (?:the best|[\w-]+ [\w-]+s|[\w-]+s) (?:get|make|have|feel|struggle|miss|fail|forget|mess)\b/gi,
  ],
  self_kindness: [
    /\b(?:it's|it is|that's|that is|this is|it was)(?: (?:totally|completely|really|perfectly|also|still))? (?:okay|ok|alright|all right|fine|understandable|allowed|forgivable)\b(?! for (?:other|others|them|everyone|everybody|people|you))(?!,? whatever)(?!,? I don't need)/gi,
    /\b(?:be|being|am being|'m being)(?: (?:more|a bit|a little|really))? (?:patient|gentle|kind|kinder|easy|easier|soft|softer|nice|compassionate|understanding) (?:with|to|on|towards) myself\b/gi,
    /\b(?:kind|gentle|patient|easy) (?:with|to|on) myself\b/gi,
    /\bgo(?:ing)? easy on myself\b/gi,
    /\bcut(?:ting)? myself (?:some|a little) slack\b/gi,
    /\bgiv(?:e|ing) myself (?:a break|permission|time|some time|grace|some grace|credit|a rest|a moment)\b/gi,
    /(?<!n't |not |never )\bforgiv(?:e|ing) myself\b/gi,
    /\b(?:take|taking|took) care of myself\b/gi,
    /\b(?:did|do|doing|tried|trying|gave it) (?:my|the) best\b/gi,
    /\bthe best I (?:can|could)\b/gi,
    /\bit makes sense\b/gi,
    /\bI(?:'m| am) allowed to\b/gi,
    /\bI deserve (?:rest|a rest|some rest|kindness|care|a break|support|help|compassion|patience|time|good things|to rest)\b/gi,
    /\b(?:of course|no wonder|naturally) I(?:'m| am| feel| felt| was)\b/gi,
    /\bproud of (?:myself|me)\b|\bproud (?:that )?I\b|\bbe proud of\b/gi,
    /\bI(?:'m| am) (?:still )?learning\b/gi,
    /\b(?:doesn't|does not|won't|will not) define (?:me|who I am|my worth)\b/gi,
    /\b(?:treat|treating|talk to|talking to|speak to|speaking to) myself (?:like|the way|as)\b/gi,
    /\bwhat would I (?:say|tell) (?:to )?a friend\b/gi,
    /\bI(?:'m| am) (?:still )?(?:enough|worthy|doing okay|doing ok|doing alright|doing fine|doing well)\b/gi,
  ],
  next_step: [
    /\b(?:I'll|I will|I'm going to|I am going to|I'm gonna)(?: (?:just|then|also|first|still))? (?!(?:never|always|probably|be|fail|lose|mess|ruin|screw|look|forgive)(?:s|ed|ing)?\b|get fired|end up|go easy|cut myself|give myself)[a-z]/gi,
    /\bI (?:can|could)(?: (?:still|also|just|then|always|at least))? (?!'t|not\b|never\b|have\b|be\b|feel\b|forgive\b|see why|understand\b|accept\b)[a-z]/gi,
    /\b(?:one|a|the|first|next|my next) (?:small |tiny |little |first |next )?step\b/gi,
    /\bmy plan (?:is|for)\b/gi,
    /\bthe plan is\b/gi,
    /\bI plan to\b/gi,
    /\blet me (?:start|try|begin|take|write|ask|make|call|send)\b/gi,
    /\blet's (?:start|try|begin)\b/gi,
  ],
};

const PART_ORDER: readonly CompassionPart[] = [
  'self_kindness',
  'common_humanity',
  'mindfulness',
  'next_step',
];

/** Same length as the input, so offsets found on it are offsets into the original. */
function straightenApostrophes(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc]/g, "'");
}

/** Every place a part shows up in `text`, in text order. */
export function findCompassionParts(text: string): PartMatch[] {
  const plain = straightenApostrophes(text);
  const matches: PartMatch[] = [];
  for (const part of PART_ORDER) {
    for (const pattern of PATTERNS[part]) {
      for (const match of plain.matchAll(pattern)) {
        // A next step's pattern includes the first letter of the action; the match shows only the lead-in.
        const words = part === 'next_step' ? match[0].replace(/\s+[a-z]$/i, '') : match[0];
        matches.push({ part, start: match.index, end: match.index + words.length });
      }
    }
  }
  return matches.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Which parts are present, in the canonical order (kindness, humanity, mindfulness, next step). */
export function compassionPartsIn(text: string): CompassionPart[] {
  const plain = straightenApostrophes(text);
  return PART_ORDER.filter((part) =>
    PATTERNS[part].some((pattern) => matchesAnywhere(pattern, plain)),
  );
}

/** A global pattern's `test` starts at its `lastIndex`; from the start each time, and left as found. */
function matchesAnywhere(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  const hit = pattern.test(text);
  pattern.lastIndex = 0;
  return hit;
}

/** The words that showed each part, first occurrence first, without repeats (for feedback that quotes the person). */
export function partEvidence(text: string): Partial<Record<CompassionPart, string[]>> {
  const evidence: Partial<Record<CompassionPart, string[]>> = {};
  for (const match of findCompassionParts(text)) {
    const words = text.slice(match.start, match.end);
    const list = (evidence[match.part] ??= []);
    if (!list.some((seen) => seen.toLowerCase() === words.toLowerCase())) list.push(words);
  }
  return evidence;
}

/** Which parts are present in a set of per-sentence part lists, in the canonical order. */
export function unionOfParts(lists: Iterable<Iterable<CompassionPart>>): CompassionPart[] {
  const found = new Set<CompassionPart>();
  for (const list of lists) for (const part of list) found.add(part);
  return PART_ORDER.filter((part) => found.has(part));
}
