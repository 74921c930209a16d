/**
 * Crisis language as data. Each pattern is a regular expression over the normalised sentence
 * (lowercase, no apostrophes, emoji as spaces, long letter runs collapsed: see normalize.ts), with
 * `{MACRO}` parts expanded from MACROS below, the guards that can cancel a match, and its own examples.
 *
 * The bias is deliberate: when in doubt, flag. A missed crisis costs far more than a calm card shown
 * once too often. Guards only cancel what is plainly not about the writer's own safety.
 */

export type CrisisGuard =
  /** A denial right before the match cancels it ("I would never hurt myself"). */
  | 'negation'
  /** The nearest subject before the match is someone else ("my uncle died by suicide"). */
  | 'other-subject'
  /** The sentence is about a film, a book, the news or statistics. */
  | 'fiction'
  /** An accident or an everyday act, not self-harm ("I cut myself shaving", "burn myself out"). */
  | 'accident';

export interface CrisisPattern {
  /** Stable id, reported as `crisis/<id>`. */
  id: string;
  /** What it catches, in plain words. */
  about: string;
  /** Regex source over the normalised sentence; `{NAME}` expands from MACROS. */
  source: string;
  /**
   * Word beginnings one of which every match contains, written so they hold on the raw sentence
   * (any case, with or without apostrophes, emoji or punctuation between words: `\W+`, not `\s+`)
   * as well as on the normalised one. Joined, they are the
   * prefilter that rejects almost every sentence before any normalisation.
   */
  stems: string;
  guards: readonly CrisisGuard[];
  /** Cancels a match when the words right after it match this (anchored at the match end). */
  unlessAfter?: string;
  /** Sentences that must be flagged by this pattern. */
  flag: readonly string[];
  /** Sentences this pattern must not flag (the whole detector may still flag some through another). */
  notFlag: readonly string[];
  /**
   * 'possible' for an exasperated death-wish about oneself ("kill me now", "#killme" over an exam): still crisis,
   * answered lightly. Absent: the scorer's level head decides.
   */
  level?: 'possible';
}

export const MACROS: Readonly<Record<string, string>> = {
  // No closing \b: text glued after a missing space ("myselfI") is still "myself".
  MYSELF: String.raw`(?:my ?s[ea]?l+f|myslef|mysefl|mysef|mself|meself|mysel\b)`,
  ADV: String.raw`(?:(?:just|jus|really|rly|honestly|actually|so|kinda|kind of|sort of|sorta|literally|fucking|fuckin|fking|fkn|fr|legit|genuinely|seriously|sometimes|often|still|always|lowkey|low key|even|also|truly|badly|desperately|simply|probably|prolly|sometimes|definitely|totally|almost|secretly|quietly|all|every day|everyday)\s)*`,
  TO: String.raw`(?:(?:to|2|too|ta|tu)\s)?`,
  KILL: String.raw`(?:kil+(?:l|s|ed|ing|in|led|ling)?|kll|kilk)`,
  SUICIDE: String.raw`(?:su+i?[cs]+i?d+(?:e|es|al|ial|le|ality|ally)?|suicid\w*|sucid\w*|sewer ?slide\w*)`,
  /** "dead", but not "dead tired", "dead on my feet", "dead serious". */
  DEAD: String.raw`dead\b(?! (?:tired|on my feet|serious|set|wrong|right|broke|beat|asleep|ahead|last|center|centre|even|inside|weight|end|air|silent|quiet|easy|simple|straight|meat|bored|certain|sure))`,
  /** Not after a plain past event ("it went fine without me", "they did better without me"). */
  NOTDID: String.raw`(?<!\b(?:did|do|does|doing|went|go|goes|going|played|play|worked|work|works|ran|run|runs|managed|coped|cope|get by|got by|get on|got on|done|turned out) (?:so |much |a lot |way |really )?)`,
  /** Disappearing for good, not into a book or for the weekend. */
  GONE: String.raw`(?:disappear|vanish)(?! (?:into|in a|in the|to|for (?:a|an|the|some)|on (?:a|holiday|vacation)|from (?:work|class|school|the (?:party|office|meeting|group|chat))|under|behind|after))`,
  LIVE: String.raw`(?:live in this world|live on this (?:earth|planet)|live here any ?more|live any ?more|live|living|be alive|stay alive|exist|existing|be here any ?more|be here any longer|be here no more|be on this earth|be in this world|go on|keep going|keep living|carry on|wake up|be around any ?more|be around any longer)`,
  PILLS: String.raw`(?:pills|tablets|meds|medication|medicine|sleeping pills|painkillers|tylenol|paracetamol|advil|ibuprofen|aspirin|xanax|insulin)`,
};

export const CRISIS_PATTERNS: readonly CrisisPattern[] = [
  {
    id: 'kill-myself',
    about: 'Killing oneself, in full or as slang (kms, "i should kys", unalive, self-delete).',
    source: String.raw`\b{KILL} ?{MYSELF}|(?<!\b(?:show|showing|showed|push|pushed|pushing|pull|pulled|lift|lifted|take|took|get|got|brush|brushed|dust|dusted|cool|cooled|kick|kicked|sign|signed|log|logged|pay|paid|finish|finished|hold|held|shake|shook|cut|cutting|shut|shutting|switch|switched|turn|turned|drop|dropped|wean|weaned) )\boff(?:ing)? {MYSELF}|(?<!\d ?)(?<!\b(?:for|of|the|many|few|more|less|low|high|per|in) )\bkms\b(?! (?:on|per|away|from|an hour|a day|to (?:the|go)))|\bkys {MYSELF}|\b(?:i|im|ill|i will|i should|i might|i wanna|i want to|gonna|going to|finna|about to|should|might|to) {ADV}kys\b|\bunaliv\w*(?: {MYSELF})?|\bself ?delet(?:e|ing|ion)\b|\bcommit(?:ting|ted)? (?:sudoku|die)\b`,
    stems: String.raw`off(?:ing)?[\s-]+my|off(?:ing)?[\s-]+m[ey]?s|k[i1!*]?l+\w*[\s-]*m|kms|kys|unaliv|self\W*-?\W*delet|commit\w*\W+(?:sudoku|die)`,
    guards: ['negation'],
    unlessAfter: String.raw`(?:laughing|tripping|falling|slipping|crashing|on (?:the|a|my) (?:stairs|ice|bike|way|road)|for (?:forgetting|not|missing|losing|saying|doing|letting|buying|eating|that|this)|(?:at|with|over) (?:work|overwork|the gym|studying|training|the job|my job|this project|(?:all )?(?:these|those|the|my) (?:hours|shifts|deadlines|exams|classes))|trying to|to (?:finish|get|make|meet|keep|pass|please))\b`,
    flag: [
      'I want to kill myself',
      'honestly might just kms',
      'i keep thinking about killing my self',
      'some days i think i should kys',
      'i wanna unalive myself ngl',
      'Thinking about self-deleting tbh',
      'KILLLL MYSELF 😭',
      'i am going to kil myself tonight',
      'i want to off myself',
      'gonna kys myself fr',
    ],
    notFlag: [
      'Is 90,000 kms on a used car a lot?',
      "I'm so tired of killing myself with overwork for this company",
      'I would never kill myself',
      'I am not going to kill myself, I promise',
      'this homework is killing me',
      'I killed it at the gig tonight',
      'kys is a horrible thing to say to anyone',
      'I killed the spider myself',
      'I am killing myself trying to finish this report',
      'I could kill myself for forgetting her birthday',
      'i nearly killed myself tripping on the stairs lol',
      'I need to cut off myself from social media',
    ],
  },
  {
    id: 'want-to-die',
    about: 'A wish to die or to be dead, including casual forms ("i wanna die lol").',
    source: String.raw`\bwhy (?:wont|cant|doesnt|dont|cannot) (?:i|my body|this body|my heart) {ADV}(?:die|stop beating)\b|\b(?:want(?:ed|ing)?|wanna|wana|wnt|need(?:ed)?|wish(?:ed|ing)?|would like|would love|d like|d love|ready|hope|hoping|pray|praying|deserve|deserved|should|shoulda|going to let myself|let me|just let me) {ADV}(?:{TO}|i could |i would |i can |i will |i |that i |id |ill |for me to )?{ADV}(?:die|be {DEAD}|drop dead|rot and die|cease to exist|stop breathing|not wake up|never wake up|dont wake up|wont wake up)\b|\bfeel(?:ing)? like dying\b|\b(?:can|could|may) i (?:just |please |pls |plz )?(?:die|not exist|stop existing|not wake up)\b|\brather (?:be dead|die|not exist|not be alive)\b(?! than)|\burges? to die\b|\bpart of me (?:still |really |just |kind of |kinda )?wants? (?:to )?(?:die|be dead|end it|disappear|not exist|stop existing|not be here)\b|\b(?:dying|death|being dead|not existing|not waking up) (?:sounds|seems|feels|looks) (?:so |really |pretty |kinda |kind of )?(?:nice|good|peaceful|better|easier|appealing|like a relief|tempting|comforting|nicer)\b|\bwish (?:i|id) (?:was|were|had been|could be|would be) dead\b|\bwant(?:ed|ing)? (?:to )?death\b|\bdeath (?:would be|is|seems like) (?:a relief|better|easier|the (?:only )?(?:answer|way out|option))`,
    stems: String.raw`part\W+of\W+me|die+\b|(?:be|been|was|were|drop|off|am|being|im|i['’]?m)\W+dead\b|(?:about|of|want|wanted|wanting|welcome|my|own)\W+death|death\W+(?:would|is|seems|sounds|feels|looks)|dying|exist(?:ing|s)?\b|breathing|wake|(?:be|being|stay|staying|still|even|me|am|im|i['’]?m)\W+alive|alive\W+any`,
    guards: ['negation', 'other-subject'],
    unlessAfter: String.raw`my hair|hair|it (?:blue|red|black|pink|purple|green|blonde|brown)|(?:of|from) (?:embarrassment|shame|laughter|laughing|boredom|cringe|happiness|joy|old age|natural causes|cuteness|jealousy|envy)|laughing|happy|a happy|old\b|peacefully (?:at|in) (?:90|100|old)|for (?:a|some|this|that|the)\b|trying\b|with (?:dignity|honou?r|my boots on)\b`,
    flag: [
      'why wont I just die already',
      'I want to die',
      'i wanna die lol',
      'i just want 2 die',
      'sometimes i really wish i could die',
      'i hope i die in my sleep',
      'I wish I was dead',
      'ready to die tbh',
      'i want to dieeee',
      'Honestly death would be a relief at this point',
      'i feel like i deserve to die',
      'part of me wants to die',
      'dying sounds nice right now',
      'can i just die already',
    ],
    notFlag: [
      'I should die trying before I give up on this climb.',
      'When my time comes I want to die with dignity, at home.',
      "I don't want to die",
      'I wanted to die of embarrassment when I tripped',
      'She says she wants to die, and I am worried about her',
      'I was dying to see the new season',
      'I nearly died laughing',
      'I want to die my hair purple',
      'The battery died on the train',
    ],
  },
  {
    id: 'better-without-me',
    about: 'Others would be better off, or the world better, without them.',
    source: String.raw`{NOTDID}\b(?:better|happier|easier|fine|safer|lighter)(?: off| place| world| place to live)? (?:without me|with me gone|if i (?:was|were) gone|once im gone|when im gone)\b|\b(?:do|doing|did|be doing) (?:everyone|everybody|them|the world|my family|you all|yall) a favou?r (?:if|by) (?:i |me )?(?:just )?(?:died|dying|disappeared|disappearing|killed myself|killing myself|was gone|being gone|ended it|ending it|wasnt here|not being here|not existing)\b|\b(?:easier|better|simpler|best|kinder|relieved|happier|glad|lighter) (?:for (?:everyone|everybody|them|all of them|my family) )?if i (?:just )?(?:died|disappeared|was gone|were gone|wasnt here|werent here|didnt exist|was dead|were dead|killed myself|ended it|wasnt around|werent around)\b`,
    stems: String.raw`favou?r\W+(?:if|by)|without\W+me|(?:me|was|were|im|i['’]?m|be|am|off)\W+gone|if\W+i\W+(?:just\W+)?(?:died|disappeared|was|were|wasn|weren|didn|killed|ended)`,
    guards: [],
    flag: [
      'Everyone would be better off without me',
      'my family is better off without me',
      'the world would be a better place without me',
      'they would all be happier if i was gone',
      'i would be doing everyone a favour if i disappeared',
      'my parents would be relieved if i died',
    ],
    notFlag: [
      'The team did better without me at the meeting, which was fine',
      'Things went fine without me there',
    ],
  },
  {
    id: 'better-off',
    about: 'Others would be better off without them, or they would be better off dead.',
    source: String.raw`\b(?:be|being|better off|id rather be|wanna be|want to be) six (?:feet|ft|foot) under\b|\bbetter off (?:dead|if i (?:just |simply )?(?:was|were|wasnt|werent|died|ended it|ended my life|killed myself|didnt exist|never existed|never was born|was never born|wasnt around|was gone|were gone|disappeared|was not here)|with me gone|when im gone|once im gone|if im gone|not existing|not being alive|not being here|gone)\b|\b(?:world|everyone|everybody|family|they|people|nobody|no one) (?:would|will|d)(?: \w+)? (?:be )?(?:better|happier|fine|easier)(?: off)? (?:without me|if i (?:was|were) gone|when im gone|once im gone|if i died|if i (?:wasnt|werent) here)`,
    stems: String.raw`six\W+(?:feet|ft|foot)|better\W+off|without\W+me|(?:me|was|were|im|i['’]?m|be|am|off)\W+gone|if\W+i\W+(?:died|was|were|wasn|weren)`,
    guards: ['other-subject'],
    flag: [
      'they would all be better off if i just ended it',
      'i would be better off dead',
      'better off dead honestly',
      'im better off not existing',
      'everyone would be better off if i died',
      'I’d be better off six feet under',
    ],
    notFlag: [
      'He is better off dead in the film, the villain I mean',
      'I feel better off since I changed jobs',
      'You are better off with the blue one',
    ],
  },
  {
    id: 'end-my-life',
    about: 'Ending or taking one\'s life, or "ending it all".',
    source: String.raw`\b(?:end|ending|ended|take|taking|took) (?:my own|my) (?:li[fv]e|lfe|existence)\b|\bput(?:ting)? an end to (?:it all|everything|my life|myself|my suffering|my existence|this pain|my pain|my misery)\b|\bend(?:ing)? (?:it all|everything|myself|my suffering|it tonight|it today|it soon|it now|it for good|it forever|it once and for all|things for good|things tonight|this life)\b|\b(?:thinking|thought|think|thinkin|considering|considered|planning|plan|want|wanna|wanted|going|gonna|ready|about|decided|deciding|tempted|wish i could|should|will|might|feel like|feeling like|felt like) (?:about |of |to |on |i could |i should |i will )?{ADV}end(?:ing)? (?:it|things|everything)\b`,
    stems: String.raw`end(?:ing|ed)?\W+(?:it|my|every|things|myself|this)|ta(?:ke|king)\W+my|took\W+my|an\W+end\W+to`,
    guards: ['negation', 'other-subject'],
    unlessAfter: String.raw`(?:with|between|here|there|on a|by saying|early|at|back|savings|in (?:my|your) own hands|into my own hands|as i know it)\b`,
    flag: [
      'I want to end my life',
      'thinking about ending it all',
      "I'm going to end it tonight",
      'i think about taking my own life',
      'sometimes i just wanna end it',
      'I have decided to end things for good',
      'I feel like ending it',
    ],
    notFlag: [
      'I want to end things with him, he is not good for me',
      'I ended my lease early',
      'I will end the meeting at five',
      'I am taking my life back one day at a time',
    ],
  },
  {
    id: 'not-want-to-live',
    about: 'Not wanting to live, exist, wake up or be here anymore.',
    source: String.raw`\b(?:im not|i am not|i aint) (?:gonna|going to) (?:live|be alive|be here|be around) (?:any ?more|much longer|any longer)\b|\b(?:dont|do not|no longer|never|dont even|do not even|not|not even) {ADV}(?:want|wanna|wana|wish|feel like|wanting) {ADV}{TO}{ADV}{LIVE}\b|\b(?:want|wanna|wish|need) {ADV}{TO}{ADV}(?:stop|not) (?:living|existing|exist|being alive|breathing|be alive|be here|be around any ?more|be around any longer)\b|(?<!\b(?:dont|do not|didnt|did not|never|not) )\b(?:hate|hating|tired of|sick of|exhausted from|exhausted by|done) (?:with )?(?:living|being alive|existing|life|this life|being here|breathing)\b|\b(?:if|whether) (?:i )?(?:even |really |still )?(?:want|wanna|should|deserve|can|could|am able) (?:to )?(?:keep living|stay alive|keep going|go on living|live any ?more|be alive|exist|keep existing|live)\b|\bdo i (?:even |really )?(?:want|deserve) to (?:live|be alive|exist|keep living|keep going)\b|\bgive up on (?:life|living|being alive)\b|\bwant (?:out|to get out) of (?:this life|life|this world|existence|my life)\b|\bgiving up on (?:life|living)\b`,
    stems: String.raw`want\W+(?:to\W+get\W+)?out|(?:to|2|ta|wanna|wana|cant|can['’]?t|cannot|not|i|should|shouldn['’]?t|for)\W+(?:\w+\W+)?live\b|live\W+(?:any\W*more|in\W+this|on\W+this|here\W+any)|living\b|(?:be|being|stay|staying|still|even|me|am|im|i['’]?m)\W+alive|alive\W+any|exist(?:ing|s)?\b|wake|waking|here\W+any|around\W+any|go\W+on|keep\W+going|carry\W+on|breathing|be\W+here|(?:tired|sick|done|exhausted|up)\W+(?:of|with|on|by)\W+(?:this\W+)?life\b|(?:hate|hating)\W+(?:this\W+)?life\b`,
    guards: ['other-subject'],
    unlessAfter: String.raw`(?:in|at|near|with|w|there|abroad|here|on|by|next|close|under|alone|together|like that|as a|through|without|early|paycheck|pay cheque|off|out of|admin|before|at|so early|till|until|for (?:a|the|my|work|school)|to the|a lie|a trip|holiday|vacation|a date)\b`,
    flag: [
      "he's gone and I'm not going to live anymore",
      "I don't want to be here anymore",
      "i don't want to live in this world anymore",
      'i dont wanna live anymore',
      'I no longer want to exist',
      'I am so tired of living',
      "don't want to wake up tomorrow",
      'i want to stop existing',
      'i hate being alive',
      'honestly done with life',
      'i want out of this life',
    ],
    notFlag: [
      "I don't hate life, I just have a lot on right now.",
      'I hate waking up early on a Monday',
      'so sick of waking up before the sun',
      'I hate living w my messy roommates',
      "I don't want to be here at this party",
      'I do not want to live in the city',
      "I'm tired of this weather",
      "I'm tired of living paycheck to paycheck",
      'Living abroad has been wonderful',
    ],
  },
  {
    id: 'passive-wish',
    about: 'Passive forms: sleeping and never waking, not having been born, disappearing for good.',
    source: String.raw`\b(?:sleep|go to sleep|fall asleep|close my eyes) {ADV}(?:and|&|n) {ADV}(?:never|not|dont|wont|not ever) {ADV}(?:wake|open them)(?!(?: up)? (?:for (?!good|ever|real)|till |until |before ))|\b(?:sleep|asleep|rest) forever\b(?! (?:in|on|under|here|now)\b)|\bnever wake up\b(?! (?:on time|early|in time|before))|\bwish (?:i|id) (?:(?:was|were|had been) (?:never born|gone|not here|not alive|never here|erased)|(?:wasnt|werent|hadnt been|was not|were not) (?:born|alive|here any ?more|around any ?more)|(?:had |d )?never (?:existed|been born|was born|woke up)|didnt exist|did not exist|could {ADV}(?:{GONE}|stop existing|not exist|cease to exist|sleep forever|fade away)|would {ADV}(?:{GONE}|not wake up|stop existing))|\b(?:want|wanna|wana|wish|need|should) {ADV}{TO}{ADV}(?:{GONE}|stop existing|not exist|cease to exist|cease existing|be gone|fade away|be erased)\b|\b(?:disappear|vanish)\w* (?:forever|for good|permanently|from (?:this|the) (?:world|earth|planet))|\b(?:shouldnt|should not|dont deserve to|do not deserve to|never should have|never shouldve|shouldnt have|should never have) (?:be alive|exist|live|been born|be here|have been born)\b|\bcant wait to die\b(?! (?:of|from|laughing|my|it|the|your|her|his|them|this|that|some|a|an)\b)|\b(?:dont|do not|wouldnt|would not) (?:even )?care (?:if|whether) i (?:lived or |live or )?(?:die|died|was dead|were dead)\b(?! (?:my|it|the|your|her|his|them|this|that|some|a|an)\b)|\b(?:wish|want|hope|pray|praying|hoping|wishing)(?: that)? my heart (?:would |will |to |could )?(?:just )?stop(?:s|ped)?\b(?! (?:racing|pounding|beating so|hurting|aching|fluttering|skipping|breaking)\b)|\bwhy (?:wont|doesnt|cant|didnt) my heart (?:just )?stop\b(?! (?:racing|pounding|beating so|hurting|aching|fluttering|skipping|breaking)\b)`,
    stems: String.raw`sleep\W+(?:\w+\W+)?(?:and|&|n|forever)|asleep\W+(?:\w+\W+)?(?:and|&|n|forever)|close\W+my\W+eyes|rest\W+forever|wake|born|(?:me|was|were|im|i['’]?m|be|am|off)\W+gone|erased|exist(?:ing|ed|s)?\b|disappear|vanish|fade|(?:be|being|stay|staying|still|even|me|am|im|i['’]?m)\W+alive|alive\W+any|not\W+here|never\W+here|here\W+any|be\W+here|(?:to|2|ta|wanna|wana|cant|can['’]?t|cannot|not|i|should|shouldn['’]?t|for)\W+(?:\w+\W+)?live\b|live\W+(?:any\W*more|in\W+this|on\W+this|here\W+any)|wait\W+to\W+die|care\W+(?:if|whether)|my\W+heart`,
    guards: ['other-subject', 'negation'],
    flag: [
      'honestly I cant wait to die',
      "I don't even care if I die anymore",
      'why won’t my heart just stop',
      'I wish I could go to sleep and never wake up',
      'i just want to sleep forever',
      'I just want to fall asleep forever',
      'I wish I had never been born',
      'I want to disappear forever',
      'sometimes i wish i didnt exist',
      'i dont deserve to live',
      'i want to just vanish',
      'i should just disappear',
    ],
    notFlag: [
      "I'm going to sleep and not wake up for ten hours",
      'this duvet is so warm, I could sleep forever in it',
      "I don't care if I die my hair pink",
      "why won't my heart stop racing before exams",
      'I cant wait to die my hair blue',
      'my heart stopped when I saw the bill',
      'I never wake up on time for class',
      'Please let me sleep in on Sunday',
      'The magician made the coin disappear',
    ],
  },
  {
    id: 'no-point-living',
    about: 'No point or reason to live, nothing to live for, life not worth living.',
    source: String.raw`\bwhat(?:s| is) (?:even )?the {ADV}point (?:of|in|to) (?:living|life|being alive|existing|going on|waking up|being here|carrying on|continuing|my life|me being here|me existing|trying to live|staying alive|even living|anything|it all|any of (?:it|this)|trying any ?more)\b|\bwhat(?:s| is) (?:even )?the {ADV}point any ?more\b|\b(?:not able|unable|no longer able) to (?:live|go on|keep going|keep living|carry on|exist)\b|\b(?:no|any|not any|without a|without any|lost my|lost the|lost all|losing the|losing my) (?:point|reason|will|purpose|desire) (?:in |of |to |for |left to )?(?:me |my )?(?:to )?(?:live|living|life|being alive|exist|existing|go on|going on|keep going|keep living|stay alive|staying alive|continue living)\b|\bnothing (?:left )?to live for\b|\b(?:life|my life|living|this life|existence) (?:isnt|is not|aint|is no longer|not|wasnt|no longer) worth (?:living|it any ?more|anything)\b|\bnot worth living\b|\bcant (?:go on|keep going|keep living|carry on) (?:any ?more|any longer|living|like this)\b|\bcant (?:live|do life|exist) (?:any ?more|like this any ?more)\b|\bcant (?:keep living|go on living|stay alive)\b|\b(?:cant|can not|cannot|dont think i can|not sure i can|dont know if i can|dont know how (?:much )?longer i can|how (?:much )?longer i can) (?:go on|keep going|keep living|carry on|live like this|hold on)\b(?! (?:to|with|at|in|on|about|for)\b)|\b(?:see|is|there is|theres|there was|find|with) no (?:other )?way out\b(?! of)|\bpoint (?:of|in|to) (?:living|being alive|existing|going on|waking up|carrying on|staying alive|me being here|me existing)\b|\bpoint (?:of|to) my life\b|\b(?:out of|running out of|ran out of|run out of|fewer|no more|lost all|lost my) reasons? (?:to|for) (?:live|living|stay alive|keep living|keep going|go on|exist)\b|\bwhy (?:am i|do i|should i|must i) (?:even |still |bother )*(?:alive|here|living|exist|keep living|keep going|stay alive|breathing)\b|\bcant (?:take|do) (?:it|this|this life|life|living) (?:any ?more|any longer)\b|\b(?:not|never|werent|wasnt|arent|isnt|am not|was not) (?:meant|made|built) (?:for|to be in|to live in) (?:this )?(?:life|world|earth|living)\b|\b(?:not|never|werent|wasnt|arent|am not) meant to (?:live|be alive|exist|be here|survive)\b|\bwhy (?:even |bother |should i |would i |do i even )?(?:continue|keep going|go on|keep living|carry on)\b(?! (?:with|to|the|this|that|it|on|at|in|for|and|about|reading|watching|playing|working|doing|talking|trying|like))`,
    stems: String.raw`how\W+(?:much\W+)?longer|way\W+out|reasons?\W+(?:to|for)|hold\W+on|point\W+(?:of|in|to|any)|reason\W+(?:to|for)|will\W+to|purpose|desire\W+to|(?:to|2|ta|wanna|wana|cant|can['’]?t|cannot|not|i|should|shouldn['’]?t|for)\W+(?:\w+\W+)?live\b|live\W+(?:any\W*more|in\W+this|on\W+this|here\W+any)|living\b|worth\W+(?:living|it\W+any|anything)|go\W+on|keep\W+going|carry\W+on|exist(?:ing|s)?\b|(?:be|being|stay|staying|still|even|me|am|im|i['’]?m)\W+alive|alive\W+any|any\W*more|any\W+longer|(?:not|never|wasn['’]?t|wasnt|weren['’]?t|werent|aren['’]?t|arent|isn['’]?t|isnt|am\W+not|was\W+not)\W+(?:meant|made|built)|why\W+(?:am|do|should|must)\W+i|able\W+to|why\W+(?:(?:even|bother|should\W+i|would\W+i|do\W+i\W+even)\W+)?(?:continue|keep\W+(?:going|living)|go\W+on|carry\W+on)`,
    guards: ['other-subject', 'fiction'],
    unlessAfter: String.raw`(?:in|at|near|with|there|here|on|by|close|rides?|trips?)\b`,
    flag: [
      "what's the point of living",
      'whats even the point in being alive',
      'I have no reason to live',
      'there is nothing left to live for',
      'my life is not worth living',
      "I can't go on like this",
      'i have lost the will to live',
      'why am i even alive',
      "I don't think I can keep going",
      'i see no way out',
      'i do not see the point in living',
      'I have run out of reasons to live',
      'honestly there is no reason for me to keep living',
      'idk how much longer i can hold on',
      'there is no point in me being alive',
      "i can't take it anymore",
      'nothing ever changes so why keep going',
      'it never gets better, why even continue',
    ],
    notFlag: [
      "At this point in my life I'd rather rent than buy.",
      'honestly so tired of everything going wrong at work today',
      'why continue with a plan that clearly failed?',
      'why keep going to a class that bores you',
      'why go on and on about it',
      "I'm sick of it all, this printer jams every single time",
      "What's the point of this meeting?",
      'No reason to live in the suburbs if you work downtown',
      'The hike is worth it for the view',
      'I am done with everything for today, time for bed',
      "I can't handle this traffic anymore",
      "I can't keep going to that gym",
      'There is no way out of this contract',
    ],
  },
  {
    id: 'suicidal',
    about: 'Suicide and suicidal thoughts, plans or attempts, including misspellings and slang.',
    source: String.raw`\b{SUICIDE}|\bctb\b|\b(?:passive|active) (?:si|ideation)\b`,
    stems: String.raw`(?:passive|active)\W+(?:si|ideation)\b|su+i?[cs]+i?d|sucid|suicid|sewer|ctb`,
    guards: ['negation', 'other-subject', 'fiction'],
    flag: [
      "I'm suicidal",
      'been having suicidal thoughts again',
      'im feeling sucidal',
      'i keep thinking about suicide',
      'i attempted suicide last year and the thoughts are back',
      'thinking about ctb',
      'i might just sewerslide lol',
      'so suicidle rn',
      'the passive si is back',
    ],
    notFlag: [
      "I'm not suicidal, just really tired",
      'I have never been suicidal',
      'The suicide squad sequel was a mess',
      'The article covers suicide rates among farmers',
      'My uncle died by suicide when I was small',
    ],
  },
  {
    id: 'self-harm',
    about: 'Self-harm acts or urges: cutting, burning, hurting oneself, overdosing.',
    source: String.raw`\b(?:cut|cuts|cutting|cutted|burn|burns|burning|burned|burnt|hurt|hurts|hurting|harm|harms|harming|harmed|punish|punishing|scratch|scratching|scratched|starve|starving|starved|stab|stabbing|stabbed|choke|choking|choked|poison|poisoning|poisoned|bruise|bruising|hit|hitting|bleed|shoot|shooting|shot|drown|drowning|suffocate|suffocating|strangle|strangling|gas|gassing|electrocute|electrocuting|throw|throwing|hurl|hurling) {MYSELF}(?! (?:out|off|up|short|loose|free|down|over (?:grades|it|this|that|him|her|them|nothing|small|little|work|school|exams?|a|the|my|what)|(?:a|an|some) (?:slice|piece|bit|portion|drink|coffee|tea|plate|bowl|sandwich|break|deal|cup|glass)|in (?:work|my work|books|music|games|tv|coffee|study|studying|homework|chores)|into (?:work|my work|a|the|bed))\b)|\b(?:cut|cuts|cutting|slit|slitting|slash|slashing|slice|slicing|carve|carving) (?:half of |part of |deep into |deeply into |into |open |up )?my (?:wrists?|arms?|legs?|thighs?|skin|stomach|hips?|body|veins?)\b|\bself[ -]?(?:harm\w*|injur\w*|mutilat\w*|hurt\w*)|\bsh (?:scars?|urges?|again|relapse)\b|\b(?:urges?|urging|tempted|relapsed?|relapsing|clean) (?:to |from |on |with |again )?(?:cut|sh|cutting)\b(?! (?:my hair|hair|my losses|losses|my fringe|my bangs|bangs|the|class|corners|ties|back|costs|carbs|sugar|it|him|her|them|out|off|down|up|in|loose|free|short|ahead|across|through|back))|\b(?:gonna|going to|want to|wanna|might|will|ill|thinking about|tried to|try to|about to|could) {ADV}od\b|\b(?:take|took|taking|swallow|swallowed|swallowing|down|downed|chug|chugged) (?:all (?:of )?(?:my|the|these|those)|a (?:bunch|bottle|handful|lot|load|box) of|(?:the|my|a) (?:whole|entire|full) (?:bottle|pack|packet|box|strip|supply) of|too many|every one of my|an entire bottle of|a fistful of) (?:\w+ )?{PILLS}\b(?! (?:out|away|off|from|back))|\b(?:took|taken|swallowed|downed|take|swallow) (?:like |about |over |around |almost )?(?:\d{2,}|twenty|thirty|forty|fifty|sixty|a hundred|dozens of|so many) (?:\w+ )?{PILLS}\b|\b(?:hang|hanging|hanged) {MYSELF}|\b(?:jump|jumping|throw myself|throwing myself|leap|leaping|step|stepping) (?:off|from|in front of) (?:a |the |this |my |some )?(?:bridge|building|roof|rooftop|cliff|balcony|train|bus|car|truck|tower|window|overpass|car park|parking garage|ledge)\b|\b(?:buy|bought|buying|get|got|getting|tie|tying|tied|need|grab|grabbed|found|have) (?:a |the |some )?(?:rope|noose)\b|\bnoose\b|\broping\b|\b(?:thinking|thought|think|dreaming|dream|fantasi[sz]ing|fantasi[sz]e) (?:about|of) (?:the |a )?rope\b|\brope (?:myself|time|szn|season)\b|\b(?:rope|cord|cable|belt|sheet|scarf|charger|wire|tie)s? (?:around|round|on) my neck\b|\b(?:head|neck) in (?:a|the) (?:noose|loop|oven)\b|\b(?:gun|pistol|knife|blade|razor)s? (?:to|in|against|on) my (?:head|mouth|temple|throat|wrists?|chest|neck|arms?)\b|\bblow my (?:brains|head) out\b|\b(?:drive|driving|crash|crashing|steer|steering) (?:my car |the car )?(?:off|into) (?:a |the )?(?:cliff|bridge|wall|tree|river|oncoming traffic|a truck|a lorry)\b|\bfresh (?:cuts|scars|wounds|burns)\b|\b(?:make|made|making) {MYSELF} bleed|\b(?:dont|do not|cant|can not|cannot) trust {MYSELF} (?:around|with|near) (?:knives|a knife|pills|my pills|the pills|my meds|razors|a razor|blades|sharp)|\b(?:scratch|scratched|scratching|pick|picked|picking|cut|cutting|bite|biting|hit|hitting|punch|punched|punching|bang|banged|banging)\b.{0,30}\b(?:until|till|til|so) (?:they|it|i|my \w+) (?:bleed|bled|bleeds)\b|\b(?:been|started|start|keep|kept|back to|still) cutting\b(?! (?:the|my hair|hair|back|down|out|off|class|classes|corners|costs|carbs|sugar|it|them|him|her|wood|paper|vegetables|onions|ties|people))|\bcutting again\b|\bi (?:cut|cutted) (?:even |much |a lot |way )?(?:deeper|too deep|so deep|really deep)\b(?! (?:into|in) (?:the|our|my|their|its|costs|spending|budget))|\b(?:cuts|scars|burns|slashes) (?:on|across) my (?:arms?|wrists?|thighs?|legs?|stomach|hips?)\b|\b(?:have|got|keep|kept) (?:the|my|enough|all the|all my) (?:\w+ )?{PILLS} (?:ready|saved|lined up|hidden|stashed|for when)\b|\b(?:stockpil\w*|hoard\w*|sav(?:e|ed|ing) up|collect\w*|stash\w*) (?:my |the |some |enough )?(?:\w+ )?{PILLS}\b`,
    stems: String.raw`trust\W+my|(?:thinking|thought|think|dreaming|dream|fantasi[sz]\w*)\W+(?:about|of)\W+(?:the\W+|a\W+)?rope|bleed|bled|my\W*s[ea]?l+f|mysl|mysef|mself|meself|wrist|vein|self\W*-?\W*(?:harm|injur|mutil|hurt)|sh\b|cut(?:s|ting|ted)?\b|(?:slit|slash|slic|carv)\w*\W+(?:\w+\W+){0,2}my|od\b|pills|tablets|meds|medic|painkill|tylenol|paracetamol|advil|ibuprofen|aspirin|xanax|insulin|jump|throw\w*\W+myself|leap|step\w*\W+(?:off|from|in\W+front)|driv\w*\W+(?:my\W+car\W+|the\W+car\W+)?(?:off|into)|crash\w*\W+(?:my\W+car\W+|the\W+car\W+)?(?:off|into)|steer|(?:cuts|scars|burns|slashes|wounds)\W+(?:on|across)\W+my|fresh\W+(?:cuts|scars|wounds|burns)|gun|pistol|knife|blade|razor|blow\W+my|rope|noose|roping|neck|relaps|urge|tempted|clean`,
    guards: ['negation', 'other-subject', 'fiction', 'accident'],
    flag: [
      'i punched the door until my hand bled',
      'I cut deeper than ever last night',
      'last night I swallowed a whole bottle of sleeping pills',
      'I cut myself again last night',
      'the urge to hurt myself is so strong',
      'i keep burning myself with a lighter',
      'I relapsed on self harm after 3 months clean',
      'I want to take all my pills',
      'thinking about jumping off the bridge near my flat',
      'i might od tonight',
      'my sh scars are showing',
      'I bought a rope',
      'i keep thinking about the rope',
      "I don't trust myself around knives right now",
      'i want to shoot myself',
      'there are fresh cuts on my arm again',
      'i have been saving up my sleeping pills',
      'I cut half of my arm open last week',
      'started cutting again after two years',
      'i scratch my arms until they bleed',
      'I have the pills ready',
      'I just took 30 pills',
    ],
    notFlag: [
      'I cut deeper into the budget this year',
      'her words cut deeper than she knew',
      'I would never hurt myself',
      'I cut myself shaving this morning',
      'I burned myself on the oven door',
      'The character overdoses in the second act',
      'I hurt my back moving boxes',
      'I am going to throw myself into work this week',
      'I drown myself in music when I am sad',
      'I was tempted to cut my losses and leave',
      'My dad told me to stop hurting myself over grades',
      'We took all the pills out of the cabinet before the kids came',
    ],
  },
  {
    id: 'overdose',
    about: 'Overdosing, or planning to.',
    source: String.raw`\boverdos(?:e|ed|ing|in)\b`,
    stems: String.raw`overdos`,
    guards: ['negation', 'other-subject', 'fiction'],
    flag: [
      'i might overdose tonight',
      'I overdosed last spring and it scares me',
      'thinking about overdosing',
    ],
    notFlag: [
      'The character overdoses in the second act',
      'He overdosed in 2019',
      'A film about an overdose',
    ],
  },
  {
    id: 'method-seeking',
    about: 'Asking how to die, for a painless way, or how much of something would be lethal.',
    source: String.raw`\b(?:easiest|quickest|fastest|best|painless|peaceful|good|easy|quick|surest|least painful|simplest) (?:way|ways|method|methods) (?:to|of) (?:die|dying|kill myself|end it|end my life|go)\b|\bways? to (?:die|kill myself|end my life)\b|\b(?:can|could|would|will|to) die (?:this|that) way\b|\bdie (?:painlessly|peacefully|quickly|without pain)\b|\bpainless (?:death|suicide|way out)\b|\bhow (?:to|do i|can i|could i|would i|should i) (?:die|kill myself|end it|end my life|overdose|od|hang myself)\b|\bhow many (?:\w+ )?{PILLS} (?:would|does|will|to|do i need|it|till|until|before|until i|would it)\b|\blethal (?:dose|amount)\b`,
    stems: String.raw`ways?\W+to\W+(?:die|kill|end)|ways?\W+(?:to|of)\W+(?:die|dying|kill|end|go)|methods?\W+(?:to|of)|die\W+(?:this|that|painless|peaceful|quick|without)|painless|how\W+(?:to|do\W+i|can\W+i|could\W+i|would\W+i|should\W+i)\W+(?:die|kill|end|overdose|od|hang)|how\W+many|lethal`,
    guards: ['other-subject', 'fiction'],
    flag: [
      'what is the easiest way to die',
      'how many sleeping pills would it take',
      'is there a painless way out',
      'what would be a lethal dose of my meds',
      'how do i kill myself without it hurting',
      'i have been researching ways to die',
    ],
    notFlag: [
      'The hero looks for the quickest way to die in the game',
      'How many pills do I take for a headache',
    ],
  },
  {
    id: 'farewell',
    about: 'Goodbyes, decided plans and timelines ("ill be dead by friday", "goodbye everyone").',
    source: String.raw`\bgoodbye (?:everyone|everybody|world|cruel world|forever|all|friends|for good)\b|\bthis is (?:my )?(?:goodbye|final goodbye|last goodbye)\b|\bmy (?:last|final) (?:goodbye|words|note|letter|message|post)\b|\b(?:goodbye|suicide) (?:note|letter)\b|\b(?:made up my mind|decided|ive decided|have decided|im ready|i am ready|i think im ready).{0,40}\b(?:to go\b(?! (?:to|out|home|back|shopping|for a|with)\b)|do it|to leave|to leave this (?:world|earth|life))\b|\bleave this (?:world|earth|life)\b|\b(?:plan|planning|planned|plans for|preparing|prepare|prepared) (?:my|for my) (?:own )?(?:death|suicide|exit|last day|final day)\b|\b(?:ill|i will|im going to|i am going to|gonna|going to|i might|i should) (?:be|am) (?:{DEAD}|gone for good|gone forever)(?: (?:by|before|soon|tomorrow|tonight|next|in a|within|this))?\b|\b(?:wont|will not|not going to|not gonna|dont think ill|dont think i will|doubt ill) (?:make it|survive|last) (?:through |past |to |till |until )?(?:the night|tonight|morning|this week|the week|the weekend|another day|tomorrow|much longer|the year|christmas|my birthday)\b|\b(?:i|ive|i have|i had|i already|ive already) (?:already )?attempted(?= *(?:$|[.!?,;]|twice|once|again|before|\d+ times|(?:two|three|four|five|many|several|multiple) times|last (?:year|month|week|night|time)|when i was))|\b(?:survived|since|after|before|during|from) (?:my|an|the|a|another) (?:last |first |second |third |previous |failed |recent )?(?:suicide )?attempt\b(?! (?:at|to|of|on|in|with))`,
    stems: String.raw`good\W*bye|(?:last|final)\W+(?:goodbye|words|note|letter|message|post)|suicide\W+(?:note|letter)|made\W+up\W+my\W+mind|decided|ready|leave\W+this|(?:be|am)\W+(?:dead|gone)\b|make\W+it\W+(?:through|past|to|till|until|tonight|another|much)|survive|last\W+(?:through|past|to|till|until|the|much|another)|attempt(?:ed)?\b(?!\W+(?:at|to|of|on|in|with)\b)|(?:plan|planning|planned|plans|preparing|prepare|prepared)\W+(?:for\W+)?my`,
    guards: ['negation', 'other-subject', 'fiction'],
    unlessAfter: String.raw`,? ?(?:see you|see ya|until|till|have a|enjoy|for (?:now|today|the (?:day|night|weekend|summer))|to (?:the|a|lisbon|work|school|bed|sleep))\b`,
    flag: [
      'goodbye everyone, thank you for trying',
      'I have made up my mind and I am ready to go',
      "I'll be dead by friday",
      'i attempted twice',
      "I don't think I will make it through the night",
      'it has been a year since my attempt',
      'this is my last post here',
      'i have been planning my death for weeks',
    ],
    notFlag: [
      "I've decided to go to Sam's place after class.",
      "So much to weigh up now that I've decided which uni to go to :(",
      'The villain leaves a note before the final battle',
      'She survived the attempt on her life',
      'I have decided to go to Lisbon in May',
      'Goodbye everyone, see you at the reunion!',
      'I will be dead tired tomorrow',
      'I attempted the recipe twice',
    ],
  },
  {
    id: 'staying-alive-for',
    about: 'Only something keeps them alive; wishing something would kill them.',
    source: String.raw`\b(?:only|one|last) (?:thing|things|reason|reasons|person|people|one) (?:that is |thats |that |which |who |i have )?(?:keeping|keeps|kept|keep|holding) me (?:alive|here|from (?:killing|ending|doing it|hurting))|(?<!\b(?:thats|that is|this is|which is|its|it is|and) )\b(?:reason|reasons|why) (?:im|i am|i stay|i stayed) (?:still )?(?:alive|here|breathing)\b|\b(?:wish|hope|pray|want|wanna|wanting|praying|hoping) (?:that )?(?:i |to )?(?:get|got|be|am) (?:hit|run over|killed|shot|murdered|struck)\b|\b(?:wish|hope|pray|want|wanting|praying|hoping) (?:someone|somebody|something|a car|a bus|a truck|a train|god|the universe) (?:would |will |to |could |will just |would just )?(?:kill|hit|shoot|run over|murder|take) me\b`,
    stems: String.raw`(?:wish|hope|pray|want|wanna)\w*\W+(?:that\W+)?(?:i\W+|to\W+)?(?:get|got|be|am)\W+(?:hit|run|killed|shot|murdered|struck)|keep\w*\W+me|kept\W+me|holding\W+me|(?:im|i['’]?m|i\W+am|i\W+stay\w*)\W+(?:still\W+)?(?:alive|here|breathing)|(?:kill|hit|shoot|run\W+over|murder|take)\W+me\b`,
    guards: ['negation', 'fiction'],
    flag: [
      'my cat is the only thing keeping me alive',
      'the only reason i am still here is my mum',
      'i wish a bus would hit me',
      'I hope I get hit by a car',
    ],
    notFlag: [
      "I love helping people, that's why I'm here.",
      'the only thing keeping me going this week is friday pizza',
      'Coffee is the only thing keeping me awake',
      'The novel is obsessed with the death of a king',
    ],
  },
  {
    id: 'death-thoughts',
    about: 'Thinking, dreaming or fantasising about dying or their own death.',
    source: String.raw`\b(?:thinking|think|thought|thoughts|dreaming|dream|fantasi[sz]e|fantasi[sz]ing|obsessing|obsessed|romanticising|romanticizing|daydream|daydreaming|intrusive thoughts) (?:a lot |so much |constantly |all the time |every day |more and more )?(?:about|of) (?:dying|death|my death|being dead|my own death|not existing|not being here|not waking up|my funeral|killing myself|ending it|ending my life)\b`,
    stems: String.raw`dying|death\b|being\W+dead|not\W+existing|not\W+being\W+here|not\W+waking|funeral|killing\W+my|ending\W+(?:it|my)`,
    guards: ['negation', 'other-subject', 'fiction'],
    flag: [
      'I keep thinking about dying',
      'i daydream about my own death',
      'intrusive thoughts about not existing',
    ],
    notFlag: ['She keeps thinking about death in the poem', 'The film is obsessed with death'],
  },
  {
    id: 'kill-me-now',
    about: 'An exasperated "kill me", said to no one in particular or as a hashtag.',
    source: String.raw`(?:^|\b(?:ugh+|lol|lmao|omg|god|lord|jesus|man|honestly|seriously|please|pls|plz|someone|somebody|just|ok|okay|welp|bruh|can someone|can somebody|could someone|would someone|will someone)\s)kill me\b(?! (?:with|if|when|for|because|cause|cuz|bc|softly)\b)|\bkillme+\b|\bput me out of my misery\b|(?<!\b(?:will|would|gonna|going to|to|could|might|may|can|shall|wanna|want to|gon|finna)\s)\bkill me (?:now|already|please|pls|plz)\b`,
    stems: String.raw`out\W+of\W+my\W+misery|kill\W*me`,
    guards: ['other-subject', 'negation'],
    level: 'possible',
    flag: [
      'somebody put me out of my misery, this lecture is endless',
      'ugh kill me now',
      'three essays due friday #killme',
      'Kill me.',
      'someone please kill me, the wifi died mid exam',
    ],
    notFlag: [
      'my mum is going to kill me when she sees this',
      'you kill me with these puns',
      'if I forget her birthday again she will kill me now',
    ],
  },
  {
    id: 'pain-to-stop',
    about: 'Wanting the pain to end, which stays crisis even after "I don\'t want to die".',
    source: String.raw`\b(?:want|wanna|need|wish|make|just want|for|praying for|hope) (?:(?:the|this|all the|all this|my) (?:pain|hurt|hurting|suffering|agony|misery|life|existence)|it all|everything|all of this|life|existence) ?(?:to |would |will |could )?(?:stop|end|be over|go away)\b|\bwant (?:it|this|everything|it all|my life|life) (?:all )?over\b(?! with)|\bend (?:the|this|my) (?:pain|suffering|misery)\b`,
    stems: String.raw`want\W+(?:it|this|everything|my\W+life|life)\W+(?:all\W+)?over|(?:pain|hurt\w*|suffering|agony|misery)\W+(?:to\W+|would\W+|will\W+|could\W+)?(?:stop|end|be\W+over|go\W+away)|end\W+(?:the|this|my)\W+(?:pain|suffering|misery)|(?:it|all|everything|this|life|existence)\W+(?:to\W+|would\W+|will\W+|could\W+)?(?:stop|end|be\W+over|go\W+away)`,
    guards: ['other-subject'],
    flag: [
      'I just want the pain to stop',
      "I don't want to die, I just want all this pain to end",
      'i need it all to stop',
      'i just want everything to be over',
      'Anything to end this suffering',
      'I want my life to be over',
      'i just want it all over',
    ],
    notFlag: [
      'I want the music to stop',
      'Make the meeting end on time please',
      'ugh make it stop, this ad has played four times',
      'my neck is stiff and I just want it to go away',
      'I need this semester to end already',
    ],
  },
  {
    id: 'nobody-would-miss-me',
    about: 'Nobody would miss or notice them if they died or were gone.',
    source: String.raw`\b(?:no one|nobody|noone|no body|none of them|nobody at all) (?:would|will|d|is going to|gonna) (?:even |really |ever )?(?:miss|notice|care|cry|mourn)(?: about)?(?: me)?(?: (?:if|when) (?:i|im) (?:died|die|was gone|were gone|disappeared|gone|dead|killed myself|left|wasnt here|werent here|was not here))|\b(?:no one|nobody|noone) (?:would|will|d) (?:even |really |ever )?(?:miss|mourn) me\b|\b(?:if|when|after|once) (?:i|im) (?:die|died|dead|kill myself|am gone|was gone|disappear|disappeared)\W+(?:no one|nobody|noone|none of them) (?:would|will|d|is going to|gonna) (?:even |really |ever )?(?:miss|notice|care|cry|mourn)|\b(?:at|to) my funeral\b|\bwhen im (?:dead|gone for good)\b|\b(?:wont|will not|might not|may not|not going to|not gonna) be (?:around|here|alive) (?:much longer|for (?:much )?longer|any ?more|for long)\b|\b(?:wont|will not|might not|may not|not going to|not gonna) be alive (?:tomorrow|next (?:week|month|year)|by)\b`,
    stems: String.raw`no\W*one|nobody|no\W+body|none\W+of\W+them|funeral|when\W+(?:i['’]?m|im|i\W+am)\W+(?:dead|gone)|be\W+(?:around|here|alive)\W+(?:much|for|any|tomorrow|next)`,
    guards: [],
    unlessAfter: String.raw`,? ?(?:im|i am|i will|ill|because|as|since|so|while|for (?:the|a|dinner|lunch|work)|at|in|on|this)\b`,
    flag: [
      'nobody would even notice if i disappeared',
      'no one would miss me',
      'I will not be around much longer',
      'who would even come to my funeral',
      'when i die, nobody will even notice',
    ],
    notFlag: [
      'No one noticed my new haircut',
      'I will be around tomorrow if you need me',
      'I am not going to be here tomorrow, I have a dentist appointment',
    ],
  },
];
