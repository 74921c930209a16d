/**
 * One small, concrete next step that fits the user's topic ("the meeting" → send a note and set a
 * reminder). Keyword table, first match wins; null when nothing fits so the builder uses its own.
 */
const STEPS: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /\b(?:meeting|appointment|call|class|lecture|session)\b/i,
    'send a short note and set a reminder for next time',
  ],
  [
    /\b(?:deadline|assignment|report|homework|essay|paper|project|email|emails|task|tasks)\b/i,
    'let the right person know and plan the next hour of work',
  ],
  [
    /\b(?:exam|test|quiz|interview|presentation|speech|audition|game|match|race)\b/i,
    'write down one thing to practise and start there',
  ],
  [/\b(?:birthday|anniversary)\b/i, 'reach out today and say I was thinking of them'],
  [
    /\b(?:keys|wallet|phone|passport|charger|umbrella|bag)\b/i,
    'pick one spot by the door to keep it',
  ],
  [
    /\b(?:yelled|yelling|snapped|snapping|shouted|shouting|said|saying|rude|short with|argued|arguing)\b/i,
    'apologise and talk it through when we are both calm',
  ],
  [
    /\b(?:call|text|message|reply|write) (?:\w+ )?back\b|\bcall(?:ed)? (?:my|her|him|them)\b/i,
    'reach out today, even with a short message',
  ],
  [
    /\b(?:slept in|sleeping in|overslept|oversleeping|late)\b/i,
    'set an earlier alarm and give myself a calmer start',
  ],
  [
    /\b(?:money|bill|bills|rent|budget|spent|spending)\b/i,
    'look at the numbers once and pick one change',
  ],
  [/\b(?:gym|workout|run|diet|ate|eating)\b/i, 'plan one gentle, doable step for tomorrow'],
  [/\b(?:names?|remembering)\b/i, 'practise with one person at a time'],
];

export function stepFor(...topicTexts: ReadonlyArray<string | null>): string | null {
  const joined = topicTexts.filter(Boolean).join(' ');
  // "presentations" finds the step for a presentation.
  const text = joined === '' ? '' : `${joined} ${joined.replace(/(?<=[a-z]{3})s\b/g, '')}`;
  if (text === '') return null;
  for (const [pattern, step] of STEPS) if (pattern.test(text)) return step;
  return null;
}
