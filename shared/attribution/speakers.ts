import { NAME_PARTICLES, NAME_PREFIXES, POSSESSIVE_PRONOUNS, PRONOUN_SOURCES, QUANTIFIER_SOURCES } from './cue-words'
import type { Token } from './nlp-tokens'
import type { SourcePhrase } from './source-phrase'

interface KnownPerson {
  name: string
  surname: string
  role: string | null
  /** Offset where the text last named this person, for pronouns. */
  lastSeen: number
}

export interface ResolvedSpeaker {
  speaker: string | null
  role: string | null
  /** Lower when a pronoun or a surname had to be resolved. */
  certainty: number
}

const joinTokens = (text: string, tokens: readonly Token[], first: number, last: number): string =>
  first < last ? text.slice(tokens[first]!.start, tokens[last - 1]!.end) : ''

const PLURAL_PRONOUNS = new Set(['they', 'we'])

/** Plural nouns for people who speak as a group ("opposition representatives", "Republicans"). */
const GROUP_NOUNS = /^(representatives|supporters|officials|delegates|delegations|voters|leaders|members|analysts|experts|diplomats|aides|lawmakers|legislators|residents|protesters|protestors|workers|rebels|fighters|ministers|negotiators|activists|critics|observers|respondents|participants|senators|governors|candidates|donors|advisers|advisors|economists|strategists|commanders|militants|refugees|civilians|citizens|people|journalists|reporters|scholars|historians|politicians|conservatives|liberals|progressives|moderates|evangelicals|republicans|democrats|independents|superdelegates|caucusgoers|sources|allies|opponents|rivals|groups|factions|envoys|spokesmen)$/

/** Last words of an institution's name: "the Justice Department" is one name, not a justice called Department. */
const INSTITUTIONS = /^(department|ministry|committee|party|campaign|house|court|agency|office|commission|council|administration|bureau|service|senate|congress|government|association|union|institute|center|centre|foundation|university|network|news|times|post|journal|group|company|corporation|inc\.?|bank|board|fund|pac|police|army|church|club|league)$/i

/**
 * Index of the first word of a person's name within a phrase: after the last title in it
 * ("Turkish President Recep Tayyip Erdogan" → "Recep"), else the first proper noun.
 * An institution's name keeps all its words.
 */
function nameStart(words: readonly Token[]): number {
  const first = words.findIndex((t) => t.pos === 'PROPN' && !NAME_PREFIXES.has(t.lower))
  if (first < 0 || INSTITUTIONS.test(words[words.length - 1]!.text)) return words.findIndex((t) => t.pos === 'PROPN')
  let lastTitle = -1
  words.forEach((t, k) => {
    if (!NAME_PREFIXES.has(t.lower) || k >= words.length - 1) return
    // ("Secretary of State John Kerry": the office a title names belongs to the title.)
    lastTitle = words[k + 1]!.lower === 'of' && words[k + 2]?.pos === 'PROPN' && k + 3 < words.length ? k + 2 : k
  })
  return lastTitle + 1 < words.length && words[lastTitle + 1]!.pos === 'PROPN' && lastTitle >= first ? lastTitle + 1 : first
}

/**
 * Who a source mention is, read as a reader would: a full name is remembered with its role
 * ("Turkish President Recep Tayyip Erdogan"), a later surname ("Erdogan", "Mr. Erdogan") or
 * pronoun ("he") resolves to the person last named. Works in text order.
 */
export class SpeakerResolver {
  private readonly people: KnownPerson[] = []
  private lastSpeaker: KnownPerson | null = null
  private lastGroup: string | null = null

  constructor(private readonly text: string, private readonly tokens: readonly Token[]) {}

  /**
   * The name that starts at proper noun `i`: its first word after any title and one past its last
   * ("Russian President Vladimir Putin" → "Vladimir Putin"). Particles join a name's words
   * ("Nasr al-Hariri"); a name never runs over a line break.
   */
  private nameAt(i: number): { first: number; end: number } {
    const { tokens, text } = this
    let j = i
    const sameLine = (k: number) => !text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes('\n')
    while (j < tokens.length && (j === i || sameLine(j)) && (tokens[j]!.pos === 'PROPN' || (NAME_PARTICLES.test(tokens[j]!.lower) && /^(PROPN|PUNCT)$/.test(tokens[j + 1]?.pos ?? '')))) j++
    while (j > i && tokens[j - 1]!.pos !== 'PROPN') j--
    // ("Q&A with …": a word that is no word is no part of a name.)
    let first = i
    while (first < j && !/^\p{L}[^&]*$/u.test(tokens[first]!.text)) first++
    return { first: first + Math.max(0, nameStart(tokens.slice(first, j))), end: j }
  }

  /** The first person named in full before `offset` ("Q&A with Vice President Joe Biden" → "Joe Biden"): an interview's subject. */
  firstPersonBefore(offset: number): string | null {
    const { tokens, text } = this
    for (let i = 0; i < tokens.length && tokens[i]!.start < offset; i++) {
      if (tokens[i]!.pos !== 'PROPN') continue
      const name = this.nameAt(i)
      // (A byline's "By Sarah Dadouch" names the writer.)
      if (tokens[i - 1]?.lower !== 'by' && name.end - name.first >= 2 && !INSTITUTIONS.test(tokens[name.end - 1]!.text)) return joinTokens(text, tokens, name.first, name.end)
      i = Math.max(i, name.end - 1)
    }
    return null
  }

  /** Records every name of two words or more before `offset`, so pronouns find the latest person. */
  noteNamesBefore(offset: number, fromToken: number): number {
    let i = fromToken
    while (i < this.tokens.length && this.tokens[i]!.start < offset) {
      if (this.tokens[i]!.pos === 'PROPN') {
        const name = this.nameAt(i)
        if (name.end - name.first >= 2) this.learn(name.first, name.end, null)
        i = Math.max(i + 1, name.end)
      } else i++
    }
    return i
  }

  resolve(phrase: SourcePhrase): ResolvedSpeaker {
    const { tokens, text } = this
    const words = tokens.slice(phrase.first, phrase.last)
    const role = phrase.appositive ? joinTokens(text, tokens, phrase.appositive[0], phrase.appositive[1]) : null
    // ("his claim", "their criticism": a possessive stands for its pronoun.)
    const pronoun = words.length === 1 ? (POSSESSIVE_PRONOUNS.get(words[0]!.lower) ?? words[0]!.lower) : ''
    if (PRONOUN_SOURCES.has(pronoun)) {
      if (PLURAL_PRONOUNS.has(pronoun) && this.lastGroup) return { speaker: this.lastGroup, role: null, certainty: 0.6 }
      const person = this.lastSpeaker ?? this.people.reduce<KnownPerson | null>((a, b) => (!a || b.lastSeen > a.lastSeen ? b : a), null)
      if (!person || PLURAL_PRONOUNS.has(pronoun)) return { speaker: null, role: null, certainty: 0.3 }
      return { speaker: person.name, role: person.role, certainty: 0.75 }
    }
    // "the Justice Department", "the Pentagon's press office": an institution is named by the whole phrase.
    if (INSTITUTIONS.test(words[words.length - 1]!.text) && words.some((t) => t.pos === 'PROPN')) {
      const name = joinTokens(text, tokens, phrase.first, phrase.last).replace(/^(the|a|an)\s+/i, '')
      this.lastGroup = name
      return { speaker: name, role, certainty: 0.85 }
    }
    const propnFirst = nameStart(words)
    let propnLast = -1
    for (let k = words.length - 1; k >= 0; k--) if (words[k]!.pos === 'PROPN') { propnLast = k; break }
    const nameRun = propnFirst >= 0 && propnLast >= propnFirst && words.slice(propnFirst, propnLast + 1).every((t) => t.pos === 'PROPN' || /^[A-Z]\.?$/.test(t.text) || t.text === '.' || NAME_PARTICLES.test(t.lower))
    // ("Others said" is a group, whatever the tagger made of the capital.)
    const quantifier = words.length === 1 && QUANTIFIER_SOURCES.has(words[0]!.lower)
    // ("Opposition representatives … were wary. Several said …": the group a lone quantifier counts from.)
    const counted = quantifier ? this.groupBefore(phrase.first) : null
    if (counted) return { speaker: counted, role: null, certainty: 0.6 }
    // ("Analysts in Ankara", "diplomats at the UN": a place after a common noun is where the speakers are, not who.)
    const placeOfGroup = propnFirst >= 2 && words[propnFirst - 1]!.pos === 'ADP' && words.slice(0, propnFirst - 1).every((t) => t.pos !== 'PROPN' && !NAME_PREFIXES.has(t.lower))
    if (!quantifier && !placeOfGroup && (nameRun && propnLast === words.length - 1 && !/^(the|a|an)$/.test(words[0]!.lower) || (nameRun && propnFirst <= 2 && propnLast === words.length - 1))) {
      const first = phrase.first + propnFirst
      const last = phrase.first + propnLast + 1
      const titleRole = propnFirst > 0 ? joinTokens(text, tokens, phrase.first, first).replace(/^(the|a|an)(\s+|$)/i, '') || null : null
      const ownRole = role ?? (titleRole && !/^(mr|mrs|ms|dr)\.?$/i.test(titleRole) ? titleRole : null)
      if (last - first === 1) {
        const surname = tokens[first]!.text
        const known = [...this.people].reverse().find((p) => p.surname === surname && p.name !== surname)
        if (known) {
          known.lastSeen = tokens[first]!.start
          this.lastSpeaker = known
          return { speaker: known.name, role: known.role ?? ownRole, certainty: 0.85 }
        }
      }
      const person = this.learn(first, last, ownRole)
      this.lastSpeaker = person
      return { speaker: person.name, role: person.role, certainty: 0.9 }
    }
    // A body or a description: "the ministry", "Russian officials", "a spokeswoman for the Kremlin".
    const described = joinTokens(text, tokens, phrase.first, phrase.last)
    this.lastGroup = described
    return { speaker: described, role, certainty: 0.7 }
  }

  /**
   * The people a lone quantifier at token `at` counts from: the last plural noun for people in the
   * same or the previous sentence of its paragraph, with the words that qualify it ("Opposition
   * representatives"). Null when there is none.
   */
  private groupBefore(at: number): string | null {
    const { tokens, text } = this
    let stops = 0
    for (let k = at - 1; k >= 0 && at - k <= 60; k--) {
      const t = tokens[k]!
      if (text.slice(t.end, tokens[k + 1]!.start).includes('\n')) return null
      if (/^[.!?]$/.test(t.text) && ++stops > 1) return null
      if (!/^(NOUN|PROPN)$/.test(t.pos) || !GROUP_NOUNS.test(t.lower)) continue
      let first = k
      while (first > 0 && k - first < 3 && /^(ADJ|NOUN|PROPN)$/.test(tokens[first - 1]!.pos) && !text.slice(tokens[first - 1]!.end, tokens[first]!.start).includes('\n')) first--
      // ("Many prominent Republicans … and others said": the group, not the share of it named before.)
      while (first < k && (QUANTIFIER_SOURCES.has(tokens[first]!.lower) || /^(more|other|these|those)$/.test(tokens[first]!.lower))) first++
      return joinTokens(text, tokens, first, k + 1)
    }
    return null
  }

  private learn(first: number, last: number, role: string | null): KnownPerson {
    const name = joinTokens(this.text, this.tokens, first, last).replace(/[’']s$/, '')
    const surname = this.tokens[last - 1]!.text
    const existing = this.people.find((p) => p.name === name)
    if (existing) {
      existing.lastSeen = this.tokens[first]!.start
      existing.role ??= role
      return existing
    }
    const person = { name, surname, role, lastSeen: this.tokens[first]!.start }
    this.people.push(person)
    return person
  }
}
