/** Sentences and phrases built from the user's own topic, shared by the category builders. */
import { capitalise, lowerFirst } from './text';
import type { Topic } from './topic';

/** States what happened in the user's own words, or null: "I forgot the meeting." */
export function whatHappened(topic: Topic): string | null {
  // "I let my coach down" is the judgement itself, not what happened.
  if (topic.event && !/\blet (?:\w+ ){1,3}down\b/i.test(topic.event))
    return `${capitalise(topic.event)}.`;
  if (topic.thing && !topic.future) {
    if (/^(?:the way|how|what)\b/i.test(topic.thing))
      return `I'm not happy with ${lowerFirst(topic.thing)}.`;
    return `${capitalise(topic.thing)} didn't go the way I wanted.`;
  }
  if (topic.skill) return `${capitalise(topic.skill)} is hard for me right now.`;
  if (topic.situation) return `Things feel hard for me ${topic.situation}.`;
  return null;
}

/** Whether the topic is something the writer did (an act), rather than a skill or a situation. */
export function isAct(topic: Topic): boolean {
  return Boolean(topic.event || (topic.thing && !topic.future));
}

/** A phrase that fits after "about": "forgetting the meeting", "the presentation", or null. */
export function aboutPhrase(topic: Topic): string | null {
  if (topic.activity) return topic.activity;
  if (topic.thing) return lowerFirst(topic.thing);
  if (topic.skill) return lowerFirst(topic.skill);
  if (topic.situation) return `how things go ${topic.situation}`;
  return null;
}

/** A short noun phrase for the thing at stake: "the chemistry exam", else `fallback`. */
export function thingOr(topic: Topic, fallback: string): string {
  return topic.thing ? lowerFirst(topic.thing) : fallback;
}

/** Whether a subject takes a plural verb: "they think", "my coworkers think", "she thinks". */
export function isPlural(subject: string): boolean {
  const lower = subject.toLowerCase();
  if (
    /^(?:they|we|you|other people|the people\b.*|my parents|my kids|my friends|people|children)$/.test(
      lower,
    )
  )
    return true;
  return /[^s]s$/.test(lower) && !/^(?:she|he|it|this)$/.test(lower);
}

const FEMININE =
  /\b(?:she|her|sister|mom|mum|mother|wife|girlfriend|gf|daughter|aunt|grandma|niece)$/i;
const MASCULINE = /\b(?:he|him|brother|dad|father|husband|boyfriend|bf|son|uncle|grandpa|nephew)$/i;

/** The possessive pronoun for a person: "my sister" → "her", "my dad" → "his", otherwise "their". */
export function theirFor(person: string): string {
  if (isPlural(person)) return 'their';
  if (FEMININE.test(person)) return 'her';
  if (MASCULINE.test(person)) return 'his';
  return 'their';
}

const POSSESSIVE: Readonly<Record<string, string>> = {
  him: 'his',
  her: 'her',
  them: 'their',
  us: 'our',
  you: 'your',
};

/** "my sister" → "my sister's", "them" → "their", "other people" → "other people's". */
export function possessive(object: string): string {
  const known = POSSESSIVE[object.toLowerCase()];
  if (known) return known;
  return /[^s]s$/.test(object) ? `${object}'` : `${object}'s`;
}
