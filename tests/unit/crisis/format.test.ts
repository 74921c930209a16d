import { describe, expect, test } from 'vitest';
import {
  FALLBACK_RESOURCES,
  SUPPORTED_COUNTRIES,
  describeHelpline,
  resourceLines,
  resourcesFor,
} from '../../../lib/crisis/index';

describe('plain-text crisis resources', () => {
  test('a helpline reads as name, ways to reach it, hours and website', () => {
    expect(describeHelpline(resourcesFor('US').helplines[0]!)).toBe(
      '988 Suicide & Crisis Lifeline: call 988 or text 988 · 24/7 · https://988lifeline.org',
    );
    expect(describeHelpline(resourcesFor('GB').helplines[1]!)).toBe(
      'Shout: text SHOUT to 85258 · 24/7 · https://giveusashout.org',
    );
  });

  test('every country lists its helplines, its emergency number and the directory', () => {
    for (const code of SUPPORTED_COUNTRIES) {
      const r = resourcesFor(code);
      const lines = resourceLines(r);
      expect(lines).toHaveLength(r.helplines.length + 3);
      expect(lines.join('\n')).toContain(`call ${r.emergencyNumber}.`);
      expect(lines.at(-1)).toContain('findahelpline.com');
    }
  });

  test('the fallback points to the local emergency number', () => {
    expect(resourceLines(FALLBACK_RESOURCES).join('\n')).toContain('your local emergency number');
  });
});
