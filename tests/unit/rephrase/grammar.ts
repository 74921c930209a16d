/** Test helpers: splice a suggestion into its sentence and look for the grammar slips we care about. */
import type { Suggestion } from '../../../lib/engine/types';

export function splice(
  sentence: string,
  spanStart: number,
  spanEnd: number,
  suggestion: Suggestion,
): string {
  if (suggestion.replaces === 'sentence') return suggestion.text;
  return sentence.slice(0, spanStart) + suggestion.text + sentence.slice(spanEnd);
}

/** Problems a reader would notice in a spliced sentence; empty when it reads cleanly. */
export function grammarProblems(spliced: string): string[] {
  const problems: string[] = [];
  const text = spliced.trim();
  if (/\b(I|i) \1\b/.test(text)) problems.push('doubled "I I"');
  const doubled = /\b(\w+) \1\b/i.exec(text);
  if (doubled && !/^(?:that|had)$/i.test(doubled[1]!))
    problems.push(`doubled word "${doubled[0]}"`);
  if (/[.!?,;:]\s*[.,;:]/.test(text.replace(/\.\.\./g, '…'))) problems.push('doubled punctuation');
  if (/,\s*[!?]/.test(text)) problems.push('comma before end mark');
  if (/\s[.,;:!?]/.test(text)) problems.push('space before punctuation');
  if (/\bsuch an?\b/i.test(text)) problems.push('leftover "such a"');
  if (/ {2,}/.test(text)) problems.push('double space');
  if (/[.!?] +[a-z]/.test(text)) problems.push('lowercase after a full stop');
  if (/\b(?:a|an|the|my|to|and|of|for|with) *[.!?]?$/i.test(text))
    problems.push('dangling word at the end');
  if (/\bI (?:is|are|has|thinks|was been)\b/.test(text)) problems.push('verb agreement with "I"');
  if (/\b(?:undefined|null|NaN)\b/.test(text)) problems.push('template hole');
  return problems;
}

const FIRST_PERSON = /\b(?:I|I'm|I've|I'd|I'll|me|my|myself|mine)\b/i;

export function isFirstPerson(text: string): boolean {
  return FIRST_PERSON.test(text);
}
