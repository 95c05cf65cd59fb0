/**
 * Search benchmark: `npx tsx test/bench/search.bench.ts` (BENCH_SIZES="10000,50000" by default).
 * A seeded corpus of ~700-word articles (Zipf vocabulary of real and generated words, names of
 * people, places, organisations, outlets), 50+ queries (words, unquoted phrases, names, each
 * also with 1-2 typos). Measures build, memory, save/load, latency, as-you-type latency,
 * recall@10 against a brute-force reference, and plain Fuse.js as a baseline (time-capped;
 * BENCH_FUSE_SHARE=0 runs it on two queries only, for quick runs; BENCH_VERBOSE=1 prints each
 * query's latencies to stderr).
 */
import Fuse from 'fuse.js'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { parseQuery } from '../../electron/main/services/search/query-parser'
import { SearchIndex, type SearchRecord } from '../../electron/main/services/search/search-index'
import { forEachWord, queryWords } from '../../electron/main/services/search/tokenize'
import { maxTypos } from '../../shared/text/edit-distance'
import { type BenchRow, ms, percentile, printReport } from './bench-report'
import { seededRandom } from './generate-library'

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void
/** JS heap plus typed-array buffers (which live outside the JS heap). */
const heapMb = () => (gc(), gc(), (process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers) / 2 ** 20)
const sizes = (process.env.BENCH_SIZES ?? '10000,50000').split(',').map(Number).filter((n) => n > 0)

// ---- Corpus -------------------------------------------------------------------------------
const people = ['Vladimir Putin', 'Recep Tayyip Erdogan', 'Hassan Rouhani', 'Staffan de Mistura', 'Bashar al-Assad', 'Nasr al-Hariri', 'Dmitry Peskov', 'Mevlut Cavusoglu', 'Sergei Lavrov', 'Rex Tillerson', 'Javad Zarif', 'Ahmet Davutoglu', 'Adel al-Jubeir', 'Emmanuel Macron', 'Angela Merkel', 'Antonio Guterres', 'Ali Khamenei', 'Hulusi Akar', 'Valery Gerasimov', 'Alexander Lavrentiev', 'Ramzi Ezzeldin Ramzi', 'Mohammad Alloush', 'Yahya al-Aridi', 'Bashar al-Jaafari', 'Salih Muslim', 'Ilham Ahmed', 'Brett McGurk', 'James Mattis', 'Federica Mogherini', 'Boris Johnson']
const places = ['Sochi', 'Astana', 'Geneva', 'Damascus', 'Idlib', 'Raqqa', 'Ankara', 'Tehran', 'Moscow', 'Eastern Ghouta', 'Afrin', 'Riyadh', 'Aleppo', 'Homs', 'Hama', 'Deir ez-Zor', 'Manbij', 'Kobani', 'Daraa', 'Latakia', 'Tartus', 'Beirut', 'Amman', 'Baghdad', 'Istanbul', 'Washington', 'Brussels', 'Vienna', 'Syria', 'Turkey', 'Russia', 'Iran', 'Jordan', 'Lebanon', 'Iraq', 'Israel', 'Qatar', 'Egypt', 'Saudi Arabia', 'United States']
const organisations = ['United Nations', 'Security Council', 'Red Crescent', 'Syrian Democratic Forces', 'Free Syrian Army', 'High Negotiations Committee', 'Hayat Tahrir al-Sham', 'Islamic State', 'European Union', 'Arab League', 'NATO', 'World Food Programme', 'Kurdish National Council', 'Revolutionary Guards', 'Hezbollah', 'White Helmets']
const topics = ['congress', 'ceasefire', 'de-escalation zones', 'transition', 'constitution', 'talks', 'opposition delegation', 'Kurdish participation', 'humanitarian corridor', 'prisoner exchange', 'constitutional committee', 'safe zone', 'no-fly zone', 'reconstruction', 'sanctions', 'refugee returns']
const outlets = ['Caspian Wire Service', 'The Levant Ledger', 'Anatolia Review', 'Gulf Observer', 'Channel Seven World', 'Northbridge Post', 'Meridian Daily', 'Baltic Courier', 'Cedar Times', 'Euphrates Monitor']
const verbs = ['backs', 'rejects', 'questions', 'welcomes', 'warns over', 'signals support for', 'casts doubt on', 'pushes for']
const common = 'the of and to in a that said on for with as was is by it at from his an be have has are were not which would this their they after but had who been will its more also than over about into government talks officials he she we could may against between during under while there other all new last two three first week month year people'.split(' ')
const realWords = 'minister agreement forces military troops negotiations delegation statement meeting border security attack civilians offensive withdrawal monitors observers draft proposal sanctions humanitarian aid convoy regime rebels militants airstrikes shelling casualties evacuation corridor summit spokesman ambassador envoy diplomats parliament election referendum committee resolution vote veto deadline guarantors memorandum withdrawal checkpoint frontline province villages district highway pipeline energy economy inflation currency reconstruction refugees camps displaced return amnesty prisoners detainees hostages exchange mediation framework roadmap timetable principles sovereignty territorial integrity federalism autonomy decentralisation'.split(' ')

const syllables = 'ba be bi bo bu da de di do ka ke ki ko la le li lo lu ma me mi mo na ne ni no ra re ri ro ru sa se si so ta te ti to va ve vi za zo shi cha tor ven mar kel dor san rin gal tek bor lim nad rez vol ust ark emb ost ilt und'.split(' ')
/**
 * Zipf (exponent 1.4) over 2 million word ranks: real words first, then pseudo-words made from
 * syllables, one per rank (deterministic). About 65k distinct words at 10k articles, 180k at 50k.
 */
const ZIPF_RANKS = 2_000_000
const zipfCdf = new Float64Array(ZIPF_RANKS)
{
  let sum = 0
  for (let r = 0; r < ZIPF_RANKS; r++) zipfCdf[r] = sum += 1 / (r + 8) ** 1.4
  for (let r = 0; r < ZIPF_RANKS; r++) zipfCdf[r]! /= sum
}
const rankWords: string[] = []
function wordOfRank(rank: number): string {
  if (rank < realWords.length) return realWords[rank]!
  let word = rankWords[rank]
  if (word === undefined) {
    const random = seededRandom(rank * 7919 + 13)
    word = ''
    const count = 1 + Math.floor(random() * 3.2)
    for (let s = 0; s < count || word.length < 3; s++) word += syllables[Math.floor(random() * syllables.length)]!
    if (random() < 0.3) word += ['s', 'ed', 'ing', 'er', 'ist', 'ion'][Math.floor(random() * 6)]!
    rankWords[rank] = word
  }
  return word
}
function zipfWord(random: () => number): string {
  const x = random()
  let low = 0
  let high = ZIPF_RANKS - 1
  while (low < high) {
    const middle = (low + high) >>> 1
    if (zipfCdf[middle]! < x) low = middle + 1
    else high = middle
  }
  return wordOfRank(low)
}
const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!

function article(random: () => number, words: number): string {
  const paragraphs: string[] = []
  let written = 0
  while (written < words) {
    const sentences: string[] = []
    for (let s = 0; s < 4 && written < words; s++) {
      const parts: string[] = []
      const length = 12 + Math.floor(random() * 14)
      for (let w = 0; w < length; w++) {
        const r = random()
        parts.push(r < 0.07 ? pick(random, people) : r < 0.12 ? pick(random, places) : r < 0.14 ? pick(random, organisations) : r < 0.17 ? pick(random, topics) : r < 0.52 ? common[Math.floor(common.length * random() ** 2)]! : zipfWord(random))
      }
      written += length
      const sentence = parts.join(' ')
      sentences.push(sentence[0]!.toUpperCase() + sentence.slice(1) + (random() < 0.1 ? ', officials said.' : '.'))
    }
    paragraphs.push(sentences.join(' '))
  }
  return paragraphs.join('\n\n')
}

function corpus(count: number): Array<SearchRecord> {
  const random = seededRandom(20_171_130)
  const start = Date.UTC(2016, 0, 1)
  return Array.from({ length: count }, (_, i) => ({
    id: `doc-${i}`,
    kind: 'document' as const,
    title: `${pick(random, people)} ${pick(random, verbs)} ${pick(random, topics)} in ${pick(random, places)}: ${zipfWord(random)} ${zipfWord(random)}`,
    body: article(random, 650 + Math.floor(random() * 100)),
    date: new Date(start + Math.floor(random() * 730) * 86_400_000).toISOString().slice(0, 10),
    documentId: `doc-${i}`,
    facets: { outlet: [pick(random, outlets)] },
  }))
}

// ---- Queries ------------------------------------------------------------------------------
const baseQueries = ['Erdogan', 'Lavrov', 'ceasefire', 'Idlib', 'constitution', 'humanitarian', 'Cavusoglu', 'Tillerson', 'reconstruction', 'guarantors', wordOfRank(400), wordOfRank(3000), wordOfRank(20_000), wordOfRank(60_000), 'de-escalation zones', 'humanitarian corridor', 'prisoner exchange', 'opposition delegation', 'Sergei Lavrov', 'Eastern Ghouta', 'Astana talks', 'ceasefire agreement Idlib', 'Kurdish participation congress', 'Staffan de Mistura', 'Bashar al-Assad', 'Dmitry Peskov', 'Syrian Democratic Forces']
function typo(word: string, random: () => number): string {
  const i = 1 + Math.floor(random() * (word.length - 2))
  const op = Math.floor(random() * 4)
  if (op === 0) return word.slice(0, i) + word.slice(i + 1)
  if (op === 1) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)
  if (op === 2) return word.slice(0, i) + 'aeiou'[Math.floor(random() * 5)] + word.slice(i + 1)
  return word.slice(0, i) + 'nrst'[Math.floor(random() * 4)] + word.slice(i)
}
function typoQuery(query: string, random: () => number): string {
  const words = query.split(' ')
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a))
  const typos = longest.length >= 8 && random() < 0.5 ? 2 : 1
  let changed = longest
  for (let t = 0; t < typos; t++) changed = typo(changed, random)
  return words.map((w) => (w === longest ? changed : w)).join(' ')
}
const typoRandom = seededRandom(5)
const typoQueries = [
  { typed: 'Erdgan', intended: 'Erdogan' },
  { typed: 'Lavorv', intended: 'Lavrov' },
  { typed: 'de-escaltion zones', intended: 'de-escalation zones' },
  ...baseQueries.slice(3).map((intended) => ({ typed: typoQuery(intended, typoRandom), intended })),
].filter(({ typed, intended }) => typed !== intended)
const queries = [...baseQueries, ...typoQueries.map((q) => q.typed)]
const warmup = ['Putin', 'Geneva talks', 'Rouhani', 'Macron', 'refugee returns', 'Afrin offensive']

// ---- Reference: documents holding, for every query word, a word within its typo budget ------
/** Full-matrix optimal string alignment distance: independent of the index's bounded version. */
const matrix = new Int32Array(130 * 130)
function damerau(a: string, b: string): number {
  const w = b.length + 1
  for (let i = 0; i <= a.length; i++) matrix[i * w] = i
  for (let j = 0; j <= b.length; j++) matrix[j] = j
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(matrix[(i - 1) * w + j]! + 1, matrix[i * w + j - 1]! + 1, matrix[(i - 1) * w + j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, matrix[(i - 2) * w + j - 2]! + 1)
      matrix[i * w + j] = d
    }
  }
  return matrix[a.length * w + b.length]!
}
function reference(records: SearchRecord[], texts: string[]): Map<string, Set<number>> {
  const vocabulary = new Set<string>()
  for (const text of texts) forEachWord(text, (word) => vocabulary.add(word))
  const queryWords = [...new Set(queries.flatMap((q) => parseQuery(q).terms))]
  const near = new Map<string, number[]>() // vocabulary word -> query words it is near
  queryWords.forEach((word, q) => {
    const budget = maxTypos(word)
    for (const candidate of vocabulary) if (candidate.length < 128 && Math.abs(candidate.length - word.length) <= budget && damerau(word, candidate) <= budget) near.set(candidate, [...(near.get(candidate) ?? []), q])
  })
  const holds = queryWords.map(() => new Uint8Array(records.length))
  texts.forEach((text, doc) => forEachWord(text, (word) => near.get(word)?.forEach((q) => (holds[q]![doc] = 1))))
  return new Map(queries.map((query) => {
    const words = parseQuery(query).terms.map((w) => queryWords.indexOf(w))
    const docs = new Set<number>()
    for (let doc = 0; doc < records.length; doc++) if (words.every((q) => holds[q]![doc])) docs.add(doc)
    return [query, docs]
  }))
}
const recallAt10 = (top: number[], relevant: Set<number>) => top.slice(0, 10).filter((d) => relevant.has(d)).length / Math.min(10, relevant.size)
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length)
const timed = <T>(run: () => T): [T, number] => {
  const started = performance.now()
  const result = run()
  return [result, performance.now() - started]
}

// ---- Run ----------------------------------------------------------------------------------
const rows: BenchRow[] = []
const figures: Record<string, unknown> = { queries: queries.length }
for (const size of sizes) {
  const [records, generateMs] = timed(() => corpus(size))
  const texts = records.map((r) => `${r.title}\n${r.body}`)
  const docNumber = (id: string) => Number(id.slice(4))
  const heapBefore = heapMb()
  const [index, buildMs] = timed(() => {
    const built = new SearchIndex()
    built.addMany(records)
    return built
  })
  const heapAfter = heapMb()
  const heapIndexMb = heapAfter - heapBefore
  const [bytes, serializeMs] = timed(() => index.serialize())
  const [, loadMs] = timed(() => SearchIndex.deserialize(bytes))
  const stats = index.stats()
  // As the app searches: every query word must be matched by each result.
  const search = (target: SearchIndex, query: string, prefixLast = false) => target.search(query, { limit: 10, prefixLast, requireAll: true })
  // Saved and loaded answers every query the same way.
  const reloaded = SearchIndex.deserialize(bytes)
  const roundTrip = queries.every((q) => JSON.stringify(search(index, q).hits) === JSON.stringify(search(reloaded, q).hits))
  // Latency: freshly loaded indexes (no cached expansions), warmed up on other queries; then a
  // GC and a pause, so the bench's own garbage (corpus, reference) is not charged to queries.
  // Each query's figure is the median of 3 such cold runs (this 2-core machine is shared).
  const colds = [0, 1, 2].map(() => SearchIndex.deserialize(bytes))
  for (const cold of colds) for (const q of warmup) search(cold, q)
  heapMb()
  await new Promise((resolve) => setTimeout(resolve, 500))
  const runs = colds.map((cold) => queries.map((q) => timed(() => search(cold, q))[1]))
  const latencies = queries.map((_, i) => runs.map((run) => run[i]!).sort((a, b) => a - b)[1]!)
  if (process.env.BENCH_VERBOSE) queries.forEach((q, i) => console.error(`${runs.map((run) => run[i]!.toFixed(2).padStart(7)).join(' ')} ms  ${q}`))
  const typing = SearchIndex.deserialize(bytes)
  for (const q of warmup) search(typing, q, true)
  heapMb()
  await new Promise((resolve) => setTimeout(resolve, 500))
  const keystrokes: number[] = []
  for (const q of queries) for (let n = 1; n <= q.length; n++) keystrokes.push(timed(() => search(typing, q.slice(0, n), true))[1])
  // Recall against the brute-force reference.
  const [relevant, referenceMs] = timed(() => reference(records, texts))
  const recalls: number[] = []
  const tops = new Map(queries.map((q) => [q, search(index, q).hits.map((h) => docNumber(h.id))]))
  for (const q of queries) if (relevant.get(q)!.size > 0) recalls.push(recallAt10(tops.get(q)!, relevant.get(q)!))
  const recall = mean(recalls)
  // Held-out typos: each misspelt query must still reach the word it was made from (anywhere in
  // its results: a typo can also be another real word, which rightly ranks first). Only words
  // this corpus holds count: a rare generated word may not occur in the smaller one.
  // (A fuzzy hit for the intended word is not enough: its near misses match too. The word itself must be found.)
  const reaches = (query: string, words: string[]) => {
    const matched = new Set(index.search(query, { limit: 5000, requireAll: true }).hits.flatMap((h) => h.matchedTerms))
    return words.every((word) => matched.has(word))
  }
  const applicable = typoQueries.filter(({ intended }) => reaches(intended, queryWords(intended)))
  const heldOut = applicable.filter(({ typed, intended }) => reaches(typed, queryWords(intended)))
  // Baseline: plain Fuse.js over {title, body}, ignoreLocation, on a sample of the same queries.
  const fuse = new Fuse(records, { keys: ['title', 'body'], ignoreLocation: true, includeScore: true })
  const sample = size <= 10_000 ? queries.filter((_, i) => i % 6 === 0) : queries.filter((_, i) => i % 11 === 0).slice(0, 5)
  const fuseMs: number[] = []
  const fuseRecalls: number[] = []
  const budget = performance.now() + (size <= 10_000 ? 60_000 : 110_000) * Number(process.env.BENCH_FUSE_SHARE ?? 1)
  for (const q of sample) {
    if (fuseMs.length >= 2 && performance.now() > budget) break
    const [found, took] = timed(() => fuse.search(q, { limit: 10 }))
    fuseMs.push(took)
    if (relevant.get(q)!.size > 0) fuseRecalls.push(recallAt10(found.map((f) => docNumber(f.item.id)), relevant.get(q)!))
  }
  const oursOnSample = mean(sample.slice(0, fuseMs.length).map((q) => latencies[queries.indexOf(q)]!))
  const p95 = percentile(latencies, 95)
  const target = size <= 10_000 ? 5 : 20
  const label = size.toLocaleString('en')
  rows.push(
    { measure: `${label}: corpus (generated in ${(generateMs / 1000).toFixed(1)} s)`, value: `${stats.words.toLocaleString('en')} distinct words, ${stats.postings.toLocaleString('en')} postings` },
    { measure: `${label}: build`, value: `${(buildMs / 1000).toFixed(2)} s`, ...(size === 10_000 ? { target: '≤ 3 s', pass: buildMs <= 3000 } : {}) },
    { measure: `${label}: heap used by the index`, value: `${heapIndexMb.toFixed(1)} MB` },
    { measure: `${label}: serialized size / save / load`, value: `${(bytes.length / 2 ** 20).toFixed(1)} MB / ${ms(serializeMs)} / ${ms(loadMs)}` },
    { measure: `${label}: query p50 / p95 / max`, value: `${ms(percentile(latencies, 50))} / ${ms(p95)} / ${ms(Math.max(...latencies))}`, target: `p95 ≤ ${target} ms`, pass: p95 <= target },
    { measure: `${label}: as-you-type p50 / p95 (${keystrokes.length} keystrokes)`, value: `${ms(percentile(keystrokes, 50))} / ${ms(percentile(keystrokes, 95))}` },
    { measure: `${label}: recall@10 (${recalls.length} queries)`, value: recall.toFixed(4), target: '≥ 0.99', pass: recall >= 0.99 },
    { measure: `${label}: held-out typos that find their word`, value: `${heldOut.length} of ${applicable.length}${heldOut.length < applicable.length ? ` (missed: ${applicable.filter((q) => !heldOut.includes(q)).map((q) => `${q.typed} → ${q.intended}`).join('; ')})` : ''}`, target: 'all', pass: heldOut.length === applicable.length },
    { measure: `${label}: save/load gives identical results`, value: roundTrip ? 'yes' : 'no', pass: roundTrip },
    { measure: `${label}: Fuse.js baseline (${fuseMs.length} queries) mean / recall@10`, value: `${ms(mean(fuseMs))} / ${mean(fuseRecalls).toFixed(2)}` },
    { measure: `${label}: speed-up over Fuse.js, same queries`, value: `${Math.round(mean(fuseMs) / oursOnSample).toLocaleString('en')}x` },
  )
  figures[size] = {
    generateMs: Math.round(generateMs), distinctWords: stats.words, postings: stats.postings, streamBytes: stats.streamBytes,
    buildMs: Math.round(buildMs), heapIndexMb: +heapIndexMb.toFixed(1), serializedBytes: bytes.length, serializeMs: +serializeMs.toFixed(1), loadMs: +loadMs.toFixed(1),
    queryP50Ms: +percentile(latencies, 50).toFixed(3), queryP95Ms: +p95.toFixed(3), queryMaxMs: +Math.max(...latencies).toFixed(3),
    typingP50Ms: +percentile(keystrokes, 50).toFixed(3), typingP95Ms: +percentile(keystrokes, 95).toFixed(3), keystrokes: keystrokes.length,
    recallAt10: +recall.toFixed(4), recallQueries: recalls.length, heldOutTyposFound: heldOut.length, heldOutTypos: applicable.length, referenceMs: Math.round(referenceMs), roundTripIdentical: roundTrip,
    fuseQueries: fuseMs.length, fuseMeanMs: Math.round(mean(fuseMs)), fuseRecallAt10: +mean(fuseRecalls).toFixed(3), speedup: Math.round(mean(fuseMs) / oursOnSample),
    targets: { p95Ms: target, p95Pass: p95 <= target, recallPass: recall >= 0.99, ...(size === 10_000 ? { buildPass: buildMs <= 3000 } : {}) },
  }
}
printReport('Search: inverted index + typo expansion (bigram filter, Fuse.js scoring, Damerau-Levenshtein)', rows, figures)
