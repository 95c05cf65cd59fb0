import type { Token } from './nlp-tokens'

/**
 * Verbs that attribute words to someone, by lemma. Speech verbs report what was said or written;
 * belief verbs credit a thought, intention or knowledge. Lists drawn from the reporting verbs of
 * news prose (PolNeAR's cue inventory, the Gender Gap Tracker's and Quootstrap's verb lists).
 */
export const SPEECH_VERBS = new Set([
  'say', 'tell', 'add', 'write', 'ask', 'note', 'report', 'announce', 'suggest', 'tweet', 'describe', 'argue',
  'explain', 'acknowledge', 'accuse', 'declare', 'urge', 'recall', 'claim', 'conclude', 'respond', 'propose',
  'state', 'warn', 'promise', 'insist', 'reply', 'reveal', 'predict', 'question', 'pledge', 'vow', 'admit',
  'confirm', 'deny', 'contend', 'maintain', 'estimate', 'emphasize', 'emphasise', 'stress', 'complain',
  'charge', 'allege', 'assert', 'observe', 'remark', 'testify', 'inform', 'concede', 'caution', 'demand',
  'criticize', 'criticise', 'condemn', 'joke', 'quip', 'boast', 'brag', 'lament', 'muse', 'scoff', 'retort',
  'counter', 'reiterate', 'repeat', 'affirm', 'assure', 'reassure', 'threaten', 'swear', 'advise', 'recommend',
  'hint', 'imply', 'mention', 'remind', 'disclose', 'speculate', 'post', 'write', 'shout', 'yell', 'whisper', 'cry',
  'exclaim', 'proclaim', 'announce', 'acknowledge', 'signal', 'indicate', 'point', 'tout', 'dismiss', 'blame',
  'praise', 'predict', 'told', 'elaborate', 'clarify', 'specify', 'comment', 'editorialize', 'opine', 'rule',
  'agree', 'concur', 'object', 'protest', 'plead', 'beg', 'implore', 'argue', 'tease', 'mock', 'decry',
  'denounce', 'brand', 'label', 'dub', 'call', 'continue', 'interject', 'interrupt', 'explain', 'relate',
  'fume', 'snap', 'chant', 'scream', 'gush', 'rail', 'blast', 'slam', 'grumble', 'sneer', 'marvel', 'recount',
  'hail', 'applaud', 'laud', 'commend', 'lambaste', 'castigate', 'rebuke', 'chide', 'scold',
  'deride', 'ridicule', 'disparage', 'belittle', 'thank', 'congratulate', 'dispute', 'downplay',
  // Evidence verbs: polls, studies and reports "find" and "show" what they state.
  'find', 'show',
  // "declined to comment", "referring to the convention".
  'decline', 'refer',
])

/** Head nouns of evidence that "shows" or "finds" without a that-clause ("a poll showed Trump leading"). */
export const EVIDENCE_NOUNS = new Set(['poll', 'polls', 'polling', 'survey', 'surveys', 'record', 'records', 'data', 'study', 'studies', 'report', 'reports', 'analysis', 'number', 'numbers', 'figure', 'figures', 'result', 'results', 'research', 'document', 'documents', 'filing', 'filings', 'count', 'tally', 'audit', 'investigation', 'review', 'video', 'footage', 'email', 'emails', 'memo', 'briefing', 'paper', 'assessment'])

/** What one declines to do when declining is a statement ("declined to comment"). */
export const DECLINED_SPEECH = new Set(['say', 'comment', 'discuss', 'answer', 'elaborate', 'specify', 'confirm', 'respond', 'reveal', 'disclose', 'speculate', 'name', 'address', 'provide', 'identify', 'detail', 'explain'])

export const BELIEF_VERBS = new Set([
  'believe', 'think', 'want', 'hope', 'fear', 'know', 'expect', 'feel', 'worry', 'doubt', 'suspect', 'wonder',
  'plan', 'intend', 'consider', 'suppose', 'guess', 'reckon', 'assume', 'understand', 'realize', 'realise',
  'recognize', 'recognise', 'learn', 'see', 'view', 'regard', 'wish', 'prefer', 'seek', 'aim', 'imagine',
  'agree', 'disagree', 'decide', 'conclude', 'insist', 'trust',
])

/** Verbs that state a position on what follows them: "Ankara opposes the Kurdish participation", "groups backing Cruz". */
export const POSITION_VERBS = new Set(['support', 'oppose', 'back', 'endorse', 'reject', 'defend', 'welcome', 'favor', 'favour', 'champion'])

/** Verbs of saying whose object may be the topic they credit: "mentioned the wall", "discussed the ceasefire". */
export const TOPIC_OBJECT_VERBS = new Set(['mention', 'discuss'])

/** Verbs whose object is what they credit, read like positions: "citing security concerns". */
export const OBJECT_VERBS = new Set([...POSITION_VERBS, 'cite'])

/** Verbs that credit a topic after their preposition: "talked about immigration", "referring to the convention". */
export const TOPIC_VERBS = new Map([['talk', /^(about|of)$/], ['speak', /^(about|of)$/], ['write', /^about$/], ['complain', /^about$/], ['joke', /^about$/], ['boast', /^about$/], ['brag', /^about$/], ['refer', /^to$/], ['warn', /^of$/], ['comment', /^on$/], ['vote', /^(for|against)$/], ['push', /^for$/], ['advocate', /^for$/]])

/** True when `word` is the preposition after which verb `lemma` credits a topic ("talked about", "spoke of"). */
export const isTopicPreposition = (lemma: string, word: string | undefined): boolean => !!word && !!TOPIC_VERBS.get(lemma)?.test(word)

/** Verbs that take the person spoken to as object before the content ("told reporters that"). */
export const ADDRESSEE_VERBS = new Set(['tell', 'told', 'inform', 'assure', 'reassure', 'remind', 'warn', 'ask', 'urge', 'advise', 'promise', 'email', 'text'])

export const PRONOUN_SOURCES = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you'])

/** Personal object pronouns, the one a verb is done to ("called him a liar", "describes himself as"). */
export const OBJECT_PRONOUNS = /^(him|her|them|me|us|himself|herself|themselves|itself|ourselves|myself)$/

/** Verbs whose named object is what is wanted or sought: "Neither side wants conflict". */
export const WANT_VERBS = new Set(['want', 'seek', 'prefer'])

/**
 * True when token `k` reads as a verb of its clause's own: an auxiliary or a verb that is no
 * participle, and not an infinitive after "to" ("to be", "to tighten").
 */
export function isFiniteVerb(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!
  return (t.pos === 'AUX' || (t.pos === 'VERB' && !/(ing|ed|en)$/.test(t.lower))) && tokens[k - 1]?.lower !== 'to'
}

/**
 * True when token `k` ends a clause with a comma: a comma, or a closing quotation mark right after
 * one (`the “Sochi format,” promising …`, American style puts the comma inside the mark).
 */
export function isClauseComma(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]
  // (Two apostrophes close a quotation in some papers' copy: `,''`.)
  return !!t && (t.text === ',' || (/^(?:[”"’']|'')$/.test(t.text) && (tokens[k - 1]?.text === ',' || (t.text === "'" && tokens[k - 1]?.text === "'" && tokens[k - 2]?.text === ','))))
}

/** Possessive pronouns and the pronoun each stands for ("his claim" is his, "their criticism" theirs). */
export const POSSESSIVE_PRONOUNS = new Map([['his', 'he'], ['her', 'she'], ['their', 'they'], ['its', 'it'], ['our', 'we'], ['my', 'i'], ['your', 'you']])

/** Question words that open a clause as a topic or object ("spoke about how …"). */
export const QUESTION_WORDS = /^(how|what|why|whether|where|when)$/

/** Quantifiers that stand alone as a subject ("Many say", "Both said"), after a clause opens. */
export const QUANTIFIER_SOURCES = new Set(['many', 'some', 'most', 'both', 'all', 'few', 'several', 'others', 'another', 'none', 'half'])

/** Lower-case particles inside names: "Nasr al-Hariri", "Osama bin Laden", "Ursula von der Leyen". */
export const NAME_PARTICLES = /^(al|el|bin|ibn|abu|de|del|der|van|von|da|di|du|la|le|-)$/

/** Titles and honorifics written before a name; they belong to the role, not the name. */
export const NAME_PREFIXES = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr', 'sen.', 'rep.', 'gov.', 'gen.', 'lt.', 'col.', 'sgt.', 'prof.', 'president', 'senator', 'sen', 'rep', 'gov', 'governor', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'ambassador', 'envoy', 'negotiator', 'mediator', 'leader', 'speaker', 'king', 'prince', 'queen', 'pope', 'judge', 'justice', 'mayor', 'general', 'commander', 'director', 'chief', 'deputy', 'vice', 'prime', 'foreign', 'defense', 'defence'])

/** Nouns of a time: "this week", "last month", "next year", "earlier this spring", "on Monday". */
export const TIME_NOUNS = 'week|weekend|month|year|spring|summer|fall|autumn|winter|morning|afternoon|evening|night|time|season|term|session|cycle|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december'
