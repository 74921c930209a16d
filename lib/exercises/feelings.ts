/** The plain feeling words and values the exercises offer. Labels live in _locales (`emotion_<id>`, `value_<id>`). */

export const EMOTIONS = [
  'frustrated',
  'ashamed',
  'scared',
  'sad',
  'lonely',
  'overwhelmed',
  'embarrassed',
  'angry',
  'disappointed',
  'anxious',
  'tired',
  'hurt',
  'guilty',
  'worried',
  'other',
] as const;
export type EmotionId = (typeof EMOTIONS)[number];

export const VALUES = [
  'connection',
  'health',
  'learning',
  'honesty',
  'rest',
  'creativity',
  'fairness',
  'growth',
  'kindness',
  'courage',
  'other',
] as const;
export type ValueId = (typeof VALUES)[number];
