/**
 * The English word classes the self-evaluation parser and the scorer read. Generated at build time from WordNet
 * and AFINN-165 (scripts/build-lexicon.mjs → lexicon.generated.json); the small closed classes below are grammar,
 * not vocabulary, and live here once.
 */
import generated from './lexicon.generated.json';

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words);

export const VERDICT_ADJECTIVES = set(generated.verdictAdjectives);
export const VERDICT_NOUNS = set(generated.verdictNouns);
export const FEELINGS = set(generated.feelings);
export const PRAISE_ADJECTIVES = set(generated.praiseAdjectives);
export const FAIL_VERBS = set(generated.failVerbs);
export const SELF_OWNED_NOUNS = set(generated.selfOwnedNouns);
export const OTHER_OWNED_NOUNS = set(generated.otherOwnedNouns);
export const NEGATIVE_WORDS = set(generated.afinnNegative);
export const POSITIVE_WORDS = set(generated.afinnPositive);

export const FIRST_PERSON = set(['i', 'me', 'my', 'myself', 'mine']);
export const BE_FORMS = set(['am', 'was', 'be', 'been', 'being', 'is', 'are', 'were', "'s"]);
export const LINKING_VERBS = set(['feel', 'felt', 'seem', 'seems', 'look', 'looked', 'sound', 'become', 'became', 'get', 'got', 'act', 'acted']);
export const NEGATIONS = set(['not', 'never', 'no', 'nothing', 'nobody', 'none', 'hardly', 'barely']);
export const DEGREE = set(['too', 'so', 'such', 'completely', 'totally', 'utterly', 'absolutely', 'really', 'very', 'truly', 'literally', 'actually', 'just', 'the', 'most', 'biggest', 'worst', 'complete', 'total', 'absolute', 'huge', 'massive', 'fucking', 'freaking', 'damn', 'bloody', 'fkn', 'effing', 'super', 'pretty', 'incredibly', 'extremely', 'hopelessly', 'ridiculously']);
export const QUANTIFIERS = set(['always', 'never', 'everything', 'nothing', 'nobody', 'everyone', 'everybody', 'anything', 'anyone', 'anybody', 'all', 'every', 'ever', 'constantly', 'forever', 'again']);
export const MODALS_SHOULD = set(['should', 'must', 'ought', 'shouldve']);
export const FUTURE = set(['will', 'gonna', 'going', "'ll", 'shall']);
export const OTHER_MINDS_SUBJECTS = set(['they', 'everyone', 'everybody', 'people', 'nobody', 'he', 'she', 'you', 'someone', 'anyone', 'others', 'friends', 'coworkers', 'colleagues', 'teachers', 'family', 'boss']);
export const OTHER_MINDS_VERBS = set(['think', 'thinks', 'thought', 'see', 'sees', 'saw', 'hate', 'hates', 'hated', 'judge', 'judges', 'like', 'likes', 'love', 'loves', 'care', 'cares', 'want', 'wants', 'notice', 'noticed', 'know', 'knows', 'laugh', 'laughing', 'talk', 'talking', 'find', 'finds', 'tolerate', 'tolerates', 'pity', 'pities', 'regret', 'regrets', 'annoyed', 'sick', 'tired', 'bored']);
export const REPORTING_VERBS = set(['said', 'says', 'called', 'calls', 'told', 'tells', 'say', 'call', 'claimed', 'claims', 'yelled', 'shouted', 'joked', 'jokes', 'accused']);
export const SELF_HATE_VERBS = set(['hate', 'hated', 'despise', 'loathe', 'detest', 'resent', 'disgust', 'disgusts', 'sicken', 'sickens', 'blame', 'blamed', 'punish', 'stand']);
export const CLAUSE_BREAKS = set([',', ';', ':', '.', '!', '?', '(', ')', '\u2014', '\u2013', 'but', 'and', 'so', 'because', 'though', 'although', 'while', 'whereas', 'when', 'if', 'since', 'or', 'then', 'yet', 'until', 'unless']);
export const LAUGH = 'lol';
