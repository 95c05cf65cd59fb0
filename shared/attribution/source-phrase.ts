import { EVIDENCE_NOUNS, NAME_PARTICLES, NAME_PREFIXES, POSSESSIVE_PRONOUNS, PRONOUN_SOURCES, QUANTIFIER_SOURCES, TIME_NOUNS } from './cue-words'
import type { Token } from './nlp-tokens'

/** Token range [first, last) of a phrase naming a speaker, with an appositive role if the text gives one. */
export interface SourcePhrase {
  first: number
  last: number
  /** Token range of an appositive ("Heather Nauert, the department's spokeswoman, said"). */
  appositive: [number, number] | null
}

const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PART', 'PRON'])
const SKIP_BEFORE_CUE = new Set(['also', 'has', 'have', 'had', 'will', 'would', 'could', 'may', 'might', 'should', 'later', 'then', 'again', 'repeatedly', 'publicly', 'privately', 'previously', 'recently', 'once', 'often', 'still', 'just', 'reportedly', 'separately', 'further', 'similarly', 'already', 'frequently', 'quickly', 'did', 'does', 'do', 'is', 'was', 'were', 'are', 'been', 'be', 'not', "n't", 'never', 'always', 'even', 'only', 'clearly', 'openly', 'explicitly', 'flatly', 'strongly', 'simply', 'firmly', 'loudly', 'bluntly', 'long', 'now', 'first', 'both', 'all', 'each', 'too', 'ever', 'since', 'subsequently', 'initially', 'originally',
  // "Ford itself said", "campaign workers here said".
  'itself', 'himself', 'herself', 'themselves', 'here',
  // "Carter however said": a linking adverb without its commas.
  'however', 'meanwhile', 'instead', 'nevertheless', 'nonetheless', 'therefore'])
const CLAUSE_OPENERS = /^(,|;|and|but|while|though|although|yet|so)$/
const INNER_LINKS = new Set(['of', 'for', 'at', 'in', 'by', 'from', "'s", '’s', '-', 'and', '&'])
/** Nouns for people who speak: "speakers at the service", "officials in the ministry". */
const PEOPLE_NOUN = /^(?:\w+(?:ers|ors|ists|ians|ents|ants)|\w*(?:man|men|woman|women|people|officials?|members?|leaders?|delegates?|voters?|aides?|staff|sources?|experts?|analysts?|diplomats?))$/
/** Shares of a group: "56 percent of the residents", "most of the delegates". */
const SHARE_OF = /^(percent|majority|minority|half|thirds?|quarters?|most|many|some|all|none|each|both|several|few|one|two|three)$/
const STOP_WORDS = new Set(['that', 'which', 'who', 'whom', 'what', 'this', 'there', 'here', 'it'])

const isNpToken = (t: Token): boolean => (NP_POS.has(t.pos) && !STOP_WORDS.has(t.lower)) || (t.pos === 'PROPN') || /^[A-Z][a-z]*\.$/.test(t.text)

/** Index of the mark opening the aside that token `close` closes, within `span` tokens and after `floor`; -1 when there is none. */
function asideStart(tokens: readonly Token[], close: number, floor: number, mark: string, span: number): number {
  let open = close - 1
  while (open > floor && close - open <= span && tokens[open]!.text !== mark) open--
  return tokens[open]?.text === mark && open - 1 >= floor ? open : -1
}

const DASH_ASIDE_OPENERS = /^(including|like|such|among|from|in|who|many|most|some|all|and|or|but|not|even|as)$/
const isCircumstanceOpener = (t: Token): boolean =>
  ((t.pos === 'ADP' || t.pos === 'SCONJ') && /^(after|before|during|in|at|on|with|without|for|from|over|under|despite|like|unlike|by)$/.test(t.lower)) ||
  /^(however|though|too|meanwhile|instead|again|later|once)$/.test(t.lower)

/** Walks left from the cue over auxiliaries and adverbs ("has also said") to the phrase's last token. */
export function skipToSubjectEnd(tokens: readonly Token[], cue: number, floor: number): number {
  let i = cue - 1
  for (;;) {
    // ("they both said" skips "both"; "Both said" keeps it as the subject.)
    const subjectQuantifier = (k: number) => QUANTIFIER_SOURCES.has(tokens[k]!.lower) && (k === floor || CLAUSE_OPENERS.test(tokens[k - 1]!.lower))
    while (i >= floor && (SKIP_BEFORE_CUE.has(tokens[i]!.lower) || (tokens[i]!.pos === 'ADV' && /ly$/.test(tokens[i]!.lower))) && !subjectQuantifier(i)) i--
    // "have at times suggested", "has in private said": a short phrase of time or manner.
    // "Sen. Elizabeth Warren (D-MA) said", "Sen. Jack Reed (D-R.I.), said": a short parenthesis after the name.
    if (tokens[i]?.text === ',' && tokens[i - 1]?.text === ')' && i - 1 >= floor) i--
    if (tokens[i]?.text === ')') {
      const open = asideStart(tokens, i, floor, '(', 6)
      if (open >= 0) {
        i = open - 1
        continue
      }
    }
    // "Many speakers at the service — including Muslims and Jews — said": an aside between dashes.
    if (tokens[i]?.text === '—' || tokens[i]?.text === '–') {
      const open = asideStart(tokens, i, floor, tokens[i]!.text, 15)
      // ("insiders in two states — Nevada and South Carolina — said": names, with no verb, are an aside too.)
      const names = open >= 0 && tokens.slice(open + 1, i).every((t) => t.pos === 'PROPN' || t.pos === 'CCONJ' || t.text === ',')
      if (open >= 0 && (names || DASH_ASIDE_OPENERS.test(tokens[open + 1]?.lower ?? '') || tokens[open + 1]?.pos === 'ADP')) {
        i = open - 1
        continue
      }
    }
    // "Blunt, after a long pause, said": an aside of circumstance between commas.
    if (tokens[i]?.text === ',') {
      const open = asideStart(tokens, i, floor, ',', 8)
      const opener = tokens[open + 1]
      if (open >= 0 && open + 1 < i && opener && isCircumstanceOpener(opener) && isNpToken(tokens[open - 1]!)) {
        i = open - 1
        continue
      }
    }
    const preposition = tokens[i - 1]
    if (i - 1 >= floor && preposition && CIRCUMSTANCE.test(`${preposition.lower} ${tokens[i]!.lower}`)) {
      i -= 2
      continue
    }
    return i
  }
}

const CIRCUMSTANCE = new RegExp(`^((last|this|next|earlier|later) (${TIME_NOUNS})|at (times|first|last|least|once)|in (private|public|turn|part|response|person|return|fact|effect)|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday|occasion|balance)|for (now|years|months|weeks|decades|once)|by (phone|telephone|email|then))$`)

/**
 * The noun phrase that ends at token `end` (inclusive), read leftwards: "Turkish President Recep
 * Tayyip Erdogan", "a spokeswoman for the Russian Foreign Ministry", "he". Stops at verbs,
 * clause marks and relative pronouns.
 */
export function phraseEndingAt(tokens: readonly Token[], end: number, floor: number): SourcePhrase | null {
  if (end < floor) return null
  const last = tokens[end]!
  // "most of them said", "some of those polled", "all but two said": a share of people named before.
  const share = tokens[end - 2]?.lower ?? ''
  if (end - 2 >= floor && /^(them|us|those|these)$/.test(last.lower) && tokens[end - 1]!.lower === 'of' && (QUANTIFIER_SOURCES.has(share) || /^(most|some|many|all|few|none|one|half|several|each|both|either|neither)$/.test(share) || tokens[end - 2]!.pos === 'NUM')) return { first: end - 2, last: end + 1, appositive: null }
  if (end - 2 >= floor && last.pos === 'NUM' && tokens[end - 1]!.lower === 'but' && share === 'all') return { first: end - 2, last: end + 1, appositive: null }
  if (PRONOUN_SOURCES.has(last.lower) && last.pos === 'PRON') return { first: end, last: end + 1, appositive: null }
  if (last.text === ',' || last.text === '—' || last.text === '–') return appositiveEndingAt(tokens, end, floor)
  // "those surveyed say", "Cuban-Americans polled said": the people a poll asked.
  if (last.pos === 'VERB' && POLLED.test(last.lower) && end - 1 >= floor) {
    const asked = tokens[end - 1]!.lower === 'those' ? { first: end - 1, last: end, appositive: null } : phraseEndingAt(tokens, end - 1, floor)
    return asked && !PRONOUN_SOURCES.has(tokens[asked.first]!.lower) ? { ...asked, last: end + 1 } : null
  }
  // "Many say", "Some chanted", "Both said": a quantifier standing alone as the clause's subject.
  if (QUANTIFIER_SOURCES.has(last.lower) && (end === floor || CLAUSE_OPENERS.test(tokens[end - 1]!.lower))) return { first: end, last: end + 1, appositive: null }
  // "42% say": a share of people.
  if (last.text === '%' && tokens[end - 1]?.pos === 'NUM' && end - 1 >= floor) return { first: end - 1, last: end + 1, appositive: null }
  if (!isNpToken(last) || last.pos === 'PRON' || last.pos === 'DET') return null
  let first = end
  let links = 0
  while (first - 1 >= floor) {
    const t = tokens[first - 1]!
    // ("a briefing on the Astana format notes": what a document is about belongs to its name.)
    const topicOfDocument = /^(on|about)$/.test(t.lower) && EVIDENCE_NOUNS.has(tokens[first - 2]?.lower ?? '')
    if ((INNER_LINKS.has(t.lower) || topicOfDocument) && links < 2 && first - 2 >= floor && isNpToken(tokens[first - 2]!) && tokens[first - 2]!.pos !== 'PRON') {
      links++
      first--
      continue
    }
    if (!isNpToken(t) || (t.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(t.lower))) break
    // "at the convention Sen. Elizabeth Warren": a title opens the name; the noun before it is the scene.
    if (t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text) && isNamePrefix(tokens[first]!) && /^\p{Lu}/u.test(tokens[first]!.text)) break
    first--
    // "records from the 2008 cycle": after evidence and a link word, a determiner does not open
    // the phrase (but "a survey by the Syrian Observatory" names its speaker after the link).
    // ("Diplomats at the UN", "a spokesman for the Kremlin": people of a named body speak for themselves.)
    const named = tokens.slice(first, end + 1).some((w) => w.pos === 'PROPN')
    const head = first - 2 >= floor ? tokens[first - 2]!.lower : ''
    const linked = first - 2 >= floor && INNER_LINKS.has(tokens[first - 1]!.lower) && links < 2 && (named ? PEOPLE_NOUN.test(head) : EVIDENCE_NOUNS.has(head) || PEOPLE_NOUN.test(head) || SHARE_OF.test(head))
    const aboutDocument = first - 2 >= floor && /^(on|about)$/.test(tokens[first - 1]!.lower) && EVIDENCE_NOUNS.has(tokens[first - 2]!.lower) && links < 2
    if (t.pos === 'DET' && !linked && !aboutDocument) break
  }
  return { first, last: end + 1, appositive: null }
}

const hasName = (tokens: readonly Token[], phrase: SourcePhrase): boolean => tokens.slice(phrase.first, phrase.last).some((t) => t.pos === 'PROPN')
const isNameOnly = (tokens: readonly Token[], phrase: SourcePhrase): boolean => tokens.slice(phrase.first, phrase.last).every((t) => t.pos === 'PROPN' || /^[A-Z]\.?$/.test(t.text) || NAME_PARTICLES.test(t.lower)) && tokens.slice(phrase.first, phrase.last).some((t) => t.pos === 'PROPN')

/**
 * An appositive before the cue: "Name, role phrase, said" (the name speaks, the middle is its
 * role) or "role phrase, Name, said" ("The ministry's spokeswoman, Maria Zakharova, said").
 */
function appositiveEndingAt(tokens: readonly Token[], comma: number, floor: number): SourcePhrase | null {
  const inner = phraseEndingAt(tokens, comma - 1, floor)
  // ("Sen. Ted Cruz, also a hopeful, said": an adverb may open the aside.)
  const opensWithAdverb = !!inner && /^(also|once|now|still|himself|herself|formerly)$/.test(tokens[inner.first - 1]?.lower ?? '')
  const open = inner ? inner.first - (opensWithAdverb ? 2 : 1) : -1
  // The same mark opens and closes the aside: commas, or dashes ("Jason Sims — a teacher — says").
  if (!inner || open < floor || tokens[open]!.text !== tokens[comma]!.text) return null
  // ("Sen. Rob Portman (R-Ohio), another incumbent, said": a short parenthesis after the name.)
  let outerEnd = open - 1
  if (tokens[outerEnd]?.text === ')') {
    let open = outerEnd - 1
    while (open > floor && outerEnd - open < 7 && tokens[open]!.text !== '(') open--
    if (tokens[open]?.text === '(') outerEnd = open - 1
  }
  const outer = phraseEndingAt(tokens, outerEnd, floor)
  if (!outer) return null
  // ("The Syrian envoy, Bashar al-Jaafari, said": a description opened by "the" or "his" is the role, whatever names it holds.)
  const described = /^(the|a|an)$/.test(tokens[outer.first]!.lower) || POSSESSIVE_PRONOUNS.has(tokens[outer.first]!.lower)
  if (hasName(tokens, outer) && !(described && isNameOnly(tokens, inner))) return { first: outer.first, last: outer.last, appositive: [inner.first, inner.last] }
  if (isNameOnly(tokens, inner)) return { first: inner.first, last: inner.last, appositive: [outer.first, outer.last] }
  return null
}

/** The noun phrase that starts at token `start`, read rightwards ("said Mr. Smith, the envoy."). */
export function phraseStartingAt(tokens: readonly Token[], start: number, ceiling: number): SourcePhrase | null {
  const t0 = tokens[start]
  if (!t0 || start >= ceiling) return null
  if (PRONOUN_SOURCES.has(t0.lower) && t0.pos === 'PRON') return { first: start, last: start + 1, appositive: null }
  // "according to his Facebook profile", "said their spokesman": a possessive opens the phrase.
  const possessive = POSSESSIVE_PRONOUNS.has(t0.lower) && !!tokens[start + 1] && isNpToken(tokens[start + 1]!) && tokens[start + 1]!.pos !== 'PRON'
  if (!possessive && (!isNpToken(t0) || t0.pos === 'PRON')) return null
  let last = start + 1
  let links = 0
  let afterLink = false
  while (last < ceiling) {
    const t = tokens[last]!
    // "the most recent data", "one unaligned Florida strategist": a degree word or a participle inside the phrase.
    const participle = t.pos === 'VERB' && /(ed|ing)$/.test(t.lower) && /^(NOUN|PROPN|ADJ)$/.test(tokens[last + 1]?.pos ?? '')
    if (((/^(most|more|least|less)$/.test(t.lower) && tokens[last + 1]?.pos === 'ADJ') || participle) && last + 1 < ceiling) {
      last++
      continue
    }
    if (INNER_LINKS.has(t.lower) && links < 2 && last + 1 < ceiling && isNpToken(tokens[last + 1]!)) {
      links++
      last++
      afterLink = true
      continue
    }
    // "a spokesman for the coalition": a determiner may open the phrase after a link word.
    if (!isNpToken(t) || t.pos === 'PRON' || (t.pos === 'DET' && last > start && !afterLink)) break
    afterLink = false
    last++
  }
  let appositive: [number, number] | null = null
  if (tokens[last]?.text === ',' && tokens.slice(start, last).some((t) => t.pos === 'PROPN')) {
    const role = phraseStartingAt(tokens, last + 1, ceiling)
    if (role && (tokens[role.last]?.text === ',' || role.last >= ceiling || /^[.;]$/.test(tokens[role.last]?.text ?? ''))) appositive = [role.first, role.last]
  }
  return { first: start, last, appositive }
}

const POLLED = /^(surveyed|polled|questioned|interviewed|sampled)$/
/** A share of people asked, standing for them: "one in three", "a third", "42%". */
const SHARE = /^((about |nearly |almost |roughly |more than |fewer than |less than )?(a|one|two|three|four|five|six|seven|eight|nine|\d+) (in|out of) (\d+|two|three|four|five|six|seven|eight|nine|ten)|(a|one|two) (third|quarter|fifth)s?|\d+(\.\d+)? ?%)$/

/** True for a phrase that can say or believe something: not "it", "this", a date or a number. */
export function canSpeak(tokens: readonly Token[], phrase: SourcePhrase): boolean {
  const words = tokens.slice(phrase.first, phrase.last)
  if (words.length === 1 && /^(it|this|that|there|you)$/.test(words[0]!.lower)) return false
  if (words.length === 1 && QUANTIFIER_SOURCES.has(words[0]!.lower)) return true
  if (SHARE.test(words.map((t) => t.lower).join(' ').replace(' %', '%')) || (words.length >= 2 && POLLED.test(words.at(-1)!.lower))) return true
  if (words.length === 3 && words[0]!.lower === 'all' && words[1]!.lower === 'but') return true
  if (words.every((t) => t.pos === 'NUM' || t.pos === 'DET' || t.pos === 'PUNCT')) return false
  return words.some((t) => t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'PRON')
}

export const isNamePrefix = (t: Token): boolean => NAME_PREFIXES.has(t.lower)

const TIME_WORD = new RegExp(`^(${TIME_NOUNS}|today|yesterday|tonight|last|this|next|earlier|later)$`)

/** True for a phrase of days, months or times only ("Monday", "Thursday evening"), which never speaks. */
export const isTimeWord = (word: string): boolean => TIME_WORD.test(word)
export const isTimeOnly = (tokens: readonly Token[], phrase: SourcePhrase): boolean => tokens.slice(phrase.first, phrase.last).every((t) => TIME_WORD.test(t.lower))

/**
 * The speaker before a time phrase taken for one: "Paul Ryan on Thursday evening said" is Ryan's,
 * "A news report published Wednesday said" the report's (the participle belongs to the subject).
 */
export function speakerBeforeTime(tokens: readonly Token[], time: SourcePhrase, floor: number): SourcePhrase | null {
  let k = time.first - 1
  if (/^(on|in|at|during|by|since|until)$/.test(tokens[k]?.lower ?? '')) k--
  const participle = tokens[k]?.pos === 'VERB' && /ed$/.test(tokens[k]!.lower)
  if (participle) k--
  if (k < floor || tokens[k]!.pos === 'VERB') return null
  const earlier = phraseEndingAt(tokens, participle ? k : skipToSubjectEnd(tokens, k + 1, floor), floor)
  return earlier && canSpeak(tokens, earlier) && !isTimeOnly(tokens, earlier) ? earlier : null
}

/** Verbs another verb hangs on with "to", saying nothing of their own: "continued to oppose", "tended to support". */
const CATENATIVE_VERBS = new Set(['continue', 'tend', 'use', 'begin', 'start', 'seem', 'appear', 'try', 'attempt', 'cease', 'happen', 'dare', 'hasten', 'proceed'])

/** "continues to oppose", "used to support": the verb the cue at `i` hangs on (its subject stands before it), else `i`. */
export function verbHungOn(tokens: readonly Token[], i: number): number {
  let verb = i
  while (tokens[verb - 1]?.lower === 'to' && tokens[verb - 2]?.pos === 'VERB' && CATENATIVE_VERBS.has(tokens[verb - 2]!.lemma)) verb -= 2
  return verb
}
