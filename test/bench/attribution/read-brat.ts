import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'

/** One hand-annotated attribution: content fragments (brat allows gaps), cue and source text. */
export interface GoldAttribution {
  content: string
  contentStart: number
  source: string | null
  cue: string
  /** True when the content is a quotation: it opens with a quotation mark ("that" aside). */
  direct: boolean
}

export interface GoldArticle {
  name: string
  text: string
  attributions: GoldAttribution[]
}

interface Span { type: string; fragments: Array<[number, number]>; text: string }

function readSpans(ann: string): { spans: Map<string, Span>; events: Array<Record<string, string>> } {
  const spans = new Map<string, Span>()
  const events: Array<Record<string, string>> = []
  for (const line of ann.split('\n')) {
    const [id, info, text] = line.split('\t')
    if (!id || !info) continue
    if (id.startsWith('T')) {
      const [type, ...rest] = info.split(' ')
      const fragments = rest.join(' ').split(';').map((f) => f.split(' ').map(Number) as [number, number])
      spans.set(id, { type: type!, fragments, text: text ?? '' })
    } else if (id.startsWith('E')) {
      events.push(Object.fromEntries(info.split(' ').map((part) => part.split(':') as [string, string])))
    }
  }
  return { spans, events }
}

/**
 * Reads a folder in PolNeAR's brat layout: text/NAME.txt and attributions/NAME_ANNOTATOR.ann.
 * Where an article has several annotation files, the alphabetically first is the reference.
 */
export async function readBratFolder(dir: string, limit = Infinity): Promise<GoldArticle[]> {
  const texts = (await readdir(join(dir, 'text'))).filter((f) => f.endsWith('.txt')).sort()
  const annotations = (await readdir(join(dir, 'attributions'))).filter((f) => f.endsWith('.ann')).sort()
  const articles: GoldArticle[] = []
  for (const file of texts.slice(0, limit)) {
    const name = file.replace(/\.txt$/, '')
    const annFile = annotations.find((a) => a.startsWith(`${name}_`) && !a.slice(name.length + 1).includes('_'))
      ?? annotations.find((a) => a.startsWith(`${name}_`))
    if (!annFile) continue
    const text = await readFile(join(dir, 'text', file), 'utf8')
    const { spans, events } = readSpans(await readFile(join(dir, 'attributions', annFile), 'utf8'))
    const attributions: GoldAttribution[] = []
    for (const event of events) {
      const content = event.Content ? spans.get(event.Content) : undefined
      if (!content) continue
      // brat numbers a repeated argument: "Content2" is the second part of the same content
      // (a quote resumed after its cue), so the content is both parts.
      const more = event.Content2 ? spans.get(event.Content2) : undefined
      const fragments = [...content.fragments, ...(more?.fragments ?? [])].sort((x, y) => x[0] - y[0])
      const contentText = fragments.map(([a, b]) => text.slice(a, b)).join(' ')
      attributions.push({
        content: contentText,
        contentStart: fragments[0]![0],
        source: event.Source ? (spans.get(event.Source)?.text ?? null) : null,
        cue: event.Cue ? (spans.get(event.Cue)?.text ?? '') : '',
        direct: /^\s*(that\s+)?["“‘]/i.test(contentText),
      })
    }
    articles.push({ name, text, attributions })
  }
  return articles
}
