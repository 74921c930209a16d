/**
 * Kept aside: written at the same time as part-examples.ts, by the same rules, but never used to tune the
 * detector. Its figures are reported as the "unseen" check. Do not edit these to make the detector pass.
 */
import type { PartExample } from './part-examples';

const M = 'mindfulness';
const H = 'common_humanity';
const K = 'self_kindness';
const N = 'next_step';

export const UNSEEN_PART_EXAMPLES: readonly PartExample[] = [
  ["I'm really nervous about seeing everyone again.", [M]],
  ['Gosh, that was frightening.', [M]],
  ['I can feel how tense I am.', [M]],
  ['Noticing some sadness here.', [M]],
  ["It's a hard day and I'm worn out.", [M]],
  ['So many first-time managers feel out of their depth.', [H]],
  ['Loads of people fail their driving test the first time.', [H]],
  ["I'm definitely not the only person to send an email to the wrong person.", [H]],
  ['Everyone gets stuck sometimes.', [H]],
  ['This is something lots of us go through.', [H]],
  ["I'll cut myself some slack.", [K]],
  ["It's alright to take a day off.", [K]],
  ["I'm doing okay, all things considered.", [K]],
  ["I'm allowed to make mistakes while I learn.", [K]],
  ['It was a good effort and I can be proud of that.', [K]],
  ["Tonight I'll make a list for the morning.", [N]],
  ["I'm going to message the landlord after work.", [N]],
  ['The plan: one chapter tonight, one tomorrow.', [N]],
  ['I can ask my mentor on Friday.', [N]],
  ['Next week I will book the appointment.', [N]],
  ["I'm anxious about the call, and lots of people get anxious on calls.", [H, M]],
  ["I feel sad. That's okay.", [K, M]],
  ["I'm scared, but I'll go anyway.", [M, N]],
  ["It's okay, everyone trips up. I'll fix the typo.", [K, H, N]],
  ["I notice I'm rushing. I'll slow down and take a breath.", [M, N]],
  ['This is tough right now, and many people in my shoes would feel the same.', [H, M]],
  ["I'm ashamed, and I'm still worthy of kindness.", [K, M]],
  ["I'm overwhelmed, it makes sense, and tomorrow I'll pick one task.", [K, M, N]],
  ["Everybody needs help sometimes, so I'll ask.", [H, N]],
  ["I'm upset and being gentle with myself about it.", [K, M]],
  ["I'm a complete failure.", []],
  ["Everyone thinks I'm weird.", []],
  ["I'll never be good enough.", []],
  ['I always ruin everything.', []],
  ["I'm going to get fired.", []],
  ["We all know I'm the problem.", []],
  ['My brother is worried about his exams.', []],
  ['I should just stop feeling sorry for myself.', []],
  ["It's fine, I don't need help from anyone.", []],
  ['The train will leave at nine.', []],
  ["They said it's okay to park here.", []],
  ["I can't believe how stupid I was.", []],
];
