import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/index';

describe('the two crisis levels', () => {
  it.each([
    'I want to die.',
    "I'm going to kill myself tonight.",
    'I wish I was dead.',
    "I don't want to be here anymore.",
  ])('a plain wish to die or a plan is clear: %j', (text) => {
    const a = analyze(text);
    expect(a.crisis).toBe(true);
    expect(a.crisisLevel).toBe('clear');
  });

  it.each([
    'ugh kill me now',
    'three essays due friday #killme',
    'i want to die lol',
    'ugh i want to die, this exam is tomorrow',
  ])('a joking or exasperated death-wish about oneself is possible: %j', (text) => {
    const a = analyze(text);
    expect(a.crisis).toBe(true);
    expect(a.crisisLevel).toBe('possible');
  });

  it.each(['my mum is going to kill me when she sees the car', 'you kill me with these puns lol'])(
    'someone else "killing" the writer is not crisis: %j',
    (text) => {
      expect(analyze(text).crisis).toBe(false);
    },
  );

  it('a clear crisis anywhere in the text makes the whole text clear', () => {
    const a = analyze('ugh kill me now. I have been planning how to end my life.');
    expect(a.crisisLevel).toBe('clear');
  });
});
