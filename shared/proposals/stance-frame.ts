/**
 * An issue's frame: which topic words the issue is FOR (+1: the thing it proposes, "wall",
 * "tax returns", "hearings") and which it is AGAINST (-1: what it would repeal, ban, curb or
 * replace, "Obamacare" in "Repealing Obamacare", "deportation" in "… instead of mass deportation").
 * Read from the title's own wording and the keywords only, so it works for any issue.
 */

/** Actions against what follows them, in a title or in what was said ("stop deportations"). */
export const AGAINST = /^(repeal|ban|bann|bar|barr|stop|end|ending|halt|suspen|abolish|scrap|curb|cut|restrict|limit|block|deport|defund|dismantl|kill|cancel|withdraw|tear|break|breaking|reduc|prevent|fight|tackl|against|instead|rather|shutdown|shut|eliminat|outlaw|prohibit|rescind|revok|undo|overturn|terminat|anti)/
/** Tightening words: "stricter gun laws", "tougher Wall Street regulation" are against guns, Wall Street. */
const TIGHTEN = /^(strict|tough|tight|strong|harsh)/
/** Judgements that make what precedes them the wrongdoer: "treating X as serious wrongdoing". */
const JUDGEMENT = /^(wrongdoing|crime|crimin|scandal|misconduct|illegal|abuse|corrupt)/
/** Problems that action is taken against (a keyword naming one is against). */
const PROBLEM = /\b(violence|loophole|warming|pollution|abuse|crisis|fraud|poverty|emission|greenhouse)/
/** Words naming a measure, whose own polarity is the ("gun control", "Muslim ban"). */
const MEASURE = /\b(control|regulation|ban|check|reform|repeal|tax|pricing|price)/
const STOP = new Set('the and for with from into that this their them then than such other others some above all also only more most under over upon about after before temporarily those these which while whose what when where who will would should could have has had been being states united government presidential president senate'.split(' '))

export interface Term { re: RegExp; pol: 1 | -1 }
export interface Frame { terms: Term[]; actions: string[] }

/** A crude stem: no -ing/-ed/-s, no doubled last consonant, at most 6 letters ("banning" → "ban"). */
export const stem = (w: string) => w.replace(/(ing|ed|es|s)$/, '').replace(/([bdglmnprt])\1$/, '$1').slice(0, 6)
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const cache = new Map<string, Frame>()

/** Builds (and caches) the frame of an issue from its title and keywords. */
export function frameOf(title: string, keywords: readonly string[]): Frame {
  const key = `${title}\u0000${keywords.join('\u0000')}`
  const hit = cache.get(key)
  if (hit) return hit
  // Walk the title: an against-action turns the next words (up to a bracket or "and") against.
  const titleWords = new Map<string, 1 | -1>()
  const actions: string[] = []
  const tokens = title.toLowerCase().match(/[a-z][a-z'-]*|[(),/]/g) ?? []
  let against = 0
  let bracket = false
  tokens.forEach((t, i) => {
    if (t === '(') { bracket = true; against = 0; return }
    if (t === ')') { bracket = false; return }
    if (t === ',' || t === '/' || t === 'and' || t === 'or') { if (t !== '/') against = Math.min(against, 0); return }
    if (AGAINST.test(t) && !bracket) { against = 6; if (i < 3) actions.push(stem(t)); return }
    if (i < 2 && /ing$/.test(t)) actions.push(stem(t)) // the title's lead action ("Raising", "Releasing")
    if (TIGHTEN.test(t)) { against = 2; return }
    if (JUDGEMENT.test(t)) { for (const [w, p] of titleWords) if (p > 0) titleWords.set(w, -1); return }
    if (t.length < 4 || STOP.has(t)) return
    titleWords.set(stem(t), against > 0 ? -1 : 1)
    if (against > 0) against--
  })
  // Keywords not in the title take the polarity of the title's first object ("Islam" ~ "Muslims").
  const mainPol = [...titleWords].find(([w]) => !actions.includes(w))?.[1] ?? 1
  const leadAgainst = tokens.slice(0, 3).some((t) => AGAINST.test(t))
  for (const a of actions) titleWords.set(a, 1) // the action itself is what the issue proposes
  const terms: Term[] = [...titleWords].map(([w, pol]) => ({ re: new RegExp(`\\b${esc(w)}`, 'g'), pol }))
  for (const k of keywords) {
    const kw = k.toLowerCase()
    const head = kw.split(/\s+/).filter((w) => w.length >= 3).pop() ?? kw
    let pol: 1 | -1 = titleWords.get(stem(head)) ?? mainPol
    if (MEASURE.test(kw) || actions.some((a) => kw.includes(a))) pol = 1
    else if (kw.split(/[\s-]+/).some((w) => AGAINST.test(w))) pol = leadAgainst ? 1 : -1
    else if (PROBLEM.test(kw)) pol = -1
    terms.push({ re: new RegExp(`(^|[^a-z0-9$])${esc(kw)}`, 'g'), pol })
  }
  const frame = { terms, actions }
  cache.set(key, frame)
  return frame
}

/** Topic mentions in `text` (lower case) with their polarity, in order. */
export function mentionsIn(text: string, frame: Frame): Array<{ at: number; end: number; pol: 1 | -1 }> {
  const found: Array<{ at: number; end: number; pol: 1 | -1 }> = []
  for (const t of frame.terms) for (const m of text.matchAll(t.re)) found.push({ at: m.index, end: m.index + m[0].length, pol: t.pol })
  return found.sort((a, b) => a.at - b.at || b.end - a.end).filter((m, i, all) => i === 0 || m.at >= all[i - 1]!.end)
}
