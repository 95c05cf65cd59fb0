/**
 * An issue's frame: which topic words the issue is FOR (+1: the thing it proposes, "wall",
 * "tax returns", "hearings") and which it is AGAINST (-1: what it would repeal, ban, curb or
 * replace, "Obamacare" in "Repealing Obamacare", "deportation" in "… instead of mass deportation").
 * Read from the title's own wording and the keywords only, so it works for any issue.
 */

/** Actions against what follows them, in a title or in what was said ("stop deportations"). */
export const AGAINST = /^(repeal\w*|bann?(ed|ing|s)?|barr?(ed|ing|s)?|stop\w*|end(s|ed|ing)?|halt\w*|suspen\w*|abolish\w*|scrap\w*|curb\w*|cut(s|ting)?|restrict\w*|limit\w*|block\w*|deport\w*|defund\w*|dismantl\w*|kill\w*|cancel\w*|withdraw\w*|tear|break\w*|reduc\w*|prevent\w*|fight\w*|tackl\w*|against|instead|rather|shutdown|eliminat\w*|outlaw\w*|prohibit\w*|rescind\w*|revok\w*|undo(es|ne|ing)?|overturn\w*|terminat\w*|address\w*|combat\w*|confront\w*|counter\w*|lower\w*|anti[\w-]*|suspension)$/
/** Tightening words: "stricter gun laws", "tougher Wall Street regulation" are against guns, Wall Street. */
const TIGHTEN = /^(strict|tough|tight|strong|harsh)/
/** Judgements that make what precedes them the wrongdoer: "treating X as serious wrongdoing". */
const JUDGEMENT = /^(wrongdoing|crime|crimin|scandal|misconduct|illegal|abuse|corrupt)/
/** Problems that action is taken against (a keyword naming one is against). */
const PROBLEM = /\b(violence|loophole|warming|pollution|abuse|crisis|fraud|poverty|emission|greenhouse)/
/** Words naming a measure, whose own polarity is the ("gun control", "Muslim ban"). */
const MEASURE = /\b(control|regulations?|ban|checks?|reform|repeal|tax|pricing|price|laws?|rules?|tests?|mandates?|requirements?|indict\w*|prosecut\w*|investigat\w*|hearings?)\b/
const STOP = new Set('the and for its his her our any all not but are was with from into that this their them then than such other others some above all also only more most under over upon about after before temporarily those these which while whose what when where who will would should could have has had been being states united government presidential president senate'.split(' '))

export interface Term { re: RegExp; pol: 1 | -1 }
export interface Frame { terms: Term[]; actions: string[] }

/** A crude stem: no -ing/-ed/-s, no doubled last consonant, at most 6 letters ("banning" → "ban"). */
export const stem = (w: string) => w.replace(/(ing|ed|es|[^s]s)$/, (x) => (x.length === 2 && x[1] === 's' ? x[0]! : '')).replace(/([bdglmnprt])\1$/, '$1').slice(0, 6)
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
  let saved = 0
  let judged = false
  tokens.forEach((t, i) => {
    // A bracket is an aside: its own scope, after which the outer action resumes.
    if (t === '(') { saved = against; against = 0; return }
    if (t === ')') { against = saved; return }
    if (t === ',' || t === 'and' || t === 'or') { against = 0; return }
    if (t === '/') return
    // "action on X", "crackdown on X": X is the problem acted against.
    if (t === 'on' && /^(action|war|crackdown|limits|curbs|restrictions)$/.test(tokens[i - 1] ?? '')) { against = 6; return }
    if (AGAINST.test(t)) {
      // After "instead of" / "rather than" the against-word is an object ("deportation"), else the issue's own action.
      if (/^(instead|rather)$/.test(t)) against = 6
      else if (/^(instead|rather)$/.test(tokens[i - 2] ?? '') || /^(instead|rather)$/.test(tokens[i - 3] ?? '')) titleWords.set(stem(t), -1)
      else { against = 6; actions.push(stem(t)) }
      return
    }
    if (i < 2 && /ing$/.test(t)) actions.push(stem(t)) // the title's lead action ("Raising", "Releasing")
    if (TIGHTEN.test(t)) { against = 3; return }
    if (JUDGEMENT.test(t)) { judged = true; for (const [w, p] of titleWords) if (p > 0) titleWords.set(w, -1); return }
    if (t.length < 3 || STOP.has(t)) return
    titleWords.set(stem(t), against > 0 && !MEASURE.test(t) ? -1 : 1)
    if (against > 0) against--
  })
  // Keywords not in the title take the polarity of the title's first object ("Islam" ~ "Muslims").
  // (In a judgement issue other keywords are rather evidence of the wrong, "classified", so they count for it.)
  const mainPol = judged || [...titleWords].reduce((sum, [w, p]) => sum + (actions.includes(w) ? 0 : p), 0) >= 0 ? 1 : -1
  for (const a of actions) titleWords.set(a, 1) // the action itself is what the issue proposes
  if (judged) for (const j of ['wrongdo', 'crime', 'crimin', 'illegal', 'scandal']) titleWords.set(j, 1) // the wrong itself
  const terms: Term[] = [...titleWords].map(([w, pol]) => ({ re: new RegExp(`\\b${esc(w)}`, 'g'), pol }))
  for (const k of keywords) {
    const kw = k.toLowerCase()
    const head = kw.split(/\s+/).filter((w) => w.length >= 3).pop() ?? kw
    let pol: 1 | -1 = titleWords.get(stem(head)) ?? mainPol
    if (MEASURE.test(kw) || actions.some((a) => kw.split(/[\s-]+/).some((w) => w.startsWith(a)))) pol = 1
    else if (kw.split(/[\s-]+/).some((w) => AGAINST.test(w))) pol = actions.length > 0 ? 1 : -1 // a synonym of the issue's own action, or what it acts against
    else if (PROBLEM.test(kw)) pol = -1
    terms.push({ re: new RegExp(`(^|[^a-z0-9$])${esc(kw)}`, 'g'), pol })
  }
  const frame = { terms, actions }
  if (cache.size > 500) cache.clear() // issues are few; bound it anyway
  cache.set(key, frame)
  return frame
}

/** Topic mentions in `text` (lower case) with their polarity, in order. */
export function mentionsIn(text: string, frame: Frame): Array<{ at: number; end: number; pol: 1 | -1 }> {
  const found: Array<{ at: number; end: number; pol: 1 | -1 }> = []
  for (const t of frame.terms) for (const m of text.matchAll(t.re)) found.push({ at: m.index + (m[1]?.length ?? 0), end: m.index + m[0].length, pol: t.pol })
  found.sort((a, b) => a.at - b.at || b.end - a.end)
  return found.filter((m, i) => !found.slice(0, i).some((o) => m.at < o.end)) // drop mentions inside longer ones
}
