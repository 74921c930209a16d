/** A small English lemmatiser for the parser and the scorer: enough to map "ruined", "ruins" and "ruining" to "ruin". */

const IRREGULAR: Readonly<Record<string, string>> = {
  am: 'be',
  is: 'be',
  are: 'be',
  was: 'be',
  were: 'be',
  been: 'be',
  being: 'be',
  has: 'have',
  had: 'have',
  having: 'have',
  does: 'do',
  did: 'do',
  done: 'do',
  blew: 'blow',
  blown: 'blow',
  broke: 'break',
  broken: 'break',
  lost: 'lose',
  forgot: 'forget',
  forgotten: 'forget',
  made: 'make',
  went: 'go',
  gone: 'go',
  got: 'get',
  gotten: 'get',
  said: 'say',
  thought: 'think',
  felt: 'feel',
  knew: 'know',
  known: 'know',
  saw: 'see',
  seen: 'see',
  took: 'take',
  taken: 'take',
  gave: 'give',
  given: 'give',
  ran: 'run',
  let: 'let',
  hurt: 'hurt',
  fell: 'fall',
  fallen: 'fall',
  left: 'leave',
  kept: 'keep',
  told: 'tell',
  became: 'become',
  wrote: 'write',
  written: 'write',
  ate: 'eat',
  eaten: 'eat',
  drove: 'drive',
  driven: 'drive',
  ruint: 'ruin',
  people: 'person',
  children: 'child',
  men: 'man',
  women: 'woman',
  lives: 'life',
  selves: 'self',
  stole: 'steal',
  bit: 'bite',
  choked: 'choke',
  died: 'die',
  dying: 'die',
  lying: 'lie',
  lied: 'lie',
};

const KEEP =
  /^(this|his|is|was|has|does|its|us|yes|less|miss|mess|boss|class|glass|pass|guess|dress|stress|less|loss|kiss|cross|process|success|progress|business|address|always|sometimes|perhaps|bus|gas|thus|plus|nervous|anxious|serious|useless|worthless|hopeless|pointless|careless|clueless|helpless|jealous|famous|obvious|curious|various|previous|ridiculous|dangerous|gorgeous|precious|nothing|something|anything|everything|thing|king|ring|sing|bring|spring|string|wing|morning|evening|during|feeling|ceiling|wedding|being|red|bed|need|speed|seed|feed|weed|bleed|proceed|succeed|exceed|hundred|kindred|sacred|wicked|naked|crooked|ragged|rugged|wretched|beloved|blessed|cursed|dogged|learned|aged|tired|scared|bored|worried|stressed|depressed|embarrassed|ashamed|interested|excited|frustrated|confused|annoyed|disappointed|overwhelmed|exhausted|stupid|ed|news|series|species|lens)$/;

/** The dictionary form of a lower-case word: irregulars from a table, regular -s, -es, -ed, -ing stripped. */
export function lemma(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  if (word.length <= 3 || KEEP.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('ied') && word.length > 4) return word.slice(0, -3) + 'y';
  if (/(ss|sh|ch|x|z|o)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  const stem = /^(.*?)(ing|ed)$/.exec(word);
  if (stem && stem[1]!.length >= 2) {
    const s = stem[1]!;
    if (/([bdgklmnprt])\1$/.test(s) && !/(ll|ss)$/.test(s)) return s.slice(0, -1);
    if (/[^aeiou][aeiou][bcdgklmnprstvz]$/.test(s) && !/(en|er|on|om|it|et)$/.test(s))
      return s + 'e';
    if (/(at|iz|ov|ut|uc|ag|ur|as|ul|ys|ik|ok|ak)$/.test(s)) return s + 'e';
    return s;
  }
  return word;
}

const TRAIT_SUFFIXES: readonly [RegExp, string][] = [
  [/iness$/, 'y'], // laziness → lazy
  [/ness$/, ''], // uselessness → useless, weakness → weak
  [/ity$/, ''], // stupidity → stupid
  [/ence$/, 'ent'], // incompetence → incompetent
  [/ance$/, 'ant'], // ignorance → ignorant
];

/**
 * The adjectives a trait noun may come from ("stupidity" → "stupid"), for reading "my stupidity" as a judgement of
 * the writer. Candidates only: the caller keeps the one its word class knows.
 */
export function traitAdjectives(noun: string): string[] {
  const out: string[] = [];
  for (const [suffix, ending] of TRAIT_SUFFIXES)
    if (suffix.test(noun)) out.push(noun.replace(suffix, ending));
  return out;
}
