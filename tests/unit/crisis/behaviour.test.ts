/**
 * How the whole detector behaves on the ways people actually write: casual, slang, misspelt, no
 * apostrophes, curly apostrophes, emoji, shouting; and on idioms, other people, fiction and denials.
 * Every sentence here is our own.
 */
import { describe, expect, test } from 'vitest';
import { detectCrisis } from '../../../lib/crisis/index';

const CRISIS: readonly string[] = [
  // casual and slang
  'ugh i wanna die lol',
  'lowkey want to kms',
  'gonna unalive myself fr',
  'not gonna lie i keep thinking about ctb',
  'sewer slide is looking good rn',
  'might just end it all tbh',
  'i think about rope a lot. roping seems easier than this',
  'sometimes i want to not be around anymore',
  'im just gonna kys',
  'everyone would be happier with me gone',
  // misspellings and spelling games
  'i feel so suicidle today',
  'thinking about sucide again',
  'i want to kil myself',
  'want 2 die',
  'i wnt to die so bad',
  'i want to d i e',
  'k1ll myself',
  'i want to k*ll myself',
  'im so sucidal',
  // apostrophes, case, emoji
  'I DON’T WANT TO LIVE ANYMORE',
  'i dont want to be alive anymore 😞',
  'I’m done with life 💔',
  'i want to die😭😭😭',
  'wanna 💀 die 💀',
  'i don’t want to be 😭 alive anymore',
  'better off… dead',
  'i wanna dieeeeee',
  // passive and indirect
  'I wish I could fall asleep and not wake up',
  "It'd be easier if I just disappeared forever",
  'what is even the point of being alive',
  'i keep wondering whether i want to keep living',
  'i am a burden and my family would be better off without me',
  'honestly nobody would care if i died',
  'I just want it all to be over',
  "I don't want to die but I don't want to live like this either",
  // self-harm
  'i burned myself again on purpose',
  'the urges to cut are back',
  'I punish myself by cutting',
  'my arms are covered in fresh cuts',
  'i took a handful of pills last night',
  'I wanted to hurt myself after the call',
  'I watched a film about grief and now I want to die',
  'I was watching a show and suddenly I wanted to kill myself',
];

const NOT_CRISIS: readonly string[] = [
  // idioms about things
  'This homework is killing me',
  'I killed it at the presentation today',
  'I nearly died laughing at that video',
  "I'd kill for a coffee right now",
  "I'm dying to see the new exhibition",
  'My phone is dead again',
  'We were killing time at the station',
  'The battery died halfway home',
  'My feet are killing me after the hike',
  'That joke killed me 😂',
  "I'm dead tired after the shift",
  'I would die for my kids',
  'I could have died of embarrassment',
  'That exam is going to be the death of me',
  'I am dying of boredom in this lecture',
  'Break a leg tonight!',
  'I cut myself a slice of cake',
  'I burned myself out at work this year',
  // other people, news, fiction
  'My grandfather died last year',
  'The character dies at the end of the book',
  'What a killer soundtrack',
  'The suicide squad sequel comes out in June',
  'Suicide prevention month starts in September',
  'She told me her brother overdosed years ago',
  'The documentary covers self-harm among teenagers',
  'He wants to die on that hill, the stubborn man',
  'That movie was so bad I wanted to kill myself lol',
  'Sitting through the third episode made me want to die',
  // denials
  'I would never hurt myself',
  "I'm not suicidal, I promise",
  'I have never wanted to kill myself',
  "I don't want to die",
  // ordinary life
  'I want to live somewhere warmer one day',
  'I am so tired of this weather',
  'Please let me sleep until noon',
  'I wish I could disappear into a good book this weekend',
  'I need to end the call early today',
  'I took my pills with breakfast',
  'I am ready to go to the airport',
];

describe('detectCrisis on crisis language', () => {
  test.each(CRISIS.map((s) => [s]))('%j is crisis', (sentence) => {
    const match = detectCrisis(sentence);
    expect(match).not.toBeNull();
    expect(sentence.slice(match!.start, match!.end).trim().length).toBeGreaterThan(0);
  });
});

describe('detectCrisis on everything else', () => {
  test.each(NOT_CRISIS.map((s) => [s]))('%j is not crisis', (sentence) => {
    expect(detectCrisis(sentence)).toBeNull();
  });
});

describe('the matched words', () => {
  test('are the crisis words, with offsets into the sentence as given', () => {
    const sentence = 'Honestly? 😔 I don’t want to be here anymore.';
    const match = detectCrisis(sentence)!;
    expect(sentence.slice(match.start, match.end)).toBe('don’t want to be here anymore');
  });

  test('cover a whole stretched word', () => {
    const sentence = 'i wanna dieeeee lol';
    const match = detectCrisis(sentence)!;
    expect(sentence.slice(match.start, match.end)).toBe('wanna dieeeee');
  });

  test('report a rule id', () => {
    expect(detectCrisis('i want to kill myself')!.rule).toBe('crisis/kill-myself');
  });
});
