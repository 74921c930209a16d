/** Hand-made analyses for component tests (our own sentences; never from the evaluation set). */
import type { Offer } from '../../../lib/engine/suggestions';
import type { Analysis, Finding } from '../../../lib/engine/types';
import type { EngineModule } from '../../../components/analysis/engine';

export const HARSH_TEXT = 'I am a mess at cooking. I did fine today.';

export function labelingFinding(text = HARSH_TEXT): Finding {
  const start = text.indexOf('a mess');
  return {
    category: 'labeling',
    start,
    end: start + 'a mess'.length,
    sentenceStart: 0,
    sentenceEnd: text.indexOf('.') + 1,
    severity: 3,
    rule: 'labeling/test',
    explanation: 'Calling yourself a name sums you up by one moment.',
    suggestions: [
      { text: 'still learning', part: 'self_kindness', replaces: 'span' },
      {
        text: 'Cooking is hard for lots of people.',
        part: 'common_humanity',
        replaces: 'sentence',
      },
      { text: 'I can try one new recipe this week.', part: 'next_step', replaces: 'sentence' },
    ],
  };
}

export function harshAnalysis(text = HARSH_TEXT): Analysis {
  const kindStart = text.indexOf('I did fine');
  return {
    findings: [labelingFinding(text)],
    kind:
      kindStart >= 0
        ? [
            {
              category: 'kind',
              start: kindStart,
              end: kindStart + 'I did fine'.length,
              rule: 'kind/test',
            },
          ]
        : [],
    crisis: false,
    crisisSpans: [],
  };
}

export const CLEAR: Analysis = { findings: [], kind: [], crisis: false, crisisSpans: [] };

export const CRISIS: Analysis = {
  findings: [],
  kind: [],
  crisis: true,
  crisisLevel: 'clear',
  crisisSpans: [{ start: 0, end: 5, rule: 'crisis/test', level: 'clear' }],
};

/** The fixture's suggestions placed as the engine places them: a span one on the words, a sentence one on the sentence. */
export function fixtureOffers(finding: Finding, text: string): Offer[] {
  return finding.suggestions.map((suggestion) => {
    const [start, end] =
      suggestion.replaces === 'span'
        ? [finding.start, finding.end]
        : [finding.sentenceStart, finding.sentenceEnd];
    return { ...suggestion, start, end, original: text.slice(start, end) };
  });
}

/** Offers for every finding of an analysis, aligned with its findings. */
export const offersOf = (analysis: Analysis, text: string): Offer[][] =>
  analysis.findings.map((finding) => fixtureOffers(finding, text));

/** A stand-in engine: flags "a mess" when present, crisis on "CRISIS", otherwise nothing. */
export function fakeEngine(): { load: () => Promise<EngineModule>; calls: string[] } {
  const calls: string[] = [];
  const engine: EngineModule = {
    analyze(text) {
      calls.push(text);
      if (text.includes('CRISIS')) return CRISIS;
      return text.includes('a mess') ? harshAnalysis(text) : CLEAR;
    },
    offersFor: fixtureOffers,
  };
  return { load: () => Promise.resolve(engine), calls };
}
