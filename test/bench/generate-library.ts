import { createHash } from 'node:crypto'
import type { ParleyDocument } from '../../shared/domain/document'
import type { Claim } from '../../shared/domain/annotation'

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same library. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const people = ['Vladimir Putin', 'Recep Tayyip Erdogan', 'Hassan Rouhani', 'Staffan de Mistura', 'Bashar al-Assad', 'Nasr al-Hariri', 'Dmitry Peskov', 'Mevlut Cavusoglu', 'Sergei Lavrov', 'Rex Tillerson']
const places = ['Sochi', 'Astana', 'Geneva', 'Damascus', 'Idlib', 'Raqqa', 'Ankara', 'Tehran', 'Moscow', 'Eastern Ghouta', 'Afrin', 'Riyadh']
const outlets = ['Caspian Wire Service', 'The Levant Ledger', 'Anatolia Review', 'Gulf Observer', 'Channel Seven World', 'Northbridge Post', 'Meridian Daily', 'Baltic Courier']
const topics = ['congress', 'ceasefire', 'de-escalation zones', 'transition', 'constitution', 'talks', 'opposition delegation', 'Kurdish participation', 'humanitarian corridor', 'prisoner exchange']
const verbs = ['backs', 'rejects', 'questions', 'welcomes', 'warns over', 'signals support for', 'casts doubt on', 'pushes for']
const common = 'the of and to in a that said on for with as was is by it at from his an be have has are were not which would this their they after but had who been will its more also than over about into government talks officials'.split(' ')

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!

/** A headline of the shape the library holds: actor, verb, topic, place. */
function headline(random: () => number, index: number): string {
  return `${pick(random, people)} ${pick(random, verbs)} ${pick(random, topics)} in ${pick(random, places)} (${index + 1})`
}

/** About `words` words of news-like prose with Zipf-ish common words and names. */
export function generatedArticleText(random: () => number, words = 700): string {
  const paragraphs: string[] = []
  let written = 0
  while (written < words) {
    const sentences: string[] = []
    for (let s = 0; s < 4 && written < words; s++) {
      const length = 12 + Math.floor(random() * 14)
      const parts: string[] = []
      for (let w = 0; w < length; w++) {
        const r = random()
        parts.push(r < 0.12 ? pick(random, people) : r < 0.2 ? pick(random, places) : r < 0.26 ? pick(random, topics) : common[Math.floor(common.length * random() ** 2)]!)
      }
      written += length
      const sentence = parts.join(' ')
      sentences.push(sentence[0]!.toUpperCase() + sentence.slice(1) + '.')
    }
    paragraphs.push(sentences.join(' '))
  }
  return paragraphs.join('\n\n')
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

/** Index entries for `count` documents; textHash is derived from the index so entries are unique. */
export function generatedDocuments(count: number, seed: number): ParleyDocument[] {
  const random = seededRandom(seed)
  const start = Date.UTC(2017, 0, 1)
  return Array.from({ length: count }, (_, index) => {
    const day = new Date(start + Math.floor(random() * 365) * 86_400_000).toISOString().slice(0, 10)
    return {
      id: `doc-${seed}-${index}`,
      title: headline(random, index),
      outlet: pick(random, outlets),
      byline: random() < 0.7 ? `${pick(random, ['Anna', 'Karim', 'Selin', 'Omar', 'Elena', 'Hanna'])} ${pick(random, ['Haddad', 'Aydemir', 'Markova', 'Siddiqui', 'Lindqvist'])}` : null,
      publishedAt: random() < 0.95 ? day : null,
      language: 'en',
      format: 'txt',
      wordCount: 600 + Math.floor(random() * 200),
      textHash: sha256(`${seed}:${index}`),
      original: { name: `article-${index}.txt`, extension: 'txt', sizeBytes: 4200 },
      importedAt: new Date(start + index * 1000).toISOString(),
      sameStoryAs: [],
    }
  })
}

/** A realistic claim record anchored in `text`: selectors, note, tags and claim fields. */
export function generatedClaim(document: ParleyDocument, text: string, random: () => number, index: number): Claim {
  const start = Math.floor(random() * Math.max(1, text.length - 300))
  const end = start + 60 + Math.floor(random() * 200)
  const now = new Date(Date.UTC(2017, 11, 1) + index * 60_000).toISOString()
  return {
    id: `ann-${document.id}-${index}`,
    kind: 'claim',
    target: {
      documentId: document.id,
      textHash: document.textHash,
      quote: { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) },
      position: { type: 'TextPositionSelector', start, end },
    },
    color: '#f59f00',
    note: `Compare with the ${pick(random, places)} statement; ${pick(random, people)} said much the same a week earlier.`,
    tagIds: ['tag-congress', 'tag-ceasefire'].slice(0, 1 + Math.floor(random() * 2)),
    anchorStatus: 'anchored',
    createdAt: now,
    updatedAt: now,
    sourceId: `source-${Math.floor(random() * 40)}`,
    partyIds: [`party-${Math.floor(random() * 12)}`],
    issueId: `issue-${Math.floor(random() * 20)}`,
    stance: pick(random, ['supports', 'opposes', 'conditional', 'wary', 'neutral', 'unclear'] as const),
    reporting: pick(random, ['direct-quote', 'paraphrase', 'third-party'] as const),
    statementDate: document.publishedAt?.slice(0, 10) ?? null,
    credibility: 1 + Math.floor(random() * 6),
    statementId: null,
  }
}
