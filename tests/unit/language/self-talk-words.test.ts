import { describe, expect, it } from 'vitest';
import { FAIL_VERBS } from '../../../lib/language/en/lexicon';
import {
  MESS_UP_VERB_FORMS,
  MESS_UP_VERBS,
  regularVerbForms,
} from '../../../lib/language/en/self-talk-words';

describe('the shared self-talk words', () => {
  it("spell a regular verb's forms", () => {
    expect(regularVerbForms('mess')).toEqual(['mess', 'messes', 'messed', 'messing']);
    expect(regularVerbForms('sabotage')).toEqual([
      'sabotage',
      'sabotages',
      'sabotaged',
      'sabotaging',
    ]);
    expect(regularVerbForms('botch')).toEqual(['botch', 'botches', 'botched', 'botching']);
  });

  it('keep the verbs of messing up inside the generated class of setback verbs', () => {
    for (const verb of MESS_UP_VERBS) expect(FAIL_VERBS.has(verb), verb).toBe(true);
    expect(MESS_UP_VERB_FORMS).toHaveLength(4 * MESS_UP_VERBS.length);
  });
});
