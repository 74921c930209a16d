/**
 * The self-evaluation parser: for each clause of a sentence, who is judged (the writer, or something of the
 * writer's) and what is said of them: the predicate and its class, negation, degree, modality, quantifiers, time,
 * other minds, comparison and fault. It reads the tokens of tokens.ts against the generated word classes of
 * lib/language/en, so a judgement in words no rule lists ("my essays are terrible", "I'm too slow for this team")
 * still has a shape. The scorer turns that shape into features; the rephrasings read it to keep the writer's words.
 */
import {
  BE_FORMS,
  CLAUSE_BREAKS,
  DEGREE,
  FAIL_VERBS,
  FEELINGS,
  FUTURE,
  LINKING_VERBS,
  MODALS_SHOULD,
  NEGATIONS,
  NEGATIVE_WORDS,
  OTHER_MINDS_SUBJECTS,
  OTHER_MINDS_VERBS,
  OTHER_OWNED_NOUNS,
  POSITIVE_WORDS,
  PRAISE_ADJECTIVES,
  QUANTIFIERS,
  REPORTING_VERBS,
  SELF_HATE_VERBS,
  SELF_OWNED_NOUNS,
  VERDICT_ADJECTIVES,
  VERDICT_NOUNS,
} from '../language/en/lexicon';
import { lemma, traitAdjectives } from '../language/en/lemma';
import { tokenize, type Token } from './tokens';

export type PredicateClass =
  'verdict' | 'feeling' | 'praise' | 'negative' | 'fail' | 'hate' | 'other';

/** One judgement the writer makes of themselves or of what is theirs, with offsets into the sentence. */
export interface SelfJudgement {
  /** 'self': I, me, myself. 'own': something of the writer's ("my essay"). */
  target: 'self' | 'own';
  /** The owned thing, for 'own' ("essay"). */
  owned?: string;
  /** The head word of what is said ("clumsy", "idiot", "ruin"), lower-case as typed. */
  predicate: string;
  predicateClass: PredicateClass;
  negated: boolean;
  degree: boolean;
  modality?: 'should' | 'should_have' | 'must' | 'need';
  quantifier?: string;
  future: boolean;
  otherMinds: boolean;
  comparison: boolean;
  fault: boolean;
  /** Offsets into the sentence: from the judged subject to the end of the predicate. */
  start: number;
  end: number;
}

export interface SelfEvaluation {
  /** Does any clause speak of the writer or of what is theirs? */
  aboutWriter: boolean;
  judgements: SelfJudgement[];
  /** Shape features for the scorer ("cop:verdict", "neg+praise", "q:always"...), de-duplicated, sorted. */
  features: string[];
  tokens: Token[];
}

const ART = new Set([
  'a',
  'an',
  'such',
  'the',
  'this',
  'one',
  'big',
  'little',
  'kind',
  'of',
  'sort',
  'like',
]);
const FIRST = new Set(['i', 'me', 'my', 'myself', 'mine']);
const SUBJECT_AFTER_SO = new Set([
  'i',
  'you',
  'he',
  'she',
  'we',
  'they',
  'it',
  'now',
  'then',
  'yeah',
  'yes',
  'that',
  'this',
  'there',
  'my',
]);

function classify(w: string): PredicateClass | null {
  if (FEELINGS.has(w)) return 'feeling';
  if (VERDICT_ADJECTIVES.has(w) || VERDICT_NOUNS.has(w) || VERDICT_NOUNS.has(lemma(w)))
    return 'verdict';
  if (PRAISE_ADJECTIVES.has(w)) return 'praise';
  if (FAIL_VERBS.has(lemma(w))) return 'fail';
  if (NEGATIVE_WORDS.has(w)) return 'negative';
  return null;
}

interface Clause {
  tokens: Token[];
  link: string;
}

function clauses(tokens: readonly Token[]): Clause[] {
  const out: Clause[] = [];
  let current: Token[] = [];
  let link = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "so" joins clauses only before a new subject ("so I left"); "so stupid" is degree.
    const breaks =
      t.w === 'so' ? SUBJECT_AFTER_SO.has(tokens[i + 1]?.w ?? '') : CLAUSE_BREAKS.has(t.w);
    if (breaks) {
      if (current.length) out.push({ tokens: current, link });
      current = [];
      link = t.w;
      continue;
    }
    current.push(t);
  }
  if (current.length) out.push({ tokens: current, link });
  return out;
}

/** Reads one clause; `inherited` is true when an earlier clause's subject was the writer ("I'm slow and lazy"). */
function readClause(
  c: Clause,
  inherited: boolean,
  elidedCopula: boolean,
  f: Set<string>,
): SelfJudgement | null {
  const t = c.tokens;
  const w = t.map((x) => x.w);
  const has = (x: string) => w.includes(x);
  let judgement: SelfJudgement | null = null;
  const base = (target: 'self' | 'own', at: number): SelfJudgement => ({
    target,
    predicate: '',
    predicateClass: 'other',
    negated: false,
    degree: false,
    future: false,
    otherMinds: false,
    comparison: false,
    fault: false,
    start: t[at]!.start,
    end: t[at]!.end,
  });

  for (const q of w) if (QUANTIFIERS.has(q)) f.add(`q:${q}`);
  if (c.link === 'because') f.add('link:because');

  // Who is judged: "I", "my <thing>", or no subject after a clause about the writer.
  let subject = w.indexOf('i');
  let target: 'self' | 'own' | null = subject >= 0 ? 'self' : null;
  const my = w.indexOf('my');
  if (my >= 0 && (subject < 0 || my < subject)) {
    for (let k = my + 1; k < Math.min(w.length, my + 4); k++) {
      const noun = w[k]!;
      const l = lemma(noun);
      // "my stupidity", "my laziness": a trait named as a noun is a verdict on the writer.
      if (traitAdjectives(noun).some((a) => VERDICT_ADJECTIVES.has(a))) {
        f.add('own:trait');
        judgement ??= base('self', my);
        judgement.predicate = noun;
        judgement.predicateClass = 'verdict';
        judgement.end = t[k]!.end;
        break;
      }
      if (SELF_OWNED_NOUNS.has(noun) || SELF_OWNED_NOUNS.has(l)) {
        f.add('subj:my_own');
        if (subject < 0 || k < subject) {
          subject = k;
          target = 'own';
        }
        break;
      }
      if (OTHER_OWNED_NOUNS.has(noun) || OTHER_OWNED_NOUNS.has(l)) {
        f.add('subj:my_other');
        break;
      }
    }
  }
  if (subject < 0 && inherited && w.length > 0 && !OTHER_MINDS_SUBJECTS.has(w[0]!)) {
    subject = -1;
    target = 'self';
    f.add('subj:inherited');
  }
  if (target === 'self' && subject >= 0) f.add('subj:i');

  // Other minds: "everyone thinks I'm...", "nobody likes me", "they must hate me".
  for (let k = 0; k < w.length; k++) {
    if (!OTHER_MINDS_SUBJECTS.has(w[k]!)) continue;
    const rest = w.slice(k + 1, k + 6);
    if (
      rest.some((x) => OTHER_MINDS_VERBS.has(x)) &&
      (rest.includes('me') || rest.includes('i') || rest.includes('my'))
    ) {
      f.add('others_view');
      const none = w[k] === 'nobody' || rest.includes('not');
      const negative = rest.some(
        (x) => NEGATIVE_WORDS.has(x) || VERDICT_ADJECTIVES.has(x) || VERDICT_NOUNS.has(x),
      );
      if (none) f.add('others_view:none');
      if (negative) f.add('others_view:neg');
      // Others' minds are a judgement of the writer only when what they think is unkind ("they must hate me").
      if (!none && !negative) continue;
      judgement ??= base('self', k);
      judgement.otherMinds = true;
      judgement.predicate = rest.find((x) => OTHER_MINDS_VERBS.has(x)) ?? '';
      judgement.end = t[Math.min(t.length - 1, k + 5)]!.end;
    }
    if (k > 0 && REPORTING_VERBS.has(w[k + 1] ?? '')) f.add('reported');
  }
  for (let k = 0; k < w.length - 1; k++) {
    if (REPORTING_VERBS.has(w[k]!) && w[k + 1] === 'me' && k > 0 && !FIRST.has(w[k - 1]!))
      f.add('reported');
  }

  // Comparison and fault, wherever they sit.
  const text = ` ${w.join(' ')} `;
  if (
    / than (me|i|myself) | everyone else | everybody else | compared to | other people | like everyone /.test(
      text,
    )
  )
    f.add('compare');
  // "It's not my fault", "wasn't on me": a denial of fault is not self-blame.
  if (/ (?:not|never|no longer) (?:all |really |even )?(?:my (?:own )?fault|on me) /.test(text))
    f.add('fault:denied');
  else if (/ my fault | because of me | blame myself | on me | i caused | my own fault /.test(text))
    f.add('fault');
  if (/ wrong with me | why am i | why can not i | why do i always /.test(text)) f.add('why_me');
  if (/ without me | better off | do not deserve | not deserve | not worth /.test(text))
    f.add('unworthy');

  // Self-hate and self-blame verbs with "myself"/"me" as object.
  for (let k = 0; k < w.length; k++) {
    if (
      SELF_HATE_VERBS.has(w[k]!) &&
      (w[k + 1] === 'myself' || w[k + 1] === 'me' || w[k + 2] === 'myself')
    ) {
      f.add(w[k] === 'blame' || w[k] === 'blamed' ? 'fault' : 'self_hate');
      judgement ??= base('self', Math.max(0, subject));
      judgement.predicate = w[k]!;
      judgement.predicateClass = 'hate';
      judgement.end = t[Math.min(t.length - 1, k + 1)]!.end;
    }
  }

  if (target === null) return judgement;
  const from = Math.max(0, subject + 1);
  judgement ??= base(target, Math.max(0, subject));
  if (target === 'own') judgement.owned = w[subject];

  // Modality, future, negation and degree in the verb group after the subject.
  let k = from;
  let negated = false;
  let degree = false;
  let future = false;
  // "Feeling like a failure", "so stupid of me": the writer's "I'm" is left out, and the clause opens on what is said.
  let copula = elidedCopula;
  let linking = '';
  if (elidedCopula) f.add('subj:elided');
  for (; k < w.length; k++) {
    const x = w[k]!;
    if (NEGATIONS.has(x)) negated = true;
    else if (DEGREE.has(x) && x !== 'the') degree = true;
    else if (MODALS_SHOULD.has(x)) {
      judgement.modality =
        w[k + 1] === 'have' || (w[k + 1] === 'not' && w[k + 2] === 'have')
          ? 'should_have'
          : x === 'must'
            ? 'must'
            : 'should';
    } else if ((x === 'have' || x === 'need' || x === 'got') && w[k + 1] === 'to') {
      judgement.modality = x === 'need' ? 'need' : 'must';
      k++;
    } else if (FUTURE.has(x)) {
      future = true;
      if (x === 'going' && w[k + 1] === 'to') k++;
    } else if (
      x === 'can' ||
      x === 'could' ||
      x === 'do' ||
      x === 'did' ||
      x === 'would' ||
      x === 'might' ||
      x === 'may'
    ) {
      // auxiliaries: keep reading
    } else if (
      x === 'have' ||
      x === 'had' ||
      x === 'has' ||
      x === 'still' ||
      x === 'ever' ||
      x === 'always' ||
      x === 'even' ||
      x === 'again' ||
      x === 'probably' ||
      x === 'definitely' ||
      x === 'literally' ||
      x === 'honestly' ||
      x === 'basically' ||
      x === 'only' ||
      x === 'also' ||
      x === 'officially'
    ) {
      // adverbs and perfect auxiliaries
    } else if (BE_FORMS.has(x) || x === 'been') {
      copula = true;
    } else if (LINKING_VERBS.has(x)) {
      linking = lemma(x);
      copula = true;
    } else break;
  }
  judgement.negated = negated;
  judgement.future = future;
  if (judgement.modality) f.add(`modal:${judgement.modality}`);
  if (future) f.add('future');

  // The predicate: the first word with a class within the next few words.
  let predicateAt = -1;
  let cls: PredicateClass | null = null;
  let sawToo = false;
  let worstAt = -1;
  for (let j = k; j < Math.min(w.length, k + 6); j++) {
    const x = w[j]!;
    if (x === 'worst' && copula) worstAt = j;
    if (NEGATIONS.has(x)) {
      negated = true;
      continue;
    }
    // A relative clause says what someone did, not what they are: "I'm the one who had to screw up the shelf".
    if (x === 'who' || x === 'which' || x === 'that') break;
    if (x === 'too') sawToo = true;
    if (DEGREE.has(x) || ART.has(x)) {
      // "one", "this", "kind of" are not degree; "such", "so", "big" are.
      if ((DEGREE.has(x) && x !== 'the') || x === 'big') degree = true;
      continue;
    }
    // "I'm gonna lose it" is losing one's temper, not a loss ("lose it all" is).
    if (lemma(x) === 'lose' && w[j + 1] === 'it' && w[j + 2] !== 'all') break;
    const c = !copula && FAIL_VERBS.has(lemma(x)) ? 'fail' : classify(x);
    // Without a be/linking verb, a verdict, praise or feeling word says nothing of the writer: as the verb it is a
    // homograph ("I refuse"), after it an object ("I can only assume the crap", "play stupid games").
    if (c && !copula && (c === 'verdict' || c === 'praise' || c === 'feeling')) break;
    if (c) {
      predicateAt = j;
      cls = c;
      break;
    }
    if (!copula) {
      // A verb that is not a be/linking verb: its object may carry the judgement ("I ruin everything").
      if (FAIL_VERBS.has(lemma(x))) {
        predicateAt = j;
        cls = 'fail';
        break;
      }
      if (j > k + 1) break;
    }
  }
  // "I'm the worst daughter": a superlative verdict on a role no word class knows.
  if (predicateAt < 0 && worstAt >= 0) {
    predicateAt = worstAt;
    cls = 'verdict';
  }
  judgement.negated = negated;
  judgement.degree = degree;

  if (predicateAt >= 0 && cls) {
    const word = w[predicateAt]!;
    judgement.predicate = word;
    judgement.predicateClass = cls;
    judgement.end = t[predicateAt]!.end;
    // "screw up", "mess up": the particle belongs to the predicate.
    if (w[predicateAt + 1] === 'up' || w[predicateAt + 1] === 'down')
      judgement.end = t[predicateAt + 1]!.end;
    const shape = copula ? (linking === 'feel' ? 'feel' : 'cop') : 'verb';
    f.add(`${shape}:${negated ? 'neg+' : ''}${cls}`);
    if (target === 'own') f.add(`own:${negated ? 'neg+' : ''}${cls}`);
    if (sawToo) f.add(`too:${cls}`);
    if (future) f.add(`future:${negated ? 'neg+' : ''}${cls}`);
    if (judgement.modality) f.add(`modal+${cls}`);
    if (degree) f.add(`deg:${cls}`);
    const after = w.slice(predicateAt + 1, predicateAt + 4);
    if (after.includes('enough')) f.add(`enough:${negated ? 'neg' : 'pos'}`);
    if (cls === 'fail') {
      if (after.some((x) => x === 'everything' || x === 'all' || x === 'always' || x === 'again'))
        f.add('fail:all');
      if (has('always') || has('never') || has('again')) f.add('fail:repeat');
    }
  } else if (copula) {
    f.add(`${linking === 'feel' ? 'feel' : 'cop'}:${negated ? 'neg+' : ''}none`);
  } else if (negated) {
    f.add(`${target === 'own' ? 'own' : 'verb'}:neg+action`);
  }
  for (const q of w) if (QUANTIFIERS.has(q)) judgement.quantifier ??= q;
  judgement.comparison = f.has('compare');
  judgement.fault = f.has('fault');
  if (
    predicateAt < 0 &&
    !judgement.otherMinds &&
    !judgement.fault &&
    !judgement.comparison &&
    !judgement.modality &&
    judgement.predicateClass !== 'hate'
  )
    return null;
  if (judgement.end <= judgement.start) judgement.end = t[t.length - 1]!.end;
  return judgement;
}

/** Words that open a clause with a subject other than the writer, or a question or description of something else. */
const OTHER_OPENERS = new Set([
  'he',
  'she',
  'they',
  'it',
  'we',
  'you',
  'u',
  'this',
  'that',
  'these',
  'those',
  'there',
  'here',
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'our',
  'your',
  'its',
  'what',
  'who',
  'why',
  'how',
  'when',
  'where',
  'which',
  'some',
  'many',
  'most',
  'everyone',
  'everybody',
  'nobody',
  'people',
  'someone',
  'somebody',
  'if',
  'is',
  'are',
  'was',
  'were',
  'do',
  'does',
  'did',
  'can',
  'could',
  'would',
  'will',
  'let',
  'lets',
  'thanks',
  'thank',
  'please',
  'yes',
  'no',
  'yeah',
  'nah',
  'ok',
  'okay',
  'hi',
  'hey',
  'hello',
  'welcome',
  'congrats',
  'congratulations',
  'happy',
  'good',
  'great',
  'nice',
  'love',
  'wow',
  'omg',
  'wait',
  'same',
  'agreed',
  'exactly',
  'true',
  'fair',
]);
const FILLERS = new Set([
  'ugh',
  'lol',
  'so',
  'well',
  'honestly',
  'tbh',
  'ngl',
  'just',
  'and',
  'but',
  'oh',
  'man',
  'god',
  'smh',
  'fml',
  'welp',
  'ok',
  'like',
  'literally',
  'seriously',
  'anyway',
  'also',
  'then',
  'now',
  'today',
  'tonight',
  'again',
  'still',
]);

/**
 * A sentence with no subject at all is usually about the writer in chat and posts ("gonna blank on everything",
 * "Pathetic.", "got the offer but they were desperate"): true when its first content word is not a subject,
 * a question word or a greeting, and it has a word at all.
 */
function opensWithoutSubject(tokens: readonly Token[]): boolean {
  const first = tokens.find((t) => /^[a-z]/.test(t.w) && !FILLERS.has(t.w));
  if (!first) return false;
  return !OTHER_OPENERS.has(first.w);
}

const ELIDED_LINKING = new Set(['feeling', 'feel', 'felt', 'being', 'looking', 'sounding']);

/**
 * A clause that opens on its predicate, with the writer's "I'm" left out: "feeling like a failure again",
 * "being this useless is exhausting", "disgusted with myself tonight". Its first word (after fillers) is a
 * linking verb, or a verdict or feeling word followed by nothing that could be its own subject's verb.
 */
function opensWithPredicate(first: Opener | null): boolean {
  if (!first) return false;
  if (ELIDED_LINKING.has(first.word)) return true;
  const judging =
    VERDICT_ADJECTIVES.has(first.word) ||
    FEELINGS.has(first.word) ||
    (first.word.endsWith('ed') && NEGATIVE_WORDS.has(first.word));
  return judging && !BE_FORMS.has(first.next);
}

/** "screwed up again, typical me": a clause that opens on a failure verb in the past, its "I" left out. */
function opensWithFailure(first: Opener | null): boolean {
  return !!first && first.word.endsWith('ed') && FAIL_VERBS.has(lemma(first.word));
}

/** A clause's first word after fillers and degree words, and the word after it. */
interface Opener {
  word: string;
  next: string;
}

function firstContentWord(tokens: readonly Token[]): Opener | null {
  let word: string | null = null;
  for (const t of tokens) {
    if (!/^[a-z]/.test(t.w)) continue;
    if (word !== null) return { word, next: t.w };
    if (!FILLERS.has(t.w) && !DEGREE.has(t.w)) word = t.w;
  }
  return word === null ? null : { word, next: '' };
}

/** Parses a sentence. Cheap: tokens and set look-ups only, no compromise. */
export function parseSelfEvaluation(sentence: string): SelfEvaluation {
  const tokens = tokenize(sentence);
  const features = new Set<string>();
  const judgements: SelfJudgement[] = [];
  const firstPerson = tokens.some((t) => FIRST.has(t.w));
  const implied = !firstPerson && opensWithoutSubject(tokens);
  const aboutWriter = firstPerson || implied;
  if (!aboutWriter) return { aboutWriter, judgements, features: [], tokens };
  if (implied) features.add('subj:implied');
  let inherited = implied;
  for (const c of clauses(tokens)) {
    const opener = firstContentWord(c.tokens);
    const elided = opensWithPredicate(opener);
    const j = readClause(
      c,
      elided ||
        opensWithFailure(opener) ||
        (inherited && (c.link === 'and' || c.link === ',' || c.link === 'but' || c.link === 'so')),
      elided,
      features,
    );
    if (j) judgements.push(j);
    const w = c.tokens.map((t) => t.w);
    inherited = w.includes('i') || (inherited && !w.some((x) => OTHER_MINDS_SUBJECTS.has(x)));
  }
  if (tokens.some((t) => t.w === '?')) features.add('question');
  if (tokens.some((t) => t.w === 'lol')) features.add('laugh');
  if (tokens.some((t) => POSITIVE_WORDS.has(t.w))) features.add('has_positive');
  if (tokens.some((t) => NEGATIVE_WORDS.has(t.w))) features.add('has_negative');
  return { aboutWriter, judgements, features: [...features].sort(), tokens };
}
